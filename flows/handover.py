"""Handing a conversation to staff. Two different things:

- a case: staff should look (a complaint, a withdrawal, "not understood twice", an over-cap
  claim, a data request); the bot keeps serving the member meanwhile;
- a takeover: the member asked for a person, so the bot stays quiet and the gateway tells the
  member when to expect a reply, until staff hand back or the takeover lapses.

Safeguarding is the gateway's own job (bot/gateway/crisis.py) and is answered before Rasa sees
the message; the action here is for a report the gateway's readers did not catch.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.i18n.catalogue import current_language, t
from bot.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from db.cases import TAKEN_BY_MEMBER, alert_staff, open_case, take_over
from db.models import Conversation
from flows.common import capabilities_text, now
from flows.context import context, conversation_of, db, source_message_id

log = logging.getLogger(__name__)

MISUNDERSTOOD_TWICE = "not understood twice"  # i18n-exempt: staff
NOT_UNDERSTOOD_IN = "not understood, written in"
ASKED_FOR_A_PERSON = "asked for a person"  # i18n-exempt: staff
SAFEGUARDING_CONCERN = "safeguarding concern"


def _metadata(tracker: Tracker) -> dict[str, Any]:
    """What the gateway sent with the message being answered."""
    metadata = (tracker.latest_message or {}).get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def gateway_found_no_risk(tracker: Tracker) -> bool:
    """The gateway reads every message for risk before Rasa (its phrase net and this same
    classifier) and answers a risk itself; a message it passed on was, by its reading, none:
    an everyday figure of speech the classifier took literally ("my feet are killing me")."""
    return _metadata(tracker).get("risk_checked") is True


def hand_over(
    session: Session,
    conversation: Conversation,
    reason: str,
    *,
    urgent: bool = False,
    message_id: int | None = None,
) -> bool:
    """Open a case for staff; the bot keeps serving the member. Urgent ones also alert the
    staff phone or chat, once per message (or, without one, per conversation and reason).

    Returns True when the case is new."""
    newly = open_case(session, conversation, reason, urgent=urgent, source_message_id=message_id)
    log.info("conversation %s: case opened (urgent=%s)", conversation.id, urgent)
    flow_context = context()
    if urgent:
        once_per = f"message:{message_id}" if message_id else f"{conversation.id}:{reason}"
        alert_staff(
            session,
            key=f"alert:{once_per}",
            channel=flow_context.staff_alert_channel,
            address=flow_context.staff_alert_address,
            conversation_id=conversation.id,
            reason=reason,
        )
    return newly


def put_through_to_a_person(
    session: Session, conversation: Conversation, message_id: int | None = None
) -> None:
    """The member asked for a person: a case, and a takeover so the bot stays quiet."""
    open_case(session, conversation, ASKED_FOR_A_PERSON, source_message_id=message_id)
    take_over(session, conversation, TAKEN_BY_MEMBER)


def person_will_reply(config: AssemblyConfig) -> str:
    return t(
        "handover.person_will_reply",
        when=config.when_staff_reply(now()),
        contact=config.contact_line(),
    )


def not_understood_text(config: AssemblyConfig) -> str:
    """Asking again, with what the assistant can do."""
    return t("handover.not_understood", capabilities=capabilities_text(config))


def hand_over_current(tracker: Tracker, reason: str, *, urgent: bool = False) -> None:
    with db() as session:
        conversation = conversation_of(session, tracker)
        if conversation is None:
            log.warning("no conversation for sender; cannot hand over")
            return
        message_id = source_message_id(tracker)
        hand_over(session, conversation, reason, urgent=urgent, message_id=message_id)


class ActionHandOverToPerson(Action):
    """request_human: a person takes the conversation; say when to expect them."""

    def name(self) -> str:
        return "action_hand_over_to_person"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with db() as session:
            conversation = conversation_of(session, tracker)
            if conversation is not None:
                put_through_to_a_person(session, conversation, source_message_id(tracker))
        dispatcher.utter_message(text=person_will_reply(context().config))
        return []


class ActionReportSafeguarding(Action):
    """report_safeguarding: an urgent case and alert, and the numbers to call in the same
    reply."""

    def name(self) -> str:
        return "action_report_safeguarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        if gateway_found_no_risk(tracker):
            dispatcher.utter_message(text=not_understood_text(config))
            return []
        hand_over_current(tracker, SAFEGUARDING_CONCERN, urgent=True)
        dispatcher.utter_message(text=t("handover.safeguarding", contact=config.contact_line()))
        return []


class ActionHandleComplaint(Action):
    """complaint: a person listens; nothing is decided by the bot."""

    def name(self) -> str:
        return "action_handle_complaint"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        hand_over_current(tracker, "complaint")
        dispatcher.utter_message(text=t("handover.complaint"))
        return []


def _misses_in_a_row(tracker: Tracker) -> int:
    """How many user messages in a row, ending with the latest, this action had to answer.

    Read from the tracker's events so the count survives restarts of the action server. A
    message the onboarding form took as a free-text answer is not a miss, even when the NLU
    could not label it: only the ones answered by this action count.
    """
    misses = 0
    answered_by_us = True  # the latest message is being answered by us now
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "action" and event.get("name") == "action_handle_misunderstanding":
            answered_by_us = True
        elif kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent != "nlu_fallback" or not answered_by_us:
                break
            misses += 1
            answered_by_us = False
    return misses


def refer_to_a_person(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Outside English, a message the assistant cannot answer goes to a person: the member is
    told so in their language and a case opens on their message (the bot keeps serving them).
    False in English, where the assistant asks again instead."""
    language = current_language()
    if language == DEFAULT_LANGUAGE:
        return False
    with db() as session:
        conversation = conversation_of(session, tracker)
        if conversation is not None:
            open_case(
                session,
                conversation,
                f"{NOT_UNDERSTOOD_IN} {LANGUAGES[language].own_name} ({language})",
                kind="misunderstood",
                source_message_id=source_message_id(tracker),
            )
    when = context().config.when_staff_reply(now())
    dispatcher.utter_message(text=t("language.not_understood", when=when))
    return True


class ActionHandleMisunderstanding(Action):
    """nlu_fallback: ask again with what the assistant can do; the second miss in a row hands
    over, so nobody is stuck with a bot that does not understand them."""

    def name(self) -> str:
        return "action_handle_misunderstanding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        if refer_to_a_person(dispatcher, tracker):
            return []
        if _misses_in_a_row(tracker) >= 2:
            hand_over_current(tracker, MISUNDERSTOOD_TWICE)
            dispatcher.utter_message(text=t("handover.still_not_understood"))
            return []
        dispatcher.utter_message(text=not_understood_text(config))
        return []
