"""The English phrase net: psychosis, mania and a new mother in crisis, with danger now.

Voices heard telling someone to do harm ("voices back, telling me to hurt the baby", "she hears
a voice telling her to jump"); a belief of being poisoned or watched with a plan to act on it
("they put something in my tea, I am going to deal with him myself"); days without sleep beside
two signs of a mind running away (money spent wildly, driving off or too fast, being chosen or
on a mission, a roof, a fire, candles everywhere); a new mother who believes the baby is not hers
or would be better off without her, or is told by god what to do with the baby, alone with the
baby or leaving tonight; and someone just let out of or gone from a ward, with a weapon or a
belief that is not real. Each needs its parts together, so a condition told as managed or stable,
a past episode, a good night's sleep missed with a new baby, voices meaning people talking and
"this is driving me mad" are left alone. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Told as over or under control: a past episode, a condition managed, recovery going well.
_UNDER_CONTROL = (
    r"^(?!.*\b(?:years?\s+ago|(?:stable|well|better|fine|settled)\s+(?:now|these\s+days)|in\s+"
    r"recovery|recovered|back\s+then|when\s+(?:i|he|she|they)\s+(?:was|were)\s+(?:unwell|ill|"
    r"manic|poorly)|doing\s+(?:really\s+|so\s+)?well|managing\s+(?:it|well|fine)|well\s+managed|"
    r"under\s+control|in\s+a\s+(?:book|film|novel|play|game|show|series)|lol|haha\w*)\b)"
)
_HARM_VERB = (
    r"(?:hurt|harm|kill|jump|stab|burn|drown|punish|attack|poison|smother|suffocate|strangle|"
    r"shoot|cut|end\s+it|get\s+rid\s+of|throw)"
)
# A voice (or god, or the devil) telling someone to do harm: the harm named after the order.
_VOICE_ORDERS_HARM = (
    r"\b(?:voices?|god|the\s+devil|satan)\b(?:\W+\w+){0,5}?\W+(?:telling|told|tells|tell|"
    r"saying|says|said|ordering|orders|commanding|want(?:s|ing)?)\s+(?:me|him|her|them|us|my\s+"
    r"\w+)\s+(?:to\s+|that\s+(?:i|he|she|they)\s+(?:must|should|has\s+to|have\s+to)\s+)?"
    + _HARM_VERB
    + r"\b"
)
# Not a satnav, a game or an audiobook telling someone to "kill" a level or "cut" a corner.
_NOT_A_VOICE_OVER = (
    r"^(?!.*\b(?:sat\s*nav|gps|alexa|siri|game|audiobook|podcast|narrator|coach|teacher|"
    r"instructor|choir|karaoke|acting|rehearsal)\b)"
)

# Poisoned, watched or hunted, in a belief; and a plan to act on whoever is blamed.
_PERSECUTED = (
    r"\b(?:put|putting|puts|slipped|slipping)\s+(?:something|stuff|poison|drugs|chemicals|"
    r"things)\s+in\s+(?:my|her|his|our|their)\s+(?:tea|food|drinks?|coffee|water|meals?|"
    r"dinner)\b|\b(?:poisoning|trying\s+to\s+poison|poisoned)\s+(?:me|her|him|us|them)\b|"
    r"\b(?:cameras?|chips?|implants?|microphones?|trackers?)\s+in\s+(?:my|her|his|their)\s+"
    r"(?:head|brain|teeth|walls?|flat|house)\b|\bthe\s+(?:police|council|neighbours?|government|"
    r"mi5|doctors?|nurses?)\s+(?:are|is)\s+(?:all\s+)?(?:trying\s+to\s+kill|after|watching|"
    r"following|poisoning)\s+(?:me|her|him|us|them)\b|\b(?:they|people|everyone|he|she)\s+(?:are|"
    r"is)\s+(?:all\s+)?(?:watching|following|poisoning|spying\s+on|tracking)\s+(?:me|her|him|us)"
    r"\s+(?:through|with|from|everywhere|all\s+the\s+time)\b|\b(?:been|was|were|is|am)\s+"
    r"chosen\s+(?:by|to)\b|\bthe\s+chosen\s+one\b|\bgod\s+(?:\w+\s+)?(?:told|tells|wants)\s+"
    r"(?:me|him|her)\s+to\b"
)
_WILL_ACT = (
    r"\b(?:going\s+to|gonna|will|about\s+to|off\s+to)\s+(?:\w+\s+)?(?:(?:deal\s+with|sort\s+"
    r"out|make\s+\w+\s+pay|teach\s+\w+\s+a\s+lesson|confront|go\s+after|" + _HARM_VERB + r")\s+"
    r"(?:him|her|them|the\s+\w+|that\s+\w+|those\s+\w+)\b|get\s+(?:him|her|them)\b(?!\s+(?:a|an|"
    r"some|something|to|back|in|out|home|on|off|flowers|cards?)\b))"
)

# Days without sleep, or a high named as one.
_NO_SLEEP = (
    r"\b(?:has|have|had|is|was)?\s*(?:not|never|barely)\s+(?:eaten\s+(?:or|and|nor)\s+)?"
    r"(?:slept|sleeping|had\s+(?:any\s+)?sleep)\s+(?:\w+\s+){0,2}?(?:in|for|since)\s+(?:like\s+|"
    r"about\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|a|an|two|three|four|five|six|seven|several|"
    r"days|weeks?|nights|\w+day|last\s+\w+)\b|\b(?:up|awake)\s+(?:for\s+)?(?:\d+|two|three|"
    r"four|five|six|seven|several)\s+(?:days|nights)\b|\b(?:awake|up|no\s+sleep)\s+(?:for\s+)?"
    r"(?:\d{2}|forty\s*eight|seventy\s*two)\s+hours\b|\bno\s+sleep\s+(?:in|for|since)\s+"
    r"(?:\d+|two|three|four|five|several|days|a\s+week)\b|\b(?:manic|mania|hypomanic|bipolar\s+"
    r"(?:is\s+)?(?:\w+\s+)?(?:high|up))\b"
)
_SPENDING = (
    r"\b(?:maxed\s+out|(?:took|taken|taking|takes|take)\s+out\s+(?:a\s+)?(?:\S+\s+)?loans?|"
    r"credit\s+cards?|spent\s+(?:all|every|thousands|the\s+(?:rent|savings))|(?:booked|buying|"
    r"bought)\s+(?:\w+\s+){0,2}?(?:flights?|cars?)|quit\s+(?:his|her|my|their)\s+job|gave\s+away"
    r"\s+(?:all|everything))\b"
)
_DRIVING = (
    r"\b(?:\d+\s*mph|speeding|(?:car|van)\s+keys|(?:driv\w+|drove)\s+(?:off|away)\b|not\s+safe"
    r"\s+to\s+drive|driving\s+to\s+\w+\s+(?:tonight|now|right\s+now))"
)
_GRANDIOSE = (
    r"\b(?:been\s+chosen|the\s+chosen\s+one|chosen\s+by|on\s+a\s+mission|messiah|(?:trying|"
    r"going|out)\s+to\s+(?:kill|poison)\s+(?:her|him|me|them)|special\s+powers|invincible|god\s+"
    r"(?:\w+\s+)?(?:told|tells|talks|speaks)|the\s+devil)\b"
)
_RECKLESS_ACT = (
    r"\b(?:on\s+the\s+roof|climb\w*\s+(?:out|onto|on\s+to)|(?:balcony|window)\s+ledge|burning"
    r"\s+the|set\s+fire|lit\s+(?:\w+\s+)?(?:candles|a\s+fire|fires)|candles\s+everywhere|with\s+"
    r"the\s+kids\s+in\s+the\s+car)\b"
)

# A baby just born, a belief that it is not hers or would be better off without her, and the
# mother alone with it or leaving now.
_NEW_BABY = (
    r"\b(?:bab(?:y|ies)|newborn|new\s+born|born|birth|postnatal|post\s*-?\s*natal|postpartum|"
    r"post\s*-?\s*partum|midwife|health\s+visitor|maternity)\b"
)
_NOT_HERS = (
    r"\b(?:is\s+not|not)\s+(?:really\s+)?(?:mine|hers|ours|my\s+(?:baby|child|daughter|son)|"
    r"her\s+(?:baby|child)|our\s+(?:baby|child))\b|\bdo\s+not\s+(?:think|believe|feel\s+like)\s+"
    r"(?:she|he|it|the\s+baby)\s+is\s+(?:mine|hers|ours|my\s+\w+)\b|\b(?:swapped|switched|"
    r"replaced|changed)\s+(?:her|him|the\s+baby|my\s+baby|our\s+baby|at\s+birth)\b|\bbetter\s+off"
    r"\s+(?:without\s+(?:me|her)|with\s+(?:someone|somebody|anyone)\s+else)\b|\b(?:god|the\s+"
    r"devil|a\s+voice|voices|the\s+voices)\s+(?:\w+\s+){0,2}?(?:told|tells|telling|says|said)\s+"
    r"(?:me|her)\s+(?:that\s+)?(?:the|my|her|our)\s+(?:baby|son|daughter|child)\b|\b(?:the|my|"
    r"her|our)\s+(?:baby|son|daughter|child)\s+is\s+(?:possessed|evil|cursed|the\s+devil)\b|"
    r"\bthe\s+devil\s+is\s+in\s+(?:the\s+baby|him|her)\b"
)
_WITH_BABY_NOW = (
    r"\b(?:alone\s+with|on\s+my\s+own\s+with|(?:got|has|have)\s+(?:him|her|the\s+baby)\s+with"
    r"\s+(?:her|him|me)|can\s+not\s+be\s+near\s+(?:her|him|it|the\s+baby)|packed\s+a\s+bag|"
    r"(?:going|leaving|leave|go|walk\s+out)\s+(?:\w+\s+)?tonight|with\s+(?:her|him|the\s+baby)"
    r"\s+(?:now|right\s+now))\b"
)

# Just let out of, or gone from, a psychiatric ward; and a weapon or a belief that is not real.
_FROM_THE_WARD = (
    r"\b(?:off|left|out\s+of|gone\s+from|ran\s+(?:away\s+)?from|escaped\s+from|absconded\s+from|"
    r"walked\s+out\s+of|discharged\s+from|let\s+(?:\w+\s+)?out\s+of)\s+(?:the\s+)?(?:mental\s+"
    r"health\s+|psych\w*\s+)?(?:ward|unit)\b|\b(?:ward|unit|psych\w*\s+hospital)\b(?:\W+\w+)"
    r"{0,6}?\W+(?:let\s+(?:him|her|them)\s+out|discharged\s+(?:him|her|them)|released\s+(?:him|"
    r"her|them))\b|\b(?:awol|absconded)\b"
)
# Let out of or gone from a hospital, said beside a section or a psychiatric word.
_LEFT_HOSPITAL = (
    r"\b(?:let\s+(?:\w+\s+)?out|discharged|ran\s+away|escaped|absconded|walked\s+out|"
    r"(?:has\s+)?left)\s+(?:\w+\s+)?(?:of\s+|from\s+)?(?:the\s+)?hospital\b"
)
_SECTIONED = r"\b(?:sectioned|section\s+[23]|mental\s+health|psych\w*|crisis\s+team)\b"
_UNWELL_AND_DANGEROUS = (
    r"\b(?:has|got|with|carrying|holding|took|taken)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:knife|"
    r"knives|blade|machete|hammer|axe|weapon|gun)\b|\b(?:the\s+devil|demons?|evil)\s+(?:is|are)"
    r"\s+in\s+(?:him|her|them|the\s+\w+)\b|\b(?:hearing|hears)\s+voices\b|\bthe\s+voices\b|"
    r"\bgod\s+(?:\w+\s+)?(?:told|tells)\b|\bnot\s+(?:taking|on)\s+(?:his|her|their)\s+(?:meds|"
    r"medication|tablets)\b|\b(?:says|thinks|believes)\s+(?:she|he|they)\s+(?:is|are)\s+(?:god|"
    r"jesus|the\s+messiah|being\s+(?:watched|poisoned|followed|hunted))\b"
)

MIND_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # voices (or god) telling someone to hurt, kill or jump
    "voices telling someone to do harm": (
        _UNDER_CONTROL + _NOT_A_VOICE_OVER + every_one_of(_VOICE_ORDERS_HARM),
    ),
    # poisoned, watched or hunted in a belief, and about to act on it
    "a persecutory belief about to be acted on": (
        _UNDER_CONTROL + every_one_of(_PERSECUTED, _WILL_ACT),
    ),
    # days without sleep and two signs of mania: spending, driving, grandiosity, a risky act
    "mania with reckless acts": (
        _UNDER_CONTROL
        + every_one_of(_NO_SLEEP)
        + any_two_of(_SPENDING, _DRIVING, _GRANDIOSE, _RECKLESS_ACT),
    ),
    # a new mother who believes the baby is not hers, alone with it or leaving
    "a new mother in crisis": (
        _UNDER_CONTROL + every_one_of(_NEW_BABY, _NOT_HERS, _WITH_BABY_NOW),
    ),
    # just let out of or gone from a ward, with a weapon or a belief that is not real
    "unwell and out of the ward": (
        _UNDER_CONTROL + every_one_of(_FROM_THE_WARD, _UNWELL_AND_DANGEROUS),
        _UNDER_CONTROL + every_one_of(_LEFT_HOSPITAL, _SECTIONED, _UNWELL_AND_DANGEROUS),
    ),
}
