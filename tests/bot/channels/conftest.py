"""A running gateway (webhooks, pipeline, worker) wired to the stand-in Twilio and Telegram
servers, with the sample roster imported. Rasa is not running here (RASA_URL points at a closed
port), so every member message takes the "assistant unavailable" path: an apology, and a case
for staff."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.members.roster import import_roster
from bot.settings import Settings
from tests.conftest import SAMPLE_ROSTER
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway


@pytest.fixture
def gateway(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    with running_gateway(stand_in_settings, twilio_api, telegram_api) as gateway:
        with gateway.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        yield gateway


@pytest.fixture
def stand_in_settings_with(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Callable[..., Settings]:
    """The stand-in settings with some values changed: `stand_in_settings_with(PORT=9000)`."""

    def make(**overrides: object) -> Settings:
        return gateway_settings(
            var_dir, config_path, database_url, twilio_api, telegram_api, **overrides
        )

    return make
