"""Per session: who is coming (attendance, and its CSV for the registration desk) and the
reminders the scheduler has queued."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.config import AssemblyConfig, AssemblySession
from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from bot.staff.views.members import ATTENDANCE_GROUPS, attendance_for_session, reminder_plan
from db.queries import audit
from db.session import transaction

router = web.console_router()

AttendanceViewer = web.allowed(Permission.VIEW_ATTENDANCE)

CSV_HEADER = [
    "session_id",
    "member_id",
    "first_name",
    "last_name",
    "status",
    "expected_arrival",
    "reserve",
    "replaces_member_id",
]


def chosen_session(
    request: Request, session_id: str | None
) -> tuple[AssemblyConfig, AssemblySession]:
    """The session asked for, or the first one when none (or an unknown one) is asked for."""
    config = services_of(request).config
    chosen = config.session(session_id) if session_id else None
    return config, chosen or config.sessions[0]


@router.get("/attendance")
def attendance_page(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    """Members by their answer for one session; one page of 50 members, in group order."""
    config, chosen = chosen_session(request, session)
    with services_of(request).sessions() as db:
        groups = attendance_for_session(db, chosen.id)
    everyone = [row for group in ATTENDANCE_GROUPS for row in groups.get(group, [])]
    shown, pager = page_rows(request, everyone)
    return web.render(
        request,
        "attendance.html",
        {
            "sessions": config.sessions,
            "chosen": chosen,
            "groups": {
                name: [r for r in shown if r["status"] == name] for name in ATTENDANCE_GROUPS
            },
            "counts": {name: len(groups.get(name, [])) for name in ATTENDANCE_GROUPS},
            "group_names": ATTENDANCE_GROUPS,
            "pager": pager,
        },
    )


@router.get("/attendance.csv")
def attendance_csv(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    _config, chosen = chosen_session(request, session)
    with transaction(services_of(request).sessions) as db:
        groups = attendance_for_session(db, chosen.id)
        audit(db, staff.id, "attendance.export", "session", chosen.id)
    rows = [
        [
            chosen.id,
            row["id"],
            row["first_name"],
            row["last_name"],
            row["status"],
            row["expected_arrival"] or "",
            "yes" if row["reserve"] else "no",
            row["replaces"]["id"] if row["replaces"] else "",
        ]
        for group in ATTENDANCE_GROUPS
        for row in groups.get(group, [])
    ]
    return web.csv_response(f"attendance-{chosen.id}.csv", CSV_HEADER, rows)


@router.get("/reminders")
def reminders_page(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    config = services_of(request).config
    chosen = config.session(session) if session else None
    with services_of(request).sessions() as db:
        plan, pager = page_rows(request, reminder_plan(db, chosen.id if chosen else None))
    titles = {item.id: item.title for item in config.sessions}
    return web.render(
        request,
        "reminders.html",
        {
            "plan": plan,
            "pager": pager,
            "sessions": config.sessions,
            "chosen": chosen,
            "titles": titles,
            "offsets": [reminder.key for reminder in config.reminders],
        },
    )
