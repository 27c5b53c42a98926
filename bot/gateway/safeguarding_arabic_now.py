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

It also reads, in Arabic script and the chat spelling: a smuggler or the man who brought the
writer over, a debt and harm to her family; a boy drawn in by older men (given money or drugs,
taken out at night, made to work for them); a boss who took the passport and does not pay; a
landlord or supervisor asking for sex for the rent or threatening to report the writer to the
Home Office if she complains; stones thrown at the hotel or home now; one's life ended before
removal, or someone else who will not live, on a roof or now; a minor taken tonight by a man
who says he is an uncle; a family turned out tonight or put on the street; "he will kill us" at
the door; lost in the dark or with the phone dying; a fire with no way out; a little one not
breathing properly; a fit going on for minutes; someone fallen and bleeding or not coming round.
Left alone with them: a series about a smuggler, a boy taken to play football, a passport
copied and given back, repairs for the rent, a change of address told to the Home Office,
stones thrown in the sea, getting ready before going back to work, not wanting to live in
London, an uncle taking his niece to the cinema, a family sent off a pitch, an old sofa put
out for the council, a father's "he'll slaughter us" over a broken door, being torn between
two dresses, a fire drill, a blocked nose, shaking from the cold.
Also at work: a child made to carry or deliver for older youths and beaten or threatened; a
worker bleeding or fallen with the boss not letting anyone call an ambulance; a man armed come
into the shop; a boss who says stay the night with him or be sacked. Left alone: friends
asking a child to carry party things, a boss who bans ordering food, a knife for meat, a
stocktake tonight.
Also a diabetic with two of a sugar crash's signs (sweating, shaking, speech not making sense,
fainted); a girl to be married off ("يزوجوها", "yjawzuha") under eighteen, with her passport taken
or unwilling (not a grown sister glad of it).
Also someone else who wants to die beside a goodbye written or an age under eighteen (not the
hero of a novel or a series).
Also the writer locked out with young children inside, the locks changed (not after a move, nor
with the writer out at the shop).
Also a friend drunk or unable to stand whom men want to take off (not a friend full of coffee
taken to the cinema by classmates).
A fire with no way out is read of neighbours too ("ما يقدروا يطلعوا"); not cigarette or shisha
smoke on the stairs that keeps the children in.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

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

# Before a verb: "and", "so", "will" (Levantine, Egyptian, Iraqi, Standard), "he" or "they".
_AR_WILL_HE = r"(?:^|\s)(?:و|ف)?(?:رح\s+|راح\s+|ح\s*|س|بدو\s+|بدهم\s+|عم\s+)?(?:ي|بي)"
# The smuggler or the man who brought the writer over, a debt or a sum, and harm to her or the
# family ("الرجل اللي جابني ... إذا ما دفعت ٣ آلاف جنيه رح يأذي أمي"); not a series about one.
_AR_SMUGGLER = (
    r"مهرب|(?:اللي|الي|يلي|الذي)\s+(?:جاب|هرب|جب)(?:ني|نا)|السمسار|\b(?:mharr?[ei]b\w*|"
    r"muharr?ib\w*|(?:elli|illi|yalli)\s+(?:jab|jeb|harrab|hrrab)(?:ni|na))\b"
)
_AR_A_DEBT = (
    r"دفع|ادفع|ندفع|مديون|دين|ديون|جنيه|باوند|الف|الاف|فلوس|مصاري|\b(?:dafa3\w*|dfa3\w*|"
    r"edfa3|mdayy?an\w*|dayn|masari|masare|floos|flus|pounds?|\d{3,})\b"
)
_AR_HARMS_KIN = (
    _AR_WILL_HE + r"(?:اذي|ؤذي|ئذي|ضر|قتل|ذبح|دبح|خطف|ضرب|حرق)\S*|\b(?:ra7|rah|7a|bi|b)?\s*"
    r"y[aeiou]?(?:2zi|2zee|2zy|2tol|2tl|2otl|qtl|dba7|dbah|khtof|5tof|drob|7re2)\w*"
)
_AR_A_SERIES = r"^(?!.*(?:فيلم|مسلسل|الاخبار|خبر|قصه|روايه|\b(?:film|mosalsal|akhbar)\b))"
# A boy of the family drawn in by older men: given money or drugs, taken out at night, made to
# work with them or threatened with death ("في رجال عم يعطوه مخدرات ويطلعوه معهم بالليل",
# "lazem yeshteghel ma3on aw byeqtlou"); not a boy taken by friends to play football.
_AR_MEN = r"ناس|رجال|رجاجيل|شباب|زلم|عصابه|جماعه|\b(?:nas|rjal|rijal|shabab|zlem|3isabe)\b"
_AR_TAKE_HIM = (
    r"(?:ي|بي)(?:اخدوه|اخذوه|طلعوه|شغلوه|عطوه|سحبوه)|(?:ي|بي)شتغل\s+(?:مع|ويا)(?:هم|هن|ن)|"
    r"\b\w{0,4}(?:a3touh|a3tuh|o3touh|akhdouh|a5douh|tal3ouh|shaghlouh)\b|"
    r"\b\w{0,4}(?:shteghel|shtghel|shtaghel)\s+(?:ma3|m3)(?:on|hon|hom|ohom)\b"
)
_AR_A_BOY_OF_OURS = (
    r"ابني|اخوي|اخي|الصغير|عمره|ابن\s+(?:اخوي|اختي)|\b(?:ibni|ebni|akhi|5ayyi|khayyi|"
    r"3[eo]mro|3umro)\b"
)
_AR_THE_HOLD = (
    r"مخدرات|حشيش|بالليل|الليل|يقتلوه|يذبحوه|لحاله|لوحده|(?:ما|مش)\s+(?:بي|ي)رد|مصاري|فلوس|"
    r"\b(?:mokhaddar\w*|m5addar\w*|hashish|bel\s*leil|b?y[eia]?q?2?t[ei]?lou|masari|floos)\b"
)
# A landlord, a supervisor or a boss who asks for sex for the rent, or threatens to report the
# writer to the Home Office if she complains or refuses ("المشرف بالفندق قال إذا اشتكيت مرة
# تانية بيبلغ الهوم أوفيس"); not one who will tell the Home Office of a new address.
_AR_IN_CHARGE = (
    r"صاحب\s+(?:ال)?(?:بيت|شقه|سكن|غرفه|شغل|عمل)|المالك|المشرف|مدير\s+(?:ال)?فندق|المسؤول|"
    r"معلمي|\b(?:sa7(?:e|a)?b\s+el\s+(?:bet|beit|shoghl|sheghl)|m3all?mi|mu3allmi|"
    r"el\s+mashref|mudir\s+el\s+hotel)\b"
)
_AR_FOR_THE_RENT = (
    r"(?:بدل|مقابل|عوض|بدال)\s+(?:ال)?(?:ايجار|اجار|اجره|كرا|كراء)|\b(?:badal|bdal|3awad|"
    r"mu2abel)\s+(?:el\s+)?(?:ijar|ejar|2ijar|ajar|kira|rent)\b"
)
_AR_SEX = (
    r"ينام\s+(?:معي|معاي|وياي)|انام\s+(?:معه|معاه|وياه)|جسمي|جنس|يلمسني|\b(?:y[ae]?nam\s+"
    r"(?:ma3i|m3i)|nam\s+ma3o|jesmi|yelmesni)\b"
)
_AR_REPORTS_ME = (
    _AR_WILL_HE + r"(?:بلغ|خبر|شتكي|تصل)\S*\s+(?:\S+\s+){0,3}?(?:عني|علي|عليا|عليي|اني|"
    r"انو\s+انا|انني)|\b\w{0,4}(?:ballegh|balleg|ballgh|blegh|shki)\w*\s+(?:\w+\s+)?"
    r"(?:3alay|3layi|3ani|3anni|ene|enno\s+ana)\b"
)
_AR_HOME_OFFICE = r"(?:ال)?هوم\s*اوفيس|الداخليه|الهجره|\bhome\s*office\b"
_AR_IF_I_REFUSE = (
    r"(?:اذا|لو|ان)\s+(?:\S+\s+)?(?:اشتكيت|رفضت|حكيت|بلغت|(?:ما|لم)\s+(?:قبلت|وافقت|رضيت))|"
    r"\b(?:iza|eza|law)\s+(?:\w+\s+)?(?:rafadt|shtakait|7kit|ma\s+(?:2bilt|wafa2t))\b|\baw\b"
)
# A boss who took the passport, in the chat spelling, and does not pay or hit a worker
# ("m3allmi akhad el basbor taba3i, ma 3am yedfa3li"); not a passport copied and given back.
_AZ_BOSS = (
    r"\b(?:m3all?(?:e)?mi|mu3all?mi|el\s+boss|boss|mudiri|modiri|kafili|kafeel|arbab|"
    r"sa7(?:e|a)?b\s+el\s+(?:shoghl|sheghl|sheghel))\b"
)
_AZ_PASSPORT_TAKEN = (
    r"\b(?:akhad|a5ad|khad|5ad|sa7ab|7ajaz|akhado|a5ado|khabba|mkhabbi|m5abbi)\s+(?:\w+\s+)?"
    r"(?:el\s+)?(?:basbor|basbour|passport|baspor|jawaz|jawazi|awra2i|passporti)\w*"
)
_AZ_UNPAID_OR_HIT = (
    r"\b(?:ma|mesh|mish|msh)\s+(?:3am\s+)?(?:b?y?[ei]?dfa3|b?y?[ei]?dfa3)\w*|"
    r"\b(?:ma3ashi|ratibi|masari|floosi)\s+(?:\w+\s+)?(?:ma|mesh)\b|" + _AZ_HIT
)
# A crowd outside the hotel or home throwing stones or breaking windows now ("في ناس كتير برا
# الفندق عم يرموا حجار علينا هلق"); not stones skimmed on the sea.
_AR_STONES = (
    r"(?:ي|بي)(?:رم|رجم|حذف|قذف)\S*\s+(?:\S+\s+)?(?:ال)?(?:حجار|حجاره|احجار|طوب|بيض|قناني)|"
    r"(?:ي|بي)كسر\S*\s+(?:ال)?(?:شبابيك|زجاج|قزاز)|\b\w{0,4}(?:rmo|rmu|rjmo|kassro|ksro)\s+"
    r"(?:\w+\s+)?(?:7jar|hjar|a7jar|7ijara|bayd|2zaz|shababik)\b"
)
_AR_AT_US_NOW = (
    r"علينا|الفندق|البيت|بيتنا|الشبابيك|برا|بره|هلق|هسه|هسي|الحين|الان|هلا|\b(?:3alayna|"
    r"3layna|hotel|fondo2|bet|beitna|barra|halla2|hala2|hessa)\b"
)
_AR_NOT_THE_SEA = r"^(?!.*(?:بحر|نهر|بحيره|\b(?:ba7r|bahr|nahr|sea)\b))"
# The writer who will end her life before she is sent back or on the removal flight ("رح موت
# حالي قبل ما يرحلوني", "ra7 2otol 7ali 2abl ma yraj3ouni"); not getting ready for work.
_AR_SENT_BACK = (
    r"(?:ي|بي|رح\s+ي)(?:رحلوني|رجعوني|سفروني|ردوني|طردوني\s+من\s+(?:ال)?بلد)|(?:ال)?ترحيل|"
    r"(?:ال)?ديبورت|\b(?:y?r[ae]?7?h?l[ou]{1,2}ni|yr[ae]?j+[ae]?3[ou]{1,2}ni|tar7il|tarhil)\b"
)
_AR_I_END_IT = (
    r"(?:^|\s)(?:و|ف)?(?:ب|رح\s+|راح\s+|ح\s*|سا?|ا)?(?:موت|قتل)\s+(?:حالي|نفسي|روحي)|"
    r"(?:^|\s)(?:و|ف)?(?:ب|رح\s+ا?|راح\s+ا?|ح\s*ا?|سا)نتحر|\b(?:ra7|rah|7a|b|bi|sa)?\s*"
    r"(?:2|a)?[ou]?(?:2|q|k)[ou]?t[ou]?l\s+(?:7ali|hali|nafsi|nefsi|ro7i)\b|\b(?:ra7|rah|7a|b)\s*"
    r"(?:2|a)?[ei]?nt[ei](?:7|h)[ae]r\b"
)
_AR_A_LAUGH = r"^(?!.*(?:ضحك|\b(?:da7k|dahk)\b))"
# Someone else who does not want to live or wants to die, on a roof or a bridge or now ("قال
# لي هسي إنو ما عاوز يعيش بعد الرفض، قاعد فوق السطح"); not one who does not want to live in
# London, nor dying of laughter.
_AR_HE_WONT_LIVE = (
    r"(?:ما|مش|مو|لا)\s+(?:بدو|عاوز|عايز|يريد|يبغى|يبي|بيريد)\s+(?:ان\s+)?(?:ي|ت)عيش"
    r"(?!\s+(?:(?:في|هون|هنا|هناك|مع|عند)(?![\u0621-\u064a])|بال|لحال))|(?:بدو|عاوز|عايز|يريد|"
    r"يبغى|يبي)\s+(?:ان\s+)?"
    r"(?:يموت|ينتحر|يقتل\s+(?:حاله|نفسه|روحه))|(?:رح|راح|ح|س)\s*ينتحر|(?:بدها|عاوزه|عايزه|"
    r"تريد|تبغى|تبي)\s+(?:ان\s+)?(?:تموت|تنتحر|تقتل\s+(?:حالها|نفسها|روحها))|(?:رح|راح|ح|س)\s*"
    r"تنتحر"
)
_AR_AT_THE_EDGE = (
    r"(?:فوق|على|ع)\s+(?:ال)?(?:سطح|جسر|كوبري|بنايه|حافه|شباك|بلكون)|السطح|الجسر|ما\s+راضي\s+"
    r"ينزل|هسي|هسه|هلق|هلا|الحين|الان|حبل|حبوب|سكين"
)
# A child of ten to seventeen alone, and a man who says he is an uncle or a relative taking her
# or him tonight ("في رجال بيقول إنه عمها رح ياخدها الليلة"); not an uncle taking his niece to
# the cinema.
_AR_A_MINOR = (
    r"عمر(?:ها|ه|و)\s+(?:١[٠-٧]|1[0-7])|قاصر|\b(?:3[eo]mr(?:a|o|ha)|3umr(?:a|o|ha))\s+1[0-7]\b|"
    r"(?:بنت|ولد|صبي|طفل)\S*\s+(?:\S+\s+)?(?:لحال|لوحد)"
)
_AR_SAYS_KIN = (
    r"(?:بيقول|يقول|قال|يدعي|بيدعي|ادعى|بيحكي|يحكي)\S*\s+(?:\S+\s+)?(?:انه|انو|انه\s+هو|انو\s+"
    r"هو)?\s*(?:عمها|عمه|خالها|خاله|قريبها|قريبه|ابوها|ابوه|اخوها|اخوه)|\b(?:b?i?y?2ool|"
    r"b?i?y?2oul|2al|yedda3i)\s+(?:\w+\s+)?(?:eno|enno|inno|ino|anno)?\s*(?:huwe\s+)?"
    r"(?:3amm?(?:a|ha|o)|kh?al(?:a|ha|o)|5al(?:a|ha|o)|abouha|aboha|a5ouha|akhouha|"
    r"2arib(?:a|ha|o))\b"
)
_AR_TAKES_AWAY = (
    r"(?:ي|بي|رح\s+ي|راح\s+ي|ح\s*ي)(?:اخد|اخذ|خد|طلع|سفر|نقل)(?:ها|ه|و)(?![\u0621-\u064a])|"
    r"\b\w{0,3}(?:akhod|a5od|khod|5od|tal3|saffer)(?:ha|o|ou)\b"
)
# Turned out tonight with the children or nowhere to sleep ("طردونا الليلة أنا وولادي، ما في
# محل ننام فيه"), or a landlord putting a family on the street tonight ("بدو يطالعو هو ومرتو
# ومولودهم الجديد عالشارع الليلة"); not a family sent off the pitch, nor an old sofa put out.
_AR_TURNED_US_OUT = (
    r"(?:طرد|كب|زت|رم|طلع)(?:ونا|وني|نا|ني)(?![\u0621-\u064a])|\b(?:tarad|kab|zat|tal3)"
    r"(?:ouna|una|ona|ouni|uni|oni)\b"
)
_AR_NOWHERE_COLD = (
    r"(?:ما|مش|مو)\s+(?:في|فيه|عنا|عندنا|عندي|لنا|النا|الي)\s+(?:محل|مكان|وين)|الشارع|برد|"
    r"ننام|نبات|\b(?:ma\s+fi\s+(?:ma7al|mkan|makan)|share3|bard|nnam|nnem)\b"
)
_AR_ON_THE_STREET = (
    _AR_WILL_HE + r"(?:طالع|طلع|طرد|كب|زت|رمي)\S*\s+(?:\S+\s+){0,5}?(?:ع|على|عال|لل|في\s+ال|"
    r"بال)\s*(?:ال)?شارع|(?:ي|بي)رمي\s+(?:ال)?(?:اغراض|غراض|عفش|اثاث|ملابس)\S*\s+(?:برا|بره|"
    r"عالشارع)"
)
_AR_TONIGHT_OR_A_BABY = r"الليله|هلق|هسه|الحين|الان|مولود|اطفال|ولاد|برد"
_AR_NOT_OLD_THINGS = r"^(?!.*(?:البلديه|القمامه|الزباله|النفايات|قديم))"
# A man threatening to kill "us" at the door, drunk or over who we are ("يدگ الباب ويگول راح
# يذبحنا لأن إحنا أكراد"); not a father's joke about a broken door.
_AR_KILLS_US = (
    r"(?:سي|س|رح\s+ي|راح\s+ي|ح\s*ي|هي|بي|ي)(?:قتل|ذبح|دبح)(?:نا|ونا|كم|وكم)(?![\u0621-\u064a])"
)
_AR_AT_OUR_DOOR = (
    r"(?:ي|بي|عم\s+ي)(?:دق|دگ|دك|طرق|ضرب|خبط|كسر)\s+(?:علينا\s+)?(?:ال)?باب|سكران|سكير|سلاح|"
    r"سكين|لان(?:و|ه)?\s+(?:احنا|نحن)"
)
# Lost, with the dark come or the phone dying ("أنا ضايع، الدنيا عتمة وتلفوني رح يطفى"); not a
# phone left to charge at home.
_AR_LOST = (
    r"(?:^|\s)(?:انا\s+)?(?:ضايع|ضايعه|ضعت|تهت|تايه|تايهه)(?![\u0621-\u064a])|(?:ما|مش)\s+"
    r"(?:بعرف|عارف|عارفه|اعرف)\s+(?:وين|فين|اين)\s+(?:انا|صرت)|\b(?:dayi3|daye3|day3a|"
    r"day3an|d3t|da3et|tohet|to2t|tayeh|tayha)\b"
)
_AR_DARK_OR_DYING_PHONE = (
    r"عتمه|عتم|ظلام|ظلمه|ضلمه|الليل|(?:تلفوني|موبايلي|جوالي|تليفوني|الشحن|البطاريه|الشارج)"
    r"\s+(?:\S+\s+)?(?:رح\s+|عم\s+|ح)?(?:يطفى|يطفي|يخلص|خلص|خلصان|خالص|فاضي|فصل)|"
    r"\b(?:3atme|3atmeh|3atem|zalam|dalme|dalam|(?:telefoni|mobaili|mobile|jawali|"
    r"el\s+charge|charge|battery|shar7en|sha7n)\s+(?:\w+\s+)?(?:ra7\s+|3am\s+)?"
    r"(?:yetfi|ytfi|yetfa|5ales|khales|5eles|khelis|fade|fadi|yekhlas))\b"
)
# A fire at home with the writer or someone not able to get out ("ما بقدر اطلع", or of
# neighbours "ما يقدروا يطلعوا"); not a fire drill, nor cigarette or shisha smoke that keeps
# the children from going out to play.
_AR_FIRE = (
    r"حريق|الحريق|حريقه|دخان|الدخان|(?:ي|ت)حترق|احترق|النار\s+(?:\S+\s+)?(?:بالشقه|بالبيت|"
    r"بالمطبخ|بالغرفه|وصلت)|\b(?:7ari2|hari2|7ar2a|dakhan|da5an|b?[yt]e?7ter2)\w*"
)
_AR_CANT_GET_OUT = (
    r"(?:ما|مش|مو|لا)\s+(?:عم\s+)?(?:ب|ا|ن|ي|ت|بي|بت)?(?:قدر|قادر|قادره|قادرين|اقدر|استطيع|"
    r"نقدر)(?:وا|و)?\s+(?:ا|ن|ي|ت)?(?:طلع|اطلع|خرج|الخروج|نطلع)|علقت|علقنا|عالق|محاصر|محبوس|"
    r"\b(?:ma|mesh|mish|msh|mu)\s+"
    r"(?:3am\s+)?(?:2?[ae]?der|2adr?a?|2adir|bi?2dar|ba2der|a2dar)\s+(?:\w+\s+)?(?:etla3|atla3|"
    r"tla3|o5roj|akhroj|e5roj)\b|\b(?:3l2ana|3el2et|3l2t|ma7bous|m7asar)\b"
)
_AR_NOT_A_DRILL = (
    r"^(?!.*(?:تمرين|تدريب|فيلم|مسلسل|الاخبار|سجاير|سجائر|سيجار|ارجيله|اركيله|شيشه|"
    r"\b(?:tamrin|tadrib)\b))"
)
# A baby or a child not breathing properly ("ابني ما عم يتنفس منيح", "ebni ma 3am yetnaffas
# mnee7"); not a nose blocked by a cold, a laugh, nor a dive in the pool.
_AR_LITTLE_ONE = (
    r"ابني|بنتي|ابنتي|طفلي|طفلتي|ولدي|البيبي|بيبي|الرضيع|الطفل|الصغير|\b(?:ibni|ebni|binti|"
    r"benti|tefli|el\s+beybi|ebnti|el\s+zghir|el\s+walad)\b"
)
_AR_BREATHES_BADLY = (
    r"(?:ما|مش|مو|لا)\s+(?:عم\s+)?(?:بي|بت|ي|ت)(?:تنفس|قدر\s+يتنفس|اخد\s+نفس)|(?:ما|مش|مو)\s+"
    r"(?:عم\s+)?(?:بي|ي)?(?:قدر|قادر)\s+(?:ي|ت)تنفس|نفس(?:ه|ها)\s+(?:\S+\s+)?(?:ضيق|مقطوع|"
    r"واقف|بيتقطع)|\b(?:ma|mesh|mish|msh|mu)\s+(?:3am\s+)?(?:b[iy]?|[yt])-?[ei]?tn[ae]f+[ae]?s\b"
)
_AR_NOT_A_COLD = (
    r"^(?!.*(?:انف|مناخير|خشم|زكام|مزكوم|رشح|ضحك|المسبح|تحت\s+الماء|\b(?:anf\w*|man[ae]"
    r"(?:kh|5)ir\w*|zokam|rash7|da7k|pool)\b))"
)
# A fit that has gone on for minutes or will not stop ("عم يتشنج من ٥ دقايق وما وقف");
# not shaking from the cold.
_AR_A_FIT = (
    r"تشنج|يتشنج|بيتشنج|صرع|نوبه\s+(?:صرع|تشنج)|اختلاج|\b(?:b?[yt]?etshann?aj\w*|tashann?oj\w*|"
    r"tshann?oj|sar3|nobet\s+sar3)\b"
)
_AR_GOES_ON = (
    r"(?:[0-9٠-٩]+|خمس|خمسه|عشر|عشره)\s+(?:دقايق|دقائق|دقيقه)|(?:ما|مش)\s+(?:عم\s+)?(?:وقف|"
    r"وقفت|بيوقف|يوقف|هدي|هديت)|مستمر|\b(?:\d+|khams|5ams)\s+(?:d2aye2|da2aye2|dqayq|"
    r"da2i2a)\b|\bma\s+(?:3am\s+)?(?:wa2af|w2ef|wa2fet|b?yo2af|hidi|hedi)\b"
)
# Someone fallen, in the Latin chat spelling, with the head bleeding or not coming round ("emmi
# we23et w rasa 3am ynazzef w ma 3am tfee2"); not a fall after which she got up.
_AZ_FELL = r"\b(?:w[ei]?2[ei]?3(?:et|at|t)?|wa2a3(?:et|at)?|sa2a[t6](?:et)?|ta7(?:et|at)?)\b"
_AZ_HURT_OR_OUT = (
    r"\bras(?:o|e|a|ha|ho)?\s+(?:\w+\s+)?(?:3am\s+)?(?:ynazz?ef|yenzef|bynazz?ef|nazz?ef)\b|"
    r"\b(?:ma|mesh|mish|msh)\s+(?:3am\s+)?(?:b?[yt]f[ie]{1,2}2|b?[yt]s?[ae]?7[ie]|b?[yt]rod|"
    r"b?[yt]rud)\w*"
)

ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    # a smuggler's debt with harm to the family; a boy drawn in by older men; a passport
    # taken by a boss who does not pay (chat spelling)
    _AR_A_SERIES + every_one_of(_AR_SMUGGLER, _AR_A_DEBT, _AR_HARMS_KIN),
    "^" + every_one_of(_AR_MEN, _AR_TAKE_HIM, _AR_A_BOY_OF_OURS, _AR_THE_HOLD),
    "^" + every_one_of(_AZ_BOSS, _AZ_PASSPORT_TAKEN, _AZ_UNPAID_OR_HIT),
    # sex asked for the rent; a report to the Home Office if the writer complains or refuses
    "^" + every_one_of(_AR_IN_CHARGE, _AR_FOR_THE_RENT, _AR_SEX),
    "^" + every_one_of(_AR_IN_CHARGE, _AR_REPORTS_ME, _AR_HOME_OFFICE, _AR_IF_I_REFUSE),
    # stones thrown at the hotel or home now
    _AR_NOT_THE_SEA + every_one_of(_AR_MEN, _AR_STONES, _AR_AT_US_NOW),
    # ending it before removal; someone else who will not live, on a roof or now
    _AR_A_LAUGH + every_one_of(_AR_SENT_BACK, _AR_I_END_IT),
    _AR_A_LAUGH + every_one_of(_AR_HE_WONT_LIVE, _AR_AT_THE_EDGE),
    # a minor taken tonight by a man who says he is a relative
    "^" + every_one_of(_AR_A_MINOR, _AR_SAYS_KIN, _AR_TAKES_AWAY),
    # turned out with nowhere to sleep; put on the street by a landlord tonight
    "^" + every_one_of(_AR_TURNED_US_OUT, _AR_NOWHERE_COLD),
    _AR_NOT_OLD_THINGS + every_one_of(_AR_ON_THE_STREET, _AR_TONIGHT_OR_A_BABY),
    # "he will kill us" at the door, drunk or over who we are
    "^" + every_one_of(_AR_KILLS_US, _AR_AT_OUR_DOOR),
    # lost in the dark or with the phone dying; a fire with no way out
    "^" + every_one_of(_AR_LOST, _AR_DARK_OR_DYING_PHONE),
    _AR_NOT_A_DRILL + every_one_of(_AR_FIRE, _AR_CANT_GET_OUT),
    # a little one not breathing properly; a fit going on; fallen and bleeding (chat spelling)
    _AR_NOT_A_COLD + every_one_of(_AR_LITTLE_ONE, _AR_BREATHES_BADLY),
    "^" + every_one_of(_AR_A_FIT, _AR_GOES_ON),
    "^" + every_one_of(_AZ_FELL, _AZ_HURT_OR_OUT),
)

# A child made to carry or deliver for older youths or men, who came back beaten or is
# threatened ("شباب أكبر منه يجبرونه يوصّل أغراض. أمس رجع مضروب"); not a child asked by friends
# to carry things for a party who came back happy.
_AR_MADE_TO_CARRY = (
    r"(?:يجبرون|يغصبون|يجبروا|يغصبوا|اجبروا|غصبوا|يجبر|يغصب)\S*\s+(?:\S+\s+){0,2}"
    r"(?:يوصل|يوزع|يبيع|يحمل|ينقل|توصيل|تبيع|توصل)\S*"
)
_AR_BEATEN_OR_THREATENED = (
    r"مضروب|ضربوه|ضربوها|يضربونه|يهددونه|يهددونها|هددوه|هددوها|سكين|يقتلونه|يقتلوه"
)
# Someone hurt at work bleeding, fallen or not moving, and a boss who will not let anyone call an
# ambulance ("صاحب العمل ضرب الولد ... ينزف الآن ولا يسمح لنا بطلب الإسعاف"); not a boss who
# does not let workers order food.
_AR_HURT_NOW = r"ينزف|نزيف|(?:لا|ما)\s+يتحرك|فاقد\s+الوعي|مغمى\s+عليه|\b(?:سقط|وقع|طاح)\b"
_AR_NO_AMBULANCE = (
    r"(?:لا|ما|مش|رفض)\s+(?:\S+\s+){0,2}(?:يسمح|يخلينا|يخلي|يرضى|يريد|يبغى|يبي|نتصل|يتصل)\S*\s+"
    r"(?:\S+\s+){0,3}\S*(?:اسعاف|الشرطه|طوارئ|999)"
)
# A man with a knife or a gun come into the shop where the writer works, asking for money,
# threatening, or the writer hiding ("رجل معه سكين دخل المحل"); not a knife for meat or
# vegetables, a film.
_AR_ARMED_MAN = (
    r"(?:رجل|شخص|واحد|شاب|حرامي|ملثم|لص)\S*\s+(?:\S+\s+){0,2}(?:معه|معاه|بيده|يحمل|حامل)\s+"
    r"(?:سكين|ساطور|مسدس|سلاح)"
)
_AR_CAME_IN_NOW = (
    r"دخل|داخل|الآن|الان|يطلب\s+(?:\S+\s+)?(?:الفلوس|المال|الصندوق)|يهدد|مختبئ|مستخبي|متخبي"
)
_AR_NOT_A_COOK = r"^(?!.*(?:لحم|خضار|بصل|فاكهه|يقطع|فيلم|مسلسل))"
# A boss who says the writer must stay or sleep at his place tonight or be sacked ("مديري يقول
# إذا لم أبق معه الليلة سيطردني"); not a boss who asks for a late shift for the stocktake.
_AR_BOSS = r"(?:مدير|صاحب\s+العمل|الكفيل|كفيلي|معلمي|رئيسي|البوس)"
_AR_STAY_WITH_HIM_TONIGHT = (
    r"(?:معه|عنده|معاه)\s+(?:\S+\s+)?الليله|الليله\s+(?:\S+\s+)?(?:معه|عنده|معاه)|"
    r"(?:انام|ابات|انم)\s+(?:\S+\s+)?(?:معه|عنده)"
)
_AR_OR_SACKED = r"يطردني|سيطردني|يفصلني|سيفصلني|الاقامه|التاشيره|الفيزا|يسفرني|يرحلني"

ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    # a child made to carry for others and beaten or threatened
    "^" + every_one_of(_AR_MADE_TO_CARRY, _AR_BEATEN_OR_THREATENED),
    # someone hurt at work with no ambulance allowed; a man armed in the shop
    "^" + every_one_of(_AR_HURT_NOW, _AR_NO_AMBULANCE),
    _AR_NOT_A_COOK + every_one_of(_AR_ARMED_MAN, _AR_CAME_IN_NOW),
    # stay the night with the boss or be sacked
    "^" + every_one_of(_AR_BOSS, _AR_STAY_WITH_HIM_TONIGHT, _AR_OR_SACKED),
)

# A diabetic ("مريض سكري") beside two of a sugar crash's signs: sweating, shaking, speech not
# making sense, confused, fainted or not answering ("يتعرق ويرتجف ولا يتكلم بشكل مفهوم"); not a
# diabetic who fasts and checks the sugar every day and is well.
_AR_DIABETIC = r"سكري|السكر|سكره|\b(?:sokkari|sukkari|sokkar|sukkar|diabet\w*)\b"
_AR_SUGAR_CRASH_SIGNS = (
    r"تعرق|يعرق|عرقان|عرق\s+بارد|\b(?:3arqan|bi3ra2|ya3ra2)\b",
    r"يرتجف|ترتجف|يرجف|ترجف|رجفه|يرعش|ترعش|رعشه|\b(?:birjof|yirjif|birtjef|ra3she)\b",
    r"(?:لا|ما|مش|مو)\s+(?:\S+\s+)?(?:يتكلم|تتكلم|يحكي|تحكي|بيحكي|بتحكي)\s+(?:\S+\s+)?(?:مفهوم|"
    r"واضح|عدل|منيح|صح)|كلام\S*\s+(?:\S+\s+)?(?:مش|غير|مو|ما)\s+(?:مفهوم|واضح)|يخربط|تخربط|"
    r"يهذي|تهذي|مشوش|مشوشه|تايه|تايهه",
    r"مغمي\s+(?:عليه|عليها)|فاقد\S*\s+(?:ال)?وعي|اغمي|(?:لا|ما|مش)\s+(?:\S+\s+)?(?:يصحي|تصحي|"
    r"يستجيب|تستجيب|يرد\s+علي|ترد\s+علي)",
)
ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_DIABETIC) + any_two_of(*_AR_SUGAR_CRASH_SIGNS),
)

# A girl to be married off ("يزوجوها", "yjawzuha"), beside her age under eighteen, her passport
# taken or her unwilling; not a grown sister happy to marry back home in the summer.
_AR_MARRY_HER_OFF = (
    r"(?:ي|ن|بد\S*\s+ي|رح\s+ي|راح\s+ي|ل)(?:زوج|جوز)(?:وها|ها|وه)|زوجوها|جوزوها|"
    r"\b\w{0,5}(?:zawwe?j|jawwe?z|jawez|zawej|zawj|jawz)(?:uha|ouha|oha|ha|u|ou)\b"
)
_AR_A_CHILD_OR_UNWILLING = (
    r"عمر\S*\s+(?:\S+\s+)?(?:1[0-7]|١[٠-٧])(?!\d)|(?:1[0-7]|١[٠-٧])\s+(?:سنه|سنين|سنوات)|"
    r"\b(?:3omr|3umr|omr)\w*\s+(?:\w+\s+)?1[0-7]\b|(?:اخذ|اخدو|اخذوا|سحبوا|خبوا)\S*\s+(?:\S+\s+)?"
    r"(?:جواز|باسبور|اوراق)\S*|\b(?:a5ad|akhad|5abbo|sa7abo)\w*\s+(?:\w+\s+)?(?:passport|"
    r"baspor|jawaz|awra2)\w*|غصب|مش\s+راضيه|ما\s+بدها|تبكي|\b(?:ghasb|8asb|ma\s+bad[dh]a|"
    r"mish\s+radye|btib?ki|bt3ayyet)\b"
)
ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_MARRY_HER_OFF, _AR_A_CHILD_OR_UNWILLING),
)

# Someone else who wants to die or to kill himself, beside a goodbye written or sent ("كتب لي
# رسالة وداع") or an age under eighteen; not the hero of a novel or a film who wants to die.
_AR_GOODBYE_OR_YOUNG = (
    r"رساله\s+(?:\S+\s+)?وداع|(?<!\S)(?:ودعني|ودعنا|ودعتني|وصيه|وصيته)|سامحوني|سامحيني|"
    + _AR_A_MINOR
)
ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:روايه|فيلم|مسلسل|قصه|بطل|شخصيه|كتاب))"
    + every_one_of(_AR_HE_WONT_LIVE, _AR_GOODBYE_OR_YOUNG),
)

# The writer locked out of home with the young children still inside: the locks changed and
# the writer outside or not let in ("صاحب البيت غيّر الأقفال وأولادي الصغار جوّا البيت وأنا
# برّا"); not locks changed after a move, nor children at home while the writer is at work, at
# the shop or in the garden.
_AR_LOCKS_CHANGED = (
    r"(?:غير|بدل)\S*\s+(?:ال)?(?:اقفال|قفل|كالون|غال|زرفيل|مفاتيح)\S*|"
    r"(?:اقفال|قفل|كالون)\S*\s+(?:ال)?(?:بيت|شقه|باب)\S*\s+(?:تغير|تبدل)\S*"
)
_AR_CHILDREN_INSIDE = (
    r"(?:اولاد|ولاد|اطفال|عيال|ابني|بنتي|ابنتي|طفلي|صغار)\S*\s+(?:\S+\s+){0,2}?(?:جوا|جوه|جوات|"
    r"داخل|بالبيت|في\s+البيت|بالشقه|في\s+الشقه)"
)
_AR_I_AM_OUTSIDE = (
    r"(?:انا|واني|وانا)\s+(?:\S+\s+)?(?:برا|بره|بالخارج|خارج|في\s+الشارع|بالشارع)|"
    r"(?:ما|مش|مو|لا)\s+(?:\S+\s+)?(?:خلوني|خلاني|يخليني|يخلوني|بيخليني|قادره?|اقدر|بقدر)\s+"
    r"(?:\S+\s+)?(?:ادخل|افوت|اخش)"
)
_AR_NOT_AN_ERRAND = (
    r"^(?!.*(?:انتقلنا|نقلنا|عزلنا|الشغل|العمل|الدوام|اجيب|اشتري|السوق|الدكان|الجنينه|"
    r"الحديقه|الحوش))"
)
ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    _AR_NOT_AN_ERRAND + every_one_of(_AR_LOCKS_CHANGED, _AR_CHILDREN_INSIDE, _AR_I_AM_OUTSIDE),
)

# A friend drunk or unable to stand, and men who want to take her off in their car ("صاحبتي شربت
# كتير ومش قادرة توقف، وفي شباب بدهم ياخدوها بسيارتهم"); not a friend who drank a lot of coffee
# and cannot sleep, taken to the cinema by classmates.
_AR_DRUNK = (
    r"(?:شربت|شاربه)\s+(?:كتير|كثير|واجد|وايد|هلقد|بزياده)(?!\s+(?:قهوه|شاي|عصير|مي|ميه|مويه))|"
    r"سكرانه|مسطوله|مخدره|(?:مش|مو|ما|مانها|مهيش)\s+(?:\S+\s+)?(?:قادره|قدرانه|بتقدر|تقدر)\s+"
    r"(?:توقف|تقف|تمشي|تحكي|تصحى|توقف\s+على\s+رجليها)"
)
_AR_MEN_TAKE_HER = (
    r"(?:شباب|رجال|رجاجيل|زلم|غربا|ناس\s+ما\s+بعرفهم)\s+(?:\S+\s+){0,2}?(?:بد\S*|عايزين|عاوزين|"
    r"يبغون|يبون|يريدون|حابين|رح|ح|بيحاولو|يحاولون)\s+(?:ياخدوها|ياخذوها|يوخدوها|"
    r"يركبوها|يطلعوها)"
)
ARABIC_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_DRUNK, _AR_MEN_TAKE_HER),
)
