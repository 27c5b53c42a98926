"""Rasa's conversation state (its tracker store) stays with the database it belongs to: beside a
SQLite database file, in a schema of its own on a PostgreSQL server. A fresh or restored
database never meets another database's conversations, and erasing a member reaches it.

Rasa's own SQLTrackerStore (from .venv-rasa) writes the events, reading the endpoints file that
`python -m bot rasa` writes, so these tests prove where Rasa really puts them."""

from __future__ import annotations

import argparse
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Column, MetaData, String, Table, create_engine, inspect, select, text

import bot.cli_processes
from bot.app import create_app
from bot.security import new_api_token, token_hash
from bot.settings import REPO_ROOT, Settings
from db.models import ApiToken, Base, ChannelIdentity, Conversation, Member, StaffUser
from db.session import make_engine, make_session_factory
from tests.conftest import POSTGRES_ADMIN_URL, make_settings

RASA_PYTHON = REPO_ROOT / ".venv-rasa" / "bin" / "python"
# Saves one tracker through Rasa's tracker store, configured from an endpoints file.
RASA_SAVES_A_TRACKER = """
import asyncio, sys
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

endpoint = read_endpoint_config(sys.argv[1], "tracker_store")
store = TrackerStore.create(endpoint, Domain.empty())
tracker = DialogueStateTracker.from_events(sys.argv[2], [UserUttered(sys.argv[3])])
asyncio.run(store.save(tracker))
"""


def rasa_start(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str]]:
    """What `python -m bot rasa` hands Rasa: its endpoints file and its environment."""
    started: dict[str, Any] = {}

    def exec_rasa(_path: str, argv: list[str], env: dict[str, str] | None = None) -> None:
        started.update(argv=argv, env=dict(env if env is not None else os.environ))

    monkeypatch.setattr(bot.cli_processes, "get_settings", lambda: settings)
    monkeypatch.setattr(os, "environ", dict(os.environ))  # whatever it sets stays in this test
    monkeypatch.setattr(os, "execv", exec_rasa)
    monkeypatch.setattr(os, "execve", exec_rasa, raising=False)
    monkeypatch.setattr(os, "chdir", lambda _path: None)
    bot.cli_processes.cmd_rasa(argparse.Namespace())
    argv = started["argv"]
    return Path(argv[argv.index("--endpoints") + 1]), started["env"]


def rasa_saves(endpoints: Path, env: dict[str, str], sender: str, words: str) -> None:
    """Rasa's tracker store, as `python -m bot rasa` configures it, saves one conversation."""
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", RASA_SAVES_A_TRACKER, str(endpoints), sender, words],
        env={**env, "SQLALCHEMY_SILENCE_UBER_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT / "nlu",
    )
    assert done.returncode == 0, done.stderr[-3000:]


def sqlite_settings(tmp_path: Path, name: str) -> Settings:
    folder = tmp_path / name
    folder.mkdir()
    url = f"sqlite:///{folder / 'assembly.db'}"
    return make_settings(folder, REPO_ROOT / "config.yml", url)


def senders_in(url: str) -> set[str]:
    with make_engine(url).connect() as connection:
        return set(connection.execute(text("SELECT sender_id FROM events")).scalars())


def test_rasa_keeps_a_sqlite_databases_conversations_in_a_file_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = sqlite_settings(tmp_path, "first"), sqlite_settings(tmp_path, "second")
    endpoints, env = rasa_start(first, monkeypatch)
    rasa_saves(endpoints, env, "probe-sender", "hello from the first database")

    beside = tmp_path / "first" / "assembly.rasa-tracker.db"
    assert beside.exists()
    assert senders_in(f"sqlite:///{beside}") == {"probe-sender"}
    # Another database (a fresh one, a restored copy) has a store of its own.
    other_endpoints, _ = rasa_start(second, monkeypatch)
    assert str(beside) not in other_endpoints.read_text()


def test_rasa_tracker_db_still_overrides_where_the_sqlite_tracker_store_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere" / "tracker.db"
    settings = sqlite_settings(tmp_path, "db").model_copy(update={"RASA_TRACKER_DB": chosen})
    endpoints, env = rasa_start(settings, monkeypatch)
    rasa_saves(endpoints, env, "probe-sender", "hello")
    assert senders_in(f"sqlite:///{chosen}") == {"probe-sender"}


def our_schema(database_url: str) -> str:
    """The test's own schema (the postgres_url fixture picks it with a search_path)."""
    return database_url.rsplit("%3D", 1)[-1]


def senders_in_schema(schema: str) -> set[str]:
    events = Table("events", MetaData(), Column("sender_id", String), schema=schema)
    with make_engine(POSTGRES_ADMIN_URL).connect() as connection:
        return set(connection.execute(select(events.c.sender_id)).scalars())


@pytest.fixture
def postgres_settings(postgres_url: str, tmp_path: Path) -> Any:
    """Settings on a fresh PostgreSQL schema; Rasa's schema beside it is dropped afterwards."""
    Base.metadata.create_all(make_engine(postgres_url))
    yield make_settings(tmp_path, REPO_ROOT / "config.yml", postgres_url)
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    schema = our_schema(postgres_url)
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}_rasa" CASCADE'))
    admin.dispose()


@pytest.mark.postgres
def test_on_postgresql_rasa_keeps_its_conversations_in_a_schema_of_the_same_database(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoints, env = rasa_start(postgres_settings, monkeypatch)
    rasa_saves(endpoints, env, "probe-sender", "hello from postgres")

    ours = our_schema(postgres_settings.DATABASE_URL)
    admin = make_engine(POSTGRES_ADMIN_URL)
    assert "events" not in inspect(admin).get_table_names(schema=ours)
    assert "events" in inspect(admin).get_table_names(schema=f"{ours}_rasa")
    assert senders_in_schema(f"{ours}_rasa") == {"probe-sender"}


@pytest.mark.postgres
def test_erasing_a_member_on_postgresql_deletes_their_conversation_from_rasas_store(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = make_session_factory(make_engine(postgres_settings.DATABASE_URL))
    token = new_api_token()
    with sessions() as session, session.begin():
        admin = StaffUser(email="admin@council.example", role="admin", password_hash="x")
        member = Member(first_name="Ada", last_name="Byron", phone="+447700900401", invite_code="A")
        session.add_all([admin, member])
        session.flush()
        session.add(ApiToken(staff_id=admin.id, token_hash=token_hash(token)))
        identity = ChannelIdentity(member_id=member.id, channel="sms", address=member.phone)
        session.add(identity)
        session.flush()
        conversation = Conversation(
            identity_id=identity.id, member_id=member.id, channel="sms", status="bot"
        )
        session.add(conversation)
        session.flush()
        member_id, sender = member.id, conversation.rasa_sender_id
    endpoints, env = rasa_start(postgres_settings, monkeypatch)
    someone_else = str(uuid.uuid4())
    rasa_saves(endpoints, env, sender, "my access needs: a hearing loop")
    rasa_saves(endpoints, env, someone_else, "hello")

    with TestClient(create_app(postgres_settings, start_pipeline=False)) as client:
        response = client.post(
            f"/api/members/{member_id}/erase", headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 200, response.text

    assert senders_in_schema(f"{our_schema(postgres_settings.DATABASE_URL)}_rasa") == {someone_else}


# Two Rasa servers' lock stores, as `python -m bot rasa` configures them: a ticket issued by
# one makes the other wait its turn on the same conversation.
RASA_SHARES_A_LOCK = """
import sys
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import read_endpoint_config

endpoint = read_endpoint_config(sys.argv[1], "lock_store")
first, second = LockStore.create(endpoint), LockStore.create(endpoint)
served = first.issue_ticket("probe-sender")
waiting = second.issue_ticket("probe-sender")
print(type(second).__name__, second.get_lock("probe-sender").is_locked(waiting))
first.cleanup("probe-sender", served)
second.cleanup("probe-sender", waiting)
"""


@pytest.mark.postgres
def test_with_redis_several_rasa_servers_take_turns_on_a_conversation(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = postgres_settings.model_copy(update={"REDIS_URL": "redis://127.0.0.1:6379/15"})
    endpoints, env = rasa_start(settings, monkeypatch)
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", RASA_SHARES_A_LOCK, str(endpoints)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT / "nlu",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["RedisLockStore", "True"]


def test_without_redis_rasa_keeps_its_in_memory_lock_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoints, _ = rasa_start(sqlite_settings(tmp_path, "db"), monkeypatch)
    assert "lock_store" not in endpoints.read_text()
