"""A reminder answered in the middle of a form.

Reminders go out from the scheduler whatever the conversation is doing, so a member half way
through onboarding or a claim may get "Saturday's session is coming up, reply YES if you're
coming" and answer it. That answer belongs to the reminder, not to the form's question: the
attendance is recorded for the reminder's session, the member is thanked, and the form asks
its question again. A message counts as a reply to a reminder when the NLU reads it,
confidently, as attendance and either it replies to that reminder (a WhatsApp or Telegram reply)
or a reminder reached the member after their previous message.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, AssemblySession
from db.models import Message, OutboxItem
from db.outbox_models import SENT_STATUSES
from flows.arrival_times import parse_arrival
from flows.attendance import (
    late_text,
    missed_weekend_text,
    misses_whole_weekend,
    noted_absence_text,
    record_attendance,
    see_you_text,
)
from flows.common import latest_text, now
from flows.context import (
    context,
    conversation_of,
    db,
    member_of,
    replied_session,
    source_message_id,
)
from flows.forms import confident_intent
from flows.handover import hand_over

#: What each attendance reading of a reply to a reminder records.
REMINDER_REPLY_STATUS = {
    "affirm": "confirmed",
    "confirm_attendance": "confirmed",
    "deny": "declined",
    "cannot_attend": "declined",
    "running_late": "late",
}


def reminder_replied_to(session: Session, member_id: int, message_id: int) -> str | None:
    """The session of the newest reminder that reached the member between their previous
    message and this one."""
    message = session.get(Message, message_id)
    if message is None:
        return None
    previous = session.execute(
        select(func.max(Message.created_at)).where(
            Message.conversation_id == message.conversation_id,
            Message.direction == "in",
            Message.id < message.id,
        )
    ).scalar_one()
    query = select(OutboxItem.session_id).where(
        OutboxItem.member_id == member_id,
        OutboxItem.kind == "reminder",
        OutboxItem.status.in_(SENT_STATUSES),
        OutboxItem.session_id.is_not(None),
        OutboxItem.sent_at <= message.created_at,
    )
    if previous is not None:
        query = query.where(OutboxItem.sent_at > previous)
    return session.execute(
        query.order_by(OutboxItem.sent_at.desc(), OutboxItem.id.desc()).limit(1)
    ).scalar_one_or_none()


def _record(
    session: Session,
    tracker: Tracker,
    config: AssemblyConfig,
    member_id: int,
    name: str,
    target: AssemblySession,
    status: str,
) -> str:
    """Record the reply for the reminder's session; the words to answer it with."""
    if status == "confirmed":
        record_attendance(session, tracker, member_id, target.id, status)
        return see_you_text(config, name, [target])
    if status == "late":
        arrival = parse_arrival(latest_text(tracker), target.starts, now())
        record_attendance(session, tracker, member_id, target.id, status, expected_arrival=arrival)
        return late_text(arrival)
    record_attendance(session, tracker, member_id, target.id, status)
    weekend = misses_whole_weekend(session, config, member_id, [target])
    conversation = conversation_of(session, tracker)
    if weekend is None or conversation is None:
        return noted_absence_text([target])
    hand_over(session, conversation, f"will miss {weekend.lower()}")  # i18n-exempt: staff
    return missed_weekend_text(weekend)


def answered_reminder(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Take the latest message as the reply to a reminder, when it is one (see the module)."""
    config = context().config
    status = REMINDER_REPLY_STATUS.get(confident_intent(tracker, config) or "")
    message_id = source_message_id(tracker)
    if status is None or message_id is None:
        return False
    with db() as session:
        member = member_of(session, tracker)
        if member is None:
            return False
        session_id = replied_session(tracker) or reminder_replied_to(session, member.id, message_id)
        target = config.session(session_id) if session_id else None
        if target is None or target.ends <= now():
            return False
        text = _record(session, tracker, config, member.id, member.display_name, target, status)
    dispatcher.utter_message(text=text)
    return True


class AnswersReminderReplies:
    """For a form's validation action: a reply to a reminder is answered as one, and the form
    asks its question again instead of storing the reply as the answer."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        if requested and answered_reminder(dispatcher, tracker):
            return [SlotSet(requested, None)]
        parent: Any = super()
        return await parent.run(dispatcher, tracker, domain)
