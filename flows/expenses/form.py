"""The claim form: fills a claim step by step, each answer read and checked as it comes."""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

import flows.common as common
from bot.config import AssemblySession, format_money
from flows.common import entity_values, latest_intent, latest_text, normalise
from flows.context import context, conversation_of, db, member_of
from flows.expenses.claims import (
    MEDIA_PREFIX,
    NO_RECEIPT,
    claim_sessions,
    latest_started_session,
    own_receipt,
    receipt_value,
    recent_receipt,
)
from flows.expenses.parsing import (
    CATEGORY_WORDS,
    PENNY,
    category_from_text,
    has_money_words,
    parse_amount,
    parse_miles,
    says_no_receipt,
)
from flows.expenses.policy import CATEGORY_LABELS, category_question

# Besides the usual yes and no (flows.common), what a member says to "send this claim?".
SEND_WORDS = frozenset({"send", "send it", "send it please", "confirm", "👍"})
CANCEL_WORDS = frozenset(
    {
        "cancel",
        "stop",
        "wrong",
        "don't send",
        "dont send",
        "not right",
        "that's wrong",
        "thats wrong",
    }
)


def _current_category(tracker: Tracker) -> str | None:
    return tracker.get_slot("claim_category")


def _session_choices(sessions: list[AssemblySession]) -> str:
    return " or ".join(f"{s.starts:%A}" for s in sessions)


class ValidateExpenseClaimForm(FormValidationAction):
    """Fills a claim step by step; the first message ("claim £12.40 taxi Saturday") may already
    answer several steps, read from its entities when the form starts."""

    def name(self) -> str:
        return "validate_expense_claim_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The domain's steps, but a reason only when there is no receipt and the category
        needs one."""
        category = context().config.category(_current_category(tracker) or "")
        needs_reason = tracker.get_slot("claim_receipt") == NO_RECEIPT and (
            category is None or category.receipt_required
        )
        return [slot for slot in domain_slots if slot != "claim_no_receipt_reason" or needs_reason]

    # -- pre-filling from the message that started the claim ---------------------------------

    @staticmethod
    def _starting(tracker: Tracker) -> bool:
        return tracker.get_slot("requested_slot") is None

    async def extract_claim_category(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not self._starting(tracker) or tracker.get_slot("claim_category"):
            return {}
        found = entity_values(tracker, "expense_category")
        return {"claim_category": found[0]} if found else {}

    async def extract_claim_amount(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not self._starting(tracker) or tracker.get_slot("claim_amount"):
            return {}
        for found in entity_values(tracker, "amount"):
            if parse_amount(found) is not None:
                return {"claim_amount": found}
        text = latest_text(tracker)  # the NLU may tag only "quid" in "12 quid"
        amount = parse_amount(text) if has_money_words(text) else None
        return {"claim_amount": f"{amount}"} if amount is not None else {}

    async def extract_claim_session(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not self._starting(tracker) or tracker.get_slot("claim_session"):
            return {}
        found = entity_values(tracker, "session_ref")
        return {"claim_session": found[0]} if found else {}

    async def extract_claim_receipt(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A photo sent with (or just before) "here's my taxi receipt" is that claim's receipt."""
        if not self._starting(tracker) or tracker.get_slot("claim_receipt"):
            return {}
        with db() as session:
            conversation = conversation_of(session, tracker)
            if conversation is None:
                return {}
            media = recent_receipt(session, conversation.id, common.now())
            return {"claim_receipt": receipt_value(media)} if media else {}

    # -- checking each answer ------------------------------------------------------------------

    def validate_claim_category(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        config = context().config
        name = str(value) if str(value) in CATEGORY_WORDS else category_from_text(str(value))
        if name is None:
            dispatcher.utter_message(
                text=f"Sorry, I didn't catch that. {category_question(config)}"
            )
            return {"claim_category": None}
        if config.category(name) is None:
            label = CATEGORY_LABELS.get(name, name)
            dispatcher.utter_message(
                text=f"Sorry, {label} isn't covered for this assembly. To talk it through, "
                f"{config.contact_line()}."
            )
            return {"claim_category": None}
        return {"claim_category": name}

    def validate_claim_amount(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        config = context().config
        currency = config.expenses.currency
        text = str(value)
        miles = parse_miles(text)
        if miles is not None and _current_category(tracker) in (None, "travel"):
            amount = (miles * config.expenses.mileage_rate).quantize(PENNY)
            if amount > 0:
                dispatcher.utter_message(
                    text=f"{miles.normalize():f} miles at "
                    f"{format_money(config.expenses.mileage_rate, currency)} a mile is "
                    f"{format_money(amount, currency)}."
                )
                return {"claim_amount": f"{amount}"}
        amount = parse_amount(text)
        if amount is None:
            dispatcher.utter_message(
                text="Sorry, I couldn't read an amount there. Please send just the amount, "
                "for example £12.40."
            )
            return {"claim_amount": None}
        return {"claim_amount": f"{amount}"}

    def validate_claim_session(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        config = context().config
        text = str(value)
        if config.session(text) is not None:
            return {"claim_session": text}
        moment = common.now()
        if common.is_yes(text, latest_intent(tracker)) or normalise(text) in ("that one", "it"):
            default = latest_started_session(config, moment)
            if default is not None:
                return {"claim_session": default.id}
        found = claim_sessions(config, text, moment)
        if len(found) == 1:
            return {"claim_session": found[0].id}
        if len(found) > 1:
            dispatcher.utter_message(
                text=f"Which day of {config.weekend_of(found[0]) or 'that weekend'} was it: "
                f"{_session_choices(found)}? If it was for both days, send the first day now "
                "and a second claim for the other day after."
            )
        else:
            dispatcher.utter_message(text="Sorry, I couldn't tell which day you mean.")
        return {"claim_session": None}

    def validate_claim_receipt(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value)
        if text == NO_RECEIPT:
            return {"claim_receipt": text}
        if text.startswith(MEDIA_PREFIX):
            return self._own_photo(text, dispatcher, tracker)
        if says_no_receipt(text):
            return {"claim_receipt": NO_RECEIPT}
        with db() as session:
            conversation = conversation_of(session, tracker)
            media = (
                recent_receipt(session, conversation.id, common.now())
                if conversation is not None
                else None
            )
            if media is not None:
                return {"claim_receipt": receipt_value(media)}
        dispatcher.utter_message(
            text="I haven't received a photo yet. Please send a photo of the receipt, or "
            "reply NO RECEIPT if you don't have one."
        )
        return {"claim_receipt": None}

    @staticmethod
    def _own_photo(
        value: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """A "media:<id>" value, kept only when it names an unused photo this member sent."""
        with db() as session:
            member = member_of(session, tracker)
            if own_receipt(session, member.id if member else None, value) is not None:
                return {"claim_receipt": value}
        dispatcher.utter_message(
            text="I can only use a photo you've sent me here. Please send a photo of the "
            "receipt, or reply NO RECEIPT if you don't have one."
        )
        return {"claim_receipt": None}

    def validate_claim_no_receipt_reason(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        reason = str(value).strip()
        if not reason:
            return {"claim_no_receipt_reason": None}
        return {"claim_no_receipt_reason": reason[:1000]}

    def validate_claim_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        said, intent = str(value), latest_intent(tracker)
        if common.is_no(said, intent, also=CANCEL_WORDS):
            return {"claim_confirmed": "no"}
        if common.is_yes(said, intent, also=SEND_WORDS):
            return {"claim_confirmed": "yes"}
        dispatcher.utter_message(text="Please reply YES to send the claim, or NO to cancel it.")
        return {"claim_confirmed": None}
