"""Members who write in Polish (and a check each in Romanian and Urdu) get the feedback survey,
a feedback note, leaving, arriving, a data request, a person, a complaint, chit-chat and the
information answers in their language, with the survey reading their answers in it.

Each action runs in the language the action server would pick for the member (read from their
record by `flows.language.language_of_call`, as `SpeakingExecutor` does)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from sqlalchemy import select, update

from bot.config import ConfigError, clear_config_cache, load_config
from bot.i18n.catalogue import speaking
from bot.i18n.checks import check_question_texts
from db.models import Case, FeedbackResponse, Member
from flows.arrival import ActionMarkArrived
from flows.chitchat import ActionAnswerBotChallenge, ActionAnswerOutOfScope, ActionListCapabilities
from flows.context import FlowContext
from flows.data_rights import ActionHandleDataRequest
from flows.feedback import (
    ActionAskFeedbackAnswer,
    ActionAskFeedbackNote,
    ActionRecordFeedbackNote,
    ValidateFeedbackForm,
    parse_rating,
    parse_yes_no,
)
from flows.handover import (
    ActionHandleComplaint,
    ActionHandleMisunderstanding,
    ActionHandOverToPerson,
    ActionReportSafeguarding,
)
from flows.information import (
    ActionAnswerAboutAssembly,
    ActionAnswerAccessibility,
    ActionAnswerCatering,
    ActionAnswerPayment,
)
from flows.language import language_of_call
from flows.withdrawal import ActionConfirmWithdrawal, ActionHandleWithdrawal, ActionKeepMembership
from tests.bot.i18n.test_catalogue import run_check_config
from tests.flows.conftest import Someone, add_member, form_tracker, run, slot_events, tracker_for
from tests.flows.test_feedback import start, take_survey


def speaks(flow_context: FlowContext, language: str, **details: Any) -> Someone:
    """An onboarded member whose roster language is `language`."""
    someone = add_member(flow_context.sessions, state="onboarded", **details)
    with flow_context.sessions() as session, session.begin():
        session.execute(
            update(Member).where(Member.id == someone.member_id).values(language=language)
        )
    return someone


@contextmanager
def as_the_action_server(someone: Someone) -> Iterator[None]:
    """Speak the language the action server picks for this member's calls."""
    with speaking(language_of_call({"tracker": {"sender_id": someone.rasa_sender_id}})):
        yield


def said(someone: Someone, action: Action, tracker: Tracker) -> list[str]:
    with as_the_action_server(someone):
        return run(action, tracker)[1]


def open_cases(flow_context: FlowContext, someone: Someone) -> list[str]:
    with flow_context.sessions() as session:
        return list(
            session.scalars(
                select(Case.reason).where(
                    Case.conversation_id == someone.conversation_id, Case.closed_at.is_(None)
                )
            )
        )


IMPROVE = '    - {id: improve, type: text, text: "What one thing should we change for next time?"}'


@pytest.fixture
def ola(flow_context: FlowContext) -> Someone:
    return speaks(flow_context, "pl", first_name="Ola")


# --- the survey --------------------------------------------------------------------------------


def test_the_survey_in_polish_asks_reads_and_thanks_in_polish(
    flow_context: FlowContext, ola: Someone, feedback_secret: str
) -> None:
    with as_the_action_server(ola):
        _, [intro] = start(ola)
        _, messages = take_survey(ola, ["bardzo dobrze", "tak", "Więcej przerw"])
    assert "Dziękujemy za udział w Weekend 1, Saturday" in intro and "anonimowe" in intro
    assert (
        messages[0] == "(1/3) Jak oceniasz dzisiejszy dzień w skali od 1 (słabo) do 5 (świetnie)?"
    )
    assert messages[1] == "(2/3) Czy dzisiaj Twój głos został wysłuchany?"
    assert messages[2] == "(3/3) Jaką jedną rzecz powinniśmy zmienić następnym razem?"
    assert messages[3].startswith("Dziękujemy, to bardzo pomocne.")
    assert not any("How would you rate" in m or "Thank you" in m for m in messages)
    [response] = list(flow_context.sessions().execute(select(FeedbackResponse)).scalars())
    assert response.answers == {"rating": 5, "heard": "yes", "improve": "Więcej przerw"}

    with as_the_action_server(ola):
        _, [again] = start(ola)
    assert again == "Twoja opinia o Weekend 1, Saturday już do nas dotarła. Dziękujemy!"


def survey_reply(
    someone: Someone, text: str, answers: dict[str, Any], retry: Any = None
) -> tuple[dict[str, Any], list[str]]:
    """The feedback form reading one reply, with what it remembers of earlier misses."""
    tracker = form_tracker(
        someone,
        "feedback_form",
        "feedback_answer",
        text,
        slots={"feedback_session": "w1-sat", "feedback_answers": answers, "form_retry": retry},
    )
    with as_the_action_server(someone):
        events, messages = run(ValidateFeedbackForm(), tracker)
    return slot_events(events), messages


def test_an_answer_the_survey_cannot_read_is_asked_again_in_polish_with_choices(
    flow_context: FlowContext, ola: Someone, feedback_secret: str
) -> None:
    answers = {"rating": 4}
    first, [sorry] = survey_reply(ola, "fioletowy", answers)
    assert sorry.startswith("Przepraszam, nie zrozumiałem. Odpowiedz TAK, NIE lub CZĘŚCIOWO")
    second, [still] = survey_reply(ola, "fioletowy", answers, first["form_retry"])
    assert still == "Przepraszam, nadal nie rozumiem."

    asking = tracker_for(
        ola,
        slots={"feedback_answers": answers, "form_retry": second["form_retry"]},
        active_loop="feedback_form",
    )
    [question] = said(ola, ActionAskFeedbackAnswer(), asking)
    assert question.startswith(
        "(2/3) Czy dzisiaj Twój głos został wysłuchany? Odpowiedz, podając numer:"
    )
    assert "3. Częściowo" in question and "Sort of" not in question
    chosen, _ = survey_reply(ola, "3", answers, second["form_retry"])
    assert chosen["feedback_answers"] == {"rating": 4, "heard": "partly"}


def test_a_third_unreadable_answer_is_skipped_with_a_polish_apology(
    flow_context: FlowContext, ola: Someone, feedback_secret: str
) -> None:
    retry = None
    for _ in range(2):
        slots, _ = survey_reply(ola, "fioletowy", {}, retry)
        retry = slots["form_retry"]
    slots, [skipped] = survey_reply(ola, "fioletowy", {}, retry)
    assert skipped == (
        "Przepraszam, nie udało mi się odczytać tej odpowiedzi, więc pominąłem to pytanie."
    )
    assert slots["feedback_answers"] == {"rating": None}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "bardzo źle", 1),
        ("pl", "słabo", 2),
        ("pl", "średnio", 3),
        ("pl", "całkiem dobrze", 4),
        ("pl", "4/5", 4),
        ("ro", "foarte bine", 5),
        ("ro", "nu prea bine", 2),
        ("ur", "بہت اچھا", 5),
        ("ur", "اچھا نہیں تھا", 2),
        ("ur", "۴", 4),
    ],
)
def test_ratings_in_the_member_s_words(language: str, text: str, expected: int) -> None:
    with speaking(language):
        assert parse_rating(text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "tak", "yes"),
        ("pl", "tak, bardzo", "yes"),
        ("pl", "nie", "no"),
        ("pl", "częściowo", "partly"),
        ("pl", "trochę, rano", "partly"),
        ("ro", "da", "yes"),
        ("ro", "parțial", "partly"),
        ("ur", "جی ہاں", "yes"),
        ("ur", "نہیں", "no"),
        ("ur", "کچھ حد تک", "partly"),
    ],
)
def test_yes_no_and_partly_in_the_member_s_words(language: str, text: str, expected: str) -> None:
    with speaking(language):
        assert parse_yes_no(text) == expected


def test_skip_in_polish_skips_the_question(
    flow_context: FlowContext, ola: Someone, feedback_secret: str
) -> None:
    slots, messages = survey_reply(ola, "pomiń", {})
    assert slots["feedback_answers"] == {"rating": None} and messages == []


def test_the_survey_in_urdu_asks_in_urdu_and_reads_urdu_digits(
    flow_context: FlowContext, feedback_secret: str
) -> None:
    someone = speaks(flow_context, "ur", phone="+447700900111", code="UR7K2Q")
    with as_the_action_server(someone):
        answers, messages = take_survey(someone, ["۵", "جی ہاں", "وقفے زیادہ ہوں"])
    assert messages[0] == "(1/3) آپ آج کے دن کو 1 (کمزور) سے 5 (بہترین) تک کتنے نمبر دیں گے؟"
    assert messages[3].startswith("شکریہ، اس سے بہت مدد ملتی ہے۔")
    assert answers == {"rating": 5, "heard": "yes", "improve": "وقفے زیادہ ہوں"}


def test_a_feedback_note_in_polish(
    flow_context: FlowContext, ola: Someone, feedback_secret: str
) -> None:
    [asked] = said(ola, ActionAskFeedbackNote(), tracker_for(ola, "give_feedback"))
    assert asked.startswith("Śmiało: co chcesz nam przekazać?") and "anonimowa" in asked
    tracker = tracker_for(ola, "give_feedback", slots={"feedback_note": "Za krótka przerwa"})
    [thanks] = said(ola, ActionRecordFeedbackNote(), tracker)
    assert thanks.startswith("Dziękujemy, że nam o tym mówisz.") and "anonimowe" in thanks


# --- the survey's questions in config.yml ------------------------------------------------------


def test_an_organiser_s_own_question_is_asked_in_its_own_translation(
    flow_context: FlowContext, config_path: Path, ola: Someone
) -> None:
    text = config_path.read_text()
    config_path.write_text(
        text.replace(
            IMPROVE,
            '    - {id: lunch, type: text, text: "How was lunch?", languages: {pl: "Jak smakował '
            'obiad?", ro: "Cum a fost prânzul?", ur: "دوپہر کا کھانا کیسا تھا؟"}}',
        )
    )
    clear_config_cache()
    asking = tracker_for(
        ola, slots={"feedback_answers": {"rating": 4, "heard": "yes"}}, active_loop="feedback_form"
    )
    assert said(ola, ActionAskFeedbackAnswer(), asking) == ["(3/3) Jak smakował obiad?"]
    assert check_question_texts(load_config(config_path)) == []


def test_check_config_names_a_question_members_would_be_asked_in_english(
    config_path: Path,
) -> None:
    text = config_path.read_text()
    config_path.write_text(
        text.replace("Did you feel heard today?", "Did you feel listened to?").replace(
            IMPROVE,
            '    - {id: lunch, type: text, text: "How was lunch?", languages: {pl: "Jak smakował '
            'obiad?"}}',
        )
    )
    problems = check_question_texts(load_config(config_path))
    assert problems == [
        f"feedback.questions[{index}].languages: no {code} text for question {name!r} "
        f"(add languages: {{{code}: ...}})"
        for index, name, code in [
            (1, "heard", "pl"),
            (1, "heard", "ro"),
            (1, "heard", "ur"),
            (2, "lunch", "ro"),
            (2, "lunch", "ur"),
        ]
    ]
    result = run_check_config(config_path)
    assert result.returncode == 1 and problems[0] in result.stdout


def test_a_question_text_for_a_language_the_assembly_does_not_speak_is_refused(
    config_path: Path,
) -> None:
    text = config_path.read_text()
    config_path.write_text(
        text.replace("languages: [en, pl, ro, ur]", "languages: [en, pl]").replace(
            '"Did you feel heard today?"}',
            '"Did you feel heard today?", languages: {ro: "Te-ai simțit ascultat?"}}',
        )
    )
    with pytest.raises(ConfigError) as refused:
        load_config(config_path)
    assert "feedback.questions[1].languages.ro" in str(refused.value)
    assert "not one of languages" in str(refused.value)


# --- leaving, arriving, data, a person -----------------------------------------------------


def test_leaving_in_polish(flow_context: FlowContext, ola: Someone) -> None:
    [asked] = said(ola, ActionHandleWithdrawal(), tracker_for(ola, "withdraw"))
    assert "czy chcesz odejść ze zgromadzenia?" in asked and "Odpowiedz TAK" in asked
    pending = {"withdrawal_pending": True}
    [kept] = said(ola, ActionKeepMembership(), tracker_for(ola, "deny", slots=pending))
    assert kept.startswith("Świetnie, cieszymy się, że zostajesz.") and "+44 20 8496 0000" in kept
    [next_steps] = said(ola, ActionConfirmWithdrawal(), tracker_for(ola, "affirm", slots=pending))
    assert "Co dalej:" in next_steps and "10 working days after each weekend" in next_steps
    assert "What happens next" not in next_steps
    assert open_cases(flow_context, ola) == ["wants to withdraw"]  # staff read English


def test_leaving_in_romanian(flow_context: FlowContext) -> None:
    someone = speaks(flow_context, "ro", phone="+447700900112", code="RO7K2Q")
    [asked] = said(someone, ActionHandleWithdrawal(), tracker_for(someone, "withdraw"))
    assert "vrei să pleci din adunare?" in asked and "Răspunde DA" in asked
    assert "do you want to leave" not in asked


def test_arriving_in_polish(
    flow_context: FlowContext, ola: Someone, clock: Callable[[datetime], None]
) -> None:
    clock(datetime(2027, 2, 20, 9, 50, tzinfo=UTC))
    [welcome] = said(ola, ActionMarkArrived(), tracker_for(ola, "arrived"))
    assert welcome.startswith("Witaj, Ola! Twoja obecność na Weekend 1, Saturday")
    [again] = said(ola, ActionMarkArrived(), tracker_for(ola, "arrived"))
    assert "jest już odnotowana" in again
    [payments] = said(ola, ActionAnswerPayment(), tracker_for(ola, "ask_payment"))
    assert payments.startswith("Twoje podziękowania pieniężne:\nWeekend 1: 150")
    assert "do wypłaty w ciągu 10 working days" in payments  # the organisers' own words

    clock(datetime(2027, 2, 25, 12, 0, tzinfo=UTC))
    [none_now] = said(ola, ActionMarkArrived(), tracker_for(ola, "arrived"))
    assert none_now.startswith("W tej chwili nie trwa żadne spotkanie zgromadzenia.")
    assert "sobota 13 marca 2027, od 10:00 do 16:30" in none_now


def test_a_data_request_in_polish(flow_context: FlowContext, ola: Someone) -> None:
    [answer] = said(ola, ActionHandleDataRequest(), tracker_for(ola, "data_request"))
    assert answer.startswith("Przechowujemy Twoje imię i nazwisko")
    assert "https://example.org/assembly/privacy" in answer and "We hold" not in answer
    assert open_cases(flow_context, ola) == ["data request"]


def test_a_person_a_complaint_and_a_safeguarding_report_in_polish(
    flow_context: FlowContext, ola: Someone
) -> None:
    [person] = said(ola, ActionHandOverToPerson(), tracker_for(ola, "request_human"))
    assert person.startswith("Oczywiście. Przekazałem to zespołowi zgromadzenia")
    [complaint] = said(ola, ActionHandleComplaint(), tracker_for(ola, "complaint"))
    assert complaint.startswith("Przykro mi, że coś poszło nie tak.")
    [report] = said(ola, ActionReportSafeguarding(), tracker_for(ola, "report_safeguarding"))
    assert "zadzwoń teraz pod 999" in report and "immediate danger" not in report


def test_a_safeguarding_reading_the_gateway_ruled_out_is_asked_again_in_polish(
    flow_context: FlowContext, ola: Someone
) -> None:
    tracker = tracker_for(ola, "report_safeguarding", "nogi mnie bolą")
    tracker.latest_message["metadata"] = {"risk_checked": True}
    [again] = said(ola, ActionReportSafeguarding(), tracker)
    assert again.startswith("Przepraszam, nie do końca rozumiem. Mogę pomóc w sprawach takich jak:")


def test_a_misunderstanding_in_urdu_goes_to_a_person(flow_context: FlowContext) -> None:
    someone = speaks(flow_context, "ur", phone="+447700900113", code="UR8K2Q")
    [answer] = said(someone, ActionHandleMisunderstanding(), tracker_for(someone, "nlu_fallback"))
    assert answer.startswith("شکریہ۔ میں یہ اردو میں نہیں سمجھ سکا")


# --- chit-chat and information -----------------------------------------------------------------


def test_chit_chat_in_polish(flow_context: FlowContext, ola: Someone) -> None:
    [bot] = said(ola, ActionAnswerBotChallenge(), tracker_for(ola, "bot_challenge"))
    assert bot.startswith("Jestem automatycznym asystentem, nie człowiekiem.")
    [can] = said(ola, ActionListCapabilities(), tracker_for(ola, "ask_capabilities"))
    assert can.startswith("Mogę pomóc w sprawach takich jak:") and "I can help" not in can
    [other] = said(ola, ActionAnswerOutOfScope(), tracker_for(ola, "out_of_scope"))
    assert "Nie zrozumiałem tego po polsku" in other  # outside English a person reads it


def test_information_in_polish(flow_context: FlowContext, ola: Someone) -> None:
    [about] = said(ola, ActionAnswerAboutAssembly(), tracker_for(ola, "ask_about_assembly"))
    assert "Zgromadzenie trwa 3 weekendy." in about and "chosen by lot" not in about
    [access] = said(ola, ActionAnswerAccessibility(), tracker_for(ola, "ask_accessibility"))
    assert access.startswith("Walthamstow Assembly Hall: step-free entrance")
    assert "Napisz nam, co ułatwiłoby Ci udział" in access
    [food] = said(ola, ActionAnswerCatering(), tracker_for(ola, "ask_catering"))
    assert "Aby powiedzieć nam o diecie lub alergii" in food


def test_an_invited_member_is_nudged_in_romanian(flow_context: FlowContext) -> None:
    someone = add_member(flow_context.sessions, phone="+447700900114", code="RO8K2Q")
    with flow_context.sessions() as session, session.begin():
        session.execute(update(Member).where(Member.id == someone.member_id).values(language="ro"))
    answer = said(someone, ActionAnswerAboutAssembly(), tracker_for(someone, "ask_about_assembly"))
    assert "Durează 3 weekenduri." in answer[0]
    assert answer[1].startswith("Când ești gata, scrie „bună ziua”")
