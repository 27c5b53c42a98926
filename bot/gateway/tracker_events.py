"""Deleting events from Rasa's tracker store: the answers anonymous feedback took.

Rasa keeps every message of a conversation, and every slot value, under the conversation id, so
an anonymous survey's answers would stay tied to the member there. The action server queues what
to delete (`TrackerScrub` rows, see flows.feedback.privacy); the pipeline deletes it right after
the turn, once Rasa has saved it. Rasa's SQL tracker store appends a turn's events by counting
the ones already stored, so deleting while a turn of the same conversation runs would make Rasa
store some again: the pipeline, which sends one message per conversation at a time, is the
place. The tracker store is where `python -m bot rasa` puts it: the SQLite file
`RASA_TRACKER_DB`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, bindparam, create_engine, delete, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.models import TrackerScrub

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

IN_CLAUSE_SIZE = 500
# Rasa's SQL tracker store: one `events` row per event, its JSON in `data`.
STORED_EVENTS = text(
    "SELECT id, type_name, timestamp, data FROM events "
    "WHERE sender_id = :sender AND type_name IN ('user', 'slot')"
)
DELETE_EVENTS = text("DELETE FROM events WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


@lru_cache(maxsize=4)
def _tracker_engine(url: str) -> Engine:
    return create_engine(url, connect_args={"timeout": 15})


def _doomed(row: Any, texts: Collection[str], slots: Collection[str], until: float | None) -> bool:
    """Whether one stored event is a message in `texts` or a value of a slot in `slots`, at
    or before `until`."""
    if until is not None and (row.timestamp is None or row.timestamp > until):
        return False
    try:
        data = json.loads(row.data or "{}")
    except ValueError:
        return False
    if row.type_name == "user":
        return data.get("text") in texts
    return row.type_name == "slot" and data.get("name") in slots


def delete_tracker_events(
    settings: Settings,
    sender_id: str,
    texts: Collection[str],
    *,
    slots: Collection[str] = (),
    until: float | None = None,
) -> int:
    """Delete the conversation's `user` events whose text is one of `texts`, and the values of
    the named `slots`, stored at or before `until` (a Rasa event timestamp) when it is given.
    Returns how many events were deleted; 0 when Rasa has stored nothing yet."""
    path = settings.RASA_TRACKER_DB
    if not path.exists():
        return 0
    engine = _tracker_engine(f"sqlite:///{path}")
    wanted_texts, wanted_slots = set(texts), set(slots)
    with engine.begin() as connection:
        try:
            rows = connection.execute(STORED_EVENTS, {"sender": sender_id}).all()
        except OperationalError as error:
            if "no such table" in str(error):
                return 0
            raise
        doomed = [row.id for row in rows if _doomed(row, wanted_texts, wanted_slots, until)]
        for start in range(0, len(doomed), IN_CLAUSE_SIZE):
            connection.execute(DELETE_EVENTS, {"ids": doomed[start : start + IN_CLAUSE_SIZE]})
    return len(doomed)


def scrub_released_answers(
    settings: Settings, sessions: sessionmaker[Session], conversation_id: int
) -> int:
    """Delete from the tracker store what the conversation's released `TrackerScrub` rows
    name, then the rows. A failure is logged and the rows stay for the next turn."""
    with sessions() as session:
        scrubs = session.execute(
            select(TrackerScrub.id, TrackerScrub.texts, TrackerScrub.slots, TrackerScrub.until)
            .where(TrackerScrub.conversation_id == conversation_id, TrackerScrub.until.is_not(None))
            .order_by(TrackerScrub.id)
        ).all()
    deleted = 0
    for scrub in scrubs:
        try:
            deleted += delete_tracker_events(
                settings, str(conversation_id), scrub.texts, slots=scrub.slots, until=scrub.until
            )
        except Exception as error:  # noqa: BLE001 - the row stays; the next turn retries
            log.warning("tracker scrub %s failed: %s", scrub.id, type(error).__name__)
            continue
        with sessions() as session, session.begin():
            session.execute(delete(TrackerScrub).where(TrackerScrub.id == scrub.id))
    return deleted
