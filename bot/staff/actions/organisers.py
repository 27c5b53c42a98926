"""What organisers do around the weekends: promote a reserve to a member's place, tick a
member in at the door, settle a thank-you payment. Each checks its input, does the change
through `bot.members` and writes the audit log; pages and the API share them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.members.payments import PaymentError, settle_payment
from bot.members.reserves import PromotionError, promote_reserve
from bot.settings import Settings
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import StaffPrincipal
from db.models import Member, ThankYouPaymentRecord
from db.queries import audit
from db.register import mark_arrived, on_register


def _member(session: Session, member_id: object, field: str = "member") -> Member:
    if isinstance(member_id, bool) or not isinstance(member_id, int):
        raise StaffActionError(400, f"{field} must be a member id (a whole number)")
    member = session.get(Member, member_id)
    if member is None or member.sandbox:
        raise StaffActionError(404, f"no member {member_id}")
    return member


def promote(
    session: Session,
    staff: StaffPrincipal,
    member_id: int,
    replaces_id: object,
    *,
    config: AssemblyConfig,
    settings: Settings,
) -> tuple[Member, int]:
    """The reserve takes a place (the place of `replaces_id`, when given) and is invited."""
    reserve = _member(session, member_id)
    replaces = None if replaces_id in (None, "") else _member(session, replaces_id, "replaces")
    try:
        queued = promote_reserve(session, reserve, replaces, config=config, settings=settings)
    except PromotionError as error:
        raise StaffActionError(409, str(error)) from None
    audit(
        session,
        staff.id,
        "member.promoted",
        "member",
        reserve.id,
        replaces=replaces.id if replaces else None,
        invitations=queued,
    )
    return reserve, queued


def check_in(
    session: Session,
    staff: StaffPrincipal,
    config: AssemblyConfig,
    session_id: object,
    member_id: object,
) -> tuple[Member, datetime, bool]:
    """Tick the member in for the session at the door; ticking twice keeps the first time."""
    if not isinstance(session_id, str) or config.session(session_id) is None:
        raise StaffActionError(400, "session must be one of the config's session ids")
    member = _member(session, member_id)
    if not on_register(member):
        raise StaffActionError(409, "this member is not on the register (reserve or withdrawn)")
    arrived_at, newly = mark_arrived(
        session,
        member.id,
        session_id,
        config.thank_you_for(session_id),
        via="door",
        staff_id=staff.id,
    )
    if newly:
        audit(session, staff.id, "register.arrived", "member", member.id, session_id=session_id)
    return member, arrived_at, newly


def settle(
    session: Session,
    staff: StaffPrincipal,
    config: AssemblyConfig,
    payment_id: int,
    body: dict[str, Any],
) -> ThankYouPaymentRecord:
    """Approve or mark paid; the member is told when it is paid."""
    try:
        return settle_payment(session, staff.id, config, payment_id, body)
    except PaymentError as error:
        raise StaffActionError(error.status_code, error.message) from None
