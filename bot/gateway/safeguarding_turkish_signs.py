"""The Turkish phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_turkish, whose module has no room left). Text has been
through safeguarding_languages.fold: no accents and dotless ı read as i ("şişiyor" reads
"sisiyor").

It reads an allergic reaction now: the lips, tongue, face or throat swelling beside breath that
wheezes, is short or will not come ("dudakları şişiyor, hırıltılı nefes alıyor").
Left alone: a swelling told as past, gone down or tested for, a bee sting with no breathing
trouble, being out of breath from running.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_TR_SWELLING = (
    r"\b(?:dudak\w*|dil\w*|yuz\w*|bogaz\w*|goz\w*)\s+(?:\w+\s+)?(?:sisiyor\w*|sisti|sismis|"
    r"sisik|kapaniyor|sisip)\b"
)
_TR_BREATH = (
    r"\bhiriltil\w*|\bhiril\w*|\bnefes\s+(?:\w+\s+)?(?:alamiyor\w*|almakta\s+zorlan\w*|"
    r"daraliyor|kesiliyor|zor\s+aliyor)|\bzor\s+nefes\w*|\bnefes\s+darlig\w*|"
    r"\bbogaz\w*\s+(?:\w+\s+)?kapaniyor\w*"
)
_TR_GONE_BY = (
    r"\b(?:gecen\s+(?:yil|sene|ay|hafta)|(?:yil|yillar|sene|ay|hafta)\s+once|indi|gecti|"
    r"iyilesti|test\w*|"
    r"kostu\w*|kosu\w*|merdiven\w*)\b"
)

TURKISH_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_TR_GONE_BY})" + every_one_of(_TR_SWELLING, _TR_BREATH),
)
