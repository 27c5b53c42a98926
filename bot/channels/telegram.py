"""Telegram through python-telegram-bot, in webhook or polling mode.

Webhook mode follows the library's custom-webhook example: an `Application` built with
`updater(None)` and fed from our own route, plus the secret-token check that example leaves
out. Polling mode lets anyone with a bot token try the assistant from a laptop with no public
URL. Either way the same handler turns an update into an `Inbound` and stores it.
"""

from __future__ import annotations

import hmac
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from telegram import Bot, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.channels.inbound import Inbound, MediaRef, store_inbound
from bot.metrics import DUPLICATES, INBOUND, WEBHOOK_REJECTED
from bot.services import Services
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.gateway.pipeline import Pipeline

log = logging.getLogger(__name__)
router = APIRouter()

MAX_WEBHOOK_BYTES = 256 * 1024
SECRET_HEADER = "x-telegram-bot-api-secret-token"
SHARE_PHONE_LABEL = "Share my phone number"


def make_bot(settings: Settings) -> Bot:
    """The real Bot client pointed at TELEGRAM_API_URL (a local Bot API server or stand-in)."""
    return Bot(
        settings.TELEGRAM_BOT_TOKEN or "",
        base_url=f"{settings.TELEGRAM_API_URL}/bot",
        base_file_url=f"{settings.TELEGRAM_API_URL}/file/bot",
    )


def parse_update(update: Update) -> Inbound | None:
    """A Telegram update as a channel-neutral message; None for updates we do not answer
    (edits, channel posts, a member's own bot commands other than /start)."""
    message = update.message
    if update.callback_query is not None and update.callback_query.message is not None:
        chat_id = str(update.callback_query.message.chat.id)
        return Inbound(
            "telegram", chat_id, f"update:{update.update_id}", update.callback_query.data or ""
        )
    if message is None:
        return None
    chat_id = str(message.chat.id)
    provider_id = f"update:{update.update_id}"
    if message.contact is not None:
        own = message.from_user is not None and message.contact.user_id == message.from_user.id
        if not own:
            return Inbound("telegram", chat_id, provider_id, None, kind="unsupported")
        return Inbound(
            "telegram", chat_id, provider_id, message.contact.phone_number, kind="contact"
        )
    media: list[MediaRef] = []
    if message.photo:
        media.append(MediaRef(message.photo[-1].file_id, "image/jpeg"))
    elif message.document is not None:
        media.append(MediaRef(message.document.file_id, message.document.mime_type))
    text = message.text or message.caption
    if media:
        return Inbound("telegram", chat_id, provider_id, text, media, kind="media")
    if text is None:
        # stickers, voice notes, locations, videos: answered politely by the pipeline
        return Inbound("telegram", chat_id, provider_id, None, kind="unsupported")
    return Inbound("telegram", chat_id, provider_id, text)


@dataclass
class TelegramRunner:
    application: Application  # type: ignore[type-arg]
    mode: str


def _store_update_handler(services: Services, pipeline: Pipeline) -> TypeHandler:  # type: ignore[type-arg]
    async def store_update(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Store one update before the webhook (or the poller) moves on."""
        inbound = parse_update(update)
        if inbound is None:
            return

        def store() -> int | None:
            with services.sessions() as session, session.begin():
                return store_inbound(session, inbound)

        if await run_in_threadpool(store) is None:
            DUPLICATES.labels(channel="telegram").inc()
            return
        INBOUND.labels(channel="telegram").inc()
        pipeline.wake()

    return TypeHandler(Update, store_update)


async def start(services: Services, pipeline: Pipeline) -> TelegramRunner | None:
    """Build the Application and connect it: setWebhook with our secret, or start polling."""
    settings = services.settings
    if not settings.telegram_enabled:
        return None
    builder = (
        Application.builder()
        .token(settings.TELEGRAM_BOT_TOKEN or "")
        .base_url(f"{settings.TELEGRAM_API_URL}/bot")
        .base_file_url(f"{settings.TELEGRAM_API_URL}/file/bot")
    )
    if settings.TELEGRAM_MODE == "webhook":
        builder = builder.updater(None)
    application = builder.build()
    application.add_handler(_store_update_handler(services, pipeline))
    runner = TelegramRunner(application, settings.TELEGRAM_MODE)
    try:
        await application.initialize()
        await application.start()
        if runner.mode == "webhook":
            await application.bot.set_webhook(
                url=f"{settings.PUBLIC_BASE_URL}/webhooks/telegram",
                secret_token=settings.TELEGRAM_WEBHOOK_SECRET,
                allowed_updates=["message", "callback_query"],
            )
        else:
            await application.bot.delete_webhook()
            assert application.updater is not None
            await application.updater.start_polling(allowed_updates=["message", "callback_query"])
        log.info("telegram connected in %s mode", runner.mode)
    except Exception:
        log.exception("telegram could not connect; its webhook answers 503 until restart")
    services.telegram = runner
    return runner


async def stop(runner: TelegramRunner | None) -> None:
    if runner is None:
        return
    application = runner.application
    try:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
    except Exception:
        log.exception("telegram did not stop cleanly")


def _reject(status: int, reason: str, kind: str) -> Response:
    WEBHOOK_REJECTED.labels(channel="telegram", reason=kind).inc()
    return Response(reason + "\n", status_code=status, media_type="text/plain")


@router.post("/webhooks/telegram")
async def telegram_update(request: Request) -> Response:
    """An update from Telegram: check the secret, store once, answer 200."""
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
    runner: TelegramRunner | None = getattr(services, "telegram", None)
    if runner is None or not runner.application.running:
        return Response("telegram is not connected\n", status_code=503)
    try:
        update = Update.de_json(data, runner.application.bot)
    except (KeyError, TypeError, ValueError):
        return _reject(400, "not a valid Telegram update", "malformed")
    await runner.application.process_update(update)
    return Response(status_code=200)


class TelegramSender:
    """Sends through the real python-telegram-bot `Bot` (one per worker)."""

    def __init__(self, settings: Settings) -> None:
        self.bot = make_bot(settings)

    async def _ready(self) -> Bot:
        """Initialise the client once (it checks the token with getMe)."""
        await self.bot.initialize()
        return self.bot

    async def send(self, chat_id: str, text: str, *, ask_for_phone: bool = False) -> str:
        """Send a text; `ask_for_phone` adds the "share my phone number" button."""
        markup: ReplyKeyboardMarkup | ReplyKeyboardRemove = (
            ReplyKeyboardMarkup(
                [[KeyboardButton(SHARE_PHONE_LABEL, request_contact=True)]],
                one_time_keyboard=True,
                resize_keyboard=True,
            )
            if ask_for_phone
            else ReplyKeyboardRemove()
        )
        bot = await self._ready()
        message = await bot.send_message(chat_id=int(chat_id), text=text, reply_markup=markup)
        return str(message.message_id)

    async def fetch_media(self, file_id: str, max_bytes: int) -> tuple[bytes, str | None]:
        file = await (await self._ready()).get_file(file_id)
        if file.file_size and file.file_size > max_bytes:
            raise ValueError(f"attachment larger than {max_bytes} bytes")
        data = bytes(await file.download_as_bytearray())
        if len(data) > max_bytes:
            raise ValueError(f"attachment larger than {max_bytes} bytes")
        return data, None
