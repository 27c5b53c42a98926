"""The Ukrainian safeguarding phrase net (read by safeguarding_languages), in Cyrillic. Ukrainian
has its own letters (і, ї, є, ґ) and verbs ("б'є", "побив", "вдарив", "погрожує", "зґвалтував"),
so it is read apart from Russian; the apostrophe is typed three ways or left out ("б'є", "бʼє",
"бє"), and "ґ" is often typed as "г". Like Russian it puts the object pronoun either side of the
verb ("чоловік мене б'є", "б'є мене"), so both orders are read, with verbs that only a person
does to a person. Text has been through safeguarding_languages.fold, which keeps "ї" and "й"
whole and reads the typographic apostrophes as "'". A helper's message about "її" or "вона" is
read as one about "мене".

Beyond the main kinds it reads papers held and wages withheld by an employer, a debt to "work
off" with clients (sold for sex), rent asked of a daughter "in another way" or a host who comes
into her room at night, being stalked, an older parent who has not got up or eaten for days, a
medical emergency (not breathing, blue lips, not waking), an alarm in a few words ("допоможіть,
він тут"), a goodbye in a few words at a bridge ("міст. холодно. вибачте"), and affairs put in
order as errands (a pet given away, letters written, money not needed any more, tablets
gathered), a flat taken over by dealers who hold the keys or frighten her, despair told of
someone ("всім буде краще без неї", or two signs: her things given away, not eating for days),
a goodbye in a few words with "I can't any more" ("не можу більше. вибачте"), and a child
groomed by a much older man (her age, his, gifts, parties or drink), and a partner come after
the writer and looking for her, beside a threat, her fear or hiding, and a host who will evict
her if she is not "affectionate" with him, and gas smelt at home with someone who cannot be
woken, is sick or has a headache. Ukrainian typed in Latin
letters ("cholovik mene b'ye", "ne mozhu bilshe. vybachte") is read for the main kinds too.
Left alone: "помираю з голоду" (dying of hunger), "мама мене вб'є" (mum will kill
me), "мене б'є струмом", "не хочу жити в цьому районі", "не можу дочекатися суботи", "донька
стежить за мною в інстаграмі", "ніде припаркуватися", medicine taken at eight, a hot hall where
one can't breathe, the session on policing and violence talked about, a cat left with a
neighbour for a week's holiday, a bridge closed on the way, rent paid another way through the
bank, a father who looks in on a daughter at night, a passport collected at the embassy, hours
owed at work made up, grandchildren staying for the summer, things given away before a move,
not eating with a temperature, "вибачте, не можу більше чекати", a daughter's coach of 30 who
drives the team to matches, a husband looking for her at the station.
Also a host or landlord who demands sex or puts her out, and a mother wishing herself and her
baby gone ("краще б нас обох не було") with tonight or a baby; not a party better missed.
Also: someone calling for help or moaning behind a shut door; someone buried or pinned
under earth or a slab (not children in snow).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import (
    a_plea_in_a_few_words,
    any_two_of,
    despair_told_of_someone,
    every_one_of,
    made_only_of,
)

_UK_HARMS = (
    r"б'?є|б'?ють|бив|била|побив|побила|побили|вдарив|вдарила|вдарили|"
    r"лупцює|лупцював|душить|душив|душила|з[ґг]валтував|з[ґг]валтувала|з[ґг]валтували|"
    r"ґвалтує|гвалтує|замикає|замкнув|замкнула|замикають|штовхає|штовхнув|шантажує|копає|"
    r"знущається\s+з"
)
_UK_ME = r"(?:мене|нас|її|його|мою\s+маму|мою\s+доньку|мого\s+сина)"
_UK_NOT_A_PERSON = (
    r"(?:струмом|дрож\w*|кашель|кашлем|пропасниця|в\s+шахи|в\s+карти|посуд\w*|тарілк\w*|"
    r"на\s+сполох|рекорд\w*)"
)
_UK_CHILD = (
    r"(?:дитина|дитину|дитині|діти|дітей|дітям|син|сина|сину|донька|доньку|доньці|дочка|дочку|"
    r"малий|малого|мала|малу|онук|онука|онука|онуку)"
)
_UK_WHO = (
    r"(?:його|її|чоловіка|свого\s+чоловіка|батька|вітчима|брата|співмешканця|хлопця|"
    r"колишнього|свекра|свекрухи|господаря|господині|сусіда|цієї\s+людини)"
)
_UK_OLDER = r"(?:мама|мати|тато|батько|бабуся|бабця|дідусь|свекруха|тітка|дядько)"
_UK_DAYS = r"(?:дні|днів|дня|доби|діб|тиждень|тижні|тижнів)"
_UK_PAPERS = r"(?:паспорт\w*|документ\w*|посвідк\w*|віз[уи])"

UKRAINIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it (said by her or of her)
    r"\bхоч(?:у|е)\s+(?:(?:просто|вже|справді|дуже)\s+)?(?:померти|вмерти|накласти\s+на\s+себе"
    r"\s+руки|покінчити\s+з\s+собою|піти\s+з\s+життя|зникнути\s+назавжди)\b",
    r"\bне\s+(?:хоч(?:у|е)|хочеться)\s+(?:(?:більше|вже|далі|так)\s+){0,2}жити\b"
    r"(?!\s+(?:в|у|на|з|із|поруч|тут|там|біля)\b)|\bжити\s+не\s+хочеться\b",
    r"\bнакладу\s+на\s+себе\s+руки\b|\bпокінчу\s+з\s+собою\b|\b(?:думаю|думає|думки)\s+"
    r"(?:\w+\s+)?про\s+(?:самогубство|суїцид|смерть)\b|\bсуїцидальні\s+думки\b|"
    r"\bкраще\s+б\s+я\s+(?:померла?|вмерла?|не\s+народжувал)",
    r"\b(?:всім|дітям|їм)\s+(?:\w+\s+)?(?:буде\s+)?краще\s+без\s+мене\b|\bнемає\s+сенсу\s+жити\b|"
    r"\bне\s+бачу\s+сенсу\s+(?:жити|в\s+житті)\b",
    # self-harm
    r"\b(?:ріжу|порізала?|різала?|дряпаю|палю|припікаю)\s+(?:собі\s+)?(?:себе|руки|вени|"
    r"зап'?ястя|ноги)\b|\bзавда(?:ю|є)\s+собі\s+(?:\w+\s+)?(?:шкоди|болю)\b|\bшкоджу\s+собі\b|"
    r"\bсамоушкодж\w*|\bселфхарм\w*",
    # all the tablets
    r"^(?!.*(?:вранці|зранку|ввечері|за\s+розкладом|за\s+рецептом|як\s+(?:сказав|призначив)|"
    r"о\s+\d))(?=.*\b(?:випила?|проковтнула?|прийняла?|вип'?ю|проковтну)\s+(?:\w+\s+)?(?:всі|"
    r"усі|всю\s+упаковку|усю\s+упаковку|цілу\s+упаковку|цілу\s+пачку|пачку|упаковку)\s+"
    r"(?:\w+\s+)?(?:таблет\w*|пігул\w*|снодійн\w*|ліки|ліків))",
    r"\bнаковтал(?:ася|ася|ись|ся)\s+(?:\w+\s+)?(?:таблеток|пігулок|снодійного|ліків)\b|"
    r"\bпередозуванн\w*|\b(?:збираю|ховаю|накопичую)\s+(?:\w+\s+)?(?:таблетки|пігулки|"
    r"снодійне)\b",
    # violence, threats, control
    rf"\b{_UK_ME}\s+(?:\w+\s+)?(?:{_UK_HARMS})\b(?!\s+{_UK_NOT_A_PERSON})|"
    rf"\b(?:{_UK_HARMS})\s+{_UK_ME}\b(?!\s+{_UK_NOT_A_PERSON})",
    r"\bпогрожу(?:є|ють|вав|вала|вали)\s+(?:мені|нам|їй|йому)\b|\bпогрожу\w*\s+(?:\w+\s+)?"
    r"(?:вбити|убити|зарізати|покалічити)\b|\b(?:пише|надсилає|шле|писав)\s+(?:мені|їй|нам)\s+"
    r"(?:\w+\s+)?погрози\b|\bобіцяє\s+(?:мене\s+|її\s+)?(?:вбити|убити|зарізати)\b",
    r"\bне\s+(?:випускає|випускають|пускає|пускають|відпускає|відпускають)\s+(?:мене|нас|її)\s+"
    r"(?:\w+\s+)?(?:з\s+дому|із\s+дому|з\s+квартири|на\s+вулицю|з\s+кімнати|додому|саму)\b|"
    r"\bтримає\s+(?:мене|нас|її)\s+під\s+замком\b",
    r"\b(?:я|вона)\s+(?:\w+\s+)?жертва\s+(?:\w+\s+)?(?:насильства|побиття)\b|\bтерп(?:лю|ить)\s+"
    r"(?:\w+\s+)?(?:побиття|насильство|знущання)\b",
    # papers held, wages withheld, not let go (not papers collected at an embassy for a visa)
    r"^(?!.*(?:посольств|консульств|візов|пошт))(?=.*(?:"
    rf"\b(?:забрала?|забрав|забрали|відібрала?|відібрав|відібрали|сховала?|сховав|тримає|"
    rf"тримають)\s+(?:у\s+(?:мене|нас|"
    rf"неї)\s+)?(?:мій|мої|наші|її)\s+{_UK_PAPERS}|\bне\s+відда(?:є|ють)\s+(?:мені\s+|нам\s+|"
    rf"їй\s+)?"
    rf"(?:мій\s+|мої\s+|наші\s+|її\s+)?{_UK_PAPERS}|\bвідібра\w*\s+(?:\w+\s+)?{_UK_PAPERS}))",
    r"^(?=.*\bне\s+(?:платить|платять|платили|заплатил\w*)\b)(?=.*(?:\bне\s+(?:відпускає|"
    r"відпускають|випускає|випускають)\b|\bзабра\w*\s+(?:\w+\s+)?паспорт|\bзамика\w*))",
    # afraid of him, afraid to go home
    r"\b(?:боюся|боюсь|боїться|мені\s+страшно|їй\s+страшно)\s+(?:дуже\s+)?(?:"
    + _UK_WHO
    + r"\b|(?:йти|іти|повертатися|повернутися|їхати)\s+додому\b)|\b(?:я|вона)\s+(?:його|її|їх)\s+"
    r"(?:дуже\s+)?бо(?:юся|їться)\b",
    # a child at risk
    _UK_CHILD
    + r"\s+(?:\w+\s+){0,3}(?:голоду(?:є|ють)|не\s+їл[аи]?\s+(?:вже\s+)?(?:\w+\s+)?"
    + _UK_DAYS
    + r"|(?:весь|вся|все)\s+в\s+синцях|в\s+синцях)",
    r"\b(?:б'?є|б'?ють|побив\w*|не\s+годує|не\s+годують|знущається\s+з|чіпає|лапає)\s+"
    r"(?:\w+\s+)?" + _UK_CHILD + r"\b",
    # followed, stalked
    r"\bстеж(?:ить|ать)\s+за\s+мною\b(?!\s+(?:в\s+|у\s+)?(?:інстаграм|фейсбук|тікток|соцмереж))|"
    r"\b(?:хтось|чоловік|людина|він|сусід|колишній|незнайомець|якийсь\s+\w+)\s+(?:\w+\s+){0,3}"
    r"(?:ходить\s+за\s+мною|переслідує|чатує|підстерігає)\b(?!\s+(?:\w+\s+)?мет)|"
    r"\bпересліду(?:є|ють)\s+(?:мене|її|нас)\b(?!\s+(?:думка|страх|запах|невдач))",
    r"\b(?:чекає|чекають|підстерігає|чатує)\s+(?:на\s+)?(?:мене|її)\s+(?:\w+\s+)?(?:біля|під|"
    r"коло|"
    r"у)\s+(?:під'?їзду|будинку|дверей|вікнами|роботи)\b(?=.*\b(?:щодня|кожного|кожен|постійно|"
    r"весь\s+час|погроз\w*|боюся|боїться))",
    r"\b(?:намагався|намагалася|намагається|ломився|ломиться|ломляться)\s+(?:\w+\s+)?(?:зайти|"
    r"увійти|ввірватися|вломитися|пробратися)\s+(?:до\s+мене|до\s+неї|до\s+нас|в\s+(?:мою|її|"
    r"нашу)\s+квартиру)",
    r"\bколишній\s+(?:чоловік\s+)?(?:\w+\s+){0,2}(?:знайшов\s+мене|дізнався\s+(?:мою\s+адресу|"
    r"де\s+я\s+живу))\b",
    # rent asked "in another way": paid with the body, or "pay" in quotes otherwise; a man of the
    # house the writer lives in (a host, a landlord, not her father) who comes into her room at
    # night
    r"[«\"„“]\s*(?:плат|заплат|розплат|розрахов)\w*\s*[»\"”]\s+(?:\w+\s+)?(?:інакше|по-?іншому|"
    r"іншим\s+способом)|\b(?:плат|заплат|розплат|розрахов)\w*\s+(?:\w+\s+){0,3}(?:натурою|тілом|"
    r"собою|сексом)\b",
    r"^(?=.*\b(?:господар\w*|хазя\w*|орендодав\w*|роботодав\w*|сусід\w*|співмешкан\w*|вітчим\w*|"
    r"чужий\s+чоловік|у\s+якого\s+(?:ми|я)\s+(?:живемо|живу|мешкаємо))\b)(?=.*\b(?:заходить|"
    r"заходив|приходить|приходив|лізе|ліз|ломиться|вривається)\s+(?:\w+\s+)?"
    r"(?:до\s+(?:мене|нас)\s+)?"
    r"(?:до|в|у)\s+(?:(?:моєї|її|нашої|мою|нашу)\s+)?(?:кімнат\w*|спальн\w*|ліжк\w*))"
    r"(?=.*\b(?:вночі|уночі|"
    r"ночами|по\s+ночах|щоночі)\b)",
    # forced marriage
    r"\bпримусов\w+\s+шлюб|\b(?:силоміць|насильно|силою|проти\s+(?:моєї\s+)?волі)\s+"
    r"(?:\w+\s+){0,3}(?:видат\w+\s+заміж|одруж\w+|заміж)|\b(?:змушують|примушують|хочуть|"
    r"збираються)\s+(?:мене\s+|її\s+)?(?:видати\s+(?:мене\s+|її\s+)?заміж|одружити\s+мене)\b",
    # in danger, not safe, help
    r"\b(?:я|вона)\s+в\s+небезпеці\b|\bмоє\s+життя\s+в\s+небезпеці\b|\bрятуйте\s+мене\b|"
    r"\bне\s+почува(?:юся|ється)\s+(?:себе\s+)?в\s+безпеці\b(?!\s+в\s+(?:районі|парку|центрі))|"
    r"\b(?:я|вона)\s+не\s+в\s+безпеці\b",
    # nowhere to sleep
    r"\b(?:мені|нам|їй)\s+ніде\s+(?:\w+\s+)?(?:спати|ночувати|жити|переночувати)\b|"
    r"\bвигна\w*\s+(?:мене\s+|нас\s+|її\s+)?(?:\w+\s+)?(?:з\s+дому|з\s+квартири|на\s+вулицю)\b|"
    r"\b(?:сплю|ночую|спимо|ночуємо)\s+(?:\w+\s+)?(?:на\s+вулиці|в\s+машині|на\s+вокзалі|"
    r"в\s+парку|на\s+підлозі)\b",
    # can't go on
    r"\b(?:не\s+можу|немає\s+сил|нема\s+сил)\s+(?:більше\s+)?(?:так\s+)?жити\b"
    r"(?!\s+(?:в|у|на|з|із|поруч|без)\b)|\bвтомила?(?:ся)?\s+жити\b",
    # an older parent not up or eating for days, a carer who stopped coming, a pension taken
    _UK_OLDER + r"\s+(?:\w+\s+){0,3}не\s+(?:встає|підводиться|їсть|п'?є|відповідає)\s+"
    r"(?:\w+\s+){0,4}"
    + _UK_DAYS
    + r"|\b(?:вже\s+)?(?:два|три|чотири|п'?ять|кілька)\s+"
    + _UK_DAYS
    + r"\s+не\s+встає\b",
    r"\b(?:доглядальниця|соцпрацівни\w+|опікун\w*)\s+(?:\w+\s+){0,4}(?:не\s+(?:приходила?|була|"
    r"з'?являлася)\s+(?:\w+\s+){0,4}" + _UK_DAYS + r"|б'?є|ображає|забирає\s+"
    r"(?:\w+\s+)?пенсі\w+)",
    r"\b(?:забирає|відбирає|краде|привласнює)\s+(?:\w+\s+)?(?:її|його|мамину|татову|всю)\s+"
    r"пенсі\w+|\bлиша\w+\s+(?:її|його|маму|батька|бабусю)\s+без\s+(?:їжі|ліків|води)\b",
    # a medical emergency: not breathing, blue lips, not waking
    r"(?<!шкіра\s)\bне\s+дих(?:ає|ають)\b|\bгуби\s+(?:\w+\s+)?(?:сині|посиніли|синіють)\b|"
    r"\bпосинілі\s+губи\b|\b(?:лежить|впала?|знайшла?\s+(?:його|її))\s+без\s+(?:свідомості|"
    r"тями)\b|\bзнепритомні\w*|\bвтратила?\s+свідомість\b",
    r"\bне\s+(?:прокидається|приходить\s+до\s+тями|реагує)\b(?!.*(?:до\s+школи|в\s+школу|на\s+"
    r"роботу|будильник|запізн))",
    r"^(?=.*\bне\s+можу\s+(?:дихати|вдихнути)\b)(?=.*(?:\bсама?\s+вдома\b|\bсерце\s+"
    r"(?:\w+\s+)?(?:калатає|вискакує|б'?ється)|\bдопоможіть\b))",
)

# A threat to kill the writer: "він мене вб'є", "сказав, що вб'є мене", "якщо піду, він мене
# вб'є", "вб'ю тебе" written on the door; not "мама мене вб'є, якщо я запізнюсь", "ця спека мене
# вбиває", "вб'ю його, він з'їв мій торт".
_UK_KILLS_ME = (
    r"(?:мене\s+(?:\w+\s+){0,2}?(?:вб'?є|приб'?є|заріже)"
    r"|(?:вб'?є|заріже)\s+мене)(?!\w)"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:він|чоловік|колишній|співмешканець|хлопець|вітчим)\s+(?:\w+\s+){0,3}?" + _UK_KILLS_ME,
    r"^(?!.*\bзапізн\w*)(?=.*\b(?:сказав|каже|кричить|кричав|пише|написав|обіцяє|обіцяв|"
    r"погрожу\w*|клянеться|допоможіть|"
    r"якщо\s+(?:[\w']+\s+){0,2}?(?:піду|розповім|заявлю|втечу|подзвоню|кину|поїду|розлучуся|"
    r"відмовлюся|скажу)|рятуйте)\b(?:[^\w']+[\w']+){0,5}?[^\w']+" + _UK_KILLS_ME + ")",
    _UK_KILLS_ME + r"\s+(?:\w+\s+)?(?:сьогодні|цієї\s+ночі|вночі)\b",
    r"^(?=.*\bвб'?ю\s+тебе\b)(?=.*\b(?:написав\w*|пише|двер\w*|стін\w*|повідомлен\w*|смс)\b)",
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "допоможіть, він тут",
# "рятуйте", "нас замкнули"; not "допоможіть з формою", "він тут?".
_UK_PLEA = (
    r"допоможіть|допоможи(?:\s+мені)?|рятуйте|врятуйте|рятуй(?:те)?\s+мене|терміново|help|sos|"
    r"викличте\s+поліцію"
)
_UK_HERE = r"(?:тут|тута|під\s+дверима|за\s+дверима|біля\s+дверей|під\s+вікнами|в\s+квартирі)"
_UK_ALARM = (
    r"рятуйте|колишній\s+(?:чоловік\s+)?(?:вже\s+|знову\s+)?(?:"
    + _UK_HERE
    + r"|повернувся|повернулися|прийшов|прийшли|знайшов\s+мене|знайшли\s+мене|ломиться|"
    r"ломляться)|ломиться\s+в\s+двері|ломляться\s+в\s+двері|(?:нас|мене)\s+(?:замкнули|"
    r"закрили|замкнув)|(?:замкнули|замкнув)\s+(?:нас|мене)"
)
_UK_BESIDE_A_PLEA = (
    r"(?:(?:він|вона|вони|чоловік|батько|вітчим)\s+)?(?:вже\s+|знову\s+)?(?:"
    + _UK_HERE
    + r"|прийшов|прийшли|повернувся|йде|ідуть|знайшов\s+мене)|діти|дітей|дитина|він|вона|вони|"
    r"чоловік"
)

# A goodbye in a few words at a bridge, a roof or the water ("міст. холодно. вибачте"); any
# other word makes it a message about the bridge ("міст перекрили, вибачте, запізнюсь").
_UK_EDGE = r"міст|мосту|мості|дах|даху|річка|річці|ріка|вода|воді|край|колії|рейки"
_UK_FAREWELL = (
    r"вибач(?:те)?|пробач(?:те)?|прощавай(?:те)?|прощай(?:те)?|простіть|бувайте|люблю\s+вас|"
    r"не\s+шукайте"
)
_UK_FEW_WORDS = (
    r"холодно|темно|високо|тихо|я|тут|на|стою|сиджу|дуже|вже|все|всім|більше\s+не\s+можу|"
    r"не\s+можу|сама?|одна|один|мамо|мама|так|треба|пора"
)

# Affairs put in order as errands: any two of a pet given away, letters written, money or things
# not needed any more, tablets gathered, and everything decided or going "to" a son or a husband
# tonight (those two count as one, since together they are also how a visit is put); not before
# a holiday, a trip or a move.
_UK_AWAY_OR_OUT = (
    r"на\s+(?:тиждень|вихідні|відпустку|пару\s+днів|кілька\s+днів|місяць|літо)|"
    r"поки\s+(?:я|ми)|відпустк\w*|поїздк\w*|летим\w*|лечу|їдемо|їду|переїзд\w*|переїжджа\w*|"
    r"в\s+гості|на\s+вечерю|на\s+день\s+народження|до\s+лікарні"
)
_UK_FOR_A_REASON = rf"^(?!.*\b(?:{_UK_AWAY_OR_OUT})\b)"
_UK_PET_GIVEN = (
    r"\b(?:віддала?|віддали|прилаштувала?|залишила?)\s+(?:\w+\s+)?(?:кота|кішку|котика|собаку|"
    r"пса|папугу|рибок|тварин\w*)\b|\b(?:кота|кішку|котика|собаку|пса|папугу)\s+(?:я\s+)?"
    r"(?:вже\s+)?(?:віддала?|прилаштувала?)\b"
)
_UK_LETTERS = (
    r"\b(?:листи|листа|лист|записку|записки)\s+(?:\w+\s+)?(?:написала?|залишила?)\b|"
    r"\b(?:написала?|залишила?)\s+(?:\w+\s+)?(?:листи|прощальн\w*|записку|записки)\b"
)
_UK_DECIDED = r"\b(?:я\s+)?(?:вже\s+)?все\s+вирішила?\s*(?:[.!,]|$)|\bвсе\s+(?:вже\s+)?вирішено\b"
_UK_NOT_NEEDED = r"\b(?:більше|вже)\s+не\s+(?:знадоб\w+|потрібн\w+|будуть\s+потрібн\w+)\b"
_UK_TABLETS_GATHERED = (
    r"\b(?:таблетки|пігулки|снодійне|ліки)\s+(?:я\s+)?(?:вже\s+)?(?:зібрала?|назбирала?|"
    r"накопичила?|сховала?)\b|\b(?:зібрала?|назбирала?|накопичила?)\s+(?:\w+\s+)?(?:таблетки|"
    r"таблеток|пігулки|пігулок|снодійне|снодійного)\b"
)
_UK_GOING_TO_THEM = (
    r"\b(?:сьогодні|ввечері|вночі|скоро|незабаром|нарешті)\s+(?:\w+\s+){0,2}(?:піду|прийду|буду)"
    r"\s+(?:до|з)\s+(?:сина|синочка|доньки|чоловіка|мами|тата|сином|донькою|чоловіком|мамою)\b"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_UK_PLEA, _UK_ALARM, _UK_BESIDE_A_PLEA),
    rf"^(?=.*\b(?:{_UK_EDGE})\b)(?=.*\b(?:{_UK_FAREWELL})\b)"
    + made_only_of(_UK_EDGE, _UK_FAREWELL, _UK_FEW_WORDS),
    _UK_FOR_A_REASON
    + any_two_of(
        _UK_PET_GIVEN,
        _UK_LETTERS,
        _UK_NOT_NEEDED,
        _UK_TABLETS_GATHERED,
        f"{_UK_DECIDED}|{_UK_GOING_TO_THEM}",
    ),
)

# Sold for sex as work: a debt to "work off" ("відпрацювати борг", in quotes or not) with clients
# or men, or with papers taken; made to sleep with clients or men. Not hours owed at work made
# up, clients who have not paid a debt, a hairdresser working with clients till eight.
_UK_WORK_OFF_A_DEBT = (
    r"\b(?:відпрацю\w*|відпрацьову\w*|відроб\w*|розплат\w*)[»\"”']?\s+"
    r"(?:(?:цей|свій|весь|мій|цього|за)\s+)?борг\w*"
)
_UK_WITH_CLIENTS = (
    r"\b(?:з\s+клієнт\w*|з\s+чоловіками|інтим\w*|секс\w*|тілом|натурою|проститу\w*|ескорт\w*)"
)
_UK_PAPERS_TAKEN = rf"\b(?:забра\w*|відібра\w*|сховав|сховала|тримає)\s+(?:\w+\s+)?{_UK_PAPERS}"
_UK_MADE_TO = r"\b(?:змушу\w*|примушу\w*|заставля\w*|вимага\w*|повинна|мушу|каже,?\s+що\s+я)"
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*{_UK_WORK_OFF_A_DEBT})(?=.*(?:{_UK_WITH_CLIENTS}|{_UK_PAPERS_TAKEN}))",
    rf"{_UK_MADE_TO}\s+(?:\w+\s+){{0,3}}спати\s+з\s+(?:клієнт\w*|чоловік\w*|різними|"
    r"іншими|його\s+друзями)\b",
)

# A home taken over (cuckooing): people have moved into her flat ("до неї в квартиру
# заселилися", "живуть у неї", "зайняли її квартиру") and deal drugs from it, have taken her keys
# or frighten her; not grandchildren staying for the summer, nor new neighbours next door.
_UK_TO_THEIR_HOME = (
    r"(?:до\s+(?:неї|нього|мене|нас|(?:моєї\s+)?(?:мами|матері|бабусі|сусідки|тітки)|(?:мого\s+)?"
    r"(?:батька|тата|дідуся|сусіда|брата|сина|дядька))|[ву]\s+(?:її|його|мою|нашу|мамину|"
    r"бабусину)\s+(?:квартир|будин|хат|кімнат))"
)
_UK_MOVED_IN = r"(?:заселил|поселил|вселил|оселил|в'?їхал|засіл|підселил)\w*"
_UK_HOME_TAKEN = (
    rf"\b{_UK_MOVED_IN}\s+(?:\w+\s+){{0,3}}?{_UK_TO_THEIR_HOME}|\b{_UK_TO_THEIR_HOME}\w*\s+"
    rf"(?:\w+\s+){{0,4}}?{_UK_MOVED_IN}|\b(?:зайняли|захопили)\s+(?:її|його|мою|нашу)\s+"
    r"квартир\w*|\bживуть\s+[ву]\s+(?:неї|нього|мене|нас|бабусі|мами|сусідки|батька|тата|"
    r"дідуся)\b|\b[ву]\s+(?:неї|нього|мене|нас)\s+(?:[ву]\s+квартирі\s+|вдома\s+)(?:\w+\s+){0,2}?"
    r"живуть\b"
)
_UK_DEALS_OR_HOLDS = (
    r"\b(?:наркот\w*|закладк\w*|дилер\w*|барига\w*|барижа\w*|героїн\w*)|\b(?:забрали|відібрали|"
    r"забрав|відібрав)\s+(?:[ву]\s+(?:неї|нього|мене|нас)\s+)?(?:\w+\s+)?ключ\w*|\bпогрожу\w*|"
    r"\bзаляку\w*|\bбо(?:їться|юся|юсь|їмося)\s+(?:\w+\s+)?(?:їх|їм|ними|сказати|поскаржитися|"
    r"вигнати|подзвонити)\b|\bне\s+(?:йдуть|хочуть\s+іти|випускають|пускають)\b"
)
UKRAINIAN_PHRASES += ("^" + every_one_of(_UK_HOME_TAKEN, _UK_DEALS_OR_HOLDS),)  # i18n-exempt: input

# A partner or his family come after the writer and looking for her ("чоловік приїхав до Лондона
# і шукає мене"), beside a threat (to take the children), her fear or hiding, or her surname
# kept back; not a husband who is looking for her at the station and promised to fetch their
# son from school, nor one looking for her at work while she fears being late.
_UK_LOOKS_FOR_ME = (
    r"\b(?:чоловік|колишній|він|батько\s+(?:дітей|сина|доньки)|свекор|свекруха|його\s+"
    r"(?:брат\w*|родина|родичі))\s+(?:[\w',]+\s+){0,8}?(?:шукає|шукають|розшукує|розшукують|"
    r"вистежує|вистежують|питає\s+про|знайшов|знайшли)\s+(?:мене|нас)\b"
)
_UK_THREAT_OR_HIDING = (
    r"\bпогрож\w*|\bбоюся\s+(?:його|їх|за\s+(?:себе|дітей|сина|доньку|дочку|життя))\b|"
    r"\b(?:дуже|страшенно|так)\s+боюся\s*(?:[.!,]|$)|\bбоюся\s*(?:[.!]|$)|\bховаюся\b|"
    r"\bховаємося\b|\b(?:я|ми)\s+втекл[аи]\s*(?:[.!,]|$)|\bвтекл[аи]\s+від\s+(?:нього|"
    r"чоловіка|колишнього)\b|"
    r"\bбез\s+прізвища\b|\bне\s+(?:кажіть|давайте|пишіть|називайте)\s+(?:\w+\s+){0,2}"
    r"(?:адрес\w*|прізвищ\w*)|\bзабер\w*\s+(?:\w+\s+)?(?:сина|доньку|дочку|дітей|дитину)\b"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_LOOKS_FOR_ME, _UK_THREAT_OR_HIDING),
)

# Despair told of someone ("каже, що всім буде краще без неї"), said alone; or two of its signs
# together: "більше не може", better off without her, her things given away, not eating for
# days, goodbyes said. Not things given away before a move, nor not eating with the flu.
_UK_SAYS = r"\b(?:каже|казала?|говорить|говорила?|пише|писала?|написала?|повторює|думає|вважає)"
_UK_BETTER_WITHOUT = (
    r"\b(?:всім|усім|дітям|їм|нам|родині|сім'?ї)\s+(?:[\w']+\s+)?(?:буде\s+)?краще\s+без\s+"
    r"(?:неї|нього|мене)\b(?!\s+(?:в|у|на|з|із)\b)"
)
_UK_GAVE_THINGS_AWAY = (
    r"\b(?:роздала?|роздали|роздає|роздарувала?|віддала?|віддає)\s+(?:\w+\s+)?(?:свої\s+|всі\s+|"
    r"усі\s+)?(?:речі|прикраси|одяг|гроші)\b"
)
_UK_NOT_EATING = (
    rf"\b(?:два|три|чотири|п'?ять|кілька|\d+)\s+{_UK_DAYS}\s+(?:\w+\s+)?не\s+(?:їсть|їла|їв)\b|"
    rf"\bне\s+(?:їсть|їла|їв)\s+(?:нічого\s+)?(?:вже\s+)?(?:\w+\s+)?{_UK_DAYS}\b"
)
_UK_SHE_CANT_GO_ON = r"\b(?:більше\s+не\s+мо(?:же|жу)|не\s+мо(?:же|жу)\s+більше)\s*(?:[.!,;]|$)"
_UK_EVERYDAY_REASON = (
    rf"\b(?:{_UK_AWAY_OR_OUT}|температур\w*|грип\w*|застуд\w*|отруї\w*|ковід\w*|болить|нудить|"
    r"блює|постит\w*|піст)\b"
)
_UK_GOODBYE = r"\bпопрощал\w*|\bпрощається\s+з\s+усіма\b"
_UK_SIGNS = (_UK_SHE_CANT_GO_ON, _UK_GAVE_THINGS_AWAY, _UK_NOT_EATING, _UK_GOODBYE)
UKRAINIAN_PHRASES += despair_told_of_someone(  # i18n-exempt: input
    _UK_SAYS, _UK_BETTER_WITHOUT, _UK_EVERYDAY_REASON, *_UK_SIGNS
)

# A goodbye in a few words with "I can't any more" ("я не в порядку. не можу більше. тут нікого
# немає. вибачте"): every word of the message is one of these; any other makes it an errand
# ("вибачте, не можу більше чекати").
_UK_CANT_ANY_MORE = r"не\s+можу\s+більше|більше\s+не\s+можу|немає\s+сил|нема\s+сил|не\s+витримую"
_UK_NOT_ALL_RIGHT = r"не\s+в\s+порядку|не\s+ок|нікого|немає|нема|тут|втомилася|втомився"
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*\b(?:{_UK_CANT_ANY_MORE})\b)(?=.*\b(?:{_UK_FAREWELL})\b)"
    + made_only_of(_UK_CANT_ANY_MORE, _UK_FAREWELL, _UK_NOT_ALL_RIGHT, _UK_FEW_WORDS),
)

# A child groomed by a much older man: a daughter or a son under 17 ("донечці 15"), a man whose
# age is given as twenty or more ("йому за 30"), whom she met or calls her boyfriend, and what
# he lures her with (gifts, parties, drink, home at dawn, a secret). Not a new coach of 30 who
# drives the team to matches, nor an uncle at a birthday.
_UK_CHILD_AGED = (
    r"\b(?:доньк\w*|донечк\w*|донечц\w*|доньц\w*|дочк\w*|дочц\w*|дочер\w*|дівчин\w*|син\w*|"
    r"онук\w*|онуч\w*)\s+(?:[\w']+\s+){0,2}?(?:1[0-6]|[89])\b(?!\s*(?:рок\w*\s+тому|хв|год|%|:))"
)
_UK_OLDER_MAN = (
    r"\bйому\s+(?:вже\s+)?(?:за\s+|під\s+|більше\s+|близько\s+)?[2-6]\d\b|\bдоросл\w+\s+чолов\w*|"
    r"\bстарш\w+\s+чолов\w*"
)
_UK_MET_HIM = r"\b(?:познайом\w*|зустріча\w*|листу\w*|перепису\w*|хлопец\w*|хлопц\w*|бойфренд\w*)"
_UK_LURED = (
    r"\bкупу\w*\s+(?:їй|йому)\s+(?:речі|одяг|телефон|подарунк\w*|алкогол\w*|вино|цигарк\w*)|"
    r"\b(?:подарунк\w*|вечірк\w*|п'?ян\w*|алкогол\w*|наркот\w*|таємниц\w*)|\b(?:о|після)\s+"
    r"(?:другій|третій|четвертій|п'?ятій|\d)\s+(?:ранку|ночі)\b|\bночу\w*\s+у\s+нього\b"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_CHILD_AGED, _UK_OLDER_MAN, _UK_MET_HIM, _UK_LURED),
)

# Ukrainian in Latin letters, spelt the ways people text it: "y" or "i" for "и", "i" for "і",
# "yi" or "i" for "ї", "kh", "h" or "x" for "х", "zh" for "ж", the apostrophe typed or left out
# ("b'ye", "bye"; "p'yatii"), so a word between two others is "[\w']+". It reads wanting to die,
# being beaten, a threat to kill the writer, afraid to go home, a medical emergency (not
# breathing, blue lips, not waking), and the two kinds above: a goodbye in a few words with "I
# can't any more", and a child groomed by a much older man. Left alone: "mama mene vb'ye yakshcho
# zapiznyusya", "ne khochu zhyty v tsomu raioni", "vybachte, ne mozhu bilshe chekaty", a son who
# won't wake for school, a coach of 30 who drives the team to matches.
_UL_KILL = r"(?:v|u)b'?(?:y|j|i)?e"
_UL_KILLS_ME = rf"(?:mene\s+(?:[\w']+\s+){{0,2}}?{_UL_KILL}|{_UL_KILL}\s+mene)\b"
_UL_HE = r"(?:vin|cholovik|kolyshn(?:ii|ij|iy)|partner|khlopets|vitchym|bat'?ko)"
_UL_CANT_ANY_MORE = (
    r"ne\s+mozhu\s+bil'?she|bil'?she\s+ne\s+mozhu|nemaye\s+syl|nema\s+syl|ne\s+vytrymuyu"
)
_UL_FAREWELL = (
    r"vybach(?:te)?|probach(?:te)?|prostit'?|proshchava[iy](?:te)?|proshcha[iy](?:te)?|"
    r"buvaite|lyublyu\s+vas|ne\s+shukaite"
)
_UL_FEW_WORDS = (
    r"ya|ne\s+v\s+poryadku|ne\s+ok|tut|nikoho|nikogo|nemaye|nema|nemae|vzhe|vse|use|vsi|usi|"
    r"vsim|usim|sama?|odna|odyn|mamo|mama|tak|treba|pora|duzhe|dyakuyu|za|vtomylasya|vtomylas'?|"
    r"vtomyvsya"
)
_UL_CHILD_AGED = (
    r"\b(?:don\w*|doch\w*|divchyn\w*|syn\w*|onuk\w*|onuch\w*)\s+(?:[\w']+\s+){0,2}?"
    r"(?:1[0-6]|[89])\b(?!\s*(?:rok\w*\s+tomu|khv|hv|hod|%|:))"
)
_UL_OLDER_MAN = (
    r"\b(?:yomu|iomu|jomu)\s+(?:vzhe\s+)?(?:za\s+|pid\s+|bil'?she\s+|blyz'?ko\s+)?[2-6]\d\b|"
    r"\bdorosl\w+\s+cholovik\w*|\bstarsh\w+\s+cholovik\w*"
)
_UL_MET_HIM = (
    r"\b(?:poznayom\w*|poznaiom\w*|poznajom\w*|zustricha\w*|lystu\w*|perepysu\w*|khlopets\w*|"
    r"khloptse\w*|hlopets\w*|boyfriend\w*)"
)
_UL_LURED = (
    r"\bkupu\w*\s+(?:yii|yij|ii|iy)\s+(?:rechi|odyah|odiah|telefon|podarunk\w*|alkohol\w*|vyno|"
    r"tsyhark\w*)|\b(?:podarunk\w*|vechirk\w*|p'?yan\w*|alkohol\w*|narkot\w*|taiemnyts\w*|"
    r"tayemnyts\w*)|\b(?:o|pislya)\s+(?:druhii|tretii|chetvertii|p'?yatii|\d)\s+(?:ranku|nochi)\b"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    # wanting to die
    r"\b(?:kh|h|x)ochu\s+(?:(?:prosto|vzhe|spravdi|duzhe)\s+)?(?:pomer(?:ty|ti)|vmer(?:ty|ti)|"
    r"pokinchyty\s+z\s+soboyu|znyknuty\s+nazavzhdy)\b|\bne\s+(?:kh|h|x)och(?:u|e|et'?sya)\s+"
    r"(?:(?:bil'?she|vzhe|dali|tak)\s+){0,2}zh[yi]t[yi]\b(?!\s+(?:v|u|na|z|iz|poruch|tut|tam|"
    r"bilya)\b)|\bpokinchu\s+z\s+soboyu\b|\bnakladu\s+na\s+sebe\s+ruk[yi]\b",
    # beaten
    r"\b(?:mene|yiyi)\s+(?:[\w']+\s+)?(?:b'(?:y|j|i)?e|bye|b'?(?:y|j)ut'?|pobyv|pobyla|pobyly|"
    r"vdaryv|vdaryla|vdaryly|dushyt'?|dushyv|z?hvaltuvav|zamykaye|zamknuv|zamknula)\b"
    r"(?!\s+(?:strumom|drozh\w*|kashel\w*))",
    # a threat to kill the writer; not a mother's for lateness
    rf"^(?!.*\bzapizn)(?=.*\b{_UL_HE}\s+(?:[\w']+\s+){{0,3}}?{_UL_KILLS_ME})",
    r"^(?!.*\bzapizn)(?=.*\b(?:skazav|kazhe|krychyt'?|pyshe|napysav|obitsyaye|pohrozhuye|"
    r"yakshcho\s+(?:[\w']+\s+){0,2}?(?:pidu|rozpovim|zayavlyu|vtechu|podzvonyu|kynu|poidu|"
    r"rozluchusya|skazhu))\b(?:\W+[\w']+){0,5}?\W+" + _UL_KILLS_ME + ")",
    # afraid to go home or of him
    r"\b(?:boyusya|boyus'?|boiusia|boiusya|boyit'?sya|meni\s+strashno)\s+(?:duzhe\s+)?"
    r"(?:(?:yty|ity|povertatysya|povertatys'?|povernutysya|yikhaty|ikhaty)\s+dodomu\b"
    r"(?!.*(?:ozhelyts|snih|temno|probk))|(?:cholovika|vitchyma|kolyshn'?oho)\b)",
    # a medical emergency
    r"\bne\s+dykha(?:ye|ie|je)\b|\bhuby\s+(?:[\w']+\s+)?(?:syni|posynily|synyuyut'?)\b|"
    r"\bne\s+prokyda(?:ye|ie|je)t'?sya\b(?!.*(?:do\s+shkoly|v\s+shkolu|na\s+robotu|budyl'?nyk|"
    r"zapizn))",
    # a goodbye in a few words with "I can't any more"
    rf"^(?=.*\b(?:{_UL_CANT_ANY_MORE})\b)(?=.*\b(?:{_UL_FAREWELL})\b)"
    + made_only_of(_UL_CANT_ANY_MORE, _UL_FAREWELL, _UL_FEW_WORDS),
    # a child groomed by a much older man
    "^" + every_one_of(_UL_CHILD_AGED, _UL_OLDER_MAN, _UL_MET_HIM, _UL_LURED),
)

# Sex asked of the writer for her home by a host or landlord: if she is not "affectionate" (kind,
# compliant, will not sleep with him) he will evict her ("якщо я не буду з ним «ласкавою», він
# нас виселить", "якщо я не буду з ним спати, то виселить мене"); not a host who evicts for
# unpaid rent, nor one who asks for quiet at night.
_UK_AFFECTION_ASKED = (
    r"\bякщо\s+(?:я\s+)?не\s+(?:\w+\s+){0,3}?\W*(?:ласкав\w*|ніжн\w*|поступлив\w*|"
    r"згідлив\w*|чемн\w*\s+з\s+ним|сплю\s+з\s+ним|спатиму\s+з\s+ним|переспл\w*|"
    r"ляжу\s+з\s+ним|з\s+ним\s+(?:спати|спатиму|переспати|лягати))"
)
_UK_EVICTS = (
    r"\b(?:висел\w*|вижене|виганяє|вижену\w*|вигонить|вижен\w*|виставить|викине|на\s+вулицю|"
    r"опин\w+\s+(?:\w+\s+){0,3}на\s+вулиці)"
)
UKRAINIAN_PHRASES += ("^" + every_one_of(_UK_AFFECTION_ASKED, _UK_EVICTS),)  # i18n-exempt: input

# An ex the writer fled who is trying to find where she lives now, through her account or her
# friends ("зламав мій Telegram... щоб дізнатися, де я зараз живу. Я втекла від нього"); not an
# account recovered, nor an ex who knows the address.
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"колишн",
        r"(?:дізнатися|дізнався|знайти|шукає|знайде),?\s+(?:\S+\s+)?(?:де\s+я|мене)",
        r"втекла|втік|ховаюся|переховуюся|(?<!не\s)боюся",
    ),
)

# Gas smelt at home ("пахне газом", "запах газу", a leak) with someone who cannot be woken, is
# sick, dizzy or has a headache; not a smell at the hob with a gas engineer on the way, nor
# someone who cannot be woken for school, nor a gas leak's signs taught in a lesson. In Latin
# letters too ("pakhne hazom", "ne mozhu yoho rozbudyty").
_UK_GAS = (
    r"\b(?:пахне|тхне|смердить|смердит|чути|відчува\w*)\s+(?:\w+\s+)?газом\b|\b(?:запах|"
    r"витік|витікає|витоку)\s+(?:\w+\s+)?газу?\b|\bчадн\w+\s+газ\w*"
)
_UK_HARMED_BY_IT = (
    r"\bне\s+(?:можу|можемо|вдається|виходить)\s+(?:\w+\s+)?(?:розбудити|добудитися)\b|"
    r"\bне\s+(?:прокидається|прокидаються|реагує|відповідає)\b|\b(?:болить|болять)\s+"
    r"(?:\w+\s+)?голов\w*|\bголовний\s+біль\b|\b(?:блює|блюють|рве|нудить|паморочиться)\b|"
    r"\bзнепритомні\w*"
)
_UL_GAS = r"\bpa(?:kh|h|x)ne\s+(?:\w+\s+)?hazom\b|\bzapa(?:kh|h|x)\s+hazu\b"
_UL_HARMED_BY_IT = (
    r"\bne\s+(?:mozhu|mozhemo)\s+(?:\w+\s+)?rozbudyty\b|\bne\s+prokyda(?:ye|ie|je)t'?sya\b|"
    r"\bbolyt'?\s+(?:\w+\s+)?holova\b|\b(?:nudyt'?|blyuye|blyuyut'?)\b"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:урок|уроц|лекці|тренінг|семінар))" + every_one_of(_UK_GAS, _UK_HARMED_BY_IT),
    "^" + every_one_of(_UL_GAS, _UL_HARMED_BY_IT),
)

# Someone who has just gone out or is going with an axe, a knife or a hammer, with a sign of a
# mind in crisis: not sleeping for days, sure they are watched or followed, voices, windows
# smashed ("три дні не спить, каже що за ним стежать, щойно вийшов з сокирою"); not an axe
# taken to chop wood at the dacha, nor a knife to cut bread.
_UK_WEAPON_OUT = (
    r"(?:з|із)\s+(?:сокирою|ножем|молотком|битою)|(?:взяв|взяла|схопив|схопила|бере)\s+"
    r"(?:\S+\s+)?(?:сокиру|ніж|молоток|биту)"
)
_UK_MIND_IN_CRISIS = (
    r"не\s+(?:спить|спав|спала)|стежать|переслідують|(?:хочуть|хоче)\s+(?:\S+\s+)?(?:вбити|"
    r"отруїти)|отрую|голоси|розбив|розбила|(?:ліки|таблетки)\s+не\s+(?:п'є|приймає)"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:дров|дача|дачі|на\s+дачу|різати|нарізати|хліб|овоч|м'ясо|кухн|салат))"
    + every_one_of(_UK_WEAPON_OUT, _UK_MIND_IN_CRISIS),
)

# Someone with power over the writer (a host, a landlord, an employer) who demands sex or she
# and her child are put out ("вимагає, щоб я з ним спала, інакше викине нас"); not a host who
# says the stay ends in summer.
_UK_SLEEP = r"(?:спал[аи]?|спати|переспа\S*)"
_UK_DEMANDS_SEX = (
    rf"{_UK_SLEEP}\s+з\s+(?:ним|нею|ними)(?![\w'])|з\s+(?:ним|нею)\s+{_UK_SLEEP}|"
    r"(?:вимага|хоче|примушу|змушу|пропону)\S*\s+(?:\S+\s+){0,3}?(?:секс\S*|інтим\S*)"
)
_UK_OR_PUT_OUT = r"(?:викине|вижене|виселить|виставить|викинуть|виженуть)|на\s+вулицю"
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_DEMANDS_SEX, _UK_OR_PUT_OUT),
)

# Wishing the writer and her baby or children were gone ("краще б нас обох не було", "нас усіх")
# with tonight, "I can't any more" or a baby; not "better we hadn't been at the party".
_UK_BETTER_GONE = (
    r"(?<!\S)краще\s+б(?:и)?\s+(?:нас(?:\s+(?:обох|двох|усіх|всіх))?|мене)\s+не\s+було(?![\w'])"
    r"(?!\s+(?:на|в|у|там|тут|вдома)(?![\w']))"
)
_UK_NOW_OR_CHILD = (
    r"щось\s+(?:з)?роб|не\s+можу\s+більше|більше\s+не\s+можу|сьогодні|дитин|немовл|малюк"
)
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_BETTER_GONE, _UK_NOW_OR_CHILD),
)

# Someone calling for help behind a shut door, or not seen for days.
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:кличе\s+(?:на\s+)?допомог\w*|кричить\s+про\s+допомогу|стогне)",
        r"\bдвер\w*\s+(?:зачинен|закрит|замкнен)\w*|\bне\s+відчиня\w*|\b(?:два|три|кілька)\s+"
        r"дн\w*\s+не\s+(?:виходить|відповіда)\w*",
    ),
)

# Someone buried under earth or rubble.
UKRAINIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:його|її|їх|мене)\s+(?:засипал|завалил|придавил)\w*\s+(?:землею|піском|плитою|"
        r"стіною|уламками)|\bпід\s+завалами",
        r"\b(?:допоможіть|кричить|не\s+дихає|зараз|рятуйте)",
    ),
)
