"""Pytest fixtures for the stand-in Twilio and Telegram API servers.

Each server starts once per test session (starting uvicorn costs ~50 ms) and is reset before and
after every test, so tests stay isolated without paying for a new server each time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi


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
