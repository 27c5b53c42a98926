"""The English phrase net: risks that come with having no safe home.

Someone sofa-surfing, in temporary accommodation, a shared house or just evicted tells of a risk
as part of the housing: a bed or a sofa kept on condition of holding packages for his boys or
going on runs; a neighbour in temp accommodation or a hostel screaming for hours, then silence,
with her baby still crying or a plea to tell someone; a parent since the eviction saying the
family would be better off with him gone, who has taken a hosepipe, a rope or tablets and left;
a toddler locked in a room all day or for hours while the parent is out, crying or beside a
heater; a thank-you that is a goodbye, with a way out sorted for tonight or for good; a mother
or a father with a heart condition, or locked out by the landlord, with bad chest pain now; a
man in the next room beating his girlfriend or wife now, said in English or half in Polish
("bije swoją dziewczynę"), with her screaming.

Each needs its parts together, and the everyday twins share the words and are left alone: the
sofa kept for holding the neighbours' parcels and the school runs, a neighbour screaming at the
football with her baby asleep, a dad who is better off with the old car gone taking a hosepipe
to wash it, a toddler's bike locked in the room, a way out of the overdraft sorted for good, a
chest pain check-up with the heart condition well, a man beating his brother at chess. Text has
been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a game, or as over: not happening now.
_NOT_NOW = _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|soap|eastenders|when\s+(?:i|we)\s+(?:was|were))\b"

# A bed, a sofa or a room kept on condition of something done for him.
_A_BED_IF = (
    r"\b(?:keep|stay\s+on|stay\s+in|sleep\s+on|sleep\s+in|have|crash\s+on)\s+(?:the|his|their|"
    r"a|my)\s+(?:sofa|couch|settee|bed|floor|room|spare\s+room|place|flat)\b[^.?!]{0,30}?"
    r"\b(?:if|as\s+long\s+as|only\s+if|in\s+(?:exchange|return)\s+for)\b"
)
# Holding packages for his boys, or going on runs: the work of a drug line.
_FOR_HIS_BOYS = (
    r"\b(?:hold|holding|keep|keeping|stash|stashing|carry|carrying|drop|dropping|move|moving|"
    r"sell|selling|bag|bagging)\s+(?:\w+\s+){0,2}?(?:packages?|parcels?|packs?|stuff|bags?|bits|"
    r"food|work|gear)\s+for\s+(?:his|the|their)\s+(?:boys|mates|lot|crew|guys|olders|man\s*dem|"
    r"mandem|friends)\b|\b(?:go|going|do|doing)\s+(?:on\s+)?(?:runs|run)\s+for\s+(?:him|them|"
    r"his\s+boys)\b|\b(?:go|going)\s+(?:up\s+)?country\b"
)
_HOUSE_ERRANDS = r"\b(?:school\s+runs?|fun\s+runs?|park\s*runs?|shopping|washing\s+up|hoover)\b"

# A neighbour in temp accommodation, a hostel or next door screaming for hours, then quiet.
_SCREAMING_FOR_HOURS = (
    r"\b(?:next\s+door|next\s+to\s+me|upstairs|downstairs|room\s+next|next\s+room|across\s+the"
    r"\s+(?:hall|landing)|temp\w*\s+accommodation|hostel|b\s*&\s*b|shared\s+house)\b[^.?!]{0,60}?"
    r"\b(?:screaming|shouting|crying\s+out|banging)\s+(?:for\s+(?:hours|ages|ages\s+and\s+ages|"
    r"the\s+last\s+\w+\s+hours|\w+\s+hours)|all\s+(?:night|evening|day))\b"
)
_NOW_QUIET = (
    r"\b(?:now|then|suddenly|and)\s+(?:it\s+is\s+|it\s+has\s+|its\s+|it\s+|has\s+|everything\s+)?"
    r"(?:gone|went|go|is|all)\s+(?:quiet|silent|dead\s+quiet)\b|\bnow\s+(?:nothing|silence)\b"
)
_BABY_STILL_CRYING = (
    r"\b(?:baby|little\s+one|toddler|kids?|children)\s+(?:is|are)\s+(?:still\s+)?(?:crying|"
    r"screaming)\b|\b(?:please\s+)?tell\s+someone\b|\bshould\s+i\s+call\b|\bwhat\s+do\s+i\s+do\b"
)
_A_GAME_SHOUTED = r"\b(?:at\s+the\s+(?:telly|tv|football|match|game)|karaoke|party|singing)\b"

# A parent since the eviction better off gone, who took the means and left.
_BETTER_OFF_GONE = (
    r"\bbetter\s+off\s+(?:without\s+(?:him|her|me)|with\s+(?:him|her|me)\s+gone|if\s+(?:he|she|"
    r"i)\s+(?:was|were)\s+(?:gone|dead|not\s+here)|(?:him|her|me)\s+dead)\b"
)
_TOOK_THE_MEANS = (
    r"\b(?:took|taken|has\s+got|grabbed|got)\s+(?:the\s+car\s+keys\s+and\s+)?(?:a|the|some|his|"
    r"her|all\s+the)\s+(?:hose\s*pipe|hose|rope|tablets|pills|shotgun|gun)\b"
)
_LEFT = (
    r"\b(?:and\s+left|and\s+went|drove\s+off|left\s+(?:the\s+house|home)|gone\s+out|not\s+back|"
    r"not\s+answering|phone\s+(?:is\s+)?off)\b"
)
_A_CHORE = r"\b(?:allotment|wash\s+(?:the\s+)?car|car\s+wash|watering|water\s+(?:the|it))\b"

# A toddler locked in a room for hours or all day while the parent is out.
_A_TODDLER_LOCKED_IN = (
    r"\block(?:s|ed|ing)?\s+(?:her|his|their|the|a)\s+(?:(?:[1-4]|two|three|four)\s+year\s+old|"
    r"toddler|baby|little\s+(?:boy|girl|one))\s+in\s+(?:the|a|his|her|their)\s+(?:room|bedroom|"
    r"cupboard|bathroom|flat)\b"
)
_ALONE_FOR_HOURS = (
    r"\b(?:all\s+day|for\s+hours|all\s+night|while\s+(?:she|he|they)\s+(?:goes|go|went|is|are)"
    r"\s+out|on\s+(?:his|her)\s+own|crying\s+for\s+hours|heater|no\s+food)\b"
)
_A_SAFETY_GATE = r"\b(?:stair\s*gate|safety\s+gate|nap|with\s+(?:her|him)\s+in\s+there)\b"

# A thank-you that is a goodbye: a way out sorted for tonight or for good.
_A_THANK_YOU = (
    r"\bthanks?\s+(?:you\s+)?for\s+everything\b|\b(?:will\s+not|do\s+not|wont)\s+need\s+"
    r"(?:\w+\s+){0,3}?any\s*more\b|\bgoodbye\b"
)
_A_WAY_OUT = (
    r"\b(?:sorted|found|got|planned|worked\s+out|figured\s+out)\s+(?:a|my|the)\s+way\s+out\b"
    r"(?!\s+of\b)[^.?!]{0,20}?\b(?:tonight|for\s+good|for\s+ever|forever)\b"
)
_A_WAY_OUT_OF = r"\bway\s+out\s+of\b|\b(?:new\s+job|new\s+flat|bus\s+pass)\b"

# Chest pain now, in someone with a heart condition or locked out by the landlord.
_HEART_OR_LOCKED_OUT = (
    r"\b(?:heart\s+(?:condition|problems?|disease|failure)|angina|bad\s+heart|stent|locked\s+"
    r"(?:us\s+|me\s+|them\s+)?out|lock\s+change|changed\s+the\s+locks)\b"
)
_CHEST_PAIN_NOW = (
    r"\b(?:bad|severe|really\s+bad|terrible|awful|crushing)\s+chest\s+pains?\b(?!\s+(?:last|"
    r"years?|before|once|back\s+in))|\bchest\s+pains?\s+(?:right\s+)?now\b"
)
_A_CHECK_UP = r"\b(?:check\s*up|appointment|clinic|fine\s+now|was\s+fine|all\s+clear)\b"

# A man beating his girlfriend or wife now, in the next room, in English or half in Polish.
_BEATING_HER = (
    r"\b(?:bije|beating|hitting|battering|punching|is\s+beating)\s+(?:up\s+)?(?:swoja|swoją|"
    r"his|the)\s+(?:dziewczyne|dziewczynę|zone|żonę|girlfriend|wife|partner|missus)\b"
)
_SHE_SCREAMS_NOW = (
    r"\b(?:right\s+now|teraz|she\s+is\s+(?:screaming|crying|begging)|i\s+can\s+hear\s+(?:her|"
    r"it))\b"
)
_A_GAME_WON = r"\b(?:chess|cards|fifa|tennis|pool|darts|race|scrabble|at\s+\w+\s+again)\b"


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # a sofa or a bed kept for holding packages for his boys or going on runs
    ("a bed traded for the work of a drug line", _HOUSE_ERRANDS, (_A_BED_IF, _FOR_HIS_BOYS)),
    # a neighbour in temp accommodation screaming for hours, then quiet, the baby still crying
    (
        "screaming for hours in temp accommodation then quiet",
        _A_GAME_SHOUTED,
        (_SCREAMING_FOR_HOURS, _NOW_QUIET, _BABY_STILL_CRYING),
    ),
    # a parent better off gone, who took a hosepipe, a rope or tablets and left
    (
        "a parent better off gone who took the means and left",
        _A_CHORE,
        (_BETTER_OFF_GONE, _TOOK_THE_MEANS, _LEFT),
    ),
    # a toddler locked in a room all day while the parent is out
    (
        "a toddler locked in a room for hours",
        _A_SAFETY_GATE,
        (_A_TODDLER_LOCKED_IN, _ALONE_FOR_HOURS),
    ),
    # a thank-you that is a goodbye, with a way out sorted for tonight or for good
    ("a thank-you with a way out sorted", _A_WAY_OUT_OF, (_A_THANK_YOU, _A_WAY_OUT)),
    # chest pain now in someone with a heart condition or locked out
    (
        "chest pain now with a heart condition",
        _A_CHECK_UP,
        (_HEART_OR_LOCKED_OUT, _CHEST_PAIN_NOW),
    ),
    # a man beating his girlfriend now, and her screaming
    ("a man beating his girlfriend now", _A_GAME_WON, (_BEATING_HER, _SHE_SCREAMS_NOW)),
)

NO_SAFE_BED_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
