"""Which session a member means, in their own words: a session's title ("the opening
session"), a weekday ("saturday", "sat"), a date ("24th feb", "24/2", "the 13th"), a day
relative to today ("today", "yesterday", "tmrw", "2moro", "last night") or a weekend ("weekend
2", "the second weekend", "next weekend", "last weekend").

Each cue in the words narrows the sessions down, and the sessions every cue agrees on are the
answer: "saturday of weekend 1" is that day, "the opening session today" is that session if it
is today. Days are the assembly's local days (`config.tz`), counted from `moment`, which the
caller passes in (the flows' clock), so tests can set the time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import current_language, words
from flows.common import normalise

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_SHORT = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary|uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_RELATIVE_DAYS: tuple[tuple[str, int], ...] = (  # i18n-exempt: input
    (r"day before yesterday", -2),
    (r"yesterday|yday|yest|ystrdy|last night", -1),
    (r"tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmw|tmoro|tomoz|2moro|2morrow|2mrw|2morow", 1),
    (r"today|tday|tdy|2day|tonight|2nite|this morning|this afternoon|this evening", 0),
)
_ORDINAL_WEEKENDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_WEEKENDS |= {"fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
#: Words in a title that do not pick one session out ("the opening session" is "opening").
_GENERIC_TITLE_WORDS = frozenset(
    {"the", "a", "of", "and", "session", "sessions", "day", "days", "weekend", "week", "on"}
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


#: The catalogue's day words (words.monday ... words.sunday), by weekday number.
_DAY_KEYS = tuple(f"words.{day}" for day in WEEKDAYS)
#: The catalogue's relative-day words, by offset from today.
_RELATIVE_KEYS = (("words.yesterday", -1), ("words.tomorrow", 1), ("words.today", 0))


def _says(said: str, phrase: str) -> bool:
    """Whether the member's words hold this word or phrase whole, in any script ("sobotę",
    "ہفتہ")."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", said) is not None


def _spoken_weekdays(said: str) -> set[int]:
    """Weekdays named in the language being spoken, beyond English ("w sobotę", "sâmbăta")."""
    if current_language() == "en":
        return set()
    return {
        number
        for number, key in enumerate(_DAY_KEYS)
        if any(_says(said, word) for word in words(key))
    }


def _spoken_relative_day(said: str) -> int | None:
    """ "dzisiaj", "ieri", "آج": the day's offset from today, in the language being spoken."""
    if current_language() == "en":
        return None
    for key, offset in _RELATIVE_KEYS:
        if any(_says(said, word) for word in words(key)):
            return offset
    return None


def _on_days(config: AssemblyConfig, days: set[date]) -> list[AssemblySession]:
    return [s for s in config.sessions if s.day in days]


def _pick_by_time(
    sessions: list[AssemblySession], moment: datetime, past: bool
) -> list[AssemblySession]:
    """One of several sessions that match a day name: the latest that has started when the
    member talks about the past (a claim, "last saturday"), else the next not yet over."""
    ordered = sorted(sessions, key=lambda item: item.starts)
    started = [s for s in ordered if s.starts <= moment]
    if past and started:
        return started[-1:]
    return ([s for s in ordered if s.ends > moment] or ordered)[:1]


# --- cues: each returns the sessions it allows, or None when the words do not use it ---------


def _title_cue(config: AssemblyConfig, said: str) -> list[AssemblySession] | None:
    """Sessions whose title the member wrote: the whole title, or its distinctive words."""
    words = set(_words(said))
    found = []
    for session in config.sessions:
        title_words = _words(session.title)
        phrase = " ".join(w for w in title_words if w != "the")
        distinctive = [w for w in title_words if w not in _GENERIC_TITLE_WORDS]
        telling = [
            w
            for w in distinctive
            if w.isalpha() and w not in WEEKDAYS and not re.fullmatch(_MONTH_WORD, w)
        ]
        if (phrase and re.search(rf"\b{re.escape(phrase)}\b", " ".join(_words(said)))) or (
            telling and all(w in words for w in distinctive)
        ):
            found.append(session)
    return found or None


def _relative_day_cue(
    config: AssemblyConfig, said: str, moment: datetime
) -> list[AssemblySession] | None:
    """ "today", "yesterday", "tmrw"... (or the member's language's words): the sessions on
    that local day (maybe none)."""
    found = next(
        (offset for pattern, offset in _RELATIVE_DAYS if re.search(rf"\b(?:{pattern})\b", said)),
        _spoken_relative_day(said),
    )
    if found is None:
        return None
    return _on_days(config, {moment.astimezone(config.tz).date() + timedelta(days=found)})


def _weekend_cue(
    config: AssemblyConfig, said: str, moment: datetime
) -> list[AssemblySession] | None:
    """ "weekend 2", "w2", "the second weekend", "the last weekend" (the final one), "last
    weekend" (the one before now), "this/next weekend" (the first not yet over)."""
    weekends = list(config.sessions_by_weekend().values())
    if not weekends:
        return None
    number: int | None = None
    if match := re.search(r"\bweekend\s*(\d+)\b|\bw(\d)\b", said):
        number = int(match.group(1) or match.group(2))
    elif match := re.search(rf"\b({'|'.join(_ORDINAL_WEEKENDS)})\s+weekend", said):
        number = _ORDINAL_WEEKENDS[match.group(1)]
    elif re.search(r"\b(the\s+last|final)\s+weekend", said):
        number = len(weekends)
    elif re.search(r"\blast\s+weekend", said):
        ended = [w for w in weekends if w[-1].ends <= moment]
        started = [w for w in weekends if w[0].starts <= moment]
        return (ended or started or weekends)[-1]
    elif "weekend" in said:
        return next((w for w in weekends if w[-1].ends > moment), weekends[-1])
    else:
        return None
    return weekends[number - 1] if 0 < number <= len(weekends) else []


def _weekday_cue(config: AssemblyConfig, said: str) -> list[AssemblySession] | None:
    days = _spoken_weekdays(said)
    for word in _words(said):
        stem = word.removesuffix("s") if word.endswith("days") else word
        if stem in WEEKDAYS:
            days.add(WEEKDAYS.index(stem))
        elif word in _WEEKDAY_SHORT:
            days.add(_WEEKDAY_SHORT[word])
    if not days:
        return None
    return [s for s in config.sessions if s.starts.weekday() in days]


def _month(word: str) -> int | None:
    return next((i + 1 for i, name in enumerate(MONTHS) if name.startswith(word[:3])), None)


def _date_cue(config: AssemblyConfig, said: str) -> tuple[list[AssemblySession] | None, bool]:
    """ "24/2", "24th feb", "feb 24", "the 13th", or just "13": the sessions on that date, and
    whether the month was given (a day number alone may fit several months)."""
    day: int | None = None
    month: int | None = None
    if match := re.search(r"(?<![\d£.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{2,4})?\b", said):
        day, month = int(match.group(1)), int(match.group(2))
    elif match := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}\b", said):
        day, month = int(match.group(1)), _month(match.group(2))
    elif match := re.search(rf"\b{_MONTH_WORD}\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b", said):
        day, month = int(match.group(2)), _month(match.group(1))
    elif match := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?!\s+weekend)", said) or re.fullmatch(
        r"(?:on\s+)?(?:the\s+)?(\d{1,2})", said
    ):
        day = int(match.group(1))
    if day is None:
        return None, False
    found = [
        s for s in config.sessions if s.day.day == day and (month is None or s.day.month == month)
    ]
    return found, month is not None


# --- the parser ---------------------------------------------------------------------------------


def resolve_session_ref(
    config: AssemblyConfig, ref: str, moment: datetime, *, prefer_past: bool = False
) -> list[AssemblySession]:
    """The sessions a member's words point at, [] when none (or the cues disagree).

    A weekend gives all its days unless a day is named too; a day name that fits several
    sessions ("saturday") gives the next one not yet over, or, with `prefer_past` (an expense
    claim) or "last saturday", the latest that has started.
    """
    said = normalise(ref).replace(",", " ")
    if not said:
        return []
    by_id = config.session(said.replace(" ", "-"))
    if by_id is not None:
        return [by_id]
    dated, month_given = _date_cue(config, said)
    weekend = _weekend_cue(config, said, moment)
    relative = _relative_day_cue(config, said, moment)
    title = _title_cue(config, said)
    weekday = _weekday_cue(config, said)
    cues = [cue for cue in (title, relative, weekend, dated, weekday) if cue is not None]
    if not cues:
        return []
    allowed = set.intersection(*({s.id for s in cue} for cue in cues))
    found = [s for s in config.sessions if s.id in allowed]
    pinned = title or relative or weekend or (dated and month_given)
    if len(found) > 1 and not pinned:
        past = prefer_past or bool(re.search(r"\b(last|past|previous)\b", said))
        if re.search(r"\b(next|coming|upcoming)\b", said):
            past = False
        return _pick_by_time(found, moment, past)
    return found
