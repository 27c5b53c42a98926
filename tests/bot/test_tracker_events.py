"""Deleting anonymous answers from Rasa's tracker store: exactly the named messages and slot
values, up to the moment the survey ended, and the queue row once done. (The end-to-end test in
tests/e2e/test_member_data.py does the same on a store the real Rasa server wrote.)"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.gateway.tracker_events import delete_tracker_events, scrub_released_answers
from bot.settings import Settings
from db.models import Conversation, TrackerScrub
from db.queries import conversation_for, identity_for
from db.session import transaction
from tests.conftest import make_settings

# Rasa 3.6's SQLTrackerStore table.
EVENTS_TABLE = """CREATE TABLE events (
    id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"""


@pytest.fixture
def tracker_settings(var_dir: Path, config_path: Path, database_url: str) -> Settings:
    return make_settings(var_dir, config_path, database_url, RASA_TRACKER_DB=var_dir / "tracker.db")


def store(settings: Settings, sender: str, events: list[dict[str, object]]) -> None:
    with sqlite3.connect(settings.RASA_TRACKER_DB) as connection:
        connection.execute(EVENTS_TABLE.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
        connection.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
            [(sender, e["event"], e["timestamp"], json.dumps(e)) for e in events],
        )


def stored(settings: Settings, sender: str) -> list[tuple[str, object]]:
    with sqlite3.connect(settings.RASA_TRACKER_DB) as connection:
        rows = connection.execute(
            "SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    return [
        (data["event"], data.get("text", data.get("value")))
        for data in (json.loads(row[0]) for row in rows)
    ]


def survey_events(sender_texts: list[str], start: float) -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    for n, text in enumerate(sender_texts):
        events.append({"event": "bot", "text": f"question {n + 1}", "timestamp": start + 3 * n})
        events.append({"event": "user", "text": text, "timestamp": start + 3 * n + 1})
        events.append(
            {
                "event": "slot",
                "name": "feedback_answer",
                "value": text,
                "timestamp": start + 3 * n + 2,
            }
        )
    return events


def test_only_the_named_answers_and_slot_values_up_to_the_end_are_deleted(
    tracker_settings: Settings,
) -> None:
    store(tracker_settings, "7", survey_events(["4", "yes", "More tea"], 100.0))
    store(tracker_settings, "7", [{"event": "user", "text": "yes", "timestamp": 200.0}])
    store(tracker_settings, "8", survey_events(["4"], 100.0))  # another conversation

    deleted = delete_tracker_events(
        tracker_settings, "7", ["4", "yes", "More tea"], slots=["feedback_answer"], until=150.0
    )

    assert deleted == 6
    assert stored(tracker_settings, "7") == [
        ("bot", "question 1"),
        ("bot", "question 2"),
        ("bot", "question 3"),
        ("user", "yes"),  # a later "yes" is another conversation turn: kept
    ]
    assert len(stored(tracker_settings, "8")) == 3


def test_nothing_to_delete_before_rasa_has_stored_anything(tracker_settings: Settings) -> None:
    assert delete_tracker_events(tracker_settings, "7", ["4"]) == 0
    sqlite3.connect(tracker_settings.RASA_TRACKER_DB).close()  # an empty file, no table yet
    assert delete_tracker_events(tracker_settings, "7", ["4"]) == 0


def test_released_scrubs_are_done_and_removed_open_ones_wait(
    tracker_settings: Settings, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        conversation: Conversation = conversation_for(
            session, identity_for(session, "sms", "+447700900100")
        )
        sender = conversation.rasa_sender_id
        session.add_all(
            [
                TrackerScrub(
                    conversation_id=conversation.id,
                    texts=["4"],
                    slots=["feedback_answer"],
                    until=150.0,
                ),
                TrackerScrub(
                    conversation_id=conversation.id, texts=["5"], slots=["feedback_answer"]
                ),
            ]
        )
    store(tracker_settings, sender, survey_events(["4"], 100.0) + survey_events(["5"], 300.0))

    scrub_released_answers(tracker_settings, sessions, conversation.id)

    assert ("user", "4") not in stored(tracker_settings, sender)
    assert ("user", "5") in stored(tracker_settings, sender)  # its survey is still running
    with sessions() as session:
        waiting = session.execute(select(TrackerScrub.texts)).scalars().all()
    assert waiting == [["5"]]
