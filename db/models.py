"""The assistant's data, as typed SQLAlchemy 2 models.

One table per thing a member, a staff user or a process needs to remember. Access needs are
special-category data: they live in their own columns so the staff API can leave them out for
roles that have no need of them. Anonymous feedback has no member link at all.

Here: members and how to reach them, expense claims and cases. Conversations and messages
(`db.conversation_models`), the outbox (`db.outbox_models`), feedback (`db.feedback_models`),
staff (`db.staff_models`) and what the processes remember (`db.process_models`) have modules of
their own; every model is imported from here.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, sandbox_column, utcnow_column
from db.conversation_models import RECEIPT_TYPES as RECEIPT_TYPES
from db.conversation_models import Conversation as Conversation
from db.conversation_models import InternalNote as InternalNote
from db.conversation_models import MediaFile as MediaFile
from db.conversation_models import Message as Message
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
