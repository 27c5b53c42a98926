"""Choosing one's own password: after an admin's one-time password (no other page opens until
then), or whenever a staff member wants a new one."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from bot.staff import web
from bot.staff.actions.accounts import change_own_password
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import StaffPrincipal, services_of
from db.session import transaction

router = web.console_router()

AnyStaff = web.allowed(None)
AnyStaffForm = web.allowed_form(None)


@router.get("/password")
def password_page(request: Request, staff: AnyStaff) -> Response:
    return web.render(request, "password.html", {"error": None})


def save_password(request: Request, staff: StaffPrincipal, form: FormData) -> None:
    """In the thread pool: argon2 is deliberately slow."""
    console = web.console_session(request)
    with transaction(services_of(request).sessions) as session:
        change_own_password(
            session,
            staff.id,
            web.form_text(form, "current"),
            web.form_text(form, "new"),
            web.form_text(form, "repeat"),
            keep_session=console.session_id or 0,
        )


@router.post("/password")
async def password_change(request: Request, form_data: AnyStaffForm) -> Response:
    staff, form = form_data
    try:
        await run_in_threadpool(save_password, request, staff, form)
    except StaffActionError as error:
        context = {"error": error.message}
        return web.render(request, "password.html", context, status_code=error.status_code)
    return web.redirect("/staff/password?done=password_changed")
