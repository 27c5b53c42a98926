"""Claiming due outbox rows for one worker, atomically, and reading what their sends need.

A claim is one UPDATE ... RETURNING of the oldest due rows, returning what sending them
needs: on PostgreSQL the rows another worker is claiming are skipped (FOR UPDATE SKIP LOCKED);
on SQLite writes are serialised, so a read comes first and an idle worker never takes the
database's write lock to find nothing.

A member's messages leave in the order they were queued, whichever worker has each: a row is
not claimed while another to the same address is in a worker's hands, and a row claimed beside
an earlier one that a claim still running elsewhere has locked (hidden by SKIP LOCKED) is given
back at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, ScalarSelect, and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.channels.base import PreparedMessage
from bot.services import Services
from db.models import ChannelIdentity, OutboxItem
from db.session import commit_without_waiting_for_disk
from db.types import utcnow


@dataclass
class Outgoing:
    """What one send needs, read from the row in one go."""

    id: int
    key: str
    kind: str
    channel: str
    address: str
    body: str | None
    media_url: str | None
    template: str | None
    template_variables: dict[str, Any] | None
    identity_id: int | None
    last_inbound_at: datetime | None  # the member's last message there (messaging windows)
    session_id: str | None
    created_at: datetime
    not_before: datetime | None = None  # when it became due (send latency counts from there)
    correlation_id: str | None = None  # what caused it (bot/logging.py)

    def prepared(self) -> PreparedMessage:
        return PreparedMessage(self.address, self.body, self.media_url, self.template)


def nothing_due(services: Services) -> bool:
    """On SQLite, a read first, so an idle worker never takes the database's write lock just to
    find nothing. PostgreSQL has no such lock: the claim itself is the look."""
    if services.engine.dialect.name == "postgresql":
        return False
    due = select(OutboxItem.id).where(
        OutboxItem.status == "pending", OutboxItem.not_before <= utcnow()
    )
    with services.sessions() as session:
        return session.execute(due.limit(1)).first() is None


IN_HAND = ("claimed", "sending")


def claim_in(session: Session, worker_id: str, limit: int) -> list[Outgoing]:
    """One UPDATE ... RETURNING of the oldest due rows, with what sending them needs, oldest
    first; on PostgreSQL the rows another worker is claiming are skipped (FOR UPDATE SKIP
    LOCKED), on SQLite writes are one at a time anyway. The commit does not wait for the disk:
    a claim undone by a database crash leaves the row pending, and nothing is sent before
    `outcomes.start_sending`'s ordinary commit, which writes this one to disk first.

    Rows to an address with a row in a worker's hands wait; on PostgreSQL, so do rows taken
    beside an earlier row that a claim not yet committed has locked (`_give_back_overtaking`).
    """
    now = utcnow()
    # One uncorrelated look at the few rows in hand, not one per pending row: a member with
    # any row in hand waits, even for a row queued before it (one waiting out a retry).
    in_hand = select(OutboxItem.address).where(OutboxItem.status.in_(IN_HAND))
    due = (
        select(OutboxItem.id)
        .where(
            OutboxItem.status == "pending",
            OutboxItem.not_before <= now,
            OutboxItem.address.not_in(in_hand),
        )
        .order_by(OutboxItem.id)
        .limit(limit)
    )
    concurrent = session.get_bind().dialect.name == "postgresql"
    if concurrent:
        due = due.with_for_update(skip_locked=True)
        commit_without_waiting_for_disk(session)
    # Materialised, so the locking read runs once: as a plain subquery the planner may rescan
    # it per row, and each rescan skips the rows just claimed and locks the next ones.
    due_once = due.cte("due").prefix_with("MATERIALIZED", dialect="postgresql")
    outbox = OutboxItem.__table__
    claimed = session.execute(
        update(outbox)
        .where(outbox.c.id.in_(select(due_once.c.id)), outbox.c.status == "pending")
        .values(status="claimed", claimed_by=worker_id, claimed_at=now)
        .returning(*outbox.c, _last_inbound_at(outbox.c.identity_id))
    ).all()
    rows = {row.id: _outgoing(row, row.last_inbound_at) for row in claimed}
    if concurrent and rows:  # on SQLite no other claim runs while this one does
        for given_back in _give_back_overtaking(session, worker_id, set(rows), now):
            del rows[given_back]
    return [rows[outbox_id] for outbox_id in sorted(rows)]


def _last_inbound_at(identity_id: ColumnElement[int | None]) -> ScalarSelect[Any]:
    """The member's last message time on the row's channel (messaging windows)."""
    return (
        select(ChannelIdentity.last_inbound_at)
        .where(ChannelIdentity.id == identity_id)
        .scalar_subquery()
        .label("last_inbound_at")
    )


def _give_back_overtaking(
    session: Session, worker_id: str, ids: set[int], now: datetime
) -> set[int]:
    """Of the rows just claimed, give back those with an earlier row to the same address that
    is due and still pending in our view (another claim has it locked, uncommitted) or in
    another worker's hands: sent now, they could overtake it. Our own claims are visible to
    this statement, so rows claimed together stay together."""
    earlier = aliased(OutboxItem)
    waiting = exists().where(
        earlier.channel == OutboxItem.channel,
        earlier.address == OutboxItem.address,
        earlier.id < OutboxItem.id,
        or_(
            and_(earlier.status == "pending", earlier.not_before <= now),
            and_(earlier.status.in_(IN_HAND), earlier.claimed_by != worker_id),
        ),
    )
    given_back = session.execute(
        update(OutboxItem)
        .where(OutboxItem.id.in_(ids), waiting)
        .values(status="pending", claimed_by=None, claimed_at=None)
        .returning(OutboxItem.id)
    ).scalars()
    return set(given_back)


def load_in(session: Session, ids: list[int]) -> list[Outgoing]:
    """What sending these rows needs, with each member's last message time on the channel."""
    items = session.execute(
        select(OutboxItem, ChannelIdentity.last_inbound_at)
        .outerjoin(ChannelIdentity, ChannelIdentity.id == OutboxItem.identity_id)
        .where(OutboxItem.id.in_(ids))
        .order_by(OutboxItem.id)
    ).all()
    return [_outgoing(item, last_inbound) for item, last_inbound in items]


def _outgoing(item: OutboxItem | Row[Any], last_inbound_at: datetime | None) -> Outgoing:
    return Outgoing(
        item.id,
        item.idempotency_key,
        item.kind,
        item.channel,
        item.address,
        item.body,
        item.media_url,
        item.template,
        item.template_variables,
        item.identity_id,
        last_inbound_at,
        item.session_id,
        item.created_at,
        item.not_before,
        item.correlation_id,
    )
