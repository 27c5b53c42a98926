"""One member's page: their chats with us (those linked with the invite code flagged), and
what staff do when a chat was not theirs or they have a new phone: unlink it, reissue the code.
The new code is shown once, on the page that reissued it."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import Response

from bot.channels.registry import member_channels as channel_names
from bot.i18n.languages import LANGUAGES
from bot.members.linking import reissue_invite_code, unlink_identity
from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.permissions import Permission
from bot.staff.views.member_channels import member_channels, member_summary
from db.models import Member
from db.queries import audit
from db.session import transaction

router = web.console_router()

MemberViewer = web.allowed(Permission.VIEW_ROSTER)
CodeForm = web.allowed_form(Permission.SEND_INVITATIONS)


def member_page(
    request: Request, member_id: int, new_code: str | None = None, *, added: bool = False
) -> Response:
    """The member's page; `new_code` (just issued) is shown this once."""
    console = getattr(request.state, "console", None)
    staff = console.staff if console else None

    def can(permission: Permission) -> bool:
        return staff is not None and staff.can(permission)

    with services_of(request).sessions() as session:
        member = session.get(Member, member_id)
        if member is None or member.sandbox:
            raise HTTPException(404, detail="no such member")
        context = {
            "member": member_summary(member, support_needs=can(Permission.VIEW_SUPPORT_NEEDS)),
            "channels": member_channels(session, member_id),
            "channel_names": channel_names(),
            "new_code": new_code,
            "added": added,
            "can_change": can(Permission.SEND_INVITATIONS),
            "can_edit": can(Permission.EDIT_MEMBERS),
            "can_data_rights": can(Permission.MANAGE_DATA_RIGHTS),
            "languages": [
                (code, LANGUAGES[code].own_name) for code in services_of(request).config.languages
            ],
        }
    return web.render(request, "member.html", context)


@router.get("/members/{member_id}")
def member_view(request: Request, member_id: int, staff: MemberViewer) -> Response:
    return member_page(request, member_id)


@router.post("/members/{member_id}/reissue-code")
def member_reissue_code(request: Request, member_id: int, form: CodeForm) -> Response:
    """A new code for the member; the old one links nothing any more. Shown on this page
    only (not after a reload), for staff to pass on to the member."""
    staff, _form = form
    with transaction(services_of(request).sessions) as session:
        code = reissue_invite_code(session, staff.id, member_id)
    if code is None:
        raise HTTPException(404, detail="no such member")
    return member_page(request, member_id, new_code=code)


@router.post("/members/{member_id}/language")
def member_language(request: Request, member_id: int, form: CodeForm) -> Response:
    """Staff set the language the member is written to in (audited)."""
    staff, fields = form
    code = web.form_text(fields, "language")
    if code not in services_of(request).config.languages:
        return web.error_page(
            request,
            "The language was not changed",
            "That language is not one the assembly speaks (config.yml languages).",
            back=f"/staff/members/{member_id}",
            status_code=400,
        )
    with transaction(services_of(request).sessions) as session:
        member = session.get(Member, member_id)
        if member is None:
            raise HTTPException(404, detail="no such member")
        was = member.language
        member.language = code
        audit(session, staff.id, "member.language", "member", member_id, was=was, now=code)
    return web.redirect(f"/staff/members/{member_id}?done=language")


@router.post("/members/{member_id}/channels/{identity_id}/unlink")
def member_unlink(request: Request, member_id: int, identity_id: int, form: CodeForm) -> Response:
    staff, _form = form
    with transaction(services_of(request).sessions) as session:
        if not unlink_identity(session, staff.id, member_id, identity_id):
            raise HTTPException(404, detail="no such chat for this member")
    return web.redirect(f"/staff/members/{member_id}?done=unlinked")
