"""The Turkish phrase net's readings of a plan to die said plainly (read by safeguarding_languages
with safeguarding_turkish, whose module has no room left). Text has been through
safeguarding_languages.fold: no accents and dotless ı read as i ("öleceğim" reads "olecegim").

It reads, in the first person: dying or ending one's life decided ("ölmeye karar verdim",
"intihar etmeye karar verdim"); not being alive after a time ("yarın bu saatte hayatta
olmayacağım"); a leap from a bridge, a roof or before a train, or lying on the rails, to come
("köprüden atlayacağım", "trenin önüne atlayacağım"); and a means at hand (a rope or pills
bought, kept or saved, a gun, the hose in the garage or on the exhaust) beside everything
ending, the job to be finished, a last meeting or message or a goodbye ("garajdaki hortumla işi
bitireceğim", "ipi aldım, bu gece her şey bitecek").
Left alone: a move decided, not being at home tomorrow, "hayatta onun gibi olmayacağım" (I'll
never be like him), a pill taken before a last visit, an exhaust repaired, a bridge crossed or a
train taken, a rope for the washing, the garden watered or the car washed with the hose, a last
meeting before retiring.
Also someone else who says they will kill themselves or wants to ("kızım kendini öldüreceğini
söylüyor"). Left alone: working oneself to death ("kendini öldürecek gibi çalışıyor"), a
character in a series, a film or a book.
Also all of someone's pills to be given to them and then taken by the writer too (not pills
counted into a box before a tea).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Ending it: dying, suicide, killing oneself, taking one's life, ending one's life.
_TR_TO_END_IT = (
    r"(?:olmeye|intihar\s+etmeye|kendimi\s+oldurmeye|canima\s+kiymaya|hayatima\s+son\s+vermeye|"
    r"kendimi\s+asmaya)"
)
# "I will" jump or throw myself, in the written and the spoken endings.
_TR_I_WILL_JUMP = (
    r"(?:atlayacagim|atlicam|atlayacam|atlarim|kendimi\s+(?:atacagim|aticam|atcam|atacam)|"
    r"yatacagim|yaticam|yatacam)"
)
_TR_FROM_HIGH = (
    r"(?:kopruden|catidan|damdan|balkondan|binadan|ucurumdan|pencereden|(?:trenin|metronun|"
    r"kamyonun)\s+onune|raylara)"
)
# A means at hand: a rope or a gun got or kept, pills saved (not a pill taken), the hose in the
# garage or on the exhaust (not an exhaust repaired).
_TR_MEANS = (
    r"\b(?:ipi|ipler\w*|bir\s+ip|urgan\w*|halat\w*|silah\w*|tabanca\w*|hortum\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:aldim|hazirladim|sakladim|buldum|taktim)\b|\b(?:hap|ilac)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:biriktirdim|sakladim|topladim)\b|\b(?:garajdaki|arabadaki)\s+"
    r"hortum\w*|\begzoz\w*\s+(?:\w+\s+)?hortum\w*|\bhortum\w*\s+(?:\w+\s+)?egzoz\w*"
)
# Everything ending, the job finished, a last meeting or message, a goodbye.
_TR_THE_END = (
    r"\b(?:isi\s+(?:bitirecegim|bitircem|bitirecem)|her\s*sey\s+bitecek|son\s+verecegim|son\s+"
    r"(?:toplantim|mesajim|kez|defa)|hosca\s+kalin|elveda|hakkinizi\s+helal\s+edin|helal\s+edin|"
    r"beni\s+affedin)\b"
)

TURKISH_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"\b{_TR_TO_END_IT}\s+karar\s+(?:verdim|verdi\s+m|vermis\w*)\b",
    r"^(?!.*\b(?:gibi|kadar)\b).*\b(?:hayatta|yasiyor|bu\s+dunyada)\s+(?:olmayacagim|olmicam|"
    r"olmayacam)\b",
    r"^(?!.*\b(?:bungee|parasut\w*|havuz\w*|denize)\b)"
    rf".*\b{_TR_FROM_HIGH}\s+(?:\w+\s+)?{_TR_I_WILL_JUMP}\b",
    r"^(?!.*\b(?:camasir\w*|bahce\w*|sula\w*|yika\w*|tatil\w*|kamp\w*|tirman\w*|yolculu\w*|"
    r"seyahat\w*|tekne\w*|ava|avci\w*|avlan\w*)\b)" + every_one_of(_TR_MEANS, _TR_THE_END),
)

# Someone else who says they will kill themselves or wants to ("kızım kendini öldüreceğini
# söylüyor", "oğlum intihar etmek istiyor"); not working oneself to death ("kendini öldürecek
# gibi çalışıyor"), nor a character in a series or a book.
_TR_THEY_WILL_END_IT = (
    r"\bkendini\s+(?:\w+\s+)?(?:oldurecegini|oldurecek|oldurmek\s+isti\w*|asacagini|asacak|"
    r"oldurcem|oldurecegim)\b|\bintihar\s+(?:\w+\s+)?(?:edecegini|edecek|etmek\s+isti\w*|"
    r"edecekmis|edecegim)\b|\bcanina\s+kiyacag\w*"
)
_TR_NOT_A_FIGURE = r"^(?!.*\b(?:gibi|calis\w*|dizi\w*|film\w*|kitap\w*|roman\w*|karakter\w*)\b)"
TURKISH_PLANS_PHRASES += (  # i18n-exempt: input
    _TR_NOT_A_FIGURE + every_one_of(_TR_THEY_WILL_END_IT),
)

# All of someone's pills to be given to them and then taken by the writer too ("ilaçlarını
# sayıyorum, hepsini ona verip sonra kendim de içeceğim"); not the pills counted into a box
# before the writer drinks a tea, nor a parent who took all hers and the writer who will too.
_TR_THE_PILLS = r"\b(?:ilac|hap|tablet)\w*"
_TR_ALL_OF_THEM = r"\b(?:hepsini|hepsi|tumunu|butun\s+(?:ilac|hap)\w*)\b"
_TR_GIVEN_TO_THEM = (
    r"\b(?:ona|anneme|babama|ikisine|cocuklara)\s+(?:\w+\s+)?(?:ver|icir|yedir|yutur)\w*|"
    r"\b(?:icir|yedir|yutur)\w*"
)
_TR_I_TAKE_THEM_TOO = (
    r"\b(?:kendim\s+de\s+(?:alacagim|alicam|alacam)|(?:kendim|ben)\s+de\s+(?:icecegim|icicem|"
    r"icecem|yutacagim|yutcam|yutacam))\s*(?:[.,!…]|$)"
)
TURKISH_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_THE_PILLS, _TR_ALL_OF_THEM, _TR_GIVEN_TO_THEM, _TR_I_TAKE_THEM_TOO),
)
