"""The day's register at the venue door: the session's members, tap to mark one arrived,
search by name; and its CSV. Made for a phone or tablet: one column, big buttons, plain forms
that work without JavaScript."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import Response

from bot.config import AssemblyConfig, AssemblySession
from bot.staff import web
from bot.staff.actions.organisers import check_in
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from db.queries import audit
from db.register import register_rows
from db.session import transaction
from db.types import utcnow

router = web.console_router()

RegisterKeeper = web.allowed(Permission.KEEP_REGISTER)
ArrivalForm = web.allowed_form(Permission.KEEP_REGISTER)

CSV_HEADER = ["session_id", "member_id", "first_name", "last_name", "answer", "arrived_at", "via"]


def session_for_today(config: AssemblyConfig, session_id: str | None) -> AssemblySession:
    """The session asked for; else the one under way (or about to start); else the next one;
    else the last."""
    asked = config.session(session_id) if session_id else None
    now = utcnow()
    current = config.session_under_way(now) or config.next_session(now)
    return asked or current or config.sessions[-1]


def pager_back(session_id: str, search: str, page: int) -> str:
    """Where a tick returns to: the same session, search and page."""
    query = {"session": session_id} | ({"q": search} if search else {}) | {"page": str(page)}
    return "/staff/register?" + urlencode(query)


@router.get("/register")
def register_page(
    request: Request,
    staff: RegisterKeeper,
    session: str | None = None,
    q: str = "",
) -> Response:
    config = services_of(request).config
    chosen = session_for_today(config, session)
    with services_of(request).sessions() as db:
        everyone = register_rows(db, chosen.id)
        rows = register_rows(db, chosen.id, q) if q.strip() else everyone
    shown, pager = page_rows(request, rows)
    return web.render(
        request,
        "register.html",
        {
            "sessions": config.sessions,
            "chosen": chosen,
            "rows": shown,
            "pager": pager,
            "search": q,
            "back": pager_back(chosen.id, q, pager.number),
            "expected": sum(1 for row in everyone if row["expected"]),
            "arrived": sum(1 for row in everyone if row["arrived_at"]),
        },
    )


@router.post("/register/arrive")
def register_arrive(request: Request, form_data: ArrivalForm) -> Response:
    """Tick one member in; back to the same list (session, search and page kept)."""
    staff, form = form_data
    services = services_of(request)
    session_id = web.form_text(form, "session")
    back = web.safe_next(web.form_text(form, "back") or f"/staff/register?session={session_id}")
    try:
        member_id = int(web.form_text(form, "member_id"))
    except ValueError:
        member_id = -1
    return web.act_then_return(
        request,
        lambda db: check_in(db, staff, services.config, session_id, member_id),
        back=back,
        done="arrived",
        refused_title="Not marked",
        anchor=f"#member-{member_id}",
    )


@router.get("/register.csv")
def register_csv(request: Request, staff: RegisterKeeper, session: str | None = None) -> Response:
    chosen = session_for_today(services_of(request).config, session)
    with transaction(services_of(request).sessions) as db:
        rows = register_rows(db, chosen.id)
        audit(db, staff.id, "register.export", "session", chosen.id)
    tz = web.assembly_tz(request)
    return web.csv_response(
        f"register-{chosen.id}.csv",
        CSV_HEADER,
        (
            [
                chosen.id,
                row["member_id"],
                row["first_name"],
                row["last_name"],
                row["answer"],
                row["arrived_at"].astimezone(tz).isoformat(timespec="minutes")
                if row["arrived_at"]
                else "",
                row["via"] or "",
            ]
            for row in rows
        ),
    )
