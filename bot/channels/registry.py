"""Every channel, registered in one place.

`CHANNEL_TYPES` lists the adapter classes: their traits need no settings, so the queue and the
roster read them through `channel_type` and the helpers below. `ChannelRegistry` holds one
adapter of each, built from Settings, for the processes that send and receive (the web process
and the worker); `Services.channels` is the one each process uses. Adding a channel: write its
adapter (and its webhook route), then add it here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from fastapi import APIRouter

from bot.channels import telegram, twilio_webhooks
from bot.channels.base import Channel
from bot.channels.telegram import TelegramChannel
from bot.channels.twilio import TwilioSms, TwilioWhatsApp
from bot.channels.web import WebTryIt
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.services import Services

# In the order members are offered them.
CHANNEL_TYPES: dict[str, type[Channel]] = {
    channel.name: channel for channel in (TwilioSms, TwilioWhatsApp, TelegramChannel, WebTryIt)
}
WEBHOOK_ROUTERS: tuple[APIRouter, ...] = (twilio_webhooks.router, telegram.router)
DEFAULT_CHANNEL = TwilioSms.name  # a roster row without a preferred_channel


def channel_type(name: str) -> type[Channel]:
    """The adapter class of a channel name; KeyError for a name no adapter has."""
    return CHANNEL_TYPES[name]


def member_channels() -> tuple[str, ...]:
    """The channels a member may prefer (the roster's `preferred_channel`)."""
    return tuple(name for name, channel in CHANNEL_TYPES.items() if not channel.staff_only)


def phone_channels() -> tuple[str, ...]:
    """The channels whose address is the member's phone number."""
    return tuple(name for name, channel in CHANNEL_TYPES.items() if channel.address_is_phone)


def staff_only_channels() -> tuple[str, ...]:
    """The channels only staff use (kept out of the inbox)."""
    return tuple(name for name, channel in CHANNEL_TYPES.items() if channel.staff_only)


def writes_first(name: str) -> bool:
    """Whether the channel can start a chat with a member; where it cannot (Telegram) the member
    opens it themselves, from the invitation."""
    channel = CHANNEL_TYPES.get(name)
    return channel is None or channel.first_contact_via is None


def first_contact_channel(preferred: str) -> str:
    """Where a member who prefers `preferred` is reached before they have written there."""
    channel = CHANNEL_TYPES.get(preferred)
    return (channel.first_contact_via if channel else None) or preferred


class ChannelRegistry:
    """One adapter per channel type, built from Settings."""

    def __init__(self, settings: Settings) -> None:
        self._channels = {name: kind(settings) for name, kind in CHANNEL_TYPES.items()}

    def __getitem__(self, name: str) -> Channel:
        return self._channels[name]

    def get(self, name: str) -> Channel | None:
        return self._channels.get(name)

    def __iter__(self) -> Iterator[Channel]:
        return iter(self._channels.values())

    @staticmethod
    def routers() -> tuple[APIRouter, ...]:
        """The webhook routes the gateway serves."""
        return WEBHOOK_ROUTERS

    async def start(self, services: Services) -> None:
        """Start receiving on every channel that receives by itself (Telegram)."""
        for channel in self:
            await channel.start(services)

    async def close(self) -> None:
        for channel in self:
            await channel.close()
