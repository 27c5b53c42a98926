"""The English phrase net: violence planned against other people, told by the person planning it
or by someone who heard it, as what they will do rather than by its name.

A threat to kill or hurt a man that is meant: "I'm going to do him" (or "do the guy from the
police panel at the end"), "stab him", "batter him", or "he's a dead man", "his days are
numbered", said beside a sign it is not talk: a weapon carried or bought ("knife still in my
coat"), prison taken as the price ("I'll be locked up by then"), or "not joking"; a blow only a
fight gives ("stab him", "do him in") with a time or a place he will be found ("tonight", "when he
comes out"); waiting outside for him with a knife. Vigilantes: a group who will sort it (or him,
or them) out themselves because the police cannot protect anyone, will do nothing about him or
are protecting them, with the means got ("got the stuff now") or a day for it ("this week", "on
Saturday"). A lender's threat: a debt not paid by a day, and he will
"do my knees" or come for the writer's daughter. A man marked: his bus or his face known, and
"he'll find out saturday" or waiting for him outside; those who jumped the writer saying they
will finish it next time; someone else heard boasting he will stab "the lad" tonight or outside
the shop, lol or not; the police or "your mates" told they will get what is coming, "not a
threat"; someone made to regret it by a writer who knows where they park; the writer's things set
alight and "you're next"; something brought for a man if he is there ("if that officer is there
saturday I'm bringing something for him"), joked off or not, unless it is a present or a card.
Fire threatened against a public building: petrol brought to the town hall or the council's
offices torched, by the writer or "we", with a day, "serious" or the flames said.

Each is written so that its everyday twin with the same words reads past it: "I'll kill him when
he gets home, he ate my biscuits", a manager who is a dead man walking, "I'll be dead meat if I
forget her birthday", being locked up in the office all weekend, a hairdresser who will do him at
11, battering him at pool tonight, a cake knife for his birthday, doing the bloke from the
council a slice, the lads sorting the kit out
themselves, and the police who do nothing about fly-tipping so neighbours clear it themselves.
Extremist violence at a place people gather is in safeguarding_extremism. Text has been through
safeguarding_words.normalise.

Payback planned on someone who grassed, with where he lives known, is read; sorting out a
meeting about a neighbour who reported fly-tipping is not.

A threat to come down and "sort the lot of you out" is read beside a past of violence
("he's got form for it"), not a nan's threat with scones.

A worker told she is "finished" by someone who knows where she parks and will be waiting with the
mandem is read; a worker thanked, with the boys waiting by her car with flowers, is not.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# The writer, or someone told about, set on doing it: "i am going to", "ill", "he says he will".
_SET_ON = (
    r"(?:\b(?:i|we|he|she|they|me\s+and\s+(?:the|my)\s+\w+|(?:the|my)\s+(?:lads|boys))\s+"
    r"(?:am\s+|is\s+|are\s+)?(?:going\s+to|gonna|about\s+to|planning\s+to|ready\s+to|will|"
    r"want\s+to|wants\s+to)\s+|\bill\s+)"
)
_TO_A_MAN = r"(?:him|her|them|that\s+\w+|the\s+(?:man|guy|bloke|lad|lads|men|prick)\b)"
# A man named by where he is from: "the guy from the police panel", "that bloke off the estate".
_MAN_FROM = (
    r"(?:that|the)\s+(?:man|guy|bloke|lad|fella|officer|copper|cop|speaker)\s+(?:from|off|on|"
    r"in)\s+(?:the\s+)?(?:(?!(?:a|an|some|his|her)\b)\w+\s+){0,2}?\w+"
)
# What they will do to him: stab, batter, kill; "do him" only bare, "in" or "over", or with a
# when after it (not "do him a favour", "do him proud", "do his hair", "do the guy from the
# panel a coffee").
_HURT_HIM = (
    r"(?:stab|shank|knife|blade|slash|glass|bottle|shoot|kill|murder|batter|merk|end|finish)\s+"
    + _TO_A_MAN
    + r"|do\s+(?:him|her|them|"
    + _MAN_FROM
    + r")(?:\s+(?:in|over|properly|proper)\b|\s*(?:[.,!?]|$)|\s+(?:when|"
    r"as\s+soon\s+as|the\s+(?:minute|second|moment)|tonight|today|tomorrow|outside|after|"
    r"once|at\s+the\s+end|on\s+the\s+way\s+out|because)\b)"
)
# Hurt only a fight does, with a time or place he will be found: "stab him tonight", "batter him
# when he gets out" (not at pool or on the xbox).
_WOUND_HIM = (
    r"(?:stab|shank|slash|glass|bottle|merk|batter|knife|blade)\s+(?:him|her|them)\b"
    r"(?!\s+in\s+the\s+back)|do\s+(?:him|her|them)\s+in\b"
)
_WHEN_FOUND = (
    r"\bwhen\s+(?:he|she|they)\s+(?:comes?|gets?|walks?)\s+out\b|\b(?:tonight|at\s+\d+|"
    r"outside\s+(?:his|her|their|the)\s+\w+|on\s+(?:his|her|their)\s+way)\b"
)
_A_GAME = (
    r"\b(?:fifa|fortnite|pool|darts|snooker|chess|cards|xbox|playstation|ps5|game|match|quiz|"
    r"squash|tennis|scrabble|monopoly|paintball)\b"
)
# Waiting for him with a weapon: "knife in my pocket and i am waiting for him outside".
_LYING_IN_WAIT = (
    r"\b(?:waiting|wait|sat|sitting|parked)\s+(?:up\s+)?(?:for|outside)\s+(?:him|her|them|his|"
    r"their)\b"
)
# He is as good as dead: "he's a dead man" (not a manager who is a dead man walking).
_AS_GOOD_AS_DEAD = (
    r"\b(?:he|she|that\s+\w+)\s+is\s+(?:a\s+)?dead\s+(?:man|meat|woman|lad)\b(?!\s+walking)|"
    r"\b(?:his|her)\s+days\s+are\s+numbered\b|\b(?:he|she)\s+(?:will\s+not|is\s+not\s+going\s+"
    r"to)\s+(?:see|live\s+to\s+see)\s+(?:the\s+weekend|christmas|another\s+\w+|tomorrow|next\s+"
    r"\w+)\b"
)
# What says it is meant: a weapon carried or bought, prison taken as its price, "not joking".
# (not a cake knife, a craft blade or a glue gun)
_WEAPON = (
    r"(?<!cake\s)(?<!bread\s)(?<!butter\s)(?<!craft\s)(?<!palette\s)(?<!stanley\s)(?<!glue\s)"
    r"(?<!water\s)(?<!nerf\s)(?:knife|knifes|knives|blade|machete|shank|gun|shooter|hammer|"
    r"crowbar|acid|baseball\s+bat)"
)
_MEANT = (
    r"\b" + _WEAPON + r"\s+(?:is\s+)?(?:still\s+|already\s+)?(?:in|under|down)\s+(?:my|his|"
    r"the)\s+(?:coat|jacket|pocket|bag|car|van|waistband|sock|hoodie|belt|boot|sleeve)\b|"
    r"\b(?:got|bought|have|carrying|took|taking|bringing|sharpened|hidden)\s+(?:a|my|the|his)\s+"
    r"(?:\w+\s+)?" + _WEAPON + r"\b|"
    r"\b(?:ill|i\s+will|i\s+am\s+going\s+to|i\s+do\s+not\s+care\s+if\s+i|happy\s+to)\s+"
    r"(?:probably\s+)?(?:be\s+)?(?:locked\s+up|banged\s+up|inside|in\s+(?:prison|jail|a\s+cell)|"
    r"go(?:ing)?\s+(?:down|to\s+(?:prison|jail))|do(?:ing)?\s+(?:time|life|bird))\b"
    r"(?!\s+(?:in|at)\s+(?:the\s+|my\s+)?(?:office|studio|library|room|house|lab|work))|"
    r"\b(?:not\s+joking|i\s+mean\s+it|deadly\s+serious|swear\s+down)\b"
)
_JOKING = r"\b(?:lol|haha\w*|lmao|jk|only\s+joking|banter)\b|😂|🤣"
# A joke, a story or a harm long past, beside which a reading of a harm now is left alone.
_TOLD_NOT_AS_NOW = (
    _JOKING + r"|\b(?:film|movie|episode|series|novel|game|drill|hypothetical\w*|years?\s+ago|"
    r"used\s+to)\b"
)

# A group settling it themselves, because the police cannot protect anyone or do nothing about
# a person, with the means got or a day for it; not neighbours clearing fly-tipping.
_OURSELVES = (
    r"\b(?:sort|sorting|sorted|deal|dealing|handle|handling)\s+(?:with\s+)?(?:it|them|him|this|"
    r"that|those\s+\w+)\s+(?:out\s+)?(?:ourselves|themselves|myself)\b|\btak(?:e|ing)\s+"
    r"(?:the\s+law|matters|things)\s+into\s+(?:our|my|their)\s+own\s+hands\b"
)
_OURSELVES_WITH_SOMEONE = (
    r"\b(?:sort|sorting|deal\s+with|dealing\s+with|handle|handling)\s+(?:him|her|them|those\s+"
    r"\w+|that\s+(?:man|guy|bloke|family))\s+(?:out\s+)?(?:ourselves|themselves|myself)\b"
)
_POLICE = r"\b(?:police|coppers|cops|feds|old\s+bill)\b"
# Nothing done, or nothing about a person (not about the fly-tipping).
_NOTHING_DONE = (
    r"(?:anything|nothing|owt|jack|sod\s+all)(?:\s*[.,!?]|\s*$|\s+about\s+(?:him|her|them|those|"
    r"these|that\s+(?:man|guy|bloke|family)|the\s+(?:men|lads|gang|dealers|groomers?|nonces?|"
    r"paedos?)))"
)
_POLICE_FAIL = (
    _POLICE + r"\s+(?:(?:can\s+not|will\s+not|do\s+not|did\s+not|never|are\s+not\s+going\s+to)\s+"
    r"(?:\w+\s+)?(?:protect|keep\s+\w+\s+safe|do\s+"
    + _NOTHING_DONE
    + r")|(?:do|did|does)\s+"
    + _NOTHING_DONE
    + r"|(?:are|is)\s+(?:useless|no\s+use|a\s+joke)\b)|"
    + _POLICE
    + r"\s+(?:have\s+been\s+|are\s+|keep\s+)?(?:protecting|covering\s+for|siding\s+with)\s+"
    r"(?:them|him|those|these)\b"
)
_READY = (
    r"\bgot\s+(?:the|our|all\s+the)\s+(?:stuff|gear|tools|things|weapons|bats|blades|knives)\s+"
    r"(?:now|ready|sorted|together)\b|\btooled\s+up\b|\b(?:this|next)\s+(?:week|weekend)\b|"
    r"\b(?:tonight|tomorrow)\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
# A lender's threat: what he will do if the debt is not paid by a day, to the writer's knees or
# legs, or coming for the family; not a physio who will do the knees once a bill is paid.
_OWED = r"\b(?:borrowed|owe|owes|owed|lender|loan\s+sharks?|debt)\b"
_IF_NOT_PAID = (
    r"\bif\s+(?:i|we)\s+(?:do\s+not|can\s+not|have\s+not|am\s+not|are\s+not)\s+(?:\w+\s+)?"
    r"(?:have|pay|get|find|give|got)\b"
)
_DEBT_HARM = (
    r"\b(?:going\s+to|gonna|will|ill|then)\s+(?:\w+\s+)?(?:do|break|smash|snap|take)\s+(?:my|"
    r"your)\s+(?:knees|kneecaps|legs|fingers)\b|\b(?:come|coming)\s+(?:for|after)\s+(?:my|"
    r"your)\s+(?:daughter|son|kids|children|family|wife|husband|little\s+\w+)\b"
)
_NOT_A_PHYSIO = r"^(?!.*\b(?:physio\w*|massage|osteo\w*|surgeon|operation|replacement)\b)"

# A group bringing weapons to pay someone back ("a group chat about bringing blades and making
# them pay"); not blades for skates or a barbecue, nor making them pay their share.
_WEAPONS_BROUGHT = (
    r"\b(?:bring|bringing|brings|take|taking|carry|carrying|tooled\s+up\s+with)\s+(?:\w+\s+)?"
    r"(?:blades|knives|machetes|shanks|weapons|acid|guns|bats)\b(?!\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:barbecue|bbq|skat\w*|rink|kitchen|cricket|rounders|baseball|picnic|camping))"
)
_PAYBACK = (
    r"\b(?:make|making|made)\s+(?:them|him|her|those\s+\w+|the\s+\w+)\s+pay\b(?!\s+(?:for\s+"
    r"(?:the|their|a|it|tickets?|food|drinks|petrol)|up|back|their\s+share|in|by|£|\d))|"
    r"\bteach\s+(?:them|him|her|those\s+\w+)\s+a\s+lesson\b|\b(?:get|getting)\s+(?:them|him)\s+"
    r"back\b|\b(?:revenge|payback)\b"
)

# A man marked: his movements or his face known ("i know which bus he gets", "my cousins know
# his face now"), and what is coming to him ("he will find out saturday", "waiting for him
# outside after", "she is finished", waiting with the mandem); not a result he will find out, a
# form she has finished, nor waiting for him with a cake or a lift.
_HIS_MOVES_KNOWN = (
    r"\b(?:i|we|they|my\s+\w+)\s+(?:know|knows|found\s+out|worked\s+out)\s+(?:now\s+)?"
    r"(?:which\s+(?:bus|train|tram|way|route|car)\s+(?:he|she)\s+(?:gets|takes|gets\s+on|"
    r"drives|goes)|where\s+(?:he|she)\s+(?:lives|parks|drinks|gets\s+off|goes\s+after)|"
    r"(?:his|her)\s+(?:face|address|route|car|reg)\b)"
)
_COMING_TO_HIM = (
    r"\b(?:he|she)\s+(?:will|is\s+going\s+to)\s+(?:find\s+out|learn|regret\s+it|get\s+what\s+is"
    r"\s+coming)\b(?!\s+(?:\w+\s+)?(?:if|whether|what|about|how|who|when|which|the\s+results?))|"
    r"(?:\b(?:will\s+be|are|be)\s+waiting\s+for\s+(?:him|her)\s+(?:outside|after|at\s+the\s+"
    r"end)\b|\bwaiting\s+(?:for\s+(?:him|her|them)\s+)?with\s+(?:the\s+|my\s+)?(?:mandem|"
    r"man\s+dem|boys|lads|bredrins|crew|cousins)\b)"
    r"(?!.*\b(?:cake|card|flowers|lift|car|present|balloons|surprise|hug|drink|pint)\b)|"
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:finished|done\s+for)\s*(?:[.,!;]|$)"
)
# Payback for being grassed on: a man who told on the writer, the writer set on sorting him out
# and knowing where he lives; not sorting out a card for the guy, nor a grass over fly-tipping
# with no plan for him.
_GRASSED = r"\b(?:grass\w*|snitch\w*|(?:told|telling)\s+on\s+me|(?:reported|shopped)\s+me)\b"
_SORTING_HIM = (
    r"\b(?:i\s+am|i\s+will|ill|we\s+are|we\s+will|going\s+to|gonna)\s+(?:\w+\s+)?(?:sort\w*\s+"
    r"(?:out\s+)?(?:him|her|them|that\s+\w+|the\s+(?:guy|man|bloke|lad|grass|snitch|prick))|"
    r"deal\w*\s+with\s+(?:him|her|them|that\s+\w+)|mak\w+\s+(?:him|her|them)\s+pay|pay\w*\s+"
    r"(?:him|her|them)\s+(?:a\s+visit|back))\b"
    r"(?!\s*(?:s|is)\s+(?:card|present|birthday|lift|tea|drink))"
)
# A threat after an attack: the people who jumped the writer will finish it next time.
_ATTACKED_ME = (
    r"\b(?:jumped|attacked|battered|beat|stabbed|mugged|glassed|kicked\s+in|went\s+for|set\s+on)"
    r"\s+me\b(?!\s+(?:in\s+(?:the\s+)?(?:queue|line)|to\s+it|at\s+\w+))"
)
_FINISH_IT = (
    r"\b(?:will|going\s+to|gonna|ill)\s+(?:finish\s+(?:it|the\s+job|me(?:\s+off)?)|get\s+me\s+"
    r"(?:next|again|properly)|do\s+me\s+(?:next|again|properly|in))\b(?!\s+(?:\w+\s+)?(?:game|"
    r"match|round|race|puzzle|quiz))"
)

# A woman or man made to regret it, pay for it or be sorry ("going to make her regret it on
# saturday"), by someone who knows where they park or work; not made to pay for the drinks.
_WHERE_KNOWN = (
    _HIS_MOVES_KNOWN + r"|\b(?:i|we)\s+(?:know|knows)\s+where\s+(?:he|she|they)\s+(?:works|"
    r"walks|stays|sleeps|takes\s+(?:his|her|the)\s+kids)\b"
)
_MADE_TO_REGRET = (
    r"\bmake\s+(?:him|her|them)\s+(?:regret\s+(?:it|that|this|the\s+day)|(?:really\s+)?sorry|"
    r"pay\b(?!\s+(?:for\s+(?:the|their|a|his|her|tickets?|food|drinks|petrol|parking)|up|back|"
    r"their\s+share|in|by|£|\d)))"
)
# The writer's things wrecked or set alight, and word that the writer is next: "set my mobility
# scooter on fire and said i am next"; not next in the queue or on a list.
_MY_THINGS_ATTACKED = (
    r"\bset\s+(?:my|our)\s+(?:\w+\s+){1,2}?on\s+fire\b|\bset\s+fire\s+to\s+(?:my|our)\b|"
    r"\b(?:torched|burnt|burned|smashed|slashed|trashed|wrecked|kicked\s+in)\s+(?:my|our)\s+"
    r"(?:\w+\s+)?(?:car|van|scooter|bike|tyres|windows?|door|shed|wheelchair|flat|house|fence|"
    r"bins?|garden|caravan|tent)\b"
)
_YOU_ARE_NEXT = (
    r"\b(?:said|says|saying|told\s+me|tells\s+me|shouted|shouting|texted|wrote|messaged|"
    r"warned\s+me)\s+(?:that\s+)?(?:i\s+am|you\s+are|i\s+will\s+be|you\s+will\s+be|ill\s+be)"
    r"\s+next\b(?!\s+(?:in|on|to|for|up|week|time|door|year|month|after)\b)"
)

# Someone who says he will come down and "sort the lot of you out", with a past of doing so.
_COME_AND_SORT = (
    r"\b(?:come|coming|turn\s+up|go|going|get)\s+(?:\w+\s+){0,3}?and\s+(?:sort|do|deal\s+with|"
    r"batter|smash|teach)\s+(?:the\s+lot\s+of\s+(?:you|them|yous)|you\s+(?:all|lot)|all\s+of\s+"
    r"(?:you|them)|yous(?:\s+all)?|them\s+all)\b(?!\s+out\s+with)"
)
_HAS_FORM = (
    r"\b(?:got|has|have|with)\s+(?:a\s+)?(?:form|record|previous)\b(?!\s+(?:with|at|in|on)\b)|\bdone\s+time\b|"
    r"\bbeen\s+inside\b|\b(?:he|she)\s+(?:has\s+)?done\s+it\s+before\b"
)
# Someone else set on knifing or shooting a man, told by the one who heard it boasted.
_HE_WILL_WOUND = (
    r"\b(?:he|she|they|someone|somebody)\s+(?:is|are)\s+(?:going\s+to|gonna|planning\s+to|"
    r"about\s+to)\s+(?:stab|shank|knife|blade|slash|shoot)\s+(?:him|her|them|(?:the|that|this|"
    r"some)\s+(?:lad|guy|man|bloke|boy|kid|girl|fella|prick)s?)\b"
)
# A shoot for a photo or a film, not with a gun.
_A_PHOTO = r"\b(?:photos?|pictures?|camera|film\w*|video|footage|portraits?|newsletter)\b"
# What is coming to the police, the council or "your copper mates", with "not a threat" or
# clothes to be ruined.
_WHAT_IS_COMING_TO_YOU = (
    r"\b(?:(?:you\s+and\s+)?your\s+(?:police|copper|cop|officer|council)\s+(?:mates|lot|"
    r"friends|pals|colleagues|boys)|you\s+(?:coppers|pigs|lot\s+at\s+the\s+council)|the\s+"
    r"(?:police|cops|coppers|feds|council|councillors|organisers))\s+(?:will|are\s+going\s+to|"
    r"gonna)\s+get\s+what\s+is\s+coming\b"
)
_NOT_A_THREAT = (
    r"\bnot\s+a\s+threat\b|\b(?:do\s+not|will\s+not)\s+mind\s+getting\s+(?:ruined|wrecked|"
    r"bloody|blood\s+on|messed\s+up)\b|\bwatch\s+(?:your|their)\s+backs?\b"
)
# Something brought for a man if he is there, a weapon left unnamed ("if that officer is there
# saturday I'm bringing something for him"), joked off or not; not a present or a card.
_BRINGING_FOR_HIM = (
    r"\b(?:i\s+am|i\s+will\s+be|i\s+will)\s+(?:bringing|bring|taking)\s+something\s+(?:for|to\s+"
    r"use\s+on)\s+(?:him|her|them)\b(?!.*\b(?:birthday|present|gift|card|cake|thank\w*|leaving|"
    r"retire\w*|flowers|wedding|christmas)\b)"
)
_IF_HE_IS_THERE = r"\bif\s+(?:that|the|this|he|she|they)\b.{0,40}\b(?:is|are)\s+there\b"

# Fire threatened against a public building: petrol or fuel brought to it, or it to be burnt
# down or torched, by the writer or "we" ("I'll bring petrol to the town hall on Saturday"),
# with a day, "serious" or the flames said; not petrol for the minibus, the petrol money, nor
# a band that will burn the hall down with its set.
_FUEL_BROUGHT = (
    r"(?:bring|take|pour|carry)\s+(?:some\s+|a\s+can\s+of\s+|cans\s+of\s+)?(?:petrol|"
    r"gasoline|diesel|fuel|lighter\s+fluid|accelerant)\s+(?:to|into|in|round|at|over)"
)
_FIRE_TO_A_BUILDING = (
    r"\b(?:i\s+will|ill|i\s+am\s+(?:going\s+to|gonna)|we\s+will|(?:we\s+are|were)\s+"
    r"(?:going\s+to|gonna))\s+(?:" + _FUEL_BROUGHT + r"|burn(?:\s+down)?|torch|set\s+fire\s+to|"
    r"firebomb|petrol\s+bomb)\s+(?:the|that|this|your|their)\s+(?:\w+\s+)?(?:town\s+hall|"
    r"council|hall|station|building|offices?|centre|library|assembly|meeting)\b"
)
_FIRE_MEANT = (
    r"\b(?:on|this|next|by|come)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|weekend)\b|\b(?:tonight|tomorrow|serious|not\s+joking|mean\s+it)\b|"
    r"\b(?:up\s+in\s+flames|to\s+the\s+ground)\b|\bjal\s+ja\w*|\baag\b"
)
_ON_STAGE = r"\b(?:set|gig|dance|band|moves|karaoke|performance|show|dj)\b"

VIOLENCE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a threat to kill or hurt a man that is meant: a weapon, prison as its price, not a joke
    "violence planned against someone": (
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_SET_ON + "(?:" + _HURT_HIM + ")", _MEANT),
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_AS_GOOD_AS_DEAD, _MEANT),
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_GAME
        + "))"
        + every_one_of(_SET_ON + "(?:" + _WOUND_HIM + ")", _WHEN_FOUND),
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_LYING_IN_WAIT, _MEANT),
        # a group bringing weapons to make someone pay
        "^(?!.*(?:" + _JOKING + "|" + _A_GAME + "))" + every_one_of(_WEAPONS_BROUGHT, _PAYBACK),
    ),
    # a man marked, his movements or face known, and what is coming to him; a threat to
    # finish it from those who attacked the writer; a knifing boasted of by someone else
    "someone marked": (
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_HIS_MOVES_KNOWN, _COMING_TO_HIM),
        "^(?!.*(?:" + _JOKING + "|" + _A_GAME + "))" + every_one_of(_ATTACKED_ME, _FINISH_IT),
        # someone made to regret it by a writer who knows where they park or work
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_WHERE_KNOWN, _MADE_TO_REGRET),
        # the writer's things wrecked or set alight, and told they are next
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_MY_THINGS_ATTACKED, _YOU_ARE_NEXT),
        # a knifing boasted of by someone else, with when or where; hedged or not
        "^(?!.*(?:" + _A_GAME + "|" + _A_PHOTO + "))" + every_one_of(_HE_WILL_WOUND, _WHEN_FOUND),
        # what is coming to the police or "your mates", said as "not a threat"
        "^" + every_one_of(_WHAT_IS_COMING_TO_YOU, _NOT_A_THREAT),
        # payback on the one who grassed, where he lives known
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_GRASSED, _SORTING_HIM, _HIS_MOVES_KNOWN),
    ),
    # a group settling it themselves since the police will not, with the means or a day
    "vigilante plan": (
        "^" + every_one_of(_OURSELVES, _POLICE_FAIL, _READY),
        "^" + every_one_of(_OURSELVES, _MEANT),
        "^" + every_one_of(_OURSELVES_WITH_SOMEONE, _POLICE_FAIL),
    ),
    # fire threatened against a public building, with a day or "serious"
    "fire threatened against a building": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _ON_STAGE
        + "))"
        + every_one_of(_FIRE_TO_A_BUILDING, _FIRE_MEANT),
    ),
    # a lender who will hurt the writer or come for the family if a debt is not paid in time
    "a lender's threat": (_NOT_A_PHYSIO + every_one_of(_OWED, _IF_NOT_PAID, _DEBT_HARM),),
    # someone who will come and "sort the lot of you out", with a past of violence
    "a threat to come and sort everyone": ("^" + every_one_of(_COME_AND_SORT, _HAS_FORM),),
    # something brought for a man if he is there
    "something brought for him": ("^" + every_one_of(_BRINGING_FOR_HIM, _IF_HE_IS_THERE),),
}
