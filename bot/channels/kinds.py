"""The kinds of message a member can send, whichever channel carried it.

Each channel's parser maps what its provider sent (Twilio's `MessageType` and media types,
Telegram's message fields) onto one of these, so the pipeline answers a voice note or a location
the same way on WhatsApp and Telegram, and never mistakes one for a photo or for text.
"""

from __future__ import annotations

TEXT = "text"
IMAGE = "image"  # a photo or picture: can be a receipt
DOCUMENT = "document"  # a file (a PDF can be a receipt)
VOICE = "voice"  # a voice note or audio clip: a person listens to it
VIDEO = "video"  # a video or round video note
LOCATION = "location"  # a shared location or venue; details: latitude, longitude, label, address
CONTACT_CARD = "contact_card"  # someone's contact card: thanked and ignored
PHONE_SHARE = "contact"  # Telegram's "share my phone number": the member's own number as text
STICKER = "sticker"  # a sticker or GIF
REACTION = "reaction"  # an emoji on one of our messages; details: emoji
BUTTON = "button"  # a pressed quick-reply button: its text is read; details: payload
EDIT = "edit"  # the new text of a message sent before (reply_to names it)
UNSUPPORTED = "unsupported"  # polls, dice and anything else no one can act on
LEGACY_MEDIA = "media"  # stored before kinds were told apart: a photo or a file

# Kinds whose words Rasa reads (a receipt picture goes as "(photo)").
READ_BY_RASA = frozenset({TEXT, IMAGE, DOCUMENT, BUTTON, EDIT, PHONE_SHARE, LEGACY_MEDIA})
# Kinds whose attachments are downloaded and kept (a sticker is not).
KEPT_MEDIA = frozenset({IMAGE, DOCUMENT, VOICE, VIDEO, LEGACY_MEDIA})
# Kinds that may be a receipt, once their bytes show a picture or a PDF.
RECEIPT_KINDS = frozenset({IMAGE, DOCUMENT, LEGACY_MEDIA})


def kind_of_media(content_type: str | None) -> str:
    """The kind an attachment's declared type suggests (the bytes are checked later)."""
    major = (content_type or "").split("/")[0]
    if major == "audio":
        return VOICE
    if major == "video":
        return VIDEO
    if major == "image":
        return IMAGE
    if content_type in ("text/vcard", "text/x-vcard"):
        return CONTACT_CARD
    return DOCUMENT
