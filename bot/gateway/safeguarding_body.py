"""The English phrase net: the body in trouble now, told plainly, understated or as an aside.

A member writes about a claim, a missed session or the access form and says in passing what needs
an ambulance today. Each category is written from the signs the NHS names, as people tell them:
someone who cannot be woken and will not respond, though breathing; a diabetic whose sugar is low
and who will not wake, is barely talking or will not swallow, or a reading under 4 with those
signs; a hypo with shaking or blurred sight and nothing sweet to hand; a diabetic with two signs
of ketoacidosis (the meter reading "HI", vomiting, deep or fast breathing, breath smelling of pear
drops, drowsy, the pump stopped); an asthma attack with the child pulling in under the ribs or the
inhaler not helping; a baby gone blue round the lips with the breath not coming back; seizures
one after another without coming round between them; slurred speech with a hand that keeps
dropping things; a rash that does not fade under a glass; a child who ate someone's tablets or a
handful of them; someone gone down with the lips a funny colour; a sudden headache, the worst of
their life, with vomiting or a stiff neck. Each needs the signs now, so its everyday twin reads
past it: a condition told as controlled or past ("fine now", "last year"), a question for the
access form ("if I go hypo"), a teenager who will not wake for school, lips a funny colour from
lipstick, a rash that fades, a child who took his own tablets, a hangover's headache, what a
first aid course teaches. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A sign told as over, settled, or a joke.
_OVER = (
    r"^(?!.*\b(?:last\s+(?:year|month|winter|summer|week)|years?\s+ago|months\s+ago|"
    r"(?:is|are|was|all|feeling|seems?)\s+fine(?:\s+now)?|fine\s+now|all\s+clear|"
    r"(?:gp|doctor)\s+said|checked\s+(?:out|over)|sorted\s+now|under\s+control|lol|haha\w*|"
    r"lmao)\b)"
)
# Said as a plan or a question about what might happen one day, not as happening.
_NOT_IF = (
    r"^(?!.*\b(?:if|when|whenever|in\s+case)\s+(?:i|he|she|they|someone|somebody|my\s+\w+)\s+"
    r"(?:ever\s+)?(?:go|goes|gets?|has|have|had|is|are|starts?|feels?)\b)"
)
# What a first aid course or a leaflet teaches, not what is happening.
_NOT_A_LESSON = (
    r"^(?!.*\b(?:first\s+aid\s+(?:course|training|talk|session|class)|training\s+(?:session|"
    r"day|course)|leaflet|poster|means\s+(?:you\s+)?(?:call|ring|dial))\b)"
)
# Someone the writer is with or writes about.
_PERSON = (
    r"(?:he|she|they|him|her|them|my\s+(?:\w+\s+)?\w+|mum|dad|nan|gran|grandad|grandma|"
    r"grandpa|husband|wife|partner|baby|the\s+baby)"
)

# Someone who cannot be woken, and who does not respond though breathing.
_CANNOT_WAKE = (
    r"(?:\b(?:can\s+not|could\s+not|unable\s+to)\s+(?:wake|rouse)\s+" + _PERSON + r"|\b"
    r"(?:he|she|they|\w+)\s+(?:will\s+not|is\s+not|does\s+not)\s+(?:wake|waking))\b"
    r"(?!\s+up\s+(?:for|before|in\s+time|on\s+time|early|in\s+the\s+morning|till|until|at)\b)"
)
_NO_RESPONSE = (
    r"\b(?:will\s+not|does\s+not|did\s+not|is\s+not|not)\s+(?:respond\w*|react\w*)\s+"
    r"(?:to\s+(?:anything|me|my\s+voice|(?:his|her|their)\s+name|touch|pain|being\s+shaken)|"
    r"at\s+all)\b|\bbreathing\s+but\s+(?:\w+\s+){0,3}?(?:will\s+not|not|can\s+not|does\s+not)\s+"
    r"(?:wake|respond|answer|move|open)"
)
_NOT_A_SLEEPER = (
    r"^(?!.*\b(?:school|work|alarm|teenager|lazy|hangover|hungover|lie\s+in|phone|laptop|"
    r"computer|screen|ipad|tablet|pc|tv|app|device|kindle)\b)"
)

# Low sugar named, and what shows it is serious: not waking, barely talking, will not swallow.
_SUGAR_LOW = (
    r"\b(?:sugars?|levels?|bms?|glucose)\s+(?:is\s+|are\s+|has\s+gone\s+|gone\s+)?(?:very\s+|"
    r"really\s+|too\s+|so\s+|dangerously\s+)?low\b|\blow\s+(?:blood\s+)?sugars?\b|\bhypo\b"
)
_LOW_READING = (
    r"^(?!.*\b(?:gas|electric\w*|credit|top\s*up|taxi|miles|battery|water\s+meter)\b|.*£)"
    r"(?=.*\b(?:meter|monitor|libre|sensor|reader|reading|bms?|sugars?|glucose)\s+(?:\w+\s+)?"
    r"(?:says|said|reads|read|is|was|at|showing|shows|on|down\s+to)\s+(?:only\s+|just\s+)?"
    r"[0-3](?:\.\d)?(?![\d.])\b(?!\s*(?:%|(?:mins?|minutes|hours|days|pm|am)\b)))"
)
_SUGAR_SIGN = (
    r"\b(?:(?:is\s+|he\s+|she\s+)?not\s+wak\w*(?:\s+up)?|will\s+not\s+wake|only\s+sleep\w*|"
    r"keeps\s+(?:falling\s+a)?sleep\w*|can\s+(?:barely|hardly)\s+(?:talk|speak)|"
    r"(?:barely|hardly|not|stopped)\s+(?:talking|speaking|"
    r"making\s+sense|responding)|(?:will\s+not|can\s+not|unable\s+to)\s+swallow|drowsy|"
    r"unconscious|floppy|passed\s+out|fitting|confused)\b"
)
# A hypo of the writer's own now: shaking, sweating or not seeing properly, nothing sweet to hand.
_HYPO_SIGN = (
    r"\b(?:shak\w*|trembl\w*|sweat\w*|clammy|can\s+not\s+see\s+(?:properly|straight|clearly)|"
    r"(?:vision|sight)\s+(?:is\s+)?(?:\w+\s+)?(?:blurr\w*|going)|blurr\w*|dizzy|confused)\b"
)
_NOTHING_SWEET = (
    r"\b(?:no|not\s+got\s+(?:any|my)|out\s+of|without|ran\s+out\s+of|forgot\s+my|left\s+my)\s+"
    r"(?:sweets|glucose|dextro\w*|jelly\s+babies|sugar|lucozade|juice|food|snacks?)\b"
)

# Diabetic, and two signs of ketoacidosis.
_DIABETIC = (
    r"\b(?:diabet\w*|type\s+(?:1|one)|t1d?|insulin|(?:insulin\s+)?pump|meter|libre|sugars?|"
    r"ketones?)\b"
)
_DKA_SIGNS = (
    r"\b(?:meter|monitor|reader|libre|sensor|reading)\s+(?:\w+\s+)?(?:says|said|reads|shows|"
    r"showing|is|on)\s+(?:hi|high|[2-3]\d(?:\.\d)?)\b|\bketones\s+(?:are\s+)?(?:high|\w+\s+high)",
    r"\b(?:vomit\w*|being\s+sick|keeps\s+being\s+sick|throwing\s+up|sick\s+all)\b",
    r"\bbreath\w*\s+(?:\w+\s+){0,2}?(?:deep|fast|heavy|quick|hard)\b|\bpanting\b",
    r"\bbreath\s+(?:smells|smelt|smelling)\s+(?:\w+\s+){0,2}?(?:pear\s+drops|fruity|sweet|"
    r"nail\s+varnish|acetone)",
    r"\b(?:sleepy|drowsy|confused|floppy|not\s+making\s+sense)\b",
    r"\bpump\s+(?:has\s+)?(?:stopped|failed|broke\w*|not\s+working|came\s+out|fell\s+out)\b",
)

# An asthma attack: pulling in under the ribs, or the inhaler not helping beside a hard sign.
_RECESSION = (
    r"\b(?:pulling|sucking|sinking|drawing)\s+in\s+(?:under|between|below|round)\s+(?:his|her|"
    r"their|the)\s+(?:ribs|chest|neck|collar\s*bones?)|\b(?:ribs|tummy|chest)\s+(?:is\s+|are\s+)?"
    r"(?:sucking|pulling|sinking)\s+in\b"
)
_BREATH_WORD = r"\b(?:breath\w*|wheez\w*|asthma|inhaler|gasping|chest)\b"
_INHALER_NOT_HELPING = (
    r"\binhaler\s+(?:is\s+|has\s+|does\s+)?(?:not|no\s+longer)\s+(?:helping|working|doing\s+"
    r"anything|touching\s+it)\b|\binhaler\s+(?:is\s+)?doing\s+nothing\b"
)
_HARD_BREATH = (
    r"\b(?:can\s+not|could\s+not|struggling\s+to|hard\s+to|can\s+hardly|can\s+barely)\s+"
    r"(?:breathe|talk|speak|get\s+(?:his|her|my|a)\s+breath)|\bgasping\b|\blips\s+(?:\w+\s+)?"
    r"(?:blue|grey)|\bbreathing\s+(?:really\s+|so\s+|very\s+)?fast\b|\bwheez\w*\s+(?:\w+\s+)?"
    r"(?:badly|really\s+badly|non\s*stop)|\basthma\s+(?:attack|has\s+gone\s+off|gone\s+off)\b"
)

# A baby or child gone blue round the lips, and the breath not coming back.
_BLUE_ROUND_THE_LIPS = (
    r"\b(?:go|goes|going|gone|went|turn\w*|is|looks?)\s+(?:a\s+bit\s+|all\s+|really\s+)?"
    r"(?:blue|grey|purple)\s+(?:round|around|on|at)\s+(?:the|his|her|their)\s+(?:lips|mouth)"
)
_BREATH_NOT_BACK = (
    r"\b(?:(?:taking|takes|took)\s+(?:ages|forever|a\s+long\s+time)\s+to\s+(?:get|catch)\s+"
    r"(?:his|her|their|a)\s+breath|can\s+not\s+(?:get|catch)\s+(?:his|her|their|a)\s+breath|"
    r"choking|gasping|stops?\s+breathing|not\s+breathing)\b"
)
_COLOUR_EXPLAINED = r"^(?!.*\b(?:cold|bath|pool|swim\w*|paint\w*|ink|blueberr\w*|lolly)\b)"

# Seizures one after another, without coming round between them.
_CLUSTER = (
    r"\b(?:\d+|two|three|four|five|several|multiple)\s+(?:seizures|fits)\b|\b(?:seizures|fits)\s+"
    r"(?:in\s+a\s+row|back\s+to\s+back|one\s+after\s+(?:the\s+)?(?:another|other))\b|"
    r"\banother\s+(?:seizure|fit)\s+(?:straight\s+(?:after|away)|before)\b|"
    r"\b(?:seizure|fit)\s+after\s+(?:seizure|fit)\b"
)
_NOT_COME_ROUND = (
    r"\b(?:not|never|without)\s+(?:\w+\s+)?(?:come\s+round|coming\s+round|come\s+to|woken|woke|"
    r"waking|recovered|recovering|come\s+back\s+to\s+(?:himself|herself))\b|\bbetween\s+them\b"
)

# Slurred speech, sudden, with a hand that keeps dropping things.
_SLURRED = (
    r"\b(?:slurr\w+|speech\s+(?:has\s+|is\s+)?(?:gone\s+)?(?:all\s+)?(?:funny|weird|jumbled|"
    r"strange|slow))\b"
)
_DROPPING = (
    r"\b(?:keeps?|kept|keeping)\s+dropping\s+(?:things|stuff|(?:his|her|my)\s+\w+)|"
    r"\b(?:can\s+not|could\s+not)\s+(?:hold|grip)\s+(?:\w+\s+){0,2}?(?:cup|fork|spoon|pen|phone|"
    r"glass|anything)\b"
)
_NOT_DRUNK = (
    r"^(?!.*\b(?:pints?|drunk|wine|beer|dentist|anaesthetic|tired|half\s+asleep|voice\s+note|"
    r"lol|haha\w*)\b)"
)

# A rash that does not fade under a glass, on someone now (with a fever, or had by a person).
_RASH_NOT_FADING = (
    r"\b(?:rash|spots|blotches|marks)\s+(?:that\s+|which\s+|and\s+it\s+|it\s+)?(?:does\s+not|"
    r"did\s+not|will\s+not|is\s+not|not)\s+(?:fade|fading|go\s+away|disappear|go\s+white|"
    r"blanch\w*)\b|\bnon\s+blanch\w*\s+rash\b"
)
_FEVER_OR_PERSON = (
    r"\b(?:temp\w*|fever\w*|burning\s+up|floppy|drowsy|stiff\s+neck)\b|\b(?:he|she|they|baby|"
    r"my\s+\w+|\w+s)\s+(?:has|have|is|has\s+got|got)\s+(?:got\s+|come\s+out\s+in\s+)?"
    r"(?:\w+\s+){0,2}(?:rash|spots|blotches)\b"
)

# A child who ate someone's tablets, or a handful of them.
_A_CHILD = (
    r"\b(?:bro|brother|sis|sister|son|daughter|toddler|baby|kid|child|boy|girl|grandson|"
    r"granddaughter|nephew|niece|\d+\s*(?:yo|year\s+old|yr\s+old))\b"
)
_TABLETS = r"(?:tablets|pills|meds|medicine|capsules|paracetamol|ibuprofen|calpol)"
_ATE_TABLETS = (
    r"\b(?:ate|eaten|eating|swallowed|chewed|got\s+into|got\s+hold\s+of)\s+(?:\w+\s+){0,7}?"
    + _TABLETS
    + r"\b"
)
# How many, or whose: a handful, a packet, someone else's, or taken for sweets.
_HOW_MANY_OR_WHOSE = (
    r"\b(?:a\s+load|a\s+handful|loads|some|all|a\s+few|several|\d+|two|three|four|five|"
    r"the\s+whole\s+(?:packet|bottle|strip|box)|a\s+(?:packet|bottle|strip|box))\s+(?:of\s+)?"
    r"(?:\w+\s+){0,4}?"
    + _TABLETS
    + r"\b|\b(?!(?:his|its|this|hers)\b)\w+s\s+(?:\w+\s+)?"
    + _TABLETS
    + r"\b|\b(?:her|his|my|their)\s+(?:mum|dad|nan|gran|grandad|grandma|grandpa|aunt\w*|"
    r"uncle)s?\s+(?:\w+\s+){0,2}?"
    + _TABLETS
    + r"|\b(?:thinking|thought)\s+(?:they|it)\s+(?:were|was)\s+(?:sweets|smarties|candy)\b"
)
_NOT_THEIR_OWN_DOSE = (
    r"^(?!.*\b(?:vitamins?|prescribed|dose\s+(?:fine|ok)|dosette|blister\s+pack|pill\s+"
    r"organi[sz]er|right\s+order|for\s+the\s+week|on\s+time|(?:his|her|their)\s+own|"
    r"as\s+(?:usual|normal|always))\b)"
)

# Someone gone down, and the lips a funny colour.
_GONE_DOWN = (
    r"\b(?:" + _PERSON + r"|\w+s)\s+(?:is\s+|has\s+|just\s+)?(?:gone|went|go|dropped)\s+down\b"
    r"(?!\s+(?:to|the|a|with|into|for|south|well|badly|hill|town|stairs|in\s+(?:price|value|my|"
    r"his|her)\s+\w+))|\b(?:collapsed|fainted|keeled\s+over|hit\s+the\s+(?:floor|ground|deck))\b"
)
_LIPS_FUNNY = (
    r"\b(?:lips|face|mouth|skin)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:funny|strange|weird|odd|bad|"
    r"horrible)\s+colou?r\b"
)
_NOT_MAKE_UP = r"^(?!.*\b(?:lipstick|lip\s*gloss|make\s*up|filter|photo|dye|paint\w*)\b)"

# A sudden headache, the worst of their life, and what comes with a bleed.
_WORST_HEADACHE = (
    r"\bworst\s+(?:headache|pain)\b|\bheadache\W+(?:\w+\W+){0,6}?worst\s+(?:of\s+(?:his|her|my|"
    r"their)\s+life|(?:\w+\s+){0,2}ever)|\bthunderclap\b|\b(?:like\s+)?(?:been\s+)?hit\s+"
    r"(?:on|in|round)\s+the\s+(?:back\s+of\s+the\s+)?head\s+with\s+a\s+(?:hammer|bat|brick)"
)
_BLEED_SIGN = (
    r"\b(?:sudden\w*|out\s+of\s+nowhere|vomit\w*|being\s+sick|throwing\s+up|stiff\s+neck|neck\s+"
    r"(?:is\s+)?stiff|light\s+hurts|can\s+not\s+look\s+at\s+the\s+light|confused|collapsed|"
    r"slurr\w*|passed\s+out)\b"
)
_NOT_A_HANGOVER = (
    r"^(?!.*\b(?:migraines?|hangover|hungover|drinks|pints?|wine|quiz|party|last\s+night|"
    r"gig|concert|festival|noise|music|(?:i|he|she)\s+gets?)\b)"
)

BODY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # someone who cannot be woken and does not respond, though breathing
    "cannot be woken, no response": (
        _OVER + _NOT_A_SLEEPER + every_one_of(_CANNOT_WAKE, _NO_RESPONSE),
    ),
    # low sugar and not waking, barely talking or not swallowing; a low reading with those signs
    "a diabetic low, not waking": (
        _OVER + _NOT_IF + every_one_of(_SUGAR_LOW, _SUGAR_SIGN),
        _OVER + _NOT_IF + _LOW_READING + every_one_of(_SUGAR_SIGN),
        # a hypo of the writer's own: shaking or blurred sight, nothing sweet to hand
        _OVER + _NOT_IF + every_one_of(r"\bhypo\b", _HYPO_SIGN, _NOTHING_SWEET),
    ),
    # a diabetic with two signs of ketoacidosis
    "a diabetic high, ketoacidosis": (
        _OVER + _NOT_IF + every_one_of(_DIABETIC) + any_two_of(*_DKA_SIGNS),
    ),
    # a child pulling in under the ribs, or the inhaler not helping with a hard sign
    "an asthma attack": (
        _OVER + every_one_of(_RECESSION, _BREATH_WORD),
        _OVER + every_one_of(_INHALER_NOT_HELPING, _HARD_BREATH + "|" + _RECESSION),
    ),
    # blue round the lips and the breath not coming back
    "blue round the lips": (
        _OVER
        + _COLOUR_EXPLAINED
        + _NOT_A_LESSON
        + every_one_of(_BLUE_ROUND_THE_LIPS, _BREATH_NOT_BACK),
    ),
    # seizures one after another without coming round
    "a seizure cluster": (
        _OVER + _NOT_IF + _NOT_A_LESSON + every_one_of(_CLUSTER, _NOT_COME_ROUND),
    ),
    # slurred speech and a hand that keeps dropping things
    "slurred and dropping things": (_OVER + _NOT_DRUNK + every_one_of(_SLURRED, _DROPPING),),
    # a rash that does not fade under a glass, with a fever or on someone now
    "a rash that does not fade": (
        _OVER + _NOT_IF + _NOT_A_LESSON + every_one_of(_RASH_NOT_FADING, _FEVER_OR_PERSON),
    ),
    # a child who ate someone's tablets or a handful of them
    "a child swallowed tablets": (
        _OVER + _NOT_THEIR_OWN_DOSE + every_one_of(_A_CHILD, _ATE_TABLETS, _HOW_MANY_OR_WHOSE),
    ),
    # someone gone down with the lips a funny colour
    "collapsed, a funny colour": (_OVER + _NOT_MAKE_UP + every_one_of(_GONE_DOWN, _LIPS_FUNNY),),
    # the worst headache of someone's life, sudden or with vomiting or a stiff neck
    "a thunderclap headache": (
        _OVER
        + _NOT_IF
        + _NOT_A_LESSON
        + _NOT_A_HANGOVER
        + every_one_of(_WORST_HEADACHE, _BLEED_SIGN),
    ),
}
