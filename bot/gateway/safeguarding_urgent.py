"""The English phrase net: an urgent need now, told as an aside or an apology in a message about
something else.

A member asks about the rota or says they may be late, and in passing says what needs an ambulance
or a welfare check today: a diabetic feeling shaky and confused with no sweets to hand; a small
child who has swallowed a button battery "but seems ok"; an older parent fallen and hit their
head, bleeding or muddled, who says not to call anyone; a carbon monoxide or boiler alarm going
off with the whole house sick and headachy; a bedbound parent who has not eaten for days since the
one who looks after them went away, or kept locked in by family with no food and too weak to
stand; someone with an eating disorder who has not eaten for days and is fainting or whose heart
is racing, while the waiting list runs, or who has just collapsed with the heart fluttering or
racing. Hedges ("probably fine", "lol", "not your problem") never
stop a reading. Each needs the signs together, so a diabetic who gets shaky if lunch is late, a
head bumped with the hospital's all-clear, a talk about button batteries and a smoke alarm's low
battery, and an eating disorder in recovery with a faint long past are left alone. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Low blood sugar now: a diabetic feeling shaky or confused, lost or with no sugar to hand.
_DIABETIC = r"\b(?:diabetic|diabetes|hypo|my\s+sugars?|blood\s+sugar)\b"
_FEELING_IT_NOW = (
    r"\b(?:feeling|feel|feels|am|is|getting|gone|going)\s+(?:\w+\s+){0,2}?(?:shaky|shaking|"
    r"confused|muddled|sweaty|clammy|dizzy|faint|woozy|wobbly)\b"
)
_NO_SUGAR_OR_LOST = (
    r"\b(?:confused|muddled|disoriented|can\s+not\s+think)\b|\b(?:can\s+not|could\s+not)\s+find\s+"
    r"(?:my|any)\s+(?:sweets|glucose|dextrose|jelly\s+babies|lucozade|sugar|tablets)\b|\bno\s+"
    r"(?:sweets|glucose|dextrose|sugar)\s+(?:on|with)\s+me\b|\b(?:missed|lost)\s+my\s+stop\b|\bdo\s+"
    r"not\s+know\s+where\s+i\s+am\b"
)
# Something a small child must not swallow, swallowed: a button battery or magnets.
_SWALLOWED = (
    r"\b(?:swallowed|has\s+eaten|ate|has\s+swallowed|put\s+in\s+(?:her|his)\s+mouth)\s+(?:\w+\s+)"
    r"{0,6}?(?:button|coin|watch|lithium|little|small|tiny)\s+(?:cell\s+)?batter(?:y|ies)\b|"
    r"\b(?:swallowed|has\s+swallowed)\s+(?:\w+\s+){0,4}?(?:magnets?|bleach|dishwasher\s+tablets?|"
    r"washing\s+(?:pods?|tablets?|capsules?))\b"
)
_A_PERSON_SWALLOWED = (
    r"\b(?:she|he|my\s+(?:\w+\s+)?\w+|the\s+(?:baby|toddler|kid|child)|\d+\s*(?:yo|year\s+old))\s+"
)
# A fall with a blow to the head, and the signs that make it an emergency.
_FELL = r"\b(?:fallen|fell|had\s+a\s+fall|slipped|tripped|collapsed)\b"
_HIT_HEAD = r"\b(?:hit|banged|bashed|cracked|smacked)\s+(?:his|her|my|their)\s+head\b"
_HEAD_SIGNS = (
    r"\b(?:muddled|confused|drowsy|not\s+making\s+sense|slurring|keeps\s+being\s+sick|passed\s+"
    r"out|knocked\s+out|does\s+not\s+know\s+where\s+(?:he|she)\s+is)\b"
)
_SEEN_TO = (
    r"\b(?:a\s*&\s*e|a\s+and\s+e|hospital|paramedics?|ambulance\s+(?:came|took|has\s+been)|"
    r"doctor\s+(?:said|checked)|checked\s+(?:him|her)\s+over|all\s+clear|stitches|stitched)\b"
)
# A carbon monoxide or boiler alarm going off, with headaches and sickness in the house.
_CO_ALARM = r"\b(?:carbon\s+monoxide|co|boiler|gas)\s+(?:alarm|detector)s?\b|\bcarbon\s+monoxide\b"
_HEADACHES = r"\bheadaches?\b"
_SICK = r"\b(?:sick|vomit\w*|throwing\s+up|dizzy|drowsy|nause\w*)\b"
# A bedbound or frail adult not fed for days, the one meant to look after them gone.
_BEDBOUND = (
    r"\b(?:bed\s*bound|bed\s*ridden|can\s+not\s+(?:get\s+up|walk|get\s+out\s+of\s+bed)|"
    r"dementia|housebound|disabled)\b"
)
_NOT_EATEN_FOR_DAYS = (
    r"\b(?:has|have|had)\s+not\s+(?:eaten(?:\s+anything)?|had\s+(?:any\s+)?(?:food|anything\s+"
    r"to\s+eat)|been\s+fed)\s+(?:in|for)\s+(?:days|a\s+week|(?:two|three|four|five|several|"
    r"a\s+few|\d+)\s+days)\b"
)
_CARER_GONE = (
    r"\b(?:gone|went|going)\s+(?:on\s+holiday|away|abroad|off)\s+and\s+left\s+(?:her|him|them)\b|"
    r"\bleft\s+(?:her|him|them)\s+(?:alone|on\s+(?:her|his|their)\s+own|to\s+it)\b|\b(?:no\s+one|"
    r"nobody)\s+(?:is\s+|has\s+been\s+)?(?:looking\s+after|feeding|checking\s+on|going\s+in\s+to)\s+"
    r"(?:her|him|them)\b"
)
# Kept locked in with no food ("my brother leaves her locked in with no food for days"), and
# frail or too weak to stand now; not a pet, nor a door locked at night with the carers in.
_LOCKED_IN_UNFED = (
    r"\b(?:leaves?|left|leaving|keeps?|kept|keeping|locks?|locked)\s+(?:her|him|them|my\s+\w+)\s+"
    r"(?:locked\s+)?in(?:side)?\b(?:\s+(?:the|her|his|their)\s+\w+)?\s+(?:with\s+no|without)\s+"
    r"(?:food|anything\s+to\s+eat|water|meals?)\b"
)
_WEAK_NOW = (
    r"\b(?:so|too|very|really)\s+weak\b|\bcan\s+(?:not|barely|hardly)\s+(?:stand|get\s+up|"
    r"walk)\b|\bskin\s+and\s+bone\b"
)
_A_PET = r"\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|rabbits?|hamsters?|pets?|parrots?)\b"
# An eating disorder, the body giving way now, and days without food.
_EATING_DISORDER = (
    r"\b(?:eating\s+disorders?|anorexi\w*|bulimi\w*|arfid|ednos|(?:camhs|ed)\s+team)\b"
)
_BODY_GIVING_WAY = (
    r"\b(?:fainted|fainting|faints|passed\s+out|passing\s+out|blacked\s+out|collaps\w+|"
    r"palpitations|chest\s+pains?)\b|\bheart\s*(?:is\s+|s\s+|keeps\s+)?(?:racing|pounding|"
    r"fluttering|skipping|going\s+(?:mad|crazy|funny))\b"
)
# Fallen down now, not dropped onto the sofa or into bed, nor doubled up laughing.
_COLLAPSED_NOW = (
    r"\b(?:just|has|have|is|had|keeps)\s+(?:just\s+)?(?:collapsed|fainted|passed\s+out|"
    r"blacked\s+out)\b(?!\s+(?:laughing|with\s+laughter|in\s+(?:a\s+)?heap|on\s+(?:the|my|her|"
    r"his)\s+(?:sofa|couch|bed)|into\s+(?:bed|the\s+sofa|a\s+chair)|asleep))"
)
# The heart going wrong, felt or seen: fluttering, racing, skipping, pounding.
_HEART_WRONG = (
    r"\bheart\s+(?:\w+\s+){0,4}?(?:racing|pounding|fluttering|skipping|going\s+(?:mad|crazy|"
    r"funny)|irregular|all\s+over\s+the\s+place)\b|\bpalpitations\b|\bchest\s+pains?\b"
)

URGENT_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # low blood sugar now, a child who swallowed a battery, a head injury with its signs
    "a medical emergency as an aside": (
        "^" + every_one_of(_DIABETIC, _FEELING_IT_NOW, _NO_SUGAR_OR_LOST),
        _A_PERSON_SWALLOWED + r"(?:\w+\s+){0,2}?" + _SWALLOWED,
        "^(?!.*" + _SEEN_TO + ")" + every_one_of(_FELL, _HIT_HEAD, _HEAD_SIGNS),
        "^" + every_one_of(_CO_ALARM, _HEADACHES, _SICK),
        # an eating disorder with fainting or a racing heart, and no food for days
        "^" + every_one_of(_EATING_DISORDER, _BODY_GIVING_WAY, _NOT_EATEN_FOR_DAYS),
        # an eating disorder, a collapse now and the heart going wrong
        "^" + every_one_of(_EATING_DISORDER, _COLLAPSED_NOW, _HEART_WRONG),
    ),
    # a bedbound adult not fed for days, the one who looks after them gone away
    "a dependent adult left unfed": (
        "^" + every_one_of(_BEDBOUND, _NOT_EATEN_FOR_DAYS, _CARER_GONE),
        # kept locked in with no food, frail or too weak to stand
        "^(?!.*" + _A_PET + ")" + every_one_of(_LOCKED_IN_UNFED, f"{_BEDBOUND}|{_WEAK_NOW}"),
    ),
}
