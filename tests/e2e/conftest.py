"""The whole assistant for end-to-end tests: the real Rasa server on the trained model in
nlu/models, our action server, the gateway with its pipeline and the outbox worker, talking to
the stand-in Twilio and Telegram servers.

Rasa and the action server start once per test session (Rasa needs about 30 s); they share one
database with every test of the session, so each test uses its own members.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from bot.config import load_config
from bot.members.roster import import_roster
from bot.settings import REPO_ROOT, Settings
from db.models import Base
from db.session import make_engine, make_session_factory
from db.types import utcnow
from tests.assistant import STAFF_ALERT_NUMBER, Assistant, running_assistant
from tests.conftest import SAMPLE_ROSTER
from tests.e2e.people import retire_made_members
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    var_dir = tmp_path_factory.mktemp("assistant")
    config_path = var_dir / "config.yml"
    shutil.copy(REPO_ROOT / "config.yml", config_path)
    database_url = f"sqlite:///{var_dir / 'assistant.db'}"
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    with make_session_factory(engine)() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
    try:
        with running_assistant(var_dir, config_path, database_url) as assistant:
            yield assistant
    except RuntimeError as error:
        pytest.fail(str(error))


def e2e_settings(
    assistant: Assistant,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    **overrides: object,
) -> Settings:
    """The gateway's settings on the session's assistant: its database, Rasa and action
    server, urgent alerts to STAFF_ALERT_NUMBER, the stand-in providers."""
    values: dict[str, object] = {
        "RASA_URL": assistant.rasa_url,
        "RASA_TOKEN": assistant.rasa_token,
        "ACTIONS_PORT": assistant.actions_port,
        "STAFF_ALERT_CHANNEL": "sms",
        "STAFF_ALERT_ADDRESS": STAFF_ALERT_NUMBER,
        "RATE_TELEGRAM_PER_CHAT_PER_SECOND": 50.0,  # Telegram's 1/s per chat would slow tests
    }
    values.update(overrides)
    return gateway_settings(
        assistant.var_dir,
        assistant.config_path,
        assistant.database_url,
        twilio_api,
        telegram_api,
        **values,
    )


@pytest.fixture
def e2e(
    assistant: Assistant, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    """The gateway and worker on the session's assistant, against the stand-ins."""
    settings = e2e_settings(assistant, twilio_api, telegram_api)
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        yield gateway


@pytest.fixture
def e2e_without_rasa(
    assistant: Assistant, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    """The same gateway and worker with Rasa unreachable (nothing listens on its port)."""
    settings = e2e_settings(assistant, twilio_api, telegram_api, RASA_URL="http://127.0.0.1:9")
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        yield gateway


@pytest.fixture(autouse=True)
def _made_members_retired() -> Iterator[None]:
    """Members a test made for itself are withdrawn when it ends (see tests/e2e/people.py)."""
    yield
    retire_made_members()


@pytest.fixture
def session_soon(e2e: Gateway) -> Iterator[str]:
    """config.yml with a session starting in a few minutes (restored afterwards)."""
    path: Path = e2e.settings.ASSEMBLY_CONFIG
    original = path.read_text()
    data = yaml.safe_load(original)
    tz = load_config(path).tz
    start = (utcnow().astimezone(tz)).replace(second=0, microsecond=0)
    starts, ends = start + timedelta(minutes=5), start + timedelta(minutes=65)
    data["sessions"].insert(
        0,
        {
            "id": "soon",
            "title": "Briefing evening",
            "starts": f"{starts:%Y-%m-%dT%H:%M}",
            "ends": f"{ends:%Y-%m-%dT%H:%M}",
            "venue": "town-hall",
            "catering": "Tea and biscuits",
        },
    )
    # Keep quiet hours away from now, so the test does not depend on the time of day.
    quiet_start = start + timedelta(hours=6)
    data["quiet_hours"] = {
        "start": f"{quiet_start:%H:%M}",
        "end": f"{quiet_start + timedelta(hours=1):%H:%M}",
    }
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    try:
        yield "soon"
    finally:
        path.write_text(original)
