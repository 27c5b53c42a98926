"""The English phrase net: carers at breaking point, and the people they care for in danger now.

Someone who looks after a parent, a partner, a child or a neighbour tells of a risk as part of
the caring: a parent who drinks and has held a small child over a balcony or out of a window; a
parent unwell in mind, days without sleep, who has taken a child out to "meet god" or "go to
heaven" at a river, a bridge or the sea; the carer's own plan, pills or tablets sorted, saved or
ready for after a day, beside a word of being dead or not here by then said seriously; someone
who cannot walk or has had a stroke locked in a flat or a room by the one who cares for them,
with no phone, for hours or with the heating off; the carer's own threat to throw or push the
one cared for down the stairs or out of the chair, worn out by the care and with a sign it is
near (tonight, "one more thing", the chair actually picked up); someone who lives on oxygen or a
ventilator with the machine off or the power cut and going blue or unable to breathe; the
carer's job told as done, the writer not here for a day to come and the letters written; someone
tied to a chair or a bed by a carer, crying or left there again; someone's insulin or medicine
taken, sold or hidden by a relative, none left and the body showing it.

Each needs its parts together, and the everyday twins share the words and are left alone: a
child held up on a balcony to see the fireworks, a baptism at a river, hay fever pills sorted, a
flat locked up with the carer holding a key, the stairlift, a backup cylinder on during a power
cut, a birthday away on holiday, a teddy tied to a chair or an escape room, insulin pens
collected from the pharmacy. A joke ("lol") is left alone unless the message says it is meant
("seriously"). Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a game, or as over ("back in 2019"): not now, unless said to be meant.
_MEANT = r"\b(?:seriously|not\s+(?:joking|kidding)|for\s+real|no\s+joke)\b"
_NOT_NOW = rf"(?:{_TOLD_NOT_AS_NOW}|\bback\s+in\s+(?:19|20)\d\d\b)(?!.*{_MEANT})"

# A small child held over a balcony, a railing or out of a window by someone who drinks, rages
# or cannot be left with them.
_A_CHILD = (
    r"(?:the\s+(?:little|baby|youngest|little\s+one|kid|child|toddler)|the\s+little\s+one|"
    r"(?:my|our|her|his|their)\s+(?:little\s+)?(?:son|daughter|baby|boy|girl|one|kid|child|"
    r"toddler|grandson|granddaughter)|the\s+baby|(?:him|her|them))"
)
_HELD_OVER_A_DROP = (
    r"\b(?:held|holding|hung|hanging|dangled|dangling|hold|holds|dangles)\s+"
    + _A_CHILD
    + r"(?:\s+\w+)?\s+(?:over|out\s+of|off)\s+(?:the|a|our|his|her)\s+(?:balcony|railings?|"
    r"banister|bannister|window|edge|bridge|stairwell|landing)\b"
)
_NOT_SAFE_WITH_HIM = (
    r"\b(?:drinks|drinking|drunk|pissed|high|off\s+his\s+head|off\s+her\s+head|temper|rage|"
    r"threaten\w*|can\s+not\s+leave\s+(?:\w+\s+){1,3}?with|scared|screaming|kill)\b"
)
_A_VIEW = r"\b(?:fireworks|parade|view|to\s+see|wave|waving|look\s+at|watch(?:ing)?\s+the)\b"

# A parent unwell in mind, days without sleep, who has taken a child to "meet god" at water.
_UNWELL_IN_MIND = (
    r"\b(?:bipolar|psychosis|psychotic|manic|mania|schizo\w*|hearing\s+voices|not\s+(?:slept|"
    r"been\s+sleeping)\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|a\s+few|days))\b"
)
_TAKEN_A_CHILD = (
    r"\b(?:taken|took|has\s+got|taking)\s+(?:my|our|the|her|his)\s+(?:little\s+|baby\s+)?"
    r"(?:brother|sister|son|daughter|baby|kids|children|boy|girl|twins)\b"
)
_TO_MEET_GOD = (
    r"\b(?:going\s+to|gonna|will)\s+(?:meet|see|be\s+with|join|go\s+to)\s+(?:god|jesus|allah|"
    r"heaven|the\s+angels|the\s+lord)\b"
)
_AT_WATER_OR_HEIGHT = r"\b(?:river|sea|lake|canal|reservoir|bridge|cliff|water|beach|railway)\b"
_A_SERVICE = r"\b(?:baptism|baptised|christening|church|mass|service|pilgrimage|prayer\s+group)\b"

# The writer's own pills or tablets got ready for after a day, beside a word of being dead then.
_PILLS_READY = (
    r"\b(?:got|have)\s+(?:the|my|all\s+the|enough)\s+(?:pills|tablets|meds)\s+(?:sorted|ready|"
    r"saved|stashed|put\s+by|lined\s+up)\s+for\s+(?:after|when|once|tonight|then)\b|"
    r"\b(?:pills|tablets|meds)\s+(?:are\s+)?(?:sorted|ready|saved|stashed)\s+for\s+(?:after|"
    r"when|once|tonight|then)\b"
)
_DEAD_BY_THEN = (
    r"\b(?:i\s+am|i\s+will\s+be)\s+dead\s+(?:before|by)\b|\bi\s+will\s+not\s+be\s+(?:here|"
    r"around|alive)\b"
)
_EVERYDAY_PILLS = (
    r"\b(?:hay\s*fever|antihistamines?|travel\s+sickness|sea\s+sickness|allergy|vitamins?|iron|"
    r"contracepti\w+|worming|flea|dog|cat|malaria|holiday|travel\w*|trip|flight)\b"
)

# Someone who cannot walk or get out locked in by the one who cares for them, cut off for hours.
_LOCKED_IN = (
    r"\block(?:s|ed|ing)?\s+(?:her|him|them|(?:my|our|his|her|the\s+old)\s+\w+)\b[^.?!]{0,50}?"
    r"\bin\s+(?:the|their|her|his|a)\s+(?:flat|house|room|bedroom|home|bungalow|kitchen)\b|"
    r"\block(?:s|ed)\s+(?:her|him|them)\s+in\b"
)
_CANNOT_GET_OUT = (
    r"\b(?:can\s+not\s+walk|stroke|wheelchair|bed\s*bound|bedridden|dementia|blind|"
    r"paralysed|can\s+not\s+(?:get\s+up|stand|move))\b"
)
_CUT_OFF = (
    r"\b(?:no\s+phone|(?:\d+|ten|twelve|eight|nine)\s+hours|all\s+day|heating\s*(?:is\s+)?off|"
    r"no\s+(?:food|water|heating)|no\s+way\s+out)\b"
)
_A_KEY_HELD = r"\b(?:key\s*safe|carers?\s+(?:has|have)\s+a\s+key|keys?\s+to\s+get\s+in)\b"

# The carer's own threat to throw or push the one cared for, worn out, with a sign it is near.
_I_WILL_HARM_HIM = (
    r"\b(?:i\s+will|ill|i\s+am\s+going\s+to|i\s+am\s+gonna|gonna|i\s+could|i\s+nearly|i\s+almost)"
    r"\s+(?:put|push|throw|tip|shove|drop|chuck|roll)\s+(?:him|her)\s+(?:down|off|out\s+of)\s+"
    r"(?:the|that|his|her)\s+(?:stairs|steps|balcony|window|chair|wheelchair|bed)\b|"
    r"\b(?:i\s+will|ill|i\s+am\s+going\s+to|i\s+nearly|i\s+almost)\s+(?:smother|suffocate)\s+"
    r"(?:him|her)\b|\bput\s+(?:a|the)\s+pillow\s+over\s+(?:his|her)\s+face\b"
)
_THE_CARE = (
    r"\b(?:wiping|changing|lifting|washing|toileting|feeding|caring\s+for|looking\s+after)\s+"
    r"(?:him|her)\b|\b(?:his|her)\s+(?:pads|commode|wheelchair|chair)\b|\bdementia\b"
)
_NEAR = (
    r"\b(?:tonight|one\s+more\s+(?:thing|time|word)|actually|picked\s+(?:the|his|her)\s+\w+\s+"
    r"up|nearly|almost|came\s+close|raised\s+my\s+hand)\b"
)
_A_STAIRLIFT = r"\b(?:stair\s*lift|chair\s*lift|hoist|ramp)\b"

# Someone on oxygen or a ventilator with the machine off, going blue or unable to breathe.
_ON_A_MACHINE = (
    r"\b(?:oxygen|concentrator|ventilator|cpap|bipap|suction|nebuli[sz]er|breathing\s+machine)\b"
)
_MACHINE_OFF = (
    r"\b(?:power\s+cut|no\s+power|power\s+is\s+(?:off|out)|(?:machines?|it|concentrator|"
    r"ventilator)\s+(?:has\s+|have\s+|is\s+)?(?:been\s+)?(?:off|stopped|broken|died|run\s+out)|"
    r"(?:run|ran)\s+out\s+of\s+oxygen|no\s+oxygen)\b"
)
_NOT_BREATHING = (
    r"\b(?:going|gone|turning|turned)\s+blue\b|\bblue\s+(?:at|round|around)\s+the\s+lips\b|"
    r"\b(?:lips|face)\s+(?:are|is)\s+(?:going\s+)?blue\b|\b(?:can\s+not|struggling\s+to|"
    r"fighting\s+to)\s+(?:breathe|get\s+(?:her|his)\s+breath)\b|\bgasping\b"
)

# The carer's job told as done, the writer not here for a day to come, the letters written.
_NOT_HERE_FOR_IT = (
    r"\bi\s+will\s+not\s+be\s+(?:here|around|alive)\s+(?:for|by|to\s+see)\b|\bnot\s+be\s+"
    r"(?:here|around)\s+for\s+(?:it|my\s+birthday|christmas)\b"
)
_JOB_DONE = (
    r"\bmy\s+(?:job|work|part)\s+(?:here\s+)?is\s+(?:done|finished|over)\b|\b(?:she|he)\s+"
    r"(?:does\s+not|will\s+not)\s+need\s+me\s+any\s*more\b|\bnothing\s+left\s+for\s+me\b"
)
_LETTERS_WRITTEN = (
    r"\b(?:written|wrote|writing|left)\s+(?:the|my|all\s+the|some)\s+(?:letters|notes|goodbyes?)"
    r"\b|\b(?:letters|notes)\s+(?:are\s+)?(?:written|done|ready)\b"
)
_AWAY = (
    r"\b(?:holiday|away\s+(?:for|in|on)|abroad|flight|flying|trip|conference|working|on\s+shift|"
    r"cruise|festival)\b"
)

# Someone tied to a chair or a bed, crying or left like it again.
_TIED_TO_A_CHAIR = (
    r"\b(?:her|him|them|(?:my|our|his|her|their|the\s+old)\s+\w+)\s+(?:tied|tied\s+up|taped|"
    r"cable\s+tied|strapped)\s+(?:up\s+)?to\s+(?:the|a|her|his|their)\s+(?:chair|bed|radiator|"
    r"bannister|banister|pipe|cot|commode)\b"
)
_LEFT_OR_CRYING = (
    r"\b(?:crying|screaming|calling\s+out|shouting\s+for\s+help|moaning|again|since\s+(?:this"
    r"\s+morning|last\s+night|yesterday)|for\s+hours|all\s+day)\b"
)
_PLAY_TIED = (
    r"\b(?:escape\s+room|game|play\w*|teddy|balloons?|halloween|costume|hen\s+do|stag|"
    r"laughter|laughing|drama|rehearsal|magic\s+trick)\b"
)

# Someone's insulin or medicine taken, sold or hidden by a relative, none left, the body showing.
_MEDICINE_TAKEN = (
    r"\b(?:selling|sold|sells|pawning|pawned|stealing|stole|steals|hiding|hides|hid|keeps\s+"
    r"taking|took\s+all|taking\s+all|binned|bins|threw\s+away|throws\s+away|flushed)\s+"
    r"(?:all\s+)?(?:of\s+)?(?:my|her|his|their|the)\s+(?:\w+s\s+)?(?:insulin|inhalers?|"
    r"epi\s*pens?|tablets|meds|medication|medicine|oxygen)\b"
)
_NONE_LEFT = (
    r"\b(?:none|nothing|no\s+(?:insulin|pens|meds|tablets|medicine))\s+left\b|\b(?:run|ran)\s+"
    r"out\b|\bout\s+of\s+(?:insulin|meds|tablets|medicine)\b"
)
_BODY_SHOWING_IT = (
    r"\b(?:sugars?\s+(?:is|are|has\s+been)\s+(?:really\s+|very\s+|so\s+)?(?:high|low|"
    r"through\s+the\s+roof)|being\s+sick|vomiting|throwing\s+up|ketones|drowsy|confused|"
    r"shaking|can\s+not\s+breathe|wheezing|fitting)\b"
)
_A_PRESCRIPTION_ERRAND = r"\b(?:pharmacy|chemist|prescription|surgery|fridge|sharps\s+bin)\b"

# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # a child held over a balcony or out of a window by someone who drinks or rages
    ("a child held over a drop", _A_VIEW, (_HELD_OVER_A_DROP, _NOT_SAFE_WITH_HIM)),
    # a parent unwell in mind who has taken a child to meet god at water
    (
        "a child taken by a parent in crisis",
        _A_SERVICE,
        (_UNWELL_IN_MIND, _TAKEN_A_CHILD, _TO_MEET_GOD, _AT_WATER_OR_HEIGHT),
    ),
    # the carer's pills sorted for after a day, beside being dead by then
    ("pills sorted for after a day", _EVERYDAY_PILLS, (_PILLS_READY, _DEAD_BY_THEN)),
    # someone who cannot walk locked in by their carer, cut off for hours
    ("someone locked in who can't get out", _A_KEY_HELD, (_LOCKED_IN, _CANNOT_GET_OUT, _CUT_OFF)),
    # the carer's threat to throw the one cared for down the stairs, near
    ("a carer's threat to the one cared for", _A_STAIRLIFT, (_I_WILL_HARM_HIM, _THE_CARE, _NEAR)),
    # oxygen or a ventilator off, and going blue
    ("a breathing machine off", "(?!)", (_ON_A_MACHINE, _MACHINE_OFF, _NOT_BREATHING)),
    # the carer's job done, not here for a day, the letters written
    (
        "a carer's job done and letters written",
        _AWAY,
        (_NOT_HERE_FOR_IT, _JOB_DONE, _LETTERS_WRITTEN),
    ),
    # someone tied to a chair or a bed, crying or again
    ("someone tied to a chair", _PLAY_TIED, (_TIED_TO_A_CHAIR, _LEFT_OR_CRYING)),
    # insulin or medicine taken or sold, none left, and the body showing it
    (
        "medicine taken with none left",
        _A_PRESCRIPTION_ERRAND,
        (_MEDICINE_TAKEN, _NONE_LEFT, _BODY_SHOWING_IT),
    ),
)

BREAKING_POINT_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
