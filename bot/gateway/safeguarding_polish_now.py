"""The Polish phrase net's reading of the main kinds said plainly (read by safeguarding_languages
with safeguarding_polish, whose module has no room left). Text has been through
safeguarding_languages.fold, so patterns are read without accents ("nożem" reads "nozem").

It reads a mother or sister beaten now ("mój partner bije teraz moją mamę"); someone standing
with a knife who has locked the door; a child hit and bleeding from the head; the writer to be
married off to a cousin or abroad ("tata chce mnie wydać za kuzyna"); the writer kept locked in
("trzymają mnie zamkniętą"); a daughter to be cut ("chcą obrzezać moją córkę"); chest pain
beside someone who does not speak or respond; someone beaten to drive out a spirit or a demon.
Left alone: applause ("bije brawo mojej mamie"), a cake cut with a knife, a child hit by a
ball in PE, a cousin's wedding abroad, in-laws who keep the writer to dinner, a son's
circumcision, chest pain after the gym, drums beaten to drive out spirits at New Year.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A mother, sister or child beaten now, the verb either side ("bije teraz moją mamę", "mamę
# bije"); not applause ("bije brawo"), a record or a game won ("bije mamę w szachy").
_PL_BEATS = r"(?:bije|bija|leje|tlucze|tluka|kopie|kopia|dusi|szarpie|katuje)"
_PL_MUM_OR_SISTER = (
    r"(?:(?:moja|nasza)\s+)?(?:mame|mamusie|matke|siostre|babcie|corke)|(?:mojego|naszego)\s+"
    r"(?:brata|syna|tate)"
)
_PL_NOW = r"(?:teraz|wlasnie|znowu|znow|w\s+tej\s+chwili|caly\s+czas)"
_PL_NOT_A_BEATING = r"^(?!.*\b(?:brawo|rekord\w*|w\s+(?:szachy|karty|warcaby)|na\s+glowe)\b)"

# Someone standing with a knife ("stoi z nożem", "trzyma nóż") beside a door locked; not a cake
# or bread being cut.
_PL_KNIFE_HELD = (
    r"\b(?:stoi|chodzi|biega|czeka|siedzi|przyszedl|wszedl|wpadl|rzuca\s+sie)\s+(?:\w+\s+){0,2}?"
    r"z\s+(?:\w+\s+)?(?:nozem|nozami|nozykiem|siekiera|maczeta)\b|\b(?:trzyma|wyjal|chwycil|"
    r"wymachuje|ma\s+w\s+reku)\s+(?:\w+\s+)?(?:noz|nozem|siekiere|maczete)\b"
)
_PL_DOOR_LOCKED = (
    r"\b(?:zamknal|zamknela|zamkneli|zamyka|zaryglowal)\s+(?:\w+\s+){0,2}?(?:drzwi|nas|mnie)\b|"
    r"\bdrzwi\s+(?:sa\s+)?zamkniete\s+na\s+klucz\b"
)
_PL_COOKING = r"^(?!.*\b(?:kroi|obiera|siek\w*|chleb\w*|tort\w*|ciast\w*|warzyw\w*|cebul\w*)\b)"

# A child hit and bleeding from the head; not a child hit by a ball with a bruise.
_PL_A_CHILD = (
    r"\b(?:dziecko|dziecku|dziecka|synek|synka|syn|syna|corka|corke|coreczka|coreczke|mala|"
    r"maly|malego|malej|dzieciak\w*|wnuczek|wnuczka|wnuczke)\b"
)
_PL_HIT = (
    r"\b(?:zostal[aoy]?\s+(?:uderzon\w*|pobit\w*)|uderzyl[aoi]?\b(?!\s+sie)|pobil[aoi]?|"
    r"uderzon\w*|pobit\w*|popchnal\w*|rzucil[aoi]?\s+(?:\w+\s+)?w\s+(?:nie|niego|nia))"
)
_PL_HEAD_BLEEDING = (
    r"\bkrwawi\w*\s+(?:\w+\s+)?(?:z\s+)?glow\w*|\bglow\w*\s+(?:\w+\s+)?krwawi\w*|\bkrew\s+"
    r"(?:\w+\s+){0,2}?(?:z\s+)?glow\w*|\b(?:rozbit\w*|rozcie\w*)\s+glow\w*|\bglowe\s+"
    r"(?:\w+\s+)?(?:rozbit\w*|rozcie\w*)"
)

# The writer to be married off ("wydać mnie za", "ożenić mnie z") beside a cousin, abroad,
# tickets or her will; not a cousin's own wedding abroad.
_PL_MARRY_ME_OFF = (
    r"\b(?:wydac|wyda|wydadza|wydaja|wydaje|wydali|wydal|ozenic|ozeni|ozenia|wyswatac)\s+mnie\s+"
    r"(?:za\s+maz\s+)?(?:za|z)\b|\bmnie\s+(?:\w+\s+)?(?:wydac|wydadza|wyda|ozenic)\s+(?:za|z)\b|"
    r"\bzmusza\w*\s+mnie\s+do\s+(?:slubu|malzenstwa)\b"
)
_PL_COUSIN_OR_ABROAD = (
    r"\b(?:kuzyn\w*|za\s+granic\w*|bilet\w*|wbrew\s+(?:mojej\s+)?woli|nie\s+chce|do\s+"
    r"(?:pakistanu|indii|bangladeszu|nigerii|somalii|turcji|afganistanu|iraku|kraju))\b"
)

# The writer kept locked in ("trzymają mnie zamkniętą", "zamykają mnie w domu").
_PL_KEPT_LOCKED = (
    r"\b(?:trzyma|trzymaja|trzymali|trzymal)\s+mnie\s+(?:\w+\s+)?(?:zamknie\w*|zamkniet\w*|"
    r"pod\s+kluczem|w\s+zamknieciu)|\b(?:zamyka|zamykaja|zamykal|zamykali)\s+mnie\s+(?:\w+\s+)?"
    r"(?:w\s+(?:domu|pokoju|mieszkaniu|piwnicy)|na\s+klucz)\b"
)

# A daughter, sister or granddaughter to be cut ("obrzezać moją córkę"); not a son.
_PL_GIRL = r"(?:corke|corki|corka|coreczke|dziewczyn\w*|siostre|wnuczk\w*|mnie|nas)"
_PL_GIRL_CUT = (
    rf"\bobrzez\w*\s+(?:\w+\s+){{0,2}}?{_PL_GIRL}\b|\b{_PL_GIRL}\s+(?:\w+\s+){{0,3}}?obrzez\w*"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_PL_CHEST_PAIN = (
    r"\bbol\w*\s+(?:\w+\s+){0,2}?(?:w\s+)?(?:klatce\s+piersiowej|klatki\s+piersiowej|piersi)\b|"
    r"\bboli\s+(?:\w+\s+)?(?:w\s+)?(?:klatce|klatka|piersi|serce)\b|\bklatka\s+(?:\w+\s+)?boli\b"
)
_PL_NOT_SPEAKING = (
    r"\b(?:nic\s+)?nie\s+(?:mowi|odpowiada|reaguje|moze\s+mowic|odzywa\s+sie)\s*(?:[.!,;]|$|i\b|"
    r"ani\b)|\bstracil\w*\s+mowe\b|\bbelkocze\b"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("biją ją, żeby wypędzić złego
# ducha"); not drums beaten ("biją w bębny").
_PL_BEATS_THEM = (
    r"\b(?:bij[ae]|bija|bili|bil|bila|pobil\w*|leja|lali|katuj\w*|przypalaj\w*|glodz\w*)\s+"
    r"(?:ja|go|mnie|nas|dziecko|corke|syna)\b|\b(?:ja|go|mnie)\s+(?:\w+\s+)?(?:bij[ae]|bija|bili|"
    r"bil|katuj\w*)\b"
)
_PL_SPIRIT = r"\b(?:duch\w*|demon\w*|diabl\w*|diabel|dzin\w*|szatan\w*|opetan\w*|egzorcyz\w*)"

POLISH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _PL_NOT_A_BEATING
    + rf".*\b(?:{_PL_BEATS}\s+(?:{_PL_NOW}\s+)?(?:{_PL_MUM_OR_SISTER})|(?:{_PL_MUM_OR_SISTER})"
    rf"\s+(?:{_PL_NOW}\s+)?{_PL_BEATS})\b",
    _PL_COOKING + every_one_of(_PL_KNIFE_HELD, _PL_DOOR_LOCKED),
    "^" + every_one_of(_PL_A_CHILD, _PL_HIT, _PL_HEAD_BLEEDING),
    "^" + every_one_of(_PL_MARRY_ME_OFF, _PL_COUSIN_OR_ABROAD),
    _PL_KEPT_LOCKED,
    _PL_GIRL_CUT,
    "^" + every_one_of(_PL_CHEST_PAIN, _PL_NOT_SPEAKING),
    "^" + every_one_of(_PL_BEATS_THEM, _PL_SPIRIT),
)
