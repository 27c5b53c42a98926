"""What a member's attachment really is, read from its first bytes.

A channel passes on the content type the sender's app declared (a Telegram document keeps
whatever MIME type the member's client chose), so a "receipt" declared as image/jpeg may be an
HTML page. The type we store and serve is the one the bytes show; anything that is not a
picture, PDF, sound or video we know is stored as `application/octet-stream` and only ever
downloaded. Only a picture or a PDF can be a receipt.
"""

from __future__ import annotations

from db.models import RECEIPT_TYPES

UNKNOWN = "application/octet-stream"
# Voice notes and videos staff can play in the console.
PLAYABLE_TYPES = frozenset(
    {"audio/ogg", "audio/mpeg", "audio/wav", "audio/mp4", "video/mp4", "video/webm"}
)
# The types staff may see or hear inline in their browser; everything else is downloaded.
INLINE_TYPES = RECEIPT_TYPES | PLAYABLE_TYPES
EXTENSIONS = {
    "audio/ogg": ".ogg",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/mp4": ".m4a",
    "audio/amr": ".amr",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "application/pdf": ".pdf",
}
HEIC_BRANDS = frozenset({b"heic", b"heix", b"mif1"})
AUDIO_MP4_BRANDS = frozenset({b"M4A ", b"M4B "})
MP3_FRAME_STARTS = (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")
# How many leading bytes `sniff_content_type` needs.
SNIFF_BYTES = 16


def sniff_content_type(data: bytes) -> str:
    """The content type the file's magic number shows, or `application/octet-stream`."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in HEIC_BRANDS:
        return "image/heic"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return _sniff_sound_or_video(data)


def _sniff_sound_or_video(data: bytes) -> str:
    if data.startswith(b"OggS"):
        return "audio/ogg"
    if data.startswith(MP3_FRAME_STARTS):
        return "audio/mpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data.startswith(b"#!AMR"):
        return "audio/amr"
    if data[4:8] == b"ftyp":
        return "audio/mp4" if data[8:12] in AUDIO_MP4_BRANDS else "video/mp4"
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    return UNKNOWN


def is_receipt_type(content_type: str | None) -> bool:
    """Whether a stored file (its sniffed type) can be a receipt: a picture or a PDF."""
    return content_type in RECEIPT_TYPES


def is_audio(content_type: str | None) -> bool:
    return (content_type or "").startswith("audio/")


def shown_inline(content_type: str) -> bool:
    """Whether a browser may display this type itself (a picture or a PDF)."""
    return content_type in INLINE_TYPES


def file_extension(content_type: str) -> str:
    """The file name ending a download of this type gets (`.bin` when the type is unknown)."""
    return EXTENSIONS.get(content_type, ".bin")
