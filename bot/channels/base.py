"""The shape of a channel: one adapter class per way members write to us.

A subclass sets the class attributes (its traits, which the pipeline and the queue read without
settings) and implements `deliver` and `map_error`; the registry (`bot.channels.registry`)
builds one of each from Settings. Nothing outside `bot/channels/` asks which channel it holds:
it asks the adapter.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from bot.channels.errors import OutcomeUnknown, PermanentFailure, RetryLater
from bot.channels.keywords import TWILIO_KEYWORDS, Keywords
from bot.channels.rate_limits import RateLimit
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.channels.window import MessagingWindow
    from bot.services import Services

# The outbox `template` that asks a channel able to for a "share my phone number" button.
ASK_FOR_PHONE = "request_contact"


@dataclass(frozen=True)
class TemplateContent:
    """A provider-approved template (Twilio Content) sent in place of free text."""

    content_sid: str
    variables: dict[str, str]


@dataclass(frozen=True)
class PreparedMessage:
    """One outbound message as the worker hands it to a channel.

    `template` names the message's special form (a config template, or ASK_FOR_PHONE);
    `content` is set when the approved template must go instead of `body` (a closed window).
    """

    address: str
    body: str | None
    media_url: str | None = None
    template: str | None = None
    content: TemplateContent | None = None


@dataclass(frozen=True)
class CutOffOutcome:
    """What became of a send cut off by a crash: `sent` True (with the provider's id), False
    (the provider never got it, so it may go again), or None when nobody can tell."""

    sent: bool | None
    provider_id: str | None = None


UNKNOWN = CutOffOutcome(None)


def step_timeout(settings: Settings, steps: int, longest: float) -> float:
    """Seconds each of a send's `steps` network steps (connect, write, read) may take.

    A whole send ends within half the worker's claim lease, so when another worker settles a
    row left `sending` after the lease has lapsed, no live worker can still be making that send.
    """
    return min(longest, settings.WORKER_CLAIM_LEASE_SECONDS / 2 / steps)


class Channel(ABC):
    """One channel: its traits, limits, sending and error mapping, media and receiving."""

    name: ClassVar[str]
    # The address is the member's E.164 phone number: a sender is recognised by the roster's
    # phone, and the channel can write to a member who has never written to it.
    address_is_phone: ClassVar[bool] = False
    # For a channel that cannot write first: the channel that reaches a member who prefers this
    # one until they have started a chat here.
    first_contact_via: ClassVar[str | None] = None
    # The bot confirms STOP itself (the provider does not answer it for us).
    answers_stop: ClassVar[bool] = True
    keywords: ClassVar[Keywords] = TWILIO_KEYWORDS
    # Can offer a "share my phone number" button to a sender it does not know.
    can_ask_for_phone: ClassVar[bool] = False
    # Free text only within this long after the member last wrote; else an approved template.
    window: ClassVar[MessagingWindow | None] = None
    # Only staff use it (the try-it page): kept out of the inbox and of members' choices.
    staff_only: ClassVar[bool] = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def configured(self) -> bool:
        """Whether this deployment has what the channel needs to send (credentials, sender)."""
        return True

    def rate_limits(self, address: str) -> tuple[RateLimit, ...]:
        """The limits one send to `address` counts against (read from Settings)."""
        return ()

    async def send(self, message: PreparedMessage) -> str | None:
        """Send one message and return the provider's id for it.

        Raises RetryLater, OutcomeUnknown or PermanentFailure, never a provider's own error: an
        error `map_error` does not know is a bug and propagates as it is.
        """
        try:
            return await self.deliver(message)
        except (RetryLater, OutcomeUnknown, PermanentFailure):
            raise
        except Exception as error:
            mapped = self.map_error(error)
            if mapped is None:
                raise
            raise mapped from error

    @abstractmethod
    async def deliver(self, message: PreparedMessage) -> str | None:
        """The one API call for a message, raising the provider's own errors."""

    def map_error(self, error: Exception) -> RetryLater | OutcomeUnknown | PermanentFailure | None:
        """The provider's error as RetryLater (it never got the message, or said no for now),
        OutcomeUnknown (the request left and no answer came) or PermanentFailure; None for an
        error it does not know."""
        return None

    async def fetch_media(self, source: str, max_bytes: int) -> tuple[bytes, str | None]:
        """A member's attachment (bytes, content type) from where the inbound message said;
        ValueError when larger than `max_bytes`."""
        raise ValueError(f"{self.name} carries no attachments")

    def can_settle(self, body: str | None) -> bool:
        """Whether `settle_cut_off` can ever tell for a message with this body. When it cannot,
        a send whose outcome is unknown goes to staff at once instead of a lease later."""
        return False

    def settle_cut_off(
        self,
        address: str,
        body: str | None,
        since: datetime,
        recorded: frozenset[str] = frozenset(),
    ) -> CutOffOutcome:
        """Whether a send made since `since`, cut off by a crash or left without an answer,
        reached the provider; `recorded` are the provider ids other rows to this address hold,
        which cannot be this send's. Runs on the worker's recovery thread, once the claim lease
        has lapsed. By default nobody can tell."""
        return UNKNOWN

    async def start(self, services: Services) -> None:
        """Start receiving in the web process (polling, registering a webhook); optional."""
        return None

    async def close(self) -> None:
        """Release the channel's clients when the process stops."""
        return None
