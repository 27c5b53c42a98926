"""The Punjabi phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_punjabi and safeguarding_punjabi_now, which is near
full), in Gurmukhi. Text has been through safeguarding_languages.fold (the addak and nukta
dropped, the bindi read as tippi). Gurmukhi vowel signs are not word letters to `re`, so words
are bounded by spaces rather than by \\b.

It reads an asthma attack now: two of the inhaler not helping, not able to speak, lips or face
going blue, breath not coming ("ਦਮਾ ਹੈ, ਪੰਪ ਨਾਲ ਵੀ ਫ਼ਰਕ ਨਹੀਂ ਪੈ ਰਿਹਾ, ਬੋਲ ਨਹੀਂ ਸਕਦਾ, ਬੁੱਲ੍ਹ
ਨੀਲੇ ਹੋ ਰਹੇ ਨੇ").
Also a gas heater, a stove or a coal burner left burning all night or in a shut room beside
someone unconscious or not waking ("ਸਾਰੀ ਰਾਤ ਗੈਸ ਹੀਟਰ ਚੱਲਦਾ ਰਿਹਾ, ਮਾਂ ਬੇਹੋਸ਼ ਹੈ"); left
alone: a heater on all night and a big bill.
Left alone: asthma with the inhaler helping, an inhaler not helping with a doctor's appointment
and no other sign, not able to speak English, lips blue from the cold.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_PA_ASTHMA = r"ਦਮਾ|ਦਮੇ|ਅਸਥਮਾ|ਸਾਹ|ਪੰਪ|ਇਨਹੇਲਰ"
_PA_PUMP_NO_HELP = (
    r"(?:ਪੰਪ|ਇਨਹੇਲਰ)\S*\s+(?:\S+\s+){0,3}(?:ਫ਼ਰਕ|ਅਸਰ|ਆਰਾਮ)\s+(?:ਵੀ\s+)?ਨਹੀਂ\s+"
    r"(?:ਪੈ|ਹੋ|ਆ)"
)
_PA_CANNOT_SPEAK = r"ਬੋਲ\s+(?:ਵੀ\s+)?ਨਹੀਂ\s+(?:ਸਕਦਾ|ਸਕਦੀ|ਪਾ\s+ਰਿਹਾ|ਪਾ\s+ਰਹੀ|ਹੋ\s+ਰਿਹਾ)"
_PA_BLUE = r"(?:ਬੁੱਲ੍ਹ|ਬੁੱਲ|ਮੂੰਹ|ਚਿਹਰਾ|ਨਹੁੰ)\S*\s+(?:\S+\s+)?(?:ਨੀਲ|ਨੀਲੇ|ਨੀਲਾ|ਨੀਲੀ)"
_PA_NO_BREATH = r"ਸਾਹ\s+(?:ਨਹੀਂ\s+(?:ਆ|ਲੈ)\s+(?:ਰਿਹਾ|ਰਹੀ|ਸਕਦਾ|ਸਕਦੀ)|ਉੱਖੜ|ਚੜ੍ਹ)"
_PA_NOT_NOW = r"ਠੰਡ|ਅੰਗਰੇਜ਼ੀ|ਪਿਛਲੇ\s+(?:ਹਫ਼ਤੇ|ਮਹੀਨੇ|ਸਾਲ)|ਹੁਣ\s+(?:\S+\s+)?ਠੀਕ|ਫ਼ਿਲਮ"

PUNJABI_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*(?:{_PA_NOT_NOW}))"
    + every_one_of(_PA_ASTHMA)
    + any_two_of(_PA_PUMP_NO_HELP, _PA_CANNOT_SPEAK, _PA_BLUE, _PA_NO_BREATH),
)

# A gas heater, a stove or a coal burner left burning all night or in a shut room beside someone
# unconscious or not waking; not a heater on all night and a big bill.
_PA_FUMES = r"ਗੈਸ\s+(?:ਹੀਟਰ|ਚੁੱਲ੍ਹਾ|ਚੁੱਲਾ)|ਹੀਟਰ|ਅੰਗੀਠੀ|ਕੋਲੇ|ਕੋਲਾ"
_PA_ALL_NIGHT = r"ਸਾਰੀ\s+ਰਾਤ|ਰਾਤ\s+ਭਰ|ਬੰਦ\s+ਕਮਰ|ਕਮਰੇ\s+ਵਿੱਚ"
_PA_NOT_WAKING = r"ਬੇਹੋਸ਼|ਉੱਠ\s+ਨਹੀਂ\s+(?:ਰਹ|ਰਿਹਾ|ਰਹੀ|ਸਕ)|ਜਾਗ\s+ਨਹੀਂ|ਹੋਸ਼\s+ਵਿੱਚ\s+ਨਹੀਂ"
PUNJABI_SIGNS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_FUMES, _PA_ALL_NIGHT, _PA_NOT_WAKING),
)
