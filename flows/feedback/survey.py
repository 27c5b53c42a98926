"""The survey after a session: the actions and the form that ask config.yml's questions one
message at a time and store the answers at the end."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session as DbSession

from bot.config import AssemblyConfig, FeedbackQuestion
from bot.i18n.catalogue import t
from db.models import Member
from flows.common import entity_values
from flows.context import context, db, member_of
from flows.feedback.answers import SKIP, parse_answer, retry_text
from flows.feedback.privacy import keep_answer_private, release_survey_answers
from flows.feedback.responses import already_responded, store_response
from flows.forms import (
    FORM_NEXT_SLOT,
    PAUSED_FORM_SLOT,
    PENDING_CLAIM_SLOT,
    RESUMABLE_FORMS,
    RETRY_SLOT,
    Choices,
    answered_question,
    choices_prompt,
    chosen,
    interrupted,
    missed,
    open_case_for_person,
)
from flows.reminder_replies import AnswersReminderReplies

log = logging.getLogger(__name__)


def _answers(tracker: Tracker) -> dict[str, Any]:
    value = tracker.get_slot("feedback_answers")
    return dict(value) if isinstance(value, dict) else {}


def next_question(config: AssemblyConfig, answers: dict[str, Any]) -> FeedbackQuestion | None:
    """The first question in config.yml not answered (or skipped) yet."""
    return next((q for q in config.feedback.questions if q.id not in answers), None)


def _survey_session(tracker: Tracker) -> str | None:
    found = entity_values(tracker, "session_ref")
    return found[0] if found else tracker.get_slot("session_ref")


def _leave_other_form(tracker: Tracker) -> list[EventType]:
    """A form left half-done gives way to the survey (the loop would win otherwise), and is
    remembered so that it carries on after the survey."""
    active = (tracker.active_loop or {}).get("name")
    paused = active if active in RESUMABLE_FORMS else None
    events: list[EventType] = [SlotSet(PAUSED_FORM_SLOT, paused), SlotSet(RETRY_SLOT, None)]
    if active and active != "feedback_form":
        events += [ActiveLoop(None), SlotSet("requested_slot", None)]
    return events


def _retry_key(question: FeedbackQuestion) -> str:
    return f"feedback:{question.id}"


def _choices(question: FeedbackQuestion) -> Choices:
    """The numbered choices offered from the second miss: values the survey reads in any
    language, labels in the member's."""
    if question.type == "rating":
        labels = {1: t("feedback.choice.poor"), 5: t("feedback.choice.excellent")}
        return [(str(n), labels.get(n, str(n))) for n in range(1, 6)]
    if question.type == "yesno":
        return [
            ("yes", t("feedback.choice.yes")),
            ("no", t("feedback.choice.no")),
            ("sort of", t("feedback.choice.sort_of")),
        ]
    return []


class ActionStartFeedbackSurvey(Action):
    """EXTERNAL_feedback_request (from the scheduler, entity session_ref=<session id>): say what
    the survey is, then the form asks the questions. A member who has answered already is
    thanked, not asked again."""

    def name(self) -> str:
        return "action_start_feedback_survey"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        session_id = _survey_session(tracker)
        day = config.session(session_id or "")
        no_survey = [
            *_leave_other_form(tracker),
            SlotSet("feedback_session", None),
            SlotSet("feedback_answers", None),
        ]
        if day is None:
            log.warning("feedback request for unknown session %s", session_id)
            return no_survey
        with db() as session:
            member = member_of(session, tracker)
            self._save_unfinished(session, config, member, tracker, day.id)
            release_survey_answers(session, tracker)  # an earlier survey's answers are final
            if member is None:
                return no_survey
            if already_responded(session, member.id, day.id):
                dispatcher.utter_message(text=t("feedback.already_given", session=day.title))
                return no_survey
        count = len(config.feedback.questions)
        private = t("survey.anonymous") if config.feedback.anonymous else ""
        dispatcher.utter_message(
            text=t(
                "survey.intro" if count != 1 else "survey.intro_one",
                session=day.title,
                count=count,
                private=private,
            )
        )
        return [
            *_leave_other_form(tracker),
            SlotSet("feedback_session", day.id),
            SlotSet("feedback_answers", {}),
        ]

    @staticmethod
    def _save_unfinished(
        session: DbSession,
        config: AssemblyConfig,
        member: Member | None,
        tracker: Tracker,
        new_session_id: str,
    ) -> None:
        """Answers to an earlier survey left half-done still count (late answers count)."""
        earlier = tracker.get_slot("feedback_session")
        answers = _answers(tracker)
        if member is not None and earlier and earlier != new_session_id and answers:
            store_response(session, config, member, earlier, answers)


class ActionAskFeedbackAnswer(Action):
    """Asks the next unanswered question from config.yml, one per message."""

    def name(self) -> str:
        return "action_ask_feedback_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        answers = _answers(tracker)
        question = next_question(config, answers)
        if question is not None:
            position = [q.id for q in config.feedback.questions].index(question.id) + 1
            total = len(config.feedback.questions)
            listed = choices_prompt(tracker, _retry_key(question), t("feedback.reply_with_number"))
            asked = question.wording()
            text = f"{asked} {listed}" if listed else asked
            dispatcher.utter_message(
                text=t("feedback.numbered", position=position, total=total, question=text)
            )
        return []


class ValidateFeedbackForm(AnswersReminderReplies, FormValidationAction):
    """Reads each answer for the question it answers; the form ends when none is left."""

    def name(self) -> str:
        return "validate_feedback_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if not tracker.get_slot("feedback_session"):
            return []
        if next_question(context().config, _answers(tracker)) is None:
            return []
        return ["feedback_answer"]

    def validate_feedback_answer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answers = _answers(tracker)
        question = next_question(context().config, answers)
        if question is None:
            return {"feedback_answer": None}
        text = chosen(tracker, _retry_key(question), str(value)) or str(value)
        if question.type == "text":
            instead = interrupted(dispatcher, tracker, free_text=True)
            if instead is not None:
                return {"feedback_answer": None, **instead}
        parsed = parse_answer(question, text)
        if parsed is None:
            if answered_question(dispatcher, tracker, free_text=False):
                return {"feedback_answer": None}
            miss = missed(tracker, _retry_key(question), _choices(question))
            if not miss.needs_person:
                sorry = retry_text(question) if miss.count == 1 else t("feedback.still_not_caught")
                dispatcher.utter_message(text=sorry)
                return {"feedback_answer": None, RETRY_SLOT: miss.state}
            dispatcher.utter_message(text=t("feedback.skipped_unreadable"))
            if not context().config.feedback.anonymous:  # a case would show staff who answered
                open_case_for_person(tracker, dispatcher)
            parsed = SKIP
        answers[question.id] = None if parsed is SKIP else parsed
        if context().config.feedback.anonymous:
            with db() as session:
                keep_answer_private(session, tracker)
        return {"feedback_answer": None, "feedback_answers": answers, RETRY_SLOT: None}


class ActionSubmitFeedback(Action):
    """Stores the survey once the last question is answered."""

    def name(self) -> str:
        return "action_submit_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        session_id = tracker.get_slot("feedback_session")
        done = [
            SlotSet("feedback_session", None),
            SlotSet("feedback_answers", None),
            *_what_next(tracker),
        ]
        day = config.session(session_id or "")
        if not session_id:
            return done
        answers = _answers(tracker)
        title = day.title if day else t("feedback.that_session")
        with db() as session:
            member = member_of(session, tracker)
            stored = member is not None and store_response(
                session, config, member, session_id, answers
            )
            release_survey_answers(session, tracker)
        if stored:
            dispatcher.utter_message(text=t("feedback.thanks"))
        else:
            dispatcher.utter_message(text=t("feedback.kept_first", session=title))
        return done


def _what_next(tracker: Tracker) -> list[EventType]:
    """After the survey: the form it interrupted carries on, else a claim asked for during it
    starts (the rules read `form_next`)."""
    paused = tracker.get_slot(PAUSED_FORM_SLOT)
    claim = not paused and bool(tracker.get_slot(PENDING_CLAIM_SLOT))
    return [
        SlotSet(PAUSED_FORM_SLOT, None),
        SlotSet(PENDING_CLAIM_SLOT, None if claim else tracker.get_slot(PENDING_CLAIM_SLOT)),
        SlotSet(FORM_NEXT_SLOT, paused or ("expense_claim_form" if claim else None)),
    ]
