"""Telegram through python-telegram-bot: the adapter, and receiving in webhook or polling mode.

Webhook mode follows the library's custom-webhook example: an `Application` built with
`updater(None)` and fed from our own route, plus the secret-token check that example leaves
out. Polling mode lets anyone with a bot token try the assistant from a laptop with no public
URL. Either way the same handler turns an update into an `Inbound` and accepts it.

A Telegram bot cannot write first (members start the chat, by the invitation's link) and
Telegram does not answer STOP for us; a 403 means the member blocked the bot.
"""

from __future__ import annotations

import hmac
import json
import logging
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from fastapi import APIRouter, Request, Response
from telegram import Bot, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.request import HTTPXRequest

from bot.channels.base import ASK_FOR_PHONE, Channel, PreparedMessage, step_timeout
from bot.channels.errors import OutcomeUnknown, PermanentFailure, RetryLater
from bot.channels.inbound import Inbound, MediaRef, accept_inbound
from bot.channels.rate_limits import RateLimit
from bot.metrics import WEBHOOK_REJECTED

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
router = APIRouter()

MAX_WEBHOOK_BYTES = 256 * 1024
SECRET_HEADER = "x-telegram-bot-api-secret-token"
SHARE_PHONE_LABEL = "Share my phone number"
ALLOWED_UPDATES = ["message", "callback_query"]
LONGEST_STEP_SECONDS = 5.0  # python-telegram-bot's own default for each step
# httpx errors raised before a request was sent: no connection was made, or none was free.
NEVER_LEFT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class TelegramChannel(Channel):
    name = "telegram"
    first_contact_via = "sms"  # a bot cannot write first: SMS until the member starts a chat
    can_ask_for_phone = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.application: Application | None = None  # type: ignore[type-arg]

    @property
    def configured(self) -> bool:
        return self.settings.telegram_enabled

    @cached_property
    def bot(self) -> Bot:
        """The real Bot client pointed at TELEGRAM_API_URL (a local Bot API server or stand-in)."""
        settings = self.settings
        # Waiting for a connection, connecting, writing, reading: four steps within half the
        # claim lease.
        step = step_timeout(settings, steps=4, longest=LONGEST_STEP_SECONDS)
        return Bot(
            settings.TELEGRAM_BOT_TOKEN or "",
            base_url=f"{settings.TELEGRAM_API_URL}/bot",
            base_file_url=f"{settings.TELEGRAM_API_URL}/file/bot",
            request=HTTPXRequest(
                connect_timeout=step, read_timeout=step, write_timeout=step, pool_timeout=step
            ),
        )

    async def _ready(self) -> Bot:
        """The client, initialised once (it checks the token with getMe). A network failure
        here comes before any message was sent, so it is a plain retry."""
        try:
            await self.bot.initialize()
        except NetworkError as error:
            if isinstance(error, BadRequest):
                raise
            raise RetryLater(reason=f"telegram unreachable: {type(error).__name__}") from error
        return self.bot

    def rate_limits(self, address: str) -> tuple[RateLimit, ...]:
        """Telegram's limits: overall, and per chat."""
        settings = self.settings
        return (
            RateLimit("telegram", settings.RATE_TELEGRAM_PER_SECOND),
            RateLimit(f"telegram:{address}", settings.RATE_TELEGRAM_PER_CHAT_PER_SECOND),
        )

    async def deliver(self, message: PreparedMessage) -> str:
        """Send a text; ASK_FOR_PHONE adds the "share my phone number" button."""
        markup: ReplyKeyboardMarkup | ReplyKeyboardRemove = (
            ReplyKeyboardMarkup(
                [[KeyboardButton(SHARE_PHONE_LABEL, request_contact=True)]],
                one_time_keyboard=True,
                resize_keyboard=True,
            )
            if message.template == ASK_FOR_PHONE
            else ReplyKeyboardRemove()
        )
        bot = await self._ready()
        sent = await bot.send_message(
            chat_id=int(message.address), text=message.body or "", reply_markup=markup
        )
        return str(sent.message_id)

    def map_error(self, error: Exception) -> RetryLater | OutcomeUnknown | PermanentFailure | None:
        """Telegram's answer decides; without one (a timeout, a cut connection after the request
        left) nobody can tell whether the member has the message, and Telegram cannot be asked:
        it goes to staff rather than risk a duplicate."""
        if isinstance(error, RetryAfter):
            retry_after = error.retry_after
            seconds = (
                retry_after.total_seconds()
                if isinstance(retry_after, timedelta)
                else float(retry_after)
            )
            return RetryLater(seconds, "telegram 429")
        if isinstance(error, Forbidden):
            return PermanentFailure("blocked", "the member blocked the bot", member_opted_out=True)
        if isinstance(error, BadRequest):  # a NetworkError subclass: checked first
            return PermanentFailure("bad_request", f"telegram refused: {error.message}")
        if isinstance(error, NetworkError):  # includes TimedOut
            cause = error.__cause__
            answered = cause is None or isinstance(cause, TelegramError)  # a 5xx, say
            if answered or isinstance(cause, NEVER_LEFT):
                return RetryLater(reason=f"telegram: {error.message}")
            return OutcomeUnknown(f"no answer from telegram: {type(cause).__name__}")
        return None

    async def fetch_media(self, source: str, max_bytes: int) -> tuple[bytes, str | None]:
        """Download a file the member sent, by its file_id."""
        file = await (await self._ready()).get_file(source)
        if file.file_size and file.file_size > max_bytes:
            raise ValueError(f"attachment larger than {max_bytes} bytes")
        data = bytes(await file.download_as_bytearray())
        if len(data) > max_bytes:
            raise ValueError(f"attachment larger than {max_bytes} bytes")
        return data, None

    async def start(self, services: Services) -> None:
        """Build the Application and connect it: setWebhook with our secret, or start polling.
        A failure is logged and leaves the webhook answering 503 until restart."""
        settings = self.settings
        if not self.configured:
            return
        builder = (
            Application.builder()
            .token(settings.TELEGRAM_BOT_TOKEN or "")
            .base_url(f"{settings.TELEGRAM_API_URL}/bot")
            .base_file_url(f"{settings.TELEGRAM_API_URL}/file/bot")
        )
        if settings.TELEGRAM_MODE == "webhook":
            builder = builder.updater(None)
        application = builder.build()
        application.add_handler(_accept_update_handler(services))
        self.application = application
        try:
            await application.initialize()
            await application.start()
            if settings.TELEGRAM_MODE == "webhook":
                await application.bot.set_webhook(
                    url=f"{settings.PUBLIC_BASE_URL}/webhooks/telegram",
                    secret_token=settings.TELEGRAM_WEBHOOK_SECRET,
                    allowed_updates=ALLOWED_UPDATES,
                )
            else:
                await application.bot.delete_webhook()
                assert application.updater is not None
                await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            log.info("telegram connected in %s mode", settings.TELEGRAM_MODE)
        except Exception:
            log.exception("telegram could not connect; its webhook answers 503 until restart")

    async def close(self) -> None:
        """Stop receiving and close the sending client."""
        application, self.application = self.application, None
        try:
            if application is not None:
                if application.updater is not None and application.updater.running:
                    await application.updater.stop()
                if application.running:
                    await application.stop()
                await application.shutdown()
            if "bot" in self.__dict__:
                await self.bot.shutdown()
        except Exception:
            log.exception("telegram did not stop cleanly")


def parse_update(update: Update) -> Inbound | None:
    """A Telegram update as a channel-neutral message; None for updates we do not answer
    (edits, channel posts, a member's own bot commands other than /start)."""
    name = TelegramChannel.name
    message = update.message
    if update.callback_query is not None and update.callback_query.message is not None:
        chat_id = str(update.callback_query.message.chat.id)
        data = update.callback_query.data or ""
        return Inbound(name, chat_id, f"update:{update.update_id}", data)
    if message is None:
        return None
    chat_id = str(message.chat.id)
    provider_id = f"update:{update.update_id}"
    if message.contact is not None:
        own = message.from_user is not None and message.contact.user_id == message.from_user.id
        if not own:
            return Inbound(name, chat_id, provider_id, None, kind="unsupported")
        return Inbound(name, chat_id, provider_id, message.contact.phone_number, kind="contact")
    media: list[MediaRef] = []
    if message.photo:
        media.append(MediaRef(message.photo[-1].file_id, "image/jpeg"))
    elif message.document is not None:
        media.append(MediaRef(message.document.file_id, message.document.mime_type))
    text = message.text or message.caption
    if media:
        return Inbound(name, chat_id, provider_id, text, media, kind="media")
    if text is None:
        # stickers, voice notes, locations, videos: answered politely by the pipeline
        return Inbound(name, chat_id, provider_id, None, kind="unsupported")
    return Inbound(name, chat_id, provider_id, text)


def _accept_update_handler(services: Services) -> TypeHandler:  # type: ignore[type-arg]
    async def accept_update(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Accept one update before the webhook (or the poller) moves on."""
        inbound = parse_update(update)
        if inbound is not None:
            await accept_inbound(services, inbound)

    return TypeHandler(Update, accept_update)


def _reject(status: int, reason: str, kind: str) -> Response:
    WEBHOOK_REJECTED.labels(channel=TelegramChannel.name, reason=kind).inc()
    return Response(reason + "\n", status_code=status, media_type="text/plain")


@router.post("/webhooks/telegram")
async def telegram_update(request: Request) -> Response:
    """An update from Telegram: check the secret, accept once, answer 200."""
    services: Services = request.app.state.services
    settings = services.settings
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), settings.TELEGRAM_WEBHOOK_SECRET.encode()):
        return _reject(403, "invalid X-Telegram-Bot-Api-Secret-Token", "forged")
    body = await request.body()
    if len(body) > MAX_WEBHOOK_BYTES:
        return _reject(400, f"body larger than {MAX_WEBHOOK_BYTES} bytes", "malformed")
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return _reject(400, "body is not JSON", "malformed")
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        return _reject(400, "not a Telegram update: update_id missing", "malformed")
    channel = services.channels[TelegramChannel.name]
    application = channel.application if isinstance(channel, TelegramChannel) else None
    if application is None or not application.running:
        return Response("telegram is not connected\n", status_code=503)
    try:
        update = Update.de_json(data, application.bot)
    except (KeyError, TypeError, ValueError):
        return _reject(400, "not a valid Telegram update", "malformed")
    await application.process_update(update)
    return Response(status_code=200)
