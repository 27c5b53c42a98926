"""One registry of channels: what each channel is, read without asking for it by name
anywhere else."""

from __future__ import annotations

from pathlib import Path

from bot.channels.registry import (
    CHANNEL_TYPES,
    ChannelRegistry,
    channel_type,
    first_contact_channel,
    member_channels,
    phone_channels,
    staff_only_channels,
    writes_first,
)
from bot.settings import Settings
from tests.conftest import make_settings


def test_members_choose_from_sms_whatsapp_and_telegram_and_staff_alone_use_web() -> None:
    assert member_channels() == ("sms", "whatsapp", "telegram")
    assert staff_only_channels() == ("web",)
    assert phone_channels() == ("sms", "whatsapp")


def test_telegram_members_are_reached_by_sms_until_they_start_the_chat() -> None:
    assert first_contact_channel("telegram") == "sms"
    assert not writes_first("telegram")
    assert [first_contact_channel(name) for name in ("sms", "whatsapp")] == ["sms", "whatsapp"]


def test_the_bot_answers_stop_where_twilio_does_not() -> None:
    answers = {name: kind.answers_stop for name, kind in CHANNEL_TYPES.items()}
    assert answers == {"sms": False, "whatsapp": False, "telegram": True, "web": True}
    assert channel_type("telegram").keywords.of("unsubscribe") == "STOP"


def test_without_credentials_only_the_try_it_channel_can_send(
    var_dir: Path, config_path: Path, database_url: str
) -> None:
    registry = ChannelRegistry(make_settings(var_dir, config_path, database_url))
    assert [channel.name for channel in registry if channel.configured] == ["web"]


def test_with_credentials_every_channel_can_send(stand_in_settings: Settings) -> None:
    registry = ChannelRegistry(stand_in_settings)
    assert all(channel.configured for channel in registry)
    assert registry.get("fax") is None
