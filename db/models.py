"""The assistant's data, as typed SQLAlchemy 2 models.

One table per thing a member, a staff user or a process needs to remember. Access needs are
special-category data: they live in their own columns so the staff API can leave them out for
roles that have no need of them. Anonymous feedback has no member link at all.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import (
    Base,
    new_rasa_sender_id,
    sandbox_column,
    utcnow_column,
)
from db.feedback_models import FeedbackNote as FeedbackNote
from db.feedback_models import FeedbackRequest as FeedbackRequest
from db.feedback_models import FeedbackResponse as FeedbackResponse
from db.feedback_models import TrackerScrub as TrackerScrub
from db.outbox_models import Broadcast as Broadcast
from db.outbox_models import OutboxItem as OutboxItem
from db.process_models import ConversationClaim as ConversationClaim
from db.process_models import Heartbeat as Heartbeat
from db.process_models import SchedulerLock as SchedulerLock
from db.process_models import SessionSnapshot as SessionSnapshot
from db.staff_models import ApiToken as ApiToken
from db.staff_models import AuditLog as AuditLog
from db.staff_models import StaffSession as StaffSession
from db.staff_models import StaffUser as StaffUser
from db.types import UTCDateTime, utcnow

# --- members and how to reach them -------------------------------------------------------------


class Member(Base):
    """A resident selected for the assembly, from the roster."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20), unique=True)  # E.164
    email: Mapped[str | None] = mapped_column(String(200))
    preferred_channel: Mapped[str] = mapped_column(String(10), default="sms")
    language: Mapped[str] = mapped_column(String(10), default="en")
    reserve: Mapped[bool] = mapped_column(Boolean, default=False)
    invite_code: Mapped[str] = mapped_column(String(6), unique=True)
    # not_invited, invited, in_progress, consent_refused, onboarded, withdrawn
    onboarding_state: Mapped[str] = mapped_column(String(20), default="not_invited")
    onboarding_step: Mapped[str | None] = mapped_column(String(40))
    invited_at: Mapped[datetime | None]
    onboarded_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    dietary_needs: Mapped[str | None] = mapped_column(Text)
    caring_responsibilities: Mapped[str | None] = mapped_column(Text)
    # Special-category data: only roles that need it may read it (see bot/staff/permissions).
    access_needs: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = utcnow_column()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # A stand-in the staff try-it page writes as; never reminded, surveyed, broadcast to,
    # counted or exported (see bot/members/sandbox.py).
    sandbox: Mapped[bool] = sandbox_column()

    # When the member chose their channel themselves: a roster re-import then leaves it alone.
    preferred_channel_chosen_at: Mapped[datetime | None]
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    # The roster's other columns (age band, ward, ...): what a reserve is matched on.
    strata: Mapped[dict[str, Any] | None]
    # A reserve staff promoted to a place: when, and whose place it fills.
    promoted_at: Mapped[datetime | None]
    replaces_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )

    identities: Mapped[list[ChannelIdentity]] = relationship(back_populates="member")
    attendance: Mapped[list[Attendance]] = relationship(back_populates="member")

    @property
    def display_name(self) -> str:
        """The name the member asked us to use, else their first name."""
        return self.preferred_name or self.first_name


class ChannelIdentity(Base):
    """One address a member (or an unknown sender) writes from: a phone on SMS or WhatsApp, a
    Telegram chat. Remembers the last inbound time (the WhatsApp 24-hour window) and opt-out."""

    __tablename__ = "channel_identities"
    __table_args__ = (UniqueConstraint("channel", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))  # sms, whatsapp, telegram, web
    address: Mapped[str] = mapped_column(String(64))  # E.164 phone or Telegram chat id
    last_inbound_at: Mapped[datetime | None]
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = utcnow_column()
    # The invite code that linked this identity to its member, if a code did (not the roster
    # phone): a code links one identity per channel until staff reissue it.
    linked_with_code: Mapped[str | None] = mapped_column(String(6))
    linked_at: Mapped[datetime | None]

    member: Mapped[Member | None] = relationship(back_populates="identities")

    def opt_out(self) -> None:
        """The member said STOP here, or the provider says they did: nothing more is sent."""
        self.opted_out, self.opted_out_at = True, utcnow()

    def opt_back_in(self) -> None:
        """The member said START: messages flow again."""
        self.opted_out, self.opted_out_at = False, None


class InviteAttempt(Base):
    """A code tried by a sender, so five wrong codes in an hour can be refused."""

    __tablename__ = "invite_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(
        ForeignKey("channel_identities.id", ondelete="CASCADE"), index=True
    )
    succeeded: Mapped[bool] = mapped_column(Boolean)
    attempted_at: Mapped[datetime] = utcnow_column()


class ConsentRecord(Base):
    """A member's yes or no to a versioned notice (privacy, access-needs processing)."""

    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # privacy, access_needs
    version: Mapped[str] = mapped_column(String(40))
    granted: Mapped[bool] = mapped_column(Boolean)
    channel: Mapped[str | None] = mapped_column(String(10))
    recorded_at: Mapped[datetime] = utcnow_column()
    # The member's message that gave the answer: the same message never records twice.
    source_message_id: Mapped[int | None] = mapped_column(Integer, unique=True)


class Attendance(Base):
    """A member's answer for one session of config.yml."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("member_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    session_id: Mapped[str] = mapped_column(String(40))
    # confirmed, declined, not_sure, late
    status: Mapped[str] = mapped_column(String(12))
    expected_arrival: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # The member's message behind the last change: that message again changes nothing.
    source_message_id: Mapped[int | None] = mapped_column(Integer)

    member: Mapped[Member] = relationship(back_populates="attendance")


class RegisterEntry(Base):
    """That a member arrived at a session: ticked at the door by staff or texted by the member.
    One per member and session; the first arrival time is kept."""

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("member_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    session_id: Mapped[str] = mapped_column(String(40), index=True)
    arrived_at: Mapped[datetime] = utcnow_column()
    via: Mapped[str] = mapped_column(String(10))  # door, text
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class ThankYouPaymentRecord(Base):
    """The thank-you payment a member is owed for one period (a weekend, a session, ...) they
    attended. Finance approves it and marks it paid with the method and a reference; no bank
    details are kept here."""

    __tablename__ = "thank_you_payments"
    __table_args__ = (UniqueConstraint("member_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(40))  # "Weekend 1", a session id, ...
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    # owed, approved, paid
    status: Mapped[str] = mapped_column(String(10), default="owed", index=True)
    method: Mapped[str | None] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = utcnow_column()

    member: Mapped[Member] = relationship()


# --- conversations -----------------------------------------------------------------------------


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


# --- expenses and cases ------------------------------------------------------------------------


class ExpenseClaim(Base):
    """A travel, childcare or carer claim with its receipt and where it stands."""

    __tablename__ = "expense_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    session_id: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    receipt_media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_files.id", ondelete="SET NULL")
    )
    no_receipt_reason: Mapped[str | None] = mapped_column(Text)
    over_cap: Mapped[bool] = mapped_column(Boolean, default=False)
    after_deadline: Mapped[bool] = mapped_column(Boolean, default=False)
    # submitted, approved, rejected, paid
    status: Mapped[str] = mapped_column(String(10), default="submitted", index=True)
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = utcnow_column()
    # The member's message that submitted it: the same message never submits a second claim.
    source_message_id: Mapped[int | None] = mapped_column(Integer, unique=True)

    receipt: Mapped[MediaFile | None] = relationship()
    member: Mapped[Member] = relationship()


class Case(Base):
    """Something staff should look at in a conversation: a safeguarding disclosure, an
    over-cap claim, a data request, "not understood twice". The bot keeps serving the member
    while a case is open; only a takeover (on Conversation) quiets it.

    A case opened for one message (a disclosure) is unique per message and kind, so processing
    the message again never opens a second one."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("source_message_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))  # one of db.cases.CASE_KINDS
    reason: Mapped[str] = mapped_column(String(200))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    source_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL")
    )
    opened_at: Mapped[datetime] = utcnow_column()
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
