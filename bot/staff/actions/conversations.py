"""What staff do with a conversation: reply, note, take it over, close one of its cases,
resolve it, hand it back to the assistant."""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy.orm import Session

from bot.outbox.queue import send_to_identity
from bot.staff.actions.checks import MAX_NOTE_LENGTH, StaffActionError, clean_text
from bot.staff.auth import StaffPrincipal
from db.cases import TAKEN_BY_STAFF, close_case, close_everything, take_over
from db.models import Case, Conversation, InternalNote
from db.queries import audit
from db.types import utcnow


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


def _close_conversation(
    session: Session, staff: StaffPrincipal, conversation_id: int, status: str, action: str
) -> Conversation:
    conversation = get_conversation(session, conversation_id)
    previous = conversation.status
    close_everything(session, conversation, staff.id, status)
    if status == "bot":  # a fresh start: nothing from the escalation carries over
        conversation.assigned_to_id = None
    audit(session, staff.id, action, "conversation", conversation.id, previous=previous)
    return conversation


def hand_back(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    """Let the bot answer this member again: its cases are closed and any takeover ends."""
    return _close_conversation(session, staff, conversation_id, "bot", "conversation.handback")


def resolve(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    """Close every case of the conversation; the bot answers the member's next message."""
    return _close_conversation(session, staff, conversation_id, "resolved", "conversation.resolve")


def assign_to(session: Session, staff: StaffPrincipal, conversation_id: int) -> Conversation:
    """Take the conversation over: it is this staff member's, and the bot stays quiet (the
    member is told when to expect a reply) until it is handed back or the takeover lapses."""
    conversation = get_conversation(session, conversation_id)
    conversation.assigned_to_id = staff.id
    take_over(session, conversation, TAKEN_BY_STAFF)
    audit(session, staff.id, "conversation.assign", "conversation", conversation.id)
    return conversation


def close_one_case(
    session: Session, staff: StaffPrincipal, conversation_id: int, case_id: int
) -> Case:
    """Staff have dealt with one case; the conversation stays in the inbox while anything
    else is open."""
    case = session.get(Case, case_id)
    if case is None or case.conversation_id != conversation_id:
        raise StaffActionError(404, f"no case {case_id} in conversation {conversation_id}")
    close_case(session, case, staff.id)
    audit(session, staff.id, "case.close", "case", case.id, kind=case.kind)
    return case


def add_note(session: Session, staff: StaffPrincipal, conversation_id: int, text: object) -> None:
    body = clean_text(text, field="note", limit=MAX_NOTE_LENGTH)
    conversation = get_conversation(session, conversation_id)
    session.add(
        InternalNote(
            conversation_id=conversation.id, staff_id=staff.id, text=body, created_at=utcnow()
        )
    )
    audit(session, staff.id, "conversation.note", "conversation", conversation.id)
