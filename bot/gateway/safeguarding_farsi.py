"""The Farsi (Persian) safeguarding phrase net (read by safeguarding_languages), written and
spoken ("می‌خواهم" and "میخوام"). Farsi puts the verb last and marks the person done to with
"را" ("مرا", "منو", "بچه‌ها را") or joins "me" to a word before the verb ("کتکم می‌زند": he beats
me; "تعقیبم می‌کند": he follows me), so a harm is the person done to, then a verb only a person
does to a person. Writers put the zero-width non-joiner between a prefix or suffix and its word,
a space, or nothing ("می‌خواهم", "می خواهم", "میخواهم"; "قرص‌ها", "قرصها"): _J reads all three,
and "\\S*" after a stem takes its endings. Text and patterns have been through
safeguarding_languages.fold: Persian ye and kaf read as the Arabic letters, so the patterns are
written in ordinary Persian spelling. Urdu and Arabic are tried first, so a message their nets
read is answered as theirs. Dari, the Persian of Afghanistan, is read by this net too, in its
own words where they differ ("کلکین", window; "اولاد", children; "موتر", car). Farsi typed in
Latin letters (Finglish: "mikham bemiram", "mano mizane") is read for the main kinds too, and
for a cut with a blade that will not stop bleeding, pills gathered beside despair, and (in
Dari) a young person drawn in online who says unbelievers must be killed.

Beyond the main kinds it reads a breath that will not come with lips gone blue, an inhaler run
out or no one there, papers held by an employer or a husband, someone made to work by force with
papers held or sleeping in a car, a threat to kill the writer over the family's honour, someone
drawn in by a group talking of an attack on a gathering, hate at the home now ("go back" shouted
at Afghans, stones at the window), a last message with a goodbye to everyone, and a leap from a
bridge or a roof or under a train said as wanted, decided or meant tonight or this week (not a
bungee jump or a dream), killing oneself beside a time, not being alive after a day, and pills or
a rope gathered beside a goodbye. A friend the writer writes for, threatened with death, beaten
or hiding from someone at the door, is read as the writer would be.

Left alone: "از گرسنگی دارم می‌میرم" (dying of hunger), "مامانم منو می‌کشه اگه دیر برسم" (mum will
kill me), "این ترافیک منو می‌کشه", medicine times, all the morning's medicines taken as the
doctor said, a session on the police or on violence at home, being picked up ("میاد دنبالم"), a
sister following on Instagram, a husband giving a lift, nowhere to park, out of breath on the
stairs, afraid of being late, a cousin's wedding, a hand cut chopping onions, a passport
collected from the embassy, kept in by the rain, the news of an attack talked over, a heart
attack at a meeting, a play about revenge, hide-and-seek, a car to be towed, a beating in
childhood, Afghans who want to go back talked of at a session, a ball that hit the window.
Also a fall from a window, a roof or a ladder beside legs that cannot be felt or moved (not
legs gone to sleep from sitting long in the car).
Also someone who cannot drink, eat, get up or reach the toilet, left alone with the nurse or
carer not come or the writer away at work (not a father no longer alone, his wife beside him).
Also a strange man who followed the writer here and stands outside or whom she fears ("یک مرد
... دنبالم آمده و ... ایستاده"); not a friend who walked with her and waits at the door.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A zero-width non-joiner, a space or nothing: how a prefix or suffix meets its word.
_J = "[\u200c ]?"
_MI = "می" + _J  # the present prefix
_NMI = "نمی" + _J  # its negative
# "me" as the object: written, spoken, and spoken with "و" joined on.
# The end of a word: no Arabic-script letter follows (a comma "،", a digit or a space may).
_END = r"(?![\u0621-\u064a\u066e-\u06d3])"
_ME = r"(?:مرا|منو|من\s+را|من\s+رو)"
# The words that may stand between the person done to and the blow ("every night", "again").
_HOW = r"(?:(?:هر\s+(?:روز|شب)|همیشه|باز|بازم|دوباره|خیلی|بد|بدجور|جلوی\s+\S+|با\s+\S+)\s+){0,3}"
# He, she or they hit, beat, have hit (not "I hit").
_HITS = rf"(?:کتک\s+)?(?:{_MI})?(?:زند|زنه|زد|زده|زدند|زدن|زنند|زنن){_END}"
# He, she or they do, did, have done (not "I did").
_DOES = rf"(?:{_MI})?(?:کند|کنه|کرد|کرده|کنند|کنن|کردند|کردن){_END}"
# "I want", "I've decided", "I mean to": what makes a word of death a wish of one's own.
_I_WANT = (
    rf"(?:{_MI}(?:خواهم|خوام)|دلم\s+{_MI}(?:خواهد|خواد)|دوست\s+دارم|تصمیم\s+گرفت\S*|"
    r"قصد\s+دارم)"
)
_PILLS = r"(?:قرص|دارو|کپسول)\S*"
_HOME = r"(?:خانه|خونه)\S*"
# Family a writer may see beaten at home, or a child: with "را" (or "و" joined on) after.
_KIN = r"(?:مامان|مادر|خواهر|زن|همسر|بچه|پسر|دختر|فرزند)\S*(?:\s+(?:را|رو)|(?<=و))"
# Someone else who cannot breathe, or the writer.
_NO_BREATH_THEIRS = (
    rf"{_NMI}(?:تواند|تونه)\s+نفس\s+(?:بکشد|بکشه)|نفسش\s+(?:بالا\s+)?{_NMI}(?:آید|آد|یاد|اد)|"
    rf"نفس\s+{_NMI}(?:کشد|کشه)"
)
_NO_BREATH_MINE = (
    rf"{_NMI}(?:توانم|تونم)\s+نفس\s+(?:بکشم)|نفسم\s+(?:بالا\s+)?{_NMI}(?:آید|آد|یاد|اد)"
)
# What makes no breath an emergency: blue lips, an inhaler run out, asthma, alone, the heart.
_BREATH_ALARM = (
    r"لب\S*\s+(?:\S+\s+)?کبود|اسپری\S*\s+(?:\S+\s+)?(?:تمام|تموم)|آسم|آمبولانس|اورژانس|"
    r"تنها(?:م|یم|\s+هستم)|کسی\s+(?:خانه|خونه)\s+نیست|قلبم\s+(?:\S+\s+)?(?:تند|تپش)"
)

# Blood that will not stop, or no one at home: what makes a cut with a blade an emergency.
_BLEEDING = (
    rf"خون\S*\s+(?:\S+\s+){{0,4}}بند\s+{_NMI}(?:آید|آد|یاد|اد|شود|شه){_END}|"
    r"کسی\s+(?:خانه|خونه)\s+نیست"
)

FARSI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    _I_WANT + r"\s+(?:\S+\s+){0,2}(?:بمیرم|خودم\S*\s+(?:(?:را|رو)\s+)?بکشم|خودکشی\s+کنم)",
    r"کاش\s+(?:\S+\s+)?(?:بمیرم|مرده\s+بودم|به\s+دنیا\s+نیامده\s+بودم)|آرزوی\s+مرگ|"
    r"مرگ\S*\s+(?:(?:را|رو)\s+)?از\s+خدا\s+(?:\S+\s+)?(?:می|مي)",
    rf"(?:به\s+)?زندگی\S*\s+(?:(?:را|رو)\s+)?(?:پایان|خاتمه)\s+(?:بدهم|بدم|{_MI}(?:دهم|دم))|"
    rf"زندگی\S*\s+(?:(?:را|رو)\s+)?(?:تمام|تموم)\s+(?:کنم|{_MI}کنم)|به\s+همه\s*چی\S*\s+پایان",
    rf"{_NMI}(?:خواهم|خوام)\s+(?:دیگر\s+|دیگه\s+)?(?:زنده\s+(?:بمانم|بمونم|باشم)|زندگی\s+کنم)",
    r"(?:همه|خانواده\S*|بچه\S*|دنیا)\s+(?:\S+\s+)?(?:بدون|بی)\s+من\s+(?:\S+\s+)?(?:راحت|بهتر|"
    r"خوشحال)",
    rf"(?:به|درباره)\s+خودکشی\s+(?:\S+\s+)?فکر\s+{_MI}کنم|فکر\s+خودکشی|خودکشی\s+(?:{_MI})?"
    rf"(?:کنم|کردم|بکنم){_END}",
    # self-harm
    rf"به\s+خودم\s+(?:\S+\s+)?(?:آسیب|صدمه)\s+(?:\S+\s+)?(?:{_MI})?(?:زنم|زدم|بزنم|رساندم|رسوندم|"
    r"برسانم|برسونم)",
    rf"خودزنی\s+(?:{_MI})?(?:کنم|کردم)|رگ\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?(?:زدم|بزنم|{_MI}زنم)"
    rf"{_END}",
    rf"^(?=.*تیغ)(?=.*(?:خودم|عمد|از\s+قصد|دوباره|باز\s+هم|{_BLEEDING}))"
    rf"(?=.*(?:بریدم|{_MI}برم|زخمی\s+کردم))",
    # all the tablets: at once, a pack or a count, or meant tonight
    rf"(?:همه|تمام|کل)\S*\s+(?:\S+\s+){{0,2}}{_PILLS}\s+(?:\S+\s+){{0,2}}(?:یکجا|یک\s*جا|یکدفعه|"
    r"یک\s*دفعه|یهو|با\s+هم)\s+(?:\S+\s+)?(?:خوردم|بلعیدم|قورت)",
    rf"(?:(?:یک|یه)\s+(?:بسته|ورق|مشت|شیشه|قوطی)\s+(?:کامل\s+)?(?:\S+\s+)?|(?:[0-9۰-۹]{{2}}|ده|"
    rf"پانزده|بیست|سی|چهل|پنجاه)\s+(?:تا\s+)?(?:\S+\s+)?|کلی\s+|تعداد\s+زیادی\s+){_PILLS}\s+"
    r"(?:\S+\s+){0,2}(?:خوردم|بلعیدم|قورت)",
    rf"^(?=.*(?:تصمیم\s+گرفت|امشب|{_MI}(?:خواهم|خوام)))(?=.*(?:همه|تمام|کل)\S*\s+"
    rf"(?:\S+\s+){{0,2}}{_PILLS}\s+(?:\S+\s+){{0,2}}(?:بخورم|{_MI}خورم))",
    # hit, threatened, raped, locked in
    _ME + r"\s+" + _HOW + _HITS,
    rf"کتک(?:م|مان|مون)\s+(?:{_MI})?(?:زند|زنه|زد|زده|زدند|زدن|زنند|زنن)|کتک\s+{_MI}خورم|"
    r"دست\s+(?:رویم|روم|روی\s+من)\s+بلند",
    # someone else beaten at home: a mother, a sister, a wife, a child
    _KIN + r"\s+" + _HOW + _HITS,
    rf"تهدید(?:م|مان|مون)\s+{_DOES}|(?:مرا|منو|من\s+را|ما\s+را|مارو)\s+(?:\S+\s+)?تهدید|"
    r"تهدید\s+به\s+(?:مرگ|کشتن|قتل)\s+(?:\S+\s+)?(?:شدم|شده|کرد)",
    rf"(?:اگر|اگه)\s+(?:\S+\s+)?به\s+(?:کسی|پلیس|هیچ\s*کس)\s+(?:چیزی\s+)?(?:بگم|بگویم|بگی|بگویی)"
    rf"\S*\s+(?:\S+\s+){{0,4}}(?:بکش|{_MI}کش|بچه\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?{_MI}گیر|"
    rf"دیپورت|{_MI}فرست|برم\S*\s+{_MI}گردون)",
    r"(?:به\s+من|بهم|به\s+ما)\s+تجاوز|مورد\s+(?:تجاوز|آزار\s+جنسی)\s+(?:قرار\s+)?(?:گرفتم|گرفته)|"
    rf"{_ME}\s+(?:\S+\s+)?(?:تجاوز|آزار\s+جنسی)",
    rf"{_ME}\s+(?:\S+\s+){{0,3}}(?:زندانی|حبس)\s+{_DOES}|(?:زندانی|حبس)(?:م|مان|مون)\s+{_DOES}|"
    r"در\s+(?:(?:را|رو)\s+)?(?:به\s+)?(?:رویم|روم|روی\s+من|رومون|روی\s+ما)\s+قفل",
    rf"^(?!.*(?:بارون|باران|برف|سرما|گرما|مریضی|درد)).*{_NMI}(?:گذارد|گذاره|ذاره|زاره|ذارن|"
    rf"ذارند|گذارند|گذارن)\s+(?:\S+\s+){{0,4}}از\s+{_HOME}\s+(?:(?:بیرون|تنها)\s+)?(?:بروم|برم|"
    r"بیام|بیایم|خارج\s+(?:شوم|بشم))",
    # papers held by an employer or a husband
    rf"^(?=.*(?:کارفرما|رئیس|صاحب{_J}کار|شوهر|همسرم))(?=.*(?:پاسپورت|گذرنامه|مدارک|اقامت)\S*"
    rf"\s+(?:\S+\s+){{0,3}}(?:گرفته|نگه\s+داشته|قایم\s+کرده|پنهان\s+کرده|{_NMI}(?:دهد|ده|دن|"
    r"دهند)))",
    # afraid of him, afraid to go home
    rf"از\s+(?:او|شوهرم|همسرم|پدرم|بابام|برادرم|داداشم|نامزدم|دوست\s*پسرم|پسرم|مادرشوهرم|"
    rf"پدرشوهرم|این\s+مرد|اون\s+مرد)\s+(?:خیلی\s+|واقعا\S*\s+)?{_MI}ترس(?:م|یم)",
    rf"{_MI}ترس(?:م|یم)\s+(?:\S+\s+){{0,2}}(?:به\s+)?{_HOME}\s+(?:برگردم|بروم|برم|برگردیم|بریم|"
    rf"برویم)|{_MI}ترس(?:م|یم)\s+(?:برگردم|برم|بروم)\s+{_HOME}|از\s+(?:برگشتن|رفتن)\s+به\s+"
    rf"{_HOME}\s+(?:\S+\s+)?{_MI}ترس",
    # a child not fed
    rf"(?:بچه|پسرم|دخترم|فرزند)\S*\s+(?:\S+\s+)?غذا\s+{_NMI}(?:دهد|ده|دن|دهند)|(?:بچه|پسرم|"
    r"دخترم|فرزند)\S*\s+(?:\S+\s+){0,2}(?:از\s+دیروز|از\s+پریروز|دو\s+روز\S*|چند\s+روز\S*)\s+"
    r"(?:\S+\s+)?(?:نخورد|گرسنه)",
    # followed
    rf"تعقیب(?:م|مان|مون)\s+{_DOES}|{_ME}\s+(?:\S+\s+){{0,3}}تعقیب|(?:هر\s+(?:روز|شب)|همیشه|"
    rf"تا\s+{_HOME})\s+(?:\S+\s+)?دنبال(?:م|مان|مون)\s+{_DOES}",
    # forced marriage
    r"ازدواج\s+(?:\S+\s+)?(?:اجباری|زوری)|به\s+زور\s+(?:\S+\s+){0,4}(?:ازدواج|شوهر\s*(?:م|ب|د)|"
    rf"عقد)|مجبورم\s+{_DOES}\S*\s+(?:\S+\s+){{0,4}}(?:ازدواج|عقد)",
    # in danger, not safe
    r"(?:من|ما|جانم|جونم|جان\s+من|زندگیم|زندگی‌ام)\s+(?:\S+\s+)?در\s+خطر(?!\s+(?:ابتلا|از\s+دست|"
    rf"اخراج))|(?:در|تو|توی)\s+خطر(?:م|یم){_END}",
    rf"(?:در|تو|توی)\s+{_HOME}\s+(?:\S+\s+)?(?:امن\s+نیستم|امنیت\s+ندارم|احساس\s+امنیت\s+"
    rf"{_NMI}کنم)|امن\s+نیستم(?!\s+(?:\S+\s+)?(?:محله|خیابان|خیابون))",
    # nowhere to sleep, put out of the house
    r"(?:جایی|جا|جای)\s+(?:\S+\s+)?(?:برای\s+)?(?:خوابیدن|خواب|ماندن|موندن)\s+ندار(?:م|یم|ند|ن)|"
    r"جایی\s+ندار(?:م|یم|ند|ن)\s+(?:که\s+)?(?:\S+\s+)?(?:بخوابم|بخوابیم|بخوابند|بمانم|بمونم|"
    r"بمانیم|بمونیم)",
    rf"از\s+(?:{_HOME}|آپارتمان\S*|اتاق\S*)\s+(?:\S+\s+)?بیرون\S*\s+(?:\S+\s+)?(?:کرد|کرده|کردند|"
    rf"کردن|انداخت|انداخته|انداختند|انداختن){_END}|بیرون(?:م|مان|مون|شان|شون)\s+"
    rf"(?:کرد|کرده|کردند|کردن|انداخت|انداختن)\S*\s+(?:\S+\s+)?از\s+{_HOME}",
    rf"صاحب{_J}(?:خانه|خونه)\S*\s+(?:\S+\s+){{0,4}}(?:قفل\S*\s+(?:(?:را|رو)\s+)?عوض\s+کرد|"
    r"وسایل\S*\s+(?:\S+\s+)?(?:بیرون|تو\s+خیابون|توی\s+خیابان)|بیرون(?:م|مان|مون|شان|شون))",
    r"(?:در|تو|توی)\s+(?:خیابان|خیابون)\s+(?:\S+\s+)?(?:بخوابم|بخوابیم|" + _MI + r"خوابیم|"
    rf"{_MI}خوابم|خوابیدم|خوابیدیم|بمانیم|بمونیم|ماندیم|موندیم)|کارتن{_J}خواب\s+(?:شدم|شدیم|"
    r"هستم|هستیم)",
    # can't go on
    r"از\s+(?:این\s+)?زندگی\S*\s+(?:\S+\s+)?(?:خسته|سیر|بیزار|متنفر)",
    rf"دیگ(?:ه|ر)\s+(?:طاقت|تحمل)\S*\s+(?:ندارم|تمام\s+شده|تموم\s+شده)\s*(?:[.!؟]|$)|"
    rf"دیگ(?:ه|ر)\s+{_NMI}(?:توانم|تونم)\s+(?:ادامه\s+(?:بدهم|بدم)|تحمل\s+کنم)\s*(?:[.!]|$)|"
    rf"{_NMI}(?:توانم|تونم)\s+(?:به\s+)?(?:این\s+)?زندگی\S*\s+ادامه",
    # a breath that will not come: someone else's with help called for, or the writer's
    rf"^(?=.*(?:{_NO_BREATH_THEIRS}))(?=.*(?:{_BREATH_ALARM}|کمک|بیهوش))",
    rf"^(?=.*(?:{_NO_BREATH_MINE}))(?=.*(?:{_BREATH_ALARM}))",
)

# A threat to kill the writer: "شوهرم امشب منو می‌کشه", "گفته اگر قبول نکنم مرا می‌کشد", "مرا
# خواهد کشت", "می‌کشمت" written on the door; not "مامانم منو می‌کشه اگه دیر برسم", "این ترافیک
# منو می‌کشه", "می‌کشمش، کیکمو خورد".
_FA_KILLS_ME = (
    rf"{_ME}\s+(?:\S+\s+)?(?:{_MI}(?:کشه|کشد)|بکشه|بکشد|خواهد\s+کشت)"
    rf"{_END}"
)
FARSI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:دیر|تاخیر))(?=.*(?:شوهرم|همسرم|نامزدم|دوست\s*پسرم|سابقم|گفته|گفت|"
    rf"{_MI}(?:گه|گوید)|تهدید|امشب|(?:اگر|اگه)\s+(?:\S+\s+){{0,4}}(?:برم|بروم|"
    r"قبول\s+نکنم|طلاق|بگم|بگویم|فرار|ترکش|شکایت|نه\s+بگم|برگردم))\S*\s+(?:\S+\s+){0,8}"
    + _FA_KILLS_ME
    + ")",
    rf"^(?=.*(?:{_MI}|ب)کشمت)(?=.*(?:نوشت|در\s+خونه|دیوار|پیام))",
    # the family's honour named before it ("آبروی خانواده را برده‌ام و مرا می‌کشد")
    r"(?:آبرو|ناموس|غیرت)\S*\s+(?:\S+\s+){0,8}" + _FA_KILLS_ME,
)

# Someone drawn in by a group and talking of an attack on a gathering or a place ("حمله به جلسه",
# a mosque, a church, the town hall, something blown up there), with revenge, the group, a weapon
# or killing said; not the news of an attack, a film or a game, nor a heart or asthma attack
# ("حمله قلبی": no place attacked).
_FA_PLACE = (
    r"(?:جلسه|مجمع|تالار|شهرداری|مسجد|مساجد|کلیسا|کنیسه|معبد|مدرسه|تجمع|راهپیمایی|مراسم|"
    r"اجتماع)\S*"
)
_FA_ATTACK = (
    r"(?:حمله|یورش)\S*\s+(?!(?:قلبی|عصبی|آسم|پانیک|صرع))(?:\S+\s+)?(?:به|در|تو|توی)\s+"
    rf"(?:\S+\s+){{0,2}}{_FA_PLACE}|"
    rf"{_FA_PLACE}\s+(?:\S+\s+){{0,3}}(?:(?:را|رو)\s+)?(?:منفجر|به\s+آتش|آتیش|بمب)|"
    rf"(?:بمب|انفجار|منفجر)\S*\s+(?:\S+\s+)?(?:در|تو|توی)\s+(?:\S+\s+){{0,2}}{_FA_PLACE}"
)
_FA_DRAWN_IN = (
    r"انتقام|گروه|جهاد|داعش|افراطی|اسلحه|تفنگ|مواد\s+منفجره|کشتن|بکش(?:د|ه|یم|ند|ن)"
    rf"{_END}"
)
_FA_TOLD_OF = r"اخبار|فیلم|سریال|بازی|رمان|کتاب|پارسال|سال\s+گذشته|تاریخ"
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_FA_TOLD_OF}))(?=.*(?:{_FA_ATTACK}))(?=.*(?:{_FA_DRAWN_IN}))",
)

# Told by the writer for a friend: a threat to kill her ("شوهرش گفته اگه دوباره بره جلسه
# می‌کشدش"), her hiding now from someone shouting or banging behind the door, her being beaten;
# not her mother's "I'll kill her" for lateness, a car he will tow, hide-and-seek, nor a beating
# long ago ("بچگی کتکش می‌زد").
_FA_KILLS_HER = (
    rf"(?:(?:{_MI}|ب)کش(?:د|ه|ند|ن)ش|(?:او|اون)\s+(?:را|رو)\s+(?:\S+\s+)?(?:{_MI}|ب)کش(?:د|ه)|"
    rf"اونو\s+(?:\S+\s+)?(?:{_MI}|ب)کش(?:د|ه)|خواهد\s+کشتش){_END}"
)
_FA_HER_IF = (
    r"(?:شوهرش|همسرش|نامزدش|دوست\s*پسرش|سابقش|پدرش|باباش|برادرش|داداشش|گفته|تهدید|"
    r"(?:اگر|اگه)\s+(?:\S+\s+){0,4}(?:بره|برود|بگه|بگوید|قبول\s+نکنه|طلاق|فرار|ترکش|شکایت|"
    r"برگرده|نه\s+بگه))"
)
_FA_HIDING = r"(?:قایم|قائم|پنهان|مخفی)\s+(?:شده|شدم|شدیم|شدن|شدند)"
_FA_AT_THE_DOOR = (
    rf"(?:پشت|دم|جلوی)\s+(?:در|درب)\s+(?:\S+\s+){{0,2}}(?:داد|فریاد|نعره|فحش|تهدید|مشت|لگد|"
    rf"{_MI}(?:کوبد|کوبه|کوبن))"
)
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:دیر|تاخیر|ماشین|طناب|بکسل|نقاشی|سیگار))(?=.*{_FA_HER_IF}\S*\s+(?:\S+\s+){{0,8}}"
    rf"{_FA_KILLS_HER})",
    rf"^(?!.*(?:قایم{_J}موشک|قایم{_J}باشک|بازی))(?=.*{_FA_HIDING})(?=.*{_FA_AT_THE_DOOR})",
    rf"کتک(?:ش|شان|شون)\s+{_MI}(?:زند|زنه|زنند|زنن){_END}",
)

# Hate at the home now (Dari as well as Farsi): "go back" shouted at Afghans or to one's country
# ("افغان‌ها برگردید"), or stones thrown at the window with shouting or children frightened; not
# Afghans who want to go back talked of at a session, nor children at play whose ball hit it.
_FA_GO_BACK = (
    rf"(?:افغان|افغانی|مهاجر|خارجی|پناهنده|مسلمان)\S*\s+(?:\S+\s+)?(?:برگردید|برگردین|گم\s+شوید|"
    rf"گمشید|گم\s+شین){_END}|برگرد(?:ید|ین)?\s+(?:به\s+)?(?:کشور|مملکت|وطن)\S*"
)
_FA_SHOUTED = (
    rf"فریاد|داد\s+(?:{_MI})?(?:زد|زن)|شعار|فحش|(?:{_MI})?گفتند|گفتن{_END}|{_MI}گن{_END}|نوشتند|"
    r"نوشتن|سنگ"
)
_FA_STONES = (
    r"(?:به|بر|طرف)\s+(?:کلکین|پنجره|شیشه|خانه|خونه|دروازه|موتر|ماشین)\S*\s+(?:\S+\s+){0,2}"
    r"(?:سنگ|آجر|خشت|تخم\s*مرغ)\S*\s+(?:\S+\s+)?(?:زدند|زدن|انداختند|انداختن|پرتاب|پرت\s+کرد|"
    rf"{_MI}(?:زنند|زنن|اندازند|اندازن)){_END}|(?:سنگ|آجر|خشت)\S*\s+(?:\S+\s+)?(?:به|بر|طرف)\s+"
    r"(?:کلکین|پنجره|شیشه|خانه|خونه|دروازه|موتر|ماشین)\S*\s+(?:\S+\s+)?(?:زدند|زدن|انداختند|"
    rf"انداختن|پرتاب|{_MI}(?:زنند|زنن|اندازند|اندازن)){_END}"
)
_FA_FEAR_OR_HATE = rf"فریاد|داد|شعار|فحش|ترسیده|{_MI}ترس|افغان|مهاجر|خارجی|نژاد"
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:سفارت|ویزا|بلیط|پرواز|تعطیل|سفر))(?=.*(?:{_FA_GO_BACK}))(?=.*(?:{_FA_SHOUTED}))",
    rf"^(?!.*(?:بازی|توپ))(?=.*(?:{_FA_STONES}))(?=.*(?:{_FA_FEAR_OR_HATE}))",
)

# Someone taken or made to work by force ("او را به زور برای کار برده", "مجبورش کرده کار کنه")
# with papers held or kept sleeping in a car or the workplace (Dari "موتر", car); not one who
# barely got up for work ("به زور بیدار شد") and has just got his passport, nor a passport
# collected from the embassy.
_FA_BY_FORCE = (
    r"(?:(?:او|اون|ایشان|ما)\s+(?:را|رو)|اونو|مارو|" + _ME + r")\s+(?:\S+\s+){0,2}به\s+زور|"
    rf"به\s+زور\s+(?:\S+\s+){{0,3}}(?:برده|بردند|بردن|{_MI}(?:برد|برند|برن)){_END}|"
    rf"مجبور(?:ش|شان|شون|م|مان|مون)\s+{_DOES}"
)
_FA_KEPT = (
    r"(?:پاسپورت|گذرنامه|تذکره|مدارک)\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?(?:گرفته|گرفتند|گرفتن|"
    rf"نگه\s+داشته|قایم|پنهان|پس\s+{_NMI}(?:دهد|ده|دن|دهند)){_END}|شب\S*\s+(?:\S+\s+)?(?:در|تو|"
    rf"توی)\s+(?:موتر|ماشین|انبار|کارگاه)\S*\s+(?:\S+\s+)?(?:خواب|{_MI}خواب)"
)
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:سفارت|کنسولگری|ویزا|تمدید))(?=.*(?:{_FA_BY_FORCE}))(?=.*کار)"
    rf"(?=.*(?:{_FA_KEPT}))",
)

# Farsi in Latin letters (Finglish), spelt the ways people text it ("mikham", "mikhaam",
# "mixam"; "khodamo", "khodam ro", "xodamo"; "mitoonam", "mitunam"). "I want" or "tonight" with
# dying, killing oneself or throwing oneself from a height; beaten; a threat to kill the writer
# said with a husband, "he said" or "tonight"; not able to go on. Left alone: a bridge crossed
# tonight to go home, a dive into the sea from a rock, a body thrown down on the sofa, "mamanam
# mano mikoshe age dir beresam", "in garma mano mikoshe", a husband who drives the writer.
_FL_WANT = (
    r"\b(?:mi\s?(?:kh|x)(?:aa?|oa|wa|ah|aha)m|dal[ae]?m\s+mi\s?(?:kh|x)aa?d|tasmim\s+gereftam|"
    r"emshab|amshab|emshb)\b"
)
_FL_MYSELF = r"(?:kh|x)od(?:a|e)m\s*(?:o|ro|ra|r)?"
_FL_HEIGHT = (
    r"\baz\s+(?:(?:roo|rooye|ru|ruye|bala\w*|posht\w*|pasht\w*)\s+)?(?:pol|poll|pool|pole|"
    r"balkon|balkoon|balcony|bam|pashtebam|poshtebam|panjare|sakhteman|saakhtemoon|sakhtemoon|"
    r"sakhtemun|tabaghe|boland\w*|ertefa)\b"
)
_FL_THROW = (
    rf"\b{_FL_MYSELF}\s+(?:\w+\s+){{0,3}}(?:partab|part|pert)\s+(?:konam|bokonam|bekonam|mikonam|"
    r"konm)\b|\bb[ae]?p(?:p)?aram\b"
)
_FL_NOT_A_DIVE = r"^(?!.*\b(?:ab|aab|darya|estakhr|bungee|banji|chatr|parachute|bazi)\b)"
_FL_ME = r"\b(?:mano|mara|man\s+ro|maro)\s+"
FARSI_PHRASES += (  # i18n-exempt: input
    rf"{_FL_WANT}\s+(?:\w+\s+){{0,2}}(?:b[ea]?mi+ram|{_FL_MYSELF}\s+"
    r"(?:\w+\s+)?b[eo]?kosh[ae]?m|(?:kh|x)od\s?k[oe]shi\s+(?:konam|bokonam|bekonam))\b",
    r"\b(?:kh|x)od\s?k[oe]shi\s+(?:mikonam|mikonm|kardam)\b|\bkash\s+(?:\w+\s+)?(?:b[ea]?miram|"
    r"morde\s+boodam|mordeh?\s+budam)\b|\bnemi\s?(?:kh|x)(?:aa?|oa|wa)m\s+(?:dige\s+)?"
    r"(?:zende\s+(?:bemoonam|bemunam|bemanam|basham)|zendegi\s+konam)\b",
    _FL_NOT_A_DIVE + every_one_of(_FL_WANT, _FL_HEIGHT, _FL_THROW),
    # beaten: "shoharam mano mizane", "har shab kotakam mizane"
    _FL_ME + r"(?:(?:har\s+(?:rooz|ruz|shab)|hamishe|baz|bazam|dobare|kheili|bad)\s+){0,3}"
    r"(?:kotak\s+)?mi\s?zan(?:e|ad|an|and)\b|\bkotak(?:am|emun|emoon)\s+(?:mi\s?zan(?:e|ad|an)|"
    r"zad|zade)\b",
    # a threat to kill the writer, not a mother's for lateness nor the heat
    r"^(?!.*\b(?:dir|garma|garmaa|terafik|trafik)\b)"
    + every_one_of(
        _FL_ME + r"(?:\w+\s+)?(?:mikoshe|mikoshad|bekoshe|bokoshe|khahad\s+kosht)\b",
        r"\b(?:shoharam|shohram|hamsaram|namzadam|doost\s*pesaram|dust\s*pesaram|gofte|goft|"
        r"mige|tahdid|emshab)\b|\bage\s+(?:\w+\s+){0,3}(?:beram|beravam|talagh|farar|begam|"
        r"shekayat|polis|police)\b",
    ),
    # can't go on, said as the end of the message
    r"\bdig[ea]\s+(?:nemitoonam|nemitunam|nemitoonm|nemitavanam)\s+(?:edame\s+bedam|tahamol\s+"
    r"konam|tahammol\s+konam)\s*(?:[.!]|$)|\bdig[ea]\s+(?:taghat|tahamol|tahammol)\s+nadaram\s*"
    r"(?:[.!]|$)",
)

# In Finglish too: a cut with a blade ("tigh") beside blood that will not stop, no one at home,
# or its being done to oneself; not staying alive any more ("dige zende nemimunam"), not said
# laughing or of the heat; pills gathered or hidden beside despair ("ghorsamo jam kardam" with
# "dige taghat nadaram"); and, in Dari as Afghans type it, a young person drawn in by a group
# online who says unbelievers must be killed, beside travel, his passport, an age under 18 or
# the writer's fear ("kafer-ha bayad koshta shawan"), not a film, a lesson or the news. Left
# alone: a cut while shaving whose blood soon stopped, "az khande dige zende nemimunam", pills
# gathered out of the children's reach, a son in a football group on Telegram who wants to
# travel to a match.
_FL_BLADE = r"\bt(?:i|ee)(?:gh|q)(?:e|am|i)?\b"
_FL_CUTS = (
    r"\b(?:borid+am|boridm|mi\s?bor+am|bebor+am|zakhmi\s+kardam|khat\s+(?:andakhtam|zadam))\b"
)
_FL_BLEEDING = (
    r"\bkh[ou]{1,2}n\w*\s+(?:\w+\s+){0,4}band\s+nemi\s?(?:y?a{1,2}d|shavad|she)\b|"
    r"\bkasi\s+(?:khune|khoone|khane|khoone)\s+nist\b"
)
_FL_ON_PURPOSE = (
    rf"{_FL_BLEEDING}|\b{_FL_MYSELF}\b|\b(?:amdan|az\s+[gq]h?asd|dobare|baz\s+ham|bazam|"
    r"har\s+shab)\b"
)
_FL_NOT_ALIVE = r"\bzende\s+nemi(?:moo|mu|ma|mou)n(?:am|im)\b"
_FL_PILLS_KEPT = (
    r"\b(?:[gq]h?ors|[gq]h?urs|dar(?:oo|u|ou))\w*\s+(?:\w+\s+){0,2}(?:jam|[gq]h?a[yi]e?m|penhan|"
    r"zakhire)\s+(?:kardam|kardm|mikonam)\b"
)
_FL_DESPAIR = (
    rf"{_FL_NOT_ALIVE}|\bnemi\s?(?:kh|x)(?:aa?|oa|wa)m\s+(?:dige\s+)?zende\b|"
    r"\b(?:kh|x)od\s?k[oe]shi\b|\b(?:taghat|tahamol|tahammol)\s+nadaram\b|\bhamash(?:o|ro|ra)?"
    r"\s+(?:(?:ba\s+ham|yekja|yeja)\s+)?(?:mikhoram|bokhoram|bekhoram)\b"
)
# A group online, unbelievers to be killed (Dari "koshta shawan"), and why it is feared now.
_FL_ONLINE = (
    r"\b(?:telegram|teligram|telegraam|group|grup|gurup|groop|kanal|channel|tiktok|youtube|"
    r"online|anlain|internet)\w*"
)
_FL_KILL_THEM = (
    r"\b(?:kafer|kafir|kofar|kuffar|kufar|kafar|kaafer)\S*\s+(?:\w+\s+){0,3}(?:koshta|kushta|"
    r"kosht|bokoshan|bekoshan|bekoshim|bokoshim|koshtan)\w*|\bshahid\s+(?:shawa|shava|shawad|"
    r"shavad|shavam|shawam|beshe|beshavad)\b"
)
_FL_GOING = (
    r"\bsafar\b|\bpas+port\w*|(?<!\d)1[0-7]\s*(?:sal|sala|saale|sale|saleh)\b|"
    r"\bmitars(?:am|im)\b"
)
_FL_TOLD_OF = r"\b(?:film|serial|bazi|game|dars|tarikh|akhbar|khabar|news|ketab|kitab|roman)\b"
FARSI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:eslah|rish|sheiv|shave)\w*)" + every_one_of(_FL_BLADE, _FL_CUTS, _FL_ON_PURPOSE),
    r"^(?!.*\b(?:khande|khandidam|garma|garmaa|lol)\b).*\bdig[ea]\s+(?:\w+\s+)?" + _FL_NOT_ALIVE,
    "^" + every_one_of(_FL_PILLS_KEPT, _FL_DESPAIR),
    rf"^(?!.*{_FL_TOLD_OF})" + every_one_of(_FL_ONLINE, _FL_KILL_THEM, _FL_GOING),
)

# A last message with a goodbye to everyone, forever, or a plea to be forgiven ("این آخرین
# پیاممه، امشب از همه خداحافظی کردم", "akharin payamame, az hame khodahafezi kardam"); not a last
# message of the night, about a session or a group, nor a goodbye before a journey, a move or a
# pilgrimage ("حلالم کنید" before Hajj).
_FA_LAST_MESSAGE = (
    r"آخرین\s+(?:پیام|پیغام|مسیج|حرف)\S*|(?:پیام|پیغام|حرف)\s+آخر(?:م|مه|ام|یم)"
    r"|\bakharin\s+(?:payam|peygham|payghum|message|msg|harf)\w*|\b(?:payam|peygham|harf)\s+"
    r"akhar(?:am|ame|e\s+mane)\b"
)
_FA_FAREWELL = (
    rf"(?:همه|همگی|همتون|همه\s+کس)\S*\s+(?:\S+\s+)?خداحافظی\s+(?:کردم|کرده{_J}ام|{_MI}کنم)|"
    rf"خداحافظ(?:ی)?\s+(?:\S+\s+)?(?:برای\s+)?(?:همیشه|ابد)|حلالم\s+کن|(?:منو|مرا)\s+ببخش|"
    r"دیگه\s+(?:منو\s+)?(?:نمی\s*بینید|نمیبینید)|\b(?:hame|hamatoon|hamegi)\s+(?:\w+\s+)?"
    r"khodah?afezi\s+(?:kardam|kardm|mikonam)\b|\bkhodah?afez\s+(?:\w+\s+)?(?:baraye\s+)?"
    r"hamishe\b|\bhalalam\s+kon"
)
_FA_GOING_AWAY = (
    r"سفر|پرواز|فرودگاه|بلیط|مهاجرت|اسباب\S*|گروه|کانال|درباره|در\s+مورد|جلسه\s+بعد|حج|مکه|"
    r"کربلا|زیارت|\b(?:safar|parvaz|foroodgah|belit|mohajerat|group|goroh|kanal|channel|darbare|"
    r"haj|hajj|mecca|makke|karbala|ziarat)\b"
)
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_FA_GOING_AWAY}))" + every_one_of(_FA_LAST_MESSAGE, _FA_FAREWELL),
)

# A leap from a height or under a train, said as what the writer wants, means tonight or has
# decided ("امشب می‌خوام خودمو از پل بندازم", "تصمیم گرفتم جلوی قطار بپرم"); not a bungee jump or
# a dive, nor a dream of falling.
_FA_FROM_HIGH = (
    rf"(?:از\s+(?:\S+\s+)?(?:پل|پشت{_J}بام|بام|ساختمان|برج|پنجره|بالکن|بلندی|طبقه|صخره)|"
    r"(?:جلوی|زیر)\s+(?:\S+\s+)?(?:قطار|مترو|ماشین|کامیون|اتوبوس))\S*"
)
_FA_LEAP = (
    rf"(?:بندازم|بیندازم|بیاندازم|{_MI}(?:اندازم|ندازم)|پرت\s+(?:کنم|{_MI}کنم)|بپرم|{_MI}پرم)"
    rf"{_END}"
)
# When: tonight, tomorrow, this week, a day of the week, "after" a day.
_FA_WHEN = (
    r"امشب|فردا|این\s+هفته|آخر\s+هفته|(?:یک|دو|سه|چهار|پنج)?\s*شنبه|جمعه|بعد\s+از\s+\S+|"
    r"تا\s+(?:صبح|آخر)"
)
FARSI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:بانجی|چتر|شیرجه|استخر|شنا|خواب\s+دیدم|فیلم))"
    rf"(?=.*(?:{_I_WANT}|{_FA_WHEN}|خودم))(?=.*{_FA_FROM_HIGH}\s+(?:\S+\s+)?{_FA_LEAP})",
)

# A plan to die said plainly, in the first person: killing oneself ("خودم را می‌کشم", "خودمو
# میکشم") beside a time or a decision, and not being alive after a time ("بعد از جمعه دیگر زنده
# نیستم", "فردا زنده نخواهم بود"); in Finglish "emshab khodamo mikosham". Not "if ... I'll kill
# myself" said in jest, a self pulled up or aside, tea served or a picture drawn ("کشیدن"),
# nor getting oneself somewhere ("خودم را به جلسه می‌رسانم"), not being
# at home after Friday.
_FA_KILL_MYSELF = (
    rf"(?:خودم\s+(?:را|رو)|خودمو)\s+(?:{_MI})?کشم{_END}(?!\s+(?:بالا|کنار|عقب|جلو|بیرون|پایین))"
)
_FA_NOT_ALIVE = rf"زنده\s+(?:نیستم|نخواهم\s+بود|{_NMI}(?:مانم|مونم)){_END}"
FARSI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:اگر|اگه|به\s+زور|چای|غذا|سیگار|قلیان|نقاشی|عکس))"
    + every_one_of(_FA_KILL_MYSELF, rf"{_FA_WHEN}|{_I_WANT}"),
    r"^(?!.*(?:خستگی|گرما))" + every_one_of(_FA_NOT_ALIVE, rf"{_FA_WHEN}|دیگر|دیگه"),
    rf"{_FL_WANT}\s+(?:\w+\s+){{0,2}}{_FL_MYSELF}\s+mi\s?kosh[ae]?m\b",
)

# Pills gathered or hidden, a rope or a gun bought ("قرص‌ها را جمع کرده‌ام", "طناب را خریدم";
# not pills bought at the chemist)
# beside all of them to be taken, "the last time" or a goodbye; not a rope for the washing line,
# tablets for a journey.
_FA_MEANS_GATHERED = (
    rf"(?:{_PILLS}|طناب|اسلحه|تفنگ|شلنگ)\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+){{0,2}}?(?:جمع\s+"
    r"کرد|نگه\s+داشت|قایم\s+کرد|پنهان\s+کرد)|(?:طناب|اسلحه|تفنگ|شلنگ)\S*\s+(?:(?:را|رو)\s+)?"
    r"(?:\S+\s+)?(?:خریدم|خریده|آماده\s+کرد)"
)
_FA_ALL_OR_GOODBYE = (
    rf"آخرین\s+(?:بار|پیام)|خداحافظ|حلالم\s+کن|همه\S*\s+(?:(?:را|رو)\s+)?(?:{_MI})?خورم"
)
FARSI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_FA_GOING_AWAY}|رخت|لباس|کوه|کمپ))"
    + every_one_of(_FA_MEANS_GATHERED, _FA_ALL_OR_GOODBYE),
)

# A fall from a height ("از پنجره طبقه بالا افتاده") beside legs that cannot be felt or moved
# ("پاهاشو حس نمی‌کنه"); not legs gone to sleep from sitting long in the car.
_FA_FELL_FROM_HIGH = (
    r"از\s+(?:\S+\s+){0,3}?(?:پنجره|بالکن|تراس|پشت\s*بام|بام|طبقه|نردبان|پله\S*|درخت|داربست|"
    r"دیوار)\S*\s+(?:\S+\s+){0,3}?(?:افتاده|افتاد|پرت\s+شده|سقوط\s+کرده)"
)
_FA_LEGS_NOT_FELT = (
    rf"پا\S*\s+(?:(?:را|رو)\s+)?(?:\S+\s+)?(?:حس|احساس)\s*{_NMI}(?:کند|کنه|کنم|کرد)|"
    rf"پا\S*\s+(?:(?:را|رو)\s+)?(?:تکون|حرکت)\s*{_NMI}(?:ده|دهد|تونه|تواند)|"
    rf"{_NMI}(?:تونه|تواند)\s+پا\S*\s+(?:(?:را|رو)\s+)?(?:تکون|حرکت)"
)
FARSI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FA_FELL_FROM_HIGH, _FA_LEGS_NOT_FELT),
)

# Someone who cannot drink, eat, get up or reach the toilet ("نمی‌تواند آب بخورد"), left alone
# ("تنهاست") with the nurse or carer not come or the writer at work till morning; not a father
# no longer alone ("تنها نیست") with his wife beside him.
_FA_LEFT_ALONE = rf"تنها(?:ست|\s+(?:است|مانده|ماند|هست|{_MI}ماند|{_MI}مونه)){_END}"
_FA_NO_ONE_COMING = (
    r"(?:پرستار|مراقب|کمک\s*یار)\S*\s+(?:\S+\s+){0,2}(?:نیامد|نیومد|نمیاد|نمی\S*آید)|"
    r"سر\s+کار(?:م|ام)|تا\s+فردا|کسی\s+(?:نیست|پیشش\s+نیست)"
)
_FA_CANNOT_DRINK_OR_RISE = (
    rf"{_NMI}(?:تواند|تونه|توانند|تونن)\s+(?:\S+\s+){{0,2}}?(?:بخورد|بخوره|بنوشد|برود|بره|"
    r"بلند\s+(?:شود|شه)|راه\s+برود|تکان\s+بخورد)"
)
FARSI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FA_LEFT_ALONE, _FA_NO_ONE_COMING, _FA_CANNOT_DRINK_OR_RISE),
)

# A stranger who followed the writer here and still stands or waits there, or whom she fears
# ("یک مرد از ایستگاه دنبالم آمده و جلوی در ایستاده"); not a friend who walked with her.
_FA_A_STRANGER = r"(?:یک|یه)\s+(?:مرد|نفر|غریبه|پسر)|مردی|غریبه|ناشناس"
_FA_FOLLOWED_ME = (
    r"دنبالم\s+(?:\S+\s+)?(?:آمده|اومده|آمد|اومد|کرده|کرد|میاد|می\S*آید)|"
    r"تعقیبم\s+(?:\S+\s+)?(?:کرده|کرد|می\S*کند|میکنه)"
)
_FA_STILL_THERE_OR_AFRAID = r"ایستاده|وایساده|منتظر|می\S*ترسم|میترسم"
FARSI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FA_A_STRANGER, _FA_FOLLOWED_ME, _FA_STILL_THERE_OR_AFRAID),
)
