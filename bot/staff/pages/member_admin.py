"""Adding a member by hand and correcting a member's details (organisers), and a member's data
rights from their page: download everything held about them, or erase them after a
confirmation (admins)."""

from __future__ import annotations

import json

from fastapi import HTTPException, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from bot.channels.registry import member_channels as channel_names
from bot.staff import web
from bot.staff.actions.checks import StaffActionError
from bot.staff.actions.members import add_member, erase_member, export_member, update_member
from bot.staff.auth import services_of
from bot.staff.pages.member import member_page
from bot.staff.permissions import Permission
from db.models import Member
from db.session import transaction

router = web.console_router()

Editor = web.allowed(Permission.EDIT_MEMBERS)
EditForm = web.allowed_form(Permission.EDIT_MEMBERS)
DataRights = web.allowed(Permission.MANAGE_DATA_RIGHTS)
DataRightsForm = web.allowed_form(Permission.MANAGE_DATA_RIGHTS)

ERASE_WORD = "ERASE"


def fields_of(form: FormData) -> dict[str, str]:
    """The form's text fields (the CSRF token among them, which nothing reads)."""
    return {name: web.form_text(form, name) for name in form}


def new_member_form(
    request: Request, values: dict[str, str] | None = None, error: StaffActionError | None = None
) -> Response:
    """The add form, again with what was typed and what is wrong with it after an error."""
    context = {
        "values": values or {},
        "error": error.message if error else None,
        "channels": channel_names(),
    }
    status = error.status_code if error else 200
    return web.render(request, "member_new.html", context, status_code=status)


@router.get("/members/new")
def member_new(request: Request, staff: Editor) -> Response:
    return new_member_form(request)


@router.post("/members/new")
def member_add(request: Request, form_data: EditForm) -> Response:
    """The new member's page, with their invite code shown this once."""
    staff, form = form_data
    values = fields_of(form)
    try:
        with transaction(services_of(request).sessions) as session:
            member = add_member(session, staff, values)
            member_id, code = member.id, member.invite_code
    except StaffActionError as error:
        return new_member_form(request, values, error)
    return member_page(request, member_id, new_code=code, added=True)


@router.post("/members/{member_id}/details")
def member_edit(request: Request, member_id: int, form_data: EditForm) -> Response:
    staff, form = form_data
    try:
        with transaction(services_of(request).sessions) as session:
            update_member(session, staff, member_id, fields_of(form))
    except StaffActionError as error:
        if error.status_code == 404:
            raise HTTPException(404, detail="no such member") from None
        back = f"/staff/members/{member_id}"
        return web.error_page(
            request, "Not saved", error.message, back=back, status_code=error.status_code
        )
    return web.redirect(f"/staff/members/{member_id}?done=member_saved")


@router.get("/members/{member_id}/export")
def member_export(request: Request, member_id: int, staff: DataRights) -> Response:
    """Everything held about the member, as a JSON file to send them."""
    try:
        with transaction(services_of(request).sessions) as session:
            data = export_member(session, staff, member_id, via="console")
    except StaffActionError:
        raise HTTPException(404, detail="no such member") from None
    return Response(
        json.dumps(data, indent=2, default=str, ensure_ascii=False),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="member-{member_id}.json"'},
    )


@router.get("/members/{member_id}/erase")
def member_erase_confirm(request: Request, member_id: int, staff: DataRights) -> Response:
    """What erasure removes, and a box to type the confirmation word in."""
    with services_of(request).sessions() as session:
        member = session.get(Member, member_id)
        if member is None or member.sandbox:
            raise HTTPException(404, detail="no such member")
        name = f"{member.first_name} {member.last_name}"
    context = {"member_id": member_id, "name": name, "word": ERASE_WORD, "error": None}
    return web.render(request, "member_erase.html", context)


@router.post("/members/{member_id}/erase")
def member_erase(request: Request, member_id: int, form_data: DataRightsForm) -> Response:
    staff, form = form_data
    if web.form_text(form, "confirm").strip() != ERASE_WORD:
        return web.error_page(
            request,
            "Not erased",
            f"Type {ERASE_WORD} in the box to confirm. Nothing was erased.",
            back=f"/staff/members/{member_id}/erase",
            status_code=400,
        )
    try:
        erase_member(services_of(request), staff, member_id)
    except StaffActionError as error:
        if error.status_code == 404:
            raise HTTPException(404, detail="no such member") from None
        back = f"/staff/members/{member_id}"
        return web.error_page(
            request, "Not erased", error.message, back=back, status_code=error.status_code
        )
    return web.redirect("/staff/roster?done=erased")
