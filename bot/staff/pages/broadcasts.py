"""Broadcasts: one message to everyone or to a session's attendees, and who it reached."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import Response

from bot.staff import web
from bot.staff.actions.broadcasts import broadcast
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from bot.staff.views.broadcasts import broadcast_report, list_broadcasts
from bot.staff.views.sms_costs import broadcast_costs, reminder_costs
from db.session import transaction

router = web.console_router()

Broadcasts = web.allowed(Permission.SEND_BROADCASTS)
BroadcastForm = web.allowed_form(Permission.SEND_BROADCASTS)


def _page(request: Request, text: str = "", audience: str = "all") -> Response:
    """The broadcasts page: the SMS cost of the reminders per language, and of the text being
    written when staff ask for a preview."""
    config = services_of(request).config
    with services_of(request).sessions() as session:
        broadcasts, pager = page_rows(request, list_broadcasts(session))
        context = {
            "broadcasts": broadcasts,
            "pager": pager,
            "sessions": config.sessions,
            "reminder_costs": reminder_costs(session, config),
            "preview": broadcast_costs(session, config, text) if text else None,
            "text": text,
            "audience": audience,
        }
    return web.render(request, "broadcasts.html", context)


@router.get("/broadcasts")
def broadcasts_page(request: Request, staff: Broadcasts) -> Response:
    return _page(request)


@router.post("/broadcasts/preview")
def broadcasts_preview(request: Request, form_data: BroadcastForm) -> Response:
    """The cost before sending: segments per language for the text as written."""
    _staff, form = form_data
    return _page(request, web.form_text(form, "text"), web.form_text(form, "audience") or "all")


@router.post("/broadcasts")
def broadcasts_send(request: Request, form_data: BroadcastForm) -> Response:
    staff, form = form_data
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            result = broadcast(
                session,
                staff,
                services.config,
                web.form_text(form, "text"),
                web.form_text(form, "audience"),
            )
    except StaffActionError as error:
        return web.error_page(
            request,
            "The broadcast was not sent",
            error.message,
            back="/staff/broadcasts",
            status_code=error.status_code,
        )
    return web.redirect(f"/staff/broadcasts/{result.id}?done=broadcast")


@router.get("/broadcasts/{broadcast_id}")
def broadcast_page(request: Request, broadcast_id: int, staff: Broadcasts) -> Response:
    with services_of(request).sessions() as session:
        report = broadcast_report(session, broadcast_id)
    if report is None:
        raise HTTPException(404, detail="no such broadcast")
    recipients, pager = page_rows(request, report["recipients"])
    context = {"broadcast": report, "recipients": recipients, "pager": pager}
    return web.render(request, "broadcast.html", context)
