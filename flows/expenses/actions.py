"""The expenses actions Rasa calls: the claim form's questions, sending the claim, the policy
answers and where a member's claims stand."""

from __future__ import annotations

import logging
from decimal import Decimal

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import select
from sqlalchemy.orm import Session

import flows.common as common
from bot.config import AssemblyConfig, format_money
from db.models import ExpenseClaim
from flows.common import entity_values, latest_text
from flows.context import context, conversation_of, db, member_of, source_message_id
from flows.expenses.claims import (
    NO_RECEIPT,
    claim_checks,
    day_label,
    deadline_of,
    latest_started_session,
    media_id,
    own_receipt,
    review_reason,
)
from flows.expenses.form import ValidateExpenseClaimForm
from flows.expenses.parsing import caring_category, parse_amount
from flows.expenses.policy import (
    caring_text,
    category_label,
    category_question,
    policy_text,
    travel_text,
)
from flows.forms import FORM_NEXT_SLOT, HANDED_OVER, PENDING_CLAIM_SLOT, RETRY_SLOT, choices_prompt
from flows.handover import hand_over

log = logging.getLogger(__name__)


class ActionAskClaimCategory(Action):
    """Lists the categories this assembly covers (config.yml), so none is offered that is not."""

    def name(self) -> str:
        return "action_ask_claim_category"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        question = category_question(context().config)
        dispatcher.utter_message(text=choices_prompt(tracker, "claim_category") or question)
        return []


class ActionAskClaimAmount(Action):
    def name(self) -> str:
        return "action_ask_claim_amount"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        question = "How much was it? For example £12.40."
        if tracker.get_slot("claim_category") == "travel":
            question += " If you drove, tell me the miles instead, e.g. 14 miles."
        dispatcher.utter_message(text=question)
        return []


class ActionAskClaimReceipt(Action):
    """Says whether this category needs a receipt (config.yml), but never refuses one without."""

    def name(self) -> str:
        return "action_ask_claim_receipt"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        rules = context().config.category(tracker.get_slot("claim_category") or "")
        needed = rules is None or rules.receipt_required
        listed = choices_prompt(
            tracker,
            "claim_receipt",
            "Please send a photo of the receipt, or reply with the number:",
        )
        dispatcher.utter_message(
            text=listed
            or "Please send a photo of the receipt"
            + (" (we need one for this kind of claim)" if needed else "")
            + ", or reply NO RECEIPT if you don't have one."
        )
        return []


class ActionAskClaimNoReceiptReason(Action):
    def name(self) -> str:
        return "action_ask_claim_no_receipt_reason"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(
            text="That's OK, you can still claim. In a few words, why is there no receipt? "
            "(For example: paid cash, contactless, lost it.)"
        )
        return []


class ActionAskClaimSession(Action):
    """Offers the most recent session as the likely answer."""

    def name(self) -> str:
        return "action_ask_claim_session"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        default = latest_started_session(config, common.now())
        question = "Which day was it for? For example Saturday, Weekend 2 or 13 March."
        if default is not None:
            question += f" Reply YES if it was {day_label(default)}."
        dispatcher.utter_message(text=choices_prompt(tracker, "claim_session") or question)
        return []


class ActionAskClaimConfirmed(Action):
    """The summary to confirm, with the cap, receipt and deadline news told before sending."""

    def name(self) -> str:
        return "action_ask_claim_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        listed = choices_prompt(tracker, "claim_confirmed")
        if listed:
            dispatcher.utter_message(text=f"Shall I send your claim? {listed}")
            return []
        config = context().config
        currency = config.expenses.currency
        category = tracker.get_slot("claim_category") or ""
        amount = parse_amount(tracker.get_slot("claim_amount")) or Decimal("0.00")
        day = config.session(tracker.get_slot("claim_session") or "")
        receipt = (
            "photo received"
            if media_id(tracker.get_slot("claim_receipt")) is not None
            else "no receipt"
        )
        label = category_label(category)
        lines = [
            "Here's your claim:",
            f"{label.capitalize()}: {format_money(amount, currency)}",
            f"Day: {day_label(day) if day else 'not given'}",
            f"Receipt: {receipt}",
        ]
        with db() as session:
            member = member_of(session, tracker)
            over_cap, no_receipt, late = claim_checks(
                config, session, member.id if member else None, tracker
            )
        rules = config.category(category)
        if over_cap and rules is not None:
            lines.append(
                f"This is more than the {format_money(rules.cap, currency)} per {rules.per} "
                f"limit for {label}. You can still send it and a member "
                "of staff will decide."
            )
        if no_receipt:
            lines.append("Without a receipt, a member of staff will look at it before it's paid.")
        if late and day is not None:
            lines.append(
                f"Claims for that day were due by {deadline_of(config, day):%-d %B}, "
                "but you can still send it and staff will decide."
            )
        lines.append("Reply YES to send it, or NO to cancel.")
        dispatcher.utter_message(text="\n".join(lines))
        return []


def _clear_claim_slots(domain: DomainDict) -> list[EventType]:
    """Every step of the claim form and the entities that pre-fill it, ready for a new claim."""
    return [SlotSet(slot, None) for slot in ValidateExpenseClaimForm().domain_slots(domain)] + [
        SlotSet(slot, None)
        for slot in ("amount", "expense_category", RETRY_SLOT, PENDING_CLAIM_SLOT, FORM_NEXT_SLOT)
    ]


def _claim_submitted_by(session: Session, source: int | None) -> ExpenseClaim | None:
    """The claim this member message submitted already, if any."""
    if source is None:
        return None
    return session.execute(
        select(ExpenseClaim).where(ExpenseClaim.source_message_id == source)
    ).scalar_one_or_none()


def _review_reason_of(config: AssemblyConfig, claim: ExpenseClaim) -> str | None:
    """Why staff review a claim already recorded, as when it was submitted."""
    rules = config.category(claim.category)
    no_receipt = claim.no_receipt_reason is not None and (rules is None or rules.receipt_required)
    return review_reason(claim.over_cap, no_receipt, claim.after_deadline)


class ActionSubmitExpenseClaim(Action):
    """Records the claim (status submitted) and hands unusual ones to staff, non-urgently."""

    def name(self) -> str:
        return "action_submit_expense_claim"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        if tracker.get_slot("claim_confirmed") == HANDED_OVER:
            return _clear_claim_slots(domain)  # the member was told a person will help
        if tracker.get_slot("claim_confirmed") != "yes":
            dispatcher.utter_message(
                text='OK, I haven\'t sent that claim. Say "new claim" whenever you want to '
                "start again."
            )
            return _clear_claim_slots(domain)
        amount = parse_amount(tracker.get_slot("claim_amount"))
        category = tracker.get_slot("claim_category")
        with db() as session:
            conversation = conversation_of(session, tracker)
            member = member_of(session, tracker)
            if member is None or conversation is None or amount is None or category is None:
                dispatcher.utter_message(
                    text="Sorry, I couldn't save that claim. Please try again, or "
                    f"{config.contact_line()}."
                )
                return _clear_claim_slots(domain)
            source = source_message_id(tracker)
            submitted = _claim_submitted_by(session, source)
            if submitted is not None:
                # the same message again (Rasa ran the turn twice): the claim stands as it was
                handover_reason = _review_reason_of(config, submitted)
                amount, category = submitted.amount, submitted.category
            else:
                over_cap, no_receipt, late = claim_checks(config, session, member.id, tracker)
                reason = tracker.get_slot("claim_no_receipt_reason")
                receipt = own_receipt(session, member.id, tracker.get_slot("claim_receipt"))
                claim = ExpenseClaim(
                    member_id=member.id,
                    category=category,
                    amount=amount,
                    currency=config.expenses.currency,
                    session_id=tracker.get_slot("claim_session"),
                    receipt_media_id=receipt.id if receipt else None,
                    no_receipt_reason=reason
                    if tracker.get_slot("claim_receipt") == NO_RECEIPT
                    else None,
                    over_cap=over_cap,
                    after_deadline=late,
                    status="submitted",
                    created_at=common.now(),
                    source_message_id=source,
                )
                session.add(claim)
                session.flush()
                log.info("claim %s submitted by member %s", claim.id, member.id)
                handover_reason = review_reason(over_cap, no_receipt, late)
                if handover_reason:
                    hand_over(session, conversation, handover_reason, urgent=False)
        reply = (
            f"Thank you, your {category_label(category)} claim for "
            f"{format_money(amount, config.expenses.currency)} has been sent. "
        )
        if handover_reason:
            reply += "A member of the team will look at it and reply here. "
        reply += f"Approved claims are paid {config.expenses.payment_timeline}."
        dispatcher.utter_message(text=reply)
        return _clear_claim_slots(domain)


# --- answers ----------------------------------------------------------------------------------


class ActionAnswerExpensePolicy(Action):
    def name(self) -> str:
        return "action_answer_expense_policy"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=policy_text(context().config))
        return []


class ActionAnswerTravelExpenses(Action):
    """Travel rules, cap and mileage ("can I get a cab home?" gets the same, with the notes)."""

    def name(self) -> str:
        return "action_answer_travel_expenses"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=travel_text(context().config))
        return []


class ActionAnswerChildcareExpenses(Action):
    """Childcare, or carer rules when the member cares for an adult."""

    def name(self) -> str:
        return "action_answer_childcare_expenses"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=caring_answer(context().config, tracker))
        return []


def caring_answer(config: AssemblyConfig, tracker: Tracker) -> str:
    """The childcare rules, or the carer rules when the member cares for an adult."""
    found = entity_values(tracker, "expense_category")
    entity = next((value for value in found if value in ("childcare", "carer")), None)
    return caring_text(config, caring_category(latest_text(tracker), entity))


_STATUS_WORDS = {
    "submitted": "waiting for a decision",
    "approved": "approved, payment on its way",
    "rejected": "not approved",
    "paid": "paid",
}


class ActionShowClaimStatus(Action):
    """The member's own claims, newest first; a rejected one with the reason staff gave."""

    def name(self) -> str:
        return "action_show_claim_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        with db() as session:
            member = member_of(session, tracker)
            claims = (
                session.execute(
                    select(ExpenseClaim)
                    .where(ExpenseClaim.member_id == member.id)
                    .order_by(ExpenseClaim.created_at.desc(), ExpenseClaim.id.desc())
                )
                .scalars()
                .all()
                if member is not None
                else []
            )
            lines = [_claim_line(config, claim) for claim in claims[:10]]
        if not lines:
            dispatcher.utter_message(
                text="I can't see any expense claims from you yet. To make one, text me "
                'something like "claim £12.40 taxi Saturday".'
            )
            return []
        header = "Your claims:" if len(lines) > 1 else "Your claim:"
        contact = config.contact_line()
        footer = (
            f"Approved claims are paid {config.expenses.payment_timeline}. "
            f"Questions? {contact[:1].upper()}{contact[1:]}."
        )
        dispatcher.utter_message(text="\n".join([header, *lines, footer]))
        return []


def _claim_line(config: AssemblyConfig, claim: ExpenseClaim) -> str:
    day = config.session(claim.session_id or "")
    label = category_label(claim.category)
    line = f"- {label} {format_money(claim.amount, claim.currency)}"
    line += f", {day.title}" if day else ""
    line += f": {_STATUS_WORDS.get(claim.status, claim.status)}"
    if claim.status == "rejected" and claim.decision_note:
        line += f" ({claim.decision_note})"
    return line
