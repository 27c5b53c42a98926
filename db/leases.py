"""Leases held in the database: one process at a time does a piece of work (one scheduler
plans, one gateway replica runs a conversation's turns), without any process memory shared.

A lease is a row with a holder and an expiry. Taking it is one conditional UPDATE (ours
already, or expired), so two processes racing for an expired lease cannot both win, on SQLite
(one writer at a time) as on PostgreSQL (the second UPDATE waits for the first and re-reads the
row). A holder that dies simply stops renewing: the lease lapses and another process takes it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, update
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
    when `holder` has it until `now + duration`."""
    db.execute(
        insert_for(db)(model)
        .values(**key, holder=holder, expires_at=now - timedelta(seconds=1))
        .on_conflict_do_nothing(index_elements=list(key))
    )
    taken = db.execute(
        update(model)
        .where(_key_matches(model, key), (model.holder == holder) | (model.expires_at < now))
        .values(holder=holder, expires_at=now + duration)
        .execution_options(synchronize_session=False)
    ).rowcount
    return taken == 1


def give_back_lease(db: Session, model: type[Any], key: dict[str, Any], holder: str) -> None:
    """Give the lease back (a clean stop, or the work is done), so nobody waits for it to
    expire; a lease someone else took meanwhile is left alone."""
    db.execute(delete(model).where(_key_matches(model, key), model.holder == holder))
