"""What the processes themselves remember: heartbeats for /healthz, the scheduler's lease, the
claims gateway replicas hold on conversations, and snapshots of the sessions reminders were
planned from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import UTCDateTime, utcnow


class Heartbeat(Base):
    """The last sign of life of each background process, for /healthz."""

    __tablename__ = "heartbeats"

    component: Mapped[str] = mapped_column(String(30), primary_key=True)
    beat_at: Mapped[datetime]
    detail: Mapped[dict[str, Any] | None]


class SchedulerLock(Base):
    """A lease that lets exactly one scheduler run; a second one started by mistake waits."""

    __tablename__ = "scheduler_lock"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    holder: Mapped[str] = mapped_column(String(80))
    expires_at: Mapped[datetime]


class ConversationClaim(Base):
    """Which gateway replica is running a conversation's turns, until when (db/leases.py).

    One holder per conversation keeps its messages in order and each processed once, however
    many web processes run; a replica that dies mid-turn stops renewing, and once the claim has
    lapsed any other replica carries on with the stored messages. No foreign key: a claim is
    transient, and outlives its holder's work only until it lapses; erasing a conversation
    deletes its claim (db/data_rights.py)."""

    __tablename__ = "conversation_claims"

    conversation_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    holder: Mapped[str] = mapped_column(String(80))
    expires_at: Mapped[datetime] = mapped_column(index=True)


class SessionSnapshot(Base):
    """The start time and venue the scheduler last planned a session with.

    config.yml is edited by hand; comparing it with this snapshot is how the scheduler notices a
    session moved (time or venue), re-plans its pending reminders and tells members once.
    `revision` counts the changes and goes into the new idempotency keys, so moving a session
    back and forth never collides with the keys of rows cancelled earlier.
    """

    __tablename__ = "session_snapshots"

    session_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    starts_at: Mapped[datetime]
    venue: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
