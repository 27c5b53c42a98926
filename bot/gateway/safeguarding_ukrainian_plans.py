"""The Ukrainian phrase net's reading of a plan to end one's life said plainly (read by
safeguarding_languages with safeguarding_ukrainian, whose module has no room left), in Cyrillic
and in the Latin letters people text it in ("zavtra pokinchu z soboyu"). Text has been through
safeguarding_languages.fold, which keeps "ї" and "й" whole.

It reads the writer's own death in the first person, future or decided: "я вирішив піти з
життя", "покінчу з життям", "повішуся", "вб'ю себе", "кинуся під потяг", "стрибну з мосту",
"мене не буде в живих", "завтра мене вже не буде."; tablets gathered and all to be swallowed
("назбирав таблеток, завтра вип'ю всі"); a means held (a rope, a gun) beside a day or time and
a decision or a goodbye, and a place gone to (the rails, a bridge, a river) beside a day or time
and a goodbye. Left alone: smoking or a job given
up, time killed with a series, a face mask put on, a train caught tonight, tablets packed for a
trip, a rope for the washing, "мене не буде в офісі".
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_means_beside_a_plan, every_one_of

# The writer's own death, in the first person, future or decided.
_UK_TO_DIE = (
    r"піти\s+з\s+життя|покінчити\s+(?:з\s+собою|з\s+життям|життя\s+самогубством)|померти|"
    r"вмерти|накласти\s+на\s+себе\s+руки|вбити\s+себе|повіситися|застрелитися|отруїтися"
)
_UK_UNDER_OR_OFF = (
    r"\b(?:кинуся|кинусь|ляжу|стрибну)\s+під\s+(?:\w+\s+)?(?:потяг|поїзд|електричку|машину|"
    r"вантажівку|трамвай|метро)\b|\bстрибну\s+(?:з|зі|із)\s+(?:\w+\s+)?(?:мосту|даху|вікна|"
    r"балкона|балкону|багатоповерхівки|скелі)\b"
)
_UK_GONE = (
    r"\bмене\s+(?:вже\s+)?не\s+буде\s+(?:вже\s+)?(?:в|серед)\s+живих\b|\bне\s+буду\s+(?:вже\s+)?"
    r"жив(?:ий|ою|им|а)\b|\b(?:мене\s+вже\s+не\s+буде|вже\s+не\s+буде\s+мене)\s*(?:[.!…]|$)"
)
UKRAINIAN_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"\b(?:вирішила?|вирішив|вирішено|наважилася|наважився|зважилася|зважився)\s+(?:\S+\s+)"
    rf"{{0,2}}?(?:{_UK_TO_DIE})\b",
    r"\b(?:піду\s+з\s+життя|покінчу\s+з\s+(?:життям|собою)|повішуся|повішусь|застрелюся|"
    r"застрелюсь|отруюся|отруюсь|вб'?ю\s+себе|себе\s+вб'?ю)\b",
    r"^(?!.*\b(?:банджі|парашут\w*)\b).*(?:" + _UK_UNDER_OR_OFF + ")",
    _UK_GONE,
)

# Tablets gathered, to be swallowed all ("назбирав таблеток, завтра вип'ю всі"); not tablets
# packed for a trip ("візьму всі з собою").
_UK_TABLETS_GATHERED = (
    r"\b(?:назбира\w*|зібра\w*|накопичи\w*|відкла\w*|сховал\w*|сховав)\s+(?:\S+\s+)?"
    r"(?:таблет\w*|пігул\w*|снодійн\w*|ліки|ліків)"
)
_UK_SWALLOW_ALL = (
    r"\b(?:вип'?ю|проковтну|прийму|ковтну)\s+(?:\S+\s+)?(?:всі|усі|всю|усю|їх\s+усі|їх\s+всі|"
    r"все|усе)\b"
)
# A means held (a rope, a gun) beside a day or time and a decision or a goodbye; a place gone to
# (the rails, a bridge, a roof, a river) beside a day or time and a goodbye. Not a rope for the
# washing, fishing, a train ticket, photos from a bridge, a walk over a bridge decided.
_UK_MEANS = r"(?:мотузк\w*|мотузок|зашморг\w*|петл\w*|рушниц\w*|пістолет\w*|зброя|зброю)"
_UK_MEANS_HELD = (
    rf"\b(?:маю|є|купив|купила|приготував|приготувала|знайшов|знайшла|дістав|дістала|сховав|"
    rf"сховала)\s+(?:\S+\s+){{0,2}}?{_UK_MEANS}\b|\b{_UK_MEANS}\s+(?:\S+\s+)?(?:вже\s+)?"
    r"(?:готов\w*|чекає|є)\b"
)
_UK_PLACE = (
    r"\b(?:піду|йду|іду|ходжу|поїду|їду)\s+(?:\S+\s+){0,2}?(?:на|до|під)\s+(?:\S+\s+)?(?:міст|"
    r"мосту|колії|рейки|річк\w*|дах)\b"
)
_UK_DECIDED = (
    r"\b(?:вирішила?|вирішив|вирішено)\s*(?:[.!…,;]|$)|\bвсе\s+(?:вже\s+)?(?:підготува\w*|"
    r"підготовлено|продума\w*)"
)
_UK_GOODBYE = (
    r"\bпрощавайте\s*(?:[.!…,;]|$)|\b(?:пробачте|вибачте)\s+за\s+все\b|\bне\s+шукайте\s+мене\b|"
    r"\bне\s+"
    r"повернуся\s*(?:[.!…,]|$)|\bне\s+буду\s+(?:вже\s+)?(?:нікому\s+|вам\s+)?тягарем\b|\bце\s+"
    r"кінець\b"
)
_UK_WHEN = (
    r"\b(?:сьогодні|ввечері|вночі|завтра|післязавтра|цього\s+тижня|скоро|незабаром|"
    r"(?:в|у)\s+(?:понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю|вихідні)|"
    r"після\s+(?:\S+\s+)?вихідн\w*)\b"
)
_UK_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:білизн\w*|прання|риболов\w*|рибалк\w*|вудк\w*|квит\w*|фото\w*|туризм\w*|"
    r"альпін\w*|тир\w*|скакалк\w*|банджі|парашут\w*)\b)"
    rf"(?!.*{_UK_MEANS}\s+для\b)"
)
UKRAINIAN_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UK_TABLETS_GATHERED, _UK_SWALLOW_ALL),
    _UK_EVERYDAY_MEANS
    + a_means_beside_a_plan(_UK_MEANS_HELD, _UK_PLACE, _UK_DECIDED, _UK_GOODBYE, _UK_WHEN),
)

# The same in Latin letters ("zavtra pokinchu z soboyu", "vyrishyla pity z zhyttya"); "y" or "i"
# for "и", "i" for "і".
_UL_LIFE = r"(?:zhytt(?:ya|ia|yam|iam|jam|ja)|soboyu|soboiu|soboju)"
UKRAINIAN_PLANS_PHRASES += (  # i18n-exempt: input
    rf"\bpokinch(?:u|y)\s+z\s+{_UL_LIFE}\b|\b(?:vy|vi)rish(?:y|i)(?:v|la)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:pomerty|pomerti|pity\s+z\s+{_UL_LIFE}|pokinchy?ty\s+z\s+{_UL_LIFE})\b",
)
