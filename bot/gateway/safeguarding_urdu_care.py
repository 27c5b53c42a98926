"""The Urdu phrase net's readings of an older or disabled adult in danger and of an accident
outdoors now (read by safeguarding_languages with safeguarding_urdu, whose module has no room
left), in Urdu script and in the Latin spelling (Roman Urdu, Hinglish). Text has been through
safeguarding_languages.fold.

It reads an older parent or grandparent alone or left by a carer who is on the floor, not
waking or not making sense; someone with dementia gone missing from home; a stranger at an
older parent's door "from the bank" being handed a card or told a PIN; a person fallen into
water and not coming out; a person fallen on the railway line with a train coming; a person hit
by a car or collapsed who is bleeding, not conscious or not breathing.
Left alone: a grandmother alone watching television with the carer coming later, dementia
named with a doctor's visit, a card taken to the bank by a parent, a phone dropped in water or
on the line, a car dented, a nosebleed.
Also too much insulin or medicine given or taken by mistake, beside someone not coming round,
not breathing or the ambulance not yet come; left alone: an overdose told as past, with the
person well and awake.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# An older parent or grandparent, or an older person.
_UR_ELDER = (
    r"\b(?:nani|nana|dadi|dada|nanu|dadu|ammi|ami|abbu|abu|abba|amma|ammaan|walid\w*|"
    r"buzurg)\b|نانی|نانا|دادی|دادا|امی|ابو|ابا|اماں|والد|بزرگ"
)
# Alone, or the carer did not come.
_UR_LEFT_ALONE = (
    r"\b(?:carer|caretaker|career)\b.{0,24}?\b(?:didn'?t|did\s+not|nahi|nahin|nai|not)\b|"
    r"\b(?:akeli|akele|alone)\b|اکیلی|اکیلے|کیئرر\s+نہیں"
)
# On the floor, not conscious or not making sense.
_UR_DOWN_NOW = (
    r"\bon\s+the\s+floor\b|\b(?:floor|zameen|zamin)\s+(?:pe|par|pay|per)\b|"
    r"\bnot\s+making\s+sense\b|\bhosh\s+(?:nahi|nahin|nai|mein\s+nahi)\b|\bbehosh\b|"
    r"\b(?:uth|utth)\s+nahi\b|\bcan'?t\s+get\s+up\b|فرش\s+پر|زمین\s+پر|بے\s*ہوش|ہوش\s+نہیں|"
    r"اٹھ\s+نہیں"
)
# Dementia, and gone missing ("ghar se gayab hain", "لاپتہ").
_UR_DEMENTIA = (
    r"\b(?:dementia|demensia|alzheimer\w*|bhoolne\s+ki\s+bimari)\b|ڈیمنشیا|بھولنے\s+کی\s+بیماری"
)
_UR_MISSING = (
    r"\b(?:gayab|ghayab|ghaib|lapata|laapata)\b|\bkho\s+ga(?:ye|yi|ya|e)\b|"
    r"\bnahi\s+mil\s+(?:rahe|rahi|raha)\b|\bghar\s+se\s+(?:nikal|chal)\s+(?:ga|pa)\w*|"
    r"غائب|لاپتہ|نہیں\s+مل\s+رہ|گھر\s+سے\s+نکل"
)
# Someone claiming to be from the bank, and a card handed over or a PIN told.
_UR_BANK_CALLER = (
    r"\bbank\s+se\s+(?:aa?ya|aaye|aye|aayi|hoon|hun|hu|bol)\w*|\bbank\s+wala\b|"
    r"بینک\s+سے\s+(?:آیا|آئے|ہوں|بول)"
)
_UR_CARD_GIVEN = (
    r"\b(?:card|pin|paise|cash|zewar)\s+(?:\w+\s+){0,2}(?:de|bata|dikha)\s+(?:d|rah|rh)\w*|"
    r"کارڈ\s+(?:\S+\s+)?دے|پن\s+(?:\S+\s+){0,2}بتا"
)
# A child or other person (not a thing) who has fallen into water and is not coming out.
_UR_PERSON = (
    r"\b(?:bacha|bachcha|bacchi|bachi|beta|beti|larka|ladka|larki|ladki|aadmi|admi|banda|"
    r"aurat|buzurg)\b|بچہ|بچی|لڑکا|لڑکی|آدمی|بندہ|عورت|بزرگ"
)
_UR_IN_WATER = (
    r"\b(?:pani|paani|nadi|darya|dariya|nehar|nahar|canal|lake|pool|river)\s+(?:\w+\s+)?"
    r"(?:mein|me|main|mai)\s+(?:gir|doob|dub|beh)\w*|\b(?:doob|dub)\s+(?:raha|rahi|gaya|gayi)\b|"
    r"(?:پانی|نہر|دریا|جھیل)\s+میں\s+(?:گر|ڈوب|بہہ)|ڈوب\s+(?:رہا|رہی|گیا|گئی)"
)
_UR_NOT_OUT = (
    r"\b(?:nahi|nahin|nai)\s+nikal|\bbahar\s+nahi\b|\b(?:jaldi|madad|help|bachao)\b|\bdoob|"
    r"نہیں\s+نکل|جلدی|مدد|بچاؤ|ڈوب"
)
# A person fallen on the railway line, with a train coming or no one helping.
_UR_ON_TRACK = (
    r"\b(?:patri|patree|track|tracks)\s+(?:pe|par|pay|per)\s+(?:gir|kood|kud|lait|let)\w*|"
    r"پٹری\s+(?:پر|پہ)\s+(?:گر|کود|لیٹ)"
)
_UR_TRAIN_NOW = (
    r"\btrain\s+(?:aa?\s+(?:rahi|rhi)|aane\s+wali)\b|\bkoi\s+kuch\s+nahi\b|"
    r"\b(?:madad|jaldi|help)\b|ٹرین\s+آ\s+رہی|مدد|جلدی"
)
# Hit by a car, an accident or a collapse, and bleeding, not conscious or not breathing now.
_UR_STRUCK = (
    r"\b(?:gaa?ri|gaa?di|car|bus|truck|bike)\s+(?:ne\s+)?(?:\w+\s+){0,2}"
    r"(?:maar|takkar|takar|thok|kuchal)\w*|\b(?:hadsa|haadsa)\b|"
    r"گاڑی\s+(?:نے\s+)?(?:\S+\s+)?(?:مار|ٹکر|کچل)|حادثہ|ایکسیڈنٹ"
)
_UR_UNCONSCIOUS = r"\bbehosh\b|بے\s*ہوش"
_UR_HIT_OR_DOWN = (
    _UR_STRUCK
    + "|"
    + _UR_UNCONSCIOUS
    + r"|\bgir\s+(?:ga(?:ye|yi|ya|e)|pa(?:re|ri|ra|de|di|da))\b|گر\s+(?:گئے|گئی|گیا|پڑے|پڑی|پڑا)"
)
_UR_GRAVE_NOW = (
    r"\bkhoon\s+(?:\w+\s+)?(?:beh|bah|nikal)\w*|\bhosh\s+(?:nahi|nahin|nai)\b|"
    r"\bsaa?ns\s+(?:nahi|nahin|nai)\s+(?:le|aa)\w*|\bhil\s+nahi\b|"
    r"خون\s+(?:\S+\s+)?(?:بہہ|بہ|نکل)|ہوش\s+نہیں|سانس\s+نہیں|ہل\s+نہیں"
)
_UR_NOT_A_NOSEBLEED = r"^(?!.*(?:ناک|\b(?:naak|nak|nose|nakseer)\b))"

URDU_CARE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_UR_ELDER, _UR_LEFT_ALONE, _UR_DOWN_NOW),
    "^" + every_one_of(_UR_DEMENTIA, _UR_MISSING),
    "^" + every_one_of(_UR_ELDER, _UR_BANK_CALLER, _UR_CARD_GIVEN),
    "^" + every_one_of(_UR_PERSON, _UR_IN_WATER, _UR_NOT_OUT),
    "^" + every_one_of(_UR_PERSON, _UR_ON_TRACK, _UR_TRAIN_NOW),
    _UR_NOT_A_NOSEBLEED + every_one_of(_UR_HIT_OR_DOWN, _UR_GRAVE_NOW),
    "^" + every_one_of(_UR_STRUCK, _UR_UNCONSCIOUS),
)

# Too much insulin or medicine given or taken by mistake ("zyada insulin de diya", "زیادہ
# انسولین دے دی"), beside someone not coming round, not breathing or the ambulance not yet come;
# not an overdose told as past with the person well and awake ("ab theek hain, hosh mein hain").
_UR_TOO_MUCH_GIVEN = (
    r"\b(?:zyada|ziada|zada|ziyada|double|ghalti\s+se)\s+(?:\w+\s+)?(?:insulin|dawai|dawa|"
    r"goliyan|goli)\s+(?:\w+\s+)?(?:de\s+(?:di|diya|diye|dia)|kha\s+(?:li|liya|lin)|le\s+"
    r"(?:li|liya))\b|(?:زیادہ|غلطی\s+سے)\s+(?:\S+\s+)?(?:انسولین|دوائی|دوا|گولیاں)\s+"
    r"(?:\S+\s+)?(?:دے\s+(?:دی|دیا)|کھا\s+(?:لی|لیں))"
)
_UR_NOT_COMING_ROUND = (
    r"\bhosh\s+(?:mein|me|main|mai)\s+(?:nahi|nahin|nai)\s+(?:aa|a)\s+(?:rahi|raha|rahe)\b|"
    r"\bambulance\s+(?:abhi\s+tak\s+)?(?:nahi|nahin|nai)\s+(?:aayi|ayi|aai|pohanchi)\b|"
    r"\b(?:saans|sans)\s+(?:nahi|nahin|nai)\s+(?:le|aa)\s+(?:rahi|raha|rahe)\b|"
    r"ہوش\s+(?:میں\s+)?نہیں\s+آ|سانس\s+نہیں\s+(?:لے|آ)|ایمبولینس\s+(?:ابھی\s+تک\s+)?نہیں\s+آئی"
)
URDU_CARE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_TOO_MUCH_GIVEN, _UR_NOT_COMING_ROUND),
)
