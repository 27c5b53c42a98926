"""The Bulgarian phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_bulgarian, whose module is near full). Text has been
through safeguarding_languages.fold (Cyrillic keeps its letters).

It reads someone choking now: choked on something beside not able to breathe, speak or cough,
or going blue ("Баща ми се задави с парче месо, не може нито да говори, нито да кашля,
посинява").
Left alone: choking told as over (coughed it up, fine now), choking with laughter, a film.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_BG_CHOKED = r"(?<!\w)(?:задав\w*|задуш\w*\s+(?:се\s+)?(?:с|от)\s+(?:парче|храна|бонбон|кокал))"
_BG_NO_AIR = (
    r"(?<!\w)не\s+може\s+(?:(?:нито\s+)?да\s+\w+\s+)*(?:нито\s+)?да\s+(?:диша|говори|кашля|"
    r"каже)(?!\w)|(?<!\w)(?:посинява|посиня\w*|посинял\w*|син\w*\s+е\s+в\s+лицето|"
    r"не\s+диша)(?!\w)"
)
_BG_OVER = (
    r"(?<!\w)(?:изкашля\w*|изплю\w*|вече\s+(?:е\s+)?добре|всичко\s+е\s+наред|от\s+смях|"
    r"вчера|миналата|филм\w*|сериал\w*)(?!\w)"
)

BULGARIAN_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_BG_OVER})" + every_one_of(_BG_CHOKED, _BG_NO_AIR),
)
