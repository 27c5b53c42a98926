"""Rasa's tracker store: where Rasa keeps each conversation's state, and how our code reaches it.

Rasa's SQLTrackerStore keeps every conversation as rows of one table, `events` (one row per
event: sender id, type, timestamp, the event as JSON in `data`), including everything a member
said and every slot they filled. It lives with the database it belongs to, so a fresh or
restored database never meets another database's conversations:

- SQLite: a file beside the database file (`var/assembly.db` -> `var/assembly.rasa-tracker.db`);
- PostgreSQL: the same server and database, in a schema of its own: `rasa`, or `<schema>_rasa`
  when DATABASE_URL picks a schema with `options=-csearch_path=<schema>`;
- `RASA_TRACKER_DB` (a file path), when set, overrides both with a SQLite file.

Rasa (SQLAlchemy 1.4, psycopg2) opens it through the endpoints file `python -m bot rasa` writes
(`rasa_tracker_store_endpoint`); our code (SQLAlchemy 2) opens the same store to erase a
member's conversations, to apply retention, and to forget survey answers (`delete_events`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import (
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from db.session import make_engine

TRACKER_SUFFIX = ".rasa-tracker.db"
DEFAULT_SCHEMA = "rasa"
# The environment variable the endpoints file reads the PostgreSQL URL from, so the password
# is never written to disk.
URL_VARIABLE = "RASA_TRACKER_STORE_URL"
PREPARE_LOCK = 0x52415341  # the advisory lock taken while the schema and table are made
_SEARCH_PATH = re.compile(r"(-c\s*search_path=)([^\s]+)")

# Rasa 3.6's SQLTrackerStore.SQLEvent, as Rasa creates it.
EVENTS = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


class TrackerSettings(Protocol):
    """The two settings that say where the tracker store is (bot.settings.Settings has them)."""

    DATABASE_URL: str
    RASA_TRACKER_DB: Path | None


def _sqlite_file(database_url: str) -> Path | None:
    """The database file of a SQLite URL; None for an in-memory database."""
    database = make_url(database_url).database
    return Path(database) if database and database != ":memory:" else None


def search_path_schema(database_url: str) -> str | None:
    """The schema a PostgreSQL URL picks with `options=-csearch_path=<schema>`, if any."""
    options = make_url(database_url).query.get("options", "")
    found = _SEARCH_PATH.search(options if isinstance(options, str) else " ".join(options))
    return None if found is None else found.group(2).split(",")[0].strip(chr(34))


def tracker_schema(database_url: str) -> str:
    """Rasa's schema beside a PostgreSQL database: `rasa`, or `<schema>_rasa` when the URL
    picks our schema with a search_path."""
    schema = search_path_schema(database_url)
    return DEFAULT_SCHEMA if schema is None else f"{schema}_{DEFAULT_SCHEMA}"


def tracker_file(settings: TrackerSettings) -> Path | None:
    """The SQLite file of the tracker store; None when it is in PostgreSQL, or in memory
    beside an in-memory database."""
    if settings.RASA_TRACKER_DB is not None:
        return settings.RASA_TRACKER_DB
    if settings.DATABASE_URL.startswith("postgresql"):
        return None
    database = _sqlite_file(settings.DATABASE_URL)
    if database is None:
        return None
    return database.with_name(database.name.removesuffix(".db") + TRACKER_SUFFIX)


def _in_postgresql(settings: TrackerSettings) -> bool:
    return settings.RASA_TRACKER_DB is None and settings.DATABASE_URL.startswith("postgresql")


def tracker_store_url(settings: TrackerSettings) -> str:
    """The SQLAlchemy URL (our drivers) of the tracker store these settings belong to."""
    if not _in_postgresql(settings):
        path = tracker_file(settings)
        return f"sqlite:///{path}" if path is not None else "sqlite://"
    url = make_url(settings.DATABASE_URL)
    schema = tracker_schema(settings.DATABASE_URL)
    options = url.query.get("options", "")
    options = options if isinstance(options, str) else " ".join(options)
    if _SEARCH_PATH.search(options):
        options = _SEARCH_PATH.sub(lambda found: f"{found.group(1)}{schema}", options)
    else:
        options = f"{options} -csearch_path={schema}".strip()
    return url.update_query_dict({"options": options}).render_as_string(hide_password=False)


def rasa_tracker_store_endpoint(settings: TrackerSettings) -> tuple[str, dict[str, str]]:
    """The `tracker_store:` section of Rasa's endpoints file, and the environment variables
    it reads (a PostgreSQL URL may hold a password: it goes through the environment)."""
    if not _in_postgresql(settings):
        database = tracker_file(settings) or ":memory:"
        return f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {database}\n", {}
    url = make_url(tracker_store_url(settings)).set(drivername="postgresql+psycopg2")
    section = (
        "tracker_store:\n  type: SQL\n  dialect: postgresql\n"
        f"  url: ${{{URL_VARIABLE}}}\n"  # a full URL: Rasa uses it as it is
    )
    return section, {URL_VARIABLE: url.render_as_string(hide_password=False)}


def prepare_tracker_store(settings: TrackerSettings) -> None:
    """Make sure Rasa can store conversations: the SQLite file's folder (Rasa creates its
    table), or on PostgreSQL the schema (Rasa does not create one) and the table."""
    if not _in_postgresql(settings):
        path = tracker_file(settings)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        return
    schema = tracker_schema(settings.DATABASE_URL)
    engine = make_engine(settings.DATABASE_URL)
    try:
        with engine.begin() as connection:
            # Several Rasa servers may start at once, and two concurrent CREATE ... IF NOT
            # EXISTS can still collide: one at a time creates the schema and Rasa's table.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PREPARE_LOCK})
            connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
            EVENTS.to_metadata(MetaData(), schema=schema).create(connection, checkfirst=True)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class StoredEvent:
    """One event of a conversation, as Rasa stored it."""

    id: int
    sender_id: str
    type_name: str
    timestamp: float | None
    data: dict[str, Any]


class TrackerStore:
    """Our side of Rasa's tracker store: one engine per store per process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None

    @classmethod
    def for_settings(cls, settings: TrackerSettings) -> TrackerStore:
        return _store_for(tracker_store_url(settings))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    def holds_events(self) -> bool:
        """Has Rasa created its table yet? (Never opens, so never creates, a missing file.)"""
        if self.url.startswith("sqlite"):
            path = _sqlite_file(self.url)
            if path is None or not path.exists():
                return False
        return inspect(self.engine).has_table(EVENTS.name)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session on the tracker store; the caller begins and commits."""
        with Session(self.engine) as session:
            yield session


@cache
def _store_for(url: str) -> TrackerStore:
    return TrackerStore(url)


def read_events(session: Session, sender_id: str) -> list[StoredEvent]:
    """A conversation's events, oldest first."""
    rows = session.execute(
        select(EVENTS).where(EVENTS.c.sender_id == sender_id).order_by(EVENTS.c.id)
    ).all()
    return [
        StoredEvent(row.id, row.sender_id, row.type_name, row.timestamp, json.loads(row.data))
        for row in rows
    ]


def delete_events(
    session: Session,
    sender_ids: str | Iterable[str],
    *,
    predicate: Callable[[StoredEvent], bool] | None = None,
    event_ids: Iterable[int] | None = None,
) -> int:
    """Delete conversations' events: all of them, or those `predicate` picks, or those with
    these ids. Returns how many were deleted. Rasa rebuilds a conversation from its events,
    so a deleted event is forgotten the next time the conversation is read."""
    senders = [sender_ids] if isinstance(sender_ids, str) else list(sender_ids)
    if not senders:
        return 0
    statement = delete(EVENTS).where(EVENTS.c.sender_id.in_(senders))
    if predicate is not None:
        picked = [e.id for sender in senders for e in read_events(session, sender) if predicate(e)]
        event_ids = picked if event_ids is None else set(event_ids) & set(picked)
    if event_ids is not None:
        ids = list(event_ids)
        if not ids:
            return 0
        statement = statement.where(EVENTS.c.id.in_(ids))
    return session.execute(statement).rowcount or 0


def delete_events_before(session: Session, moment: datetime) -> int:
    """Delete every event older than `moment` (retention)."""
    statement = delete(EVENTS).where(EVENTS.c.timestamp < moment.timestamp())
    return session.execute(statement).rowcount or 0
