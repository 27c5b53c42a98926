"""Each adapter sends through the real twilio / python-telegram-bot client and turns what the
provider answers into the two errors the worker knows: RetryLater or PermanentFailure."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest

from bot.channels.base import ASK_FOR_PHONE, UNKNOWN, Channel, PreparedMessage, TemplateContent
from bot.channels.errors import PermanentFailure, RetryLater
from bot.channels.registry import ChannelRegistry
from bot.settings import Settings
from db.types import utcnow
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM, WHATSAPP_FROM

MEMBER = "+447700900123"
CHAT = 555001
NOTHING_LISTENS = "http://127.0.0.1:9"
TEMPLATE = TemplateContent("HX" + "d" * 32, {"1": "Kwame"})


def send(channel: Channel, message: PreparedMessage) -> str | None:
    """One send, as the worker makes it, with the client closed afterwards."""

    async def go() -> str | None:
        try:
            return await channel.send(message)
        finally:
            await channel.close()

    return asyncio.run(go())


def channels(settings: Settings) -> ChannelRegistry:
    return ChannelRegistry(settings)


# --- Twilio --------------------------------------------------------------------------------------


def test_sms_goes_from_our_number_and_asks_for_status_callbacks(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi
) -> None:
    sid = send(channels(stand_in_settings)["sms"], PreparedMessage(MEMBER, "See you Saturday"))
    [sent] = twilio_api.sent_messages()
    assert sent["sid"] == sid
    assert (sent["from"], sent["to"], sent["body"]) == (SMS_FROM, MEMBER, "See you Saturday")
    assert sent["status_callback"] == "https://testserver/webhooks/twilio/status"


def test_whatsapp_template_goes_as_content_without_the_text(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi
) -> None:
    message = PreparedMessage(MEMBER, "We'll reply soon", template="staff_reply", content=TEMPLATE)
    send(channels(stand_in_settings)["whatsapp"], message)
    [sent] = twilio_api.sent_messages()
    assert (sent["from"], sent["to"]) == (WHATSAPP_FROM, f"whatsapp:{MEMBER}")
    assert sent["content_sid"] == TEMPLATE.content_sid
    assert sent["content_variables"] == {"1": "Kwame"}
    assert not sent["body"]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_twilio_busy_or_down_is_retry_later(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi, status: int
) -> None:
    twilio_api.fail_next(status)
    with pytest.raises(RetryLater):
        send(channels(stand_in_settings)["sms"], PreparedMessage(MEMBER, "hello"))
    assert twilio_api.sent_messages() == []


@pytest.mark.parametrize(
    ("channel", "code", "opted_out", "window_closed"),
    [
        ("sms", 21610, True, False),  # the member texted STOP to our number
        ("whatsapp", 63016, False, True),  # free text outside the 24-hour window
        ("sms", 21614, False, False),  # not a mobile number
    ],
)
def test_twilio_refusal_is_a_permanent_failure_with_its_code(
    stand_in_settings: Settings,
    twilio_api: FakeTwilioApi,
    channel: str,
    code: int,
    opted_out: bool,
    window_closed: bool,
) -> None:
    twilio_api.fail_next(code=code)
    with pytest.raises(PermanentFailure) as refused:
        send(channels(stand_in_settings)[channel], PreparedMessage(MEMBER, "hello"))
    assert refused.value.code == str(code)
    assert refused.value.member_opted_out is opted_out
    assert refused.value.window_closed is window_closed


def test_a_number_twilio_rejects_is_a_permanent_failure(stand_in_settings: Settings) -> None:
    with pytest.raises(PermanentFailure) as refused:
        send(channels(stand_in_settings)["sms"], PreparedMessage("+12", "hello"))
    assert refused.value.code == "21211"


def test_twilio_unreachable_is_retry_later(stand_in_settings_with: Callable[..., Settings]) -> None:
    settings = stand_in_settings_with(TWILIO_API_URL=NOTHING_LISTENS)
    with pytest.raises(RetryLater):
        send(channels(settings)["whatsapp"], PreparedMessage(MEMBER, "hello"))


def test_twilio_channel_without_its_sender_number_is_not_configured(
    stand_in_settings_with: Callable[..., Settings],
) -> None:
    settings = stand_in_settings_with(TWILIO_WHATSAPP_FROM=None)
    registry = channels(settings)
    assert registry["sms"].configured and not registry["whatsapp"].configured


def test_a_cut_off_template_send_cannot_be_matched_so_nobody_knows(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi
) -> None:
    sms = channels(stand_in_settings)["sms"]
    assert sms.settle_cut_off(MEMBER, None, utcnow()) == UNKNOWN
    assert twilio_api.requests == []  # not even asked


def test_twilio_media_larger_than_the_limit_is_refused(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi
) -> None:
    url = twilio_api.register_media(b"x" * 2048, "image/jpeg", redirect=True)
    sms = channels(stand_in_settings)["sms"]
    assert asyncio.run(sms.fetch_media(url, 4096)) == (b"x" * 2048, "image/jpeg")
    with pytest.raises(ValueError, match="larger than 1024 bytes"):
        asyncio.run(sms.fetch_media(url, 1024))


def test_sms_and_whatsapp_are_paced_per_sender(stand_in_settings: Settings) -> None:
    registry = channels(stand_in_settings)
    [sms] = registry["sms"].rate_limits(MEMBER)
    [whatsapp] = registry["whatsapp"].rate_limits(MEMBER)
    assert (sms.key, sms.per_second) == (
        f"sms:{SMS_FROM}",
        stand_in_settings.RATE_SMS_PER_SECOND,
    )
    assert (whatsapp.key, whatsapp.per_second) == (
        f"whatsapp:{WHATSAPP_FROM}",
        stand_in_settings.RATE_WHATSAPP_PER_SECOND,
    )


# --- Telegram ------------------------------------------------------------------------------------


def test_telegram_sends_with_the_share_phone_button_only_when_asked(
    stand_in_settings: Settings, telegram_api: FakeTelegramApi
) -> None:
    telegram = channels(stand_in_settings)["telegram"]
    first = send(telegram, PreparedMessage(str(CHAT), "Who are you?", template=ASK_FOR_PHONE))
    send(telegram, PreparedMessage(str(CHAT), "Thanks"))
    asked, plain = telegram_api.sent_messages(chat_id=CHAT)
    assert str(asked["message_id"]) == first
    assert asked["reply_markup"]["keyboard"][0][0]["request_contact"] is True
    assert plain["reply_markup"] == {"remove_keyboard": True}


def test_telegram_429_is_retry_later_after_its_retry_after(
    stand_in_settings: Settings, telegram_api: FakeTelegramApi
) -> None:
    telegram_api.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryLater) as busy:
        send(channels(stand_in_settings)["telegram"], PreparedMessage(str(CHAT), "hello"))
    assert busy.value.after_seconds == 3


@pytest.mark.parametrize(
    ("error_code", "code", "opted_out"),
    [(403, "blocked", True), (400, "bad_request", False)],
)
def test_telegram_refusal_is_a_permanent_failure(
    stand_in_settings: Settings,
    telegram_api: FakeTelegramApi,
    error_code: int,
    code: str,
    opted_out: bool,
) -> None:
    telegram_api.fail_next("sendMessage", error_code)
    with pytest.raises(PermanentFailure) as refused:
        send(channels(stand_in_settings)["telegram"], PreparedMessage(str(CHAT), "hello"))
    assert (refused.value.code, refused.value.member_opted_out) == (code, opted_out)


def test_telegram_server_error_is_retry_later(
    stand_in_settings: Settings, telegram_api: FakeTelegramApi
) -> None:
    telegram_api.fail_next("sendMessage", 500)
    with pytest.raises(RetryLater):
        send(channels(stand_in_settings)["telegram"], PreparedMessage(str(CHAT), "hello"))


def test_telegram_unreachable_is_retry_later(
    stand_in_settings_with: Callable[..., Settings],
) -> None:
    settings = stand_in_settings_with(TELEGRAM_API_URL=NOTHING_LISTENS)
    with pytest.raises(RetryLater):
        send(channels(settings)["telegram"], PreparedMessage(str(CHAT), "hello"))


def test_telegram_media_larger_than_the_limit_is_refused(
    stand_in_settings: Settings, telegram_api: FakeTelegramApi
) -> None:
    photo = telegram_api.register_file(b"p" * 2048, mime_type="image/jpeg")
    telegram = channels(stand_in_settings)["telegram"]

    async def fetch(limit: int) -> tuple[bytes, str | None]:
        try:
            return await telegram.fetch_media(photo.file_id, limit)
        finally:
            await telegram.close()

    assert asyncio.run(fetch(4096))[0] == b"p" * 2048
    with pytest.raises(ValueError, match="larger than 1024 bytes"):
        asyncio.run(fetch(1024))


def test_telegram_is_paced_overall_and_per_chat(stand_in_settings: Settings) -> None:
    limits = channels(stand_in_settings)["telegram"].rate_limits(str(CHAT))
    assert [(limit.key, limit.per_second) for limit in limits] == [
        ("telegram", stand_in_settings.RATE_TELEGRAM_PER_SECOND),
        (f"telegram:{CHAT}", stand_in_settings.RATE_TELEGRAM_PER_CHAT_PER_SECOND),
    ]


def test_a_cut_off_telegram_send_cannot_be_asked(stand_in_settings: Settings) -> None:
    telegram = channels(stand_in_settings)["telegram"]
    since = utcnow() - timedelta(seconds=5)
    assert telegram.settle_cut_off(str(CHAT), "hello", since) == UNKNOWN


# --- the try-it page -----------------------------------------------------------------------------


def test_try_it_replies_reach_no_provider(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> None:
    assert send(channels(stand_in_settings)["web"], PreparedMessage("member:1", "hi")) is None
    assert twilio_api.requests == [] and telegram_api.calls() == []
