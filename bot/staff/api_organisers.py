"""The staff API's organiser routes (CONTRACT §8): promoting a reserve, the day's register and
thank-you payments. Same rules as `bot.staff.api`: a token on every route, 403 for a role
without the right, a clear 4xx for a bad body."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from bot.members.payments import PAYMENT_STATUSES, list_payments, payment_row
from bot.staff.actions.checks import StaffActionError
from bot.staff.actions.organisers import check_in, promote, settle
from bot.staff.api import JsonBody, action_error, allowed, one_of
from bot.staff.auth import api_principal, services_of
from bot.staff.permissions import Permission
from db.models import Member
from db.queries import audit
from db.register import register_rows
from db.session import transaction

router = APIRouter(prefix="/api", tags=["staff api"], dependencies=[Depends(api_principal)])

CanPromote = allowed(Permission.WITHDRAW_MEMBERS)
CanKeepRegister = allowed(Permission.KEEP_REGISTER)
CanPay = allowed(Permission.PAY_MEMBERS)


async def optional_json_object(request: Request) -> dict[str, Any]:
    """An optional JSON object body: none at all reads as {}."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, detail="the body must be JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, detail="the body must be a JSON object")
    return body


@router.post("/members/{member_id}/promote")
def member_promote(
    request: Request,
    member_id: int,
    staff: CanPromote,
    body: dict[str, Any] = Depends(optional_json_object),  # noqa: B008
) -> dict[str, Any]:
    """A reserve becomes a member (in `replaces`'s place, if given) and is invited."""
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            member, queued = promote(
                session,
                staff,
                member_id,
                body.get("replaces"),
                config=services.config,
                settings=services.settings,
            )
            return {
                "id": member.id,
                "reserve": member.reserve,
                "onboarding_state": member.onboarding_state,
                "replaces": member.replaces_member_id,
                "invitations_queued": queued,
            }
    except StaffActionError as error:
        raise action_error(error) from None


@router.get("/register")
def register(
    request: Request, staff: CanKeepRegister, session: str | None = None
) -> dict[str, Any]:
    """The day's check-in list for one session, with `arrived_at` for those who are in."""
    services = services_of(request)
    if session is None or services.config.session(session) is None:
        raise HTTPException(400, detail="session must be one of the config's session ids")
    with transaction(services.sessions) as db:
        rows = register_rows(db, session)
        audit(db, staff.id, "register.read", "session", session, via="api")
    return {
        "session": session,
        "expected": sum(1 for row in rows if row["expected"]),
        "arrived": sum(1 for row in rows if row["arrived_at"]),
        "members": rows,
    }


@router.post("/register")
def register_arrival(request: Request, staff: CanKeepRegister, body: JsonBody) -> dict[str, Any]:
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            member, arrived_at, newly = check_in(
                session, staff, services.config, body.get("session"), body.get("member_id")
            )
            return {
                "member_id": member.id,
                "session": body["session"],
                "arrived_at": arrived_at,
                "already_arrived": not newly,
            }
    except StaffActionError as error:
        raise action_error(error) from None


@router.get("/payments")
def payments(request: Request, staff: CanPay, status: str | None = None) -> dict[str, Any]:
    one_of(status, PAYMENT_STATUSES, "status")
    with services_of(request).sessions() as session:
        rows, total = list_payments(session, status)
    return {"payments": rows, "total": total}


@router.post("/payments/{payment_id}")
def payment_decision(
    request: Request, payment_id: int, staff: CanPay, body: JsonBody
) -> dict[str, Any]:
    """Approve a payment, or mark it paid with its reference (the member is told)."""
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            payment = settle(session, staff, services.config, payment_id, body)
            member = session.get(Member, payment.member_id)
            assert member is not None
            return payment_row(payment, member)
    except StaffActionError as error:
        raise action_error(error) from None
