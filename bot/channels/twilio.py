"""SMS and WhatsApp through Twilio: the inbound and status webhooks, and sending.

Every webhook is checked with twilio's `RequestValidator` against PUBLIC_BASE_URL + path (never
the URL the request claims, which a proxy may have rewritten): a forged one gets 403 and leaves
no trace. Replies never go back as TwiML: the webhook answers an empty <Response/> at once and
the worker sends through the REST API.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from bot.channels.inbound import Inbound, MediaRef, store_inbound
from bot.metrics import DUPLICATES, INBOUND, WEBHOOK_REJECTED
from bot.services import Services
from bot.settings import Settings
from db.models import ChannelIdentity, OutboxItem
from db.types import utcnow

log = logging.getLogger(__name__)
router = APIRouter()

MAX_WEBHOOK_BYTES = 64 * 1024
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
# Twilio's delivery states, in the order a message moves through them.
DELIVERY_STATUSES = ("queued", "sending", "sent", "delivered", "read", "undelivered", "failed")
OPTED_OUT_ERROR = 21610  # "Attempt to send to unsubscribed recipient"
WHATSAPP_WINDOW_CLOSED_ERROR = 63016  # free-form message outside the 24-hour window
# Looking up a send a dead worker may have made: how far back Twilio's record may differ from
# our clock (its dates are whole seconds), and how many of the recipient's newest messages to read.
CLOCK_SKEW = timedelta(minutes=1)
LOOKBACK_MESSAGES = 20


class WebhookRejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def _reject(error: WebhookRejected, kind: str) -> Response:
    WEBHOOK_REJECTED.labels(channel="twilio", reason=kind).inc()
    return Response(error.reason + "\n", status_code=error.status, media_type="text/plain")


async def verified_form(request: Request, settings: Settings) -> dict[str, str]:
    """The webhook's form fields, once the signature proves they come from Twilio."""
    if not settings.TWILIO_AUTH_TOKEN:
        raise WebhookRejected(403, "Twilio is not configured on this assistant")
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    body = await request.body()
    if len(body) > MAX_WEBHOOK_BYTES:
        raise WebhookRejected(400, f"body larger than {MAX_WEBHOOK_BYTES} bytes")
    if content_type != FORM_CONTENT_TYPE:
        raise WebhookRejected(400, f"content type must be {FORM_CONTENT_TYPE}")
    try:
        fields = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False))
    except UnicodeDecodeError as error:
        raise WebhookRejected(400, "body is not UTF-8") from error
    url = settings.PUBLIC_BASE_URL + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    signature = request.headers.get("x-twilio-signature", "")
    if not RequestValidator(settings.TWILIO_AUTH_TOKEN).validate(url, fields, signature):
        raise WebhookRejected(403, "invalid X-Twilio-Signature")
    return fields


def parse_inbound(fields: dict[str, str]) -> Inbound:
    """Twilio's form fields as a channel-neutral message (400 when required fields lack)."""
    sid, sender = fields.get("MessageSid", "").strip(), fields.get("From", "").strip()
    if not sid:
        raise WebhookRejected(400, "missing MessageSid")
    if not sender:
        raise WebhookRejected(400, "missing From")
    channel, address = "sms", sender
    if sender.startswith("whatsapp:"):
        channel, address = "whatsapp", sender.removeprefix("whatsapp:")
    if not address.startswith("+"):
        raise WebhookRejected(400, "From is not an E.164 number")
    try:
        media_count = int(fields.get("NumMedia") or 0)
    except ValueError as error:
        raise WebhookRejected(400, "NumMedia is not a number") from error
    media = [
        MediaRef(fields[f"MediaUrl{n}"], fields.get(f"MediaContentType{n}"))
        for n in range(media_count)
        if fields.get(f"MediaUrl{n}")
    ]
    text = fields.get("Body", "")
    kind = "media" if media else "text"
    if not media and not text.strip() and fields.get("Latitude"):
        kind = "unsupported"  # a WhatsApp location
    return Inbound(channel, address, sid, text, media, kind)


@router.post("/webhooks/twilio/messages")
async def twilio_message(request: Request) -> Response:
    """An inbound SMS or WhatsApp message: verify, store once, wake the pipeline, answer."""
    services: Services = request.app.state.services
    try:
        inbound = parse_inbound(await verified_form(request, services.settings))
    except WebhookRejected as error:
        return _reject(error, "forged" if error.status == 403 else "malformed")

    def store() -> int | None:
        with services.sessions() as session, session.begin():
            return store_inbound(session, inbound)

    message_id = await run_in_threadpool(store)
    if message_id is None:
        DUPLICATES.labels(channel=inbound.channel).inc()
    else:
        INBOUND.labels(channel=inbound.channel).inc()
        request.app.state.pipeline.wake()
    return Response(EMPTY_TWIML, media_type="application/xml")


def apply_status(session: Session, fields: dict[str, str]) -> bool:
    """Record a delivery status on the outbox row; act on opt-out and window errors."""
    sid = fields.get("MessageSid") or fields.get("SmsSid") or ""
    status = (fields.get("MessageStatus") or fields.get("SmsStatus") or "").lower()
    if not sid or status not in DELIVERY_STATUSES:
        raise WebhookRejected(400, "missing MessageSid or unknown MessageStatus")
    item = session.execute(
        select(OutboxItem).where(OutboxItem.provider_id == sid)
    ).scalar_one_or_none()
    if item is None:
        return False
    error_code = fields.get("ErrorCode") or None
    if status in ("delivered", "read"):
        item.status, item.delivered_at = status, item.delivered_at or utcnow()
    elif status in ("undelivered", "failed"):
        item.status, item.error_code = status, error_code
        handle_permanent_error(session, item, int(error_code) if error_code else None)
    elif item.status in ("sending", "sent"):
        item.status = "sent"
    return True


def handle_permanent_error(session: Session, item: OutboxItem, code: int | None) -> None:
    """Twilio 21610: the member has opted out there. 63016: the WhatsApp window closed, so
    the message is sent again as its approved template (a row with no body is always sent as
    its template)."""
    if code == OPTED_OUT_ERROR and item.identity_id:
        identity = session.get(ChannelIdentity, item.identity_id)
        if identity is not None:
            identity.opted_out, identity.opted_out_at = True, utcnow()
    elif code == WHATSAPP_WINDOW_CLOSED_ERROR and item.template and item.channel == "whatsapp":
        from db.queries import enqueue

        enqueue(
            session,
            key=f"{item.idempotency_key}:template",
            kind=item.kind,
            channel=item.channel,
            address=item.address,
            body=None,
            member_id=item.member_id,
            identity_id=item.identity_id,
            template=item.template,
            template_variables=item.template_variables,
            session_id=item.session_id,
        )


@router.post("/webhooks/twilio/status")
async def twilio_status(request: Request) -> Response:
    """Twilio's status callback for a message we sent."""
    services: Services = request.app.state.services
    try:
        fields = await verified_form(request, services.settings)

        def update() -> bool:
            with services.sessions() as session, session.begin():
                return apply_status(session, fields)

        await run_in_threadpool(update)
    except WebhookRejected as error:
        return _reject(error, "forged" if error.status == 403 else "malformed")
    return Response(status_code=204)


# --- sending ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendResult:
    provider_id: str
    status: str


class TwilioSender:
    """The real twilio `Client`, pointed at TWILIO_API_URL (a stand-in in tests)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # A send gives up well within the claim lease, so by the time another worker's recovery
        # asks Twilio about a row left `sending`, no live worker can still be sending it.
        http_client = TwilioHttpClient(timeout=settings.WORKER_CLAIM_LEASE_SECONDS / 2)
        self.client = Client(
            settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http_client
        )
        self.client.api.base_url = settings.TWILIO_API_URL

    def _addresses(self, channel: str, to: str) -> tuple[str | None, str]:
        """(our sender, the recipient) as Twilio spells them on this channel."""
        if channel == "whatsapp":
            return self.settings.TWILIO_WHATSAPP_FROM, f"whatsapp:{to}"
        return self.settings.TWILIO_SMS_FROM, to

    def find_sent(self, channel: str, to: str, body: str, since: datetime) -> str | None:
        """The sid of a message with this body that Twilio took for this recipient since
        `since`, or None: how a worker that died mid-send learns whether the send happened."""
        _, recipient = self._addresses(channel, to)
        earliest = since - CLOCK_SKEW
        for message in self.client.messages.list(to=recipient, limit=LOOKBACK_MESSAGES):
            created = message.date_created
            if message.body == body and created is not None and created >= earliest:
                return message.sid
        return None

    def send(
        self,
        channel: str,
        to: str,
        body: str | None,
        media_url: str | None = None,
        content_sid: str | None = None,
        content_variables: dict[str, Any] | None = None,
    ) -> SendResult:
        """Send one SMS or WhatsApp message; raises TwilioRestException on refusal."""
        sender, recipient = self._addresses(channel, to)
        if not sender:
            raise TwilioRestException(400, "", msg=f"no sender configured for {channel}", code=0)
        kwargs: dict[str, Any] = {
            "from_": sender,
            "to": recipient,
            "status_callback": f"{self.settings.PUBLIC_BASE_URL}/webhooks/twilio/status",
        }
        if content_sid:
            kwargs["content_sid"] = content_sid
            kwargs["content_variables"] = json.dumps(content_variables or {})
        else:
            kwargs["body"] = body or ""
        if media_url:
            kwargs["media_url"] = [media_url]
        message = self.client.messages.create(**kwargs)
        return SendResult(provider_id=message.sid, status=message.status or "queued")

    def fetch_media(self, url: str, max_bytes: int) -> tuple[bytes, str | None]:
        """Download a member's attachment with the account's credentials."""
        import httpx

        auth = (self.settings.TWILIO_ACCOUNT_SID or "", self.settings.TWILIO_AUTH_TOKEN or "")
        with (
            httpx.Client(timeout=20, follow_redirects=True, auth=auth) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ValueError(f"attachment larger than {max_bytes} bytes")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type")
