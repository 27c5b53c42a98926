"""The Polish phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_polish, whose module has no room left). Text has been
through safeguarding_languages.fold, so patterns are read without accents ("bełkocze" reads
"belkocze").

It reads a stroke come on now: two of a face or the corner of the mouth drooping, speech slurred
or gone, an arm or leg that cannot be lifted or hangs limp, beside "nagle" (suddenly), "teraz",
"przed chwilą" or a plea for what to do ("Mój tata nagle ma opadnięty kącik ust i bełkocze").
Left alone: the same signs left after a stroke long past, in rehabilitation or a film, an arm
that cannot be lifted after a gym session.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_PL_FACE = r"(?:kacik\w*|twarz\w*|usta|ust|buzi\w*|warg\w*|powiek\w*)"
_PL_DROOPING = r"(?:opad\w*|krzyw\w*|wykrzywi\w*|zwisa\w*|zwiotcza\w*)"
_PL_FACE_DROOPING = (
    rf"\b{_PL_DROOPING}\s+(?:\w+\s+){{0,2}}{_PL_FACE}\b|\b{_PL_FACE}\s+(?:\w+\s+){{0,2}}"
    rf"{_PL_DROOPING}"
)
_PL_SPEECH = (
    r"\bbelkocz\w*|\b(?:mowi|gada)\s+(?:\w+\s+)?(?:niewyrazn\w*|bez\s+sensu|dziwnie)\b|"
    r"\bnie\s+(?:moze|mogl\w*|potrafi)\s+(?:\w+\s+)?(?:mowic|powiedziec\s+slowa)\b|"
    r"\bplacze\s+(?:mu|jej)\s+sie\s+jezyk\b"
)
_PL_LIMB = r"(?:rek\w*|reka|nog\w*|dlon\w*)"
_PL_LIMB_GONE = (
    rf"\bnie\s+(?:moze|mogl\w*|da\s+rady|jest\s+w\s+stanie)\s+(?:\w+\s+)?(?:podniesc|uniesc|"
    rf"ruszyc|ruszac)\s+(?:\w+\s+)?{_PL_LIMB}\b|\b{_PL_LIMB}\s+(?:\w+\s+)?(?:mu\s+|jej\s+)?"
    r"(?:opada|opadla|bezwladn\w*|zdretwial\w*|zwisa)\b"
)
_PL_COME_ON_NOW = (
    r"\b(?:nagle|naraz|teraz|przed\s+chwila|od\s+(?:pol|kilku|paru|godziny|kwadransa)|"
    r"co\s+(?:mam\s+)?robic|pomocy|karetk\w*|pogotowi\w*|112|999)\b"
)
_PL_LONG_PAST = (
    r"\b(?:po\s+udarze|od\s+(?:udaru|lat|roku|miesiac\w*)|lat\s+temu|rok\s+temu|rehabilitac\w*|"
    r"fizjoterap\w*|silowni\w*|treningu|film\w*|serial\w*)\b"
)

POLISH_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_PL_LONG_PAST})"
    + every_one_of(_PL_COME_ON_NOW)
    + any_two_of(_PL_FACE_DROOPING, _PL_SPEECH, _PL_LIMB_GONE),
)
