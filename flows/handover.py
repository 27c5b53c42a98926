"""Handing a conversation to a person: on request, for safeguarding (urgently), for complaints,
withdrawals, and when the assistant has misunderstood twice in a row.

Once escalated, the gateway stops sending the member's messages to Rasa and sends its own
office-hours acknowledgement to the next message, so the replies here stay short.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from db.models import Conversation
from db.queries import enqueue, escalate
from flows.common import capabilities_text
from flows.context import context, conversation_of, db

log = logging.getLogger(__name__)

MISUNDERSTOOD_TWICE = "not understood twice"


def hand_over(
    session: Session, conversation: Conversation, reason: str, *, urgent: bool = False
) -> bool:
    """Escalate the conversation to staff; urgent ones also alert the staff phone/chat.

    Returns True when the conversation was not escalated before. The alert has an idempotency
    key per conversation and reason, so a retried action never alerts twice.
    """
    newly = escalate(session, conversation, reason, urgent=urgent)
    log.info("conversation %s handed over (urgent=%s)", conversation.id, urgent)
    flow_context = context()
    if urgent and flow_context.staff_alert_channel and flow_context.staff_alert_address:
        enqueue(
            session,
            key=f"alert:{conversation.id}:{reason}",
            kind="staff_alert",
            channel=flow_context.staff_alert_channel,
            address=flow_context.staff_alert_address,
            body=(
                f"URGENT ({reason}): conversation {conversation.id} needs a person now. "
                "Open the staff console."
            ),
        )
    return newly


def person_will_reply(config: AssemblyConfig) -> str:
    return (
        "Of course. I've passed this to the assembly team and a person will reply here. "
        f"If it can't wait, {config.contact_line()}."
    )


def _hand_over_current(tracker: Tracker, reason: str, *, urgent: bool = False) -> None:
    with db() as session:
        conversation = conversation_of(session, tracker)
        if conversation is None:
            log.warning("no conversation for sender; cannot hand over")
            return
        hand_over(session, conversation, reason, urgent=urgent)


class ActionHandOverToPerson(Action):
    """request_human: a person picks it up; keep it short (the gateway acknowledges too)."""

    def name(self) -> str:
        return "action_hand_over_to_person"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _hand_over_current(tracker, "asked for a person")
        dispatcher.utter_message(text=person_will_reply(context().config))
        return []


class ActionReportSafeguarding(Action):
    """report_safeguarding: urgent handover, and the numbers to call in the same reply."""

    def name(self) -> str:
        return "action_report_safeguarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _hand_over_current(tracker, "safeguarding concern", urgent=True)
        config = context().config
        dispatcher.utter_message(
            text=(
                "Thank you for telling me. If anyone is in immediate danger, call 999 now. "
                f"I've alerted the assembly team and someone will contact you as soon as they "
                f"can; you can also {config.contact_line()}. You don't have to deal with this "
                "on your own."
            )
        )
        return []


class ActionHandleComplaint(Action):
    """complaint: a person listens; nothing is decided by the bot."""

    def name(self) -> str:
        return "action_handle_complaint"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _hand_over_current(tracker, "complaint")
        dispatcher.utter_message(
            text=(
                "I'm sorry something has gone wrong. Thank you for telling us. I've passed "
                "this to the assembly team and a person will reply here; you can add anything "
                "else you want them to know."
            )
        )
        return []


class ActionHandleWithdrawal(Action):
    """withdraw: acknowledge, leave the door open, and let staff decide; nothing is deleted."""

    def name(self) -> str:
        return "action_handle_withdrawal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        _hand_over_current(tracker, "wants to withdraw")
        dispatcher.utter_message(
            text=(
                "Thank you for letting us know, and no need to explain. Taking part is always "
                "your choice. I've passed this to the assembly team: a person will reply to "
                "check what you'd like, and you're welcome to change your mind."
            )
        )
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


class ActionHandleMisunderstanding(Action):
    """nlu_fallback: ask again with what the assistant can do; the second miss in a row hands
    over, so nobody is stuck with a bot that does not understand them."""

    def name(self) -> str:
        return "action_handle_misunderstanding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        if _misses_in_a_row(tracker) >= 2:
            _hand_over_current(tracker, MISUNDERSTOOD_TWICE)
            dispatcher.utter_message(
                text=(
                    "Sorry, I'm still not getting it. I've passed your message to the assembly "
                    "team and a person will reply here."
                )
            )
            return []
        dispatcher.utter_message(
            text=f"Sorry, I didn't quite understand. {capabilities_text(config)}"
        )
        return []
