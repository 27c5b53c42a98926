"""Failed sends: every message the assistant could not get to a member (or to staff), newest
first, with the reason in words, so a person can follow up another way."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Row, Select, select

from bot.outbox.deadlines import GAVE_UP
from bot.outbox.settling import INTERRUPTED, UNKNOWN_OUTCOME
from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.paging import page_query
from bot.staff.permissions import Permission
from db.models import Member, OutboxItem

router = web.console_router()

# Message bodies are conversation content: the same right as the inbox.
FailedSendsViewer = web.allowed(Permission.VIEW_CONVERSATIONS)
MAY_HAVE_ARRIVED = "it may have arrived, so it was not sent again (no duplicate)"
REASONS = {
    GAVE_UP: "The provider could not be reached before the message stopped being useful",
    UNKNOWN_OUTCOME: f"The provider did not answer: {MAY_HAVE_ARRIVED}",
    INTERRUPTED: f"The sender stopped mid-send: {MAY_HAVE_ARRIVED}",
    "not_configured": "This channel is not set up on this deployment",
    "no_template": "Outside WhatsApp's 24-hour window, with no approved template for it",
    "template_variables": "Its WhatsApp template is missing a value",
    "blocked": "The member has blocked the assistant on Telegram",
    "bad_request": "Telegram refused it",
    "21610": "The member has unsubscribed on this channel (STOP)",
}


def reason_for(item: OutboxItem) -> str:
    """Why the message did not go, as staff should read it."""
    reason = REASONS.get(item.error_code or "", f"Refused by the provider (code {item.error_code})")
    if item.error_code == GAVE_UP:
        reason += f", after {item.attempts} attempts"
    return reason


def failed_sends_query() -> Select[tuple[OutboxItem, Member | None]]:
    return (
        select(OutboxItem, Member)
        .outerjoin(Member, Member.id == OutboxItem.member_id)
        .where(OutboxItem.status.in_(("failed", "undelivered")))
        .order_by(OutboxItem.id.desc())
    )


def failed_send_rows(rows: list[Row[tuple[OutboxItem, Member | None]]]) -> list[dict[str, Any]]:
    return [
        {
            "created_at": item.created_at,
            "member": member.display_name if member else item.address,
            "channel": item.channel,
            "kind": item.kind,
            "text": item.body or f"(template: {item.template})",
            "reason": reason_for(item),
            "detail": item.error_message or "",
        }
        for item, member in rows
    ]


@router.get("/failed-sends")
def failed_sends_page(request: Request, staff: FailedSendsViewer) -> Response:
    with services_of(request).sessions() as session:
        found, pager = page_query(request, session, failed_sends_query())
        rows = failed_send_rows(found)
    return web.render(request, "failed_sends.html", {"rows": rows, "pager": pager})
