"""Leaving the assembly by text: asked to confirm, told what happens next, staff asked to
confirm; "no" changes nothing. Arriving by text: "I'm here" ticks the member in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select

from db.models import Case, RegisterEntry, ThankYouPaymentRecord
from flows.arrival import ActionMarkArrived
from flows.context import FlowContext
from flows.information import ActionAnswerPayment
from flows.withdrawal import ActionConfirmWithdrawal, ActionHandleWithdrawal, ActionKeepMembership
from tests.flows.conftest import Someone, add_member, run, slot_events, tracker_for


def open_cases(flow_context: FlowContext, someone: Someone) -> list[str]:
    with flow_context.sessions() as session:
        return list(
            session.scalars(
                select(Case.reason).where(
                    Case.conversation_id == someone.conversation_id, Case.closed_at.is_(None)
                )
            )
        )


def test_wanting_to_leave_is_asked_back_before_anything_is_recorded(
    amina: Someone, flow_context: FlowContext
) -> None:
    events, messages = run(ActionHandleWithdrawal(), tracker_for(amina, "withdraw"))
    assert "do you want to leave" in messages[0] and "YES" in messages[0]
    assert slot_events(events) == {"withdrawal_pending": True}
    assert open_cases(flow_context, amina) == []


def test_yes_hands_it_to_staff_and_says_what_happens_next(
    amina: Someone, flow_context: FlowContext
) -> None:
    tracker = tracker_for(amina, "affirm", slots={"withdrawal_pending": True})
    events, messages = run(ActionConfirmWithdrawal(), tracker)
    assert "What happens next" in messages[0]
    assert "won't get any more reminders" in messages[0] and "change your mind" in messages[0]
    assert slot_events(events) == {"withdrawal_pending": False}
    assert open_cases(flow_context, amina) == ["wants to withdraw"]


def test_no_keeps_the_member_and_offers_help(amina: Someone, flow_context: FlowContext) -> None:
    tracker = tracker_for(amina, "deny", slots={"withdrawal_pending": True})
    events, messages = run(ActionKeepMembership(), tracker)
    assert "glad you're staying" in messages[0]
    assert slot_events(events) == {"withdrawal_pending": False}
    assert open_cases(flow_context, amina) == []


def test_im_here_ticks_the_member_in_once_and_they_are_owed_the_payment(
    flow_context: FlowContext, clock: Callable[[datetime], None]
) -> None:
    member = add_member(flow_context.sessions, state="onboarded")
    clock(datetime(2027, 2, 20, 9, 50, tzinfo=UTC))  # ten minutes before Weekend 1, Saturday
    _, first = run(ActionMarkArrived(), tracker_for(member, "arrived"))
    _, second = run(ActionMarkArrived(), tracker_for(member, "arrived"))
    assert "checked in for Weekend 1, Saturday" in first[0]
    assert "already checked in" in second[0]
    with flow_context.sessions() as session:
        entry = session.scalars(select(RegisterEntry)).one()
        assert (entry.member_id, entry.session_id, entry.via) == (
            member.member_id,
            "w1-sat",
            "text",
        )
        owed = session.scalars(select(ThankYouPaymentRecord)).one()
        assert (owed.period, owed.status, str(owed.amount)) == ("Weekend 1", "owed", "150.00")

    _, answer = run(ActionAnswerPayment(), tracker_for(member, "ask_payment"))
    assert "Weekend 1: £150, to be paid within 10 working days" in answer[0]


def test_im_here_on_a_day_without_a_session_says_when_the_next_one_is(
    flow_context: FlowContext, clock: Callable[[datetime], None]
) -> None:
    member = add_member(flow_context.sessions, state="onboarded")
    clock(datetime(2027, 2, 25, 12, 0, tzinfo=UTC))
    _, messages = run(ActionMarkArrived(), tracker_for(member, "arrived"))
    assert "no assembly session on right now" in messages[0]
    assert "Weekend 2, Saturday" in messages[0]
    with flow_context.sessions() as session:
        assert session.scalars(select(RegisterEntry)).all() == []
