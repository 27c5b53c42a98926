"""The Pashto safeguarding phrase net (read by safeguarding_languages), in the Arabic script.
Pashto puts the verb last; in the past the verb agrees with the person done to, so "ووهلم" is
"(he) beat me" and "ووژني" "(he) would kill", with the writer as "ما" or "مې" before it ("ما به
ووژني", he will kill me). Text has been through safeguarding_languages.fold, which reads the
Pashto letters members type either way as one (PASHTO_FORMS: "ې" and "ۍ" as "ي", "ګ" as "گ"),
and the Urdu and Persian forms of ye and kaf as the Arabic ones, so patterns are written in
ordinary Pashto spelling.

"وهل" (to strike) also makes everyday verbs with a noun before it: a call ("زنګ وهي"), a drum, a
swim, a jump, a stroll, a shout, a ball kicked; so a blow is read only with the person done to
and no such noun before the verb.

It reads the main kinds: wanting to die or to kill oneself, harming oneself, all the tablets,
being beaten or threatened or told one will be killed, locked in or not let out, a passport or
tazkira taken or hidden, fear of him or of going home, being followed, a marriage by force,
being in danger or not safe, nowhere to sleep, a child beaten or hungry for days, and someone
not breathing or unconscious; and a child or young brother sent to another city with drugs, or
missing or not home since last night with a man who gave him work, the phone off or the police.
Pashto typed in Latin letters is read for a girl to be given in marriage against her will or
under 18 ("ma yaw saray ta warkawi").
Left alone: "مور به مې ووژني" (mum will kill me) for being late, the heat or the work "killing
me", a call or a drum or a ball struck, "په زور" (barely) made it to a wedding, a passport taken
to the embassy for a visa, suicide as a session's subject, following on social media, out of
breath on the stairs, a brother sent to a drugs programme, a son lost in his games, a brother
staying at an aunt's who has phoned.
Also a plan to die said plainly: decided to die, "ځان ځوړندوم", throwing oneself into the river
or before the train, "به ژوندی نه یم", a goodbye for ever, tablets gathered beside a time
("nan shpa zan wazhnam" in Latin letters); not stones thrown from a bridge, a trip.
And the main kinds said plainly: one's own hand cut now ("خپل لاس پرې کوم"), a box of pills
swallowed or all to be taken tonight, a knife in hand beside a door shut, a stranger come after
the writer from the bus who waits outside, a child alone for days with no food, a child hit and
bleeding from the head, the writer to be given to a cousin or with tickets bought, a daughter to
be cut, chest pain with someone not speaking, someone beaten to drive out a jinn. Not nails cut,
a box of sweets, onions cut, a friend who waits, a child who walks to school alone, a ball
kicked, a son's circumcision, back pain and a sulk, prayers breathed over someone.
And what members seeking asylum write: a smuggler or a debt with a threat to kill the family,
"if you tell the police" with a beating or the writer's case spoiled, a landlord asking for sex
for the rent or threatening the Home Office, a crowd outside the hotel throwing stones, killing
oneself before the removal flight, a child of 14 whom a stranger who says he is the uncle is
taking tonight, nowhere to sleep or thrown out with the children, lost in the dark with the
phone dying, a fire with no way out, a child not breathing, a fit gone on for minutes, someone
fallen with the head bleeding or who will not wake. Not a smuggler caught, a lawyer's word that
the case will go well, the garden instead of the rent, children throwing a ball, a child's own
uncle, nowhere to park, keys lost, a cold flat, the first-aid rule told with "if", a knee grazed.
Also someone stabbed and bleeding a lot now (not meat for Eid cut with a knife).
Also a parent or an older person who has eaten nothing for days, beside wanting to follow the
one who died or alone at home (not a fast, nor an operation in hospital).
Also, in Latin letters, a brother, father or husband who says "ma ba wazhi" (he will kill me)
and is at home now or has taken the writer's phone; not a brother who borrowed the phone.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

PASHTO_FORMS: dict[str, str] = {"\u06d0": "\u064a", "\u06cd": "\u064a", "\u06ab": "\u06af"}

# The nouns "وهل" makes an everyday verb with: a call, a drum, a swim, a jump, a stroll, a shout,
# a step, a knock, a ball, a goal, a whistle, shots.
_PS_NOT_A_BLOW = r"(?:زنګ|ډول|لامبو|ټوپ|چکر|غږ|ګام|نارې|ګوتې|توپ|ګول|سیټۍ|ډزې|ټک)(?!\w)"
_PS_HARMER = r"(?:مېړه|خاوند|ښوهر|پلار|ورور|خسر|خواښې|هغه|زوی|اېښته|کاکا|ماما)"
_PS_CHILD = r"(?:ماشوم|ماشومان|بچی|بچیان|زوی|لور|لورګانې)"
_PS_LATE_HEAT_WORK = r"(?:ناوخته|ځنډ|لېټ|ګرمي|ګرمۍ|لوږه|لوږې|تږه|خندا|کار\s+مې)"
_PS_AFRAID = r"(?:وېره|ډار|وېرېږم|ډارېږم)"
_PS_DID = r"(?:کوي|کړل|کړي|وکړل)(?!\w)"

PASHTO_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, killing oneself (not a session on it)
    r"(?:مرګ|مړینه)\s+(?:\S+\s+)?غواړم|غواړم\s+(?:چې\s+)?(?:مړ|مړه)\s+شم|"
    r"(?:ځان|خپل\s+ځان)\s+(?:به\s+)?و?وژنم(?!\w)|"
    r"ځان\s*وژن\S*\s+(?:\S+\s+){0,2}(?:فکر\s+کوم|کوم|وکړم|غواړم)|"
    r"(?:نور\s+)?ژوند\s+(?:\S+\s+)?نه\s+غواړم|"
    r"(?:له\s+)?ژوند\S*\s+(?:\S+\s+)?ستړی\s+(?:شوی|شوې)\s+یم",
    # harming oneself
    r"(?:ځان|خپل\s+ځان)\s+ته\s+(?:\S+\s+)?(?:زیان|ټپ|ضرر|تکلیف)\s+(?:\S+\s+)?"
    r"(?:رسوم|ورسوم|رسولی|ورکوم)|"
    r"(?:ځان|خپل\s+ځان)\s+(?:\S+\s+)?(?:ټپي|زخمي)\s+(?:کوم|کړ|کړم)(?!\w)",
    # all the tablets
    r"(?:ټولې|ډېرې|ګڼې|ټول)\s+(?:\S+\s+)?(?:ګولۍ|ګولی|دواګانې|دوا|ټابلېټ)\S*\s+(?:\S+\s+)?"
    r"(?:وخوړې|وخوړلې|وخوړل|تېرې\s+کړې|تېر\s+کړل)",
    # beaten: "ووهلم" (beat me), "وهل شوې یم", or a harmer who beats, no call or drum struck
    r"(?<!\S)و?وهلم(?!\w)|(?<!\S)وهل\s+(?:شوی|شوې)\s+یم(?!\w)|"
    + _PS_HARMER
    + r"\S*\s+(?:مې\s+|زه\s+|ما\s+)(?:(?!"
    + _PS_NOT_A_BLOW
    + r")\S+\s+){0,2}(?:وهي|ټکوي)(?!\w)",
    # told one will be killed (not mum for being late, nor the heat or the work)
    rf"^(?!.*{_PS_LATE_HEAT_WORK})(?=.*(?:"
    r"(?<!\S)(?:ما|مې|زه)\s+(?:به\s+)?(?:\S+\s+)?و?وژني(?!\w)|"
    r"(?<!\S)و?وژني\s+مې(?!\w)|(?<!\S)ما\s+به\s+(?:\S+\s+)?مړ\s+کړي(?!\w)))",
    # "I'll kill you" written or said to the writer; threats made to her
    r"^(?=.*(?<!\S)(?:و?وژنم|وژنمه)\s+دې(?!\w))"
    r"(?=.*(?:لیکلي|ولیکل|وویل|وایي|دروازه|دیوال|پیغام|مسېج))",
    r"ګواښ\S*\s+(?:\S+\s+)?(?:راته|ما\s*ته)\s+(?:\S+\s+)?" + _PS_DID + r"|"
    r"(?:راته|ما\s*ته)\s+ګواښ\S*\s+" + _PS_DID,
    # locked in, not let out
    r"(?:ما|زه|موږ|مونږ)\s+(?:یې\s+)?(?:په\s+)?(?:کوټه|کوټې|کور)\s+کې\s+بند\S*|"
    r"نه\s+(?:مې\s+|مو\s+|یې\s+)?(?:پرېږدي|پریږدي)\s+(?:چې\s+)?(?:له\s+کوره|بهر|دباندې)",
    # a passport or tazkira taken or hidden (not taken to the embassy for a visa)
    r"^(?!.*(?:سفارت|ویزه|ویزې|تمدید))"
    r"(?=.*(?:پاسپورټ|پاسپورت|تذکره|تذکرې)\S*\s+(?:\S+\s+){0,2}"
    r"(?:اخیستی|واخیست|واخیستل|پټ\s+کړی|پټ\s+کړ|ساتلی|نه\s+راکوي|ضبط))",
    # afraid of him, afraid to go home
    r"له\s+(?:خپل\s+)?" + _PS_HARMER + r"\S*\s+(?:\S+\s+){0,2}" + _PS_AFRAID + r"|"
    r"کور\s+ته\s+(?:د\s+)?(?:تلو|ورتلو|تګ|ستنېدو)\s+(?:\S+\s+){0,2}" + _PS_AFRAID,
    # followed (not on social media)
    r"^(?!.*(?:انسټاګرام|فېسبوک|ټیکټاک|instagram|facebook|tiktok))"
    r"(?=.*(?:(?:ما|زما)\s+(?:\S+\s+)?تعقیب\S*|"
    r"(?:ما|زما)\s+پسې\s+(?:\S+\s+)?روان\s+(?:دی|ده|دي|وو)))",
    # a marriage by force or without her consent (not "barely made it to the wedding")
    r"په\s+زور\s+(?:\S+\s+){0,3}(?:واده|نکاح)\s+(?:\S+\s+)?"
    r"(?:کوي|کول|وکړي|کړي|ورکوي|ورکول|غواړي)(?!\w)|"
    r"(?:زما|د\s+هغې|زموږ)\s+(?:د\s+)?خوښې\s+(?:پرته|نه\s+پرته)\s+(?:\S+\s+){0,3}(?:واده|نکاح)",
    # in danger, not safe
    r"(?<!\S)(?:زه|موږ|مونږ)\s+(?:\S+\s+)?په\s+خطر\s+کې\s+(?:یم|یو)|"
    r"زما\s+ژوند\s+(?:\S+\s+)?په\s+خطر\s+کې|"
    r"(?:زه|کور\s+کې)\s+(?:\S+\s+)?خوندي\s+نه\s+(?:یم|یو)",
    # nowhere to sleep
    r"(?:خوب|اوسېدو|شپې)\s+(?:لپاره\s+)?(?:\S+\s+)?ځای\s+نه\s+لرم|"
    r"ځای\s+نشته\s+چې\s+(?:\S+\s+)?(?:ویده\s+شم|شپه\s+تېره\s+کړم)|"
    r"په\s+(?:سړک|سړکونو|کوڅه)\s+کې\s+(?:\S+\s+)?(?:ویده|شپه)",
    # a child beaten (no ball kicked), or hungry for days
    _PS_CHILD
    + r"\S*\s+(?:(?!"
    + _PS_NOT_A_BLOW
    + r")\S+\s+){0,2}(?:وهي|ټکوي|ووهل|ووهه|ووهله)(?!\w)",
    rf"^(?=.*{_PS_CHILD})(?=.*(?:پرون|پرونه|ورځو|ورځې)\s+(?:\S+\s+){{0,3}}"
    r"(?:وږي|نه\s+دي\s+خوړلي|ندي\s+خوړلي|هیڅ\s+نه\s+دي\s+خوړلي))",
    # a child or young brother sent with drugs to another city, or made to sell them (not sent to
    # a drugs programme or clinic)
    r"^(?!.*(?:ضد|درملن|ترک|روغتون|کلینیک|پروګرام))"
    rf"(?=.*(?:{_PS_CHILD}|ورور|هلک|(?:1[0-7]|۱[۰-۷])\s+کلن))"
    r"(?=.*(?:نشه\s*يي\s+توک|مخدره\s+مواد|چرس|هیروئین|کوکایین|ډرګ|drugs)\S*\s+(?:\S+\s+){0,3}"
    r"(?:لېږي|ولېږه|وړي|یوسي|انتقالوي|پلوري|خرڅوي|رسوي)(?![\u0621-\u064a\u066e-\u06d3]))",
    # someone not breathing, lips gone blue, unconscious
    r"ساه\s+(?:\S+\s+)?نه\s+(?:اخلي|باسي|کاږي)|ساه\s+یې\s+(?:بنده|ودرېده)|تنفس\s+نه\s+کوي|"
    r"شونډې\s+یې\s+(?:\S+\s+)?(?:شنې|آبي|نیلي)|"
    r"(?:بې\s*هوښه|بیهوښه)\s+(?:\S+\s+)?(?:دی|ده|شو|شوه|پروت|پرته)(?!\w)",
)

# A child or a young brother or sister missing ("ورک دی") or not home since last night or for
# days, with an age under 18, men or older boys who give him work, money, a phone or drugs, his
# going to another city (for "work"), the phone off, the police or no word, or both said; not a
# son lost in his games or a book ("په لوبو کې ورک"), nor one staying at an aunt's who has phoned.
_PS_UNDER_18 = r"(?<![0-9۰-۹])(?:1[0-7]|۱[۰-۷]|[5-9]|[۵-۹])\s+کلن"
_PS_YOUNG = rf"(?:{_PS_CHILD}|ورور|خور|هلک|نجلۍ|{_PS_UNDER_18})"
# The end of a word: no Arabic-script letter after it (a comma "،" may follow).
_PS_WORD_END = r"(?![\u0621-\u064a\u066e-\u06d3])"
_PS_MISSING = rf"(?<!\S)ورک(?:ه)?\s+(?:شوی\s+|شوې\s+)?(?:دی|ده|شو|شوه){_PS_WORD_END}"
_PS_NOT_HOME_SINCE = (
    r"(?:پرون|پرونۍ|شپه|شپې|ورځې|ورځو)\s+(?:\S+\s+){0,4}(?:کور\s+ته\s+)?(?:نه|ندی|نده)\s+"
    r"(?:دی\s+|ده\s+)?(?:راغلی|راغلې|راستون|راستنه|راګرځېدلی)"
)
_PS_LURED_OR_NO_WORD = (
    r"(?:سړي|سړی|سړو|کسانو|خلکو|ډلې|(?:لوی|لویو|مشرو)\s+هلکان\S*|ځوانان\S*)\s+(?:\S+\s+){0,4}"
    r"(?:کار|پیسې|موبایل|ډالۍ|نشه|چرس)\S*\s+(?:\S+\s+){0,3}(?:ورکړ|ورکو|ورکاو)|"
    r"(?:بل|بلې|لرې)\s+ښار\s+ته\s+(?:\S+\s+){0,3}(?:ځي|ولاړ|تللی|وړي|بیایي)|"
    r"(?:موبایل|ټیلیفون|تلیفون|فون)\S*\s+(?:یې\s+)?(?:بند|خاموش|نه\s+اخلي|نه\s+پورته)|پولیس|"
    r"(?:نه\s+پوهېږ(?:م|و)|خبر\s+نه\s+یو)\s+(?:چې\s+)?چېرته"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    r"^(?!.*په\s+(?:\S+\s+){0,3}کې\s+ورک)"
    rf"(?=.*{_PS_YOUNG})(?=.*{_PS_MISSING})"
    rf"(?=.*(?:{_PS_UNDER_18}|{_PS_NOT_HOME_SINCE}|{_PS_LURED_OR_NO_WORD}))",
    rf"^(?=.*{_PS_YOUNG})(?=.*{_PS_NOT_HOME_SINCE})(?=.*(?:{_PS_LURED_OR_NO_WORD}))",
)

# Pashto in Latin letters, as members type it ("za 16 kala yam", "ma warkawi"): a girl to be
# given in marriage ("ma yaw saray ta warkawi", they will give me to a man; "zama wada kawi",
# they are marrying me; "halta ye wada wokri", they will marry her there) beside her not wanting
# it ("za nikah na kawom"), force, her passport taken or an age under 18. Left alone: a wedding
# she is glad of at 24, a sister's wedding she cannot go to.
_PL_GIVEN_AWAY = (
    r"\bma\s+(?:\w+\s+){0,5}(?:warkawi|warkawo|warkaway|warkoi|warkri|warkre|warkawal)\b|"
    r"\b(?:zama\s+|(?:ma|ye|yi)\s+(?:\w+\s+){0,3})(?:wada|wadah|nikah|nikkah)\s+(?:\w+\s+)?"
    r"(?:kawi|kawo|"
    r"kai|okri|wokri|wukri|kawal\s+ghwari)\b"
)
_PL_AGAINST_HER_WILL = (
    r"\bnah?\s+(?:ghwaram|ghwarum|gwaram|ghwaaram)\b|\bpa\s+zor\b|\bzabardasti\b|"
    r"(?<!\d)(?:1[0-7]|[5-9])\s+(?:kala|kalan|kalana|kaleh|kalanay)\b|\b(?:wada|wadah|nikah|"
    r"nikkah)\s+na\s+(?:kawom|kawam|kawum|kom|kawal\s+ghwaram)\b|\bpassport\s+(?:\w+\s+){0,2}"
    r"(?:akhistay|akhisty|akhisti|akhistal|pat\s+kray|pat\s+kare)\b"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*(?:{_PL_GIVEN_AWAY}))(?=.*(?:{_PL_AGAINST_HER_WILL}))",
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_PS_SOON = r"(?:نن\s+شپه|نن\s+ماښام|(?<!\S)سبا|دې\s+اونۍ|یکشنبه)"
# A goodbye: forgive me, don't look for me, goodbye.
_PS_GOODBYE = r"(?:ما\s+وبخښئ|بخښنه\s+غواړم|ما\s+مه\s+لټوئ|خدای\s+پامان)"
# Tablets or medicines gathered ("ګولۍ مې راټولې کړې دي"), with no everyday use (a trip, a
# doctor, a hospital, a parent).
_PS_PILLS_GATHERED = r"(?:ګولۍ|ګولی|ګولیو|درمل|دوا)\S*\s+(?:\S+\s+){0,2}?(?:راټول|ذخیره)"
_PS_EVERYDAY_USE = r"(?:سفر|ډاکټر|روغتون|مور\s+ته|پلار\s+ته)"
# The river, a bridge, the train, a roof: where one throws oneself.
_PS_DROP = r"(?<!\S)(?:سیند|دریاب|پل|پله|اورګاډي|اورګاډی|ریل|بام|ودانۍ)(?!\w)"
PASHTO_PHRASES += (  # i18n-exempt: input
    # decided to die ("پرېکړه مې کړې چې مړ شم"); "I" will hang myself ("ځان ځوړندوم"), or throw
    # myself into the river or in front of the train ("ځان سیند ته غورځوم"); not stones thrown
    # from the bridge, clothes hung, a move decided
    r"پرېکړه\s+(?:\S+\s+){0,3}?(?:مړ|مړه)\s+شم(?!\w)|ځان\s+(?:\S+\s+)?(?:ځوړندوم|ځړوم|"
    r"ځوړند\s+کړم|ځوړند\s+کوم)(?!\w)",
    "^" + every_one_of(_PS_DROP, r"ځان\s+(?:\S+\s+){0,3}?و?(?:غورځوم|اچوم)(?!\w)"),
    # no longer alive after a time ("له نن شپې وروسته به ژوندی نه یم"); a goodbye for ever ("د
    # تل لپاره خدای پامان"); not away from London, a goodbye to a group
    r"(?<!\S)به\s+ژوند(?:ی|ۍ)\s+نه\s+(?:یم|اوسم)|د\s+تل\s+لپاره\s+(?:\S+\s+)?(?:خدای\s+پامان|"
    r"الوداع|رخصت)|خدای\s+پامان\s+د\s+تل\s+لپاره",
    # tablets gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_PS_EVERYDAY_USE})" + every_one_of(_PS_PILLS_GATHERED, f"{_PS_SOON}|{_PS_GOODBYE}"),
    # in Latin letters: "I" will kill myself ("nan shpa zan wazhnam"); not food cooked
    r"\bzan\s+(?:\w+\s+)?(?:wazhnam|wajnam|wazhanam|owazhnam|wuwazhnam|wazhnum)\b",
)

# The main kinds said plainly. One's own hand, wrist or vein cut now ("خپل لاس پرې کوم"); not a
# hand that got cut ("لاس مې پرې شو").
_PS_OWN_CUT = (
    r"(?:خپل|خپله)\s+(?:لاس|مړوند|رګ|بدن)\S*\s+(?:\S+\s+)?(?:پرې\s+(?:کوم|کړ|کړل)|غوڅوم|"
    r"غوڅ\s+کړ|زخمي\s+کوم)(?!\w)"
)
_PS_PILLS = r"(?:ګولۍ|ګولی|ګولیو|دوا|دواګانې|دواګانو|ټابلېټ)\S*"
_PS_BOX = r"(?:بکس|ډبه|ډبلی|پاکټ|بوتل)\S*"
_PS_SWALLOWED = r"(?:وخوړ|وخوړل|وخوړې|وخوړلې|تېر\s+کړ|تېرې\s+کړې|تېر\s+کړل)(?!\w)"
# A knife held and a door locked; not meat or onions cut.
_PS_KNIFE_HELD = (
    r"(?:چاقو|چړه|چاړه|توره|کارد)\S*\s+(?:\S+\s+){0,2}په\s+لاس\s+کې|په\s+لاس\s+کې\s+(?:یې\s+)?"
    r"(?:چاقو|چړه|چاړه|توره)|(?:چاقو|چړه|چاړه)\s+(?:\S+\s+)?(?:راښکلې|راښکلی|نیولی|نیولې)"
)
_PS_DOOR_LOCKED = (
    r"دروازه\S*\s+(?:\S+\s+)?(?:بنده|قلف|کلپ|تړلې)\s*(?:کړې|کړه|کړي|کړل|ده)|"
    r"(?:قلف|کلپ)\s+(?:\S+\s+)?کړې"
)
_PS_NOT_COOKING = r"^(?!.*(?:غوښه|پیاز|مېوه|تربوز|سابه|کیک))"
# Followed by a stranger from the bus, or waited for outside; not by a friend or brother.
_PS_STRANGER = r"سړی|یو\s+کس|یو\s+تن|یو\s+ځوان|ناآشنا|نااشنا|پردی"
_PS_FOLLOWED = (
    r"(?:زما|ما)\s+پسې\s+(?:\S+\s+)?(?:راغلی|راځي|روان|ګرځي|راروان)|تعقیب\S*\s+(?:\S+\s+)?"
    + _PS_DID
)
_PS_OUT_THERE = r"(?<!\w)بس|سټېشن|اسټیشن|ریل|بهر|انتظار|دروازې\s+ته|ولاړ"
_PS_NOT_KIN = r"^(?!.*(?:ورور|پلار|مېړه|ملګری|ملګرې|دوست))"
# A child alone for days with no food.
_PS_DAYS = r"(?:دوه|درې|۲|۳|2|3|څو)\s+ورځ"
_PS_ALONE = r"یوازې|یواځې|یوازی"
_PS_NO_FOOD = (
    r"ډوډۍ\s+(?:\S+\s+)?(?:نشته|نه\s+ده|نه\s+لري)|وږی|وږې|لوږه|څوک\s+(?:\S+\s+)?نشته|"
    r"هیڅ\s+(?:\S+\s+)?نه\s+دي\s+خوړلي"
)
# A child hit and bleeding from the head.
_PS_CHILD_HIT = _PS_CHILD + r"\S*\s+(?:\S+\s+){0,2}(?:وواهه|ووهه|ووهلو|ووهل|وهلی|وهلې)"
_PS_HEAD_BLEEDING = r"سر\S*\s+(?:\S+\s+){0,2}وینه|سر\s+یې\s+(?:مات|ټپي|زخمي)"
# The writer given in marriage, with a cousin, tickets or the homeland named.
_PS_MARRIED_OFF = r"(?<!\w)ما\s+(?:\S+\s+){0,7}(?:واده\s+(?:کړي|کوي|وکړي)|ورکوي|ورکړي)(?!\w)"
_PS_COUSIN_OR_TICKETS = r"د\s+(?:تره|ماما|خاله|ترور|عمه)\s+زوی|تربور|ټکټ|وطن|افغانستان|پاکستان"
# A daughter or sister to be cut; chest pain with someone not speaking.
_PS_GIRL_CUT = (
    r"(?:لور|لورګانې|خور|لمسۍ|نجلۍ)\s+(?:مې\s+)?(?:\S+\s+){0,3}(?:سنت|ختنه)\s+(?:به\s+)?"
    r"(?:کړي|کوي|وکړي)(?!\w)"
)
_PS_CHEST_PAIN = r"(?:سینې|سینه|ټټر)\S*\s+(?:\S+\s+)?درد|درد\s+(?:\S+\s+)?(?:په\s+)?(?:سینه|ټټر)"
_PS_NOT_SPEAKING = (
    r"خبرې\s+نه\s+کوي|خبرې\s+نشي\s+کولی|بې\s*هوښه|بې\s*هوشه|ځواب\s+نه\s+ورکوي|غبرګون\s+نه"
)
# Beaten to drive out a jinn.
_PS_JINN = r"(?<!\w)(?:جن|جنات|جنان|پېری|شیطان)(?!\w)"
_PS_BEATEN = r"(?<!\w)(?:وهي|ووهله|ووهه|ووهل|وهلې|وهلی|ټکوي)(?!\w)"
_PS_DRIVE_OUT = r"ایستل|وباسي|ویستل|وتلو|ووځي"
PASHTO_PHRASES += (  # i18n-exempt: input
    # cutting one's own hand; a box of pills swallowed; all the pills tonight or at once
    _PS_OWN_CUT,
    rf"{_PS_PILLS}\s+(?:\S+\s+){{0,2}}{_PS_BOX}\s+(?:\S+\s+){{0,2}}{_PS_SWALLOWED}|{_PS_BOX}\s+"
    rf"(?:\S+\s+)?{_PS_PILLS}\s+(?:\S+\s+){{0,2}}{_PS_SWALLOWED}",
    "^"
    + every_one_of(
        r"(?:ټولې|ټول|ټولی)\s+(?:\S+\s+)?"
        + _PS_PILLS
        + r"\s+(?:\S+\s+)?(?:خورم|وخورم|تېروم|تېرې\s+کړم)(?!\w)",
        r"نن\s+شپه|نن\s+شپې|یو\s+ځل|یوځای|یو\s+ځای",
    ),
    # a knife held and a door locked; followed by a stranger from the bus
    _PS_NOT_COOKING + every_one_of(_PS_KNIFE_HELD, _PS_DOOR_LOCKED),
    _PS_NOT_KIN + every_one_of(_PS_STRANGER, _PS_FOLLOWED, _PS_OUT_THERE),
    # a child alone for days; a child hit and bleeding from the head
    "^" + every_one_of(_PS_CHILD, _PS_DAYS, _PS_ALONE, _PS_NO_FOOD),
    "^" + every_one_of(_PS_CHILD_HIT, _PS_HEAD_BLEEDING),
    # given in marriage to a cousin or with tickets; a daughter to be cut
    "^" + every_one_of(_PS_MARRIED_OFF, _PS_COUSIN_OR_TICKETS),
    _PS_GIRL_CUT,
    # chest pain and not speaking; beaten over a jinn
    "^" + every_one_of(_PS_CHEST_PAIN, _PS_NOT_SPEAKING),
    "^" + every_one_of(_PS_JINN, _PS_BEATEN, _PS_DRIVE_OUT),
)

# The kinds members seeking asylum write of. A smuggler or a debt, beside a threat to kill or
# beat the writer's family ("که یې ورنکړم زما کورنۍ به ووژني"); not a smuggler caught.
_PS_SMUGGLER_OR_DEBT = r"قاچاقبر|قاچاقچي|(?<!\S)پور(?!\w)|قرض|پیسې\s+(?:\S+\s+)?ورنه?\s*کړم"
_PS_KIN_OR_ME = r"(?:کورنۍ|کورنی|مور|پلار|ورور|خور|ماشوم|بچی|ښځه|زوی|لور|(?<!\S)ما)(?!\w)"
_PS_WILL_HARM = (
    rf"(?:به\s+)?(?:\S+\s+)?(?:و?وژني|ووهي|وهي|مړ\s+کړي|زیان\s+ورسوي|تاوان\s+ورسوي){_PS_WORD_END}"
)
# Told "if you tell the police" with a blow, a killing or the writer's case spoiled ("ستا قضیه
# به خرابه کړم او وبه دې وهم"); not a lawyer's word that the case will go well.
_PS_IF_YOU_TELL = (
    r"(?:که|کچیرې|که\s+چیرې)\s+(?:\S+\s+){0,3}(?:پولیسو|پولیس|چا|هوم\s*آفس|وکیل)\S*\s+ته\s+"
    r"(?:\S+\s+){0,2}(?:ووایل|ووایې|وویل|ووایي|وايې|وایې)"
)
_PS_HARM_YOU = (
    r"(?:وبه\s+دې|دې\s+به|به\s+دې)\s+(?:\S+\s+)?(?:وهم|ووهم|ووژنم|وژنم)|(?:قضیه|دوسیه|کیس)\S*\s+"
    r"(?:به\s+)?(?:دې\s+)?خرابه|بېرته\s+به\s+دې\s+(?:واستوم|ولېږم)"
)
# The landlord asking for sex for the rent, or saying he will report the writer to the Home
# Office; not the garden to be tidied instead of the rent.
_PS_LANDLORD = r"د\s+کور\s+(?:مالک|خاوند)|کور\s*وال|لنډلارډ"
_PS_SEX_OR_REPORT = (
    r"ورسره\s+(?:\S+\s+)?(?:ویده|ویدې|خوب|جنسي)|جنسي\s+اړیک|سکس|(?:هوم\s*آفس|هوم\s*افس|"
    r"مهاجرت)\S*\s+(?:ته\s+)?(?:\S+\s+){0,2}(?:راپور|خبر|شکایت)"
)
# A crowd outside the hotel or house throwing stones now; not children playing with a ball.
_PS_OUTSIDE_OUR = r"(?:هوټل|هوتل|کور|کمپ)\S*\s+(?:\S+\s+)?(?:بهر|مخې\s+ته|مخ\s+ته|دروازې)"
_PS_THROWING = (
    r"(?:ډبرې|ډبرو|تیږې|تیږو|بوتلونه|هګۍ)\s+(?:\S+\s+){0,2}(?:غورځوي|غورځول|وغورځولې|اچوي|"
    r"ویشتل|ویشتي|وولې)"
)
# Killing oneself (the writer or the one written of) beside a removal or the flight.
_PS_KILLS_SELF = rf"ځان\s+(?:به\s+)?و?وژن(?:م|ي){_PS_WORD_END}|ځان\s*وژنه\s+(?:کوم|وکړم|کوي)"
_PS_REMOVAL = r"اخراج|ډیپورټ|دیپورت|بېرته\s+(?:\S+\s+)?(?:و?استوي|لېږي)|الوتن|توقیف|هوم\s*آفس"
# A child of 14, or alone, whom a stranger who says he is the uncle is taking tonight.
_PS_YOUNG_ONE = rf"{_PS_UNDER_18}|{_PS_CHILD}|هلک|نجلۍ|وراره|خوریی|یوازې"
_PS_STRANGER = (
    r"یو\s+(?:سړی|کس|تن)|ناآشنا|نااشنا|نه\s+(?:یې\s+)?(?:پېژنو|پېژنم|پېژني|پیژنو|پیژنم|پیژني)"
)
_PS_SAYS_UNCLE = r"(?:وايي|ادعا)\s+(?:\S+\s+){0,3}(?:کاکا|ماما|تره|خپلوان)"
_PS_TAKING = r"بوځي|بیایي|بیوځي|یوسي|وړي|نن\s+شپه|له\s+ځان\s+سره"
# Thrown out, or nowhere to sleep, with the children or tonight ("له کوره وشړلو").
_PS_NOWHERE = (
    r"(?:خوب|اوسېدو|شپې|ویده\s+کېدو)\S*\s+(?:لپاره\s+)?(?:\S+\s+)?ځای\s+(?:نه\s+لر(?:م|و)|نشته)|"
    r"ځای\s+(?:\S+\s+)?نه\s+لر(?:م|و)\s+چې\s+(?:\S+\s+)?(?:ویده|شپه)"
)
_PS_THROWN_OUT = (
    r"(?:له|د)\s+(?:کوره|کور|هوټل|هوټله)\S*\s+(?:\S+\s+)?(?:وشړل|وایستل|وویستل|بهر\s+کړ)\S*"
)
_PS_TONIGHT_COLD = r"نن\s+شپه|ماشوم|یخ|سړک|کوڅه"
# Lost in the dark, the phone dying; not keys lost.
_PS_LOST = (
    r"ورک\s+(?:شوی\s+|شوې\s+)?(?:یم|یو)|لار\S*\s+(?:مې\s+)?ورکه\s+کړې|"
    r"نه\s+پوهېږم\s+چې\s+چېرته\s+یم"
)
_PS_DARK_OR_PHONE = r"تیاره|چارج|بیټرۍ|بیټري|(?:موبایل|فون)\S*\s+(?:\S+\s+)?(?:بند|مړ)"
# A fire with no way out; not a cold flat one cannot leave for illness.
_PS_FIRE = r"اور\s+(?:\S+\s+)?(?:لګېدلی|لګېدلې|لګیدلی|بل\s+دی|اخیستی|ولګېد)|لوګی"
_PS_TRAPPED = r"(?:نشم|نه\s+شم)\s+(?:\S+\s+)?(?:وتلی|وتلای|وځم|بهر)|بند\s+پاتې\s+(?:یم|یو)"
# A child not breathing as it should; a fit that has gone on; fallen, the head bleeding or not
# waking (not a knee grazed).
_PS_NOT_BREATHING = (
    r"ساه\s+(?:\S+\s+)?(?:نشي|نه\s+شي)\s+(?:اخیستلی|اخیستلای|ایستلی)|ساه\s+یې\s+(?:\S+\s+)?"
    r"(?:بنده|ودرېده|نه\s+ځي)"
)
_PS_FIT = r"مرګی|مرګي|اختلاج|تشنج|پړکي"
_PS_GONE_ON = r"(?:پنځه|لس|[0-9۰-۹]+|څو)\s+دقیق|نه\s+(?:ودرېږي|بندېږي|ختمېږي)"
_PS_FELL = (
    r"(?:مور|پلار|نیا|نیکه|ماشوم|زوی|لور|مېړه|ښځه|ورور|خور)\S*\s+(?:\S+\s+){0,4}(?:ولوېد|"
    r"لوېدلې|لوېدلی|راولوېد|ولوید)"
)
_PS_HEAD_OR_WAKING = (
    r"(?<!\S)سر\S*\s+(?:\S+\s+){0,2}(?:وینه|وینې|مات|ټپي)|نه\s+(?:را)?ویښېږي|بې\s*هوښه|"
    r"بیهوښه|ځواب\s+نه\s+ورکوي"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    # a smuggler or a debt, with a threat to the family; "if you tell the police" with a threat
    "^" + every_one_of(_PS_SMUGGLER_OR_DEBT, rf"{_PS_KIN_OR_ME}\s+{_PS_WILL_HARM}"),
    "^" + every_one_of(_PS_IF_YOU_TELL, _PS_HARM_YOU),
    # the landlord; a crowd outside throwing stones; killing oneself before the removal
    "^" + every_one_of(_PS_LANDLORD, _PS_SEX_OR_REPORT),
    r"^(?!.*(?:توپ|لوب))" + every_one_of(_PS_OUTSIDE_OUR, _PS_THROWING),
    "^" + every_one_of(_PS_KILLS_SELF, _PS_REMOVAL),
    # a child taken by a stranger who says he is the uncle
    "^" + every_one_of(_PS_YOUNG_ONE, _PS_STRANGER, _PS_SAYS_UNCLE, _PS_TAKING),
    # nowhere to sleep; thrown out tonight or with the children
    _PS_NOWHERE,
    "^" + every_one_of(_PS_THROWN_OUT, _PS_TONIGHT_COLD),
    # lost in the dark; a fire with no way out
    r"^(?!.*(?:کیلي|کلي))" + every_one_of(_PS_LOST, _PS_DARK_OR_PHONE),
    "^" + every_one_of(_PS_FIRE, _PS_TRAPPED),
    # a child not breathing; a fit gone on; fallen and the head bleeding or not waking
    "^" + every_one_of(_PS_CHILD, _PS_NOT_BREATHING),
    r"^(?!.*(?:ډاکټر\s+ویل|که\s+مرګ|درس|کورس))" + every_one_of(_PS_FIT, _PS_GONE_ON),
    "^" + every_one_of(_PS_FELL, _PS_HEAD_OR_WAKING),
)

# Someone stabbed ("په چاقو وهل شوی") and bleeding a lot now ("ډېره وینه ترې روانه ده"); not
# meat for Eid cut with a knife and its blood.
_PS_STABBED = (
    r"په\s+(?:چاقو|چړه|چاړه|چاکو|کارد)\S*\s+(?:\S+\s+)?(?:وهل|ووهل|ټپي|زخمي)|"
    r"(?:چاقو|چړه|چاړه|چاکو)\s+(?:یې\s+)?(?:\S+\s+)?(?:وهلی|وهلې|ووهه|ووهلو|ووهل)"
)
_PS_BLEEDING_NOW = (
    r"وینه\s+(?:\S+\s+){0,2}(?:روانه|بهېږي|بهیږي|نه\s+درېږي|نه\s+دریږي)|ډېره\s+وینه|"
    r"وینې\s+(?:\S+\s+)?(?:بهېږي|بهیږي|روانې)"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PS_STABBED, _PS_BLEEDING_NOW),
)

# A parent or an older person who has eaten nothing for days ("درې ورځې یې هیڅ نه دي خوړلي"),
# beside wanting to follow the one who died ("زه هم غواړم ورپسې لاړه شم") or alone at home now;
# not a fast kept for days, nor a stomach operation in hospital.
_PS_NOTHING_EATEN = r"هیڅ\s+(?:\S+\s+)?نه\s+دي\s+خوړلي|ډوډۍ\s+نه\s+(?:خوري|خوړي)"
_PS_FOLLOW_OR_ALONE = (
    r"ورپسې\s+(?:\S+\s+)?(?:لاړ|لاړه|ولاړ|ولاړه|لاړې)\s+ش(?:م|ي)|"
    rf"(?:{_PS_ALONE})\s+(?:\S+\s+)?(?:ده|دی|دي)(?!\w)"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:روژه|روژې|روغتون|عملیات))"
    + every_one_of(_PS_DAYS, _PS_NOTHING_EATEN, _PS_FOLLOW_OR_ALONE),
)

# In Latin letters: a brother, father or husband who says he will kill the writer ("ma ba
# wazhi"), beside his being at home now or her phone taken ("telephone ye rana akhistay"); not a
# brother who borrowed the phone to watch a film.
_PS_WILL_KILL_ME_LATIN = r"\b(?:ma|mata)\s+(?:ba\s+)?(?:wazhi|wazhee|wuwazhi|owazhi|wazhni)\b"
_PS_A_MAN_OF_THE_FAMILY_LATIN = r"\b(?:wror|wrora|plar|khawand|merra|mera|tre|kaka|zoy)\b"
_PS_HOME_OR_PHONE_TAKEN_LATIN = (
    r"\b(?:kor|kour)\s+ke\s+(?:dey|day|de|di)\b|\b(?:telephone|telefon|phone|mobile|mobail)"
    r"\s+(?:\w+\s+)?(?:rana\s+)?(?:akhistay|akhistai|akhisti|wakhist|wakhista)\b"
)
PASHTO_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        _PS_WILL_KILL_ME_LATIN, _PS_A_MAN_OF_THE_FAMILY_LATIN, _PS_HOME_OR_PHONE_TAKEN_LATIN
    ),
)
