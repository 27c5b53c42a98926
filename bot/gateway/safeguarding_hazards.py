"""The English phrase net: a danger in the home happening now, told by someone in it or by
someone who knows of it.

What needs the gas emergency line, the fire brigade or an ambulance today: a smell of gas in a
home or on a landing (above all beside someone old, alone, confused or who cannot get out, beside
candles or a cigarette being lit, or as a plea in two words, "gas smell help"), or the gas left on
by someone with dementia (not once it is turned off and all is fine); a carbon
monoxide alarm going off with the people in the house headachy, sleepy or sick; a heater, a stove
or a grill burning indoors for hours with the people headachy or sick and someone passed out or
not waking; smoke or fire in
a home or a block with someone who cannot get out (in a wheelchair, upstairs, on a high floor
with the lift off); a socket or the wiring sparking with a burning smell, smoke or a trip switch
that does nothing; a burning smell with the smoke alarm going and no cooking to explain it. The
everyday twins share the words and are left alone: a fire alarm test or drill, a boiler service
or a gas engineer booked, smoke alarms as a subject for the assembly, a carbon monoxide alarm's
low battery chirp, a heater on all night with everyone cosy and someone dozing, burnt toast or
candles beside a smell of burning, and a fire or a leak long past or already sorted. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# A danger told as over, checked or sorted, or as a subject, a test or a drill: everyday.
_OVER_OR_A_TOPIC = (
    r"\b(?:last\s+(?:week|month|year|time|winter|summer)|years?\s+ago|months\s+ago|weeks\s+ago|us"
    r"ed\s+to|back\s+in|in\s+(?:19|20)\d\d|got\s+out\s+(?:fine|ok|okay|safely|safe)|(?:everyone|e"
    r"verybody)\s+(?:is\s+|was\s+|got\s+out\s+)?(?:fine|ok|okay|safe)|no\s+one\s+(?:was\s+)?hurt|"
    r"(?:was|were|got)\s+(?:fixed|sorted|repaired|replaced|checked)|(?:engineer|electrician|caden"
    r"t|gas\s+board|fire\s+brigade|landlord)\s+(?:came|has\s+been|fixed|sorted|checked|said\s+it"
    r"\s+(?:is|was)\s+(?:fine|safe|normal))|all\s+clear|false\s+alarm|(?:fire|alarm)\s+(?:drills?"
    r"|tests?|testing)|testing\s+(?:the\s+)?(?:fire\s+)?alarms?|if\s+(?:you|i|we|they|someone|any"
    r"one)\s+(?:ever\s+)?(?:smell|see|hear)|what\s+to\s+do\s+(?:if|when)|awareness|safety\s+(?:we"
    r"ek|talk|leaflet|course|training)|training|leaflets?|talk\s+about|burnt\s+(?:the\s+)?(?:toas"
    r"t|dinner|tea|food|pan|rice)|toast|(?<!not\s)(?<!nobody\s)(?<!one\s)(?<!nobody\sis\s)(?<!one"
    r"\sis\s)cooking|bbq|barbecue|bonfire|fireworks?)\b"
)
# A flame or smoke made on purpose, which explains a smell of burning or smoke: everyday beside
# those, but beside a smell of gas or a carbon monoxide alarm it is what makes them worse.
_LIT_ON_PURPOSE = r"\b(?:candles?|incense|shisha|vap\w+)\b"
_SMOKE_EXPLAINED = f"{_OVER_OR_A_TOPIC}|{_LIT_ON_PURPOSE}"


def _unless_over(*parts: str, everyday: str = _SMOKE_EXPLAINED) -> str:
    """Every one of `parts`, in a message that does not tell the danger as over or a topic (or
    as the other `everyday` given)."""
    return f"^(?!.*(?:{everyday}))" + every_one_of(*parts)


# A smell of gas now: "smell gas", "the flat smells of gas", "a strong gas smell", a leak.
_GAS_SMELL = (
    r"\b(?:smel{1,2}(?:s|t|ed|ing|y)?|stinks?|stinking|reeks?|reeking)\s+(?:\w+\s+){0,2}?(?:of\s+"
    r")?gas{1,2}\b(?!\s+(?:station|bill))|\bgas{1,2}\s+(?:smel{1,2}|smells|smelling|leak|leaking|"
    r"is\s+leaking|escaping|hissing)\b|\bleaking\s+gas\b|\bsmell\s+like\s+gas\b"
)
# The gas left on: by someone with dementia, or with a smell beside it.
_GAS_LEFT_ON = (
    r"\b(?:left|leaves|leaving|turned|keeps\s+leaving)\s+(?:the\s+)?(?:gas|hob|cooker|oven)\s+(?:"
    r"\w+\s+)?on\b"
)
# The gas left on and since turned off, or all fine now, or told as over or a topic.
_TURNED_OFF = (
    r"\b(?:turned|switched|shut|put|knocked)\s+(?:it|them|the\s+(?:gas|hob|cooker|oven|rings?|kno"
    r"bs?))\s+off\b|\b(?:it|gas|hob|cooker|oven)\s+is\s+(?:off|turned\s+off)\s+now\b|\b(?:all|"
    r"everything|it\s+is|she\s+is|he\s+is|they\s+are)\s+(?:fine|ok|okay|good|sorted|safe)\s+now"
    r"\b|\bno\s+harm\s+done\b|" + _OVER_OR_A_TOPIC
)
_CONFUSED_OR_FRAIL = (
    r"\b(?:dementia|alzheimers?|confused|muddled|forgetful|not\s+making\s+sense|smells?\s+(?:funn"
    r"y|odd|strange|weird)|on\s+(?:her|his)\s+own|alone)\b"
)
# Someone who cannot get out by themselves, or is shut in and not answering.
_CANNOT_GET_OUT = (
    r"\b(?:can\s+not|could\s+not|unable\s+to|can\s+(?:barely|hardly))\s+(?:walk|get\s+(?:out|down"
    r"|up|him|her|them)|move|climb|manage\s+the\s+stairs|wake|be\s+woken)\b|\b(?:will|does|is)\s+"
    r"not\s+(?:wake|waking|respond\w*)\b|\b(?:is\s+not|not|no\s+one|nobody)\s+answering\b|\b(?:wh"
    r"eelchair|bed\s*bound|bed\s*ridden|housebound|immobile|oxygen|lives\s+alone|trapped|stuck\s+"
    r"(?:inside|in\s+(?:the|her|his|their|my)\s+(?:\w+\s+)?(?:flat|house|room|bedroom|lift|buildi"
    r"ng))|still\s+(?:upstairs|inside|in\s+there|in\s+the\s+(?:house|flat|building|room|bedroom))"
    r"|lift\s+(?:is\s+)?(?:off|out|broken|not\s+working))\b"
)
# High up in a block, or asking whether to stay put.
_HIGH_UP = (
    r"\b(?:\d+(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth|top)\s+floor\b|\bstay\s+put"
    r"\b"
)
# Beside a gas smell: someone at risk, a plea, the signs of gas, a strong or spreading smell.
_GAS_WORSE = (
    _CANNOT_GET_OUT
    + r"|\b(?:frail|disabled|dementia|alzheimers?|confused|elderly|asleep|nan|nana|gran|granny|gr"
    r"andma|grandad|grandpa|old\s+(?:man|lady|woman)|(?:is|aged)\s+(?:[7-9]\d|1[01]\d)|on\s+(?:he"
    r"r|his)\s+own|baby|babies|toddler|kids|children|newborn|\d+\s*(?:yo|year\s+old|yr\s+old)|(?:"
    r"hours?|miles)\s+away|help|please|sos|urgent|emergency|what\s+(?:do|should)\s+(?:i|we)\s+do|"
    r"headaches?|dizzy|drowsy|sleepy|sick|vomit\w*|strong|everywhere|whole\s+(?:flat|house|block|"
    r"landing|building|street|place)|landing|stairwell|banging|hissing)\b"
    # a flame lit beside it: candles, a match, a cigarette
    r"|\b(?:light|lights|lighting|lit|lit\s+up|lighting\s+up)\s+(?:\w+\s+){0,2}?(?:candles?|match"
    r"|matches|cigarettes?|fags?|incense|joints?|a\s+lighter|the\s+(?:fire|hob|oven|cooker))\b|"
    r"\b(?:candles?|incense)\s+(?:are\s+|is\s+)?(?:lit|burning|going)\b|\bsmoking\b"
)
# A carbon monoxide alarm sounding now.
_CO_ALARM_GOING = (
    r"\b(?:carbon\s+mon\w+|co|gas)\s+(?:alarm|detector)s?\s+(?:\w+\s+){0,2}?(?:going\s+off|goes\s"
    r"+off|went\s+off|gone\s+off|sounding|beeping|screaming|ringing|keeps?\s+(?:going|beeping|sou"
    r"nding))\b"
)
# The alarm's battery changed, or the signs put down to a cold: everyday.
_BATTERY_CHANGED_OR_A_COLD = (
    r"\b(?:changed|replaced|swapped|put\s+in)\s+(?:it|the\s+batter(?:y|ies)|a\s+new)\b|\b(?:from|"
    r"with)\s+(?:her|his|their|my|a|the)\s+(?:cold|flu|virus|bug)\b"
)
# People in the house with the signs of carbon monoxide.
_CO_SIGNS = (
    r"\b(?:headaches?|head\s*aches?|dizzy|drowsy|sleepy|lethargic|sick|nause\w*|vomit\w*|throwing"
    r"\s+up|confused|can\s+not\s+(?:wake|stay\s+awake|think)|fainted|passed\s+out|collapsed|breat"
    r"hless|short\s+of\s+breath|flu\s*like)\b"
)
# Something burning fuel left going indoors for hours: a gas or paraffin heater, a stove, a
# generator, a charcoal grill or a disposable barbecue brought in.
_FUEL_BURNING_FOR_HOURS = (
    r"\b(?:(?:gas|paraffin|calor|portable|oil)\s+(?:heater|fire|stove)|heater|boiler|stove|gene"
    r"rator|charcoal|(?:disposable\s+)?(?:bbq|barbecue))s?\s+(?:\w+\s+){0,3}?(?:on|running|burnin"
    r"g|going|lit|left\s+on)\s+(?:all\s+(?:night|day|evening|weekend)|for\s+(?:hours|ages|\d+\s+h"
    r"ours)|overnight|since\s+\w+|in\s+(?:the|a|our|my)\s+(?:tent|caravan|room|bedroom))\b"
)
# The milder signs of fumes, beside someone overcome: headaches, sickness, drowsiness.
_FUME_SIGNS = (
    r"\b(?:headaches?|head\s*aches?|dizzy|drowsy|sleepy|lethargic|sick|nause\w*|vomit\w*|"
    r"throwing\s+up|confused|breathless|short\s+of\s+breath|flu\s*like)\b"
)
# Someone overcome: passed out, not waking or collapsed.
_OVERCOME = (
    r"\b(?:passed\s+out|(?:will|does|is)\s+not\s+(?:wake|waking|respond\w*)|can\s*not\s+(?:wake"
    r"|be\s+woken|stay\s+awake)|collapsed|unconscious|fainted|not\s+responding|keeled\s+over)\b"
)
# Fumes told as over or checked: everyday.
_FUMES_OVER = (
    r"\b(?:last\s+(?:week|month|year|time|winter)|years?\s+ago|used\s+to|in\s+(?:19|20)\d\d|en"
    r"gineer\s+(?:came|checked|said)|(?:everyone|everybody)\s+(?:is\s+|was\s+)?(?:fine|ok|okay)|"
    r"woke\s+(?:up\s+)?(?:fine|ok|okay))\b"
)
# Smoke or fire in a home or a block now, and its alarm going off.
_SMOKE_OR_FLAMES = (
    r"\bsmoke\s+(?:is\s+)?(?:\w+\s+){0,2}?(?:coming|pouring|billowing|filling|everywhere|in\s+the"
    r"\s+(?:stairwell|stairs|hall|hallway|corridor|landing|flat|house|kitchen|lift))\b|\b(?:kitch"
    r"en|flat|house|home|block|room|bedroom|lounge|building|stairs|roof|loft|it)s?\s+(?:is\s+|are"
    r"\s+)?(?:on\s+fire|in\s+flames|ablaze|burning(?:\s+down)?|caught\s+(?:fire|alight)|(?:has\s+"
    r")?gone\s+up\s+in\s+flames)\b|\bflames\s+(?:coming|in|from|everywhere)\b|\bfire\s+in\s+(?:th"
    r"e|our|my|her|his)\s+(?:flat|house|block|kitchen|building|hall|stairwell|bedroom|room)\b"
)
_FIRE_NOW = (
    _SMOKE_OR_FLAMES
    + r"|\bfire\s+alarm\s+(?:\w+\s+){0,4}?(?:going\s+off|been\s+going|going\s+for|keeps\s+going|s"
    r"ounding|ringing)\b"
)
# Sockets, wiring or the fuse box sparking, melting or smoking now.
_SPARKING = (
    r"\b(?:sockets?|plugs?|wires?|wiring|electrics|fuse\s*box|consumer\s+unit|light\s+switch\w*|s"
    r"witch|meter|extension\s+leads?|charger|cooker|heater)\s+(?:\w+\s+){0,5}?(?:is\s+|are\s+|kee"
    r"ps\s+|started\s+|has\s+started\s+)?(?:sparking|spitting\s+sparks|smoking|melting|on\s+fire|"
    r"crackling|arcing)\b|\bsparks\s+(?:coming|flying)\b"
)
_SPARKS_WORSE = (
    r"\b(?:burning|smoke|smoking|flames?|scorch\w*|melted|melting)\b|\b(?:trip\s+switch|fuse|brea"
    r"ker)\s+(?:is\s+)?(?:not|will\s+not|does\s+not|did\s+not|won\s*t)\b|\b(?:can\s+not|could\s+n"
    r"ot)\s+(?:turn|switch)\s+(?:it\s+)?off\b"
)
# A burning smell now, with the smoke alarm going or from somewhere that cannot be seen.
_BURNING_SMELL = (
    r"\b(?:smell(?:s|ing)?|stinks?|reeks?)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:burning|smoke|something"
    r"\s+burning)\b|\bburning\s+(?:\w+\s+)?smell\b|\bsmell\s+of\s+(?:burning|smoke)\b"
)
_ALARM_OR_UNSEEN = (
    r"\b(?:smoke|fire)\s+(?:alarm|detector)s?\s+(?:\w+\s+){0,2}?(?:going\s+off|goes\s+off|soundin"
    r"g|beeping|screaming|ringing|keeps\s+going|going\s+mad)\b|\b(?:behind|in|inside|through|from"
    r")\s+the\s+(?:\w+\s+)?(?:wall|walls|ceiling|floor|floorboards|sockets?|fuse\s*box|wiring)\b|"
    r"\b(?:can\s+not|could\s+not)\s+(?:see|find|tell)\s+where\b"
)

HAZARD_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # gas smelt now beside someone at risk or a plea; the gas left on by someone confused
    "a smell of gas at home now": (
        _unless_over(_GAS_SMELL, _GAS_WORSE, everyday=_OVER_OR_A_TOPIC),
        _unless_over(_GAS_LEFT_ON, _CONFUSED_OR_FRAIL, everyday=_TURNED_OFF),
    ),
    # a carbon monoxide alarm going off with the people in the house showing its signs
    "a carbon monoxide alarm with symptoms": (
        _unless_over(
            _CO_ALARM_GOING,
            _CO_SIGNS,
            everyday=f"{_OVER_OR_A_TOPIC}|{_BATTERY_CHANGED_OR_A_COLD}",
        ),
    ),
    # a heater or a grill burning for hours indoors, the signs of fumes and someone overcome
    "fumes from a heater with someone overcome": (
        _unless_over(_FUEL_BURNING_FOR_HOURS, _FUME_SIGNS, _OVERCOME, everyday=_FUMES_OVER),
    ),
    # smoke or fire with someone who cannot get out
    "a fire at home with someone who cannot get out": (
        _unless_over(_FIRE_NOW, _CANNOT_GET_OUT),
        _unless_over(_SMOKE_OR_FLAMES, _HIGH_UP),
    ),
    # sparking electrics with burning, smoke or a trip that does nothing
    "sparking electrics at home": (_unless_over(_SPARKING, _SPARKS_WORSE),),
    # a burning smell with the smoke alarm going, or from inside a wall
    "a burning smell with the alarm going": (_unless_over(_BURNING_SMELL, _ALARM_OR_UNSEEN),),
}
