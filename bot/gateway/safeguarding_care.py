"""The English phrase net, part eight: harm from the people someone depends on or cannot get
away from: an older or disabled adult let down or hurt by a carer or family, a child not fed,
left alone or hit by a parent or a parent's partner, threats over rent or a debt, being found
and followed after leaving someone, and a home taken over by people dealing from it.

Each is written as what the person doing harm does or leaves undone, with whom it is done to,
so the everyday twin with the same words reads past it: a carer off for three days and a taxi
booked, a landlord sending someone round to fix the boiler, an ex picking the children up, a
brother staying for a bit, builders who won't leave till six. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_danger import DURATION

# Whoever should be caring for an older or disabled adult.
_CARER = r"(?:carers?|care\s+workers?|home\s+help|(?:no\s+one|nobody))"
# The carer who has not come: "hasn't been in for three days", "didn't turn up again".
_CARER_AWAY = (
    r"\b(?:"
    + _CARER
    + r"\s+(?:has|have|had|did)\s+not\s+(?:been(?:\s+(?:in|round))?\s+(?:for|since|in)\b|been\s+"
    r"(?:in|round)|come(?:\s+(?:in|round))?|turn(?:ed)?\s+up|visited)|(?:no\s+one|nobody)\s+(?:has\s+)?"
    r"(?:came|come))\b"
)
# What was left undone: food, getting up, washing, changing, medicine.
_UNCARED = (
    r"\b(?:no\s+food|nothing\s+to\s+eat|not\s+(?:had\s+)?(?:eaten|a\s+(?:proper\s+)?meal)|have\s+not\s+"
    r"(?:had\s+(?:a\s+)?(?:proper\s+)?(?:meal|food)|eaten)|can\s+not\s+get\s+(?:up|out\s+of\s+bed)|still\s+in\s+"
    r"(?:bed|the\s+chair|my\s+chair)|(?:same|dirty|wet)\s+clothes|not\s+(?:been\s+)?(?:washed|changed)|wet\s+"
    r"(?:pad|bed|through)|soiled|no\s+(?:medication|meds|tablets|medicine))\b"
)
# A child said as a child, and an adult who could be doing harm to one.
_KID = (
    r"(?:kids|children|baby|toddler|son|daughter|little\s+(?:one|ones|boy|girl|brother|sister)|"
    r"(?:little\s+|baby\s+|younger\s+)?(?:brother|sister)|\d+\s+(?:year\s+old|yo|yr\s+old)|"
    r"boy|girl|grandson|granddaughter|niece|nephew)"
)
_GROWN_UP = (
    r"(?:dad|father|mum|mother|stepdad|step\s+dad|stepmum|step\s+mum|partner|boyfriend|girlfriend|"
    r"husband|wife|ex|uncle|aunt|gran|grandad|carer|childminder|babysitter|he|she)"
)
# People who send others round, and what they would be sent to do.
_HEAVIES = (
    r"(?:people|men|lads|boys|heavies|(?:his|her|their|the|some)\s+(?:boys|lads|men|mates|friends|"
    r"people|heavies|guys))"
)
_TO_HURT = (
    r"(?:break|smash|hurt|sort\s+(?:me|you|him|her|us)\s+out|do\s+(?:me|you|him|her)\s+in|deal\s+with|"
    r"teach\s+(?:me|you)|beat|stab|if\s+i\s+(?:do\s+not|can\s+not|miss|am\s+late)|or\s+else|unless|"
    r"pay\s+up|collect\s+(?:it|the\s+money))"
)
# People in the writer's (or a neighbour's) home who should not be there, and the sign of dealing.
_OCCUPIERS = (
    r"\b(?:men|lads|guys|boys|people|strangers|they|his\s+(?:mates|friends)|these\s+\w+|a\s+(?:gang|"
    r"group))(?:\s+\w+){0,3}?\s+(?:in|into|at|to\s+use|using|use|from)\s+(?:my|the|our|her|his)\s+"
    r"(?:\w+\s+)?(?:flat|house|home|place|room|kitchen|bathroom|bedroom|door)\b"
)
_DEALING_OR_STUCK = (
    r"\b(?:can\s+not\s+(?:make|get)\s+(?:them|him)\s+(?:to\s+)?(?:leave|go|out)|will\s+not\s+(?:leave|"
    r"go(?:\s+home)?|let\s+me)|drugs|dealing|selling|sell|bagging\s+up|gear|crack|owe|scared|"
    r"frightened|terrified|took\s+my\s+keys|keep\s+quiet)\b"
)

CARE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # an older or disabled adult left without care, or hurt by the person giving it
    "an adult neglected": (
        r"^(?=.*" + _CARER_AWAY + r")(?=.*" + _UNCARED + r")",
        r"\b(?:no\s+one|nobody)\s+(?:has\s+)?(?:come|been)\s+(?:in\s+)?to\s+(?:get\s+me\s+up|wash\s+me|"
        r"change\s+me|feed\s+me)\b",
        r"\b(?:carers?|care\s+workers?|they|he|she|my\s+\w+)\s+(?:leave|leaves|left|keep|keeps)\s+"
        r"(?:me|her|him)\s+in\s+(?:bed|the\s+chair|(?:a\s+)?(?:wet|dirty|soiled|soaking)\s+\w+)\s+"
        r"(?:all\s+(?:day|night)|for\s+(?:hours|days)|until|till|in\s+(?:a\s+)?(?:wet|dirty|soiled))",
        r"\b(?:carers?|care\s+workers?|they|he|she)\s+(?:do|does|did)\s+not\s+(?:change|wash|feed)\s+"
        r"(?:me|her|him)\b(?!\s+(?:over|to|into|from)\b)",
        r"\b(?:he|she|they|my\s+\w+)\s+(?:keeps|takes|spends|has)\s+(?:all\s+(?:of\s+)?)?(?:(?:\w+\s+)?"
        r"(?:pension|benefits|money|wages|savings|allowance|payment)|it\s+all|the\s+lot|every\s+penny|"
        r"it)\b.{0,40}\b(?:i|we|she|he)\s+(?:go|goes|went|have\s+to\s+go|has\s+to\s+go)\s+without\b",
        r"\b(?:carers?|care\s+workers?|he|she|they|my\s+\w+)\s+(?:is|are|gets|can\s+be)\s+(?:\w+\s+)?"
        r"rough\s+with\s+(?:me|her|him|my\s+(?:mum|dad|gran|grandad|nan))\b(?!.{0,40}\b(?:rugby|"
        r"football|wrestl\w*|play\w*|lol|haha)\b)",
        r"\b(?:carers?|care\s+workers?|he|she|they)\b.{0,40}\b(?:pinch(?:es|ed)?|nips?)\s+"
        r"(?:me|her|him)\b|\bcalls?\s+(?:me|her|him)\s+(?:a\s+)?(?:dirty|filthy|smelly|useless)\s+"
        r"(?:old\s+)?(?:woman|man|cow|bag|git)\b",
    ),
    # a child not fed, left alone for long, or hit by a grown-up
    "a child neglected or hit": (
        r"\b(?:gives?|gave|giving)\s+(?:\w+\s+){1,3}(?:nothing\s+to\s+eat|no\s+(?:food|dinner|tea|"
        r"breakfast|meals?))\b",
        r"^(?=.*\b"
        + _KID
        + r"s?\b)(?=.*\b(?:nothing\s+to\s+eat\s+(?:for|all|since)|no\s+food\s+as\s+a\s+"
        r"punishment|(?:do|does)\s+not\s+deserve\s+(?:food|to\s+eat|dinner|a\s+meal)|(?<!creche\s)(?<!nursery\s)(?<!school\s)(?<!venue\s)(?:do|does|did)\s+"
        r"not\s+(?:feed\s+(?:me|us|them|her|him|the\s+\w+|my\s+\w+)|give\s+(?:them|him|her|us|me|the\s+"
        r"(?:kids|children|baby)|my\s+\w+)\s+(?:anything|any\s+"
        r"food)(?:\s+to\s+eat)?)|(?:get|gets|got)\s+no\s+(?:food|dinner|tea|meals?|breakfast)\b(?!\s+"
        r"(?:at|in)\s+the\s+(?:venue|creche|session|hall|break))|come\s+back\s+(?:from\s+\w+\s+)?"
        r"starving))",
        r"\b(?:left|leaves|leave|leaving)\s+(?:the|her|his|their|my|our)\s+(?:\w+\s+){0,2}?"
        + _KID
        + r"s?\s+(?:alone|on\s+(?:their|his|her|its|it\s+is)\s+own|home\s+alone|by\s+(?:themselves|"
        r"himself|herself|itself))\b(?:\s+\w+){0,4}?\s*(?:"
        + DURATION
        + r"|when\s+(?:she|he|they)\s+(?:goes|go|went)\s+out)",
        r"\b"
        + _GROWN_UP
        + r"\s+(?:\w+\s+){0,2}?(?:hits|beats|smacks|slaps|whacks|kicks|punches|belts|thumps|shakes|"
        r"starves)\s+(?:her|him|them|(?:my|the|our|his|her)\s+(?:\w+\s+)?"
        + _KID
        + r"s?)\b(?!\s+(?:the\s+ball|a\s+ball|back|up|at\s+(?:chess|cards|tennis|football)))"
        r"(?=.{0,60}\b(?:round\s+the\s+head|every|again|belt|marks|bruises|only\s+\d|is\s+\d|"
        r"when|if|punishment|crying|scared|hard)\b)",
    ),
    # a landlord, a lender or a gang threatening violence over money or rent
    "threats over money": (
        r"\bsend(?:s|ing)?\s+"
        + _HEAVIES
        + r"\s+(?:round|over|after\s+me|to\s+(?:my|the)\s+(?:door|flat|house))\b.{0,60}\b"
        + _TO_HURT
        + r"\b|\bsend(?:s|ing)?\s+(?:someone|somebody)\s+round\b.{0,60}\b(?:break|smash|hurt|"
        r"sort\s+(?:me|you)\s+out|do\s+(?:me|you)\s+in|teach\s+(?:me|you))\b",
        r"\b(?:said|says|threat\w*|will|going\s+to|gonna|or|told\s+me|send\w*)\b.{0,60}\b(?:break|"
        r"smash|snap)\s+(?:my|your|her|his|their|both\s+(?:my|your))\s+(?:legs|arms|fingers|knees|"
        r"kneecaps|jaw)\b",
        r"\b(?:have|get)\s+(?:the|my|our|your|her)\s+(?:flat|house|home|car|place|shop)\s+(?:set\s+on\s+"
        r"fire|burned|burnt|torched|petrol\s+bombed)\b",
        r"\b(?:borrowed|owe|owes|owed|lender|loan\s+sharks?|debt\s+collectors?|bailiffs)\b.{0,60}\b"
        r"(?:he|she|they|lads|men)\s+(?:\w+\s+)?(?:know|knows)\s+where\s+(?:i|we|my\s+\w+|the\s+kids)\s+"
        r"(?:live|lives|go|goes|work|works|stay|stays)\b",
    ),
    # an ex or a stranger who has found the new address, waits, follows, tracks
    "found and followed": (
        r"\b(?:he|she|they|ex|someone|somebody)\s+(?:has\s+|have\s+|had\s+)?(?:found|tracked\s+down|"
        r"got\s+hold\s+of|worked\s+out|found\s+out)\s+(?:where\s+)?(?:my|our)\s+new\s+(?:address|place|"
        r"flat|house|home|number|phone\s+number|work)\b(?!\s+(?:for\s+(?:me|us)|on\s+the|online))",
        r"\b(?:tracked|tracks|found|finds)\s+(?:me|us|her)\s+(?:down\s+)?(?:to|at)\s+(?:my|our|her)\s+new\s+"
        r"(?:flat|house|address|home|place|work|job)\b",
        r"\b(?:a\s+(?:man|woman|guy|bloke|car|van)|someone|somebody|he|she|they|my\s+ex|the\s+same\s+"
        r"\w+)\s+(?:keeps|kept|has\s+been|is\s+always|always)\s+(?:waiting|standing|sitting|parked|"
        r"parking|hanging\s+around)\s+(?:at|by|near|outside|on|across\s+from)\s+(?:the\s+(?:end|top|"
        r"corner)\s+of\s+)?(?:my|our)\s+(?:road|street|block|building|house|flat|door|work|stop)\b",
        r"\b(?:he|she|they|my\s+ex)\s+(?:always|still|keeps|somehow|always\s+manages\s+to)\s+"
        r"(?:finds?|found|finding|tracks?|tracking|tracked)\s+(?:me|us)\b(?!\s+(?:a|the|some)\b)",
        r"\bchanged\s+my\s+(?:phone\s+)?number\b.{0,60}\b(?:but|still)\b.{0,30}\b(?:found|finds|find|"
        r"texting|calling|got\s+(?:it|the\s+new)|messag\w+)\b",
        r"\bex\b.{0,60}\b(?:has|got|knows|found)\s+(?:the|my|our)\s+(?:new\s+)?(?:address|number)\b|"
        r"\b(?:he|she|they|ex|someone)\s+(?:\w+\s+){0,2}(?:going|goes|went|gone)\s+through\s+my\s+"
        r"(?:post|letters|bins|mail)\b",
        r"^(?=.*\b(?:photo|picture|pic|video)s?\s+of\s+me\b)(?=.*\bi\s+(?:never|did\s+not)\s+"
        r"(?:told|tell|know|see)\s+(?:him|her|them|he|she|they)\b)",
        r"\b(?:he|she|they|my\s+ex)\s+(?:is|was|are|were)\s+(?:now\s+)?(?:standing|waiting|parked|"
        r"sitting)\s+(?:across\s+the\s+(?:street|road)|outside\s+(?:my|our)\s+(?:\w+\s+)?(?:flat|house|"
        r"door|window|work))\b",
    ),
    # a home taken over: people dealing from it, in and out, who will not leave
    "a home taken over": (
        r"^(?=.*" + _OCCUPIERS + r")(?=.*" + _DEALING_OR_STUCK + r")",
        r"^(?=.*\b(?:men|lads|guys|boys|people|strangers)\s+(?:\w+\s+)?(?:staying|living|sleeping|"
        r"stopping|dealing|selling)\s+(?:in|at|from)\s+(?:my|her|his|our)\b)(?=.*"
        + _DEALING_OR_STUCK
        + r")",
        r"\b(?:use|uses|using|used)\s+(?:my|her|his|their|our)\s+(?:\w+\s+)?(?:kitchen|bathroom|"
        r"bedroom|room|front\s+room|garage|shed|car|flat|house|home|place)\s+(?:to|for|as)\s+(?:\w+\s+)?"
        r"(?:drugs|dealing|deal|sell|selling|stash|bag\s+up)\b",
        r"\bowe\s+(?:him|them|her|some\w*)\s+(?:money\s+)?for\s+(?:the\s+)?(?:gear|drugs|weed|crack|"
        r"coke)\b|\bbagging\s+(?:up|it\s+up|drugs|weed|gear)\b(?!\s+(?:the\s+)?(?:leaves|rubbish|"
        r"clothes|shopping|toys))",
        r"^(?=.*\b(?:people|men|strangers|cars)\s+(?:coming\s+)?in\s+and\s+out\b)(?=.*\b(?:moved\s+in|"
        r"owe|drugs|gear|scared|frightened|my\s+(?:flat|house|place)|at\s+mine)\b)",
    ),
}
