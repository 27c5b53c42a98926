"""The Gujarati safeguarding phrase net's readings of a medical emergency told by its signs
(read by safeguarding_languages with safeguarding_gujarati and safeguarding_gujarati_now), in
Gujarati script. Text has been through safeguarding_languages.fold. Gujarati vowel signs are not
word letters to `re`, so words are bounded by spaces rather than by \\b.

It reads a fall now with the head bleeding, or with the head struck by someone on blood thinners
("દાદા બાથરૂમમાં પડી ગયા, માથામાંથી ખૂબ લોહી નીકળે છે અને તેઓ લોહી પાતળું કરવાની દવા લે છે").
Left alone: a fall told as past, stitched or well now, a fall with no blood from the head, blood
thinners named at a check-up.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_GU_FELL = r"(?<!ખબર\s)(?<!પસંદ\s)પડી\s+ગ|પડ્યા|પડ્યો|પડ્યાં|લપસી\s+ગ|લપસ્યા|ગબડી\s+ગ"
_GU_HEAD_BLEEDING = (
    r"(?:માથા|માથું|કપાળ)\S*\s+(?:\S+\s+){0,2}લોહી\s+(?:\S+\s+)?(?:નીકળ|વહે|વહી|આવ|બંધ\s+નથી)"
)
_GU_THINNERS = r"લોહી\s+પાતળું|બ્લડ\s+થિનર|વોરફેરિન|એસ્પિરિન"
_GU_HEAD_STRUCK = r"(?:માથા|માથું|કપાળ)\S*\s+(?:\S+\s+){0,2}(?:વાગ્ય|અથડા|ભટકા|લોહી)"
_GU_NOT_NOW = (
    r"હવે\s+(?:\S+\s+)?સારું|ટાંકા|ગયા\s+(?:અઠવાડિયે|મહિને|વર્ષે|સપ્તાહે)|ગઈ\s+કાલે|"
    r"ફિલ્મ|સિરિયલ"
)

GUJARATI_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*(?:{_GU_NOT_NOW}))" + every_one_of(_GU_FELL, _GU_HEAD_BLEEDING),
    rf"^(?!.*(?:{_GU_NOT_NOW}))" + every_one_of(_GU_FELL, _GU_THINNERS, _GU_HEAD_STRUCK),
)
