"""SMS and WhatsApp through Twilio: the two adapters and the client they share.

Both send through twilio's real `Client` pointed at TWILIO_API_URL (a stand-in in tests) and map
its errors the same way; they differ in sender, address spelling, rate limits, and WhatsApp's
24-hour window. Twilio answers STOP on both itself. The webhooks are in `twilio_webhooks`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from abc import abstractmethod
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, ClassVar

import httpx
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import ConnectTimeoutError

from bot.channels.base import UNKNOWN, Channel, CutOffOutcome, PreparedMessage, step_timeout
from bot.channels.errors import OutcomeUnknown, PermanentFailure, RetryLater
from bot.channels.rate_limits import RateLimit
from bot.channels.window import MessagingWindow

log = logging.getLogger(__name__)

OPTED_OUT_ERROR = 21610  # "Attempt to send to unsubscribed recipient"
WHATSAPP_WINDOW_CLOSED_ERROR = 63016  # free-form message outside the 24-hour window
# Looking up a send a dead worker may have made: how far back Twilio's record may differ from
# our clock (its dates are whole seconds), and how many of the recipient's newest messages to read.
CLOCK_SKEW = timedelta(minutes=1)
LOOKBACK_MESSAGES = 20
MEDIA_TIMEOUT_SECONDS = 20
LONGEST_STEP_SECONDS = 15.0  # connecting, or waiting for Twilio's answer


def never_left(error: requests.RequestException) -> bool:
    """Whether a failed request provably never reached Twilio: the connection was refused or
    timed out before it was made (NewConnectionError is a ConnectTimeoutError in urllib3)."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    cause = error.args[0] if isinstance(error, requests.ConnectionError) and error.args else None
    return isinstance(getattr(cause, "reason", None), ConnectTimeoutError)


def failure_for_code(code: int | None, reason: str = "") -> PermanentFailure:
    """A Twilio error code as a permanent failure, with what it means for the member."""
    return PermanentFailure(
        str(code),
        reason,
        member_opted_out=code == OPTED_OUT_ERROR,
        window_closed=code == WHATSAPP_WINDOW_CLOSED_ERROR,
    )


class TwilioChannel(Channel):
    """What SMS and WhatsApp share: the client, sending, error mapping, media, recovery."""

    address_is_phone = True
    answers_stop = False  # Twilio confirms STOP on SMS and WhatsApp itself
    prefix: ClassVar[str] = ""  # how Twilio spells this channel's addresses

    @property
    @abstractmethod
    def sender(self) -> str | None:
        """Our number on this channel, as Twilio spells it."""

    @property
    def configured(self) -> bool:
        return self.settings.twilio_enabled and bool(self.sender)

    @cached_property
    def client(self) -> Client:
        """The real twilio `Client`, created on first use."""
        settings = self.settings
        # Connecting and waiting for the answer: two steps within half the claim lease.
        http_client = TwilioHttpClient(
            timeout=step_timeout(settings, steps=2, longest=LONGEST_STEP_SECONDS)
        )
        client = Client(
            settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http_client
        )
        client.api.base_url = settings.TWILIO_API_URL
        return client

    def recipient(self, address: str) -> str:
        return f"{self.prefix}{address}"

    async def deliver(self, message: PreparedMessage) -> str:
        return await asyncio.to_thread(self._create, message)

    def _create(self, message: PreparedMessage) -> str:
        kwargs: dict[str, Any] = {
            "from_": self.sender,
            "to": self.recipient(message.address),
            "status_callback": f"{self.settings.PUBLIC_BASE_URL}/webhooks/twilio/status",
        }
        if message.content is not None:
            kwargs["content_sid"] = message.content.content_sid
            kwargs["content_variables"] = json.dumps(message.content.variables)
        else:
            kwargs["body"] = message.body or ""
        if message.media_url:
            kwargs["media_url"] = [message.media_url]
        return self.client.messages.create(**kwargs).sid

    def map_error(self, error: Exception) -> RetryLater | OutcomeUnknown | PermanentFailure | None:
        """Twilio's answer decides; without one, only a request that never left is safe to
        retry. A read timeout or a connection cut after sending may have left Twilio with the
        message: `settle_cut_off` asks it later."""
        if isinstance(error, TwilioRestException):
            if error.status == 429 or error.status >= 500:
                return RetryLater(reason=f"twilio {error.status}", throttled=error.status == 429)
            return failure_for_code(error.code, f"twilio refused: {error.msg}")
        if isinstance(error, requests.RequestException) and never_left(error):
            return RetryLater(reason=f"twilio unreachable: {type(error).__name__}")
        if isinstance(error, requests.RequestException | OSError):
            return OutcomeUnknown(f"no answer from twilio: {type(error).__name__}")
        return None

    def find_sent(
        self, address: str, body: str, since: datetime, recorded: frozenset[str] = frozenset()
    ) -> str | None:
        """The sid of a message with this body that Twilio took for this recipient since
        `since` and that no other row holds (`recorded`), or None. The oldest such one: the
        member may have been sent the same text again since, by a later row."""
        earliest = since - CLOCK_SKEW
        messages = self.client.messages.list(to=self.recipient(address), limit=LOOKBACK_MESSAGES)
        found = [
            message.sid
            for message in messages  # newest first
            if message.body == body
            and message.date_created is not None
            and message.date_created >= earliest
            and message.sid not in recorded
        ]
        return found[-1] if found else None

    def can_settle(self, body: str | None) -> bool:
        """A message with a body can be looked up; a template (no body) cannot be matched."""
        return bool(body) and self.settings.twilio_enabled

    def settle_cut_off(
        self,
        address: str,
        body: str | None,
        since: datetime,
        recorded: frozenset[str] = frozenset(),
    ) -> CutOffOutcome:
        """Ask Twilio whether it has the message. An unreachable Twilio cannot answer: nobody
        knows then."""
        if body is None or not self.can_settle(body):
            return UNKNOWN
        try:
            sid = self.find_sent(address, body, since, recorded)
        except (TwilioRestException, requests.RequestException, OSError) as error:
            log.warning("could not ask Twilio about a cut-off send (%s)", type(error).__name__)
            return UNKNOWN
        return CutOffOutcome(sid is not None, sid)

    async def fetch_media(self, source: str, max_bytes: int) -> tuple[bytes, str | None]:
        """Download a member's attachment with the account's credentials."""
        return await asyncio.to_thread(self._download, source, max_bytes)

    def _download(self, url: str, max_bytes: int) -> tuple[bytes, str | None]:
        auth = (self.settings.TWILIO_ACCOUNT_SID or "", self.settings.TWILIO_AUTH_TOKEN or "")
        with (
            httpx.Client(timeout=MEDIA_TIMEOUT_SECONDS, follow_redirects=True, auth=auth) as client,
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


class TwilioSms(TwilioChannel):
    name = "sms"

    @property
    def sender(self) -> str | None:
        return self.settings.TWILIO_SMS_FROM

    def rate_limits(self, address: str) -> tuple[RateLimit, ...]:
        """Per sender number: a long code's limit is per number, whoever it writes to."""
        return (RateLimit(f"sms:{self.sender}", self.settings.RATE_SMS_PER_SECOND),)


class TwilioWhatsApp(TwilioChannel):
    name = "whatsapp"
    prefix = "whatsapp:"
    window = MessagingWindow(timedelta(hours=24))

    @property
    def sender(self) -> str | None:
        return self.settings.TWILIO_WHATSAPP_FROM

    def rate_limits(self, address: str) -> tuple[RateLimit, ...]:
        """Per sender, as for SMS: the WhatsApp Business number's throughput."""
        return (RateLimit(f"whatsapp:{self.sender}", self.settings.RATE_WHATSAPP_PER_SECOND),)
