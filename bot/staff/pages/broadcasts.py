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
from db.session import transaction

router = web.console_router()

Broadcasts = web.allowed(Permission.SEND_BROADCASTS)
BroadcastForm = web.allowed_form(Permission.SEND_BROADCASTS)


@router.get("/broadcasts")
def broadcasts_page(request: Request, staff: Broadcasts) -> Response:
    config = services_of(request).config
    with services_of(request).sessions() as session:
        broadcasts, pager = page_rows(request, list_broadcasts(session))
    context = {"broadcasts": broadcasts, "pager": pager, "sessions": config.sessions}
    return web.render(request, "broadcasts.html", context)


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
