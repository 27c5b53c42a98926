"""Onboarding end to end: a member answers the real assistant (the trained Rasa model,
our action server, the gateway and the worker) on SMS, WhatsApp and Telegram."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from db.models import Attendance, ChannelIdentity, ConsentRecord
from tests.e2e.talk import conversation, member, say
from tests.harness import Gateway

ANSWERS = [  # (words in the question, the member's answer), the first match wins
    ("Is that all right?", "yes"),
    ("call you", "yes"),
    ("privacy notice", "yes"),
    ("Weekend 3", "not sure"),
    ("Can you come to", "yes"),
    ("access needs", "no"),
    ("dietary", "vegetarian, no nuts please"),
    ("look after children", "none"),
    ("how would you like us to message you", "skip"),
    ("Which language would you like", "English"),  # asked when the roster gave none
]


def answer(question: str) -> str:
    for words, reply in ANSWERS:
        if words in question:
            return reply
    raise AssertionError(f"unexpected question: {question!r}")


def onboard(e2e: Gateway, channel: str, address: str, phone: str, first: str) -> list[str]:
    """Answer every question until the member is onboarded; the whole exchange."""
    exchange = replies = say(e2e, channel, address, first)
    for _ in range(15):
        if member(e2e, phone).onboarding_state == "onboarded":
            return exchange
        assert replies, "the assistant went silent"
        replies = say(e2e, channel, address, answer(replies[-1]))
        exchange = exchange + replies
    raise AssertionError(f"not onboarded after 15 answers: {exchange}")


def assert_onboarded(e2e: Gateway, phone: str) -> None:
    found = member(e2e, phone)
    assert found.onboarding_state == "onboarded"
    assert found.dietary_needs == "vegetarian, no nuts please"
    with e2e.services.sessions() as session:
        consents = (
            session.execute(select(ConsentRecord).where(ConsentRecord.member_id == found.id))
            .scalars()
            .all()
        )
        attendance = {
            row.session_id: row.status
            for row in session.execute(
                select(Attendance).where(Attendance.member_id == found.id)
            ).scalars()
        }
    assert any(c.kind == "privacy" and c.granted and c.version for c in consents)
    assert any(c.kind == "access_needs" and not c.granted for c in consents)
    assert attendance["w1-sat"] == attendance["w2-sun"] == "confirmed"
    assert attendance["w3-sat"] == "not_sure"


def test_onboarding_by_sms_from_the_invitation_reply(e2e: Gateway) -> None:
    phone = "+447700900102"  # Grace, SMS
    exchange = onboard(e2e, "sms", phone, phone, "YES")
    assert "privacy" in " ".join(exchange)
    assert_onboarded(e2e, phone)
    assert conversation(e2e, "sms", phone).status == "bot"


def test_onboarding_by_whatsapp(e2e: Gateway) -> None:
    phone = "+447700900103"  # Kwame, WhatsApp
    onboard(e2e, "whatsapp", phone, phone, "hi")
    assert_onboarded(e2e, phone)
    sent = [m for m in e2e.twilio_api.sent_messages() if m["to"] == f"whatsapp:{phone}"]
    assert sent and all(m["body"] and not m["content_sid"] for m in sent)  # window open


def test_onboarding_by_telegram_deep_link(e2e: Gateway) -> None:
    phone, chat = "+447700900109", "700109"  # Chidi prefers Telegram
    code = member(e2e, phone).invite_code
    onboard(e2e, "telegram", chat, phone, f"/start {code}")
    assert_onboarded(e2e, phone)
    with e2e.services.sessions() as session:
        identity = session.execute(
            select(ChannelIdentity).where(ChannelIdentity.address == chat)
        ).scalar_one()
    assert identity.member_id == member(e2e, phone).id


def test_refusing_consent_is_accepted_kindly_and_reaches_staff(e2e: Gateway) -> None:
    phone = "+447700900105"  # Daniel
    replies = say(e2e, "sms", phone, "hello")
    replies = say(e2e, "sms", phone, answer(replies[-1]))  # the name: yes
    assert "privacy notice" in replies[-1]
    replies = say(e2e, "sms", phone, "no")
    assert "fine" in " ".join(replies).lower()
    assert member(e2e, phone).onboarding_state == "consent_refused"
    handed_over = conversation(e2e, "sms", phone)
    assert handed_over.status == "escalated" and handed_over.reason == "consent refused"


def test_a_member_who_stops_halfway_resumes_at_the_same_question(e2e: Gateway) -> None:
    phone = "+447700900106"  # Priya
    replies = say(e2e, "sms", phone, "hi")
    replies = say(e2e, "sms", phone, answer(replies[-1]))  # name
    replies = say(e2e, "sms", phone, answer(replies[-1]))  # privacy
    waiting_question = replies[-1]
    assert "Can you come to" in waiting_question
    # Days later, after Rasa has forgotten the conversation: the database keeps the place.
    sender = conversation(e2e, "sms", phone).rasa_sender_id
    forgotten = httpx.post(
        f"{e2e.settings.RASA_URL}/conversations/{sender}/tracker/events",
        params={"token": e2e.settings.RASA_TOKEN},
        json=[{"event": "restart"}],
        timeout=30,
    )
    assert forgotten.status_code == 200
    replies = say(e2e, "sms", phone, "hello again")
    assert "Welcome back" in " ".join(replies)
    assert replies[-1] == waiting_question


def test_a_question_in_the_middle_of_onboarding_is_answered_and_onboarding_resumes(
    e2e: Gateway,
) -> None:
    phone = "+447700900111"  # Tom
    replies = say(e2e, "sms", phone, "hi")
    question = replies[-1]
    replies = say(e2e, "sms", phone, "where is the venue?")
    assert any("Walthamstow Assembly Hall" in reply for reply in replies)
    assert replies[-1] == question
