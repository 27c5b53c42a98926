"""Twilio's webhooks: inbound SMS and WhatsApp messages, and status callbacks.

Every webhook is checked with twilio's `RequestValidator` against PUBLIC_BASE_URL + path (never
the URL the request claims, which a proxy may have rewritten): a forged one gets 403 and leaves
no trace. Replies never go back as TwiML: the webhook answers an empty <Response/> at once and
the worker sends through the REST API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator

from bot.channels.failures import record_permanent_failure
from bot.channels.inbound import Inbound, MediaRef, accept_inbound
from bot.channels.twilio import TwilioSms, TwilioWhatsApp, failure_for_code
from bot.metrics import WEBHOOK_REJECTED
from bot.settings import Settings
from db.models import OutboxItem
from db.types import utcnow

if TYPE_CHECKING:
    from bot.services import Services

router = APIRouter()

MAX_WEBHOOK_BYTES = 64 * 1024
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
# Twilio's delivery states, in the order a message moves through them.
DELIVERY_STATUSES = ("queued", "sending", "sent", "delivered", "read", "undelivered", "failed")


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
    channel, address = TwilioSms.name, sender
    if sender.startswith(TwilioWhatsApp.prefix):
        channel, address = TwilioWhatsApp.name, sender.removeprefix(TwilioWhatsApp.prefix)
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
    """An inbound SMS or WhatsApp message: verify, accept once, answer."""
    services: Services = request.app.state.services
    try:
        inbound = parse_inbound(await verified_form(request, services.settings))
    except WebhookRejected as error:
        return _reject(error, "forged" if error.status == 403 else "malformed")
    await accept_inbound(services, inbound)
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
        if error_code is not None and error_code.isdigit():
            record_permanent_failure(session, item, failure_for_code(int(error_code)))
    elif item.status in ("sending", "sent"):
        item.status = "sent"
    return True


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
