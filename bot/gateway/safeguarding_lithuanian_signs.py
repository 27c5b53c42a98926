"""The Lithuanian phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_lithuanian and safeguarding_lithuanian_now). Text has
been through safeguarding_languages.fold, so patterns are read without accents ("vėmė" reads
"veme").

It reads a blow to the head, or a fall, followed now by vomiting, falling asleep again and
again or not understanding ("nukrito nuo kopėčių ir trenkėsi galva, dabar jau du kartus vėmė ir
vis užmiega").
Left alone: a head knocked with a bump and all well now, a fall last month, vomiting from a bad
fish with no blow to the head.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_LT_HEAD_HIT = (
    r"\b(?:trenke|trenkes\w*|susitrenk\w*|atsitrenk\w*|smoge|gavo\s+smugi)\s+(?:\w+\s+){0,2}?"
    r"(?:galv\w*)\b|\bgalv\w*\s+(?:\w+\s+)?(?:susitrenk\w*|atsitrenk\w*|trenke\w*)|\b(?:nukrito|"
    r"nukrit\w*|parkrito|griuvo|nugriuvo)\b.{0,60}\bgalv\w*"
)
_LT_SIGNS = (
    r"\b(?:veme|vemia|vemti|vemt\w*|vemia\w*|pyksta)\b|\b(?:vis|nuolat|vel)\s+(?:\w+\s+)?"
    r"(?:uzmiega|uzsnud\w*|miega)\b|\buzmiega\b|\bmieguist\w*|\bnieko\s+nesupranta\b|"
    r"\bnesupranta\s+(?:kur|kas)\b|\bpainioja\b|\bneatpazist\w*|\bnebeatsako\b|\bpraranda\s+"
    r"samon\w*|\bbe\s+samones\b"
)
_LT_ALL_WELL = (
    r"\b(?:viskas\s+(?:jau\s+)?gerai|jau\s+gerai|praejo|praeita\w*\s+(?:savait\w*|menes\w*|"
    r"metus)|pries\s+(?:savait\w*|menes\w*|metus)|pasveiko|guzas|filmas|filme|serial\w*)\b"
)

LITHUANIAN_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_LT_ALL_WELL})" + every_one_of(_LT_HEAD_HIT, _LT_SIGNS),
)
