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
)
