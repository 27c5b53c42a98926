"""Engines and sessions. Nothing connects at import time: callers pass a URL in."""

from __future__ import annotations

import asyncio
import os
import select
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from inotify_simple import INotify, flags
from psycopg import sql
from sqlalchemy import (
    ColumnElement,
    Engine,
    String,
    cast,
    create_engine,
    event,
    func,
    literal,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the web, worker and scheduler read while one writes; foreign keys on."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def private_sqlite_file(path: Path) -> None:
    """Create the database file 0600 (its folder 0700 if new) before SQLite would create it
    readable by every local account, and tighten one of ours that is. SQLite gives its -wal
    and -shm files the database file's mode."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    status = path.stat()
    if status.st_mode & 0o077 and status.st_uid == os.getuid():
        path.chmod(0o600)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for any supported URL; SQLite gets the pragmas that make it safe to share
    between our processes, and its file is created private if missing. Errors never show the
    statement's values: tracebacks are logged, and values are phone numbers and texts."""
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        path = url.partition("///")[2].partition("?")[0]
        if path and path != ":memory:":
            private_sqlite_file(Path(path))
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # Enough pooled connections for a process's busy moments (the web process stores
    # webhooks in Starlette's threads while the pipeline's threads work): a checkout beyond
    # the pool opens a new server connection, which costs more than the work it is for.
    kwargs.setdefault("pool_size", 10)
    if make_url(url).get_driver_name() != "psycopg":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    engine = create_engine(url, **kwargs)
    event.listen(engine.pool, "checkout", _replace_if_closed_by_server)
    return engine


def _replace_if_closed_by_server(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """A pooled connection the server has closed (it restarted, or ended the session) is
    replaced before use, as a ping before every checkout would (other drivers than psycopg
    get the ping), without the ping's round trip. Nothing is sent to a connection idle in the
    pool (none of them LISTENs), so anything waiting to be read on its socket is the server's
    goodbye or the socket's end."""
    if dbapi_connection.closed:
        raise DisconnectionError("the pooled connection is closed")
    waiting = select.poll()
    waiting.register(dbapi_connection.fileno(), select.POLLIN)
    if waiting.poll(0):
        raise DisconnectionError("the server closed the pooled connection")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@lru_cache(maxsize=8)
def session_factory_for(url: str) -> sessionmaker[Session]:
    """One engine per URL per process, created on first use."""
    return make_session_factory(make_engine(url))


# PostgreSQL NOTIFY channels, "<name>_<schema>": "outbox", something was queued to send;
# "inbound", a member's message was stored (its payload says by whom and in which
# conversation). One per schema, so deployments (or test runs) sharing a database in different
# schemas never wake each other.
OUTBOX_CHANNEL = "outbox"
INBOUND_CHANNEL = "inbound"
_CHANNEL_IN_SCHEMA = "left(:channel || '_' || current_schema(), 63)"  # NAMEDATALEN - 1


def _notify_on_commit(session: Session, channel: str, payload: str = "") -> None:
    """PostgreSQL delivers a NOTIFY only on commit, and an identical one once however often it
    was sent in the transaction, so it is sent once (a turn queueing three replies pays one
    round trip for it). One sent inside a savepoint counts only there, since rolling the
    savepoint back takes it back: the enclosing transaction sends it again. SQLite has no
    NOTIFY (one process reads its file)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    notice = (channel, payload)
    transaction = session.get_nested_transaction() or session.get_transaction()
    sent = _notified_in(session)
    enclosing = transaction
    while enclosing is not None:
        if notice in sent.get(enclosing, ()):
            return
        enclosing = enclosing.parent
    session.execute(
        text(f"SELECT pg_notify({_CHANNEL_IN_SCHEMA}, :payload)"),
        {"channel": channel, "payload": payload},
    )
    sent.setdefault(transaction, set()).add(notice)


def _notified_in(session: Session) -> dict[Any, set[tuple[str, str]]]:
    """The notices sent in the session's current transaction, by savepoint."""
    root = session.get_transaction()
    kept_for, sent = session.info.get("notified", (None, {}))
    if kept_for is not root:
        sent = {}
        session.info["notified"] = (root, sent)
    return sent


def announce_outbox(session: Session) -> None:
    """Tell a waiting outbox worker, when this transaction commits, that there is something to
    send; on SQLite its watch sees every commit."""
    _notify_on_commit(session, OUTBOX_CHANNEL)


def announce_inbound(session: Session, conversation_id: int, replica: str) -> None:
    """Tell every web replica's pipeline, when this transaction commits, that `replica` stored
    a message in this conversation: the replica holding the conversation's claim takes it at
    once, whichever replica the webhook reached (PostgreSQL only; SQLite runs one replica)."""
    _notify_on_commit(session, INBOUND_CHANNEL, f"{replica} {conversation_id}")


def inbound_notice(
    replica: ColumnElement[str], conversation_id: ColumnElement[int]
) -> ColumnElement[Any]:
    """`announce_inbound`'s NOTIFY as part of a statement that stores the message and says
    its conversation (PostgreSQL), from the replica's name as part of the statement too."""
    channel = func.left(literal(INBOUND_CHANNEL, String) + "_" + func.current_schema(), 63)
    return func.pg_notify(channel, replica + " " + cast(conversation_id, String))


def outbox_notice() -> ColumnElement[Any]:
    """`announce_outbox`'s NOTIFY as part of a statement that queues messages (PostgreSQL)."""
    channel = func.left(literal(OUTBOX_CHANNEL, String) + "_" + func.current_schema(), 63)
    return func.pg_notify(channel, literal("", String))


def commit_without_waiting_for_disk(session: Session) -> None:
    """Let this transaction's commit return before PostgreSQL has flushed it to disk (`SET
    LOCAL synchronous_commit = off`): a commit then costs no disk wait, which is most of what
    one costs on a busy server. Others see the transaction at once, as ever; only a crash of
    the database server itself (not of our processes) within a fraction of a second may undo
    it, and always with every later commit too, never out of order.

    So this is only for work whose loss on such a crash is harmless: a claim or lease (it
    lapses anyway), or work that nothing outside the database acts on before a later ordinary
    commit, whose own flush writes this one first (a queued reply is sent only after the
    worker's synchronous `sending` commit). Never for a stored inbound message before its
    webhook is answered. SQLite needs nothing: it is one file on one machine."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit = off"))


def hold_loaded_objects(session: Session) -> None:
    """Keep every object this session loads until the session closes. The ORM's identity map
    holds objects weakly, so a row one step looked up and let go of is read from the database
    again by the next step's `session.get`; for a short session that several steps share (one
    message's turn), holding them saves those round trips."""
    held = session.info.setdefault("held_objects", [])
    event.listen(session, "loaded_as_persistent", lambda _session, instance: held.append(instance))


def count_on_commit(session: Session, name: str, *labels: str, amount: int = 1) -> None:
    """Note something (an outbox row, a case) to count once this transaction commits;
    bot/metrics.py counts it then, and forgets it on a rollback. db/ knows no metrics."""
    counted = session.info.setdefault("count_on_commit", {})
    counted[(name, *labels)] = counted.get((name, *labels), 0) + amount


def _folder_writes(folder: str) -> INotify | None:
    """An inotify watch, readable without blocking when a file in `folder` is written, created
    or moved in (Linux); None where inotify is not available."""
    try:
        watch = INotify(nonblocking=True)
    except (OSError, AttributeError):  # not Linux, or no inotify instances left
        return None
    try:
        watch.add_watch(folder, flags.MODIFY | flags.MOVED_TO | flags.CREATE)
    except OSError:
        watch.close()
        return None
    return watch


class CommitWatch:
    """Whether something may have been committed for a waiter since its last look, and a way
    to wait for that without polling.

    The waiter runs its real query only when `changed()` says yes, and otherwise sleeps in
    `wait()` until the operating system says something may have been committed, so a reply is
    claimed within a millisecond or two of being queued while an idle waiter costs nothing.
    - SQLite: `PRAGMA data_version`, read on one long-lived connection, changes whenever any
      other connection commits (microseconds to read). Every commit writes the database's
      write-ahead log, so `wait()` returns when a file in the database's folder is written
      (inotify on Linux; elsewhere it sleeps `poll_seconds`).
    - PostgreSQL: a connection of its own LISTENs on `channel`; `wait()` returns when a
      notification reaches its socket, and a look reads those already there, without a round
      trip to the server.
    - Anything else: every look answers "maybe".
    """

    poll_seconds = 0.01  # where the operating system cannot tell us (not Linux, not PostgreSQL)

    def __init__(self, engine: Engine, channel: str = OUTBOX_CHANNEL) -> None:
        self._dialect = engine.dialect.name
        self._looked = False
        self._sqlite_version: int | None = None
        self._connection: Any = None
        self._readable: int | None = None  # a descriptor readable when there may be news
        self._inotify: INotify | None = None
        if self._dialect == "sqlite":
            self._connection = engine.raw_connection()
            database = engine.url.database
            if database and database != ":memory:":
                folder = os.path.dirname(os.path.abspath(database))
                self._inotify = _folder_writes(folder)
                self._readable = self._inotify.fileno() if self._inotify else None
        elif self._dialect == "postgresql":
            pooled = engine.raw_connection()
            self._connection = pooled.driver_connection  # psycopg's own connection
            pooled.detach()  # autocommit and LISTEN: never handed back to the pool
            self._connection.autocommit = True
            in_schema = self._connection.execute(
                f"SELECT {_CHANNEL_IN_SCHEMA.replace(':channel', '%s')}", (channel,)
            ).fetchone()[0]
            self._connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(in_schema)))
            self._readable = self._connection.fileno()

    def changed(self) -> bool:
        """True on the first look, then whenever something may have changed since the last."""
        first_look, self._looked = not self._looked, True
        if self._dialect == "sqlite":
            changed = self._sqlite_version_moved()
        elif self._dialect == "postgresql":
            changed = self._notified()
        else:
            changed = True
        return first_look or changed

    def _sqlite_version_moved(self) -> bool:
        cursor = self._connection.cursor()
        try:
            version = cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()
        moved, self._sqlite_version = version != self._sqlite_version, version
        return moved

    def _notified(self) -> bool:
        """Drain the notifications already received (timeout 0: never waits)."""
        return bool(self.payloads())

    def payloads(self) -> list[str]:
        """The payloads of the notifications received since the last look, without waiting
        (PostgreSQL; elsewhere always empty)."""
        if self._dialect != "postgresql":
            return []
        return [notice.payload for notice in self._connection.notifies(timeout=0)]

    async def wait(self, at_most: float) -> None:
        """Return when something may have been committed since the last look (perhaps
        already), or after `at_most` seconds; a commit after `changed()` is never missed."""
        if self._readable is None:
            await asyncio.sleep(min(at_most, self.poll_seconds))
            return
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        loop.add_reader(self._readable, lambda: ready.done() or ready.set_result(None))
        try:
            await asyncio.wait_for(ready, at_most)
        except TimeoutError:
            pass
        finally:
            loop.remove_reader(self._readable)
        self._drain_inotify()

    def _drain_inotify(self) -> None:
        """Forget the folder's writes so far: `changed()` tells which were commits."""
        if self._inotify is not None:
            self._inotify.read(timeout=0)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._inotify is not None:
            self._inotify.close()


@contextmanager
def autocommitting(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session each of whose statements commits on its own, for work that is a single read
    or a single write, which the database runs atomically anyway. On PostgreSQL this saves a
    transaction's BEGIN and its COMMIT or ROLLBACK, two round trips; each statement's commit
    waits for the disk as any commit does. ORM changes are written (each on its own) by
    `session.commit()`."""
    with factory() as session:
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        yield session


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with factory() as session, session.begin():
        yield session
