"""Attachments are downloaded only from members: a photo from a stranger is never fetched (not
a byte of it lands on our disk), while a member's photo is."""

from __future__ import annotations

from sqlalchemy import select

from db.models import MediaFile
from tests.bot.channels.support import AMINA, CHIDI_CHAT
from tests.harness import Gateway

STRANGER = "+447700900999"  # not in the roster
PHOTO = b"\xff\xd8\xff a stranger's photo"


def media_downloads(gateway: Gateway) -> list[str]:
    """Paths of the media downloads the stand-in Twilio served."""
    return [
        r.path for r in gateway.twilio_api.requests if r.method == "GET" and "/Media/" in r.path
    ]


def stored_files(gateway: Gateway) -> list[bytes]:
    folder = gateway.settings.MEDIA_DIR
    return [path.read_bytes() for path in folder.glob("*")] if folder.exists() else []


def test_media_from_a_sender_who_is_not_a_member_is_never_fetched(gateway: Gateway) -> None:
    url = gateway.twilio_api.register_media(PHOTO, "image/jpeg")
    gateway.sms(STRANGER, "look at this", media=[(url, "image/jpeg")])
    gateway.wait_processed()
    gateway.twilio_api.wait_for(1)  # the stranger is told we do not know them

    assert media_downloads(gateway) == []
    assert PHOTO not in stored_files(gateway)
    with gateway.services.sessions() as session:
        media = session.execute(select(MediaFile)).scalar_one()
        assert media.sha256 is None and media.storage_path is None


def test_a_photo_from_an_unknown_telegram_chat_is_never_fetched(gateway: Gateway) -> None:
    photo = gateway.telegram_api.register_file(PHOTO, mime_type="image/jpeg")
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT, photo=photo, caption="hi")
    gateway.telegram(update)
    gateway.wait_processed()

    assert gateway.telegram_api.calls("getFile") == []
    assert PHOTO not in stored_files(gateway)


def test_media_from_a_member_texting_for_the_first_time_is_fetched(gateway: Gateway) -> None:
    """A roster member's number is recognised on their first message, photo included."""
    url = gateway.twilio_api.register_media(PHOTO, "image/jpeg")
    gateway.sms(AMINA, "my receipt", media=[(url, "image/jpeg")])
    gateway.wait_processed()

    assert len(media_downloads(gateway)) == 1
    assert PHOTO in stored_files(gateway)
