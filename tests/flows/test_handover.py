"""Handover: a person takes over, urgently for safeguarding, and after two misses in a row."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import Case, Conversation, Message, OutboxItem
from flows.context import FlowContext
from flows.handover import (
    ActionHandleComplaint,
    ActionHandleMisunderstanding,
    ActionHandOverToPerson,
    ActionReportSafeguarding,
)
from tests.flows.conftest import Someone, run, tracker_for


def conversation(flow_context: FlowContext, someone: Someone) -> Conversation:
    with flow_context.sessions() as session:
        found = session.get(Conversation, someone.conversation_id)
        assert found is not None
        return found


def user(intent: str) -> dict[str, Any]:
    return {"event": "user", "text": "x", "parse_data": {"intent": {"name": intent}}}


def bot_action(name: str) -> dict[str, Any]:
    return {"event": "action", "name": name}


def test_request_human_escalates_with_a_short_reply(
    amina: Someone, flow_context: FlowContext
) -> None:
    _, messages = run(ActionHandOverToPerson(), tracker_for(amina, "request_human"))
    assert "a person will reply" in messages[0] and "+44 20 8496 0000" in messages[0]
    escalated = conversation(flow_context, amina)
    assert (escalated.status, escalated.reason, escalated.urgent) == (
        "escalated",
        "asked for a person",
        False,
    )


def test_safeguarding_is_urgent_alerts_staff_and_gives_999(
    amina: Someone, flow_context: FlowContext
) -> None:
    flow_context.staff_alert_channel = "sms"
    flow_context.staff_alert_address = "+447700900999"
    _, messages = run(ActionReportSafeguarding(), tracker_for(amina, "report_safeguarding"))

    assert "999" in messages[0] and "+44 20 8496 0000" in messages[0]
    escalated = conversation(flow_context, amina)
    assert escalated.status == "escalated" and escalated.urgent is True
    with flow_context.sessions() as session:
        alert = session.execute(select(OutboxItem)).scalar_one()
    assert (alert.channel, alert.address, alert.kind) == ("sms", "+447700900999", "staff_alert")
    assert alert.idempotency_key == f"alert:{amina.conversation_id}:safeguarding concern"

    run(ActionReportSafeguarding(), tracker_for(amina, "report_safeguarding"))  # a retry
    with flow_context.sessions() as session:
        assert len(session.execute(select(OutboxItem)).scalars().all()) == 1


def test_complaint_is_handed_over_without_deleting(
    amina: Someone, flow_context: FlowContext
) -> None:
    _, messages = run(ActionHandleComplaint(), tracker_for(amina, "complaint"))
    assert "a person will reply" in messages[0]
    assert conversation(flow_context, amina).reason == "complaint"


def test_first_miss_asks_again_with_what_the_bot_can_do(
    amina: Someone, flow_context: FlowContext
) -> None:
    events = [user("greet"), bot_action("action_start_onboarding"), user("nlu_fallback")]
    _, messages = run(
        ActionHandleMisunderstanding(), tracker_for(amina, "nlu_fallback", events=events)
    )
    assert "didn't quite understand" in messages[0] and "dates and times" in messages[0]
    assert conversation(flow_context, amina).status == "bot"


def test_second_miss_in_a_row_hands_over(amina: Someone, flow_context: FlowContext) -> None:
    events = [
        user("nlu_fallback"),
        bot_action("action_handle_misunderstanding"),
        bot_action("action_listen"),
        user("nlu_fallback"),
    ]
    _, messages = run(
        ActionHandleMisunderstanding(), tracker_for(amina, "nlu_fallback", events=events)
    )
    assert "a person will reply" in messages[0]
    escalated = conversation(flow_context, amina)
    assert (escalated.status, escalated.reason) == ("escalated", "not understood twice")


def test_a_form_answer_the_nlu_could_not_label_is_not_a_miss(
    amina: Someone, flow_context: FlowContext
) -> None:
    events = [
        user("nlu_fallback"),
        bot_action("onboarding_form"),  # "Mina" taken as the name answer
        user("nlu_fallback"),
    ]
    run(ActionHandleMisunderstanding(), tracker_for(amina, "nlu_fallback", events=events))
    assert conversation(flow_context, amina).status == "bot"


def test_asking_for_a_person_quiets_the_bot_and_says_when(
    amina: Someone, flow_context: FlowContext
) -> None:
    _, messages = run(ActionHandOverToPerson(), tracker_for(amina, "request_human"))
    assert "a person will reply here today" in messages[0] or " from 09:00" in messages[0]
    assert conversation(flow_context, amina).taken_over_by == "member"


def test_a_complaint_opens_a_case_and_the_bot_keeps_serving(
    amina: Someone, flow_context: FlowContext
) -> None:
    run(ActionHandleComplaint(), tracker_for(amina, "complaint"))
    handed = conversation(flow_context, amina)
    assert handed.status == "escalated" and handed.taken_over_at is None


def test_a_safeguarding_report_alerts_once_per_message(
    amina: Someone, flow_context: FlowContext
) -> None:
    flow_context.staff_alert_channel = "sms"
    flow_context.staff_alert_address = "+447700900999"
    with flow_context.sessions() as session, session.begin():
        disclosures = [
            Message(
                conversation_id=amina.conversation_id,
                channel="sms",
                direction="in",
                author="member",
                text=text,
            )
            for text in ("first", "second")
        ]
        session.add_all(disclosures)
        session.flush()
        first, second = (message.id for message in disclosures)
    for message_id in (first, first, second):  # a retry of the first, then a second one
        tracker = tracker_for(amina, "report_safeguarding")
        tracker.latest_message["metadata"] = {"message_id": message_id}
        run(ActionReportSafeguarding(), tracker)
    with flow_context.sessions() as session:
        keys = session.execute(select(OutboxItem.idempotency_key)).scalars().all()
        cases = session.execute(select(Case.source_message_id)).scalars().all()
    assert sorted(keys) == [f"alert:message:{first}", f"alert:message:{second}"]
    assert sorted(cases) == [first, second]


def test_a_message_the_gateway_found_no_risk_in_is_not_acted_on_as_one(
    amina: Someone, flow_context: FlowContext
) -> None:
    tracker = tracker_for(amina, "report_safeguarding", "my feet are killing me")
    tracker.latest_message["metadata"] = {"message_id": 7, "risk_checked": True}
    _, messages = run(ActionReportSafeguarding(), tracker)
    assert "999" not in messages[0] and "didn't quite understand" in messages[0]
    assert conversation(flow_context, amina).status == "bot"
