"""The Albanian phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_albanian and safeguarding_albanian_now). Text has been
through safeguarding_languages.fold, so patterns are read without accents ("shtatzënë" reads
"shtatzene").

It reads a pregnancy bleeding now: pregnant beside blood running, much blood or bleeding going
on ("është shtatzënë në muajin e shtatë dhe po i rrjedh shumë gjak").
Left alone: a nosebleed or bleeding gums in a pregnancy, bleeding told as past or checked by
the doctor as normal, a pregnancy spoken of with no blood.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_SQ_PREGNANT = r"\b(?:shtatzen\w*|me\s+barre|barrsh\w*|e\s+ngarkuar)\b"
_SQ_BLEEDING = (
    r"\b(?:po\s+)?(?:i\s+|me\s+)?(?:rrjedh|rrjedhin|rridhte)\s+(?:\w+\s+){0,2}?gjak\w*\b|"
    r"\bgjak\w*\s+(?:\w+\s+)?(?:i\s+)?(?:rrjedh\w*|del|dalin)\b|\b(?:po\s+)?gjakos\w*|"
    r"\bshume\s+gjak\b|\bhumb\w*\s+(?:\w+\s+)?gjak\w*"
)
_SQ_NOT_NOW = (
    r"\b(?:hund\w*|mishr\w*|dhemb\w*|mjek\w*\s+(?:\w+\s+)?tha|javen\s+e\s+kaluar|"
    r"muajin\s+e\s+kaluar|dje|"
    r"para\s+(?:nje\s+)?(?:jave|muaji|viti|vitesh)|tani\s+(?:eshte\s+)?mire|u\s+ndal|film\w*|"
    r"serial\w*)\b"
)

ALBANIAN_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_SQ_NOT_NOW})" + every_one_of(_SQ_PREGNANT, _SQ_BLEEDING),
)
