"""Deleting events from Rasa's tracker store: the answers anonymous feedback took.

Rasa keeps every message of a conversation, and every slot value, under the conversation id, so
an anonymous survey's answers would stay tied to the member there. The action server queues what
to delete (`TrackerScrub` rows, see flows.feedback.privacy); the pipeline deletes it right after
the turn, once Rasa has saved it. Rasa's SQL tracker store appends a turn's events by counting
the ones already stored, so deleting while a turn of the same conversation runs would make Rasa
store some again: the pipeline, which sends one message per conversation at a time, is the
place. The tracker store is the one `python -m bot rasa` configures (db/tracker_store.py).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Conversation, TrackerScrub
from db.session import autocommitting
from db.tracker_store import StoredEvent, TrackerStore, delete_events

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)


def _doomed(
    event: StoredEvent, texts: Collection[str], slots: Collection[str], until: float | None
) -> bool:
    """Whether one stored event is a message in `texts` or a value of a slot in `slots`, at
    or before `until`."""
    if until is not None and (event.timestamp is None or event.timestamp > until):
        return False
    if event.type_name == "user":
        return event.data.get("text") in texts
    return event.type_name == "slot" and event.data.get("name") in slots


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
    store = TrackerStore.for_settings(settings)
    if not store.holds_events():
        return 0
    wanted_texts, wanted_slots = set(texts), set(slots)
    with store.session() as session, session.begin():
        return delete_events(
            session,
            sender_id,
            predicate=lambda event: _doomed(event, wanted_texts, wanted_slots, until),
        )


def scrub_released_answers(
    settings: Settings, sessions: sessionmaker[Session], conversation_id: int
) -> int:
    """Delete from the tracker store what the conversation's released `TrackerScrub` rows
    name, then the rows. A failure is logged and the rows stay for the next turn. The look
    runs outside a transaction (after most turns it is one query, and finds nothing)."""
    with autocommitting(sessions) as session:
        scrubs = session.execute(
            select(TrackerScrub.id, TrackerScrub.texts, TrackerScrub.slots, TrackerScrub.until)
            .where(TrackerScrub.conversation_id == conversation_id, TrackerScrub.until.is_not(None))
            .order_by(TrackerScrub.id)
        ).all()
        if not scrubs:  # after most turns: one query
            return 0
        sender_id = session.execute(
            select(Conversation.rasa_sender_id).where(Conversation.id == conversation_id)
        ).scalar_one()
    deleted = 0
    for scrub in scrubs:
        try:
            deleted += delete_tracker_events(
                settings, sender_id, scrub.texts, slots=scrub.slots, until=scrub.until
            )
        except Exception as error:  # noqa: BLE001 - the row stays; the next turn retries
            log.warning("tracker scrub %s failed: %s", scrub.id, type(error).__name__)
            continue
        with sessions() as session, session.begin():
            session.execute(delete(TrackerScrub).where(TrackerScrub.id == scrub.id))
    return deleted
