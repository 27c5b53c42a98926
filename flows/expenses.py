"""Expenses: what can be claimed (from config.yml at the moment of asking), claiming it, and where
a claim stands.

Money worries stop people taking part, so a claim is never refused by the bot: over the cap,
without a receipt or after the deadline it is still recorded, the member is told plainly what
happens next, and a person decides. Amounts are Decimals with 2 places, never floats.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

import flows.common as common
from bot.config import AssemblyConfig, AssemblySession, ExpenseCategory
from db.models import Conversation, ExpenseClaim, MediaFile, Message
from flows.common import contact_line, entity_values, latest_intent, latest_text, money, normalise
from flows.context import context, conversation_of, db, member_of

log = logging.getLogger(__name__)

# --- amounts ----------------------------------------------------------------------------------

_PENNY = Decimal("0.01")
_MAX_AMOUNT = Decimal("99999999.99")  # Numeric(10, 2)
_UNITS = {
    "zero": 0,
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_POUND_WORDS = r"(?:quid|pounds?|pound|gbp|squid|notes?)"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SIGNED = re.compile(rf"£\s*({_NUMBER})(?:\s*(?:and\s*)?(\d{{1,2}})\s*p\b)?")
_WITH_WORD = re.compile(
    rf"\b({_NUMBER})\s*{_POUND_WORDS}\b(?:\s*(?:and\s*)?(\d{{1,2}})\s*(?:p|pence)?\b)?"
)
_PENCE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:p|pence)\b")
_BARE = re.compile(rf"(?<![\w.£-])({_NUMBER})(?![\w.,]*(?:st|nd|rd|th|am|pm|miles?|mi)\b)")


def _decimal(text: str) -> Decimal | None:
    """ "1,200" -> 1200, "12,40" (a decimal comma) -> 12.40, "12.4" -> 12.40."""
    if re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _words_to_number(words: list[str]) -> int | None:
    """ "twenty five" -> 25, "a hundred and ten" -> 110; None when it is not a number."""
    total, current, seen = 0, 0, False
    for word in words:
        if word == "and" and seen:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred" and seen:
            current = max(current, 1) * 100
        elif word == "thousand" and seen:
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _spelt_amount(text: str) -> Decimal | None:
    """ "twelve pounds", "thirty quid", "twenty-five pounds fifty" in words."""
    words = re.findall(r"[a-z]+|\d+", text.replace("-", " "))
    for index, word in enumerate(words):
        if not re.fullmatch(_POUND_WORDS, word):
            continue
        start = index
        while start > 0 and (
            words[start - 1] in _UNITS
            or words[start - 1] in _TENS
            or words[start - 1] in ("hundred", "thousand", "and")
        ):
            start -= 1
        pounds = _words_to_number(words[start:index])
        if pounds is None:
            continue
        pence = 0
        tail = words[index + 1 : index + 3]
        if tail and (tail[0] in _UNITS or tail[0] in _TENS or tail[0].isdigit()):
            pence_words = tail if len(tail) > 1 and tail[1] in _UNITS else tail[:1]
            pence = int(tail[0]) if tail[0].isdigit() else (_words_to_number(pence_words) or 0)
        return Decimal(pounds) + Decimal(pence) / 100 if pence < 100 else None
    return None


def parse_amount(text: str | None) -> Decimal | None:
    """An amount of money in any common form, as a Decimal with 2 places; None if there is none.

    Members write "£12.40", "12 quid", "12.4", "twelve pounds", "£8", "£12 and 40p", "80p": a
    pound sign or a money word wins over a bare number (so "weekend 2, £8" is 8.00).
    """
    if not text:
        return None
    said = text.lower().replace("£ ", "£").strip()
    amount: Decimal | None = None
    for pattern in (_SIGNED, _WITH_WORD):
        match = pattern.search(said)
        if match:
            amount = _decimal(match.group(1))
            if amount is not None and match.group(2):
                amount += Decimal(match.group(2)) / 100
            break
    if amount is None:
        amount = _spelt_amount(said)
    if amount is None:
        match = _PENCE.search(said)
        if match:
            amount = Decimal(match.group(1)) / 100
    if amount is None:
        bare = [m for m in _BARE.finditer(said) if not _after_weekend(said, m.start())]
        if len(bare) == 1:
            amount = _decimal(bare[0].group(1))
    if amount is None:
        words = re.findall(r"[a-z]+", said.replace("-", " "))
        amount = Decimal(number) if (number := _words_to_number(words)) is not None else None
    if amount is None or amount <= 0 or amount > _MAX_AMOUNT:
        return None
    return amount.quantize(_PENNY)


def has_money_words(text: str) -> bool:
    """A pound sign or money word: only then is a number in a longer message an amount."""
    said = text.lower()
    return bool(_SIGNED.search(said) or _WITH_WORD.search(said) or _PENCE.search(said)) or (
        _spelt_amount(said) is not None
    )


def _after_weekend(text: str, position: int) -> bool:
    """The 2 in "weekend 2" or "w2" is a weekend, not money."""
    return bool(re.search(r"(weekend|week|\bw|day|session)\s*$", text[:position]))


_MILES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:miles?|mi)\b")


def parse_miles(text: str | None) -> Decimal | None:
    """ "22 miles" for members who drove: paid at the mileage rate."""
    match = _MILES.search((text or "").lower())
    return Decimal(match.group(1)) if match else None


# --- categories -------------------------------------------------------------------------------

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "carer": (
        "carer",
        "care worker",
        "careworker",
        "respite",
        "dependent",
        "dependant",
        "my mum",
        "my mom",
        "my mother",
        "my dad",
        "my father",
        "my husband",
        "my wife",
        "my partner",
        "disabled",
        "elderly",
        "dementia",
        "personal assistant",
        "sitting service",
        "home care",
        "adult",
        "brother",
        "sister",
        "grandmother",
        "grandad",
        "grandfather",
        "nan",
    ),
    "childcare": (
        "childcare",
        "child care",
        "babysit",
        "baby sit",
        "nursery",
        "childminder",
        "child minder",
        "creche",
        "crèche",
        "nanny",
        "kids",
        "children",
        "child",
        "son",
        "daughter",
        "baby",
        "toddler",
        "after school",
        "breakfast club",
        "holiday club",
    ),
    "travel": (
        "travel",
        "taxi",
        "cab",
        "uber",
        "bolt",
        "bus",
        "train",
        "tube",
        "oyster",
        "fare",
        "petrol",
        "fuel",
        "mileage",
        "miles",
        "drive",
        "driving",
        "parking",
        "car park",
        "transport",
        "dial-a-ride",
        "overground",
        "ulez",
        "congestion",
        "ticket",
        "journey",
    ),
}
CATEGORY_LABELS = {
    "travel": "travel",
    "childcare": "childcare",
    "carer": "care for a dependent adult",
}


def category_from_text(text: str | None) -> str | None:
    """The category a member's words point at. Carer words are checked first: "my disabled
    brother" is care for an adult even though "son"/"child" words also exist."""
    said = f" {normalise(text or '')} "
    if said.strip() in CATEGORY_WORDS:
        return said.strip()
    for name in ("carer", "childcare", "travel"):
        if any(re.search(rf"\b{re.escape(word)}", said) for word in CATEGORY_WORDS[name]):
            return name
    return None


def _cap_text(config: AssemblyConfig, name: str, rules: ExpenseCategory) -> str:
    return f"up to {money(rules.cap, config.expenses.currency)} per {rules.per}"


def category_text(config: AssemblyConfig, name: str) -> str | None:
    """One category's rules in a sentence, or None when the assembly does not cover it."""
    rules = config.category(name)
    if rules is None:
        return None
    label = CATEGORY_LABELS.get(name, name).capitalize()
    notes = f" ({rules.notes})" if rules.notes else ""
    receipt = " A receipt is needed." if rules.receipt_required else " No receipt needed."
    return f"{label}{notes}: {_cap_text(config, name, rules)}.{receipt}"


def _deadline_and_payment(config: AssemblyConfig) -> str:
    expenses = config.expenses
    return (
        f"Claim within {expenses.claim_deadline_days} days of the session; claims are paid "
        f"{expenses.payment_timeline}."
    )


def _how_to_claim() -> str:
    return 'To claim, text me something like "claim £12.40 taxi Saturday" and send the receipt.'


def policy_text(config: AssemblyConfig) -> str:
    """Every category with what it covers, cap, receipts, mileage, deadline and payment."""
    lines = [text for name in config.expenses.categories if (text := category_text(config, name))]
    if config.category("travel") is not None:
        lines.append(mileage_text(config))
    lines.append(_deadline_and_payment(config))
    lines.append(_how_to_claim())
    return "You can claim back what it costs you to take part.\n" + "\n".join(lines)


def mileage_text(config: AssemblyConfig) -> str:
    rate = config.expenses.mileage_rate
    pence = rate * 100
    rate_text = (
        f"{pence:.0f}p"
        if rate < 1 and pence == pence.to_integral_value()
        else money(rate, config.expenses.currency)
    )
    return f"If you drive, we pay {rate_text} a mile."


def travel_text(config: AssemblyConfig) -> str:
    text = category_text(config, "travel")
    if text is None:
        return (
            "Travel costs aren't covered for this assembly, sorry. To talk it through, "
            f"{contact_line(config)}."
        )
    return f"{text} {mileage_text(config)} {_deadline_and_payment(config)} {_how_to_claim()}"


_ADULT_CARE = re.compile(
    r"\b(carers?|care worker|careworker|respite|dependent|dependant|adult|mum|mom|mother|dad|"
    r"father|husband|wife|partner|brother|sister|grandmother|grandfather|nan|gran|elderly|"
    r"dementia|disabled|personal assistant|sitting service|home care)\b"
)
_CHILD_WORDS = re.compile(
    r"\b(child|children|kids?|baby|toddler|son|daughter|babysit\w*|nursery|childminder|nanny|"
    r"creche|childcare)\b"
)


def caring_category(text: str, entity: str | None) -> str:
    """childcare or carer for an ask_childcare_expenses question.

    The entity wins when present; otherwise adult-care words ("my mum", "disabled brother",
    "respite") mean the carer rules, unless the text is plainly about children ("can my mum
    look after the children").
    """
    if entity in ("childcare", "carer"):
        return entity
    said = normalise(text)
    if _ADULT_CARE.search(said) and not _CHILD_WORDS.search(said):
        return "carer"
    return "childcare"


def caring_text(config: AssemblyConfig, name: str) -> str:
    text = category_text(config, name)
    if text is None:
        label = CATEGORY_LABELS.get(name, name)
        return (
            f"Sorry, {label} costs aren't covered for this assembly. To talk it through, "
            f"{contact_line(config)}."
        )
    other = "carer" if name == "childcare" else "childcare"
    other_text = category_text(config, other)
    extra = f" {other_text}" if other_text else ""
    return f"{text}{extra} {_deadline_and_payment(config)} {_how_to_claim()}"


# --- which session a claim is for ---------------------------------------------------------------


def latest_started_session(config: AssemblyConfig, moment: datetime) -> AssemblySession | None:
    """The most recent session that has started: what a claim is usually for."""
    started = [s for s in config.sessions if s.starts <= moment]
    return max(started, key=lambda s: s.starts, default=None)


def claim_sessions(config: AssemblyConfig, ref: str, moment: datetime) -> list[AssemblySession]:
    """Sessions a member's words point at, for a claim: past days first ("Saturday" is the most
    recent Saturday that has started), else upcoming ones; an exact id also works."""
    return common.resolve_session_ref(config, ref, moment, prefer_past=True)


def deadline_of(config: AssemblyConfig, session: AssemblySession) -> datetime:
    return session.ends + timedelta(days=config.expenses.claim_deadline_days)


def _day_label(session: AssemblySession) -> str:
    return f"{session.title} ({session.starts:%a} {session.starts.day} {session.starts:%b})"


# --- receipts ---------------------------------------------------------------------------------

RECEIPT_WINDOW = timedelta(hours=6)
_NO_RECEIPT = re.compile(
    r"\b(no|none|lost|without|haven'?t|have not|don'?t|do not|didn'?t|did not|can'?t|cannot|"
    r"never got|not got)\b"
)


def recent_receipt(session: DbSession, conversation_id: int, moment: datetime) -> MediaFile | None:
    """The newest photo the member sent in this conversation lately that no claim uses yet.

    The gateway stores media as MediaFile rows of the inbound Message and tells Rasa only
    "(photo)", so the database, not Rasa's metadata, is the source of truth.
    """
    used = select(ExpenseClaim.receipt_media_id).where(ExpenseClaim.receipt_media_id.is_not(None))
    return session.execute(
        select(MediaFile)
        .join(Message, Message.id == MediaFile.message_id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.created_at >= moment - RECEIPT_WINDOW,
            MediaFile.id.not_in(used),
        )
        .order_by(MediaFile.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def says_no_receipt(text: str) -> bool:
    said = normalise(text)
    return bool(_NO_RECEIPT.search(said)) and "(photo)" not in said


# --- the claim form ---------------------------------------------------------------------------

CLAIM_SLOTS = (
    "claim_category",
    "claim_amount",
    "claim_session",
    "claim_receipt",
    "claim_no_receipt_reason",
    "claim_confirmed",
)
NO_RECEIPT = "none"
_MEDIA_PREFIX = "media:"
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


def _media_id(value: str | None) -> int | None:
    if value and value.startswith(_MEDIA_PREFIX):
        return int(value.removeprefix(_MEDIA_PREFIX))
    return None


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
        """A reason is asked only when there is no receipt and the category needs one."""
        slots = ["claim_category", "claim_amount", "claim_session", "claim_receipt"]
        category = context().config.category(_current_category(tracker) or "")
        if tracker.get_slot("claim_receipt") == NO_RECEIPT and (
            category is None or category.receipt_required
        ):
            slots.append("claim_no_receipt_reason")
        slots.append("claim_confirmed")
        return slots

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
            return {"claim_receipt": f"{_MEDIA_PREFIX}{media.id}"} if media else {}

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
                f"{contact_line(config)}."
            )
            return {"claim_category": None}
        return {"claim_category": name}

    def validate_claim_amount(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        config = context().config
        text = str(value)
        miles = parse_miles(text)
        if miles is not None and _current_category(tracker) in (None, "travel"):
            amount = (miles * config.expenses.mileage_rate).quantize(_PENNY)
            if amount > 0:
                dispatcher.utter_message(
                    text=f"{miles.normalize():f} miles at {money(config.expenses.mileage_rate)} "
                    f"a mile is {money(amount, config.expenses.currency)}."
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
        if text == NO_RECEIPT or _media_id(text) is not None:
            return {"claim_receipt": text}
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
                return {"claim_receipt": f"{_MEDIA_PREFIX}{media.id}"}
        dispatcher.utter_message(
            text="I haven't received a photo yet. Please send a photo of the receipt, or "
            "reply NO RECEIPT if you don't have one."
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


def category_question(config: AssemblyConfig) -> str:
    names = [CATEGORY_LABELS.get(name, name) for name in config.expenses.categories]
    choices = ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]
    return f"What is the claim for: {choices}?"


class ActionAskClaimCategory(Action):
    """Lists the categories this assembly covers (config.yml), so none is offered that is not."""

    def name(self) -> str:
        return "action_ask_claim_category"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=category_question(context().config))
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
        dispatcher.utter_message(
            text="Please send a photo of the receipt"
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
            question += f" Reply YES if it was {_day_label(default)}."
        dispatcher.utter_message(text=question)
        return []


def _existing_total(
    session: DbSession, member_id: int, category: str, session_id: str | None
) -> Decimal:
    """What the member already claimed in this category for the same day (not rejected)."""
    total = session.execute(
        select(func.coalesce(func.sum(ExpenseClaim.amount), 0)).where(
            ExpenseClaim.member_id == member_id,
            ExpenseClaim.category == category,
            ExpenseClaim.session_id == session_id,
            ExpenseClaim.status != "rejected",
        )
    ).scalar_one()
    return Decimal(total).quantize(_PENNY)


def _claim_checks(
    config: AssemblyConfig, session: DbSession, member_id: int | None, tracker: Tracker
) -> tuple[bool, bool, bool]:
    """(over cap, without a needed receipt, after the deadline) for the claim in the slots."""
    category_name = tracker.get_slot("claim_category") or ""
    rules = config.category(category_name)
    amount = parse_amount(tracker.get_slot("claim_amount")) or Decimal("0.00")
    session_id = tracker.get_slot("claim_session")
    already = (
        _existing_total(session, member_id, category_name, session_id) if member_id else Decimal(0)
    )
    over_cap = rules is not None and already + amount > rules.cap
    no_receipt = tracker.get_slot("claim_receipt") == NO_RECEIPT and (
        rules is None or rules.receipt_required
    )
    day = config.session(session_id or "")
    late = day is not None and deadline_of(config, day) < common.now()
    return over_cap, no_receipt, late


class ActionAskClaimConfirmed(Action):
    """The summary to confirm, with the cap, receipt and deadline news told before sending."""

    def name(self) -> str:
        return "action_ask_claim_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        currency = config.expenses.currency
        category = tracker.get_slot("claim_category") or ""
        amount = parse_amount(tracker.get_slot("claim_amount")) or Decimal("0.00")
        day = config.session(tracker.get_slot("claim_session") or "")
        receipt = (
            "photo received"
            if _media_id(tracker.get_slot("claim_receipt")) is not None
            else "no receipt"
        )
        lines = [
            "Here's your claim:",
            f"{CATEGORY_LABELS.get(category, category).capitalize()}: {money(amount, currency)}",
            f"Day: {_day_label(day) if day else 'not given'}",
            f"Receipt: {receipt}",
        ]
        with db() as session:
            member = member_of(session, tracker)
            over_cap, no_receipt, late = _claim_checks(
                config, session, member.id if member else None, tracker
            )
        rules = config.category(category)
        if over_cap and rules is not None:
            lines.append(
                f"This is more than the {money(rules.cap, currency)} per {rules.per} limit for "
                f"{CATEGORY_LABELS.get(category, category)}. You can still send it and a member "
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


def _clear_claim_slots() -> list[EventType]:
    return [SlotSet(slot, None) for slot in CLAIM_SLOTS] + [
        SlotSet("amount", None),
        SlotSet("expense_category", None),
    ]


class ActionSubmitExpenseClaim(Action):
    """Records the claim (status submitted) and hands unusual ones to staff, non-urgently."""

    def name(self) -> str:
        return "action_submit_expense_claim"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        if tracker.get_slot("claim_confirmed") != "yes":
            dispatcher.utter_message(
                text='OK, I haven\'t sent that claim. Say "new claim" whenever you want to '
                "start again."
            )
            return _clear_claim_slots()
        amount = parse_amount(tracker.get_slot("claim_amount"))
        category = tracker.get_slot("claim_category")
        with db() as session:
            conversation = conversation_of(session, tracker)
            member = member_of(session, tracker)
            if member is None or conversation is None or amount is None or category is None:
                dispatcher.utter_message(
                    text="Sorry, I couldn't save that claim. Please try again, or "
                    f"{contact_line(config)}."
                )
                return _clear_claim_slots()
            over_cap, no_receipt, late = _claim_checks(config, session, member.id, tracker)
            reason = tracker.get_slot("claim_no_receipt_reason")
            claim = ExpenseClaim(
                member_id=member.id,
                category=category,
                amount=amount,
                currency=config.expenses.currency,
                session_id=tracker.get_slot("claim_session"),
                receipt_media_id=_media_id(tracker.get_slot("claim_receipt")),
                no_receipt_reason=reason
                if tracker.get_slot("claim_receipt") == NO_RECEIPT
                else None,
                over_cap=over_cap,
                after_deadline=late,
                status="submitted",
                created_at=common.now(),
            )
            session.add(claim)
            session.flush()
            log.info("claim %s submitted by member %s", claim.id, member.id)
            handover_reason = _handover_reason(over_cap, no_receipt, late)
            if handover_reason:
                _hand_over(session, conversation, handover_reason)
        reply = (
            f"Thank you, your {CATEGORY_LABELS.get(category, category)} claim for "
            f"{money(amount, config.expenses.currency)} has been sent. "
        )
        if handover_reason:
            reply += "A member of the team will look at it and reply here. "
        reply += f"Approved claims are paid {config.expenses.payment_timeline}."
        dispatcher.utter_message(text=reply)
        return _clear_claim_slots()


def _handover_reason(over_cap: bool, no_receipt: bool, late: bool) -> str | None:
    if over_cap:
        return "claim over cap"
    if no_receipt:
        return "claim without receipt"
    if late:
        return "claim after deadline"
    return None


def _hand_over(session: DbSession, conversation: Conversation, reason: str) -> None:
    """Non-urgent handover through engineer 1's flows.handover (the one place that escalates)."""
    from flows.handover import hand_over

    hand_over(session, conversation, reason, urgent=False)


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
        found = entity_values(tracker, "expense_category")
        entity = next((value for value in found if value in ("childcare", "carer")), None)
        name = caring_category(latest_text(tracker), entity)
        dispatcher.utter_message(text=caring_text(context().config, name))
        return []


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
        contact = contact_line(config)
        footer = (
            f"Approved claims are paid {config.expenses.payment_timeline}. "
            f"Questions? {contact[:1].upper()}{contact[1:]}."
        )
        dispatcher.utter_message(text="\n".join([header, *lines, footer]))
        return []


def _claim_line(config: AssemblyConfig, claim: ExpenseClaim) -> str:
    day = config.session(claim.session_id or "")
    label = CATEGORY_LABELS.get(claim.category, claim.category)
    line = f"- {label} {money(claim.amount, claim.currency)}"
    line += f", {day.title}" if day else ""
    line += f": {_STATUS_WORDS.get(claim.status, claim.status)}"
    if claim.status == "rejected" and claim.decision_note:
        line += f" ({claim.decision_note})"
    return line
