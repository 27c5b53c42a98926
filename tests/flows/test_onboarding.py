"""Onboarding: every answer lands in the database as it is given, so a member who stops halfway
carries on at the same question days later, even when Rasa has forgotten the conversation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Attendance, Base, ConsentRecord, Conversation, Member
from db.session import make_engine, make_session_factory
from flows.context import FlowContext, configure
from flows.onboarding import (
    PRIVACY_NOTICE_VERSION,
    ActionAskOnboardingAnswer,
    ActionFinishOnboarding,
    ActionStartOnboarding,
    ActionUpdateDetails,
    ValidateOnboardingForm,
)
from tests.flows.conftest import Someone, add_member, form_tracker, run, slot_events, tracker_for


def say(someone: Someone, text: str, intent: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """One member message inside the form: validate it, then (like Rasa's form) ask the next
    question if the form goes on. Returns the slots set and every text sent."""
    events, messages = run(
        ValidateOnboardingForm(),
        form_tracker(someone, "onboarding_form", "onboarding_answer", text, intent),
    )
    slots = slot_events(events)
    if slots.get("onboarding_answer") is None:
        _ask_events, asked = run(
            ActionAskOnboardingAnswer(),
            tracker_for(
                someone,
                intent,
                text,
                slots={"onboarding_hint": slots.get("onboarding_hint")},
                active_loop="onboarding_form",
            ),
        )
        messages += asked
    return slots, messages


def start(
    someone: Someone, intent: str = "greet", text: str = "hi"
) -> tuple[dict[str, Any], list[str]]:
    events, messages = run(ActionStartOnboarding(), tracker_for(someone, intent, text))
    slots = slot_events(events)
    if slots.get("onboarding_needed"):
        _, asked = run(ActionAskOnboardingAnswer(), tracker_for(someone, intent, text))
        messages += asked
    return slots, messages


def member(sessions: sessionmaker[Session], someone: Someone) -> Member:
    with sessions() as session:
        found = session.get(Member, someone.member_id)
        assert found is not None
        return found


def test_first_hello_starts_onboarding_with_the_name_question(
    amina: Someone, flow_context: FlowContext
) -> None:
    slots, messages = start(amina)

    assert slots["onboarding_needed"] is True
    assert "Welcome, Amina" in messages[0]
    assert "we have your name as Amina" in messages[1]
    saved = member(flow_context.sessions, amina)
    assert (saved.onboarding_state, saved.onboarding_step) == ("in_progress", "name")


def test_whole_onboarding_saves_every_answer(amina: Someone, flow_context: FlowContext) -> None:
    start(amina, "join_assembly", "JOIN WF7K2Q")

    _, messages = say(amina, "call me Mina")
    assert "https://example.org/assembly/privacy" in messages[-1]
    _, messages = say(amina, "yes", "affirm")
    assert (
        "Weekend 1" in messages[-1] and "Saturday 20 February 2027, 10:00 to 16:30" in messages[-1]
    )
    say(amina, "yes", "affirm")
    say(amina, "no", "deny")
    _, messages = say(amina, "not sure")
    assert "access needs" in messages[-1]
    _, messages = say(amina, "yes", "affirm")
    assert "What would help you" in messages[-1]
    say(amina, "I use a wheelchair")
    say(amina, "halal please")
    _, messages = say(amina, "two kids under 5")
    assert any("£80" in m and "childcare" in m for m in messages)
    _, messages = say(amina, "whatsapp")
    summary = messages[-1]
    assert "Name: Mina" in summary
    assert "Weekend 1: coming" in summary and "Weekend 2: can't come" in summary
    assert "Weekend 3: not sure" in summary
    assert "wheelchair" not in summary  # special-category data stays off the phone screen
    assert "Dietary needs: halal please" in summary and "Messages by: WhatsApp" in summary

    slots, _ = say(amina, "yes", "affirm")
    assert slots["onboarding_answer"] == "done"
    _, closing = run(ActionFinishOnboarding(), tracker_for(amina))
    assert "you're all set" in closing[0]

    with flow_context.sessions() as session:
        saved = session.get(Member, amina.member_id)
        assert saved is not None
        assert saved.onboarding_state == "onboarded" and saved.onboarded_at is not None
        assert saved.preferred_name == "Mina"
        assert saved.access_needs == "I use a wheelchair"
        assert saved.dietary_needs == "halal please"
        assert saved.caring_responsibilities == "two kids under 5"
        assert saved.preferred_channel == "whatsapp"
        consents = {
            (c.kind, c.version, c.granted) for c in session.execute(select(ConsentRecord)).scalars()
        }
        assert consents == {
            ("privacy", PRIVACY_NOTICE_VERSION, True),
            ("access_needs", "2027-01", True),
        }
        attendance = dict(
            session.execute(select(Attendance.session_id, Attendance.status)).tuples().all()
        )
        assert attendance == {
            "w1-sat": "confirmed",
            "w1-sun": "confirmed",
            "w2-sat": "declined",
            "w2-sun": "declined",
            "w3-sat": "not_sure",
            "w3-sun": "not_sure",
        }


def _answer_up_to_attendance(someone: Someone) -> None:
    start(someone)
    say(someone, "yes", "affirm")
    say(someone, "yes", "affirm")  # privacy
    say(someone, "yes", "affirm")  # weekend 1


def test_resumes_at_the_same_question_days_later_with_a_fresh_tracker(
    amina: Someone, flow_context: FlowContext, clock: Any
) -> None:
    clock(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    _answer_up_to_attendance(amina)

    # Five days later Rasa's tracker is new (no slots, no events): only the database remembers.
    clock(datetime(2027, 1, 15, 19, 0, tzinfo=UTC))
    slots, messages = start(amina, "greet", "hello again")

    assert slots["onboarding_needed"] is True
    assert "Welcome back, Amina" in messages[0]
    assert "Can you come to Weekend 2" in messages[1]
    with flow_context.sessions() as session:
        assert session.get(Member, amina.member_id).onboarding_step == "attendance:2"  # type: ignore[union-attr]


def test_refusing_privacy_consent_is_accepted_kindly_and_passed_to_staff(
    amina: Someone, flow_context: FlowContext
) -> None:
    start(amina)
    say(amina, "yes", "affirm")
    slots, messages = say(amina, "no", "deny")

    assert slots["onboarding_answer"] == "done"  # the form stops
    assert "completely fine" in messages[0] and "+44 20 8496 0000" in messages[0]
    with flow_context.sessions() as session:
        saved = session.get(Member, amina.member_id)
        conversation = session.get(Conversation, amina.conversation_id)
        consent = session.execute(select(ConsentRecord)).scalar_one()
        assert saved.onboarding_state == "consent_refused"  # type: ignore[union-attr]
        assert (consent.kind, consent.granted) == ("privacy", False)
        assert conversation.status == "escalated" and conversation.reason == "consent refused"  # type: ignore[union-attr]
        assert conversation.urgent is False  # type: ignore[union-attr]


def test_no_access_consent_skips_the_access_question_and_keeps_nothing(
    amina: Someone, flow_context: FlowContext
) -> None:
    _answer_up_to_attendance(amina)
    say(amina, "yes", "affirm")
    say(amina, "yes", "affirm")
    _, messages = say(amina, "no", "deny")  # access consent

    assert "dietary" in messages[-1]
    with flow_context.sessions() as session:
        saved = session.get(Member, amina.member_id)
        assert saved.access_needs is None  # type: ignore[union-attr]
        access = session.execute(
            select(ConsentRecord).where(ConsentRecord.kind == "access_needs")
        ).scalar_one()
        assert access.granted is False


def test_a_question_mid_form_is_answered_and_the_same_question_asked_again(
    amina: Someone, flow_context: FlowContext
) -> None:
    _answer_up_to_attendance(amina)
    _, messages = say(amina, "what's the food like?", "ask_catering")

    assert "halal, vegetarian and vegan" in messages[0]
    assert "Can you come to Weekend 2" in messages[1]
    assert member(flow_context.sessions, amina).onboarding_step == "attendance:2"


def test_unclear_answer_gets_a_hint_and_the_same_question(
    amina: Someone, flow_context: FlowContext
) -> None:
    start(amina)
    say(amina, "yes", "affirm")
    _, messages = say(amina, "hmm what", "nlu_fallback")

    assert messages[-1].startswith("Sorry, I need a yes or a no")
    assert "privacy notice" in messages[-1]


def test_optional_questions_can_be_skipped(amina: Someone, flow_context: FlowContext) -> None:
    _answer_up_to_attendance(amina)
    say(amina, "yes", "affirm")
    say(amina, "yes", "affirm")
    say(amina, "prefer not to say")  # access consent
    say(amina, "none")  # dietary
    _, messages = say(amina, "no")  # caring: no cost message
    assert not any("claim back" in m for m in messages)
    _, messages = say(amina, "skip")  # channel kept
    assert "Messages by: text message (SMS)" in messages[-1]
    saved = member(flow_context.sessions, amina)
    assert saved.dietary_needs is None and saved.caring_responsibilities is None
    assert saved.preferred_channel == "sms"


def test_correcting_an_item_from_the_summary_returns_to_the_summary(
    amina: Someone, flow_context: FlowContext
) -> None:
    _answer_up_to_attendance(amina)
    for answer in ("yes", "yes", "no", "none", "none"):
        say(amina, answer)
    _, messages = say(amina, "skip")
    assert "Here's what I have" in messages[-1]

    _, messages = say(amina, "no", "deny")
    assert "Which would you like to change" in messages[-1]
    _, messages = say(amina, "dietary")
    assert "dietary needs" in messages[-1]
    _, messages = say(amina, "vegan")
    assert "Dietary needs: vegan" in messages[-1]
    slots, _ = say(amina, "yes", "affirm")
    assert slots["onboarding_answer"] == "done"
    assert member(flow_context.sessions, amina).onboarding_state == "onboarded"


def test_update_details_later_reopens_one_item(flow_context: FlowContext) -> None:
    someone = add_member(flow_context.sessions, state="onboarded")
    events, messages = run(
        ActionUpdateDetails(), tracker_for(someone, "update_details", "change my dietary needs")
    )
    assert slot_events(events)["onboarding_needed"] is True
    assert member(flow_context.sessions, someone).onboarding_step == "edit:dietary"
    _, messages = say(someone, "no nuts please")
    assert "Dietary needs: no nuts please" in messages[-1]
    say(someone, "yes", "affirm")
    saved = member(flow_context.sessions, someone)
    assert saved.onboarding_state == "onboarded" and saved.onboarding_step is None


def test_onboarded_member_just_gets_a_hello(flow_context: FlowContext) -> None:
    someone = add_member(flow_context.sessions, state="onboarded")
    slots, messages = start(someone)
    assert slots["onboarding_needed"] is False
    assert messages == ["Hello Amina! What can I help with today?"]


@pytest.mark.postgres
def test_resume_after_days_on_postgresql(postgres_url: str, config_path: Any, clock: Any) -> None:
    sessions = make_session_factory(make_engine(postgres_url))
    Base.metadata.create_all(sessions.kw["bind"])
    configure(FlowContext(sessions=sessions, config_path=config_path))
    try:
        someone = add_member(sessions)
        _answer_up_to_attendance(someone)
        _slots, messages = start(someone, "greet", "hi")
        assert "Can you come to Weekend 2" in messages[-1]
        with sessions() as session:
            assert session.execute(select(ConsentRecord.granted)).scalar_one() is True
            assert len(session.execute(select(Attendance)).scalars().all()) == 2
    finally:
        configure(None)
        sessions.kw["bind"].dispose()


def test_the_start_actions_own_slot_reset_is_not_taken_as_an_answer(
    amina: Someone, flow_context: FlowContext
) -> None:
    """Rasa validates every slot set since the member's message, including the start action's
    reset to None: that must neither answer the question nor add a "didn't catch that"."""
    start(amina)
    tracker = form_tracker(amina, "onboarding_form", "onboarding_answer", "hi", "greet")
    tracker.slots["onboarding_answer"] = None
    tracker.events[-1]["value"] = None
    events, messages = run(ValidateOnboardingForm(), tracker)

    assert messages == []
    assert slot_events(events) == {"onboarding_answer": None}
    assert member(flow_context.sessions, amina).onboarding_step == "name"


def test_call_me_at_the_name_question_is_a_name_not_a_request_for_a_call(
    amina: Someone, flow_context: FlowContext
) -> None:
    start(amina)
    _, messages = say(amina, "call me Mina", "request_human")
    assert "privacy notice" in messages[-1]
    assert member(flow_context.sessions, amina).preferred_name == "Mina"


def test_asking_for_a_person_mid_form_hands_over_and_keeps_the_place(
    amina: Someone, flow_context: FlowContext
) -> None:
    _answer_up_to_attendance(amina)
    slots, messages = say(amina, "can I talk to a real person", "request_human")
    assert slots["onboarding_answer"] == "handed over"
    assert "a person will reply" in messages[0]
    with flow_context.sessions() as session:
        conversation = session.get(Conversation, amina.conversation_id)
        assert conversation.status == "escalated"  # type: ignore[union-attr]
        assert session.get(Member, amina.member_id).onboarding_step == "attendance:2"  # type: ignore[union-attr]
