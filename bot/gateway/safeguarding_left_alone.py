"""The English phrase net: an older or disabled adult left without care, or in danger at home,
now.

Someone on the floor since the night or the morning with the hoist broken or the pendant gone;
a care alarm taken or cancelled from someone who falls or is alone; a person in bed no one has
turned or changed, with sores, wet sheets or no water; a carer or PA who never came, with the
person unable to transfer, eat, walk or reach the toilet; an older person unfed, grey and with an
empty fridge; a home hoarded so full the exits are blocked beside a heater, smoking or someone
stuck; someone with dementia missing or walking out at night now; the hob left on by someone
confused with the smoke alarm going. The everyday twins share the words and are left alone: a
hoist, a PA or a pendant as an access need, a carer's visiting times, a fall long past, a care
home visit. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A danger told as long past, sorted, or as a subject for a meeting: everyday.
_PAST_OR_A_TOPIC = (
    r"\b(?:years?\s+ago|months\s+ago|used\s+to|back\s+in|in\s+(?:19|20)\d\d|(?:was|were|got|is|h"
    r"as\s+been)\s+(?:fixed|sorted|repaired|replaced|found\s+safe)|all\s+(?:fine|ok|okay)\s+now|"
    r"training|awareness|workshop|talk\s+about|leaflets?|care\s+home\s+visit\w*)\b"
)


def _unless_past(*parts: str, everyday: str = _PAST_OR_A_TOPIC) -> str:
    """Every one of `parts`, in a message that does not tell the danger as past or a topic
    (or as the other `everyday` given): the words alone are shared with everyday messages."""
    not_everyday = f"^(?!.*(?:{everyday}))"
    return not_everyday + every_one_of(*parts)


# Someone on the floor of a room (not a storey of a building, not a thing put there).
_ON_THE_FLOOR = (
    r"\b(?:i|he|she|they|me|him|her|them|client|patient|nan|nana|gran|granny|grandma|grandad|gr"
    r"andpa|dad|mum|husband|wife|auntie|uncle|neighbour)s?\s+(?:(?:is|am|are|was|were|has|have|be"
    r"en|still|lying|laying|lay|left|stuck)\s+){0,3}on\s+(?:the\s+|her\s+|his\s+|my\s+)?(?:(?:k"
    r"itchen|bathroom|bedroom|hall|landing|lounge|living\s+room|toilet)\s+)?floor\b"
)
# Kept there now: since a time, all night, for hours, unable to be got up, the means gone.
_FLOOR_WORSE = (
    r"\b(?:since|all\s+night|for\s+hours|hours\s+now|can\s+not\s+(?:get\s+(?:her|him|me|them)"
    r"\s+up|get\s+up\b(?!\s+(?:to|the|early|in))|move|reach\s+(?:the\s+)?phone)|in\s+pain|hoist"
    r"\s+(?:\w+\s+){0,2}?(?:broke|broken|ripped|snapped|failed|not\s+working)|pendant\s+(?:is\s"
    r"+)?(?:gone|taken|missing|lost))\b"
)
_SLEEPING_ON_IT = (
    rf"{_PAST_OR_A_TOPIC}|\b(?:sleep\w*|slept|mattress|air\s*bed|camping|play\w*|yoga|sit\w*|sat|"
    r"spilt|spilled|dropped|crumbs|carpet\w*|laminate|floor\s+plan|sorting|cleaning|scrubbing|ti"
    r"les|grout|fitting|painting|decorating|cupboards?|shelf|lego|jigsaw)\b"
)
# A care alarm or pendant taken, cancelled or gone.
_ALARM_GONE = (
    r"\b(?:pendant|care\s*line|life\s*line|personal\s+alarm|call\s+button|falls?\s+alarm|alarm\s"
    r"+button)\b(?:\s+\w+){0,4}?\s+(?:was\s+|is\s+|has\s+been\s+|got\s+)?(?:taken|cancell?ed|gon"
    r"e|removed|hidden|cut\s+off|switched\s+off|stopped)\b|\b(?:taken|took|takes|hidden|hid|hide"
    r"s|cancell?ed|removed)\s+(?:away\s+)?(?:her|his|my|their|the)\s+(?:\w+\s+){0,2}?(?:pendant|"
    r"care\s*line|personal\s+alarm|call\s+button|alarm\s+button)\b"
)
_FALLS_OR_ALONE = (
    r"\b(?:fall\w*|fell|fallen|on\s+(?:the\s+)?floor|alone|on\s+(?:her|his|my|their)\s+own|blind"
    r"|can\s+not\s+get\s+up|lives\s+by\s+(?:her|him)self)\b"
)
_ALARM_EVERYDAY = (
    rf"{_PAST_OR_A_TOPIC}|\b(?:care\s+home|moved\s+in|moving\s+in|new\s+one|upgrad\w*|batter(?:y"
    r"|ies)|switch\w*\s+(?:over|provider)|digital)\b"
)
# Signs of a person left in bed without care.
_NOT_TURNED = (
    r"\b(?:no\s+one|nobody|nobodys|no\s+ones|not|never)\s+(?:has\s+|have\s+|had\s+|is\s+)?(?:been"
    r"\s+)?turned\s+(?:(?:me|him|her|them|my\s+\w+|(?:his|her|the)\s+(?:patient|client|man|lady|w"
    r"oman))\s+)?(?:since|for\s+(?:hours|days|\w+\s+(?:hours|days))|all\s+(?:day|night))\b|\b(?:n"
    r"o\s+one|nobody|nobodys|no\s+ones)\s+(?:has\s+|had\s+|is\s+)?turned\s+(?:me|him|her|them)\b("
    r"?!\s+(?:up|down|away|on|off|in|into|against|out|round|back))|\bnot\s+(?:been\s+)?(?:turned|"
    r"changed|washed|moved)\s+(?:since|for|in)\b"
)
_NEGLECT_SIGNS = (
    _NOT_TURNED,
    r"\b(?:wet|soaked|soiled|dirty)\s+(?:sheets|bed|bedding|pad|pads|clothes)\b|\b(?:lying|sat|s"
    r"itting|left)\s+in\s+(?:his|her|their|my)\s+(?:own\s+)?(?:urine|mess|wee|poo)\b",
    r"\b(?:pressure\s+)?sores\b|\bbed\s*sores\b",
    r"\bno\s+(?:water|drink|food)\s+(?:near|by|within|next\s+to|left\s+for)\b|\blips\s+(?:are\s+"
    r")?(?:cracked|dry|split)\b|\bdehydrated\b",
    r"\bstuck\s+in\s+(?:bed|my\s+bed|(?:his|her|the)\s+bed|(?:my|his|her|the)\s+chair)\b",
)
# A carer, PA or care worker who never came, or stays minutes.
_CARE_MISSED = (
    r"\b(?:pa|carers?|care\s+workers?|personal\s+assistant|support\s+worker|agency)\s+(?:did\s+n"
    r"ot|has\s+not|have\s+not|never|not|still\s+not|has\s+still\s+not)\s+(?:come|came|turned\s+u"
    r"p|turn\s+up|shown\s+up|showed\s+up|been|arrived)\b|\b(?:carer|pa|care\s+worker)\s+(?:only"
    r"\s+)?(?:comes|stays|came|stayed)\s+(?:for\s+)?(?:\d+|five|ten)\s*(?:min|mins|minutes)\b"
)
_CANNOT_MANAGE = (
    r"\bcan\s+not\s+(?:transfer|get\s+(?:to\s+the\s+(?:toilet|loo|bathroom)|out\s+of\s+(?:bed|th"
    r"e\s+chair)|food|a\s+drink|up)|eat|drink|walk|reach\s+(?:the\s+)?(?:toilet|food|water|"
    r"phone))\b|"
    r"\b(?:no|not\s+had\s+any)\s+(?:food|water|drink)\b|\bphone\s+(?:is\s+)?(?:nearly\s+|almost"
    r"\s+)?dead\b|\bhas\s+not\s+(?:eaten|had\s+a\s+drink)\b"
)
# The carer only late or due later: everyday.
_CARE_DUE = (
    rf"{_PAST_OR_A_TOPIC}|\b(?:yet|due\s+(?:at|in|soon)|till\s+then|running\s+late|on\s+(?:thei"
    r"r|her|his)\s+way|stuck\s+in\s+traffic)\b"
)
# An older person unfed: not eaten for days, no food in, grey or wasting.
_UNFED = (
    r"\b(?:has\s+not|have\s+not|not|hardly|barely)\s+(?:eaten|had\s+(?:any\s+)?food)\s+(?:for|in"
    r"|since)\s+(?:days|a\s+few\s+days|\w+\s+days|a\s+week|ages)\b",
    r"\b(?:fridge|cupboards?)\s+(?:is\s+|are\s+)?(?:completely\s+)?(?:empty|bare)\b|\bno\s+food"
    r"\s+in\s+(?:the\s+)?(?:house|flat|fridge)\b",
    r"\b(?:looks?|looking|gone|turned)\s+(?:so\s+|very\s+|really\s+)?(?:grey|gray|yellow|like\s+"
    r"skin\s+and\s+bone|skeletal)\b|\bskin\s+and\s+bone\b|\bwasting\s+away\b",
)
_OLD = (
    r"\b(?:[7-9]\d|1[01]\d)\s*(?:ish|s|yo|years?\s+old)?\b|\b(?:elderly|old\s+(?:man|lady|woman|"
    r"boy|fella|chap|neighbour)|nan|nana|gran|granny|grandma|grandad|grandpa|pensioner|frail|lad"
    r"y\s+(?:downstairs|upstairs|next\s+door)|man\s+(?:downstairs|upstairs|next\s+door))\b"
)
_UNFED_EVERYDAY = (
    rf"{_PAST_OR_A_TOPIC}|\b(?:fast\w*|ramadan|diet\w*|bug|virus|flu|sickness|stomach|operation|"
    r"surgery)\b"
)
# A home hoarded full, its exits blocked, beside a fire risk or someone stuck.
_HOARDED = (
    r"\b(?:hoard\w*|packed|piled|stacked|crammed|full\s+of|rammed)\b(?:\s+\w+){0,6}?\s+(?:newspa"
    r"pers|papers|boxes|stuff|junk|rubbish|bags|clutter|things)\b|\b(?:newspapers|boxes|stuff|ju"
    r"nk|rubbish|bags|clutter)\s+(?:piled|stacked|everywhere|to\s+the\s+ceiling)\b|\bhoard\w*\b"
)
_EXIT_BLOCKED = (
    r"\b(?:can\s+not|could\s+not)\s+(?:get\s+to|reach|open|get\s+out\s+of)\s+(?:the\s+)?(?:front"
    r"\s+|back\s+)?(?:door|stairs|exit|window)s?\b|\b(?:doors?|stairs|exits?|hall|hallway|stairc"
    r"ase)\s+(?:(?:is|are)\s+)?(?:\w+\s+){0,2}?(?:blocked|impassable)\b"
)
_HOARD_DANGER = (
    r"\b(?:smok(?:es|ing)|heaters?|candles?|fire\s+risk|dangerous|stuck|trapped|fire\s+brigade|c"
    r"ooker|oven|hob|fallen|fell|can\s+not\s+get\s+out|will\s+not\s+let\s+(?:us|me|anyone)\s+in)"
    r"\b"
)
# Someone with dementia missing, or walking out at night into danger.
_CONFUSED = r"\b(?:dementia|alzheimers?|memory\s+loss|confused)\b"
# Found again, long ago or with a tracker: everyday.
_FOUND_OR_PAST = (
    rf"{_PAST_OR_A_TOPIC}|\b(?:once|last\s+(?:week|month|year)|found\s+(?:him|her)\s+(?:safe|fi"
    r"ne|by|in|at)|gps|tracker|diagnos\w*\s+(?:day|appointment))\b"
)
_MISSING = (
    r"\b(?:dad|mum|nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife|father|mother|he|she"
    r"|uncle|aunt\w*|neighbour|partner)\s+(?:is\s+(?:gone\s+)?|has\s+gone\s+|has\s+been\s+|gone\s"
    r"+|went\s+|been\s+)?missing\b(?!\s+(?:the|a|an|his|her|out|you|it|me|us|meetings?|sessions?)"
    r")|\b(?:has\s+|have\s+)?(?:wandered|gone|walked)\s+off\b|\bcan\s+not\s+find\s+(?:him|her|my"
    r"\s+(?:dad|mum|nan|gran|grandad|husband|wife))\b|\band\s+(?:has\s+|is\s+|had\s+)?(?:gone|bee"
    r"n|went)\s+missing\b(?!\s+(?:the|a|an|his|her|out|you|it|me|us|meetings?|sessions?|old))"
)
_WALKING_OUT_AT_NIGHT = (
    r"\b(?:keeps?|kept)\s+(?:walking|wandering|going|getting)\s+out\b|\b(?:walking|wandering|wal"
    r"ks|goes|going|gets|getting|went)\s+out\s+(?:\w+\s+)?at\s+night\b|\bwander\w*\s+(?:off\s+|o"
    r"ut\s+)?at\s+night\b"
)
_CONFUSED_OR_KEEPS_OUT = (
    r"\b(?:dementia|alzheimers?|memory\s+loss|confused)\b|\b(?:keeps?|kept)\s+(?:walking|wanderi"
    r"ng|getting)\s+out\b"
)
_NIGHT_DANGER = (
    r"\b(?:bridge|railway|motorway|main\s+road|dual\s+carriageway|north\s+circular|traffic|found"
    r"\s+(?:him|her)|police\s+(?:found|brought)|(?:no\s+one|nobody)\s+(?:else\s+)?(?:is\s+)?(?:th"
    r"ere|home|with\s+(?:him|her))|alone|on\s+(?:his|her)\s+own|can\s+not\s+(?:stay|keep)\s+awake"
    r"|(?:have\s+|has\s+)?not\s+slept|tonight|doors\s+of\s+cars|car\s+doors|in\s+(?:her|his)\s+(?"
    r":nightie|nightdress|pyjamas|slippers))\b"
)
# The hob left on by someone else, with smoke, the alarm going or them not reacting.
_HOB_LEFT_ON = (
    r"\b(?:he|she|they|\w+s|dad|mum|nan|gran|grandad|grandma|husband|wife)\s+(?:has\s+|have\s+|k"
    r"eeps?\s+|is\s+)?(?:left|leaves|leaving)\s+(?:the\s+)?(?:gas|hob|cooker|oven|rings?|pan)\s+"
    r"(?:\w+\s+)?on\b"
)
_HOB_WORSE = (
    r"\b(?:smoke|fire)\s+alarm\s+(?:is\s+)?(?:going|sounding|beeping|ringing|screaming)\b|\bsmok"
    r"e\s+(?:everywhere|pouring|filling)\b|\b(?:just\s+)?(?:sitting|sat|standing)\s+there\b|\bno"
    r"t\s+(?:answering|responding|noticing)\b|\b(?:\d+\s*(?:min|mins|minutes|hours?)|miles)\s+aw"
    r"ay\b|\bflames\b"
)

LEFT_ALONE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # on the floor since the night or morning, unable to be got up, the hoist or pendant gone
    "on the floor and cannot get up now": (
        _unless_past(_ON_THE_FLOOR, _FLOOR_WORSE, everyday=_SLEEPING_ON_IT),
    ),
    # a care alarm taken or cancelled from someone who falls or lives alone
    "a care alarm taken from someone at risk": (
        _unless_past(_ALARM_GONE, _FALLS_OR_ALONE, everyday=_ALARM_EVERYDAY),
    ),
    # a person in bed left unturned, unchanged, without water, or a carer who never came
    "a person left without care": (
        _unless_past(_NOT_TURNED),
        f"^(?!.*(?:{_PAST_OR_A_TOPIC}))" + any_two_of(*_NEGLECT_SIGNS),
        _unless_past(_CARE_MISSED, _CANNOT_MANAGE, everyday=_CARE_DUE),
        _unless_past(_CARE_MISSED, "|".join(_NEGLECT_SIGNS), everyday=_CARE_DUE),
    ),
    # an older person unfed: two of not eating for days, no food in, grey or wasting
    "an older person unfed": (
        f"^(?!.*(?:{_UNFED_EVERYDAY}))(?=.*(?:{_OLD}))" + any_two_of(*_UNFED),
    ),
    # a hoarded home whose exits are blocked beside a fire risk or someone stuck
    "a hoarded home with the exits blocked": (
        _unless_past(_HOARDED, _EXIT_BLOCKED, _HOARD_DANGER),
    ),
    # someone with dementia missing, or walking out at night into danger now
    "someone with dementia missing or wandering": (
        _unless_past(_CONFUSED, _MISSING, everyday=_FOUND_OR_PAST),
        _unless_past(_WALKING_OUT_AT_NIGHT, _NIGHT_DANGER, _CONFUSED_OR_KEEPS_OUT),
    ),
    # the hob left on by someone else with the alarm going or them not reacting
    "the hob left on by someone confused": (_unless_past(_HOB_LEFT_ON, _HOB_WORSE),),
}
