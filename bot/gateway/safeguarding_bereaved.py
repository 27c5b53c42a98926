"""The English phrase net: someone bereaved with the danger now, told by them or by family.

Grief is not a risk by itself, so every reading here rests on a danger beside it: wanting to
join, follow or be with someone who died, with two of a time that is close ("this weekend",
"tonight", "soon"), a means or a place to die (all his insulin, the tablets, the river) and a
goodbye ("thank you for everything", his watch and bank cards given, "I wanted someone to know");
a death beside two signs of an end ("I won't be around after that", "I'm done", "tonight's the
night", "tell the group they were nice"); the children handed on from today with no reason
given, to go and "be with" someone; someone bereaved not seen since the funeral with the
curtains shut or the milk on the step; and someone bereaved not up or not eating for days with
young children left to fend or not answering. Their everyday twins share the words: joining a
sister's family for the weekend, a visit to the grave with flowers, wanting to be buried beside
someone one day, a widower away at his daughter's, a sister staying with the grieving mother.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_veiled import _UNACCOUNTED_FOR
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Someone close: a partner, a parent, a grandparent, a child, a brother or sister, a friend.
_SOMEONE_CLOSE = (
    r"(?:wife|husband|partner|mum|mom|mother|dad|father|stepdad|stepmum|gran|grandad|grandma|"
    r"grandpa|nan|son|daughter|baby|brother|sister|twin|mate|best\s+mate|friend|boyfriend|"
    r"girlfriend|fiance|fiancee)"
)
# A death told: died, passed away, the funeral, the grave, a burial.
_A_DEATH = (
    r"\bpassed\s*(?:$|[.,!;])|\b(?:died|dead|passed\s+away|death|funeral|grave|burial|buried|"
    r"lost\s+(?:my|his|her|our)\s+" + _SOMEONE_CLOSE + r"|follow\s+(?:\w+\s+)?\w+\s+soon)\b"
)
# Wanting or meaning to join someone who died: join him, be with her, follow gran soon, lie down
# next to him; not joining her family, her club or her for lunch.
_TO_JOIN_THEM = (
    r"\b(?:going\s+to|gonna|will|hell|shell|decided\s+to|want\s+to|wants\s+to|about|of|keeps?\s+"
    r"saying\s+(?:he|she)\s+will)\s+(?:(?:go\s+and|just)\s+)?(?:join|be\s+with|being\s+with|"
    r"follow|go\s+to|lie\s+(?:down\s+)?(?:next\s+to|beside|with))\s+(?:him|her|them|gran|"
    r"grandad|nana|mum|dad|(?:my|our)\s+" + _SOMEONE_CLOSE + r")\b"
    r"(?!\s+(?:for|at|to|and|(?:in|on)\s+(?:the|a|his|her))\b)"
    r"(?!\s+(?:\w+\s+)?(?:family|club|group|flat|house|place|choir|team|sister|brother|mum|dad|"
    r"friends?|kids|children)\b)"
)
# A time that is close: tonight, this weekend, soon, tomorrow, now.
_A_TIME_CLOSE = (
    r"\b(?:tonight|(?<!ago\s)today|tomorrow|this\s+(?:weekend|week|evening|afternoon)|soon|(?:on|"
    r"this|by)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:at|by|on)\s+(?:the|his|her|"
    r"their)\s+(?:grave|tracks|bridge|edge)\s+now\b"
)
# A means or a place to die: all his insulin or tablets, the pills bought, a rope, the river.
_A_MEANS_OR_A_PLACE = (
    r"\b(?:all|the\s+rest\s+of)\s+(?:his|her|their|my|the)\s+(?:insulin|tablets|pills|meds|"
    r"medication|morphine)\b|\b(?:bought|got|saved|collected|stockpiled)\s+(?:the\s+|all\s+the\s+"
    r"|enough\s+)?(?:tablets|pills|insulin|morphine|rope)\b|\b(?:going|went|walking)\s+(?:down\s+"
    r")?to\s+the\s+(?:river|bridge|railway|tracks|cliffs?|sea|reservoir|canal)\b"
)
# A goodbye: thanks for everything, someone told they were nice, wanting someone to know, a
# watch or bank cards given, told not to come round.
_A_GOODBYE = (
    r"\bthank\s+you\s+for\s+everything\b|\btell\s+(?:the\s+\w+|everyone|them|\w+)\s+(?:they\s+"
    r"were|i\s+(?:love|loved))\b|\b(?:wanted|want)\s+(?:someone|somebody|you)\s+to\s+know\b|"
    r"\bgave\s+me\s+(?:his|her)\s+(?:watch|ring|bank\s+cards?|cards|keys|pin)\b|\btold\s+me\s+"
    r"not\s+to\s+come\s+(?:round|over)\b"
)
# Signs of an end said by the writer: not around after that, done, tonight's the night.
_NOT_AROUND_AFTER = r"\bi\s+will\s+not\s+be\s+(?:around|here)\s+(?:after|past)\s+(?:that|then)\b"
_I_AM_DONE = r"\bi\s+am\s+done\b(?!\s+(?:with|for|at|in|now\s+with))"
_TONIGHTS_THE_NIGHT = r"\btonight(?:s|\s+is)\s+the\s+night\b(?!\s+(?:of|for|to)\b)"
# What accounts for going away or joining someone: a move, a job, a visit, flowers at the grave.
_FOR_A_REASON = (
    r"^(?!.*\b(?:off\s+to|moving|move|new\s+job|holiday|visit\w*|flowers|cemetery|memorial|"
    r"anniversary\s+(?:service|mass|lunch|dinner)|service|mass|prayers?|one\s+day|someday|some\s+"
    r"day|when\s+my\s+time|eventually|ashes|wake|party|pub|drinks|gig|match|film|facebook|"
    r"instagram|tiktok|online|lol|haha\w*|jk)\b)"
)

# The children handed on from a day, the writer going to "be with" someone, no reason given.
_CANNOT_HAVE_THE_CHILDREN = (
    r"\bcan\s+not\s+(?:pick\s+up|collect|look\s+after|have|get)\s+(?:the|my)\s+(?:kids|children|"
    r"boys|girls)\s+(?:(?:up\s+)?(?:after|from)\s+(?:today|tonight|tomorrow))\b"
)
_SOMEONE_ELSE_TO_HAVE_THEM = (
    r"\b(?:make\s+sure|see\s+that)\s+(?:someone|somebody)\s+(?:gets|collects|picks\s+up|looks\s+"
    r"after|has)\s+them\b"
)
_GOING_TO_BE_WITH = r"\bi\s+am\s+going\s+to\s+be\s+with\s+\w+\s*(?:$|[.!])"
_UNTIL_A_DAY = r"^(?!.*\b(?:until|till|back\s+on|job|shifts?|work\w*|course|moving)\b)"

# Not seen since the funeral or the death, with the curtains shut, the milk or post left, no
# answer; not away at family's.
_NOT_SEEN_SINCE = (
    r"\b(?:nobody|no\s+one|not)\s+(?:has\s+)?(?:seen|heard\s+from)\s+(?:him|her|them)\s+(?:since"
    r"\s+the\s+(?:funeral|burial)|since\s+(?:his|her)\s+\w+\s+died)\b"
)
_SHUT_IN_SIGNS = (
    r"\bcurtains\s+(?:are\s+)?(?:still\s+)?(?:shut|closed|drawn)\b|\b(?:milk|post|papers|"
    r"parcels)\s+(?:is\s+|are\s+)?(?:still\s+|piling\s+up|piled\s+up)\b|\bnot\s+answering\b|"
    r"\bwill\s+not\s+answer\b"
)
_AWAY_WITH_FAMILY = (
    r"^(?!.*\b(?:staying\s+(?:with|at)|gone\s+to|away|holiday|daughters|sons|abroad)\b)"
)

# Not out of bed or not eating for days since a death, beside young children left to fend or
# no answer.
_NOT_UP_FOR_DAYS = (
    r"\b(?:has\s+not|have\s+not|not|will\s+not)\s+(?:got\s+out\s+of\s+bed|got\s+up|eaten|left\s+"
    r"(?:her|his)\s+(?:bed|room))\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|a\s+few)\s+days\b"
)
_CHILDREN_TO_FEND = (
    r"\b(?:kids|children|little\s+ones)\s+are\s+(?:\d|two|three|four|five|six|seven)\b|"
    r"\b(?:eating\s+dry\s+cereal|no\s+one\s+(?:is\s+)?(?:feeding|looking\s+after)\s+them)\b"
)
_CARED_FOR_NOW = (
    r"^(?!.*\b(?:i\s+am\s+(?:staying|there|with\s+(?:her|him|them))|we\s+are\s+(?:there|with)|"
    r"looking\s+after\s+(?:them|the\s+kids)|gp|doctor|nurse|counsell\w*)\b)"
)

BEREAVED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # meaning to join someone who died, with two of a close time, a means or place, a goodbye;
    # not joining a sister's family, flowers at the grave, or "one day"
    "joining someone who died, with a plan": (
        _UNACCOUNTED_FOR
        + _FOR_A_REASON
        + every_one_of(_A_DEATH, _TO_JOIN_THEM)
        + any_two_of(_A_TIME_CLOSE, _A_MEANS_OR_A_PLACE, _A_GOODBYE),
    ),
    # a death beside two signs of an end; not done with the group, nor a move abroad
    "a death and an end said": (
        _UNACCOUNTED_FOR
        + _FOR_A_REASON
        + every_one_of(_A_DEATH)
        + any_two_of(_NOT_AROUND_AFTER, _I_AM_DONE, _TONIGHTS_THE_NIGHT, _A_GOODBYE),
    ),
    # the children handed on from today, the writer going to be with someone; not a new job
    "the children handed on for good": (
        _UNACCOUNTED_FOR
        + _UNTIL_A_DAY
        + every_one_of(_CANNOT_HAVE_THE_CHILDREN, _SOMEONE_ELSE_TO_HAVE_THEM, _GOING_TO_BE_WITH),
    ),
    # someone bereaved not seen since the funeral, shut in; not away with family
    "bereaved and not seen since": (
        _AWAY_WITH_FAMILY + every_one_of(_NOT_SEEN_SINCE, _SHUT_IN_SIGNS),
    ),
    # someone bereaved not up or not eating for days, young children left or no answer; not
    # with family staying
    "bereaved and not up for days": (
        _CARED_FOR_NOW
        + every_one_of(_A_DEATH, _NOT_UP_FOR_DAYS)
        + any_two_of(_CHILDREN_TO_FEND, _SHUT_IN_SIGNS, r"\bsince\s+(?:her|his|their)\s+\w+"),
    ),
}
