"""Small pieces several read models share: an exact amount as text, a member in brief, a staff
email."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Member, StaffUser


def exact_amount(amount: Decimal | None) -> str | None:
    """The amount as data for the API and the finance CSV ("95.00"); what members read is
    bot.config.format_money."""
    return None if amount is None else f"{Decimal(amount):.2f}"


def member_brief(member: Member | None) -> dict[str, Any] | None:
    return None if member is None else {"id": member.id, "first_name": member.first_name}


def staff_email(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.execute(select(StaffUser.email).where(StaffUser.id == staff_id)).scalar()
