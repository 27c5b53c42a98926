"""The English phrase net: unpaid carers at breaking point, and the ones they care for in danger.

A carer worn down past coping tells of a plan of their own (the cared-for's morphine saved up
for when a sister takes over, an end to them both tonight, a partner who asks to die together
and a carer who is coming round to it), of harm close to being done to the one they care for (a
child nearly shaken and a fear of doing it properly, a pillow over a suffering husband's face
thought of with a time), and of the one cared for in danger now: a parent after another stroke
down on the floor and not talking with a young carer alone, someone who wanders locked in or
left alone with the cooker while the carer cannot get back, someone on the floor since morning
whom the carer cannot lift, a bedbound husband alone all day with the carer not come and no way
to reach his water, a fall with the head bleeding and sickness after, a baby minded by someone
with dementia who does not know whose baby it is, and a baby found under the bath water.

Each needs its parts together, and the everyday twins share the words and are left alone: a
stroke long recovered from and a dad on the floor doing his physio, a baby shaken awake from a
nap, morphine handed back to the pharmacy, a grandad with someone sitting with him, a coach trip
to go on together, ending up driving home, an aunt on the floor sorting cupboards, a husband
with someone with him all day, a fall told as over and fine now, a dementia cafe and a swimming
lesson. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a game, or as over and safe now: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|soap|(?:he|she)\s+is\s+(?:fine|ok|okay|alright|all\s+"
    r"right)\s+now|(?:fine|ok|okay|all\s+clear)\s+now|last\s+(?:month|year))\b"
)
_THE_ONE_CARED_FOR = (
    r"(?:him|her|them|my\s+(?:dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|nan|"
    r"gran|grandad|grandma|aunt|uncle)|dad|mum|grandad|grandma|nan|gran)"
)

# Another stroke, with the one who had it down on the floor and not talking, or the writer alone.
_A_STROKE = r"\b(?:had|having|has\s+had)\s+(?:another|a)\s+(?:\w+\s+)?stroke\b"
_DOWN_ON_THE_FLOOR = (
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:still\s+|just\s+)?(?:lying\s+)?on\s+the\s+(?:\w+\s+)?"
    r"floor\b|\b(?:he|she|they)\s+(?:has|have)\s+(?:just\s+)?(?:collapsed|fallen|gone\s+down)\b"
)
_NOT_RESPONDING = (
    r"\bnot\s+(?:talking|speaking|moving|responding|answering|waking)\b(?!\s+(?:about|much|to\s+"
    r"(?:me|us|anyone)\s+about|yet\s+but))|\bcan\s+not\s+(?:talk|speak|move|get\s+up)\b|"
    r"\bno\s*one\s+else\s+(?:is\s+)?(?:home|here|in)\b"
)
_AT_THERAPY = r"\b(?:physio\w*|exercises|therapist|rehab|lego|playing|games?)\b"

# The one cared for nearly shaken or hurt, and a fear of doing it properly or again tonight.
_NEARLY_HURT = (
    r"\b(?:nearly|almost|came\s+close\s+to|so\s+close\s+to)\s+(?:shook|shaking|shake|hit|hitting|"
    r"slapped|slapping|smothered|smothering|hurt|hurting|threw|throwing|strangled)\s+"
    r"(?:him|her|them|the\s+baby|my\s+\w+)\b(?!\s+(?:awake|up|off|hand|with\s+(?:the|a|my)\b))"
)
_DO_IT_PROPERLY = (
    r"\b(?:scared|afraid|frightened|terrified|worried|feel\s+like)\s+(?:that\s+)?(?:i\s+will|ill|"
    r"i\s+might|i\s+am\s+going\s+to|i\s+could)\s+(?:\w+\s+)?(?:do\s+it\s+(?:properly|for\s+real|"
    r"next\s+time|tonight)|really\s+hurt|hurt\s+(?:him|her|them)|snap|lose\s+it)\b"
)
_A_GAME_OR_SLEEP = r"\b(?:awake|snor\w*|ball|football|rugby|tackle|door|trolley|pillow\s+fight)\b"

# The cared-for's morphine or tablets saved up, beside an end: done, not long now, a secret.
_THEIR_MEDS_SAVED = (
    r"\b(?:saved|saving|stockpil\w+|hoard\w*|keeping\s+back|kept\s+back|put\s+(?:by|aside))\s+"
    r"(?:up\s+)?(?:his|her|their|dads|mums)\s+(?:\w+\s+)?(?:oramorph|morphine|tablets|pills|"
    r"meds|medication|insulin|patches|oxycodone|fentanyl|diazepam|tramadol|codeine|"
    r"sleeping\s+(?:pills|tablets))\b"
)
_AN_END = (
    r"\bi\s+am\s+(?:done|finished|gone|going)\s*(?:[.!,]|$)|\bnot\s+long\s+now\b|\b(?:please\s+)?"
    r"do\s+not\s+tell\s+(?:anyone|anybody|any\s+one|my\s+\w+)\b"
)
_HANDED_BACK = (
    r"\b(?:hand\w*|tak\w+|giv\w+|bring\w*|br[oa]ught)\s+(?:\w+\s+){0,2}?back\b|\breturn\w*\b|"
    r"\bdispos\w*\b|\bpharmacy\s+bin\b"
)

# The partner who asks to die together, with the writer coming round to it or a time.
_TO_GO_TOGETHER = (
    r"\b(?:wants?|wanted|asked|asking|begg\w+|talk\w*\s+about|plan\w*)\s+(?:for\s+)?(?:us|me)\s+"
    r"(?:both\s+|two\s+)?to\s+(?:go|die|end\s+it|do\s+it|leave)\s+together\b(?!\s+(?:to|on|for|"
    r"and|with|in|at|by|this|next)\b)"
)
_COMING_ROUND_TO_IT = (
    r"\b(?:starting|beginning|coming\s+round)\s+to\s+agree\b|\bagree\s+with\s+(?:her|him)\b|"
    r"\b(?:she|he)\s+means\s+it\b|\bi\s+am\s+ready\s+(?:too|as\s+well)\b"
)
# A life-limiting illness or suffering beside it, or dying named outright.
_AN_ILLNESS_OR_DYING = (
    r"\b(?:huntingtons|motor\s+neurone|mnd|als|dementia|alzheimers|parkinsons|cancer|terminal\w*|"
    r"ms|multiple\s+sclerosis|suffer\w*|in\s+(?:so\s+much\s+)?pain|die|end\s+it)\b"
)
_AN_OUTING = (
    r"\b(?:trip|holiday|party|wedding|concert|gig|shopping|gym|match|cruise|show|cinema|"
    r"pictures|theatre)\b"
)

# An end to them both, the carer's own words.
_END_US_BOTH = (
    r"\bi\s+(?:will\s+|am\s+going\s+to\s+|shall\s+|am\s+)?(?:end|ending)\s+(?:it\s+for\s+)?"
    r"(?:us\s+both|both\s+of\s+us|the\s+two\s+of\s+us)\b(?!\s+(?:up|early|with|at|on)\b)"
)

# A pillow over the suffering one's face thought of, with a time or their suffering as reason.
_A_PILLOW_THOUGHT_OF = (
    r"\b(?:thinking|thought|dream\w*)\s+(?:of|about)\s+(?:just\s+)?(?:putting|holding|"
    r"pressing)\s+(?:a|the|his|her)\s+pillow\s+over\s+(?:his|her|their)\s+face\b|"
    r"\b(?:going\s+to|want\s+to|tempted\s+to|could|might)\s+(?:just\s+)?(?:put|hold|press)\s+"
    r"(?:a|the|his|her)\s+pillow\s+over\s+(?:his|her|their)\s+face\b"
)
_A_MERCY_MEANT = (
    r"\btonight\b|\b(?:suffered|suffering)\s+enough\b|\bput\s+(?:him|her|them)\s+out\s+of\b|"
    r"\bend\s+(?:his|her|their)\s+suffering\b|\bno\s+life\b"
)
_A_SNORE = r"\b(?:snor\w*|noise|racket|farts?|telly\s+loud|earplugs?)\b"

# Someone with dementia who wanders, locked in or alone with the cooker, and the carer held up.
_WANDERS = r"\b(?:wanders|wandering|dementia|alzheimers|gets\s+confused|forgets)\b"
_LOCKED_IN_OR_ALONE = (
    r"\b(?:lock\w*|left|shut)\s+"
    + _THE_ONE_CARED_FOR
    + r"\s+in\b|\b(?:he|she)\s+is\s+(?:home\s+)?(?:alone|on\s+(?:his|her)\s+own)\s+with\s+"
    r"the\s+(?:gas|cooker|hob|oven|fire|heater|stairs)\b"
)
_HELD_UP = (
    r"\bcan\s+not\s+get\s+(?:back|home|there|to\s+(?:him|her))\b|\bstuck\s+(?:on|in|at)\s+"
    r"(?:the\s+)?\w+(?:\s+\w+)?\s+(?:\d+|two|three|four|five)\s+(?:hours|hrs)\b"
)
_SOMEONE_SITTING = (
    r"\b(?:someone|somebody|neighbour|carer|sister|brother|mum|dad|wife|husband)\s+(?:is\s+)?"
    r"(?:with|sitting\s+with|popping\s+in\s+on|checking\s+on)\s+(?:him|her)\b"
)

# Someone cared for on the floor since the morning or for hours, who the carer cannot lift.
_ON_THE_FLOOR = (
    r"\b(?:was|is|been|lying)\s+on\s+the\s+(?:\w+\s+)?floor\b|\b(?:found|got\s+home\s+to)\s+"
    + _THE_ONE_CARED_FOR
    + r"\s+on\s+the\s+(?:\w+\s+)?floor\b"
)
_SINCE_LONG_AGO = (
    r"\b(?:since\s+(?:this\s+|the\s+)?(?:morning|last\s+night|yesterday|lunch|breakfast|\d)|"
    r"all\s+(?:day|night)|overnight|for\s+(?:hours|\d+\s+hours|(?:two|three|four|five|six)\s+"
    r"hours))\b"
)
_CAN_NOT_LIFT = (
    r"\bcan\s+not\s+(?:lift|get)\s+(?:her|him|them)\s*(?:up\b|off\b|[.,!]|$|on\s+my\s+own)|"
    r"\bcan\s+not\s+feel\s+(?:her|his|their|my)\s+legs\b"
)
_SORTING_THINGS = r"\b(?:sorting|painting|cleaning|scrubbing|tiling|playing|boxes|tins|yoga)\b"

# A bedbound adult with no one there, who cannot reach a drink or food, the carer not come or
# the writer out till late.
_NO_ONE_WITH_THEM = (
    r"\b(?:no\s*one|nobody|no\s+body)\s+(?:is\s+|has\s+been\s+)?(?:with|looking\s+after|seeing"
    r"\s+to)\s+" + _THE_ONE_CARED_FOR + r"\b(?!\s+(?:at|in|on)\s+(?:the\s+)?(?:session|meeting|"
    r"moment|match|party|dentist|doctors|school|work)\b)|\b(?:he|she)\s+is\s+(?:home\s+)?alone\s+"
    r"all\s+day\b"
)
_CAN_NOT_SEE_TO_THEMSELVES = (
    r"\bbed\s*bound\b|\bcan\s+not\s+(?:get|reach|pour)\s+(?:his|her|their|a)\s+(?:own\s+)?"
    r"(?:water|drink|food|meds|medication|tablets)\b"
)
_LEFT_TILL_LATE = (
    r"\bcarer\s+(?:has\s+not\s+|did\s+not\s+|not\s+|never\s+)(?:turned\s+up|come|came|shown\s+"
    r"up)\b|\bcarer\s+(?:has\s+)?cancelled\b|\bmine\s+has\s+not\s+turned\s+up\b|"
    r"\bnot\s+(?:home|back)\s+(?:till|until)\s+\d+\s*pm\b"
)

# A fall, the head bleeding, and being sick or drowsy after.
_A_FALL = r"\b(?:fell|had\s+a\s+fall|has\s+fallen|slipped)\b"
_HEAD_BLEEDING = (
    r"\bbleeding\s+from\s+(?:the|his|her|their)\s+head\b|\b(?:his|her|their)\s+head\s+(?:is\s+)?"
    r"(?:bleeding|pouring|split)\b|\b(?:hit|cracked|banged)\s+(?:his|her|their)\s+head\b"
)
_SICK_AFTER = (
    r"\b(?:keeps?|kept)\s+(?:being\s+sick|vomiting|throwing\s+up|passing\s+out|nodding\s+off)\b|"
    r"\b(?:vomiting|drowsy|can\s+not\s+stay\s+awake)\b"
)
_A_GAME_FALL = r"\b(?:sick\s+of|rugby|football|match|stitches\s+out|panto)\b"

# A baby left with someone with dementia, who does not know whose baby it is.
_A_BABY_WITH = (
    r"\b(?:baby|toddler|the\s+kids|the\s+children|little\s+one)\s+(?:is|are)\s+(?:with|at)\s+"
    r"(?:my\s+|her\s+|his\s+)?(?:mum|mom|dad|nan|gran|grandma|grandad|mother|father|"
    r"mother\s+in\s+law|him|her)\b"
)
_HAS_DEMENTIA = r"\b(?:who\s+has|has|has\s+got|with)\s+(?:got\s+)?(?:dementia|alzheimers)\b"
_NOT_KNOWING_THE_BABY = (
    r"\basking\s+(?:me\s+)?whose\s+(?:baby|child|kid)\s+(?:it|this|she|he)\s+is\b|"
    r"\b(?:does\s+not|did\s+not|can\s+not)\s+(?:know|recognise|remember)\s+(?:whose|who)\s+"
    r"(?:the\s+)?(?:baby|she|he|it)\b"
)
_A_PHOTO = r"\b(?:photos?|pictures?|group\s+chat|cafe|nurse|volunteer\w*)\b"

# A baby found under the bath water, breathing now but not right.
_UNDER_THE_WATER = (
    r"\b(?:found|saw)\s+(?:her|him|the\s+baby|my\s+baby)\s+(?:\w+\s+)?under\s+(?:the\s+)?water\b|"
    r"\b(?:she|he|the\s+baby)\s+(?:went|slipped|was)\s+under\s+(?:the\s+)?water\b|\bface\s+down"
    r"\s+in\s+the\s+(?:bath|water)\b"
)
_IN_THE_BATH = r"\b(?:bath|baby|toddler)\b"
_NOT_RIGHT_AFTER = (
    r"\b(?:breathing\s+(?:now\s+)?but|crying\s+(?:weird|funny|strange\w*|oddly)|coughing|"
    r"spluttering|floppy|sleepy|blue|is\s+(?:that|she|he|it)\s+ok)\b"
)
_A_SWIM_LESSON = r"\b(?:swim\w*|lessons?|class|pool|bubbles|diving|rings?)\b"


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # another stroke, down on the floor and not talking, or the writer alone with it
    (
        "a cared-for down after a stroke",
        _AT_THERAPY,
        (_A_STROKE, _DOWN_ON_THE_FLOOR, _NOT_RESPONDING),
    ),
    # the one cared for nearly shaken or hurt, with a fear of doing it properly
    ("a carer near to hurting the cared-for", _A_GAME_OR_SLEEP, (_NEARLY_HURT, _DO_IT_PROPERLY)),
    # the cared-for's morphine or tablets saved up, beside an end
    ("a carer's means saved up", _HANDED_BACK, (_THEIR_MEDS_SAVED, _AN_END)),
    # a partner asking to die together, the carer coming round to it
    (
        "asked by the cared-for to die together",
        _AN_OUTING,
        (_TO_GO_TOGETHER, _AN_ILLNESS_OR_DYING, _COMING_ROUND_TO_IT),
    ),
    # an end to them both, in the carer's own words
    ("a carer's end for them both", "(?!)", (_END_US_BOTH,)),
    # a pillow over the suffering one's face, with a time or their suffering as reason
    ("a carer's mercy killing thought of", _A_SNORE, (_A_PILLOW_THOUGHT_OF, _A_MERCY_MEANT)),
    # someone who wanders locked in or alone with the cooker, the carer held up
    (
        "a wanderer shut in alone with the carer held up",
        _SOMEONE_SITTING,
        (_WANDERS, _LOCKED_IN_OR_ALONE, _HELD_UP),
    ),
    # on the floor since the morning, and not to be lifted
    (
        "a cared-for on the floor for hours",
        _SORTING_THINGS,
        (_ON_THE_FLOOR, _SINCE_LONG_AGO, _CAN_NOT_LIFT),
    ),
    # a bedbound adult alone all day who cannot reach a drink, with no carer come
    (
        "a bedbound adult alone with no carer",
        _SOMEONE_SITTING,
        (_NO_ONE_WITH_THEM, _CAN_NOT_SEE_TO_THEMSELVES, _LEFT_TILL_LATE),
    ),
    # a fall with the head bleeding and sickness after
    ("a head hurt in a fall with sickness", _A_GAME_FALL, (_A_FALL, _HEAD_BLEEDING, _SICK_AFTER)),
    # a baby left with someone with dementia who does not know the baby
    (
        "a baby minded by someone with dementia",
        _A_PHOTO,
        (_A_BABY_WITH, _HAS_DEMENTIA, _NOT_KNOWING_THE_BABY),
    ),
    # a baby found under the bath water, breathing but not right
    (
        "a baby found under the bath water",
        _A_SWIM_LESSON,
        (_UNDER_THE_WATER, _IN_THE_BATH, _NOT_RIGHT_AFTER),
    ),
)

CARER_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
