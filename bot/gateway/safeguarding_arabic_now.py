"""The Arabic safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_arabic, whose module has no room left), in Arabic script and in the Latin
chat spelling with numbers for letters. Text has been through safeguarding_languages.fold: the
hamza seats of alif read as bare alif and ة as ه ("رأسه" reads "راسه", "سكينة" reads "سكينه").

It reads: the writer cutting or wounding herself ("3am jarre7 7ali"); a box of pills swallowed
("bala3t 3elbet 7bob"); hanging oneself ("سأشنق نفسي", "ra7 esh2o2 7ali"), and all the pills to
be taken tonight or at once; a mother, sister, wife or child being hit ("akhi 3am yidrob
immi"); someone with a knife beside a door locked; a stranger following the writer who waits
outside; a child alone for days with no food; a child hit and bleeding from the head; the
writer to be married to a cousin or with tickets bought; the writer locked in ("y7bsouni"), or
papers taken by the in-laws or a husband; a girl to be cut; chest pain with someone not
speaking or fainted; someone beaten over a jinn ("3am yedrbouha la ytal3o el jinn").

Left alone: trying oneself at a new recipe, cracking up laughing ("2atta3 7ali mn el da7k"), a
box of pills bought, all the medicine to be taken as the doctor said, a call made to a mother,
meat cut with a knife behind a shut door, a friend who catches the writer up and waits outside,
a child who walks alone to school, a ball kicked, a cousin's wedding gone to, a bag locked in a
car, a boy's circumcision or the subject asked about, back pain and a sulk, a ruqya read with no
harm.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Oneself, in the chat spelling; "2atta3 7ali mn el da7k" (cracking up laughing) is an idiom.
_AZ_MYSELF = r"(?:7ali|hali|7aly|nafsi|nefsi|ro7i)\b"
# Pills or medicine, in the chat spelling; a whole box, strip or bottle.
_AZ_PILLS = r"(?:7bob|7boob|7oboob|7ubub|hbob|dawa|adwiye|2adwiye|pills?)\b"
_AZ_BOX = r"(?:3elbet|3elbe|3olbet|3ilbet|3elbt|kees|kis|shari6|shreet|box|baket|bakeet)\b"
# Tonight, at once.
_AZ_TONIGHT = (
    r"\b(?:el\s*leile|ellayle|el\s*layle|lelle|el\s*lela|ellela|hal\s*leile|marra\s+wa7de|mara\s+"
    r"we7de|marra\s+wa7da|kollon\s+sawa|kellon\s+sawa)\b"
)
# Hit, in the chat spelling: "yedrob", "3am yidrob", "darabo".
_AZ_HIT = r"\b\w{0,5}d[aei]?r[aeiou]?b\w{0,4}"
# A mother, sister, wife or child, in the chat spelling.
_AZ_KIN = (
    r"(?:emmi|immi|ommi|2ommi|2emmi|mama|mami|ukhti|okhti|ekhti|marti|mrati|zawjti|binti|benti|"
    r"ibni|ebni|teta|jeddti|el\s+walad|el\s+wlad|el\s+bint|el\s+tefl|wladi|wledi)\b"
)
# A call, a ball, an injection: what "darab" also does.
_AZ_NOT_A_BLOW = r"^(?!.*\b(?:tel\w*|phone|call|kora|ball|ibre|2ibre|ebre|ra2m|number)\b)"
# A knife held and a door locked; not meat or vegetables cut.
_AR_KNIFE_HELD = (
    r"(?:معه|معاه|بيده|بايده|في\s+ايده|ماسك|حامل|شاهر|رافع)\s+(?:\S+\s+)?(?:ال)?(?:سكين|سكينه|"
    r"موس|خنجر|ساطور)|\b(?:ma3o|m3o|ma3ah|ma3a|b\s*2ido|bi\s*eido|b\s*eido|mmasek|masek|"
    r"7amel|hamel)\s+(?:\w+\s+)?(?:sekk?ine?|sikk?ine?|sekeen|sikeen|sekk?ina|mos|mous|moos|"
    r"khan?jar)\b"
)
_AR_DOOR_LOCKED = (
    r"(?:قفل|سكر|اغلق|غلق|يقفل|بيقفل|مسكر|مقفل|قافل)\s+(?:\S+\s+)?(?:ال)?باب|الباب\s+(?:\S+\s+)?"
    r"(?:مقفول|مسكر|مقفل)|\b(?:sakkar|sakar|2afal|afal|2afel|saker|m2afel|msakker|msakar)\s+"
    r"(?:\w+\s+)?(?:el\s*)?bab\b|\b(?:el\s*)?bab\s+(?:\w+\s+)?(?:m2afal|msakkar|ma2fool|m2foul)\b"
)
_AR_NOT_COOKING = (
    r"^(?!.*(?:لحم|دجاج|خضار|بندوره|طماطم|بطاطا|سلطه|كيك|كعكه|فواكه|\b(?:la7me|lahme|djej|"
    r"jaj|khodra|5odra|bandoura|ba6a6a|salata|cake|fawakeh)\b))"
)
# Followed by a stranger who waits outside; not a friend catching the writer up.
_AR_STRANGER = r"رجل|زلمه|واحد|شخص|شاب|راجل|غريب|\b(?:rajol|rejjal|zalame|wa7ad|sha5s|shab)\b"
_AR_FOLLOWED = (
    r"يلحقني|بيلحقني|لحقني|تبعني|يتبعني|بيتبعني|(?:يمشي|ماشي)\s+(?:ورايا|وراي)|"
    r"\b\w{0,3}(?:la7[ae]2ni|la7[ae]qni|tab[ae]3ni)\b"
)
_AR_WAITS_OUTSIDE = (
    r"(?:ينتظرني|بينتظرني|بيستناني|يستناني|واقف)\s+(?:\S+\s+){0,2}(?:برا|بره|الخارج|تحت|الباب|"
    r"قدام)|\b(?:\w{0,4}stan+ani|\w{0,4}ntazerni|wa2ef)\s+(?:\w+\s+){0,2}(?:barra|bara|ta7t|"
    r"3al\s*bab|2eddam)\b"
)
_AR_NOT_A_FRIEND = r"^(?!.*(?:صديق|صاحب|زميل|اخوي|\b(?:sa7bi|sahbi|sadi2i|rfi2i|zamili)\b))"
# A child alone for days with no food.
_AR_CHILD = (
    r"طفل|ولد|بنت|الصغير|اطفال|ولاد|\b(?:tefl|walad|wlad|bint|el\s+z(?:gh|8)ir\w*|baby|wled|"
    r"(?:ibn|ebn)\s+el\s+jiran)\b"
)
_AR_ALONE = r"وحده|لوحده|وحيد|لحاله|وحدها|لوحدها|لحالها|\b(?:l?wa7d[oa]|la7al[oa]|lawa7d[oa])\b"
_AR_DAYS = r"يومين|ايام|\b(?:yomen|yomein|yoomen|iyam|2iyam|ayam)\b"
_AR_NO_FOOD = (
    r"بدون\s+(?:اكل|طعام)|بلا\s+اكل|ما\s*في\s+اكل|ما\s+اكل|لم\s+ياكل|جوعان|جعان|جائع|"
    r"\b(?:bala\s+akl|bidun\s+akl|ma\s*fi\s+akl|ma\s+akal|jo3an|ju3an|ga3an|ge3an)\b"
)
# A child hit and bleeding from the head.
_AR_CHILD_HIT = (
    r"(?:ضرب|يضرب|بيضرب|ضربت)\S*\s+(?:\S+\s+)?(?:ال)?(?:طفل|ولد|صغير|صغيره|ابني|ابنتي|بنتي)|"
    r"(?:الطفل|الولد|ابني|بنتي|ابنتي)\s+(?:\S+\s+)?(?:انضرب|ضربوه|ضربه|ضربها|ضربوها)|"
    + _AZ_HIT
    + r"\s+(?:\w+\s+)?(?:el\s*)?(?:walad|tefl|zghir|z8ir|ebni|ibni|binti|benti)\b"
)
_AR_HEAD_BLEEDING = (
    r"راس\S*\s+(?:\S+\s+)?(?:ينزف|بينزف|نازف|بيجيب\s+دم|فيه\s+دم|مفتوح|مفجوخ|انفتح)|(?:ينزف|"
    r"نزيف|دم)\s+(?:\S+\s+)?من\s+راس|\bras(?:o|e|a|ha|ho)?\s+(?:\w+\s+)?(?:3am\s+)?"
    r"(?:ynazz?ef|yenzef|bynazz?ef|nazz?ef|maftou7|mafjou5)\b|\b(?:nazif|nazef|dam)\s+(?:\w+\s+)?"
    r"(?:mn|min|men)\s+ras\w*"
)
# The writer married off to a cousin, or with tickets bought.
_AR_MARRIES_ME_OFF = (
    r"(?:سي|س|رح\s+ي|راح\s+ي|ح\s*ي|بدو\s+ي|بدهم\s+ي|ان\s+ي|بي|ي)(?:زوج|جوز)(?:ني|وني|ونني)|"
    r"\b\w{0,5}(?:zawwe?j|jawwe?z|jawez|zawej|zawj|jawz)(?:ni|ouni|oni|uni)\b"
)
_AR_COUSIN_OR_TICKETS = (
    r"ابن\s+(?:عمي|خالي|عمتي|خالتي)|قريبي|البلد|تذاكر|التذاكر|تذكره|الحجز|\b(?:ibn|ebn)\s+"
    r"(?:3ammi|5ali|khali|3amti|5alti|khalti)\b|\b(?:cousin|bel\s+balad|el\s+balad|tazaker|"
    r"tazkara|tickets?|7ajz)\b"
)
# Locked in ("y7bsouni"); papers taken by the in-laws, a husband or a sponsor.
_AZ_LOCKED_IN = r"\b\w{0,5}7[ae]?b[ae]?s(?:ni|ouni|oni|uni)\b"
_AR_PAPERS_TAKEN = (
    r"(?:اخذ|اخذوا|اخدو|اخذو|سحب|سحبوا|خبى|خبوا)\S*\s+(?:\S+\s+)?(?:اوراقي|جوازي|باسبوري|"
    r"هويتي|اقامتي)|\b(?:akhado|a5ado|khado|5ado|sa7abo|akhad|a5ad)\s+(?:\w+\s+)?(?:awra2i|"
    r"awraqi|bassbori|passporti|jawazi|hawiyti|iqamti|2eqamti)\b"
)
_AR_IN_LAWS = (
    r"اهل\s+زوجي|حماتي|زوجي|جوزي|كفيلي|\b(?:ahl\s+(?:jouzi|zouji|jozi|zawji)|7amati|hamati|"
    r"jouzi|zouji|jozi|zawji|kafili|kafeel)\b"
)
# A girl to be cut; not a boy's circumcision, nor the subject asked about.
_AR_GIRL_CUT = (
    r"(?:ي|سي|س|رح\s+ي|راح\s+ي|بدهم\s+ي|ح\s*ي|بي|هي|ت)?ختن(?:و|ون|وا)?\s+(?:\S+\s+)?"
    r"(?:ابنتي|بنتي|بناتي|اختي|حفيدتي)|(?:ختان|طهور)\s+(?:ابنتي|بنتي|بناتي|اختي|"
    r"حفيدتي)|\b\w{0,5}(?:5atn|khatn|5tn|khtn|t6ahhr|tahhr|6ahhr)\w{0,3}\s+(?:\w+\s+)?"
    r"(?:binti|benti|bnti|banati|ukhti|okhti)\b|\b(?:5itan|khitan|5tan|6hour|tahour)\s+"
    r"(?:binti|benti|banati)\b"
)
# Chest pain with someone not speaking or fainted.
_AR_CHEST_PAIN = (
    r"(?:الم|وجع)\s+(?:\S+\s+)?(?:في\s+|ب\s*)?(?:صدره|صدرها|الصدر|صدر)|(?:صدره|صدرها)\s+"
    r"(?:\S+\s+)?(?:يوجعه|بيوجعه|واجعه|يوجعها)|\b(?:waja3|wja3|waj3|alam|2alam)\s+(?:\w+\s+)?"
    r"(?:b|bi|fi|f)\s*(?:sadro|sadra|sedro|sedra|el\s*sadr|sdro)\b"
)
_AR_NOT_SPEAKING = (
    r"(?:لا|ما|مش|مو)\s+(?:عم\s+)?(?:يتكلم|يحكي|بيحكي|بيتكلم|يرد|يتجاوب|بيرد|ينطق|تتكلم|تحكي|"
    r"ترد)|فاقد\s+الوعي|مغمي\s+علي|اغمي\s+علي|غايب\s+عن\s+الوعي|\b(?:ma|mish|mesh|msh|mu|mo)\s+"
    r"(?:3am\s+)?(?:yi7ki|ye7ki|bye7ki|byi7ki|yetkalam|yitkallam|byetkalam|yrod|yrd|biyrod)\b|"
    r"\b(?:ghayeb\s+3an\s+el\s+wa3i|faqed\s+el\s+wa3i|oghmi\s+3ale)"
)
# Beaten over a jinn or a ruqya, in the chat spelling.
_AZ_JINN = r"\b(?:jinn?|jenn|ruqya|ro2ye|ro2ya|mamsous|mamsus|malbous|mas7our|ms7our)\b"
_AZ_BEATEN = r"\b\w{0,5}d[aei]?r[aeiou]?b(?:ouha|uha|oha|ha|o|ouh|oh|uh|ouhom|ohom)\b"

ARABIC_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # cutting or wounding oneself; a box of pills swallowed (chat spelling)
    r"^(?!.*\b(?:da7k|dahk|d7k)\b).*\b(?:3am\s+|3ammal\s+|b|ra7\s+)?(?:jarre7|jare7|jra7|ajra7|"
    r"ejra7|2atte3|2atta3|a2ta3|"
    r"e2ta3)\s+(?:\w+\s+)?" + _AZ_MYSELF,
    r"\b(?:bala3t|bla3t|balla3t)\s+(?:\w+\s+)?" + _AZ_BOX + r"\s+(?:\w+\s+)?" + _AZ_PILLS,
    # hanging oneself; all the pills tonight or at once (chat spelling)
    r"شنق\s+(?:نفسي|حالي|روحي)|\b\w{0,4}sh(?:2o|no|ne|n|2)2\s+" + _AZ_MYSELF,
    "^"
    + every_one_of(
        r"\b(?:ra7|rah|7a|ha|b|sa)\s*(?:e|a|2e|2a)?(?:khod|5od|khud|bla3|ebla3|shrab|eshrab|"
        r"kol|akol|ekol)\s+(?:kel|kol|kill|kul|koll)\s+(?:el\s*|l)?" + _AZ_PILLS,
        _AZ_TONIGHT,
    ),
    # a mother, sister, wife or child being hit (chat spelling)
    _AZ_NOT_A_BLOW + r".*" + _AZ_HIT + r"\s+" + _AZ_KIN,
    # a knife held and a door locked; a stranger following who waits outside
    _AR_NOT_COOKING + every_one_of(_AR_KNIFE_HELD, _AR_DOOR_LOCKED),
    _AR_NOT_A_FRIEND + every_one_of(_AR_STRANGER, _AR_FOLLOWED, _AR_WAITS_OUTSIDE),
    # a child alone for days with no food; a child hit and bleeding from the head
    "^" + every_one_of(_AR_CHILD, _AR_ALONE, _AR_DAYS, _AR_NO_FOOD),
    "^" + every_one_of(_AR_CHILD_HIT, _AR_HEAD_BLEEDING),
    # married to a cousin or with tickets bought; locked in; papers taken by the in-laws
    "^" + every_one_of(_AR_MARRIES_ME_OFF, _AR_COUSIN_OR_TICKETS),
    _AZ_LOCKED_IN,
    "^" + every_one_of(_AR_PAPERS_TAKEN, _AR_IN_LAWS),
    # a girl to be cut; chest pain and not speaking; beaten over a jinn
    _AR_GIRL_CUT,
    "^" + every_one_of(_AR_CHEST_PAIN, _AR_NOT_SPEAKING),
    "^" + every_one_of(_AZ_JINN, _AZ_BEATEN),
)
