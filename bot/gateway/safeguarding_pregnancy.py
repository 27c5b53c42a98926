"""The English phrase net: pregnancy and birth emergencies happening now.

Bleeding with severe pain, or heavy bleeding, in a pregnancy ("30 wks and bleeding a lot", "my
missus is 26 weeks, in agony and bleeding"); a baby in the womb that has stopped moving since a
time named; waters broken early or with no way to hospital; a birth happening now on a floor, in
a bath or a toilet, or hidden by a teenager who is in pain; a pregnant woman with two signs of
pre-eclampsia (a severe headache, flashing lights or spots, a swollen face or hands, pain under
the ribs); contractions minutes apart with no one to get her to hospital; a baby born alone and
cold or unwatched by anyone; and a threat to end a pregnancy by force. Each needs its parts
together and a sign it is now, so pregnancy told as an access need (a seat near the toilets, a
due date, a scan), normal aches, spotting the midwife has checked, a birth told as over and well,
and a birth planned for a month named are left alone. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Told as checked, well, long past or as a joke.
_OVER = (
    r"^(?!.*\b(?:all\s+(?:fine|good|ok|okay|well)|(?:both|baby\s+is|babys|she\s+is|i\s+am|we\s+"
    r"are)\s+(?:doing\s+)?(?:fine|great|well|ok|okay|grand)|checked\s+(?:me|her|everything|us|"
    r"it)\b|(?:years?|months?)\s+ago|last\s+(?:year|month|time)|with\s+(?:my|her)\s+(?:first|"
    r"last|eldest|older|son|daughter)|(?:he|she|they)\s+(?:is|are)\s+(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+now|braxton|lol|haha\w*|in\s+(?:a|the)\s+(?:film|book|"
    r"show|soap|series|play))\b)"
)
# Pregnant, or a number of weeks or months someone is.
_PREGNANT = (
    r"\b(?:pregnant|pregnancy|expecting|(?:am|is|are|was)\s+(?:only\s+|nearly\s+|almost\s+|"
    r"about\s+|just\s+)?\d{1,2}\s*(?:weeks?|wks?|w)\b|\d{1,2}\s*(?:weeks?|wks?|months?)\s+"
    r"(?:pregnant|gone)|(?:my|her|the)\s+bump)"
)
# Weeks too early for the waters to go.
_PRETERM = (
    r"\b(?:(?:1\d|2\d|3[0-6])\s*(?:weeks?|wks?|w)|only\s+\d{1,2}\s*(?:weeks?|wks?|w|months?)|"
    r"[4-7]\s+months)\b"
)
# Bleeding, not from the nose, the gums or a cut.
_NOT_ELSEWHERE = r"^(?!.*\b(?:nose|nosebleeds?|gums?|finger|knee|cut\s+(?:my|her)|shaving)\b)"
_BLEEDING = (
    r"\b(?:bleeding|bled|bleed|losing\s+blood|blood\s+(?:everywhere|clots|pouring|running|"
    r"coming))\b"
)
_HEAVY_BLEEDING = (
    r"\bbleeding\s+(?:quite\s+|really\s+|very\s+|so\s+)?(?:a\s+lot|heavily|heavy|loads|lots|"
    r"badly|so\s+much|non\s*stop|through)\b|\bheavy\s+bleed\w*|\blots\s+of\s+blood\b|"
    r"\blosing\s+(?:a\s+lot\s+of\s+)?blood\b|\bblood\s+(?:everywhere|clots|pouring)\b|\bclots\b|"
    r"\bsoaked\b"
)
_SEVERE_PAIN = (
    r"\b(?:agony|doubled\s+over|excruciating|unbearable|severe\s+(?:pains?|cramps?)|(?:really|"
    r"so|very)\s+(?:bad\s+)?(?:hurting|painful)|(?:tummy|belly|stomach|bump)\s+(?:is\s+)?"
    r"(?:really\s+|so\s+)?(?:hurting|killing|rock\s+hard|in\s+agony)|(?:terrible|awful|"
    r"horrible|sharp|constant)\s+(?:pains?|cramps?)|screaming\s+(?:in|with)\s+pains?)\b"
)

# A baby in the womb that has stopped moving, since a time named.
_NO_MOVES = (
    r"\b(?:baby|bump|he|she|it)\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:not|stopped|never)\s+"
    r"(?:moved|moving|kicked|kicking)\b(?!\s+(?:position|round|around|down|up|head|into|out|"
    r"house|from|to|on|over|in\s+with))|\bno\s+(?:movements?|kicks?|kicking)\s+(?:from|since|"
    r"all|for|today)\b|\b(?:not|have\s+not|has\s+not|can\s+not|could\s+not)\s+(?:felt|feel|"
    r"feeling)\s+(?:\w+\s+){0,2}?(?:move|moving|movements?|kick\w*)\b|\b(?:reduced|fewer|"
    r"slowed|stopped)\s+(?:\w+\s+)?movements?\b"
)
_SINCE = (
    r"\b(?:since\s+(?:yesterday|last\s+night|this\s+morning|the\s+morning|\w+day|lunch|"
    r"breakfast)|all\s+(?:day|morning|night|evening|afternoon)|for\s+(?:hours|a\s+day|\d+\s+"
    r"hours|ages|a\s+while)|today|keep\s+(?:poking|prodding)|nothing\s+at\s+all)\b"
)

# Waters gone, now, too early or with no way to hospital.
_WATERS = (
    r"\bwaters\s+(?:\w+\s+){0,2}?(?:went|gone|broke|broken|burst|breaking|leaking)\b|\bwater\s+"
    r"(?:just\s+|has\s+)?(?:broke|broken)\b"
)
_NOW = (
    r"\b(?:just|now|right\s+now|still|this\s+(?:morning|afternoon|evening)|tonight|an?\s+(?:hour|"
    r"few\s+minutes)\s+ago|\d+\s+(?:mins?|minutes|hours?)\s+ago)\b"
)
_STUCK = (
    r"\b(?:alone|on\s+my\s+own|by\s+myself|no\s+(?:credit|car|lift|one|way|money)|nobody|on\s+"
    r"the\s+(?:bus|train|tube)|stuck|what\s+(?:do|should|can)\s+i\s+do|took\s+the\s+car)\b"
)

# A birth happening now, where no one has planned one.
_NOT_PLANNED_LATER = (
    r"^(?!.*\b(?:due|next\s+(?:week|month)|in\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d+\s+weeks)|planned|booked|induction|"
    r"caesarean|c\s+section)\b)"
)
_BIRTH_NOW = (
    r"\b(?:having|delivering|birthing)\s+(?:the|her|my|his|their)\s+baby\b|\bgiving\s+birth\b|"
    r"\b(?:the\s+)?baby\s+is\s+coming\b(?!\s+(?:in|on|next|this|to|round|over|home|along|at|for|"
    r"soon|back|with))|\b(?:it|he|she|the\s+head)\s+is\s+(?:coming\s+out|crowning)\b|"
    r"\bcrowning\b|\bthe\s+head\s+is\s+(?:out|showing)\b"
)
_WHERE_NOW = (
    r"\b(?:right\s+now|on\s+the\s+(?:\w+\s+)?floor|in\s+the\s+(?:bath|bathroom|toilets?|loo|"
    r"shower|car|garden|bedroom)|what\s+(?:do|should|can)\s+(?:i|we)\s+do|(?:nobody|no\s+one)\s+"
    r"knows|it\s+is\s+coming\s+out)\b"
)

# A pregnancy hidden, and the girl in pain or in labour now.
_HIDDEN = (
    r"\bhid(?:ing|den|e|es)?\s+(?:a|her|the|my|their)\s+pregnancy\b|\b(?:hidden|secret|"
    r"concealed|concealing)\s+(?:a\s+|her\s+|the\s+)?pregnancy\b|\b(?:nobody|no\s+one)\s+"
    r"(?:\w+\s+)?knows?\s+(?:i\s+am|she\s+is|i\s+was|she\s+was)\s+pregnant\b|\bdid\s+not\s+"
    r"(?:know|tell\s+anyone)\s+(?:she\s+was|i\s+was)\s+pregnant\b"
)
_IN_LABOUR = (
    r"\b(?:screaming|groaning|pains?|cramps?|contractions|agony|doubled\s+over|waters|bleeding|"
    r"holding\s+(?:her|my)\s+(?:belly|tummy|stomach)|will\s+not\s+let\s+me\s+in|locked\s+"
    r"(?:herself|myself)\s+in)\b"
)
_HAPPENING = (
    r"\b(?:now|right\s+now|tonight|just\s+found|this\s+(?:morning|evening|afternoon)|(?:she|i)\s+"
    r"(?:is|am)\s+in\s+the)\b"
)
_GIRL = r"\b(?:girl|daughter|teen\w*|niece|sister|1[1-8])\b"
_BELLY_PAIN = (
    r"\b(?:holding\s+her\s+(?:belly|tummy|stomach)|in\s+(?:agony|pain)|pains|contractions|"
    r"waters)\b"
)
_SHOWING = r"\b(?:massive|huge|showing|pregnant|bump)\b"

# Pre-eclampsia: two of its signs in a pregnancy.
_HEADACHE = (
    r"\b(?:terrible|awful|bad|severe|splitting|pounding|blinding|worst|horrendous|horrible|"
    r"constant)\s+headaches?\b|\bheadaches?\s+(?:that\s+|which\s+)?(?:will|would|does|do)\s+"
    r"not\s+(?:go|shift|stop)\b|\bhead\s+(?:is\s+)?(?:pounding|splitting)\b"
)
_VISION = (
    r"\b(?:seeing\s+(?:flashing\s+lights|flashes|spots|stars|lights)|flashing\s+lights\s+in\s+"
    r"(?:my|her)\s+eyes|blurr(?:y|ed)\s+(?:vision|eyes)|vision\s+(?:is\s+)?(?:blurry|blurred|"
    r"going)|spots\s+in\s+front\s+of\s+(?:my|her)\s+eyes)\b"
)
_SWELLING = (
    r"\b(?:face|hands|fingers)\b(?:\W+\w+){0,4}?\W+(?:swollen|swelled|swelling|blown\s+up|puffed"
    r"\s+up|ballooned)\b|\b(?:swollen|puffy)\s+(?:face|hands|fingers)\b"
)
_RIB_PAIN = r"\bpain\s+(?:under|below)\s+(?:my|her|the)\s+ribs\b"

# Labour minutes apart, alone, with no way to hospital.
_LABOUR_CLOSE = (
    r"\bcontractions\s+(?:\w+\s+){0,3}?(?:every|are)\s+(?:\d+|two|three|four|five)\b|"
    r"\b(?:\d+|two|three|four|five|few)\s+(?:mins?|minutes)\s+apart\b|\bcontractions\s+(?:\w+\s+)"
    r"{0,2}?(?:close\s+together|coming\s+(?:fast|quick))\b|\b(?:i\s+am|she\s+is)\s+in\s+labou?r\b"
)
_NO_WAY = (
    r"\b(?:alone|on\s+my\s+own|by\s+myself|(?:no\s+one|nobody)\s+(?:to|can|here|is\s+here|"
    r"around)|no\s+(?:car|lift|way|taxi|credit)|can\s+not\s+get\s+(?:to|a)|ambulance\s+(?:said|"
    r"says|is|will\s+be)\s+(?:\w+\s+){0,3}?(?:\d+|two|three|four)\s+hours?|ambulance\s+(?:is\s+"
    r"not|not|will\s+not)\s+coming)\b"
)

# Born with no one there, and the baby or the mother in danger.
_BORN = (
    r"\b(?:gave|given|giving)\s+birth\b|\bhad\s+(?:the|a|her|my)\s+baby\b|\bbaby\s+(?:was|got)\s+"
    r"born\b|\bdelivered\s+(?:the|a|her|my)\s+baby\b"
)
_UNATTENDED = (
    r"\b(?:alone|on\s+(?:her|my)\s+own|by\s+(?:herself|myself)|in\s+secret|secretly|without\s+"
    r"(?:anyone|a\s+midwife|help)|(?:nobody|no\s+one)\s+knew)\b"
)
_NEWBORN_DANGER = (
    r"\b(?:cold|blue|grey|gray|floppy|limp|(?:not|no|hardly|barely)\s+(?:feeding|breathing|"
    r"crying|moving)|will\s+not\s+(?:feed|wake|call|go|see)|refuses\s+to\s+(?:call|go|see)|"
    r"still\s+bleeding)\b"
)

# A pregnancy to be ended by force, by someone on their way.
_RID = (
    r"\b(?:get\s+rid\s+of\s+(?:it|the\s+baby|the\s+pregnancy)|abortion|terminat\w+|lose\s+"
    r"(?:it|the\s+baby))\b"
)
_HIMSELF = r"\b(?:do|sort)\s+it\s+(?:him|her|them)sel(?:f|ves)\b"
_BY_FORCE = (
    r"\b(?:(?:he|she|they)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to|gonna)|hell|shell|"
    r"theyll)\s+(?:make|force|drag)\s+(?:me|her)\b|\b(?:kick|punch|beat|stamp)\s+(?:it|the\s+"
    r"baby)\s+out\s+of\s+(?:me|her)\b"
)
_ON_THE_WAY = (
    r"\b(?:coming\s+(?:home|back|round|over)|on\s+(?:his|her|their)\s+way|tonight|today|later|"
    r"when\s+(?:he|she|they)\s+(?:gets?|comes?)\s+(?:home|back)|at\s+\d{1,2})\b"
)
_HARM_BUMP = (
    r"\b(?:will|would|is\s+going\s+to|gonna|threaten\w*\s+to)\s+(?:kick|punch|stamp\s+on|hurt|"
    r"kill)\s+(?:the\s+baby|my\s+bump|the\s+bump|(?:me|her)\s+in\s+the\s+(?:stomach|belly|"
    r"tummy|bump))\b"
)

PREGNANCY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # bleeding with severe pain, or heavy bleeding, in a pregnancy
    "bleeding or severe pain in pregnancy": (
        _OVER + _NOT_ELSEWHERE + every_one_of(_PREGNANT, _BLEEDING, _SEVERE_PAIN),
        _OVER + _NOT_ELSEWHERE + every_one_of(_PREGNANT, _HEAVY_BLEEDING),
    ),
    # a baby in the womb not moving since a time named
    "no movements in pregnancy": (_OVER + every_one_of(_PREGNANT, _NO_MOVES, _SINCE),),
    # waters gone now, too early or with no way to hospital
    "waters broken early": (
        _OVER + every_one_of(_WATERS, _NOW, _PRETERM),
        _OVER + every_one_of(_WATERS, _NOW, _STUCK),
    ),
    # a birth happening now on a floor, in a bath or a toilet, or in secret
    "a birth happening now": (_OVER + _NOT_PLANNED_LATER + every_one_of(_BIRTH_NOW, _WHERE_NOW),),
    # a pregnancy hidden, and the girl in pain or labour now
    "a hidden pregnancy in labour": (
        _OVER + every_one_of(_HIDDEN, _IN_LABOUR, _HAPPENING),
        _OVER + every_one_of(r"\bhiding\s+it\b", _GIRL, _SHOWING, _BELLY_PAIN, _HAPPENING),
    ),
    # two signs of pre-eclampsia in a pregnancy
    "signs of pre-eclampsia": (
        _OVER + every_one_of(_PREGNANT, _HEADACHE, _VISION),
        _OVER + every_one_of(_PREGNANT, _HEADACHE, _SWELLING),
        _OVER + every_one_of(_PREGNANT, _VISION, _SWELLING),
        _OVER + every_one_of(_PREGNANT, _RIB_PAIN, _HEADACHE),
        _OVER + every_one_of(_PREGNANT, _RIB_PAIN, _VISION),
    ),
    # contractions minutes apart with no one and no way to hospital
    "labour alone with no way to hospital": (_OVER + every_one_of(_LABOUR_CLOSE, _NO_WAY),),
    # a baby born with no one there, cold, blue or with no one to be called
    "a birth alone with the baby in danger": (
        _OVER + every_one_of(_BORN, _UNATTENDED, _NEWBORN_DANGER),
    ),
    # a pregnancy to be ended by force, or the bump threatened
    "a threat to a pregnant woman": (
        _OVER + every_one_of(_PREGNANT, _RID, _HIMSELF, _ON_THE_WAY),
        _OVER + every_one_of(_PREGNANT, _RID, _BY_FORCE),
        _OVER + every_one_of(_PREGNANT, _HARM_BUMP),
    ),
}
