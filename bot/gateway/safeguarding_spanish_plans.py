"""The Spanish phrase net's readings of a plan to end one's life said plainly (read by
safeguarding_languages with safeguarding_spanish, whose module has no room left): the verb of
ending one's life in the first person, future or decided ("me quitaré la vida", "he decidido
matarme", "esta noche me mato", "el lunes ya no estaré viva", "es la última vez que me veis"),
throwing oneself from a bridge or under a train, and a means made ready (tablets kept, a rope, a
loaded gun, a hose to the exhaust, the bridge or the tracks gone to) beside a goodbye, a choice
made or a time with "lo hago" ("he guardado las pastillas y el domingo lo hago").
Text has been through safeguarding_languages.fold (no accents: "último" reads "ultimo").

Left alone: "me mato a estudiar", "he decidido acabar con todo lo pendiente", "el lunes ya no
estaré en la oficina", the last time seen with long hair, a dive from a board, tablets kept for
a trip, a rope for the washing line, a gun for the hunt, the bridge gone to for the fireworks, a
goodbye or the affairs put in order with no means.
Also someone else on a balcony, a railing, a roof or a bridge who says they will throw themselves
(not a dive into the pool, nor "se va a tirar toda la tarde", will spend all afternoon).
Also a carer's plan to end both lives, the writer's and the one cared for ("pienso acabar con
los dos"), beside the tablets, a time or not being able to go on (not two chapters to finish).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_ES_DAY = (
    r"(?:esta\s+noche|manana|hoy|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"este\s+(?:fin\s+de\s+semana|finde|domingo|sabado)|esta\s+semana)"
)
# The verb in the first person, future or decided; not "me mato a estudiar", "acabar con todo
# lo pendiente", nor "no estaré en la oficina".
_ES_MY_LIFE_ENDED = (
    r"\bme\s+(?:matare|suicidare|quitare\s+la\s+vida)\b(?!\s+(?:a|de)\b)|\bme\s+quito\s+la\s+"
    r"vida\b|\b(?:he|ya\s+he|lo\s+he|ya\s+lo\s+he)\s+decidido\s*[:,]?\s*(?:que\s+voy\s+a\s+)?"
    r"(?:morir(?:me)?|matarme|suicidarme|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida))"
    r"\b(?!\s+(?:lo|el|la|los|las|esto|eso|de|del)\b)|\bdecidi\s+(?:matarme|suicidarme|"
    r"quitarme\s+la\s+vida|acabar\s+con\s+mi\s+vida)\b|"
    rf"\bme\s+(?:mato|suicido)\s+(?:\w+\s+)?{_ES_DAY}\b|\b{_ES_DAY}\s+me\s+(?:mato|suicido)\b"
    r"(?!\s+(?:a|de|estudiando|trabajando|corriendo|limpiando)\b)|"
    rf"\b{_ES_DAY}\s+(?:\w+\s+)?(?:acabo|termino)\s+con\s+(?:todo|mi\s+vida)\s*(?:[.!…,]|$)|"
    r"\b(?:ya\s+)?no\s+(?:estare|voy\s+a\s+estar)\s+(?:viv[oa]|en\s+este\s+mundo|entre\s+"
    r"(?:vosotros|ustedes))\b|\b(?:es|sera|esta\s+es)\s+la\s+ultima\s+vez\s+que\s+me\s+"
    r"(?:veis|ves|ven|vereis|veran|veras)\s*(?:[.!…]|$)"
)
# Throwing oneself from a bridge or under a train; not a dive into the pool or a bungee jump.
_ES_THROW_MYSELF = (
    r"\b(?:me\s+(?:tiro|tirare|lanzo|lanzare|arrojo|voy\s+a\s+tirar|voy\s+a\s+lanzar)|tirarme|"
    r"lanzarme|arrojarme)\s+(?:desde|de|del|por|al|a|bajo|debajo\s+de)\s+(?:\w+\s+)?(?:puente|"
    r"ventana|balcon|azotea|tejado|edificio|tren|metro|vias|camion|acantilado)\b"
)
_ES_FOR_FUN = r"^(?!.*\b(?:piscina|mar|playa|puenting|tirolina|paracaidas|banarme|agua)\b)"
SPANISH_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _ES_MY_LIFE_ENDED,
    _ES_FOR_FUN + every_one_of(_ES_THROW_MYSELF),
)

# A means made ready beside a goodbye, a choice made or a time with "lo hago"; or the bridge,
# the tracks or the river gone to with the end said ("esta noche voy al puente y se acabó").
_ES_TABLETS = r"(?:pastillas|pildoras|somniferos|calmantes|comprimidos|medicamentos)"
_ES_MEANS_READY = (
    r"\b(?:he\s+guardado|guarde|tengo\s+guardad[oa]s|he\s+juntado|junte|he\s+escondido|"
    rf"escondi|he\s+ahorrado|he\s+reunido)\s+(?:\w+\s+){{0,2}}?{_ES_TABLETS}\b|\b{_ES_TABLETS}"
    r"\s+(?:\w+\s+)?(?:guardad[oa]s|escondid[oa]s|juntad[oa]s|preparad[oa]s|list[oa]s)\b|"
    r"\b(?:una|la)\s+(?:cuerda|soga)\b|\b(?:pistola|escopeta|arma|rifle|revolver)\s+(?:\w+\s+)?"
    r"cargad[oa]\b|\bmanguera\s+(?:\w+\s+){0,3}?(?:al|en\s+el|del)\s+(?:tubo\s+de\s+)?escape\b"
)
_ES_GOES_TO_THE_END = (
    r"\b(?:voy|ire|me\s+voy)\s+(?:\w+\s+)?(?:al\s+puente|a\s+las\s+vias|al\s+rio|al\s+"
    r"acantilado)\b"
)
_ES_THE_END_SAID = (
    r"\b(?:se\s+acabo|se\s+acaba\s+todo|todo\s+se\s+acaba|se\s+termina\s+todo|todo\s+"
    r"(?:terminara|acabara))\s*(?:[.!…]|$)|\badios\b|\bpara\s+acabar\s+con\s+todo\b|"
    r"\bme\s+tiro\b"
)
_ES_GOODBYE_OR_CHOICE = (
    rf"{_ES_THE_END_SAID}|\b(?:ya\s+)?(?:lo\s+)?(?:he\s+decidido|tengo\s+decidido|esta\s+"
    r"decidido)\s*(?:[.!…]|$)|\bgracias\s+por\s+todo\b|\b(?:he\s+regalado|he\s+dado|regale|di|"
    r"deje)\s+(?:a\s+)?(?:mi|el|la|mis|los)\s+(?:perr[oa]s?|gat[oa]s?)\b|\b(?:lo\s+)?(?:he\s+"
    r"dejado|deje)\s+todo\s+(?:arreglado|en\s+orden|atado|organizado)\b|\b(?:es|sera|ha\s+"
    r"sido|fue)\s+(?:la|mi)\s+ultima\s+(?:vez|salida|sesion|clase)\b|"
    rf"\b{_ES_DAY}\s+(?:\w+\s+)?lo\s+(?:hago|hare)\b|\blo\s+(?:hago|hare)\s+{_ES_DAY}\b"
)
_ES_FOR_AN_ERRAND = (
    r"^(?!.*\b(?:viaje|vacaciones|tender|ropa|colada|camping|escalada|barco|caza|tiro\s+"
    r"deportivo|pesca|dolor\s+de\s+cabeza|migrana|alergi\w*|mecanico|taller|fuegos\s+"
    r"artificiales|paseo)\b)"
)
SPANISH_PLANS_PHRASES += (  # i18n-exempt: input
    _ES_FOR_AN_ERRAND + every_one_of(_ES_MEANS_READY, _ES_GOODBYE_OR_CHOICE),
    _ES_FOR_AN_ERRAND + every_one_of(_ES_GOES_TO_THE_END, _ES_THE_END_SAID),
)

# The tablets at hand and to be taken, beside despair or everything lost ("perdí todo
# apostando, ya no puedo más, tengo las pastillas aquí y me las voy a tomar esta noche"); not
# tablets taken after dinner, for a cold or as the doctor says.
_ES_TABLETS_NAMED = (
    r"\b(?:pastillas|pildoras|medicinas|medicamentos|calmantes|somniferos|paracetamol)\b"
)
_ES_TO_TAKE_THEM = (
    r"\bme\s+(?:las|los)\s+(?:voy\s+a\s+tomar|tomare|tomo|voy\s+a\s+tragar|trago|tragare)\b|"
    r"\b(?:tomarmel|tragarmel)[ao]s\b"
)
_ES_DESPAIR_OR_ALL_LOST = (
    r"\bya\s+no\s+(?:puedo|aguanto)\s+mas\b|\bno\s+(?:puedo|aguanto)\s+mas\b|\b(?:lo\s+)?perdi\s+"
    r"(?:todo|todos?\s+mis\s+ahorros|la\s+casa)\b|\bno\s+quiero\s+(?:seguir|vivir)\b|"
    r"\bse\s+acabo\b"
)
SPANISH_PLANS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:despues\s+de\s+(?:cenar|comer|desayunar)|con\s+(?:la\s+)?comida|resfriado|"
    r"gripe|catarro|fiebre|dolor\s+de\s+(?:cabeza|muelas|espalda)|como\s+(?:me\s+)?(?:dijo|dice|"
    r"mando)|receta|medico)\b)"
    + every_one_of(_ES_TABLETS_NAMED, _ES_TO_TAKE_THEM, _ES_DESPAIR_OR_ALL_LOST),
)

# Someone else who says or threatens to throw themselves, on a balcony, a railing, a window
# ledge, a roof or a bridge ("está sentado en la barandilla, dice que se va a tirar"); not a
# dive into the pool, nor "se va a tirar toda la tarde" (will spend all afternoon) or "en la
# hamaca" (lie down).
_ES_THEY_WILL_JUMP = (
    r"\b(?:se\s+(?:va|iba)\s+a\s+(?:tirar|lanzar|arrojar)|(?:va\s+a|iba\s+a|quiere)\s+"
    r"(?:tirarse|lanzarse|arrojarse)|amenaza\w*\s+con\s+(?:tirarse|lanzarse|arrojarse)|se\s+"
    r"quiere\s+(?:tirar|lanzar))\b(?!\s+(?:el|la|los|las|un|una|unos|unas|todo|toda|todos|"
    r"todas|horas|dias|mucho|mucha|pedos?|en|sobre|encima)\b)"
)
_ES_HIGH_PLACE = (
    r"\b(?:balcon|barandilla|baranda|ventana|cornisa|azotea|tejado|terraza|puente|pretil|"
    r"alfeizar)\w*"
)
SPANISH_PLANS_PHRASES += (  # i18n-exempt: input
    _ES_FOR_FUN + every_one_of(_ES_THEY_WILL_JUMP, _ES_HIGH_PLACE),
)

# A carer's plan to end both lives, the writer's and the one cared for ("esta noche pienso acabar
# con los dos", "voy a acabar con nosotros dos"), beside the tablets, a time or not being able
# to go on; not two chapters or two cakes to finish tonight, nor "terminar con" (to break up).
_ES_END_US_BOTH = (
    r"\b(?:pienso|voy\s+a|quiero|he\s+decidido|decidi|vamos\s+a)\s+(?:\w+\s+)?acabar\s+con\s+"
    r"(?:los\s+dos|las\s+dos|nosotros\s+dos|nosotras\s+dos|ambos|ambas|nuestras\s+"
    r"vidas)\b(?!\s+(?!y\b|ya\b|hoy\b|esta\b)[a-z])"
)
_ES_MEANS_OR_CANT_GO_ON = (
    r"\b(?:pastillas|tabletas|pildoras|veneno|cuerda|gas)\b|"
    rf"{_ES_DAY}|\bno\s+(?:aguanto|puedo)\s+mas\b"
)
SPANISH_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_END_US_BOTH, _ES_MEANS_OR_CANT_GO_ON),
)
