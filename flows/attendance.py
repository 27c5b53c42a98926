"""Attendance: "I'll be there", "I can't come", "I'm running late".

Which session: the one the member named (entity session_ref, e.g. "Saturday", "weekend 2",
"the 13th"), else the session of the reminder they replied to, else the session of the latest
reminder we sent them, if it has not ended, else the next session. Missing a whole weekend is
passed to staff (non-urgent) so someone can see whether support would help.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import t
from db.models import Attendance, OutboxItem
from db.outbox_models import SENT_STATUSES
from flows.arrival_times import parse_arrival
from flows.common import (
    entity_values,
    is_skip,
    latest_text,
    no_member_text,
    now,
)
from flows.context import (
    context,
    conversation_of,
    db,
    member_of,
    replied_session,
    source_message_id,
)
from flows.handover import hand_over
from flows.session_refs import resolve_session_ref

log = logging.getLogger(__name__)

FOLLOWUP_SLOT = "attendance_followup"  # none, ask_reason, ask_arrival
SESSION_SLOT = "attendance_session"
REASON_SLOT = "absence_reason"
ARRIVAL_SLOT = "late_arrival"


# --- which session ----------------------------------------------------------------------------


def latest_reminder_session(session: DbSession, member_id: int) -> str | None:
    """The session of the newest reminder actually sent to this member."""
    sent_at = func.coalesce(OutboxItem.sent_at, OutboxItem.not_before)
    return session.execute(
        select(OutboxItem.session_id)
        .where(
            OutboxItem.member_id == member_id,
            OutboxItem.kind == "reminder",
            OutboxItem.status.in_(SENT_STATUSES),
            OutboxItem.session_id.is_not(None),
        )
        .order_by(sent_at.desc(), OutboxItem.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def sessions_meant(
    session: DbSession,
    config: AssemblyConfig,
    member_id: int,
    ref: str | None,
    moment: datetime,
    replied: str | None = None,
) -> list[AssemblySession]:
    """The sessions the member's message is about (see module docstring for the order)."""
    if ref:
        named = resolve_session_ref(config, ref, moment)
        if named:
            return named
    reminded = replied or latest_reminder_session(session, member_id)
    if reminded is not None:
        found = config.session(reminded)
        if found is not None and found.ends > moment:
            return [found]
    # during a session, "running late" is about the one under way, not tomorrow's
    ongoing = [s for s in config.sessions if s.starts <= moment < s.ends]
    upcoming = config.next_session(moment)
    return ongoing or ([upcoming] if upcoming is not None else [])


def set_attendance(
    session: DbSession,
    member_id: int,
    session_id: str,
    status: str,
    *,
    source: int | None = None,
    **fields: Any,
) -> Attendance:
    """Record the member's answer for a session; `source` is the message that gave it, and the
    same message again (a replay) changes nothing."""
    row = session.execute(
        select(Attendance).where(
            Attendance.member_id == member_id, Attendance.session_id == session_id
        )
    ).scalar_one_or_none()
    if row is None:
        row = Attendance(member_id=member_id, session_id=session_id, status=status)
        session.add(row)
    elif source is not None and row.source_message_id == source:
        return row
    row.status, row.source_message_id = status, source
    for key, value in fields.items():
        setattr(row, key, value)
    session.flush()
    return row


def record_attendance(
    session: DbSession,
    tracker: Tracker,
    member_id: int,
    session_id: str,
    status: str,
    **fields: Any,
) -> Attendance:
    """`set_attendance` for what the member message of this turn says."""
    source = source_message_id(tracker)
    return set_attendance(session, member_id, session_id, status, source=source, **fields)


def misses_whole_weekend(
    session: DbSession, config: AssemblyConfig, member_id: int, changed: list[AssemblySession]
) -> str | None:
    """The "Weekend N" label when every session of a weekend is now declined."""
    label = config.weekend_of(changed[0])
    if label is None:
        return None
    weekend = config.sessions_by_weekend()[label]
    declined = set(
        session.execute(
            select(Attendance.session_id).where(
                Attendance.member_id == member_id,
                Attendance.status == "declined",
                Attendance.session_id.in_([s.id for s in weekend]),
            )
        ).scalars()
    )
    return label if declined >= {s.id for s in weekend} else None


# --- actions ----------------------------------------------------------------------------------


def _ref(tracker: Tracker) -> str | None:
    values = entity_values(tracker, "session_ref")
    return " ".join(values) if values else None


def _days(sessions: list[AssemblySession]) -> str:
    return t("and").join(f"{s.title} ({s.describe_time()})" for s in sessions)


def see_you_text(config: AssemblyConfig, name: str, meant: list[AssemblySession]) -> str:
    """The answer to "I'll be there"."""
    venue = config.venue_for(meant[0])
    return t(
        "attendance.confirmed",
        name=name,
        days=_days(meant),
        venue=venue.name,
        address=venue.address,
    )


def noted_absence_text(meant: list[AssemblySession]) -> str:
    return t("attendance.noted_absence", days=_days(meant))


def missed_weekend_text(weekend: str) -> str:
    """The answer when a whole weekend is now declined (staff were told)."""
    return t("attendance.missed_weekend", weekend=weekend)


def late_text(arrival: str | None) -> str:
    """The answer to "I'm running late", with the expected arrival when the member gave it."""
    if arrival is None:
        return t("attendance.late")
    return t("attendance.late_until", arrival=arrival)


def confirm_attendance(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Record that the member is coming to the sessions they mean, and say so. Also "yes" in
    reply to a reminder: the session that reminder was about."""
    config = context().config
    with db() as session:
        member = member_of(session, tracker)
        if member is None:
            dispatcher.utter_message(text=no_member_text(config))
            return
        meant = sessions_meant(
            session, config, member.id, _ref(tracker), now(), replied_session(tracker)
        )
        if not meant:
            dispatcher.utter_message(text=t("attendance.no_more_sessions"))
            return
        for item in meant:
            record_attendance(session, tracker, member.id, item.id, "confirmed")
        text = see_you_text(config, member.display_name, meant)
    dispatcher.utter_message(text=text)


class ActionConfirmAttendance(Action):
    def name(self) -> str:
        return "action_confirm_attendance"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        confirm_attendance(dispatcher, tracker)
        return []


class ActionRecordAbsence(Action):
    """cannot_attend: record it kindly; a whole weekend missed goes to staff to follow up,
    otherwise ask (optionally) why or whether support would help."""

    def name(self) -> str:
        return "action_record_absence"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        with db() as session:
            member = member_of(session, tracker)
            conversation = conversation_of(session, tracker)
            if member is None or conversation is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(FOLLOWUP_SLOT, "none")]
            meant = sessions_meant(
                session, config, member.id, _ref(tracker), now(), replied_session(tracker)
            )
            if not meant:
                dispatcher.utter_message(text=t("attendance.noted"))
                return [SlotSet(FOLLOWUP_SLOT, "none")]
            for item in meant:
                record_attendance(session, tracker, member.id, item.id, "declined")
            weekend = misses_whole_weekend(session, config, member.id, meant)
            if weekend is not None:
                reason = f"will miss {weekend.lower()}"  # i18n-exempt: staff (a case's reason)
                hand_over(session, conversation, reason)
        if weekend is not None:
            dispatcher.utter_message(text=missed_weekend_text(weekend))
            return [SlotSet(FOLLOWUP_SLOT, "none")]
        # the form asks the optional follow-up (action_ask_absence_reason)
        dispatcher.utter_message(text=noted_absence_text(meant))
        return [SlotSet(FOLLOWUP_SLOT, "ask_reason"), SlotSet(SESSION_SLOT, meant[0].id)]


class ActionRecordLate(Action):
    """running_late: status late with the expected arrival, asked for if not given."""

    def name(self) -> str:
        return "action_record_late"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        moment = now()
        with db() as session:
            member = member_of(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(FOLLOWUP_SLOT, "none")]
            meant = sessions_meant(
                session, config, member.id, _ref(tracker), moment, replied_session(tracker)
            )
            if not meant:
                dispatcher.utter_message(text=t("attendance.noted"))
                return [SlotSet(FOLLOWUP_SLOT, "none")]
            target = meant[0]
            arrival = parse_arrival(latest_text(tracker), target.starts, moment)
            record_attendance(
                session, tracker, member.id, target.id, "late", expected_arrival=arrival
            )
        dispatcher.utter_message(text=late_text(arrival))
        if arrival is None:
            # the form asks the time (action_ask_late_arrival)
            return [SlotSet(FOLLOWUP_SLOT, "ask_arrival"), SlotSet(SESSION_SLOT, target.id)]
        return [SlotSet(FOLLOWUP_SLOT, "none")]


class ActionAskAbsenceReason(Action):
    """The absence form's optional question: why, or what would help."""

    def name(self) -> str:
        return "action_ask_absence_reason"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=t("attendance.ask_reason"))
        return []


class ActionAskLateArrival(Action):
    def name(self) -> str:
        return "action_ask_late_arrival"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=t("attendance.ask_arrival"))
        return []


class ValidateAbsenceForm(FormValidationAction):
    """The optional reason or support need after "I can't come", kept on the attendance row."""

    def name(self) -> str:
        return "validate_absence_form"

    async def validate_absence_reason(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        text = str(slot_value or "").strip()
        session_id = tracker.get_slot(SESSION_SLOT)
        if is_skip(text) or not session_id:
            dispatcher.utter_message(text=t("attendance.reason_skipped"))
            return {REASON_SLOT: "skipped"}
        with db() as session:
            member = member_of(session, tracker)
            if member is not None:
                record_attendance(session, tracker, member.id, session_id, "declined", note=text)
        dispatcher.utter_message(text=t("attendance.reason_noted"))
        return {REASON_SLOT: "noted"}


class ValidateLateForm(FormValidationAction):
    """The expected arrival after "I'm running late", when the first message had none."""

    def name(self) -> str:
        return "validate_late_form"

    async def validate_late_arrival(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        text = str(slot_value or "").strip()
        config = context().config
        session_id = tracker.get_slot(SESSION_SLOT)
        target = config.session(session_id) if session_id else None
        arrival = parse_arrival(text, target.starts, now()) if target else None
        stored = arrival or text[:40]
        if target is not None:
            with db() as session:
                member = member_of(session, tracker)
                if member is not None:
                    record_attendance(
                        session, tracker, member.id, target.id, "late", expected_arrival=stored
                    )
        dispatcher.utter_message(text=t("attendance.arrival_noted"))
        return {ARRIVAL_SLOT: stored}


class ActionCloseAttendanceFollowup(Action):
    """After the absence or late form: clear its slots so the next message starts fresh."""

    def name(self) -> str:
        return "action_close_attendance_followup"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [
            SlotSet(FOLLOWUP_SLOT, None),
            SlotSet(SESSION_SLOT, None),
            SlotSet(REASON_SLOT, None),
            SlotSet(ARRIVAL_SLOT, None),
        ]
