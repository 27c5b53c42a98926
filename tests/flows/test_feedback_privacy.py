"""Anonymous feedback stays anonymous where it was typed: exactly the messages the survey took as
answers (and a feedback note's message) are blanked in the transcript staff read, and queued for
deletion from Rasa's tracker store; the respondent key needs a secret used for nothing else."""

from __future__ import annotations

import hashlib
import hmac
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import clear_config_cache
from bot.settings import get_settings
from db.models import FeedbackNote, FeedbackResponse, Message, OutboxItem
from db.queries import survey_message_key
from db.types import utcnow
from flows.context import FlowContext, configure
from flows.feedback import (
    ActionRecordFeedbackNote,
    ActionStartFeedbackSurvey,
    ActionSubmitFeedback,
    ValidateFeedbackForm,
    ValidateFeedbackNoteForm,
)
from tests.flows.conftest import Someone, add_member, run, slot_events, tracker_for
from tests.flows.test_feedback import take_survey

ANSWERS = ["4", "yes", "The lunch queue was far too long"]
DISCLOSURE = "the man next to me at lunch kept touching me and I didn't want to say in the room"


class Conversation:
    """A member's conversation as the gateway stores it and Rasa's tracker holds it: each
    message a row in `messages` and a `user` event carrying the row's id, as the gateway sends
    it to Rasa."""

    def __init__(self, sessions: sessionmaker[Session], someone: Someone) -> None:
        self.sessions, self.someone = sessions, someone
        self.events: list[dict[str, Any]] = []
        self.clock = 1_800_000_000.0
        self.slots: dict[str, Any] = {}

    def _stamp(self, event: dict[str, Any]) -> None:
        self.clock += 1.5
        self.events.append({**event, "timestamp": self.clock})

    def bot_asks(self, text: str, key: str | None = None) -> None:
        """An outbound message (with its outbox row when it is one of the survey's)."""
        with self.sessions() as session, session.begin():
            message = self._store(session, "out", text)
            if key is not None:
                session.add(
                    OutboxItem(
                        idempotency_key=key,
                        kind="feedback",
                        channel="sms",
                        address="+447700900100",
                        body=text,
                        status="sent",
                        message_id=message.id,
                    )
                )
        self._stamp({"event": "bot", "text": text})

    def member_says(self, text: str, intent: str | None = None) -> int:
        with self.sessions() as session, session.begin():
            message_id = self._store(session, "in", text).id
        parse = {"intent": {"name": intent, "confidence": 0.9} if intent else {}, "text": text}
        self._stamp(
            {
                "event": "user",
                "text": text,
                "parse_data": parse,
                "metadata": {"member_id": self.someone.member_id, "message_id": message_id},
            }
        )
        return message_id

    def _store(self, session: Session, direction: str, text: str) -> Message:
        message = Message(
            conversation_id=self.someone.conversation_id,
            channel="sms",
            direction=direction,
            author="member" if direction == "in" else "bot",
            text=text,
            created_at=utcnow(),
        )
        session.add(message)
        session.flush()
        return message

    def run(self, action: Any, intent: str | None = None, **extra: Any) -> list[str]:
        """Run an action on this conversation's events and slots; apply its slot events."""
        tracker = tracker_for(
            self.someone,
            intent,
            self.events[-1].get("text", "") if self.events else "",
            events=list(self.events),
            slots={**self.slots, **extra.pop("slots", {})},
            **extra,
        )
        events, messages = run(action, tracker)
        for name, value in slot_events(events).items():
            self.slots[name] = value
            self._stamp({"event": "slot", "name": name, "value": value})
        return messages

    def fill(self, action: Any, form: str, slot: str, text: str) -> list[str]:
        """The member answers the form's requested slot; Rasa sets it from the text and the
        form's validator checks it."""
        self.member_says(text)
        self._stamp({"event": "slot", "name": slot, "value": text})
        return self.run(action, slots={slot: text, "requested_slot": slot}, active_loop=form)

    def answer(self, text: str) -> list[str]:
        """The member answers the survey's current question."""
        return self.fill(ValidateFeedbackForm(), "feedback_form", "feedback_answer", text)

    def start_survey(self, session_id: str = "w1-sat") -> None:
        self.run(
            ActionStartFeedbackSurvey(),
            "EXTERNAL_feedback_request",
            entities=[{"entity": "session_ref", "value": session_id}],
        )
        key = survey_message_key(self.someone.member_id, session_id, 1)
        self.bot_asks("(1/3) How would you rate today, from 1 (poor) to 5 (excellent)?", key)

    def transcript(self) -> list[str]:
        with self.sessions() as session:
            return list(
                session.execute(
                    select(Message.text)
                    .where(
                        Message.conversation_id == self.someone.conversation_id,
                        Message.direction == "in",
                    )
                    .order_by(Message.id)
                ).scalars()
            )


def scrubs(sessions: sessionmaker[Session]) -> list[Any]:
    from db.models import TrackerScrub

    with sessions() as session:
        rows = list(session.execute(select(TrackerScrub).order_by(TrackerScrub.id)).scalars())
        session.expunge_all()
        return rows


def test_an_anonymous_survey_blanks_exactly_its_answers_and_keeps_a_disclosure_sent_mid_survey(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    talk = Conversation(flow_context.sessions, amina)
    talk.start_survey()
    talk.answer(ANSWERS[0])
    [retry] = talk.answer(DISCLOSURE)  # not an answer to "Did you feel heard?": asked again
    assert "YES, NO or SORT OF" in retry
    talk.answer(ANSWERS[1])
    talk.answer(ANSWERS[2])
    talk.run(ActionSubmitFeedback())

    blank = "(anonymous feedback answer)"
    assert talk.transcript() == [blank, DISCLOSURE, blank, blank]


def test_an_anonymous_feedback_note_is_not_readable_in_the_transcript(
    flow_context: FlowContext, amina: Someone
) -> None:
    talk = Conversation(flow_context.sessions, amina)
    talk.member_says("I want to give some feedback", "give_feedback")
    talk.run(ValidateFeedbackNoteForm(), "give_feedback")  # a request, not the note: asked for
    note = "The microphones kept cutting out in the afternoon"
    talk.fill(ValidateFeedbackNoteForm(), "feedback_note_form", "feedback_note", note)
    talk.run(ActionRecordFeedbackNote())
    assert talk.transcript() == ["I want to give some feedback", "(anonymous feedback)"]
    [scrub] = scrubs(flow_context.sessions)
    assert scrub.texts == [note] and scrub.slots == ["feedback_note"]
    assert scrub.until == talk.events[-2]["timestamp"]  # up to the note, not the slot reset


def test_survey_answers_are_released_for_the_tracker_store_only_when_the_survey_ends(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    talk = Conversation(flow_context.sessions, amina)
    talk.start_survey()
    for text in ANSWERS:
        talk.answer(text)
    [open_scrub] = scrubs(flow_context.sessions)
    assert open_scrub.texts == ANSWERS and open_scrub.until is None  # the form still runs

    last_seen = talk.events[-1]["timestamp"]
    talk.run(ActionSubmitFeedback())
    [released] = scrubs(flow_context.sessions)
    assert released.texts == ANSWERS
    assert released.slots == ["feedback_answer", "feedback_answers"]
    assert released.until == last_seen  # nothing after the survey is touched


def test_an_unfinished_surveys_answers_are_released_when_the_next_survey_starts(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    talk = Conversation(flow_context.sessions, amina)
    talk.start_survey("w1-sat")
    talk.answer("2")
    talk.start_survey("w1-sun")
    [released] = scrubs(flow_context.sessions)
    assert released.texts == ["2"] and released.until is not None
    talk.answer("5")
    earlier, current = scrubs(flow_context.sessions)
    assert (earlier.texts, current.texts, current.until) == (["2"], ["5"], None)


def test_named_feedback_leaves_the_transcript_and_tracker_as_they_are(
    flow_context: FlowContext, amina: Someone, config_path: Path, feedback_secret: str
) -> None:
    config_path.write_text(config_path.read_text().replace("anonymous: true", "anonymous: false"))
    clear_config_cache()
    talk = Conversation(flow_context.sessions, amina)
    talk.start_survey()
    for text in ANSWERS:
        talk.answer(text)
    talk.run(ActionSubmitFeedback())
    assert talk.transcript() == ANSWERS
    assert scrubs(flow_context.sessions) == []


def test_the_respondent_key_is_keyed_by_feedback_key_not_by_secret_key(
    sessions: sessionmaker[Session],
    database_url: str,
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SECRET_KEY signs every staff session and sits with every web process: with it alone,
    hashing each member's id would tell whose response is whose."""
    secret_key, feedback_key = "s" * 43, "f" * 43
    for name, value in {
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "SECRET_KEY": secret_key,
        "FEEDBACK_KEY": feedback_key,
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    configure(None)  # the actions build their context from the settings, as the server does
    try:
        someone = add_member(sessions)
        talk = Conversation(sessions, someone)
        talk.start_survey()
        for text in ANSWERS:
            talk.answer(text)
        talk.run(ActionSubmitFeedback())
    finally:
        configure(None)
        get_settings.cache_clear()
    with sessions() as session:
        key = session.execute(select(FeedbackResponse.respondent_key)).scalar_one()
    message = f"{someone.member_id}:w1-sat".encode()
    assert key != hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()
    assert key == hmac.new(feedback_key.encode(), message, hashlib.sha256).hexdigest()


def test_no_respondent_key_is_made_without_its_secret(
    sessions: sessionmaker[Session], config_path: Path
) -> None:
    from flows.feedback.responses import respondent_secret

    configure(FlowContext(sessions=sessions, config_path=config_path))
    try:
        with pytest.raises(RuntimeError, match="FEEDBACK_KEY"):
            respondent_secret()
    finally:
        configure(None)


def test_anonymous_responses_and_notes_keep_no_order_or_time_of_day(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    """Nothing stored says who answered first or at what minute, which a transcript would."""
    tariq = add_member(flow_context.sessions, phone="+447700900101", code="WF7K2R")
    for someone in (amina, tariq):
        take_survey(someone, ["3", "no", "More tea"])
        note = tracker_for(someone, slots={"feedback_note": "more tea please"})
        run(ActionRecordFeedbackNote(), note)
    with flow_context.sessions() as session:
        responses = session.execute(select(FeedbackResponse)).scalars().all()
        notes = session.execute(select(FeedbackNote)).scalars().all()
        stored = [
            *((r.id, r.submitted_at) for r in responses),
            *((n.id, n.created_at) for n in notes),
        ]
    assert len(stored) == 4
    assert all(moment.time() == time(0, 0) for _, moment in stored)
    assert all(row_id > 1000 for row_id, _ in stored)  # not 1, 2: random, not in order
