"""An attachment is stored with the type its bytes show, never the type the sender's app
declared: a Telegram "receipt" declared as a picture may be an HTML page."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.channels.media import UNKNOWN, sniff_content_type
from db.models import ChannelIdentity, MediaFile, Member
from tests.bot.channels.support import CHIDI_CHAT
from tests.harness import Gateway

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 a receipt"
HTML = b"<!doctype html><script>fetch('/staff/claims.csv')</script>"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (JPEG, "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "image/heic"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00", "image/heic"),
        (b"%PDF-1.7\n", "application/pdf"),
        (HTML, UNKNOWN),
        (b"var s = document.cookie;", UNKNOWN),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>", UNKNOWN),
        (b"", UNKNOWN),
    ],
)
def test_the_content_type_is_read_from_the_magic_number(data: bytes, expected: str) -> None:
    assert sniff_content_type(data) == expected


def send_document(gateway: Gateway, content: bytes, declared: str) -> MediaFile:
    """Chidi sends a Telegram document his app declared as `declared`."""
    with gateway.services.sessions() as session, session.begin():
        chidi = session.execute(select(Member).where(Member.first_name == "Chidi")).scalar_one()
        session.add(
            ChannelIdentity(member_id=chidi.id, channel="telegram", address=str(CHIDI_CHAT))
        )
    document = gateway.telegram_api.register_file(
        content, mime_type=declared, file_name="receipt", file_path="documents/file_1"
    )
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT, document=document)
    gateway.telegram(update)
    gateway.wait_processed()
    with gateway.services.sessions() as session:
        media = session.execute(select(MediaFile)).scalar_one()
        session.expunge(media)
        return media


def test_an_html_document_declared_as_a_jpeg_is_stored_as_octet_stream(gateway: Gateway) -> None:
    media = send_document(gateway, HTML, "image/jpeg")
    assert media.sha256 and media.content_type == UNKNOWN


def test_an_html_document_declared_as_html_is_stored_as_octet_stream(gateway: Gateway) -> None:
    media = send_document(gateway, HTML, "text/html")
    assert media.sha256 and media.content_type == UNKNOWN


def test_a_real_jpeg_declared_as_html_is_stored_as_a_jpeg(gateway: Gateway) -> None:
    media = send_document(gateway, JPEG, "text/html")
    assert media.content_type == "image/jpeg"
