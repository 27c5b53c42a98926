"""The whole assistant for end-to-end tests: the real Rasa server on the trained model in
nlu/models, our action server, the gateway with its pipeline and the outbox worker, talking to
the stand-in Twilio and Telegram servers.

Rasa and the action server start once per test session (Rasa needs about 30 s); they share one
database with every test of the session, so each test uses its own members.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from bot.roster import import_roster
from bot.settings import REPO_ROOT
from db.models import Base
from db.session import make_engine, make_session_factory
from tests.conftest import SAMPLE_ROSTER
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway

RASA_START_TIMEOUT = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Assistant:
    """The long-running parts shared by the session's end-to-end tests."""

    var_dir: Path
    config_path: Path
    database_url: str
    rasa_url: str
    rasa_token: str
    actions_port: int
    processes: dict[str, subprocess.Popen[bytes]]

    def stop(self, name: str) -> None:
        process = self.processes[name]
        process.terminate()
        process.wait(timeout=30)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, what: str) -> None:
    deadline = time.monotonic() + RASA_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what} exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"{what} not ready after {RASA_START_TIMEOUT}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    if not list((REPO_ROOT / "nlu" / "models").glob("*.tar.gz")):
        pytest.fail("no trained Rasa model in nlu/models: run `make train` (make test does)")
    var_dir = tmp_path_factory.mktemp("assistant")
    config_path = var_dir / "config.yml"
    shutil.copy(REPO_ROOT / "config.yml", config_path)
    database_url = f"sqlite:///{var_dir / 'assistant.db'}"
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    with make_session_factory(engine)() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "RASA_TOKEN": "e2e-rasa-token",
        "RASA_TRACKER_DB": str(var_dir / "tracker.db"),
        "ACTIONS_PORT": str(actions_port),
        "SECRET_KEY": "e2e-secret-key-" + "x" * 32,
        "RASA_TELEMETRY_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    for name in ("actions", "rasa"):
        log = var_dir / f"{name}.log"
        processes[name] = subprocess.Popen(  # noqa: S603 - our own entry point
            [sys.executable, "-m", "bot", name], cwd=REPO_ROOT, env=env,
            stdout=log.open("wb"), stderr=subprocess.STDOUT,
        )
    assistant = Assistant(var_dir, config_path, database_url, env["RASA_URL"],
                          env["RASA_TOKEN"], actions_port, processes)
    try:
        _wait_ready(f"http://127.0.0.1:{actions_port}/health", processes["actions"],
                    var_dir / "actions.log", "the action server")
        _wait_ready(f"{assistant.rasa_url}/status?token={assistant.rasa_token}",
                    processes["rasa"], var_dir / "rasa.log", "Rasa")
        yield assistant
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def e2e(
    assistant: Assistant, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    """The gateway and worker on the session's assistant, against the stand-ins."""
    settings = gateway_settings(
        assistant.var_dir, assistant.config_path, assistant.database_url, twilio_api,
        telegram_api, RASA_URL=assistant.rasa_url, RASA_TOKEN=assistant.rasa_token,
        ACTIONS_PORT=assistant.actions_port,
    )
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        yield gateway
