"""The Urdu phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_urdu, whose modules have no room left), in Urdu script
and in the Latin spelling people text in. Text has been through safeguarding_languages.fold.

It reads a diabetic whose sugar has dropped: diabetes named beside talk that makes no sense or
odd behaviour and a second sign (soaked in sweat, shaking, not eating, not waking) ("شوہر کو
شوگر ہے، پسینے میں بھیگے ہوئے ہیں، الٹی سیدھی باتیں کر رہے ہیں"); and chest pain now that
goes into the arm or the jaw, or comes with sweat ("abbu ko seene mein dard ho raha hai jo left
arm tak ja raha hai").
Also a coal or charcoal burner, a gas heater or a generator lit indoors, in a garage or a shut
room, beside someone who does not answer or wake ("garage mein koyle ki angithi jala ke so raha
hai, phone nahi utha raha"); left alone: a burner lit in the courtyard and all well.
Left alone: diabetes with sweat after the gym or in the heat and no odd talk, sugar checked at
the clinic, chest pain told as gone by, last week's or sorted at the hospital.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_UR_DIABETES = (
    r"\b(?:sugar|shugar|diabetes|diabetic|sugar\s+ke\s+mareez)\b|شوگر|ذیابیطس|شوگر\s+کے\s+مریض"
)
_UR_ODD_TALK = (
    r"الٹی\s+سیدھی\s+باتیں|بہکی\s+بہکی|بے\s+تکی\s+باتیں|عجیب\s+(?:باتیں|حرکتیں)|کچھ\s+سمجھ\s+نہیں"
    r"|پہچان\s+نہیں|\b(?:ulti\s+seedhi|ulti\s+sidhi|behki\s+behki|ajeeb)\s+(?:baatein|batein|"
    r"baaten|harkatein)\b|\bpehchan\s+(?:nahi|nahin)\b"
)
_UR_SWEAT = r"پسین|\b(?:paseen|pasin|sweat)\w*"
_UR_SHAKING = r"کانپ|\b(?:kaanp|kanp)\w*"
_UR_NOT_EATING = (
    r"کھانے\s+کو\s+تیار\s+نہیں|کچھ\s+نہیں\s+کھا|\bkuch\s+(?:nahi|nahin)\s+kha\w*|"
    r"\bkhane\s+ko\s+tayyar\s+(?:nahi|nahin)\b"
)
_UR_NOT_WAKING = r"اٹھ\s+نہیں\s+رہ|ہوش\s+میں\s+نہیں|بے\s+ہوش|\b(?:utth?\s+nahi|behosh)\b"
_UR_GONE_BY = (
    r"پچھلے\s+(?:ہفتے|مہینے|سال)|ٹھیک\s+ہو\s+گئ|اب\s+ٹھیک|کل\s+رات\s+تھ|جم\s+سے|گرمی|"
    r"\b(?:pichl[ea]\s+(?:hafte|mahine|saal)|theek\s+ho\s+gay\w*|ab\s+theek|gym|workout|"
    r"exercise|garmi)\b"
)

_UR_CHEST_PAIN = (
    r"سینے\s+میں\s+(?:\S+\s+){0,2}درد|\b(?:seen[ea]|sine|chest|chhati|chaati)\s+(?:mein|me|main|"
    r"mai)?\s*(?:\w+\s+){0,2}(?:dard|pain)\b"
)
_UR_SPREADING = (
    r"بازو|جبڑ|کندھ|\b(?:arm|jaw|baazu|bazu|jabr[ae]|kandh[ea])\b|پسین|\b(?:paseen|pasin|"
    r"sweat)\w*"
)
_UR_HAPPENING = (
    r"ہو\s+رہا\s+ہے|ہو\s+رہی\s+ہے|جا\s+رہا\s+ہے|\b(?:ho\s+ra(?:ha|h)\s+hai|ja\s+ra(?:ha|h)\s+hai|"
    r"aa\s+ra(?:ha|h)\s+hai|kya\s+karun|kia\s+karun|kya\s+karoon)\b|کیا\s+کروں"
)

URDU_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*(?:{_UR_GONE_BY}))"
    + every_one_of(_UR_DIABETES, _UR_ODD_TALK)
    + any_two_of(_UR_ODD_TALK, _UR_SWEAT, _UR_SHAKING, _UR_NOT_EATING, _UR_NOT_WAKING),
    rf"^(?!.*(?:{_UR_GONE_BY}))" + every_one_of(_UR_CHEST_PAIN, _UR_SPREADING, _UR_HAPPENING),
)

# A coal or charcoal burner, a gas heater or a generator lit indoors, in a garage or a shut room,
# beside someone who does not answer or wake; not a burner lit in the courtyard and all well.
_UR_FUMES = (
    r"\b(?:angithi|angeethi|anghithi|koyle|koyla|koile|koila|charcoal|generator|gas\s+heater)\b|"
    r"انگیٹھی|کوئلے|کوئلہ|جنریٹر|गैस\s+हीटर|अंगीठी|कोयले|कोयला|जनरेटर"
)
_UR_INDOORS = (
    r"\b(?:andar|garage|garaj|kamre|kamra|kamray|band\s+kamr\w*)\b|اندر|گیراج|کمرے|"
    r"अंदर|गैराज|कमरे"
)
_UR_NO_ANSWER = (
    r"\b(?:phone|fone|call)\s+(?:\w+\s+)?(?:nahi|nahin|nai)\s+utha\w*|"
    r"\bjawab\s+(?:nahi|nahin|nai)\b|"
    r"\bdarwaza\s+(?:nahi|nahin|nai)\s+khol\w*|\b(?:behosh|utth?\s+(?:nahi|nahin)\s+ra)\w*|"
    r"فون\s+نہیں\s+اٹھا|جواب\s+نہیں|بے\s+ہوش|بےہوش|फोन\s+नहीं\s+उठा|जवाब\s+नहीं|बेहोश"
)
URDU_SIGNS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_FUMES, _UR_INDOORS, _UR_NO_ANSWER),
)
