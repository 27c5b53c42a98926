"""The Portuguese phrase net's readings of a medical emergency told by its signs (read by
safeguarding_languages with safeguarding_portuguese, whose module is near full). Text has been
through safeguarding_languages.fold, so patterns are read without accents ("água sanitária"
reads "agua sanitaria").

It reads a child or someone else who has drunk or swallowed bleach, a cleaning product or a
poison ("meu filho bebeu água sanitária que tava debaixo da pia, tá babando").
Left alone: a child who almost drank it or did not, bleach kept under the sink beside a drink of
juice, a swallow told as yesterday's or last week's or as all well now, a soap opera or a film.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_PT_SOMEONE = (
    r"\b(?:filh[oa]|bebe|nenem|crianca|menin[oa]|net[oa]|sobrinh[oa]|irma[o]?|pai|mae|mulher|"
    r"marido|avo|vo|el[ae])\b"
)
_PT_DRANK = r"\b(?:bebeu|engoliu|tomou|comeu|ingeriu|bebeu\s+um\s+gole\s+de)\s+(?:\w+\s+){0,2}?"
_PT_POISON = (
    r"(?:agua\s+sanitaria|candida|cloro|alvejante|soda\s+caustica|desinfetante|detergente|"
    r"amaciante|veneno|raticida|chumbinho|produto\s+de\s+limpeza|querosene|gasolina|"
    r"acido\s+muriatico|pastilha\s+de\s+(?:lava|maquina))\b"
)
_PT_NOT_DONE = (
    r"\b(?:quase|nao\s+(?:\w+\s+)?(?:bebeu|engoliu|tomou)|ja\s+(?:ta|esta)\s+(?:tudo\s+)?bem|"
    r"semana\s+passada|ano\s+passado|mes\s+passado|ontem|novela|filme|serie)\b"
)

PORTUGUESE_SIGNS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*{_PT_NOT_DONE})" + every_one_of(_PT_SOMEONE, _PT_DRANK + _PT_POISON),
)
