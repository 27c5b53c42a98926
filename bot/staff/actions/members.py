"""Changing a member's standing: confirming that they have withdrawn."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.members.withdrawal import withdraw_member
from bot.staff.actions.checks import MAX_NOTE_LENGTH, StaffActionError, clean_text
from bot.staff.auth import StaffPrincipal
from db.models import Member
from db.queries import audit


def confirm_withdrawal(
    session: Session, staff: StaffPrincipal, member_id: int, reason: object
) -> Member:
    """Record the member as withdrawn with staff's reason; reminders and surveys stop."""
    text = clean_text(reason, field="reason", limit=MAX_NOTE_LENGTH)
    member = session.get(Member, member_id)
    if member is None:
        raise StaffActionError(404, f"no member {member_id}")
    cancelled = withdraw_member(session, member, text)
    audit(session, staff.id, "member.withdrawn", "member", member.id, cancelled=cancelled)
    return member
