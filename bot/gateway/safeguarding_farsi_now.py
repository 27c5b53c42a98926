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
out a jinn (Finglish).

Left alone: a hand raised in class ("دستمو می‌برم بالا"), a box of sweets eaten, all the dinner
eaten tonight, a call made to a mother, onions cut with a knife behind a locked door, a friend
come from the station to pick the writer up, a child who walks to school alone, a ball kicked,
a cousin's wedding gone to, a bike locked up, a son's circumcision, back pain and a sulk, a
prayer said against a jinn.
"""

from __future__ import annotations

from bot.gateway.safeguarding_farsi import _FL_ME, _FL_MYSELF, _MI, _NMI, _PILLS
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
