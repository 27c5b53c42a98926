"""Signing in and out of the console: the login form with its lock-out messages, and logout."""

from __future__ import annotations

import logging
import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from bot.staff import web
from bot.staff.auth import (
    CSRF_FIELD,
    SESSION_COOKIE,
    ConsoleSession,
    LoginResult,
    StaffPrincipal,
    attempt_login,
    csrf_is_valid,
    end_sessions,
    issue_cookie,
    services_of,
)
from bot.staff.permissions import Permission
from bot.staff.throttle import LoginGuard, VerificationsBusy
from db.queries import audit
from db.session import transaction

log = logging.getLogger(__name__)

router = web.console_router()

Console = Annotated[ConsoleSession, Depends(web.console_session)]

EXPIRED_FORM = "This page had expired. Please sign in again."
LOCKED = "Too many attempts: sign-in is locked for 15 minutes. Try again later or ask an admin."
BUSY = "Many people are signing in right now. Please try again in a moment."
NO_MATCH = (
    "That email and password did not match. After 10 failed attempts in a row, "
    "sign-in is locked for 15 minutes."
)


def home_for(staff: StaffPrincipal) -> str:
    """Finance has no inbox; send each role to its first page."""
    if staff.can(Permission.VIEW_CONVERSATIONS):
        return "/staff"
    if staff.can(Permission.VIEW_CLAIMS):
        return "/staff/claims"
    return "/staff/roster"


@router.get("/login")
def login_page(request: Request, console: Console, next: str | None = None) -> Response:
    if console.staff is not None:
        return web.redirect(web.safe_next(next) if next else home_for(console.staff))
    issue_cookie(request, console)
    expired = request.query_params.get("expired") == "1"
    return web.render(
        request, "login.html", {"next": web.safe_next(next), "error": None, "expired": expired}
    )


def check_login(request: Request, email: str, password: str) -> LoginResult:
    """In the thread pool: argon2 is deliberately slow and must not block the event loop."""
    with transaction(services_of(request).sessions) as session:
        return attempt_login(session, email, password)


def login_refused(
    request: Request, console: Console, next_page: str, error: str, status_code: int
) -> Response:
    """The login form again, with a fresh cookie and the reason it did not work."""
    issue_cookie(request, console)
    context = {"next": next_page, "expired": False, "error": error}
    return web.render(request, "login.html", context, status_code=status_code)


def too_many_attempts(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many sign-in attempts. Please try again in {minutes} {unit}."


@router.post("/login")
async def login(request: Request, console: Console) -> Response:
    form = await request.form()
    next_page = web.safe_next(web.form_text(form, "next"))
    if not csrf_is_valid(console, form.get(CSRF_FIELD)):
        return login_refused(request, console, next_page, EXPIRED_FORM, 403)
    email, password = web.form_text(form, "email"), web.form_text(form, "password")
    guard: LoginGuard = request.app.state.login_guard
    address = request.client.host if request.client else "unknown"
    wait = await guard.refusal(address, email.strip().lower())
    if wait is not None:
        log.warning("sign-in attempt throttled")
        response = login_refused(request, console, next_page, too_many_attempts(wait), 429)
        response.headers["Retry-After"] = str(max(1, round(wait)))
        return response
    try:
        async with guard.verification_slot():
            result = await run_in_threadpool(check_login, request, email, password)
    except VerificationsBusy:
        response = login_refused(request, console, next_page, BUSY, 429)
        response.headers["Retry-After"] = "5"
        return response
    if result.staff is None:
        error = LOCKED if result.locked else NO_MATCH
        return login_refused(request, console, next_page, error, 401)
    fresh = ConsoleSession(
        csrf_token=secrets.token_urlsafe(32),
        staff=result.staff,
        session_key=result.session_key,
        session_id=result.session_id,
    )
    request.state.console = fresh
    issue_cookie(request, fresh)
    log.info("staff %s signed in", result.staff.id)
    return web.redirect(next_page if next_page != "/staff" else home_for(result.staff))


def sign_out_everywhere(request: Request, staff: StaffPrincipal) -> None:
    """Signing out ends every session of the account, so a copy of the cookie (on another
    device, or taken from this one) stops working too."""
    with transaction(services_of(request).sessions) as session:
        ended = end_sessions(session, staff.id, "signed_out")
        audit(session, staff.id, "staff.logout", "staff_user", staff.id, sessions_ended=ended)


@router.post("/logout")
async def logout(request: Request, console: Console) -> Response:
    form = await request.form()
    if not csrf_is_valid(console, form.get(CSRF_FIELD)):
        raise web.CsrfRejected
    if console.staff is not None:
        await run_in_threadpool(sign_out_everywhere, request, console.staff)
    request.state.console = ConsoleSession(csrf_token=secrets.token_urlsafe(32))
    response = web.redirect("/staff/login?done=loggedout")
    response.delete_cookie(SESSION_COOKIE, path="/staff")
    return response
