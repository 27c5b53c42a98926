"""The Farsi safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_farsi), in Persian script and in Latin letters (Finglish), with the
present prefix and endings of safeguarding_farsi (a zero-width non-joiner, a space or nothing
between "می" and its verb).

It reads: the writer cutting her own hand, wrist or self now beside blood, a blade or a vein
("دارم دستمو می‌برم، خون بند نمیاد"); a box of pills swallowed; hanging oneself ("خودمو دار
می‌زنم", "khodamo dar mizanam"), all the pills tonight (Finglish); a mother, sister or child
being beaten, or the writer beaten with his coming back (Finglish); a knife held beside a door
locked; being followed from the bus or station, or to the door; a child alone for days with no
food; a child hit and bleeding from the head (Finglish); the writer to be married off to a
cousin or with tickets bought; the writer locked in, and papers taken by a husband's family (in
Finglish); a daughter to be cut; chest pain with someone not speaking; someone beaten to drive
out a jinn (Finglish). And, in script and in Finglish, what members seeking asylum write: a
smuggler or a debt with a threat to kill or hurt the family, a landlord asking for sex for the
rent or threatening the Home Office, a crowd outside the hotel throwing stones, killing oneself
(or a brother killing himself) before the removal flight, a friend past bearing it with a rope
bought and her door locked, a child of 14 or 15 whom a stranger who says he is the uncle is
taking, nowhere to sleep (Finglish), lost in the dark with the phone dying, a fire with no way
out, a baby not breathing, a fit gone on for minutes, and someone fallen with the head bleeding
or who will not wake.

Left alone: a hand raised in class ("دستمو می‌برم بالا"), a box of sweets eaten, all the dinner
eaten tonight, a call made to a mother, onions cut with a knife behind a locked door, a friend
come from the station to pick the writer up, a child who walks to school alone, a ball kicked,
a cousin's wedding gone to, a bike locked up, a son's circumcision, back pain and a sulk, a
prayer said against a jinn, a debt to a friend, a garden tidied instead of the rent, children
throwing a ball outside the hotel, getting oneself to the airport, a rope for the washing line, a
boy's own uncle taking him to the cinema, keys lost in the dark, a flat too cold to leave, a
child who will not draw, the first-aid rule for a fit told with "if", a knee grazed in a fall.
Also: a child abused by a man of the house with tonight alone with him (Finglish and script);
a man with a knife in the shop; a boss who says stay with him tonight or be sacked; a worker
fallen and not moving with no ambulance called. Left alone: a child misusing the wifi, onions
cut, work falling behind, a fall with the person fine.
Also bleeding hard beside someone fainting or gone pale (not a cut that bled and was bound up).
Also a young person drawn in by a group online or by jihadists, set to leave for a war zone
with a day, a ticket or the passport taken; left alone: a father visiting his family in Syria,
the news or a documentary.
Also the writer to be sent back to Iran or Afghanistan beside the passport taken, fear or force;
left alone: a visit with the passport renewed.
Also someone shut in their room who wrote the writer a goodbye (not one shut away to study
who wrote "bye till tomorrow").
Also someone who says they no longer want to live, shut in or with pills gathered (not one shut
away to study).
"""

from __future__ import annotations

from bot.gateway.safeguarding_farsi import _FL_ME, _FL_MYSELF, _J, _MI, _NMI, _PILLS
from bot.gateway.safeguarding_words import every_one_of

# The writer's own hand, wrist, vein or self being cut now, beside blood, a blade or a vein
# ("می‌برم" also means "I take": a hand raised is left alone); not a hand cut once by accident.
_FA_MY_CUT = (
    r"(?:دستم|مچم|مچ\s+دستم|رگم|رگ\s+دستم|خودم|بدنم)(?:و|\s+(?:را|رو))?\s+(?:\S+\s+)?"
    rf"(?:{_MI}برم|زخمی\s+{_MI}کنم)|\b(?:dastamo|dastam\s+ro|mochamo|mocham\s+ro|ragamo|"
    r"ragam\s+ro|khodamo|khodam\s+ro|xodamo)\s+(?:\w+\s+)?(?:mi\s?bor+am|zakhmi\s+mikonam)\b"
)
_FA_BLOOD_OR_BLADE = r"خون|تیغ|چاقو|رگ|زخم|\b(?:kh[ou]{1,2}n|tigh|chaghoo|chaqu|rag|zakhm)\w*"
# A whole box, pack or bottle of pills swallowed.
_FA_BOX = r"(?:یه|یک|کل|یه\s+کل)\s+(?:\S+\s+)?(?:جعبه|بسته|شیشه|قوطی)\S*\s+(?:\S+\s+)?"
_FA_SWALLOWED = r"(?:خوردم|قورت\s+دادم|بالا\s+انداختم)"
_FL_PILLS = r"(?:[gq]h?ors|[gq]h?urs|dar(?:oo|u|ou))\w*"
_FL_BOX = (
    r"\b(?:ye|yek|kol|ye\s+kol)\s+(?:\w+\s+)?(?:jabe|ja3be|jaabe|baste|shishe|ghooti|quti|"
    r"ghuti)\s+(?:\w+\s+)?"
)
_FL_SWALLOWED = r"(?:khordam|xordam|ghoort\s+dadam|ghurt\s+dadam)\b"
# Hanging oneself.
_FA_HANG = (
    r"خود\S*\s+(?:\S+\s+)?(?:را\s+|رو\s+)?(?:دار|حلق\S*\s*آویز)\s+(?:"
    + _MI
    + r")?(?:زنم|کنم|بزنم|بکنم)|\b"
    + _FL_MYSELF
    + r"\s+(?:\w+\s+)?(?:dar|halgh\s*aviz|halq\s*aviz)\s+(?:mi\s?zan(?:a)?m|bezanam|mikonam|"
    r"bokonam)\b"
)
# Kin beaten (Finglish): only words of time between them and the blow.
_FL_KIN = (
    r"\b(?:mamanamo|madaramo|mamanam\s+ro|khaharamo|khaharam\s+ro|zanamo|hamsaramo|bachamo|"
    r"bachehamo|bacheha\s+ro|pesaramo|dokhtaramo)\s+"
)
_FL_WHEN = r"(?:(?:alan|dare|hamishe|har\s+shab|har\s+rooz|baz|bazam|dobare|kheili|bad)\s+){0,3}"
_FL_BEATS = r"(?:kotak\s+)?(?:mi\s?zan(?:e|ad|an|and)|zad|zade|zadan)\b"
_FL_COMES_BACK = (
    r"\b(?:emshab|dobare\s+(?:miad|miyad|mi\s?ad)|barmigarde|bar\s+migarde|shoharam|shohram|"
    r"baradaram|pedaram|babam)\b"
)
# A knife held and a door locked; not onions or meat cut.
_FA_KNIFE_HELD = (
    r"(?:چاقو|کارد|قمه)\S*\s+(?:\S+\s+)?(?:وایساده|ایستاده|وایستاده|اومده|دستشه|دستش\s+گرفته|"
    r"کشیده)|\b(?:chaghoo|chaqu|chaghu|chaqoo|kard|ghame)\s+(?:\w+\s+)?(?:vaysade|vaisade|"
    r"istade|vaistade|umade|oomade|dastesh\w*|keshide)\b"
)
_FA_DOOR_LOCKED = (
    r"(?:درو|در\s+(?:را|رو)|درب\S*)\s+(?:\S+\s+)?(?:قفل|بسته)|\b(?:daro|dar\s+ro|darbo)\s+"
    r"(?:\w+\s+)?(?:ghofl|qofl|baste)\b"
)
_FA_NOT_COOKING = (
    r"^(?!.*(?:پیاز|گوشت|مرغ|سبزی|میوه|کیک|هندوانه|\b(?:piaz|piyaz|goosht|gusht|morgh|sabzi|"
    r"mive|keik|cake|hendevane)\b))"
)
# Followed ("دنبالم کرده", not "اومده دنبالم", come to pick the writer up), with the bus, the
# station or waiting outside.
_FA_FOLLOWED = (
    rf"دنبالم\s+(?:کرده|کرد|{_MI}(?:کنه|کند))|تعقیبم|\bdonbalam\s+(?:karde|kard|mikone|"
    r"mikonad)\b|\bta[3']?[gq]h?ibam\b"
)
_FA_OUT_THERE = (
    r"اتوبوس|ایستگاه|مترو|قطار|بیرون|منتظر|دم\s+در|\b(?:otoboo?s|istgah|metro|ghatar|"
    r"biroon|birun|montazer\w*|dame\s+dar)\b"
)
# A child alone for days with no food.
_FA_CHILD = r"بچه|کودک|\b(?:bache|bachche|koodak|kudak)\w*"
_FA_DAYS = r"(?:دو|سه|۲|۳|2|3|چند)\s+روز|\b(?:do|se|2|3|chand)\s+r(?:oo|u|o)z"
_FA_ALONE = r"تنها|\btanha\w*"
_FA_NO_FOOD = (
    r"غذا\s+(?:\S+\s+)?(?:نداره|ندارد|نخورده|نیست)|چیزی\s+نخورده|گرسنه|گشنه|کسی\s+نیست|"
    r"\bghaza\s+(?:\w+\s+)?(?:nadare|nakhorde|nist)\b|\b(?:chizi\s+nakhorde|gorosne|gushne|"
    r"goshne|kasi\s+nist)\b"
)
# A child hit and bleeding from the head (Finglish).
_FL_CHILD_HIT = (
    r"\b(?:bache|bacharo|bache\s+ro|pesaramo|dokhtaramo|bachamo)\s+(?:\w+\s+)?(?:kotak\s+)?"
    r"(?:zadan|zad|zade)\b"
)
_FL_HEAD_BLEEDING = (
    r"\bsar(?:esh|ash|sh)\s+(?:\w+\s+)?(?:kh[ou]{1,2}n\s+(?:\w+\s+)?(?:miad|miyad|mire|umade|"
    r"oomade)|shekaste|shekast)\b"
)
# The writer married off, with a cousin, tickets or home named.
_FA_MARRIED_OFF = (
    r"(?:منو|مرا|من\s+(?:را|رو))\s+(?:\S+\s+){0,5}(?:شوهر\s+(?:بده|بدن|بدهد|بدهند|"
    + _MI
    + r"(?:ده|دن|دهد|دهند))|عقد\s+(?:کنه|کنن|کند|کنند))|\b(?:mano|mara|man\s+ro)\s+"
    r"(?:\w+\s+){0,6}(?:shohar\s+(?:bede|bedan|mide|midan)|aghd\s+(?:kone|konan))\b"
)
_FA_COUSIN_OR_TICKETS = (
    r"پسر\s*(?:عمو|خاله|دایی|عمه)|بلیط|بلیت|ایران|افغانستان|\bpesar\s*(?:amoo|amu|khale|daei|"
    r"dayi|ame|amme)\w*|\b(?:belit|bilit|iran|afghanestan|afghanistan)\b"
)
# Locked in; papers taken by a husband's family or an employer (Finglish).
_FL_LOCKED_IN = (
    _FL_ME + r"(?:\w+\s+){0,3}(?:zendani|habs|ghofl)\s+(?:kardan|karde|kard|mikonan|mikone)\b"
)
_FL_PAPERS_TAKEN = (
    r"\b(?:madarekamo|madarekam\s+ro|passportamo|pasportamo|passamo|gozarnamamo|tazkiramo)\s+"
    r"(?:\w+\s+)?(?:gereftan|gerefte|gereft|ghayem\s+kardan|ghaim\s+karde|nemidan|nemide)\b"
)
_FL_HUSBANDS_FAMILY = r"\b(?:shohar\w*|hamsar\w*|khanevade\w*|sahab\s*kar\w*|karfarma\w*)\b"
# A daughter or sister to be cut; not a son's circumcision, nor the subject talked about.
_FA_GIRL_CUT = (
    r"(?:دخترم|دختر\s+من|دخترام|دخترهام|نوه\s*ام|خواهرم)\S*\s+(?:\S+\s+){0,4}ختنه\s+(?:\S+\s+)?"
    rf"(?:کنن|کنند|بکنن|بکنند|{_MI}(?:کنن|کنند)|کردن|کنه)|\b(?:dokhtaram|dokhtar\s+mano|"
    r"khaharam|naveam)\w*\s+(?:\w+\s+){0,4}khatne\s+(?:\w+\s+)?(?:konan|bokonan|mikonan|kardan|"
    r"kone)\b"
)
# Chest pain with someone not speaking or unconscious.
_FA_CHEST_PAIN = (
    r"درد\s+(?:\S+\s+)?(?:قفسه\s+)?سینه|سینه\S*\s+(?:\S+\s+)?درد|\bdard\s+(?:\w+\s+)?"
    r"(?:ghafase\s+)?sine\b|\bsine\w*\s+(?:\w+\s+)?dard\b"
)
_FA_NOT_SPEAKING = (
    rf"حرف\s+{_NMI}(?:زنه|زند)|جواب\s+{_NMI}(?:ده|دهد)|بیهوش|از\s+هوش\s+رفته|"
    r"\bharf\s+nemi\s?zan(?:e|ad)\b|\bjavab\s+nemi\s?d(?:e|ahad)\b|\b(?:bihoo?sh|bihush)\b|"
    r"\baz\s+hoo?sh\s+rafte\b"
)
# Beaten to drive out a jinn (Finglish).
_FL_JINN = r"\b(?:jen|jenn|jinn?|ajene|ajine)\b"
_FL_BEATEN = r"\bkotak\w*\s+(?:\w+\s+)?mi\s?zan\w*|\b(?:mizananesh|zadanesh|kotakesh)\b"

FARSI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # cutting oneself, with blood, a blade or a vein; a box of pills swallowed
    "^" + every_one_of(_FA_MY_CUT, _FA_BLOOD_OR_BLADE),
    _FA_BOX + _PILLS + r"\s+(?:\S+\s+)?" + _FA_SWALLOWED,
    _FL_BOX + _FL_PILLS + r"\s+(?:\w+\s+)?" + _FL_SWALLOWED,
    # hanging oneself; all the pills tonight (Finglish)
    _FA_HANG,
    "^"
    + every_one_of(
        r"\b(?:hame|hameye|tamam|kolle)\s+(?:\w+\s+)?"
        + _FL_PILLS
        + r"\s+(?:\w+\s+)?(?:mikhoram|bokhoram|bekhoram|mikhorm)\b",
        r"\b(?:emshab|amshab|emshb|yekja|yeja|ba\s+ham)\b",
    ),
    # kin beaten; the writer beaten with his coming back (Finglish)
    _FL_KIN + _FL_WHEN + _FL_BEATS,
    "^" + every_one_of(_FL_ME + r"(?:\w+\s+)?(?:kotak\s+)?zad(?:e|an)?\b", _FL_COMES_BACK),
    # a knife held and a door locked; followed from the bus or to the door
    _FA_NOT_COOKING + every_one_of(_FA_KNIFE_HELD, _FA_DOOR_LOCKED),
    "^" + every_one_of(_FA_FOLLOWED, _FA_OUT_THERE),
    # a child alone for days with no food; a child hit and bleeding from the head
    "^" + every_one_of(_FA_CHILD, _FA_DAYS, _FA_ALONE, _FA_NO_FOOD),
    "^" + every_one_of(_FL_CHILD_HIT, _FL_HEAD_BLEEDING),
    # married to a cousin or with tickets bought; locked in; papers taken (Finglish)
    "^" + every_one_of(_FA_MARRIED_OFF, _FA_COUSIN_OR_TICKETS),
    _FL_LOCKED_IN,
    "^" + every_one_of(_FL_PAPERS_TAKEN, _FL_HUSBANDS_FAMILY),
    # a daughter to be cut; chest pain and not speaking; beaten over a jinn (Finglish)
    _FA_GIRL_CUT,
    "^" + every_one_of(_FA_CHEST_PAIN, _FA_NOT_SPEAKING),
    "^" + every_one_of(_FL_JINN, _FL_BEATEN),
)

# The kinds members seeking asylum write of, in Persian script.
_END = r"(?![\u0621-\u064a\u066e-\u06d3])"
# A smuggler, or a debt owed to one, beside a threat to kill or hurt the writer's family or the
# writer ("اگه ندم خانواده‌ام رو می‌کشه", "بلایی سر مادرم میاره"); not a debt to a friend.
_FA_SMUGGLER_OR_DEBT = r"قاچاقچی|قاچاقبر|بدهکار|بدهی|قرض"
_FA_KIN_OR_ME = (
    r"(?:خانواده|مادر|مامان|پدر|بابا|برادر|داداش|خواهر|بچه|پسر|دختر|زن|همسر)\S*|منو|مرا|"
    r"من\s+(?:را|رو)"
)
_FA_HARMS = (
    rf"(?:{_MI}|ب)کش(?:ه|د|ند|ن){_END}|اذیت\s+(?:{_MI}|ب)?(?:کنه|کند|کنن|کنند)|آسیب\s+"
    rf"(?:{_MI}|ب)(?:زنه|زند|رسونه|رساند)|بلا(?:یی)?\s+سر"
)
_FA_THREAT_TO_KIN = (
    rf"(?:{_FA_KIN_OR_ME})\s+(?:(?:را|رو)\s+)?(?:\S+\s+){{0,3}}(?:{_FA_HARMS})|"
    rf"(?:بلا(?:یی)?\s+سر)\s+(?:{_FA_KIN_OR_ME})"
)
# The landlord who asks for sex for the rent or says he will report the writer to the Home
# Office; not a garden tidied instead of the rent.
_FA_LANDLORD = rf"صاحب{_J}(?:خانه|خونه)|صاحب{_J}ملک|landlord"
_FA_SEX_FOR_RENT = (
    r"(?:باهاش|باهام|با\s+او|با\s+اون|با\s+من)\s+(?:\S+\s+)?(?:بخوابم|نخوابم|بخوابی|نخوابی|"
    r"رابطه)|رابطه\s+جنسی|سکس"
)
_FA_REPORTED = (
    r"(?:هوم\s*آفیس|home\s*office|اداره\s+مهاجرت|پلیس)\s+(?:\S+\s+){0,2}(?:گزارش|لو|خبر)|"
    r"(?:گزارش|لو)\S*\s+(?:\S+\s+){0,2}(?:هوم\s*آفیس|home\s*office|اداره\s+مهاجرت)"
)
# A crowd outside the hotel or the house throwing stones or bottles now; not children throwing
# a ball.
_FA_OUTSIDE_OUR = r"(?:بیرون|جلوی|جلو|دم|پشت)\s+(?:در\s+)?(?:هتل|خونه|خانه|کمپ|ساختمان|پنجره)\S*"
_FA_THROWING = (
    r"(?:سنگ|آجر|بطری|شیشه|تخم\s*مرغ)\S*\s+(?:\S+\s+){0,2}(?:پرت|پرتاب|(?:"
    + _MI
    + r")?(?:اندازن|اندازند|زنن|زنند)|انداختن|انداختند|زدن|زدند)"
)
# Killing oneself (the writer, or the one written of) beside a removal, a detention or the
# flight ("قبل از پرواز خودمو می‌کشم", "گفته قبل از پرواز خودش را می‌کشد"); not a self drawn,
# pulled aside or got to the airport.
_FA_KILLS_SELF = (
    rf"(?:خودم|خودش)(?:و|\s+(?:را|رو))\s+(?:{_MI}|ب)کش(?:م|د|ه){_END}"
    r"(?!\s+(?:بالا|کنار|عقب|جلو|بیرون|پایین))"
)
_FA_REMOVAL = (
    r"دیپورت|اخراج|برگردون|برگردان|پرواز|بازداشت|دیتنشن|ردمرز|هوم\s*آفیس|"
    rf"برم\S*\s+{_MI}گردون"
)
# A friend who cannot bear it, with a rope or pills bought and her door locked or no answer.
_FA_MEANS_BOUGHT = (
    r"(?:طناب|قرص|دارو|تیغ|اسلحه)\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?(?:خریده|خرید|جمع\s+کرده|"
    r"آماده\s+کرده)"
)
_FA_SHUT_AWAY = rf"قفل|جواب\s+{_NMI}(?:دهد|ده|دن){_END}|(?:گوشی|تلفن)\S*\s+(?:\S+\s+)?خاموش"
_FA_BEYOND_BEARING = r"تحمل|طاقت|خسته|خداحافظ|بمیر|خودکشی|خودشو|خودش\s+را"
# A child of 14 or 15, or alone, whom a stranger who says he is the uncle is taking away
# ("یه مرد که میگه داییشه اومده دنبالش"); not an uncle the child names himself.
_FA_YOUNG = r"(?<![0-9۰-۹])(?:1[0-7]|۱[۰-۷])\s*سال|بچه|کودک|نوجوان|تنها"
_FA_STRANGER = rf"(?:یه|یک)\s+(?:مرد|آقا|نفر|غریبه|یارو)|مردی|غریبه|{_NMI}(?:شناس|شناخت)"
_FA_SAYS_UNCLE = (
    rf"(?:{_MI}(?:گه|گوید|گن)|گفت|ادعا)\S*\s+(?:\S+\s+){{0,3}}(?:دایی|عمو|خالو|کاکا|قوم|فامیل)"
)
_FA_TAKING = rf"ببر|{_MI}بر(?:ه|د|تش|دش){_END}|دنبالش|با\s+خودش|امشب"
# Lost in the dark, the phone dying; not keys lost, nor lost in thought.
_FA_LOST = (
    rf"گم\s+(?:شدم|شدیم|شده{_J}ام){_END}|راه\S*\s+(?:(?:را|رو)\s+)?گم\s+کرد(?:م|یم)|"
    rf"{_NMI}(?:دونم|دانم)\s+کجا(?:م|یم|\s+هستم)"
)
_FA_DARK_OR_PHONE = (
    r"تاریک|(?:شارژ|باتری)\S*\s+(?:\S+\s+){0,3}(?:تموم|تمام|کم|خاموش)|گوشی\S*\s+(?:\S+\s+){0,2}"
    r"خاموش"
)
# A fire at home with the way out shut; not a heart on fire, fireworks.
_FA_FIRE = (
    r"(?:آتش|آتیش)\s*(?:گرفته|گرفت|سوزی)|دود\s+(?:\S+\s+)?(?:پر|گرفته|همه\s*جا)|"
    rf"(?:خونه|خانه|آپارتمان|اتاق|ساختمان)\S*\s+(?:\S+\s+)?داره\s+{_MI}سوز"
)
_FA_TRAPPED = (
    rf"{_NMI}(?:تونم|توانم|تونیم|توانیم)\s+(?:\S+\s+)?(?:بیام|بیایم|برم|بروم|بریم|خارج|فرار)|"
    r"گیر\s+(?:افتادم|افتادیم|کردم|کردیم)|راه\s+(?:فرار|خروج)\s+(?:\S+\s+)?(?:نیست|ندارم|نداریم)"
)
# A baby or child not breathing as it should; not a child who does not draw.
_FA_LITTLE_ONE = r"بچه|نوزاد|نی\s*نی|کودک|پسرم|دخترم"
_FA_NOT_BREATHING = (
    rf"نفس\s+{_NMI}(?:کشه|کشد){_END}|نفسش\s+(?:\S+\s+)?(?:بند\s+(?:اومده|آمده)|{_NMI}(?:آد|یاد|"
    rf"آید))|{_NMI}(?:تونه|تواند)\s+نفس"
)
# A fit that has gone on minutes or will not stop; not the first-aid rule told as "if".
_FA_FIT = r"تشنج|صرع|غش\s+کرده"
_FA_GONE_ON = (
    rf"(?:[0-9۰-۹]+|پنج|ده|چند)\s+دقیقه|تموم\s+{_NMI}شه|تمام\s+{_NMI}شود|بند\s+{_NMI}(?:آد|یاد)|"
    rf"قطع\s+{_NMI}شه"
)
# Someone of the family fallen, the head bleeding or not waking; not a knee grazed, nor a phone.
_FA_FELL = (
    r"(?:مادر|مامان|پدر|بابا|بچه|پسر|دختر|شوهر|همسر|برادر|داداش|خواهر)\S*\s+(?:\S+\s+){0,4}"
    r"(?:افتاد|زمین\s+خورد)"
)
_FA_HEAD_OR_WAKING = (
    rf"سر(?:ش|شون)\s+(?:\S+\s+)?(?:خون|شکسته)|بیدار\s+{_NMI}(?:شه|شود){_END}|به\s+هوش\s+"
    rf"{_NMI}(?:آد|یاد|آید)|بیهوش|جواب\s+{_NMI}(?:ده|دهد){_END}"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    # a smuggler or a debt, with a threat to kill or hurt the family or the writer
    r"^(?!.*(?:اخبار|فیلم|سریال))" + every_one_of(_FA_SMUGGLER_OR_DEBT, _FA_THREAT_TO_KIN),
    # sex asked for the rent, or a report to the Home Office, by the landlord
    "^" + every_one_of(_FA_LANDLORD, f"{_FA_SEX_FOR_RENT}|{_FA_REPORTED}"),
    # a crowd outside throwing stones
    r"^(?!.*(?:توپ|بازی|فوتبال))" + every_one_of(_FA_OUTSIDE_OUR, _FA_THROWING),
    # killing oneself before the removal; a friend past bearing it with a rope and no answer
    r"^(?!.*(?:نقاشی|عکس|سیگار|قلیان|چای))" + every_one_of(_FA_KILLS_SELF, _FA_REMOVAL),
    "^" + every_one_of(_FA_MEANS_BOUGHT, _FA_SHUT_AWAY, _FA_BEYOND_BEARING),
    # a child taken by a stranger who says he is the uncle
    "^" + every_one_of(_FA_YOUNG, _FA_STRANGER, _FA_SAYS_UNCLE, _FA_TAKING),
    # lost in the dark, the phone dying; a fire with no way out
    r"^(?!.*(?:فکر|خیال|کتاب|فیلم|بازی))" + every_one_of(_FA_LOST, _FA_DARK_OR_PHONE),
    rf"^(?!.*(?:دلم|جیگرم|آتش{_J}بازی|آتیش{_J}بازی))" + every_one_of(_FA_FIRE, _FA_TRAPPED),
    # a baby not breathing; a fit going on; fallen with the head bleeding or not waking
    r"^(?!.*(?:نقاشی|خستگی|خنده|پله))" + every_one_of(_FA_LITTLE_ONE, _FA_NOT_BREATHING),
    r"^(?!.*(?:اگر|اگه|درباره|کلاس|دوره))" + every_one_of(_FA_FIT, _FA_GONE_ON),
    r"^(?!.*(?:اتفاق\s+افتاد|یاد\s+\S+\s+افتاد|راه\s+افتاد))"
    + every_one_of(_FA_FELL, _FA_HEAD_OR_WAKING),
)

# The same kinds in Finglish, spelt the ways people text them ("khoone", "khune"; "nemitoonam",
# "nemitunam"), each with the same everyday twin left alone.
_FL_SMUGGLER_OR_DEBT = r"\b(?:[gq]h?achaq?[gq]h?(?:chi|bar)\w*|bedeh(?:kar|i)\w*|[gq]h?arz\w*)"
_FL_KIN_OR_ME = (
    r"\b(?:khanevad\w*|madar\w*|maman\w*|pedar\w*|baba\w*|baradar\w*|dadash\w*|khahar\w*|"
    r"bache\w*|pesar\w*|dokhtar\w*|zan(?:am|amo)|hamsar\w*|mano|mara|maro|man\s+ro)"
)
_FL_HARMS = (
    r"\b(?:mi\s?kosh(?:e|ad|an|and)|bekosh(?:e|ad|an)|bokosh(?:e|an)|azyat\s+mi\s?kon\w*|"
    r"asib\s+mi\s?zan\w*)\b"
)
_FL_LANDLORD = r"\b(?:sa[hy][ae]?b\s*(?:kh[ou]{1,2}ne|khane|melk)|landlord)\b"
_FL_SEX_FOR_RENT = (
    r"\b(?:bahash|bahaash|bahatesh|ba\s+oon|baham)\s+(?:\w+\s+)?(?:bekhabam|nakhabam|bekhaabam|"
    r"nakhaabam|bekhabi|nakhabi|rabete)\b|\brabete\s+jensi\b|\bse?ks\b"
)
_FL_REPORTED = (
    r"\b(?:home\s*office|hom\s*ofis|edare\s+mohajerat)\s+(?:\w+\s+){0,2}(?:gozaresh|lo|"
    r"khabar)\w*|\b(?:gozaresh|lo)\w*\s+(?:\w+\s+){0,2}(?:home\s*office|hom\s*ofis)\b"
)
_FL_OUTSIDE_OUR = (
    r"\b(?:biroon|birun|jeloye|jeloo|jelo|dame|poshte)\w*\s+(?:dare\s+)?(?:hotel|kh[ou]{1,2}ne|"
    r"khane|camp|kamp|sakhteman|panjare)\w*"
)
_FL_THROWING = (
    r"\b(?:sang|ajor|botri|botry|shishe|tokhme?\s*morgh)\w*\s+(?:\w+\s+){0,2}(?:partab|part|"
    r"pert|mi\s?ndazan|mi\s?andazan|mi\s?zanan|endakhtan|zadan)\b"
)
_FL_KILLS_SELF = (
    r"\b(?:kh|x)od(?:am|esh)\s*(?:o|ro|ra)?\s+(?:mi\s?kosh(?:am|e|ad)|bekosh(?:am|e|ad)|"
    r"bokosh(?:am|e))\b"
)
_FL_REMOVAL = (
    r"\b(?:dip?ort\w*|deport\w*|ekhraj\w*|bar\s?gard(?:oo|u)n\w*|parvaz\w*|bazdasht\w*|"
    r"detention|home\s*office)"
)
_FL_YOUNG = r"(?<!\d)1[0-7]\s*(?:sale|saleh|sal|sala|saalash)\w*|\b(?:bache|koodak|tanha)\w*"
_FL_STRANGER = r"\b(?:ye|yek)\s+(?:mard|agha|nafar|yaroo|yaru)\b|\b(?:gharibe|nemishnas\w*)"
_FL_SAYS_UNCLE = (
    r"\b(?:mige|migan|gofte|goft|edea)\s+(?:\w+\s+){0,3}(?:da[iy]e?e?|daei|daee|amoo|amu|kaka|"
    r"famil|[gq]h?om)\w*"
)
_FL_TAKING = r"\b(?:bebar\w*|bebor\w*|mibar\w*|donbalesh|ba\s+khodesh|emshab|amshab)\b"
_FL_NOWHERE = (
    r"\b(?:jaei|jayi|jaee|jai|ja|jaye)\s+(?:\w+\s+){0,2}(?:khab|khabidan|moondan|mundan|mandan)"
    r"\s+(?:\w+\s+){0,2}nadar(?:am|im)\b|\b(?:jaei|jayi|jaee|jai|ja)\s+nadar(?:am|im)\s+"
    r"(?:ke\s+)?"
    r"(?:\w+\s+)?bekhab(?:am|im)\b|\bkarton\s*khab\s+(?:shodam|shodim)\b"
)
_FL_LOST = (
    r"\bgom\s+(?:shodam|shodim|shodm)\b|\brah(?:am|emoon|amun)?\s*(?:o|ro)?\s+gom\s+"
    r"kard(?:am|im)\b|\bnemi\s?d(?:oo|u)nam\s+koja(?:m|yam|\s+hastam)\b"
)
_FL_DARK_OR_PHONE = (
    r"\btarik\w*|\b(?:sharj|sharzh|batri|battery|baatri)\w*\s+(?:\w+\s+){0,3}(?:tamoom|tamum|"
    r"tamam|kam|khamoosh|khamush)\b|\bgooshi\w*\s+(?:\w+\s+){0,2}(?:khamoosh|khamush)\b"
)
_FL_FIRE = (
    r"\b(?:atish|atash|aatish|aatash)\s*(?:gerefte|gereft|soozi|suzi)\b|\bdood\s+(?:\w+\s+)?"
    r"(?:por|gerefte)\b"
)
_FL_TRAPPED = (
    r"\bnemi\s?t(?:oo|u|ava)n(?:am|im)\s+(?:\w+\s+)?(?:biam|biyam|beram|khoroj|"
    r"farar|biroon|birun)\b|\bgir\s+(?:oftadam|oftadim|kardam|kardim)\b"
)
_FL_LITTLE_ONE = r"\b(?:bach(?:e|a|che)\w*|nozad\w*|nini\w*|koodak\w*|pesaram|dokhtaram)\b"
_FL_NOT_BREATHING = (
    r"\bnafas\s+(?:\w+\s+)?nemi\s?kesh(?:e|ad)\b|\bnafasesh\s+(?:\w+\s+)?(?:nemiad|nemiyad|"
    r"band\s+(?:oomade|umade|amade))\b|\bnemit(?:oo|u)ne\s+nafas\b"
)
_FL_FIT = r"\b(?:tashanoj|tashannoj|tashanoch|saree|ghash\s+karde)\b|\bsar'e?(?!\w)"
_FL_GONE_ON = (
    r"\b(?:\d+|panj|dah|chand)\s+(?:da[gq]h?i[gq]h?e|deghe|min|minute)\w*|\b(?:tamoom|tamum)\s+"
    r"nemishe\b|\b(?:band|[gq]h?at)\s+(?:nemiad|nemishe)\b"
)
_FL_FELL = (
    r"\b(?:madar|maman|pedar|baba|bach|pesar|dokhtar|shohar|hamsar|baradar|dadash|khahar)\w*\s+"
    r"(?:\w+\s+){0,4}(?:oftad|zamin\s+khord)\b"
)
_FL_HEAD_OR_WAKING = (
    r"\bsar(?:esh|ash)\s+(?:\w+\s+)?(?:kh[ou]{1,2}n|shekast\w*)|\bbidar\s+nemi\s?sh(?:e|avad)\b|"
    r"\bbe\s+hoo?sh\s+nemiad\b|\b(?:bihoo?sh|bihush)\w*|\bjavab\s+nemi\s?d(?:e|ahad)\b"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        _FL_SMUGGLER_OR_DEBT, rf"{_FL_KIN_OR_ME}\s+(?:\w+\s+){{0,3}}(?:kotak\s+)?{_FL_HARMS}"
    ),
    "^" + every_one_of(_FL_LANDLORD, f"{_FL_SEX_FOR_RENT}|{_FL_REPORTED}"),
    r"^(?!.*\b(?:toop|tup|toob|bazi|football|footbal)\b)"
    + every_one_of(_FL_OUTSIDE_OUR, _FL_THROWING),
    r"^(?!.*\b(?:naghashi|aks|sigar|ghelyoon|chai|chaei)\b)"
    + every_one_of(_FL_KILLS_SELF, _FL_REMOVAL),
    "^" + every_one_of(_FL_YOUNG, _FL_STRANGER, _FL_SAYS_UNCLE, _FL_TAKING),
    _FL_NOWHERE,
    r"^(?!.*\b(?:fekr|khiy?al|ketab|film|bazi)\b)" + every_one_of(_FL_LOST, _FL_DARK_OR_PHONE),
    r"^(?!.*\b(?:delam|jigaram|at[ia]sh\s*bazi)\b)" + every_one_of(_FL_FIRE, _FL_TRAPPED),
    r"^(?!.*\b(?:naghashi|khastegi|khande|pele)\b)"
    + every_one_of(_FL_LITTLE_ONE, _FL_NOT_BREATHING),
    r"^(?!.*\b(?:age|agar|darbare|kelas|class)\b)" + every_one_of(_FL_FIT, _FL_GONE_ON),
    r"^(?!.*\b(?:et+efagh|yadam|rah)\s+oftad)" + every_one_of(_FL_FELL, _FL_HEAD_OR_WAKING),
)

# A child of the family or a neighbour's child who says a man of the house abuses her or him,
# with tonight alone with him (Finglish: "dokhtare hamsayamoon 12 salesh e ... napedarish azash
# soo estefade mikone. emshab maman-esh shifte shab dare"); not a child who misuses the wifi.
_FL_ABUSES_THEM = (
    r"\baz(?:ash|esh|am|amoon|ashun)\s+(?:\w+\s+)?soo[\s-]*estefade\s+(?:mikone|mikonan|karde|"
    r"kard|mikard)\b"
)
_FA_ABUSES_THEM = (
    "(?:ازش|از\\s+او|از\\s+اون)\\s+(?:\\S+\\s+)?سوء\\s*استفاده\\s+(?:" + _MI + "کن|کرد)"
)
_FL_A_CHILD = (
    r"\b(?:\d{1,2}|dah|yazdah|davazdah|sizdah|chahardah)\s+sal\w*|\b(?:dokhtar|pesar|bache)\w*"
)
_FA_A_CHILD = r"\d{1,2}\s+سال|(?:دختر|پسر|بچه)"
_FL_TONIGHT = r"\bemshab\b|\bshab\s+tanhast\b"
_FA_TONIGHT = "امشب"
# A man with a knife in the shop where the writer works, now (Persian script and Finglish:
# "یک مرد با چاقو الان توی مغازه", "ye mard ba chaghoo alan tooye maghaze"); not a knife for
# onions or meat.
_FA_ARMED_IN_SHOP = (
    "(?:مرد|یارو|کسی|یکی|دزد)\\S*\\s+(?:\\S+\\s+)?با\\s+(?:چاقو|قمه|تفنگ|اسلحه)\\s+"
    "(?:\\S+\\s+){0,3}(?:مغازه|فروشگاه|رستوران|آشپزخانه|داخل|تو|توی)"
)
_FL_ARMED_IN_SHOP = (
    r"\b(?:mard|yaroo|yaru|kasi|yeki|dozd)\w*\s+(?:\w+\s+)?ba\s+(?:chaghoo|chaghu|chaqu|qame|"
    r"ghame|tofang|aslahe)\s+(?:\w+\s+){0,3}(?:maghaze|furooshgah|foroushgah|resturan|tooye|"
    r"tuye|tu|dakhel)\w*"
)
_FA_NOT_A_COOK = r"^(?!.*(?:پیاز|گوشت|سبزی|\bpiaz|\bgoosht|\bgusht|\bsabzi))"
# A boss who says the writer must stay with him tonight or be sacked ("رئیسم می‌گوید اگر امشب
# پیشش نمانم اخراجم می‌کند", "rayisam mige age emshab pishesh namoonam ekhrajam mikone"); not
# a boss who asks for a late shift with no threat.
_FA_STAY_OR_SACKED = (
    "امشب\\s+(?:\\S+\\s+){0,2}(?:پیشش|پیش\\s+او|باهاش|با\\s+او|خونه\\S*)\\s+(?:\\S+\\s+)?"
    "(?:نمانم|نمونم|نخوابم|نباشم|نرم)\\s+(?:\\S+\\s+){0,2}(?:اخراج|بیرون|ویزا|اقامت)"
)
_FL_STAY_OR_SACKED = (
    r"\bemshab\s+(?:\w+\s+){0,2}(?:pishesh|bahash|khoonash)\w*\s+(?:\w+\s+)?(?:namoonam|"
    r"namanam|nakhabam|nabasham|naram)\s+(?:\w+\s+){0,2}(?:ekhraj|biroon|viza|eghamat)\w*"
)

FARSI_NOW_PHRASES += (  # i18n-exempt: input
    # a child abused by a man of the house, tonight alone with him
    "^" + every_one_of(_FL_ABUSES_THEM, _FL_A_CHILD, _FL_TONIGHT),
    "^" + every_one_of(_FA_ABUSES_THEM, _FA_A_CHILD, _FA_TONIGHT),
    # a man with a knife in the shop; stay with the boss tonight or be sacked
    _FA_NOT_A_COOK + f".*(?:{_FA_ARMED_IN_SHOP}|{_FL_ARMED_IN_SHOP})",
    f"{_FA_STAY_OR_SACKED}|{_FL_STAY_OR_SACKED}",
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance ("همکارم
# از داربست افتاد و تکان نمی‌خورد، صاحبکار آمبولانس نمی‌زند"); not someone fine or got up.
_FA_DOWN = "افتاد|تکان\\s+" + _NMI + "خور|بیهوش|خون\\s+(?:\\S+\\s+)?" + _MI + "آد"
_FA_NO_AMBULANCE = (
    "(?:آمبولانس|اورژانس|۱۱۵|115)\\s+(?:\\S+\\s+)?(?:"
    + _NMI
    + "زن|زنگ\\s+"
    + _NMI
    + "زن|"
    + _NMI
    + "گیر|"
    + _NMI
    + "ذار)"
)
_FL_DOWN = r"\b(?:oftad\w*|tekoon\s+nemikhore|tekun\s+nemikhore|bihoosh\w*)\b"
_FL_NO_AMBULANCE = (
    r"\b(?:ambulance|amboolans|ambulans|orzhans|orzans|115)\s+(?:\w+\s+)?(?:nemizane|zang\s+"
    r"nemizane|nemigire|nemizare)\b"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:حالش\s+خوب|بلند\s+شد|\bhalesh\s+khoob|\bboland\s+shod))"
    + f"(?=.*(?:{_FA_DOWN}|{_FL_DOWN}))(?=.*(?:{_FA_NO_AMBULANCE}|{_FL_NO_AMBULANCE}))",
)

# Bleeding hard ("خون زیادی میاد", "خونریزی شدید", blood that will not stop) beside someone
# fainting or going grey ("داره از حال میره"); not a cut that bled a lot and was bound up.
_FA_BLEEDING_HARD = (
    rf"خون\s+(?:زیاد|زیادی|خیلی|بدجور)\s+(?:\S+\s+)?(?:{_MI})?(?:آد|یاد|اد|آید|ره|رود){_END}|"
    rf"خونریزی\S*\s+(?:\S+\s+)?(?:شدید|زیاد|بند\s+{_NMI})|خون\S*\s+(?:\S+\s+){{0,3}}بند\s+{_NMI}"
    r"|\bkh[ou]{1,2}n\s+(?:ziad|ziadi|kheili)\s+(?:\w+\s+)?(?:miad|mire)\b"
)
_FA_FAINTING = (
    rf"از\s+حال\s+(?:{_MI})?(?:ره|رود|رفت){_END}|غش\s+(?:کرد|{_MI}کن)|بیهوش|رنگ\S*\s+(?:\S+\s+)?"
    r"(?:پرید|پریده|سفید\s+شده)|\b(?:az\s+hal\s+(?:mire|raft)|ghash\s+kard|bihoosh\w*)\b"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FA_BLEEDING_HARD, _FA_FAINTING),
)

# A young person drawn in by a group online or by jihadists, set to leave for a war zone with a
# day, a ticket or the passport taken ("با یک گروه اینترنتی در تماس است و فردا می‌خواهد به سوریه
# برود. پاسپورتش را برداشته"); not a father visiting his family in Syria.
_FA_WAR_ZONE = r"سوریه|سوریا|عراق|افغانستان|یمن|صومالی|\b(?:surie|suriye|syria|aragh|iraq)\b"
_FA_DRAWN_IN_BY = (
    r"گروه\S*\s+(?:\S+\s+)?(?:اینترنتی|آنلاین|تلگرامی|مجازی)|داعش|جهاد|مجاهد|خلافت|"
    r"مخفیانه|پنهانی|\b(?:daesh|daiesh|jihad|jahad|mojahed)\w*|\bgoroh\w*\s+(?:\w+\s+)?"
    r"(?:interneti|online)\b"
)
_FA_SET_TO_LEAVE = (
    r"پاسپورت|گذرنامه|بلیط|بلیت|فردا|امشب|\b(?:pasport|passport|belit|bilit|farda|emshab)\w*"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:اخبار|فیلم|مستند|سریال|کتاب))"
    + every_one_of(_FA_WAR_ZONE, _FA_DRAWN_IN_BY, _FA_SET_TO_LEAVE),
)

# The writer to be taken or sent back to Iran or Afghanistan by the family ("می‌خواهد مرا به
# ایران برگرداند"), beside the passport taken or held, fear, or force; not a summer visit to a
# grandmother with the passport renewed.
_FA_SENT_BACK = (
    r"(?:مرا|منو|من\s+(?:را|رو))\s+(?:\S+\s+){0,3}?(?:به\s+)?(?:ایران|افغانستان|کشور|وطن|"
    r"مملکت)\S*\s+(?:\S+\s+)?(?:\S*(?:برگردان|برگردون|فرست)\S*|ببر\S*|"
    + _MI
    + r"بر(?:د|ند|ن|ه)"
    + _END
    + r")|\b(?:mano|mara)\s+(?:\w+\s+){0,3}(?:be\s+)?(?:iran|afghanestan|afghanistan)\s+"
    r"(?:\w+\s+)?(?:bargardoone|bargardoonan|befreste|bebare|bebaran)\b"
)
_FA_PASSPORT_TAKEN_OR_FEAR = (
    r"(?:پاسپورت|گذرنامه|تذکره|مدارک)\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?(?:برداشت|گرفت|قایم|"
    r"پنهان|نگه\s+داشت)\S*|"
    + _MI
    + r"ترس(?:م|یم)"
    + _END
    + r"|به\s+زور|\b(?:pasport\w*\s+(?:\w+\s+){0,2}(?:bardashte|gerefte)|mitarsam)\b"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FA_SENT_BACK, _FA_PASSPORT_TAKEN_OR_FEAR),
)

# Someone shut in their room ("خودشو توی اتاقش زندانی کرده", "درو روی خودش قفل کرده") who wrote
# the writer a goodbye; not a flatmate shut away to study who wrote "bye till tomorrow".
_FA_SHUT_THEMSELF_IN = (
    r"خود(?:ش|شو|ش\s+(?:را|رو))\s+(?:\S+\s+){0,3}?(?:زندانی|زندونی|حبس)\s+کرد|"
    r"(?:درو|در\s+(?:را|رو))\s+(?:\S+\s+){0,2}?(?:روی|رو)\s+خودش\s+قفل\s+کرد|"
    r"خود(?:ش|شو)\s+(?:\S+\s+){0,3}?(?:قفل|حبس)\s+کرد"
)
_FA_WROTE_GOODBYE = (
    rf"خداحافظ(?:ی)?{_END}(?!\s+تا\s)|خدافظ{_END}(?!\s+تا\s)|حلالم\s+کن|(?:منو|مرا)\s+ببخش"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:درس|امتحان|کنکور))" + every_one_of(_FA_SHUT_THEMSELF_IN, _FA_WROTE_GOODBYE),
)

# Someone who says they no longer want to live ("میگه دیگه نمی‌خواد زنده باشه") and has shut
# themself in or gathered pills; not a flatmate shut away to study, nor vitamins bought.
_FA_NO_WISH_TO_LIVE = (
    rf"{_NMI}(?:خواد|خواهد)\s+(?:دیگر\s+|دیگه\s+)?(?:زنده\s+(?:بماند|بمونه|باشه|باشد)|"
    rf"زندگی\s+(?:کنه|کند)){_END}"
)
FARSI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:درس|امتحان|کنکور|بدون\s+(?:تو|او|اون)))"
    + every_one_of(_FA_NO_WISH_TO_LIVE, f"{_FA_SHUT_THEMSELF_IN}|{_FA_MEANS_BOUGHT}"),
)
