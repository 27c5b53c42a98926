"""The English phrase net: a child lured, groomed or used by others, or gone after a goodbye,
told by a parent, a carer or a sibling.

A child picked up by men in a car the family does not know (the child will not say who they
are) and gone off with them or not back with the phone off; a child with cash in hundreds or a
second phone that keeps buzzing who is going "up country" or out of town tonight; a child gone
to meet someone from Snapchat or a game who is older than he says ("talks like a grown man"); a
girl of fifteen or under staying with a boyfriend or a man of eighteen or more, or not home for
days; a note left that says goodbye ("don't be sad", "forgive me") and the child not in their
room or not answering.

Each reading needs the child's age or the family's word for them, and the signs together: men
in a car who are named as a father, an uncle or a coach, cash from a paper round or a birthday,
a trip up country to a grandmother or to camp, a friend from an app who is a girl from school, a
boyfriend of the same age, and a note left before a trip or a sleepover are left alone. Text
has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

_AGE = (
    r"(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:\s*(?:yo|y\s*o|"
    r"yrs?\s+old|years?\s+old))?"
)
_AGE_UNDER_16 = r"(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# One of the writer's family or in their care, or a child by their age ("my 13yo", "he is
# twelve", "my daughter (13)", "the 15 year old placed with me").
_A_CHILD = (
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|boy|girl|lad|kid|child|sister|brother|niece|"
    r"nephew|grandson|granddaughter|step\s*son|step\s*daughter|foster\s+(?:son|daughter|child))"
    r"s?\b|\b(?:my|our|the)\s+(?:1[0-7])\s*(?:yo|y\s*o|yrs?\s+old|years?\s+old)\b|\b(?:she|he)\s+"
    r"is\s+(?:only\s+|just\s+)?" + _AGE + r"\b(?!\s*(?:minutes?|mins?|miles?|pounds|quid|%|pm|"
    r"am|stone|kg)\b)|\(\s*(?:aged?\s+)?1[0-7]\s*\)"
)

# Men in a car or picking the child up, whom the family does not know, and the child gone off
# with them or not back, the phone off.
_MEN = r"\b(?:men|blokes|guys|a\s+man|some\s+man|an\s+older\s+man)\b"
_A_CAR = (
    r"\b(?:cars?|vans?|(?:picked|picking)\s+(?:her|him|them)\s+up|(?:got|gets|getting|was|been)"
    r"\s+picked\s+up)\b"
)
_NOT_KNOWN = (
    r"\b(?:(?:i|we)\s+(?:do\s+not|did\s+not|have\s+never|had\s+never)\s+(?:know|recogni[sz]e|"
    r"seen|met)|(?:will|would)\s+not\s+(?:tell|say)\s+(?:me\s+|us\s+)?(?:who|where)|no\s+idea\s+"
    r"who|never\s+seen\s+(?:them|him|before))\b"
)
_GONE_WITH_THEM = (
    r"\b(?:(?:gone|went|run|ran|driven)\s+off\s+with|(?:not|never)\s+(?:come|came|been)\s+"
    r"(?:back|home)|still\s+not\s+(?:back|home)|phones?\s+(?:is\s+|s\s+|has\s+been\s+)?"
    r"(?:now\s+)?"
    r"(?:off|dead|switched\s+off)|not\s+(?:answering|picking\s+up|replying)|missing)\b"
)
# Men the family knows, or a ride that was arranged.
_KNOWN_MEN = (
    r"^(?!.*\b(?:dad|father|step\s*dad|uncles?|grandad|grandpa|coach(?:es)?|teachers?|police|"
    r"social\s+workers?|removal|paramedics?|ambulance|taxi\s+i\s+booked|club)\b)"
)

# Cash in hundreds or a second phone, and a trip "up country" or out of town now.
_UNEXPLAINED = (
    r"£\s?\d{3,}|\b(?:wads?|rolls?|bundles?|stacks?)\s+of\s+(?:cash|notes|money|twenties|"
    r"fifties)\b|\b(?:second|another|extra|spare|burner|cheap)\s+phones?\b|\bphones?\s+(?:that\s+"
    r"|which\s+)?(?:keeps?|kept|never\s+stops|constantly|always)\s+(?:buzzing|ringing|going\s+"
    r"off)\b|\bburner\b"
)
_UP_COUNTRY = (
    r"\b(?:go|goes|going|gone|went|heading|sent|off|travel\w*)\s+(?:\w+\s+)?(?:up\s+|out\s+)"
    r"?(?:country|cunch|ot)\b|\bout\s+of\s+town\b|\bup\s+country\b"
)
_NOW_OR_AWAY = (
    r"\b(?:tonight|today|now|right\s+now|this\s+(?:evening|weekend)|for\s+(?:the\s+)?(?:weekend|"
    r"days?|a\s+few\s+days)|never\s+been\s+out\s+of)\b"
)
_AN_ERRAND_UP_COUNTRY = (
    r"^(?!.*\b(?:nan|nans|nana|gran|grans|granny|grandma|grandparents|aunt\w*|uncles?|camp\w*|"
    r"scouts|guides|cadets|school\s+trip|holiday|hols|paper\s*round|birthday|wages|job|"
    r"savings|saved\s+up)\b)"
)

# Gone to meet someone from an app or a game, who is older than they say.
_GONE_TO_MEET = (
    r"\b(?:gone|went|left|going|sneaked\s+out|snuck\s+out|(?:on\s+)?(?:her|his)\s+way)\s+"
    r"(?:out\s+)?(?:\w+\s+){0,2}?to\s+meet\b"
)
_MET_ONLINE = (
    r"\b(?:met|meet|knows?|talking\s+to|chatting\s+to|speaking\s+to|messaging)\s+(?:\w+\s+){0,3}?"
    r"(?:on|from|off|through|via)\s+(?:snap\w*|roblox|fortnite|minecraft|discord|tiktok|insta\w*|"
    r"whatsapp|facebook|telegram|xbox|playstation|ps5|an?\s+(?:app|game|online\s+game)|online|"
    r"the\s+internet|internet|gaming)\b"
)
_OLDER_THAN_HE_SAYS = (
    r"\b(?:grown|older|adult|old)\s+man\b|\b(?:much|way|a\s+lot)\s+older\b|\bsays?\s+(?:he|she)"
    r"\s+is\s+(?:1\d|only\s+1\d)\s+but\b|\blied\s+about\s+(?:his|her)\s+age\b|\b(?:talks|writes|"
    r"sounds|texts)\s+like\s+(?:a|an)\s+(?:grown|adult|older|old)\b"
)

# A girl or boy of fifteen or under staying with a boyfriend or a man of eighteen or more.
_UNDER_16 = (
    r"\b(?:she|he)\s+is\s+(?:only\s+|just\s+)?" + _AGE_UNDER_16 + r"\b|\b(?:sister|brother|"
    r"daughter|son|niece|nephew|cousin|girl|boy)\s+(?:is\s+|aged\s+|\(\s*)(?:only\s+|just\s+)?"
    + _AGE_UNDER_16
    + r"\b|\b"
    + _AGE_UNDER_16
    + r"\s*(?:yo|y\s*o|yrs?\s+old|years?\s+old)\b"
)
_AN_ADULT_PARTNER = (
    r"\b(?:boyfriend|girlfriend|partner|man|guy|bloke|fella)\s+(?:who\s+is|that\s+is|aged|of|"
    r"is)\s+(?:like\s+|about\s+|nearly\s+|over\s+|at\s+least\s+)?(?:1[89]|[2-6]\d)\b(?!\s*(?:"
    r"minutes?|mins?|%|pounds|quid|miles|pm|am|stone|kg|days?|weeks?)\b)|\b(?:boyfriend|"
    r"girlfriend|partner)\b.{0,40}\b(?:he|she)\s+is\s+(?:like\s+|about\s+|nearly\s+|over\s+)?"
    r"(?:1[89]|[2-6]\d)\b(?!\s*(?:minutes?|mins?|%|pounds|quid|miles|pm|am|stone|kg)\b)"
)
_STAYING_WITH = (
    r"\b(?:staying|stays|stayed|sleeping|sleeps|slept|living|lives|moved\s+in)\s+(?:over\s+)?"
    r"(?:with|at)\b|\b(?:not|never)\s+(?:been|come|came)\s+(?:back\s+)?home\b"
)

# A note left with a goodbye in it, and the child not in their room, gone or not answering.
_A_NOTE = (
    r"\b(?:found|left|wrote|written|leaving|finding)\s+(?:\w+\s+){0,2}?(?:note|letter|card)"
    r"\b"
)
_SAYING_GOODBYE = (
    r"\b(?:do\s+not\s+(?:be\s+sad|cry|blame\s+yourself|look\s+for\s+me|try\s+to\s+find\s+me)|"
    r"forgive\s+me|good\s*bye|not\s+your\s+fault|better\s+off\s+without\s+me|sorry\s+for\s+"
    r"everything|love\s+you\s+all|look\s+after\s+(?:the|my|yourself|mum|dad))\b"
)
_GONE_OR_SILENT = (
    r"\b(?:not|is\s+not)\s+in\s+(?:her|his|their)\s+(?:room|bed)\b|\bnot\s+(?:answering|"
    r"picking\s+up|replying|home)\b|\b(?:phone|phones)\s+(?:is\s+|s\s+)?(?:off|dead)\b|"
    r"\b(?:gone|missing)\b|\bcan\s+not\s+find\s+(?:her|him|them)\b"
)
_A_PLANNED_TRIP = (
    r"^(?!.*\b(?:camp\w*|trip|sleepover|holiday|festival|uni|university|see\s+you\s+(?:later|"
    r"tonight|tomorrow|soon|at|on)|back\s+(?:at|by|on)|texted\s+(?:me\s+)?when)\b)"
)

LURED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a child picked up by men in a car the family does not know, and gone off with them
    "a child gone with men no one knows": (
        _KNOWN_MEN + every_one_of(_A_CHILD, _MEN, _A_CAR, _NOT_KNOWN, _GONE_WITH_THEM),
    ),
    # cash in hundreds or a second phone, and a child going "up country" or out of town now
    "a child sent up country": (
        _AN_ERRAND_UP_COUNTRY + every_one_of(_A_CHILD, _UNEXPLAINED, _UP_COUNTRY, _NOW_OR_AWAY),
    ),
    # a child gone to meet someone from an app or a game who is older than he says
    "a child meeting an older stranger from online": (
        "^" + every_one_of(_A_CHILD, _GONE_TO_MEET, _MET_ONLINE, _OLDER_THAN_HE_SAYS),
    ),
    # a child of fifteen or under staying with a boyfriend or a man of eighteen or more
    "a child staying with an adult partner": (
        "^" + every_one_of(_UNDER_16, _AN_ADULT_PARTNER, _STAYING_WITH),
    ),
    # a note with a goodbye in it, and the child gone or not answering
    "a child gone after a goodbye note": (
        _A_PLANNED_TRIP + every_one_of(_A_CHILD, _A_NOTE, _SAYING_GOODBYE, _GONE_OR_SILENT),
    ),
}
