"""The English phrase net: violence planned against someone, told in London street words
(Multicultural London English), where the weapon is "the ting", "the strap" or "the nank" and
"man" is the writer.

A weapon brought with a word that says what it is for: "man's bringing a ting on saturday, if
they wanna talk about policing they can talk to this". And the writer out with a weapon where a
rival lives, waiting for him: "man's on the opp block with the nank, if he comes out his yard
tonight it's done". "Ting" is also just a thing (a dish for the bring and share, a surprise), so
each reading needs the weapon and what it is for together, and food, a party, a game or a drill
video, or a laugh, reads past it. "Got wet up" (stabbed) and "the nank" (a knife) are read into
plain words by safeguarding_dialect. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _A_GAME, _JOKING
from bot.gateway.safeguarding_words import every_one_of

# A weapon in street words or plain ones (the nank is read as a knife before this).
_STREET_WEAPON = (
    r"(?:ting|strap|burner|skeng|knife|knives|blades?|machetes?|shanks?|guns?|bora|wap)\b"
)
# Brought along: "man's bringing a ting", "i am coming with the strap".
_WEAPON_BROUGHT = (
    r"\b(?:bringing|bring|brings|coming\s+with|come\s+with|taking|carrying)\s+(?:a|the|my|his|"
    r"our|some)\s+" + _STREET_WEAPON
)
# What it is for, said to the people it is for: "they can talk to this".
_TALK_TO_THIS = (
    r"\b(?:can|could|will|gonna|going\s+to|let\s+(?:them|him|her)|tell\s+(?:them|him|her)\s+to)"
    r"\s+(?:talk|speak|chat|argue)\s+to\s+(?:this|that)\s*(?:[.,!?;]|$|(?:innit|bruv|fam|"
    r"still|yeah)\b)"
)
# A dish, a party or a tune: "ting" as a thing.
_A_THING_TO_SHARE = (
    r"\b(?:food|potluck|bring\s+and\s+share|bake|cake|jollof|rice|dish|snacks?|dessert|pudding|"
    r"curry|patties|chicken|playlist|speaker|recipe|dinner|lunch|birthday|surprise|party|"
    r"banner|present)\b"
)
# Where a rival lives: on the opp block, outside his yard or his door.
_ON_HIS_BLOCK = (
    r"\b(?:on|outside|by|at|near|round|in\s+front\s+of)\s+(?:the\s+)?(?:opps?|his|their|her|"
    r"(?:that|the)\s+(?:guy|man|lad|prick)s?)\s+(?:block|yard|ends?|estate|road|door|house|"
    r"flat|gate|stairs?)\b"
)
_ARMED = r"\bwith\s+(?:the|a|my|his|our|me)\s+" + _STREET_WEAPON
# Waiting for him to come out, and what happens then.
_WHEN_HE_COMES_OUT = (
    r"\b(?:if|when|once|as\s+soon\s+as|the\s+(?:second|minute|moment))\s+(?:he|she|they|man)\s+"
    r"(?:comes?|steps?|walks?|gets?)\s+out\b|\b(?:it\s+is|its)\s+(?:done|over|a\s+wrap)\s*"
    r"(?:[.,!?;]|$)|\bon\s+sight\b"
)
# Played or performed, not done: a game, a drill video, a film.
_PERFORMED = r"\b(?:gta|video|drill|lyrics?|track|song|film|music|shoot)\b"

STREET_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a weapon brought, with "they can talk to this"; not a dish for the bring and share
    "a weapon brought in street words": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_THING_TO_SHARE
        + "))"
        + every_one_of(_WEAPON_BROUGHT, _TALK_TO_THIS),
    ),
    # out with a weapon where a rival lives, for when he comes out
    "lying in wait on his block": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_GAME
        + "|"
        + _PERFORMED
        + "|"
        + _A_THING_TO_SHARE
        + "))"
        + every_one_of(_ON_HIS_BLOCK, _ARMED, _WHEN_HE_COMES_OUT),
    ),
}
