"""What a member puts in the message that starts an expense claim is not asked for again: the
NLU reads the category, the amount and the day out of it (a CRF over regex and lookup-table
marks, synonyms to the category names), end to end with the real Rasa model and action server."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from db.models import ExpenseClaim
from tests.e2e.talk import member, say, set_member
from tests.harness import Gateway

RECEIPT = b"\xff\xd8\xff\xe0 a photo of a childminder's invoice"
# The claim form's questions for what the first message already said.
ALREADY_SAID = ("What is the claim for", "How much", "Which day")


def test_a_claim_in_one_message_asks_only_for_the_receipt_and_a_yes(e2e: Gateway) -> None:
    phone = "+447700900127"  # George
    set_member(e2e, phone, onboarding_state="onboarded")
    first = "need to claim £45 for the childminder, saturday weekend 1"
    replies = say(e2e, "sms", phone, first)
    exchange = [first, *replies]
    for _ in range(4):
        question = replies[-1] if replies else ""
        if "photo of the receipt" in question:
            answer, replies = "(photo)", say(e2e, "sms", phone, photo=RECEIPT)
        elif "YES to send" in question:
            answer, replies = "yes", say(e2e, "sms", phone, "yes")
        else:
            break
        exchange += [answer, *replies]

    asked_again = [line for line in exchange for words in ALREADY_SAID if words in line]
    assert asked_again == [], exchange
    with e2e.services.sessions() as session:
        found = session.execute(
            select(ExpenseClaim).where(ExpenseClaim.member_id == member(e2e, phone).id)
        ).scalar_one()
    assert (found.category, found.amount, found.session_id) == (
        "childcare",
        Decimal("45.00"),
        "w1-sat",
    ), exchange
