"""The Somali net's readings of a medical emergency told by its signs (read with
safeguarding_somali and safeguarding_somali_now under one code, "so"). Text has been through
safeguarding_languages.fold.

It reads a child who is ill now with two of: very hot or feverish, limp ("jilicsan sida maro",
soft as a cloth), not waking or not coming round ("Ilmahayga yar aad ayuu u kulul yahay, wuu
jilicsan yahay sida maro oo ma toosayo").
Left alone: a child with a fever who is playing or eating, a child who does not wake early, a
soft cloth or pillow.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_SO_CHILD = (
    r"\b(?:ilmah\w*|ilmo\w*|cunug\w*|canug\w*|ilmaha|wiil\w*|gabadh\w*|gabar\w*|ubad\w*|"
    r"caruur\w*|carruur\w*|dhallaan\w*)\b"
)
_SO_HOT = r"\b(?:kulul|qandho\w*|xummad\w*|qanjo\w*)\b"
_SO_LIMP = (
    r"\b(?:wuu|way|waa)\s+(?:\w+\s+)?(?:jilicsan|dabacsan|taag\s+daran)\b|\bsida\s+maro\b|"
    r"\bmaro\s+oo\s+kale\b"
)
_SO_NOT_WAKING = (
    r"\b(?:ma|kama)\s+(?:toosayo|toosayso|soo\s+toos\w*|kacayo|kacayso)\b|"
    r"\bmiyir\w*\s+(?:\w+\s+)?"
    r"(?:ma|kama)\b|\bmiyir\s+la'aan\b|\bla\s+ma\s+toosin\s+karo\b"
)
_SO_WELL_ENOUGH = (
    r"\b(?:ciyaar\w*|cunay\w*|cunayaa|wuu\s+fiican|way\s+fiican|hadda\s+wuu\s+fiican|"
    r"subax\w*\s+hore|goor\s+hore|barkin\w*)\b"
)

SOMALI_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_SO_WELL_ENOUGH})"
    + every_one_of(_SO_CHILD)
    + any_two_of(_SO_HOT, _SO_LIMP, _SO_NOT_WAKING),
)
