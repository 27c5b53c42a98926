"""The Arabic phrase net's readings of a plan to die said plainly (read by safeguarding_languages
with safeguarding_arabic, whose module has no room left). Text has been through
safeguarding_languages.fold: the hamza seats of alif read as bare alif and ة as ه, so
"سأنهي حياتي" reads "سانهي حياتي" and "على قيد الحياة" reads "على قيد الحياه".

It reads, in the first person: one's life to be ended ("سأنهي حياتي", "رح انهي حياتي", "بخلص
على حالي", "سأضع حدا لحياتي"); dying, suicide or killing oneself decided or meant ("قررت أن
أنتحر", "قررت أموت", "ناوي اقتل نفسي"); not being alive after a time ("لن أكون على قيد الحياة
بعد يوم الأحد", "مش رح كون عايش"); throwing oneself from a bridge or a roof or before a train
("سأرمي نفسي من الجسر"); and a means gathered or bought (the pills, a rope, a gun) beside a
will written, "the last time" or a goodbye. In the Latin chat spelling too ("ra7 2a5les
7ayati", "2arrart 2entehr"). Of someone else: ways to kill oneself searched for or looked up,
with the door now locked or no answer ("بحث عن طرق الانتحار ... الباب مقفل ولا يرد").
Left alone: work or studies to be finished ("سأنهي عملي", "أنهي حياتي المهنية", a career),
a move decided, not being at home after Sunday, a walk on the bridge, a rope for the washing,
pills packed for a journey, recipes searched for by a teenager shut in his room, suicide and
its prevention studied for school or university.
Also a carer afraid she will hurt the person she cares for, or who almost hit them, beside
tonight, today, being alone with them or no sleep ("أخاف أن أؤذيها الليلة", "كدت أضربها
اليوم"); not afraid of hurting her feelings ("أخاف أن أؤذي مشاعرها").
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# One's life ("حياتي", not "حياتي المهنيه", a career) or oneself ("حالي", "نفسي", "روحي").
_AR_MY_LIFE = r"(?:حياتي(?!\s+ال)|حالي|عمري)(?![\u0621-\u064a])"
# Dying, suicide, killing oneself, one's life ended: what is decided or meant.
_AR_TO_DIE = (
    r"(?:اموت|موت|انتحر|نتحر|اقتل\s+(?:نفسي|حالي)|انهي\s+" + _AR_MY_LIFE + r"|اخلص\s+(?:من|"
    r"على)\s+" + _AR_MY_LIFE + r")(?![\u0621-\u064a])"
)
_AR_NOT_ALIVE = (
    r"(?:على\s+قيد\s+الحياه|(?:عايش|عايشه|حيا|حيه)(?![\u0621-\u064a])(?!\s+(?:(?:هون|هنا|"
    r"هناك|في|مع|عند|بره|برا)(?![\u0621-\u064a])|بال))|موجود\s+(?:في|ب)\s*هالدنيا)"
)
_AR_FROM_HIGH = (
    r"(?:من|تحت|في|قدام|امام)\s+(?:فوق\s+)?(?:ال)?(?:جسر|كوبري|قطار|ترين|مترو|سطح|بنايه|عماره|"
    r"نهر|شباك|بلكون\S*)"
)
# The pills gathered or hidden (not medicine fetched for a mother), a rope or a gun bought.
_AR_MEANS_GATHERED = (
    r"(?:جمعت|خبيت|خبات)\s+(?:\S+\s+)?(?:ال)?(?:حبوب\S*|دوا|ادويه)|(?:جمعت|خبيت|خبات|اشتريت|"
    r"شريت|جهزت|حضرت|جبت)\s+(?:\S+\s+)?(?:ال)?(?:حبل\S*|مسدس\S*|سلاح\S*|فرد)"
)
# A will written, "the last time", a goodbye, all the pills to be taken.
_AR_WILL_OR_GOODBYE = (
    r"وصيتي|وصيه|اخر\s+(?:مره|رساله)|وداعا|سامحوني|سامحيني|سامحني|مع\s+السلامه\s+للجميع|"
    r"شكرا\s+(?:لكم\s+)?على\s+كل\s+شي"
)
# Ways to kill oneself searched for or looked up; and a door locked, or no answer.
_AR_WAYS_TO_DIE_SEARCHED = (
    r"(?:بحث|يبحث|تبحث|دور|بيدور|بتدور|يدور|تدور|مدور|سيرش|قرا|يقرا)\S*\s+(?:\S+\s+){0,3}?عن\s+"
    r"(?:\S+\s+)?(?:طرق|طريقه|كيفيه|كيف)\s+(?:ال)?(?:انتحار|ينتحر|تنتحر|يموت|تموت|"
    r"(?:ي|ت)قتل\s+(?:نفسه|نفسها|حاله|حالها))(?![\u0621-\u064a])"
)
_AR_DOOR_SHUT = (
    r"(?:مقفل|مقفول|مسكر|قافل|قفل|سكر)\S*\s+(?:\S+\s+)?(?:ال)?باب|"
    r"(?:ال)?باب\s+(?:\S+\s+)?(?:مقفل|مقفول|مسكر)"
)
_AR_NO_ANSWER = r"(?:لا|ما|مش|مو)\s+(?:عم\s+)?(?:ي|ت|بي|بت)(?:رد|جاوب|فتح)(?![\u0621-\u064a])"
_AZ_MY_LIFE = r"(?:7ayati|hayati|7ali|hali|nafsi)"

ARABIC_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"نهي\s+{_AR_MY_LIFE}|اخلص\s+(?:من|على)\s+{_AR_MY_LIFE}|(?:اضع|احط|نحط)\s+حدا?\s+ل\s*"
    rf"{_AR_MY_LIFE}",
    rf"(?:قررت|ناوي|ناويه|نويت|عزمت|مقرر|مقرره)\s+(?:ان\s+)?{_AR_TO_DIE}",
    r"(?:لن\s+اكون|مش\s+(?:رح|ح|ه)\s*(?:ا|ن)?كون|ما\s+رح\s+(?:ا|ن)?كون|ما\s+(?:ح|راح)\s+(?:ا|ن)?"
    rf"كون)\s+{_AR_NOT_ALIVE}",
    r"^(?!.*(?:بنجي|بانجي|مظله|سباحه))"
    rf".*(?:ارمي|رمي|القي|انط|نط|اقفز)\s+(?:نفسي|حالي)\s+{_AR_FROM_HIGH}",
    r"^(?!.*(?:غسيل|سفر|رحله|تخييم|صيد|الصيدليه))"
    + every_one_of(_AR_MEANS_GATHERED, _AR_WILL_OR_GOODBYE),
    rf"\b(?:ra7|rah|7a|ha|b|sa)\s*(?:2?a?nhi|2?a5les\s+(?:3ala|3la|mn|min)|2?akhles\s+(?:3ala|"
    rf"3la|mn|min))\s+{_AZ_MY_LIFE}\b|\b(?:ra7|rah|7a|ha|b|sa)\s*2?a5les\s+{_AZ_MY_LIFE}\b|"
    r"\b(?:2|a)?arrart\s+(?:(?:2|a)n\s+)?(?:2|a)?(?:moot|mout|entehr|ntehr|ntahr|"
    r"2otol\s+nafsi)\b",
    r"^(?!.*(?:جامعه|دراسه\s+عن|واجب|للمدرسه|وقايه|ماجستير|مقال))"
    + every_one_of(_AR_WAYS_TO_DIE_SEARCHED, f"{_AR_DOOR_SHUT}|{_AR_NO_ANSWER}"),
)

# The writer afraid she will hurt the one she cares for, or who almost hit them ("أخاف أن
# أؤذيها", "خايفة أأذيه", "كدت أضربها"): the verb with "her" or "him" joined on, not "أؤذي
# مشاعرها" (her feelings); beside tonight, today, alone with them or no sleep.
_AR_I_HARM_THEM = r"ا(?:ؤذي|اذي|ذي|وذي|ضرب|قتل|خنق|ذبح)(?:ها|ه)(?![\u0621-\u064a])"
_AR_AFRAID_I_HARM = (
    r"(?:اخاف|خايف|خايفه|خائف|خائفه|اخشى)\s+(?:ان\s+|من\s+(?:ان|اني)\s+|لا\s+|انا\s+)?"
    rf"{_AR_I_HARM_THEM}|(?:كدت|كنت\s+رح|كنت\s+ساضرب|كنت\s+على\s+وشك\s+ان)\s+{_AR_I_HARM_THEM}"
)
_AR_TONIGHT_OR_ALONE = (
    r"الليله|اليوم|وحدي|لوحدي|(?:لم|ما|مو)\s+(?:انم|نمت)|زهايمر|الخرف|(?:لا|ما)\s+اقدر\s+اكمل"
)
ARABIC_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_AFRAID_I_HARM, _AR_TONIGHT_OR_ALONE),
)
