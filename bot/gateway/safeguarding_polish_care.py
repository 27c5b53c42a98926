"""The Polish phrase net's readings of an older or disabled adult in danger and of an accident
outdoors now (read by safeguarding_languages with safeguarding_polish, whose module has no room
left). Text has been through safeguarding_languages.fold, so patterns are read without accents.

It reads a carer who shouts at, hits, leaves dirty or does not feed the person cared for, with
fear or the carer coming again; an older parent or grandparent on the phone or at the door with
someone "from the bank" or "the police" who tells them to move savings to a "safe account" or
hand over a card or code; a person hit by a car who is not breathing, unconscious, bleeding or
lying still; a person collapsed and not breathing; a dog biting or set upon a person now.
Left alone: a carer praised or coming tomorrow, savings moved to a deposit account, someone
bumping into the writer in a queue, a dog chewing a bone or a slipper.
Also a drink spiked or waking undressed at a stranger's, now or just past (not ice or sugar put
in a drink), a drunk or senseless friend led off by strangers (not taken home by her partner), a
home stoned or its windows broken with the attackers shouting or still outside (not a ball
through a window), and someone beaten for speaking Polish or being foreign (not a record beaten).
Also someone not opening the door or answering for days, seen lying on the floor or left with no
heating in a frost (not someone away for the holidays, nor a dog on the floor).
Also someone lying on the floor whom the writer cannot lift or who does not answer (not a
grandmother on the floor at play who does not answer messages), and someone who cannot walk left
alone with no food or no way in (not someone who does not go fishing, left with a full fridge).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A carer, and what they do to the person cared for.
_PL_CARER = r"\b(?:opiekun\w*|piel[eę]gniark\w*)"
_PL_CARER_HARM = (
    r"\bkrzycz\w*\s+na\s+(?:ni[aą]|niego|mam[eę]|tat[eę]|babci[eę]|dziadka)\b|"
    r"\b(?:bije|uderzy\w*|szarpie|popycha|wyzywa)\s+(?:j[aą]|go|mam[eę]|tat[eę]|babci[eę]|"
    r"dziadka)\b|\b(?:zostawia|zostawi\w*)\s+(?:j[aą]|go)\s+(?:\w+\s+)?(?:brudn\w*|mokr\w*|"
    r"w\s+brudzie|w\s+pieluszce|bez\s+jedzenia|bez\s+picia)|"
    r"\bnie\s+(?:karmi|daje\s+(?:j[eę]|mu)?\s*jeść|myje|przewija)\b"
)
_PL_FEAR_OR_AGAIN = (
    r"\bboi\s+si[eę]|\bsi[eę]\s+(?:\w+\s+)?boi\b|\bjutro\b|\bznowu\b|\bznow\b|\bdzi[sś]\b|"
    r"\bciągle\b|\bcodziennie\b|\bcały\s+dzie[nń]\b"
)
# An older parent or grandparent, told to move savings or hand over a card or code.
_PL_ELDER = (
    r"\b(?:tata|taty|tato|ojciec|mama|mamy|matka|babcia|babci|dziadek|dziadka|te[sś]ciowa|"
    r"te[sś]ć|senior\w*|(?:\d{2}\s+lat))\b"
)
_PL_SCAM = (
    r"\bbezpieczn\w*\s+kont\w*|\b(?:każą|kazali|kazał|kaze|kazą)\s+(?:\w+\s+)?(?:przela|"
    r"wypłaci|poda|odda|da[cć])\w*|\b(?:poda[lł]\w*|podaje|dyktuje)\s+(?:\w+\s+)?"
    r"(?:kod\w*|pin\w*|has[lł]\w*)\b|\b(?:oddał\w*|odda[cćje]\w*)\s+(?:\w+\s+)?kart\w*"
)
_PL_NOW = (
    r"\bteraz\b|\bw[lł]a[sś]nie\b|\bnie\s+chce\s+si[eę]\s+roz[lł][aą]czy[cć]|"
    r"\bna\s+telefonie\b|\bprzy\s+drzwiach\b|\bstoi\s+(?:\w+\s+)?pod\s+drzwiami\b"
)
# Hit by a car, or collapsed, and not breathing, unconscious, bleeding or lying still.
_PL_HIT = (
    r"\b(?:potr[aą]ci\w*|przejecha[lł]\w*|potr[aą]con\w*|wjecha[lł]\w*\s+w\s+(?:\w+\s+)?"
    r"(?:rowerzyst\w*|pieszego|pieszą|dziecko|człowieka|kobiet\w*|mężczyzn\w*))"
)
_PL_COLLAPSED = r"\b(?:upad[lł]\w*|zas[lł]ab[lł]\w*|przewr[oó]ci[lł]\w*\s+si[eę]|leży)\b"
_PL_NOT_BREATHING = r"\bnie\s+oddycha\w*|\bnieprzytomn\w*|\bnie\s+daje\s+oznak\s+[zż]ycia"
_PL_BLEEDING_OR_STILL = r"\bkrwawi\w*|\bdu[zż]o\s+krwi\b|\bnie\s+rusza\s+si[eę]|\bleży\b"
_PL_GRAVE = f"{_PL_NOT_BREATHING}|{_PL_BLEEDING_OR_STILL}"
# A dog biting or set upon a person now.
_PL_DOG = r"\b(?:pies|psa|psy|pitbull\w*|amstaff\w*)\b"
_PL_DOG_ATTACK = (
    r"\b(?:rzuci[lł]\w*\s+si[eę]\s+na|gryzie|pogryz[lł]\w*|zaatakowa[lł]\w*|atakuje|"
    r"ugryz[lł]\w*)\s+(?:\w+\s+){0,2}(?:ch[lł]op\w*|dziec\w*|dziewczyn\w*|kobiet\w*|"
    r"m[eę][zż]czyzn\w*|cz[lł]owiek\w*|mnie|syna|c[oó]rk[eę]|starsz\w*|pani[aą]|pana)\b"
)
_PL_ATTACK_NOW = (
    r"\bgryzie\b|\bkrew\b|\bkrwawi\w*|\bnie\s+daje\s+rady\b|\bodci[aą]gn\w*|\bpomoc\w*|"
    r"\bratunku\b|\bszarpie\b"
)

POLISH_CARE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_PL_CARER, _PL_CARER_HARM, _PL_FEAR_OR_AGAIN),
    "^" + every_one_of(_PL_ELDER, _PL_SCAM, _PL_NOW),
    "^" + every_one_of(_PL_HIT, _PL_GRAVE),
    "^" + every_one_of(_PL_COLLAPSED, _PL_NOT_BREATHING),
    "^" + every_one_of(_PL_DOG, _PL_DOG_ATTACK, _PL_ATTACK_NOW),
)

# A drink spiked or waking undressed at a stranger's ("ktoś mi coś dosypał do drinka"), with a
# sign it is now or just happened; a drunk or barely conscious friend led off by a stranger. Not
# sugar put in a coffee, nor a friend taken home by her partner.
_PL_SPIKED = (
    r"\b(?:mi|jej|mu|nam|ci|jemu)\s+(?:cos|czegos)\s+dosypa\w*|\b(?:cos|czegos)\s+"
    r"(?:mi|jej|mu|nam|ci)\s+dosypa\w*|\bdosypa\w*\s+(?:mi|jej|mu|nam|ci)\s+(?:cos|czegos)\b|"
    r"\btabletk\w*\s+gwaltu\b|\bobudzi\w*\s+sie\s+(?:\w+\s+){0,4}(?:bez\s+ubrania|nag[aio])\b"
)
_PL_JUST_NOW = r"\b(?:nadal|wciaz|dalej|teraz|wczoraj|dzis|boje|nie\s+pamietam|ciagle)\b"
_PL_INCAPACITATED = (
    r"\b(?:pijan[aey]|nieprzytomn\w*|odurzon\w*|nacpan\w*)\b|"
    r"\bledwo\s+(?:chodzi|stoi|kontaktuje)\b"
)
_PL_LED_OFF = (
    r"\b(?:jakis|jakies|jacys|obcy|nieznajomy|nieznany)\s+(?:\w+\s+)?(?:typ|typy|facet|faceci|"
    r"gosc|goscie|gosciu|koles|kolesie|mezczyzna|chlopak)\s+(?:\w+\s+){0,2}"
    r"(?:wyprowadza|zabiera|ciagn|wciaga|wyciaga|prowadz|wsadza|niesie|niosa)\w*"
)
POLISH_CARE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cukr\w*|kaw\w*|herbat\w*)\b)" + every_one_of(_PL_SPIKED, _PL_JUST_NOW),
    "^" + every_one_of(_PL_INCAPACITATED, _PL_LED_OFF),
)

# A home attacked now with a slur shouted or the attackers still outside ("wybili nam okno
# cegłą", "stoją pod domem"); someone beaten for speaking Polish or for where they are from. Not
# a ball through a window, nor a record beaten.
_PL_HOME_ATTACKED = (
    r"\b(?:wybil\w*|wybija\w*|rzuca\w*|podpal\w*)\s+(?:\w+\s+){0,2}(?:okn\w*|szyb\w*|"
    r"kamieni\w*|cegl\w*|dom\w*|drzwi)\b"
)
_PL_STILL_OUTSIDE = (
    r"\bkrzycz\w*|\bwypierdala\w*|\b(?:dalej|nadal|wciaz)\s+(?:\w+\s+)?stoj\w*|\bpod\s+domem\b"
)
_PL_BEATS_SOMEONE = (
    r"\b(?:bije|bija|kopie|kopia|leje|leja|atakuje|atakuja|napada\w*)\s+(?:\w+\s+)?(?:chlopak\w*|"
    r"dziewczyn\w*|kobiet\w*|facet\w*|mezczyzn\w*|go|ja|ich|nas|mnie|syn\w*|cork\w*|pana|pania|"
    r"kogos|czlowiek\w*|starsz\w*)\b"
)
_PL_FOR_WHO_THEY_ARE = (
    r"\bpo\s+polsku\b|\bpolak\w*\b|\bcudzoziem\w*|\bobcokraj\w*|\bza\s+to\s+ze\b|"
    r"\bbo\s+(?:\w+\s+)?(?:mowi|jest|rozmawia)\w*"
)
POLISH_CARE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bpilk\w*)" + every_one_of(_PL_HOME_ATTACKED, _PL_STILL_OUTSIDE),
    r"^(?!.*\brekord\w*)" + every_one_of(_PL_BEATS_SOMEONE, _PL_FOR_WHO_THEY_ARE),
)

# Someone not opening the door or answering for days ("nie otwiera drzwi od trzech dni"), beside
# them seen lying on the floor or no heating in a frost; not someone away for the holidays, nor
# a dog lying on the floor.
_PL_UNANSWERED_DAYS = (
    r"\bnie\s+(?:otwiera|odbiera|odpowiada|wychodzi|odzywa\s+sie)\s+(?:\w+\s+){0,3}?od\s+"
    r"(?:\w+\s+)?(?:dni|dnia|doby|tygodni\w*)\b|\bod\s+(?:\w+\s+)?(?:dni|dnia|doby)\s+"
    r"(?:\w+\s+)?nie\s+(?:otwiera|odbiera|odpowiada|wychodzi|odzywa\s+sie)\b"
)
_PL_ON_THE_FLOOR = r"\blez[yaą]\w*\s+(?:\w+\s+)?na\s+(?:podlodze|ziemi|dywanie)\b"
_PL_NO_HEATING = (
    r"\bnie\s+(?:dziala|ma)\s+(?:\w+\s+)?(?:ogrzewani\w*|kaloryfer\w*|piec\w*|grzani\w*)|"
    r"\b(?:ogrzewani\w*|kaloryfer\w*|piec)\s+(?:\w+\s+)?(?:nie\s+dziala|zepsu\w*|padl\w*)"
)
_PL_FROST = r"\b(?:mroz\w*|minus\w*|zimn\w*|lodowat\w*|zamarz\w*)"
POLISH_CARE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pies|psa|kot|kota|piesek)\b)"
    + every_one_of(_PL_UNANSWERED_DAYS, _PL_ON_THE_FLOOR),
    "^" + every_one_of(_PL_UNANSWERED_DAYS, _PL_NO_HEATING, _PL_FROST),
)

# A parent or other person lying on the floor whom the writer cannot lift or who does not
# answer or move ("leży na podłodze, nie mogę jej podnieść"); not someone lying on the floor to
# play or stretch who does not answer messages.
_PL_CANNOT_LIFT_OR_SILENT = (
    r"\bnie\s+(?:moge|mozemy|dam\s+rady|dajemy\s+rady)\s+(?:jej|go|ich)\s+(?:\w+\s+)?"
    r"podnie\w*|\bnie\s+(?:odpowiada|reaguje|odzywa\s+sie)\b(?!\s+na\b)|\bnie\s+rusza\s+sie\b"
)
_PL_AT_PLAY = r"^(?!.*\b(?:pies|psa|kot|kota|bawi\w*|zabaw\w*|cwicz\w*|jog\w*|trening\w*)\b)"
# Someone who cannot walk or get up, left alone by the one who looks after them, with no food,
# the door locked or no way in ("zostawił tatę samego na weekend, tata nie chodzi, nie ma
# jedzenia"); not someone who does not go to work or to matches left alone with a full fridge.
_PL_LEFT_ALONE = r"\bzostawi\w*\s+(?:\w+\s+){0,2}?(?:sam[aey]?|samego|bez\s+opieki)\b"
_PL_CANNOT_WALK = (
    r"\bnie\s+chodzi\b(?!\s+(?:do|na|w|we|po|z|ze|juz\s+(?:do|na))\b)|\bnie\s+wstaje\b"
    r"(?!\s+(?:do|na)\b)|\bnie\s+(?:moze|potrafi)\s+(?:chodzic|wstac)\b|\blezac\w*|"
    r"\bna\s+wozku\b|\bsparalizowan\w*|\bprzykut\w*\s+do\s+lozka\b"
)
_PL_NO_FOOD_OR_NO_WAY_IN = (
    r"\bnie\s+ma\s+(?:nic\s+do\s+)?(?:jedzenia|jesc|picia|wody|lekow)\b|\bbez\s+(?:jedzenia|"
    r"picia|wody|lekow)\b|\bnie\s+(?:moge|mozemy)\s+sie\s+(?:tam\s+|do\s+niego\s+|do\s+niej\s+)?"
    r"dostac\b"
)
POLISH_CARE_PHRASES += (  # i18n-exempt: input
    _PL_AT_PLAY + every_one_of(_PL_ON_THE_FLOOR, _PL_CANNOT_LIFT_OR_SILENT),
    "^" + every_one_of(_PL_LEFT_ALONE, _PL_CANNOT_WALK, _PL_NO_FOOD_OR_NO_WAY_IN),
)
