"""What staff do: reply, hand back, resolve, decide claims, broadcast. Shared by console and API.

Each action checks its input, changes the database, queues any message through
`bot.outbox.queue` (so opt-outs and the WhatsApp template rule apply) and writes the audit log with
ids only. The caller owns the transaction and commits it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.outbox.queue import send_to_identity, send_to_member
from bot.staff.auth import StaffPrincipal
from db.models import Attendance, Broadcast, Conversation, ExpenseClaim, InternalNote, Member
from db.queries import audit
from db.types import utcnow

MAX_MESSAGE_LENGTH = 1600  # Twilio's limit for one (concatenated) SMS or WhatsApp body
MAX_NOTE_LENGTH = 5000
CLAIM_TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"approved", "rejected"}),
    "approved": frozenset({"paid", "rejected"}),
    "rejected": frozenset({"approved"}),
    "paid": frozenset(),
}
CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


class StaffActionError(Exception):
    """A request staff can correct: carries the HTTP status and a message for them."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def clean_text(value: object, *, field: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    if not isinstance(value, str) or not value.strip():
        raise StaffActionError(400, f"{field} must be non-empty text")
    text = value.strip()
    if len(text) > limit:
        raise StaffActionError(400, f"{field} is {len(text)} characters; the limit is {limit}")
    return text


def get_conversation(session: Session, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise StaffActionError(404, f"no conversation {conversation_id}")
    return conversation


def reply(
    session: Session, staff: StaffPrincipal, conversation_id: int, text: object
) -> int | None:
    """Queue a staff reply on the conversation's own channel.

    Opt-out is not respected: the member wrote to us and is waiting for a person. Outside
    WhatsApp's 24-hour window the worker sends the `staff_reply` template instead of the text.
    """
    body = clean_text(text, field="text")
    conversation = get_conversation(session, conversation_id)
    member = conversation.member
    outbox_id = send_to_identity(
        session,
        conversation.identity,
        key=f"staff_reply:{conversation.id}:{uuid4().hex}",
        kind="staff_reply",
        body=body,
        template="staff_reply",
        template_variables={"first_name": member.display_name if member else ""},
        author=staff.author,
        respect_opt_out=False,
    )
    audit(
        session,
        staff.id,
        "conversation.reply",
        "conversation",
        conversation.id,
        outbox_id=outbox_id,
    )
    return outbox_id


def _end_escalation(
    session: Session, staff: StaffPrincipal, conversation_id: int, status: str, action: str
) -> Conversation:
    conversation = get_conversation(session, conversation_id)
    previous = conversation.status
    conversation.status = status
    conversation.urgent = False
    if status == "bot":  # a fresh start: nothing from the escalation carries over
        conversation.reason = None
        conversation.assigned_to_id = None
    audit(session, staff.id, action, "conversation", conversation.id, previous=previous)
    return conversation


def hand_back(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    """Let the bot answer this member again."""
    return _end_escalation(session, staff, conversation_id, "bot", "conversation.handback")


def resolve(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    """Close an escalation; the bot answers the member's next message."""
    return _end_escalation(session, staff, conversation_id, "resolved", "conversation.resolve")


def assign_to(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    conversation = get_conversation(session, conversation_id)
    conversation.assigned_to_id = staff.id
    audit(session, staff.id, "conversation.assign", "conversation", conversation.id)
    return conversation


def add_note(session: Session, staff: StaffPrincipal, conversation_id: int, text: object) -> None:
    body = clean_text(text, field="note", limit=MAX_NOTE_LENGTH)
    conversation = get_conversation(session, conversation_id)
    session.add(
        InternalNote(
            conversation_id=conversation.id, staff_id=staff.id, text=body, created_at=utcnow()
        )
    )
    audit(session, staff.id, "conversation.note", "conversation", conversation.id)


def format_amount(amount: Decimal, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{amount:.2f}" if symbol else f"{amount:.2f} {currency}"


def claim_message(
    claim: ExpenseClaim, status: str, note: str | None, config: AssemblyConfig
) -> str:
    """What the member reads about their claim; a rejection always says why."""
    what = f"your {claim.category} claim for {format_amount(claim.amount, claim.currency)}"
    contact = config.assembly.staff_contact
    if status == "approved":
        return (
            f"Good news: {what} has been approved. It will be paid "
            f"{config.expenses.payment_timeline}."
        )
    if status == "paid":
        return f"We have paid {what}. It may take a few days to reach your account."
    return (
        f"Sorry, {what} has not been approved. The reason: {note}. "
        f"If you would like to talk about it, reply here or call {contact.phone}."
    )


def decide_claim(
    session: Session,
    staff: StaffPrincipal,
    config: AssemblyConfig,
    claim_id: int,
    status: object,
    note: object,
) -> ExpenseClaim:
    """Approve, reject or mark a claim paid, and tell the member."""
    if status not in ("approved", "rejected", "paid"):
        raise StaffActionError(400, "status must be one of approved, rejected, paid")
    note_text = note.strip() if isinstance(note, str) and note.strip() else None
    if note is not None and not isinstance(note, str):
        raise StaffActionError(400, "note must be text")
    if status == "rejected" and note_text is None:
        raise StaffActionError(400, "a rejection needs the reason in note; the member is told it")
    if note_text is not None and len(note_text) > MAX_NOTE_LENGTH:
        raise StaffActionError(400, f"note is longer than {MAX_NOTE_LENGTH} characters")
    claim = session.get(ExpenseClaim, claim_id)
    if claim is None:
        raise StaffActionError(404, f"no claim {claim_id}")
    if status not in CLAIM_TRANSITIONS.get(claim.status, frozenset()):
        raise StaffActionError(409, f"a claim that is {claim.status} cannot become {status}")
    previous = claim.status
    claim.status = status
    claim.decision_note = note_text
    claim.decided_by_id = staff.id
    claim.decided_at = utcnow()
    member = session.get(Member, claim.member_id)
    outbox_id = None
    if member is not None:
        outbox_id = send_to_member(
            session,
            member,
            key=f"claim:{claim.id}:{status}",
            kind="claim_update",
            body=claim_message(claim, status, note_text, config),
        )
    audit(
        session,
        staff.id,
        "claim.decision",
        "expense_claim",
        claim.id,
        previous=previous,
        status=status,
        outbox_id=outbox_id,
    )
    return claim


@dataclass(frozen=True)
class BroadcastResult:
    id: int
    queued: int
    skipped: int  # opted out on their channel


def audience_members(session: Session, config: AssemblyConfig, audience: object) -> list[Member]:
    """`all`: every member not withdrawn; `session:<id>`: those who have not declined it."""
    active = select(Member).where(Member.onboarding_state != "withdrawn").order_by(Member.id)
    if audience == "all":
        return list(session.execute(active).scalars())
    if isinstance(audience, str) and audience.startswith("session:"):
        session_id = audience.removeprefix("session:")
        if config.session(session_id) is None:
            raise StaffActionError(400, f"no session {session_id!r} in the assembly config")
        declined = select(Attendance.member_id).where(
            Attendance.session_id == session_id, Attendance.status == "declined"
        )
        return list(session.execute(active.where(Member.id.not_in(declined))).scalars())
    raise StaffActionError(400, 'audience must be "all" or "session:<session id>"')


def broadcast(
    session: Session, staff: StaffPrincipal, config: AssemblyConfig, text: object, audience: object
) -> BroadcastResult:
    """Queue one message per member of the audience, each on their preferred channel."""
    body = clean_text(text, field="text")
    members = audience_members(session, config, audience)
    row = Broadcast(text=body, audience=str(audience), created_by_id=staff.id, created_at=utcnow())
    session.add(row)
    session.flush()
    queued = 0
    for member in members:
        outbox_id = send_to_member(
            session,
            member,
            key=f"broadcast:{row.id}:{member.id}",
            kind="broadcast",
            body=body,
            broadcast_id=row.id,
        )
        queued += outbox_id is not None
    skipped = len(members) - queued
    audit(
        session,
        staff.id,
        "broadcast.send",
        "broadcast",
        row.id,
        audience=str(audience),
        queued=queued,
        skipped=skipped,
    )
    return BroadcastResult(row.id, queued, skipped)
