"""What the actions need from outside: the database and the assembly config.

Nothing is built at import time (rasa-sdk imports every module of this package on start).
The action server calls `configure` once; unit tests call it with their own database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rasa_sdk import Tracker
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig, load_config_cached
from bot.i18n.catalogue import use_messages_file
from db.models import Conversation, Member
from db.session import session_factory_for


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class FlowContext:
    sessions: sessionmaker[Session]
    config_path: Path
    staff_alert_channel: str | None = None  # sms or telegram
    staff_alert_address: str | None = None
    feedback_key: str = ""  # keys the anonymous feedback respondent hash (FEEDBACK_KEY)
    # "now" for every action ("today", "yesterday", deadlines): tests set a fixed moment
    clock: Callable[[], datetime] = system_clock
    messages_path: Path | None = None  # unset: messages.yml beside the config

    def __post_init__(self) -> None:
        use_messages_file(self.messages_path or self.config_path.with_name("messages.yml"))

    @property
    def config(self) -> AssemblyConfig:
        """The current config.yml: answers change when the file does, without retraining."""
        return load_config_cached(self.config_path)


_context: FlowContext | None = None


def configure(context: FlowContext | None) -> None:
    global _context
    _context = context


def current_clock() -> Callable[[], datetime]:
    """The configured clock, without building a context just to read the time."""
    return _context.clock if _context is not None else system_clock


def context() -> FlowContext:
    """The configured context, or one built from the process settings on first use."""
    global _context
    if _context is None:
        from bot.settings import get_settings

        settings = get_settings()
        _context = FlowContext(
            sessions=session_factory_for(settings.DATABASE_URL),
            config_path=settings.ASSEMBLY_CONFIG,
            staff_alert_channel=settings.STAFF_ALERT_CHANNEL,
            staff_alert_address=settings.STAFF_ALERT_ADDRESS,
            feedback_key=settings.FEEDBACK_KEY,
            messages_path=settings.messages_path_for(),
        )
    return _context


@contextmanager
def db() -> Iterator[Session]:
    """A transaction for one action run."""
    with context().sessions() as session, session.begin():
        yield session


def conversation_of(session: Session, tracker: Tracker) -> Conversation | None:
    """The conversation Rasa's sender id names (Conversation.rasa_sender_id)."""
    if not isinstance(tracker.sender_id, str) or not tracker.sender_id:
        return None
    return session.execute(
        select(Conversation).where(Conversation.rasa_sender_id == tracker.sender_id)
    ).scalar_one_or_none()


def source_message_id(tracker: Tracker) -> int | None:
    """The gateway's id of the member message this turn answers (the pipeline sends it as
    metadata); None for a turn the gateway started itself. What an action records is keyed by
    it, so a message that reaches Rasa twice records once."""
    value = ((tracker.latest_message or {}).get("metadata") or {}).get("message_id")
    return value if type(value) is int else None


def replied_session(tracker: Tracker) -> str | None:
    """The session our message the member replied to was about (a reminder's), which the
    gateway sends as metadata; None when the message replies to nothing of ours."""
    replied = ((tracker.latest_message or {}).get("metadata") or {}).get("reply_to")
    value = replied.get("session_id") if isinstance(replied, dict) else None
    return value if isinstance(value, str) else None


def member_of(session: Session, tracker: Tracker) -> Member | None:
    conversation = conversation_of(session, tracker)
    if conversation is None or conversation.member_id is None:
        return None
    return session.get(Member, conversation.member_id)
