"""Helpers every journey shares: reading the member's words and the
sentences that carry facts from config.yml. Money is shown by `bot.config.format_money` and the
way to reach a person worded by `AssemblyConfig.contact_line`, one rule each for every message.

Facts are always built here or in the journey modules from `context().config` at run time, so
an edit to config.yml changes the next answer without retraining.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker

from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import t, words
from flows.context import current_clock

# --- time -------------------------------------------------------------------------------------


def now() -> datetime:
    """The current moment (aware, UTC) from the action server's clock (`FlowContext.clock`,
    which tests set to travel in time)."""
    return current_clock()()


# --- what the member said ---------------------------------------------------------------------

SKIP_WORDS = {  # i18n-exempt: input
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
_YES_WORDS = {  # i18n-exempt: input
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
_NO_WORDS = {  # i18n-exempt: input
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
    return " ".join(text.lower().replace("’", "'").split()).strip(" .!,۔،")


def spoken_words(key: str, language: str | None = None) -> set[str]:
    """The catalogue's words for an answer (words.yes, words.no, ...) in the language being
    spoken (or `language`), so "tak", "da" and "ہاں" answer like "yes"."""
    return {normalise(word) for word in words(key, language)}


def weekend_label(label: str) -> str:
    """ "Weekend 2" as the member's language says it."""
    number = label.rsplit(" ", 1)[-1]
    return t("weekend.label", number=number) if number.isdigit() else label


def is_skip(text: str) -> bool:
    said = normalise(text)
    return said in SKIP_WORDS or said in spoken_words("words.none")


def is_yes(text: str, intent: str | None = None, also: frozenset[str] = frozenset()) -> bool:
    """A yes to a question; `also` adds the words a particular question accepts ("send it")."""
    said = normalise(text)
    no = _NO_WORDS | spoken_words("words.no")
    yes = _YES_WORDS | spoken_words("words.yes")
    return said in yes or said in also or (intent == "affirm" and said not in no)


def is_no(text: str, intent: str | None = None, also: frozenset[str] = frozenset()) -> bool:
    """A no to a question; `also` adds the words a particular question accepts ("cancel")."""
    said = normalise(text)
    no = _NO_WORDS | spoken_words("words.no")
    yes = _YES_WORDS | spoken_words("words.yes")
    return said in no or said in also or (intent == "deny" and said not in yes)


def looks_like_question(text: str) -> bool:
    """A question rather than an answer ("where is it?", "what time do we start")."""
    said = normalise(text)
    return "?" in text or bool(_QUESTION_START.match(said))


# --- facts from the config --------------------------------------------------------------------


def no_member_text(config: AssemblyConfig) -> str:
    """For the rare message that reaches us without a known member."""
    return t("common.no_member", contact=config.contact_line())


def capabilities_text(config: AssemblyConfig) -> str:
    """What the assistant can do, short enough for an SMS."""
    return t("common.capabilities", contact=config.contact_line())


def session_line(session: AssemblySession) -> str:
    """ "Saturday 20 February 2027, 10:00 to 16:30" with the session's local times."""
    return session.describe_time()


def session_title(config: AssemblyConfig, session: AssemblySession) -> str:
    return session.title
