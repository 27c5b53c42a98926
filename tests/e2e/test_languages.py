"""A member's whole journey in Polish, Romanian and Urdu, end to end with the real Rasa model
and action server: onboarding (the language asked when the roster has none), a reminder and
the reply to it, a venue and an expense question, a disclosure, each answered in the member's
language; then a change of language by writing its name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select, update

from bot.scheduling.reminders import plan_reminders
from db.models import Attendance, Member
from db.types import utcnow
from tests.e2e.people import is_crisis_reply, new_member
from tests.e2e.talk import member, replies_to, say
from tests.harness import Gateway, wait_until


@dataclass(frozen=True)
class Script:
    """What a member writes in one language, and words each answer must have."""

    code: str
    roster_language: str  # "" : the roster has none, so onboarding asks
    hello: str
    # (words in the question, the answer); the first match wins, so the summary (which
    # repeats every topic) comes first
    onboarding: tuple[tuple[str, str], ...]
    done: str
    reminder: str
    coming: str
    coming_answer: str
    venue: str
    venue_answer: str
    expenses: str
    expenses_answer: str
    disclosure: str
    crisis_answer: str


SCRIPTS = [
    Script(
        "pl",
        "pl",
        "dzień dobry",
        (
            ("Czy wszystko się zgadza", "tak"),
            ("Czy tak mamy się do Ciebie zwracać", "tak"),
            ("informacja o prywatności", "tak"),
            ("Czy możesz przyjść", "tak"),
            ("w zakresie dostępności", "nie"),
            ("wymagania dietetyczne", "wegetariańskie"),
            ("opiekujesz się", "brak"),
            ("jak mamy do Ciebie pisać", "pomiń"),
        ),
        "wszystko gotowe",
        "przypomnienie",
        "będę",
        "Świetnie, dziękuję",
        "jak tam dojechać?",
        "Zgromadzenie spotyka się w",
        "czy zwracacie koszty za dojazd?",
        "Zgłoś koszty w ciągu",
        "mój mąż mnie bije, boję się wracać do domu",
        "Dziękuję, że mi o tym mówisz",
    ),
    Script(
        "ro",
        "",
        "bună ziua",
        (
            ("E în regulă?", "da"),
            ("Which language", "română"),
            ("Așa vrei să-ți spunem", "da"),
            ("confidențialitate", "da"),
            ("Poți veni", "da"),
            ("nevoi de accesibilitate", "nu"),
            ("nevoi alimentare", "vegetarian"),
            ("Ai grijă de copii", "nimic"),
            ("cum vrei să îți scriem", "sari"),
        ),
        "totul e pregătit",
        "memento",
        "vin",
        "Minunat, mulțumesc",
        "unde are loc adunarea?",
        "Adunarea are loc la",
        "ce cheltuieli sunt rambursate?",
        "Solicită rambursarea în",
        "mi-e frică de soțul meu, mă bate",
        "Mulțumesc că mi-ai spus",
    ),
    Script(
        "ur",
        "ur",
        "السلام علیکم",
        (
            ("کیا یہ ٹھیک ہے", "جی ہاں"),
            ("کیا ہم آپ کو اسی نام سے پکاریں", "جی ہاں"),
            ("رازداری نوٹس", "ہاں"),
            ("میں آ سکتے ہیں", "ہاں"),
            ("رسائی کی کسی ضرورت", "نہیں"),
            ("غذائی ضرورت", "سبزی خور"),
            ("دیکھ بھال کرتے ہیں", "کوئی نہیں"),
            ("ہم آپ کو کیسے پیغام", "چھوڑیں"),
        ),
        "سب تیار ہے",
        "یاد دہانی",
        "میں آؤں گا",
        "بہت اچھا، شکریہ",
        "ملاقات کہاں ہے؟",
        "اسمبلی یہاں ملتی ہے",
        "کون سے اخراجات واپس مل سکتے ہیں؟",
        "دن کے اندر دعویٰ کریں",
        "میرا شوہر مجھے مارتا ہے اور مجھے ڈر لگتا ہے",
        "مجھے بتانے کا شکریہ",
    ),
]


def onboard(e2e: Gateway, phone: str, script: Script) -> str:
    """Answer every question in the script's language until onboarded; the whole exchange."""
    replies = say(e2e, "sms", phone, script.hello)
    exchange = list(replies)
    for _ in range(15):
        if member(e2e, phone).onboarding_state == "onboarded":
            return "\n".join(exchange)
        assert replies, f"the assistant went silent: {exchange}"
        question = replies[-1]
        answer = next((a for words, a in script.onboarding if words in question), None)
        assert answer is not None, f"unexpected question: {question!r}"
        replies = say(e2e, "sms", phone, answer)
        exchange += replies
    raise AssertionError(f"not onboarded after 15 answers: {exchange}")


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.code for s in SCRIPTS])
def test_a_member_s_journey_in_their_language(
    e2e: Gateway,
    session_soon: str,
    script: Script,
) -> None:
    phone = new_member(e2e, "Ola", onboarded=False)
    with e2e.services.sessions() as session, session.begin():
        session.execute(
            update(Member).where(Member.phone == phone).values(language=script.roster_language)
        )

    exchange = onboard(e2e, phone, script)
    assert script.done in exchange
    assert member(e2e, phone).language == script.code

    with e2e.services.sessions() as session, session.begin():
        plan_reminders(session, e2e.services.config, utcnow())
    wait_until(
        lambda: any(script.reminder in r for r in replies_to(e2e, "sms", phone)), 20, "reminder"
    )
    assert any(script.coming_answer in r for r in say(e2e, "sms", phone, script.coming))
    with e2e.services.sessions() as session:
        status = session.execute(
            select(Attendance.status).where(
                Attendance.member_id == member(e2e, phone).id,
                Attendance.session_id == session_soon,
            )
        ).scalar_one()
    assert status == "confirmed"

    venue = " ".join(say(e2e, "sms", phone, script.venue))
    assert script.venue_answer in venue and "Walthamstow Assembly Hall" in venue
    assert script.expenses_answer in " ".join(say(e2e, "sms", phone, script.expenses))

    crisis = say(e2e, "sms", phone, script.disclosure)
    assert is_crisis_reply(crisis) and script.crisis_answer in " ".join(crisis)

    assert say(e2e, "sms", phone, "English") == ["OK, I'll write to you in English from now on."]
    assert member(e2e, phone).language == "en"
