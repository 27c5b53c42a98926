"""Information answers come from config.yml at the moment of asking."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import clear_config_cache
from flows.chitchat import ActionAnswerBotChallenge, ActionAnswerOutOfScope, ActionListCapabilities
from flows.context import FlowContext
from flows.information import (
    ActionAnswerAboutAssembly,
    ActionAnswerAccessibility,
    ActionAnswerCatering,
    ActionAnswerPayment,
    ActionAnswerSchedule,
    ActionAnswerVenue,
)
from tests.flows.conftest import Someone, add_member, run, tracker_for


def answer(action: Any, someone: Someone, text: str = "", entities: Any = None) -> list[str]:
    _, messages = run(action, tracker_for(someone, None, text, entities=entities))
    return messages


def onboarded(flow_context: FlowContext) -> Someone:
    return add_member(flow_context.sessions, state="onboarded")


def test_venue_answer_follows_an_edit_of_config_yml(
    flow_context: FlowContext, config_path: Path
) -> None:
    someone = onboarded(flow_context)
    before = answer(ActionAnswerVenue(), someone)[0]
    assert "Walthamstow Assembly Hall" in before and "E17 4JD" in before

    text = config_path.read_text()
    config_path.write_text(
        text.replace("Walthamstow Assembly Hall", "Leyton Great Hall").replace(
            "Forest Road, London E17 4JD", "High Road, London E10 5QH"
        )
    )
    clear_config_cache()
    after = answer(ActionAnswerVenue(), someone)[0]
    assert "Leyton Great Hall" in after and "E10 5QH" in after
    assert "Walthamstow Assembly Hall" not in after


def test_payment_is_the_thank_you_payment_not_expenses(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerPayment(), onboarded(flow_context))[0]
    assert "£150 per weekend" in text
    assert "10 working days after each weekend" in text
    assert "separate from expenses" in text
    assert "£30" not in text and "£80" not in text  # expense caps belong to the expenses journey


def test_schedule_lists_every_weekend_in_local_time(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerSchedule(), onboarded(flow_context))[0]
    assert "Weekend 1: Saturday 20 February 2027, 10:00 to 16:30; Sunday 21 February 2027" in text
    assert "Weekend 3: Saturday 20 March 2027" in text


def test_schedule_for_a_named_weekend(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 1, 10, tzinfo=UTC))
    entities = [{"entity": "session_ref", "value": "weekend 2"}]
    text = answer(ActionAnswerSchedule(), onboarded(flow_context), "when is weekend 2", entities)[0]
    assert "Weekend 2, Saturday: Saturday 13 March 2027, 10:00 to 16:30" in text
    assert "Weekend 1" not in text


def test_accessibility_lists_the_venue_and_invites_needs(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerAccessibility(), onboarded(flow_context))[0]
    assert "step-free entrance, hearing loop" in text
    assert "tell us anything" in text


def test_catering_and_dietary_needs(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerCatering(), onboarded(flow_context))[0]
    assert "halal, vegetarian and vegan" in text and "dietary" in text


def test_about_says_voluntary_and_independent(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerAboutAssembly(), onboarded(flow_context))[0]
    assert "voluntary" in text and "independent" in text and "3 weekends" in text


def test_bot_challenge_is_honest_and_gives_the_staff_contact(flow_context: FlowContext) -> None:
    text = answer(ActionAnswerBotChallenge(), onboarded(flow_context))[0]
    assert "automated assistant" in text and "+44 20 8496 0000" in text


def test_capabilities_and_out_of_scope_list_what_the_bot_can_do(flow_context: FlowContext) -> None:
    someone = onboarded(flow_context)
    assert "dates and times" in answer(ActionListCapabilities(), someone)[0]
    text = answer(ActionAnswerOutOfScope(), someone)[0]
    assert text.startswith("Sorry, that's not something I can help with") and "expenses" in text


def test_member_not_yet_onboarded_gets_a_gentle_nudge(amina: Someone) -> None:
    messages = answer(ActionAnswerVenue(), amina)
    assert len(messages) == 2 and "say 'hello'" in messages[1]
