"""Expense claims as finance sees them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot.staff.views.common import exact_amount, member_brief
from db.models import ExpenseClaim, Member

CLAIM_STATUSES = ("submitted", "approved", "rejected", "paid")


def claim_row(claim: ExpenseClaim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "member": member_brief(claim.member),
        "member_name": f"{claim.member.first_name} {claim.member.last_name}",
        "category": claim.category,
        "amount": exact_amount(claim.amount),
        "currency": claim.currency,
        "session_id": claim.session_id,
        "description": claim.description,
        "has_receipt": claim.receipt_media_id is not None,
        "no_receipt_reason": claim.no_receipt_reason,
        "over_cap": claim.over_cap,
        "after_deadline": claim.after_deadline,
        "status": claim.status,
        "decision_note": claim.decision_note,
        "decided_by_id": claim.decided_by_id,
        "decided_at": claim.decided_at,
        "created_at": claim.created_at,
    }


def list_claims(session: Session, status: str | None = None) -> list[dict[str, Any]]:
    """Members' claims, oldest first; a sandbox member's claims are no one's to pay."""
    query = (
        select(ExpenseClaim)
        .join(Member, Member.id == ExpenseClaim.member_id)
        .where(Member.sandbox.is_(False))
        .options(selectinload(ExpenseClaim.member))
    )
    if status is not None:
        query = query.where(ExpenseClaim.status == status)
    claims = session.execute(query.order_by(ExpenseClaim.created_at, ExpenseClaim.id)).scalars()
    return [claim_row(claim) for claim in claims]
