"""Safeguarding is the gateway's own job, in every state and from any sender: a risk message
gets the numbers to call (999 and the assembly team) and the staff phone an urgent alert for
that message, whatever Rasa, the action server or the conversation's state would say."""

from __future__ import annotations

from tests.assistant import Assistant
from tests.e2e.people import (
    assert_crisis_answered,
    is_crisis_reply,
    new_member,
    staff_alerts,
    stranger_number,
    wait_for_alerts,
)
from tests.e2e.talk import conversation, say
from tests.e2e.test_journeys import staff_token
from tests.harness import Gateway


def test_plain_distress_that_names_no_method_gets_the_numbers_to_call_and_an_alert(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Ruth")
    assert_crisis_answered(e2e, phone, "sorry, i'm not ok and i don't know what to do")


def test_a_risk_message_from_a_number_not_on_the_roster_gets_the_numbers_to_call(
    e2e: Gateway,
) -> None:
    stranger = stranger_number()
    replies = say(e2e, "sms", stranger, "i want to kill myself")
    assert is_crisis_reply(replies), replies
    # Nothing in the answer says whether this number is on the roster.
    assert not any("invite" in reply.lower() or "code" in reply.lower() for reply in replies)
    wait_for_alerts(e2e, conversation(e2e, "sms", stranger).id, 1)


def test_a_second_disclosure_in_the_same_conversation_alerts_staff_again(e2e: Gateway) -> None:
    phone = new_member(e2e, "Noor")
    assert_crisis_answered(e2e, phone, "i want to end my life")
    assert_crisis_answered(e2e, phone, "and my husband hits me when he's drunk", alerts=2)


def test_a_disclosure_while_the_member_waits_for_a_person_gets_the_numbers_and_an_alert(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Idris")
    say(e2e, "sms", phone, "can I speak to a real person please")
    say(e2e, "sms", phone, "it's about something at home")
    assert_crisis_answered(e2e, phone, "i've been cutting myself again")
    assert conversation(e2e, "sms", phone).urgent


def test_a_disclosure_in_the_middle_of_a_claim_gets_the_numbers_and_an_alert(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Bea")
    assert say(e2e, "sms", phone, "I want to claim my travel expenses")
    assert_crisis_answered(e2e, phone, "i'm scared he'll hurt me when i get home")


def test_a_disclosure_while_rasa_is_down_gets_the_numbers_and_an_alert(
    e2e_without_rasa: Gateway,
) -> None:
    phone = new_member(e2e_without_rasa, "Cal")
    assert_crisis_answered(e2e_without_rasa, phone, "i just want to die")


def test_a_disclosure_while_the_action_server_is_down_gets_the_numbers_and_an_alert(
    e2e: Gateway, assistant: Assistant
) -> None:
    phone = new_member(e2e, "Dee")
    with assistant.actions_down():
        assert_crisis_answered(e2e, phone, "i've taken all my pills")


def test_an_everyday_message_alerts_nobody(e2e: Gateway) -> None:
    phone = new_member(e2e, "Eli")
    replies = say(e2e, "sms", phone, "where is the venue?")
    assert not is_crisis_reply(replies)
    assert staff_alerts(e2e, conversation(e2e, "sms", phone).id) == []


def test_a_disclosure_while_a_case_is_open_gets_the_numbers_and_an_alert(e2e: Gateway) -> None:
    phone = new_member(e2e, "Fen")
    say(e2e, "sms", phone, "I'd like a copy of all the data you hold about me")
    assert conversation(e2e, "sms", phone).status == "escalated"
    assert_crisis_answered(e2e, phone, "i don't feel safe at home any more")


def test_a_disclosure_while_staff_have_taken_the_conversation_gets_the_numbers_and_an_alert(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Gus")
    say(e2e, "sms", phone, "hello")
    taken = e2e.client.post(
        f"/api/conversations/{conversation(e2e, 'sms', phone).id}/takeover",
        headers=staff_token(e2e, "staff"),
    )
    assert taken.status_code == 200
    assert_crisis_answered(e2e, phone, "nobody at home knows i'm not coping")
