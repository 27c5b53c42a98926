"""The Turkish safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_turkish, whose module has no room left). Text has been through
safeguarding_languages.fold: no accents and dotless ı read as i ("bıçak" reads "bicak",
"göğsünde" reads "gogsunde").

It reads: a box of pills swallowed ("bir kutu hapın hepsini yuttum"); a mother, sister or wife
beaten ("abim annemi dövüyor"); someone with a knife beside a door locked; being followed from
the bus or station, or to a door where he waits; a child alone for days with no food or no one;
a child hit and bleeding from the head; the writer to be married off to a cousin, abroad or with
tickets bought ("babam beni kuzenimle evlendirecek, biletleri aldı"); a daughter to be cut; chest
pain with someone not speaking or fainted; someone beaten to drive out a jinn.

Left alone: a box of pills bought at the chemist, a mother praised, bread cut with a knife behind
a locked door, a follow on Instagram, a child who walks to school alone, a ball kicked, a
cousin's wedding gone to, a son's circumcision, back pain and a sulk, a prayer against a jinn.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A box, pack or bottle of pills swallowed.
_TR_SWALLOWED = r"(?:ictim|yuttum|yedim)\b"
_TR_ALL = r"(?:(?:hepsini|tamamini|birden|bir\s+anda)\s+)?"
# Beaten: a blow only a person gives a person.
_TR_BEATS = (
    r"(?:dovuyor\w*|doviyor\w*|dovdu\w*|dover\w*|dovecek\w*|tekmeliyor\w*|tekmeledi\w*|"
    r"tokatliyor\w*|tokatladi\w*)\b"
)
# A knife held and a door locked; not bread or meat cut.
_TR_KNIFE_HELD = (
    r"\belinde\s+(?:\w+\s+)?bicak\w*|\bbicak\w*\s+(?:\w+\s+)?(?:duruyor|bekliyor|cekti|cekmis|"
    r"salliyor|gosteriyor|tutuyor)\b|\bbicakla\s+(?:\w+\s+)?(?:duruyor|bekliyor|geziyor|kapida)"
)
_TR_DOOR_LOCKED = r"\bkapi\w*\s+(?:\w+\s+)?(?:kilitledi\w*|kilitlemis\w*|kilitli\w*)"
_TR_NOT_COOKING = (
    r"^(?!.*\b(?:ekmek\w*|eti|etleri|kiyma\w*|sogan\w*|domates\w*|meyve\w*|karpuz\w*|pasta\w*|"
    r"kek\w*|salata\w*)\b)"
)
# Followed, with the bus, the station, or waiting at the door or outside.
_TR_FOLLOWED = (
    r"\bpesimde\b|\bpesimden\s+(?:geliyor|geldi|ayrilmiyor)\b|\btakip\s+ed(?:iyor|di|iyorlar)\b"
)
_TR_OUT_THERE = (
    r"\b(?:otobus|durak|istasyon|metro|tren)\w*|\b(?:disarida|kapida|kapinin\s+onunde|"
    r"apartmanin\s+onunde)\s+(?:\w+\s+)?bekliyor\b"
)
_TR_NOT_ONLINE = r"^(?!.*\b(?:insta\w*|instagram\w*|twitter\w*|tiktok\w*|youtube\w*|online)\b)"
# A child alone for days with no food or no one.
_TR_CHILD = r"\b(?:cocu\w*|bebe\w*|kucuk\w*)"
_TR_DAYS = r"\b(?:iki|uc|birkac|2|3)\s+(?:gundur|gun)\b"
_TR_ALONE = r"\byalniz\w*|\btek\s+basina\b"
_TR_NO_FOOD = (
    r"\b(?:yiyecek|yemek)\s+(?:\w+\s+){0,2}(?:yok|kalmadi)\b|\baclik\w*|\bac\s+kal\w*|"
    r"\bkimse\s+yok\b|\bannesi\s+(?:ve\s+babasi\s+)?yok\b|\bagliyor\b"
)
# A child hit and bleeding from the head.
_TR_CHILD_HIT = (
    r"\b(?:cocug[ua]|cocuklara|cocuklari|kizima|kizimi|ogluma|oglumu|bebege|bebegi|kucuge)\s+"
    r"(?:\w+\s+)?(?:vurdu\w*|vuruyor\w*|dovdu\w*|dovuyor\w*|tokat\w*|tekme\w*|firlatti\w*)"
)
_TR_HEAD_BLEEDING = (
    r"\b(?:kafa|bas)\w*\s+(?:\w+\s+)?(?:kan\s+(?:akiyor|geliyor|var)|kaniyor|yarildi|yarilmis)\b|"
    r"\bkafasindan\s+kan\b"
)
# The writer to be married off, with a cousin, abroad, tickets or not wanting to.
_TR_MARRIED_OFF = (
    r"\bbeni\s+(?:\S+\s+){0,4}evlendir(?:ecek|icek|cek|iyor|di|mek)\w*|"
    r"\bevlendirilece\w*|\bevlendiriliyorum\b"
)
_TR_COUSIN_OR_TICKETS = (
    r"\b(?:kuzen\w*|bilet\w*|turkiye\w*|memleket\w*|istemiyorum|teyze\s*ogl\w*|amca\s*ogl\w*|"
    r"hala\s*ogl\w*|dayi\s*ogl\w*)"
)
# A daughter to be cut; not a son's circumcision.
_TR_GIRL_CUT = (
    r"\b(?:kizimi|kizlarimi|kiz\s*kardesimi|torunumu|yegenimi)\s+(?:\w+\s+){0,3}sunnet\s+"
    r"(?:ettir|ed|yap)\w*"
)
# Chest pain with someone not speaking or fainted.
_TR_CHEST_PAIN = r"\bgogs\w*\s+(?:\w+\s+){0,2}(?:agri\w*|sanci\w*|sikisma\w*)|\bgogus\s+agri\w*"
_TR_NOT_SPEAKING = (
    r"\b(?:konusmuyor|konusamiyor|bayildi)\b|\bcevap\s+vermiyor\b|\bbilinci\s+(?:yok|kapali)\b|"
    r"\btepki\s+vermiyor\b"
)
# Beaten to drive out a jinn (not "cinsel", "cinayet").
_TR_JINN = r"\bcin(?:i|ni|ler\w*|in|den|e|li\w*)?\b|\bcinci\w*"
_TR_DRIVE_OUT = r"\b(?:cikar\w*|kov\w*|musallat\w*)"

TURKISH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # a box of pills swallowed, either way round
    r"\b(?:bir|koca|butun\s+bir|tam\s+bir)\s+(?:kutu|paket|sise|serit)\s+(?:\w+\s+)?"
    r"(?:hap|ilac)\w*\s+" + _TR_ALL + _TR_SWALLOWED,
    r"\b(?:hap|ilac)\w*\s+(?:kutusunun|paketinin|sisesinin)\s+(?:hepsini|tamamini)\s+"
    r"(?:ictim|yuttum|aldim)\b",
    # a mother, sister or wife beaten
    r"\b(?:annemi|ablami|kiz\s*kardesimi|kardesimi|esimi|karimi|babaannemi|anneannemi|"
    r"ninemi)\s+(?:\w+\s+){0,2}" + _TR_BEATS,
    # a knife held and a door locked; followed from the bus or to the door
    _TR_NOT_COOKING + every_one_of(_TR_KNIFE_HELD, _TR_DOOR_LOCKED),
    _TR_NOT_ONLINE + every_one_of(_TR_FOLLOWED, _TR_OUT_THERE),
    # a child alone for days; a child hit and bleeding from the head
    "^" + every_one_of(_TR_CHILD, _TR_DAYS, _TR_ALONE, _TR_NO_FOOD),
    "^" + every_one_of(_TR_CHILD_HIT, _TR_HEAD_BLEEDING),
    # married off to a cousin or abroad; a daughter to be cut
    "^" + every_one_of(_TR_MARRIED_OFF, _TR_COUSIN_OR_TICKETS),
    _TR_GIRL_CUT,
    # chest pain and not speaking; beaten over a jinn
    "^" + every_one_of(_TR_CHEST_PAIN, _TR_NOT_SPEAKING),
    "^" + every_one_of(_TR_JINN, _TR_BEATS, _TR_DRIVE_OUT),
)
