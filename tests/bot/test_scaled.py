"""`make run-scaled`: it refuses, with one line, what cannot carry several replicas, and starts
two of each process with ports of their own and one Rasa pool."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.scaled import procfile, refusal
from bot.settings import REPO_ROOT, Settings
from tests.assistant import free_port
from tests.conftest import POSTGRES_ADMIN_URL, make_settings

REDIS = "redis://127.0.0.1:6379/13"


def scaled_settings(tmp_path: Path, database_url: str, **overrides: object) -> Settings:
    return make_settings(tmp_path, REPO_ROOT / "config.yml", database_url, **overrides)


@pytest.mark.parametrize(
    ("database_url", "redis_url", "reason"),
    [
        ("sqlite://", REDIS, "DATABASE_URL must name a PostgreSQL database"),
        (POSTGRES_ADMIN_URL, None, "REDIS_URL is not set"),
        (POSTGRES_ADMIN_URL, f"redis://127.0.0.1:{free_port()}/0", "does not answer"),
        (
            f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test",
            REDIS,
            "PostgreSQL at 127.0.0.1",
        ),
    ],
    # Named, not numbered by their URLs: the free ports differ in each pytest-xdist worker.
    ids=["sqlite", "no-redis", "redis-down", "postgresql-down"],
)
def test_settings_that_cannot_carry_replicas_are_refused_with_a_reason(
    tmp_path: Path, database_url: str, redis_url: str | None, reason: str
) -> None:
    settings = scaled_settings(tmp_path, database_url, REDIS_URL=redis_url)
    found = refusal(settings)
    assert found is not None and reason in found and "\n" not in found


def test_telegram_polling_is_refused(tmp_path: Path) -> None:
    settings = scaled_settings(
        tmp_path,
        POSTGRES_ADMIN_URL,
        REDIS_URL=REDIS,
        TELEGRAM_BOT_TOKEN="1:x",
        TELEGRAM_MODE="polling",
    )
    assert "polling" in (refusal(settings) or "")


@pytest.mark.postgres
def test_postgresql_and_redis_that_answer_are_accepted(tmp_path: Path) -> None:
    assert refusal(scaled_settings(tmp_path, POSTGRES_ADMIN_URL, REDIS_URL=REDIS)) is None


def test_the_command_says_why_in_one_line_and_fails(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.scaled", "check"],
        env={"DATABASE_URL": "sqlite:///" + str(tmp_path / "a.db"), "PATH": "/usr/bin"},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "make run-scaled: DATABASE_URL must name a PostgreSQL database (postgresql+psycopg://...)"
    ]


def test_two_of_each_process_with_ports_of_their_own_and_one_rasa_pool(tmp_path: Path) -> None:
    settings = scaled_settings(
        tmp_path, POSTGRES_ADMIN_URL, RASA_URL="http://127.0.0.1:5005", PORT=8000
    )
    lines = dict(line.split(": ", 1) for line in procfile(settings).splitlines())
    assert sorted(lines) == sorted(
        f"{kind}{n}" for kind in ("web", "rasa", "actions", "worker", "scheduler") for n in (1, 2)
    )
    assert "PORT=8000 " in lines["web1"] and "PORT=8001 " in lines["web2"]
    assert "RASA_URL=http://127.0.0.1:5006 ACTIONS_PORT=5056 " in lines["rasa2"]
    assert "ACTIONS_PORT=5056 " in lines["actions2"]
    pool = "RASA_URLS=http://127.0.0.1:5005,http://127.0.0.1:5006 "
    assert all(pool in line for line in lines.values())
