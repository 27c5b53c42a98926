"""What a member's attachment really is, read from its first bytes.

A channel passes on the content type the sender's app declared (a Telegram document keeps
whatever MIME type the member's client chose), so a "receipt" declared as image/jpeg may be an
HTML page. The type we store and serve is the one the bytes show; anything that is not a
picture or PDF we know is stored as `application/octet-stream` and only ever downloaded.
"""

from __future__ import annotations

UNKNOWN = "application/octet-stream"
# The types staff may see inline in their browser; everything else is downloaded.
INLINE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf"})
EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "application/pdf": ".pdf",
}
HEIC_BRANDS = frozenset({b"heic", b"heix", b"mif1"})
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
    return UNKNOWN


def shown_inline(content_type: str) -> bool:
    """Whether a browser may display this type itself (a picture or a PDF)."""
    return content_type in INLINE_TYPES


def file_extension(content_type: str) -> str:
    """The file name ending a download of this type gets (`.bin` when the type is unknown)."""
    return EXTENSIONS.get(content_type, ".bin")
