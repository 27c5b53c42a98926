"""Reaching a member: which of their channels to use, and queueing the message there.

Every part that writes to members (replies, reminders, feedback requests, staff replies,
broadcasts, claim decisions) goes through `send_to_member` or `send_to_identity`, so the
opt-out and the WhatsApp template rule live in one place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ChannelIdentity, Member
from db.queries import conversation_for, enqueue, identity_for


def preferred_identity(session: Session, member: Member) -> ChannelIdentity | None:
    """The identity on the member's preferred channel; for SMS and WhatsApp it is created from
    the roster phone. A Telegram member who has not linked a chat yet falls back to SMS,
    since Telegram cannot write first."""
    channel = member.preferred_channel
    if channel == "telegram":
        linked = session.execute(
            select(ChannelIdentity).where(
                ChannelIdentity.member_id == member.id, ChannelIdentity.channel == "telegram"
            )
        ).scalar_one_or_none()
        if linked is not None:
            return linked
        channel = "sms"
    identity = identity_for(session, channel, member.phone)
    if identity.member_id is None:
        identity.member_id = member.id
    return identity


def send_to_identity(
    session: Session,
    identity: ChannelIdentity,
    *,
    key: str,
    kind: str,
    body: str,
    template: str | None = None,
    template_variables: dict[str, Any] | None = None,
    not_before: datetime | None = None,
    session_id: str | None = None,
    broadcast_id: int | None = None,
    author: str = "bot",
    respect_opt_out: bool = True,
) -> int | None:
    """Queue a message to one identity and add it to the conversation's transcript.

    `template` names the channel's special form of the message, read by the worker: on WhatsApp
    the approved Content template used outside the 24-hour window; on Telegram
    "request_contact" adds the share-my-phone-number button. Scheduled and bulk messages respect
    the channel's opt-out; a direct answer to something the
    member just wrote does not need to (they wrote to us). Returns the outbox id, or None when
    skipped or already queued under this key.
    """
    if respect_opt_out and identity.opted_out:
        return None
    conversation = conversation_for(session, identity)
    return enqueue(
        session,
        key=key,
        kind=kind,
        channel=identity.channel,
        address=identity.address,
        body=body,
        member_id=identity.member_id,
        identity_id=identity.id,
        template=template,
        template_variables=template_variables,
        not_before=not_before,
        session_id=session_id,
        broadcast_id=broadcast_id,
        conversation=conversation,
        author=author,
    )


def send_to_member(session: Session, member: Member, **kwargs: Any) -> int | None:
    """Queue a scheduled or bulk message on the member's preferred channel (see
    `send_to_identity` for the arguments). None when the member opted out there."""
    identity = preferred_identity(session, member)
    if identity is None:
        return None
    return send_to_identity(session, identity, **kwargs)
