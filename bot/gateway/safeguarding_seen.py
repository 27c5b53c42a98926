"""The English phrase net: medical emergencies told by what the writer sees, never by name.

Someone who has never heard the word "stroke" or "hypoglycaemia" writes what is in front of
them: one side of a face dropped with speech like a drunk's and no drink taken; a diabetic
sweating, muddled and refusing the sugar; spots that stay under a pressed glass with a fever or a
floppy child; a flat round battery swallowed by a small child; a blow to the head, then being
sick and nodding off; someone with no heat found ice cold and muddled; a worker in the heat who
has stopped sweating, hot and dry and gone down; a fall with the head bleeding on blood thinners;
a friend after a bottle of spirits who cannot be woken and has been sick; a baby with sickness or
diarrhoea, no wet nappy and sunken eyes or drowsy; a cut pumping blood through a soaked towel;
the writer's own heart racing with blackouts on standing or a rate far too high.

Each needs its parts together, and the everyday twins share the words and are left alone: a face
numb from the dentist, sugars back to normal, spots that faded under the glass, a battery taken
off a child before it went in, a head bump seen to at the hospital or sickness from a bug, a cold
flat with the writer warmed up again, sunburn and a trip down the pub, a fall with no blood, a
hangover slept off, potty training with dry nappies, a nick or the speaker pumping out tunes, a
heart racing at a gig or a proposal. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of
from bot.gateway.safeguarding_young_adults import _DRINK, _SLEEPING_IT_OFF

# Told as a joke, a film or a game, or as over: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|last\s+(?:night|week|year|month|time|summer)|"
    r"when\s+(?:i|we)\s+(?:was|were)|first\s+aid\s+(?:course|training|class)|fine\s+now|"
    r"back\s+to\s+normal|all\s+clear)\b"
)
_HIM_OR_HER = r"(?:his|her|their|my)"
# Muddled about something, not in the head.
_NOT_ABOUT = r"(?!\s+(?:about|by|with|as\s+to|why|how|what|which|over))"

# A stroke: one side of the face dropped, and speech like a drunk's or the words gone wrong.
_FACE_DROPPED = (
    rf"\bone\s+side\s+of\s+{_HIM_OR_HER}\s+(?:face|mouth)\s+(?:has\s+|is\s+|had\s+)?"
    r"(?:dropped|drooping|droopy|sagging|gone\s+(?:droopy|lopsided|slack|down))\b|"
    rf"\b{_HIM_OR_HER}\s+(?:face|mouth)\s+(?:has\s+|is\s+)?(?:drooping|droopy|sagging|gone\s+"
    r"(?:droopy|lopsided|slack)|dropped\s+on\s+one\s+side)\b"
)
_SPEECH_GONE = (
    r"\btalking\s+like\s+(?:he|she|they)\s+(?:is|are|was|were)\s+(?:drunk|pissed|hammered)\b|"
    r"\bslurr\w*\b|\bwords\s+(?:are\s+|is\s+)?(?:coming\s+out\s+)?(?:all\s+)?(?:wrong|jumbled|"
    rf"muddled|mixed\s+up)\b|\bcan\s+not\s+(?:get\s+{_HIM_OR_HER}\s+words\s+out|speak\s+"
    rf"properly|lift\s+{_HIM_OR_HER}\s+arm)\b"
)
_NUMB_FOR_A_REASON = (
    r"\b(?:dentist|anaesthetic|filling|botox|injection|filter|snapchat|impression|pulling\s+"
    r"faces|bell\w*\s+palsy)\b"
)

# A diabetic low: diabetic, sweating or muddled, and refusing the sugar.
_DIABETIC = r"\b(?:type\s*(?:1|one)|diabetic|insulin)\b"
_LOW_SIGNS = (
    r"\bsweat\w*\s+(?:buckets|like\s+mad|loads|pouring)\b|\b(?:pouring|drenched|dripping)\s+"
    r"(?:with|in)\s+sweat\b|\bclammy\b|\bnot\s+making\s+(?:any\s+)?sense\b|\b(?:he|she|"
    r"they)\s+(?:is|are|seems?)\s+(?:so\s+|really\s+|very\s+)?confused\b|\btalking\s+"
    r"(?:rubbish|nonsense|gibberish)\b"
)
_REFUSES_SUGAR = (
    r"\b(?:(?:will\s+not|would\s+not|refus\w*\s+to)\s+(?:take|eat|drink|have|swallow)|"
    r"(?:can\s+not|could\s+not)\s+swallow)\s+(?:the\s+|his\s+|her\s+|any\s+)?(?:glucose|sugar|"
    r"juice|lucozade|sweets|jelly\s+babies|dextro\w*|coke)\b|\brefus\w*\s+(?:the\s+|his\s+|"
    r"her\s+|any\s+)?(?:glucose|sugar|juice|lucozade|sweets)\b"
)
_SUGARS_FINE = (
    r"\b(?:levels?|sugars?|bms?|readings?)\s+(?:are|is|was|were)\s+(?:fine|normal|ok|okay|good|"
    r"high)\b|\b(?:instructions|leaflet|form|app|gym|workout|tast\w*|flavour\w*)\b"
)

# Meningitis: spots or a rash that stayed under a pressed glass.
_GLASS_PRESSED = r"\b(?:glass|tumbler)\b"
_STAYED = (
    r"\b(?:they|it|the\s+(?:spots|rash|marks))\s+(?:did\s+not|do\s+not|does\s+not|will\s+not|"
    r"would\s+not)\s+(?:go|fade|disappear|go\s+away|go\s+white|change)\b(?!\s+(?:down|well|to|"
    r"out|in|as|ahead|there|with|off))|\b(?:still\s+there|"
    r"still\s+(?:see|saw)\s+(?:them|it))\b"
)
_SPOTS = r"\b(?:spots|rash|marks|dots|blotches|pin\s*pricks)\b"
_GLASS_ITSELF = r"\b(?:window\w*|mirror|windscreen|faded|cleaning|clean\w*|wipe\w*|stain\w*)\b"

# A small flat battery swallowed by a child.
_SWALLOWED_BATTERY = (
    r"\bswallow(?:ed|s)?\s+(?:\w+\s+){0,7}?batter(?:y|ies)\b|\bbatter(?:y|ies)\b(?:\s+\w+){0,8}?"
    r"\s+(?:swallowed|has\s+swallowed)\s+(?:it|one|them)\b"
)
_A_SMALL_CHILD = (
    r"\b(?:little\s+one|baby|toddler|kid|child|son|daughter|he|she|boy|girl|grandson|"
    r"granddaughter|\d+\s*(?:yo|year\s+old|month\s+old))\b"
)
_NOT_SWALLOWED = (
    r"\b(?:nearly|almost|did\s+not|spat|got\s+it\s+(?:off|out|back)|found\s+(?:it|the\s+"
    r"battery)|in\s+time|before\s+(?:he|she|they)|toy|remote\s+is\s+dead|ad|advert|leaflet|"
    r"warning|campaign)\b"
)

# A head injury, then being sick and drowsy or not answering properly.
_HEAD_HIT = (
    rf"\b(?:banged|bumped|hit|bashed|smacked|cracked|knocked)\s+{_HIM_OR_HER}\s+head\b|"
    r"\bhead\s+injury\b"
)
_SICK_AFTER = (
    r"\b(?:been|being|was)\s+sick\b|\bvomit\w*\b|\bthrew\s+up\b|\bthrow\w*\s+up\b|\bthrown\s+up\b"
)
_DROWSY = (
    r"\b(?:nodding\s+off|dozing\s+off|falling\s+asleep|drowsy|can\s+not\s+keep\s+(?:his|her|"
    r"their)\s+eyes\s+open|will\s+not\s+answer\s+(?:me\s+)?properly|not\s+answering\s+"
    r"properly|does\s+not\s+know\s+where\s+(?:he|she|they)\s+(?:is|are))\b"
)
_SEEN_TO_OR_A_BUG = (
    r"\b(?:a\s*&\s*e|a\s+and\s+e|hospital|paramedics?|doctor|scan|checked\s+(?:him|her|them)\s+"
    r"over|bug|norovirus|food\s+poisoning|hangover|hungover|drunk|car\s+sick|travel\s+sick|flu|"
    r"covid|calpol|medicine)\b"
)

# Someone with no heat found ice cold and muddled.
_NO_HEAT = (
    r"\bno\s+(?:heating|heat|gas|electric\w*)\b|\b(?:heating|boiler)\s+(?:is\s+|has\s+)?"
    r"(?:off|broken|gone|packed\s+up|not\s+working)\b"
)
_ICE_COLD = (
    r"\bskin\s+(?:is\s+)?(?:like\s+ice|ice\s+cold|freezing|cold\s+as\s+ice)\b|\b(?:ice|stone)\s+"
    r"cold\s+to\s+(?:the\s+)?touch\b|\b(?:hands|body|skin)\s+(?:are|is)\s+(?:like\s+ice|blue)\b"
)
_MUDDLED = (
    rf"\bconfused\b{_NOT_ABOUT}|\bmuddled\b{_NOT_ABOUT}|\bnot\s+making\s+(?:any\s+)?sense"
    r"\b|\bslurr\w*\b|\bdoes\s+not\s+know\s+where\s+(?:he|she|they)\s+(?:is|are)\b"
)
_WARMED_UP = (
    r"\b(?:warmed\s+(?:him|her|them|me|up)|now\s+warm|hot\s+chocolate|office|classroom|desk)\b"
)

# Heatstroke: in the heat, no sweat and hot dry skin, and muddled or gone down.
_IN_THE_HEAT = (
    r"\b(?:in\s+(?:this|the)\s+(?:heat|sun)|heat\s*wave|scorching|boiling\s+(?:day|out)|\d+\s+"
    r"degrees)\b"
)
_HOT_AND_DRY = (
    r"\b(?:stopped|not|is\s+not)\s+sweating\b|\bskin\s+(?:is\s+)?(?:\w+\s+){0,2}?(?:hot\s+and\s+"
    r"dry|dry\s+and\s+hot)\b"
)
_GONE_DOWN = (
    r"\btalking\s+(?:rubbish|nonsense|gibberish)\b|\bnot\s+making\s+(?:any\s+)?sense\b|"
    rf"\bconfused\b{_NOT_ABOUT}|\b(?:went|gone|going)\s+down\b(?!\s+(?:the|to|a|for|with|"
    r"town|there|well|badly|in|on|at))|\bcollapsed\b|\bkeeled\s+over\b|\bpassed\s+out\b|"
    r"\bfainted\b"
)
_COOLED_OFF = r"\b(?:sunburn\w*|perked\s+up|better\s+now|came\s+round\s+and)\b"

# A fall with the head bleeding, on blood thinners.
_A_FALL = r"\b(?:fell|fallen|had\s+a\s+fall|slipped|tripped|collapsed)\b"
_HEAD_BLEEDING = (
    r"\bblood\s+(?:is\s+)?(?:everywhere|pouring|all\s+over|pumping|gushing|streaming)\b(?:\s+"
    r"\w+){0,3}?\s+(?:head|face)\b|\b(?:head|forehead)\s+(?:is\s+)?(?:bleeding|pouring|gushing|"
    r"split\s+open)\b|\b(?:bleeding|blood)\s+from\s+(?:his|her|their)\s+head\b"
)
_BLOOD_THINNERS = (
    r"\b(?:blood\s+thinners?|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|"
    r"anticoagulants?)\b"
)
_BLEED_SEEN_TO = r"\b(?:stitched|glued|steri|stopped\s+bleeding|no\s+blood|plaster)\b"

# A friend who drank a lot, cannot be woken and has been sick.
_WILL_NOT_WAKE = (
    r"\b(?:will\s+not|can\s+not|could\s+not|would\s+not)\s+(?:wake|waking|come\s+round|rouse)\b|"
    r"\b(?:can\s+not|could\s+not)\s+(?:wake|rouse)\s+(?:her|him|them)\b|\bunrousable\b|"
    r"\bnot\s+responding\b|\bunresponsive\b"
)
_WAKING_FOR = (
    r"\b(?:for\s+(?:work|school|college|uni|lectures?|(?:her|his)\s+(?:shift|feed|nap))|alarm|"
    r"milk|formula|feed)\b"
)

# A baby or small child dried out: sickness or diarrhoea, no wet nappy, sunken eyes or drowsy.
_SICKNESS = (
    r"\b(?:sickness|diarrh\w*|vomit\w*|being\s+sick|throwing\s+up|d\s+and\s+v|d&v|tummy\s+bug)\b"
)
_NO_WET_NAPPY = (
    r"\bno\s+wet\s+nappy\b|\bno\s+wet\s+nappies\b|\b(?:nappy|nappies)\s+(?:has\s+|have\s+)?"
    r"(?:been\s+)?(?:bone\s+)?dry\b|\bnot\s+(?:had\s+a\s+)?(?:wee|weed|pee|peed)\w*\s+(?:since|"
    r"for|in|all)\b"
)
_DRIED_OUT = (
    r"\bsunken\b|\b(?:so|really|very)\s+sleepy\b|\bdrowsy\b|\bfloppy\b|\blistless\b|\bno\s+"
    r"tears\b"
)
_POTTY = r"\b(?:potty|toilet\s+train\w*|pants|dry\s+(?:at\s+)?night|overnight)\b"

# A cut pumping blood, through a soaked towel.
_CUT_LIMB = (
    r"\b(?:cut|sliced|slashed|gashed|caught)\s+(?:his|her|their|my|the)\s+(?:\w+\s+)?(?:hand|"
    r"arm|wrist|leg|thigh|finger|neck|foot)\b|\bcut\s+(?:himself|herself|themselves|myself)\b"
)
_PUMPING = (
    r"\b(?:pumping|spurt\w*|squirt\w*|gushing|pouring)\s+(?:out\b|everywhere\b|blood\b)|"
    r"\b(?:it|bleeding|blood)\s+will\s+not\s+stop\b"
)
_SOAKED = (
    r"\bsoaked\s+(?:right\s+)?through\b|\b(?:towel|tea\s*towel|bandage|cloth|dressing)s?\s+"
    r"(?:is\s+|are\s+)?(?:soaked|full\s+of\s+blood|red)\b"
)
_A_NICK = r"\b(?:nick|plaster|paper\s*cut|tunes|music|tomato|ketchup|paint)\b"

# The writer's own heart racing, with blackouts or a rate far too high.
_HEART_RACING = (
    r"\bheart\s+(?:is\s+)?(?:going\s+(?:like\s+mad|crazy|like\s+the\s+clappers|mental|nuts|so\s+"
    r"fast|really\s+fast)|racing|pounding|hammering|beating\s+(?:so\s+|really\s+)?fast)\b"
)
_BLACKING_OUT = (
    r"\bblack(?:ing|ed)\s+out\b(?!\s+(?:the|names?|his|her|their|bits|parts|windows|words|all|"
    r"most|half|everything|what))|\bkeep\s+(?:nearly\s+)?(?:fainting|passing\s+out|collapsing)\b|"
    r"\bwatch\s+says\s+(?:1[5-9]\d|2\d\d)\b|\b(?:heart\s+rate|pulse)\s+(?:is\s+)?"
    r"(?:1[5-9]\d|2\d\d)\b"
)
_A_THRILL = (
    r"\b(?:gig|concert|proposed|crush|date|exam|interview|rollercoaster|horror|match|penalt\w*|"
    r"kiss\w*|drunk|pints|workout|gym|treadmill|spin\s+class|jog\w*|park\s*run|marathon|"
    r"cycl\w*|hik\w*)\b"
)


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # one side of the face dropped, and speech like a drunk's or the words wrong
    ("a face dropped and speech gone", _NUMB_FOR_A_REASON, (_FACE_DROPPED, _SPEECH_GONE)),
    # a diabetic sweating or muddled, refusing the sugar
    ("a diabetic low refusing sugar", _SUGARS_FINE, (_DIABETIC, _LOW_SIGNS, _REFUSES_SUGAR)),
    # spots that stay under a pressed glass
    ("spots that stay under a glass", _GLASS_ITSELF, (_SPOTS, _GLASS_PRESSED, _STAYED)),
    # a flat battery swallowed by a small child
    ("a battery swallowed", _NOT_SWALLOWED, (_SWALLOWED_BATTERY, _A_SMALL_CHILD)),
    # a blow to the head, then sick and drowsy
    ("a head hit, then sick and drowsy", _SEEN_TO_OR_A_BUG, (_HEAD_HIT, _SICK_AFTER, _DROWSY)),
    # no heat, ice cold and muddled
    ("ice cold and muddled with no heat", _WARMED_UP, (_NO_HEAT, _ICE_COLD, _MUDDLED)),
    # in the heat, hot and dry with no sweat, and muddled or gone down
    ("hot, dry and gone down in the heat", _COOLED_OFF, (_IN_THE_HEAT, _HOT_AND_DRY, _GONE_DOWN)),
    # a fall with the head bleeding, on blood thinners
    (
        "a head bleeding on blood thinners",
        _BLEED_SEEN_TO,
        (_A_FALL, _HEAD_BLEEDING, _BLOOD_THINNERS),
    ),
    # a lot drunk, cannot be woken, and sick
    (
        "drunk, not waking and sick",
        _SLEEPING_IT_OFF + "|" + _WAKING_FOR,
        (_DRINK, _WILL_NOT_WAKE, _SICK_AFTER),
    ),
    # sickness or diarrhoea, no wet nappy, sunken or drowsy
    ("a baby dried out", _POTTY, (_SICKNESS, _NO_WET_NAPPY, _DRIED_OUT)),
    # a cut pumping blood through a soaked towel
    ("a cut pumping blood", _A_NICK, (_CUT_LIMB, _PUMPING, _SOAKED)),
    # the writer's heart racing with blackouts or a rate far too high
    ("a racing heart and blackouts", _A_THRILL, (_HEART_RACING, _BLACKING_OUT)),
)

SEEN_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
