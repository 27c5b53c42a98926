"""The sections of ``config.yml`` as frozen pydantic models: one class per section, each with
the look-ups the flows and the scheduler use. The sections about what the assistant sends on its
own (reminders, quiet hours, feedback, the register's messages) are in
``bot.config.scheduled_messages``; the whole file is :class:`AssemblyConfig`
(``bot.config.assembly``)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from bot.config.checks import items_of, repeats, text_or_none, validate_and_check
from bot.config.errors import Loc, Problems
from bot.config.values import (
    REQUIRED_WHATSAPP_TEMPLATES,
    WEEKDAYS,
    ContentSid,
    CurrencyCode,
    EmailAddress,
    ExpenseCategoryName,
    Identifier,
    LocalDateTime,
    LocalTime,
    Money,
    PhoneNumber,
    PositiveDuration,
    PositiveMoney,
    TemplateVariable,
    Text,
    TimeZoneName,
    WebAddress,
    Weekday,
)
from bot.i18n.catalogue import t
from bot.i18n.formats import clock, weekday_date

EARTH_RADIUS_KM = 6371.0088  # the mean radius


class Section(BaseModel):
    """Shared settings: unknown keys are errors (typos), and a loaded config cannot be mutated."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class StaffContact(Section):
    """Who a member reaches when the bot cannot help (also the answer to HELP)."""

    phone: PhoneNumber
    email: EmailAddress


class ThankYouPayment(Section):
    """The thank-you payment members receive for taking part."""

    amount: Money
    per: Literal["weekend", "session", "day", "assembly"]
    paid_within: Text


class Assembly(Section):
    """Who we are, in which time zone, and how to reach a person."""

    name: Text
    short_name: Text
    timezone: TimeZoneName
    staff_contact: StaffContact
    privacy_notice_url: WebAddress
    thank_you_payment: ThankYouPayment

    @property
    def tz(self) -> ZoneInfo:
        """The zone every local time in the file is in."""
        return ZoneInfo(self.timezone)


class Venue(Section):
    """A place sessions happen; the bot quotes these fields verbatim."""

    name: Text
    address: Text
    directions: Text
    accessibility: Text
    # Where it is (decimal degrees), so a member who shares their location is told how far it
    # is; optional, but both or neither.
    latitude: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = None

    @model_validator(mode="after")
    def _both_coordinates(self) -> Venue:
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise Problems([((missing,), "give both latitude and longitude, or neither")])
        return self

    def km_from(self, latitude: float, longitude: float) -> float | None:
        """How far this venue is from a point, as the crow flies (haversine), in km; None
        when the venue's coordinates are not configured."""
        if self.latitude is None or self.longitude is None:
            return None
        lat1, lat2 = math.radians(latitude), math.radians(self.latitude)
        half_dlat = (lat2 - lat1) / 2
        half_dlon = math.radians(self.longitude - longitude) / 2
        a = math.sin(half_dlat) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(half_dlon) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


class AssemblySession(Section):
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
    def _ends_after_starts(self) -> AssemblySession:
        if (self.starts.tzinfo is None) != (self.ends.tzinfo is None):
            raise Problems([(("ends",), "give starts and ends the same way, as local times")])
        if self.ends <= self.starts:
            raise Problems([(("ends",), f"must be after starts ({self.starts:%Y-%m-%dT%H:%M})")])
        return self

    @property
    def day(self) -> date:
        """The local calendar day the session starts on."""
        return self.starts.date()

    @property
    def duration(self) -> timedelta:
        return self.ends - self.starts

    def describe_time(self) -> str:
        """A member-facing time in the language being spoken, e.g. "Saturday 20 February
        2027, 10:00 to 16:30"."""
        day = weekday_date(self.starts, year=True)
        return t("session.time", date=day, start=clock(self.starts), end=clock(self.ends))


class ExpenseCategory(Section):
    """What a member may claim in one category, and up to how much."""

    cap: PositiveMoney
    per: Literal["day", "session"]
    receipt_required: bool
    notes: str = ""


class Expenses(Section):
    """The expenses policy the bot explains and checks claims against."""

    currency: CurrencyCode
    claim_deadline_days: int = Field(gt=0)
    payment_timeline: Text
    mileage_rate: Money
    categories: dict[ExpenseCategoryName, ExpenseCategory] = Field(min_length=1)

    def category(self, name: str) -> ExpenseCategory | None:
        """The category's rules, or None when this assembly does not cover it."""
        categories: Mapping[str, ExpenseCategory] = self.categories
        return categories.get(name)


class OfficeHours(Section):
    """When staff can pick up a handed-over conversation."""

    days: list[Weekday] = Field(min_length=1)
    start: LocalTime
    end: LocalTime

    @field_validator("days", mode="wrap")
    @classmethod
    def _days_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            return repeats([text_or_none(day) for day in items_of(raw)], "day")

        return validate_and_check(value, handler, check)

    @model_validator(mode="after")
    def _end_after_start(self) -> OfficeHours:
        if self.end <= self.start:
            raise Problems([(("end",), f"must be after start ({self.start:%H:%M})")])
        return self

    def is_open(self, moment: datetime) -> bool:
        """Are staff around at this local moment (already in the assembly's zone)?"""
        return WEEKDAYS[moment.weekday()] in self.days and self.start <= moment.time() < self.end

    def after_office_time(self, start: datetime, duration: timedelta) -> datetime:
        """The local moment when `duration` of office time has passed since `start` (local):
        a takeover at 17:30 with 2h to answer runs until 10:30 the next office day."""
        remaining, day = duration, start
        for _ in range(366):  # more days than any timeout spans
            if WEEKDAYS[day.weekday()] in self.days:
                opens = day.replace(
                    hour=self.start.hour, minute=self.start.minute, second=0, microsecond=0
                )
                closes = opens.replace(hour=self.end.hour, minute=self.end.minute)
                begin = max(opens, start)
                if begin < closes:
                    if begin + remaining <= closes:
                        return begin + remaining
                    remaining -= closes - begin
            day = (day + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        return start + duration


class Handover(Section):
    """When the bot gives up and a person takes over."""

    fallback_threshold: float = Field(ge=0, le=1)
    office_hours: OfficeHours
    # How much office time a person has to answer a conversation they (or the member) took
    # before the bot says nobody has come yet and answers again.
    takeover_timeout: PositiveDuration = timedelta(hours=2)


class WhatsAppTemplate(Section):
    """An approved Twilio Content template and the order of its placeholders {{1}}, {{2}}, ..."""

    content_sid: ContentSid
    variables: list[TemplateVariable] = Field(default_factory=list)
    # The same template approved in other languages: {language code: content sid}.
    languages: dict[str, ContentSid] = Field(default_factory=dict)

    def content_sid_for(self, language: str) -> str:
        """The approved template in the member's language, else the default one."""
        return self.languages.get(language, self.content_sid)

    @field_validator("variables", mode="wrap")
    @classmethod
    def _variables_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            return repeats([text_or_none(name) for name in items_of(raw)], "variable")

        return validate_and_check(value, handler, check)

    def content_variables(self, values: Mapping[str, str]) -> dict[str, str]:
        """Twilio's ``content_variables`` ({"1": ..., "2": ...}) from named values.

        Raises KeyError when a value is missing, rather than sending a template with a blank.
        """
        return {
            str(position): str(values[name])
            for position, name in enumerate(self.variables, start=1)
        }


class WhatsApp(Section):
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

        return validate_and_check(value, handler, check)


class Channels(Section):
    """Per-channel settings; absent means the channel needs nothing from this file."""

    whatsapp: WhatsApp | None = None


class Retention(Section):
    """How long each kind of data is kept after the assembly's last session; anything made
    later is kept at least as long after it was made. The scheduler's daily clean-up removes
    the rest (bot.scheduling.retention). The defaults are the contract's."""

    messages: PositiveDuration = timedelta(days=180)  # and Rasa's record of the conversation
    media: PositiveDuration = timedelta(days=90)  # photos and documents members sent
    outbox: PositiveDuration = timedelta(days=30)  # the texts of messages we sent
    audit: PositiveDuration = timedelta(days=365)  # the audit log of staff actions
