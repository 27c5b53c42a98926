"""A claim's receipt is a photo the member sent: never someone else's, and never whatever a
member types in the receipt's place."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from db.models import ExpenseClaim
from flows.context import FlowContext
from tests.flows.conftest import Someone, add_member
from tests.flows.test_expenses import AFTER_W1_SAT, answer, claims, send_photo, submit


def someone_elses_photo(flow_context: FlowContext, clock: Callable[..., None]) -> int:
    """After Saturday's session, Tariq sends a receipt photo; its media id."""
    clock(AFTER_W1_SAT)
    tariq = add_member(flow_context.sessions, phone="+447700900101", code="WF7K2R")
    return send_photo(flow_context.sessions, tariq, AFTER_W1_SAT)


def test_typing_media_and_another_members_photo_id_does_not_take_their_receipt(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    theirs = someone_elses_photo(flow_context, clock)

    slots, [refusal] = answer(amina, "claim_receipt", f"media:{theirs}")

    assert slots["claim_receipt"] is None  # the form asks for the receipt again
    assert "photo" in refusal and "NO RECEIPT" in refusal


def test_typing_media_and_a_word_is_refused_instead_of_crashing_the_action(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    slots, [refusal] = answer(amina, "claim_receipt", "media:x")
    assert slots["claim_receipt"] is None
    assert "NO RECEIPT" in refusal


def test_typing_media_and_the_members_own_photo_id_still_works(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    own = send_photo(flow_context.sessions, amina, AFTER_W1_SAT)
    slots, messages = answer(amina, "claim_receipt", f"media:{own}")
    assert slots["claim_receipt"] == f"media:{own}" and messages == []


def test_a_photo_another_claim_already_uses_is_not_a_second_receipt(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    own = send_photo(flow_context.sessions, amina, AFTER_W1_SAT)
    submit(
        amina,
        claim_category="travel",
        claim_amount="8.00",
        claim_session="w1-sat",
        claim_receipt=f"media:{own}",
    )
    slots, [refusal] = answer(amina, "claim_receipt", f"media:{own}")
    assert slots["claim_receipt"] is None and "NO RECEIPT" in refusal


def test_a_claim_sent_with_someone_elses_photo_in_its_slot_stores_no_receipt(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    """However the slot got it, the stored claim never points at another member's photo."""
    theirs = someone_elses_photo(flow_context, clock)
    submit(
        amina,
        claim_category="travel",
        claim_amount="8.00",
        claim_session="w1-sat",
        claim_receipt=f"media:{theirs}",
    )
    [claim] = claims(flow_context.sessions)
    assert claim.receipt_media_id is None
    with flow_context.sessions() as session:
        used = session.execute(
            select(ExpenseClaim.id).where(ExpenseClaim.receipt_media_id == theirs)
        ).all()
    assert used == []
