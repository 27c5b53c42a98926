"""Telegram through python-telegram-bot: the adapter, and receiving in webhook or polling mode.

Either way an update is acknowledged only once it is stored: the webhook answers 2xx after
storing (5xx when it could not, so Telegram sends it again), and the poller confirms an update
(the next getUpdates offset) only after storing it. The raw update is checked against
`telegram_updates`' schemas before anything reads it, so it never reaches python-telegram-bot's
parser (which raises on a wrong type, and behind `Application.process_update` would swallow a
storage failure). Polling mode lets anyone with a bot token try the assistant from a laptop with
no public URL.

A Telegram bot cannot write first (members start the chat, by the invitation's link) and
Telegram does not answer STOP for us; a 403 means the member blocked the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from fastapi import APIRouter, Request, Response
from pydantic import ValidationError
from telegram import Bot, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot.channels.base import ASK_FOR_PHONE, Channel, PreparedMessage, step_timeout
from bot.channels.errors import OutcomeUnknown, PermanentFailure, RetryLater
from bot.channels.inbound import Inbound, accept_inbound, record_blocked
from bot.channels.rate_limits import RateLimit
from bot.channels.telegram_updates import CHANNEL_NAME, BlockedBot, TelegramUpdate, decide
from bot.channels.webhook_bodies import BodyTooLarge, first_problem, load_json, read_capped_body
from bot.metrics import WEBHOOK_REJECTED

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
router = APIRouter()

MAX_WEBHOOK_BYTES = 256 * 1024
SECRET_HEADER = "x-telegram-bot-api-secret-token"
SHARE_PHONE_LABEL = "Share my phone number"
ALLOWED_UPDATES = [
    "message",
    "edited_message",
    "message_reaction",
    "callback_query",
    "my_chat_member",
]
LONG_POLL_SECONDS = 10
RETRY_SECONDS = 2.0  # before asking again for an update that could not be stored
LONGEST_STEP_SECONDS = 5.0  # python-telegram-bot's own default for each step
# httpx errors raised before a request was sent: no connection was made, or none was free.
NEVER_LEFT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class UpdateRefused(Exception):
    """The update breaks the schema: refused (400), never stored."""


async def receive_update(services: Services, data: Any) -> None:
    """Check one raw update and act on it. UpdateRefused when it is malformed; any other
    exception means it was not stored and must be asked for again."""
    try:
        update = TelegramUpdate.model_validate(data)
    except ValidationError as error:
        raise UpdateRefused(first_problem(error)) from error
    decision = decide(update)
    if isinstance(decision, Inbound):
        await accept_inbound(services, decision)
    elif isinstance(decision, BlockedBot):
        await record_blocked(services, CHANNEL_NAME, decision.address)


class TelegramChannel(Channel):
    name = CHANNEL_NAME
    first_contact_via = "sms"  # a bot cannot write first: SMS until the member starts a chat
    can_ask_for_phone = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._poller: asyncio.Task[None] | None = None

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
            return RetryLater(seconds, "telegram 429", throttled=True)
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
        """Connect: setWebhook with our secret, or start polling. A failure to register the
        webhook is logged; the route still stores what Telegram posts."""
        settings = self.settings
        if not self.configured:
            return
        try:
            bot = await self._ready()
            if settings.TELEGRAM_MODE == "webhook":
                await bot.set_webhook(
                    url=f"{settings.PUBLIC_BASE_URL}/webhooks/telegram",
                    secret_token=settings.TELEGRAM_WEBHOOK_SECRET,
                    allowed_updates=ALLOWED_UPDATES,
                )
            else:
                await bot.delete_webhook()
                self._poller = asyncio.get_running_loop().create_task(self._poll(services))
            log.info("telegram connected in %s mode", settings.TELEGRAM_MODE)
        except Exception:
            log.exception("telegram could not connect; restart the gateway to try again")

    async def _poll(self, services: Services) -> None:
        """getUpdates in a loop, confirming each update (the next offset) only once it is
        stored; an update that could not be stored is asked for again after a pause."""
        offset: int | None = None
        while True:
            try:
                updates = await self._get_updates(offset)
            except Exception as error:  # noqa: BLE001 - the network or Telegram: ask again
                log.warning("telegram getUpdates failed: %s", type(error).__name__)
                await asyncio.sleep(RETRY_SECONDS)
                continue
            for data in updates:
                update_id = data.get("update_id") if isinstance(data, dict) else None
                try:
                    await receive_update(services, data)
                except UpdateRefused as refused:
                    log.warning("telegram update %s refused: %s", update_id, refused)
                except Exception:
                    log.exception("telegram update %s not stored; asking again", update_id)
                    await asyncio.sleep(RETRY_SECONDS)
                    break
                if isinstance(update_id, int):
                    offset = update_id + 1

    async def _get_updates(self, offset: int | None) -> list[Any]:
        """The raw updates after `offset` (JSON, unparsed: our schemas read them)."""
        parameters: dict[str, Any] = {
            "timeout": LONG_POLL_SECONDS,
            "allowed_updates": ALLOWED_UPDATES,
        }
        if offset is not None:
            parameters["offset"] = offset
        # Bot.get_updates would parse the updates itself; the Bot API's method names are
        # case-insensitive, and this spelling keeps python-telegram-bot from pointing at it.
        result = await self.bot.do_api_request(
            "getupdates", api_kwargs=parameters, read_timeout=LONG_POLL_SECONDS + 10
        )
        return result if isinstance(result, list) else []

    async def close(self) -> None:
        """Stop polling and close the sending client."""
        poller, self._poller = self._poller, None
        if poller is not None:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
        try:
            if "bot" in self.__dict__:
                await self.bot.shutdown()
        except Exception:
            log.exception("telegram did not stop cleanly")


def _reject(status: int, reason: str, kind: str) -> Response:
    WEBHOOK_REJECTED.labels(channel=CHANNEL_NAME, reason=kind).inc()
    return Response(reason + "\n", status_code=status, media_type="text/plain")


@router.post("/webhooks/telegram")
async def telegram_update(request: Request) -> Response:
    """An update from Telegram: check the secret and the schema, store, then answer 200."""
    services: Services = request.app.state.services
    settings = services.settings
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), settings.TELEGRAM_WEBHOOK_SECRET.encode()):
        return _reject(403, "invalid X-Telegram-Bot-Api-Secret-Token", "forged")
    if not services.channels[CHANNEL_NAME].configured:
        return Response("telegram is not configured\n", status_code=503)
    try:
        data = load_json(await read_capped_body(request, MAX_WEBHOOK_BYTES))
    except BodyTooLarge as error:
        return _reject(413, str(error), "too_large")
    except ValueError:
        return _reject(400, "body is not JSON", "malformed")
    try:
        await receive_update(services, data)
    except UpdateRefused as refused:
        return _reject(400, f"not a valid Telegram update: {refused}", "malformed")
    except Exception:
        log.exception("telegram update not stored; answering 503 for a retry")
        return Response("not stored, please retry\n", status_code=503, media_type="text/plain")
    return Response(status_code=200)
