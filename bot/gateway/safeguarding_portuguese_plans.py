"""The Portuguese phrase net's readings of a plan to end one's life said plainly (read by
safeguarding_languages with safeguarding_portuguese, whose module is near its limit), in
Brazilian and European Portuguese and the way they are texted ("vo me mata", "hj", "to com"):
the verb of ending one's life in the first person, future or decided ("hoje à noite me mato",
"decidi acabar com a minha vida", "vou pôr fim à minha vida", "amanhã já não vou estar viva",
"é a última vez que vocês me veem"), throwing oneself from a bridge or under a train, and a
means made ready (tablets kept, a rope, a loaded gun, a hose to the exhaust, the bridge or the
tracks gone to) beside a goodbye, a choice made or a time with the end said ("tenho os
comprimidos guardados. Amanhã acabo com isto").
Text has been through safeguarding_languages.fold (no accents: "última" reads "ultima").

Left alone: "hoje me mato de trabalhar", "decidi acabar com tudo isso de dieta", "amanhã já não
vou estar no escritório", the last time seen with long hair, a jump into the pool, tablets kept
for a trip, a rope for the washing line, a gun for the hunt, the bridge gone to for the
fireworks, a goodbye or the affairs put in order with no means.
Also a farewell letter left by someone who is gone or does not answer (not a goodbye card for a
teacher or a colleague, a retirement, nor someone back home or who has rung).
Also someone who has died whom the writer wants to be with tonight, beside tablets bought or
kept (not flowers bought for the grave).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_PT_DAY = (
    r"(?:hoje(?:\s+a\s+noite|\s+de\s+noite)?|hj(?:\s+a\s+noite|\s+de\s+noite)?|esta\s+noite|"
    r"essa\s+noite|amanha|no\s+(?:sabado|domingo)|na\s+(?:segunda|terca|quarta|quinta|sexta)"
    r"(?:-feira)?|(?:este|esse)\s+(?:fim\s+de\s+semana|fds)|(?:esta|essa)\s+semana)"
)
# The verb in the first person, future or decided; not "me mato de trabalhar", "acabar com tudo
# isso de dieta", nor "não vou estar no escritório".
_PT_MY_LIFE_ENDED = (
    rf"\b(?:me\s+mato|mato-me|me\s+suicido|suicido-me)\s+(?:\w+\s+)?{_PT_DAY}\b|"
    rf"\b{_PT_DAY}\s+(?:eu\s+)?(?:me\s+mato|mato-me|me\s+suicido|suicido-me)\b"
    r"(?!\s+(?:de|a|no|na)\b)|\b(?:vo|vou)\s+me\s+mata\b|\bvo\s+me\s+matar\b|"
    r"\b(?:ja\s+)?decidi\s+(?:que\s+vou\s+)?(?:morrer|me\s+matar|matar-me|me\s+suicidar|"
    r"acabar\s+com\s+(?:tudo|a\s+minha\s+vida|minha\s+vida)|por\s+fim\s+a\s+(?:minha\s+)?vida|"
    r"tirar\s+a\s+minha\s+(?:propria\s+)?vida)\b(?!\s+(?:o|os|a|as|isso|isto|de|do|da)\b)|"
    r"\b(?:vou|vo)\s+por\s+fim\s+a\s+(?:minha\s+)?vida\b|"
    rf"\b{_PT_DAY}\s+(?:eu\s+)?(?:acabo|vou\s+acabar)\s+com\s+(?:tudo|a\s+minha\s+vida|"
    r"minha\s+vida)\s*(?:[.!…,]|$)|\b(?:ja\s+)?nao\s+(?:vou\s+estar|estarei)\s+(?:mais\s+)?"
    r"(?:viv[oa]|neste\s+mundo|entre\s+voces)\b|\b(?:e|sera|essa\s+e|esta\s+e)\s+a\s+ultima\s+"
    r"vez\s+que\s+(?:voces\s+)?me\s+(?:veem|vem|ves|verao|vao\s+ver)\s*(?:[.!…]|$)"
)
# Throwing oneself from a bridge or under a train; not a jump into the pool or the sea.
_PT_THROW_MYSELF = (
    r"\b(?:me\s+(?:jogar|jogo|atirar|atiro|joga)|jogar-me|atirar-me)\s+(?:da|do|de|para\s+(?:a|o)|"
    r"pra|embaixo\s+d[oa]|debaixo\s+d[oa]|na\s+frente\s+d[oa]|a\s+frente\s+d[oa])\s+(?:\w+\s+)?"
    r"(?:ponte|janela|predio|varanda|viaduto|trem|comboio|metro|trilhos|linha|caminhao|"
    r"penhasco|falesia)\b"
)
_PT_FOR_FUN = r"^(?!.*\b(?:piscina|mar|praia|bungee|paraquedas|tirolesa|agua|mergulh\w*)\b)"
PORTUGUESE_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _PT_MY_LIFE_ENDED,
    _PT_FOR_FUN + every_one_of(_PT_THROW_MYSELF),
)

# A means made ready beside a goodbye, a choice made or a time with the end said; or the bridge
# or the tracks gone to with the end said ("hoje vou pra ponte e acabou").
_PT_TABLETS = r"(?:comprimidos|remedios|pilulas|medicamentos|calmantes|pastilhas)"
_PT_MEANS_READY = (
    r"\b(?:guardei|juntei|escondi|separei|tenho\s+guardad[oa]s|(?:estou|to|tou)\s+(?:guardando|"
    rf"juntando|a\s+guardar|a\s+juntar))\s+(?:\w+\s+){{0,2}}?{_PT_TABLETS}\b|\b{_PT_TABLETS}\s+"
    r"(?:\w+\s+)?(?:guardad[oa]s|escondid[oa]s|juntad[oa]s|separad[oa]s|pront[oa]s)\b|"
    r"\b(?:uma|a)\s+corda\b|\b(?:arma|pistola|espingarda|revolver|cacadeira)\s+(?:\w+\s+)?"
    r"carregad[oa]\b|\bmangueira\s+(?:\w+\s+){0,3}?(?:no|ao|do)\s+(?:cano\s+de\s+|tubo\s+de\s+)?"
    r"escape(?:mento)?\b"
)
_PT_GOES_TO_THE_END = (
    r"\b(?:vou|vo|irei)\s+(?:\w+\s+)?(?:pra|para|a|ate)\s+(?:a\s+)?(?:ponte|linha\s+do\s+"
    r"(?:comboio|trem)|os\s+trilhos|o\s+viaduto)\b"
)
_PT_THE_END_SAID = (
    r"\b(?:acabou|e\s+o\s+fim|acaba\s+tudo|tudo\s+acaba)\s*(?:[.!…]|$)|\badeus\b|\bpara\s+"
    r"acabar\s+com\s+tudo\b"
)
_PT_GOODBYE_OR_CHOICE = (
    rf"{_PT_THE_END_SAID}|\b(?:ja\s+)?decidi\s*(?:[.!…]|$)|\bobrigad[oa]\s+por\s+tudo\b|"
    r"\b(?:dei|doei|deixei)\s+(?:o\s+|a\s+)?(?:meu|minha|o|a)\s+(?:cachorr[oa]|cao|cadela|"
    r"gat[oa])\b|\b(?:ja\s+)?deixei\s+tudo\s+(?:arrumado|organizado|em\s+ordem|resolvido|"
    r"pronto)\b|\b(?:e|vai\s+ser|sera|foi)\s+(?:a\s+)?(?:minha\s+)?ultima\s+(?:vez|saida|"
    rf"sessao|aula)\b|\b{_PT_DAY}\s+(?:eu\s+)?(?:acabo\s+com\s+(?:isto|isso|tudo)|faco\s+isso)"
    rf"\b|\b(?:faco|vou\s+fazer)\s+isso\s+{_PT_DAY}\b"
)
_PT_FOR_AN_ERRAND = (
    r"^(?!.*\b(?:viagem|ferias|varal|roupa|estender|acampamento|camping|escalada|barco|caca|"
    r"pesca|dor\s+de\s+cabeca|enxaqueca|alergi\w*|mecanico|oficina|fogos|passeio|mudanca|"
    r"moveis|amarrar)\b)"
)
PORTUGUESE_PLANS_PHRASES += (  # i18n-exempt: input
    _PT_FOR_AN_ERRAND + every_one_of(_PT_MEANS_READY, _PT_GOODBYE_OR_CHOICE),
    _PT_FOR_AN_ERRAND + every_one_of(_PT_GOES_TO_THE_END, _PT_THE_END_SAID),
)

# A farewell letter or note left by someone who is gone or does not answer ("deixou uma carta
# de despedida e não está em casa", "escreveu um bilhete de adeus, não atende o telemóvel"); not
# a goodbye card for a teacher or a colleague, nor someone back home or who has rung.
_PT_FAREWELL_NOTE = (
    r"\b(?:carta|bilhete|mensagem|recado)\s+de\s+(?:despedida|adeus)\b(?!\s+(?:para|pra|a|ao)\s+"
    r"(?:\w+\s+)?(?:professor\w*|colega\w*|chefe|turma|vizinh\w*))"
)
_PT_GONE_OR_SILENT = (
    r"\b(?:nao|n)\s+(?:esta|ta)\s+em\s+casa\b|\b(?:saiu|fugiu|foi\s+embora|desapareceu|sumiu)\b|"
    r"\b(?:nao|n)\s+(?:atende|responde)\b|\b(?:telemovel|celular|telefone)\s+(?:\w+\s+)?"
    r"(?:desligado|off)\b"
)
_PT_BACK_OR_RUNG = (
    r"^(?!.*\b(?:(?:ja\s+)?voltou|ja\s+(?:esta|ta)\s+em\s+casa|ligou|atendeu|esta\s+bem|ta\s+bem|"
    r"reforma\w*|festa)\b)"
)
PORTUGUESE_PLANS_PHRASES += (  # i18n-exempt: input
    _PT_BACK_OR_RUNG + every_one_of(_PT_FAREWELL_NOTE, _PT_GONE_OR_SILENT),
)

# Someone who has died, whom the writer wants to be with or join tonight, beside tablets bought
# or kept ("meu filho morreu ... comprei os comprimidos, quero ficar com ele esta noite"); not
# flowers bought for the grave, nor tablets for a headache.
_PT_A_DEATH = r"\b(?:morreu|morreram|faleceu|faleceram|morte|falecimento|partiu)\b"
_PT_TABLETS_GOT = (
    rf"\b(?:comprei|juntei|guardei|arranjei|tenho)\s+(?:\w+\s+){{0,2}}?{_PT_TABLETS}\b|"
    + _PT_MEANS_READY
)
_PT_JOIN_THEM = (
    r"\b(?:quero|vou)\s+(?:ficar|estar)\s+(?:com\s+|junto\s+d)(?:ele|ela|eles)\s+"
    rf"{_PT_DAY}\b|\b(?:quero|vou)\s+(?:ter\s+com|juntar-me\s+a|me\s+juntar\s+a|ir\s+(?:para|pra)"
    r"\s+junto\s+d)\s*(?:ele|ela|eles)\b"
)
PORTUGUESE_PLANS_PHRASES += (  # i18n-exempt: input
    _PT_FOR_AN_ERRAND + every_one_of(_PT_A_DEATH, _PT_TABLETS_GOT, _PT_JOIN_THEM),
)
