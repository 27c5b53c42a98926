"""Attendance: which session a message is about, and what gets recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from db.models import Attendance, Conversation, OutboxItem
from flows.arrival_times import parse_arrival
from flows.attendance import (
    ActionConfirmAttendance,
    ActionRecordAbsence,
    ActionRecordLate,
    ValidateAbsenceForm,
    ValidateLateForm,
)
from flows.context import FlowContext
from tests.flows.conftest import Someone, add_member, form_tracker, run, slot_events, tracker_for

SAT = datetime(2027, 2, 20, 10, 0, tzinfo=UTC)  # Weekend 1, Saturday 10:00 (GMT)


def onboarded(flow_context: FlowContext) -> Someone:
    return add_member(flow_context.sessions, state="onboarded")


def statuses(flow_context: FlowContext) -> dict[str, tuple[str, str | None, str | None]]:
    with flow_context.sessions() as session:
        return {
            row.session_id: (row.status, row.expected_arrival, row.note)
            for row in session.execute(select(Attendance)).scalars()
        }


def ref(value: str) -> list[dict[str, Any]]:
    return [{"entity": "session_ref", "value": value}]


def test_confirm_uses_the_named_session(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 3, 1, 12, 0, tzinfo=UTC))
    someone = onboarded(flow_context)
    _, messages = run(
        ActionConfirmAttendance(),
        tracker_for(someone, "confirm_attendance", "see you on the 13th", entities=ref("the 13th")),
    )
    assert statuses(flow_context) == {"w2-sat": ("confirmed", None, None)}
    assert "Weekend 2, Saturday" in messages[0] and "Walthamstow Assembly Hall" in messages[0]


def test_without_a_reference_the_latest_reminder_decides(
    flow_context: FlowContext, clock: Any
) -> None:
    clock(datetime(2027, 2, 20, 8, 30, tzinfo=UTC))
    someone = onboarded(flow_context)
    with flow_context.sessions() as session, session.begin():
        for session_id, sent in (
            ("w1-sun", SAT - timedelta(days=6)),
            ("w1-sat", SAT - timedelta(hours=2)),
        ):
            session.add(
                OutboxItem(
                    idempotency_key=f"reminder:{someone.member_id}:{session_id}",
                    kind="reminder",
                    member_id=someone.member_id,
                    channel="sms",
                    address="+447700900100",
                    session_id=session_id,
                    status="delivered",
                    sent_at=sent,
                    not_before=sent,
                )
            )
    run(ActionConfirmAttendance(), tracker_for(someone, "confirm_attendance", "yes I'll be there"))
    assert statuses(flow_context) == {"w1-sat": ("confirmed", None, None)}


def test_without_reminder_the_next_session(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 3, 1, 12, 0, tzinfo=UTC))
    someone = onboarded(flow_context)
    run(ActionConfirmAttendance(), tracker_for(someone, "confirm_attendance", "I'm coming"))
    assert statuses(flow_context) == {"w2-sat": ("confirmed", None, None)}


def test_one_day_missed_asks_why_and_keeps_the_note(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    someone = onboarded(flow_context)
    events, messages = run(
        ActionRecordAbsence(),
        tracker_for(someone, "cannot_attend", "can't do sunday", entities=ref("sunday")),
    )
    assert slot_events(events) == {
        "attendance_followup": "ask_reason",
        "attendance_session": "w1-sun",
    }
    assert "can't make Weekend 1, Sunday" in messages[0]

    events, messages = run(
        ValidateAbsenceForm(),
        form_tracker(
            someone,
            "absence_form",
            "absence_reason",
            "my mum is in hospital",
            slots={"attendance_session": "w1-sun"},
        ),
    )
    assert statuses(flow_context) == {"w1-sun": ("declined", None, "my mum is in hospital")}
    with flow_context.sessions() as session:
        assert session.get(Conversation, someone.conversation_id).status == "bot"  # type: ignore[union-attr]


def test_missing_a_whole_weekend_is_passed_to_staff(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    someone = onboarded(flow_context)
    events, messages = run(
        ActionRecordAbsence(),
        tracker_for(someone, "cannot_attend", "can't make weekend 2", entities=ref("weekend 2")),
    )
    assert slot_events(events) == {"attendance_followup": "none"}
    assert {k: v[0] for k, v in statuses(flow_context).items()} == {
        "w2-sat": "declined",
        "w2-sun": "declined",
    }
    assert "a person will be in touch" in messages[0]
    with flow_context.sessions() as session:
        conversation = session.get(Conversation, someone.conversation_id)
        assert conversation.status == "escalated"  # type: ignore[union-attr]
        assert conversation.reason == "will miss weekend 2" and not conversation.urgent  # type: ignore[union-attr]


def test_running_late_with_minutes(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 2, 20, 9, 50, tzinfo=UTC))
    someone = onboarded(flow_context)
    events, messages = run(
        ActionRecordLate(), tracker_for(someone, "running_late", "running 20 mins late")
    )
    assert slot_events(events) == {"attendance_followup": "none"}
    assert statuses(flow_context) == {"w1-sat": ("late", "10:10", None)}
    assert "around 10:10" in messages[0]


def test_running_late_without_a_time_asks_for_one(flow_context: FlowContext, clock: Any) -> None:
    clock(datetime(2027, 2, 20, 10, 5, tzinfo=UTC))  # the session is under way
    someone = onboarded(flow_context)
    events, _ = run(ActionRecordLate(), tracker_for(someone, "running_late", "sorry, I'm late"))
    assert slot_events(events) == {
        "attendance_followup": "ask_arrival",
        "attendance_session": "w1-sat",
    }
    run(
        ValidateLateForm(),
        form_tracker(
            someone, "late_form", "late_arrival", "by 10:45", slots={"attendance_session": "w1-sat"}
        ),
    )
    assert statuses(flow_context) == {"w1-sat": ("late", "10:45", None)}


def test_parse_arrival() -> None:
    starts = SAT
    moment = datetime(2027, 2, 20, 9, 40, tzinfo=UTC)
    assert parse_arrival("half an hour late", starts, moment) == "10:10"
    assert parse_arrival("be there by 10.30", starts, moment) == "10:30"
    assert parse_arrival("about 11am", starts, moment) == "11:00"
    assert parse_arrival("stuck on the bus", starts, moment) is None
