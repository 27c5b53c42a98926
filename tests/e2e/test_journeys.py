"""The member journeys after onboarding, end to end with the real Rasa model and action server:
handover to staff and back, expense claims with receipts, the feedback survey and reminders
with attendance replies."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from sqlalchemy import select

from bot.scheduling.feedback_requests import RasaSurveyStarter, feedback_time, request_feedback
from bot.scheduling.reminders import plan_reminders
from bot.security import new_api_token, token_hash
from db.models import (
    ApiToken,
    Attendance,
    ExpenseClaim,
    FeedbackRequest,
    FeedbackResponse,
    MediaFile,
    OutboxItem,
    StaffUser,
)
from db.types import utcnow
from tests.assistant import STAFF_ALERT_NUMBER
from tests.e2e.talk import (
    conversation,
    member,
    release_survey,
    replies_to,
    say,
    set_member,
    survey_due,
)
from tests.harness import Gateway, wait_until

RECEIPT = b"\xff\xd8\xff\xe0 a photo of a minicab receipt"


def staff_token(e2e: Gateway, role: str) -> dict[str, str]:
    """A bearer header for a new staff account with this role."""
    token = new_api_token()
    with e2e.services.sessions() as session, session.begin():
        user = StaffUser(
            email=f"{role}-{token[-6:].lower()}@council.example", role=role, password_hash="x"
        )
        session.add(user)
        session.flush()
        session.add(ApiToken(staff_id=user.id, token_hash=token_hash(token)))
    return {"Authorization": f"Bearer {token}"}


# --- handover ---------------------------------------------------------------------------------


def test_handover_to_staff_and_back_to_the_bot(e2e: Gateway) -> None:
    phone = "+447700900100"  # Amina
    set_member(e2e, phone, onboarding_state="onboarded")
    replies = say(e2e, "sms", phone, "can I speak to a real person please")
    assert replies and "person" in " ".join(replies)
    handed = conversation(e2e, "sms", phone)
    assert handed.status == "escalated"

    # While a person has it the bot stays out, yet every message is acknowledged; all kept
    # for staff.
    first = say(e2e, "sms", phone, "it's about my son's nursery costs")
    assert len(first) == 1 and "a person will reply" in first[0]
    second = say(e2e, "sms", phone, "where is the venue?")
    assert len(second) == 1 and "person will reply" in second[0]
    assert "Walthamstow Assembly Hall" not in second[0]

    staff = staff_token(e2e, "staff")
    listed = e2e.client.get("/api/conversations?status=escalated", headers=staff).json()
    assert handed.id in [c["id"] for c in listed["conversations"]]
    transcript = e2e.client.get(f"/api/conversations/{handed.id}/messages", headers=staff).json()
    assert "where is the venue?" in [m["text"] for m in transcript["messages"]]

    before = len(replies_to(e2e, "sms", phone))
    response = e2e.client.post(
        f"/api/conversations/{handed.id}/reply",
        headers=staff,
        json={"text": "Hi Amina, this is Sam from the assembly team. Nursery costs are covered."},
    )
    assert response.status_code == 202
    wait_until(lambda: len(replies_to(e2e, "sms", phone)) > before, 15, "the staff reply")
    assert "this is Sam" in replies_to(e2e, "sms", phone)[-1]

    assert (
        e2e.client.post(f"/api/conversations/{handed.id}/handback", headers=staff).status_code
        == 200
    )
    replies = say(e2e, "sms", phone, "where is the venue?")
    assert any("Walthamstow Assembly Hall" in reply for reply in replies)


def test_safeguarding_is_urgent_with_emergency_numbers_in_the_same_exchange(
    e2e: Gateway,
) -> None:
    phone = "+447700900101"  # Tariq
    set_member(e2e, phone, onboarding_state="onboarded")
    replies = say(
        e2e, "sms", phone, "my neighbour keeps threatening me and I'm scared he'll hurt my kids"
    )
    text = " ".join(replies)
    assert "999" in text and "+44 20 8496 0000" in text
    urgent = conversation(e2e, "sms", phone)
    assert urgent.status == "escalated" and urgent.urgent
    # Staff are told through the outbox (the alert number configured for the action server).
    wait_until(
        lambda: any(m["to"] == STAFF_ALERT_NUMBER for m in e2e.twilio_api.sent_messages()),
        15,
        "the staff alert",
    )


def test_a_risk_phrase_reaches_staff_urgently_whatever_the_classifier_reads(e2e: Gateway) -> None:
    """The pipeline's safety net (bot/gateway/safeguarding.py). On its own the trained classifier
    reads this message as cannot_attend (0.74): the member would be wished well for next time."""
    phone = "+447700900122"  # Sarah
    set_member(e2e, phone, onboarding_state="onboarded")
    replies = say(e2e, "sms", phone, "honestly i want to die, not coming saturday")
    assert "999" in " ".join(replies)
    urgent = conversation(e2e, "sms", phone)
    assert urgent.status == "escalated" and urgent.urgent


def test_a_risk_phrase_marks_a_conversation_staff_already_have_urgent(e2e: Gateway) -> None:
    phone = "+447700900123"  # Imran
    set_member(e2e, phone, onboarding_state="onboarded")
    say(e2e, "sms", phone, "can I speak to a real person please")
    handed = conversation(e2e, "sms", phone)
    assert handed.status == "escalated" and not handed.urgent
    say(e2e, "sms", phone, "sorry, i keep thinking about ending it all")
    assert conversation(e2e, "sms", phone).urgent


def test_two_misunderstood_messages_in_a_row_hand_over(e2e: Gateway) -> None:
    phone = "+447700900113"  # Lukasz
    set_member(e2e, phone, onboarding_state="onboarded")
    say(e2e, "sms", phone, "xqzt vrrp lmnb")
    assert conversation(e2e, "sms", phone).status == "bot"
    say(e2e, "sms", phone, "plor wexj ghhh")
    handed = conversation(e2e, "sms", phone)
    assert handed.status == "escalated" and handed.reason == "not understood twice"


# --- expenses ---------------------------------------------------------------------------------

CLAIM_ANSWERS = [  # (words in the question, how the member answers); first match wins
    ("YES to send", "yes"),
    ("What is the claim for", "travel"),
    ("How much", "12 quid"),
    ("photo of the receipt", None),  # send the photo
    ("Which day", "Saturday weekend 1"),
]


def claim(e2e: Gateway, channel: str, address: str, phone: str, first: str) -> ExpenseClaim:
    replies = say(e2e, channel, address, first)
    exchange = [first, *replies]
    for _ in range(10):
        with e2e.services.sessions() as session:
            found = session.execute(
                select(ExpenseClaim).where(ExpenseClaim.member_id == member(e2e, phone).id)
            ).scalar_one_or_none()
        if found is not None:
            return found
        question = replies[-1] if replies else ""
        answer = next((a for words, a in CLAIM_ANSWERS if words in question), "")
        assert answer != "", f"unexpected question: {question!r}"
        replies = say(
            e2e, channel, address, answer or "", photo=RECEIPT if answer is None else None
        )
        exchange += [answer or "(photo)", *replies]
    raise AssertionError(f"no claim recorded: {exchange}")


def assert_claim_with_receipt(e2e: Gateway, found: ExpenseClaim) -> None:
    assert found.category == "travel"
    assert found.amount == Decimal("12.00")
    assert found.status == "submitted"
    with e2e.services.sessions() as session:
        receipt = session.get(MediaFile, found.receipt_media_id)
    assert receipt is not None and receipt.sha256 == hashlib.sha256(RECEIPT).hexdigest()
    assert (e2e.settings.MEDIA_DIR / (receipt.storage_path or "")).read_bytes() == RECEIPT


def test_claim_with_a_photo_over_sms_and_the_decision_reaches_the_member(e2e: Gateway) -> None:
    phone = "+447700900108"  # Ellie
    set_member(e2e, phone, onboarding_state="onboarded")
    found = claim(e2e, "sms", phone, phone, "I want to claim 12 quid for a cab home")
    assert_claim_with_receipt(e2e, found)

    finance = staff_token(e2e, "finance")
    receipt = e2e.client.get(f"/api/claims/{found.id}/receipt", headers=finance)
    assert receipt.status_code == 200 and receipt.content == RECEIPT
    staff = staff_token(e2e, "staff")
    assert e2e.client.get(f"/api/claims/{found.id}/receipt", headers=staff).status_code == 403

    before = len(replies_to(e2e, "sms", phone))
    decided = e2e.client.post(
        f"/api/claims/{found.id}/decision",
        headers=finance,
        json={"status": "approved", "note": "thanks"},
    )
    assert decided.status_code == 200
    wait_until(lambda: len(replies_to(e2e, "sms", phone)) > before, 15, "the decision notice")
    assert "approved" in replies_to(e2e, "sms", phone)[-1]
    status = say(e2e, "sms", phone, "has my expense claim been paid yet?")
    assert "approved" in " ".join(status)


def test_claim_with_a_photo_over_telegram(e2e: Gateway) -> None:
    phone, chat = "+447700900112", "700112"  # Ayesha prefers Telegram
    set_member(e2e, phone, onboarding_state="onboarded")
    code = member(e2e, phone).invite_code
    say(e2e, "telegram", chat, f"JOIN {code}")
    found = claim(e2e, "telegram", chat, phone, "can I claim for my taxi, it was 12 quid")
    assert_claim_with_receipt(e2e, found)


# --- feedback ---------------------------------------------------------------------------------


def test_feedback_survey_after_a_session_is_answered_and_summarised_anonymously(
    e2e: Gateway,
) -> None:
    phone = "+447700900116"  # Hannah
    set_member(e2e, phone, onboarding_state="onboarded")
    hannah = member(e2e, phone)
    # a session no other test surveys: every e2e test shares one database
    report = survey_due(e2e, phone, "w2-sat")
    assert report is not None
    release_survey(e2e, hannah.id)  # the clock reaches that time
    config = e2e.services.config
    surveyed = config.session("w2-sat")
    assert surveyed is not None
    wait_until(lambda: len(replies_to(e2e, "sms", phone)) >= 2, 15, "the survey's first question")
    assert "rate" in replies_to(e2e, "sms", phone)[-1]

    assert "Did you feel heard" in say(e2e, "sms", phone, "4")[-1]
    assert "change for next time" in say(e2e, "sms", phone, "yes")[-1]
    say(e2e, "sms", phone, "The lunch queue was far too long")

    with e2e.services.sessions() as session:
        response = session.execute(
            select(FeedbackResponse).where(FeedbackResponse.session_id == "w2-sat")
        ).scalar_one()
        asked = session.execute(
            select(FeedbackRequest).where(FeedbackRequest.member_id == hannah.id)
        ).scalar_one()
    assert response.member_id is None  # feedback.anonymous: true
    assert str(hannah.id) not in response.respondent_key
    assert response.answers["rating"] == 4 and asked.responded

    # Nor can the transcript tie the answers to her.
    staff = staff_token(e2e, "staff")
    survey_conversation = conversation(e2e, "sms", phone)
    transcript = e2e.client.get(
        f"/api/conversations/{survey_conversation.id}/messages", headers=staff
    ).json()["messages"]
    assert "The lunch queue was far too long" not in str(transcript)

    summary = e2e.client.get("/api/feedback/summary", headers=staff).json()
    text = str(summary)
    assert "The lunch queue was far too long" in text
    assert "Hannah" not in text and phone not in text

    def survey_messages() -> int:
        with e2e.services.sessions() as session:
            return len(
                session.execute(
                    select(OutboxItem).where(
                        OutboxItem.member_id == hannah.id, OutboxItem.kind == "feedback"
                    )
                ).all()
            )

    asked_before = survey_messages()
    starter = RasaSurveyStarter(e2e.settings)
    request_feedback(e2e.services.sessions, config, feedback_time(surveyed, config), starter)
    assert survey_messages() == asked_before  # one survey per member per session


# --- reminders --------------------------------------------------------------------------------


def test_reminder_for_a_session_minutes_away_arrives_and_a_yes_is_recorded(
    e2e: Gateway, session_soon: str
) -> None:
    phone = "+447700900120"  # Maria
    set_member(e2e, phone, onboarding_state="onboarded")
    config = e2e.services.config
    with e2e.services.sessions() as session, session.begin():
        plan_reminders(session, config, utcnow())
    wait_until(lambda: replies_to(e2e, "sms", phone), 20, "the reminder")
    reminder = replies_to(e2e, "sms", phone)[-1]
    assert "Briefing evening" in reminder and "Walthamstow Assembly Hall" in reminder
    say(e2e, "sms", phone, "yes I'll be there")
    with e2e.services.sessions() as session:
        answer = session.execute(
            select(Attendance).where(
                Attendance.member_id == member(e2e, phone).id, Attendance.session_id == session_soon
            )
        ).scalar_one()
    assert answer.status == "confirmed"
