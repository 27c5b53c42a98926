"""The commit watch lets the outbox worker look every few milliseconds on SQLite and still run
its real query only after another process committed something."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db.session import CommitWatch, make_engine


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
def test_postgres_watch_always_says_look(postgres_url: str) -> None:
    watch = CommitWatch(make_engine(postgres_url))
    assert watch.changed() and watch.changed()
    assert watch.poll_seconds >= 0.02
