"""Leases held in the database: one process at a time does a piece of work (one scheduler
plans, one gateway replica runs a conversation's turns), without any process memory shared.

A lease is a row with a holder and an expiry. Taking it is one upsert whose update is
conditional (ours already, or expired), so two processes racing for an expired lease cannot
both win, on SQLite (one writer at a time) as on PostgreSQL (the second waits for the first's
row lock and re-reads the row). A holder that dies simply stops renewing: the lease lapses and
another process takes it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete
from sqlalchemy.orm import Session

from db.queries import insert_for


def _key_matches(model: type[Any], key: dict[str, Any]) -> Any:
    return and_(*(getattr(model, column) == value for column, value in key.items()))


def take_lease(
    db: Session,
    model: type[Any],
    key: dict[str, Any],
    holder: str,
    now: datetime,
    duration: timedelta,
) -> bool:
    """Take or renew the lease row of `model` named by `key` (its primary key columns); True
    when `holder` has it until `now + duration`. One statement: insert the row, or, when it
    exists, take it over only if it is ours already or has expired (a row returned means
    ours)."""
    statement = insert_for(db)(model).values(**key, holder=holder, expires_at=now + duration)
    taken = db.execute(
        statement.on_conflict_do_update(
            index_elements=list(key),
            set_={"holder": holder, "expires_at": now + duration},
            where=(model.holder == holder) | (model.expires_at < now),
        ).returning(model.holder)
    ).first()
    return taken is not None


def give_back_lease(db: Session, model: type[Any], key: dict[str, Any], holder: str) -> None:
    """Give the lease back (a clean stop, or the work is done), so nobody waits for it to
    expire; a lease someone else took meanwhile is left alone."""
    db.execute(delete(model).where(_key_matches(model, key), model.holder == holder))
