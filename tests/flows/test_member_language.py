"""Onboarding, the forms' retries and attendance answers in the member's own language: a member
whose roster language is Polish (or Romanian, or Urdu) reads every answer in it, and the words
they write back in it are understood. Each action runs in the language the action server would
choose for it (`language_of_call`, from the member's row)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from rasa_sdk import Action
from sqlalchemy import select

from bot.config import format_money
from bot.i18n.catalogue import speaking
from db.models import Attendance, Conversation, Member
from flows.attendance import (
    ActionAskAbsenceReason,
    ActionAskLateArrival,
    ActionRecordAbsence,
    ActionRecordLate,
    ValidateAbsenceForm,
    ValidateLateForm,
)
from flows.context import FlowContext
from flows.language import language_of_call
from flows.onboarding import (
    ActionAskOnboardingAnswer,
    ActionStartOnboarding,
    ValidateOnboardingForm,
)
from tests.flows.conftest import Someone, add_member, form_tracker, run, slot_events, tracker_for
from tests.flows.test_forms import Chat


@contextmanager
def as_the_action_server_speaks(someone: Someone) -> Iterator[None]:
    """The language the action server runs this member's actions in."""
    with speaking(language_of_call({"tracker": {"sender_id": someone.rasa_sender_id}})):
        yield


def member_speaking(
    flow_context: FlowContext, language: str, state: str = "in_progress", step: str | None = None
) -> Someone:
    someone = add_member(flow_context.sessions, state=state)
    with flow_context.sessions() as session, session.begin():
        member = session.get(Member, someone.member_id)
        assert member is not None
        member.language, member.onboarding_step = language, step
    return someone


def onboarding_chat(someone: Someone) -> Chat:
    def asker(slots: dict[str, Any]) -> Action | None:
        return ActionAskOnboardingAnswer() if slots.get("onboarding_answer") is None else None

    slots = {"requested_slot": "onboarding_answer"}
    return Chat(someone, "onboarding_form", ValidateOnboardingForm(), asker, slots)


@pytest.mark.parametrize(
    ("language", "no", "kindly", "contact", "later"),
    [
        ("pl", "nie", "To zupełnie w porządku", "zadzwoń do zespołu", "Napisałeś(-aś), że wolisz"),
        ("ro", "nu", "E perfect în regulă", "sună echipa la", "Ne-ai spus că preferi"),
        ("ur", "نہیں", "یہ بالکل ٹھیک ہے", "ٹیم کو", "آپ نے بتایا تھا"),
    ],
)
def test_refusing_consent_is_answered_kindly_in_the_member_s_language(
    flow_context: FlowContext, language: str, no: str, kindly: str, contact: str, later: str
) -> None:
    someone = member_speaking(flow_context, language, step="privacy")
    with as_the_action_server_speaks(someone):
        refused = onboarding_chat(someone).say(no)
        _, hello = run(ActionStartOnboarding(), tracker_for(someone, "greet", "hi"))

    assert len(refused) == 1 and kindly in refused[0] and contact in refused[0]
    assert "That's completely fine" not in refused[0] and "call the team" not in refused[0]
    assert later in hello[0] and "update my details" in hello[0]  # the phrase the NLU knows
    assert "You told us" not in hello[0]
    with flow_context.sessions() as session:
        conversation = session.get(Conversation, someone.conversation_id)
        assert conversation is not None
        assert (conversation.status, conversation.reason) == ("escalated", "consent refused")


def test_the_caring_note_gives_the_claimable_costs_in_polish(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", step="caring")
    with as_the_action_server_speaks(someone):
        messages = onboarding_chat(someone).say("dwoje dzieci w wieku 3 i 5 lat")

    note = messages[0]
    assert note.startswith("Dziękuję. W czasie udziału w zgromadzeniu możesz odzyskać koszty")
    with speaking("pl"):
        cap = format_money(Decimal("80"), "GBP")  # "80 GBP": Polish writes the code
    assert (
        f"opieka nad dziećmi do {cap} za dzień i opieka nad osobą zależną do {cap} za dzień" in note
    )
    assert "(zachowaj paragony)" in note
    assert "claim back" not in note and "childcare" not in note
    assert "jak mamy do Ciebie pisać" in messages[-1]  # the next question, in Polish too
    assert "wiadomość tekstowa (SMS)" in messages[-1]


def test_numbered_choices_after_two_misses_are_offered_in_polish_and_a_number_answers(
    flow_context: FlowContext,
) -> None:
    someone = member_speaking(flow_context, "pl", step="privacy")
    chat = onboarding_chat(someone)
    with as_the_action_server_speaks(someone):
        first = chat.say("hmm", "nlu_fallback")[-1]
        listed = chat.say("co?", "nlu_fallback")[-1]
        after = chat.say("1", "nlu_fallback")[-1]

    assert first.startswith("Przepraszam, tutaj potrzebuję odpowiedzi tak lub nie.")
    assert listed.splitlines() == [
        "Przepraszam, nadal nie zrozumiałem. Odpowiedz numerem:",
        "1. Tak",
        "2. Nie",
    ]
    assert after.startswith("Czy możesz przyjść na Weekend 1")
    assert chat.member().onboarding_step == "attendance:1"


def test_a_third_miss_tells_a_polish_member_a_person_will_help(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", step="channel")
    chat = onboarding_chat(someone)
    with as_the_action_server_speaks(someone):
        chat.say("hmm", "nlu_fallback")
        listed = chat.say("eh", "nlu_fallback")[-1]
        last = chat.say("fioletowy", "nlu_fallback")

    assert "1. wiadomość tekstowa (SMS)\n2. WhatsApp\n3. Telegram" in listed
    assert last == [
        "Przepraszam, nie udaje mi się tego zrozumieć. Poprosiłem o pomoc kogoś z zespołu "
        "zgromadzenia i człowiek odpowie tutaj."
    ]
    assert chat.case().reason == "form not understood"


def test_a_polish_member_names_what_to_change(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", step="fix")
    chat = onboarding_chat(someone)
    with as_the_action_server_speaks(someone):
        unclear = chat.say("hmm", "nlu_fallback")[-1]
        diet = chat.say("dieta", "nlu_fallback")[-1]
    assert unclear.startswith("Przepraszam, nie zrozumiałem, o którą pozycję chodzi.")
    assert "w które weekendy możesz przyjść" in unclear  # the items, listed in Polish
    assert "wymagania dietetyczne" in diet  # the dietary question
    assert chat.member().onboarding_step == "edit:dietary"


def test_a_polish_member_can_stop_for_now_and_carry_on_later(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", step="privacy")
    chat = onboarding_chat(someone)
    with as_the_action_server_speaks(someone):
        paused = chat.say("nie teraz")
    assert paused == [
        "Nie ma sprawy. Zapamiętam, gdzie skończyliśmy: napisz „cześć”, kiedy zechcesz kontynuować."
    ]
    assert chat.slots["onboarding_answer"] == "done"
    assert chat.member().onboarding_step == "privacy"  # no consent was recorded either way


def test_attendance_answers_at_onboarding_are_read_in_polish(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", step="attendance:1")
    chat = onboarding_chat(someone)
    with as_the_action_server_speaks(someone):
        chat.say("niestety nie dam rady")
        chat.say("będę na pewno")
    with flow_context.sessions() as session:
        rows = dict(session.execute(select(Attendance.session_id, Attendance.status)).all())
    assert rows == {
        "w1-sat": "declined",
        "w1-sun": "declined",
        "w2-sat": "confirmed",
        "w2-sun": "confirmed",
    }


def test_a_member_who_cannot_come_is_answered_in_polish(flow_context: FlowContext) -> None:
    someone = member_speaking(flow_context, "pl", state="onboarded")
    sunday = [{"entity": "session_ref", "value": "sunday"}]
    with as_the_action_server_speaks(someone):
        events, noted = run(
            ActionRecordAbsence(),
            tracker_for(someone, "cannot_attend", "nie mogę", entities=sunday),
        )
        _, asked = run(ActionAskAbsenceReason(), tracker_for(someone))
        slots = {"attendance_session": slot_events(events)["attendance_session"]}
        _, skipped = run(
            ValidateAbsenceForm(),
            form_tracker(someone, "absence_form", "absence_reason", "nie", slots=slots),
        )
        _, kept = run(
            ValidateAbsenceForm(),
            form_tracker(someone, "absence_form", "absence_reason", "mama w szpitalu", slots=slots),
        )

    assert noted[0].startswith("Dziękujemy za informację; zanotowałem")
    assert asked == [
        "Czy chcesz nam powiedzieć dlaczego, albo czy coś pomogłoby Ci przyjść (np. dojazd lub "
        "opieka nad dziećmi)? Nie musisz: wystarczy odpisać „nie”."
    ]
    assert skipped == ["W porządku. Jeszcze raz dziękujemy za informację."]
    assert kept == [
        "Dziękujemy, że nam o tym mówisz. Dodałem to do Twoich danych, żeby zespół mógł pomóc, "
        "jeśli to możliwe."
    ]


def test_a_late_polish_member_gives_the_time_in_polish(
    flow_context: FlowContext, clock: Any
) -> None:
    clock(datetime(2027, 2, 20, 10, 5, tzinfo=UTC))  # Saturday's session is under way
    someone = member_speaking(flow_context, "pl", state="onboarded")
    with as_the_action_server_speaks(someone):
        events, first = run(ActionRecordLate(), tracker_for(someone, "running_late", "spóźnię się"))
        _, asked = run(ActionAskLateArrival(), tracker_for(someone))
        _, thanks = run(
            ValidateLateForm(),
            form_tracker(
                someone,
                "late_form",
                "late_arrival",
                "będę za pół godziny",
                slots={"attendance_session": slot_events(events)["attendance_session"]},
            ),
        )

    assert first == ["Nie ma problemu, dziękujemy za informację."]
    assert asked == ["Mniej więcej o której godzinie dotrzesz?"]
    assert thanks == ["Dziękuję, przekazałem to zespołowi. Do zobaczenia wkrótce!"]
    with flow_context.sessions() as session:
        row = session.execute(select(Attendance)).scalar_one()
    assert (row.status, row.expected_arrival) == ("late", "10:35")
