"""The config's value types: durations, money, local times, ids and the checked strings (phone,
email, web address, Twilio Content SID, currency), plus the names other code relies on.

Each type parses the text staff write and explains a mistake in words they can act on. Money is
also *shown* here, so every message gives the same sum the same way.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BeforeValidator

# --------------------------------------------------------------------------------------------
# Names other parts of the code rely on (one place each, so a new name is added once).
# --------------------------------------------------------------------------------------------

#: Placeholders a WhatsApp template may use; the worker fills them from the member and session.
TEMPLATE_VARIABLES: tuple[str, ...] = (
    "first_name",
    "last_name",
    "assembly_name",
    "session_title",
    "starts_at",
    "venue_name",
    "venue_address",
    "amount",
    "claim_status",
)

#: Templates the code sends outside WhatsApp's 24-hour window; without them WhatsApp cannot work.
REQUIRED_WHATSAPP_TEMPLATES: tuple[str, ...] = (
    "invitation",
    "reminder",
    "feedback_request",
    "staff_reply",
    "broadcast",
    "claim_update",
    "payment_paid",
)

#: Expense categories the NLU can recognise (entity ``expense_category``); any other name is a typo.
EXPENSE_CATEGORIES: tuple[str, ...] = ("travel", "childcare", "carer")

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

ExpenseCategoryName = Literal["travel", "childcare", "carer"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
QuestionType = Literal["rating", "yesno", "text"]

# --------------------------------------------------------------------------------------------
# Scalar types: durations, money, local times
# --------------------------------------------------------------------------------------------

_DURATION_RE = re.compile(r"^(\d+)([smhd])$")
_DURATION_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_DURATION_HELP = "write a whole number and a unit s, m, h or d, e.g. 45s, 30m, 2h, 7d"


def parse_duration(value: object) -> timedelta:
    """Turn ``"30m"``/``"2h"``/``"7d"`` into a timedelta; anything else is a mistake we explain."""
    if isinstance(value, timedelta):
        if value < timedelta(0):
            raise ValueError(f"must not be negative (got {value})")
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise ValueError(f"expected a duration, {_DURATION_HELP}")
    if not isinstance(value, str):
        raise ValueError(f"{value} has no unit: {_DURATION_HELP}")
    text = value.strip()
    if text.startswith("-"):
        raise ValueError(f"{value!r}: must not be negative")
    match = _DURATION_RE.match(text)
    if not match:
        raise ValueError(f"{value!r} is not a duration: {_DURATION_HELP}")
    number, unit = match.groups()
    try:
        return timedelta(**{_DURATION_UNITS[unit]: int(number)})
    except OverflowError:
        raise ValueError(f"{value!r} is too long") from None


def format_duration(value: timedelta) -> str:
    """The shortest config spelling of a duration (``timedelta(days=7)`` -> ``"7d"``).

    Used as a stable key, e.g. in the reminder idempotency key ``reminder:<member>:<session>:7d``.
    """
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _positive_duration(value: timedelta) -> timedelta:
    if value <= timedelta(0):
        raise ValueError("must be more than 0, e.g. 2h")
    return value


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
PositiveDuration = Annotated[
    timedelta, BeforeValidator(parse_duration), AfterValidator(_positive_duration)
]

_PENNY = Decimal("0.01")
_MONEY_TEXT_RE = re.compile(r"^-?\d+(\.\d+)?$")


def parse_money(value: object) -> Decimal:
    """An amount as a Decimal with exactly 2 decimal places (a float would make 0.45 0.4499...)."""
    if isinstance(value, bool):
        raise ValueError("expected an amount such as 30.00, not yes/no")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))  # the shortest text that round-trips, not the binary value
    elif isinstance(value, str) and _MONEY_TEXT_RE.match(value.strip()):
        amount = Decimal(value.strip())
    else:
        raise ValueError(f"expected an amount such as 30.00 (no currency sign), got {value!r}")
    if not amount.is_finite():
        raise ValueError(f"expected an amount such as 30.00, got {value!r}")
    if amount < 0:
        raise ValueError(f"must not be negative (got {amount})")
    if amount != amount.quantize(_PENNY):
        raise ValueError(f"use at most 2 decimal places (got {amount})")
    return amount.quantize(_PENNY)


def _more_than_zero(value: Decimal) -> Decimal:
    if value <= 0:
        raise ValueError("must be more than 0.00")
    return value


Money = Annotated[Decimal, BeforeValidator(parse_money)]
PositiveMoney = Annotated[Decimal, BeforeValidator(parse_money), AfterValidator(_more_than_zero)]

CURRENCY_SYMBOLS: dict[str, str] = {"GBP": "£", "EUR": "€", "USD": "$"}


def format_money(amount: Decimal, currency: str = "GBP") -> str:
    """A sum as every message shows it: "£150" for whole pounds, "£12.50" otherwise, and
    "150 CHF" for a currency without a symbol here; in another language, its own way."""
    from bot.i18n.formats import money

    if (localised := money(amount, currency)) is not None:
        return localised
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


_LOCAL_DT_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_local_datetime(value: object) -> datetime:
    """Wall-clock ``YYYY-MM-DDTHH:MM``: the zone comes from ``assembly.timezone``, not the text."""
    if isinstance(value, datetime):
        return value  # from Python (e.g. a re-validated model_dump); YAML text never arrives here
    if not isinstance(value, str):
        raise ValueError(
            f'expected a local date and time such as "2027-02-20T10:00", got {value!r}'
        )
    text = value.strip()
    match = _LOCAL_DT_RE.match(text)
    if not match:
        if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})$", text):
            raise ValueError(
                f"{value!r}: give the local time without a UTC offset;"
                " assembly.timezone sets the zone"
            )
        raise ValueError(f'{value!r} is not a date and time: write it as "2027-02-20T10:00"')
    year, month, day, hour, minute, second = (int(part) if part else 0 for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date and time ({exc})") from None


_LOCAL_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_local_time(value: object) -> time:
    """A time of day ``HH:MM`` (24-hour clock), e.g. for quiet hours and office hours."""
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        match = _LOCAL_TIME_RE.match(value.strip())
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return time(hour, minute)
    raise ValueError(
        f'expected a time of day such as "21:00" (24-hour clock, in quotes), got {value!r}'
    )


LocalDateTime = Annotated[datetime, BeforeValidator(parse_local_datetime)]
LocalTime = Annotated[time, BeforeValidator(parse_local_time)]

# --------------------------------------------------------------------------------------------
# Checked strings: ids, text, time zones, contact details, template names, currency codes
# --------------------------------------------------------------------------------------------

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _identifier(value: str) -> str:
    if not _ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use lower-case letters, digits, '-' or '_' (e.g. w1-sat)"
        )
    return value


def _not_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    return value


Identifier = Annotated[str, AfterValidator(_identifier)]
Text = Annotated[str, AfterValidator(_not_blank)]


def timezone_name(value: str) -> str:
    """The name itself when it is a time zone this machine knows, else a ValueError to show."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}: use a name such as Europe/London") from None
    return value


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if not re.match(r"^\+?[0-9 ()-]+$", value) or not 10 <= len(digits) <= 15:
        raise ValueError(f'{value!r} does not look like a phone number, e.g. "+44 20 8496 0000"')
    return value


def _email(value: str) -> str:
    if not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value):
        raise ValueError(f"{value!r} does not look like an email address")
    return value


def _web_address(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{value!r} is not a web address starting with https://")
    return value


def _content_sid(value: str) -> str:
    if not re.match(r"^HX[0-9a-f]{32}$", value, re.IGNORECASE):
        raise ValueError(
            f"{value!r} is not a Twilio Content SID (HX followed by 32 hex characters)"
        )
    return value


def _template_variable(value: str) -> str:
    if value not in TEMPLATE_VARIABLES:
        raise ValueError(
            f"unknown variable {value!r}; known variables: {', '.join(TEMPLATE_VARIABLES)}"
        )
    return value


def _currency(value: str) -> str:
    if not re.match(r"^[A-Z]{3}$", value):
        raise ValueError(f"{value!r} is not a currency code such as GBP")
    return value


TimeZoneName = Annotated[str, AfterValidator(timezone_name)]
PhoneNumber = Annotated[str, AfterValidator(_phone)]
EmailAddress = Annotated[str, AfterValidator(_email)]
WebAddress = Annotated[str, AfterValidator(_web_address)]
ContentSid = Annotated[str, AfterValidator(_content_sid)]
TemplateVariable = Annotated[str, AfterValidator(_template_variable)]
CurrencyCode = Annotated[str, AfterValidator(_currency)]
