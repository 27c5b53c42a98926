"""Reserves: the places members have left, each with the closest reserves suggested, and
promoting one (who is then invited on their own channel)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.members.reserves import available_reserves, closest_reserves
from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from db.models import Member

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
                or_(Member.withdrawn_at.is_not(None), Member.onboarding_state == "withdrawn"),
                Member.sandbox.is_(False),
                Member.reserve.is_(False),
                Member.id.not_in(filled),
            )
            .order_by(Member.withdrawn_at, Member.id)
        )
    )


@router.get("/reserves")
def reserves_page(request: Request, staff: ReserveViewer) -> Response:
    """Both lists page on their own: `places` for the places to fill, `page` for the rest."""
    with services_of(request).sessions() as db:
        open_places, places_pager = page_rows(request, places_to_fill(db), param="places")
        suggested = [
            {"member": left, "suggestions": closest_reserves(db, left)} for left in open_places
        ]
        reserves, pager = page_rows(request, available_reserves(db))
        return web.render(
            request,
            "reserves.html",
            {
                "places": suggested,
                "places_pager": places_pager,
                "reserves": reserves,
                "pager": pager,
            },
        )
