"""Fetching a message's attachments (a receipt, usually) from the provider into the media store
(MEDIA_STORE), with their checksum; a failure is recorded on the row for staff to see."""

from __future__ import annotations

import asyncio
import hashlib
import logging

from sqlalchemy import select

from bot.channels.media import sniff_content_type
from bot.services import Services
from db.models import MediaFile, Message

log = logging.getLogger(__name__)


async def fetch_media(services: Services, message_id: int) -> None:
    """Download the message's attachments that are not stored yet. The pipeline calls this
    only once the sender is known to be a member: a stranger's file never reaches our disk."""
    max_bytes = services.settings.MEDIA_MAX_BYTES
    pending = await asyncio.to_thread(_unfetched_media, services, message_id)
    for media_id, channel, source in pending:
        try:
            data, content_type = await services.channels[channel].fetch_media(source, max_bytes)
            await asyncio.to_thread(_save_media, services, media_id, data, content_type)
        except Exception as error:  # noqa: BLE001 - recorded on the row for staff to see
            log.warning("media %s not fetched: %s", media_id, type(error).__name__)
            await asyncio.to_thread(_media_error, services, media_id, str(error)[:300])


def _unfetched_media(services: Services, message_id: int) -> list[tuple[int, str, str]]:
    with services.sessions() as session:
        rows = session.execute(
            select(MediaFile.id, Message.channel, MediaFile.source)
            .join(Message, Message.id == MediaFile.message_id)
            .where(MediaFile.message_id == message_id, MediaFile.sha256.is_(None))
        ).all()
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _save_media(services: Services, media_id: int, data: bytes, content_type: str | None) -> None:
    digest = hashlib.sha256(data).hexdigest()
    services.media.put(digest, data)  # named by its content: the same file twice is one
    with services.sessions() as session, session.begin():
        media = session.get(MediaFile, media_id)
        assert media is not None
        media.sha256, media.size_bytes, media.storage_path = digest, len(data), digest
        media.content_type = sniff_content_type(data)  # never the type the sender declared
        media.error = None


def _media_error(services: Services, media_id: int, error: str) -> None:
    with services.sessions() as session, session.begin():
        media = session.get(MediaFile, media_id)
        if media is not None:
            media.error = error
