"""The English phrase net: risks told in a message meant for someone else, forwarded or pasted.

A plea, a threat or a worry sent to the wrong chat, forwarded so someone knows, or pasted from
another's phone is a risk now all the same, and is read by what it says: someone hit and hiding
with the children who asks to be fetched, or hiding from him and asking for 999 or the police to
be rung; a threat that names where the family lives or which school the child goes to, with a
price or a warning; a stabbing promised with the knife already in the bag; a person named to be
"done" tonight with the boys and "the thing" brought; a girl under sixteen picked up by a grown
man who gives her weed or cash and whom she thinks her boyfriend; an old parent not eating for
days, wandering at night or falling, whom the writer cannot lift; someone with no insulin left,
the carer not come, shaky and muddled; an ex out of prison already at the school gates asking
for the children.

Each needs its parts together, and the everyday twins share the words and are left alone: a game
of sardines, a surprise party or a call to dinner, a school trip to pay for or a street party, a
fork and a cake in the bag, karaoke with the boys and the speaker, a coach who gives cash for
the tuck shop, a cat off its food, a grandfather off meat, insulin collected and a coffee, and
an ex's contact supervised and agreed. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a game, or as over: not happening now.
_NOT_NOW = _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|soap|eastenders|when\s+(?:i|we)\s+(?:was|were))\b"

# Hit by him, or him in the house, and the writer hiding or locked in, asking to be got out.
_HIT_OR_NEAR = (
    r"\b(?:punched|hit|slapped|kicked|strangled|choked|battered|beat|attacked)\s+(?:me|us|mum|"
    r"her)\b|\b(?:he|she|they)\s+(?:is|are)\s+(?:still\s+)?(?:downstairs|upstairs|outside\s+the"
    r"\s+door|in\s+the\s+(?:hall|house|next\s+room|kitchen)|looking\s+for\s+(?:me|us))\b"
)
_HIDING = (
    r"\b(?:i\s+am|we\s+are)\s+(?:hiding|locked\s+in|in\s+the\s+(?:bathroom|toilet|loo|wardrobe|"
    r"cupboard|bedroom))\b|\bdoor\s+(?:is\s+)?locked\b"
)
_GET_US_OUT = (
    r"\bcome\s+(?:and\s+)?(?:get|fetch|pick\s+up)\s+(?:us|me)\b|\b(?:ring|call|phone)\s+(?:999|"
    r"911|112|the\s+police|the\s+cops|an\s+ambulance)\s+for\s+(?:me|us)\b"
)
_A_GAME_OF_HIDING = (
    r"\b(?:hide\s+and\s+seek|sardines|surprise|party|prank|escape\s+room|spider|wasp|mouse|"
    r"boxing|sparring|pillow\s+fight|play\w*|dinner|cooking|bath\s*time|bed\s*time)\b"
)

# A threat that knows where the family lives or which school the child goes to, with a warning.
_WE_KNOW_WHERE = (
    r"\b(?:we|i)\s+know\s+(?:where|what\s+school|which\s+school)\s+(?:you|your|his|her)\b"
    r"(?:\s+[\w']+){0,4}?\s+(?:live|lives|goes|go|works?|sleeps?)\b"
)
_OR_ELSE = (
    r"\bor\s+(?:she|he|they|you)\s+(?:gets?|will\s+get)\s+(?:hurt|it|done|cut)\b|\byou\s+know"
    r"\s+what\s+happens\s+to\b|\bif\s+you\s+(?:go|talk|tell|speak|grass)\b"
)
_AN_ERRAND = r"\b(?:trip|uniform|pe\s+kit|lunch\s+money|party|cake|present|raffle|quiz)\b"

# A stabbing promised, with the knife already carried.
_WILL_STAB = (
    r"\b(?:i\s+am|i\s+will|i\s+ll|going\s+to|gonna)\s+(?:stab|stabbing|shank|shanking|chef|"
    r"cheffing|wet|wetting|juke|juking)\s+(?:them|him|her|you|that\s+\w+|some\s*one)\b"
)
_KNIFE_CARRIED = (
    r"\b(?:got|have|carrying|bringing|packed)\s+(?:it|one|a\s+(?:knife|blade|shank|nank))\s+in\s+"
    r"(?:my|his|the)\s+(?:bag|pocket|waistband|coat|jacket|car)\b|\b(?:knife|blade|shank|nank)\s+"
    r"(?:is\s+)?in\s+(?:my|his)\s+(?:bag|pocket|waistband)\b"
)
_A_HARMLESS_STAB = r"\b(?:cake|pinata|fork|straw|balloon|potato\w*|steak|voodoo|darts?)\b"

# Someone named to be "done" tonight, with the boys and the thing brought.
_DOING_HIM = (
    r"\b(?:doing|do|jumping|jump|rushing|rush|run\w*\s+up\s+on|getting|ride\s+on|riding\s+on)\s+"
    r"(?:[\w']+\s+){1,2}?(?:tonight|later|tomorrow|today|after\s+school)\b"
)
_BRING_THE_THING = (
    r"\bbring\s+(?:the\s+)?(?:boys|mandem|man\s+dem|lads)\s+and\s+(?:the\s+)?(?:thing|ting|tools?|"
    r"strap|blade|nank|shank|knife|bats?|weapons?)\b|\bbring\s+the\s+(?:strap|nank|shank|blade|"
    r"knives|weapons?|ting)\b"
)
_A_NIGHT_OUT = (
    r"\b(?:karaoke|quiz|bbq|barbecue|party|birthday|match|football|five\s+a\s+side|gig|speaker|"
    r"cake|drinks|pizza|takeaway|homework|dinner|gym|training|dance|rehearsal|pool|darts)\b"
)

# A child picked up by a grown man who gives her drugs or cash, or whom she calls her boyfriend.
_A_CHILD_AGED = (
    r"\b(?:is|aged|only|just)\s+(?:1[0-5]|9)\b(?!\s*(?:minutes|mins|hours|pounds|quid|%|am|pm|"
    r"o\s+clock))|\b1[0-5]\s*(?:yr|year)s?\s*old\b"
)
_A_GROWN_MAN = (
    r"\b(?:1[89]|[2-5]\d)\s*(?:yr|year)s?\s*old\b|\b(?:1[89]|[2-5]\d)\s*yo\b|\b(?:grown|older)\s+"
    r"(?:man|men|guy|bloke|lad)\b"
)
_GIFTS_OR_BOYFRIEND = (
    r"\bgives?\s+(?:her|him)\s+(?:[\w']+\s+){0,2}?(?:weed|drugs|vapes?|alcohol|booze|pills|coke|"
    r"cash|money)\b|\bthinks\s+(?:he\s+is|hes)\s+her\s+boyfriend\b"
)
_A_GROWN_UP_SHE_KNOWS = (
    r"\b(?:her|the|a)\s+(?:(?:\d+\s*(?:yr|year)s?\s*old|older|grown)\s+)?(?:coach|tutor|"
    r"teacher|driving\s+instructor|uncle|cousin|brother|dad|father|step\s*dad|youth\s+worker)\b|"
    r"\b(?:club|netball|football|training|lift)\b"
)

# An old parent not eating for days, wandering at night or falling, and beyond the writer's care.
_NOT_EATEN = (
    r"\b(?:has\s+not|have\s+not|not|had\s+nothing)\s+(?:eaten|eating|had\s+(?:anything|a\s+thing)"
    r"\s+to\s+eat)\s+(?:in|for)\s+(?:days|(?:two|three|four|five|a\s+few|\d)\s+days)\b"
)
_WANDERING_OR_FALLING = (
    r"\bwander\w*\s+(?:[\w']+\s+){0,4}?at\s+night\b|\bfell\s+again\b|\bkeeps?\s+falling\s+"
    r"(?:over|down)\b|\bcan\s+not\s+(?:lift|get)\s+(?:him|her)\s+(?:up|any\s+more)\b|\bcan\s+not"
    r"\s+lift\s+(?:him|her)\b"
)
_A_PET = r"\b(?:cat|dog|pet|vets?|kitten|puppy|tortoise|hamster|rabbit|parrot|fasting)\b"

# No insulin or medicine left, the carer not come, and the body failing.
_NO_MEDS_LEFT = (
    r"\bno\s+(?:insulin|tablets|meds|medication|medicine|inhaler|oxygen)\s+left\b|\b(?:insulin|"
    r"tablets|meds|medication)\s+(?:has\s+|have\s+)?run\s+out\b|\bout\s+of\s+(?:insulin|meds|"
    r"medication)\b"
)
_NO_ONE_CAME = (
    r"\bcarers?\s+(?:has\s+not|have\s+not|did\s+not|not)\s+(?:been|come|came|turned\s+up|shown\s+"
    r"up)\b|\bno\s*one\s+(?:has\s+)?(?:been|come)\b"
)
_FAILING = r"\b(?:shaky|shaking|muddled|confused|dizzy|faint|sweating|can\s+not\s+think)\b"

# An ex out of prison, already at the school gates asking for the children.
_AN_EX = r"\b(?:my|her|his|the\s+kids)\s+(?:ex|ex\s+partner|ex\s+husband|dad|father)\b"
_OUT_OF_PRISON = r"\b(?:out\s+of\s+(?:prison|jail|the\s+nick)|released\s+from\s+(?:prison|jail))\b"
_AT_THE_GATES = (
    r"\bschool(?:\s+gates?)?\b[^.]{0,30}?\b(?:asking\s+(?:for|about|after)|looking\s+for|waiting"
    r"\s+for|trying\s+to\s+(?:take|get|see))\s+(?:the|my|our|her)\s+(?:kids|children|son|daughter|"
    r"boys|girls)\b"
)
_CONTACT_AGREED = r"\b(?:supervised|contact\s+(?:centre|visit|arrangement)|agreed|court\s+order)\b"


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # hit by him or him in the house, hiding, and asking to be fetched or for 999
    (
        "someone hiding from him and asking for help",
        _A_GAME_OF_HIDING,
        (_HIT_OR_NEAR, _HIDING, _GET_US_OUT),
    ),
    # a threat that knows the home or the school, with a warning
    ("a threat that knows the home or the school", _AN_ERRAND, (_WE_KNOW_WHERE, _OR_ELSE)),
    # a stabbing promised, with the knife already carried
    ("a stabbing promised with the knife carried", _A_HARMLESS_STAB, (_WILL_STAB, _KNIFE_CARRIED)),
    # someone to be done tonight, with the boys and the thing brought
    ("an attack planned with the means brought", _A_NIGHT_OUT, (_DOING_HIM, _BRING_THE_THING)),
    # a child with a grown man who gives her drugs or cash, or whom she thinks her boyfriend
    (
        "a child with a grown man who gives her things",
        _A_GROWN_UP_SHE_KNOWS,
        (_A_CHILD_AGED, _A_GROWN_MAN, _GIFTS_OR_BOYFRIEND),
    ),
    # an old parent not eating for days, wandering at night or falling
    ("a parent not eating and wandering or falling", _A_PET, (_NOT_EATEN, _WANDERING_OR_FALLING)),
    # no insulin left, the carer not come, and shaky or muddled
    ("no medicine left and no carer", "(?!)", (_NO_MEDS_LEFT, _NO_ONE_CAME, _FAILING)),
    # an ex out of prison, at the school gates asking for the children
    (
        "an ex out of prison asking for the children",
        _CONTACT_AGREED,
        (_AN_EX, _OUT_OF_PRISON, _AT_THE_GATES),
    ),
)

RELAYED_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
