"""The English phrase net: harm heard or known through a neighbour's wall, floor or door now,
told by the neighbour.

A neighbour writes what they can hear from the flat next door, upstairs or across the landing:
a man beating his wife again with her crying right now, someone thrown against the wall while a
woman shouts "stop"; an old woman who fell this morning and is still on the floor behind a
locked door; a baby crying since seven this morning with no one come or gone. Each is read from
where it is (a neighbour's home), what is heard (a blow, a plea, a fall, a child crying for
hours) and a sign that it is now (right now, still, no one come), so its everyday twin with the
same words reads past it: DIY and drilling, the boxing on the telly, beating his wife at chess,
a grandmother fallen asleep on the floor by the fire, a teething baby with her mum up all night.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import _FALL, _NOT_A_LONG_LIE, _OVER
from bot.gateway.safeguarding_witnessed import _A_GROWN_UP_THERE, _FOR_HOURS, _YOUNG_CHILD
from bot.gateway.safeguarding_words import every_one_of

# A neighbour's home, or what comes through from it.
_A_NEIGHBOURS_HOME = (
    r"\b(?:next\s+door|upstairs|downstairs|across\s+the\s+(?:landing|hall|corridor)|through\s+"
    r"the\s+(?:walls?|ceiling|floor)|(?:flat|house)\s+(?:above|below|opposite)|neighbou?rs?)\b"
)
# A blow or a plea heard from there: a man beating his wife (not at chess), someone thrown
# against the wall, a woman shouting "stop" or for help.
_VIOLENCE_HEARD = (
    r"\b(?:beating|hitting|battering|punching|kicking|strangling|choking|throttling|slapping|"
    r"laying\s+into)\s+(?:up\s+)?(?:his|her|their)\s+(?:wife|girlfriend|partner|husband|missus|"
    r"kids?|children|son|daughter|mum|mother|baby|boyfriend)\b(?!\s+(?:at|in|up\s+the)\b)|"
    r"\b(?:someone|somebody|a\s+(?:woman|man|girl|kid|child)|she|he|her|him)\s+(?:being\s+|"
    r"getting\s+)?(?:thrown|slammed|smashed|shoved|pushed|hit)\s+(?:against|into)\s+(?:the|a)\s+"
    r"(?:walls?|door|floor|furniture)\b|"
    r"\b(?:woman|girl|lady|wife|she|kids?|children|child)\s+(?:keeps|kept|is|was|started|are|"
    r"were)\s+(?:shouting|screaming|yelling|crying|begging|pleading)\s+(?:out\s+)?(?:stop\b|"
    r"help\b|get\s+off\b|for\s+help\b|(?:him|them)\s+to\s+stop\b|please\s+(?:stop|no|do\s+not)\b)"
)
# Heard now: right now, at the moment, as the writer writes, can hear it.
_HEARD_NOW = (
    r"\b(?:right\s+now|as\s+(?:we|i)\s+speak|at\s+the\s+moment|i\s+can\s+(?:hear|see)|"
    r"(?:is|are)\s+(?:still\s+)?going\s+on|what\s+(?:do|should|shall)\s+i\s+do)\b"
)
# Noise that is not harm: DIY, a match or a film, a game, music, a play fight, a laugh.
_ONLY_NOISE = (
    r"^(?!.*\b(?:diy|drill\w*|hammer\w*|telly|tv|film|movie|match|football|boxing|wrestling|"
    r"games?|gaming|playstation|xbox|party|music|karaoke|rehears\w*|pillow\s+fight|play\s*"
    r"fight\w*|playing|hide\s+and\s+seek|chess|cards|lol|haha\w*|lmao)\b)"
)

# Still on the floor after a fall, with no way in: the door locked, living alone.
_STILL_ON_THE_FLOOR = (
    r"\b(?:is|are|been)\s+still\s+(?:lying\s+)?(?:on|down\s+on)\s+(?:the|her|his|their)\s+"
    r"(?:\w+\s+)?(?:floor|ground)\b"
)
_NO_WAY_IN = (
    r"\b(?:doors?\s+(?:is\s+)?(?:locked|bolted|chained)|(?:can\s+not|could\s+not)\s+get\s+(?:in|"
    r"to\s+(?:her|him|them))|lives?\s+(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:herself|"
    r"himself)))\b"
)

# A young child heard crying since a time this morning, or for hours.
_SINCE_A_TIME = (
    r"\bsince\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|(?:six|seven|eight|nine|ten)"
    r"(?:\s+o\s*clock)?)\s+(?:this|in\s+the)\s+(?:morning|afternoon)\b|" + _FOR_HOURS
)
_CHILD_CRYING = _YOUNG_CHILD + r"[^.!?]{0,30}?\b(?:crying|screaming|sobbing|wailing)\b"
# And no grown-up in or out: no one come or gone, the child alone in there.
_NO_ONE_IN_OR_OUT = (
    r"\b(?:(?:no\s+one|nobody)\s+(?:has\s+)?(?:come|gone|been)\s+(?:or\s+(?:gone|come)|in\s+or\s+"
    r"out)|(?:alone|on\s+(?:his|her|their)\s+own)\s+in\s+there)\b"
)

NEXT_DOOR_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a blow or a plea heard from a neighbour's home now; not DIY, the telly or a game
    "violence heard next door now": (
        _OVER + _ONLY_NOISE + every_one_of(_A_NEIGHBOURS_HOME, _VIOLENCE_HEARD, _HEARD_NOW),
    ),
    # a neighbour fallen and still on the floor behind a locked door or living alone
    "a neighbour fallen with no way in": (
        _OVER
        + _NOT_A_LONG_LIE
        + every_one_of(_A_NEIGHBOURS_HOME, _FALL, _STILL_ON_THE_FLOOR, _NO_WAY_IN),
    ),
    # a young child next door crying for hours with no grown-up come or gone
    "a child crying alone next door": (
        _A_GROWN_UP_THERE
        + every_one_of(_A_NEIGHBOURS_HOME, _CHILD_CRYING, _SINCE_A_TIME, _NO_ONE_IN_OR_OUT),
    ),
}
