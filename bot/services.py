"""What every part of the gateway needs at hand: settings, database sessions, the current
assembly config, the channels. Built once per process and passed in, never created at import
time."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.registry import ChannelRegistry
from bot.config import AssemblyConfig, load_config_cached
from bot.i18n.catalogue import use_messages_file
from bot.media_store import MediaStore, media_store_for
from bot.settings import Settings
from db.session import make_engine, make_session_factory


def _nothing_to_wake(conversation_id: int) -> None:
    """No pipeline in this process (the worker, a command): stored messages wait for one."""


@dataclass
class Services:
    settings: Settings
    sessions: sessionmaker[Session] = field(repr=False)
    # Called with its conversation when a message has been stored; the web process points it
    # at its pipeline.
    wake_pipeline: Callable[[int], None] = field(default=_nothing_to_wake, repr=False)
    # This process's name in the inbound NOTIFY (db/session.py), so its pipeline passes over
    # the messages it was already woken for; two gateways in one process (tests) differ.
    replica: str = field(default_factory=lambda: secrets.token_hex(6))
    # This process's pipeline's name in the conversation claims (bot/gateway/claims.py): a
    # message in a conversation it holds needs no NOTIFY, the wake reaching it directly.
    claim_holder: str | None = None

    def __post_init__(self) -> None:
        use_messages_file(self.settings.messages_path_for())

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        return cls(
            settings=settings, sessions=make_session_factory(make_engine(settings.DATABASE_URL))
        )

    @cached_property
    def channels(self) -> ChannelRegistry:
        """This process's channel adapters, built on first use."""
        return ChannelRegistry(self.settings)

    @cached_property
    def media(self) -> MediaStore:
        """Where attachments are kept (MEDIA_STORE): a folder, or a bucket every replica shares."""
        return media_store_for(self.settings)

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]

    @property
    def config(self) -> AssemblyConfig:
        """The assembly config as it is on disk now: edits apply without a restart."""
        return load_config_cached(self.settings.ASSEMBLY_CONFIG)
