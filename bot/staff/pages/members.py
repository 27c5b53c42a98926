"""The roster: every member with where they stand, who to chase, sending invitations, and
confirming that a member has withdrawn."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.members.invitations import send_invitations
from bot.staff import web
from bot.staff.actions.members import confirm_withdrawal
from bot.staff.auth import services_of
from bot.staff.paging import page_query, page_rows
from bot.staff.permissions import Permission
from bot.staff.views.members import chase_list, onboarding_counts, roster, roster_query
from db.queries import audit
from db.session import transaction

router = web.console_router()

Roster = web.allowed(Permission.VIEW_ROSTER)
InviteForm = web.allowed_form(Permission.SEND_INVITATIONS)
WithdrawForm = web.allowed_form(Permission.WITHDRAW_MEMBERS)


@router.post("/members/{member_id}/withdraw")
def member_withdraw(request: Request, member_id: int, form_data: WithdrawForm) -> Response:
    """Staff confirm a member has left: reminders and surveys stop from now on."""
    staff, form = form_data
    back = web.safe_next(web.form_text(form, "back") or "/staff/roster")
    reason = web.form_text(form, "reason")
    return web.act_then_return(
        request,
        lambda session: confirm_withdrawal(session, staff, member_id, reason),
        back=back,
        done="withdrawn",
        refused_title="Not withdrawn",
    )


@router.post("/roster/invite")
def roster_invite(request: Request, form_data: InviteForm) -> Response:
    """Send the welcome to every member not invited yet, on their preferred channel."""
    staff, _form = form_data
    services = services_of(request)
    with transaction(services.sessions) as session:
        queued = send_invitations(session, config=services.config, settings=services.settings)
        audit(session, staff.id, "members.invited", "member", None, queued=queued)
    return web.redirect("/staff/roster?done=invited")


@router.get("/roster")
def roster_page(request: Request, staff: Roster, chase_days: int = 3, q: str = "") -> Response:
    """One page of the roster (or of the members matching the search `q`), and who to chase."""
    services = services_of(request)
    chase_days = max(1, min(chase_days, 60))
    search = q.strip()[:100]
    config = services.config
    include_needs = staff.can(Permission.VIEW_SUPPORT_NEEDS)
    with transaction(services.sessions) as session:
        found, pager = page_query(request, session, roster_query(search))
        members = roster(
            session,
            config,
            include_support_needs=include_needs,
            members=[row[0] for row in found],
        )
        chase, chase_pager = page_rows(
            request, chase_list(session, days=chase_days), param="chase_page"
        )
        states = onboarding_counts(session)
        audit(session, staff.id, "roster.read", "member", None, support_needs=include_needs)
    return web.render(
        request,
        "roster.html",
        {
            "members": members,
            "pager": pager,
            "chase_pager": chase_pager,
            "search": search,
            "can_add": staff.can(Permission.EDIT_MEMBERS),
            "sessions": config.sessions,
            "chase": chase,
            "chase_days": chase_days,
            "states": states,
            "show_needs": include_needs,
            "can_invite": staff.can(Permission.SEND_INVITATIONS),
        },
    )
