"""Forms that survive real members, end to end (the trained Rasa model, the action server, the
gateway and the worker): a question or a request in the middle of a form is answered or
started, never stored as the answer; sessions are recognised the way members name them; a
form never asks the same thing forever; and a survey due while a form is open goes out as the
survey, with the form carrying on afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from bot.config import load_config
from db.models import Attendance, ExpenseClaim
from db.types import utcnow
from tests.e2e import talk
from tests.e2e.people import new_member
from tests.e2e.talk import conversation, member, replies_to, say, set_member
from tests.harness import Gateway, wait_until

RECEIPT = b"\xff\xd8\xff\xe0 a photo of a taxi receipt"
NOT_UNDERSTOOD = "didn't catch"
SUMMARY_QUESTION = "Is that all right?"


@pytest.fixture
def opening_session_today(e2e: Gateway) -> Iterator[str]:
    """config.yml with an "Opening session" today, in the assembly's time zone (restored
    afterwards)."""
    path: Path = e2e.settings.ASSEMBLY_CONFIG
    original = path.read_text()
    data = yaml.safe_load(original)
    today = utcnow().astimezone(load_config(path).tz).date()
    data["sessions"].insert(
        0,
        {
            "id": "opening",
            "title": "Opening session",
            "starts": f"{today:%Y-%m-%d}T00:00",
            "ends": f"{today:%Y-%m-%d}T23:59",
            "venue": "town-hall",
            "catering": "Tea and biscuits",
        },
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    try:
        yield "opening"
    finally:
        path.write_text(original)


def claims_of(e2e: Gateway, phone: str) -> list[ExpenseClaim]:
    with e2e.services.sessions() as session:
        found = session.execute(
            select(ExpenseClaim).where(ExpenseClaim.member_id == member(e2e, phone).id)
        ).scalars()
        return list(found)


def attendance_of(e2e: Gateway, phone: str, session_id: str) -> str | None:
    with e2e.services.sessions() as session:
        return session.execute(
            select(Attendance.status).where(
                Attendance.member_id == member(e2e, phone).id,
                Attendance.session_id == session_id,
            )
        ).scalar_one_or_none()


# --- onboarding -------------------------------------------------------------------------------


def test_a_question_at_the_caring_question_is_answered_not_stored_as_caring(
    e2e: Gateway,
) -> None:
    phone = "+447700900104"  # Sofia
    set_member(e2e, phone, onboarding_state="in_progress", onboarding_step="caring")
    caring_question = say(e2e, "sms", phone, "hi")[-1]
    assert "look after children" in caring_question

    replies = say(e2e, "sms", phone, "is there a limit on travel expenses per day?")
    assert any("£30" in reply for reply in replies), replies  # the travel cap, from config
    assert replies[-1] == caring_question
    assert member(e2e, phone).caring_responsibilities is None

    say(e2e, "sms", phone, "I look after my mum on Saturdays")
    assert member(e2e, phone).caring_responsibilities == "I look after my mum on Saturdays"


def test_a_claim_asked_for_at_the_onboarding_summary_is_taken_after_the_questions(
    e2e: Gateway, opening_session_today: str
) -> None:
    phone = "+447700900107"  # Mohammed
    set_member(e2e, phone, onboarding_state="in_progress", onboarding_step="summary")
    assert SUMMARY_QUESTION in say(e2e, "sms", phone, "hello")[-1]

    replies = say(e2e, "sms", phone, "I want to claim back my taxi fare from today, it was £12.40")
    text = " ".join(replies)
    assert NOT_UNDERSTOOD not in text
    assert "claim as soon as" in text, replies
    assert SUMMARY_QUESTION in replies[-1]

    replies = say(e2e, "sms", phone, "yes")
    assert member(e2e, phone).onboarding_state == "onboarded"
    assert "photo of the receipt" in replies[-1], replies  # travel, £12.40 and today known
    assert "YES to send" in say(e2e, "sms", phone, photo=RECEIPT)[-1]
    say(e2e, "sms", phone, "yes")
    [claim] = claims_of(e2e, phone)
    assert (claim.category, str(claim.amount), claim.session_id) == (
        "travel",
        "12.40",
        opening_session_today,
    )


def test_a_name_that_reads_like_a_sentence_is_confirmed_before_it_is_used(e2e: Gateway) -> None:
    phone = "+447700900110"  # Zainab
    say(e2e, "sms", phone, "hi")
    replies = say(e2e, "sms", phone, "my name is not important i just want to know when it starts")
    assert "Shall I call you" in replies[-1], replies
    replies = say(e2e, "sms", phone, "no")
    assert "What name would you like" in replies[-1]
    say(e2e, "sms", phone, "Pat")
    assert member(e2e, phone).preferred_name == "Pat"


# --- the claim form ---------------------------------------------------------------------------


def start_claim_at_the_day_question(e2e: Gateway, phone: str) -> None:
    set_member(e2e, phone, onboarding_state="onboarded")
    replies = say(e2e, "sms", phone, "I want to claim my taxi fare, it was £8")
    assert "Which day" in replies[-1], replies


def test_a_claim_day_given_as_the_sessions_title_and_today_is_understood(
    e2e: Gateway, opening_session_today: str
) -> None:
    phone = "+447700900115"  # Jamal
    start_claim_at_the_day_question(e2e, phone)
    replies = say(e2e, "sms", phone, "the opening session today")
    assert "couldn't tell" not in " ".join(replies)
    assert "photo of the receipt" in replies[-1], replies
    say(e2e, "sms", phone, photo=RECEIPT)
    say(e2e, "sms", phone, "yes")
    [claim] = claims_of(e2e, phone)
    assert claim.session_id == opening_session_today


def test_a_claim_day_not_understood_twice_offers_numbered_choices_and_takes_the_number(
    e2e: Gateway,
) -> None:
    phone = "+447700900117"  # Ravi
    start_claim_at_the_day_question(e2e, phone)
    first = say(e2e, "sms", phone, "the blue one")
    assert "Which day" in first[-1]
    second = say(e2e, "sms", phone, "the blue one")
    listed = "\n".join(second)
    assert "1." in listed and "2." in listed and "Weekend 1, Saturday" in listed, second
    chosen = next(
        line.split(".", 1)[0].strip() for line in listed.splitlines() if "Weekend 2, Sunday" in line
    )
    replies = say(e2e, "sms", phone, chosen)
    assert "photo of the receipt" in replies[-1], replies
    say(e2e, "sms", phone, photo=RECEIPT)
    say(e2e, "sms", phone, "yes")
    [claim] = claims_of(e2e, phone)
    assert claim.session_id == "w2-sun"


def test_a_claim_day_not_understood_three_times_opens_a_case_and_a_person_will_help(
    e2e: Gateway,
) -> None:
    phone = "+447700900132"  # Dev
    start_claim_at_the_day_question(e2e, phone)
    say(e2e, "sms", phone, "the blue one")
    say(e2e, "sms", phone, "the green one")
    replies = say(e2e, "sms", phone, "the red one")
    assert "person" in " ".join(replies), replies
    assert "Which day" not in replies[-1]
    case = conversation(e2e, "sms", phone)
    assert case.reason == "form not understood"


# --- scheduled messages into a conversation with an open form ---------------------------------


def test_a_survey_due_during_onboarding_on_whatsapp_goes_out_as_the_survey_and_onboarding_resumes(
    e2e: Gateway,
) -> None:
    phone = "+447700900138"  # Omar, WhatsApp
    set_member(e2e, phone, onboarding_state="in_progress", onboarding_step="summary")
    assert SUMMARY_QUESTION in say(e2e, "whatsapp", phone, "hi")[-1]
    omar = member(e2e, phone)
    # a session no other test surveys: every e2e test shares one database
    talk.survey_due(e2e, phone, "w3-sun")
    before = len(replies_to(e2e, "whatsapp", phone))
    survey = talk.release_survey(e2e, omar.id)
    bodies = [row.body or "" for row in survey]
    assert bodies and all(
        row.idempotency_key.startswith(f"feedback:{omar.id}:w3-sun:") for row in survey
    )
    assert NOT_UNDERSTOOD not in " ".join(bodies) and "Here's what I have" not in " ".join(bodies)
    assert "How would you rate" in bodies[-1], bodies

    wait_until(
        lambda: len(replies_to(e2e, "whatsapp", phone)) >= before + len(bodies),
        15,
        "the survey",
    )
    assert "Did you feel heard" in say(e2e, "whatsapp", phone, "4")[-1]
    assert "change for next time" in say(e2e, "whatsapp", phone, "yes")[-1]
    replies = say(e2e, "whatsapp", phone, "Longer breaks")
    assert any("Thank you" in reply for reply in replies), replies
    assert SUMMARY_QUESTION in replies[-1], replies  # onboarding carries on
    say(e2e, "whatsapp", phone, "yes")
    assert member(e2e, phone).onboarding_state == "onboarded"


def test_a_reminder_answered_during_onboarding_confirms_its_session_and_onboarding_carries_on(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Priya", onboarded=False)
    set_member(e2e, phone, onboarding_state="in_progress", onboarding_step="summary")
    assert SUMMARY_QUESTION in say(e2e, "sms", phone, "hi")[-1]
    talk.reminder_sent(e2e, phone, "w2-sat")

    replies = say(e2e, "sms", phone, "yes")

    assert attendance_of(e2e, phone, "w2-sat") == "confirmed"
    assert any("See you at" in reply for reply in replies), replies
    assert SUMMARY_QUESTION in replies[-1], replies  # the form asks its question again
    assert member(e2e, phone).onboarding_state == "in_progress"


def test_running_late_after_a_reminder_in_a_claim_is_recorded_for_that_session(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Tomasz")
    say(e2e, "sms", phone, "I want to claim my bus fare")
    talk.reminder_sent(e2e, phone, "w2-sun")

    replies = say(e2e, "sms", phone, "sorry running about 20 mins late")

    assert attendance_of(e2e, phone, "w2-sun") == "late"
    assert not any(NOT_UNDERSTOOD in reply for reply in replies), replies
    assert claims_of(e2e, phone) == []  # the claim form is still asking
