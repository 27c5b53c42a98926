"""Plumbing for the HTML console: templates, the route class that sets the session cookie and
security headers, the sign-in and CSRF dependencies the pages declare, and the small helpers
every page module in `bot.staff.pages` uses.

A router cannot add middleware, so `ConsoleRoute` wraps each console handler instead: it turns
"please sign in", "not for your role" and "bad CSRF token" into the right page, and sends the
refreshed cookie with whatever the page returned.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Coroutine, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2
from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from bot.config import ConfigError
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import (
    CSRF_FIELD,
    SESSION_COOKIE,
    ConsoleSession,
    StaffPrincipal,
    cookie_is_secure,
    csrf_is_valid,
    issue_cookie,
    read_console_session,
    services_of,
)
from bot.staff.permissions import Permission, role_can
from db.session import transaction

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

# Pages a person sees after an action (post-redirect-get); only these fixed texts can appear.
DONE_MESSAGES = {
    "replied": "Reply queued. It goes out in a few seconds.",
    "noted": "Note saved. The member does not see notes.",
    "assigned": "Taken over: the assistant stays quiet here until you hand it back.",
    "caseclosed": "Case closed.",
    "resolved": "Marked resolved.",
    "handedback": "Handed back: the assistant answers this member again.",
    "decided": "Decision saved and the member has been told.",
    "broadcast": "Broadcast queued.",
    "invited": "Invitations queued for everyone not invited yet.",
    "withdrawn": (
        "Withdrawal recorded: no more reminders or surveys for this member. Fill their place "
        "from Reserves."
    ),
    "sent": "Message sent to the assistant.",
    "loggedout": "You have signed out, on every device.",
    "account_disabled": "Account disabled: its sessions ended and its API tokens were revoked.",
    "account_enabled": "Account enabled. It signs in afresh; old tokens stay revoked.",
    "tokens_revoked": "Every API token of that account was revoked.",
    "sessions_ended": "That account was signed out everywhere.",
    "unlinked": "Chat unlinked: messages from it are treated as from a stranger.",
    "password_changed": "Password changed. Your other sessions were signed out.",
    "role_changed": "Role changed. It applies from that account's next page.",
    "member_saved": "Details saved.",
    "erased": "The member was erased: nothing about them is held any more.",
    "arrived": "Marked arrived.",
    "promoted": "Reserve promoted: their invitation is on its way.",
    "approved": "Payment approved.",
    "paid": "Marked paid and the member has been told.",
}

NAV_ITEMS: tuple[tuple[str, str, Permission | None], ...] = (
    ("/staff", "Inbox", Permission.VIEW_CONVERSATIONS),
    ("/staff/roster", "Roster", Permission.VIEW_ROSTER),
    ("/staff/attendance", "Attendance", Permission.VIEW_ATTENDANCE),
    ("/staff/reminders", "Reminders", Permission.VIEW_ATTENDANCE),
    ("/staff/register", "Register", Permission.KEEP_REGISTER),
    ("/staff/reserves", "Reserves", Permission.WITHDRAW_MEMBERS),
    ("/staff/payments", "Payments", Permission.PAY_MEMBERS),
    ("/staff/claims", "Claims", Permission.VIEW_CLAIMS),
    ("/staff/feedback", "Feedback", Permission.VIEW_FEEDBACK),
    ("/staff/broadcasts", "Broadcasts", Permission.SEND_BROADCASTS),
    ("/staff/failed-sends", "Failed sends", Permission.VIEW_CONVERSATIONS),
    ("/staff/try", "Try it", Permission.TRY_ASSISTANT),
    ("/staff/audit", "Audit log", Permission.VIEW_AUDIT_LOG),
    ("/staff/accounts", "Staff accounts", Permission.MANAGE_STAFF),
)

LABELS = {
    "not_sure": "Not sure",
    "no_answer": "No answer",
    "not_invited": "Not invited",
    "in_progress": "In progress",
    "consent_refused": "Consent refused",
    "bot": "With the assistant",
    "escalated": "Needs a person",
    "person": "Asked for a person",
    "assistant_failure": "Assistant unavailable",
    "resolved": "Resolved",
}


class LoginRequired(Exception):
    """No valid session: send the person to the login page."""


class ConsoleForbidden(Exception):
    """Signed in, but the role may not open this page."""


class PasswordChangeRequired(Exception):
    """Signed in with a one-time password: choosing one's own comes before any other page."""


PASSWORD_PAGE = "/staff/password"


class CsrfRejected(Exception):
    """A form arrived without the token of this session (another site, or a stale page)."""


def _local_time(value: datetime | None, tz: ZoneInfo, fmt: str) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz).strftime(fmt)


def _make_templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(["html", "svg", "xml"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["label"] = lambda value: LABELS.get(
        str(value), str(value).replace("_", " ").capitalize()
    )
    return Jinja2Templates(env=environment)


templates = _make_templates()


def assembly_tz(request: Request) -> ZoneInfo:
    """The assembly's zone for showing times; UTC if the config cannot be read right now."""
    try:
        return services_of(request).config.tz
    except (ConfigError, OSError):
        return ZoneInfo("UTC")


def local_formatter(request: Request) -> Callable[..., str]:
    """`local(value, fmt)` for templates: a UTC timestamp shown in the assembly's time."""
    tz = assembly_tz(request)

    def local(value: datetime | None, fmt: str = "%a %d %b %H:%M") -> str:
        return _local_time(value, tz, fmt)

    return local


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """A console page with what every page needs: who is signed in, the CSRF token, the menu."""
    console: ConsoleSession | None = getattr(request.state, "console", None)
    staff = console.staff if console else None
    done = request.query_params.get("done")
    page: dict[str, Any] = {
        "staff": staff,
        "csrf_field": CSRF_FIELD,
        "csrf_token": console.csrf_token if console else "",
        "can": (lambda permission: staff is not None and role_can(staff.role, permission)),
        "Permission": Permission,
        "nav": [
            (href, text)
            for href, text, permission in NAV_ITEMS
            if staff and (permission is None or role_can(staff.role, permission))
        ],
        "current_path": request.url.path,
        "flash": DONE_MESSAGES.get(done or ""),
        "local": local_formatter(request),
    }
    page.update(context or {})
    return templates.TemplateResponse(request, f"staff/{name}", page, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def error_page(
    request: Request, title: str, message: str, *, status_code: int, back: str | None = None
) -> HTMLResponse:
    """A console page saying what went wrong, with a link back to where the person was."""
    context = {"title": title, "message": message} | ({"back": back} if back else {})
    return render(request, "error.html", context, status_code=status_code)


def act_then_return(
    request: Request,
    action: Callable[[Session], object],
    *,
    back: str,
    done: str,
    refused_title: str,
    anchor: str = "",
) -> Response:
    """A console form's decision: `action(session)` in its own transaction, then back to the page
    the person came from saying what was done (`?done=`), or a page with the refusal's status
    saying why not, with a link back."""
    try:
        with transaction(services_of(request).sessions) as session:
            action(session)
    except StaffActionError as error:
        return error_page(
            request, refused_title, error.message, back=back, status_code=error.status_code
        )
    separator = "&" if "?" in back else "?"
    return redirect(f"{back}{separator}done={done}{anchor}")


class ConsoleRoute(APIRoute):
    """Wraps every console handler: sign-in redirects, 403 pages, cookie and headers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def console_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except LoginRequired:
                console: ConsoleSession | None = getattr(request.state, "console", None)
                target = request.url.path
                if request.url.query:
                    target += "?" + request.url.query
                expired = "&expired=1" if console is not None and console.expired else ""
                response = redirect(f"/staff/login?next={quote(target, safe='')}{expired}")
            except PasswordChangeRequired:
                response = redirect(PASSWORD_PAGE)
            except ConsoleForbidden:
                response = error_page(
                    request,
                    "Not available for your role",
                    "Your role does not include this page. Ask an admin if you need it.",
                    status_code=403,
                )
            except CsrfRejected:
                response = error_page(
                    request,
                    "Please try again",
                    "This form had expired or did not come from this console. "
                    "Go back, reload the page and send it again.",
                    status_code=403,
                )
            set_session_cookie(request, response)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            response.headers.setdefault("Cache-Control", "no-store")
            return response

        return console_handler


def set_session_cookie(request: Request, response: Response) -> None:
    cookie = getattr(request.state, "staff_cookie", None)
    if cookie is None:
        return
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        httponly=True,
        samesite="lax",
        secure=cookie_is_secure(request),
        path="/staff",
    )


def console_session(request: Request) -> ConsoleSession:
    """Read the cookie once per request and keep it for `render`."""
    console = getattr(request.state, "console", None)
    if console is None:
        console = read_console_session(request)
        request.state.console = console
    return console


def signed_in(permission: Permission | None, *, refresh: bool = True) -> Any:
    """A dependency: the signed-in staff user holding `permission`.

    `refresh=False` is for the pages' own background polling, which must not keep an idle
    session alive: only what a person does counts as activity.
    """

    def check(request: Request) -> StaffPrincipal:
        console = console_session(request)
        if console.staff is None:
            raise LoginRequired
        if console.staff.must_change_password and request.url.path != PASSWORD_PAGE:
            raise PasswordChangeRequired
        if permission is not None and not console.staff.can(permission):
            raise ConsoleForbidden
        if refresh:
            issue_cookie(request, console)
        return console.staff

    return check


def signed_in_form(permission: Permission | None) -> Any:
    """A dependency for POSTed forms: the CSRF token first, then who is signing in."""
    check_staff = signed_in(permission)

    def checked(request: Request, form: FormData) -> tuple[StaffPrincipal, FormData]:
        console = console_session(request)
        if not csrf_is_valid(console, form.get(CSRF_FIELD)):
            raise CsrfRejected
        return check_staff(request), form

    async def check(request: Request) -> tuple[StaffPrincipal, FormData]:
        # The session lookup reads (and may write) the database: off the event loop.
        return await run_in_threadpool(checked, request, await request.form())

    return check


def csv_cell(value: object) -> str:
    """A cell that a spreadsheet shows as text: a leading = + - @ would run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_response(filename: str, header: list[str], rows: Iterable[Iterable[object]]) -> Response:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# --- for the page modules --------------------------------------------------------------------


def console_router() -> APIRouter:
    """The router of one area of the console: under /staff, every handler wrapped by
    `ConsoleRoute`, and kept out of any API schema."""
    return APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)


def allowed(permission: Permission | None, *, refresh: bool = True) -> Any:
    """`Annotated` type for a page parameter: the signed-in staff user, checked for
    `permission` (`refresh=False` for background polling, as in `signed_in`)."""
    return Annotated[StaffPrincipal, Depends(signed_in(permission, refresh=refresh))]


def allowed_form(permission: Permission | None) -> Any:
    """`Annotated` type for a POSTed form: the staff user and the form, CSRF token and
    `permission` checked."""
    return Annotated[tuple[StaffPrincipal, FormData], Depends(signed_in_form(permission))]


def form_text(form: FormData, name: str) -> str:
    """A text field of a form; an absent field or an uploaded file reads as ""."""
    value = form.get(name)
    return value if isinstance(value, str) else ""


def safe_next(target: str | None) -> str:
    """Only go on to a console page (after login, after a decision): never to another site."""
    if target and target.startswith("/staff") and not target.startswith("//"):
        return target
    return "/staff"
