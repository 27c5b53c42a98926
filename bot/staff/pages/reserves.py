"""Reserves: the places members have left, each with the closest reserves suggested, and
promoting one (who is then invited on their own channel)."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.members.reserves import available_reserves, closest_reserves
from bot.staff import web
from bot.staff.actions.checks import StaffActionError
from bot.staff.actions.organisers import promote
from bot.staff.auth import services_of
from bot.staff.permissions import Permission
from bot.staff.views.paging import page_number, paginate
from db.models import Member
from db.session import transaction

router = web.console_router()

ReserveViewer = web.allowed(Permission.WITHDRAW_MEMBERS)
PromoteForm = web.allowed_form(Permission.WITHDRAW_MEMBERS)


def places_to_fill(db: Session) -> list[Member]:
    """Members who withdrew and whose place no reserve has taken yet."""
    filled = select(Member.replaces_member_id).where(Member.replaces_member_id.is_not(None))
    return list(
        db.scalars(
            select(Member)
            .where(
                Member.withdrawn_at.is_not(None),
                Member.sandbox.is_(False),
                Member.reserve.is_(False),
                Member.id.not_in(filled),
            )
            .order_by(Member.withdrawn_at, Member.id)
        )
    )


@router.get("/reserves")
def reserves_page(request: Request, staff: ReserveViewer, page: str = "1") -> Response:
    with services_of(request).sessions() as db:
        places = [
            {"member": left, "suggestions": closest_reserves(db, left)}
            for left in places_to_fill(db)
        ]
        waiting = available_reserves(db)
        pager = paginate(waiting, page_number(page), "/staff/reserves", {})
        return web.render(request, "reserves.html", {"places": places, "pager": pager})


@router.post("/members/{member_id}/promote")
def member_promote(request: Request, member_id: int, form_data: PromoteForm) -> Response:
    """Promote the reserve (into the place of `replaces`, when the form names one)."""
    staff, form = form_data
    services = services_of(request)
    replaces_text = web.form_text(form, "replaces")
    replaces = int(replaces_text) if replaces_text.isdigit() else None
    try:
        with transaction(services.sessions) as db:
            promote(
                db, staff, member_id, replaces, config=services.config, settings=services.settings
            )
    except StaffActionError as error:
        if error.status_code == 404:
            raise HTTPException(404, detail=error.message) from None
        return web.error_page(
            request, "Not promoted", error.message, back="/staff/reserves", status_code=409
        )
    return web.redirect("/staff/reserves?done=promoted")
