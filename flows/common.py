"""Helpers every journey shares: reading the member's words, resolving "which session", and the
sentences that carry facts from config.yml. Money is shown by `bot.config.format_money` and the
way to reach a person worded by `AssemblyConfig.contact_line`, one rule each for every message.

Facts are always built here or in the journey modules from `context().config` at run time, so
an edit to config.yml changes the next answer without retraining.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from rasa_sdk import Tracker

from bot.config import AssemblyConfig, AssemblySession

# --- time -------------------------------------------------------------------------------------


def now() -> datetime:
    """The current moment (aware, UTC). Tests replace `flows.common.now` to travel in time."""
    return datetime.now(UTC)


# --- what the member said ---------------------------------------------------------------------

SKIP_WORDS = {
    "skip",
    "no",
    "none",
    "nope",
    "nothing",
    "no thanks",
    "no thank you",
    "n/a",
    "na",
    "nah",
    "prefer not to say",
    "rather not say",
    "i'd rather not say",
    "id rather not say",
    "not really",
    "no need",
    "nothing thanks",
    "none thanks",
    "pass",
    "-",
}
_YES_WORDS = {
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "ok",
    "okay",
    "sure",
    "correct",
    "right",
    "fine",
    "that's right",
    "thats right",
    "that's fine",
    "yes please",
    "yes thanks",
    "all good",
    "i agree",
    "agree",
    "i consent",
    "go ahead",
    "of course",
    "definitely",
    "ye",
    "yea",
}
_NO_WORDS = {
    "no",
    "n",
    "nope",
    "nah",
    "no thanks",
    "no thank you",
    "i don't",
    "i do not",
    "i don't agree",
    "i do not agree",
    "not really",
    "no way",
    "rather not",
}
_QUESTION_START = re.compile(
    r"^(what|where|when|how|who|why|which|is|are|can|could|do|does|will|would|should|am)\b"
)


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("intent", {}).get("name")


def latest_text(tracker: Tracker) -> str:
    return ((tracker.latest_message or {}).get("text") or "").strip()


def entity_values(tracker: Tracker, entity: str) -> list[str]:
    """Every value of one entity in the latest message, in the order written."""
    entities: Iterable[dict[str, Any]] = (tracker.latest_message or {}).get("entities") or []
    return [str(item["value"]) for item in entities if item.get("entity") == entity]


def normalise(text: str) -> str:
    """Lower case, single spaces, no trailing punctuation: "Yes!! " -> "yes"."""
    return " ".join(text.lower().replace("’", "'").split()).strip(" .!,")


def is_skip(text: str) -> bool:
    return normalise(text) in SKIP_WORDS


def is_yes(text: str, intent: str | None = None, also: frozenset[str] = frozenset()) -> bool:
    """A yes to a question; `also` adds the words a particular question accepts ("send it")."""
    said = normalise(text)
    return said in _YES_WORDS or said in also or (intent == "affirm" and said not in _NO_WORDS)


def is_no(text: str, intent: str | None = None, also: frozenset[str] = frozenset()) -> bool:
    """A no to a question; `also` adds the words a particular question accepts ("cancel")."""
    said = normalise(text)
    return said in _NO_WORDS or said in also or (intent == "deny" and said not in _YES_WORDS)


def looks_like_question(text: str) -> bool:
    """A question rather than an answer ("where is it?", "what time do we start")."""
    said = normalise(text)
    return "?" in text or bool(_QUESTION_START.match(said))


# --- facts from the config --------------------------------------------------------------------


def no_member_text(config: AssemblyConfig) -> str:
    """For the rare message that reaches us without a known member."""
    return f"Sorry, I can't find your invitation details. Please {config.contact_line()}."


def capabilities_text(config: AssemblyConfig) -> str:
    """What the assistant can do, short enough for an SMS."""
    return (
        "I can help with: dates and times, the venue and getting there, access and food, "
        "the thank-you payment, expenses and claims, telling us you can't come or are running "
        "late, updating your details, and giving feedback. Or ask for a person any time "
        f"({config.contact_line()})."
    )


def session_line(session: AssemblySession) -> str:
    """ "Saturday 20 February 2027, 10:00 to 16:30" with the session's local times."""
    return session.describe_time()


# --- which session did the member mean? -------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "one": 1,
    "second": 2,
    "2nd": 2,
    "two": 2,
    "third": 3,
    "3rd": 3,
    "three": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
    "final": -1,
}
_MONTHS = (
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


def weekend_sessions(config: AssemblyConfig, ref: str, moment: datetime) -> list[AssemblySession]:
    """The sessions of the weekend a reference names ("weekend 2", "next weekend", "this
    weekend"), or [] when it names no weekend."""
    said = normalise(ref)
    weekends = list(config.sessions_by_weekend().values())
    match = re.search(r"weekend\s*(\d+)", said) or re.search(
        r"(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+weekend", said
    )
    if match:
        token = match.group(1)
        number = int(token) if token.isdigit() else _ORDINALS[token]
        if number == -1:
            return weekends[-1] if weekends else []
        return weekends[number - 1] if 0 < number <= len(weekends) else []
    if "weekend" in said:
        # "this weekend" / "next weekend" / "the weekend": the first weekend not yet over
        for sessions in weekends:
            if sessions[-1].ends > moment:
                return sessions
    return []


def _names_weekday(said: str, day: str) -> bool:
    """ "saturday", "sat" or "sat." in what the member wrote."""
    return day in said or re.search(rf"\b{day[:3]}\b", said) is not None


def resolve_session_ref(
    config: AssemblyConfig, ref: str, moment: datetime, *, prefer_past: bool = False
) -> list[AssemblySession]:
    """The sessions a member's words point at: a weekend gives all its days ("Saturday of
    weekend 1" just that day), "the 13th"/"13 March" that day, and "Saturday" the next Saturday
    not yet over — or, with `prefer_past` (an expense claim), the latest one that has started."""
    said = normalise(ref)
    if not said:
        return []
    by_id = config.session(said.replace(" ", "-"))
    if by_id is not None:
        return [by_id]
    weekend = weekend_sessions(config, said, moment)
    if weekend:
        named_days = [i for i, day in enumerate(_WEEKDAYS) if _names_weekday(said, day)]
        on_named_day = [s for s in weekend if s.starts.weekday() in named_days]
        return on_named_day or weekend
    for index, day in enumerate(_WEEKDAYS):
        if _names_weekday(said, day):
            same_day = sorted(
                (s for s in config.sessions if s.starts.weekday() == index),
                key=lambda item: item.starts,
            )
            started = [s for s in same_day if s.starts <= moment]
            if prefer_past and started:
                return started[-1:]
            return ([s for s in same_day if s.ends > moment] or same_day)[:1]
    relative_days = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if said in relative_days:
        target = moment.astimezone(config.tz).date() + timedelta(days=relative_days[said])
        return [s for s in config.sessions if s.day == target]
    date_match = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?:\s+(?:of\s+)?([a-z]+))?", said)
    if date_match:
        day_number = int(date_match.group(1))
        month_word = date_match.group(2) or ""
        month = next(
            (
                i + 1
                for i, name in enumerate(_MONTHS)
                if month_word[:3] and name.startswith(month_word[:3])
            ),
            None,
        )
        return [
            s
            for s in config.sessions
            if s.day.day == day_number and (month is None or s.day.month == month)
        ][:1]
    return []


def session_title(config: AssemblyConfig, session: AssemblySession) -> str:
    return session.title
