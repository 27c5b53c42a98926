"""The English phrase net: a parent's fear for a teenager, or of one, with the danger now.

A child taken or sent off "to work the lines" in another town; a child come home with a new
phone and money "a man in the park" gave him, going back to "pick something up"; boys from
another estate posting weapons and saying they are coming for the writer's son tonight; a
teenager who says "I'll kill you" with a screwdriver or a knife in his hand at the writer's
door. The same words go with no danger (the lines at a factory or a phone line, a neighbour's
tip for washing his car, a video game's machetes, a screwdriver used to fix a door handle), so
each reading needs the harm and what makes it now together. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_online import _A_CHILD
from bot.gateway.safeguarding_violence import _A_GAME, _JOKING
from bot.gateway.safeguarding_words import every_one_of

# Taken or sent off to sell drugs in another town: "taken to work the lines out in norfolk";
# not the lines at a factory, a call centre or a phone line.
_TO_WORK_THE_LINES = (
    r"\b(?:taken|sent|made|forced|used|groomed|gone|went|going)\s+(?:\w+\s+){0,3}?to\s+work\s+"
    r"(?:the|their|a|his)\s+lines\b(?!\s+(?:at|in|on|for)\s+(?:the\s+|a\s+)?(?:factory|plant|"
    r"warehouse|call\s+cent\w+|depot|shop|site|show|event|telethon))"
)

# Paid or given things by a man the family does not know: "a man in the park gave it him".
_GIVEN_BY_A_MAN = (
    r"\b(?:a|some|this|an?\s+older)\s+(?:older\s+)?(?:man|men|guy|bloke|lads?|boys|stranger)\s+"
    r"(?:\w+\s+){0,4}?(?:gave|gives|given|give|bought|buys|paid|pays|handed)\b|"
    r"\b(?:given|paid|bought)\s+(?:it\s+)?(?:him|her|them)\s+(?:it\s+)?(?:by|off|from)\s+(?:a|"
    r"some|this)\s+(?:man|men|guy|bloke|lads?|boys)\b"
)
_PHONE_OR_CASH = (
    r"\bnew\s+(?:\w+\s+)?(?:iphone|phone|trainers|jacket|coat)\b|(?:£|\$)\s*\d+|\b\d+\s*(?:quid|"
    r"pounds)\b|\bwads?\s+of\s+cash\b|\bcash\b"
)
# An errand with the thing left unnamed: "going back tonight to pick something up".
_AN_ERRAND_UNNAMED = (
    r"\b(?:pick|picking|collect|collecting|drop|dropping|hold|holding|deliver|delivering|mind|"
    r"minding|carry|carrying)\s+(?:something|stuff|a\s+(?:bag|package|parcel))\b(?!\s+(?:up\s+|"
    r"off\s+)?(?:for|from|to)\s+(?:his|her|my|our|the|their)\s+(?:mum|dad|nan|gran|grandad|aunt|"
    r"uncle|teacher|school|shop|post\s+office|chemist)\b)"
)

# Rivals coming for someone close, with weapons shown, and the danger tonight or now.
_COMING_FOR = (
    r"\b(?:coming|come|going|gonna|out)\s+(?:round\s+)?(?:for|to\s+get)\s+(?:my|our|him|her|"
    r"them|us|me)\b"
)
_WEAPONS = r"\b(?:machetes?|knives|knife|blades?|guns?|shanks?|swords?|zombie\s+knives|acid)\b"
_TONIGHT_OR_OUT_NOW = (
    r"\b(?:tonight|today|right\s+now|on\s+(?:their|his)\s+way|after\s+school|this\s+(?:evening|"
    r"afternoon)|out\s+(?:right\s+)?now)\b"
)
_A_CELEBRATION_OR_A_SHOW = (
    r"\b(?:birthday|party|sleepover|cake|film|movie|halloween|costumes?|props?|cosplay|tea|"
    r"dinner)\b"
)

# "I'll kill you" said to the writer, a weapon in his hand, and him at the door or in the room.
_KILL_YOU = (
    r"\b(?:said|says|saying|shouting|shouted|screaming|screamed|yelling|yelled|told\s+me)\s+"
    r"(?:that\s+)?(?:ill|i\s+will|i\s+am\s+going\s+to|i\s+am\s+gonna|he\s+will|he\s+is\s+going\s+"
    r"to|she\s+will|she\s+is\s+going\s+to)\s+kill\s+(?:you|me|us)\b"
)
_HELD_WEAPON = (
    r"(?:knife|knives|screwdriver|hammer|bat|machete|blade|scissors|axe|crowbar|bottle|"
    r"iron\s+bar|poker)"
)
_WEAPON_IN_HAND = (
    r"\bwith\s+(?:a|the|my|his|her|our)\s+(?:\w+\s+)?" + _HELD_WEAPON + r"\b|\b(?:holding|"
    r"got|has|grabbed|waving)\s+(?:a|the|my|his|her|our)\s+(?:\w+\s+)?" + _HELD_WEAPON + r"\b"
)
_AT_MY_DOOR = (
    r"\b(?:stood|standing|waiting|outside|at|by)\s+(?:\w+\s+)?(?:my|our|the)\s+(?:bedroom\s+|"
    r"bathroom\s+|front\s+|back\s+)?(?:door|room)\b|\bstood\s+over\s+me\b|\bin\s+my\s+room\b"
)
# Fixing something round the house: the screwdriver or the hammer as a tool.
_DIY = (
    r"\b(?:fix\w*|mend\w*|putting\s+up|put\s+up|assembl\w*|shel(?:f|ves)|hinges?|handles?|"
    r"flat\s*pack|ikea|wardrobe|lock\s+fitted|drill\w*)\b"
)

PARENT_FEAR_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a child taken off to sell drugs in another town; not the lines at a factory
    "a child taken to work the lines": (_TO_WORK_THE_LINES,),
    # a child paid by a man and going back for an errand with the thing unnamed
    "a child paid by a man and sent back for something": (
        "^" + every_one_of(_A_CHILD, _GIVEN_BY_A_MAN, _PHONE_OR_CASH, _AN_ERRAND_UNNAMED),
    ),
    # boys coming for a child tonight with weapons shown; not a game, a party or a film
    "rivals coming armed for a child tonight": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_GAME
        + "|"
        + _A_CELEBRATION_OR_A_SHOW
        + "))"
        + every_one_of(_COMING_FOR, _WEAPONS, _TONIGHT_OR_OUT_NOW),
    ),
    # "I'll kill you" with a weapon in hand at the writer's door; not a tool used to fix it
    "a threat to kill with a weapon at the door": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_GAME
        + "|"
        + _DIY
        + "))"
        + every_one_of(_KILL_YOU, _WEAPON_IN_HAND, _AT_MY_DOOR),
    ),
}
