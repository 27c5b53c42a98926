"""What every part of the gateway needs at hand: settings, database sessions, the current
assembly config. Built once per process and passed in, never created at import time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig, load_config_cached
from bot.settings import Settings
from db.session import make_engine, make_session_factory


@dataclass
class Services:
    settings: Settings
    sessions: sessionmaker[Session] = field(repr=False)
    telegram: Any = None  # the running Telegram application, when Telegram is on

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        return cls(
            settings=settings, sessions=make_session_factory(make_engine(settings.DATABASE_URL))
        )

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]

    @property
    def config(self) -> AssemblyConfig:
        """The assembly config as it is on disk now: edits apply without a restart."""
        return load_config_cached(self.settings.ASSEMBLY_CONFIG)
