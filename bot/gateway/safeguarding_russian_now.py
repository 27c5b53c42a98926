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
    r"\b(?:запер|заперла|заперли|замкнул|замкнула|закрыл|закрыла|закрыли)\s+(?:\S+\s+){0,2}?(?:дверь|двери|нас|"
    r"меня)\b|\bдверь\s+(?:\S+\s+)?(?:заперта|на\s+замке)\b"
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
)
