"""The staff API (CONTRACT §4): JSON in and out, `Authorization: Bearer <token>` on every route.

Every route depends on `api_principal`, so a request without a valid token gets 401 before
anything else is looked at (even a malformed body); a role without the right gets 403.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from bot.staff.actions.broadcasts import broadcast
from bot.staff.actions.checks import StaffActionError
from bot.staff.actions.claims import decide_claim
from bot.staff.actions.conversations import assign_to, close_one_case, hand_back
from bot.staff.actions.conversations import reply as reply_to_member
from bot.staff.actions.members import confirm_withdrawal, erase_member, export_member
from bot.staff.auth import (
    StaffPrincipal,
    api_principal,
    require_api_permission,
    services_of,
)
from bot.staff.permissions import Permission
from bot.staff.receipts import open_receipt
from bot.staff.views.broadcasts import broadcast_report
from bot.staff.views.claims import CLAIM_STATUSES, claim_row, list_claims
from bot.staff.views.conversations import CONVERSATION_STATUSES, transcript
from bot.staff.views.conversations import list_conversations as conversation_rows
from bot.staff.views.feedback import feedback_summary as feedback_by_session
from bot.staff.views.members import roster
from db.models import Conversation
from db.queries import audit
from db.session import transaction

router = APIRouter(prefix="/api", tags=["staff api"], dependencies=[Depends(api_principal)])


def allowed(permission: Permission) -> Any:
    """`Annotated` type for a route parameter: the caller, checked for `permission`."""
    return Annotated[StaffPrincipal, Depends(require_api_permission(permission))]


CanReadConversations = allowed(Permission.VIEW_CONVERSATIONS)
CanReply = allowed(Permission.REPLY_TO_MEMBERS)
CanReadRoster = allowed(Permission.VIEW_ROSTER)
CanReadClaims = allowed(Permission.VIEW_CLAIMS)
CanReadReceipts = allowed(Permission.VIEW_RECEIPTS)
CanDecideClaims = allowed(Permission.DECIDE_CLAIMS)
CanReadFeedback = allowed(Permission.VIEW_FEEDBACK)
CanBroadcast = allowed(Permission.SEND_BROADCASTS)
CanManageDataRights = allowed(Permission.MANAGE_DATA_RIGHTS)
CanWithdrawMembers = allowed(Permission.WITHDRAW_MEMBERS)


def action_error(error: StaffActionError) -> HTTPException:
    return HTTPException(error.status_code, detail=error.message)


async def json_object(request: Request) -> dict[str, Any]:
    """The body as a JSON object, or 400 saying what is wrong with it. A dependency, so the
    router's token check runs first and handlers can be plain functions in the thread pool."""
    try:
        body = json.loads(await request.body() or b"null")
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, detail="the body must be JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, detail="the body must be a JSON object")
    return body


JsonBody = Annotated[dict[str, Any], Depends(json_object)]


def one_of(value: str | None, choices: tuple[str, ...], name: str) -> str | None:
    if value is not None and value not in choices:
        raise HTTPException(400, detail=f"{name} must be one of {', '.join(choices)}")
    return value


# --- conversations ---------------------------------------------------------------------------


@router.get("/conversations")
def list_conversations(
    request: Request, staff: CanReadConversations, status: str | None = None
) -> dict[str, Any]:
    one_of(status, CONVERSATION_STATUSES, "status")
    with services_of(request).sessions() as session:
        return {"conversations": conversation_rows(session, status=status)}


@router.get("/conversations/{conversation_id}/messages")
def conversation_messages(
    request: Request, conversation_id: int, staff: CanReadConversations
) -> dict[str, Any]:
    with transaction(services_of(request).sessions) as session:
        if session.get(Conversation, conversation_id) is None:
            raise HTTPException(404, detail=f"no conversation {conversation_id}")
        audit(session, staff.id, "conversation.read", "conversation", conversation_id, via="api")
        return {"messages": transcript(session, conversation_id)}


@router.post("/conversations/{conversation_id}/reply", status_code=202)
def reply(
    request: Request, conversation_id: int, staff: CanReply, body: JsonBody
) -> dict[str, Any]:
    try:
        with transaction(services_of(request).sessions) as session:
            outbox_id = reply_to_member(session, staff, conversation_id, body.get("text"))
    except StaffActionError as error:
        raise action_error(error) from None
    return {"status": "queued", "outbox_id": outbox_id}


@router.post("/conversations/{conversation_id}/handback")
def handback(request: Request, conversation_id: int, staff: CanReply) -> dict[str, Any]:
    try:
        with transaction(services_of(request).sessions) as session:
            conversation = hand_back(session, staff, conversation_id)
            return {"id": conversation.id, "status": conversation.status}
    except StaffActionError as error:
        raise action_error(error) from None


@router.post("/conversations/{conversation_id}/takeover")
def takeover(request: Request, conversation_id: int, staff: CanReply) -> dict[str, Any]:
    """The caller answers this member themselves; the bot stays quiet until handback."""
    try:
        with transaction(services_of(request).sessions) as session:
            conversation = assign_to(session, staff, conversation_id)
            return {"id": conversation.id, "status": conversation.status, "taken_over": "staff"}
    except StaffActionError as error:
        raise action_error(error) from None


@router.post("/conversations/{conversation_id}/cases/{case_id}/close")
def close_case(
    request: Request, conversation_id: int, case_id: int, staff: CanReply
) -> dict[str, Any]:
    try:
        with transaction(services_of(request).sessions) as session:
            case = close_one_case(session, staff, conversation_id, case_id)
            conversation = session.get(Conversation, conversation_id)
            assert conversation is not None
            return {"id": case.id, "closed": True, "conversation_status": conversation.status}
    except StaffActionError as error:
        raise action_error(error) from None


# --- members ---------------------------------------------------------------------------------


@router.get("/members")
def members(request: Request, staff: CanReadRoster) -> dict[str, Any]:
    services = services_of(request)
    include_needs = staff.can(Permission.VIEW_SUPPORT_NEEDS)
    with transaction(services.sessions) as session:
        rows = roster(session, services.config, include_support_needs=include_needs)
        audit(session, staff.id, "roster.read", "member", None, support_needs=include_needs)
    return {"members": rows}


@router.post("/members/{member_id}/withdraw")
def member_withdraw(
    request: Request, member_id: int, staff: CanWithdrawMembers, body: JsonBody
) -> dict[str, Any]:
    """The member has left: no more reminders or surveys (the reason is kept for staff)."""
    try:
        with transaction(services_of(request).sessions) as session:
            member = confirm_withdrawal(session, staff, member_id, body.get("reason"))
            return {
                "id": member.id,
                "onboarding_state": member.onboarding_state,
                "withdrawn_at": member.withdrawn_at,
                "reason": member.withdrawal_reason,
            }
    except StaffActionError as error:
        raise action_error(error) from None


@router.get("/members/{member_id}/export")
def member_export(request: Request, member_id: int, staff: CanManageDataRights) -> dict[str, Any]:
    """Everything we hold about one member, for a subject access request (admin only)."""
    try:
        with transaction(services_of(request).sessions) as session:
            return export_member(session, staff, member_id, via="api")
    except StaffActionError as error:
        raise action_error(error) from None


@router.post("/members/{member_id}/erase")
def member_erase(request: Request, member_id: int, staff: CanManageDataRights) -> dict[str, Any]:
    """Erase a member and everything that is theirs, in every store: the database, Rasa's
    conversations and the media folder, receipts included (admin only)."""
    try:
        files = erase_member(services_of(request), staff, member_id)
    except StaffActionError as error:
        raise action_error(error) from None
    return {"erased": member_id, "files_deleted": files}


# --- claims ----------------------------------------------------------------------------------


@router.get("/claims")
def claims(request: Request, staff: CanReadClaims, status: str | None = None) -> dict[str, Any]:
    one_of(status, CLAIM_STATUSES, "status")
    with services_of(request).sessions() as session:
        return {"claims": list_claims(session, status)}


@router.get("/claims/{claim_id}/receipt")
def claim_receipt(request: Request, claim_id: int, staff: CanReadReceipts) -> Response:
    return open_receipt(request, staff, claim_id)


@router.post("/claims/{claim_id}/decision")
def claim_decision(
    request: Request, claim_id: int, staff: CanDecideClaims, body: JsonBody
) -> dict[str, Any]:
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            claim = decide_claim(
                session, staff, services.config, claim_id, body.get("status"), body.get("note")
            )
            return claim_row(claim)
    except StaffActionError as error:
        raise action_error(error) from None


# --- feedback and broadcasts -----------------------------------------------------------------


@router.get("/feedback/summary")
def feedback_summary(request: Request, staff: CanReadFeedback) -> dict[str, Any]:
    services = services_of(request)
    config = services.config
    with services.sessions() as session:
        return {
            "anonymous": config.feedback.anonymous,
            "sessions": feedback_by_session(session, config),
        }


@router.post("/broadcasts", status_code=202)
def create_broadcast(request: Request, staff: CanBroadcast, body: JsonBody) -> dict[str, Any]:
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            result = broadcast(
                session, staff, services.config, body.get("text"), body.get("audience")
            )
    except StaffActionError as error:
        raise action_error(error) from None
    return {"id": result.id, "queued": result.queued, "skipped_opted_out": result.skipped}


@router.get("/broadcasts/{broadcast_id}")
def broadcast_status(request: Request, broadcast_id: int, staff: CanBroadcast) -> dict[str, Any]:
    with services_of(request).sessions() as session:
        report = broadcast_report(session, broadcast_id)
    if report is None:
        raise HTTPException(404, detail=f"no broadcast {broadcast_id}")
    return report
