"""The staff console: server-rendered pages under /staff that work without JavaScript.

Every form carries the session's CSRF token; every change goes through `bot.staff.actions`, which
writes the audit log. Scripts only add auto-refresh (inbox, try-it) on top of plain pages.
"""

from __future__ import annotations

import logging
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from bot.members.invitations import send_invitations
from bot.staff import actions, views
from bot.staff.api import open_receipt
from bot.staff.auth import (
    CSRF_FIELD,
    SESSION_COOKIE,
    LoginResult,
    StaffPrincipal,
    attempt_login,
    csrf_is_valid,
    issue_cookie,
    services_of,
)
from bot.staff.charts import bar_chart
from bot.staff.permissions import Permission
from bot.staff.web import (
    STATIC_DIR,
    ConsoleRoute,
    ConsoleSession,
    CsrfRejected,
    console_session,
    csv_response,
    local_formatter,
    redirect,
    render,
    signed_in,
    signed_in_form,
    templates,
)
from db.models import Conversation, Member
from db.queries import audit
from db.session import transaction

log = logging.getLogger(__name__)

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)

Console = Annotated[ConsoleSession, Depends(console_session)]
Conversations = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_CONVERSATIONS))]
ConversationsPoll = Annotated[
    StaffPrincipal, Depends(signed_in(Permission.VIEW_CONVERSATIONS, refresh=False))
]
ReplyForm = Annotated[
    tuple[StaffPrincipal, FormData], Depends(signed_in_form(Permission.REPLY_TO_MEMBERS))
]
Roster = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_ROSTER))]
InviteForm = Annotated[
    tuple[StaffPrincipal, FormData], Depends(signed_in_form(Permission.SEND_INVITATIONS))
]
AttendanceViewer = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_ATTENDANCE))]
Claims = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_CLAIMS))]
Receipts = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_RECEIPTS))]
FinanceExport = Annotated[StaffPrincipal, Depends(signed_in(Permission.EXPORT_FINANCE))]
DecisionForm = Annotated[
    tuple[StaffPrincipal, FormData], Depends(signed_in_form(Permission.DECIDE_CLAIMS))
]
Feedback = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_FEEDBACK))]
Broadcasts = Annotated[StaffPrincipal, Depends(signed_in(Permission.SEND_BROADCASTS))]
BroadcastForm = Annotated[
    tuple[StaffPrincipal, FormData], Depends(signed_in_form(Permission.SEND_BROADCASTS))
]
AuditViewer = Annotated[StaffPrincipal, Depends(signed_in(Permission.VIEW_AUDIT_LOG))]
Tester = Annotated[StaffPrincipal, Depends(signed_in(Permission.TRY_ASSISTANT))]
TesterPoll = Annotated[StaffPrincipal, Depends(signed_in(Permission.TRY_ASSISTANT, refresh=False))]
TesterForm = Annotated[
    tuple[StaffPrincipal, FormData], Depends(signed_in_form(Permission.TRY_ASSISTANT))
]

INBOX_TABS = ("open", "mine", "resolved")


def form_text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def safe_next(target: str | None) -> str:
    """Only go back to a console page after login: never to another site."""
    if target and target.startswith("/staff") and not target.startswith("//"):
        return target
    return "/staff"


def home_for(staff: StaffPrincipal) -> str:
    """Finance has no inbox; send each role to its first page."""
    if staff.can(Permission.VIEW_CONVERSATIONS):
        return "/staff"
    if staff.can(Permission.VIEW_CLAIMS):
        return "/staff/claims"
    return "/staff/roster"


# --- static files ----------------------------------------------------------------------------


@router.get("/static/{file_path:path}")
def static_file(file_path: str) -> FileResponse:
    """CSS and JS for the console, only from bot/static (no `..` escapes)."""
    root = STATIC_DIR.resolve()
    path = (root / file_path).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, detail="not found")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=300"})


# --- login and logout ------------------------------------------------------------------------


@router.get("/login")
def login_page(request: Request, console: Console, next: str | None = None) -> Response:
    if console.staff is not None:
        return redirect(safe_next(next) if next else home_for(console.staff))
    issue_cookie(request, console)
    expired = request.query_params.get("expired") == "1"
    return render(
        request, "login.html", {"next": safe_next(next), "error": None, "expired": expired}
    )


def check_login(request: Request, email: str, password: str) -> LoginResult:
    """In the thread pool: argon2 is deliberately slow and must not block the event loop."""
    with transaction(services_of(request).sessions) as session:
        return attempt_login(session, email, password)


@router.post("/login")
async def login(request: Request, console: Console) -> Response:
    form = await request.form()
    next_page = safe_next(form_text(form, "next"))
    if not csrf_is_valid(console, form.get(CSRF_FIELD)):
        issue_cookie(request, console)
        return render(
            request,
            "login.html",
            {
                "next": next_page,
                "expired": False,
                "error": "This page had expired. Please sign in again.",
            },
            status_code=403,
        )
    email, password = form_text(form, "email"), form_text(form, "password")
    result = await run_in_threadpool(check_login, request, email, password)
    if result.staff is None:
        issue_cookie(request, console)
        error = (
            "Too many attempts: sign-in is locked for 15 minutes. Try again later or ask an admin."
            if result.locked
            else "That email and password did not match. After 10 failed attempts in a row, "
            "sign-in is locked for 15 minutes."
        )
        return render(
            request,
            "login.html",
            {"next": next_page, "expired": False, "error": error},
            status_code=401,
        )
    fresh = ConsoleSession(csrf_token=secrets.token_urlsafe(32), staff=result.staff)
    request.state.console = fresh
    issue_cookie(request, fresh)
    log.info("staff %s signed in", result.staff.id)
    return redirect(next_page if next_page != "/staff" else home_for(result.staff))


@router.post("/logout")
async def logout(request: Request, console: Console) -> Response:
    form = await request.form()
    if not csrf_is_valid(console, form.get(CSRF_FIELD)):
        raise CsrfRejected
    if console.staff is not None:
        with transaction(services_of(request).sessions) as session:
            audit(session, console.staff.id, "staff.logout", "staff_user", console.staff.id)
    request.state.console = ConsoleSession(csrf_token=secrets.token_urlsafe(32))
    response = redirect("/staff/login?done=loggedout")
    response.delete_cookie(SESSION_COOKIE, path="/staff")
    return response


# --- inbox and conversations -----------------------------------------------------------------


def inbox_rows(request: Request, staff: StaffPrincipal, tab: str) -> dict[str, Any]:
    """The rows and tab counts of the inbox, for the page and for its auto-refresh."""
    if tab not in INBOX_TABS:
        tab = "open"
    with services_of(request).sessions() as session:
        if tab == "mine":
            rows = views.list_conversations(session, status="escalated", assigned_to_id=staff.id)
        elif tab == "resolved":
            rows = views.list_conversations(session, status="resolved", limit=200)
        else:
            rows = views.list_conversations(session, status="escalated")
        counts = views.conversation_counts(session, staff.id)
    return {"tab": tab, "rows": rows, "counts": counts}


@router.get("")
def inbox(request: Request, staff: Conversations, tab: str = "open") -> Response:
    return render(request, "inbox.html", inbox_rows(request, staff, tab))


@router.get("/inbox.json")
def inbox_json(request: Request, staff: ConversationsPoll, tab: str = "open") -> JSONResponse:
    """What the inbox script polls: the table body as escaped HTML, plus the tab counts."""
    data = inbox_rows(request, staff, tab)
    html = templates.get_template("staff/_inbox_rows.html").render(
        rows=data["rows"], tab=data["tab"], local=local_formatter(request)
    )
    return JSONResponse({"html": html, "counts": data["counts"]})


@router.get("/conversations/{conversation_id}")
def conversation_page(request: Request, conversation_id: int, staff: Conversations) -> Response:
    with services_of(request).sessions() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise HTTPException(404, detail="no such conversation")
        member = conversation.member
        profile = None
        if member is not None:
            profile = {
                "id": member.id,
                "name": f"{member.first_name} {member.last_name}",
                "preferred_name": member.preferred_name,
                "phone": member.phone,
                "email": member.email,
                "onboarding_state": member.onboarding_state,
                "preferred_channel": member.preferred_channel,
                "reserve": member.reserve,
            }
            if staff.can(Permission.VIEW_SUPPORT_NEEDS):
                profile["access_needs"] = member.access_needs
                profile["dietary_needs"] = member.dietary_needs
                profile["caring_responsibilities"] = member.caring_responsibilities
        context = {
            "conversation": views.conversation_summary(conversation),
            "assigned_to": views.staff_email(session, conversation.assigned_to_id),
            "profile": profile,
            "messages": views.transcript(session, conversation.id),
            "notes": views.notes_for(session, conversation.id),
            "opted_out": conversation.identity.opted_out,
        }
    return render(request, "conversation.html", context)


def _conversation_action(
    request: Request, conversation_id: int, form_data: tuple[StaffPrincipal, FormData], what: str
) -> Response:
    staff, form = form_data
    try:
        with transaction(services_of(request).sessions) as session:
            if what == "reply":
                actions.reply(session, staff, conversation_id, form_text(form, "text"))
                done = "replied"
            elif what == "note":
                actions.add_note(session, staff, conversation_id, form_text(form, "text"))
                done = "noted"
            elif what == "assign":
                actions.assign_to(session, staff, conversation_id)
                done = "assigned"
            elif what == "resolve":
                actions.resolve(session, staff, conversation_id)
                done = "resolved"
            else:
                actions.hand_back(session, staff, conversation_id)
                done = "handedback"
    except actions.StaffActionError as error:
        if error.status_code == 404:
            raise HTTPException(404, detail=error.message) from None
        return render(
            request,
            "error.html",
            {
                "title": "That did not work",
                "message": error.message,
                "back": f"/staff/conversations/{conversation_id}",
            },
            status_code=error.status_code,
        )
    return redirect(f"/staff/conversations/{conversation_id}?done={done}")


@router.post("/conversations/{conversation_id}/reply")
def conversation_reply(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return _conversation_action(request, conversation_id, form, "reply")


@router.post("/conversations/{conversation_id}/notes")
def conversation_note(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return _conversation_action(request, conversation_id, form, "note")


@router.post("/conversations/{conversation_id}/assign")
def conversation_assign(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return _conversation_action(request, conversation_id, form, "assign")


@router.post("/conversations/{conversation_id}/resolve")
def conversation_resolve(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return _conversation_action(request, conversation_id, form, "resolve")


@router.post("/conversations/{conversation_id}/handback")
def conversation_handback(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return _conversation_action(request, conversation_id, form, "handback")


# --- roster, attendance, reminders -----------------------------------------------------------


@router.post("/roster/invite")
def roster_invite(request: Request, form_data: InviteForm) -> Response:
    """Send the welcome to every member not invited yet, on their preferred channel."""
    staff, _form = form_data
    services = services_of(request)
    with transaction(services.sessions) as session:
        queued = send_invitations(session, config=services.config, settings=services.settings)
        audit(session, staff.id, "members.invited", "member", None, queued=queued)
    return redirect("/staff/roster?done=invited")


@router.get("/roster")
def roster_page(request: Request, staff: Roster, chase_days: int = 3) -> Response:
    services = services_of(request)
    chase_days = max(1, min(chase_days, 60))
    config = services.config
    include_needs = staff.can(Permission.VIEW_SUPPORT_NEEDS)
    with transaction(services.sessions) as session:
        members = views.roster(session, config, include_support_needs=include_needs)
        chase = views.chase_list(session, days=chase_days)
        audit(session, staff.id, "roster.read", "member", None, support_needs=include_needs)
    states: dict[str, int] = {}
    for member in members:
        states[member["onboarding_state"]] = states.get(member["onboarding_state"], 0) + 1
    return render(
        request,
        "roster.html",
        {
            "members": members,
            "sessions": config.sessions,
            "chase": chase,
            "chase_days": chase_days,
            "states": states,
            "show_needs": include_needs,
            "can_invite": staff.can(Permission.SEND_INVITATIONS),
        },
    )


def _chosen_session(request: Request, session_id: str | None) -> Any:
    config = services_of(request).config
    chosen = config.session(session_id) if session_id else None
    return config, chosen or config.sessions[0]


@router.get("/attendance")
def attendance_page(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    config, chosen = _chosen_session(request, session)
    with services_of(request).sessions() as db:
        groups = views.attendance_for_session(db, chosen.id)
    return render(
        request,
        "attendance.html",
        {
            "sessions": config.sessions,
            "chosen": chosen,
            "groups": groups,
            "group_names": views.ATTENDANCE_GROUPS,
        },
    )


@router.get("/attendance.csv")
def attendance_csv(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    _config, chosen = _chosen_session(request, session)
    with transaction(services_of(request).sessions) as db:
        groups = views.attendance_for_session(db, chosen.id)
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
        ]
        for group in views.ATTENDANCE_GROUPS
        for row in groups.get(group, [])
    ]
    header = [
        "session_id",
        "member_id",
        "first_name",
        "last_name",
        "status",
        "expected_arrival",
        "reserve",
    ]
    return csv_response(f"attendance-{chosen.id}.csv", header, rows)


@router.get("/reminders")
def reminders_page(
    request: Request, staff: AttendanceViewer, session: str | None = None
) -> Response:
    config = services_of(request).config
    chosen = config.session(session) if session else None
    with services_of(request).sessions() as db:
        plan = views.reminder_plan(db, chosen.id if chosen else None)
    titles = {item.id: item.title for item in config.sessions}
    return render(
        request,
        "reminders.html",
        {
            "plan": plan,
            "sessions": config.sessions,
            "chosen": chosen,
            "titles": titles,
            "offsets": [reminder.key for reminder in config.reminders],
        },
    )


# --- claims ----------------------------------------------------------------------------------


def _claim_status(value: str | None) -> str | None:
    return value if value in views.CLAIM_STATUSES else None


@router.get("/claims")
def claims_page(request: Request, staff: Claims, status: str | None = "submitted") -> Response:
    chosen = _claim_status(status)
    with services_of(request).sessions() as session:
        claims = views.list_claims(session, chosen)
    return render(
        request,
        "claims.html",
        {
            "claims": claims,
            "status": chosen,
            "statuses": views.CLAIM_STATUSES,
            "transitions": actions.CLAIM_TRANSITIONS,
        },
    )


@router.get("/claims.csv")
def claims_csv(request: Request, staff: FinanceExport, status: str | None = None) -> Response:
    chosen = _claim_status(status)
    with transaction(services_of(request).sessions) as session:
        claims = views.list_claims(session, chosen)
        audit(session, staff.id, "claims.export", "expense_claim", None, status=chosen)
    header = [
        "claim_id",
        "member_id",
        "member_name",
        "category",
        "amount",
        "currency",
        "session_id",
        "status",
        "receipt",
        "over_cap",
        "after_deadline",
        "submitted_at",
        "decided_at",
        "decision_note",
    ]
    rows = [
        [
            c["id"],
            c["member"]["id"],
            c["member_name"],
            c["category"],
            c["amount"],
            c["currency"],
            c["session_id"] or "",
            c["status"],
            "yes" if c["has_receipt"] else "no",
            "yes" if c["over_cap"] else "no",
            "yes" if c["after_deadline"] else "no",
            c["created_at"].isoformat(),
            c["decided_at"].isoformat() if c["decided_at"] else "",
            c["decision_note"] or "",
        ]
        for c in claims
    ]
    return csv_response("claims.csv", header, rows)


@router.get("/claims/{claim_id}/receipt")
def claim_receipt(request: Request, claim_id: int, staff: Receipts) -> Response:
    return open_receipt(request, staff, claim_id)


@router.post("/claims/{claim_id}/decision")
def claim_decision(request: Request, claim_id: int, form_data: DecisionForm) -> Response:
    staff, form = form_data
    services = services_of(request)
    back = safe_next(form_text(form, "back")) if form_text(form, "back") else "/staff/claims"
    try:
        with transaction(services.sessions) as session:
            actions.decide_claim(
                session,
                staff,
                services.config,
                claim_id,
                form_text(form, "status"),
                form_text(form, "note") or None,
            )
    except actions.StaffActionError as error:
        return render(
            request,
            "error.html",
            {"title": "The decision was not saved", "message": error.message, "back": back},
            status_code=error.status_code,
        )
    separator = "&" if "?" in back else "?"
    return redirect(f"{back}{separator}done=decided")


# --- feedback --------------------------------------------------------------------------------


@router.get("/feedback")
def feedback_page(request: Request, staff: Feedback) -> Response:
    services = services_of(request)
    config = services.config
    with services.sessions() as session:
        summary = views.feedback_summary(session, config)
    rate_chart = bar_chart(
        "Response rate by session",
        [
            (
                item["session_id"],
                (item["response_rate"] or 0) * 100,
                f"{round((item['response_rate'] or 0) * 100)}%",
            )
            for item in summary
        ],
        max_value=100,
        width=max(360, 70 * len(summary)),
    )
    rating_charts = {
        (item["session_id"], question["id"]): bar_chart(
            f"{item['title']}: how many gave each rating",
            [(score, count, str(count)) for score, count in question["distribution"].items()],
        )
        for item in summary
        for question in item["questions"]
        if question["type"] == "rating"
    }
    return render(
        request,
        "feedback.html",
        {
            "summary": summary,
            "rate_chart": rate_chart,
            "rating_charts": rating_charts,
            "anonymous": config.feedback.anonymous,
        },
    )


@router.get("/feedback.csv")
def feedback_csv(request: Request, staff: Feedback) -> Response:
    services = services_of(request)
    with transaction(services.sessions) as session:
        header, rows = views.feedback_rows_for_export(session, services.config)
        audit(session, staff.id, "feedback.export", "feedback", None)
    return csv_response("feedback.csv", header, rows)


# --- broadcasts ------------------------------------------------------------------------------


@router.get("/broadcasts")
def broadcasts_page(request: Request, staff: Broadcasts) -> Response:
    config = services_of(request).config
    with services_of(request).sessions() as session:
        broadcasts = views.list_broadcasts(session)
    return render(
        request, "broadcasts.html", {"broadcasts": broadcasts, "sessions": config.sessions}
    )


@router.post("/broadcasts")
def broadcasts_send(request: Request, form_data: BroadcastForm) -> Response:
    staff, form = form_data
    services = services_of(request)
    try:
        with transaction(services.sessions) as session:
            result = actions.broadcast(
                session,
                staff,
                services.config,
                form_text(form, "text"),
                form_text(form, "audience"),
            )
    except actions.StaffActionError as error:
        return render(
            request,
            "error.html",
            {
                "title": "The broadcast was not sent",
                "message": error.message,
                "back": "/staff/broadcasts",
            },
            status_code=error.status_code,
        )
    return redirect(f"/staff/broadcasts/{result.id}?done=broadcast")


@router.get("/broadcasts/{broadcast_id}")
def broadcast_page(request: Request, broadcast_id: int, staff: Broadcasts) -> Response:
    with services_of(request).sessions() as session:
        report = views.broadcast_report(session, broadcast_id)
    if report is None:
        raise HTTPException(404, detail="no such broadcast")
    return render(request, "broadcast.html", {"broadcast": report})


# --- audit log -------------------------------------------------------------------------------


@router.get("/audit")
def audit_page(request: Request, staff: AuditViewer) -> Response:
    with services_of(request).sessions() as session:
        rows = views.audit_rows(session)
    return render(request, "audit.html", {"rows": rows})


# --- try it ----------------------------------------------------------------------------------


def _members_for_try(request: Request) -> list[dict[str, Any]]:
    with services_of(request).sessions() as session:
        members = session.execute(
            select(Member.id, Member.first_name, Member.last_name).order_by(
                Member.last_name, Member.first_name
            )
        ).all()
    return [{"id": m.id, "name": f"{m.first_name} {m.last_name}"} for m in members]


@router.get("/try")
def try_page(request: Request, staff: Tester, member_id: int | None = None) -> Response:
    messages: list[dict[str, Any]] = []
    if member_id is not None:
        with services_of(request).sessions() as session:
            messages = views.web_transcript(session, member_id)
    return render(
        request,
        "try.html",
        {
            "members": _members_for_try(request),
            "member_id": member_id,
            "messages": messages,
            "available": getattr(request.app.state, "pipeline", None) is not None,
        },
    )


@router.post("/try")
async def try_send(request: Request, form_data: TesterForm) -> Response:
    """Hand a message to the assistant as if the member had written it on the web channel."""
    staff, form = form_data
    wants_json = "application/json" in request.headers.get("accept", "")
    try:
        member_id = int(form_text(form, "member_id"))
        text = actions.clean_text(form_text(form, "text"), field="message")
    except (ValueError, actions.StaffActionError):
        message = "Pick a member and type a message."
        if wants_json:
            return JSONResponse({"error": message}, status_code=400)
        return render(
            request,
            "error.html",
            {"title": "Nothing sent", "message": message, "back": "/staff/try"},
            status_code=400,
        )
    pipeline = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        message = "The assistant is not running in this process."
        if wants_json:
            return JSONResponse({"error": message}, status_code=503)
        return render(
            request,
            "error.html",
            {"title": "Not available", "message": message, "back": "/staff/try"},
            status_code=503,
        )
    exists = await run_in_threadpool(_member_exists, request, member_id)
    if not exists:
        raise HTTPException(404, detail="no such member")
    await pipeline.accept_web_message(member_id, text)
    await run_in_threadpool(_audit_try, request, staff, member_id)
    if wants_json:
        return JSONResponse({"status": "accepted"}, status_code=202)
    return redirect(f"/staff/try?member_id={member_id}&done=sent")


def _member_exists(request: Request, member_id: int) -> bool:
    with services_of(request).sessions() as session:
        return session.get(Member, member_id) is not None


def _audit_try(request: Request, staff: StaffPrincipal, member_id: int) -> None:
    with transaction(services_of(request).sessions) as session:
        audit(session, staff.id, "try.message", "member", member_id)


@router.get("/try/transcript.json")
def try_transcript(request: Request, staff: TesterPoll, member_id: int) -> JSONResponse:
    with services_of(request).sessions() as session:
        messages = views.web_transcript(session, member_id)
    local = local_formatter(request)
    return JSONResponse(
        {
            "messages": [
                {
                    "direction": m["direction"],
                    "author": m["author"],
                    "text": m["text"] or "",
                    "time": local(m["created_at"], "%H:%M:%S"),
                }
                for m in messages
            ]
        }
    )
