"""Claiming due outbox rows for one worker, atomically, and reading what their sends need.

A claim is one UPDATE ... RETURNING of the oldest due rows: on PostgreSQL the rows another
worker is claiming are skipped (FOR UPDATE SKIP LOCKED); on SQLite writes are serialised, so a
read comes first and an idle worker never takes the database's write lock to find nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

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


def claim_in(session: Session, worker_id: str, limit: int) -> list[int]:
    """One UPDATE ... RETURNING of the oldest due rows; on PostgreSQL the rows another worker
    is claiming are skipped (FOR UPDATE SKIP LOCKED), on SQLite writes are one at a time
    anyway. The commit does not wait for the disk: a claim undone by a database crash leaves
    the row pending, and nothing is sent before `outcomes.start_sending`'s ordinary commit,
    which writes this one to disk first."""
    now = utcnow()
    due = (
        select(OutboxItem.id)
        .where(OutboxItem.status == "pending", OutboxItem.not_before <= now)
        .order_by(OutboxItem.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
        commit_without_waiting_for_disk(session)
    return sorted(
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id.in_(due.scalar_subquery()), OutboxItem.status == "pending")
            .values(status="claimed", claimed_by=worker_id, claimed_at=now)
            .returning(OutboxItem.id)
        ).scalars()
    )


def load_in(session: Session, ids: list[int]) -> list[Outgoing]:
    """What sending these rows needs, with each member's last message time on the channel."""
    items = session.execute(
        select(OutboxItem, ChannelIdentity.last_inbound_at)
        .outerjoin(ChannelIdentity, ChannelIdentity.id == OutboxItem.identity_id)
        .where(OutboxItem.id.in_(ids))
        .order_by(OutboxItem.id)
    ).all()
    return [
        Outgoing(
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
            last_inbound,
            item.session_id,
            item.created_at,
            item.not_before,
            item.correlation_id,
        )
        for item, last_inbound in items
    ]
