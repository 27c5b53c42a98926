"""The messaging window, the whole rule in one place.

On a channel with a window (WhatsApp: 24 hours) free text may go only while the member's last
message is recent; outside it, only an approved template. So:

* `prepare`: a message outside the window (or one with no text) goes as its template, or
  fails `no_template` when it has none;
* `hold_text_until_reply`: a message a person wrote (a staff reply, a broadcast, a claim
  decision) sent as its template keeps its own words back,
  `held`, and `release_held_messages` lets them go once the member answers;
* `resend_as_template`: when the provider says the window closed after all, the message goes
  again as its template.

A channel declares its window (`Channel.window`); every function here is a no-op without one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.base import PreparedMessage, TemplateContent
from bot.channels.errors import PermanentFailure
from bot.config import AssemblyConfig
from db.models import ChannelIdentity, OutboxItem
from db.queries import enqueue, insert_ignoring_conflict
from db.session import announce_outbox
from db.types import utcnow

# Kinds whose own words follow their template once the member answers: a person wrote them,
# or they say no person has answered yet.
HELD_UNTIL_REPLY = frozenset(
    {"staff_reply", "broadcast", "claim_update", "takeover_lapsed", "check_in"}
)


@dataclass(frozen=True)
class MessagingWindow:
    """Free text may go within `length` after the member's last message."""

    length: timedelta

    def is_open(self, last_inbound_at: datetime | None, now: datetime) -> bool:
        return last_inbound_at is not None and last_inbound_at > now - self.length


def prepare(
    window: MessagingWindow | None,
    message: PreparedMessage,
    *,
    last_inbound_at: datetime | None,
    template_variables: dict[str, Any] | None,
    config: AssemblyConfig,
    now: datetime,
) -> PreparedMessage:
    """The message as it may go now: outside the window, or with no text at all, as its
    approved template (PermanentFailure when there is none)."""
    if window is None or (message.body is not None and window.is_open(last_inbound_at, now)):
        return message
    template = config.template(message.template) if message.template else None
    if template is None:
        raise PermanentFailure(
            "no_template", "outside WhatsApp's 24-hour window and no template for this message"
        )
    try:
        variables = template.content_variables(template_variables or {})
    except KeyError as error:
        raise PermanentFailure(
            "template_variables", f"template variable missing: {error}"
        ) from error
    # The approved translation for the member's language, when there is one ("language" is
    # recorded with the variables when the message is planned).
    language = str((template_variables or {}).get("language") or "en")
    content_sid = template.content_sid_for(language)
    return replace(message, content=TemplateContent(content_sid, variables))


def holds_text(kind: str, message: PreparedMessage) -> bool:
    """Whether this message's own words wait for the member's answer: it goes as its template,
    and a person wrote words that the template does not carry."""
    return message.content is not None and bool(message.body) and kind in HELD_UNTIL_REPLY


def hold_text_until_reply(session: Session, item: OutboxItem) -> None:
    """Queue the words of a message that went as its template, `held` until the member
    answers (a second call for the same message changes nothing)."""
    now = utcnow()
    insert_ignoring_conflict(
        session,
        OutboxItem,
        {
            "idempotency_key": f"{item.idempotency_key}:after-window",
            "kind": item.kind,
            "member_id": item.member_id,
            "identity_id": item.identity_id,
            "channel": item.channel,
            "address": item.address,
            "body": item.body,
            "status": "held",
            "attempts": 0,
            "not_before": now,
            "created_at": now,
        },
        ["idempotency_key"],
    )


def release_held_messages(
    session: Session, identity: ChannelIdentity, window: MessagingWindow | None
) -> None:
    """The member wrote, so the window is open again: words held for them can go."""
    if window is None:
        return
    for item in session.execute(
        select(OutboxItem).where(OutboxItem.identity_id == identity.id, OutboxItem.status == "held")
    ).scalars():
        item.status, item.not_before = "pending", utcnow()
        announce_outbox(session)


def resend_as_template(session: Session, item: OutboxItem) -> None:
    """The provider refused free text because the window had closed: send the message again
    as its template (a row without a body always goes as its template)."""
    if not item.template:
        return
    enqueue(
        session,
        key=f"{item.idempotency_key}:template",
        kind=item.kind,
        channel=item.channel,
        address=item.address,
        body=None,
        member_id=item.member_id,
        identity_id=item.identity_id,
        template=item.template,
        template_variables=item.template_variables,
        session_id=item.session_id,
    )
