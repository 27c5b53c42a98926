"""The fault proxy does to the real clients what a bad network does: a request cut before the
provider saw it, an answer lost after the provider took the message, a refused connection."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
import requests
import telegram
from twilio.rest import Client

from tests.fakes.faults import FaultyLink
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

SMS_FROM = "+447700900999"
MEMBER = "+447700900123"


@pytest.fixture
def twilio_link(twilio_api: FakeTwilioApi) -> Iterator[FaultyLink]:
    link = FaultyLink(twilio_api.port).start()
    yield link
    link.stop()


def client_through(link: FaultyLink, twilio_api: FakeTwilioApi) -> Client:
    client = Client(twilio_api.account_sid, twilio_api.auth_token)
    client.api.base_url = link.base_url
    return client


@pytest.mark.parametrize(
    ("before", "taken"), [(True, []), (False, ["cut"])], ids=["before-it-arrived", "answer-lost"]
)
def test_a_cut_connection_fails_the_send_and_the_provider_has_it_only_when_cut_after(
    twilio_api: FakeTwilioApi, twilio_link: FaultyLink, before: bool, taken: list[str]
) -> None:
    client = client_through(twilio_link, twilio_api)
    twilio_link.drop_next(before=before)
    with pytest.raises(requests.ConnectionError):
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="cut")
    assert [m["body"] for m in twilio_api.sent_messages()] == taken
    client.messages.create(from_=SMS_FROM, to=MEMBER, body="next")  # only that one was cut
    assert [m["body"] for m in twilio_api.sent_messages()] == [*taken, "next"]
    counts = twilio_link.counts
    assert (counts.dropped_before, counts.dropped_after) == ((1, 0) if before else (0, 1))


def test_a_refused_connection_fails_before_sending_and_listening_resumes(
    twilio_api: FakeTwilioApi, twilio_link: FaultyLink
) -> None:
    client = client_through(twilio_link, twilio_api)
    twilio_link.refuse_for(0.5)
    with pytest.raises(requests.ConnectionError, match=r"(?i)refused"):
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="refused")
    time.sleep(0.8)
    client.messages.create(from_=SMS_FROM, to=MEMBER, body="after")
    assert [m["body"] for m in twilio_api.sent_messages()] == ["after"]


def test_only_sends_are_cut_and_telegram_is_cut_too(telegram_api: FakeTelegramApi) -> None:
    link = FaultyLink(telegram_api.port).start()
    link.drop_next(before=False)

    async def scenario() -> None:
        bot = telegram.Bot(
            telegram_api.token,
            base_url=f"{link.base_url}/bot",
            base_file_url=f"{link.base_url}/file/bot",
        )
        async with bot:  # getMe passes untouched
            with pytest.raises(telegram.error.NetworkError):
                await bot.send_message(chat_id=1, text="taken")

    try:
        asyncio.run(scenario())
    finally:
        link.stop()
    assert [m["text"] for m in telegram_api.sent_messages()] == ["taken"]
