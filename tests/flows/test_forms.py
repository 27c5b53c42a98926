"""Forms that survive real members: in every form a question is answered (not stored) and the
question asked again, a claim asked for inside onboarding waits for the end of it, an answer not
understood twice gets numbered choices and a third opens a case, and the scheduler's survey
pauses an open form, which carries on after it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Action, FormValidationAction
from rasa_sdk.executor import CollectingDispatcher

from db.models import Conversation, Member
from flows.context import FlowContext, context
from flows.expenses import (
    ActionAskClaimCategory,
    ActionAskClaimSession,
    ActionSubmitExpenseClaim,
    ValidateExpenseClaimForm,
)
from flows.feedback import (
    ActionAskFeedbackAnswer,
    ActionStartFeedbackSurvey,
    ActionSubmitFeedback,
    ValidateFeedbackForm,
)
from flows.onboarding import (
    ActionAskOnboardingAnswer,
    ActionFinishOnboarding,
    ValidateOnboardingForm,
)
from tests.flows.conftest import (
    DOMAIN,
    Someone,
    form_tracker,
    run,
    slot_events,
    tracker_for,
)


@dataclass
class Chat:
    """A member's messages inside one form, with the slots carried from message to message as
    Rasa carries them; each message is validated and, while the form goes on, the question is
    asked (by `asker`, given the slots)."""

    someone: Someone
    form: str
    validator: FormValidationAction
    asker: Callable[[dict[str, Any]], Action | None]
    slots: dict[str, Any] = field(default_factory=dict)

    def say(self, text: str, intent: str | None = None, slot: str | None = None) -> list[str]:
        slot = slot or self.slots.get("requested_slot") or ""
        tracker = form_tracker(self.someone, self.form, slot, text, intent, self.slots)
        events, messages = run(self.validator, tracker)
        self.slots.update(slot_events(events))
        ask = self.asker(self.slots)
        if ask is not None:
            _, asked = run(ask, tracker_for(self.someone, slots=self.slots, active_loop=self.form))
            messages += asked
        return messages

    def run(self, action: Action) -> tuple[dict[str, Any], list[str]]:
        """An action after the member's last message, on the same slots."""
        events, messages = run(action, tracker_for(self.someone, slots=self.slots))
        return slot_events(events), messages

    def member(self) -> Member:
        with context().sessions() as session:
            found = session.get(Member, self.someone.member_id)
            assert found is not None
            return found

    def case(self) -> Conversation:
        with context().sessions() as session:
            found = session.get(Conversation, self.someone.conversation_id)
            assert found is not None
            return found


AtStep = Callable[[str], Chat]


@pytest.fixture
def at_step(flow_context: FlowContext, amina: Someone) -> AtStep:
    """Amina at one onboarding question (the database keeps the place)."""

    def asker(slots: dict[str, Any]) -> Action | None:
        return ActionAskOnboardingAnswer() if slots.get("onboarding_answer") is None else None

    def chat_at(step: str) -> Chat:
        with flow_context.sessions() as session, session.begin():
            member = session.get(Member, amina.member_id)
            assert member is not None
            member.onboarding_state, member.onboarding_step = "in_progress", step
        slots = {"requested_slot": "onboarding_answer"}
        return Chat(amina, "onboarding_form", ValidateOnboardingForm(), asker, slots)

    return chat_at


# --- onboarding -------------------------------------------------------------------------------


def test_a_question_at_the_caring_question_is_answered_not_stored(at_step: AtStep) -> None:
    chat = at_step("caring")
    messages = chat.say("is there a limit on travel expenses per day?", "ask_travel_expenses")
    assert "£30" in messages[0] and "look after children" in messages[-1]
    assert chat.member().caring_responsibilities is None
    assert chat.member().onboarding_step == "caring"


@pytest.mark.parametrize(
    ("step", "text", "intent", "confidence"),
    [
        ("caring", "I have two kids, the childminder has them", "ask_childcare_expenses", 0.9),
        ("access", "I need step-free access", "ask_accessibility", 0.9),
        ("dietary", "is halal ok?", "ask_catering", 0.2),  # the NLU is unsure: an answer
    ],
)
def test_an_answer_that_only_sounds_like_a_question_is_stored(
    at_step: AtStep, step: str, text: str, intent: str, confidence: float
) -> None:
    chat = at_step(step)
    tracker = form_tracker(chat.someone, chat.form, "onboarding_answer", text, intent)
    tracker.latest_message["intent"]["confidence"] = confidence
    run(chat.validator, tracker)
    stored = {"caring": "caring_responsibilities", "access": "access_needs"}
    assert getattr(chat.member(), stored.get(step, "dietary_needs")) == text


def test_a_claim_asked_for_at_the_summary_is_taken_once_onboarding_is_done(
    at_step: AtStep, clock: Callable[..., None]
) -> None:
    clock(datetime(2027, 2, 20, 15, 0, tzinfo=UTC))  # Weekend 1, Saturday
    chat = at_step("summary")
    text = "I want to claim back my taxi fare from today, it was £12.40"
    tracker = form_tracker(chat.someone, chat.form, "onboarding_answer", text, "submit_expense")
    tracker.latest_message["entities"] = [{"entity": "amount", "value": "£12.40"}]
    events, messages = run(chat.validator, tracker)
    slots = slot_events(events)
    assert messages == ["I'll take your claim as soon as we've finished these questions."]
    assert slots["pending_claim"] is True and slots["onboarding_answer"] is None
    assert (slots["claim_category"], slots["claim_amount"], slots["claim_session"]) == (
        "travel",
        "£12.40",
        "w1-sat",
    )

    chat.slots.update(slots)
    chat.say("yes", "affirm")
    assert chat.member().onboarding_state == "onboarded"
    finished, messages = chat.run(ActionFinishOnboarding())
    assert finished["form_next"] == "expense_claim_form" and finished["pending_claim"] is None
    assert messages[-1] == "Now, your claim."


def test_a_claim_waits_while_onboarding_is_not_finished(at_step: AtStep) -> None:
    chat = at_step("caring")
    chat.slots["pending_claim"] = True
    finished, _ = chat.run(ActionFinishOnboarding())
    assert finished["form_next"] is None and finished["pending_claim"] is True


def test_a_name_that_reads_like_a_sentence_is_confirmed_first(at_step: AtStep) -> None:
    chat = at_step("name")
    messages = chat.say("my name is not important i just want to know when it starts")
    assert messages[-1].startswith(
        "Shall I call you Not important i just want to know when it starts?"
    )
    assert chat.member().preferred_name is None
    assert "What name would you like" in chat.say("no", "deny")[-1]
    chat.say("Mina")
    assert chat.member().preferred_name == "Mina"


def test_a_name_with_a_sentence_after_it_offers_just_the_name(at_step: AtStep) -> None:
    chat = at_step("name")
    asked = chat.say("call me Mina, it's what everyone does")[-1]
    assert asked.startswith("Shall I call you Mina?")
    assert "privacy notice" in chat.say("yes", "affirm")[-1]
    assert chat.member().preferred_name == "Mina"


def test_an_answer_not_understood_twice_gets_numbered_choices_and_the_number_counts(
    at_step: AtStep,
) -> None:
    chat = at_step("privacy")
    assert "yes or a no" in chat.say("hmm", "nlu_fallback")[-1]
    listed = chat.say("whatever", "nlu_fallback")[-1]
    assert listed.startswith("Sorry, I still didn't catch that.")
    assert "1. Yes" in listed and "2. No" in listed
    assert "Can you come to" in chat.say("1", "nlu_fallback")[-1]
    assert chat.member().onboarding_step == "attendance:1"


def test_a_third_miss_opens_a_case_and_a_person_will_help(at_step: AtStep) -> None:
    chat = at_step("channel")
    for text in ("hmm", "eh", "purple"):
        messages = chat.say(text, "nlu_fallback")
    assert chat.slots["onboarding_answer"] == "handed over"
    assert "a person will reply" in messages[-1]
    assert chat.case().reason == "form not understood"
    assert chat.member().onboarding_step == "channel"  # the place is kept


# --- the claim form ---------------------------------------------------------------------------

ClaimAt = Callable[..., Chat]


@pytest.fixture
def claim_at(flow_context: FlowContext, amina: Someone) -> ClaimAt:
    """Amina in the middle of a claim, with the steps already answered as slots."""

    def asker(current: dict[str, Any]) -> Action | None:
        asks = {
            "claim_category": ActionAskClaimCategory(),
            "claim_session": ActionAskClaimSession(),
        }
        return asks.get(current.get("requested_slot") or "")

    def chat_at(step: str, **slots: Any) -> Chat:
        filled = {**slots, "requested_slot": step}
        return Chat(amina, "expense_claim_form", ValidateExpenseClaimForm(), asker, filled)

    return chat_at


def test_the_claim_day_today_is_the_assemblys_today(
    flow_context: FlowContext, claim_at: ClaimAt
) -> None:
    flow_context.clock = lambda: datetime(2027, 3, 14, 9, 0, tzinfo=UTC)  # the action's "now"
    chat = claim_at("claim_session", claim_category="travel", claim_amount="8.00")
    chat.say("weekend 2 sunday, today")
    assert chat.slots["claim_session"] == "w2-sun"
    chat = claim_at("claim_session", claim_category="travel", claim_amount="8.00")
    chat.say("the one yesterday")
    assert chat.slots["claim_session"] == "w2-sat"


def test_a_claim_day_not_understood_twice_is_offered_as_a_numbered_list(
    claim_at: ClaimAt, clock: Callable[..., None]
) -> None:
    clock(datetime(2027, 3, 14, 17, 0, tzinfo=UTC))  # four sessions have started
    chat = claim_at("claim_session", claim_category="travel", claim_amount="8.00")
    first = chat.say("the blue one")
    assert first[0] == "Sorry, I couldn't tell which day you mean."
    assert first[-1].startswith("Which day was it for?")
    listed = chat.say("the blue one")[-1]
    assert listed.splitlines()[1:] == [
        "1. Weekend 1, Saturday (Sat 20 Feb)",
        "2. Weekend 1, Sunday (Sun 21 Feb)",
        "3. Weekend 2, Saturday (Sat 13 Mar)",
        "4. Weekend 2, Sunday (Sun 14 Mar)",
    ]
    chat.say("3")
    assert chat.slots["claim_session"] == "w2-sat" and chat.slots["form_retry"] is None


def test_a_question_at_a_claim_step_is_answered_and_not_a_miss(claim_at: ClaimAt) -> None:
    chat = claim_at("claim_category")
    messages = chat.say("where is the venue?", "ask_venue")
    assert "Walthamstow Assembly Hall" in messages[0]
    assert "travel, childcare or care" in messages[-1]
    assert chat.slots.get("form_retry") is None


def test_a_claim_step_not_understood_three_times_opens_a_case_and_ends_quietly(
    claim_at: ClaimAt,
) -> None:
    chat = claim_at("claim_category")
    chat.say("stuff")
    assert "1. Travel" in chat.say("things")[-1]
    assert "a person will reply" in chat.say("other stuff")[-1]
    assert chat.slots["claim_confirmed"] == "handed over"
    assert chat.case().reason == "form not understood"
    required = ValidateExpenseClaimForm().required_slots(
        list(DOMAIN["forms"]["expense_claim_form"]["required_slots"]),
        CollectingDispatcher(),
        tracker_for(chat.someone, slots=chat.slots),
        DOMAIN,
    )
    assert asyncio.run(required) == []  # the form ends
    cleared, messages = chat.run(ActionSubmitExpenseClaim())
    assert messages == [] and cleared["claim_confirmed"] is None


# --- the survey -------------------------------------------------------------------------------

SurveyAt = Callable[[dict[str, Any]], Chat]


@pytest.fixture
def survey_at(flow_context: FlowContext, amina: Someone, feedback_secret: str) -> SurveyAt:
    """Amina in the survey about Weekend 1 Saturday, with these answers given so far."""

    def chat_at(answers: dict[str, Any]) -> Chat:
        slots = {"feedback_session": "w1-sat", "feedback_answers": answers}
        return Chat(
            amina,
            "feedback_form",
            ValidateFeedbackForm(),
            lambda current: ActionAskFeedbackAnswer(),
            {**slots, "requested_slot": "feedback_answer"},
        )

    return chat_at


@pytest.mark.parametrize(("open_form", "carries_on"), [("onboarding_form", True), (None, False)])
def test_the_survey_pauses_an_open_form_which_carries_on_after_it(
    survey_at: SurveyAt, open_form: str | None, carries_on: bool
) -> None:
    chat = survey_at({})
    tracker = tracker_for(
        chat.someone,
        "EXTERNAL_feedback_request",
        "",
        entities=[{"entity": "session_ref", "value": "w1-sat"}],
        active_loop=open_form,
    )
    events, messages = run(ActionStartFeedbackSurvey(), tracker)
    assert "quick question" in messages[0]
    left = [e["name"] for e in events if e["event"] == "active_loop"]
    assert left == ([None] if carries_on else [])
    chat.slots.update(slot_events(events))
    assert chat.slots["paused_form"] == open_form
    chat.slots["feedback_answers"] = {"rating": 4}
    finished, _ = chat.run(ActionSubmitFeedback())
    assert finished["form_next"] == open_form and finished["paused_form"] is None


def test_a_rating_not_understood_twice_is_offered_as_numbers(survey_at: SurveyAt) -> None:
    chat = survey_at({})
    assert "1 (poor) to 5 (excellent)" in chat.say("dunno")[0]
    listed = chat.say("what")[-1]
    assert "1. 1 (poor)" in listed and "5. 5 (excellent)" in listed
    chat.say("4")
    assert chat.slots["feedback_answers"] == {"rating": 4}


def test_a_question_in_a_survey_comment_is_answered_not_stored(survey_at: SurveyAt) -> None:
    chat = survey_at({"rating": 4, "heard": "yes"})
    messages = chat.say("where is the venue for next time?", "ask_venue")
    assert "Walthamstow Assembly Hall" in messages[0]
    assert "change for next time" in messages[-1]
    assert chat.slots["feedback_answers"] == {"rating": 4, "heard": "yes"}


def test_a_claim_asked_for_in_a_survey_comment_starts_after_the_survey(
    survey_at: SurveyAt,
) -> None:
    chat = survey_at({"rating": 4, "heard": "yes"})
    messages = chat.say("I need to claim my bus fare", "submit_expense")
    assert messages[0] == "I'll take your claim as soon as we've finished these questions."
    assert chat.slots["pending_claim"] is True and chat.slots["claim_category"] == "travel"
    chat.say("more breaks")
    finished, _ = chat.run(ActionSubmitFeedback())
    assert finished["form_next"] == "expense_claim_form"


@pytest.mark.parametrize("anonymous", [True, False])
def test_a_survey_answer_not_understood_three_times_is_skipped(
    survey_at: SurveyAt, config_path: Path, anonymous: bool
) -> None:
    """A case shows staff the conversation, so an anonymous survey opens none."""
    if not anonymous:
        text = config_path.read_text()
        config_path.write_text(text.replace("anonymous: true", "anonymous: false"))
    chat = survey_at({})
    for text in ("dunno", "what", "eh"):
        messages = chat.say(text)
    assert messages[0] == "Sorry, I couldn't read that one, so I've skipped it."
    assert "(2/3) Did you feel heard" in messages[-1]
    assert chat.slots["feedback_answers"] == {"rating": None}
    case = chat.case()
    assert (case.reason == "form not understood") is not anonymous
