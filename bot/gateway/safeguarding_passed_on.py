"""The English phrase net: risks passed on in a message meant for someone else, forwarded,
pasted or quoted, read as risks now.

What a member pastes or forwards so that someone knows, or sends to the wrong chat: the man who
rents them a room coming in at night while they sleep, or telling them not to tell; men coming
tonight with bats or knives to "sort them out"; a friend's post of her wrists with "last one
tonight"; a child who chewed a dishwasher or washing tablet and is being sick or burning; a son
taken to a flat and not let home till he has sold it all; a debt owed with "or we come to your
mum's house"; a caller at an old person's door who wants the bank PIN and will not leave; and a
thank-you sent from the top of a multi-storey or a roof.

Each needs its parts together, and the everyday twins share the words and are left alone: a
landlord in at night to fix a leak, bats for cricket, a photo of her wrists with new bracelets,
a tablet grabbed off the child in time, a flat at a car boot sale, a debt of a tenner with a
laugh, a card machine asking for the PIN, and a thank-you from a car parked on the top floor.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# The man who rents the writer a room, coming in at night while they sleep, or silencing them.
_LANDLORD = (
    r"\b(?:landlord|(?:guy|man|bloke|woman|lady|person|fella)\s+(?:who|that)\s+(?:rents|lets)\s+"
    r"(?:us|me|him|her|them)\b)"
)
_IN_AT_NIGHT = (
    r"\b(?:comes?|coming|came|lets?\s+(?:himself|herself)|letting\s+(?:himself|herself))\s+in"
    r"(?:to\s+(?:my|our|the|her|his)\s+(?:room|bedroom))?\s+(?:at\s+night|in\s+the\s+night|"
    r"when\s+(?:i|we|she|he|they)\s+(?:am|are|is)\s+(?:asleep|sleeping|in\s+bed))\b"
)
_ASLEEP_OR_SILENCED = (
    r"\b(?:asleep|sleeping|in\s+bed|can\s+not\s+tell\s+(?:anyone|anybody|no\s*one)|not\s+to\s+"
    r"tell|or\s+(?:we|i)\s+(?:are|am)\s+out|or\s+were\s+out)\b"
)
_A_REPAIR = r"\b(?:fix|fixing|check|checking|repair\w*|boiler|meter|leak\w*|texted\s+first)\b"

# Men coming tonight with weapons to hurt the writer or drive them out.
_COMING_SOON = (
    r"\bcoming\b(?:\s+(?:round|over|back|here|for\s+(?:us|you|him|her|them)))?\s+(?:tonight|"
    r"later|tomorrow|at\s+\d)"
)
_ARMED = (
    r"\bwith\s+(?:(?:baseball|cricket)\s+)?(?:bats|a\s+bat|knives|a\s+knife|machetes?|hammers?|"
    r"weapons|blades|a\s+blade|crowbars?|iron\s+bars?)\b"
)
_TO_HURT = (
    r"\b(?:sort\s+(?:us|you|him|her|me|them)\s+out|if\s+(?:we|you|i|they|he|she)\s+(?:are|is|"
    r"am)\s+not\s+(?:gone|out)|if\s+were\s+not\s+(?:gone|out)|do\s+(?:us|you|him|her|me|them)\s+"
    r"in|teach\s+(?:us|you|him|her|me|them)\s+a\s+lesson)\b"
)
_A_GAME = r"\b(?:cricket|rounders|softball|baseball\s+(?:game|practice)|practice|nets|match)\b"

# A friend's post of her wrists with a last word, or alone.
_WRISTS_SHOWN = (
    r"\b(?:pic|picture|photo|video|snap|selfie)s?\s+of\s+(?:her|his|their|my)\s+(?:cut\s+)?"
    r"(?:wrists?|arms?|cuts|thighs?)\b"
)
_A_LAST_WORD = (
    r"\blast\s+(?:one|time|post)\s+(?:tonight|ever)\b|\b(?:goodbye|bye)\s+(?:everyone|all)\b|"
    r"\bsorry\s+(?:everyone|for\s+everything)\b"
)
_ADORNED = r"\b(?:tattoo\w*|henna|bracelets?|bangles?|watch|nails|manicure|rash|eczema|cast)\b"

# A child who chewed or swallowed a dishwasher or washing tablet or a cleaner, and reacting.
_SWALLOWED_CLEANER = (
    r"\b(?:chewed|swallowed|ate|eaten|drank|drunk|bit\s+into|sucked\s+on)\s+(?:a\s+|an\s+|"
    r"some\s+|the\s+|half\s+a\s+)?(?:dishwasher|washing|laundry|detergent|bleach|toilet|oven|"
    r"drain)\s*"
    r"(?:tablets?|pods?|capsules?|liquid|cleaner|unblocker|powder)?\b"
)
_REACTING = (
    r"\b(?:being\s+sick|vomit\w*|throwing\s+up|(?:mouth|throat|lips?)\s+(?:burns|is\s+burning|"
    r"hurts|swell\w*)|burning|can\s+not\s+breathe|drooling|choking|ambulance|999|poison\w*)\b"
)
_GOT_IN_TIME = (
    r"\b(?:nearly|almost|before\s+(?:he|she|they)\s+could|grabbed\s+it|took\s+it\s+off|got\s+it"
    r"\s+off|(?:is|are)\s+fine\s+now|all\s+fine)\b"
)

# Someone taken to a flat and kept till they have sold it all.
_TAKEN_TO_A_FLAT = (
    r"\b(?:took|taken|take|brought|moved)\s+(?:me|him|her|them|us)\s+(?:down\s+|up\s+)?to\s+"
    r"(?:a|this|some|their)\s+(?:flat|house|trap|place|hotel)\b"
)
_NOT_LET_HOME = (
    r"\b(?:will|would|do|does|did)\s+not\s+let\s+(?:me|him|her|us|them)\s+(?:come\s+|go\s+)?"
    r"(?:home|leave|back)\b"
)
_TILL_SOLD = (
    r"\b(?:till|until|unless)\s+(?:i|he|she|we|they)\s+(?:have\s+|has\s+)?(?:sold|shifted|"
    r"shotted|paid)\b|\bdo\s+not\s+(?:ring|call|tell)\s+the\s+(?:police|feds|old\s+bill)\b"
)
_A_SALE = r"\b(?:car\s+boot|market|stall|viewing|estate\s+agent|holiday|raffle|tickets)\b"

# A debt owed to them, with a threat to come to the family's home.
_OWED = r"\bowes?\s+(?:us|me|them|him|money)\b"
_OR_WE_COME = (
    r"\bor\s+(?:we|they|i|he)\s+(?:will\s+)?(?:come|go|visit|turn\s+up|pay\s+a\s+visit)\s+"
    r"(?:to|round\s+(?:to\s+)?)\s*(?:your|his|her|their|the)\s+(?:\w+\s+){0,2}?(?:house|home|"
    r"flat|door|school|work)\b"
)

# A caller at the door who wants the bank PIN and will not leave.
_WANTS_THE_PIN = (
    r"\b(?:wants?|asking\s+for|asked\s+for|demanding|made\s+(?:me|her|him)\s+give)\s+(?:my|her|"
    r"his|their|your)\s+(?:bank\s+|card\s+)?(?:pin|pin\s+number|card\s+details|bank\s+details)\b"
)
_WILL_NOT_LEAVE = r"\b(?:will\s+not|would\s+not|refuses\s+to)\s+(?:leave|go)\b|\bhere\s+again\b"
_A_MACHINE = r"\b(?:machine|app|screen|cash\s*point|atm|till|website|online)\b"

# A car parked, a lift or a view: the everyday of a top floor.
_PARKED = (
    r"\b(?:park(?:ed|ing)|(?:my|the)\s+car|waiting|pick\s+(?:me|you)|view|sunset|fireworks|"
    r"photos?|lift)\b"
)

# A thank-you or goodbye sent from the top of a multi-storey, a tower or a roof.
_AT_A_HEIGHT = (
    r"\b(?:i\s+am|standing|sat|sitting)\s+(?:at|on)\s+(?:the\s+)?(?:top|roof|edge)\s+"
    r"(?:floor\s+)?of\s+(?:the\s+|a\s+)?(?:multi\s*-?\s*stor(?:e)?y|car\s*park|tower|building|"
    r"block|flats)\b|"
    r"\bi\s+am\s+on\s+the\s+roof\b"
)
_THANKS_GOODBYE = "|".join(
    (
        r"\bjust\s+(?:wanted|want)\s+to\s+say\s+(?:thanks|thank\s+you|goodbye|bye|sorry|"
        r"i\s+love)",
        r"\bthanks?\s+(?:you\s+)?for\s+(?:being|everything)\b",
    )
)

_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # each reading: its kind, the everyday beside which it is left alone, and the parts it needs
    # the man who rents the room coming in at night while they sleep, or silencing them
    (
        "a landlord coming in at night",
        _A_REPAIR,
        (_LANDLORD, _IN_AT_NIGHT, _ASLEEP_OR_SILENCED),
    ),
    # men coming soon, armed, to hurt or drive someone out
    ("men coming with weapons", _A_GAME, (_COMING_SOON, _ARMED, _TO_HURT)),
    # a picture of cut wrists or arms posted with a last word
    ("a friend's wrists posted with a last word", _ADORNED, (_WRISTS_SHOWN, _A_LAST_WORD)),
    # a cleaning tablet or liquid swallowed, and being sick or burning
    ("a child who swallowed a cleaning tablet", _GOT_IN_TIME, (_SWALLOWED_CLEANER, _REACTING)),
    # taken to a flat, not let home, till it is sold or with the police kept out
    ("someone kept at a flat to sell", _A_SALE, (_TAKEN_TO_A_FLAT, _NOT_LET_HOME, _TILL_SOLD)),
    # a debt owed, or they come to the family's home
    ("a debt with a threat to the family home", _TOLD_NOT_AS_NOW, (_OWED, _OR_WE_COME)),
    # someone after the bank PIN or details who will not leave
    (
        "a caller after the bank pin who will not leave",
        _A_MACHINE,
        (_WANTS_THE_PIN, _WILL_NOT_LEAVE),
    ),
    # a thank-you or goodbye from the top of a multi-storey, a tower or a roof
    ("a thank-you from a height", _PARKED, (_AT_A_HEIGHT, _THANKS_GOODBYE)),
)

PASSED_ON_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _TOLD_NOT_AS_NOW)
