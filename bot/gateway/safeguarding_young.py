"""The English phrase net: children and teenagers at risk now, in their own words.

A child on a parent's phone with the parent on the floor and not waking, or gone for days with
the food run out; children with no food in the house for days and no money for it; a girl of
fourteen with a boyfriend of nineteen asking her to stay over tonight, or a man of twenty-four
who says no one may know about them; a man met on Snapchat or Roblox, older, collecting or
meeting them; a man outside school who gives them vapes and weed and takes them to a party
tonight; a stay at a man's house to be paid back by "doing stuff" with his mates; running away
tonight with a bag packed; more pictures demanded by an ex with the ones he has to be sent round;
a mother sending a girl "back home" to be married off with the flight booked; an hour on a bridge
and not knowing why they are texting; a drunk father hitting them; acid threatened by a brother.

Each reading needs the child's own age or the sign of a man much older, a parent gone or down, a
threat, or the plea itself; a parent napping, a wedding chosen, a sleepover refused, pictures of
a party, a bridge in traffic and a brother's age are left alone. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_harm import _HARM_VERB, PERSON, VICTIM
from bot.gateway.safeguarding_words import every_one_of

# The writer a child: "i am 9", "im 15"; not "i am 10 minutes away" or "i am 5 foot".
_A_CHILD_WRITING = (
    r"\bi\s+am\s+(?:only\s+|just\s+)?(?:[4-9]|1[0-5])\b(?!\s*(?:minutes?|mins?|hours?|hrs?|"
    r"secs?|seconds?|pm|am|o\s*clock|%|miles?|km|foot|feet|ft|stone|kg|weeks?|months?|"
    r"days?|out\s+of|th|st|nd|rd|min)\b)"
)
# A parent or the one who should be looking after them.
_PARENT = (
    r"\b(?:mum|mom|mam|mummy|mommy|dad|daddy|mother|father|stepdad|stepmum|step\s*(?:mum|dad)|"
    r"parents)\b"
)
# Another adult there: a gran or an aunt looking after them, a parent away for a reason.
_ANOTHER_ADULT_THERE = (
    r"^(?!.*\b(?:gran|granny|nan|nanna|nana|grandma|grandad|grandparents|aunt|auntie|aunty|"
    r"uncle|babysitter|childminder|foster\s+carer|(?:work|business)\s+trip|holiday|hols|"
    r"conference|festival)\b)"
)

# A parent down: on the floor and not waking, collapsed, not breathing; not a nap.
_PARENT_DOWN = (
    _PARENT + r"\s+(?:is\s+|s\s+|has\s+)?(?:\w+\s+){0,6}?(?:(?:will\s+not|can\s+not|does\s+not|"
    r"is\s+not)\s+wak(?:e|ing)\b|collapsed\b|passed\s+out\b|unconscious\b|not\s+breathing\b)"
)
_NAPPING = r"^(?!.*\b(?:nap|napping|snoring|lie\s+in|lol|haha\w*|sunbath\w*|hungover)\b)"

# A parent gone for days or since yesterday, the children left on their own.
_DAYS = (
    r"(?:\d+|two|three|four|five|six|a\s+few|few|couple\s+of|a\s+couple\s+of)\s+(?:days|"
    r"nights|weeks)"
)
_FOR_DAYS = r"(?:since|for|in)\s+(?:" + _DAYS + r"|yesterday|last\s+\w+|the\s+weekend|\w+day)\b"
_PARENT_GONE = (
    r"\b(?:has\s+not|have\s+not|had\s+not|not|did\s+not|never)\s+(?:come|came|been)\s+"
    r"(?:back\s+)?home\s+" + _FOR_DAYS + r"|\b(?:left|abandoned)\s+(?:us|me)\s+(?:alone\s+|on\s+"
    r"our\s+own\s+|by\s+ourselves\s+)?"
    + _FOR_DAYS
    + r"|\b(?:been\s+)?gone\s+(?:for\s+)?"
    + _DAYS
    + r"\b"
)

# No food in the house for days, or run out, with hunger or no money for more.
_NO_FOOD = (
    r"\b(?:(?:have|has)\s+not\s+(?:had|got)\s+(?:any\s+)?food|nothing\s+to\s+eat|no\s+food)\s+"
    r"(?:in\s+the\s+(?:house|flat|fridge|cupboards?)\s+)?" + _FOR_DAYS + r"|\bfood\s+(?:ran|"
    r"has\s+run|run)\s+out\b"
)
_HUNGRY_AND_NO_MONEY = (
    r"\b(?:starving|hungry|no\s+money|can\s+not\s+afford|nothing\s+to\s+eat|no\s+dinner)\b"
)
_A_CHILD_IN_IT = (
    _A_CHILD_WRITING + r"|\bmy\s+(?:little|baby|younger)\s+(?:brother|sister|bro|sis)s?\b|"
    r"\b(?:mum|dad)\s+(?:says|said)\b"
)
_FOOD_ON_THE_WAY = (
    r"^(?!.*\b(?:shop|shopping|delivery|takeaway|tesco|asda|aldi|lidl|sainsburys|fasting|fast|"
    r"ramadan|diet|camping|lol|haha\w*|fridge\s+(?:broke|is\s+broken))\b)"
)

# A boyfriend or a man aged 18 or more; the writer 15 or under.
_AN_ADULT = (
    r"\b(?:boyfriend|girlfriend|he|guy|man|him)\s+(?:is|s)\s+(?:like\s+|about\s+|nearly\s+|"
    r"over\s+|literally\s+)?(?:1[89]|[2-6]\d)\b(?!\s*(?:minutes?|mins?|%|pounds|quid|miles|"
    r"pm|am)\b)"
)
_A_BOYFRIEND = r"\b(?:boyfriend|girlfriend|dating|going\s+out\s+with|seeing)\b"
_TONIGHT_OR_SECRET = (
    r"\b(?:tonight|stay\s+over|staying\s+over|sleep\s+over|his\s+(?:flat|house|place|room|car)|"
    r"(?:mum|dad|parents|no\s+one|nobody)\s+(?:does\s+not|do\s+not|must\s+not|can\s+not|can\s+"
    r"never|will\s+not)\s+know|secret|not\s+(?:to\s+)?tell\s+anyone)\b"
)
# No one to be told about them: "says i can not tell anyone about us".
_TELL_NO_ONE_ABOUT_US = (
    r"\b(?:can\s+not|must\s+not|should\s+not|not\s+(?:allowed\s+)?to|never|do\s+not)\s+tell\s+"
    r"(?:anyone|anybody|no\s+one|my\s+(?:mum|dad|parents|friends|family))\s+about\s+(?:us|him|"
    r"me\s+and\s+him|our\s+relationship|what\s+we)\b"
)
_NOT_YET = r"^(?!.*\b(?:yet|until|till|surprise|engag\w+|pregnan\w+|wedding|proposal)\b)"

# Met on a child's app or game, older, and meeting up or coming to collect them.
_MET_ON_AN_APP = (
    r"\b(?:met|meeting|meet|know|talking\s+to|someone|guy|man)\s+(?:\w+\s+){0,3}?(?:on|from|off|"
    r"through)\s+(?:snap|snapchat|roblox|fortnite|minecraft|discord|tiktok|insta|instagram|"
    r"xbox|playstation|ps5|among\s+us|a\s+game|an\s+online\s+game|gaming)\b"
)
_OLDER = (
    r"\b(?:he|she|they|him)\s+(?:is|s|are)\s+(?:a\s+(?:bit|lot)\s+|much\s+|way\s+|quite\s+a\s+"
    r"bit\s+)?older\b|" + _AN_ADULT
)
_MEETING_UP = (
    r"\b(?:meet|meeting|collect\w*|pick\w*\s+me\s+up|his\s+(?:flat|house|place|car|hotel)|"
    r"stay\s+(?:the\s+(?:night|weekend)|over)|come\s+over)\b"
)

# A man outside school who gives them vapes, weed or money, and a party or his car tonight.
_A_MAN = r"\b(?:guy|man|men|bloke|guys|lads|older\s+(?:boys|lads|guys))\b"
_AT_SCHOOL = (
    r"\b(?:outside|near|by|after|round|around)\s+(?:the\s+|my\s+|our\s+)?(?:school|college|"
    r"academy|school\s+gates)\b"
)
_GIVES_THEM = (
    r"\b(?:gives?|gave|giving|buys?|bought|buying)\s+(?:us|me|her|him|them)\s+(?:free\s+)?"
    r"(?:\w+\s+)?(?:vapes?|weed|drink|alcohol|cigs|cigarettes|money|cash|pills|drugs|phones?|"
    r"trainers)\b"
)
_TAKEN_TONIGHT = (
    r"\b(?:tonight|party|his\s+(?:flat|house|car|place)|drive\s+us|take\s+us|taking\s+us)\b"
)

# A stay to be paid back by "doing stuff" with the man's mates.
_PAID_BACK_WITH_HIS_MATES = (
    r"\b(?:pay\s+(?:him|them|it)\s+back|in\s+return|for\s+letting\s+me\s+stay)\b[^.!?]{0,60}?"
    r"\b(?:by\s+)?(?:doing|do|sleeping|going|being)\s+(?:stuff|things|bits|favou?rs|it)?\s*"
    r"(?:with|for|to)\s+(?:his|their)\s+(?:mates|friends|boys|guys|lads|mans|brothers|cousins)\b"
)

# Running away now, a bag packed or a parent not to be told; not a surprise or a joke.
_RUNNING_AWAY = (
    r"\bi\s+am\s+(?:going\s+to\s+|gonna\s+)?(?:running|run)\s+away\b|\bi\s+(?:will|ll)\s+run\s+"
    r"away\b|\brunning\s+away\s+from\s+home\b"
)
_BAG_PACKED_OR_NOT_TOLD = (
    r"\b(?:packed\s+(?:a|my)\s+(?:bag|rucksack|backpack|stuff)|(?:do\s+not|never)\s+tell\s+"
    r"(?:my\s+)?(?:mum|dad|parents|anyone)|not\s+coming\s+back|from\s+home|tonight)\b"
)
_NOT_A_LARK = (
    r"^(?!.*\b(?:surprise|circus|holiday|anniversary|honeymoon|lol|haha\w*|jk|joking|kidding|"
    r"seaside|beach)\b)"
)

# More pictures demanded, with the ones he has to be sent round if not; not pictures of a party.
_SEND_MORE_PICTURES = (
    r"\b(?:if\s+i\s+(?:do\s+not|will\s+not)|unless\s+i)\s+send\s+(?:him\s+|them\s+)?(?:more\s+|"
    r"some\s+|any\s+|new\s+)?(?:pics|pictures|photos|nudes|videos|vids)\b(?!\s+(?:of|from)\s+"
    r"(?:the|our|his|her|my\s+(?:dog|cat|holiday|trip|work)))"
)
_THE_ONES_SENT_ROUND = (
    r"\b(?:he|she|they)\s+(?:is|are|will|says\s+(?:he|she)\s+will)\s+(?:going\s+to\s+)?(?:send|"
    r"sending|post|posting|share|sharing|leak|leaking|show|showing|put|putting)\s+(?:the\s+ones|"
    r"them|the\s+(?:pics|pictures|photos|nudes|videos)|what\s+(?:he|she|they)\s+(?:has|have))\b"
)

# Sent "back home" to be married off, with a threat or the flight booked.
_SENT_TO_BE_MARRIED = (
    r"\b(?:sending|send|sent|taking|take|ship\w*|packing)\s+me\s+(?:back\s+|off\s+)?(?:home|"
    r"abroad|back|away|to\s+\w+)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:get|be)\s+married\b"
)
_THREAT_OR_FLIGHT = (
    r"\b(?:if\s+i\s+(?:do\s+not|keep|carry\s+on|ever)|unless|or\s+else|married\s+off|(?:booked|"
    r"bought|got)\s+(?:the\s+|my\s+|a\s+)?(?:flights?|tickets?))\b"
)

# An hour on a bridge or an edge, and not knowing why they are writing; not stuck in traffic.
_AN_HOUR_AT_A_HEIGHT = (
    r"\b(?:been|sat|sitting|standing|stood|am)\s+(?:\w+\s+)?(?:on|at)\s+(?:the|a|this)\s+"
    r"(?:bridge|edge|cliffs?|ledge|roof|rooftop|tracks|multi\s*storey)(?:\s+of\s+(?:the|a)\s+"
    r"\w+)?\s+for\s+(?:an?\s+|over\s+an\s+|about\s+an\s+|nearly\s+an\s+|\d+\s+)?(?:hour|"
    r"hours|ages|a\s+while|minutes|mins)\b"
)
_WHY_WRITING = (
    r"\b(?:do\s+not|dont)\s+know\s+(?:why\s+i\s+am\s+(?:texting|messaging|writing|telling|"
    r"sending)|who\s+else\s+to\s+(?:text|message|tell))\b"
)
_NOT_STUCK = r"^(?!.*\b(?:traffic|jam|queue|stuck|diversion|roadworks|lol|haha\w*)\b)"

# A drunk or high parent hitting them: "dad drunk hitting us".
_DRUNK_AND_HITTING = (
    PERSON + r"\s+(?:is\s+|s\s+|got\s+)?(?:drunk|high|wasted|off\s+(?:his|her)\s+face|"
    r"smashed)\s+(?:again\s+)?(?:and\s+)?(?:is\s+)?" + _HARM_VERB + r"\s+" + VICTIM + r"\b"
    r"(?!\s+with\s+(?:jokes|pillows|snowballs|water|questions))"
)

# Acid threatened or thrown at the writer or someone named; not at "you" in a question.
_ACID = (
    r"\b(?:throw|throwing|threw|chuck|chucking|chucked|pour|pouring|poured|splash\w*)\s+acid\s+"
    r"(?:on|at|over|in)\s+(?:me|my|her|him|us)\b"
)

YOUNG_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a child writing with a parent on the floor not waking, collapsed or not breathing
    "a child with a parent down": (_NAPPING + every_one_of(_A_CHILD_WRITING, _PARENT_DOWN),),
    # a child writing with a parent gone for days or since yesterday, no other adult there
    "a child left alone by a parent": (
        _ANOTHER_ADULT_THERE + every_one_of(_A_CHILD_WRITING, _PARENT_GONE),
    ),
    # no food in the house for days with a child in it, hunger or no money; not a shop on the way
    "children without food": (
        _FOOD_ON_THE_WAY + every_one_of(_NO_FOOD, _HUNGRY_AND_NO_MONEY, _A_CHILD_IN_IT),
    ),
    # a child of 15 or under with a boyfriend of 18 or more and a night or a secret; a man of 18
    # or more who says no one may be told about them
    "a child with an adult boyfriend": (
        "^" + every_one_of(_A_CHILD_WRITING, _AN_ADULT, _A_BOYFRIEND, _TONIGHT_OR_SECRET),
        _NOT_YET + every_one_of(_AN_ADULT, _TELL_NO_ONE_ABOUT_US),
    ),
    # someone older met on a child's app or game, meeting up or collecting them
    "an older man met on an app": ("^" + every_one_of(_MET_ON_AN_APP, _OLDER, _MEETING_UP),),
    # a man outside school giving vapes, weed or money, and a party or his car tonight
    "a man outside school with gifts": (
        "^" + every_one_of(_A_MAN, _AT_SCHOOL, _GIVES_THEM, _TAKEN_TONIGHT),
    ),
    # a stay to be paid back with the man's mates
    "a stay paid back with his mates": (_PAID_BACK_WITH_HIS_MATES,),
    # running away now, with a bag packed, from home or a parent not to be told
    "running away now": (_NOT_A_LARK + every_one_of(_RUNNING_AWAY, _BAG_PACKED_OR_NOT_TOLD),),
    # more pictures demanded, the ones he has to be sent round if not
    "pictures demanded with a threat to share": (
        "^" + every_one_of(_SEND_MORE_PICTURES, _THE_ONES_SENT_ROUND),
    ),
    # sent back home to be married, with a threat or the flight booked
    "sent away to be married off": ("^" + every_one_of(_SENT_TO_BE_MARRIED, _THREAT_OR_FLIGHT),),
    # an hour on a bridge or an edge, not knowing why they are writing
    "an hour on a bridge": (_NOT_STUCK + every_one_of(_AN_HOUR_AT_A_HEIGHT, _WHY_WRITING),),
    # a drunk or high parent hitting them
    "hit by a drunk parent": (_DRUNK_AND_HITTING,),
    # acid threatened or thrown at someone
    "acid threatened": (_ACID,),
}
