"""The assembly's configuration (``config.yml``, CONTRACT.md section 5) as typed, validated models.

Every answer the bot gives about dates, places, payment and expense limits comes from this file,
and council staff edit it by hand. So validation is strict (``extra="forbid"`` catches a
misspelt key) and :func:`check_config_file` reports *every* problem at once, each with its YAML
path and line, instead of stopping at the first.

Public API:

* :func:`load_config` -- parse and validate, raising :class:`ConfigError` (``.problems``).
* :func:`load_config_cached` -- the same, but re-read only when the file changes on disk, so the
  running bot answers from the current file without a restart.
* :func:`check_config_file` -- every problem as ``"<yaml path> (line N): <reason>"``.
* :class:`AssemblyConfig` and its parts; session times are timezone-aware in the assembly's zone.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import threading
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal, Union
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from yaml.constructor import SafeConstructor

logger = logging.getLogger(__name__)

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
)

#: Expense categories the NLU can recognise (entity ``expense_category``); any other name is a typo.
EXPENSE_CATEGORIES: tuple[str, ...] = ("travel", "childcare", "carer")

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

ExpenseCategoryName = Literal["travel", "childcare", "carer"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
QuestionType = Literal["rating", "yesno", "text"]

Loc = tuple[str | int, ...]

# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: Sequence[str], path: str | os.PathLike[str] | None = None) -> None:
        self.problems: list[str] = list(problems)
        self.path = str(path) if path is not None else None
        where = self.path or "configuration"
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{where}: {count} problem{'s' if count != 1 else ''}\n{lines}")


class _Problems(ValueError):
    """Several problems found by one validator, each at its own location below the validated value.

    pydantic keeps the raised exception in the error's ``ctx``, so the converter can put each
    problem at its own path (e.g. ``sessions[3].venue``) instead of one vague message.
    """

    def __init__(
        self, items: Sequence[tuple[Loc, str]], nested: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        self.items = list(items)
        #: pydantic error dicts from inside the value, kept raw so they are converted like any other
        self.nested = list(nested)
        super().__init__("; ".join(message for _, message in self.items) or "invalid")


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


def _timezone_name(value: str) -> str:
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


def _repeats(
    values: Sequence[object], what: str, field: str | None = None
) -> list[tuple[Loc, str]]:
    """Each repeat at its own index, so the editor can find the second copy; None is skipped."""
    first_seen: dict[object, int] = {}
    problems: list[tuple[Loc, str]] = []
    for index, value in enumerate(values):
        if value is None:
            continue
        if value in first_seen:
            loc: Loc = (index, field) if field else (index,)
            problems.append((loc, f"duplicate {what} {value!r} (already at [{first_seen[value]}])"))
        else:
            first_seen[value] = index
    return problems


def _validate_and_check(
    value: object,
    handler: ValidatorFunctionWrapHandler,
    check: Callable[[object], list[tuple[Loc, str]]],
) -> Any:
    """Run the normal validation *and* a whole-collection check on the raw value.

    A plain after-validator would be skipped whenever one item is invalid, hiding (say) a missing
    template until the editor fixed an unrelated typo; this reports both in one pass.
    """
    nested: list[Mapping[str, Any]] = []
    result: Any = None
    try:
        result = handler(value)
    except ValidationError as error:
        nested = list(error.errors())
    problems = check(value)
    if nested or problems:
        raise _Problems(problems, nested)
    return result


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _field_of(item: object, field: str) -> str | None:
    """A text field of a raw list item, or None when it is missing or malformed."""
    return _text_or_none(item.get(field)) if isinstance(item, dict) else None


def _duration_or_none(item: object) -> str | None:
    try:
        before = item.get("before") if isinstance(item, dict) else None
        return format_duration(parse_duration(before))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------------


class _Section(BaseModel):
    """Shared settings: unknown keys are errors (typos), and a loaded config cannot be mutated."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StaffContact(_Section):
    """Who a member reaches when the bot cannot help (also the answer to HELP)."""

    phone: Annotated[str, AfterValidator(_phone)]
    email: Annotated[str, AfterValidator(_email)]


class ThankYouPayment(_Section):
    """The thank-you payment members receive for taking part."""

    amount: Money
    per: Literal["weekend", "session", "day", "assembly"]
    paid_within: Text


class Assembly(_Section):
    """Who we are, in which time zone, and how to reach a person."""

    name: Text
    short_name: Text
    timezone: Annotated[str, AfterValidator(_timezone_name)]
    staff_contact: StaffContact
    privacy_notice_url: Annotated[str, AfterValidator(_web_address)]
    thank_you_payment: ThankYouPayment

    @property
    def tz(self) -> ZoneInfo:
        """The zone every local time in the file is in."""
        return ZoneInfo(self.timezone)


class Venue(_Section):
    """A place sessions happen; the bot quotes these fields verbatim."""

    name: Text
    address: Text
    directions: Text
    accessibility: Text


class Session(_Section):
    """One day of the assembly.

    ``starts`` and ``ends`` are written as local wall-clock times in the file; once loaded through
    :class:`AssemblyConfig` they are timezone-aware datetimes in ``assembly.timezone``.
    """

    id: Identifier
    title: Text
    starts: LocalDateTime
    ends: LocalDateTime
    venue: Identifier
    catering: Text

    @model_validator(mode="after")
    def _ends_after_starts(self) -> Session:
        if (self.starts.tzinfo is None) != (self.ends.tzinfo is None):
            raise _Problems([(("ends",), "give starts and ends the same way, as local times")])
        if self.ends <= self.starts:
            raise _Problems([(("ends",), f"must be after starts ({self.starts:%Y-%m-%dT%H:%M})")])
        return self

    @property
    def day(self) -> date:
        """The local calendar day the session starts on."""
        return self.starts.date()

    @property
    def duration(self) -> timedelta:
        return self.ends - self.starts

    def describe_time(self) -> str:
        """A member-facing time, e.g. "Saturday 20 February 2027, 10:00 to 16:30"."""
        day = f"{self.starts:%A} {self.starts.day} {self.starts:%B %Y}"
        return f"{day}, {self.starts:%H:%M} to {self.ends:%H:%M}"


class Reminder(_Section):
    """Each session gets one reminder this long before it starts."""

    before: PositiveDuration

    @property
    def key(self) -> str:
        """Stable text for idempotency keys, e.g. ``"7d"``."""
        return format_duration(self.before)


class QuietHours(_Section):
    """Scheduled messages are held back in these local hours; the window may wrap midnight."""

    start: LocalTime
    end: LocalTime

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise _Problems(
                [(("end",), "must differ from start (a window from a time to itself is empty)")]
            )
        return self

    def contains(self, moment: time) -> bool:
        """Is this local time of day inside the quiet hours?"""
        moment = moment.replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class FeedbackQuestion(_Section):
    """One question asked after each session."""

    id: Identifier
    type: QuestionType
    text: Text


class Feedback(_Section):
    """When and how we ask members what they thought of a session."""

    after: Duration
    anonymous: bool
    questions: list[FeedbackQuestion] = Field(min_length=1)

    @field_validator("questions", mode="wrap")
    @classmethod
    def _ids_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            ids = [_field_of(item, "id") for item in _items(raw)]
            return _repeats(ids, "question id", "id")

        return _validate_and_check(value, handler, check)


class ExpenseCategory(_Section):
    """What a member may claim in one category, and up to how much."""

    cap: PositiveMoney
    per: Literal["day", "session"]
    receipt_required: bool
    notes: str = ""


class Expenses(_Section):
    """The expenses policy the bot explains and checks claims against."""

    currency: Annotated[str, AfterValidator(_currency)]
    claim_deadline_days: int = Field(gt=0)
    payment_timeline: Text
    mileage_rate: Money
    categories: dict[ExpenseCategoryName, ExpenseCategory] = Field(min_length=1)

    def category(self, name: str) -> ExpenseCategory | None:
        """The category's rules, or None when this assembly does not cover it."""
        categories: Mapping[str, ExpenseCategory] = self.categories
        return categories.get(name)


class OfficeHours(_Section):
    """When staff can pick up a handed-over conversation."""

    days: list[Weekday] = Field(min_length=1)
    start: LocalTime
    end: LocalTime

    @field_validator("days", mode="wrap")
    @classmethod
    def _days_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            return _repeats([_text_or_none(day) for day in _items(raw)], "day")

        return _validate_and_check(value, handler, check)

    @model_validator(mode="after")
    def _end_after_start(self) -> OfficeHours:
        if self.end <= self.start:
            raise _Problems([(("end",), f"must be after start ({self.start:%H:%M})")])
        return self

    def is_open(self, moment: datetime) -> bool:
        """Are staff around at this local moment (already in the assembly's zone)?"""
        return WEEKDAYS[moment.weekday()] in self.days and self.start <= moment.time() < self.end


class Handover(_Section):
    """When the bot gives up and a person takes over."""

    fallback_threshold: float = Field(ge=0, le=1)
    office_hours: OfficeHours


class WhatsAppTemplate(_Section):
    """An approved Twilio Content template and the order of its placeholders {{1}}, {{2}}, ..."""

    content_sid: Annotated[str, AfterValidator(_content_sid)]
    variables: list[Annotated[str, AfterValidator(_template_variable)]] = Field(
        default_factory=list
    )

    @field_validator("variables", mode="wrap")
    @classmethod
    def _variables_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            return _repeats([_text_or_none(name) for name in _items(raw)], "variable")

        return _validate_and_check(value, handler, check)

    def content_variables(self, values: Mapping[str, str]) -> dict[str, str]:
        """Twilio's ``content_variables`` ({"1": ..., "2": ...}) from named values.

        Raises KeyError when a value is missing, rather than sending a template with a blank.
        """
        return {
            str(position): str(values[name])
            for position, name in enumerate(self.variables, start=1)
        }


class WhatsApp(_Section):
    """WhatsApp settings that live with the assembly (credentials are environment settings)."""

    templates: dict[Identifier, WhatsAppTemplate]

    @field_validator("templates", mode="wrap")
    @classmethod
    def _required_present(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            if not isinstance(raw, dict):
                return []
            missing = [name for name in REQUIRED_WHATSAPP_TEMPLATES if name not in raw]
            if not missing:
                return []
            plural = "s" if len(missing) > 1 else ""
            return [((), f"missing required template{plural}: {', '.join(missing)}")]

        return _validate_and_check(value, handler, check)


class Channels(_Section):
    """Per-channel settings; absent means the channel needs nothing from this file."""

    whatsapp: WhatsApp | None = None


class AssemblyConfig(_Section):
    """The whole ``config.yml``. Build it with :func:`load_config` or :meth:`from_data`."""

    assembly: Assembly
    venues: dict[Identifier, Venue] = Field(min_length=1)
    sessions: list[Session] = Field(min_length=1)
    reminders: list[Reminder]
    quiet_hours: QuietHours
    feedback: Feedback
    expenses: Expenses
    handover: Handover
    channels: Channels = Field(default_factory=Channels)

    @field_validator("reminders", mode="wrap")
    @classmethod
    def _reminders_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            offsets = [_duration_or_none(item) for item in _items(raw)]
            return _repeats(offsets, "reminder", "before")

        return _validate_and_check(value, handler, check)

    @model_validator(mode="after")
    def _sessions_fit_together(self) -> AssemblyConfig:
        """Make session times aware and check them against each other and the venues."""
        aware, problems = _check_sessions(
            list(enumerate(self.sessions)), set(self.venues), self.assembly.tz
        )
        if problems:
            raise _Problems(problems)
        # Frozen models: the localised copies replace the wall-clock ones once, during validation.
        object.__setattr__(self, "sessions", [session for _, session in aware])
        return self

    @classmethod
    def from_data(cls, data: object) -> AssemblyConfig:
        """Validate already-parsed YAML data; raises ConfigError with every problem."""
        config, problems = _validate(data)
        if config is None:
            raise ConfigError(_format_problems(problems, {}))
        return config

    # -- look-ups the flows and the scheduler use -------------------------------------------

    @property
    def tz(self) -> ZoneInfo:
        """The assembly's time zone."""
        return self.assembly.tz

    def session(self, session_id: str) -> Session | None:
        """The session with this id, or None (the file may have changed since the id was stored)."""
        return next((session for session in self.sessions if session.id == session_id), None)

    def venue_for(self, session: Session | str) -> Venue:
        """Where a session (or session id) takes place."""
        if isinstance(session, str):
            found = self.session(session)
            if found is None:
                raise KeyError(f"unknown session {session!r}")
            session = found
        return self.venues[session.venue]

    def category(self, name: str) -> ExpenseCategory | None:
        """An expense category's rules, or None when it is not covered."""
        return self.expenses.category(name)

    def template(self, name: str) -> WhatsAppTemplate | None:
        """A WhatsApp template by name, or None when WhatsApp is not configured."""
        whatsapp = self.channels.whatsapp
        return whatsapp.templates.get(name) if whatsapp else None

    def sessions_by_weekend(self) -> dict[str, list[Session]]:
        """Sessions grouped as "Weekend 1", "Weekend 2", ...: sessions on consecutive days group.

        Members talk about weekends ("next weekend", "weekend 2") and the thank-you payment is per
        weekend, so the grouping lives here rather than in each flow.
        """
        groups: dict[str, list[Session]] = {}
        previous_day: date | None = None
        current: list[Session] = []
        for session in sorted(self.sessions, key=lambda item: item.starts):
            if previous_day is None or (session.day - previous_day).days > 1:
                current = []
                groups[f"Weekend {len(groups) + 1}"] = current
            current.append(session)
            previous_day = session.day
        return groups

    def weekend_of(self, session: Session | str) -> str | None:
        """The "Weekend N" label a session belongs to."""
        session_id = session if isinstance(session, str) else session.id
        for label, sessions in self.sessions_by_weekend().items():
            if any(item.id == session_id for item in sessions):
                return label
        return None

    def next_session(self, after: datetime) -> Session | None:
        """The first session starting after this (aware) moment, for "when is the next one?"."""
        upcoming = [session for session in self.sessions if session.starts > after]
        return min(upcoming, key=lambda item: item.starts, default=None)

    def next_send_time(self, moment: datetime) -> datetime:
        """The moment itself, or the end of the quiet hours it falls in (in the assembly's zone)."""
        local = moment.astimezone(self.tz)
        quiet = self.quiet_hours
        if not quiet.contains(local.time()):
            return local
        day = local.date()
        if quiet.start > quiet.end and local.time() >= quiet.start:
            day += timedelta(days=1)  # evening part of a window that wraps midnight: ends tomorrow
        return datetime.combine(day, quiet.end, tzinfo=self.tz)

    def is_office_hours(self, moment: datetime) -> bool:
        """Are staff expected to be around at this moment?"""
        return self.handover.office_hours.is_open(moment.astimezone(self.tz))


# --------------------------------------------------------------------------------------------
# Session cross-checks (shared by the model and the every-problem report)
# --------------------------------------------------------------------------------------------


def _localise(wall_clock: datetime, tz: ZoneInfo) -> datetime:
    """Attach the zone, refusing times the clocks skip or repeat (people would come an hour out)."""
    if wall_clock.tzinfo is not None:
        return wall_clock.astimezone(tz)
    aware = wall_clock.replace(tzinfo=tz)
    if aware.astimezone(ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None) != wall_clock:
        raise ValueError(
            f"{wall_clock:%Y-%m-%dT%H:%M} does not exist in {tz.key} (the clocks go forward)"
        )
    if aware.utcoffset() != wall_clock.replace(tzinfo=tz, fold=1).utcoffset():
        raise ValueError(
            f"{wall_clock:%Y-%m-%dT%H:%M} happens twice in {tz.key} (the clocks go back)"
        )
    return aware


def _check_sessions(
    sessions: Sequence[tuple[int, Session]],
    venue_ids: set[str] | None,
    tz: ZoneInfo | None,
) -> tuple[list[tuple[int, Session]], list[tuple[Loc, str]]]:
    """Localise session times and check ids, venues, order and overlaps.

    Works on whichever sessions validated on their own, so a mistake in one session (or in another
    section) does not hide an unknown venue or an overlap elsewhere.
    """
    problems: list[tuple[Loc, str]] = []
    placed: list[tuple[int, Session]] = []
    for index, session in sessions:
        times: dict[str, datetime] = {}
        for field in ("starts", "ends"):
            value: datetime = getattr(session, field)
            try:
                times[field] = _localise(value, tz) if tz is not None else value
            except ValueError as exc:
                problems.append((("sessions", index, field), str(exc)))
        if len(times) == 2:
            placed.append((index, session.model_copy(update=times)))
        if venue_ids is not None and session.venue not in venue_ids:
            known = ", ".join(sorted(venue_ids)) or "none defined"
            problems.append(
                (("sessions", index, "venue"), f"unknown venue {session.venue!r} (venues: {known})")
            )

    first_index: dict[str, int] = {}
    for index, session in sessions:
        if session.id in first_index:
            problems.append(
                (
                    ("sessions", index, "id"),
                    f"duplicate session id {session.id!r}"
                    f" (already sessions[{first_index[session.id]}])",
                )
            )
        else:
            first_index[session.id] = index

    for (_, earlier), (index, later) in itertools.pairwise(placed):
        if later.starts < earlier.starts:
            problems.append(
                (
                    ("sessions", index, "starts"),
                    f"{later.id} starts before {earlier.id} ({_when(earlier.starts)}),"
                    " which is listed above it;"
                    " list sessions in date order",
                )
            )
    by_start = sorted(placed, key=lambda item: item[1].starts)
    for (_, earlier), (index, later) in itertools.pairwise(by_start):
        if later.starts < earlier.ends:
            problems.append(
                (
                    ("sessions", index, "starts"),
                    f"{later.id} ({_when(later.starts)} to {later.ends:%H:%M})"
                    f" overlaps {earlier.id}"
                    f" ({_when(earlier.starts)} to {earlier.ends:%H:%M})",
                )
            )
    return placed, problems


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H:%M}"


# --------------------------------------------------------------------------------------------
# YAML: exact numbers, timestamps left as text, duplicate keys and line numbers
# --------------------------------------------------------------------------------------------


class _ConfigLoader(yaml.SafeLoader):
    """SafeLoader that keeps numbers exact and leaves times as text for our own checks.

    * ``0.45`` becomes ``Decimal("0.45")``, never the float 0.450000000000000011...
    * ``21:00`` stays ``"21:00"`` (YAML 1.1 would read it as the base-60 number 1260).
    * ``2027-02-20 10:00:00`` stays text, so we can insist on a local time without an offset.
    """


def _construct_number_or_text(
    loader: SafeConstructor, node: yaml.ScalarNode, exact: bool
) -> object:
    text = str(loader.construct_scalar(node))
    if ":" in text:
        return text
    if exact:
        try:
            number = Decimal(text.replace("_", ""))
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            return number
        return SafeConstructor.construct_yaml_float(loader, node)
    return SafeConstructor.construct_yaml_int(loader, node)


_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:float",
    lambda loader, node: _construct_number_or_text(loader, node, exact=True),
)
_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:int",
    lambda loader, node: _construct_number_or_text(loader, node, exact=False),
)
_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: str(loader.construct_scalar(node))
)


@dataclass
class _Parsed:
    data: object
    lines: dict[Loc, int]
    problems: list[tuple[Loc, str]]


def _parse_yaml(text: str) -> _Parsed:
    """Parse YAML, remembering the line of every key and list item; raises yaml.YAMLError."""
    loader = _ConfigLoader(text)
    try:
        root = loader.get_single_node()
        lines: dict[Loc, int] = {}
        problems: list[tuple[Loc, str]] = []
        if root is not None:
            _map_lines(root, (), lines, problems, set())
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return _Parsed(data, lines, problems)


def _map_lines(
    node: yaml.Node,
    loc: Loc,
    lines: dict[Loc, int],
    problems: list[tuple[Loc, str]],
    seen: set[int],
) -> None:
    if id(node) in seen:  # an alias: its lines belong to the anchor
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys_at: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                continue
            key, line = key_node.value, key_node.start_mark.line + 1
            if key in keys_at:
                problems.append(
                    (
                        (*loc, key),
                        f"duplicate key (also on line {keys_at[key]}); only the last counts",
                    )
                )
            keys_at[key] = line
            lines.setdefault((*loc, key), line)
            _map_lines(value_node, (*loc, key), lines, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines.setdefault((*loc, index), item.start_mark.line + 1)
            _map_lines(item, (*loc, index), lines, problems, seen)


# --------------------------------------------------------------------------------------------
# Turning pydantic errors into "<yaml path> (line N): <reason>"
# --------------------------------------------------------------------------------------------


def format_path(loc: Iterable[str | int]) -> str:
    """``("sessions", 2, "venue")`` -> ``"sessions[2].venue"``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _line_for(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    """The line of this path, or of its nearest ancestor (a missing key has no line of its own)."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _allowed_keys(loc: Loc) -> list[str]:
    """The keys the model expects at a path, to suggest the right spelling of a mistyped one."""
    current: Any = AssemblyConfig
    parts = list(loc)
    while parts:
        origin = typing.get_origin(current)
        if origin is Annotated:
            current = typing.get_args(current)[0]
            continue
        if origin in (Union, types.UnionType):
            models = [
                arg
                for arg in typing.get_args(current)
                if isinstance(arg, type) and issubclass(arg, BaseModel)
            ]
            if not models:
                return []
            current = models[0]
            continue
        part = parts.pop(0)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        elif origin is list:
            current = typing.get_args(current)[0]
        elif origin is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    while typing.get_origin(current) in (Annotated, Union, types.UnionType):
        args = typing.get_args(current)
        current = next(
            (arg for arg in args if isinstance(arg, type) and issubclass(arg, BaseModel)), args[0]
        )
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _describe_input(value: object) -> str:
    if isinstance(value, (str, int, float, Decimal, bool)) or value is None:
        return f" (got {value!r})" if not isinstance(value, Decimal) else f" (got {value})"
    return ""


def _problems_from(error: ValidationError) -> list[tuple[Loc, str]]:
    return _problems_from_errors(error.errors())


def _problems_from_errors(errors: Iterable[Mapping[str, Any]]) -> list[tuple[Loc, str]]:
    """pydantic error dicts as (path, plain-English reason), expanding our multi-problem errors."""
    problems: list[tuple[Loc, str]] = []
    for item in errors:
        loc: Loc = tuple(part for part in item["loc"] if part != "[key]")
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, _Problems):
            problems.extend((loc + sub_loc, message) for sub_loc, message in cause.items)
            nested = [{**inner, "loc": loc + tuple(inner["loc"])} for inner in cause.nested]
            problems.extend(_problems_from_errors(nested))
            continue
        kind = item["type"]
        if kind == "missing":
            message = "required but missing"
        elif kind == "extra_forbidden":
            allowed = _allowed_keys(loc[:-1])
            message = "unknown key (misspelt?)" + (
                f"; expected one of: {', '.join(allowed)}" if allowed else ""
            )
        elif kind in ("value_error", "assertion_error"):
            message = str(cause) if cause is not None else item["msg"]
        elif "[key]" in item["loc"]:
            message = f"not allowed as a name here: {item['msg']}"
        else:
            message = item["msg"] + _describe_input(item.get("input"))
        problems.append((loc, message))
    return problems


def _validate(data: object) -> tuple[AssemblyConfig | None, list[tuple[Loc, str]]]:
    """Validate parsed data, returning the config or every problem found with its path."""
    raw_problems: list[tuple[Loc, str]] = []
    if data is None:
        raw_problems.append(
            ((), "the file is empty; it needs the sections assembly, venues, sessions, ...")
        )
    elif not isinstance(data, dict):
        raw_problems.append(
            ((), "expected sections such as assembly:, venues:, sessions: at the top level")
        )
    else:
        try:
            config = AssemblyConfig.model_validate(data)
        except ValidationError as error:
            raw_problems.extend(_problems_from(error))
            raw_problems.extend(_session_problems_despite_errors(data))
        else:
            return config, []
    return None, raw_problems


def _session_problems_despite_errors(data: Mapping[str, Any]) -> list[tuple[Loc, str]]:
    """Cross-check the sessions that are fine on their own, when errors elsewhere stopped the model.

    pydantic runs whole-config checks only when every field is valid; without this an unknown
    venue would surface only after the editor had fixed every other mistake.
    """
    raw_sessions = data.get("sessions")
    if not isinstance(raw_sessions, list):
        return []
    valid: list[tuple[int, Session]] = []
    for index, raw in enumerate(raw_sessions):
        try:
            valid.append((index, Session.model_validate(raw)))
        except ValidationError:
            continue  # already reported by the full validation
    venues = data.get("venues")
    venue_ids = {str(key) for key in venues} if isinstance(venues, dict) else None
    assembly = data.get("assembly")
    tz: ZoneInfo | None = None
    if isinstance(assembly, dict) and isinstance(assembly.get("timezone"), str):
        try:
            tz = ZoneInfo(_timezone_name(assembly["timezone"]))
        except ValueError:
            tz = None
    _, problems = _check_sessions(valid, venue_ids, tz)
    return problems


def _format_problems(problems: Iterable[tuple[Loc, str]], lines: Mapping[Loc, int]) -> list[str]:
    """Format as "<path> (line N): <reason>", in file order so the editor can work top to bottom."""
    located = [(loc, message, _line_for(loc, lines)) for loc, message in problems]
    located.sort(key=lambda item: item[2] if item[2] is not None else float("inf"))
    formatted: list[str] = []
    for loc, message, line in located:
        where = format_path(loc) + (f" (line {line})" if line is not None else "")
        text = f"{where}: {message}"
        if text not in formatted:
            formatted.append(text)
    return formatted


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def _check_text(text: str) -> tuple[AssemblyConfig | None, list[str]]:
    try:
        parsed = _parse_yaml(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(unknown line)"
        reason = " ".join(part for part in (error.context, error.problem) if part)
        return None, [f"{where}: YAML syntax error: {reason}"]
    except yaml.YAMLError as error:
        return None, [f"(file): YAML syntax error: {error}"]
    config, problems = _validate(parsed.data)
    problems = parsed.problems + problems  # duplicate keys first: they may explain the rest
    if problems:
        return None, _format_problems(problems, parsed.lines)
    return config, []


def _check_path(path: str | os.PathLike[str]) -> tuple[AssemblyConfig | None, list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [f"{path}: file not found"]
    except IsADirectoryError:
        return None, [f"{path}: is a folder, not a file"]
    except UnicodeDecodeError as error:
        return None, [f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"]
    except OSError as error:
        return None, [f"{path}: cannot be read ({error.strerror})"]
    return _check_text(text)


def check_config_text(text: str) -> list[str]:
    """Every problem in YAML text; empty when the config is usable."""
    return _check_text(text)[1]


def parse_config_text(text: str) -> AssemblyConfig:
    """Build a config from YAML text (handy in tests); raises ConfigError."""
    config, problems = _check_text(text)
    if config is None:
        raise ConfigError(problems)
    return config


def check_config_file(path: str | os.PathLike[str]) -> list[str]:
    """Every problem in the file as "<yaml path> (line N): <reason>"; empty when it is usable."""
    return _check_path(path)[1]


def load_config(path: str | os.PathLike[str]) -> AssemblyConfig:
    """Read and validate the assembly config; raises ConfigError listing every problem."""
    config, problems = _check_path(path)
    if config is None:
        raise ConfigError(problems, path)
    return config


_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int, int], AssemblyConfig]] = {}


def load_config_cached(path: str | os.PathLike[str]) -> AssemblyConfig:
    """The config, re-read only when the file changed on disk (modification time, size or inode).

    Staff edit config.yml while the bot runs and expect the next answer to use it. If an edit
    breaks the file, the last good version keeps serving (and the error is logged) rather than
    every member getting an error; with no good version yet, ConfigError is raised.
    """
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
        signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except OSError:
        signature = (-1, -1, -1)
    with _cache_lock:
        cached = _cache.get(resolved)
        if cached is not None and cached[0] == signature:
            return cached[1]
        try:
            config = load_config(resolved)
        except ConfigError as error:
            if cached is None:
                raise
            logger.error(
                "config %s changed but has %d problem(s); still using the previous version",
                resolved,
                len(error.problems),
            )
            _cache[resolved] = (signature, cached[1])
            return cached[1]
        _cache[resolved] = (signature, config)
        return config


def clear_config_cache() -> None:
    """Forget cached configs (tests that rewrite files within one clock tick)."""
    with _cache_lock:
        _cache.clear()
