"""The English phrase net: children being taken out of the country by a parent against the other
parent's will, now.

A parent writes that the other has the children and is taking them abroad without their
permission, with a sign it is happening or dangerous: tonight, a flight, the passports, drink, a
knife ("my ex took the kids and says he's taking them to Colombia tonight without my
permission, he's been drinking"). A holiday agreed to, with a day they come back, and a question
about the law ("can my ex take the kids to Spain without my permission?") are left alone; a
child kept and never to be seen again is read in safeguarding_danger. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# The children taken somewhere named, not to the park, school or a party.
_TAKING_THEM_AWAY = (
    r"\b(?:taking|take|takes|took|taken|flying|fly|flies|flew|sending|send)\s+(?:them|the\s+"
    r"(?:kids|children|baby|boys|girls)|my\s+(?:\w+\s+)?(?:son|daughter|kids|children|baby|boy|"
    r"girl|boys|girls))\s+(?:back\s+)?(?:to|out\s+of)\s+(?!(?:the\s+)?(?:park|school|nursery|"
    r"cinema|shops?|session|assembly|doctors?|dentist|beach|zoo|pool|football|church|mosque|"
    r"party|bed|see)\b)\w+"
)
_WITHOUT_CONSENT = (
    r"\bwithout\s+(?:my|our|her|his|their\s+(?:mum|dad)s?)\s+(?:permission|consent|agreement|"
    r"say\s*-?\s*so|knowledge|knowing)\b|\b(?:i|she|he)\s+(?:never|did\s+not|have\s+not|has\s+"
    r"not)\s+(?:agreed|consented|signed)\b"
)
# Happening now, or with danger around it.
_NOW_OR_DANGER = (
    r"\b(?:tonight|today|right\s+now|now|this\s+(?:evening|morning|afternoon)|at\s+the\s+"
    r"airport|flights?|plane|passports?|drinking|drunk|knife|violent|hit\s+me|threaten\w*)\b"
)
# A question about the law: "can my ex take the kids abroad without my permission?".
_A_QUESTION_OF_LAW = (
    r"^(?!.*\b(?:can|could|is\s+(?:he|she)\s+allowed\s+to|is\s+it\s+legal\s+(?:for|to))\s+"
    r"(?:he|she|my\s+\w+|a\s+(?:parent|dad|mum|father|mother))\s+(?:legally\s+)?take\b)"
)

ABROAD_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # children taken abroad without the other parent's consent, now or with danger
    "children taken abroad without consent": (
        _A_QUESTION_OF_LAW + every_one_of(_TAKING_THEM_AWAY, _WITHOUT_CONSENT, _NOW_OR_DANGER),
    ),
}
