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
from bot.i18n.catalogue import t
from bot.i18n.formats import day_month
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
from flows.expenses.form import ValidateExpenseClaimForm, amount_example
from flows.expenses.parsing import caring_category, parse_amount
from flows.expenses.policy import (
    caring_text,
    category_label,
    category_question,
    per_label,
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
        travel = tracker.get_slot("claim_category") == "travel"
        question = "claim.ask_amount_travel" if travel else "claim.ask_amount"
        dispatcher.utter_message(text=t(question, example=amount_example()))
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
        listed = choices_prompt(tracker, "claim_receipt", t("claim.receipt_or_number"))
        question = "claim.ask_receipt_needed" if needed else "claim.ask_receipt"
        dispatcher.utter_message(text=listed or t(question))
        return []


class ActionAskClaimNoReceiptReason(Action):
    def name(self) -> str:
        return "action_ask_claim_no_receipt_reason"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=t("claim.ask_no_receipt_reason"))
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
        question = (
            t("claim.ask_session_default", day=day_label(default))
            if default is not None
            else t("claim.ask_session")
        )
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
            dispatcher.utter_message(text=t("claim.confirm_choices", choices=listed))
            return []
        config = context().config
        currency = config.expenses.currency
        category = tracker.get_slot("claim_category") or ""
        amount = parse_amount(tracker.get_slot("claim_amount")) or Decimal("0.00")
        day = config.session(tracker.get_slot("claim_session") or "")
        photo = media_id(tracker.get_slot("claim_receipt")) is not None
        label = category_label(category)
        lines = [
            t("claim.summary"),
            t(
                "claim.summary_amount",
                category=label.capitalize(),
                amount=format_money(amount, currency),
            ),
            t("claim.summary_day", day=day_label(day)) if day else t("claim.summary_no_day"),
            t("claim.summary_photo" if photo else "claim.summary_no_receipt"),
        ]
        with db() as session:
            member = member_of(session, tracker)
            over_cap, no_receipt, late = claim_checks(
                config, session, member.id if member else None, tracker
            )
        rules = config.category(category)
        if over_cap and rules is not None:
            cap = format_money(rules.cap, currency)
            lines.append(
                t("claim.summary_over_cap", cap=cap, per=per_label(rules.per), category=label)
            )
        if no_receipt:
            lines.append(t("claim.summary_without_receipt"))
        if late and day is not None:
            lines.append(t("claim.summary_late", date=day_month(deadline_of(config, day))))
        lines.append(t("claim.summary_question"))
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
            dispatcher.utter_message(text=t("claim.not_sent"))
            return _clear_claim_slots(domain)
        amount = parse_amount(tracker.get_slot("claim_amount"))
        category = tracker.get_slot("claim_category")
        with db() as session:
            conversation = conversation_of(session, tracker)
            member = member_of(session, tracker)
            if member is None or conversation is None or amount is None or category is None:
                dispatcher.utter_message(text=t("claim.not_saved", contact=config.contact_line()))
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
        money = format_money(amount, config.expenses.currency)
        reply = [t("claim.sent", category=category_label(category), amount=money)]
        if handover_reason:
            reply.append(t("claim.sent_for_review"))
        reply.append(t("claim.paid_when", timeline=config.expenses.payment_timeline))
        dispatcher.utter_message(text=" ".join(reply))
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


_STATUSES = ("submitted", "approved", "rejected", "paid")


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
            dispatcher.utter_message(text=t("claim.status_none"))
            return []
        header = t("claim.status_header_many" if len(lines) > 1 else "claim.status_header_one")
        contact = config.contact_line()
        footer = t(
            "claim.status_footer",
            timeline=config.expenses.payment_timeline,
            contact=contact[:1].upper() + contact[1:],
        )
        dispatcher.utter_message(text="\n".join([header, *lines, footer]))
        return []


def _status_words(claim: ExpenseClaim) -> str:
    """Where one claim stands; a rejection with the reason staff gave."""
    if claim.status == "rejected" and claim.decision_note:
        return t("claim.status.rejected_because", reason=claim.decision_note)
    return t(f"claim.status.{claim.status}") if claim.status in _STATUSES else claim.status


def _claim_line(config: AssemblyConfig, claim: ExpenseClaim) -> str:
    day = config.session(claim.session_id or "")
    values = {
        "category": category_label(claim.category),
        "amount": format_money(claim.amount, claim.currency),
        "status": _status_words(claim),
    }
    if day is None:
        return t("claim.status_line", **values)
    return t("claim.status_line_day", day=day.title, **values)
