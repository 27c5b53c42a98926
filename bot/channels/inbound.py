"""The channel-neutral inbound message, and accepting it (DESIGN.md step 1).

Every channel turns what it received into an `Inbound` and calls `accept_inbound`, which stores
it exactly once, counts it and wakes the pipeline (this replica's directly, on PostgreSQL every
replica's through a NOTIFY on commit, so the one holding the conversation takes it at once,
unless that is this replica's); the
webhook answers only after that, so a failure to store is answered with a 5xx and the provider
sends the message again. The unique (channel, provider_id) constraint makes a provider's retry
a no-op. The text is stored cleaned (`clean_text`), whichever channel it came from. On
PostgreSQL, where each statement is a round trip the acknowledgement waits for, a message from
a sender seen before is stored and announced in one statement (db/inbound.py). Storing goes
through Starlette's thread pool, apart from the pipeline's (asyncio's default executor), so a
busy pipeline never delays an acknowledgement.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from bot.channels import kinds
from bot.channels.webhook_bodies import clean_text
from bot.logging import current_correlation_id, new_correlation_id, set_correlation_id
from bot.metrics import DUPLICATES, INBOUND
from bot.timing import StageClock
from db.inbound import store_from_known_sender
from db.models import ChannelIdentity, MediaFile, Member, Message
from db.queries import identity_and_conversation, insert_ignoring_conflict
from db.session import announce_inbound, autocommitting
from db.types import utcnow

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MediaRef:
    """Where to fetch an attachment: a Twilio media URL or a Telegram file_id."""

    source: str
    content_type: str | None = None


@dataclass(frozen=True)
class Inbound:
    channel: str  # the channel's name in the registry
    address: str  # E.164 phone, Telegram chat id, or member:<id> for the try-it page
    provider_id: str  # MessageSid, update:<update_id>, web:<uuid>
    text: str | None
    media: list[MediaRef] = field(default_factory=list)
    kind: str = kinds.TEXT  # one of bot/channels/kinds.py
    # The sender is known to be this member (the try-it page writes as a chosen member).
    member_id: int | None = None
    details: dict[str, Any] | None = None  # what the kind carries: coordinates, emoji, payload
    chat_ref: str | None = None  # the provider's id of the message inside the chat
    reply_to: str | None = None  # the message this one replies to, reacts to or edits


@dataclass(frozen=True)
class Stored:
    message_id: int
    conversation_id: int


def message_row(inbound: Inbound, now: datetime) -> dict[str, Any]:
    """The messages row of an inbound message, but its conversation (with the current
    correlation id)."""
    return {
        "channel": inbound.channel,
        "direction": "in",
        "author": "member",
        "text": clean_text(inbound.text),
        "provider_id": inbound.provider_id,
        "kind": inbound.kind,
        "details": inbound.details,
        "chat_ref": inbound.chat_ref,
        "reply_to": inbound.reply_to,
        "created_at": now,
        "correlation_id": current_correlation_id(),
    }


def store_inbound(session: Session, inbound: Inbound, *, new_sender: bool = False) -> Stored | None:
    """Store one inbound message with its attachments (and the current correlation id); None
    when it was stored before. LookupError when `inbound.member_id` names no member.
    `new_sender`: the caller has just found no identity and conversation for the address."""
    now = utcnow()
    identity, conversation = identity_and_conversation(
        session, inbound.channel, inbound.address, looked_for=new_sender
    )
    if inbound.member_id is not None:
        if session.get(Member, inbound.member_id) is None:
            raise LookupError(f"no member {inbound.member_id}")
        identity.member_id = conversation.member_id = inbound.member_id
    message_id = insert_ignoring_conflict(
        session,
        Message,
        {"conversation_id": conversation.id, **message_row(inbound, now)},
        ["channel", "provider_id"],
    )
    if message_id is None:
        return None
    for media in inbound.media:
        session.add(
            MediaFile(
                message_id=message_id,
                source=media.source,
                content_type=media.content_type,
                created_at=now,
            )
        )
    identity.last_inbound_at = now
    conversation.last_message_at = now
    return Stored(message_id, conversation.id)


async def accept_inbound(services: Services, inbound: Inbound) -> int | None:
    """Store a received message once, count it, and wake the pipeline. Returns the message id,
    or None for a provider's retry of a message stored before (counted as a duplicate).

    The message gets its correlation id here, which its every later step logs (bot/logging.py);
    the rest of this request logs it too."""
    set_correlation_id(new_correlation_id())

    def store() -> Stored | None:
        stored_at_once = _store_in_one_statement(services, inbound)
        if stored_at_once is not None and not stored_at_once.new_sender:
            return stored_at_once.stored
        new_sender = stored_at_once is not None
        with services.sessions() as session, session.begin():
            stored = store_inbound(session, inbound, new_sender=new_sender)
            if stored is not None:
                announce_inbound(session, stored.conversation_id, services.replica)
            return stored

    clock = StageClock(services.settings.STAGE_TIMINGS_FILE, "inbound")
    stored = await run_in_threadpool(store)
    clock.mark("inbound commit")
    clock.write()
    if stored is None:
        DUPLICATES.labels(channel=inbound.channel).inc()
        log.info("%s webhook repeated a stored message: ignored", inbound.channel)
        return None
    INBOUND.labels(channel=inbound.channel).inc()
    log.info("inbound message %s stored (%s, %s)", stored.message_id, inbound.channel, inbound.kind)
    services.wake_pipeline(stored.conversation_id)
    return stored.message_id


@dataclass(frozen=True)
class _StoredAtOnce:
    stored: Stored | None  # None: a provider's retry, or a sender not seen before
    new_sender: bool = False  # nothing written: the address has no identity or conversation


def _store_in_one_statement(services: Services, inbound: Inbound) -> _StoredAtOnce | None:
    """On PostgreSQL, a text from a sender we know is stored and announced in one statement
    outside a transaction (db/inbound.py): one round trip where `store_inbound` takes seven.
    None, having written nothing, when it must be stored the ordinary way: on SQLite, with
    attachments, or from the try-it page; `new_sender` when it must because the sender was
    not seen before (the ordinary way then need not look for them again)."""
    if services.engine.dialect.name != "postgresql" or inbound.media or inbound.member_id:
        return None
    row = message_row(inbound, utcnow())
    with autocommitting(services.sessions) as session:
        known = store_from_known_sender(
            session, inbound.channel, inbound.address, row, services.replica, services.claim_holder
        )
    if known is None:
        return _StoredAtOnce(None, new_sender=True)
    if known.message_id is None:
        return _StoredAtOnce(None)
    return _StoredAtOnce(Stored(known.message_id, known.conversation_id))


async def record_blocked(services: Services, channel: str, address: str) -> None:
    """The member blocked the assistant on this channel: nothing more is sent there, as if they
    had said STOP. An address we never heard from is not recorded."""

    def opt_out() -> None:
        with services.sessions() as session, session.begin():
            identity = session.execute(
                select(ChannelIdentity).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.address == address
                )
            ).scalar_one_or_none()
            if identity is not None and not identity.opted_out:
                identity.opt_out()

    await run_in_threadpool(opt_out)
