"""The Ukrainian phrase net's reading of a hate attack or threat now (read by
safeguarding_languages with safeguarding_ukrainian, whose module has no room left): someone
threatened with a knife, beaten or their home attacked for being Ukrainian or a foreigner, or
with a sign it is now or will come again ("сусід щойно погрожував ножем моїй мамі через те, що
ми українці, і сказав, що повернеться вночі"). Text has been through
safeguarding_languages.fold.

Left alone: a knife bought for the kitchen, a neighbour who says he will come back for his
ladder, a war told of from home.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A threat with a weapon, a beating or an attack on the home.
_UK_ATTACKED = (
    r"погрож\w*\s+(?:\S+\s+){0,2}(?:ножем|ножа|пістолетом|сокирою|вбити|вбʼє|уб'є|вб'є)|"
    r"(?:кинув|кинули|кидають)\s+(?:\S+\s+)?(?:камін\w*|камені|пляшку)\s+(?:\S+\s+)?(?:у|в)\s+"
    r"(?:вікн\w*|двер\w*)|(?:підпалив|підпалили|підпалять|підпалить)\s+\S+|"
    r"(?:б'ють|побили|напали|напав|нападають)\s+(?:на\s+)?(?:\S+\s+)?(?:мене|нас|маму|тата|"
    r"сина|доньку|брата|сестру|її|його)"
)
# For who they are, or now and again soon, or someone alone.
_UK_FOR_WHO_OR_NOW = (
    r"(?:через\s+те,?\s+що|бо|тому\s+що)\s+(?:ми|я|вона|він)\s+(?:українц\w*|українк\w*|"
    r"іноземц\w*|чорн\w*|мусульман\w*|євре\w*)|щойно|зараз|поверн\w*|прийде\s+знову|"
    r"сама\s+вдома|сам\s+вдома|вночі|сьогодні\s+ввечері"
)
UKRAINIAN_HATE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_UK_ATTACKED, _UK_FOR_WHO_OR_NOW),
)
