"""What every form does with a message that is not simply the answer to its question.

Members ask things in the middle of a form, ask for something else altogether, or answer in a
way the form cannot read. So each form's validator, before storing a message, asks here:

* a question the NLU is confident about (over `handover.fallback_threshold`) is answered with
  the same words as outside the form, and the form's question is asked again. In a free-text
  step (a name, access needs, dietary needs, caring, a reason, a survey comment) it must also
  read as a question ("is there a limit on travel?"), since "I need step-free access" is an
  answer even when the NLU hears a question about access;
* a request for a new journey (a claim) is taken after the form, with the member told so;
* an answer the form cannot read is a miss: the second miss in a row offers the choices as a
  numbered list (a reply with the number is the answer), the third opens a case for a person.

The misses and the offered choices live in one slot, `form_retry`, keyed by the question, so
they survive between messages and start again at the next question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig
from bot.i18n.catalogue import t
from flows.common import latest_text, looks_like_question
from flows.context import context, conversation_of, db
from flows.handover import hand_over
from flows.information import INLINE_ANSWERS

RETRY_SLOT = "form_retry"
#: A claim asked for inside another form, waiting for that form to end.
PENDING_CLAIM_SLOT = "pending_claim"
#: The form the survey interrupted, to carry on with after it.
PAUSED_FORM_SLOT = "paused_form"
#: Set by the action that ends a form: the form the rules start next (or None).
FORM_NEXT_SLOT = "form_next"
#: Forms that carry on after a survey that interrupted them.
RESUMABLE_FORMS = ("onboarding_form", "expense_claim_form", "feedback_note_form")

FORM_NOT_UNDERSTOOD = "form not understood"  # i18n-exempt: staff (a case's reason)
#: The value a form's last slot gets when a person has taken over: the form ends quietly.
HANDED_OVER = "handed over"

Choices = list[tuple[str, str]]  # (the answer it stands for, what the member reads)


def question_answers() -> dict[str, Callable[[AssemblyConfig, Tracker], str]]:
    """The questions a form answers in passing, each with the words used outside the form.

    Imported here, not at the top: the claim form imports this module, and importing the
    expenses package runs the claim form."""
    from flows.expenses.actions import caring_answer
    from flows.expenses.policy import policy_text, travel_text

    return {
        **{
            intent: (lambda config, tracker, build=build: build(config))
            for intent, build in INLINE_ANSWERS.items()
        },
        "ask_expense_policy": lambda config, tracker: policy_text(config),
        "ask_travel_expenses": lambda config, tracker: travel_text(config),
        "ask_childcare_expenses": caring_answer,
    }


# --- questions and requests inside a form ------------------------------------------------------


def confident_intent(tracker: Tracker, config: AssemblyConfig) -> str | None:
    """The latest message's intent when the NLU is sure enough of it to act on."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    confidence = intent.get("confidence")
    name = intent.get("name")
    if not name or name == "nlu_fallback":
        return None
    if confidence is not None and float(confidence) < config.handover.fallback_threshold:
        return None
    return str(name)


def question_asked(tracker: Tracker, config: AssemblyConfig, *, free_text: bool) -> str | None:
    """The question to answer instead of taking the latest message as the form's answer."""
    intent = confident_intent(tracker, config)
    if intent not in question_answers():
        return None
    if free_text and not looks_like_question(latest_text(tracker)):
        return None
    return intent


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, intent: str) -> None:
    dispatcher.utter_message(text=question_answers()[intent](context().config, tracker))


def claim_asked(tracker: Tracker, config: AssemblyConfig) -> bool:
    """ "I want to claim back my taxi fare" in the middle of another form."""
    return confident_intent(tracker, config) == "submit_expense"


def answered_question(
    dispatcher: CollectingDispatcher, tracker: Tracker, *, free_text: bool
) -> bool:
    """Answer the latest message when it is a question rather than the form's answer."""
    question = question_asked(tracker, context().config, free_text=free_text)
    if question is None:
        return False
    answer_question(dispatcher, tracker, question)
    return True


def interrupted(
    dispatcher: CollectingDispatcher, tracker: Tracker, *, free_text: bool
) -> dict[str, Any] | None:
    """Deal with a question or a claim request instead of an answer: the slot values to
    return (the form then asks its question again), or None when the message is an answer."""
    if answered_question(dispatcher, tracker, free_text=free_text):
        return {}
    if claim_asked(tracker, context().config):
        from flows.expenses.form import claim_details  # see question_answers: no cycle

        dispatcher.utter_message(text=t("form.claim_later"))
        return {PENDING_CLAIM_SLOT: True, **claim_details(tracker)}
    return None


# --- answers the form cannot read ------------------------------------------------------------


@dataclass
class Miss:
    """One more answer a form could not read: how many in a row, and the slot value that
    remembers them (with the choices, from the second miss on)."""

    count: int
    state: dict[str, Any]

    @property
    def needs_person(self) -> bool:
        return self.count >= 3


def _retry_state(tracker: Tracker, key: str) -> dict[str, Any]:
    state = tracker.get_slot(RETRY_SLOT)
    return state if isinstance(state, dict) and state.get("key") == key else {}


def missed(tracker: Tracker, key: str, choices: Choices) -> Miss:
    """Count a miss at the question `key`; from the second, remember the choices offered."""
    count = int(_retry_state(tracker, key).get("misses", 0)) + 1
    offered = [list(choice) for choice in choices] if count >= 2 else []
    return Miss(count, {"key": key, "misses": count, "choices": offered})


def offered_choices(tracker: Tracker, key: str) -> Choices:
    """The numbered choices last offered at the question `key` ([] when none were)."""
    return [
        (str(value), str(label)) for value, label in _retry_state(tracker, key).get("choices", [])
    ]


_NUMBER_REPLY = re.compile(r"(?:number|no\.?|option|#)?\s*(\d{1,2})\s*[.)]?")


def chosen(tracker: Tracker, key: str, text: str) -> str | None:
    """The answer a reply stands for when it is the number (or the words) of an offered
    choice: "2", "2.", "number 2", "option 2"."""
    choices = offered_choices(tracker, key)
    said = " ".join(text.lower().split()).strip(" !")
    if match := _NUMBER_REPLY.fullmatch(said):
        number = int(match.group(1))
        return choices[number - 1][0] if 0 < number <= len(choices) else None
    return next((value for value, label in choices if label.lower() == said), None)


def choices_prompt(tracker: Tracker, key: str, lead: str | None = None) -> str:
    """The numbered list to ask with instead of the usual question, or "" when none; `lead`
    goes above it (by default "Please reply with the number:")."""
    choices = offered_choices(tracker, key)
    lines = [f"{number}. {label}" for number, (_, label) in enumerate(choices, start=1)]
    lead = t("form.reply_with_number") if lead is None else lead
    return "\n".join([lead, *lines]) if choices else ""


def open_case_for_person(tracker: Tracker, dispatcher: CollectingDispatcher) -> None:
    """The third miss: a case for staff (non-urgent), and the member told a person will help."""
    with db() as session:
        conversation = conversation_of(session, tracker)
        if conversation is not None:
            hand_over(session, conversation, FORM_NOT_UNDERSTOOD, urgent=False)
    dispatcher.utter_message(text=t("form.person_will_help"))
