"""How the English net reads Nigerian Pidgin: its grammar brought to English tense and order.

Pidgin is English words in a grammar of its own, so a disclosure in it has every word the net
knows and none of the shapes its patterns are written for: "my husband dey beat am" (is beating
her), "e dey break the door" (he is breaking), "him no dey answer me" (he is not answering),
"everything don scatter" (has scattered), "i no fit again" (I can't go on), "the girl na 12" (is
12), "abeg", "pikin", "wey". The patterns are written once, in the net's spelling, so Pidgin is
read into it first (safeguarding_words.normalise calls `read_pidgin` before `read_dialect`).

Only a message that is in Pidgin is read so: one with a word English does not have ("abeg",
"pikin", "wey", "una", "wahala", "comot") or a person before "dey", "don" or "no fit" ("i dey",
"she don", "i no fit"). "Don", "na" and "am" are English words too ("Don said", "na, I'm fine",
"I am"), and are read as Pidgin only in such a message and only in their Pidgin place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# A message in Pidgin: a word English does not have, or a person before a Pidgin verb marker.
_IN_PIDGIN = re.compile(
    r"\b(?:abeg|pikin|pikins|wey|una|wahala|comot|sabi|abi|oga)\b|\b(?:i|e|we|you|he|she|dem|"
    r"him|everything|person)\s+(?:dey|don|no\s+fit|no\s+dey)\s+[a-z]"
)

# Pidgin words with an English word of their own.
_WORDS: Mapping[str, str] = {  # i18n-exempt: input
    "abeg": "please",
    "pikin": "child",
    "pikins": "children",
    "wey": "who",
    "una": "you all",
    "comot": "leave",
    "wahala": "trouble",
    "sabi": "know",
    "oga": "boss",
    "flog": "beat",
    "mama": "mum",
    "papa": "dad",
}
_WORD = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b")

# Words "dey" is "is" before rather than "is ...ing": a place, a state, a word that opens one.
_NOT_A_VERB = frozenset(  # i18n-exempt: input
    {
        "inside", "outside", "for", "in", "at", "on", "with", "there", "here", "house", "home",
        "hospital", "school", "work", "fine", "well", "ok", "okay", "alright", "alive", "sick",
        "hungry", "the", "a", "my", "his", "her", "their", "our", "your", "this", "that", "near",
        "under", "behind", "very", "so", "too", "still", "again", "now", "bus", "road", "street",
        "office", "alone", "somewhere", "where", "not", "and", "but", "o", "oh",
    }
)  # fmt: skip
# Past participles that are not the verb with "-ed".
_PARTICIPLES: Mapping[str, str] = {  # i18n-exempt: input
    "write": "written",
    "take": "taken",
    "beat": "beaten",
    "go": "gone",
    "break": "broken",
    "eat": "eaten",
    "give": "given",
    "see": "seen",
    "do": "done",
    "fall": "fallen",
    "drink": "drunk",
    "hit": "hit",
    "cut": "cut",
    "run": "run",
    "tell": "told",
    "say": "said",
    "send": "sent",
    "leave": "left",
    "find": "found",
    "lose": "lost",
    "hide": "hidden",
    "swell": "swollen",
    "catch": "caught",
    "buy": "bought",
    "come": "come",
    "sleep": "slept",
    "hold": "held",
    "lock": "locked",
}
# "The others" are "are", "I" is "am", and anyone else "is".
_ARE = frozenset({"we", "they", "dem", "you", "all"})


def _be(subject: str) -> str:
    """The form of "be" that follows `subject`, the word before the Pidgin marker."""
    return "am" if subject == "i" else "are" if subject in _ARE else "is"


def ing(verb: str) -> str:
    """A verb's "-ing" form by the spelling rules: "beat" beating, "make" making, "stab"
    stabbing."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _participle(verb: str) -> str:
    """A verb's past participle: "write" written, "scatter" scattered."""
    if verb in _PARTICIPLES:
        return _PARTICIPLES[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


# A time gone by said earlier in the clause, which puts "dey" in the past ("last year my
# sister husband dey beat am": was beating her).
_THEN = re.compile(
    r"(?<!\bsince\s)\b(?:last\s+(?:year|month)|(?:\w+\s+)?years?\s+ago|that\s+time|before\s+before|when\s+i\s+"
    r"(?:was|be|dey)\s+(?:small|young|\d+)|as\s+a\s+(?:child|pikin|small\s+girl|small\s+boy))\b"
)


def _read_dey(match: re.Match[str]) -> str:
    """ "she dey beat" as "she is beating", "him no dey answer" as "he is not answering", "i dey
    inside" as "i am inside"; "was" after a time gone by in the same clause."""
    subject, negated, word = match.group(1), match.group(2), match.group(3)
    clause = re.split(r"[.!?,;]|\bbut\b", match.string[: match.start()])[-1]
    be = _be(subject)
    if _THEN.search(clause):
        be = "were" if be == "are" else "was"
    be += " not" if negated else ""
    return f"{subject} {be} {word if word in _NOT_A_VERB else ing(word)}"


def _read_don(match: re.Match[str]) -> str:
    """ "everything don scatter" as "everything has scattered", "i don write" as "i have
    written"."""
    subject, verb = match.group(1), match.group(2)
    have = "have" if subject == "i" or subject in _ARE else "has"
    return f"{subject} {have} {_participle(verb)}"


# In order: the words, a person as "he" or "his", the object "am", then the verb markers.
_READINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(  # i18n-exempt: input
    (re.compile(pattern), read)
    for pattern, read in (
        (r"\bnow\s+now\b", "just now"),
        # "i no fit again" to close a clause is not being able to go on; before a verb, "can not"
        (
            r"\bno\s+fit\s+(?:do\s+(?:am|this|it)\s+|cope\s+|carry\s+on\s+)?again\b"
            r"(?=\s*(?:[.,;!?]|$))",
            "can not go on any more",
        ),
        (r"\bno\s+fit\b", "can not"),
        # "e" and "him" as the one doing, before a verb marker
        (r"\b(?:e|him)\s+(?=(?:dey|don|no|go|wan|never|fit|na)\b)", "he "),
        # "him" opening a clause before anything else is "his" ("him body hot")
        (r"(?:^|(?<=[,.;!?]\s)|(?<=\band\s)|(?<=\bbut\s))him\s+(?=[a-z])", "his "),
        # "am" after a verb is the one done to ("beat am"); "i am" stays
        (r"(?<=[a-z]\s)(?<!\bi\s)am\b", "them"),
        # "na" between two words is "is" ("the girl na 12")
        (r"(?<=[a-z]\s)na\s+(?=[a-z0-9])", "is "),
    )
)
# "be" after a person is "is" ("she be only 10").
_BE = re.compile(r"\b(i|he|she|it|we|they|dem|you)\s+be\s+(?=[a-z0-9])")
_DEY = re.compile(r"\b([a-z]+)\s+(no\s+)?dey\s+([a-z]+)\b")
_DON = re.compile(r"\b([a-z]+)\s+don\s+(?!t\b)([a-z]+)\b")


def read_pidgin(text: str) -> str:
    """A message (lower case, apostrophes gone) read from Pidgin into the net's spelling, if it
    is in Pidgin: "abeg my pikin dey convulse" reads "please my child is convulsing"."""
    if not _IN_PIDGIN.search(text):
        return text
    text = _WORD.sub(lambda word: _WORDS[word.group()], text)
    for pattern, read in _READINGS:
        text = pattern.sub(read, text)
    text = _BE.sub(lambda be: f"{be.group(1)} {_be(be.group(1))} ", text)
    return _DON.sub(_read_don, _DEY.sub(_read_dey, text))
