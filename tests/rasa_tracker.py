"""Rasa's tracker store for tests that do not run Rasa: events written in the shape Rasa's
SQLTrackerStore writes them (one row per event, the event as JSON in `data`), and read back."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import insert, select

from bot.settings import Settings
from db.models import Conversation


def seed_tracker_events(
    settings: Settings, conversation: Conversation, said: list[tuple[str, datetime]]
) -> None:
    """A `user` event for each (text, moment) in the conversation's Rasa tracker."""
    from db.tracker_store import EVENTS, TrackerStore

    store = TrackerStore.for_settings(settings)
    EVENTS.create(store.engine, checkfirst=True)
    with store.session() as session, session.begin():
        for text, moment in said:
            event = {"event": "user", "timestamp": moment.timestamp(), "text": text}
            session.execute(
                insert(EVENTS).values(
                    sender_id=conversation.rasa_sender_id,
                    type_name="user",
                    timestamp=moment.timestamp(),
                    data=json.dumps(event),
                )
            )


def tracker_texts(settings: Settings) -> list[str]:
    """The text of every user event left in the tracker store, oldest first."""
    from db.tracker_store import EVENTS, TrackerStore

    store = TrackerStore.for_settings(settings)
    with store.session() as session:
        rows = session.scalars(select(EVENTS.c.data).order_by(EVENTS.c.id)).all()
    return [json.loads(row).get("text") for row in rows]
