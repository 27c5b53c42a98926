"""The English phrase net: risks said in shorthand, as emoji, a few words or signed English.

Someone in danger writes what fits in a glance: an overdose as a row of pills beside a coffin and
"sorry x", a beating as "him again 👊🩸 kids hiding", an emergency as "baby not breathing".
safeguarding_words.normalise reads the emoji as words (💊 pills, ⚰ coffin, 🩸 blood, 👊 punch,
😴 sleep, 🍷 wine), so each shape here is a whole message made of nothing but its few words:
any other word ("birthday", "halloween party", "boxing", "through her nose") or a question mark
makes it everyday news. A deaf member writing in BSL's word order ("carer not come 4 days. he
not answer flashing light. me worry he fall inside") leaves out the small words the other
patterns lean on, so a neighbour behind a door is read from its signs: days without a visit, no
answer, and a smell or a fall feared inside, unless the neighbour is known to be away. Text has
been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import KNOWN_TO_BE_AWAY
from bot.gateway.safeguarding_words import every_one_of, made_only_of

# The words an emoji message is made of once read: means, drink, sleep, death and a goodbye.
_MEANS = r"pills|tablets|knife|knives|rope|gun|razors?|blades?"
_DRINK = r"wine|whisky|gin|vodka|beer|drink"
_DEATH = r"coffin|grave|dead|rip"
_GOODBYE = (
    r"sorry|so\s+sorry|bye|good\s*bye|love\s+you(?:\s+all)?|forgive\s+me|x+|i\s+am\s+sorry|"
    r"sleep|night"
)
# A blow, who dealt it, and what it has left the writer in, in a few words.
_BLOW = r"punch|punched|hit|hits|blood|bleeding|hurt"
_HIM = r"him|he|again|him\s+again|he\s+is\s+back"
_AFTER_A_BLOW = (
    r"hiding|kids\s+hiding|can\s+not\s+go\s+home|not\s+safe|scared|crying|please|help|police"
)
_FEW_WORDS_OF_A_BLOW = (
    r"kids|children|baby|me|home|no|now|x|and|the|my|i\s+am|please|help|police|ambulance|"
    r"crying|scared|hiding|can\s+not\s+go\s+home|not\s+safe"
)
# Someone not breathing, with nothing round it but who and a plea.
_NO_BREATH = (
    r"(?:is\s+|has\s+)?(?:not|stopped)\s+breathing|no\s+pulse|(?:lips\s+)?(?:gone|going|"
    r"turning)\s+blue"
)
_WHO = (
    r"(?:my|the|our)\s+\w+|baby|he|she|they|him|her|mum|dad|nan|gran|grandad|husband|wife|"
    r"partner|son|daughter|friend"
)
_PLEA = (
    r"help|please|quick|hurry|now|ambulance|999|someone|oh\s+god|omg|what\s+do\s+i\s+do|sos|"
    r"i\s+think"
)
# A neighbour behind a door in signed English: days with no visit, no answer, and a smell or a
# fall feared inside.
_DAYS = r"(?:for\s+|in\s+)?(?:\d+|two|three|four|five|six|several|a\s+few)\s+days\b"
_DAYS_WITHOUT_A_VISIT = (
    r"\b(?:(?:carers?|nurse|meals\s+on\s+wheels|family|daughter|son)\s+(?:has\s+|have\s+|did\s+|"
    r"still\s+)?(?:not|never)|nobody|no\s+one)\s+(?:has\s+)?(?:come|came|been|visit\w*)\s+"
    + _DAYS
    + r"|\bnot\s+(?:seen|see)\s+(?:him|her)\s+"
    + _DAYS
)
_NO_ANSWER = (
    r"\b(?:he|she)\s+(?:does\s+not|did\s+not|will\s+not|is\s+not|not)\s+answer(?:ing)?\b|"
    r"\bno\s+answer\b"
)
_FEARED_INSIDE = (
    r"\b(?:door|flat|house|room|letter\s*box)\s+(?:smells?|smelling|smelt)\s+(?:really\s+)?"
    r"(?:bad|awful|horrible|strange|funny|terrible)\b|\b(?:fall|fell|fallen|collapsed|dead|"
    r"died)\s+(?:inside|in\s+there|in\s+(?:his|her)\s+(?:flat|house|home|room))\b"
)

SHORTHAND_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # an overdose or a death in emoji: a means beside a coffin or a goodbye, and nothing else
    "a means and a goodbye in emoji": (
        rf"^(?=.*\b(?:{_MEANS})\b)(?=.*\b(?:{_DEATH}|sorry|bye|good\s*bye|forgive\s+me)\b)"
        + made_only_of(_MEANS, _DRINK, _DEATH, _GOODBYE),
    ),
    # a blow by him, and the writer hiding or unable to go home, in a few words
    "a beating in a few words": (
        rf"^(?=.*\b(?:{_BLOW})\b)(?=.*\b(?:{_HIM})\b)(?=.*\b(?:{_AFTER_A_BLOW})\b)"
        + made_only_of(_BLOW, _HIM, _FEW_WORDS_OF_A_BLOW),
    ),
    # "baby not breathing": someone not breathing, as the whole message
    "not breathing in a few words": (
        rf"^(?=.*\b(?:{_NO_BREATH})\b)" + made_only_of(_WHO, _NO_BREATH, _PLEA),
    ),
    # a neighbour not visited for days, not answering, and a smell or a fall feared inside
    "a neighbour behind a door": (
        KNOWN_TO_BE_AWAY + every_one_of(_DAYS_WITHOUT_A_VISIT, _NO_ANSWER, _FEARED_INSIDE),
    ),
}
