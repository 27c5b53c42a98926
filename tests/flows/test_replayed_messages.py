"""A member message that reaches the actions twice (Rasa ran the turn again, say after it
crashed before saving the conversation) records what it says once: what an action records is
keyed by the message that caused it, which the gateway sends as metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy import func, select

from db.models import Attendance, ConsentRecord, ExpenseClaim, Member
from flows.attendance import ActionRecordLate
from flows.context import FlowContext
from flows.expenses import NO_RECEIPT, ActionSubmitExpenseClaim
from flows.onboarding import ValidateOnboardingForm
from tests.flows.conftest import Someone, add_member, form_tracker, run, tracker_for
from tests.flows.test_onboarding import say, start

AFTER_W1_SAT = datetime(2027, 2, 20, 18, 0, tzinfo=UTC)


def from_message(tracker: Tracker, message_id: int) -> Tracker:
    """The tracker as Rasa builds it for a message the gateway sent with its id."""
    tracker.latest_message["metadata"] = {"message_id": message_id, "channel": "sms"}
    return tracker


def count(flow_context: FlowContext, model: type[Any]) -> int:
    with flow_context.sessions() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_replayed_claim_confirmation_submits_one_claim(
    flow_context: FlowContext, amina: Someone, clock: Any
) -> None:
    clock(AFTER_W1_SAT)
    slots = {
        "claim_confirmed": "yes",
        "claim_category": "travel",
        "claim_amount": "25.00",
        "claim_session": "w1-sat",
        "claim_receipt": NO_RECEIPT,
        "claim_no_receipt_reason": "lost it",
    }

    def yes(message_id: int) -> Tracker:
        return from_message(tracker_for(amina, "affirm", "yes", slots=slots), message_id)

    _, first = run(ActionSubmitExpenseClaim(), yes(41))
    _, again = run(ActionSubmitExpenseClaim(), yes(41))

    assert count(flow_context, ExpenseClaim) == 1
    assert again == first  # the same answer, not "over the cap" from counting itself
    # A different message is a different claim.
    run(ActionSubmitExpenseClaim(), yes(42))
    assert count(flow_context, ExpenseClaim) == 2


def test_a_replayed_running_late_message_keeps_the_arrival_it_gave(
    flow_context: FlowContext, clock: Any
) -> None:
    someone = add_member(flow_context.sessions, state="onboarded")

    def late() -> Tracker:
        return from_message(tracker_for(someone, "running_late", "running 20 mins late"), 51)

    clock(datetime(2027, 2, 20, 9, 50, tzinfo=UTC))
    run(ActionRecordLate(), late())

    clock(datetime(2027, 2, 20, 9, 58, tzinfo=UTC))  # Rasa runs the same message again
    run(ActionRecordLate(), late())

    with flow_context.sessions() as session:
        row = session.execute(select(Attendance)).scalar_one()
        assert (row.status, row.expected_arrival) == ("late", "10:10")


def test_a_consent_answer_is_recorded_once_per_message(
    amina: Someone, flow_context: FlowContext
) -> None:
    start(amina)
    say(amina, "yes", "affirm")  # the name: the privacy question is next

    def consent() -> Tracker:
        yes = form_tracker(amina, "onboarding_form", "onboarding_answer", "yes", "affirm")
        return from_message(yes, 61)

    run(ValidateOnboardingForm(), consent())
    with flow_context.sessions() as session, session.begin():
        member = session.get(Member, amina.member_id)
        assert member is not None
        member.onboarding_step = "privacy"  # the question asked again

    run(ValidateOnboardingForm(), consent())

    assert count(flow_context, ConsentRecord) == 1
