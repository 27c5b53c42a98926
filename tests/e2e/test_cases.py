"""Cases, not mutes: what staff should look at (a case) is apart from who answers the member (a
takeover). A case leaves the bot serving the member; a takeover quiets it, tells the member
when to expect a person, and lapses when nobody comes. No message goes unanswered, and an empty
answer from Rasa (its action server down) is treated like Rasa down: an apology and a case."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from db.models import Conversation, FeedbackRequest
from db.types import utcnow
from tests.assistant import Assistant
from tests.e2e.people import new_member, start_surveys
from tests.e2e.talk import conversation, member, say
from tests.e2e.test_journeys import staff_token
from tests.harness import Gateway

VENUE = "Walthamstow Assembly Hall"


def open_conversations(e2e: Gateway) -> dict[int, dict]:
    """What staff must look at, by conversation id (the API's escalated list)."""
    listed = e2e.client.get(
        "/api/conversations?status=escalated", headers=staff_token(e2e, "staff")
    ).json()["conversations"]
    return {row["id"]: row for row in listed}


def test_a_member_handed_over_for_not_understood_twice_can_still_answer_the_survey(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Gwen")
    say(e2e, "sms", phone, "xqzt vrrp lmnb")
    say(e2e, "sms", phone, "plor wexj ghhh")
    handed = conversation(e2e, "sms", phone)
    assert open_conversations(e2e)[handed.id]["reason"] == "not understood twice"

    start_surveys(e2e, [phone])  # its first question has come
    assert "Did you feel heard" in " ".join(say(e2e, "sms", phone, "4"))
    assert "change for next time" in " ".join(say(e2e, "sms", phone, "yes"))
    assert say(e2e, "sms", phone, "More breaks please")
    with e2e.services.sessions() as session:
        asked = session.execute(
            select(FeedbackRequest).where(FeedbackRequest.member_id == member(e2e, phone).id)
        ).scalar_one()
    assert asked.responded


def test_a_data_request_opens_a_case_and_the_bot_keeps_answering(e2e: Gateway) -> None:
    phone = new_member(e2e, "Hugo")
    say(e2e, "sms", phone, "I'd like a copy of all the data you hold about me")
    case = conversation(e2e, "sms", phone)
    listed = open_conversations(e2e)[case.id]
    assert (listed["status"], listed["reason"]) == ("escalated", "data request")
    assert any(VENUE in reply for reply in say(e2e, "sms", phone, "where is the venue?"))


def test_every_message_while_waiting_for_a_person_is_acknowledged(e2e: Gateway) -> None:
    phone = new_member(e2e, "Iris")
    assert "person" in " ".join(say(e2e, "sms", phone, "can I speak to a real person please"))
    for text in ("it's about my son's nursery costs", "where is the venue?", "hello?"):
        replies = say(e2e, "sms", phone, text)
        assert replies, f"no answer to {text!r}"
        assert not any(VENUE in reply for reply in replies)  # a person answers, not the bot


def test_when_nobody_takes_the_conversation_in_time_the_bot_answers_again(e2e: Gateway) -> None:
    phone = new_member(e2e, "Jude")
    say(e2e, "sms", phone, "can I speak to a real person please")
    with e2e.services.sessions() as session, session.begin():
        waiting = session.get(Conversation, conversation(e2e, "sms", phone).id)
        assert waiting is not None
        waiting.taken_over_at = utcnow() - timedelta(days=2)  # nobody came for two days
    replies = say(e2e, "sms", phone, "where is the venue?")
    assert "nobody" in replies[0].lower(), replies
    assert any(VENUE in reply for reply in replies)
    assert any(VENUE in reply for reply in say(e2e, "sms", phone, "where is it again?"))


def test_an_empty_answer_from_rasa_gets_the_apology_and_opens_a_case(
    e2e: Gateway, assistant: Assistant
) -> None:
    phone = new_member(e2e, "Kit")
    with assistant.actions_down():
        replies = say(e2e, "sms", phone, "where is the venue?")
    assert replies and "Sorry" in replies[0], replies
    failed = conversation(e2e, "sms", phone)
    assert failed.id in open_conversations(e2e)
    # The bot is back and serves the member again.
    assert any(VENUE in reply for reply in say(e2e, "sms", phone, "where is the venue?"))
