"""The English phrase net: cold, hunger and care that never came, for someone who cannot go
without them.

What makes a cold house, an empty cupboard or a missed visit a safeguarding matter is who is
going without and that it is happening now: a baby or a toddler, someone very old or frail, a
person who cannot get up on their own. So each reading needs the lack, the person it falls on
and a sign that it is hurting them now (cold and floppy, crying, no insulin, stuck in bed), or a
length of time no one should be left like that:

- no heating, gas or electric at home, with a baby, a young child or someone old who is ice cold,
  floppy, muddled or poorly, or a child struggling to breathe while it freezes outside; a
  prepayment meter on zero (the emergency credit used) while it is freezing outside;
- no food in the house for days, or nothing for the children's tea with the parent not eating;
- young children on their own since yesterday or with their parent not come back;
- a carer or a care agency who never came, and someone left without their tablets, food or a
  drink, in their chair or unable to get out of bed;
- a child lost in a crowd who is autistic, does not talk or has a condition, and not found yet;
- an older person suddenly not knowing the writer, hot with a fever (delirium), when they have
  never been like it.

The everyday look-alikes stay clear: a cold hall at the venue, a food bank voucher for next week,
a takeaway when the fridge is empty, a carer's visiting times or a carer off with cover, a
child home alone for an hour after school, and a hard winter or a lost child told as over. Text
has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_care import _HUNGER_EXPLAINED, _OLD_AGE, _ONLY_LATE, _TEETHING
from bot.gateway.safeguarding_words import every_one_of

_NUMBER = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?"
# A length of time no one should be left without: a day and more, or since a day named.
_FOR_DAYS = (
    r"\b(?:for|in|since)\s+(?:days|weeks|" + _NUMBER + r"\s+(?:days|weeks)|yesterday|last\s+"
    r"night|" + _DAY + r"|(?:last\s+)?" + _DAY + r")\b|\b(?:all\s+night|overnight)\b"
)
# Told as over: a winter or a year long gone, a laugh; "last week" is often when it began.
_OVER = (
    r"^(?!.*\b(?:last\s+(?:year|winter|summer|spring|autumn)|years?\s+ago|back\s+in|fine\s+"
    r"now|lol|haha\w*|lmao)\b)"
)
# Put right since: fixed, sorted, fine now.
_PUT_RIGHT = (
    r"^(?!.*\b(?:(?:got|been|was|were|is|are|now)\s+(?:fixed|sorted|repaired|back\s+on)|all\s+"
    r"(?:good|sorted|fine|ok|okay)\s+now|(?:they|we|she|he)\s+(?:are|is)\s+(?:fine|ok|okay|safe)"
    r"\s+now|when\s+(?:i|we|he|she)\s+was)\b)"
)
# Someone the cold or hunger falls hardest on: a baby or a young child, someone very old.
_LITTLE_OR_OLD = (
    r"\b(?:baby|babies|newborn|toddler|little\s+ones?|(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven)\s*(?:months?|weeks?|days?)\s+old|(?:[1-6]|one|two|three|four|five|"
    r"six)\s*(?:yrs?|years?|yo)\s*(?:old)?|(?:[7-9]\d|1[01]\d)\s*(?:yrs?|years?|yo)\s*(?:old)?|"
    r"elderly|frail|dementia|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|pensioner)\b|"
    + _OLD_AGE
)
_A_CHILD = (
    r"\b(?:kids|kiddies|children|child|son|daughter|grandson|granddaughter|boy|girl|twins|"
    r"little\s+ones?|baby|toddler|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:yrs?|years?|yo)\s*(?:old)?|(?:he|she)\s+is\s+(?:[1-9]|ten)\b)\b"
)

# A prepayment meter empty: on zero, the emergency credit used, no money to top up.
_METER_EMPTY = (
    r"\b(?:meters?\s+(?:is\s+|are\s+|has\s+been\s+)?(?:on\s+)?(?:zero|nothing|empty|0)|"
    r"(?:used|on|gone\s+into)\s+(?:the|my|our|all\s+the)\s+emergency\s+credit|emergency\s+"
    r"credit\s+(?:\w+\s+)?(?:used|gone|run\s+out|ran\s+out)|can\s+not\s+(?:afford\s+to\s+)?"
    r"top\s+up)\b"
)
# No heating, gas or electric at home: off, broken, cut off, the meter empty.
_NO_HEAT = (
    r"\b(?:no\s+(?:heating|heat|gas|electric\w*|power|hot\s+water)|(?:heating|boiler|gas|"
    r"electric\w*|power|radiators?)s?\s+(?:\w+\s+){0,2}?(?:off|broken|broke|not\s+working|"
    r"gone|cut\s+off|packed\s+up|died|run\s+out|ran\s+out)|can\s+not\s+(?:afford\s+to\s+)?"
    r"put\s+the\s+heating\s+on)\b|" + _METER_EMPTY
)
# The cold in the hall, the office or the room at the session, not at home.
NOT_AT_HOME = (
    r"^(?!.*\b(?:(?:the|that|this)\s+(?:main\s+)?(?:hall|venue|room|centre|center|library|"
    r"office|church|mosque|classroom)|at\s+(?:work|the\s+(?:hall|venue|office|session)))\b)"
)
# What the cold is doing to them now: ice cold, floppy, muddled, blue, not feeding.
_HURT_BY_COLD = (
    r"\b(?:is|are|has\s+been|have\s+been|keeps?|looks?|feels?|getting|gone|going|went|so)\s+"
    r"(?:so\s+|really\s+|very\s+|all\s+|still\s+)?(?:\w+\s+and\s+)?(?:ice\s+cold|freezing|frozen|"
    r"cold|shivering|shaking|blue|floppy|limp|muddled|confused|grizzly|lethargic|drowsy|poorly|"
    r"wheezy|chesty|not\s+(?:feeding|eating|waking))\b"
)
# A child's breathing failing in the cold: struggling to breathe, an asthma attack, gasping.
_BREATH_FAILING = (
    r"\b(?:can\s+not|could\s+not|struggling\s+to|fighting\s+to|can\s+(?:hardly|barely))\s+"
    r"(?:breathe|get\s+(?:her|his|a|their)\s+breath)\b(?!\s+through\s+(?:her|his|their|the)\s+"
    r"nose)|\b(?:asthma\s+attack|gasping|wheezing\s+(?:badly|really\s+badly|non\s*stop))\b"
)
# Freezing outside: below zero, snow, frost.
_FREEZING_OUT = (
    r"\b(?:minus\s+\d+|-\s*\d+\s*(?:c|degrees)|below\s+(?:zero|freezing)|freezing\s+(?:out|"
    r"outside|tonight)|snow\w*|frost\w*|sub\s*-?\s*zero)\b"
)

# No food in the house, nothing for the children's tea, not eaten since a day.
_NO_FOOD = (
    r"\b(?:(?:have|has|had)\s+not\s+(?:had|got)\s+(?:any\s+)?(?:food|anything\s+to\s+eat)|no\s+"
    r"food\s+(?:in|at)\s+(?:the\s+)?(?:house|home|flat|cupboards?)|nothing\s+(?:to\s+eat|in\s+"
    r"the\s+(?:house|cupboards?|fridge))|nothing\s+for\s+(?:their|his|her|the\s+kids|our|my\s+"
    r"\w+)\s+(?:tea|dinner|breakfast|lunch|supper)|food\s*:\s*nothing)\b|\b(?:have|has|had)\s+"
    r"not\s+eaten\s+(?:properly\s+|anything\s+)?(?=(?:for|in|since)\s+(?!breakfast|lunch|this\s+"
    r"morning|school|dinner|tea)\w)(?:" + _FOR_DAYS + ")"
)
# Going without for long, or a child crying or hungry, or the fuel gone too.
_HUNGER_HURTS = (
    _FOR_DAYS + r"|\b(?:crying|hungry|starving|keeps\s+asking\s+for\s+food|weak)\b|\b(?:gas|"
    r"electric\w*)\s*:\s*(?:nothing|\d+\s*p)\b"
)
# Getting a meal in another way: a takeaway, the shop, a fast.
_FOOD_ON_ITS_WAY = (
    r"^(?!.*\b(?:takeaway|take\s+away|chippy|deliveroo|just\s+eat|uber\s+eats|pizza|going\s+to"
    r"\s+the\s+shops?|do\s+a\s+shop|(?:next|this)\s+(?:week|tuesday|monday|wednesday|thursday|"
    r"friday)|(?:kids|children|they)\s+are\s+(?:fine|ok|okay)|since\s+(?:breakfast|lunch|this\s+"
    r"morning|school))\b)"
)

# Young children on their own, with no one back for them (not someone who lives alone).
_ON_THEIR_OWN = (
    r"(?<!\blive\s)(?<!\blives\s)\b(?:on\s+(?:their|there|his|her)\s+own|(?:home\s+)?alone|"
    r"by\s+(?:themselves|himself|herself)|left\s+in\s+the\s+(?:flat|house))\b(?!\s+with\b)"
)
_NO_ONE_BACK = (
    r"\b(?:mum|mom|mummy|mother|dad|daddy|father|parents?|she|he|they)\s+(?:has\s+|have\s+|"
    r"is\s+|are\s+)?(?:not|never)\s+(?:come|came|been|coming)\s+(?:back|home)|no\s+sign\s+of\s+"
    r"(?:their|his|her)\s+(?:mum|dad|mother|father|parents?)|since\s+(?:yesterday|last\s+night|"
    + _DAY
    + r")|all\s+night|overnight|for\s+"
    + _NUMBER
    + r"\s+days\b"
)
# Old enough to be left: a teenager.
_OLD_ENOUGH = r"^(?!.*\b(?:1[2-9]\s*(?:yrs?|years?|yo)|teen\w*)\b)"

# A carer or an agency who never came, or left with no one since.
_CARER = (
    r"(?:carers?|agency|care\s+(?:workers?|agency|company|staff)|district\s+nurse|nurse|home\s+"
    r"help)"
)
_NO_CARE_CAME = (
    r"\b"
    + _CARER
    + r"\s+(?:\w+\s+){0,2}?(?:never|did\s+not|has\s+not|have\s+not|had\s+not|still\s+not|"
    r"not)\s+(?:turn(?:ed)?\s+up|come|came|show(?:n|ed)?\s+up|sen[dt]\s+(?:anyone|anybody|"
    r"someone)|been|arrived?)\b|\b"
    + _CARER
    + r"\s+(?:\w+\s+){0,2}?(?:quit|left|walked\s+out|stopped\s+coming|pulled\s+out)\b.{0,60}"
    r"\b(?:no\s+ones?|nobody)\s+(?:(?:has|have)\s+)?(?:come|been|turned\s+up)\b|\b(?:no\s+ones?|"
    r"nobody)\s+from\s+(?:the\s+)?(?:agency|care\s+\w+)\s+(?:has\s+)?(?:come|came|been|turned\s+"
    r"up)\b"
)
# Left without what they cannot do without: tablets, insulin, food, a drink, getting up.
_NEED_UNMET = (
    r"\b(?:(?:has|have|had|is|are)\s+not\s+(?:had|taken|got|been\s+given)\s+(?:(?:his|her|their|"
    r"my|any|a)\s+)?(?:\w+\s+)?(?:tablets|meds|medicine|medication|insulin|food|anything|drink|"
    r"water|breakfast|lunch|dinner|tea|meal)|(?:has|have|had|is|are)\s+not\s+(?:eaten|drunk|been"
    r"\s+(?:fed|changed|washed))|(?:not\s+been\s+able|unable|can\s+not|could\s+not)\s+(?:to\s+)?"
    r"(?:get\s+(?:up|out\s+of\s+(?:bed|(?:the|his|her|my)\s+chair))|eat|drink|get\s+to\s+the\s+"
    r"(?:toilet|loo|bathroom))|left\s+(?:in|on)\s+(?:his|her|the|my)\s+(?:chair|bed|floor)|stuck"
    r"\s+in\s+(?:bed|(?:his|her|my|the)\s+chair))\b|\bhad\s+(?:no|nothing)\s+(?:food|drink|water|"
    r"tablets|meds|medication|insulin|to\s+(?:eat|drink))\b|\bwithout\s+(?:his|her|their|my|"
    r"any)\s+(?:tablets|meds|medication|insulin|food|drink|water)\b|\b(?:sat|sitting|stuck|left)"
    r"\s+in\s+(?:the\s+same|his|her|my|the)\s+chair\b"
)

# A child lost in a crowd, by the parent or as gone missing.
_YOUNG_AGE = (
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:yrs?|years?|yo)\s*(?:old)?"
)
_LOST_CHILD = (
    r"\b(?:lost|can\s+not\s+find|lost\s+sight\s+of)\s+(?:my|our|her|his|the)\s+(?:(?:little|"
    r"youngest|eldest|"
    + _YOUNG_AGE
    + r")\s+)?(?:son|daughter|boy|girl|child|kid|little\s+one|toddler|grandson|granddaughter|"
    + _YOUNG_AGE
    + r")\b|\b(?:son|daughter|boy|girl|child|toddler|grandson|granddaughter|"
    + _YOUNG_AGE
    + r")\s+(?:has\s+|is\s+)?(?:got\s+lost|gone\s+missing|wandered\s+off|run\s+off|ran\s+off|"
    r"disappeared|missing)\b"
)
# What makes a lost child more at risk: autism, no speech, a condition, no sense of danger.
_MORE_AT_RISK = (
    r"\b(?:autis\w*|asd|non\s*-?\s*verbal|(?:does|can)\s+not\s+(?:talk|speak)|deaf|blind|"
    r"epilep\w*|diabet\w*|downs|down\s+syndrome|learning\s+disab\w*|special\s+needs|no\s+sense"
    r"\s+of\s+danger|wheelchair)\b"
)
# Still lost now: minutes counted, the police called or awaited, not found.
_STILL_LOST = (
    r"\b(?:(?:been|for)\s+(?:\d+|\w+)\s+(?:mins?|minutes|hours?)|police|still\s+(?:not|can\s+not|"
    r"looking|missing)|not\s+(?:found|back)|anywhere|help)\b"
)
_FOUND = r"^(?!.*\b(?:found\s+(?:him|her|them)|(?:he|she)\s+(?:is|was)\s+(?:found|back|safe))\b)"

# An older person suddenly not knowing the writer or seeing people who are not there.
_NOT_THEMSELVES = (
    r"\b(?:(?:does|did|can|will)\s+not\s+(?:know|recogni[sz]e)\s+(?:who\s+(?:i|we)\s+(?:am|are)|"
    r"me\b|us\b|where\s+(?:she|he)\s+is)|talking\s+to\s+(?:people|someone|things)\s+"
    r"(?:who|that)\s+(?:are|is)\s+not\s+there|seeing\s+(?:things|people)\s+(?:that|who)\s+"
    r"(?:are|is)\s+not\s+there|hallucinat\w*|not\s+making\s+(?:any\s+)?sense)"
)
_SUDDENLY = (
    r"\b(?:since\s+(?:this\s+morning|last\s+night|yesterday|earlier|lunch\w*)|suddenly|all\s+"
    r"of\s+a\s+sudden|out\s+of\s+nowhere|(?:is|has)\s+never\s+been\s+like\s+this|not\s+"
    r"(?:herself|himself)|normally\s+(?:sharp|fine|with\s+it)|overnight)\b"
)
_FEVERISH = (
    r"\b(?:burning\s+up|temperature|temp|fever\w*|red\s+hot|hot\s+to\s+(?:the\s+)?touch|"
    r"shivering|water\s+infection|uti)\b"
)

UNMET_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # no heat at home, a baby, a young child or someone old hurt by the cold now
    "a cold home hurting someone frail": (
        _OVER + _PUT_RIGHT + NOT_AT_HOME + every_one_of(_NO_HEAT, _LITTLE_OR_OLD, _HURT_BY_COLD),
        # or a child struggling to breathe in a home with no heat while it freezes outside
        _OVER
        + _PUT_RIGHT
        + NOT_AT_HOME
        + every_one_of(_NO_HEAT, _FREEZING_OUT, _A_CHILD + "|" + _LITTLE_OR_OLD, _BREATH_FAILING),
    ),
    # a prepayment meter on zero while it is freezing outside
    "an empty meter in freezing weather": (
        _OVER + _PUT_RIGHT + every_one_of(_METER_EMPTY, _FREEZING_OUT),
    ),
    # no food for days or nothing for the children's tea, with a child going without
    "a child going without food": (
        _OVER
        + _PUT_RIGHT
        + _HUNGER_EXPLAINED
        + _FOOD_ON_ITS_WAY
        + every_one_of(_NO_FOOD, _A_CHILD, _HUNGER_HURTS),
    ),
    # young children on their own since yesterday or with their parent not come back
    "young children left on their own": (
        _OVER
        + _PUT_RIGHT
        + _OLD_ENOUGH
        + _TEETHING
        + every_one_of(_A_CHILD + r"[^.!?]{0,60}?" + _ON_THEIR_OWN, _NO_ONE_BACK),
    ),
    # a carer or an agency who never came, and someone left unfed, without tablets or in bed
    "care that never came": (
        _OVER + _PUT_RIGHT + _ONLY_LATE + every_one_of(_NO_CARE_CAME, _NEED_UNMET),
    ),
    # a lost child who is autistic, does not talk or has a condition, not found yet
    "a vulnerable child lost": (
        _OVER + _PUT_RIGHT + _FOUND + every_one_of(_LOST_CHILD, _MORE_AT_RISK, _STILL_LOST),
    ),
    # suddenly not knowing the writer and feverish (delirium)
    "sudden confusion with a fever": (
        _OVER + _PUT_RIGHT + every_one_of(_NOT_THEMSELVES, _SUDDENLY, _FEVERISH),
    ),
}
