"""The onboarding actions Rasa calls: starting or resuming, asking the next question, the form
validator that saves each answer, and the closing message."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from db.models import Conversation, Member
from flows.common import (
    latest_intent,
    latest_text,
    looks_like_question,
    no_member_text,
)
from flows.context import context, conversation_of, db, source_message_id
from flows.handover import person_will_reply, put_through_to_a_person
from flows.information import INLINE_ANSWERS
from flows.onboarding.answers import NAME_PREFIXES, apply_answer, begin, item_named
from flows.onboarding.steps import question_for

ANSWER_SLOT = "onboarding_answer"
HINT_SLOT = "onboarding_hint"
NEEDED_SLOT = "onboarding_needed"


def _member_and_conversation(
    session: Session, tracker: Tracker
) -> tuple[Member | None, Conversation | None]:
    conversation = conversation_of(session, tracker)
    if conversation is None or conversation.member_id is None:
        return None, conversation
    return session.get(Member, conversation.member_id), conversation


class ActionStartOnboarding(Action):
    """greet / join_assembly / affirm (the invitation says "reply YES"): start or resume
    onboarding for a member who has not finished it; otherwise a friendly hello. Sets
    `onboarding_needed`, which the rules branch on."""

    def name(self) -> str:
        return "action_start_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        intent = latest_intent(tracker)
        joining = intent == "join_assembly"
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(NEEDED_SLOT, False)]
            name = member.display_name
            state = member.onboarding_state
            if state == "onboarded":
                if joining:
                    text = f"You're already signed up, {name}. Thank you! What can I help with?"
                elif intent == "affirm":
                    text = "Great, thank you! Is there anything else I can help with?"
                else:
                    text = f"Hello {name}! What can I help with today?"
                dispatcher.utter_message(text=text)
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "withdrawn":
                dispatcher.utter_message(
                    text=f"Hello {name}. Our records show you've stepped back from the "
                    f"assembly. If you'd like to talk about it, {config.contact_line()}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "consent_refused":
                dispatcher.utter_message(
                    text=f"Hello {name}. You told us you'd rather we didn't keep your details, "
                    "so I can't go further here. If you've changed your mind, say 'update my "
                    f"details'. Or {config.contact_line()}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            resumed = begin(member)
            if resumed:
                text = f"Welcome back, {name}! Let's carry on where we left off."
            else:
                text = (
                    f"Welcome, {member.first_name}, and thank you for accepting your place on "
                    f"the {config.assembly.short_name}! I'll ask a few quick questions (about "
                    "3 minutes). You can ask me anything along the way."
                )
        dispatcher.utter_message(text=text)
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, True)]


class ActionUpdateDetails(Action):
    """update_details: re-open one item (or ask which) through the same form."""

    def name(self) -> str:
        return "action_update_details"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(NEEDED_SLOT, False)]
            if member.onboarding_state == "withdrawn":
                dispatcher.utter_message(
                    text=f"To change anything now, please {config.contact_line()}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            if member.onboarding_state == "consent_refused":
                member.onboarding_state = "in_progress"
                member.onboarding_step = "privacy"
            elif member.onboarding_state == "onboarded":
                item = item_named(latest_text(tracker))
                if item is None:
                    member.onboarding_step = "fix"
                else:
                    step = "attendance:1" if item == "attendance" else item
                    member.onboarding_step = f"edit:{step}"
            else:
                begin(member)  # not finished yet: carry on; the summary lets them change things
        dispatcher.utter_message(text="Of course.")
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, True)]


class ActionAskOnboardingAnswer(Action):
    """Asks the question the database says is next, so a resumed form asks the right one."""

    def name(self) -> str:
        return "action_ask_onboarding_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        hint = tracker.get_slot(HINT_SLOT)
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return []
            if member.onboarding_step is None:
                begin(member)
            question = question_for(session, member, config, member.onboarding_step or "name")
        dispatcher.utter_message(text=f"{hint} {question}" if hint else question)
        return [SlotSet(HINT_SLOT, None)] if hint else []


class ValidateOnboardingForm(FormValidationAction):
    """Saves each answer in the database and decides whether the form goes on.

    The slot goes back to None after every answer so the form asks again (the next question,
    chosen by `action_ask_onboarding_answer`); it gets a value only when onboarding is over.
    A question asked in the middle is answered here and the same question asked again.
    """

    def name(self) -> str:
        return "validate_onboarding_form"

    async def validate_onboarding_answer(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if slot_value is None:
            # our own reset of the slot (start/resume), not an answer from the member
            return {ANSWER_SLOT: None}
        config = context().config
        text = str(slot_value).strip()
        intent = latest_intent(tracker)
        with db() as session:
            member, conversation = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return {ANSWER_SLOT: "stopped"}
            step = member.onboarding_step or "name"
            naming = step.removeprefix("edit:") in ("name", "name_other")
            if intent == "request_human" and not (naming and NAME_PREFIXES.match(text)):
                # "call me Sam" often looks like a request for a call; anything else is one
                if conversation is not None:
                    put_through_to_a_person(session, conversation, source_message_id(tracker))
                dispatcher.utter_message(text=person_will_reply(config))
                return {ANSWER_SLOT: "handed over", HINT_SLOT: None}
            free_text = step.removeprefix("edit:") in ("access", "dietary", "caring", "name_other")
            if intent in INLINE_ANSWERS and (looks_like_question(text) or not free_text):
                dispatcher.utter_message(text=INLINE_ANSWERS[intent](config))
                return {ANSWER_SLOT: None}
            outcome = apply_answer(
                session, member, conversation, config, text, intent, source_message_id(tracker)
            )
        for message in outcome.messages:
            dispatcher.utter_message(text=message)
        if outcome.finished:
            return {ANSWER_SLOT: "done", HINT_SLOT: None}
        return {ANSWER_SLOT: None, HINT_SLOT: outcome.hint}


class ActionFinishOnboarding(Action):
    """After the form: the closing message for the state the member ended in, and the slot
    cleared so the form can run again (update_details)."""

    def name(self) -> str:
        return "action_finish_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is not None and member.onboarding_state == "onboarded":
                text = f"Thank you, {member.display_name}, you're all set!"
                if member.preferred_channel == "telegram" and not any(
                    identity.channel == "telegram" for identity in member.identities
                ):
                    text += (
                        " To get messages on Telegram, send your invite code "
                        f"{member.invite_code} to our Telegram bot; until then we'll use SMS."
                    )
                text += (
                    " I'll send reminders before each weekend. Ask me anything, any time: "
                    "'where is it?', 'what's the payment?', or 'I'm running late'."
                )
                dispatcher.utter_message(text=text)
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, None)]
