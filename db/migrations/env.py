"""Alembic environment: batch mode for SQLite, type comparison for autogenerate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.models import Base
from db.session import make_engine

target_metadata = Base.metadata


def database_url() -> str:
    """The URL from `-x url=...` (tests), else the assistant's settings."""
    url = context.get_x_argument(as_dictionary=True).get("url")
    if url:
        return url
    from bot.settings import get_settings

    return get_settings().DATABASE_URL


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = context.config.attributes.get("connection")
    if connectable is not None:
        run_with(connectable)
        return
    engine = make_engine(database_url())
    with engine.connect() as connection:
        run_with(connection)
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
