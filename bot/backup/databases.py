"""Copying the deployment's databases out and back in: SQLite files through SQLite's online
backup API (a consistent copy while the processes keep writing), PostgreSQL through pg_dump and
pg_restore (one snapshot of every schema the deployment uses, Rasa's tracker schema included).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url

from bot.backup.errors import BackupError
from db.session import make_engine
from db.tracker_store import search_path_schema, tracker_schema

# Tables that say which processes run, not what the assembly holds: a fresh deployment that
# was started once has rows there and is still empty.
PROCESS_STATE = {"alembic_version", "heartbeats", "scheduler_lock", "session_snapshots"}
SYSTEM_SCHEMA = "pg_"


def sqlite_file(database_url: str) -> Path:
    """The file of a SQLite URL; an in-memory database has nothing to back up."""
    database = make_url(database_url).database
    if not database or database == ":memory:":
        raise BackupError("DATABASE_URL is an in-memory SQLite database: nothing to back up")
    return Path(database)


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a SQLite database page by page (SQLite's backup API): consistent even while other
    processes write, and it replaces whatever `target` held."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    reader, writer = sqlite3.connect(source, timeout=30), sqlite3.connect(target, timeout=30)
    try:
        reader.backup(writer)
    finally:
        reader.close()
        writer.close()


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def deployment_schemas(database_url: str, tracker_in_database: bool) -> list[str]:
    """The PostgreSQL schemas that are this deployment: the one DATABASE_URL picks with a
    search_path and Rasa's beside it; without a search_path, every schema of the database."""
    chosen = search_path_schema(database_url)
    if chosen is not None:
        return [chosen, tracker_schema(database_url)] if tracker_in_database else [chosen]
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            names = connection.execute(
                text(
                    "SELECT nspname FROM pg_namespace WHERE nspname <> 'information_schema' "
                    "AND nspname NOT LIKE 'pg\\_%' ORDER BY nspname"
                )
            ).scalars()
            return list(names)
    finally:
        engine.dispose()


def _libpq_environment(database_url: str) -> dict[str, str]:
    """pg_dump's connection as libpq variables: the password never appears in a process list."""
    url: URL = make_url(database_url)
    environment = dict(os.environ)
    for variable, value in (
        ("PGHOST", url.host),
        ("PGPORT", url.port),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
        ("PGSSLMODE", url.query.get("sslmode")),
    ):
        if value:
            environment[variable] = str(value)
    environment.pop("PGOPTIONS", None)
    return environment


def _run_postgres_tool(command: list[str], database_url: str) -> str:
    tool = shutil.which(command[0])
    if tool is None:
        raise BackupError(f"{command[0]} is not installed (PostgreSQL's client tools)")
    result = subprocess.run(  # noqa: S603 - our own fixed arguments
        [tool, *command[1:]],
        env=_libpq_environment(database_url),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-500:]}")
    return result.stdout


def postgres_tool_version() -> str:
    return _run_postgres_tool(["pg_dump", "--version"], "postgresql://").strip()


def pg_dump(database_url: str, schemas: list[str], target: Path) -> None:
    """One consistent snapshot of these schemas (pg_dump runs in one transaction)."""
    selected = [argument for schema in schemas for argument in ("--schema", schema)]
    _run_postgres_tool(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", *selected,
         "--file", str(target)],
        database_url,
    )  # fmt: skip
    target.chmod(0o600)


def pg_restore(database_url: str, schemas: list[str], source: Path) -> None:
    """Replace these schemas with the dump's: each is dropped, then the dump recreates it."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for schema in schemas:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        engine.dispose()
    _run_postgres_tool(
        ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
         "--dbname", make_url(database_url).database or "",
         str(source)],
        database_url,
    )  # fmt: skip


def server_version(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        return f"SQLite {sqlite_version()}"
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            return "PostgreSQL " + str(connection.execute(text("SHOW server_version")).scalar())
    finally:
        engine.dispose()


def held_rows(database_url: str, schemas: list[str] | None = None) -> dict[str, int]:
    """Rows per table that hold the assembly's data (not process state); empty when the
    database (or these schemas) has none. A SQLite file that does not exist holds nothing."""
    if database_url.startswith("sqlite") and not sqlite_file(database_url).exists():
        return {}
    engine = make_engine(database_url)
    counts: dict[str, int] = {}
    try:
        inspector = inspect(engine)
        with engine.connect() as connection:
            for schema in schemas or [None]:
                if schema is not None and schema not in inspector.get_schema_names():
                    continue
                for table in inspector.get_table_names(schema=schema):
                    if table in PROCESS_STATE:
                        continue
                    name = f'"{schema}"."{table}"' if schema else f'"{table}"'
                    rows = connection.execute(text(f"SELECT count(*) FROM {name}")).scalar()  # noqa: S608
                    if rows:
                        counts[f"{schema}.{table}" if schema else table] = int(rows)
    finally:
        engine.dispose()
    return counts


def alembic_revision(database_url: str) -> str | None:
    """The migration the database is at; None before any migration ran."""
    engine = make_engine(database_url)
    try:
        if not inspect(engine).has_table("alembic_version"):
            return None
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()
