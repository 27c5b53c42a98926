"""Expenses: answers come from config.yml at the moment of asking; claims are never refused by the
bot, only flagged (over the cap, no receipt, late) and handed to a person; amounts are exact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import clear_config_cache
from db.models import (
    Base,
    ChannelIdentity,
    Conversation,
    ExpenseClaim,
    MediaFile,
    Message,
)
from db.session import make_engine, make_session_factory
from flows.context import FlowContext, configure
from flows.expenses import (
    NO_RECEIPT,
    ActionAnswerChildcareExpenses,
    ActionAnswerExpensePolicy,
    ActionAnswerTravelExpenses,
    ActionAskClaimCategory,
    ActionAskClaimConfirmed,
    ActionAskClaimSession,
    ActionShowClaimStatus,
    ActionSubmitExpenseClaim,
    ValidateExpenseClaimForm,
    caring_category,
    parse_amount,
)
from tests.flows.conftest import (
    DOMAIN,
    Someone,
    add_member,
    form_tracker,
    run,
    slot_events,
    tracker_for,
)

AFTER_W1_SAT = datetime(2027, 2, 20, 18, 0, tzinfo=UTC)  # Weekend 1 Saturday is over
FORM = "expense_claim_form"


def set_cap(config_path: Path, category: str, old: str, new: str) -> None:
    """Edit the copy of config.yml the way staff would, by hand."""
    text = config_path.read_text()
    line = next(line for line in text.splitlines() if line.strip().startswith(f"{category}:"))
    assert f"cap: {old}" in line
    config_path.write_text(text.replace(line, line.replace(f"cap: {old}", f"cap: {new}")))
    clear_config_cache()


def answer(
    someone: Someone, slot: str, text: str, intent: str | None = None, **slots: Any
) -> tuple[dict[str, Any], list[str]]:
    """The member answers one step of the claim form."""
    events, messages = run(
        ValidateExpenseClaimForm(), form_tracker(someone, FORM, slot, text, intent, slots)
    )
    return slot_events(events), messages


def start_claim(
    someone: Someone, text: str, entities: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """The message that starts the form: its entities pre-fill the claim."""
    events, messages = run(
        ValidateExpenseClaimForm(),
        tracker_for(someone, "submit_expense", text, entities=entities),
    )
    return slot_events(events), messages


def submit(someone: Someone, **slots: Any) -> tuple[list[dict[str, Any]], list[str]]:
    values = {"claim_confirmed": "yes", **slots}
    return run(ActionSubmitExpenseClaim(), tracker_for(someone, "affirm", "yes", slots=values))


def claims(sessions: sessionmaker[Session]) -> list[ExpenseClaim]:
    with sessions() as session:
        return list(session.execute(select(ExpenseClaim).order_by(ExpenseClaim.id)).scalars())


def conversation(sessions: sessionmaker[Session], someone: Someone) -> Conversation:
    with sessions() as session:
        found = session.get(Conversation, someone.conversation_id)
        assert found is not None
        return found


def send_photo(
    sessions: sessionmaker[Session], someone: Someone, at: datetime, caption: str = "(photo)"
) -> int:
    """What the gateway stores for an inbound photo: a Message and its MediaFile."""
    with sessions() as session, session.begin():
        message = Message(
            conversation_id=someone.conversation_id,
            channel="sms",
            direction="in",
            author="member",
            text=caption,
            kind="media",
            created_at=at,
        )
        session.add(message)
        session.flush()
        media = MediaFile(
            message_id=message.id,
            source="https://api.twilio.com/media/ME1",
            content_type="image/jpeg",
            size_bytes=1234,
            sha256="a" * 64,
            storage_path="media/receipt.jpg",
            created_at=at,
        )
        session.add(media)
        session.flush()
        return media.id


# --- amounts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£12.40", "12.40"),
        ("12 quid", "12.00"),
        ("12.4", "12.40"),
        ("twelve pounds", "12.00"),
        ("£8", "8.00"),
        ("thirty quid", "30.00"),
        ("fifty pounds", "50.00"),
        ("twenty five pounds", "25.00"),
        ("twenty-five pounds fifty", "25.50"),
        ("a hundred and ten pounds", "110.00"),
        ("22 pounds", "22.00"),
        ("£23.50, here is the receipt", "23.50"),
        ("it was £ 9", "9.00"),
        ("£1,200", "1200.00"),
        ("12,40", "12.40"),
        ("80p", "0.80"),
        ("50 pence", "0.50"),
        ("£12 and 40p", "12.40"),
        ("12 pounds 50", "12.50"),
        ("12.40p", "12.40"),
        ("25", "25.00"),
        ("twelve", "12.00"),
        ("weekend 2, £8", "8.00"),
        ("£45 for sunday the 21st", "45.00"),
        ("£5.60 GBP", "5.60"),
    ],
)
def test_amounts_in_any_common_form_become_exact_decimals(text: str, expected: str) -> None:
    amount = parse_amount(text)
    assert amount == Decimal(expected)
    assert amount is not None and amount.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "text", ["", "weekend 2", "the 24th", "£0", "no idea", "(photo)", "taxi", None, "-5"]
)
def test_text_without_an_amount_is_not_read_as_one(text: str | None) -> None:
    assert parse_amount(text) is None


# --- answers from the config ------------------------------------------------------------------


def test_policy_lists_every_category_with_cap_receipts_mileage_deadline_and_payment(
    flow_context: FlowContext, amina: Someone
) -> None:
    _, [text] = run(ActionAnswerExpensePolicy(), tracker_for(amina, "ask_expense_policy"))
    for fact in (
        "Public transport or a taxi where agreed in advance",
        "£30 per day",
        "Registered childminder, nursery or babysitter",
        "£80 per day",
        "Care for a dependent adult while you attend",
        "receipt is needed",
        "45p a mile",
        "within 30 days",
        "within 10 working days of approval",
    ):
        assert fact in text


def test_changing_the_cap_in_config_changes_the_answer_and_the_over_cap_check(
    flow_context: FlowContext, amina: Someone, config_path: Path, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    claim = {
        "claim_category": "travel",
        "claim_amount": "35.00",
        "claim_session": "w1-sat",
        "claim_receipt": NO_RECEIPT,
        "claim_no_receipt_reason": "cash",
    }
    _, [before] = run(ActionAnswerTravelExpenses(), tracker_for(amina, "ask_travel_expenses"))
    assert "£30 per day" in before

    set_cap(config_path, "travel", "30.00", "40.00")
    _, [after] = run(ActionAnswerTravelExpenses(), tracker_for(amina, "ask_travel_expenses"))
    assert "£40 per day" in after and "£30" not in after
    _, [summary] = run(ActionAskClaimConfirmed(), tracker_for(amina, slots=claim))
    assert "more than" not in summary
    submit(amina, **claim)
    assert claims(flow_context.sessions)[-1].over_cap is False

    set_cap(config_path, "travel", "40.00", "20.00")
    _, [summary] = run(ActionAskClaimConfirmed(), tracker_for(amina, slots=claim))
    assert "more than the £20 per day limit" in summary
    submit(amina, **claim)
    assert claims(flow_context.sessions)[-1].over_cap is True


def test_can_i_get_a_cab_home_gets_the_travel_notes_and_cap(
    flow_context: FlowContext, amina: Someone
) -> None:
    tracker = tracker_for(
        amina,
        "ask_travel_expenses",
        "can i get a cab home?",
        entities=[{"entity": "expense_category", "value": "travel"}],
    )
    _, [text] = run(ActionAnswerTravelExpenses(), tracker)
    assert "taxi where agreed in advance" in text
    assert "£30 per day" in text
    assert "45p a mile" in text


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("can i claim for a babysitter", None, "childcare"),
        ("i've got a toddler and no one to watch him", None, "childcare"),
        ("i look after my mum, who will cover for me", None, "carer"),
        ("my disabled brother needs someone with him", None, "carer"),
        ("can i claim respite care", None, "carer"),
        ("i'm a carer for my husband", None, "carer"),
        ("can my mum look after the children and claim for it", None, "childcare"),
        ("is the limit the same", "carer", "carer"),
        ("my mum could do it", "childcare", "childcare"),
    ],
)
def test_caring_for_an_adult_gets_the_carer_rules(
    text: str, entity: str | None, expected: str
) -> None:
    assert caring_category(text, entity) == expected


def test_carer_question_answers_with_the_carer_notes(
    flow_context: FlowContext, amina: Someone
) -> None:
    tracker = tracker_for(amina, "ask_childcare_expenses", "who will look after my dad")
    _, [text] = run(ActionAnswerChildcareExpenses(), tracker)
    assert text.startswith("Care for a dependent adult (Care for a dependent adult while you")
    assert "£80 per day" in text


# --- the claim form ---------------------------------------------------------------------------


def test_first_message_fills_the_claim_and_12_quid_is_stored_as_12_00(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    slots, _ = start_claim(
        amina,
        "can i claim 12 quid for travel saturday",
        [
            {"entity": "amount", "value": "12 quid"},
            {"entity": "expense_category", "value": "travel"},
            {"entity": "session_ref", "value": "saturday"},
        ],
    )
    assert slots["claim_amount"] == "12.00"
    assert slots["claim_category"] == "travel"
    assert slots["claim_session"] == "w1-sat"
    assert slots["requested_slot"] == "claim_receipt"

    events, [reply] = submit(
        amina,
        **{k: v for k, v in slots.items() if k != "requested_slot"},
        claim_receipt=NO_RECEIPT,
        claim_no_receipt_reason="bus, contactless",
    )
    [claim] = claims(flow_context.sessions)
    assert claim.amount == Decimal("12.00")
    assert isinstance(claim.amount, Decimal)
    assert (claim.category, claim.session_id, claim.status, claim.currency) == (
        "travel",
        "w1-sat",
        "submitted",
        "GBP",
    )
    assert claim.no_receipt_reason == "bus, contactless"
    assert "within 10 working days of approval" in reply
    assert slot_events(events)["claim_amount"] is None  # ready for the next claim


def test_an_amount_the_nlu_tagged_badly_is_read_from_the_message(
    flow_context: FlowContext, amina: Someone
) -> None:
    slots, _ = start_claim(
        amina, "can i claim 12 quid for travel", [{"entity": "amount", "value": "quid"}]
    )
    assert slots["claim_amount"] == "12.00"
    slots, _ = start_claim(amina, "taxi for 3 of us", [])
    assert "claim_amount" not in slots  # a bare number in a sentence is not money


def test_answers_are_read_step_by_step(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(datetime(2027, 3, 14, 17, 0, tzinfo=UTC))  # after Weekend 2
    assert answer(amina, "claim_category", "the cab")[0]["claim_category"] == "travel"
    assert answer(amina, "claim_category", "my mum's carer")[0]["claim_category"] == "carer"
    slots, [retry] = answer(amina, "claim_category", "stuff")
    assert slots["claim_category"] is None and retry == "Sorry, I didn't catch that."
    _, [asked_again] = run(ActionAskClaimCategory(), tracker_for(amina, slots=slots))
    assert "travel, childcare or care" in asked_again
    assert answer(amina, "claim_amount", "£12.40")[0]["claim_amount"] == "12.40"
    slots, [said] = answer(amina, "claim_amount", "14 miles", claim_category="travel")
    assert slots["claim_amount"] == "6.30" and "14 miles" in said
    assert answer(amina, "claim_amount", "dunno")[0]["claim_amount"] is None
    assert answer(amina, "claim_session", "Saturday")[0]["claim_session"] == "w2-sat"
    assert answer(amina, "claim_session", "13 March")[0]["claim_session"] == "w2-sat"
    assert answer(amina, "claim_session", "yes", "affirm")[0]["claim_session"] == "w2-sun"
    slots, [which] = answer(amina, "claim_session", "weekend 1")
    assert slots["claim_session"] is None and "Saturday or Sunday" in which
    assert answer(amina, "claim_confirmed", "yep")[0]["claim_confirmed"] == "yes"
    assert answer(amina, "claim_confirmed", "cancel")[0]["claim_confirmed"] == "no"


def test_session_question_offers_the_most_recent_session(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(datetime(2027, 2, 22, 9, 0, tzinfo=UTC))
    _, [question] = run(ActionAskClaimSession(), tracker_for(amina))
    assert "Reply YES if it was Weekend 1, Sunday" in question


def test_a_claim_with_a_receipt_links_the_photo(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    other = add_member(flow_context.sessions, phone="+447700900101", code="WF7K2R")
    send_photo(flow_context.sessions, other, AFTER_W1_SAT)  # someone else's photo
    slots, [nothing_yet] = answer(amina, "claim_receipt", "(photo)")
    assert slots["claim_receipt"] is None and "NO RECEIPT" in nothing_yet

    media_id = send_photo(flow_context.sessions, amina, AFTER_W1_SAT)
    slots, _ = answer(amina, "claim_receipt", "(photo)")
    assert slots["claim_receipt"] == f"media:{media_id}"
    submit(
        amina,
        claim_category="travel",
        claim_amount="18.00",
        claim_session="w1-sat",
        claim_receipt=slots["claim_receipt"],
    )
    [claim] = claims(flow_context.sessions)
    assert claim.receipt_media_id == media_id
    assert claim.over_cap is False
    assert conversation(flow_context.sessions, amina).status == "bot"  # nothing for staff

    # the same photo is not the receipt of the next claim
    assert answer(amina, "claim_receipt", "(photo)")[0]["claim_receipt"] is None


def test_a_photo_sent_with_the_first_message_is_the_receipt(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    media_id = send_photo(flow_context.sessions, amina, AFTER_W1_SAT, "uber receipt £23.50")
    slots, _ = start_claim(
        amina,
        "uber receipt £23.50",
        [
            {"entity": "amount", "value": "£23.50"},
            {"entity": "expense_category", "value": "travel"},
        ],
    )
    assert slots["claim_receipt"] == f"media:{media_id}"
    assert slots["requested_slot"] == "claim_session"


def test_no_receipt_asks_why_and_hands_over(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    slots, _ = answer(
        amina,
        "claim_receipt",
        "no receipt, sorry",
        claim_category="childcare",
        claim_amount="60.00",
        claim_session="w1-sat",
    )
    assert slots["claim_receipt"] == NO_RECEIPT  # the form asks the reason next (see below)
    _, [reply] = submit(
        amina,
        claim_category="childcare",
        claim_amount="60.00",
        claim_session="w1-sat",
        claim_receipt=NO_RECEIPT,
        claim_no_receipt_reason="she only takes cash",
    )
    [claim] = claims(flow_context.sessions)
    assert claim.receipt_media_id is None and claim.no_receipt_reason == "she only takes cash"
    handed = conversation(flow_context.sessions, amina)
    assert (handed.status, handed.reason, handed.urgent) == (
        "escalated",
        "claim without receipt",
        False,
    )
    assert "A member of the team will look at it" in reply


def test_over_the_cap_is_told_then_recorded_for_a_staff_decision(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT)
    claim = {
        "claim_category": "travel",
        "claim_amount": "45.00",
        "claim_session": "w1-sat",
        "claim_receipt": "none",
        "claim_no_receipt_reason": "lost it",
    }
    _, [summary] = run(ActionAskClaimConfirmed(), tracker_for(amina, slots=claim))
    assert "Travel: £45" in summary
    assert "more than the £30 per day limit for travel" in summary
    assert "You can still send it" in summary
    submit(amina, **claim)
    [saved] = claims(flow_context.sessions)
    assert saved.over_cap is True and saved.status == "submitted"
    handed = conversation(flow_context.sessions, amina)
    assert (handed.status, handed.reason, handed.urgent) == ("escalated", "claim over cap", False)


def test_claims_for_the_same_day_add_up_towards_the_cap(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None], tmp_path: Path
) -> None:
    clock(AFTER_W1_SAT)
    first = send_photo(flow_context.sessions, amina, AFTER_W1_SAT)
    submit(
        amina,
        claim_category="travel",
        claim_amount="20.00",
        claim_session="w1-sat",
        claim_receipt=f"media:{first}",
    )
    second = send_photo(flow_context.sessions, amina, AFTER_W1_SAT)
    submit(
        amina,
        claim_category="travel",
        claim_amount="15.00",
        claim_session="w1-sat",
        claim_receipt=f"media:{second}",
    )
    one, two = claims(flow_context.sessions)
    assert (one.over_cap, two.over_cap) == (False, True)  # 35.00 in a day over 30.00


def test_a_late_claim_is_still_recorded_and_handed_over(
    flow_context: FlowContext, amina: Someone, clock: Callable[..., None]
) -> None:
    clock(AFTER_W1_SAT + timedelta(days=31))
    media_id = send_photo(flow_context.sessions, amina, AFTER_W1_SAT + timedelta(days=31))
    claim = {
        "claim_category": "travel",
        "claim_amount": "10.00",
        "claim_session": "w1-sat",
        "claim_receipt": f"media:{media_id}",
    }
    _, [summary] = run(ActionAskClaimConfirmed(), tracker_for(amina, slots=claim))
    assert "were due by 22 March" in summary
    submit(amina, **claim)
    [saved] = claims(flow_context.sessions)
    assert saved.after_deadline is True and saved.over_cap is False
    assert conversation(flow_context.sessions, amina).reason == "claim after deadline"


def test_saying_no_to_the_summary_sends_nothing(flow_context: FlowContext, amina: Someone) -> None:
    events, [reply] = submit(
        amina,
        claim_confirmed="no",
        claim_category="travel",
        claim_amount="5.00",
        claim_session="w1-sat",
    )
    assert claims(flow_context.sessions) == []
    assert "haven't sent" in reply
    assert slot_events(events)["claim_category"] is None


def test_required_steps_ask_for_a_reason_only_without_a_receipt(
    flow_context: FlowContext, amina: Someone
) -> None:
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    form = ValidateExpenseClaimForm()

    def steps(**slots: Any) -> list[str]:
        tracker = tracker_for(amina, slots=slots, active_loop=FORM)
        domain_slots = form.domain_slots(DOMAIN)  # the form's slots, as rasa-sdk passes them
        return asyncio.run(
            form.required_slots(domain_slots, CollectingDispatcher(), tracker, DOMAIN)
        )

    assert "claim_no_receipt_reason" not in steps(claim_receipt="media:3")
    assert "claim_no_receipt_reason" in steps(claim_category="travel", claim_receipt=NO_RECEIPT)
    assert steps()[-1] == "claim_confirmed"


# --- claim status -----------------------------------------------------------------------------


def test_claim_status_says_when_there_are_none(flow_context: FlowContext, amina: Someone) -> None:
    _, [text] = run(ActionShowClaimStatus(), tracker_for(amina, "ask_claim_status"))
    assert "can't see any expense claims" in text


def test_claim_status_lists_each_claim_with_the_reason_for_a_rejection(
    flow_context: FlowContext, amina: Someone
) -> None:
    other = add_member(flow_context.sessions, phone="+447700900101", code="WF7K2R")
    with flow_context.sessions() as session, session.begin():
        session.add_all(
            [
                ExpenseClaim(
                    member_id=amina.member_id,
                    category="travel",
                    amount=Decimal("12.40"),
                    session_id="w1-sat",
                    status="approved",
                ),
                ExpenseClaim(
                    member_id=amina.member_id,
                    category="childcare",
                    amount=Decimal("90"),
                    session_id="w1-sun",
                    status="rejected",
                    decision_note="over the daily limit; £80 paid separately",
                ),
                ExpenseClaim(
                    member_id=other.member_id,
                    category="carer",
                    amount=Decimal("50"),
                    session_id="w1-sun",
                    status="submitted",
                ),
            ]
        )
    _, [text] = run(ActionShowClaimStatus(), tracker_for(amina, "ask_claim_status"))
    assert "travel £12.40, Weekend 1, Saturday: approved" in text
    assert "childcare £90, Weekend 1, Sunday: not approved (over the daily limit" in text
    assert "carer" not in text.split("\n", 1)[1].split("Approved")[0]  # not another's claim


# --- PostgreSQL -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_claim_is_stored_exactly_on_postgresql(
    postgres_url: str, config_path: Path, clock: Callable[..., None]
) -> None:
    engine = make_engine(postgres_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    configure(FlowContext(sessions=factory, config_path=config_path))
    try:
        clock(AFTER_W1_SAT)
        someone = add_member(factory)
        media_id = send_photo(factory, someone, AFTER_W1_SAT)
        submit(
            someone,
            claim_category="travel",
            claim_amount=str(parse_amount("12.4")),
            claim_session="w1-sat",
            claim_receipt=f"media:{media_id}",
        )
        [claim] = claims(factory)
        assert claim.amount == Decimal("12.40") and claim.receipt_media_id == media_id
        with factory() as session:
            identity = session.execute(select(ChannelIdentity)).scalar_one()
            assert identity.member_id == someone.member_id
    finally:
        configure(None)
        engine.dispose()
