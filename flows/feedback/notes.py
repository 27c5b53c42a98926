"""Feedback given at any time, outside the survey: taken from the first message when it
already says something, otherwise asked for once; anonymous when feedback is, in the transcript
and the tracker store too (flows.feedback.privacy)."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

import flows.common as common
from bot.i18n.catalogue import t
from db.models import FeedbackNote
from flows.common import latest_intent, latest_text
from flows.context import context, db, member_of
from flows.feedback.answers import is_request_only, is_skip_answer
from flows.feedback.privacy import (
    NOTE_MAX_CHARS,
    day_only,
    insert_unlinkably,
    keep_note_private,
)
from flows.reminder_replies import AnswersReminderReplies

log = logging.getLogger(__name__)


class ValidateFeedbackNoteForm(AnswersReminderReplies, FormValidationAction):
    """Feedback outside the survey: taken from the first message when it already says
    something, otherwise asked for once."""

    def name(self) -> str:
        return "validate_feedback_note_form"

    async def extract_feedback_note(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") is not None or tracker.get_slot("feedback_note"):
            return {}
        text = latest_text(tracker)
        if latest_intent(tracker) != "give_feedback" or not text or is_request_only(text):
            return {}
        return {"feedback_note": text}

    def validate_feedback_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value).strip()
        return {"feedback_note": text[:NOTE_MAX_CHARS] if text else None}


class ActionAskFeedbackNote(Action):
    def name(self) -> str:
        return "action_ask_feedback_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        anonymous = context().config.feedback.anonymous
        dispatcher.utter_message(
            text=t("feedback.note_ask_anonymous" if anonymous else "feedback.note_ask")
        )
        return []


class ActionRecordFeedbackNote(Action):
    """Stores feedback given any time; no member link when feedback is anonymous."""

    def name(self) -> str:
        return "action_record_feedback_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        text = (tracker.get_slot("feedback_note") or "").strip()
        if not text or is_skip_answer(text):
            dispatcher.utter_message(text=t("feedback.note_none"))
            return [SlotSet("feedback_note", None)]
        anonymous = config.feedback.anonymous
        with db() as session:
            member = member_of(session, tracker)

            def note() -> FeedbackNote:
                return FeedbackNote(
                    member_id=None if anonymous or member is None else member.id,
                    text=text,
                    created_at=day_only(common.now()) if anonymous else common.now(),
                    sandbox=member is not None and member.sandbox,
                )

            if anonymous:
                insert_unlinkably(session, note)
                keep_note_private(session, tracker, text)
            else:
                session.add(note())
            log.info("feedback note stored")
        dispatcher.utter_message(
            text=t("feedback.note_thanks_anonymous" if anonymous else "feedback.note_thanks")
        )
        return [SlotSet("feedback_note", None)]
