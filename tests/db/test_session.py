"""The commit watch lets the outbox worker look every few milliseconds and still run its real
query only after another process committed something (SQLite) or announced something to send
(PostgreSQL)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.exc import IntegrityError

from db.models import Base, Member
from db.session import CommitWatch, announce_outbox, make_engine, make_session_factory
from tests.conftest import POSTGRES_ADMIN_URL
from tests.harness import wait_until


def test_sqlite_watch_reports_a_commit_from_another_connection_once(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'watch.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE outbox (id INTEGER PRIMARY KEY)"))
    other_process = make_engine(f"sqlite:///{tmp_path / 'watch.db'}")
    watch = CommitWatch(engine)
    try:
        assert watch.changed()  # the first look always looks
        assert not watch.changed()
        with other_process.begin() as connection:
            connection.execute(text("INSERT INTO outbox (id) VALUES (1)"))
        assert watch.changed()
        assert not watch.changed()
        assert watch.poll_seconds <= 0.01
    finally:
        watch.close()


@pytest.mark.postgres
def test_postgres_watch_wakes_on_a_committed_announcement_only(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    watch = CommitWatch(engine)
    try:
        assert watch.changed()  # the first look always looks
        assert not watch.changed()
        with make_session_factory(engine)() as session:
            with session.begin():
                announce_outbox(session)
                assert not watch.changed()  # not before the commit
            wait_until(watch.changed, timeout=5, what="the notification")  # a moment after commit
            assert not watch.changed()
            with session.begin():
                announce_outbox(session)
                session.rollback()
            time.sleep(0.2)
            assert not watch.changed()  # a rolled-back queueing sends nothing
        assert watch.poll_seconds <= 0.01
    finally:
        watch.close()
        engine.dispose()


@pytest.mark.postgres
def test_an_announcement_is_sent_once_a_transaction_and_again_after_a_savepoint_undid_it(
    postgres_url: str,
) -> None:
    """A turn queueing three replies pays one round trip for its NOTIFY; a savepoint rolled
    back takes its NOTIFY with it, so the transaction sends it again."""
    engine = make_engine(postgres_url)
    sent: list[str] = []
    event.listen(
        engine,
        "before_cursor_execute",
        lambda *args: sent.append(args[2]) if "pg_notify" in args[2] else None,
    )
    watch = CommitWatch(engine)
    try:
        watch.changed()
        with make_session_factory(engine)() as session:
            with session.begin():
                with session.begin_nested() as savepoint:
                    announce_outbox(session)
                    savepoint.rollback()
                announce_outbox(session)  # the savepoint's was taken back
                announce_outbox(session)
                with session.begin_nested():
                    announce_outbox(session)  # the transaction's stands
            assert len(sent) == 2
            wait_until(watch.changed, timeout=5, what="the notification")
            with session.begin():
                announce_outbox(session)  # a new transaction: sent again
            assert len(sent) == 3
    finally:
        watch.close()
        engine.dispose()


@pytest.mark.postgres
def test_postgres_watch_hears_only_its_own_schema(postgres_url: str) -> None:
    """Two deployments (or test runs) in one database, in different schemas: one queueing a
    message does not wake the other's worker."""
    engine, neighbour = make_engine(postgres_url), make_engine(POSTGRES_ADMIN_URL)
    watch = CommitWatch(engine)
    try:
        watch.changed()
        with make_session_factory(neighbour)() as session, session.begin():
            announce_outbox(session)  # in the public schema
        time.sleep(0.2)
        assert not watch.changed()
        with make_session_factory(engine)() as session, session.begin():
            announce_outbox(session)
        wait_until(watch.changed, timeout=5, what="the notification in its own schema")
    finally:
        watch.close()
        engine.dispose()
        neighbour.dispose()


@pytest.mark.postgres
def test_a_pooled_connection_the_server_closed_is_replaced_without_a_ping(
    postgres_url: str,
) -> None:
    """The server ends a pooled connection's session (as it does to every one when it
    restarts): the next checkout gets a new connection, and the work runs, without the
    round trip of a ping before every checkout."""
    engine = make_engine(postgres_url)
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    pinged: list[object] = []
    engine.dialect.do_ping = lambda connection: pinged.append(connection) or True  # type: ignore[method-assign]

    def ended(pid: int) -> bool:
        with admin.connect() as connection:
            alive = text("SELECT 1 FROM pg_stat_activity WHERE pid = :pid")
            return connection.execute(alive, {"pid": pid}).first() is None

    try:
        with engine.connect() as connection:
            first = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        wait_until(lambda: ended(first), timeout=5, what="the session ended")
        with engine.connect() as connection:
            second = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        assert second != first
        assert pinged == []
    finally:
        engine.dispose()
        admin.dispose()


def test_a_database_error_never_shows_the_values_it_was_given(tmp_path: Path) -> None:
    """Tracebacks are logged: an error about a row names no phone number or text in it."""
    engine = make_engine(f"sqlite:///{tmp_path / 'errors.db'}")
    Base.metadata.create_all(engine)
    phone = "+447700900123"
    row = {"first_name": "Ada", "last_name": "Demo", "phone": phone, "invite_code": "ABCDEF"}
    with engine.begin() as connection:
        connection.execute(insert(Member), row)
    with pytest.raises(IntegrityError) as raised, engine.begin() as connection:
        connection.execute(insert(Member), row)
    assert phone not in str(raised.value)
    assert "Ada" not in str(raised.value)


async def _waited(watch: CommitWatch, at_most: float) -> float:
    started = time.perf_counter()
    await watch.wait(at_most)
    return time.perf_counter() - started


def test_sqlite_watch_sleeps_until_another_connection_commits(tmp_path: Path) -> None:
    """No polling: an idle waiter sleeps the whole time, and wakes at once on a commit."""
    asyncio.run(_sqlite_watch_sleeps(tmp_path))


async def _sqlite_watch_sleeps(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'watch.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE outbox (id INTEGER PRIMARY KEY)"))
    other_process = make_engine(f"sqlite:///{tmp_path / 'watch.db'}")
    watch = CommitWatch(engine)
    try:
        await watch.wait(0.01)  # forget the folder's writes so far
        watch.changed()
        assert await _waited(watch, 0.3) >= 0.29  # nothing committed: no early wake-up

        def commit_soon() -> None:
            time.sleep(0.05)
            with other_process.begin() as connection:
                connection.execute(text("INSERT INTO outbox (id) VALUES (1)"))

        waiting = asyncio.create_task(_waited(watch, 5.0))
        await asyncio.to_thread(commit_soon)
        assert await waiting < 1.0
        assert watch.changed()
    finally:
        watch.close()
        engine.dispose()
        other_process.dispose()


@pytest.mark.postgres
def test_postgres_watch_sleeps_until_an_announcement(postgres_url: str) -> None:
    asyncio.run(_postgres_watch_sleeps(postgres_url))


async def _postgres_watch_sleeps(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    watch = CommitWatch(engine)
    try:
        watch.changed()
        assert await _waited(watch, 0.3) >= 0.29

        def announce_soon() -> None:
            time.sleep(0.05)
            with make_session_factory(engine)() as session, session.begin():
                announce_outbox(session)

        waiting = asyncio.create_task(_waited(watch, 5.0))
        await asyncio.to_thread(announce_soon)
        assert await waiting < 1.0
        assert watch.changed()
    finally:
        watch.close()
        engine.dispose()
