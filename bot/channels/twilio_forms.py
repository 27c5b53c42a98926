"""The Twilio form fields the assistant uses, as schemas checked before anything is stored.

Twilio posts many more fields (geography, WhatsApp profile, referrals); only the ones read
here must have the right shape, and a form that breaks them gets 400: a location's coordinates
must be numbers on the globe. Ids and
addresses must fit the columns they are stored in; NumMedia is read as at most ten attachments,
as Twilio never sends more.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from bot.channels.webhook_bodies import MediaType, MemberText

MAX_MEDIA = 10
# Twilio's delivery states, in the order a message moves through them.
DELIVERY_STATUSES = ("queued", "sending", "sent", "delivered", "read", "undelivered", "failed")
WHATSAPP_PREFIX = "whatsapp:"
_E164 = re.compile(r"^\+[0-9]{3,15}$")

Sid = Annotated[str, Field(pattern=r"^[A-Za-z]{2}[A-Za-z0-9]{1,62}$")]
Degrees90 = Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
Degrees180 = Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]
ShortText = Annotated[MemberText, Field(max_length=500)]
MediaUrl = Annotated[str, Field(max_length=500, pattern=r"^https?://[!-~]+$")]
TwilioErrorCode = Annotated[str, Field(pattern=r"^[A-Za-z0-9]{1,20}$")]


def _e164_sender(value: str) -> str:
    if not _E164.match(value.removeprefix(WHATSAPP_PREFIX)):
        raise ValueError("From is not an E.164 number")
    return value


def announced_media(value: object) -> int:
    """NumMedia as the number of attachments to read: 0 to MAX_MEDIA."""
    if value is None or value == "":
        return 0
    return max(0, min(int(str(value).strip()), MAX_MEDIA))


class TwilioMedia(BaseModel):
    url: MediaUrl
    content_type: MediaType = None


class TwilioMessageForm(BaseModel):
    """An inbound SMS or WhatsApp message."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    MessageSid: Sid
    From: Annotated[str, AfterValidator(_e164_sender)]
    Body: MemberText = ""
    MessageType: Annotated[str, Field(max_length=30)] = ""  # WhatsApp only
    Latitude: Degrees90 | None = None  # a WhatsApp location, with its Address and Label
    Longitude: Degrees180 | None = None
    Address: ShortText | None = None
    Label: ShortText | None = None
    ButtonPayload: ShortText | None = None  # a pressed quick-reply button
    OriginalRepliedMessageSid: Sid | None = None  # the message this one replies to
    media: list[TwilioMedia] = []

    @model_validator(mode="before")
    @classmethod
    def _announced_media(cls, fields: Any) -> Any:
        """MediaUrl{N} and MediaContentType{N}, for the N below NumMedia, as one list."""
        if not isinstance(fields, dict):
            return fields
        count = announced_media(fields.get("NumMedia"))
        media = [
            {"url": fields[f"MediaUrl{n}"], "content_type": fields.get(f"MediaContentType{n}")}
            for n in range(count)
            if fields.get(f"MediaUrl{n}")
        ]
        fields = {**fields, "media": media}
        for name in ("Latitude", "Longitude", "OriginalRepliedMessageSid", "ButtonPayload"):
            if fields.get(name) == "":
                fields[name] = None
        if isinstance(fields.get("From"), str):
            fields["From"] = fields["From"].strip()
        return fields

    @property
    def is_whatsapp(self) -> bool:
        return self.From.startswith(WHATSAPP_PREFIX)

    @property
    def address(self) -> str:
        return self.From.removeprefix(WHATSAPP_PREFIX)


class TwilioStatusForm(BaseModel):
    """A status callback for a message we sent (older accounts name the fields Sms...)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    MessageSid: Sid
    MessageStatus: Literal[DELIVERY_STATUSES]  # type: ignore[valid-type]
    ErrorCode: TwilioErrorCode | None = None

    @model_validator(mode="before")
    @classmethod
    def _older_names(cls, fields: Any) -> Any:
        if not isinstance(fields, dict):
            return fields
        status = fields.get("MessageStatus") or fields.get("SmsStatus") or ""
        return {
            **fields,
            "MessageSid": fields.get("MessageSid") or fields.get("SmsSid") or "",
            "MessageStatus": status.lower() if isinstance(status, str) else status,
            "ErrorCode": fields.get("ErrorCode") or None,
        }
