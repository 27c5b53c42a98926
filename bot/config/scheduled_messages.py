"""The sections of ``config.yml`` about what the assistant sends members on its own, and when:
session reminders, the quiet hours they wait out, the feedback questions asked after each
session, and the register's late and absent messages. Frozen pydantic models like the rest
(``bot.config.models``)."""

from __future__ import annotations

import string
from datetime import time, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    Field,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from bot.config.checks import field_of, items_of, repeats, validate_and_check
from bot.config.errors import Loc, Problems
from bot.config.models import Section
from bot.config.values import (
    Duration,
    Identifier,
    LocalTime,
    PositiveDuration,
    QuestionType,
    Text,
    format_duration,
)
from bot.i18n.catalogue import builtin, current_language, t
from bot.i18n.languages import DEFAULT_LANGUAGE


class Reminder(Section):
    """Each session gets one reminder this long before it starts."""

    before: PositiveDuration

    @property
    def key(self) -> str:
        """Stable text for idempotency keys, e.g. ``"7d"``."""
        return format_duration(self.before)


class QuietHours(Section):
    """Scheduled messages are held back in these local hours; the window may wrap midnight."""

    start: LocalTime
    end: LocalTime

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise Problems(
                [(("end",), "must differ from start (a window from a time to itself is empty)")]
            )
        return self

    def contains(self, moment: time) -> bool:
        """Is this local time of day inside the quiet hours?"""
        moment = moment.replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class FeedbackQuestion(Section):
    """One question asked after each session: `text` in English, and the same question in the
    assembly's other languages under `languages` ({language code: text})."""

    id: Identifier
    type: QuestionType
    text: Text
    languages: dict[str, Text] = Field(default_factory=dict)

    @property
    def catalogue_key(self) -> str:
        """The catalogue's translations of a shipped question with this id."""
        return f"feedback.questions.{self.id}"

    def shipped_wording(self) -> bool:
        """Whether `text` is the shipped question's English, so the catalogue's translations
        of it fit (an edited English question needs its own `languages`)."""
        return builtin()[DEFAULT_LANGUAGE].get(self.catalogue_key) == self.text

    def wording(self, language: str | None = None) -> str:
        """The question as asked in the language being spoken: the config's own text for that
        language, else the catalogue's translation of the shipped question, else English."""
        code = language or current_language()
        if code in self.languages:
            return self.languages[code]
        if code != DEFAULT_LANGUAGE and self.shipped_wording():
            return t(self.catalogue_key, code)
        return self.text

    def untranslated(self, spoken: list[str]) -> list[str]:
        """The spoken languages this question would be asked in English."""
        return [
            code
            for code in spoken
            if code != DEFAULT_LANGUAGE
            and code not in self.languages
            and not self.shipped_wording()
        ]


class Feedback(Section):
    """When and how we ask members what they thought of a session."""

    after: Duration
    anonymous: bool
    questions: list[FeedbackQuestion] = Field(min_length=1)

    @field_validator("questions", mode="wrap")
    @classmethod
    def _ids_unique(cls, value: object, handler: ValidatorFunctionWrapHandler) -> Any:
        def check(raw: object) -> list[tuple[Loc, str]]:
            ids = [field_of(item, "id") for item in items_of(raw)]
            return repeats(ids, "question id", "id")

        return validate_and_check(value, handler, check)


#: What a register message may name; anything else in braces is a typo check-config reports.
REGISTER_PLACEHOLDERS = ("first_name", "session_title", "starts_at", "staff_phone")


def _register_text(value: str) -> str:
    """A register message: only the placeholders the scheduler fills, each closed."""
    try:
        names = {name for _text, name, _spec, _conv in string.Formatter().parse(value) if name}
    except ValueError as error:
        raise ValueError(f"a brace is not closed ({error})") from None
    unknown = sorted(names - set(REGISTER_PLACEHOLDERS))
    if unknown:
        allowed = ", ".join("{" + name + "}" for name in REGISTER_PLACEHOLDERS)
        raise ValueError(f"unknown placeholder {{{unknown[0]}}}: use {allowed}")
    return value


RegisterText = Annotated[Text, AfterValidator(_register_text)]


class Register(Section):
    """The day's register: members expected at a session who have not arrived `late_after` its
    start get `late`; those still missing when it ends get `absent`. Once each, on their own
    channel; a message left empty ("") is not sent."""

    late_after: PositiveDuration = timedelta(minutes=30)
    late: RegisterText | Literal[""] = (
        "Hi {first_name}, {session_title} started at {starts_at} and we haven't seen you yet. "
        "Are you on your way? Reply here, or call us on {staff_phone}."
    )
    absent: RegisterText | Literal[""] = (
        "Hi {first_name}, we missed you at {session_title} today. We hope all is well. "
        "Reply here if you'd like to tell us anything, or if you need help to come next time."
    )
