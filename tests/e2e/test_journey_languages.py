"""The feedback survey and leaving the assembly in Polish, end to end through the real webhooks,
the real Rasa model and our action server: every question, answer and reply in Polish, the
answers read from Polish words, and staff told in English."""

from __future__ import annotations

from sqlalchemy import select

from db.models import FeedbackResponse
from tests.e2e.people import new_member
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

# A session no other test surveys: every e2e test shares one database.
SURVEYED = "w3-sat"


def test_a_polish_speaking_member_answers_the_survey_in_polish(e2e: Gateway) -> None:
    phone = new_member(e2e, "Ola")
    set_member(e2e, phone, language="pl")
    assert survey_due(e2e, phone, SURVEYED) is not None
    release_survey(e2e, member(e2e, phone).id)
    wait_until(
        lambda: any("Jak oceniasz" in r for r in replies_to(e2e, "sms", phone)),
        30,
        "the survey's first question, in Polish",
    )
    intro, first = replies_to(e2e, "sms", phone)[-2:]
    assert intro.startswith("Dziękujemy za udział w Weekend 3, Saturday") and "SKIP" in intro
    assert first == "(1/3) Jak oceniasz dzisiejszy dzień w skali od 1 (słabo) do 5 (świetnie)?"

    assert say(e2e, "sms", phone, "bardzo dobrze") == [
        "(2/3) Czy dzisiaj Twój głos został wysłuchany?"
    ]
    assert say(e2e, "sms", phone, "częściowo") == [
        "(3/3) Jaką jedną rzecz powinniśmy zmienić następnym razem?"
    ]
    thanks = say(e2e, "sms", phone, "Dłuższe przerwy na kawę")
    assert thanks == [
        "Dziękujemy, to bardzo pomocne. Zespół czyta każdą odpowiedź i wykorzysta je, żeby "
        "ulepszyć kolejne spotkania."
    ]
    with e2e.services.sessions() as session:
        answers = [
            response.answers
            for response in session.execute(
                select(FeedbackResponse).where(FeedbackResponse.session_id == SURVEYED)
            ).scalars()
        ]
    assert {"rating": 5, "heard": "partly", "improve": "Dłuższe przerwy na kawę"} in answers
    everything = " ".join(replies_to(e2e, "sms", phone))
    assert "How would you rate" not in everything and "Thank you" not in everything


def test_a_polish_speaking_member_leaves_the_assembly_in_polish(e2e: Gateway) -> None:
    phone = new_member(e2e, "Tomasz")
    set_member(e2e, phone, language="pl")
    asked = say(e2e, "sms", phone, "chcę zrezygnować ze zgromadzenia")
    assert asked and "czy chcesz odejść ze zgromadzenia?" in asked[-1], asked
    assert conversation(e2e, "sms", phone).reason is None  # nothing recorded before a yes

    told = say(e2e, "sms", phone, "tak")
    assert told and "Co dalej:" in told[-1] and "What happens next" not in told[-1], told
    assert conversation(e2e, "sms", phone).reason == "wants to withdraw"  # staff read English
