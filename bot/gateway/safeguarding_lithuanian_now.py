"""The Lithuanian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_lithuanian). Text has been through
safeguarding_languages.fold (no diacritics: "užrakino" reads "uzrakino", "ją" reads "ja").

It reads cutting oneself now with blood that will not stop ("pjaustausi dabar ir kraujas
nesustoja"); a mother or sister beaten ("vyras muša mano mamą"); someone standing with a knife
who has locked the door; a child beaten and bleeding from the head; the writer to be married off
to a cousin or abroad ("nori mane ištekinti už pusbrolio"); the writer kept locked in ("laiko
mane užrakintą"); a daughter to be cut ("nori apipjaustyti dukrą"); chest pain beside someone
who does not speak or respond; someone beaten to drive out a spirit or a demon.
Left alone: onions cut with tears that will not stop, eggs beaten, a cake cut with a knife, a
child hit by a ball, a cousin's wedding abroad, in-laws who treat the writer as a daughter, a
son's circumcision, chest pain after the gym, drums beaten to drive out spirits at New Year.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Cutting oneself ("pjaustausi", "pjaustau save") beside now, again or blood that will not stop.
_LT_CUT_SELF = (
    r"\b(?:pjaustausi|pjausciausi|susipjausciau|persipjoviau|pjaustau\s+save|pjausciau\s+save)\b"
)
_LT_BLOOD_OR_NOW = r"\b(?:kraujas|kraujuoja|kraujo|nesustoja|dabar|vel)\b"

# A mother, sister or child beaten ("muša mano mamą"), after the verb: before it, "mama" is the
# one who does it ("mama muša kiaušinius", mum beats eggs).
_LT_BEATS = r"(?:musa|muse|sumuse|dauzo|spardo|smaugia|stumdo|tampo)"
_LT_MUM_OR_SISTER = (
    r"(?:mano\s+|musu\s+)?(?:mama|mamyte|motina|sese|seseri|mociute|dukra|sunu|broli)"
)

# Someone standing with a knife ("stovi su peiliu") beside a door locked; not a cake being cut.
_LT_KNIFE_HELD = (
    r"\b(?:stovi|vaiksto|laukia|atejo|iejo|sedi|puola)\s+(?:\w+\s+){0,2}?su\s+(?:\w+\s+)?"
    r"(?:peiliu|peiliais|kirviu)\b|\b(?:laiko|issitrauke|grieb\w*|mojuoja)\s+(?:\w+\s+)?"
    r"(?:peili|kirvi|peiliu|kirviu)\b"
)
_LT_DOOR_LOCKED = (
    r"\b(?:uzrakino|uzrakina|uzdare|uzsirakino)\s+(?:\w+\s+){0,2}?(?:duris|mus|mane)\b|\bdurys\s+"
    r"(?:\w+\s+)?uzrakintos\b"
)
_LT_COOKING = r"^(?!.*\b(?:pjausto|tort\w*|duon\w*|darzov\w*|svogun\w*|mes[ao])\b)"

# A child beaten ("vaikas buvo sumuštas") and bleeding from the head; not a child who fell
# ("susitrenkė").
_LT_A_CHILD = r"\b(?:vaik\w*|dukr\w*|sun\w*|kudiki\w*|mazyl\w*|mergait\w*|berniuk\w*|anuk\w*)\b"
_LT_HIT = r"\b(?:sumust\w*|sumuse|primuse|trenke|smoge|partrenk\w*|pastume|sudauz\w*|muse|musa)\b"
_LT_HEAD_BLEEDING = (
    r"\bkraujuoja\s+(?:\w+\s+)?galv\w*|\bgalv\w*\s+(?:\w+\s+)?(?:kraujuoja|kraujuose|"
    r"praskelt\w*)|\bkraujas\s+(?:\w+\s+){0,2}?(?:is\s+)?galvos\b|\bpraskel\w*\s+"
    r"(?:\w+\s+)?galv\w*"
)

# The writer to be married off ("ištekinti mane") beside a cousin, abroad or tickets; not a
# cousin's own wedding abroad.
_LT_MARRY_ME_OFF = (
    r"\b(?:istekin\w*|apvesdin\w*)\s+(?:\w+\s+)?mane\b|\bmane\s+(?:\w+\s+)?(?:istekin\w*|"
    r"apvesdin\w*)|\bpriver\w*\s+(?:mane\s+)?(?:isteketi|tuoktis|vesti)\b"
)
_LT_COUSIN_OR_ABROAD = (
    r"\b(?:pusbrol\w*|pusseser\w*|uzsien\w*|biliet\w*|pries\s+(?:mano\s+)?valia)\b"
)

# The writer kept locked in ("laiko mane užrakintą"); not kept as a daughter.
_LT_KEPT_LOCKED = (
    r"\b(?:laiko|laike|laikys)\s+mane\s+(?:\w+\s+)?(?:uzrakint\w*|uzdaryt\w*|uz\s+spynos)\b"
)

# A daughter, sister or granddaughter to be cut ("apipjaustyti dukrą"); not trees or nails.
_LT_GIRL = r"(?:dukr\w*|mergait\w*|anuke\w*|seser\w*|sese|mane)"
_LT_GIRL_CUT = (
    r"^(?!.*\b(?:med\w*|krum\w*|nag\w*|plauk\w*|gyvator\w*|sak\w*)\b)"
    rf".*(?:\bapipjaust\w*\s+(?:\w+\s+){{0,2}}?{_LT_GIRL}\b|\b{_LT_GIRL}\s+(?:\w+\s+){{0,3}}?"
    r"apipjaust\w*)"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_LT_CHEST_PAIN = (
    r"\bskauda\s+(?:\w+\s+)?krutin\w*|\bkrutin\w*\s+(?:\w+\s+)?skauda\b|\bkrutines\s+skausm\w*|"
    r"\bskausm\w*\s+krutin\w*"
)
_LT_NOT_SPEAKING = (
    r"\b(?:nekalba|nebekalba|neatsako|nereaguoja|negali\s+kalbeti)\s*(?:[.!,;]|$|ir\b)"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("ją muša, kad išvarytų dvasią"); not
# drums beaten ("muša būgnus").
_LT_BEATS_THEM = (
    r"\b(?:musa|muse|dauzo|plaka|sumuse)\s+(?:ja|ji|mane|vaika)\b|\b(?:ja|mane)\s+(?:\w+\s+)?"
    r"(?:musa|muse|dauzo|plaka|sumuse)\b"
)
_LT_SPIRIT = r"\b(?:dvasi\w*|demon\w*|velni\w*|dzin\w*|apsest\w*|egzorc\w*)"

LITHUANIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_LT_CUT_SELF, _LT_BLOOD_OR_NOW),
    rf"\b{_LT_BEATS}\s+(?:dabar\s+|vel\s+)?{_LT_MUM_OR_SISTER}\b",
    _LT_COOKING + every_one_of(_LT_KNIFE_HELD, _LT_DOOR_LOCKED),
    "^" + every_one_of(_LT_A_CHILD, _LT_HIT, _LT_HEAD_BLEEDING),
    "^" + every_one_of(_LT_MARRY_ME_OFF, _LT_COUSIN_OR_ABROAD),
    _LT_KEPT_LOCKED,
    _LT_GIRL_CUT,
    "^" + every_one_of(_LT_CHEST_PAIN, _LT_NOT_SPEAKING),
    "^" + every_one_of(_LT_BEATS_THEM, _LT_SPIRIT),
)
