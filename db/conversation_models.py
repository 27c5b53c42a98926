"""Conversations: the thread between the assistant and each channel identity, its messages
inbound and outbound, the photos and documents members sent, and the notes staff keep on it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, new_rasa_sender_id, utcnow_column

if TYPE_CHECKING:
    from db.models import ChannelIdentity, Member
    from db.outbox_models import OutboxItem


class Conversation(Base):
    """The thread between the assistant and one channel identity.

    `status` is "escalated" while staff have something to look at (an open case or a
    takeover), and `reason` and `urgent` summarise its open cases for the inbox; see
    db/cases.py, which keeps them up to date."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(
        ForeignKey("channel_identities.id", ondelete="CASCADE"), unique=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="bot", index=True)
    reason: Mapped[str | None] = mapped_column(String(200))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    escalated_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]  # the "a person will reply" message went out
    last_message_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = utcnow_column()
    # The conversation's name in Rasa's tracker store: random and never reused, so a
    # conversation started after another was erased (SQLite may hand its id out again) never
    # continues the erased one's Rasa state.
    rasa_sender_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_rasa_sender_id)
    # A takeover: a person answers this member, so the bot stays quiet. Set when the member
    # asks for a person ("member") or staff take the conversation ("staff"); it lapses after
    # handover.takeover_timeout of office time without a word from staff.
    taken_over_at: Mapped[datetime | None]
    taken_over_by: Mapped[str | None] = mapped_column(String(10))

    identity: Mapped[ChannelIdentity] = relationship()
    member: Mapped[Member | None] = relationship()
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.id"
    )


class Message(Base):
    """One message in a conversation, inbound or outbound. Inbound messages are unique per
    provider id so a webhook retry is a no-op; `processed_at` is empty until the pipeline has
    dealt with it, so a crash loses nothing."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "provider_id"),
        Index("ix_messages_unprocessed", "direction", "processed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(3))  # in, out
    author: Mapped[str] = mapped_column(String(120))  # member, bot, staff:<email>
    text: Mapped[str | None] = mapped_column(Text)
    provider_id: Mapped[str | None] = mapped_column(String(80))
    # What the member sent (bot/channels/kinds.py): text, image, document, voice, video,
    # location, contact_card, sticker, reaction, button, edit, phone_share, unsupported.
    kind: Mapped[str] = mapped_column(String(20), default="text")
    # What a kind carries besides text: coordinates, a button's payload, a reaction's emoji.
    details: Mapped[dict[str, Any] | None]
    # The provider's id of this message inside the chat, when it differs from `provider_id`
    # (Telegram's message_id: edits and replies name it).
    chat_ref: Mapped[str | None] = mapped_column(String(80))
    # The message this one replies to, reacts to or edits (the provider's id of it).
    reply_to: Mapped[str | None] = mapped_column(String(80))
    processed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = utcnow_column()
    # When the pipeline handed it to Rasa: set, and still unprocessed, after a crash means the
    # turn may have run, so Rasa's tracker is asked before it is sent again.
    sent_to_rasa_at: Mapped[datetime | None]
    # Ties the message's log lines in every process together (bot/logging.py); names nothing.
    correlation_id: Mapped[str | None] = mapped_column(String(32))

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    media: Mapped[list[MediaFile]] = relationship(back_populates="message")
    outbox: Mapped[OutboxItem | None] = relationship(back_populates="message")


# What a receipt may be: a picture or a PDF, as the stored file's bytes show (`content_type` is
# sniffed once the file is fetched).
RECEIPT_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf"}
)


class MediaFile(Base):
    """A photo or document a member sent (a receipt, usually), stored as a file."""

    __tablename__ = "media_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(500))  # provider URL or Telegram file_id
    content_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    storage_path: Mapped[str | None] = mapped_column(String(300))
    error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = utcnow_column()

    message: Mapped[Message] = relationship(back_populates="media")


class InternalNote(Base):
    """A note staff keep on a conversation; never sent to the member."""

    __tablename__ = "internal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = utcnow_column()
