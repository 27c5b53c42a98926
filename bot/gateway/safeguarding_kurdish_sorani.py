"""The Kurdish safeguarding phrase net for Sorani (read by safeguarding_languages under "ku",
beside safeguarding_kurdish's Kurmanji), as members from Iraqi and Iranian Kurdistan write it, in
the Arabic script. Sorani puts the verb last and joins the person to it: "لێم دەدات" (he hits
me), "دەمکوژێت" (he will kill me), "خۆم دەکوژم" (I will kill myself); "-ەکەم" makes "my the"
("مێردەکەم", my husband; "براکەم", my brother). Its own letters (ە, ێ, ۆ, ڵ, ڕ) are not in Persian
or Arabic, so the Urdu, Arabic and Farsi nets, tried first, do not read these words. Text has been
through safeguarding_languages.fold: the Persian ye and kaf read as the Arabic ones.

It reads the main kinds: wanting to die or to kill oneself (beside a time, a decision or a
removal), harming oneself, all the tablets, being hit or a mother or child hit, threatened, told
one or one's family will be killed (with "he says", "if", a smuggler or a debt), locked in or
not let out, fear of him or of going home, being followed, a marriage by force, being in danger,
nowhere to sleep or thrown out tonight, not able to go on, a child hungry for days; and, as
written by people seeking asylum, an employer holding the passport, a landlord asking for sex
for the rent or threatening the Home Office, a crowd throwing stones at the hotel, a child of 14
taken by a stranger who says he is the uncle, lost in the dark with the phone dying, a fire with
no way out, a baby not breathing, a fit gone on for minutes, and someone fallen with the head
bleeding or who will not wake.

Left alone: "دایکم دەمکوژێت ئەگەر درەنگ بگەمەوە" (mum will kill me if I'm late), a passport taken
to the embassy for a visa, a garden tidied instead of the rent, children throwing a ball
outside the hotel, an uncle the child names himself, keys lost in the dark, a flat too cold to
leave, a baby breathing well, the first-aid rule for a fit told with "if", a knee grazed in a
fall, someone fallen asleep.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The end of a word: no Arabic-script letter after it (Sorani's ە, ێ, ۆ, ڵ, ڕ included).
_END = r"(?![\u0621-\u064a\u066e-\u06d5])"
# The person done to or harmed: kin of the writer ("-م", "-ەکەم": my).
_KIN = r"(?:برا|خوشک|دایک|باوک|خێزان|منداڵ|کوڕ|کچ|ژن|مێرد|هاوسەر)(?:ەکە|کە)?(?:م|مان|انم|ەکانم)"
_HE_KILLS_ME = rf"(?:دە|ئە|ب)مکوژ(?:ێت|ن|ێ){_END}"
_HE_KILLS = rf"(?:دە|ئە|ب)کوژ(?:ێت|ن|ێ){_END}"
_KILLS_MYSELF = rf"خۆم\s+(?:\S+\s+)?(?:دە|ئە|ب)کوژم{_END}|خۆکوژی\s+(?:دەکەم|بکەم){_END}"
_THEY_KILL_THEMSELF = rf"خۆی\s+(?:\S+\s+)?(?:دە|ئە|ب)کوژێت{_END}"
# Said, threatened, "if", by a smuggler or over a debt: what makes "will kill" meant.
_SAID_OR_IF = r"دەڵێت|ئەڵێت|دەڵێ|وتی|گوتی|هەڕەشە|ئەگەر|قاچاخچی|قاچاغچی|قەرز|پارە|مێرد|ئەمشەو"
# Late, a joke, the heat: what makes "will kill me" an idiom.
_NOT_MEANT = r"درەنگ|دوا\s*ب?کەو|گاڵتە|گەرما|پێکەنین"
# Soon, a decision or a goodbye; a removal, a detention or the flight.
_SOON_OR_DECIDED = r"ئەمشەو|سبەی|بڕیار|خوات\s*لەگەڵ|لێم\s+خۆش\s+بن|دەمەوێ|ئەمەوێ"
_REMOVAL = r"دیپۆرت|بمگەڕێننەوە|بگەڕێنرێمەوە|بیگەڕێننەوە|دەرکردن|فڕین|فڕۆکە|گیراوخانە|دەستگیر"

SORANI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, not wanting to live, killing oneself soon, decided or before the removal
    r"(?:دەمەوێ(?:ت)?|ئەمەوێ(?:ت)?|حەز\s+دەکەم|بڕیارم\s+داوە)\s+(?:\S+\s+){0,2}(?:بمرم|خۆم\s+"
    r"بکوژم|کۆتایی\s+بە\s+ژیان)|نامەوێ(?:ت)?\s+(?:ئیتر\s+)?(?:بژیم|زیندوو\s+بم)(?!\s+لە)|خۆزگە\s+"
    r"(?:\S+\s+)?مردبام",
    "^" + every_one_of(_KILLS_MYSELF, rf"{_SOON_OR_DECIDED}|{_REMOVAL}"),
    "^" + every_one_of(_THEY_KILL_THEMSELF, _REMOVAL),
    # harming oneself; all the tablets or a box of them swallowed
    r"خۆم\s+(?:\S+\s+)?بریندار\s+(?:دەکەم|کرد)|دەست(?:ی)?\s*(?:م|ی\s+خۆم)\s+(?:\S+\s+)?"
    r"(?:دەبڕم|بڕی)|دەمار(?:ی)?\s*(?:م|ی\s+خۆم)\s+(?:\S+\s+)?(?:دەبڕم|بڕی)",
    r"(?:هەموو|قوتوویەک|پاکەتێک|دەبەیەک)\s+(?:\S+\s+)?(?:حەب|دەرمان)\S*\s+(?:\S+\s+)?"
    r"(?:خوارد|قووت\s*دا)",
    # hit ("لێم دەدات", "لێی دام"), or a mother or child hit ("لە دایکم دەدات"); not a call
    rf"(?<!\S)(?:لێم\s+(?:دەدات|دەدەن|ئەدات|ئەدەن)|لێی\s*دام|لێیان\s*دام|دەمکوتێت){_END}",
    rf"^(?!.*(?:تەلەفۆن|زەنگ))(?=.*(?<!\S)لە\s+{_KIN}\s+(?:\S+\s+)?(?:دەدات|دەدەن){_END})",
    # threatened; told the writer or the family will be killed, not as an idiom
    r"هەڕەشە(?:م|مان)\s+(?:\S+\s+)?لێ\s+(?:دەکات|دەکەن|کرد|کردووە)|هەڕەشە\S*\s+(?:\S+\s+)?"
    r"لێم\s+(?:دەکات|دەکەن|کرد|کردووە)|هەڕەشەی\s+کوشتن",
    rf"^(?!.*(?:{_NOT_MEANT}))(?=.*(?:{_HE_KILLS_ME}|{_KIN}\s+(?:\S+\s+){{0,4}}{_HE_KILLS}))"
    rf"(?=.*(?:{_SAID_OR_IF}))",
    # locked in, not let out
    r"(?:دەرگا|دەرگە)\S*\s+(?:\S+\s+){0,3}لەسەرم\s+(?:\S+\s+)?(?:داخستووە|داخست|دادەخات|قفڵ)|"
    r"ناهێڵ(?:ێت|ن)\s+(?:\S+\s+){0,3}(?:بچمە\s+دەرەوە|لە\s+ماڵ\s+بچم)",
    # afraid of him, afraid to go home
    r"لە\s+(?:مێرد|باوک|برا|هاوسەر|دەستگیران|ئەو\s+پیاو)\S*\s+(?:زۆر\s+)?دەترسم|دەترسم\s+"
    r"(?:\S+\s+){0,2}(?:بگەڕێمەوە|بچمەوە)\s+(?:\S+\s+)?ماڵ",
    # followed (not on social media)
    r"^(?!.*(?:ئینستاگرام|فەیسبووک|تیکتۆک))(?=.*(?:(?:شوێنم|دوام)\s+(?:\S+\s+)?(?:دەکەوێت|"
    r"کەوتووە|دەکەون|کەوتوون)|بەدوام(?:ەوە|دا)\S*\s+(?:\S+\s+)?(?:دێت|هاتووە|دەگەڕێت)))",
    # a marriage by force
    r"بە\s+زۆر\s+(?:\S+\s+){0,4}(?:بە\s+شوو|شووم|ژنم|هاوسەرگیری|مارە)|بە\s+شووم\s+(?:دەدەن|بدەن)",
    # in danger, not safe
    r"ژیانم\s+(?:\S+\s+)?لە\s+مەترسی|لە\s+مەترسیدا(?:م|ین)|سەلامەت\s+نیم",
    # can't go on
    r"(?:ئیتر|چیتر)\s+(?:\S+\s+)?ناتوانم\s+(?:بەرگە\S*\s+بگرم|بەردەوام\s+بم|بژیم)|لە\s+ژیان\S*\s+"
    r"(?:\S+\s+)?(?:بێزار|وەڕس)\s+(?:بووم|بووین)|(?:بێزار|وەڕس)\s+(?:بووم|بووین)\s+لە\s+ژیان",
    # a child hungry for days
    "^"
    + every_one_of(
        r"منداڵ|مناڵ|کۆرپە",
        r"(?:دوو|سێ|چەند|[2-3٢-٣۲-۳])\s+ڕۆژ",
        r"برسی|نەخواردووە|خواردن\S*\s+نییە",
    ),
)

# Nowhere to sleep ("شوێنمان نییە بۆ خەوتن"), or thrown out tonight, with the children or into
# the cold; not nowhere to park.
_NOWHERE = (
    r"(?:شوێن|جێگە|جێ|جێگا)\S*\s+(?:\S+\s+){0,2}(?:بۆ\s+)?(?:خەوتن|مانەوە)\S*\s+(?:\S+\s+)?نییە|"
    r"(?:شوێن|جێگە|جێ|جێگا)(?:م|مان)\s+نییە\s+(?:\S+\s+){0,2}(?:بۆ\s+)?(?:خەوتن|مانەوە|بخەوم|"
    r"بخەوین)|لە\s+(?:شەقام|کۆڵان|سەر\s+جادە)\S*\s+(?:\S+\s+)?(?:دەخەوم|دەخەوین|خەوتم|خەوتین|"
    r"نووستم|نووستین)"
)
_THROWN_OUT = (
    r"لە\s+(?:ماڵ|خانوو|هۆتێل)\S*\s+(?:\S+\s+)?(?:دەرکراین|دەرکرام|دەریانکردین|دەریانکردم)|"
    r"دەریان\s*کرد(?:ین|م)"
)
_TONIGHT_OR_COLD = r"ئەمشەو|منداڵ|سەرما|شەقام"
# An employer holding the passport; not taken to the embassy for a visa.
_EMPLOYER = r"خاوەن\s*کار|کارفەرما|بەڕێوەبەر|سەرۆکی\s+کار"
_PASSPORT_KEPT = (
    r"(?:پاسپۆرت|پاسەپۆرت|ناسنامە|بەڵگەنامە)\S*\s+(?:\S+\s+){0,2}(?:بردووە|گرتووە|لای\s+خۆی|"
    r"هەڵگرتووە|ناداتەوە|شاردۆتەوە)"
)
# The landlord asking for sex for the rent or threatening to report the writer to the Home
# Office; not the garden to be tidied instead of the rent.
_LANDLORD = r"خاوەن\s*(?:خانوو|ماڵ)|لاندلۆرد"
_SEX_OR_REPORT = (
    r"لەگەڵی\s+(?:\S+\s+)?(?:بنووم|نەنووم|بخەوم|نەخەوم)|سێکس|پەیوەندی\s+(?:جنسی|سێکسی)|"
    r"(?:ڕاپۆرت|سکاڵا)\S*\s+(?:\S+\s+){0,3}(?:هۆم\s*ئۆفیس|home\s*office)|(?:هۆم\s*ئۆفیس|home\s*"
    r"office)\s+(?:\S+\s+){0,3}(?:ڕاپۆرت|سکاڵا|ئاگادار)"
)
# A crowd outside the hotel or the house throwing stones; not children with a ball.
_OUTSIDE_OUR = r"(?:دەرەوەی|بەردەم|بەر\s+دەرگای|پێش)\s+(?:\S+\s+)?(?:هۆتێل|هوتێل|ماڵ|خانوو|کەمپ)"
_THROWING = (
    r"(?:بەرد|خشت|بوتڵ|هێلکە)\S*\s+(?:\S+\s+){0,2}(?:دەهاوێژن|دەهاوێن|هاویشت|فڕێدەدەن|"
    r"تێدەگرن)"
)
# A child of 14, or alone, whom a stranger who says he is the uncle is taking tonight.
_YOUNG = r"(?<![0-9٠-٩۰-۹])(?:1[0-7]|١[٠-٧]|۱[۰-۷])\s*ساڵ|منداڵ|کوڕێک|کچێک|تەنیا"
_STRANGER = r"پیاوێک|کەسێک|نایناس|نامۆ"
_SAYS_UNCLE = r"(?:دەڵێت|ئەڵێت|دەڵێ|گوایە)\s+(?:\S+\s+){0,3}(?:خاڵ|مام|خزم)"
_TAKING = r"دەیبات|دەیبەن|بیبات|ببات|ئەمشەو|لەگەڵ\s+خۆی"
# Lost in the dark, the phone dying; not keys lost.
_LOST = r"ون\s+(?:بووم|بووین)|ڕێگا\S*\s+(?:\S+\s+)?(?:ون|بزر)\s+کرد|نازانم\s+لە\s+کوێم"
_DARK_OR_PHONE = r"تاریک|شەحن|باتری|مۆبایل\S*\s+(?:\S+\s+)?(?:دەکوژێتەوە|کوژایەوە)"
# A fire with no way out; not a flat too cold to leave.
_FIRE = r"(?:ئاگر|دوکەڵ)\S*\s+(?:\S+\s+){0,3}(?:کەوتووە|گرتووە|هەڵگیرساوە)|دەسووتێت"
_TRAPPED = (
    r"ناتوان(?:م|ین)\s+(?:\S+\s+)?(?:بچمە|بچینە|دەربچم|دەربچین|ڕابکەم)|گیر\s+(?:بووم|بووین|ماوم)"
)
# A baby not breathing as it should; a fit gone on for minutes (not the rule told with "if").
_LITTLE_ONE = r"منداڵ|مناڵ|کۆرپە|بەیبی"
_NOT_BREATHING = (
    rf"هەناسە\s+(?:نادات|نادا|ناکێشێت){_END}|ناتوانێت\s+هەناسە|هەناسەی\s+(?:\S+\s+)?(?:بڕاوە|"
    r"گیراوە|وەستاوە)"
)
_FIT = rf"(?<!\S)فێ(?:ی|یەکە|کەی)?{_END}|پەرکەم|سەرع|تەشەنوج"
_GONE_ON = r"(?:پێنج|دە|چەند|[0-9٠-٩۰-۹]+)\s+خولەک|ناوەستێت|تەواو\s+نابێت"
# Someone of the family fallen, the head bleeding or not waking; not a knee grazed, nor asleep.
_KIN_FELL = (
    r"(?:دایک|باوک|داپیر|باپیر|نەنک|منداڵ|کوڕ|کچ|مێرد|هاوسەر)\S*\s+(?:\S+\s+){0,3}(?:کەوت|"
    rf"کەوتووە|بەربووەوە){_END}"
)
_HEAD_OR_WAKING = (
    r"(?<!\S)سەر(?:ی|ەکەی)\s+(?:\S+\s+){0,2}(?:خوێن|شکا)|(?:بەئاگا|بە\s+ئاگا|هۆش)\S*\s+"
    r"(?:\S+\s+)?(?:نایەتەوە|نایەت|نەهاتۆتەوە)|بێهۆش|وەڵام\s+ناداتەوە"
)
SORANI_PHRASES += (  # i18n-exempt: input
    # nowhere to sleep; thrown out tonight or with the children
    _NOWHERE,
    "^" + every_one_of(_THROWN_OUT, _TONIGHT_OR_COLD),
    # an employer holding the passport; the landlord; a crowd throwing stones
    r"^(?!.*(?:باڵیۆزخانە|کونسوڵخانە|نوێکردنەوە|ڤیزا))" + every_one_of(_EMPLOYER, _PASSPORT_KEPT),
    "^" + every_one_of(_LANDLORD, _SEX_OR_REPORT),
    r"^(?!.*(?:تۆپ|یاری))" + every_one_of(_OUTSIDE_OUR, _THROWING),
    # a child taken by a stranger who says he is the uncle
    "^" + every_one_of(_YOUNG, _STRANGER, _SAYS_UNCLE, _TAKING),
    # lost in the dark; a fire with no way out; a baby not breathing; a fit gone on
    "^" + every_one_of(_LOST, _DARK_OR_PHONE),
    "^" + every_one_of(_FIRE, _TRAPPED),
    "^" + every_one_of(_LITTLE_ONE, _NOT_BREATHING),
    r"^(?!.*(?:ئەگەر|دکتۆر))" + every_one_of(_FIT, _GONE_ON),
    # fallen, the head bleeding or not waking
    r"^(?!.*خەو)" + every_one_of(_KIN_FELL, _HEAD_OR_WAKING),
)
