"""What a member writes about a claim in their own language, read by the English rules.

The amount, day and category readers (flows.expenses.parsing, flows.session_refs) know English
words. For a member writing Polish, Romanian or Urdu, the words those readers need are put into
English first: the money and mile words the catalogue lists (claim.words.pounds, .miles), the
weekday and month names (Babel's CLDR data for the member's language) and the word for a
weekend (weekend.label). Categories, "no receipt", "send" and "cancel" are matched against the
catalogue's word lists in the language being spoken. English text is left exactly as it is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from bot.i18n.catalogue import current_language, t, words
from bot.i18n.languages import DEFAULT_LANGUAGE, locale_of
from flows.common import normalise
from flows.session_refs import MONTHS, WEEKDAYS

_TOKEN = re.compile(r"\w+")
#: A listed word this short matches only as a whole word ("syn" is not "synonim").
_WHOLE_WORD_UNDER = 4


def _folded(word: str) -> str:
    """Lower case without accents: members often type "sroda" for "środa"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8)
def _calendar_names(code: str) -> tuple[dict[str, str], dict[str, str]]:
    """(exact names, stems) of weekdays and months in a language, folded, each mapped to its
    English name. Months first, so Romanian "martie" (March) is never "marți" (Tuesday)."""
    locale = locale_of(code)
    exact: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale).items():
            exact.setdefault(_folded(name), MONTHS[number - 1])
        for number, name in get_day_names("wide", context, locale).items():
            exact.setdefault(_folded(name), WEEKDAYS[number])
    # an inflected form ("sobotę", "niedzieli") starts with the name less its last letter
    stems = {name[:-1]: english for name, english in exact.items() if len(name) >= 5}
    return exact, stems


def _calendar_word(token: str, code: str) -> str | None:
    exact, stems = _calendar_names(code)
    folded = _folded(token)
    if folded in exact:
        return exact[folded]
    return next((english for stem, english in stems.items() if folded.startswith(stem)), None)


def spoken(key: str) -> list[str]:
    """The catalogue's claim.words.<key> in the language being spoken, normalised."""
    return [normalise(word) for word in words(f"claim.words.{key}") if normalise(word)]


def mentions(text: str, listed: list[str]) -> bool:
    """Whether any listed word starts a word of the text (a short one: is a whole word)."""
    said = normalise(text)
    for word in listed:
        end = r"\b" if len(word) < _WHOLE_WORD_UNDER else ""
        if re.search(rf"(?<!\w){re.escape(word)}{end}", said):
            return True
    return False


def in_english(text: str) -> str:
    """The member's words with money, mile, weekend, weekday and month words in English
    ("12 funtów w sobotę" -> "12 pounds w saturday"); English text unchanged."""
    code = current_language()
    if code == DEFAULT_LANGUAGE or not text:
        return text
    pounds, miles = set(spoken("pounds")), set(spoken("miles"))
    weekend = normalise(t("weekend.label", number="")).strip()

    def english(match: re.Match[str]) -> str:
        token = match.group(0).lower()
        if token in pounds:
            return "pounds"
        if token in miles:
            return "miles"
        if weekend and token == weekend:
            return "weekend"
        return _calendar_word(token, code) or match.group(0)

    said = text.lower()
    if weekend and " " in weekend:  # "ویک اینڈ": two words for one
        said = said.replace(weekend, "weekend")
    return _TOKEN.sub(english, said)


def spoken_category(text: str) -> str | None:
    """The category the member's own-language words point at (care for an adult first, as
    in English), or None; English members: None (flows.expenses.parsing reads English)."""
    if current_language() == DEFAULT_LANGUAGE:
        return None
    for name in ("carer", "childcare", "travel"):
        if mentions(text, spoken(name)):
            return name
    return None
