"""The English phrase net: a young person cornered now by people who mean harm, told in passing.

A member writes from a stairwell where they hid after men with a knife chased them, and the men
are still downstairs; a girl of fifteen getting into the car of a boyfriend of thirty she met
online; a friend too drunk to walk taken into a bedroom at a party by a man who has locked the
door; a delivery rider made to carry bags for the men who rent him the bike, shown a video of
his mother's house and told they know his brother's school; a worker grabbed in the stockroom
by a man who said next time he will not stop, with a shift beside him tomorrow. Each is read
from its parts together (who, what they did, and that they are still there or it is soon), so
its everyday twin reads past it: a chase at laser tag, a boyfriend of the same age, a friend put
to bed to sleep it off, a video of someone else's house, a colleague who grabs the writer to
show them the stock system. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import _OVER
from bot.gateway.safeguarding_lured import _AN_ADULT_PARTNER, _UNDER_16
from bot.gateway.safeguarding_words import every_one_of

# Chased by people, one of them armed, and they are still close: "they are still downstairs".
_CHASED = (
    r"\b(?:chased|chasing|ran\s+after|running\s+after|came\s+after|coming\s+after|jumped|"
    r"followed)\s+(?:me|us)\b"
)
_A_WEAPON = (
    r"\b(?:knife|knives|blades?|machetes?|shanks?|guns?|bats?|hammers?|swords?|zombie\s+knife)\b"
)
_STILL_CLOSE = (
    r"\b(?:they|he|them)\s+(?:are|is)\s+still\s+(?:downstairs|outside|there|about|around|"
    r"looking|waiting|on\s+the\s+(?:stairs|landing|block|estate|street|road)|at\s+the\s+"
    r"(?:bottom|door|entrance))\b|\bhiding\s+(?:in|from|behind|under)\b"
)
# A chase that is play (laser tag, a game, a scare maze, a dream, a film) or by an animal.
_A_CHASE_IN_PLAY = (
    r"^(?!.*\b(?:laser\s*(?:tag|quest)|paintball|nerf|water\s+pistols?|games?|zombies?|props?|"
    r"costumes?|scare\s+maze|haunted|halloween|dream\w*|film|movie|lol|haha\w*|lmao|dogs?|"
    r"geese|goose|swans?|cows?|bulls?|horses?|seagulls?|wasps?|bees|fox|foxes)\b)"
)

# A child of fifteen or under with an adult partner, meeting him or getting in his car now.
_MEETING_HIM_NOW = (
    r"\b(?:getting|got|gets|get)\s+in(?:to)?\s+(?:his|their|a|the)\s+(?:\w+\s+)?car\b|"
    r"\b(?:going|gone|went|on\s+(?:her|his)\s+way)\s+(?:\w+\s+){0,2}?to\s+meet\b"
)

# Someone out of it taken into a room by a man who has shut the door and will not open it.
_TAKEN_INTO_A_ROOM = (
    r"\b(?:guy|man|bloke|lad|fella|he|men|guys|lads)\s+(?:\w+\s+){0,3}?(?:has\s+|have\s+|"
    r"just\s+)*(?:taken|took|"
    r"dragged|carried|led|pulled|walked)\s+(?:my\s+\w+|her|a\s+girl|this\s+girl|the\s+girl)\s+"
    r"(?:up\s*stairs\s+)?(?:in|into|to|up\s+to)\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:bed)?room\b"
)
_OUT_OF_IT = (
    r"\b(?:wasted|out\s+of\s+it|so\s+drunk|paralytic|passed\s+out|unconscious|spiked|"
    r"(?:could|can)\s+not\s+(?:walk|stand|talk)|barely\s+(?:conscious|awake|walking|standing))\b"
)
_SHUT_IN_WITH_HIM = (
    r"\b(?:doors?\s+(?:is\s+)?locked|locked\s+(?:the|it|the\s+\w+)\s+door|(?:he|they)\s+"
    r"(?:will|would)\s+not\s+(?:open|unlock|let\s+(?:me|us|anyone)\s+in))\b"
)
# A friend put to bed to sleep it off, with someone looking after her.
_LOOKED_AFTER = (
    r"^(?!.*\b(?:sleep\s+it\s+off|recovery\s+position|(?:sat|sitting|staying)\s+with\s+her|"
    r"looking\s+after\s+her)\b)"
)

# Made to carry for them, with the family shown to be within reach: a video of the mother's
# house, the brother's school known.
_MADE_TO_CARRY = (
    r"\b(?:make|makes|made|making|force|forces|forced|forcing)\s+(?:me|him|her|us)\s+(?:to\s+)?"
    r"(?:carry|hold|drop\s+off|deliver|move|run|stash|keep)\s+(?:\w+\s+)?(?:bags?|packages?|"
    r"parcels?|stuff|things|drugs|shit|boxes)\b"
)
_MY_FAMILY = (
    r"(?:my|our)\s+(?:little\s+|baby\s+|big\s+|younger\s+|older\s+)?(?:mums?|mothers?|dads?|"
    r"fathers?|brothers?|sisters?|nans?|nanas?|grans?|family|familys|kids?|sons?|daughters?|"
    r"wifes?|girlfriends?|parents?)"
)
_FAMILY_WITHIN_REACH = (
    r"\b(?:know|knows|found\s+out)\s+(?:where\s+)?"
    + _MY_FAMILY
    + r"\s+(?:\w+\s+)?(?:school|house|home|flat|work|lives?|address)\b|\b(?:showed|sent|show)"
    r"\s+(?:me|him|her)\s+(?:a\s+)?(?:videos?|photos?|pictures?|pics?)\s+of\s+(?:my|our)\s+"
    r"(?:\w+\s+){0,2}(?:house|home|flat|door|school|car)\b"
)

# Grabbed at work by a man who says next time he will not stop, and with him again soon.
_KEEPS_GRABBING = (
    r"\b(?:keeps|kept|has\s+been|been|always|started)\s+(?:grabbing|touching|groping|cornering|"
    r"pinning|feeling\s+up)\s+(?:me|my)\b"
)
_WILL_NOT_STOP_NEXT_TIME = (
    r"\bnext\s+time\s+(?:he|they)\s+(?:will\s+not|is\s+not\s+going\s+to|are\s+not\s+going\s+to)"
    r"\s+stop\b|\b(?:he|they)\s+(?:will\s+not|is\s+not\s+going\s+to)\s+stop\s+next\s+time\b"
)
_WITH_HIM_SOON = (
    r"\bwith\s+(?:him|them)\s+(?:again\s+)?(?:tomorrow|tonight|later|on\s+\w+day)\b|"
    r"\b(?:tomorrow|tonight)\b"
)

CORNERED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # chased by people with a weapon, hiding, and they are still close; not a game
    "chased by someone armed and still close": (
        _OVER + _A_CHASE_IN_PLAY + every_one_of(_CHASED, _A_WEAPON, _STILL_CLOSE),
    ),
    # a child of fifteen or under meeting an adult partner or getting in his car now
    "a child going off with an adult partner": (
        "^" + every_one_of(_UNDER_16, _AN_ADULT_PARTNER, _MEETING_HIM_NOW),
    ),
    # someone out of it taken into a room by a man who has locked the door
    "someone out of it shut in a room with a man": (
        _LOOKED_AFTER + every_one_of(_TAKEN_INTO_A_ROOM, _OUT_OF_IT, _SHUT_IN_WITH_HIM),
    ),
    # made to carry for people who show the family's home or school is within reach
    "made to carry with the family threatened": (
        "^" + every_one_of(_MADE_TO_CARRY, _FAMILY_WITHIN_REACH),
    ),
    # grabbed at work by a man who says next time he will not stop, and with him again soon
    "grabbed with worse promised next time": (
        _OVER + every_one_of(_KEEPS_GRABBING, _WILL_NOT_STOP_NEXT_TIME, _WITH_HIM_SOON),
    ),
}
