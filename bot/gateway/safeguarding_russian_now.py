"""The Russian phrase net's reading of the main kinds said plainly (read by safeguarding_languages
with safeguarding_russian, whose module is nearly full). Text has been through
safeguarding_languages.fold, which reads "ё" as "е" and keeps "й" whole.

It reads all the tablets to be swallowed tonight or beside "I can't any more" ("сегодня вечером
выпью все таблетки"); someone standing with a knife who has locked the door; a man who has
followed the writer from a bus, the metro or a stop and is waiting or standing outside; a child
hit and bleeding from the head; the writer to be married off to a cousin or abroad ("выдать меня
замуж за двоюродного брата"); the writer kept locked in ("держат меня взаперти"); a daughter to
be cut ("хотят обрезать дочь"); chest pain beside someone who does not speak or respond.
Left alone: tablets the doctor prescribed or bought, a cake cut with a knife, a friend who
walked from the bus, a child hit by a ball, a cousin's wedding abroad, in-laws who keep the
writer up to date, a daughter's hair to be cut, chest pain after the gym.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
and children thrown out with nowhere to sleep; the writer lost in the dark or with the phone
dying; a fire at home with no way out; a baby or child breathing badly; a fit that has gone on for
minutes; someone who has broken the writer's arm, nose or ribs. Left alone: a debt to a friend,
"mum will kill me", a landlord who wants repairs, stones thrown into the water, an uncle who
collects a girl from camp, children sent out of the pool, a way found again, a fire in the hearth,
a child who eats badly, a fit of laughter, an arm broken on the ice rink.
Also someone said to threaten to kill a mother, a sister or a wife, at home now with a knife
(not a film or a series).
Also someone vomiting blood or something dark like coffee grounds now (not a child sick after a
ride, with coffee grounds in the sink).
Also an ex outside the writer's windows or who has found her address, who says he will come
for her ("бывший ... стоит под окнами ... придёт за мной"); not an ex come for the children.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# All the tablets to be swallowed ("выпью все таблетки"), beside tonight or "I can't any more";
# not tablets the doctor prescribed, nor bought.
_RU_SWALLOW_ALL_PILLS = (
    r"\b(?:выпью|проглочу|приму|наглотаюсь|сожру)\s+(?:\S+\s+)?(?:все|всю|целую|целый)\s+"
    r"(?:\S+\s+)?(?:таблет\w*|пилюл\w*|лекарств\w*|пачку|упаковку|снотворн\w*)"
)
_RU_TONIGHT = r"\b(?:сегодня|вечером|ночью|сейчас|этой\s+ночью|завтра)\b"
_RU_CANT_ANY_MORE = (
    r"\b(?:не\s+могу\s+больше|больше\s+не\s+могу|не\s+хочу\s+жить|надоело\s+жить|прощайте)\b"
)
_RU_AS_PRESCRIBED = r"^(?!.*(?:врач\w*|назнач\w*|выписа\w*|рецепт\w*|курс\w*|по\s+схеме))"

# Someone standing with a knife ("стоит с ножом") beside a door locked; not a cake being cut.
_RU_KNIFE_HELD = (
    r"\b(?:стоит|ходит|бегает|ждет|сидит|пришел|зашел|ворвался|кидается)\s+(?:\S+\s+){0,2}?с\s+"
    r"(?:\S+\s+)?(?:ножом|ножами|ножиком|топором)\b|\b(?:держит|схватил|достал|выхватил)\s+"
    r"(?:\S+\s+)?(?:нож|топор)\b"
)
_RU_DOOR_LOCKED = (
    r"\b(?:запер|заперла|заперли|замкнул|замкнула|закрыл|закрыла|закрыли)\s+(?:\S+\s+){0,2}?"
    r"(?:дверь|двери|нас|меня)\b|\bдверь\s+(?:\S+\s+)?(?:заперта|на\s+замке)\b"
)
_RU_COOKING = r"^(?!.*\b(?:режет|чистит|хлеб\w*|торт\w*|овощ\w*|лук\w*|мяс[оа])\b)"

# A man following the writer now from a bus, the metro or a stop, or who followed her ("за мной
# от автобуса шёл мужчина") and waits or stands outside; not a man who walked behind her and
# turned out to be going the same way.
_RU_FOLLOWING = (
    r"\bза\s+мной\s+(?:\S+\s+){0,3}?(?:идет|ходит|едет|следит|гонится|бежит)\b|\b(?:идет|"
    r"ходит|едет|следит)\s+(?:\S+\s+){0,2}?за\s+мной\b|\bпреследует\s+меня\b"
)
_RU_FOLLOWED = (
    rf"{_RU_FOLLOWING}|\bза\s+мной\s+(?:\S+\s+){{0,3}}?(?:шел|ходил|ехал|увязался)\b|"
    r"\b(?:шел|ехал|увязался)\s+(?:\S+\s+){0,2}?за\s+мной\b"
)
_RU_FROM = (
    r"\bот\s+(?:\S+\s+)?(?:метро|станции|остановки|автобуса|вокзала|поезда|трамвая|"
    r"электрички|работы|школы|магазина)\b"
)
_RU_WAITING = (
    r"\b(?:стоит|ждет|караулит|ходит)\s+(?:\S+\s+)?(?:у|возле|около|под|перед|на\s+улице|"
    r"внизу)\b"
)
_RU_A_MAN = r"\b(?:какой-?то|мужчина|мужик|парень|незнаком\w*|тип|дядька|кто-?то)\b"

# A child hit ("ребёнка ударили") and bleeding from the head; not a child hit by a ball.
_RU_CHILD_DONE_TO = r"(?:ребенка|сына|дочь|дочку|малыша|малую|внука|внучку|детей)"
_RU_HIT = r"(?:ударил|ударила|ударили|избил|избила|избили|толкнул|толкнула|толкнули)"
_RU_A_CHILD_HIT = (
    rf"\b{_RU_CHILD_DONE_TO}\s+(?:\S+\s+)?{_RU_HIT}\b|\b{_RU_HIT}\s+(?:\S+\s+)?"
    rf"{_RU_CHILD_DONE_TO}\b"
)
_RU_HEAD_BLEEDING = (
    r"\bкров\w*\s+(?:\S+\s+){0,2}?(?:из|с)\s+голов\w*|\bголов\w*\s+(?:\S+\s+){0,2}?(?:в\s+крови|"
    r"разбит\w*|кровоточит)|\bразбит\w*\s+голов\w*"
)

# The writer to be married off ("выдать меня замуж") beside a cousin, abroad or tickets; not a
# cousin's own wedding abroad.
_RU_MARRY_ME_OFF = (
    r"\b(?:выдать|выдаст|выдадут|выдают|отдать|отдаст|отдадут|отдают)\s+меня\s+(?:замуж|за)\b|"
    r"\bменя\s+(?:\S+\s+)?(?:выдать|выдадут|выдаст|отдать|отдадут|отдаст)\s+замуж\b|\bженить\s+"
    r"меня\b|\bзаставля\w*\s+(?:меня\s+)?(?:выйти\s+замуж|жениться)\b"
)
_RU_COUSIN_OR_ABROAD = (
    r"\b(?:двоюродн\w*|кузен\w*|за\s+границ\w*|за\s+рубеж\w*|билет\w*|против\s+(?:моей\s+)?"
    r"воли)\b"
)

# The writer kept locked in ("держат меня взаперти", "запирают меня дома"); not kept up to date.
_RU_KEPT_LOCKED = (
    r"\b(?:держат|держит|держали|держал)\s+меня\s+(?:\S+\s+)?(?:взаперти|под\s+замком|"
    r"запертой|запертым)\b|\b(?:запирают|запирает|запирали|запирал)\s+меня\s+(?:\S+\s+)?"
    r"(?:дома|в\s+(?:комнате|квартире|доме|подвале)|на\s+ключ)\b"
)

# A daughter, sister or granddaughter to be cut ("обрезать дочь"); not her hair or nails.
_RU_GIRL = r"(?:доч\w*|девочк\w*|внучк\w*|сестр\w*|меня)"
_RU_GIRL_CUT = (
    r"^(?!.*\b(?:волос\w*|кос[уы]|челк\w*|ногт\w*|кончик\w*|плать\w*|джинс\w*|рукав\w*|"
    r"ветк\w*|куст\w*)\b)"
    rf".*(?:\bобреза\w*\s+(?:\S+\s+){{0,2}}?{_RU_GIRL}\b|\b{_RU_GIRL}\s+(?:\S+\s+){{0,3}}?"
    r"обреза\w*)"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_RU_CHEST_PAIN = (
    r"\b(?:болит|боль|жжет|давит|колет)\s+(?:\S+\s+)?(?:в\s+)?груд[ьи]\b|\bгрудь\s+болит\b|"
    r"\bболит\s+сердце\b"
)
_RU_NOT_SPEAKING = (
    r"\bне\s+(?:разговаривает|говорит|отвечает|реагирует|может\s+говорить)\s*(?:[.!,;]|$|и\b)|"
    r"\bпотерял\s+речь\b"
)

# A debt the writer is told they owe ("я должна ему деньги", "долг") beside a threat to hurt,
# kill or harm them or their family; not a debt to a friend settled with a discount.
_RU_DEBT = (
    r"\b(?:должен|должна|должны|задолжал\w*)\s+(?:\S+\s+){0,2}?(?:денег|деньги|сумм\w*|\d+)|"
    r"\bдолг(?:а|у|ом|и|ов)?\b"
)
_RU_THREAT_TO_HURT = (
    r"\b(?:навредит|навредят|покалечит|покалечат|убьет|убьют|прибьет|прибьют|изобьет|"
    r"изобьют|зарежет|зарежут|тронет|тронут)\b|\bсделает\s+(?:\S+\s+)?больно\b|\bугрожа\w*"
)
_RU_FAMILY_OR_ME = r"\b(?:семь\w*|родн\w*|мам\w*|детей|детям|детьми|меня|мне|брат\w*)\b"

# A landlord who wants sex for the rent ("хозяин хочет секса вместо оплаты") or will report the
# writer to the Home Office; not a landlord who wants repairs instead of rent.
_RU_LANDLORD = (
    r"\b(?:хозяин\w*\s+квартир\w*|хозяйк\w*\s+квартир\w*|арендодател\w*|владел\w*\s+"
    r"(?:квартир\w*|жиль\w*|дом\w*|комнат\w*)|landlord)\b"
)
_RU_SEX_OR_REPORT = (
    r"\bсекс\w*|\b(?:спать|переспать|жить)\s+с\s+ним\b|\bинтим\w*|\b(?:донесет|сдаст|"
    r"настучит)\s+(?:на\s+)?меня\b|\b(?:сообщит|заявит|напишет|донесет)\s+(?:\S+\s+){0,3}?"
    r"(?:home\s+office|хоум\s+офис|миграционн\w*|иммиграционн\w*|полици\w*)"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the water.
_RU_THROWING_STONES = (
    r"\b(?:бросает|бросают|швыряет|швыряют|кидает|кидают|закидывают|бросали|кинули)\s+"
    r"(?:\S+\s+){0,2}?(?:камн\w*|камен\w*|кирпич\w*|бутылк\w*)|\b(?:камнями|бутылками|"
    r"кирпичами)\b"
)
_RU_OUR_PLACE = r"\b(?:отел\w*|гостиниц\w*|дом\w*|окн\w*|двер\w*|квартир\w*|нас|нам|толп\w*)\b"
_RU_NOT_THE_WATER = r"^(?!.*\b(?:рек[уиае]|вод[уые]|море|моря|озер\w*|пруд\w*)\b)"

# A girl or boy who a man says he is the uncle or a relative of ("говорит, что он её дядя"),
# taken or driven off; not a girl whose uncle collects her from camp.
_RU_SAYS_HE_IS_KIN = (
    r"\b(?:говорит|сказал|называет\s+себя|выдает\s+себя\s+за)\s*,?\s+(?:что\s+)?"
    r"(?:\S+\s+){0,2}?(?:дяд\w*|родственник\w*|брат\w*|опекун\w*)"
)
_RU_TAKES_AWAY = (
    r"\b(?:забирает|заберет|заберут|везет|повезет|отвезет|увозит|увезет|уводит|уведет|"
    r"забрать|увезти)\b"
)
_RU_YOUNG = (
    r"\b1[0-7]\b|\b(?:девоч\w*|девушк\w*|мальчик\w*|ребен\w*|подрост\w*|племянни\w*|доч\w*|"
    r"сын\w*)"
)

# Mum and the children thrown out tonight with nowhere to sleep; not children sent out of the
# pool at closing time.
_RU_THROWN_OUT = (
    r"\b(?:выгна\w*|выгоня\w*|выкин\w*|выкидыва\w*|высел\w*|выстав\w*)\s+(?:\S+\s+){0,3}?"
    r"(?:нас|меня)\b|\b(?:нас|меня)\s+(?:\S+\s+){0,2}?(?:выгна\w*|выкин\w*|высели\w*|"
    r"выстави\w*)"
)
_RU_NOWHERE_TO_SLEEP = (
    r"\b(?:негде|некуда|нет\s+где)\s+(?:\S+\s+)?(?:спать|ночевать|переночевать|жить|идти)\b|"
    r"\b(?:мерзнем|замерзаем|замерзли)\b"
)

# The writer lost in the dark or with the phone dying ("я заблудилась, уже темно"); not a way
# found again with the phone charged.
_RU_LOST = r"\b(?:заблудил\w*|потерял\w*сь|не\s+знаю,?\s+где\s+я)\b"
_RU_DARK_OR_PHONE_DYING = (
    r"\bтемно\b|\bтемнеет\b|\b(?:телефон|батаре\w*|заряд)\s+(?:\S+\s+)?(?:садится|сел|села|"
    r"разряжается|разрядился|выключается|кончается|заканчивается)\b"
)

# A fire in the writer's home with no way out ("пожар, я не могу выйти"); not the writer who
# cannot go out to the shop.
_RU_FIRE = r"\b(?:пожар|пожара|пожаре|горит\s+(?:квартира|дом|кухня|подъезд)|огонь|дым|дыма)\b"
_RU_TRAPPED = (
    r"\bне\s+(?:могу|можем|могут|может)\s+(?:\S+\s+)?(?:выйти|выбраться|выбежать|открыть\s+"
    r"дверь|убежать)\b|\bзаблокирован\w*"
)

# A baby or child breathing badly or turning blue ("ребёнок плохо дышит"); not one who sleeps
# badly.
_RU_LITTLE_ONE = r"\b(?:ребенок|малыш\w*|младен\w*|сын|сынок|дочь|дочка|малой|малая)\b"
_RU_NOT_BREATHING = (
    r"\b(?:плохо|тяжело|еле|не|странно|с\s+хрипом)\s+(?:\S+\s+)?дышит\b|\bне\s+может\s+дышать\b|"
    r"\bзадыхается\b|\bсинеет\b|\bпосинел\w*"
)

# A fit or seizure that has gone on for minutes ("припадок уже 5 минут"); not a fit of
# laughter.
_RU_FIT = r"\b(?:припад\w*|судорог\w*|приступ\w*|эпилепт\w*|конвульс\w*)"
_RU_FOR_MINUTES = (
    r"\b(?:\d+|пять|десять|несколько)\s+(?:\S+\s+)?минут\w*|\bне\s+(?:прекращается|"
    r"останавливается|проходит)\b"
)
_RU_NOT_A_LAUGH = r"^(?!.*\b(?:смех\w*|кашл\w*|икот\w*|ревност\w*|ярост\w*|гнев\w*|паники)\b)"

# Someone who has broken the writer's arm, nose or ribs ("он сломал мне руку"); not an arm
# broken on the ice rink.
_RU_BROKE_MY_BONE = (
    r"\b(?:сломал|сломала|сломали|вывихнул|вывихнули|разбил|разбили)\s+мне\s+(?:\S+\s+)?"
    r"(?:руку|ногу|нос|ребр\w*|челюсть|палец|пальцы|губу|голову)\b"
)

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_RU_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:мама|мать|папа|отец)\s+(?:\S+\s+){0,2}?(?:убьет|прибьет)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_RU_NOT_A_HEARTH = r"^(?!.*\b(?:камин\w*|мангал\w*|костер|костр\w*|свеч\w*|гриль\w*)\b)"

# A blocked nose is not breathing badly.
_RU_NOT_THE_NOSE = r"^(?!.*\b(?:нос\w*|насморк\w*|заложен\w*)\b)"

RUSSIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_RU_SWALLOW_ALL_PILLS, _RU_CANT_ANY_MORE),
    _RU_AS_PRESCRIBED + every_one_of(_RU_SWALLOW_ALL_PILLS, _RU_TONIGHT),
    _RU_COOKING + every_one_of(_RU_KNIFE_HELD, _RU_DOOR_LOCKED),
    "^" + every_one_of(_RU_A_MAN, _RU_FOLLOWING, _RU_FROM),
    "^" + every_one_of(_RU_A_MAN, _RU_FOLLOWED, _RU_WAITING),
    "^" + every_one_of(_RU_A_CHILD_HIT, _RU_HEAD_BLEEDING),
    "^" + every_one_of(_RU_MARRY_ME_OFF, _RU_COUSIN_OR_ABROAD),
    _RU_KEPT_LOCKED,
    _RU_GIRL_CUT,
    "^" + every_one_of(_RU_CHEST_PAIN, _RU_NOT_SPEAKING),
    _RU_NOT_A_PARENTS_TELLING_OFF + every_one_of(_RU_DEBT, _RU_THREAT_TO_HURT, _RU_FAMILY_OR_ME),
    "^" + every_one_of(_RU_LANDLORD, _RU_SEX_OR_REPORT),
    _RU_NOT_THE_WATER + every_one_of(_RU_THROWING_STONES, _RU_OUR_PLACE),
    "^" + every_one_of(_RU_YOUNG, _RU_SAYS_HE_IS_KIN, _RU_TAKES_AWAY),
    "^" + every_one_of(_RU_THROWN_OUT, _RU_NOWHERE_TO_SLEEP),
    "^" + every_one_of(_RU_LOST, _RU_DARK_OR_PHONE_DYING),
    _RU_NOT_A_HEARTH + every_one_of(_RU_FIRE, _RU_TRAPPED),
    _RU_NOT_THE_NOSE + every_one_of(_RU_LITTLE_ONE, _RU_NOT_BREATHING),
    _RU_NOT_A_LAUGH + every_one_of(_RU_FIT, _RU_FOR_MINUTES),
    _RU_BROKE_MY_BONE,
)

# Someone said to threaten to kill a woman of the family or a parent ("сказал маме, что убьёт
# её"), who is at home now with a knife; not a film, nor a knife for the bread.
_RU_KILLS_HER = (
    r"\b(?:убьет|зарежет|прибьет)\s+(?:ее|маму|мать|сестру|отца|папу|бабушку|жену|их)\b|"
    r"\b(?:ее|маму|мать|сестру|жену)\s+(?:\w+\s+)?(?:убьет|зарежет|прибьет)\b"
)
_RU_WITH_A_KNIFE_NOW = (
    r"\b(?:сейчас|дома|там)\b(?:\W+\w+){0,4}?\W+с\s+(?:ножом|топором|ружьем)\b|"
    r"\bс\s+(?:ножом|топором|ружьем)\s+(?:\w+\s+)?(?:сейчас|дома)\b"
)
RUSSIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:фильм\w*|сериал\w*|книг\w*|игр[аеуы]\w*|роман\w*|спектакл\w*)\b)"
    + _RU_COOKING[1:]
    + every_one_of(_RU_KILLS_HER, _RU_WITH_A_KNIFE_NOW),
)

# Someone vomiting blood now, or something dark like coffee grounds ("его рвёт чем-то тёмным как
# кофейная гуща", "рвёт кровью"); not a child sick after a ride, with coffee grounds left in the
# sink for fortune-telling.
_RU_VOMITS_NOW = r"\b(?:рвет|рвота|блюет|блюю|рвать)\b"
_RU_BLOOD_OR_GROUNDS = (
    r"(?:кровью|кофейн\w+\s+гущ\w+|чем[\s-]то\s+(?:темным|черным|коричневым|"
    r"красным)|черной\s+жидкостью)\b"
)
RUSSIAN_NOW_PHRASES += (  # i18n-exempt: input
    rf"{_RU_VOMITS_NOW}[^.,;!?]{{0,25}}?{_RU_BLOOD_OR_GROUNDS}|\bкровав\w+\s+рвот\w+",
)

# An ex who has found the writer's address or stands under her windows, and says he will come
# for her or kill her ("бывший муж стоит под окнами и пишет, что ночью придёт за мной"); not an
# ex who comes for the children on his day.
_RU_EX = r"\bбывш\w+"
_RU_AT_MY_HOME = (
    r"\bпод\s+(?:моими\s+)?окнами\b|\bу\s+(?:моего\s+)?подъезда\b|"
    r"\b(?:нашел|узнал|выследил)\s+(?:\w+\s+){0,2}?адрес\w*"
)
_RU_COMING_FOR_ME = (
    r"\b(?:придет|приедет|явится|доберется)\s+(?:\w+\s+)?за\s+мной\b|"
    r"\bза\s+мной\s+(?:\w+\s+)?(?:придет|приедет)\b|\b(?:убьет|прибьет)\s+меня\b"
)
RUSSIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RU_EX, _RU_AT_MY_HOME, _RU_COMING_FOR_ME),
)
