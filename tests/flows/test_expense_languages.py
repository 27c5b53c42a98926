"""An expense claim in the member's own language: every question, the summary (with the cap,
receipt and deadline news), the answer when it is sent and the list of claims are written in
Polish, Romanian or Urdu, amounts and dates the way that language writes them; the member's
own words for amounts, miles, days, categories, "no receipt", "send" and "cancel" are read.

Each action runs in the language the action server would pick for this member (their roster
language, read from the database), as flows.language does around every call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from sqlalchemy import update

from bot.i18n.catalogue import speaking
from db.models import Member
from flows.context import FlowContext
from flows.expenses import (
    NO_RECEIPT,
    ActionAnswerChildcareExpenses,
    ActionAskClaimAmount,
    ActionAskClaimCategory,
    ActionAskClaimConfirmed,
    ActionAskClaimNoReceiptReason,
    ActionAskClaimReceipt,
    ActionAskClaimSession,
    ActionShowClaimStatus,
    ActionSubmitExpenseClaim,
    ValidateExpenseClaimForm,
)
from flows.language import language_of_call
from tests.flows.conftest import Someone, form_tracker, run, slot_events, tracker_for
from tests.flows.test_expenses import AFTER_W1_SAT, FORM, claims, conversation

OVER_CAP = {
    "claim_category": "travel",
    "claim_amount": "45.00",
    "claim_session": "w1-sat",
    "claim_receipt": NO_RECEIPT,
    "claim_no_receipt_reason": "gotówka",
}


@pytest.fixture
def speaks(flow_context: FlowContext, amina: Someone) -> Callable[[str], Someone]:
    """Give the member a roster language: speaks("pl")."""

    def set_language(code: str) -> Someone:
        with flow_context.sessions() as session, session.begin():
            session.execute(
                update(Member).where(Member.id == amina.member_id).values(language=code)
            )
        return amina

    return set_language


def in_their_language(action: Action, tracker: Tracker) -> tuple[list[dict[str, Any]], list[str]]:
    """Run an action in the language the action server picks for this conversation."""
    with speaking(language_of_call({"tracker": {"sender_id": tracker.sender_id}})):
        return run(action, tracker)


def answer(
    someone: Someone, slot: str, text: str, **slots: Any
) -> tuple[dict[str, Any], list[str]]:
    events, messages = in_their_language(
        ValidateExpenseClaimForm(), form_tracker(someone, FORM, slot, text, None, slots)
    )
    return slot_events(events), messages


def ask(action: Action, someone: Someone, **slots: Any) -> str:
    _, [question] = in_their_language(action, tracker_for(someone, slots=slots))
    return question


def test_a_claim_in_polish_from_first_message_to_the_list_of_claims(
    flow_context: FlowContext, speaks: Callable[[str], Someone], clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    ola = speaks("pl")
    # Polish NLU finds no entities here: the words themselves are read
    events, _ = in_their_language(
        ValidateExpenseClaimForm(),
        tracker_for(ola, "submit_expense", "chcę zwrot 12 funtów za taksówkę w sobotę"),
    )
    slots = slot_events(events)
    assert (slots["claim_category"], slots["claim_amount"], slots["claim_session"]) == (
        "travel",
        "12.00",
        "w1-sat",
    )

    receipt = ask(ActionAskClaimReceipt(), ola, claim_category="travel")
    assert "zdjęcie paragonu" in receipt and "BRAK PARAGONU" in receipt
    assert "Please send" not in receipt
    assert answer(ola, "claim_receipt", "brak paragonu")[0]["claim_receipt"] == NO_RECEIPT
    assert answer(ola, "claim_receipt", "Nie mam paragonu")[0]["claim_receipt"] == NO_RECEIPT
    reason = ask(ActionAskClaimNoReceiptReason(), ola)
    assert "dlaczego nie masz paragonu" in reason and "why is there" not in reason

    summary = ask(ActionAskClaimConfirmed(), ola, **OVER_CAP)
    assert summary.startswith("Oto Twój wniosek:")
    assert "Dojazd: 45 GBP" in summary
    assert "Dzień: Weekend 1, Saturday (sob. 20 lut)" in summary
    assert "To więcej niż limit 30 GBP za dzień" in summary
    assert "Bez paragonu" in summary and "Odpisz TAK" in summary
    assert "Here's your claim" not in summary and "£" not in summary

    assert answer(ola, "claim_confirmed", "wyślij")[0]["claim_confirmed"] == "yes"
    assert answer(ola, "claim_confirmed", "tak")[0]["claim_confirmed"] == "yes"
    assert answer(ola, "claim_confirmed", "anuluj")[0]["claim_confirmed"] == "no"
    _, [sorry] = answer(ola, "claim_confirmed", "hmm")
    assert sorry == "Przepraszam, nie zrozumiałem."

    _, [sent] = in_their_language(
        ActionSubmitExpenseClaim(),
        tracker_for(ola, "affirm", "tak", slots={**OVER_CAP, "claim_confirmed": "yes"}),
    )
    assert sent.startswith("Dziękuję, Twój wniosek o zwrot kosztów (dojazd, 45 GBP)")
    assert "Ktoś z zespołu go sprawdzi" in sent and "has been sent" not in sent
    [claim] = claims(flow_context.sessions)
    assert (claim.category, str(claim.amount), claim.over_cap) == ("travel", "45.00", True)
    assert conversation(flow_context.sessions, ola).reason == "claim over cap"

    status = ask(ActionShowClaimStatus(), ola)
    assert status.startswith("Twój wniosek:\n- dojazd 45 GBP, Weekend 1, Saturday: czeka na")
    assert "Pytania? Zadzwoń do zespołu" in status and "Your claim" not in status


def test_polish_questions_and_answers_at_each_step(
    flow_context: FlowContext, speaks: Callable[[str], Someone], clock: Callable[..., None]
) -> None:
    clock(datetime(2027, 3, 14, 17, 0, tzinfo=UTC))  # after Weekend 2
    ola = speaks("pl")
    category = ask(ActionAskClaimCategory(), ola)
    assert category == (
        "Czego dotyczy wniosek o zwrot kosztów: "
        "dojazd, opieka nad dziećmi czy opieka nad osobą zależną?"
    )
    assert answer(ola, "claim_category", "opieka nad dziećmi")[0]["claim_category"] == "childcare"
    carer = answer(ola, "claim_category", "opiekunka dla mojej niepełnosprawnej mamy")[0]
    assert carer["claim_category"] == "carer"

    amount = ask(ActionAskClaimAmount(), ola, claim_category="travel")
    assert "Na przykład 12,40 GBP" in amount and "14 mil" in amount
    assert answer(ola, "claim_amount", "12,40 GBP")[0]["claim_amount"] == "12.40"
    slots, [miles] = answer(ola, "claim_amount", "14 mil", claim_category="travel")
    assert slots["claim_amount"] == "6.30"
    assert miles == "14 mil po 0,45 GBP za milę to 6,30 GBP."
    _, [unread] = answer(ola, "claim_amount", "nie pamiętam")
    assert unread.startswith("Przepraszam, nie udało mi się odczytać kwoty")

    day = ask(ActionAskClaimSession(), ola)
    assert "Którego dnia to dotyczy?" in day
    assert "Odpisz TAK, jeśli chodzi o: Weekend 2, Sunday (niedz. 14 mar)" in day
    assert answer(ola, "claim_session", "sobota")[0]["claim_session"] == "w2-sat"
    assert answer(ola, "claim_session", "w sobotę")[0]["claim_session"] == "w2-sat"
    assert answer(ola, "claim_session", "13 marca")[0]["claim_session"] == "w2-sat"
    assert answer(ola, "claim_session", "tak")[0]["claim_session"] == "w2-sun"
    slots, [which] = answer(ola, "claim_session", "weekend 1")
    assert slots["claim_session"] is None
    assert which.startswith("Którego dnia weekendu (Weekend 1) to dotyczy: sobota czy niedziela?")

    # two answers it cannot read: the choices, numbered, in Polish; the number is the answer
    first, _ = answer(ola, "claim_receipt", "hmm")
    second, _ = answer(ola, "claim_receipt", "hmm", form_retry=first["form_retry"])
    listed = ask(ActionAskClaimReceipt(), ola, form_retry=second["form_retry"])
    assert listed == "Wyślij proszę zdjęcie paragonu albo odpisz numerem:\n1. Nie mam paragonu"
    chosen, _ = answer(ola, "claim_receipt", "1", form_retry=second["form_retry"])
    assert chosen["claim_receipt"] == NO_RECEIPT


def test_a_late_claim_names_the_deadline_in_polish(
    flow_context: FlowContext, speaks: Callable[[str], Someone], clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT + timedelta(days=31))
    ola = speaks("pl")
    summary = ask(ActionAskClaimConfirmed(), ola, **{**OVER_CAP, "claim_amount": "10.00"})
    assert "Wnioski za ten dzień należało złożyć do 22 marca" in summary
    assert "were due by" not in summary


def test_not_sending_and_no_claims_yet_in_polish(
    flow_context: FlowContext, speaks: Callable[[str], Someone]
) -> None:
    ola = speaks("pl")
    none_yet = ask(ActionShowClaimStatus(), ola)
    assert none_yet.startswith("Nie widzę jeszcze żadnych Twoich wniosków")
    _, [cancelled] = in_their_language(
        ActionSubmitExpenseClaim(),
        tracker_for(ola, "deny", "nie", slots={**OVER_CAP, "claim_confirmed": "no"}),
    )
    assert cancelled.startswith("Dobrze, nie wysłałem tego wniosku.")
    assert claims(flow_context.sessions) == []


def test_a_claim_in_romanian(
    flow_context: FlowContext, speaks: Callable[[str], Someone], clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    ana = speaks("ro")
    category = ask(ActionAskClaimCategory(), ana)
    assert category.startswith("Pentru ce este cererea de decont: transport, îngrijirea copiilor")
    assert answer(ana, "claim_category", "taxi")[0]["claim_category"] == "travel"
    assert answer(ana, "claim_amount", "12 lire")[0]["claim_amount"] == "12.00"
    assert answer(ana, "claim_session", "sâmbătă")[0]["claim_session"] == "w1-sat"
    assert answer(ana, "claim_receipt", "fără bon")[0]["claim_receipt"] == NO_RECEIPT
    summary = ask(ActionAskClaimConfirmed(), ana, **OVER_CAP)
    assert summary.startswith("Iată cererea ta:")
    assert "Suma depășește limita de 30 GBP pe zi pentru transport" in summary
    assert "Răspunde DA" in summary and "Reply YES" not in summary
    assert answer(ana, "claim_confirmed", "trimite")[0]["claim_confirmed"] == "yes"


def test_a_claim_in_urdu(
    flow_context: FlowContext, speaks: Callable[[str], Someone], clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    bilal = speaks("ur")
    day = ask(ActionAskClaimSession(), bilal)
    assert day.startswith("یہ کس دن کے لیے تھا؟")
    assert "(ہفتہ 20 فروری)" in day and "Which day" not in day
    assert answer(bilal, "claim_session", "ہفتہ")[0]["claim_session"] == "w1-sat"
    assert answer(bilal, "claim_amount", "12 پاؤنڈ")[0]["claim_amount"] == "12.00"
    assert answer(bilal, "claim_receipt", "رسید نہیں")[0]["claim_receipt"] == NO_RECEIPT
    _, [sent] = in_their_language(
        ActionSubmitExpenseClaim(),
        tracker_for(bilal, "affirm", "جی ہاں", slots={**OVER_CAP, "claim_confirmed": "yes"}),
    )
    assert sent.startswith("شکریہ، سفر کے لیے آپ کا 45 £ کا دعویٰ بھیج دیا گیا ہے۔")
    assert "Thank you" not in sent


def test_caring_for_an_adult_gets_the_carer_rules_first_in_polish(
    flow_context: FlowContext, speaks: Callable[[str], Someone]
) -> None:
    ola = speaks("pl")
    asked = "opiekuję się niepełnosprawną mamą, czy pokryjecie opiekunkę?"
    _, [carer] = in_their_language(
        ActionAnswerChildcareExpenses(), tracker_for(ola, "ask_childcare_expenses", asked)
    )
    assert carer.startswith("Opieka nad osobą zależną (Care for a dependent adult while you")
    asked = "kto zapłaci za nianię dla dzieci?"
    _, [children] = in_their_language(
        ActionAnswerChildcareExpenses(), tracker_for(ola, "ask_childcare_expenses", asked)
    )
    assert children.startswith("Opieka nad dziećmi")
