"""Deciding expense claims, and what the member is told about the decision."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, format_money
from bot.outbox.queue import send_to_member
from bot.staff.actions.checks import MAX_NOTE_LENGTH, StaffActionError
from bot.staff.auth import StaffPrincipal
from db.models import ExpenseClaim, Member
from db.queries import audit
from db.types import utcnow

CLAIM_TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"approved", "rejected"}),
    "approved": frozenset({"paid", "rejected"}),
    "rejected": frozenset({"approved"}),
    "paid": frozenset(),
}


def claim_message(
    claim: ExpenseClaim, status: str, note: str | None, config: AssemblyConfig
) -> str:
    """What the member reads about their claim; a rejection always says why."""
    what = f"your {claim.category} claim for {format_money(claim.amount, claim.currency)}"
    if status == "approved":
        return (
            f"Good news: {what} has been approved. It will be paid "
            f"{config.expenses.payment_timeline}."
        )
    if status == "paid":
        return f"We have paid {what}. It may take a few days to reach your account."
    return (
        f"Sorry, {what} has not been approved. The reason: {note}. "
        f"If you would like to talk about it, reply here or {config.contact_line()}."
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
            template="claim_update",
            template_variables={
                "first_name": member.display_name,
                "amount": format_money(claim.amount, claim.currency),
                "claim_status": status,
            },
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
