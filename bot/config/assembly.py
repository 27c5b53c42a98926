"""The whole ``config.yml`` (:class:`AssemblyConfig`) and the look-ups the flows, the scheduler
and the gateway share, so each fact is worked out (and worded) in one place."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import Field, ValidatorFunctionWrapHandler, field_validator, model_validator

from bot.config.checks import (
    check_sessions,
    duration_or_none,
    items_of,
    repeats,
    validate_and_check,
)
from bot.config.errors import ConfigError, Loc, Problems
from bot.config.models import (
    Assembly,
    AssemblySession,
    Channels,
    ExpenseCategory,
    Expenses,
    Handover,
    Retention,
    Section,
    Venue,
    WhatsAppTemplate,
)
from bot.config.scheduled_messages import Feedback, QuietHours, Register, Reminder
from bot.config.values import Identifier
from bot.i18n.catalogue import t
from bot.i18n.formats import clock, weekday
from bot.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES


class AssemblyConfig(Section):
    """The whole ``config.yml``. Build it with :func:`load_config` or :meth:`from_data`."""

    assembly: Assembly
    venues: dict[Identifier, Venue] = Field(min_length=1)
    sessions: list[AssemblySession] = Field(min_length=1)
    reminders: list[Reminder]
    quiet_hours: QuietHours
    feedback: Feedback
    expenses: Expenses
    handover: Handover
    channels: Channels = Field(default_factory=Channels)
    retention: Retention = Field(default_factory=Retention)
    check_in: Register = Field(default_factory=Register)
    # The languages the assistant speaks (English first); a member's other language reads English.
    languages: list[str] = Field(default_factory=lambda: ["en"])

    @field_validator("languages")
    @classmethod
    def _languages_supported(cls, value: list[str]) -> list[str]:
        unknown = [code for code in value if code not in LANGUAGES]
        if unknown:
            supported = ", ".join(LANGUAGES)
            raise ValueError(
                f"unsupported language(s) {', '.join(unknown)}; supported: {supported}"
            )
        if DEFAULT_LANGUAGE not in value:
            raise ValueError("must include en (the language every text is written in first)")
        if len(set(value)) != len(value):
            raise ValueError("a language is listed twice")
        return value

    @model_validator(mode="after")
    def _translations_in_spoken_languages(self) -> AssemblyConfig:
        whatsapp = self.channels.whatsapp
        problems = [
            (("channels", "whatsapp", "templates", name, "languages", code), "not one of languages")
            for name, template in (whatsapp.templates.items() if whatsapp else [])
            for code in template.languages
            if code not in self.languages
        ]
        problems += [
            (
                ("feedback", "questions", index, "languages", code),
                "the English is `text`" if code == DEFAULT_LANGUAGE else "not one of languages",
            )
            for index, question in enumerate(self.feedback.questions)
            for code in question.languages
            if code == DEFAULT_LANGUAGE or code not in self.languages
        ]
        if problems:
            raise Problems(problems)
        return self

    @field_validator("reminders", mode="wrap")
    @classmethod
    def _reminders_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            offsets = [duration_or_none(item) for item in items_of(raw)]
            return repeats(offsets, "reminder", "before")

        return validate_and_check(value, handler, check)

    @model_validator(mode="after")
    def _sessions_fit_together(self) -> AssemblyConfig:
        """Make session times aware and check them against each other and the venues."""
        aware, problems = check_sessions(
            list(enumerate(self.sessions)), set(self.venues), self.assembly.tz
        )
        if problems:
            raise Problems(problems)
        # Frozen models: the localised copies replace the wall-clock ones once, during validation.
        object.__setattr__(self, "sessions", [session for _, session in aware])
        return self

    @classmethod
    def from_data(cls, data: object) -> AssemblyConfig:
        """Validate already-parsed YAML data; raises ConfigError with every problem."""
        # The problem report walks this class's fields, so it imports this module, not the reverse.
        from bot.config.problems import format_problems, validate

        config, problems = validate(data)
        if config is None:
            raise ConfigError(format_problems(problems, {}))
        return config

    # -- look-ups the flows and the scheduler use -------------------------------------------

    @property
    def tz(self) -> ZoneInfo:
        """The assembly's time zone."""
        return self.assembly.tz

    @property
    def last_session_ends(self) -> datetime:
        """When the assembly's last session ends: retention counts from here."""
        return max(session.ends for session in self.sessions)

    def session(self, session_id: str) -> AssemblySession | None:
        """The session with this id, or None (the file may have changed since the id was stored)."""
        return next((session for session in self.sessions if session.id == session_id), None)

    def venue_for(self, session: AssemblySession | str) -> Venue:
        """Where a session (or session id) takes place."""
        if isinstance(session, str):
            found = self.session(session)
            if found is None:
                raise KeyError(f"unknown session {session!r}")
            session = found
        return self.venues[session.venue]

    def contact_line(self) -> str:
        """How a member reaches a person ("call the team on ... or email ..."): every message
        that points to staff uses this one wording."""
        contact = self.assembly.staff_contact
        return t("contact_line", phone=contact.phone, email=contact.email)

    def category(self, name: str) -> ExpenseCategory | None:
        """An expense category's rules, or None when it is not covered."""
        return self.expenses.category(name)

    def template(self, name: str) -> WhatsAppTemplate | None:
        """A WhatsApp template by name, or None when WhatsApp is not configured."""
        whatsapp = self.channels.whatsapp
        return whatsapp.templates.get(name) if whatsapp else None

    def sessions_by_weekend(self) -> dict[str, list[AssemblySession]]:
        """Sessions grouped as "Weekend 1", "Weekend 2", ...: sessions on consecutive days group.

        Members talk about weekends ("next weekend", "weekend 2") and the thank-you payment is per
        weekend, so the grouping lives here rather than in each flow.
        """
        groups: dict[str, list[AssemblySession]] = {}
        previous_day: date | None = None
        current: list[AssemblySession] = []
        for session in sorted(self.sessions, key=lambda item: item.starts):
            if previous_day is None or (session.day - previous_day).days > 1:
                current = []
                groups[f"Weekend {len(groups) + 1}"] = current
            current.append(session)
            previous_day = session.day
        return groups

    def weekend_of(self, session: AssemblySession | str) -> str | None:
        """The "Weekend N" label a session belongs to."""
        session_id = session if isinstance(session, str) else session.id
        for label, sessions in self.sessions_by_weekend().items():
            if any(item.id == session_id for item in sessions):
                return label
        return None

    def thank_you_for(self, session_id: str) -> tuple[str, Decimal, str] | None:
        """What attending a session earns: (period, amount, currency). The period is as
        `thank_you_payment.per` counts them: "Weekend 1", the session id, its day, or the
        whole assembly."""
        session = self.session(session_id)
        if session is None:
            return None
        payment = self.assembly.thank_you_payment
        if payment.per == "weekend":
            period = self.weekend_of(session) or session.id
        elif payment.per == "day":
            period = session.day.isoformat()
        else:
            period = "the assembly" if payment.per == "assembly" else session.id
        return period, payment.amount, self.expenses.currency

    def session_under_way(
        self, moment: datetime, early: timedelta = timedelta(hours=3)
    ) -> AssemblySession | None:
        """The session someone arriving at this (aware) moment comes for: the one going on, or
        the first starting within `early`."""
        for session in sorted(self.sessions, key=lambda item: item.starts):
            if session.starts - early <= moment <= session.ends:
                return session
        return None

    def next_session(self, after: datetime) -> AssemblySession | None:
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

    def next_office_opening(self, moment: datetime) -> datetime | None:
        """When staff are next at work (the moment itself, if they are), in local time."""
        hours = self.handover.office_hours
        local = moment.astimezone(self.tz)
        if hours.is_open(local):
            return local
        for day in range(8):
            candidate = (local + timedelta(days=day)).replace(
                hour=hours.start.hour, minute=hours.start.minute, second=0, microsecond=0
            )
            if candidate >= local and hours.is_open(candidate):
                return candidate
        return None

    def when_staff_reply(self, moment: datetime) -> str:
        """When a person will answer, for a member: "today, before 18:00", "tomorrow from
        09:00", "on Monday from 09:00"."""
        opening = self.next_office_opening(moment)
        local = moment.astimezone(self.tz)
        if opening is None:
            return t("when.as_soon_as_they_can")
        if opening == local:
            return t("when.today_before", time=f"{self.handover.office_hours.end:%H:%M}")
        if opening.date() == local.date():
            return t("when.today_from", time=clock(opening))
        if opening.date() == (local + timedelta(days=1)).date():
            return t("when.tomorrow_from", time=clock(opening))
        return t("when.on_day_from", day=weekday(opening), time=clock(opening))

    def takeover_deadline(self, since: datetime) -> datetime:
        """When a takeover with no word from staff since this moment lapses (office time)."""
        hours = self.handover.office_hours
        return hours.after_office_time(since.astimezone(self.tz), self.handover.takeover_timeout)

    def is_office_hours(self, moment: datetime) -> bool:
        """Are staff expected to be around at this moment?"""
        return self.handover.office_hours.is_open(moment.astimezone(self.tz))
