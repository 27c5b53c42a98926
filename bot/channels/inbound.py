"""The channel-neutral inbound message, and storing it exactly once (DESIGN.md step 1).

Each channel module turns its webhook into an `Inbound` and calls `store_inbound`; the unique
(channel, provider_id) constraint makes a provider's retry a no-op. Webhooks store through
Starlette's thread pool, apart from the pipeline's (asyncio's default executor), so a busy
pipeline never delays an acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from db.models import MediaFile, Message
from db.queries import conversation_for, identity_for, insert_ignoring_conflict
from db.types import utcnow


@dataclass(frozen=True)
class MediaRef:
    """Where to fetch an attachment: a Twilio media URL or a Telegram file_id."""

    source: str
    content_type: str | None = None


@dataclass(frozen=True)
class Inbound:
    channel: str  # sms, whatsapp, telegram, web
    address: str  # E.164 phone, Telegram chat id, or member:<id> for the try-it page
    provider_id: str  # MessageSid, update:<update_id>, web:<uuid>
    text: str | None
    media: list[MediaRef] = field(default_factory=list)
    # text, media, unsupported (stickers, voice, locations), or contact: a Telegram "share my
    # phone number", whose number is the text
    kind: str = "text"


def store_inbound(session: Session, inbound: Inbound) -> int | None:
    """Store one inbound message with its attachments; None when it was stored before."""
    now = utcnow()
    identity = identity_for(session, inbound.channel, inbound.address)
    conversation = conversation_for(session, identity)
    message_id = insert_ignoring_conflict(
        session,
        Message,
        {
            "conversation_id": conversation.id,
            "channel": inbound.channel,
            "direction": "in",
            "author": "member",
            "text": inbound.text,
            "provider_id": inbound.provider_id,
            "kind": inbound.kind,
            "created_at": now,
        },
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
    return message_id
