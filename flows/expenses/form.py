"""The claim form: fills a claim step by step, each answer read and checked as it comes.

A question asked in the middle is answered and the step asked again (flows.forms); an answer
that cannot be read twice running gets the step's choices as a numbered list, and a third
opens a case for a person and ends the claim form."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

import flows.common as common
from bot.config import AssemblySession, format_money
from bot.i18n.catalogue import t
from bot.i18n.formats import weekday
from flows.common import entity_values, latest_intent, latest_text, normalise, weekend_label
from flows.context import context, conversation_of, db, member_of
from flows.expenses.claims import (
    MEDIA_PREFIX,
    NO_RECEIPT,
    claim_sessions,
    day_label,
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
from flows.expenses.policy import category_label
from flows.expenses.spoken import spoken
from flows.forms import (
    HANDED_OVER,
    RETRY_SLOT,
    Choices,
    answered_question,
    chosen,
    missed,
    open_case_for_person,
)
from flows.reminder_replies import AnswersReminderReplies

# Besides the usual yes and no (flows.common), what a member says to "send this claim?" (and
# the same in their own language: claim.words.send and claim.words.cancel).
SEND_WORDS = frozenset({"send", "send it", "send it please", "confirm", "👍"})  # i18n-exempt: input
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
    return t("claim.or").join(weekday(s.starts) for s in sessions)


def amount_example() -> str:
    """An amount as the member would write it: "£12.40", "12,40 GBP"."""
    return format_money(Decimal("12.40"), context().config.expenses.currency)


def claim_details(tracker: Tracker) -> dict[str, Any]:
    """What the message that asks for a claim already says ("my taxi fare from today, it was
    £12.40"): its category, amount and day, as the claim form's slot values."""
    config = context().config
    text = latest_text(tracker)
    details: dict[str, Any] = {}
    category = next(iter(entity_values(tracker, "expense_category")), None)
    if category or (category := category_from_text(text)):
        details["claim_category"] = category
    amount = next(
        (found for found in entity_values(tracker, "amount") if parse_amount(found)), None
    )
    if amount is None and has_money_words(text):  # the NLU may tag only "quid" in "12 quid"
        parsed = parse_amount(text)
        amount = f"{parsed}" if parsed is not None else None
    if amount is not None:
        details["claim_amount"] = amount
    named = " ".join(entity_values(tracker, "session_ref")) or text
    sessions = claim_sessions(config, named, common.now())
    if len(sessions) == 1:
        details["claim_session"] = sessions[0].id
    return details


def _claim_categories() -> Choices:
    config = context().config
    return [(name, category_label(name).capitalize()) for name in config.expenses.categories]


def _claim_days() -> Choices:
    """The days a claim can be for: those that have started, or all before the first."""
    config = context().config
    moment = common.now()
    started = [s for s in config.sessions if s.starts <= moment]
    return [(s.id, day_label(s)) for s in (started or config.sessions)]


#: The numbered choices a step offers after two answers it could not read.
_CHOICES: dict[str, Callable[[], Choices]] = {
    "claim_category": _claim_categories,
    "claim_session": _claim_days,
    "claim_receipt": lambda: [(NO_RECEIPT, t("claim.choice_no_receipt"))],
    "claim_confirmed": lambda: [
        ("yes", t("claim.choice_send")),
        ("no", t("claim.choice_cancel")),
    ],
}


def _accept(slot: str, value: Any) -> dict[str, Any]:
    return {slot: value, RETRY_SLOT: None}


def _not_understood(
    slot: str,
    sorry: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    *,
    free_text: bool = False,
) -> dict[str, Any]:
    """A step's answer that could not be read: a question is answered instead; otherwise say
    so (the step is asked again, from the second time as a numbered list); the third time a
    person takes over and the form ends."""
    if answered_question(dispatcher, tracker, free_text=free_text):
        return {slot: None}
    choices = _CHOICES[slot]() if slot in _CHOICES else []
    miss = missed(tracker, slot, choices)
    if miss.needs_person:
        open_case_for_person(tracker, dispatcher)
        return {slot: None, RETRY_SLOT: None, "claim_confirmed": HANDED_OVER}
    dispatcher.utter_message(text=sorry)
    return {slot: None, RETRY_SLOT: miss.state}


class ValidateExpenseClaimForm(AnswersReminderReplies, FormValidationAction):
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
        if tracker.get_slot("claim_confirmed") == HANDED_OVER:
            return []
        category = context().config.category(_current_category(tracker) or "")
        needs_reason = tracker.get_slot("claim_receipt") == NO_RECEIPT and (
            category is None or category.receipt_required
        )
        return [slot for slot in domain_slots if slot != "claim_no_receipt_reason" or needs_reason]

    # -- pre-filling from the message that started the claim ---------------------------------

    @staticmethod
    def _starting(tracker: Tracker) -> bool:
        return tracker.get_slot("requested_slot") is None

    def _from_first_message(self, tracker: Tracker, slot: str) -> dict[str, Any]:
        if not self._starting(tracker) or tracker.get_slot(slot):
            return {}
        value = claim_details(tracker).get(slot)
        return {slot: value} if value is not None else {}

    async def extract_claim_category(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._from_first_message(tracker, "claim_category")

    async def extract_claim_amount(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._from_first_message(tracker, "claim_amount")

    async def extract_claim_session(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._from_first_message(tracker, "claim_session")

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
        text = str(value)
        name = text if text in CATEGORY_WORDS else category_from_text(text)
        name = name or chosen(tracker, "claim_category", text)
        if name is None:
            return _not_understood("claim_category", t("onboarding.sorry"), dispatcher, tracker)
        if config.category(name) is None:
            dispatcher.utter_message(
                text=t(
                    "claim.not_covered",
                    category=category_label(name),
                    contact=config.contact_line(),
                )
            )
            return {"claim_category": None}
        return _accept("claim_category", name)

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
                    text=t(
                        "claim.miles",
                        miles=f"{miles.normalize():f}",
                        rate=format_money(config.expenses.mileage_rate, currency),
                        amount=format_money(amount, currency),
                    )
                )
                return _accept("claim_amount", f"{amount}")
        amount = parse_amount(text)
        if amount is not None:
            return _accept("claim_amount", f"{amount}")
        return _not_understood(
            "claim_amount",
            t("claim.amount_not_read", example=amount_example()),
            dispatcher,
            tracker,
        )

    def validate_claim_session(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        config = context().config
        text = str(value)
        picked = chosen(tracker, "claim_session", text)
        if config.session(picked or text) is not None:
            return _accept("claim_session", picked or text)
        moment = common.now()
        if common.is_yes(text, latest_intent(tracker)) or normalise(text) in ("that one", "it"):
            default = latest_started_session(config, moment)
            if default is not None:
                return _accept("claim_session", default.id)
        found = claim_sessions(config, text, moment)
        if len(found) == 1:
            return _accept("claim_session", found[0].id)
        if len(found) > 1:
            weekend = config.weekend_of(found[0])
            dispatcher.utter_message(
                text=t(
                    "claim.which_day_of_weekend",
                    weekend=weekend_label(weekend) if weekend else t("claim.that_weekend"),
                    days=_session_choices(found),
                )
            )
            return {"claim_session": None}
        return _not_understood("claim_session", t("claim.day_not_read"), dispatcher, tracker)

    def validate_claim_receipt(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value)
        if text == NO_RECEIPT:
            return _accept("claim_receipt", text)
        if text.startswith(MEDIA_PREFIX):
            return self._own_photo(text, dispatcher, tracker)
        if says_no_receipt(text) or chosen(tracker, "claim_receipt", text) == NO_RECEIPT:
            return _accept("claim_receipt", NO_RECEIPT)
        with db() as session:
            conversation = conversation_of(session, tracker)
            media = (
                recent_receipt(session, conversation.id, common.now())
                if conversation is not None
                else None
            )
            if media is not None:
                return _accept("claim_receipt", receipt_value(media))
        return _not_understood(
            "claim_receipt",
            t("claim.no_photo_yet"),
            dispatcher,
            tracker,
            free_text=True,
        )

    @staticmethod
    def _own_photo(
        value: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """A "media:<id>" value, kept only when it names an unused photo this member sent."""
        with db() as session:
            member = member_of(session, tracker)
            if own_receipt(session, member.id if member else None, value) is not None:
                return {"claim_receipt": value}
        dispatcher.utter_message(text=t("claim.photo_not_yours"))
        return {"claim_receipt": None}

    def validate_claim_no_receipt_reason(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        reason = str(value).strip()
        if not reason or answered_question(dispatcher, tracker, free_text=True):
            return {"claim_no_receipt_reason": None}
        return {"claim_no_receipt_reason": reason[:1000]}

    def validate_claim_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        said, intent = str(value), latest_intent(tracker)
        said = chosen(tracker, "claim_confirmed", said) or said
        if common.is_no(said, intent, also=CANCEL_WORDS | frozenset(spoken("cancel"))):
            return _accept("claim_confirmed", "no")
        if common.is_yes(said, intent, also=SEND_WORDS | frozenset(spoken("send"))):
            return _accept("claim_confirmed", "yes")
        return _not_understood("claim_confirmed", t("onboarding.sorry"), dispatcher, tracker)
