"""The inbox of conversations that need a person (their open cases, urgent first), one
conversation's page, and what staff do there: reply, add a note, take it over, close a case,
resolve it, hand it back to the assistant."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import FormData

from bot.staff import web
from bot.staff.actions.conversations import (
    add_note,
    assign_to,
    close_one_case,
    hand_back,
    reply,
    resolve,
)
from bot.staff.auth import StaffPrincipal, services_of
from bot.staff.paging import page_rows, pager_for
from bot.staff.permissions import Permission
from bot.staff.receipts import open_voice_note
from bot.staff.views.common import staff_email
from bot.staff.views.conversations import (
    conversation_counts,
    conversation_summary,
    list_conversations,
    notes_for,
    open_cases_of,
    transcript,
)
from db.models import Conversation, Member
from db.queries import audit
from db.session import transaction

router = web.console_router()

Conversations = web.allowed(Permission.VIEW_CONVERSATIONS)
ConversationsPoll = web.allowed(Permission.VIEW_CONVERSATIONS, refresh=False)
ReplyForm = web.allowed_form(Permission.REPLY_TO_MEMBERS)

INBOX_TABS = ("open", "mine", "resolved")


def inbox_rows(request: Request, staff: StaffPrincipal, tab: str) -> dict[str, Any]:
    """The rows and tab counts of the inbox, for the page and for its auto-refresh; one page
    of the tab's conversations (the tab's count is the list's length)."""
    if tab not in INBOX_TABS:
        tab = "open"
    with services_of(request).sessions() as session:
        counts = conversation_counts(session, staff.id)
        pager = pager_for(request, counts[tab])
        status = "resolved" if tab == "resolved" else "escalated"
        rows = list_conversations(
            session,
            status=status,
            assigned_to_id=staff.id if tab == "mine" else None,
            offset=pager.offset,
            limit=pager.size,
        )
    return {"tab": tab, "rows": rows, "counts": counts, "pager": pager}


@router.get("")
def inbox(request: Request, staff: Conversations, tab: str = "open") -> Response:
    return web.render(request, "inbox.html", inbox_rows(request, staff, tab))


@router.get("/inbox.json")
def inbox_json(request: Request, staff: ConversationsPoll, tab: str = "open") -> JSONResponse:
    """What the inbox script polls: the table body as escaped HTML, plus the tab counts."""
    data = inbox_rows(request, staff, tab)
    html = web.templates.get_template("staff/_inbox_rows.html").render(
        rows=data["rows"], tab=data["tab"], local=web.local_formatter(request)
    )
    return JSONResponse({"html": html, "counts": data["counts"]})


def member_profile(member: Member, staff: StaffPrincipal) -> dict[str, Any]:
    """Who the member is, beside the transcript; support needs only for roles that arrange it."""
    profile: dict[str, Any] = {
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
    return profile


@router.get("/media/{media_id}")
def play_media(request: Request, media_id: int, staff: Conversations) -> Response:
    """A member's voice note or video, for the transcript's player."""
    return open_voice_note(request, staff, media_id)


@router.get("/conversations/{conversation_id}")
def conversation_page(request: Request, conversation_id: int, staff: Conversations) -> Response:
    with transaction(services_of(request).sessions) as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise HTTPException(404, detail="no such conversation")
        audit(session, staff.id, "conversation.read", "conversation", conversation.id)
        member = conversation.member
        # The newest 50 messages first (page 1), oldest first on the page, as a chat reads.
        messages, pager = page_rows(request, transcript(session, conversation.id)[::-1])
        context = {
            "conversation": conversation_summary(
                conversation, open_cases_of(session, [conversation.id])[conversation.id]
            ),
            "assigned_to": staff_email(session, conversation.assigned_to_id),
            "profile": member_profile(member, staff) if member is not None else None,
            "messages": messages[::-1],
            "pager": pager,
            "notes": notes_for(session, conversation.id),
            "opted_out": conversation.identity.opted_out,
        }
    return web.render(request, "conversation.html", context)


def change_conversation(
    request: Request,
    conversation_id: int,
    form_data: tuple[StaffPrincipal, FormData],
    done: str,
    action: Callable[..., object],
    *typed: object,
) -> Response:
    """`action(session, staff, conversation_id, *typed)` in its own transaction, then the
    conversation again, saying what was done (`done` names a message in `DONE_MESSAGES`)."""
    staff, _form = form_data
    return web.act_then_return(
        request,
        lambda session: action(session, staff, conversation_id, *typed),
        back=f"/staff/conversations/{conversation_id}",
        done=done,
        refused_title="That did not work",
    )


@router.post("/conversations/{conversation_id}/reply")
def conversation_reply(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    text = web.form_text(form[1], "text")
    return change_conversation(request, conversation_id, form, "replied", reply, text)


@router.post("/conversations/{conversation_id}/notes")
def conversation_note(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    text = web.form_text(form[1], "text")
    return change_conversation(request, conversation_id, form, "noted", add_note, text)


@router.post("/conversations/{conversation_id}/assign")
def conversation_assign(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return change_conversation(request, conversation_id, form, "assigned", assign_to)


@router.post("/conversations/{conversation_id}/resolve")
def conversation_resolve(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return change_conversation(request, conversation_id, form, "resolved", resolve)


@router.post("/conversations/{conversation_id}/handback")
def conversation_handback(request: Request, conversation_id: int, form: ReplyForm) -> Response:
    return change_conversation(request, conversation_id, form, "handedback", hand_back)


@router.post("/conversations/{conversation_id}/cases/{case_id}/close")
def conversation_close_case(
    request: Request, conversation_id: int, case_id: int, form: ReplyForm
) -> Response:
    return change_conversation(
        request, conversation_id, form, "caseclosed", close_one_case, case_id
    )
