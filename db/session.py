"""Engines and sessions. Nothing connects at import time: callers pass a URL in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the web, worker and scheduler read while one writes; foreign keys on."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for any supported URL; SQLite gets the pragmas that make it safe to share
    between our processes, and its folder is created if missing."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@lru_cache(maxsize=8)
def session_factory_for(url: str) -> sessionmaker[Session]:
    """One engine per URL per process, created on first use."""
    return make_session_factory(make_engine(url))


class CommitWatch:
    """Whether another connection may have committed since the last look: for pollers.

    On SQLite, `PRAGMA data_version` read on one long-lived connection changes whenever any
    other connection commits. Reading it costs microseconds, so a poller can look every few
    milliseconds and run its real query only when something changed. Other databases have no
    such counter: there every look answers "maybe", and the poller looks less often.
    """

    def __init__(self, engine: Engine) -> None:
        self._connection = engine.raw_connection() if engine.dialect.name == "sqlite" else None
        self._version: int | None = None
        self.poll_seconds = 0.01 if self._connection is not None else 0.02

    def changed(self) -> bool:
        if self._connection is None:
            return True
        cursor = self._connection.cursor()
        try:
            version = cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with factory() as session, session.begin():
        yield session
