"""Shared fixtures: settings pointing at a temporary folder, a migrated database (SQLite by
default, PostgreSQL for tests marked `postgres`), and the sample roster."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

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
