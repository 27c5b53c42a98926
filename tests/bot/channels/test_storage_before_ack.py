"""A webhook is acknowledged only once its message is stored. When storing fails (the database
locked or gone for a moment) Twilio and Telegram get a 5xx and send it again, and the poller
does not confirm the update, so the message arrives later instead of never."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import bot.channels.inbound as inbound_module
from bot.channels.inbound import Inbound, Stored
from bot.settings import Settings
from tests.bot.channels.support import CHIDI_CHAT
from tests.fakes.telegram_api import FakeTelegramApi
from tests.harness import wait_until
from tests.webhook_corpus import WebhookGateway, running_webhook_gateway

SAM = "+447700900201"


@pytest.fixture
def storage_fails_once(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first message stored raises, as SQLite does when another writer holds the lock;
    the list names every message the gateway tried to store."""
    tried: list[str] = []
    store = inbound_module.store_inbound

    def store_or_fail(session: Session, inbound: Inbound, **kwargs: Any) -> Stored | None:
        tried.append(inbound.provider_id)
        if len(tried) == 1:
            raise OperationalError("INSERT INTO messages", {}, Exception("database is locked"))
        return store(session, inbound, **kwargs)

    monkeypatch.setattr(inbound_module, "store_inbound", store_or_fail)
    return tried


@pytest.fixture
def hooks(stand_in_settings: Settings) -> Iterator[WebhookGateway]:
    with running_webhook_gateway(stand_in_settings) as gateway:
        yield gateway


def test_a_twilio_message_that_could_not_be_stored_gets_503_and_its_retry_is_stored_once(
    hooks: WebhookGateway, storage_fails_once: list[str]
) -> None:
    form = {"MessageSid": "SM" + "3" * 32, "From": SAM, "To": "+447700900999", "Body": "hello"}
    assert hooks.post("twilio_messages", form).status == 503
    assert hooks.inbound_count() == 0
    assert hooks.post("twilio_messages", form).status == 200  # Twilio's retry
    assert hooks.post("twilio_messages", form).status == 200
    assert hooks.inbound_count() == 1


def test_a_telegram_update_that_could_not_be_stored_gets_503_and_its_retry_is_stored_once(
    hooks: WebhookGateway, storage_fails_once: list[str], telegram_api: FakeTelegramApi
) -> None:
    update = telegram_api.make_message_update(CHIDI_CHAT, "hello")
    first = hooks.post("telegram", update)
    assert first.status == 503
    assert hooks.inbound_count() == 0
    assert hooks.post("telegram", update).status == 200  # Telegram's retry
    assert hooks.inbound_count() == 1


def test_polling_asks_again_for_an_update_it_could_not_store(
    stand_in_settings_with: Callable[..., Settings],
    telegram_api: FakeTelegramApi,
    storage_fails_once: list[str],
) -> None:
    settings = stand_in_settings_with(
        PUBLIC_BASE_URL="http://127.0.0.1:8000", TELEGRAM_MODE="polling"
    )
    with running_webhook_gateway(settings) as hooks:
        update: dict[str, Any] = telegram_api.push_message(CHIDI_CHAT, "hello")
        wait_until(lambda: hooks.inbound_count() == 1, 15, "the update stored on a second try")
        wait_until(lambda: not telegram_api.pending_updates, 15, "the update confirmed")
        assert storage_fails_once == [f"update:{update['update_id']}"] * 2
        assert hooks.inbound_count() == 1
