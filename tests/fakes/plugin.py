"""Pytest fixtures for the stand-in Twilio and Telegram API servers.

Each server starts once per test session (starting uvicorn costs ~50 ms) and is reset before and
after every test, so tests stay isolated without paying for a new server each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings


@pytest.fixture(scope="session")
def _twilio_api_server() -> Iterator[FakeTwilioApi]:
    """One Twilio stand-in for the whole session; use the ``twilio_api`` fixture instead."""
    server = FakeTwilioApi().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _telegram_api_server() -> Iterator[FakeTelegramApi]:
    """One Telegram stand-in for the whole session; use the ``telegram_api`` fixture instead."""
    server = FakeTelegramApi().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def twilio_api(_twilio_api_server: FakeTwilioApi) -> Iterator[FakeTwilioApi]:
    """A running Twilio REST API stand-in with no recorded requests or queued failures."""
    _twilio_api_server.reset()
    yield _twilio_api_server
    _twilio_api_server.reset()


@pytest.fixture
def telegram_api(_telegram_api_server: FakeTelegramApi) -> Iterator[FakeTelegramApi]:
    """A running Telegram Bot API stand-in with no calls, files, updates or webhook."""
    _telegram_api_server.reset()
    yield _telegram_api_server
    _telegram_api_server.reset()


@pytest.fixture
def stand_in_settings(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Settings:
    """Settings (SQLite) with the real Twilio and Telegram clients pointed at the stand-ins."""
    return gateway_settings(var_dir, config_path, database_url, twilio_api, telegram_api)
