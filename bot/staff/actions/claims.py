"""Deciding expense claims, and what the member is told about the decision (in the member's
language: staff decide in English, the member reads it in their own)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, format_money
from bot.i18n.catalogue import current_language, speaking, t
from bot.i18n.languages import effective_language
from bot.outbox.queue import send_to_member
from bot.staff.actions.checks import MAX_NOTE_LENGTH, StaffActionError
from bot.staff.auth import StaffPrincipal
from db.models import ExpenseClaim, Member
from db.queries import audit
from db.types import utcnow

#: The categories the catalogue names (expenses.label.<name>); any other is shown as it is.
CATEGORIES = ("travel", "childcare", "carer")

CLAIM_TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"approved", "rejected"}),
    "approved": frozenset({"paid", "rejected"}),
    "rejected": frozenset({"approved"}),
    "paid": frozenset(),
}


def claim_message(
    claim: ExpenseClaim, status: str, note: str | None, config: AssemblyConfig
) -> str:
    """What the member reads about their claim, in the language being spoken; a rejection
    always says why."""
    category = claim.category
    values = {
        "category": t(f"expenses.label.{category}") if category in CATEGORIES else category,
        "amount": format_money(claim.amount, claim.currency),
    }
    if status == "approved":
        return t("claim.decision.approved", timeline=config.expenses.payment_timeline, **values)
    if status == "paid":
        return t("claim.decision.paid", **values)
    return t("claim.decision.rejected", reason=note, contact=config.contact_line(), **values)


def _tell_member(
    session: Session,
    member: Member,
    claim: ExpenseClaim,
    status: str,
    note: str | None,
    config: AssemblyConfig,
) -> int | None:
    """Queue the decision for the member, written in their language (the approved WhatsApp
    template in that language too, outside the 24-hour window)."""
    with speaking(effective_language(member.language, config.languages)):
        return send_to_member(
            session,
            member,
            key=f"claim:{claim.id}:{status}",
            kind="claim_update",
            body=claim_message(claim, status, note, config),
            template="claim_update",
            template_variables={
                "first_name": member.display_name,
                "amount": format_money(claim.amount, claim.currency),
                "claim_status": status,
                "language": current_language(),
            },
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
        outbox_id = _tell_member(session, member, claim, status, note_text, config)
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
