"""The onboarding actions Rasa calls: starting or resuming, asking the next question, the form
validator that saves each answer, and the closing message."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from bot.i18n.catalogue import t
from db.models import Conversation, Member
from flows.attendance import confirm_attendance
from flows.common import (
    latest_intent,
    latest_text,
    no_member_text,
)
from flows.context import context, conversation_of, db, replied_session, source_message_id
from flows.forms import (
    FORM_NEXT_SLOT,
    FORM_NOT_UNDERSTOOD,
    HANDED_OVER,
    PENDING_CLAIM_SLOT,
    RETRY_SLOT,
    choices_prompt,
    chosen,
    interrupted,
    missed,
)
from flows.handover import hand_over, person_will_reply, put_through_to_a_person
from flows.onboarding.answers import NAME_PREFIXES, apply_answer, begin, item_named
from flows.onboarding.steps import question_for, step_choices
from flows.reminder_replies import AnswersReminderReplies

ANSWER_SLOT = "onboarding_answer"
HINT_SLOT = "onboarding_hint"
NEEDED_SLOT = "onboarding_needed"
PENDING_NAME_SLOT = "onboarding_pending_name"
#: Questions answered in the member's own words: a question there must read as one.
NAME_STEPS = ("name", "name_other", "name_check")
FREE_TEXT_STEPS = (*NAME_STEPS, "access", "dietary", "caring")
#: The slots a start (or restart) of the form clears.
_FRESH_START = (ANSWER_SLOT, HINT_SLOT, RETRY_SLOT, PENDING_NAME_SLOT, FORM_NEXT_SLOT)


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
        if intent == "affirm" and replied_session(tracker):
            confirm_attendance(dispatcher, tracker)  # "yes" in reply to a reminder
            return [SlotSet(NEEDED_SLOT, False)]
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(NEEDED_SLOT, False)]
            name = member.display_name
            state = member.onboarding_state
            if state == "onboarded":
                if joining:
                    text = t("onboarding.already_signed_up", name=name)
                elif intent == "affirm":
                    text = t("onboarding.anything_else")
                else:
                    text = t("onboarding.hello", name=name)
                dispatcher.utter_message(text=text)
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "withdrawn":
                dispatcher.utter_message(
                    text=t("onboarding.hello_withdrawn", name=name, contact=config.contact_line())
                )
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "consent_refused":
                text = t(
                    "onboarding.hello_consent_refused", name=name, contact=config.contact_line()
                )
                dispatcher.utter_message(text=text)
                return [SlotSet(NEEDED_SLOT, False)]
            resumed = begin(member, config)
            if resumed:
                text = t("onboarding.welcome_back", name=name)
            else:
                assembly = config.assembly.short_name
                text = t("onboarding.welcome", name=member.first_name, assembly=assembly)
        dispatcher.utter_message(text=text)
        return [*(SlotSet(slot, None) for slot in _FRESH_START), SlotSet(NEEDED_SLOT, True)]


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
                contact = config.contact_line()
                dispatcher.utter_message(
                    text=t("onboarding.change_after_withdrawal", contact=contact)
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
                begin(
                    member, config
                )  # not finished yet: carry on; the summary lets them change things
        dispatcher.utter_message(text=t("onboarding.of_course"))
        return [*(SlotSet(slot, None) for slot in _FRESH_START), SlotSet(NEEDED_SLOT, True)]


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
                begin(member, config)
            step = member.onboarding_step or "name"
            question = choices_prompt(tracker, step) or question_for(
                session, member, config, step, tracker.get_slot(PENDING_NAME_SLOT)
            )
        dispatcher.utter_message(text=f"{hint} {question}" if hint else question)
        return [SlotSet(HINT_SLOT, None)] if hint else []


class ValidateOnboardingForm(AnswersReminderReplies, FormValidationAction):
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
            base = step.removeprefix("edit:")
            if intent == "request_human" and not (base in NAME_STEPS and NAME_PREFIXES.match(text)):
                # "call me Sam" often looks like a request for a call; anything else is one
                if conversation is not None:
                    put_through_to_a_person(session, conversation, source_message_id(tracker))
                dispatcher.utter_message(text=person_will_reply(config))
                return {ANSWER_SLOT: HANDED_OVER, HINT_SLOT: None}
            picked = chosen(tracker, step, text)
            if picked is None:
                instead = interrupted(dispatcher, tracker, free_text=base in FREE_TEXT_STEPS)
                if instead is not None:
                    return {ANSWER_SLOT: None, **instead}
            pending_name = tracker.get_slot(PENDING_NAME_SLOT)
            outcome = apply_answer(
                session,
                member,
                conversation,
                config,
                picked or text,
                None if picked else intent,
                source=source_message_id(tracker),
                pending_name=pending_name,
            )
            if outcome.hint is not None:
                miss = missed(tracker, step, step_choices(step))
                if miss.needs_person:
                    if conversation is not None:
                        hand_over(session, conversation, FORM_NOT_UNDERSTOOD, urgent=False)
                    dispatcher.utter_message(text=t("form.person_will_help"))
                    return {ANSWER_SLOT: HANDED_OVER, HINT_SLOT: None, RETRY_SLOT: None}
                hint = outcome.hint if miss.count == 1 else t("form.still_not_caught")
                return {ANSWER_SLOT: None, HINT_SLOT: hint, RETRY_SLOT: miss.state}
        for message in outcome.messages:
            dispatcher.utter_message(text=message)
        done = {HINT_SLOT: None, RETRY_SLOT: None, PENDING_NAME_SLOT: outcome.pending_name}
        return {ANSWER_SLOT: "done" if outcome.finished else None, **done}


class ActionFinishOnboarding(Action):
    """After the form: the closing message for the state the member ended in, and the slot
    cleared so the form can run again (update_details)."""

    def name(self) -> str:
        return "action_finish_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        claim_next = False
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is not None and member.onboarding_state == "onboarded":
                claim_next = bool(tracker.get_slot(PENDING_CLAIM_SLOT))
                text = t("onboarding.done", name=member.display_name)
                if member.preferred_channel == "telegram" and not any(
                    identity.channel == "telegram" for identity in member.identities
                ):
                    text += t("onboarding.telegram_note", code=member.invite_code)
                text += t("onboarding.done_next")
                dispatcher.utter_message(text=text)
        if claim_next:
            dispatcher.utter_message(text=t("onboarding.claim_next"))
        return [
            *(SlotSet(slot, None) for slot in (ANSWER_SLOT, HINT_SLOT, NEEDED_SLOT, RETRY_SLOT)),
            SlotSet(
                PENDING_CLAIM_SLOT, None if claim_next else tracker.get_slot(PENDING_CLAIM_SLOT)
            ),
            SlotSet(FORM_NEXT_SLOT, "expense_claim_form" if claim_next else None),
        ]
