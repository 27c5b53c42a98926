"""The Russian safeguarding phrase net (read by safeguarding_languages), in Cyrillic and in
Latin letters. Russian puts its object pronoun either side of the verb ("муж меня бьёт", "бьёт
меня"; "её изнасиловал"), so both orders are read, with verbs that only a person does to a
person; a threat is "угрожает мне" or "пишет ей угрозы". Text has been through
safeguarding_languages.fold, which reads "ё" as "е" ("бьёт" and "бьет" alike) and keeps "й"
whole. A helper's message about "её" or "она" is read as one about "меня" (a friend or an
interpreter writing for her).

Beyond the main kinds it reads a way to die named as a plan (off a roof, under a train, hanging
tonight, a farewell, "убью себя", dying decided, pills or a rope gathered beside a goodbye),
papers held and wages withheld by an employer, being stalked (waited for at the entrance, someone
trying to get into the flat), an older parent who has not got up or eaten for days or whose carer
has stopped coming, children left on their own for days or with no food, a medical emergency (not
breathing, blue lips, not waking), a stroke's signs two together (speech slurred, an arm that will
not move), a flat taken over by dealers who hold the keys or frighten her, despair told of someone
("всем будет лучше без неё", or two signs: her things given away, not eating for days), an older
neighbour's bank card taken with no money left for bread, being found after fleeing ("он нашёл
нас" with his car outside the home), and being watched at home (someone at the entrance every day,
with her fear, a threat or her tyres slashed), and a child left or locked in on his own by a
parent who drinks or took him by force, and a young person with a knife or a gun who says "soon
everyone will know" or asks when the police will be at a meeting. Russian typed in Latin letters
("muzh menya b'et", "on menya ub'et") is read for the main kinds too.

Left alone: "умираю с голоду" (dying of hunger), "мама меня убьёт" (mum will kill me), "меня бьёт
дрожь", "жара меня убивает", "не хочу жить в этом районе", "не могу больше ждать субботы", "дочь
следит за мной в инстаграме", "негде припарковаться", a bungee jump off a bridge, "я повешусь"
at a song, medicine taken at eight, a hot hall where one can't breathe, a son who won't wake for
school, a knife he takes fishing, the session on policing and violence talked about, speech
slurred after the dentist, a stroke years ago lived with, grandchildren staying for the summer,
things given away before a move, not eating with a temperature, a bank card lost and waited for
from the bank, hide-and-seek, a neighbour who smokes at the entrance every evening, a child
left alone for an hour while the writer shops.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, despair_told_of_someone, every_one_of

# A person doing harm to someone: "меня", "нас", "её", "ее", "его" on either side.
_RU_HARMS = (
    r"бьет|бьют|била?|избил[аи]?|избивает|избивают|ударил[аи]?|пинает|пинал[аи]?|"
    r"душит|душил[аи]?|изнасиловал[аи]?|насилует|насиловал[аи]?|запирает|запер|заперла|"
    r"заперли|запирают|толкает|толкнул[аи]?|колотит|лупит|шантажирует"
)
_RU_ME = r"(?:меня|нас|ее|его|мою\s+маму|мою\s+дочь|моего\s+сына)"
# What else "beats" or "strangles" someone: a shock, a shiver, a cough, the heat.
_RU_NOT_A_PERSON = (
    r"(?:током|дрожь|дрожью|озноб|кашель|кашлем|жар|в\s+шахматы|в\s+карты|посуд\w*|тарел\w*|"
    r"тревогу|рекорд\w*|ключом)"
)
_RU_CHILD = (
    r"(?:ребенок|ребенка|ребенку|дети|детей|детям|сын|сына|сыну|дочь|дочка|дочку|дочери|малыш|"
    r"малыша|внук|внука|внучка|внучку)"
)
_RU_WHO = (
    r"(?:его|ее|мужа|своего\s+мужа|отца|отчима|брата|сожителя|парня|бывшего|бывшего\s+мужа|"
    r"свекра|свекрови|хозяина|хозяйки|соседа|этого\s+человека)"
)
# Jumping, as a plan: "спрыгну", "хочу броситься", with where from or under.
_RU_JUMP = r"(?:спрыгну|прыгну|сброшусь|брошусь|кинусь|выброшусь|шагну)"
_RU_TO_JUMP = r"(?:спрыгнуть|прыгнуть|сброситься|броситься|кинуться|выброситься|шагнуть)"
_RU_DROP = (
    r"(?:(?:с|со)\s+(?:\w+\s+)?(?:крыш\w*|мост\w*|балкон\w*|высотк\w*|многоэтажк\w*|"
    r"\w+\s+этажа)|из\s+окна|под\s+(?:\w+\s+)?(?:поезд|электричку|машину|грузовик|метро|колеса))"
)
# "I can't go on" said on its own, not "I can't wait any more for Saturday".
_RU_CANT_GO_ON = r"(?:больше\s+не\s+могу|не\s+могу\s+больше)\s*(?:[.!,]|$)"
_RU_OLDER = r"(?:мама|мать|папа|отец|бабушка|дедушка|свекровь|тетя|дядя)"
_RU_DAYS = r"(?:дня|дней|суток|недели|неделю|недель)"
_RU_PAPERS = r"(?:паспорт\w*|документ\w*|вид\s+на\s+жительство|визу)"
_RU_BOSS = (
    r"(?:хозяин\w*|хозяйк\w*|начальник\w*|босс\w*|работодател\w*|бригадир\w*|шеф\w*|"
    r"агент\w*|посредник\w*)"
)

RUSSIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it (said by her or of her)
    r"\bхоч(?:у|ет)\s+(?:(?:просто|уже|правда|очень)\s+)?(?:умереть|покончить\s+с\s+собой|"
    r"уйти\s+из\s+жизни|покончить\s+со\s+всем|повеситься|исчезнуть\s+навсегда)\b",
    r"\bне\s+(?:хоч(?:у|ет)|хочется)\s+(?:(?:больше|уже|дальше|так)\s+){0,2}жить\b"
    r"(?!\s+(?:в|на|с|со|рядом|здесь|тут|там|около|у)\b)|\bжить\s+не\s+хочется\b",
    r"\bпокончу\s+с\s+собой\b|\b(?:думаю|думает|мысли)\s+(?:\w+\s+)?о\s+(?:самоубийстве|"
    r"суициде|смерти)\b|\bсуицидальные\s+мысли\b|\bлучше\s+бы\s+я\s+(?:умерла?|не\s+рождал)",
    r"\b(?:всем|детям|им)\s+(?:\w+\s+)?(?:будет\s+)?лучше\s+без\s+меня\b|\bнет\s+смысла\s+жить\b|"
    r"\bне\s+вижу\s+смысла\s+(?:жить|в\s+жизни)\b",
    # a way to die named: jumping off a roof or a bridge or under a train, said as a plan (not
    # a bungee jump or a swim); hanging or drowning with a time set or "I can't go on" (not
    # "I'll hang myself" at a song); a farewell: sorry for everything, with a goodbye
    rf"(?:\b{_RU_JUMP}|\b(?:хочу|хочется|собираюсь|решила?|готова?|пойду)\s+(?:\w+\s+)?"
    rf"{_RU_TO_JUMP})\s+(?:\w+\s+){{0,2}}?{_RU_DROP}\b(?!.*(?:тарзанк|банджи|парашют|"
    r"роупджамп|купа\w*|бассейн))",
    r"\bналожу\s+на\s+себя\s+руки\b|\bвскрою\s+(?:себе\s+)?вены\b",
    r"^(?=.*\b(?:повешусь|утоплюсь|застрелюсь|отравлюсь)\b)(?=.*\b(?:сегодня|ночью|вечером|"
    rf"завтра|прощайте|простите|веревк\w*|сил\s+(?:больше\s+)?нет|решила?|{_RU_CANT_GO_ON}))",
    r"^(?=.*\bпрост(?:ите|и)\s+(?:меня\s+)?за\s+вс[её]\b)(?=.*\b(?:прощайте|прощай|"
    rf"позаботьтесь\s+о|больше\s+не\s+увидимся|{_RU_CANT_GO_ON}))",
    # self-harm
    r"\b(?:режу|порезала?|резала?|царапаю|жгу|прижигаю)\s+(?:себе\s+)?(?:себя|руки|вены|"
    r"запястья|ноги)\b|\bпричиня(?:ю|ет)\s+себе\s+(?:\w+\s+)?(?:вред|боль)\b|\bселфхарм\w*|"
    r"\bсамоповрежд\w*",
    # all the tablets
    r"^(?!.*(?:утром|вечером|по\s+расписанию|по\s+рецепту|как\s+(?:сказал|назначил)|в\s+\d))"
    r"(?=.*\b(?:выпил[аи]?|проглотил[аи]?|приняла?|выпью|проглочу)\s+(?:\w+\s+)?(?:все|всю\s+"
    r"упаковку|целую\s+упаковку|целую\s+пачку|всю\s+пачку|пачку|упаковку)\s+(?:\w+\s+)?"
    r"(?:таблет\w*|снотворн\w*|лекарств\w*|пилюл\w*))",
    r"\bнаглотал(?:ась|ся|ись)\s+(?:\w+\s+)?(?:таблеток|снотворного|лекарств)\b|"
    r"\bпередозировк\w*|\b(?:коплю|копила|собираю|прячу)\s+(?:\w+\s+)?(?:таблетки|снотворное)\b",
    # violence, threats, control
    rf"(?<!жара\s)(?<!кашель\s)(?<!тоска\s)\b{_RU_ME}\s+(?:\w+\s+)?(?:{_RU_HARMS})\b"
    rf"(?!\s+{_RU_NOT_A_PERSON})|\b(?:{_RU_HARMS})\s+{_RU_ME}\b(?!\s+{_RU_NOT_A_PERSON})",
    r"\bугрожа(?:ет|ют|л|ла|ли)\s+(?:мне|нам|ей|ему)\b|\bугрожа\w*\s+(?:\w+\s+)?(?:убить|"
    r"зарезать|покалечить|убийством)\b|\b(?:пишет|присылает|шлет|писал|присылал)\s+(?:мне|ей|нам)"
    r"\s+(?:\w+\s+)?угрозы\b|\b(?:грозится|обещает)\s+(?:меня\s+|ее\s+|нас\s+)?(?:убить|"
    r"зарезать|покалечить)\b",
    r"\bне\s+(?:выпускает|выпускают|пускает|пускают|отпускает|отпускают)\s+(?:меня|нас|ее)\s+"
    r"(?:\w+\s+)?(?:из\s+дома|из\s+квартиры|на\s+улицу|из\s+комнаты|домой|одну)\b|"
    r"\bдержит\s+(?:меня|нас|ее)\s+взаперти\b",
    r"\b(?:я|она)\s+(?:\w+\s+)?жертва\s+(?:\w+\s+)?(?:насилия|побоев)\b|\b(?:терплю|терпит)\s+"
    r"(?:\w+\s+)?(?:побои|насилие|издевательства)\b",
    # papers held, wages withheld, not let go
    rf"\b(?:отобрал\w*|отнял\w*|спрятал\w*)\s+(?:у\s+(?:меня|нас|нее)\s+|мой\s+|мои\s+|наши\s+|"
    rf"ее\s+)?{_RU_PAPERS}|\bне\s+отда(?:ет|ют)\s+(?:мне\s+|нам\s+|ей\s+)?(?:мой\s+|мои\s+|"
    rf"наши\s+|"
    rf"ее\s+)?{_RU_PAPERS}",
    rf"\b{_RU_BOSS}\s+(?:\w+\s+){{0,3}}(?:забрал\w*|держит|держат|спрятал\w*|удерживает|"
    rf"отобрал\w*)\s+(?:\w+\s+)?{_RU_PAPERS}",
    r"^(?=.*\bне\s+(?:платит|платят|платили|заплатил\w*)\b)(?=.*(?:\bне\s+(?:отпускает|"
    r"отпускают|выпускает|выпускают)\b|\bзабрал\w*\s+(?:\w+\s+)?паспорт|\bзапира\w*))",
    # afraid of him, afraid to go home
    r"\b(?:боюсь|боится|мне\s+страшно|ей\s+страшно)\s+(?:очень\s+)?(?:"
    + _RU_WHO
    + r"\b|(?:идти|возвращаться|вернуться|ехать)\s+домой\b)|\b(?:я|она)\s+(?:его|ее|их)\s+"
    r"(?:очень\s+)?бо(?:юсь|ится)\b",
    # a child at risk
    _RU_CHILD
    + r"\s+(?:\w+\s+){0,3}(?:голода(?:ет|ют)|не\s+ел[аи]?\s+(?:уже\s+)?(?:\w+\s+)?"
    + _RU_DAYS
    + r"|весь\s+в\s+синяках|вся\s+в\s+синяках|в\s+синяках)",
    r"\b(?:бьет|бьют|избивает|избил\w*|не\s+кормит|не\s+кормят|издевается\s+над|трогает)\s+"
    r"(?:\w+\s+)?" + _RU_CHILD + r"\b",
    # followed, stalked
    r"\bслед(?:ит|ят)\s+за\s+мной\b(?!\s+(?:в\s+)?(?:инстаграм|фейсбук|тикток|соцсет))|"
    r"\b(?:кто-то|мужчина|человек|он|сосед|бывший|незнакомец|какой-то\s+\w+)\s+(?:\w+\s+){0,3}"
    r"(?:ходит\s+за\s+мной|преследует|караулит|поджидает)\b(?!\s+(?:\w+\s+)?цел)|"
    r"\bпреследу(?:ет|ют)\s+(?:меня|"
    r"ее|нас)\b(?!\s+(?:мысль|страх|запах|неудач))",
    r"\b(?:ждет|ждут|поджидает|караулит)\s+(?:меня|ее)\s+(?:\w+\s+)?(?:у|возле|около|под)\s+"
    r"(?:подъезда|дома|двери|окнами|работы)\b(?=.*\b(?:каждый|каждую|постоянно|все\s+время|"
    r"угроз\w*|боюсь|боится))",
    r"\b(?:пытал(?:ся|ась)|пытается|ломился|ломится|ломятся)\s+(?:\w+\s+)?(?:зайти|войти|"
    r"ворваться|вломиться|проникнуть)\s+(?:ко\s+мне|к\s+ней|к\s+нам|в\s+(?:мою|ее|нашу)\s+"
    r"квартиру)|\bломится\s+(?:ко\s+мне|к\s+нам)\b",
    r"\bбывший\s+(?:муж\s+)?(?:\w+\s+){0,2}(?:нашел\s+меня|узнал,?\s+(?:мой\s+адрес|где\s+я\s+"
    r"живу))\b",
    # forced marriage
    r"\bпринудительн\w+\s+брак|\b(?:насильно|силой|против\s+(?:моей\s+)?воли)\s+(?:\w+\s+){0,3}"
    r"(?:выда\w+\s+замуж|жени\w+|замуж)|\b(?:заставляют|принуждают|хотят|собираются)\s+"
    r"(?:меня\s+|ее\s+)?(?:выдать\s+(?:меня\s+|ее\s+)?замуж|женить\s+меня)\b",
    # in danger, not safe, help
    r"\b(?:я|она)\s+в\s+опасности\b|\bмоя\s+жизнь\s+в\s+опасности\b|\bспасите\s+меня\b|"
    r"\bне\s+чувству(?:ю|ет)\s+себя\s+в\s+безопасности\b(?!\s+в\s+(?:районе|парке|центре))|"
    r"\b(?:я|она)\s+не\s+в\s+безопасности\b",
    # nowhere to sleep
    r"\b(?:мне|нам|ей)\s+негде\s+(?:\w+\s+)?(?:спать|ночевать|жить|переночевать)\b|"
    r"\bвыгнал\w*\s+(?:меня\s+|нас\s+|ее\s+)?(?:\w+\s+)?(?:из\s+дома|из\s+квартиры|на\s+улицу)\b|"
    r"\b(?:сплю|ночую|спим|ночуем)\s+(?:\w+\s+)?(?:на\s+улице|в\s+машине|на\s+вокзале|"
    r"в\s+парке)\b",
    # can't go on
    r"\b(?:не\s+могу|нет\s+сил)\s+(?:больше\s+)?(?:так\s+)?жить\b(?!\s+(?:в|на|с|со|рядом|без)\b)"
    r"|\bустала?\s+жить\b|\bбольше\s+не\s+могу\s+так\s+жить\b|\bсил\s+больше\s+нет\s+жить\b",
    # an older parent not up or eating for days, a carer who stopped coming, a pension taken
    _RU_OLDER + r"\s+(?:\w+\s+){0,3}не\s+(?:встает|поднимается|ест|пьет|отвечает)\s+"
    r"(?:\w+\s+){0,4}"
    r"(?:" + _RU_DAYS + r")|\b(?:уже\s+)?(?:два|три|четыре|пять|несколько)\s+" + _RU_DAYS + r"\s+"
    r"не\s+встает\b",
    r"\b(?:сиделка|соцработни\w+|опекун\w*)\s+(?:\w+\s+){0,4}(?:не\s+(?:приходила?|была|"
    r"появлялась?)\s+(?:\w+\s+){0,4}" + _RU_DAYS + r"|бьет|обижает|"
    r"забирает\s+(?:\w+\s+)?пенси\w+)",
    r"\b(?:забирает|отбирает|ворует|присваивает)\s+(?:\w+\s+)?(?:ее|его|мамину|папину|всю)\s+"
    r"пенси\w+|\bоставля\w+\s+(?:ее|его|маму|отца|бабушку)\s+без\s+(?:еды|лекарств|воды)\b",
    # a medical emergency: not breathing, blue lips, not waking
    r"(?<!кожа\s)\bне\s+дыш(?:ит|ат)\b|\bгубы\s+(?:\w+\s+)?(?:синие|посинели|синеют)\b|"
    r"\bпосинел\w*\s+губы\b|\b(?:лежит|упала?|нашла?\s+(?:его|ее))\s+без\s+сознания\b|"
    r"\bпотерял[аи]?\s+сознание\b",
    r"\bне\s+(?:просыпается|приходит\s+в\s+себя|реагирует)\b(?!.*(?:в\s+школу|на\s+работу|"
    r"будильник|опаздыва))",
    r"^(?=.*\bне\s+могу\s+(?:дышать|вдохнуть)\b)(?=.*(?:\bодна?\s+дома\b|\bсердце\s+"
    r"(?:\w+\s+)?(?:колотится|выпрыгивает|бьется)|\bпомогите\b))",
)

# A threat to kill the writer: "он меня убьёт", "сказал, что убьёт меня", "если уйду, он меня
# убьёт", "меня зарежут" with the knife he has, "убью тебя" written on the door; not "мама меня
# убьёт, если я опоздаю", "эта жара меня убивает", "убью его, он съел мой торт", a knife of his
# for fishing.
_RU_KILLS_ME = (
    r"(?:меня\s+(?:\w+\s+){0,2}?(?:убьет|прибьет|зарежет|убьют|прибьют|зарежут)|"
    r"(?:убьет|зарежет|убьют|зарежут)\s+меня)\b"
)
_RU_HIS_WEAPON = (
    r"\bу\s+(?:него|нее|них|\w+а)\s+(?:есть\s+)?(?:\w+\s+)?(?:нож|пистолет|ружье|обрез|оружие)\b"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:он|муж|бывший|сожитель|парень|отчим)\s+(?:\w+\s+){0,3}?" + _RU_KILLS_ME,
    r"^(?!.*\bопозда\w*)(?=.*\b(?:сказал|говорит|кричит|кричал|пишет|написал|обещал|обещает|"
    r"грозит\w*|клянется|поклялся|помогите|"
    r"если\s+(?:\w+\s+){0,2}?(?:уйду|расскажу|пойду|заявлю|сбегу|позвоню|подам|брошу|"
    r"разведусь|откажусь|скажу)|"
    r"спасите)\b(?:\W+\w+){0,5}?\W+" + _RU_KILLS_ME + ")",
    _RU_KILLS_ME + r"\s+(?:\w+\s+)?(?:сегодня|этой\s+ночью|ночью)\b",
    rf"^(?!.*\bопозда\w*)(?=.*{_RU_KILLS_ME})(?=.*{_RU_HIS_WEAPON})",
    r"^(?=.*\bубью\s+тебя\b)(?=.*\b(?:написал\w*|пишет|двер\w*|стен\w*|сообщени\w*|смс)\b)",
)

# A stroke's signs, two of them together ("говорит невнятно, рука не двигается"): the face or
# mouth fallen to one side, speech slurred or gone, an arm or a leg that will not move or lift;
# or a stroke named as what is happening now ("кажется, инсульт"). Not numbness after the
# dentist, a drink, an arm in plaster, a stroke years ago that she lives with.
_RU_FACE_FALLEN = (
    r"\b(?:лицо|рот|губ\w*|уголок\s+рта)\s+(?:\w+\s+){0,2}(?:перекосил\w*|перекошен\w*|"
    r"скосил\w*|опустил\w*|съехал\w*|обвис\w*)|\bперекосил\w*\s+(?:\w+\s+)?(?:лицо|рот)\b"
)
_RU_SPEECH = (
    r"\b(?:говорит|разговаривает|речь)\s+(?:\w+\s+)?(?:невнятн\w*|неразборчив\w*|несвязн\w*|"
    r"заплетающ\w*)|\bневнятн\w*\s+(?:говорит|речь)\b|\bязык\s+(?:\w+\s+)?заплетается\b|"
    r"\bне\s+может\s+(?:\w+\s+)?(?:говорить|выговорить|сказать\s+ни\s+слова)\b|\bпропала\s+речь\b"
)
_RU_LIMB = (
    r"\b(?:рука|нога)\s+(?:\w+\s+){0,2}(?:не\s+(?:двигается|шевелится|поднимается|слушается)|"
    r"отнял\w*|повисл\w*)|\bрука\s+(?:\w+\s+)?онемел\w*|\bне\s+может\s+(?:\w+\s+)?"
    r"(?:поднять|пошевелить)\s+(?:\w+\s+)?(?:руку|ногу|рукой|ногой)\b"
)
_RU_NOT_A_STROKE = (
    r"стоматолог\w*|зубн\w*|анестези\w*|наркоз\w*|пьян\w*|выпил\w*|напил\w*|гипс\w*|"
    r"перелом\w*|(?:год|года|лет)\s+назад|после\s+инсульта|с\s+детства"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_RU_NOT_A_STROKE}))" + any_two_of(_RU_FACE_FALLEN, _RU_SPEECH, _RU_LIMB),
    r"\b(?:кажется|похоже(?:\s+на)?|наверное|видимо|по-моему),?\s+(?:у\s+(?:\w+\s+)?)?"
    r"инсульт\b",
)

# A home taken over (cuckooing): people have moved into her flat ("к ней в квартиру
# заселились", "живут у неё", "заняли её квартиру") and deal drugs from it, have taken her keys
# or frighten her; not grandchildren staying for the summer, nor new neighbours next door.
_RU_TO_THEIR_HOME = (
    r"(?:к\s+(?:ней|нему|мне|нам|(?:моей\s+)?(?:маме|матери|бабушке|соседке|тете)|(?:моему\s+)?"
    r"(?:отцу|папе|дедушке|соседу|брату|сыну|дяде))|в\s+(?:ее|его|мою|нашу|мамину|бабушкину)\s+"
    r"(?:квартир|дом|комнат))"
)
_RU_MOVED_IN = r"(?:заселил|поселил|вселил|въехал|обосновал|засел|подселил)\w*"
_RU_HOME_TAKEN = (
    rf"\b{_RU_MOVED_IN}\s+(?:\w+\s+){{0,3}}?{_RU_TO_THEIR_HOME}|\b{_RU_TO_THEIR_HOME}\w*\s+"
    rf"(?:\w+\s+){{0,4}}?{_RU_MOVED_IN}|\b(?:заняли|захватили)\s+(?:ее|его|мою|нашу)\s+"
    r"квартир\w*|\bживут\s+у\s+(?:нее|него|меня|нас|бабушки|мамы|соседки|отца|папы|дедушки)\b|"
    r"\bу\s+(?:нее|него|меня|нас)\s+(?:в\s+квартире\s+|дома\s+)(?:\w+\s+){0,2}?живут\b"
)
_RU_DEALS_OR_HOLDS = (
    r"\b(?:наркот\w*|закладк\w*|дилер\w*|барыг\w*|барыж\w*|дурь\w*|героин\w*)|"
    r"\b(?:забрали|отобрали|отняли|забрал|отобрал)\s+(?:у\s+(?:нее|него|меня|нас)\s+)?"
    r"(?:\w+\s+)?ключ\w*|\bугрожа\w*|\bзапугива\w*|\bбо(?:ится|юсь|имся)\s+(?:\w+\s+)?"
    r"(?:их|им|ими|сказать|пожаловаться|выгнать|позвонить)\b|\bне\s+(?:уходят|хотят\s+уходить|"
    r"выпускают|пускают)\b"
)
RUSSIAN_PHRASES += ("^" + every_one_of(_RU_HOME_TAKEN, _RU_DEALS_OR_HOLDS),)  # i18n-exempt: input

# Despair told of someone ("говорит, что всем будет лучше без неё"), said alone; or two of its
# signs together: "больше не может", better off without her, her things given away, not eating
# for days, goodbyes said. Not things given away before a move, nor not eating with the flu.
_RU_SAYS = r"\b(?:говорит|сказала?|пишет|написала?|повторяет|думает|считает)"
_RU_BETTER_WITHOUT = (
    r"\b(?:всем|детям|им|нам|семье)\s+(?:\w+\s+)?(?:будет\s+)?лучше\s+без\s+(?:нее|него|меня)\b"
    r"(?!\s+(?:в|на|с|со|у)\b)"
)
_RU_GAVE_THINGS_AWAY = (
    r"\b(?:раздала?|раздали|раздает|раздарила?|отдала?|отдает)\s+(?:\w+\s+)?(?:свои\s+|все\s+)?"
    r"(?:вещи|украшения|одежду|деньги)\b"
)
_RU_NOT_EATING = (
    rf"\b(?:два|три|четыре|пять|несколько|\d+)\s+{_RU_DAYS}\s+(?:\w+\s+)?не\s+(?:ест|ела|ел)\b|"
    rf"\bне\s+(?:ест|ела|ел)\s+(?:ничего\s+)?(?:уже\s+)?(?:\w+\s+)?{_RU_DAYS}\b"
)
_RU_SHE_CANT_GO_ON = r"\b(?:больше\s+не\s+мо(?:жет|гу)|не\s+мо(?:жет|гу)\s+больше)\s*(?:[.!,;]|$)"
_RU_EVERYDAY_REASON = (
    r"\b(?:переезд\w*|переезжа\w*|отпуск\w*|поездк\w*|температур\w*|грипп\w*|простуд\w*|"
    r"отравил\w*|ковид\w*|болит|тошнит|рвет|постится)\b"
)
_RU_GOODBYE = r"\bпопрощал\w*|\bпрощается\s+со\s+всеми\b"
_RU_SIGNS = (_RU_SHE_CANT_GO_ON, _RU_GAVE_THINGS_AWAY, _RU_NOT_EATING, _RU_GOODBYE)
RUSSIAN_PHRASES += despair_told_of_someone(  # i18n-exempt: input
    _RU_SAYS, _RU_BETTER_WITHOUT, _RU_EVERYDAY_REASON, *_RU_SIGNS
)

# Children left on their own ("дети опять одни", "одни дома", "мать не появляется") for days
# or with no food ("уже третий день", "еды у них нет"); not children who walk to school on their
# own, nor ones at a camp, with a grandmother or a nanny, nor alone for an afternoon.
_RU_CHILDREN = (
    r"\b(?:дети|детей|ребенок|ребенка|малыши|малышей|младший|младшая|младшие|сын|дочь|дочка)\b"
)
_RU_ON_THEIR_OWN = (
    r"\b(?:одни|один|одна)\s+(?:уже|опять|снова|дома|в\s+квартире|без)\b|"
    r"\b(?:дома|в\s+квартире)\s+одни\b|\bбез\s+(?:присмотра|взрослых)\b|\bброшен\w*|"
    r"\b(?:мать|мама|отец|папа|родители)\s+(?:\w+\s+)?не\s+(?:появля\w+|приход\w+|возвраща\w+|"
    r"вернул\w*|объявля\w+)"
)
_RU_DAYS_OR_NO_FOOD = (
    rf"\b(?:второй|третий|четвертый|пятый|\d+-?й)\s+день\b|"
    rf"\b(?:два|три|четыре|пять|несколько|\d+)\s+{_RU_DAYS}\b|\bсутки\b|"
    r"\bеды\s+(?:\w+\s+){0,2}?нет\b|\bнечего\s+(?:есть|кушать)\b|\bголодн\w*"
)
_RU_CHILDREN_LOOKED_AFTER = r"лагер\w*|бабушк\w*|нян\w*"
RUSSIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_RU_CHILDREN_LOOKED_AFTER}))"
    + every_one_of(_RU_CHILDREN, _RU_ON_THEIR_OWN, _RU_DAYS_OR_NO_FOOD),
)

# A child (a grandchild too) left or locked in on his own ("оставила одного в запертой
# квартире") by someone, beside a locked door, a parent who drinks, his being taken by force,
# or no reaching him; not a child left alone for an hour while the writer shops, nor one at home
# drinking tea.
_RU_YOUNG = (
    r"\b(?:реб[её]н\w*|дет(?:и|ей|ям)|сын\w*|доч\w*|внук\w*|внучк\w*|малыш\w*|мальчик\w*|"
    r"девочк\w*)"
)
_RU_LEFT_ALONE = (
    r"\b(?:оставил\w*|оставля\w*|бросил\w*|броса\w*|запер\w*|запира\w*|закрыл\w*|"
    r"закрыва\w*)\s+(?:\w+\s+){0,2}(?:одного|одну|одних)\b"
)
_RU_LOCKED_OR_WORSE = (
    r"\bзаперт\w*|\bна\s+ключ\b|\bсилой\b|\bпьян\w*|\bзапо[йе]\w*|\bпь(?:ет|ют)\s*(?:[.,;!]|$)|"
    r"\b(?:мать|мама|отец|папа|она|он|родители)\s+(?:\w+\s+)?(?:пьет|пьют|запила|запил)\b"
    r"(?!\s+(?:чай|кофе|воду|сок|молоко|таблетк\w*|лекарств\w*))|"
    r"\bне\s+могу\s+(?:\w+\s+){0,2}(?:дозвониться|связаться|достучаться)\b"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RU_YOUNG, _RU_LEFT_ALONE, _RU_LOCKED_OR_WORSE),
)

# Money taken from someone who depends on it: her bank card taken by someone ("забрал её
# банковскую карту") and no money left even for bread, food or medicine; not a card lost and
# waited for from the bank, nor one borrowed to buy her shopping.
_RU_CARD_TAKEN = (
    r"\b(?:забрал|отобрал|отнял|взял|держит|присвоил|украл)\w*\s+(?:у\s+(?:нее|него)\s+)?"
    r"(?:(?:ее|его|мамину|папину|бабушкину|всю)\s+)?(?:банковск\w+\s+)?карт(?:у|очку)\b"
)
_RU_NOTHING_LEFT = (
    r"\bнет\s+денег\s+(?:даже\s+)?на\s+(?:хлеб|еду|продукты|лекарства|таблетки|отопление|свет|"
    r"газ)\b|\bденег\s+(?:\w+\s+)?не\s+(?:осталось|хватает)\s+(?:даже\s+)?на\s+(?:хлеб|еду|"
    r"продукты|лекарства)\b|\bсидит\s+без\s+(?:денег|еды)\b"
)
RUSSIAN_PHRASES += ("^" + every_one_of(_RU_CARD_TAKEN, _RU_NOTHING_LEFT),)  # i18n-exempt: input

# Found after fleeing: "он нашёл нас" (or her) beside fear, having run or hidden, his car
# standing outside the home, or word that he knows the school or where they live; not a
# grandfather who found the children in the park, nor hide-and-seek.
_RU_FOUND_US = (
    r"\b(?:он|она|они|бывший|муж|отец|отчим|сожитель|парень)\s+(?:\w+\s+)?(?:нашел|нашла|"
    r"нашли|выследил\w*)\s+(?:нас|меня)\b"
)
_RU_FOUND_SIGN = (
    r"\b(?:боюсь|боимся|страшно|сбежал\w*|убежал\w*|пряч\w*|прята\w*|скрыва\w*|убежищ\w*|"
    r"шелтер\w*)|\bзна(?:ет|ю)\s+(?:где|какая|в\s+какой|в\s+какую|наш|твой|твою)\b|"
    r"\b(?:его|их)\s+машина\s+(?:\w+\s+)?стоит\s+(?:\w+\s+)?(?:напротив|у|возле|около|под)\s+"
    r"(?:дома|подъезда|окнами|школы)\b"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:прятк|игра))" + every_one_of(_RU_FOUND_US, _RU_FOUND_SIGN),
)

# Watched at home: someone who stands or waits at the writer's entrance, door or windows every
# day or night ("каждый день стоит у подъезда"), beside her fear of going out, a threat ("это
# только начало") or her things damaged (tyres slashed, windows broken); not an ex who waits at
# the entrance to fetch the children, nor a neighbour who smokes there every evening.
_RU_AT_MY_DOOR = (
    r"\b(?:стоит|стоял|стоят|дежурит|торчит|сидит\s+в\s+машине|ходит|крутится)\s+(?:\w+\s+)?"
    r"(?:у|возле|около|под|напротив)\s+(?:моего\s+|моей\s+|нашего\s+|нашей\s+)?(?:подъезда|дома|"
    r"окнами|двери|работы)\b"
)
_RU_EVERY_DAY = (
    r"\b(?:каждый\s+(?:день|вечер)|каждую\s+ночь|каждое\s+утро|постоянно|все\s+время|по\s+ночам|"
    r"который\s+день|(?:уже\s+)?(?:неделю|месяц))\b"
)
_RU_MENACE = (
    r"\bбоюсь\s+(?:\w+\s+)?(?:выходить|выйти|его|ее|их|за\s+(?:себя|свою\s+жизнь))\b|\bугрож\w*|"
    r"\bтолько\s+начало\b|\b(?:проколол|порезал|разбил|поджег|изрезал|испортил)\w*\s+"
    r"(?:мне\s+|нам\s+)?(?:\w+\s+)?(?:шины|колеса|окна|окно|стекла|машину|дверь)\b"
)
RUSSIAN_PHRASES += (
    "^" + every_one_of(_RU_AT_MY_DOOR, _RU_EVERY_DAY, _RU_MENACE),
)  # i18n-exempt: input

# Russian in Latin letters (translit), spelt the ways people text it: "zh" or "j" for "ж",
# "kh", "h" or "x" for "х", "y", "j" or "i" for "й" and the soft vowels, the soft sign as "'"
# or left out ("ub'et", "ubyet", "ubet"; "zhit'", "zhit"), so a word between two others is
# "[\w']+"; "b'et" and "b'yot" (beats) are read, "bot" and "but" are not. It reads the main
# kinds: wanting to die, self-harm, being beaten, a threat to kill the writer, papers taken by a
# partner or a boss, afraid to go home, not safe, a medical emergency (not waking, blue lips,
# breathing slowly or not at all), and being found after fleeing. Left alone: "mama menya ub'et
# esli opozdayu", "ne khochu zhit' v etom raione", "menya bot ne ponimaet", a passport collected
# at the embassy, fear of driving home on the ice, skin that "doesn't breathe" in a jacket, a son
# who won't wake for school, hide-and-seek.
_RL_ME = r"(?:menya|menia|menja|mena)"
_RL_HARMS = (
    r"(?:b'?(?:y|j|i)?et|b'?(?:y|j|i)ot|b(?:'(?:y|j|i)?|y|j|i)ut|izbiva(?:et|yut)|izbil[ai]?|"
    r"udaril[ai]?|pina(?:et|l)|dushi[tl]|iznasiloval[ai]?|zapira(?:et|yut)|zaper(?:la|li)?)"
)
_RL_NOT_A_PERSON = r"(?:tokom|drozh'?|oznob|kashel'?|v\s+shakhmaty|v\s+karty)"
_RL_KILL = (
    r"(?:ub'?(?:y|j|i)?[eo]t|ub'?(?:y|j|i)?ut|prib'?(?:y|j|i)?[eo]t|zare(?:zh|j|z)[eu]t|"
    r"zare(?:zh|j|z)ut)"
)
_RL_KILLS_ME = rf"(?:{_RL_ME}\s+(?:[\w']+\s+){{0,2}}?{_RL_KILL}|{_RL_KILL}\s+{_RL_ME})\b"
_RL_HE = r"(?:on|muzh|byvsh(?:ii|ij|iy)|sozhitel'?|paren'?|otchim)"
_RL_PAPERS = r"(?:pasport\w*|dokument\w*|vid\s+na\s+zhitel'?stvo)"
_RL_TAKER = (
    r"(?:muzh|on|otets|brat|svekrov'?|svekor|sozhitel'?|paren'?|k?hozya\w*|rabotodatel'?\w*|"
    r"nachal'?nik\w*|boss\w*|agent\w*)"
)
_RL_FOUND_US = (
    r"\b(?:on|ona|oni|byvsh(?:ii|ij|iy)|muzh|otets|otchim|sozhitel'?|paren'?)\s+(?:[\w']+\s+)?"
    r"nash(?:el|ol|yol|li|la)\s+(?:nas|menya|menia)\b"
)
_RL_FOUND_SIGN = (
    r"\b(?:boyus'?|boimsya|strashno|sbezhal\w*|ubezhal\w*|pryach\w*|pryata\w*|skryva\w*|"
    r"ubezhishch\w*|shelter\w*)|\bzna(?:et|yu|iu|ju)\s+(?:gde|kakaya|v\s+kakoi|v\s+kakuyu|"
    r"nash\w*|tvo\w+)\b|\b(?:ego|ikh)\s+mashina\s+(?:[\w']+\s+)?stoit\s+(?:[\w']+\s+)?"
    r"(?:naprotiv|u|vozle|okolo|pod)\s+(?:doma|pod'?ezda|oknami|shkoly)\b"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    # wanting to die
    r"\b(?:kh|h|x)och(?:u|et)\s+(?:(?:prosto|uzhe|pravda|ochen'?)\s+)?(?:umeret'?|pokonchit'?\s+"
    r"s\s+soboi|povesit'?sya|ischeznut'?\s+navsegda)\b|\bne\s+(?:kh|h|x)och(?:u|et|etsya|etsa)\s+"
    r"(?:(?:bol'?she|uzhe|dal'?she|tak)\s+){0,2}zhit'?(?![\w'])(?!\s+(?:v|na|s|so|ryadom|zdes'?|"
    r"tut|tam|okolo|u)\b)|\bpokonchu\s+s\s+soboi\b|\b(?:dumayu|mysli)\s+(?:[\w']+\s+)?o\s+"
    r"(?:samoubiistve|suitside)\b|\b(?:vsem|detyam|im)\s+(?:[\w']+\s+)?(?:budet\s+)?luchshe\s+"
    r"bez\s+menya\b",
    # self-harm
    r"\b(?:rezhu|porezala?|rezala?)\s+(?:sebe\s+)?(?:sebya|ruki|veny|zapyast'?ya|nogi)\b|"
    r"\bvskroyu\s+(?:sebe\s+)?veny\b",
    # beaten
    rf"\b{_RL_ME}\s+(?:[\w']+\s+)?{_RL_HARMS}\b(?!\s+{_RL_NOT_A_PERSON})|"
    rf"\b{_RL_HARMS}\s+{_RL_ME}\b(?!\s+{_RL_NOT_A_PERSON})",
    # a threat to kill the writer, by him, or told, or for tonight; not a mother's for lateness
    rf"^(?!.*\bopozda)(?=.*\b{_RL_HE}\s+(?:[\w']+\s+){{0,3}}?{_RL_KILLS_ME})",
    r"^(?!.*\bopozda)(?=.*\b(?:skazal|govorit|krichit|krichal|pishet|napisal|obeshchal|"
    r"obeshchaet|grozit\w*|klyanetsya|esli\s+(?:[\w']+\s+){0,2}?(?:uidu|poidu|rasskazhu|"
    r"zayavlyu|sbegu|pozvonyu|broshu|razvedus'?|skazhu|poedu))\b(?:\W+[\w']+){0,5}?\W+"
    + _RL_KILLS_ME
    + ")",
    _RL_KILLS_ME + r"\s+(?:[\w']+\s+)?(?:segodnya|etoi\s+noch'?yu|noch'?yu)\b",
    # papers taken by a partner, family or a boss (not collected at an embassy or the post)
    r"^(?!.*(?:posol'?stv|konsul'?stv|pocht|vizov))(?=.*\b"
    + _RL_TAKER
    + r"\s+(?:[\w']+\s+){0,2}?(?:zabral|otobral|otnyal|spryatal|derzhit|zabrali|otobrali)\w*\s+"
    r"(?:u\s+(?:menya|nas|nee)\s+)?(?:(?:moi|moy|moj|nashi|ee|eyo|vse)\s+)?" + _RL_PAPERS + ")",
    # afraid to go home or of him; not of the ice or the dark on the way
    r"^(?!.*(?:gololed|sneg|dozhd|probk|temno|temnot))(?=.*\b(?:boyus'?|boius'?|bojus'?|boitsya|"
    r"mne\s+strashno|ei\s+strashno)\s+(?:ochen'?\s+)?(?:(?:idti|vozvrashchat'?sya|"
    r"vozvrashat'?sya|vernut'?sya|ekhat'?)\s+domo[iyj]\b|(?:muzha|otsa|otchima|byvshego|"
    r"sozhitelya)\b))",
    # in danger, not safe
    r"\b(?:ya|ona)\s+v\s+opasnosti\b|\bmoya\s+zhizn'?\s+v\s+opasnosti\b|\bspasite\s+menya\b|"
    r"\b(?:ya|ona)\s+ne\s+v\s+bezopasnosti\b|\bne\s+chuvstvuyu\s+sebya\s+v\s+bezopasnosti\b"
    r"(?!\s+v\s+(?:raione|parke|tsentre))",
    # a medical emergency: not breathing or slowly, blue lips, unconscious, not waking
    r"(?<!kozha\s)\bne\s+dyshit\b|\bguby\s+(?:[\w']+\s+)?(?:sinie|sinije|sinye|posineli|"
    r"sineyut)\b|\bposinel\w*\s+guby\b|\bbez\s+soznaniya\b|\bpoteryal[ai]?\s+soznanie\b|"
    r"\bdyshit\s+(?:[\w']+\s+)?(?:redko|slabo|s\s+(?:k?h|x)ripom)\b",
    r"\bne\s+(?:pros[yi]pa[yj]?ets(?:ya|ja|a)|pri(?:k?h|x)odit\s+v\s+sebya)\b(?!.*(?:v\s+shkolu|"
    r"na\s+rabotu|budil'?nik|opazd))",
    # found after fleeing
    r"^(?!.*(?:pryatk|igra))" + every_one_of(_RL_FOUND_US, _RL_FOUND_SIGN),
)

# A young person readying an attack: a son, a brother or a teenager who has got a knife or a gun,
# beside words that something is coming ("скоро все узнают", "они ещё пожалеют", "в субботу
# разберётся" with "traitors"), questions about
# when police or guards will be at a meeting, or hours in closed channels; not a knife bought for
# fishing, the kitchen or a hike, nor the session on policing asked about.
_RU_YOUNG_ONE = (
    r"\b(?:сын\w*|дочь|дочк\w*|брат\w*|внук\w*|племянник\w*|подрост\w*|парень|(?:1[0-9]|[5-9])\s*"
    r"(?:лет|год\w*)|\((?:1[0-9]|[5-9])\))"
)
_RU_GOT_A_WEAPON = (
    r"\b(?:купил|достал|заказал|прячет|спрятал|носит|нашла\s+у\s+него)\s+(?:\S+\s+){0,2}?"
    r"(?:нож\w*|"
    r"пистолет\w*|ружье|обрез\w*|оружие|кастет\w*|мачете|топор\w*)"
)
_RU_SOMETHING_COMING = (
    r"\b(?:скоро|завтра|в\s+субботу|на\s+собрании)\s+(?:\w+\s+)?все\s+(?:узнают|увидят|"
    r"услышат)|\b(?:они|все)\s+(?:еще\s+)?пожалеют\b|\bэто\s+(?:будет\s+)?последн\w+\s+собрани|"
    r"\bпредател\w*|\b(?:разберется|разберемся|разберусь|разберутся|проучим|проучат)"
    r"(?:\s*(?:[.,!;]|$)|\s+с\s+(?:ними|ним|ней|этими|теми|предател\w*|врагами|чужими))"
)
_RU_WHEN_GUARDED = (
    r"\b(?:когда|где|сколько|будут\s+ли)\s+(?:\w+\s+){0,4}?(?:полицейск\w*|полици\w*|охран\w*|"
    r"людей)\b"
)
_RU_CLOSED_CHANNELS = r"\b(?:телеграм\S*|закрыт\w+)\s+(?:-\s*)?(?:канал\w*|чат\w*|групп\w*)"
RUSSIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:рыбалк\w*|кухн\w*|поход\w*|охот\w*|дач\w*)\b)"
    + every_one_of(_RU_YOUNG_ONE, _RU_GOT_A_WEAPON)
    + rf"(?=.*(?:{_RU_SOMETHING_COMING}|{_RU_WHEN_GUARDED}|{_RU_CLOSED_CHANNELS}))",
)

# A plan to die said plainly, in the first person: killing oneself or leaving life to come ("я
# убью себя", "покончу с жизнью", "уйду из жизни"), dying decided or meant ("я решила умереть",
# "собираюсь покончить с собой"), not being alive ("меня не будет в живых", "после субботы меня
# уже не будет" as the last words, beside a goodbye or thanks for everything); in Latin letters
# too ("ya pokonchu s soboj", "reshila umeret'"). Not leaving work, a report finished, not
# being in London after Saturday.
_RU_END_MY_LIFE = (
    r"(?:умереть|покончить\s+с\s+собой|уйти\s+из\s+жизни|убить\s+себя|повеситься|отравиться|"
    r"утопиться|застрелиться)"
)
_RL_END_MY_LIFE = (
    r"(?:umeret'?|pokonchit'?\s+s\s+sobo[ijy]|ujti\s+iz\s+zhizni|uiti\s+iz\s+zhizni|ubit'?\s+"
    r"sebya)"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:убью|прикончу)\s+себя\b|\bсебя\s+убью\b|\bпокончу\s+с\s+(?:этой\s+)?жизнью\b|"
    r"\bуйду\s+из\s+жизни\b|\bлишу\s+себя\s+жизни\b",
    rf"\b(?:решила?|решено|собираюсь)\s+(?:\w+\s+)?{_RU_END_MY_LIFE}\b",
    r"\bменя\s+(?:уже\s+|больше\s+)?не\s+будет\s+(?:в\s+живых|на\s+этом\s+свете)\b",
    r"^(?!.*(?:уезжа|переезжа|отпуск|командировк|в\s+город))(?=.*\b(?:прощайте|прощай|простите|"
    r"спасибо\s+за\s+все|последний\s+раз|сил\s+больше\s+нет|не\s+могу\s+больше)\b)"
    r".*\bменя\s+(?:уже|больше)\s+не\s+будет\s*[.!]*\s*$",
    r"\b(?:pokonchu\s+s\s+sobo[ijy]|ub'?yu\s+sebya|u[ij]du\s+iz\s+zhizni)\b|\b(?:reshila?|"
    rf"sobirayus'?)\s+(?:[\w']+\s+)?{_RL_END_MY_LIFE}(?![\w'])",
)

# Pills gathered or hidden, a rope or a gun got ("я собрала таблетки", "купил верёвку"; not pills
# bought for a mother)
# beside all of them to be taken, "the last time" or a goodbye; not a rope for the washing or
# tablets packed for a journey.
_RU_MEANS_GATHERED = (
    r"\b(?:собрала?|накопила?|спрятала?|коплю|храню)\s+(?:\w+\s+){0,2}?(?:таблетк\w*|"
    r"снотворн\w*)|\b(?:купила?|приготовила?|достала?|спрятала?)\s+(?:\w+\s+){0,2}?(?:веревк\w*|"
    r"петл\w*|ружье|пистолет\w*|шланг\w*)"
)
_RU_LAST_OR_GOODBYE = (
    r"\b(?:последний\s+раз|прощайте|прощай|простите\s+меня|(?:выпью|приму)\s+(?:их\s+)?все|"
    r"все\s+закончится|всему\s+конец)\b"
)
RUSSIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:для|в\s+дорогу|поход|отпуск|поездк|бель|аптечк|рыбалк|охот))"
    + every_one_of(_RU_MEANS_GATHERED, _RU_LAST_OR_GOODBYE),
)
