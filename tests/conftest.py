"""Shared fixtures: settings pointing at a temporary folder, a migrated database (SQLite by
default, PostgreSQL for tests marked `postgres`), and the sample roster."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import REPO_ROOT, Settings
from db.models import Base
from db.session import make_engine, make_session_factory

pytest_plugins = ["tests.fakes.plugin", "tests.fakes.s3"]

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
SAMPLE_ROSTER = REPO_ROOT.parent / "shared" / "data" / "roster-sample.csv"
if not SAMPLE_ROSTER.exists():  # CI clones beside a copy of shared/
    SAMPLE_ROSTER = Path(__file__).parent / "data" / "roster-sample.csv"


RUN_NOTES = pytest.StashKey[list[str]]()


def print_run_notes(config: pytest.Config, lines: list[str]) -> None:
    """Lines for the person watching the run (what a survey tried and found): printed at once,
    or, on a pytest-xdist worker, whose output nobody sees, handed to the controller, which
    prints them after the tests (`pytest_terminal_summary`)."""
    worker_output = getattr(config, "workeroutput", None)
    if worker_output is not None:
        worker_output.setdefault("run_notes", []).extend(lines)
        return
    writer = config.get_terminal_writer()
    capture = config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else nullcontext():
        writer.line()
        for line in lines:
            writer.line(line)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """A pytest-xdist worker finished: keep the notes it handed over."""
    notes = getattr(node, "workeroutput", {}).get("run_notes", [])
    node.config.stash.setdefault(RUN_NOTES, []).extend(notes)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    for line in config.stash.get(RUN_NOTES, []):
        terminalreporter.write_line(line)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a pytest-xdist worker (`make test`: `--dist loadfile --no-loadscope-reorder`, each
    module whole to one worker, in the order collected), the modules that start Rasa servers
    come first: those marked `rasa` (the fault suite, the replicated cluster: one long test or
    a few), then tests/e2e/ (on the session's Rasa server). The slowest work starts first and
    the many short modules fill in after it, rather than one long module running alone at the
    end. Every worker sorts the same collection the same way, as xdist requires."""
    if not hasattr(config, "workerinput"):
        return
    items.sort(key=_start_order)


def _start_order(item: pytest.Item) -> int:
    if item.get_closest_marker("rasa") is not None:
        return 0
    return 1 if "assistant" in getattr(item, "fixturenames", ()) else 2


@pytest.fixture
def var_dir(tmp_path: Path) -> Path:
    path = tmp_path / "var"
    path.mkdir()
    return path


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    """A copy of the shipped config.yml that a test may edit."""
    path = tmp_path / "config.yml"
    shutil.copy(REPO_ROOT / "config.yml", path)
    return path


def make_settings(
    var_dir: Path, config_path: Path, database_url: str, **overrides: object
) -> Settings:
    """Settings for one test: its own database, media folder (or the MEDIA_STORE it is
    given) and secrets."""
    values: dict[str, object] = {
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": config_path,
        "SECRET_KEY": "test-secret-key-" + "x" * 32,
        "RASA_TOKEN": "test-rasa-token-0123456789",
        "ACTIONS_SECRET": "test-actions-secret",
        "FEEDBACK_KEY": "test-feedback-key-" + "x" * 32,
        "TELEGRAM_WEBHOOK_SECRET": "test-telegram-secret",
        "MEDIA_DIR": var_dir / "media",
        "PUBLIC_BASE_URL": "https://testserver",
        "RASA_URL": "http://127.0.0.1:9",  # nothing listens: tests that need Rasa start one
        # Nothing listening is the usual case here: no half-second wait before the apology.
        "RASA_RETRY_SECONDS": 0.0,
        "TELEGRAM_MODE": "webhook",
    }
    values.update(overrides)
    if "MEDIA_STORE" in overrides and "MEDIA_DIR" not in overrides:
        values.pop("MEDIA_DIR")
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def database_url(var_dir: Path) -> str:
    url = f"sqlite:///{var_dir / 'test.db'}"
    Base.metadata.create_all(make_engine(url))
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL schema for one test. Fails (never skips) under CI when PostgreSQL
    cannot be reached, because CI must prove the production database works."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable at {POSTGRES_ADMIN_URL}: {error}")
        pytest.skip(f"PostgreSQL unreachable: {error}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_ADMIN_URL else "?"
    yield f"{POSTGRES_ADMIN_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def settings(var_dir: Path, config_path: Path, database_url: str) -> Settings:
    return make_settings(var_dir, config_path, database_url)


@pytest.fixture
def sessions(settings: Settings) -> sessionmaker[Session]:
    return make_session_factory(make_engine(settings.DATABASE_URL))
