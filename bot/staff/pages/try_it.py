"""Try it: staff write as a sandbox member on the staff-only `web` channel and watch the real
assistant answer, through the same pipeline as SMS, WhatsApp and Telegram. The page works
without scripts; its script sends with `Accept: application/json` and polls the transcript."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from bot.channels.web import accept_web_message
from bot.members.sandbox import (
    is_sandbox_member,
    sandbox_label,
    sandbox_member_for,
    sandbox_members,
)
from bot.staff import web
from bot.staff.actions.checks import StaffActionError, clean_text
from bot.staff.auth import StaffPrincipal, services_of
from bot.staff.permissions import Permission
from bot.staff.views.conversations import web_transcript
from db.queries import audit
from db.session import transaction

router = web.console_router()

Tester = web.allowed(Permission.TRY_ASSISTANT)
TesterPoll = web.allowed(Permission.TRY_ASSISTANT, refresh=False)
TesterForm = web.allowed_form(Permission.TRY_ASSISTANT)


def members_to_try(request: Request, staff: StaffPrincipal) -> list[dict[str, Any]]:
    """The sandbox members staff may write as, this staff user's own first (made on first use).
    Never a real member: what is tried here writes what a member's messages write."""
    with transaction(services_of(request).sessions) as session:
        own = sandbox_member_for(session, staff.id, staff.email)
        others = [m for m in sandbox_members(session) if m.id != own.id]
        return [{"id": m.id, "name": sandbox_label(m)} for m in (own, *others)]


def pipeline_running(request: Request) -> bool:
    """Whether this process has an inbound pipeline to answer what is typed here."""
    return getattr(request.app.state, "pipeline", None) is not None


def wants_json(request: Request) -> bool:
    """The page's script asks for JSON; a plain form post gets pages and redirects."""
    return "application/json" in request.headers.get("accept", "")


@router.get("/try")
def try_page(request: Request, staff: Tester, member_id: int | None = None) -> Response:
    """The page, on the chosen sandbox member's conversation (the staff user's own at first)."""
    members = members_to_try(request, staff)
    chosen = members[0]["id"] if member_id is None else member_id
    return web.render(
        request,
        "try.html",
        {
            "members": members,
            "member_id": chosen,
            "messages": sandbox_transcript(request, chosen),
            "available": pipeline_running(request),
        },
    )


def not_sent(request: Request, title: str, message: str, status_code: int) -> Response:
    """Why nothing went to the assistant: JSON for the page's script, else a page."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status_code)
    return web.error_page(request, title, message, back="/staff/try", status_code=status_code)


def sandbox_exists(request: Request, member_id: int) -> bool:
    with services_of(request).sessions() as session:
        return is_sandbox_member(session, member_id)


def sandbox_transcript(request: Request, member_id: int) -> list[dict[str, Any]]:
    """A sandbox member's try-it conversation; 404 for anyone else."""
    with services_of(request).sessions() as session:
        if not is_sandbox_member(session, member_id):
            raise HTTPException(404, detail="no such sandbox member")
        return web_transcript(session, member_id)


def audit_try(request: Request, staff: StaffPrincipal, member_id: int) -> None:
    with transaction(services_of(request).sessions) as session:
        audit(session, staff.id, "try.message", "member", member_id)


@router.post("/try")
async def try_send(request: Request, form_data: TesterForm) -> Response:
    """Hand a message to the assistant as if the member had written it on the web channel."""
    staff, form = form_data
    try:
        member_id = int(web.form_text(form, "member_id"))
        text = clean_text(web.form_text(form, "text"), field="message")
    except (ValueError, StaffActionError):
        return not_sent(request, "Nothing sent", "Pick a member and type a message.", 400)
    if not pipeline_running(request):
        message = "The assistant is not running in this process."
        return not_sent(request, "Not available", message, 503)
    if not await run_in_threadpool(sandbox_exists, request, member_id):
        raise HTTPException(404, detail="no such sandbox member")
    await accept_web_message(services_of(request), member_id, text)
    await run_in_threadpool(audit_try, request, staff, member_id)
    if wants_json(request):
        return JSONResponse({"status": "accepted"}, status_code=202)
    return web.redirect(f"/staff/try?member_id={member_id}&done=sent")


@router.get("/try/transcript.json")
def try_transcript(request: Request, staff: TesterPoll, member_id: int) -> JSONResponse:
    messages = sandbox_transcript(request, member_id)
    local = web.local_formatter(request)
    return JSONResponse(
        {
            "messages": [
                {
                    "direction": m["direction"],
                    "author": m["author"],
                    "text": m["text"] or "",
                    "time": local(m["created_at"], "%H:%M:%S"),
                }
                for m in messages
            ]
        }
    )
