"""The Albanian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_albanian). Text has been through
safeguarding_languages.fold (no diacritics: "ë" reads "e", "ç" reads "c").

It reads a whole box of tablets just swallowed ("gëlltita një kuti të tërë me hapa"); a mother
or sister beaten now ("po e rreh mamin"); someone standing with a knife who has locked the door;
a man who has followed the writer from a bus or a station and waits outside; a child alone at
home for days without food; a child hit and bleeding from the head; the writer to be married
off to a cousin or abroad ("do të më martojë me kushëririn"); the writer kept locked in ("më
mbajnë të mbyllur"); a daughter to be cut ("do ta rrethpresin vajzën"); chest pain beside
someone who does not speak or respond; someone beaten to drive out a jinn or a spirit.
Left alone: a box of tablets bought, a game won, a cake cut with a knife, a friend who walked
from the bus, a child at home with a temperature, a child hit by a ball, a cousin's wedding
abroad, in-laws who keep the writer informed, a son's circumcision, chest pain after the gym,
a carpet beaten to get the dust out.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A whole box or pack of tablets just swallowed; not one bought.
_SQ_SWALLOWED_A_BOX = (
    r"\b(?:gelltita|piva|kam\s+pire|kam\s+gelltitur|i\s+piva|i\s+gelltita)\s+(?:\w+\s+){0,2}?"
    r"(?:kuti|kutine|pako\w*|paket\w*|shishe|shishen|flete)\s+(?:\w+\s+){0,3}?(?:hap(?:a|at|"
    r"e)|tablet\w*|ilac\w*|barna|barnat)\b"
)

# A mother, sister or child beaten now ("po e rreh mamin"); not a game won.
_SQ_BEATS = r"(?:rreh|rrah|rrahu|rrahin|godet|goditi|qellon|shkelmon|mbyt)"
_SQ_MUM_OR_SISTER = r"(?:mamin|mamane|mamen|nenen|motren|gjyshen|vajzen|djalin|femijet|femijen)"
_SQ_A_GAME = r"^(?!.*\b(?:shah\w*|letra|ndeshj\w*|rekord\w*)\b)"

# Someone standing with a knife ("qëndron me thikë në dorë") beside a door locked; not a cake
# being cut.
_SQ_KNIFE_HELD = (
    r"\b(?:qendron|rri|eshte|erdhi|hyri|vjen|sillet|vertitet)\s+(?:\w+\s+){0,2}?me\s+(?:\w+\s+)?"
    r"(?:thike|thiken|thika|sepate|sopate)\b|\b(?:mban|nxori|kapi|tund)\s+(?:\w+\s+)?(?:thike|"
    r"thiken|sepaten|sopaten)\b"
)
_SQ_DOOR_LOCKED = (
    r"\b(?:mbylli|mbyllur|kyci|kycur)\s+(?:\w+\s+){0,2}?(?:deren|dyert|porten)\b|\bdera\s+"
    r"(?:\w+\s+)?e\s+(?:mbyllur|kycur)\s+me\s+celes\b"
)
_SQ_COOKING = r"^(?!.*\b(?:qeron|buk\w*|tort\w*|perime\w*|qep\w*|mish\w*)\b)"

# A man following the writer now ("po më ndjek") from a bus or a station, or who followed her
# ("më ka ndjekur") and waits outside; not a man who walked the same way from the bus.
_SQ_FOLLOWING = r"\b(?:me|na)\s+(?:po\s+)?ndjek\b|\bpo\s+(?:me|na)\s+ndjek\w*|\bndjek\s+mua\b"
_SQ_FOLLOWED = (
    rf"{_SQ_FOLLOWING}|\b(?:me|na)\s+(?:ka\s+|kane\s+)?(?:ndjekur|ndoqi|ndiqte|ndoqen)\b|"
    r"\bndoqi\s+mua\b"
)
_SQ_FROM = (
    r"\bnga\s+(?:\w+\s+)?(?:autobus\w*|stacion\w*|metro\w*|tren\w*|puna|shkolla|"
    r"dyqan\w*)\b"
)
_SQ_WAITING = (
    r"\b(?:pret|qendron|rri|eshte)\s+(?:\w+\s+)?(?:jashte|poshte|para\s+(?:deres|shtepise|"
    r"pallatit)|te\s+dera|tek\s+dera|ne\s+hyrje)\b"
)
_SQ_A_MAN = r"\b(?:burre|burri|djale|dikush|panjohur|tip|mashkull)\b"

# A child alone at home for days without food; not a child at home with a temperature.
_SQ_A_CHILD = r"\b(?:femij\w*|djal\w*|vajz\w*|foshnj\w*|cun\w*|goc\w*|nip\w*|mbes\w*)"
_SQ_ALONE = r"\b(?:vetem|vetme|lene\s+vetem|i\s+lene|e\s+lene)\b"
_SQ_FOR_DAYS = (
    r"\b(?:dy|tre|kater|pese|disa|\d+)\s+(?:dite|ditesh|dit|dite\s+me\s+radhe)\b|"
    r"\bqe\s+nga\s+dje\b"
)
_SQ_NO_FOOD = (
    r"\bpa\s+(?:ushqim|buke|ngrene)\b|\b(?:nuk|s'?)\s*(?:ka|kane)\s+(?:ngrene|ushqim|buke)\b|"
    r"\b(?:i|e)\s+uritur\b"
)

# A child hit and bleeding from the head; not a child hit by a ball with a bruise.
_SQ_HIT = r"\b(?:goditen|goditi|rrahen|rrahu|qelloi|qelluan|shtyu|shtyne)\b"
_SQ_HEAD_BLEEDING = (
    r"\bgjak\s+(?:\w+\s+){0,2}?nga\s+koka\b|\bkoka\s+(?:\w+\s+)?(?:gjak|pergjakur|e\s+carur)\b|"
    r"\bcar\w*\s+(?:\w+\s+)?koken\b"
)

# The writer to be married off ("do të më martojë") beside a cousin, abroad or tickets; not a
# cousin's own wedding abroad, nor the Gheg infinitive "me u martu" (to marry).
_SQ_MARRY_ME_OFF = r"\b(?:me|na)\s+(?:martoj\w*|martuan|martoi|fejoj\w*|fejuan|fejoi)\b"
_SQ_COUSIN_OR_ABROAD = (
    r"\b(?:kusheri\w*|jashte\s+(?:shtetit|vendit)|bilet\w*|me\s+(?:force|zor)|pa\s+deshiren\s+"
    r"time)\b"
)

# The writer kept locked in ("më mbajnë të mbyllur"); not kept informed.
_SQ_KEPT_LOCKED = (
    r"\b(?:me|na)\s+(?:mbajne|mban|mbajten|mbajti|kane\s+mbajtur)\s+(?:te\s+)?(?:mbyllur|"
    r"mbyllura|"
    r"kycur|brenda\s+me\s+celes)\b"
)

# A daughter, sister or granddaughter to be cut ("do ta rrethpresin vajzën", "synet"); not a son.
_SQ_GIRL = r"(?:vajz\w*|goc\w*|mbes\w*|motr\w*|mua)"
_SQ_CUT = r"(?:rrethpre\w*|synet\w*)"
_SQ_GIRL_CUT = (
    rf"\b{_SQ_CUT}\s+(?:\w+\s+){{0,2}}?{_SQ_GIRL}\b|\b{_SQ_GIRL}\s+(?:\w+\s+){{0,3}}?{_SQ_CUT}"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_SQ_CHEST_PAIN = (
    r"\b(?:dhimbje|dhemb|dhembje)\s+(?:\w+\s+){0,2}?(?:gjoks\w*|zemr\w*)|\bgjoks\w*\s+"
    r"(?:\w+\s+)?(?:i\s+|me\s+)?dhemb\b"
)
_SQ_NOT_SPEAKING = (
    r"\b(?:nuk|s'?)\s*(?:flet|pergjigjet|reagon|mund\s+te\s+flas[ei])\s*(?:[.!,;]|$|dhe\b)"
)

# Someone beaten to drive out a jinn or a spirit ("e rrahin për të nxjerrë xhinin"); not a
# carpet beaten for the dust.
_SQ_BEATS_THEM = r"\b(?:e|i|me|na)\s+(?:rrahin|rreh|rrahen|rrahu|godasin|goditen)\b"
_SQ_SPIRIT = r"\b(?:xhin\w*|shpirt\w*\s+(?:\w+\s+)?keq\w*|demon\w*|djall\w*|shejtan\w*|magji\w*)"

ALBANIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _SQ_SWALLOWED_A_BOX,
    _SQ_A_GAME + rf".*\b{_SQ_BEATS}\s+(?:\w+\s+)?{_SQ_MUM_OR_SISTER}\b",
    _SQ_COOKING + every_one_of(_SQ_KNIFE_HELD, _SQ_DOOR_LOCKED),
    "^" + every_one_of(_SQ_A_MAN, _SQ_FOLLOWING, _SQ_FROM),
    "^" + every_one_of(_SQ_A_MAN, _SQ_FOLLOWED, _SQ_WAITING),
    "^" + every_one_of(_SQ_A_CHILD, _SQ_ALONE, _SQ_FOR_DAYS, _SQ_NO_FOOD),
    "^" + every_one_of(_SQ_A_CHILD, _SQ_HIT, _SQ_HEAD_BLEEDING),
    "^" + every_one_of(_SQ_MARRY_ME_OFF, _SQ_COUSIN_OR_ABROAD),
    _SQ_KEPT_LOCKED,
    _SQ_GIRL_CUT,
    "^" + every_one_of(_SQ_CHEST_PAIN, _SQ_NOT_SPEAKING),
    "^" + every_one_of(_SQ_BEATS_THEM, _SQ_SPIRIT),
)
