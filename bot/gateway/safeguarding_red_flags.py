"""The English phrase net: a medical emergency told by its signs, with no word of an emergency.

A member asks about childcare or apologises for the minibus, and in passing tells the signs
that together need an ambulance now: tummy pain that began round the belly button and has gone
low down on the right, bad, with sickness or shivers (appendicitis); early pregnancy with a
sharp pain on one side and the shoulder tip hurting or a faint coming (an ectopic pregnancy); a
fit over and the person not coming round, lips blue; a bite or a wound with a red line going up
the limb and shivers or a fever (sepsis); a fit gone on for ages or not stopping; someone with
dementia gone out into the snow or the freeze in a nightie, without a coat or for hours; sickle
cell with pain in the chest or agony and a fever, breathlessness or painkillers not touching it
(a crisis); an electric shock off a fitting or the mains with the heart jumping, a burn or a
throw; a child hard to wake with a stiff neck and the light hurting the eyes (meningitis).

Each needs its signs together and told as now, so the everyday twins that share the words are
left alone: period pain, an epilepsy that is managed and a fit come round from, a cut healing
well, a snow day out with a carer, a child who naps, a crisis settled or seen at the GP, a shock
that is a bill or a surprise, and idioms ("having a fit", "a red line", "a pain in the neck").
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a story or long past, or as over and well now.
_NOT_NOW = _TOLD_NOT_AS_NOW + (
    r"|\b(?:last\s+(?:week|month|year|winter)|(?:weeks|months)\s+ago|when\s+(?:i|he|she|they)\s+"
    r"(?:was|were)\s+(?:little|young|a\s+(?:kid|child|baby))|(?:all|much|a\s+lot)\s+better\s+now|"
    r"back\s+to\s+normal|discharged)\b"
)

# Appendicitis: pain that began round the belly button and moved low down on the right, bad now,
# with sickness or shivers.
_FROM_THE_BELLY_BUTTON = (
    r"\b(?:pain|ache|aching|hurt\w*|cramps?)\b(?:\s+[\w']+){0,4}?\s+(?:round|around|near|by|at|"
    r"in)\s+(?:my|his|her|the)\s+(?:belly\s*button|navel|tummy\s+button)\b"
)
_LOW_ON_THE_RIGHT = (
    r"\b(?:low(?:er)?\s+down\s+on\s+the\s+right|(?:bottom|lower)\s+right|right\s+(?:hand\s+)?"
    r"side\s+(?:of\s+(?:my|his|her|the)\s+)?(?:tummy|belly|stomach)|moved\s+(?:over\s+)?to\s+the"
    r"\s+right)\b"
)
_BAD_AND_SICK = (
    r"\b(?:been\s+sick|being\s+sick|throwing\s+up|vomit\w*|shivery|shivering|fever|temperature|"
    r"can\s+not\s+(?:walk|stand)\s+(?:up\s+)?straight|doubled\s+(?:up|over))\b"
)
_PERIOD_PAIN = (
    r"\b(?:period|periods|time\s+of\s+the\s+month|ovulat\w*|stitch|trapped\s+wind|(?:tummy|"
    r"sickness|stomach)\s+bug|(?:gp|doctor|nurse|111)\s+(?:says|said|thinks|reckons))\b"
)

# An ectopic pregnancy: weeks pregnant, a sharp pain on one side, the shoulder tip or a faint.
_EARLY_PREGNANT = (
    r"\b(?:\d|1[0-2]|a\s+few|six|seven|eight|nine|ten)\s+weeks?\s+(?:pregnant|gone)\b|"
    r"\b(?:positive\s+(?:pregnancy\s+)?test|just\s+found\s+out\s+(?:i\s+am|she\s+is)\s+"
    r"pregnant)\b"
)
_PAIN_ON_ONE_SIDE = (
    r"\b(?:sharp|stabbing|bad|severe|awful|horrendous)\s+pain\s+(?:on|in|down)\s+(?:my|her|"
    r"the)\s+(?:left|right|one)\s+side\b|\b(?:left|right)\s+side\s+(?:is\s+)?(?:killing|agony)\b"
)
_SHOULDER_OR_FAINT = (
    r"\bshoulder\s+tip\b|\b(?:going\s+to|about\s+to|gonna)\s+(?:pass\s+out|faint|collapse)\b|"
    r"\b(?:fainted|fainting|passed\s+out|passing\s+out)\b"
)
_A_STITCH_OR_BOREDOM = (
    r"\b(?:stitch|boredom|bored|round\s+ligament|scan\s+(?:was|went)\s+(?:fine|ok|great|well))\b"
)

# A fit over and the person not coming round, lips blue or grey.
_A_FIT = r"\b(?:shaking|fitting|fit|seizure|convuls\w*|jerking)\b"
_NOT_COMING_ROUND = (
    r"\b(?:will\s+not|wont|has\s+not|not|never)\s+(?:come|came|coming)\s+(?:round|to)\b"
    r"(?!\s+(?:to|for|at|on|tomorrow|later|again|today|tonight|the|our|my|your))|"
    r"\b(?:can\s+not|can\s+not\s+get\s+(?:her|him)\s+to)\s+wake\b|\bunresponsive\b"
)
_LIPS_BLUE = (
    r"\b(?:lips|face|mouth)\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:gone\s+|going\s+|turning\s+|"
    r"turned\s+|all\s+)?(?:blue|grey|gray|purple)\b|\bblue\s+(?:lips|round\s+the\s+mouth)\b"
)
_A_FIT_COME_ROUND = (
    r"\b(?:came\s+round|come\s+round\s+(?:fine|now|quickly)|(?:in\s+the\s+)?recovery\s+"
    r"position)\b"
)

# Sepsis from a bite or a wound: a red line going up the limb, and shivers or a fever.
_A_WOUND = r"\b(?:bit|bitten|bite|scratched|scratch|cut|wound|graze|splinter|blister)\b"
_RED_LINE_UP = (
    r"\bred\s+(?:line|streak|lines|streaks)\s+(?:is\s+)?(?:going|running|spreading|creeping|"
    r"moving|tracking)\s+up\s+(?:his|her|my|their|the)\s+(?:arm|leg|hand|wrist)\b"
)
_FEVERISH = (
    r"\b(?:shivering|shivery|shaking|fever|feverish|temperature|temp|hot\s+and\s+cold|rigors|"
    r"confused|clammy)\b"
)
_HEALING = r"\b(?:healing|healed|scab\w*|gone\s+down|settled|antibiotics\s+(?:are\s+)?working)\b"

# A fit going on for ages, or not stopping.
_FITTING_NOW = (
    r"\b(?:gone|went|going)\s+into\s+a\s+(?:fit|seizure)\b|\b(?:having|had)\s+a\s+seizure\b|"
    r"\b(?:fitting|seizing|convulsing)\s*(?:$|[,.!-]|ages\b|for\s+ages\b|non\s*stop\b|still\b|"
    r"since\b|for\s+(?:over\s+)?(?:\d+|five|ten|fifteen|twenty)\s+min)"
)
_WONT_STOP = (
    r"\b(?:ages|for\s+(?:over\s+|more\s+than\s+)?(?:\d+|five|six|ten|fifteen|twenty)\s+"
    r"(?:minutes|mins)|will\s+not\s+stop|not\s+stopp\w*|still\s+(?:going|fitting)|non\s*stop|"
    r"keeps?\s+going)\b"
)
_FIT_AS_AN_IDIOM = (
    r"\b(?:keep\s+fit|light\s+fitting|fitting\s+room|kitchen|carpet|tantrum|strop|"
    r"(?:have|having|had|threw|throw)\s+a\s+(?:fit|wobbly)\s+(?:about|over|at|when))\b"
)

# Someone with dementia gone out into the snow or the freeze, undressed or for hours.
_DEMENTIA = r"\b(?:dementia|alzheimers?|alzheimer\s+s)\b"
_GONE_OUT = (
    r"\b(?:gone|went|wandered|walked|slipped|got)\s+(?:off|out|away)\b|\b(?:been|is)\s+gone\b|"
    r"\bmissing\b"
)
_SNOW_OR_FREEZE = r"\b(?:snow|snowing|freezing|ice|icy|frost|blizzard|minus\s+\d+|sub\s+zero)\b"
_UNDRESSED_OR_HOURS = (
    r"\b(?:nightie|nightdress|pyjamas|dressing\s+gown|slippers|bare\s+feet|no\s+coat|without\s+"
    r"(?:her|his|a)\s+coat|(?:\d+|two|three|four|a\s+few|few)\s+hours)\b"
)
_OUT_IN_CARE = (
    r"\b(?:with\s+(?:her|his|the)\s+carer|with\s+(?:me|us)|snow\s+day|back\s+(?:home|safe|now)|"
    r"found\s+(?:her|him)|came\s+back|come\s+back)\b"
)

# A sickle cell crisis: agony or chest pain, with a fever, breathlessness or painkillers failing.
_SICKLE_CELL = r"\bsickle\s+cell\b"
_CRISIS_PAIN = (
    r"\b(?:agony|excruciating|screaming\s+in\s+pain|(?:severe|bad|awful)\s+pain|pain\s+in\s+"
    r"(?:her|his|my)\s+chest|chest\s+pain)\b"
)
_DANGER_SIGNS = (
    r"\b(?:temp|temperature|fever)\s+(?:is\s+)?(?:up|high|rising|through\s+the\s+roof)\b|"
    r"\b(?:struggling|fighting)\s+(?:for|to)\s+(?:breath|breathe)\b|\bcan\s+not\s+"
    r"(?:breathe|catch\s+(?:her|his|my)\s+breath)\b|\b(?:painkillers|pain\s+relief|meds|"
    r"morphine|codeine)\s+(?:are\s+|is\s+)?(?:not|no\s+longer)\s+(?:touching|working|helping)\b"
)
_CRISIS_SETTLED = r"\b(?:settled|eased|under\s+control|gp\s+said|wellbeing|awareness)\b"

# An electric shock off a fitting or the mains, with the heart jumping, a burn or a throw.
_ELECTRIC_SHOCK = (
    r"\b(?:electric\s+shock|electrocuted|(?:got|had|took)\s+a\s+(?:\w+\s+)?shock\s+(?:off|from)"
    r"\s+(?:the\s+)?(?:socket|wire|wiring|cable|mains|plug|fuse|light|fitting)|(?:massive|big|"
    r"bad|nasty|huge)\s+shock)\b"
)
_LIVE_WIRING = (
    r"\b(?:light\s+fitting|socket|wiring|live\s+wire|wires?|mains|cable|fuse\s*box|plug|"
    r"electrocuted|electric\s+shock|power\s+line|pylon|rail)\b"
)
_SHOCK_INJURY = (
    r"\bheart\s+(?:is\s+)?(?:jumping|skipping|fluttering|missing\s+beats|all\s+over\s+the\s+"
    r"place|beating\s+(?:funny|weird|wrong|irregular\w*))\b|\b(?:burnt|burned|charred)\s+black\b|"
    r"\bthrown\s+(?:off|across|back)\b|\b(?:knocked\s+out|unconscious|not\s+breathing)\b"
)
_A_SURPRISE = r"\b(?:static|bill|tariff|news|result|surprise|price|party)\b"

# Meningitis: a child hard to wake, a stiff neck, and the light hurting the eyes or a rash.
_HARD_TO_WAKE = (
    r"\b(?:can\s+not|could\s+not|struggling\s+to)\s+(?:wake|rouse)\s+(?:him|her|them)\s+"
    r"(?:up\s+)?(?:properly|fully)\b|\b(?:will\s+not|does\s+not)\s+wake\s+(?:up\s+)?properly\b|"
    r"\b(?:hard|impossible)\s+to\s+wake\b|\b(?:really|very|so)\s+drowsy\b|\bfloppy\b"
)
_STIFF_NECK = r"\b(?:neck\s+is\s+(?:really\s+|so\s+|all\s+)?stiff|stiff\s+neck)\b"
_LIGHT_OR_RASH = (
    r"\blight\s+(?:hurts|is\s+hurting)\s+(?:his|her|their|my)\s+eyes\b|\bcan\s+not\s+(?:stand|"
    r"bear|look\s+at)\s+the\s+light\b|\brash\s+(?:that\s+)?(?:does\s+not|will\s+not|not)\s+fade"
    r"\b|\b(?:purple|blotchy)\s+rash\b|\b(?:high\s+)?(?:fever|temperature)\b"
)
_A_NAP = (
    r"\b(?:slept\s+(?:funny|awkward\w*|wrong)|hangover|hung\s*over|every\s+morning|(?:in|on)\s+"
    r"the\s+mornings|stiff\s+(?:neck\s+)?from|from\s+(?:sleeping|the\s+(?:chairs?|coach|gym|"
    r"pillow|drive)))\b"
)

# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the signs that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # pain from the belly button to low on the right, with sickness or shivers; not period pain
    (
        "appendicitis told by its signs",
        _PERIOD_PAIN,
        (_FROM_THE_BELLY_BUTTON, _LOW_ON_THE_RIGHT, _BAD_AND_SICK),
    ),
    # weeks pregnant, a sharp pain on one side, the shoulder tip or a faint coming
    (
        "an ectopic pregnancy told by its signs",
        _A_STITCH_OR_BOREDOM,
        (_EARLY_PREGNANT, _PAIN_ON_ONE_SIDE, _SHOULDER_OR_FAINT),
    ),
    # a fit over, not coming round, lips blue; not a managed fit come round from
    (
        "a fit ended without coming round",
        _A_FIT_COME_ROUND,
        (_A_FIT, _NOT_COMING_ROUND, _LIPS_BLUE),
    ),
    # a bite or a wound with a red line going up the limb and shivers; not a cut healing
    ("sepsis from a bite or a wound", _HEALING, (_A_WOUND, _RED_LINE_UP, _FEVERISH)),
    # a fit going on for ages or not stopping; not keep fit, a light fitting or a tantrum
    ("a fit that will not stop", _FIT_AS_AN_IDIOM, (_FITTING_NOW, _WONT_STOP)),
    # someone with dementia gone out in the snow undressed or for hours; not out with a carer
    (
        "someone with dementia out in the freeze",
        _OUT_IN_CARE,
        (_DEMENTIA, _GONE_OUT, _SNOW_OR_FREEZE, _UNDRESSED_OR_HOURS),
    ),
    # sickle cell with agony or chest pain and a fever, breathlessness or painkillers failing
    ("a sickle cell crisis", _CRISIS_SETTLED, (_SICKLE_CELL, _CRISIS_PAIN, _DANGER_SIGNS)),
    # an electric shock off the wiring with the heart jumping, a burn or a throw
    (
        "an electric shock with injury",
        _A_SURPRISE,
        (_ELECTRIC_SHOCK, _LIVE_WIRING, _SHOCK_INJURY),
    ),
    # a child hard to wake with a stiff neck and the light hurting or a rash; not a nap
    ("meningitis told by its signs", _A_NAP, (_HARD_TO_WAKE, _STIFF_NECK, _LIGHT_OR_RASH)),
)

RED_FLAG_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
