"""The English phrase net: someone gone unanswered for days, told by the person who cannot reach
them, in a message about something else.

A welfare check is asked for sideways: an aunt with dementia who lives alone and has not picked
up since Friday while her carer is off sick ("can you check if she's still coming?"), a flatmate
who has not come out of his room for four days, does not answer and there is a smell. What a
safeguarding lead acts on is the silence beside what makes it dangerous: someone old, frail or
alone with no one else going in, or a closed room with a smell. So a neighbour known to be on a
cruise, a prescription not picked up since Friday, and a son who has not come out of his room for
four days while gaming are left alone. The milk-on-the-step and feared-fallen-inside shapes are in
safeguarding_emergency ("not seen for days"). Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import _ALONE_OR_FRAIL, _OVER, KNOWN_TO_BE_AWAY
from bot.gateway.safeguarding_words import every_one_of

_FOR_DAYS = (
    r"(?:for|since|in)\s+(?:days|a\s+week|(?:two|three|four|five|six|several|a\s+few|\d+)\s+days|"
    r"(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+night)\b"
)
# Calls gone unanswered since a day or for days: "has not picked up since Friday morning".
_NOT_PICKED_UP = (
    r"\b(?:has|have|had)\s+not\s+(?:picked\s+up|answered|replied|rung\s+back|called\s+back)"
    r"(?:\s+(?:the|her|his|my|any)\s+(?:phone|calls?|door|texts?|messages?))?\s+" + _FOR_DAYS
)
# No one else going in: the carer off or not been, nobody round.
_NO_ONE_GOING_IN = (
    r"\bcarers?\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:off|away|on\s+holiday|not\s+"
    r"been|not\s+come|cancelled|sick|ill)\b|\b(?:carers?|no\s+one|nobody)\s+(?:has|have|had)\s+"
    r"not\s+(?:been|come|turned\s+up)\b|\b(?:no\s+one|nobody)\s+(?:has\s+)?(?:been\s+(?:in|"
    r"round)|checked\s+on\s+(?:her|him))\b"
)
# Someone shut in their own room for days: "has not come out of his room for four days".
_SHUT_IN_FOR_DAYS = (
    r"\b(?:has|have|had)\s+not\s+(?:come|been)\s+out\s+of\s+(?:his|her|their|the)\s+"
    r"(?:bed)?room\s+" + _FOR_DAYS
)
_NOT_ANSWERING = (
    r"\b(?:not|no\s+one\s+is|nobody\s+is)\s+answering\b|\bno\s+answer\b|\b(?:will|does|did)\s+"
    r"not\s+answer\b"
)
# What the closed door gives away: a smell, no sound, food left untouched outside.
_A_SMELL_OR_SILENCE = (
    r"\b(?:a|the|funny|bad|horrible|awful|strange)\s+smell\b|\bsmells?\s+(?:bad|awful|horrible|"
    r"funny)\b|\bno\s+(?:sound|noise)\b|\b(?:food|meals?|plates?|trays?)\s+(?:left\s+)?"
    r"(?:outside|untouched)\b"
)
_UNANSWERED_AND_ALONE = every_one_of(_NOT_PICKED_UP, _ALONE_OR_FRAIL, _NO_ONE_GOING_IN)

UNANSWERED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # someone old, frail or alone unanswered for days with no carer or anyone else going in
    "alone and unanswered": (_OVER + KNOWN_TO_BE_AWAY + _UNANSWERED_AND_ALONE,),
    # someone shut in their room for days, not answering, with a smell or no sound
    "shut in a room for days": (
        _OVER
        + KNOWN_TO_BE_AWAY
        + every_one_of(_SHUT_IN_FOR_DAYS, _NOT_ANSWERING, _A_SMELL_OR_SILENCE),
    ),
}
