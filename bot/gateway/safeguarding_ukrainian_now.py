"""The Ukrainian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_ukrainian, whose module has no room left). Text has
been through safeguarding_languages.fold, which keeps "ї" and "й" whole and reads the typographic
apostrophes as "'".

It reads all the tablets to be swallowed tonight or beside "I can't any more" ("сьогодні
ввечері вип'ю всі таблетки"); a man who has followed the writer from the metro, a bus or a stop
and is waiting or standing outside; someone standing with a knife who has locked the door; a
child alone at home for days without food; a child hit and bleeding from the head; the writer
to be married off to a cousin or abroad ("видати мене заміж за двоюрідного брата"); a daughter
to be cut ("хочуть обрізати доньку"); chest pain beside someone who does not speak or respond.
Left alone: tablets the doctor prescribed or bought, a friend who walked from the metro, a cake
cut with a knife, a child at home with a temperature, a child hit by a ball, a cousin's wedding
abroad, a daughter's hair to be cut, chest pain after the gym.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
and children thrown out with nowhere to sleep; the writer lost in the dark or with the phone
dying; a fire at home with no way out; a baby or child breathing badly; a fit that has gone on for
minutes; an older parent living alone who has not answered for days; a child who has not come home
and does not answer; an arm cut with blood that will not stop. Left alone: a debt to a friend,
"mum will kill me", a landlord who wants repairs, stones thrown into the water, an uncle who
collects a girl from camp, children sent out of the pool, a way found again, a fire in the hearth,
a child who eats badly, a fit of laughter, a father who asks when the writer will come, a son who
will be home late, a cut that has stopped bleeding.
Also blackmail: a threat to tell everyone or post photos unless money is paid; left alone:
photos shown at an exhibition for a fee.
Also a fight or a beating now where a woman or someone cries for help; left alone: children
fighting with pillows, boxing on the television.
Also carbon monoxide told by its signs: everyone at home with a headache beside sickness,
dizziness or sleepiness, and a boiler, gas or a heater named (not headaches after a party).
Also a threat to the writer's child or family over her evidence in court ("якщо я дам
свідчення, з моєю дитиною щось станеться"); not a lawyer's word that nothing will happen.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# All the tablets to be swallowed ("вип'ю всі таблетки"), beside tonight or "I can't any more";
# not tablets the doctor prescribed, nor bought.
_UK_SWALLOW_ALL_PILLS = (
    r"\b(?:вип'?ю|проковтну|ковтну|прийму|наковтаюся|наковтаюсь)\s+(?:\S+\s+)?(?:всі|усі|всю|"
    r"усю|цілу|цілий)\s+(?:\S+\s+)?(?:таблет\w*|пігул\w*|ліки|пачку|упаковку|снодійн\w*)"
)
_UK_TONIGHT = r"\b(?:сьогодні|ввечері|вночі|зараз|цієї\s+ночі|завтра)\b"
_UK_CANT_ANY_MORE = (
    r"\b(?:не\s+можу\s+більше|більше\s+не\s+можу|не\s+хочу\s+жити|набридло\s+жити|"
    r"прощавайте)\b"
)
_UK_AS_PRESCRIBED = r"^(?!.*(?:лікар\w*|признач\w*|виписа\w*|рецепт\w*|курс\w*|за\s+схемою))"

# A man following the writer now from the metro, a stop or a bus ("за мною від метро йде якийсь
# чоловік"), or who followed her and waits or stands outside; not a man who walked behind her
# from the metro and turned out to be going the same way.
_UK_FOLLOWING = (
    r"\bза\s+мною\s+(?:\S+\s+){0,3}?(?:йде|іде|ходить|їде|стежить|женеться|біжить|слідує)\b|"
    r"\b(?:йде|іде|ходить|їде|стежить|слідує)\s+(?:\S+\s+){0,2}?за\s+мною\b|\bпереслідує\s+мене\b"
)
_UK_FOLLOWED = (
    rf"{_UK_FOLLOWING}|\bза\s+мною\s+(?:\S+\s+){{0,3}}?(?:йшов|ішов|ходив|їхав)\b|"
    r"\b(?:йшов|ішов|їхав)\s+(?:\S+\s+){0,2}?за\s+мною\b"
)
_UK_FROM = (
    r"\bвід\s+(?:\S+\s+)?(?:метро|станції|зупинки|автобуса|вокзалу|поїзда|трамвая|тролейбуса|"
    r"електрички|роботи|школи|магазину)\b"
)
_UK_WAITING = (
    r"\b(?:стоїть|чекає|чатує|ходить)\s+(?:\S+\s+)?(?:біля|під|коло|перед|надворі|на\s+вулиці|"
    r"внизу)\b"
)
_UK_A_MAN = r"\b(?:якийсь|чоловік|мужик|хлопець|незнайом\w*|тип|дядько|хтось)\b"

# Someone standing with a knife ("стоїть з ножем") beside a door locked; not a cake being cut.
_UK_KNIFE_HELD = (
    r"\b(?:стоїть|ходить|бігає|чекає|сидить|прийшов|зайшов|кидається)\s+(?:\S+\s+){0,2}?з\s+"
    r"(?:\S+\s+)?(?:ножем|ножами|ножиком|сокирою)\b|\b(?:тримає|схопив|дістав|вихопив)\s+"
    r"(?:\S+\s+)?(?:ніж|сокиру)\b"
)
_UK_DOOR_LOCKED = (
    r"\b(?:замкнув|замкнула|замкнули|зачинив|зачинила|закрив|закрила)\s+(?:\S+\s+){0,2}?"
    r"(?:двері|нас|мене)\b|\bдвері\s+(?:\S+\s+)?(?:замкнені|на\s+замку)\b"
)
_UK_COOKING = r"^(?!.*\b(?:ріже|чистить|хліб\w*|торт\w*|овоч\w*|цибул\w*|м'?ясо)\b)"

# A child alone at home for days without food; not a child at home with a temperature.
_UK_A_CHILD = (
    r"\b(?:дитина|дитину|діти|дітей|син|сина|донька|доньку|дочка|малий|мала|малого|малу|онук|"
    r"онука|онуку|онучка)\b"
)
_UK_ALONE = r"\b(?:сам|сама|самі|самого|саму|одн[аі]|один|залишил\w*|кинул\w*)\b"
_UK_FOR_DAYS = (
    r"\b(?:два|дві|три|чотири|п'?ять|кілька|декілька|\d+)\s+(?:\S+\s+)?(?:дні|днів|доби|діб|"
    r"тижні|тижня)\b|\b(?:другий|третій)\s+день\b"
)
_UK_NO_FOOD = (
    r"\bнема(?:є)?\s+(?:що|чого)\s+їсти\b|\bбез\s+(?:їжі|їди|їства)\b|\bнічого\s+не\s+"
    r"(?:їла?|їв|їли|їсть)\b|\bголодн\w*"
)

# A child hit ("дитину вдарили") and bleeding from the head; not a child hit by a ball.
_UK_A_CHILD_HIT = (
    r"\b(?:дитин\w*|сина|сину|доньку|доньці|малого|малу|онука|онуку|дочку)\s+(?:\S+\s+)?"
    r"(?:вдарив|вдарила|вдарили|побив|побила|побили|штовхнув|штовхнула)\b|\b(?:вдарив|вдарила|"
    r"вдарили|побив|побила|побили|штовхнув|штовхнула)\s+(?:\S+\s+)?(?:дитину|сина|доньку|"
    r"малого|малу|онука|онуку|дочку)\b"
)
_UK_HEAD_BLEEDING = (
    r"\bкров\w*\s+(?:\S+\s+){0,2}?(?:з|із)\s+голов\w*|\bголов\w*\s+(?:\S+\s+){0,2}?(?:в\s+крові|"
    r"розбит\w*|кровить)|\bрозбит\w*\s+голов\w*"
)

# The writer to be married off ("видати мене заміж") beside a cousin, abroad or tickets; not a
# cousin's own wedding abroad.
_UK_MARRY_ME_OFF = (
    r"\b(?:видати|видасть|видадуть|видають|видає|віддати|віддасть|віддадуть|віддають)\s+мене\s+"
    r"(?:заміж|за)\b|\bмене\s+(?:\S+\s+)?(?:видати|видадуть|видасть|віддати|віддадуть|"
    r"віддасть)\s+заміж\b|\bодружити\s+мене\b|\bзмушу\w*\s+(?:мене\s+)?(?:вийти\s+заміж|"
    r"одружитися)\b"
)
_UK_COUSIN_OR_ABROAD = (
    r"\b(?:двоюрідн\w*|кузен\w*|за\s+кордон\w*|квитк\w*|проти\s+(?:моєї\s+)?волі)\b"
)

# A daughter, sister or granddaughter to be cut ("хочуть обрізати доньку"); not her hair, nails
# or a dress cut.
_UK_GIRL = r"(?:доньк\w*|дочк\w*|дівчинк\w*|онучк\w*|сестр\w*|мене)"
_UK_GIRL_CUT = (
    r"^(?!.*\b(?:волосс\w*|кос[иу]|чубч\w*|нігт\w*|кінчик\w*|сукн\w*|плаття|джинс\w*|рукав\w*|"
    r"гілк\w*|кущ\w*)\b)"
    rf".*(?:\bобріза\w*\s+(?:\S+\s+){{0,2}}?{_UK_GIRL}\b|\b{_UK_GIRL}\s+(?:\S+\s+){{0,3}}?"
    r"обріза\w*)"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_UK_CHEST_PAIN = (
    r"\b(?:болить|біль|пече|тисне|коле)\s+(?:\S+\s+)?(?:у|в)\s+грудях\b|\bгруди\s+болять\b|"
    r"\bболить\s+серце\b"
)
_UK_NOT_SPEAKING = (
    r"\bне\s+(?:розмовляє|говорить|відповідає|реагує|може\s+говорити)\s*(?:[.!,;]|$|і\b|та\b)|"
    r"\bвтратив\s+мову\b"
)

# A debt the writer is told they owe ("я винна йому гроші", "борг") beside a threat to hurt,
# kill or harm them or their family; not a debt to a friend settled with a discount.
_UK_DEBT = (
    r"\b(?:винен|винна|винні|заборгував\w*|заборгувал\w*)\s+(?:\S+\s+){0,2}?(?:гроші|грошей|"
    r"суму|\d+)|\bборг\w*"
)
_UK_THREAT_TO_HURT = (
    r"\b(?:зробить|зроблять)\s+(?:\S+\s+){0,2}?боляче\b|\b(?:вб'?є|вб'?ють|уб'?є|уб'?ють|"
    r"покалічить|покалічать|скривдить|скривдять|нашкодить|нашкодять|поб'?є|поб'?ють|"
    r"переб'?ють|заріже|заріжуть)\b|\bпогрожу\w*"
)
_UK_FAMILY_OR_ME = (
    r"\b(?:родин\w*|сім'?\w*|мам\w*|батьк\w*|дітей|дітям|дітьми|"
    r"мене|мені|брат\w*)\b"
)

# A landlord who wants sex for the rent ("хазяїн хоче секс замість оренди") or will report the
# writer to the Home Office; not a landlord who wants repairs instead of rent.
_UK_LANDLORD = (
    r"\b(?:хазяїн\w*|хазяйк\w*|власник\w*\s+(?:квартир\w*|житла|будинку|кімнати)|"
    r"орендодав\w*|landlord)\b"
)
_UK_SEX_OR_REPORT = (
    r"\bсекс\w*|\b(?:спати|переспати|жити)\s+з\s+ним\b|\bінтим\w*|\b(?:донесе|здасть|"
    r"настукає)\s+(?:на\s+)?мене\b|\b(?:повідомить|заявить|напише|донесе)\s+(?:\S+\s+){0,3}?"
    r"(?:home\s+office|хоум\s+офіс|міграційн\w*|імміграційн\w*|поліці\w*)"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the water.
_UK_THROWING_STONES = (
    r"\b(?:кидає|кидають|жбурляє|жбурляють|закидає|закидають|кидали|кинули|кидаються)\s+"
    r"(?:\S+\s+){0,2}?(?:камін\w*|камен\w*|цегл\w*|пляшк\w*)|\b(?:камінням|каменями|"
    r"пляшками|цеглою)\b"
)
_UK_OUR_PLACE = (
    r"\b(?:готел\w*|будин\w*|хат\w*|вікн\w*|двер\w*|квартир\w*|гуртожит\w*|нас|нам|натовп\w*)\b"
)
_UK_NOT_THE_WATER = r"^(?!.*\b(?:річк\w*|вод[уиі]|море|моря|озер\w*|ставок|ставк\w*)\b)"

# A girl or boy who a man says he is the uncle or a relative of ("каже, що він її дядько"),
# taken or driven off; not a girl whose uncle collects her from camp.
_UK_SAYS_HE_IS_KIN = (
    r"\b(?:каже|казав|говорить|сказав|називає\s+себе|видає\s+себе\s+за)\s*,?\s+(?:що\s+)?"
    r"(?:\S+\s+){0,2}?(?:дядьк\w*|дядя|родич\w*|брат\w*|опікун\w*)"
)
_UK_TAKES_AWAY = (
    r"\b(?:забирає|забере|заберуть|везе|повезе|відвезе|веде|вивозить|вивезе|забрати|"
    r"забирати)\b"
)
_UK_YOUNG = (
    r"\b1[0-7]\b|\b(?:дівчин\w*|хлопч\w*|дитин\w*|підліт\w*|племінниц\w*|племінник\w*|доньк\w*|"
    r"син\w*)"
)

# The writer and children thrown out ("викине нас з дітьми на вулицю") with nowhere to sleep
# or freezing; not children sent out of the pool at closing time.
_UK_THROWN_OUT = (
    r"\b(?:вигна\w*|виган\w*|викин\w*|викида\w*|висел\w*|вижен\w*)\s+(?:\S+\s+){0,3}?"
    r"(?:нас|мене)\b|\b(?:нас|мене)\s+(?:\S+\s+){0,2}?(?:вигна\w*|викин\w*|висели\w*|"
    r"вижен\w*)"
)
_UK_NOWHERE_TO_SLEEP = (
    r"\b(?:нема|немає|ніде)\s+(?:\S+\s+)?(?:де\s+)?(?:спати|ночувати|переночувати|жити)\b|"
    r"\b(?:мерзнемо|замерзаємо|змерзли)\b"
)

# The writer lost in the dark or with the phone dying ("я заблукала, вже темно"); not a way
# found again with the phone charged.
_UK_LOST = r"\b(?:заблукал\w*|заблукав|загубил\w*ся|загубився|не\s+знаю,?\s+де\s+я)\b"
_UK_DARK_OR_PHONE_DYING = (
    r"\bтемно\b|\bтемніє\b|\b(?:телефон|батаре\w*|заряд)\s+(?:\S+\s+)?(?:сідає|сів|сіла|"
    r"розряджається|розрядився|вимикається|закінчується)\b"
)

# A fire in the writer's home with no way out ("пожежа, я не можу вийти"); not the writer who
# cannot go out to the shop.
_UK_FIRE = (
    r"\b(?:пожежа|пожежу|пожежі|горить\s+(?:квартира|будинок|кухня|хата)|"
    r"вогонь|дим|диму)\b"
)
_UK_TRAPPED = (
    r"\bне\s+(?:можу|можемо|можуть|може)\s+(?:\S+\s+)?(?:вийти|вибратися|вибратись|виїхати|"
    r"відкрити\s+двері|втекти)\b|\bзаблоковані\b"
)

# A baby or child breathing badly or turning blue ("дитина погано дихає"); not one who sleeps
# badly.
_UK_LITTLE_ONE = (
    r"\b(?:дитина|малюк\w*|немовля\w*|син|синок|донька|доня|дочка|"
    r"малий|мала|малеча)\b"
)
_UK_NOT_BREATHING = (
    r"\b(?:погано|важко|ледве|не|дивно|хрипко)\s+(?:\S+\s+)?дихає\b|\bне\s+може\s+дихати\b|"
    r"\bзадихається\b|\bсиніє\b|\bпосині\w*"
)

# A fit or seizure that has gone on for minutes ("напад вже 5 хвилин"); not a fit of laughter.
_UK_FIT = r"\b(?:напад\w*|судом\w*|приступ\w*|епілепт\w*|конвульс\w*)"
_UK_FOR_MINUTES = (
    r"\b(?:\d+|п'?ять|десять|кілька|декілька)\s+(?:\S+\s+)?хвилин\w*|\bне\s+(?:припиняється|"
    r"зупиняється|проходить)\b"
)
_UK_NOT_A_LAUGH = r"^(?!.*\b(?:сміх\w*|кашл\w*|гикавк\w*|ревнощ\w*|лют\w*|гнів\w*|паніки)\b)"

# An older parent living alone who has not answered for days ("третій день не відповідає на
# телефон") beside a door shut, lights off or neighbours; not a father who asks when the writer
# will come.
_UK_OLDER_PARENT = r"\b(?:батько|тато|мама|мати|бабуся|бабця|дідусь|дід|свекр\w*|тесть|теща)\b"
_UK_NO_ANSWER = (
    r"\bне\s+(?:відповідає|бере\s+(?:\S+\s+)?(?:телефон|трубку)|відчиняє|виходить\s+на\s+"
    r"зв'?язок)\b"
)
_UK_ALONE_SIGN = (
    r"\b(?:живе\s+сам\w*|сам\w*\s+живе|двері\s+(?:\S+\s+)?(?:зачинен\w*|замкнен\w*)|світло|"
    r"сусід\w*)"
)

# A child who has not come home and does not answer ("сьогодні він не повернувся додому і не
# бере телефон"); not a son staying at a friend's who answers.
_UK_NOT_HOME = (
    r"\bне\s+(?:повернувся|повернулася|повернулись|повернулися|прийшов|прийшла|прийшли|"
    r"ночував|ночувала)\s+(?:\S+\s+)?(?:додому|до\s+дому|вдома)\b"
)

# The writer who has cut an arm or herself and the blood will not stop ("кров не
# зупиняється"); not a cut that has stopped bleeding.
_UK_CUT_MYSELF = (
    r"\b(?:порізал\w*|порізав|різал\w*|різав)\s+(?:\S+\s+)?(?:собі\s+)?(?:руку|руки|вени|"
    r"зап'?ястя|зап'?ясток|себе|ногу)\b|\bпорізал\w*ся\b"
)
_UK_BLEEDING_ON = (
    r"\bкров\w*\s+(?:\S+\s+)?не\s+(?:зупиняється|спиняється|припиняється|зупинити)\b|\bне\s+"
    r"можу\s+зупинити\s+кров\w*|\bбагато\s+крові\b"
)

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_UK_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:мама|мати|тато|батько)\s+(?:\S+\s+){0,2}?(?:вб'?є|уб'?є|приб'?є)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_UK_NOT_A_HEARTH = r"^(?!.*\b(?:камін\w*|мангал\w*|багатт\w*|свічк\w*|грил\w*)\b)"

# A blocked nose is not breathing badly.
_UK_NOT_THE_NOSE = r"^(?!.*\b(?:нос\w*|нежит\w*|закладен\w*)\b)"

UKRAINIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_UK_SWALLOW_ALL_PILLS, _UK_CANT_ANY_MORE),
    _UK_AS_PRESCRIBED + every_one_of(_UK_SWALLOW_ALL_PILLS, _UK_TONIGHT),
    "^" + every_one_of(_UK_A_MAN, _UK_FOLLOWING, _UK_FROM),
    "^" + every_one_of(_UK_A_MAN, _UK_FOLLOWED, _UK_WAITING),
    _UK_COOKING + every_one_of(_UK_KNIFE_HELD, _UK_DOOR_LOCKED),
    "^" + every_one_of(_UK_A_CHILD, _UK_ALONE, _UK_FOR_DAYS, _UK_NO_FOOD),
    "^" + every_one_of(_UK_A_CHILD_HIT, _UK_HEAD_BLEEDING),
    "^" + every_one_of(_UK_MARRY_ME_OFF, _UK_COUSIN_OR_ABROAD),
    _UK_GIRL_CUT,
    "^" + every_one_of(_UK_CHEST_PAIN, _UK_NOT_SPEAKING),
    _UK_NOT_A_PARENTS_TELLING_OFF + every_one_of(_UK_DEBT, _UK_THREAT_TO_HURT, _UK_FAMILY_OR_ME),
    "^" + every_one_of(_UK_LANDLORD, _UK_SEX_OR_REPORT),
    _UK_NOT_THE_WATER + every_one_of(_UK_THROWING_STONES, _UK_OUR_PLACE),
    "^" + every_one_of(_UK_YOUNG, _UK_SAYS_HE_IS_KIN, _UK_TAKES_AWAY),
    "^" + every_one_of(_UK_THROWN_OUT, _UK_NOWHERE_TO_SLEEP),
    "^" + every_one_of(_UK_LOST, _UK_DARK_OR_PHONE_DYING),
    _UK_NOT_A_HEARTH + every_one_of(_UK_FIRE, _UK_TRAPPED),
    _UK_NOT_THE_NOSE + every_one_of(_UK_LITTLE_ONE, _UK_NOT_BREATHING),
    _UK_NOT_A_LAUGH + every_one_of(_UK_FIT, _UK_FOR_MINUTES),
    "^" + every_one_of(_UK_OLDER_PARENT, _UK_NO_ANSWER, _UK_FOR_DAYS, _UK_ALONE_SIGN),
    "^" + every_one_of(_UK_A_CHILD, _UK_NOT_HOME, _UK_NO_ANSWER),
    "^" + every_one_of(_UK_CUT_MYSELF, _UK_BLEEDING_ON),
)

# Blackmail: a threat ("погрожує", "шантажує") to tell everyone about the writer or to post their
# photos ("розкаже всім", "викладе мої фото") unless money is paid; not photos to be shown at an
# exhibition once a fee is paid.
_UK_THREATENS = r"\b(?:погрож|шантаж|залякує|залякув)\w*"
_UK_EXPOSED = (
    r"\b(?:розкаж|розповіст|виклад|виставит|опублік|розішл|покаж|злиє|зли(?:ю|ти)|відправит)"
    r"\w*\s+(?:\w+\s+){0,3}?(?:всім|усім|батькам|рідним|на\s+роботі|фото\w*|відео\w*|знім\w*|"
    r"що\s+я)"
)
_UK_UNLESS_PAID = (
    r"\b(?:гроші|грошей|заплач\w*|заплатит\w*|платит\w*|віддам|гривен\w*|фунт\w*|євро)\b|£|€"
)
UKRAINIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_THREATENS, _UK_EXPOSED, _UK_UNLESS_PAID),
)

# A fight or a beating where a woman or someone screams for help, told as it happens ("сусіди
# зверху б'ються, жінка кричить і просить про допомогу"); not children fighting with pillows and
# a mother shouting them to bed, snowballs or a joke, nor boxing on the television.
_UK_FIGHT_NOW = (
    r"(?<![\w'])б'(?:ються|ється|є|ють)(?![\w'])|\b(?:лупцює|гамселить|душить|б'є\s+її)\b"
)
_UK_SCREAMS_FOR_HELP = (
    r"\b(?:просить|просила|благає)\s+(?:про\s+)?допомог\w*|\b(?:кличе|кликала|кричить|кричала|"
    r"волає)\s+(?:на\s+|про\s+)?допомог\w*|\bрятуйте\b|\bдопоможіть\b"
)
_UK_IN_PLAY = (
    r"^(?!.*\b(?:подушк\w*|бокс\w*|телевізор\w*|фільм\w*|серіал\w*|гр[аиу]\b|грають|сніжк\w*|"
    r"жарт\w*|іграшк\w*|сміх\w*|сміють\w*)\b)"
)
UKRAINIAN_NOW_PHRASES += (  # i18n-exempt: input
    _UK_IN_PLAY + every_one_of(_UK_FIGHT_NOW, _UK_SCREAMS_FOR_HELP),
)

# Carbon monoxide told by its signs: everyone at home with a headache beside sickness, dizziness
# or sleepiness, and a boiler, gas or a heater named ("в усіх болить голова і нудить, котел
# дивно гуде"); not headaches after a party with the cat slow after the vet.
_UK_ALL_OF_US = (
    r"\b(?:в|у)\s+(?:усіх|всіх|нас\s+усіх|нас\s+всіх)\b(?!\s+(?:сусідів|друзів|знайомих))|"
    r"\b(?:усі|всі)\s+(?:ми|вдома|в\s+хаті)\b|\bі\s+(?:в|у)\s+мене,?\s+і\s+(?:в|у)\b"
)
_UK_HEADACHE = r"\bболить\s+голова\b|\bголова\s+(?:\w+\s+)?болить\b|\bголовний\s+біль\b"
_UK_SICK_OR_DIZZY = (
    r"\b(?:нудить|нудота|блюю\w*|блює\w*|блюва\w*|паморочит\w*|запамороч\w*|сонн\w+|"
    r"ледве\s+(?:ходить|ходимо|стоїть|встає))\b"
)
_UK_GAS = (
    r"\b(?:котел|котла|котлом|колонк\w+|газов\w+|газ|газу|чадн\w+|бойлер\w*|пічк\w+|"
    r"обігрівач\w*|генератор\w*)\b"
)
UKRAINIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_ALL_OF_US, _UK_HEADACHE, _UK_SICK_OR_DIZZY, _UK_GAS),
)

# A threat to the writer's child or family over her evidence ("якщо дам свідчення, з моєю
# дитиною щось станеться"); not a lawyer's word that nothing will happen to the child.
_UK_TESTIMONY = r"\b(?:свідчення|свідчень|свідчити|свідчитиму|показання|показань|свідком)\b"
_UK_MY_OWN = r"(?:дитиною|сином|донькою|дочкою|дітьми|сім'єю|родиною)"
_UK_HARM_TO_MY_OWN = (
    rf"\bз\s+(?:моєю\s+|моїм\s+|твоєю\s+|вашою\s+|вашим\s+)?{_UK_MY_OWN}\s+(?:\w+\s+)?"
    rf"(?:щось\s+(?:станеться|трапиться|буде)|буде\s+біда)|"
    rf"\bщось\s+(?:станеться|трапиться)\s+з\s+(?:\w+\s+)?{_UK_MY_OWN}\b"
)
UKRAINIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_TESTIMONY, _UK_HARM_TO_MY_OWN),
)
