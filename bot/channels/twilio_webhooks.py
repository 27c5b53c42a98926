"""Twilio's webhooks: inbound SMS and WhatsApp messages, and status callbacks.

Every webhook is checked with twilio's `RequestValidator` against PUBLIC_BASE_URL + path (never
the URL the request claims, which a proxy may have rewritten): a forged one gets 403 and leaves
no trace. The body is read up to MAX_WEBHOOK_BYTES (413 beyond) and checked against the schemas
of `twilio_forms` (400 when it breaks them). Replies never go back as TwiML: the webhook answers
an empty <Response/> as soon as the message is stored (503 when it could not be, so Twilio sends
it again) and the worker sends through the REST API.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from twilio.request_validator import RequestValidator

from bot.channels import kinds
from bot.channels.failures import record_permanent_failure
from bot.channels.inbound import Inbound, MediaRef, accept_inbound
from bot.channels.twilio import TwilioSms, TwilioWhatsApp, failure_for_code
from bot.channels.twilio_forms import TwilioMessageForm, TwilioStatusForm
from bot.channels.webhook_bodies import BodyTooLarge, first_problem, read_capped_body
from bot.logging import set_correlation_id
from bot.metrics import DELIVERY_STATUS, WEBHOOK_REJECTED
from bot.settings import Settings
from db.models import OutboxItem
from db.types import utcnow

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
router = APIRouter()
Form = TypeVar("Form", bound=BaseModel)

MAX_WEBHOOK_BYTES = 64 * 1024
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class WebhookRejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def _reject(error: WebhookRejected) -> Response:
    kind = {403: "forged", 413: "too_large"}.get(error.status, "malformed")
    WEBHOOK_REJECTED.labels(channel="twilio", reason=kind).inc()
    return Response(error.reason + "\n", status_code=error.status, media_type="text/plain")


def _not_stored(what: str) -> Response:
    """Storing failed: 503, so Twilio tries again rather than the message being lost."""
    log.exception("twilio %s not stored; answering 503 for a retry", what)
    return Response("not stored, please retry\n", status_code=503, media_type="text/plain")


async def verified_form(request: Request, settings: Settings) -> dict[str, str]:
    """The webhook's form fields, once the signature proves they come from Twilio."""
    if not settings.TWILIO_AUTH_TOKEN:
        raise WebhookRejected(403, "Twilio is not configured on this assistant")
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if content_type != FORM_CONTENT_TYPE:
        raise WebhookRejected(400, f"content type must be {FORM_CONTENT_TYPE}")
    try:
        body = await read_capped_body(request, MAX_WEBHOOK_BYTES)
    except BodyTooLarge as error:
        raise WebhookRejected(413, str(error)) from error
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


def validated(schema: type[Form], fields: dict[str, str]) -> Form:
    """The form as its schema, or 400 naming the first field that breaks it."""
    try:
        return schema.model_validate(fields)
    except ValidationError as error:
        raise WebhookRejected(400, first_problem(error)) from error


def twilio_kind(form: TwilioMessageForm) -> str:
    """What the member sent, from WhatsApp's MessageType, the coordinates, and the media types
    (an SMS or MMS has no MessageType)."""
    message_type = form.MessageType.lower()
    if form.Latitude is not None and form.Longitude is not None:
        return kinds.LOCATION
    if message_type in ("reaction", "sticker"):
        return message_type
    if message_type == "contacts":
        return kinds.CONTACT_CARD
    if message_type == "button" or form.ButtonPayload:
        return kinds.BUTTON
    if form.media:
        return kinds.kind_of_media(form.media[0].content_type)
    if form.Body.strip() or message_type in ("", "text", "interactive"):
        return kinds.TEXT
    return kinds.UNSUPPORTED  # a location without coordinates, a type Twilio cannot carry


def twilio_details(form: TwilioMessageForm, kind: str) -> dict[str, Any] | None:
    """What a kind carries besides the text."""
    if kind == kinds.LOCATION:
        return {
            "latitude": form.Latitude,
            "longitude": form.Longitude,
            "label": form.Label,
            "address": form.Address,
        }
    if kind == kinds.BUTTON:
        return {"payload": form.ButtonPayload}
    if kind == kinds.REACTION:
        return {"emoji": form.Body.strip()[:20]}
    return None


def parse_inbound(fields: dict[str, str]) -> Inbound:
    """Twilio's form fields as a channel-neutral message (400 when they break the schema)."""
    form = validated(TwilioMessageForm, fields)
    channel = TwilioWhatsApp.name if form.is_whatsapp else TwilioSms.name
    kind = twilio_kind(form)
    media = [MediaRef(item.url, item.content_type) for item in form.media]
    if kind not in kinds.KEPT_MEDIA:
        media = []  # a sticker or contact card is answered, never downloaded
    return Inbound(
        channel,
        form.address,
        form.MessageSid,
        form.Body,
        media,
        kind,
        details=twilio_details(form, kind),
        reply_to=form.OriginalRepliedMessageSid,
    )


@router.post("/webhooks/twilio/messages")
async def twilio_message(request: Request) -> Response:
    """An inbound SMS or WhatsApp message: verify, store once, then answer."""
    services: Services = request.app.state.services
    try:
        inbound = parse_inbound(await verified_form(request, services.settings))
    except WebhookRejected as error:
        return _reject(error)
    try:
        await accept_inbound(services, inbound)
    except Exception:  # noqa: BLE001 - any failure to store is answered with a retry
        return _not_stored(f"message {inbound.provider_id}")
    return Response(EMPTY_TWIML, media_type="application/xml")


def apply_status(session: Session, form: TwilioStatusForm) -> bool:
    """Record a delivery status on the outbox row; act on opt-out and window errors."""
    item = session.execute(
        select(OutboxItem).where(OutboxItem.provider_id == form.MessageSid)
    ).scalar_one_or_none()
    if item is None:
        return False
    status, error_code = form.MessageStatus, form.ErrorCode
    set_correlation_id(item.correlation_id)  # this thread's copy of the request's context
    DELIVERY_STATUS.labels(channel=item.channel, status=status).inc()
    log.info("outbox %s: twilio says %s (error %s)", item.id, status, error_code or "none")
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
        form = validated(TwilioStatusForm, await verified_form(request, services.settings))
    except WebhookRejected as error:
        return _reject(error)

    def update() -> bool:
        with services.sessions() as session, session.begin():
            return apply_status(session, form)

    try:
        await run_in_threadpool(update)
    except Exception:  # noqa: BLE001 - any failure to store is answered with a retry
        return _not_stored(f"status of {form.MessageSid}")
    return Response(status_code=204)
