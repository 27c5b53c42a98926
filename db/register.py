"""The day's register and the thank-you payments it feeds, as queries the console, the API
and the action server share.

Staff tick members in at the door, or the member texts "I'm here"; either way the first
arrival is kept and the member is owed the thank-you payment for the session's period, once
(`OwedPayment`, which `AssemblyConfig.thank_you_for` works out). Reserves waiting for a place,
withdrawn and try-it members are not on the register.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models import Attendance, Member, RegisterEntry, ThankYouPaymentRecord
from db.queries import insert_ignoring_conflict
from db.types import utcnow

ON_THE_REGISTER = and_(
    Member.reserve.is_(False),
    Member.withdrawn_at.is_(None),
    Member.onboarding_state != "withdrawn",
    Member.sandbox.is_(False),
)


#: What attending a session earns: (period, amount, currency), from the assembly's config.
OwedPayment = tuple[str, Decimal, str]


def on_register(member: Member) -> bool:
    """Whether the member belongs on the register at all."""
    return (
        not member.reserve
        and member.withdrawn_at is None
        and member.onboarding_state != "withdrawn"
        and not member.sandbox
    )


def register_rows(
    session: Session, session_id: str, search: str | None = None
) -> list[dict[str, Any]]:
    """Every member on the register for one session, by last name: their answer (`expected`
    unless they said they cannot come), and `arrived_at` once they are in. Each word of
    `search` must start a first, last or preferred name (case-insensitive)."""
    query = (
        select(Member, Attendance.status, RegisterEntry)
        .outerjoin(
            Attendance, and_(Attendance.member_id == Member.id, Attendance.session_id == session_id)
        )
        .outerjoin(
            RegisterEntry,
            and_(RegisterEntry.member_id == Member.id, RegisterEntry.session_id == session_id),
        )
        .where(ON_THE_REGISTER)
        .order_by(Member.last_name, Member.first_name, Member.id)
    )
    for word in (search or "").lower().split()[:3]:
        pattern = word.replace("\\", "").replace("%", "").replace("_", "") + "%"
        query = query.where(
            or_(
                Member.first_name.ilike(pattern),
                Member.last_name.ilike(pattern),
                Member.preferred_name.ilike(pattern),
            )
        )
    return [
        {
            "member_id": member.id,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "preferred_name": member.preferred_name,
            "answer": answer or "no_answer",
            "expected": answer != "declined",
            "replaces": member.replaces_member_id,
            "arrived_at": entry.arrived_at if entry else None,
            "via": entry.via if entry else None,
        }
        for member, answer, entry in session.execute(query).all()
    ]


def record_owed(session: Session, member_id: int, owed: OwedPayment) -> bool:
    """The member is owed the payment for this period (once); True when newly owed."""
    period, amount, currency = owed
    new_id = insert_ignoring_conflict(
        session,
        ThankYouPaymentRecord,
        {
            "member_id": member_id,
            "period": period,
            "amount": amount,
            "currency": currency,
            "status": "owed",
            "created_at": utcnow(),
        },
        ["member_id", "period"],
    )
    return new_id is not None


def mark_arrived(
    session: Session,
    member_id: int,
    session_id: str,
    owed: OwedPayment | None,
    *,
    via: str,
    staff_id: int | None = None,
    now: datetime | None = None,
) -> tuple[datetime, bool]:
    """Record the member as arrived (once) and owed the payment; (arrived_at, newly)."""
    inserted = insert_ignoring_conflict(
        session,
        RegisterEntry,
        {
            "member_id": member_id,
            "session_id": session_id,
            "arrived_at": now or utcnow(),
            "via": via,
            "marked_by_id": staff_id,
        },
        ["member_id", "session_id"],
    )
    if owed is not None:
        record_owed(session, member_id, owed)
    arrived_at = session.scalar(
        select(RegisterEntry.arrived_at).where(
            RegisterEntry.member_id == member_id, RegisterEntry.session_id == session_id
        )
    )
    assert arrived_at is not None
    return arrived_at, inserted is not None


def member_payments(session: Session, member_id: int) -> list[ThankYouPaymentRecord]:
    """A member's own thank-you payments, oldest first."""
    return list(
        session.scalars(
            select(ThankYouPaymentRecord)
            .where(ThankYouPaymentRecord.member_id == member_id)
            .order_by(ThankYouPaymentRecord.created_at, ThankYouPaymentRecord.id)
        )
    )
