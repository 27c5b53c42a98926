"""Keeping anonymous feedback anonymous where it was typed (the conversation transcript staff
read, and Rasa's tracker store, which keeps every message under the conversation id) and where
it is kept (no time or order a transcript could be matched to).

A message the survey takes as an answer (or the message that is a feedback note) is blanked in
the transcript at once, exactly that message, found by the id the gateway sends with it: a
message the survey did not take (a question, a disclosure staff must see) stays readable. Its
text, as Rasa holds it, is queued in a `TrackerScrub` row for the gateway, which deletes it and
the survey's slot values from the tracker store once Rasa has saved the turn (an action cannot:
Rasa writes the turn's events after its actions have run). A survey's row stays open while it is
answered, since its slots still drive the form, and is closed when the answers are final.

An anonymous response or note is stored under a random id with only its day: an id in order of
arrival, or a time to the second, could be matched to when each member sent their last answer.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from db.models import Base, Message, TrackerScrub
from flows.context import conversation_of

ANONYMOUS_ANSWER = "(anonymous feedback answer)"  # i18n-exempt: staff
ANONYMOUS_NOTE = "(anonymous feedback)"
# The slots that hold a survey's or a note's answers in the tracker store.
SURVEY_SLOTS = ["feedback_answer", "feedback_answers"]
NOTE_SLOTS = ["feedback_note"]
NOTE_MAX_CHARS = 4000  # a note is kept to this length
LARGEST_ID = 2**31 - 1  # PostgreSQL's integer
INSERT_ATTEMPTS = 3


def day_only(moment: datetime) -> datetime:
    """The day of `moment`, without the time a transcript could be matched to."""
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def insert_unlinkably(session: DbSession, make_row: Callable[[], Base]) -> bool:
    """Insert a row of anonymous feedback under a random id (in a savepoint); False when a
    unique rule refuses it every time (another response by the same respondent, say)."""
    for _ in range(INSERT_ATTEMPTS):
        row = make_row()
        row.id = secrets.randbelow(LARGEST_ID) + 1  # type: ignore[attr-defined]
        try:
            with session.begin_nested():
                session.add(row)
            return True
        except IntegrityError:
            continue  # a random id already taken: another one
    return False


def _user_events(tracker: Tracker) -> list[dict[str, Any]]:
    """The member's messages in this conversation session, newest first."""
    return [event for event in reversed(tracker.events) if event.get("event") == "user"]


def _latest_timestamp(tracker: Tracker) -> float:
    """The newest event time Rasa recorded; everything the actions saw is at or before it."""
    stamps = [event["timestamp"] for event in tracker.events if "timestamp" in event]
    return max(stamps, default=time.time())


def _blank(session: DbSession, conversation_id: int, event: dict[str, Any], text: str) -> None:
    """Blank the stored message the gateway sent Rasa as this event (its id is in the event's
    metadata), if it is an inbound message of this conversation."""
    message_id = (event.get("metadata") or {}).get("message_id")
    if not isinstance(message_id, int):
        return
    message = session.get(Message, message_id)
    ours = message is not None and message.conversation_id == conversation_id
    if ours and message.direction == "in":
        message.text = text


def _open_scrub(session: DbSession, conversation_id: int) -> TrackerScrub | None:
    return session.execute(
        select(TrackerScrub).where(
            TrackerScrub.conversation_id == conversation_id, TrackerScrub.until.is_(None)
        )
    ).scalar_one_or_none()


def keep_answer_private(session: DbSession, tracker: Tracker) -> None:
    """The member's latest message was taken as a survey answer: blank it in the transcript
    and queue its text for the tracker store (released when the survey ends)."""
    conversation = conversation_of(session, tracker)
    events = _user_events(tracker)
    if conversation is None or not events:
        return
    _blank(session, conversation.id, events[0], ANONYMOUS_ANSWER)
    text = events[0].get("text")
    if not text:
        return
    scrub = _open_scrub(session, conversation.id)
    if scrub is None:
        session.add(TrackerScrub(conversation_id=conversation.id, texts=[text], slots=SURVEY_SLOTS))
    elif text not in scrub.texts:
        scrub.texts = [*scrub.texts, text]


def release_survey_answers(session: DbSession, tracker: Tracker) -> None:
    """The survey's answers are final (stored, or left for a new survey): the gateway may now
    delete them, and the slots that held them, from the tracker store."""
    conversation = conversation_of(session, tracker)
    if conversation is None:
        return
    scrub = _open_scrub(session, conversation.id)
    if scrub is not None:
        scrub.until = _latest_timestamp(tracker)


def _as_note(text: str | None) -> str:
    """A message as the note form keeps it."""
    return (text or "").strip()[:NOTE_MAX_CHARS]


def keep_note_private(session: DbSession, tracker: Tracker, note: str) -> None:
    """A feedback note was stored without its author: blank the message it came from and queue
    it, with the slot that held it, for deletion from the tracker store."""
    conversation = conversation_of(session, tracker)
    if conversation is None:
        return
    said = next(
        (e for e in _user_events(tracker) if _as_note(e.get("text")) == note),
        None,
    )
    texts = [said["text"]] if said and said.get("text") else []
    if said is not None:
        _blank(session, conversation.id, said, ANONYMOUS_NOTE)
    session.add(
        TrackerScrub(
            conversation_id=conversation.id,
            texts=texts,
            slots=NOTE_SLOTS,
            until=_latest_timestamp(tracker),
        )
    )
