"""What goes out: every message waiting to be sent, being sent or sent (the outbox), and the
broadcasts staff send to many members at once."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, utcnow_column

if TYPE_CHECKING:
    from db.models import Message


class Broadcast(Base):
    """A message staff sent to many members at once."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[str] = mapped_column(String(60))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = utcnow_column()


#: Statuses of a row the provider has taken: the message has left us, whatever came back after.
SENT_STATUSES = ("sent", "delivered", "read")


class OutboxItem(Base):
    """A message waiting to be sent, being sent or sent. Everything outbound goes through here:
    the idempotency key makes a second scheduler or a retried request a no-op."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "not_before"),
        # A member's next row waits while an earlier one to them is in hand (bot/outbox/claims).
        Index("ix_outbox_recipient", "address", "channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # reply, reminder, feedback, staff_reply, ...
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    identity_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_identities.id", ondelete="CASCADE")
    )
    channel: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(64))
    body: Mapped[str | None] = mapped_column(Text)
    media_url: Mapped[str | None] = mapped_column(String(500))
    template: Mapped[str | None] = mapped_column(String(40))  # WhatsApp template outside 24h
    template_variables: Mapped[dict[str, Any] | None]
    session_id: Mapped[str | None] = mapped_column(String(40))
    broadcast_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    # pending, sending, sent, delivered, read, failed, undelivered, cancelled
    status: Mapped[str] = mapped_column(String(12), default="pending")
    not_before: Mapped[datetime] = utcnow_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    claimed_at: Mapped[datetime | None]
    provider_id: Mapped[str | None] = mapped_column(String(80), index=True)
    error_code: Mapped[str | None] = mapped_column(String(20))
    error_message: Mapped[str | None] = mapped_column(String(300))
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = utcnow_column()
    # Went (or is going) as its approved template, not as `body`: such a send cannot be looked
    # up by its text, so one cut off or left without an answer goes to staff, never again.
    as_template: Mapped[bool] = mapped_column(Boolean, default=False)
    # The correlation id of what caused the row (a member's message, a scheduler run).
    correlation_id: Mapped[str | None] = mapped_column(String(32))

    message: Mapped[Message | None] = relationship(back_populates="outbox")
