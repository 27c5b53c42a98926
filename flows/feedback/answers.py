"""Reading survey answers the way people write them: a rating from a number, a word or an
emoji, yes/no/sort of, a skip, and telling "I want to give feedback" from the feedback itself."""

from __future__ import annotations

import re
from typing import Any

from bot.config import FeedbackQuestion
from bot.i18n.catalogue import current_language, t
from bot.i18n.languages import DEFAULT_LANGUAGE
from flows.common import normalise, spoken_words

SKIP = object()  # a question the member chose not to answer ("skip", "pass")

_SKIP_WORDS = {  # i18n-exempt: input
    "skip",
    "pass",
    "next",
    "skip it",
    "skip this",
    "skip this one",
    "skip that",
    "pass on that",
    "n/a",
    "na",
    "no comment",
    "rather not say",
    "i'd rather not say",
    "prefer not to say",
    "i'd rather not",
    "rather not",
    "-",
    "next question",
}
# Longest phrases first, so "not bad" is 3 before "bad" is 2 and "not good" 2 before "good" 4.
_RATING_PHRASES: tuple[tuple[str, int], ...] = (  # i18n-exempt: input
    ("not bad", 3),
    ("not great", 2),
    ("not good", 2),
    ("not very good", 2),
    ("so so", 3),
    ("so-so", 3),
    ("very good", 5),
    ("really good", 5),
    ("loved it", 5),
    ("waste of time", 1),
    ("very bad", 1),
    ("really bad", 1),
    ("could be better", 3),
    ("not the best", 2),
    ("excellent", 5),
    ("great", 5),
    ("brilliant", 5),
    ("amazing", 5),
    ("fantastic", 5),
    ("superb", 5),
    ("outstanding", 5),
    ("perfect", 5),
    ("wonderful", 5),
    ("awesome", 5),
    ("good", 4),
    ("nice", 4),
    ("decent", 4),
    ("enjoyed", 4),
    ("ok", 3),
    ("okay", 3),
    ("fine", 3),
    ("alright", 3),
    ("all right", 3),
    ("average", 3),
    ("meh", 3),
    ("mixed", 3),
    ("poor", 2),
    ("bad", 2),
    ("disappointing", 2),
    ("boring", 2),
    ("rubbish", 1),
    ("awful", 1),
    ("terrible", 1),
    ("dreadful", 1),
    ("horrible", 1),
    ("worst", 1),
    ("appalling", 1),
    ("shocking", 1),
    ("useless", 1),
    ("pointless", 1),
)
_RATING_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_RATING_EMOJIS: dict[str, int] = {
    **dict.fromkeys("😀😃😄😁😍🤩🥰👏💯🙌🌟⭐🎉❤💖😎🥳", 5),
    **dict.fromkeys("👍🙂😊☺😌", 4),
    **dict.fromkeys("😐😶🤷😑🫤", 3),
    **dict.fromkeys("🙁😕👎😞😟😒☹😩", 2),
    **dict.fromkeys("😡😠🤬😢😭💩🤮😤", 1),
}

_YES = {  # i18n-exempt: input
    "yes",
    "yeah",
    "yep",
    "yup",
    "y",
    "ye",
    "yea",
    "yeh",
    "aye",
    "definitely",
    "absolutely",
    "of course",
    "i did",
    "yes i did",
    "very much",
    "very much so",
    "totally",
    "certainly",
    "for sure",
    "100%",
    "yes definitely",
    "yes very much",
    "yes thanks",
    "👍",
    "✅",
}
_NO = {  # i18n-exempt: input
    "no",
    "nope",
    "nah",
    "n",
    "not really",
    "not at all",
    "no way",
    "i didn't",
    "i did not",
    "no i didn't",
    "not much",
    "hardly",
    "never",
    "no not really",
    "👎",
    "❌",
    "not particularly",
}
_PARTLY = {  # i18n-exempt: input
    "sort of",
    "kind of",
    "kinda",
    "sorta",
    "partly",
    "partially",
    "somewhat",
    "a bit",
    "a little",
    "sometimes",
    "mostly",
    "some of the time",
    "in parts",
    "a little bit",
    "ish",
    "yes and no",
    "maybe",
    "not always",
    "more or less",
    "to some extent",
    "50/50",
}


# Any language's digits ("۴" in Urdu) read as 0-9.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PUNCTUATION = re.compile(r"[.,!?;:()\"،۔؟]")


def is_skip_answer(text: str) -> bool:
    said = normalise(text)
    return said in _SKIP_WORDS or said in spoken_words("feedback.words.skip")


def _spoken_rating(said: str) -> int | None:
    """A rating in the member's own words ("bardzo dobrze", "așa și așa", "بہت اچھا"), the
    longest phrase first so "bardzo źle" is 1 before "źle" is 2."""
    phrases = sorted(
        (
            (phrase, value)
            for value in range(1, 6)
            for phrase in spoken_words(f"feedback.words.rating_{value}")
        ),
        key=lambda item: -len(item[0]),
    )
    padded = " " + " ".join(_PUNCTUATION.sub(" ", said).split()) + " "
    return next((value for phrase, value in phrases if f" {phrase} " in padded), None)


def parse_rating(text: str | None) -> int | None:
    """1 to 5 from a number ("4", "4/5", "4 out of 5"), a word ("good" 4, "great" 5, "ok" 3,
    "poor" 2, "awful" 1) or an emoji; None when it is none of these."""
    raw = (text or "").strip()
    said = normalise(raw).translate(_DIGITS)
    if not said:
        return None
    number = re.fullmatch(r"(?:a\s+)?([0-9])(?:\s*(?:/|out of|of)\s*5)?(?:\s*stars?)?", said)
    if number:
        value = int(number.group(1))
        return value if 1 <= value <= 5 else None
    if said in _RATING_NUMBER_WORDS:
        return _RATING_NUMBER_WORDS[said]
    padded = f" {re.sub(r'[^a-z0-9/ -]', ' ', said)} "
    for phrase, value in _RATING_PHRASES:
        if f" {phrase} " in padded:
            return value
    spoken = _spoken_rating(said)
    if spoken is not None:
        return spoken
    emoji_values = [value for char in raw if (value := _RATING_EMOJIS.get(char)) is not None]
    if emoji_values:
        return round(sum(emoji_values) / len(emoji_values))
    return None


def _spoken_yes_no() -> tuple[set[str], set[str]]:
    """The member's language's yes and no words; none in English, whose own lists above are
    the survey's (the catalogue's English "ok" is a yes to a question, not a feeling)."""
    if current_language() == DEFAULT_LANGUAGE:
        return set(), set()
    return spoken_words("words.yes"), spoken_words("words.no")


def parse_yes_no(text: str | None) -> str | None:
    """ "yes", "no" or "partly" ("sort of"), in English or the member's language ("tak",
    "częściowo", "نہیں"); None when the answer is neither."""
    said = normalise(text or "").rstrip("?!.؟ ")
    words = " ".join(re.findall(r"[a-z0-9/%']+", said))
    partly = spoken_words("feedback.words.partly")
    if said in _PARTLY or any(words.startswith(f"{p} ") for p in ("sort of", "kind of", "partly")):
        return "partly"
    plain = " ".join(_PUNCTUATION.sub(" ", said).split())
    if plain in partly or any(plain.startswith(f"{p} ") for p in partly):
        return "partly"
    yes, no = _spoken_yes_no()
    if said in _YES or said in yes:
        return "yes"
    if said in _NO or said in no:
        return "no"
    first = said.split(" ", 1)[0].strip(",،")
    if first in ("yes", "yeah", "yep", "yup", "definitely", "absolutely") or first in yes:
        return "yes"
    if first in ("no", "nope", "nah") or first in no:
        return "no"
    return None


def parse_answer(question: FeedbackQuestion, text: str) -> Any:
    """The stored value for one answer, SKIP, or None when it could not be read."""
    if is_skip_answer(text):
        return SKIP
    if question.type == "rating":
        return parse_rating(text)
    if question.type == "yesno":
        return parse_yes_no(text)
    answer = text.strip()
    return answer[:2000] if answer else None


def retry_text(question: FeedbackQuestion) -> str:
    """What to answer the first reply the survey could not read, in the member's language."""
    return t(f"feedback.retry.{question.type}")


_REQUEST_WORDS = frozenset(
    {
        "i",
        "i'd",
        "id",
        "i'm",
        "im",
        "want",
        "wanted",
        "would",
        "like",
        "to",
        "give",
        "leave",
        "send",
        "share",
        "some",
        "a",
        "my",
        "any",
        "an",
        "feedback",
        "thoughts",
        "comments",
        "comment",
        "about",
        "on",
        "for",
        "the",
        "today",
        "today's",
        "session",
        "day",
        "weekend",
        "can",
        "could",
        "may",
        "please",
        "how",
        "do",
        "where",
        "have",
        "got",
        "just",
        "quick",
        "say",
        "something",
        "few",
        "idea",
        "ideas",
        "suggestion",
        "suggestions",
        "there",
        "is",
        "it",
    }
)


def is_request_only(text: str) -> bool:
    """ "I want to give some feedback" asks to give it; it is not the feedback itself."""
    words = re.findall(r"[a-z']+", normalise(text))
    return bool(words) and all(word in _REQUEST_WORDS for word in words)
