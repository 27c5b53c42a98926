"""Reading what a member writes about a claim: an amount of money in any common form, miles
driven, which kind of cost it is, and "I have no receipt", in English or (through
flows.expenses.spoken) in the member's own language.

Amounts are Decimals with 2 places, never floats.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from flows.common import normalise
from flows.expenses.spoken import in_english, mentions, spoken, spoken_category

# --- amounts ----------------------------------------------------------------------------------

PENNY = Decimal("0.01")
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
    said = in_english(text).lower().replace("£ ", "£").strip()
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
    return amount.quantize(PENNY)


def has_money_words(text: str) -> bool:
    """A pound sign or money word: only then is a number in a longer message an amount."""
    said = in_english(text).lower()
    return bool(_SIGNED.search(said) or _WITH_WORD.search(said) or _PENCE.search(said)) or (
        _spelt_amount(said) is not None
    )


def _after_weekend(text: str, position: int) -> bool:
    """The 2 in "weekend 2" or "w2" is a weekend, not money."""
    return bool(re.search(r"(weekend|week|\bw|day|session)\s*$", text[:position]))


_MILES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:miles?|mi)\b")


def parse_miles(text: str | None) -> Decimal | None:
    """ "22 miles" for members who drove: paid at the mileage rate."""
    match = _MILES.search(in_english(text or "").lower())
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


def category_from_text(text: str | None) -> str | None:
    """The category a member's words point at. Carer words are checked first: "my disabled
    brother" is care for an adult even though "son"/"child" words also exist. The member's own
    language is read first ("taksówka" is travel)."""
    if found := spoken_category(text or ""):
        return found
    said = f" {normalise(text or '')} "
    if said.strip() in CATEGORY_WORDS:
        return said.strip()
    for name in ("carer", "childcare", "travel"):
        if any(re.search(rf"\b{re.escape(word)}", said) for word in CATEGORY_WORDS[name]):
            return name
    return None


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
    if (found := spoken_category(text)) in ("childcare", "carer"):
        return found
    said = normalise(text)
    if _ADULT_CARE.search(said) and not _CHILD_WORDS.search(said):
        return "carer"
    return "childcare"


# --- receipts ---------------------------------------------------------------------------------

_NO_RECEIPT = re.compile(
    r"\b(no|none|lost|without|haven'?t|have not|don'?t|do not|didn'?t|did not|can'?t|cannot|"
    r"never got|not got)\b"
)


def says_no_receipt(text: str) -> bool:
    """ "no receipt", "lost it", "brak paragonu", "رسید نہیں": the member has none."""
    said = normalise(text)
    if "(photo)" in said:
        return False
    return bool(_NO_RECEIPT.search(said)) or mentions(said, spoken("no_receipt"))
