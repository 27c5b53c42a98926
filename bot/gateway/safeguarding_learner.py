"""How the English net reads members who write English as a second language: the grammar of
their first language carried over, word for word.

Members from the borough's communities write English the way they would say it at home: an age
told as years had ("she has 89 years", "I am 17 age", "my son of 16 years"), a marriage "for
marry with my cousin", "go back your country", "in the fridge is nothing", "the residence for old
people", "the man of the night", "touches him in a way not correct", "I am not wanting". The
patterns are written once, in the net's spelling, so these are read into it first
(safeguarding_words.normalise calls `read_learner` after `read_dialect`, before it reads word by
word).

Only shapes with no everyday meaning of their own are read, and each only in its place: an age
only when the years close the clause ("she has 89 years and today", never "I have 20 years
experience" or "she has 3 years left"), "marry with" and "for marry" only before the wedding,
"go back" only before "your country", nothing in the fridge only when the fridge comes first, a
way "not correct" only as a way something is done ("in a bad way", which is unwell, stays).
"""

from __future__ import annotations

import re

# An age told as years had, closing its clause: "she has 89 years and", "I have 17 years."
_YEARS_HAD = re.compile(
    r"\b(i|we|they|he|she|(?:my|our|his|her|their)\s+[\w-]+)\s+(?:has|have)\s+(\d{1,3})\s+"
    r"years(?:\s+old)?(?=\s*(?:$|[.,;:!?)/]|and\b|but\b|now\b))"
)
_BE = {"i": "am", "we": "are", "they": "are"}


def _age_said(said: re.Match[str]) -> str:
    """ "she has 89 years" as "she is 89", "i have 17 years" as "i am 17"."""
    who, age = said.group(1), said.group(2)
    return f"{who} {_BE.get(who, 'is')} {age}"


# How the grammar of another language is read in English, in order.
_READINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(  # i18n-exempt: input
    (re.compile(pattern), read)
    for pattern, read in (
        # an age with "age" or "years of age" after it: "i am 17 age"
        (r"\b(am|is|are|aged?)\s+(\d{1,3})\s+(?:years?\s+)?(?:of\s+)?age\b", r"\1 \2"),
        # a child "of 16 years": "my son of 16 years" is "my 16 year old son"
        (
            r"\b(my|our|his|her|their)\s+(son|daughter|boy|girl|child|kid|brother|sister|nephew|"
            r"niece|grandson|granddaughter|cousin)\s+of\s+(\d{1,2})\s+(?:years|yrs)(?:\s+old)?\b",
            r"\1 \3 year old \2",
        ),
        # the writer's own marriage: "for marry with my cousin", "to marry with him"
        (r"\bfor\s+(?:to\s+)?marry\b", "to marry"),
        (r"\bmarry\s+with\b", "marry"),
        # "go back your country"
        (r"\bgo\s+back\s+(?=(?:your|ur)\s+(?:own\s+)?countr)", "go back to "),
        # "in the fridge is nothing", "in the house is no food"
        (
            r"\bin\s+(?:the|her|his|my|our)\s+(fridge|cupboards?|house|flat|kitchen)\s+(?:is|are|"
            r"there\s+is)\s+(nothing|no\s+food)\b",
            r"\2 in the \1",
        ),
        # "the residence for old people", "a home for the elderly": a care home
        (
            r"\b(?:residence|residency|house|home|centre|center)\s+(?:for|of)\s+(?:the\s+)?"
            r"(?:old|elderly|older|aged)(?:\s+(?:people|persons|ones|men|women))?\b",
            "care home",
        ),
        # "the man of the night": the night man, the night worker
        (r"\b(the|a)\s+(man|woman|guy|worker|carer|nurse)\s+of\s+the\s+night\b", r"\1 night \2"),
        # touched "in a way not correct", "in a wrong way"; not "in a bad way", which is unwell
        (
            r"\bin\s+a\s+(?:way|manner)\s+(?:that\s+is\s+|which\s+is\s+)?(?:not\s+(?:correct|"
            r"right|proper|appropriate)|incorrect|improper|wrong)\b|\bin\s+a\s+(?:not\s+"
            r"(?:correct|right|proper|appropriate)|wrong|incorrect|improper)\s+(?:way|manner)\b",
            "inappropriately",
        ),
        # "i am not wanting", "she is not wanting"
        (r"\b(i|we|they)\s+(?:am|are)\s+not\s+wanting\b", r"\1 do not want"),
        (r"\b(he|she)\s+is\s+not\s+wanting\b", r"\1 does not want"),
    )
)


def read_learner(text: str) -> str:
    """A message (lower case, apostrophes gone) with another language's grammar read into the
    net's spelling: "she has 89 years, in the fridge is nothing" reads "she is 89, nothing in
    the fridge"."""
    text = _YEARS_HAD.sub(_age_said, text)
    for pattern, read in _READINGS:
        text = pattern.sub(read, text)
    return text
