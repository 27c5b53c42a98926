"""An expense claim in the member's own language, end to end with the real Rasa model and action
server: a Polish-speaking member claims a taxi fare with a photo of the receipt, every question
and the answer in Polish; finance approves it and the member is told in Polish; a
Romanian-speaking member's rejected claim reaches them in Romanian."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from db.models import ExpenseClaim
from tests.e2e.people import new_member
from tests.e2e.talk import member, replies_to, say, set_member
from tests.e2e.test_journeys import RECEIPT, staff_token
from tests.harness import Gateway, wait_until

# (words in the question, how the member answers, None: the photo); the first match wins, so
# the summary (which repeats every step) comes first
POLISH_ANSWERS = [
    ("Odpisz TAK, aby go wysłać", "tak"),
    ("Czego dotyczy wniosek", "taksówka"),
    ("Ile to kosztowało", "12 funtów"),
    ("zdjęcie paragonu", None),
    ("Którego dnia", "sobota, weekend 1"),
]
#: Words of the English claim texts that must not reach a Polish-speaking member.
ENGLISH = ("Please", "claim", "Which day", "How much", "Thank you", "Reply")


def claim_in_polish(e2e: Gateway, phone: str, first: str) -> tuple[ExpenseClaim, list[str]]:
    """Answer each claim question in Polish until the claim is recorded; the claim and every
    reply the member got."""
    replies = say(e2e, "sms", phone, first)
    exchange = list(replies)
    for _ in range(8):
        with e2e.services.sessions() as session:
            found = session.execute(
                select(ExpenseClaim).where(ExpenseClaim.member_id == member(e2e, phone).id)
            ).scalar_one_or_none()
        if found is not None:
            return found, exchange
        question = replies[-1] if replies else ""
        answer = next((a for words, a in POLISH_ANSWERS if words in question), "")
        assert answer != "", f"unexpected question: {question!r} in {exchange}"
        replies = say(e2e, "sms", phone, answer or "", photo=RECEIPT if answer is None else None)
        exchange += replies
    raise AssertionError(f"no claim recorded: {exchange}")


def test_a_polish_speaking_member_claims_in_polish_and_hears_the_decision_in_polish(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Ola")
    set_member(e2e, phone, language="pl")

    found, exchange = claim_in_polish(e2e, phone, "chcę zgłosić zwrot kosztów za taksówkę")
    assert (found.category, found.amount, found.session_id) == (
        "travel",
        Decimal("12.00"),
        "w1-sat",
    )
    assert found.receipt_media_id is not None and found.status == "submitted"
    text = "\n".join(exchange)
    assert "Ile to kosztowało? Na przykład 12,40 GBP." in text
    assert "Oto Twój wniosek:\nDojazd: 12 GBP" in text
    assert "Paragon: zdjęcie otrzymane" in text
    assert exchange[-1].startswith("Dziękuję, Twój wniosek o zwrot kosztów (dojazd, 12 GBP)")
    for reply in exchange:
        assert not any(word in reply for word in ENGLISH), reply

    before = len(replies_to(e2e, "sms", phone))
    decided = e2e.client.post(
        f"/api/claims/{found.id}/decision",
        headers=staff_token(e2e, "finance"),
        json={"status": "approved"},
    )
    assert decided.status_code == 200
    wait_until(lambda: len(replies_to(e2e, "sms", phone)) > before, 15, "the decision notice")
    notice = replies_to(e2e, "sms", phone)[-1]
    assert notice.startswith("Dobra wiadomość: Twój wniosek o zwrot kosztów (dojazd, 12 GBP)")
    assert "Good news" not in notice

    status = " ".join(say(e2e, "sms", phone, "jaki jest status mojego wniosku?"))
    assert "dojazd 12 GBP, Weekend 1, Saturday: zatwierdzony" in status, status


def test_a_rejected_claim_reaches_a_romanian_speaking_member_in_romanian(e2e: Gateway) -> None:
    phone = new_member(e2e, "Ana")
    set_member(e2e, phone, language="ro")
    with e2e.services.sessions() as session, session.begin():
        claim = ExpenseClaim(
            member_id=member(e2e, phone).id,
            category="childcare",
            amount=Decimal("95.00"),
            session_id="w1-sat",
            over_cap=True,
        )
        session.add(claim)
        session.flush()
        claim_id = claim.id

    decided = e2e.client.post(
        f"/api/claims/{claim_id}/decision",
        headers=staff_token(e2e, "finance"),
        json={"status": "rejected", "note": "over the £80 daily cap"},
    )
    assert decided.status_code == 200
    wait_until(lambda: replies_to(e2e, "sms", phone), 15, "the decision notice")
    [notice] = replies_to(e2e, "sms", phone)
    assert notice.startswith(
        "Ne pare rău, cererea ta de decont pentru îngrijirea copiilor, în valoare de 95 GBP,"
        " nu a fost aprobată. Motivul: over the £80 daily cap."
    )
    assert "has not been approved" not in notice
