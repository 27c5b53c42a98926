"""The migrations build the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.settings import REPO_ROOT
from db.models import Base
from db.session import make_engine


def upgrade(url: str) -> None:
    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.cmd_opts = type("Opts", (), {"x": [f"url={url}"]})()  # type: ignore[assignment]
    command.upgrade(config, "head")


def differences(url: str) -> list[object]:
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, Base.metadata)


def test_sqlite_migrations_match_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'migrated.db'}"
    upgrade(url)
    assert differences(url) == []
    tables = set(inspect(make_engine(url)).get_table_names())
    assert {"members", "outbox", "messages", "expense_claims", "feedback_responses"} <= tables


@pytest.mark.postgres
def test_postgres_migrations_match_the_models(postgres_url: str) -> None:
    upgrade(postgres_url)
    assert differences(postgres_url) == []


def test_upgrade_twice_is_harmless(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    upgrade(url)
    upgrade(url)
    assert "alembic_version" in inspect(make_engine(url)).get_table_names()
