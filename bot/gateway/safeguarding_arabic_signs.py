"""The Arabic phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_arabic, whose modules have no room left). Text has been
through safeguarding_languages.fold: short vowels dropped and ة read as ه, so "نفَسه" reads
"نفسه" and "الفاكهة" reads "الفاكهه".

It reads someone with diabetes ("عنده سكري") who is vomiting, beside breath fast or deep, a
fruity smell or drowsiness ("يستفرغ من الصبح، نفسه سريع وعميق وريحته مثل الفاكهة").
Left alone: someone with diabetes who smells of fruit from a new perfume and breathes fast after
a run, with no vomiting; a child with diabetes sick in the car with nothing else.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_AR_END = r"(?![\u0621-\u064a])"
# Someone with diabetes ("عنده سكري", "مريض سكر", "مصابه بالسكري").
_AR_DIABETIC = (
    rf"(?:عنده|عندها|عندو|عندي|مريض|مريضه|مصاب|مصابه)\s+(?:ب)?(?:ال)?سكري?{_AR_END}|السكري{_AR_END}"
)
# Vomiting now ("يستفرغ", "ترجع", "يتقيأ").
_AR_VOMITING = r"(?:يستفرغ|تستفرغ|يتقيا|تتقيا|يطرش|تطرش|يزوع|تزوع|عم\s+يرجع|عم\s+ترجع|استفراغ)"
# Breath fast, deep or heavy; a smell of fruit or acetone; drowsy or not answering.
_AR_DKA_SIGN = (
    r"نفس\S*\s+(?:\S+\s+)?(?:سريع|عميق|ثقيل)|(?:ريح|رائح)\S*\s+(?:\S+\s+){0,3}?(?:فاكهه|"
    r"الفاكهه|فواكه|تفاح|اسيتون|الاسيتون)|نعسان|نعسانه|ما\s+(?:يصحى|يرد|ترد|تصحى)|مش\s+واعي"
)
ARABIC_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_AR_DIABETIC, _AR_VOMITING, _AR_DKA_SIGN),
)
