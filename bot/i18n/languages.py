"""The languages the assistant can speak, and how a member names one.

A language is supported when the built-in catalogue (bot/i18n/texts/<code>.yml) has every text
in it; config.yml's `languages:` picks which of these an assembly uses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One supported language: its code, its own name (what a member writes to switch to it),
    other spellings of that name, the Babel locale for dates and money, and its direction."""

    code: str
    own_name: str
    other_names: tuple[str, ...]
    locale: str
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language(
            "en", "English", ("english", "angielski", "engleza", "engleză", "انگریزی"), "en_GB"
        ),
        Language("pl", "polski", ("polish", "po polsku", "polsku", "polski język"), "pl_PL"),
        Language("ro", "română", ("romana", "romanian", "limba romana", "in romana"), "ro_RO"),
        Language("ur", "اردو", ("urdu", "urdoo"), "ur_PK", right_to_left=True),
    )
}
DEFAULT_LANGUAGE = "en"


def _folded(text: str) -> str:
    """Lower case, without accents and punctuation: "Română!" and "romana" read the same."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.strip(" .!?,،۔").split())


_BY_NAME: dict[str, str] = {
    _folded(name): language.code
    for language in LANGUAGES.values()
    for name in (language.own_name, language.code, *language.other_names)
    if len(name) > 2  # a bare "en" or "ro" is too easily a word of a sentence
}


def language_named(text: str | None) -> str | None:
    """The language a message names when it is nothing but that name ("polski", "اردو")."""
    return _BY_NAME.get(_folded(text or ""))


def effective_language(code: str | None, spoken: list[str] | tuple[str, ...]) -> str:
    """The language to write in: the member's when the assembly speaks it, else English."""
    code = (code or "").strip().lower()
    return code if code in spoken and code in LANGUAGES else DEFAULT_LANGUAGE


def locale_of(code: str) -> str:
    return LANGUAGES.get(code, LANGUAGES[DEFAULT_LANGUAGE]).locale
