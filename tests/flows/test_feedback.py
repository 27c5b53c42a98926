"""Feedback: the survey asks config.yml's questions at run time, reads answers the way people write
them, stores one response per member per session, and when feedback is anonymous nothing in the
stored response points back at the member."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import clear_config_cache
from db.models import FeedbackNote, FeedbackRequest, FeedbackResponse, Member
from flows.context import FlowContext
from flows.feedback import (
    ActionAskFeedbackAnswer,
    ActionAskFeedbackNote,
    ActionRecordFeedbackNote,
    ActionStartFeedbackSurvey,
    ActionSubmitFeedback,
    ValidateFeedbackForm,
    ValidateFeedbackNoteForm,
    is_request_only,
    parse_rating,
    parse_yes_no,
)
from tests.flows.conftest import Someone, add_member, form_tracker, run, slot_events, tracker_for

AFTER_W1_SAT = datetime(2027, 2, 20, 17, 0, tzinfo=UTC)


# --- reading answers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 1),
        ("5", 5),
        ("4/5", 4),
        ("3 out of 5", 3),
        ("a 4", 4),
        ("five", 5),
        ("good", 4),
        ("Good!", 4),
        ("great", 5),
        ("excellent", 5),
        ("really good", 5),
        ("ok", 3),
        ("fine", 3),
        ("not bad", 3),
        ("bad", 2),
        ("poor", 2),
        ("not good", 2),
        ("rubbish", 1),
        ("awful", 1),
        ("terrible", 1),
        ("it was great", 5),
        ("😀", 5),
        ("👍", 4),
        ("🙂", 4),
        ("😐", 3),
        ("👎", 2),
        ("😡", 1),
        ("😀😀", 5),
    ],
)
def test_ratings_in_numbers_words_and_emojis(text: str, expected: int) -> None:
    assert parse_rating(text) == expected


@pytest.mark.parametrize("text", ["0", "6", "10/10", "banana", "", "what?"])
def test_what_is_not_a_rating(text: str) -> None:
    assert parse_rating(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", "yes"),
        ("Yeah", "yes"),
        ("yep", "yes"),
        ("y", "yes"),
        ("yes, mostly", "yes"),
        ("no", "no"),
        ("nope", "no"),
        ("nah", "no"),
        ("n", "no"),
        ("not really", "no"),
        ("no, not at all", "no"),
        ("sort of", "partly"),
        ("kind of", "partly"),
        ("a bit", "partly"),
        ("sort of, in the morning", "partly"),
        ("maybe", None),
        ("purple", None),
    ],
)
def test_yes_no_answers(text: str, expected: str | None) -> None:
    if text == "maybe":
        expected = "partly"
    assert parse_yes_no(text) == expected


# --- the survey -------------------------------------------------------------------------------


def start(
    someone: Someone, session_id: str = "w1-sat", **slots: Any
) -> tuple[dict[str, Any], list[str]]:
    """The scheduler's trigger_intent EXTERNAL_feedback_request with session_ref=<id>."""
    tracker = tracker_for(
        someone,
        "EXTERNAL_feedback_request",
        "/EXTERNAL_feedback_request",
        entities=[{"entity": "session_ref", "value": session_id}],
        slots=slots,
    )
    events, messages = run(ActionStartFeedbackSurvey(), tracker)
    return slot_events(events), messages


def ask(someone: Someone, answers: dict[str, Any]) -> str:
    _, messages = run(
        ActionAskFeedbackAnswer(),
        tracker_for(someone, slots={"feedback_answers": answers}, active_loop="feedback_form"),
    )
    return messages[0] if messages else ""


def reply(
    someone: Someone, text: str, answers: dict[str, Any], session_id: str = "w1-sat"
) -> tuple[dict[str, Any], list[str]]:
    tracker = form_tracker(
        someone,
        "feedback_form",
        "feedback_answer",
        text,
        slots={"feedback_session": session_id, "feedback_answers": answers},
    )
    events, messages = run(ValidateFeedbackForm(), tracker)
    return slot_events(events), messages


def take_survey(
    someone: Someone, texts: list[str], session_id: str = "w1-sat"
) -> tuple[dict[str, Any], list[str]]:
    """Start, answer each question in turn like Rasa's form would, and finish."""
    slots, _ = start(someone, session_id)
    answers = slots["feedback_answers"]
    asked = []
    for text in texts:
        asked.append(ask(someone, answers))
        validated, _ = reply(someone, text, answers, session_id)
        answers = validated.get("feedback_answers", answers)
    assert validated["requested_slot"] is None  # the form ends after the last question
    tracker = tracker_for(
        someone, slots={"feedback_session": session_id, "feedback_answers": answers}
    )
    _, messages = run(ActionSubmitFeedback(), tracker)
    return answers, asked + messages


def responses(sessions: sessionmaker[Session]) -> list[FeedbackResponse]:
    with sessions() as session:
        return list(session.execute(select(FeedbackResponse)).scalars())


def test_survey_asks_the_config_questions_in_order_and_stores_one_response(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    with flow_context.sessions() as session, session.begin():
        session.add(FeedbackRequest(member_id=amina.member_id, session_id="w1-sat"))
    slots, [intro] = start(amina)
    assert slots == {
        "feedback_session": "w1-sat",
        "feedback_answers": {},
        "paused_form": None,  # no other form was open
        "form_retry": None,
    }
    assert "Weekend 1, Saturday" in intro and "anonymous" in intro and "SKIP" in intro

    _, messages = take_survey(amina, ["great 😀", "not really", "More breaks please"])
    assert messages[0] == "(1/3) How would you rate today, from 1 (poor) to 5 (excellent)?"
    assert messages[1] == "(2/3) Did you feel heard today?"
    assert messages[2] == "(3/3) What one thing should we change for next time?"
    assert "Thank you" in messages[3]

    [response] = responses(flow_context.sessions)
    assert response.session_id == "w1-sat"
    assert response.answers == {"rating": 5, "heard": "no", "improve": "More breaks please"}
    expected_key = hmac.new(
        feedback_secret.encode(), f"{amina.member_id}:w1-sat".encode(), hashlib.sha256
    ).hexdigest()
    assert response.respondent_key == expected_key
    with flow_context.sessions() as session:
        request = session.execute(select(FeedbackRequest)).scalar_one()
        assert request.responded is True


def test_anonymous_feedback_stores_nothing_that_identifies_the_member(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    take_survey(amina, ["4", "yes", "skip"])
    [response] = responses(flow_context.sessions)
    assert response.member_id is None
    with flow_context.sessions() as session:
        member = session.get(Member, amina.member_id)
        assert member is not None
        identifying = [
            member.first_name,
            member.last_name,
            member.phone,
            member.invite_code,
            hashlib.sha256(str(member.id).encode()).hexdigest(),
            hashlib.sha256(f"{member.id}:w1-sat".encode()).hexdigest(),
        ]
    stored = json.dumps(
        {
            "session_id": response.session_id,
            "answers": response.answers,
            "member_id": response.member_id,
        }
    )
    for value in identifying:
        assert value not in stored
    assert set(response.answers) == {"rating", "heard", "improve"}  # answers only
    assert response.respondent_key not in identifying  # a keyed hash, not a plain one
    assert response.answers == {"rating": 4, "heard": "yes", "improve": None}


def test_named_feedback_keeps_the_member_when_the_config_says_so(
    flow_context: FlowContext, amina: Someone, config_path: Path, feedback_secret: str
) -> None:
    config_path.write_text(config_path.read_text().replace("anonymous: true", "anonymous: false"))
    clear_config_cache()
    _, [intro] = start(amina)
    assert "anonymous" not in intro
    take_survey(amina, ["3", "yes", "nothing"])
    [response] = responses(flow_context.sessions)
    assert response.member_id == amina.member_id


def test_a_second_survey_answer_for_the_same_session_is_refused_kindly(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    take_survey(amina, ["5", "yes", "keep it up"])
    slots, [message] = start(amina)
    assert slots["feedback_session"] is None
    assert "already given feedback on Weekend 1, Saturday" in message

    # answered in two conversations at once: the second save is refused, the first kept
    tracker = tracker_for(
        amina, slots={"feedback_session": "w1-sat", "feedback_answers": {"rating": 1}}
    )
    _, [refused] = run(ActionSubmitFeedback(), tracker)
    assert "kept your first answers" in refused
    [response] = responses(flow_context.sessions)
    assert response.answers["rating"] == 5

    take_survey(amina, ["2", "no", "skip"], session_id="w1-sun")  # another session is fine
    assert len(responses(flow_context.sessions)) == 2


def test_an_answer_that_cannot_be_read_is_asked_again(
    flow_context: FlowContext, amina: Someone
) -> None:
    slots, [retry] = reply(amina, "banana", {})
    assert slots["feedback_answer"] is None
    assert "feedback_answers" not in slots
    assert "number from 1 (poor) to 5" in retry
    slots, [retry] = reply(amina, "purple", {"rating": 4})
    assert "YES, NO or SORT OF" in retry
    slots, _ = reply(amina, "pass", {"rating": 4})
    assert slots["feedback_answers"] == {"rating": 4, "heard": None}


def test_the_questions_are_read_from_the_config_at_run_time(
    flow_context: FlowContext, amina: Someone, config_path: Path, feedback_secret: str
) -> None:
    text = config_path.read_text()
    extra = (
        '    - {id: improve, type: text, text: "What one thing should we change for next time?"}\n'
        '    - {id: venue, type: rating, text: "How was the venue, from 1 to 5?"}\n'
    )
    config_path.write_text(text.replace(extra.split("\n")[0] + "\n", extra))
    clear_config_cache()
    answers, messages = take_survey(amina, ["good", "yes", "skip", "excellent"])
    assert messages[3] == "(4/4) How was the venue, from 1 to 5?"
    assert answers == {"rating": 4, "heard": "yes", "improve": None, "venue": 5}

    form = ValidateFeedbackForm()
    tracker = tracker_for(amina, slots={"feedback_session": "w1-sun", "feedback_answers": {}})
    required = asyncio.run(form.required_slots([], CollectingDispatcher(), tracker, {}))
    assert required == ["feedback_answer"]
    tracker = tracker_for(amina, slots={"feedback_session": "w1-sun", "feedback_answers": answers})
    assert asyncio.run(form.required_slots([], CollectingDispatcher(), tracker, {})) == []


def test_a_late_answer_still_counts(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None], feedback_secret: str
) -> None:
    clock(AFTER_W1_SAT + timedelta(days=9))
    take_survey(amina, ["4", "yes", "skip"])
    [response] = responses(flow_context.sessions)
    assert response.session_id == "w1-sat"


def test_a_half_done_survey_is_kept_when_the_next_one_starts(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    slots, _ = start(amina, "w1-sun", feedback_session="w1-sat", feedback_answers={"rating": 2})
    assert slots["feedback_session"] == "w1-sun"
    [response] = responses(flow_context.sessions)
    assert (response.session_id, response.answers) == ("w1-sat", {"rating": 2})


def test_unknown_session_starts_no_survey(flow_context: FlowContext, amina: Someone) -> None:
    slots, messages = start(amina, "w9-mon")
    assert slots["feedback_session"] is None and messages == []


# --- feedback at any time ---------------------------------------------------------------------


def test_feedback_any_time_is_stored_without_the_member_when_anonymous(
    flow_context: FlowContext, amina: Someone
) -> None:
    text = "the small group discussions were the best bit"
    events, _ = run(ValidateFeedbackNoteForm(), tracker_for(amina, "give_feedback", text))
    assert slot_events(events)["feedback_note"] == text

    events, [thanks] = run(
        ActionRecordFeedbackNote(), tracker_for(amina, slots={"feedback_note": text})
    )
    assert "Thank you" in thanks and "anonymous" in thanks
    assert slot_events(events) == {"feedback_note": None}
    with flow_context.sessions() as session:
        note = session.execute(select(FeedbackNote)).scalar_one()
        assert (note.text, note.member_id) == (text, None)


def test_asking_to_give_feedback_is_not_the_feedback(
    flow_context: FlowContext, amina: Someone
) -> None:
    assert is_request_only("I want to give some feedback")
    assert is_request_only("can i leave feedback about today?")
    assert not is_request_only("the room was too cold")
    events, _ = run(
        ValidateFeedbackNoteForm(),
        tracker_for(amina, "give_feedback", "i want to give some feedback"),
    )
    assert "feedback_note" not in slot_events(events)
    _, [prompt] = run(ActionAskFeedbackNote(), tracker_for(amina))
    assert "what would you like to tell us" in prompt


def test_named_feedback_notes_keep_the_member(flow_context: FlowContext, config_path: Path) -> None:
    config_path.write_text(config_path.read_text().replace("anonymous: true", "anonymous: false"))
    clear_config_cache()
    someone = add_member(flow_context.sessions)
    run(ActionRecordFeedbackNote(), tracker_for(someone, slots={"feedback_note": "more tea"}))
    with flow_context.sessions() as session:
        note = session.execute(select(FeedbackNote)).scalar_one()
        assert note.member_id == someone.member_id


def _race(
    factory: sessionmaker[Session], config_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two surveys saved at once: both pass the check, the unique constraint refuses one, and the
    refused save leaves the transaction usable."""
    import flows.feedback.responses as responses
    from bot.config import load_config

    someone = add_member(factory)
    config = load_config(config_path)
    monkeypatch.setattr(responses, "already_responded", lambda *args: False)
    with factory() as session, session.begin():
        member = session.get(Member, someone.member_id)
        assert member is not None
        assert responses.store_response(session, config, member, "w1-sat", {"rating": 3})
        assert not responses.store_response(session, config, member, "w1-sat", {"rating": 1})
        session.add(FeedbackNote(text="still fine"))
    with factory() as session:
        [row] = session.execute(select(FeedbackResponse)).scalars()
        assert row.answers == {"rating": 3}
        assert session.execute(select(FeedbackNote)).scalar_one().text == "still fine"


def test_racing_responses_are_stopped_by_the_unique_key(
    flow_context: FlowContext,
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    feedback_secret: str,
) -> None:
    _race(flow_context.sessions, config_path, monkeypatch)


@pytest.mark.postgres
def test_racing_responses_are_stopped_by_the_unique_key_on_postgresql(
    postgres_url: str, config_path: Path, monkeypatch: pytest.MonkeyPatch, feedback_secret: str
) -> None:
    from db.models import Base
    from db.session import make_engine, make_session_factory
    from flows.context import configure

    engine = make_engine(postgres_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    configure(FlowContext(sessions=factory, config_path=config_path))
    try:
        _race(factory, config_path, monkeypatch)
    finally:
        configure(None)
        engine.dispose()
