"""The Spanish safeguarding phrase net (read by safeguarding_languages). Spanish puts its object
pronoun before the verb ("me pega", "me ha pegado") and drops the subject, so a harm is read as
"me" with a verb that only a person does to a person, or with the person named ("mi marido me
..."). Text has been through safeguarding_languages.fold (no accents: "daño" reads "dano").

Beyond the main kinds it reads someone who took many tablets and will not wake, a young person
about to carry a knife against another gang, a plea in a few words ("ayuda me va a matar"),
bruises from what someone close did to the writer, an older person's money kept by a
"helper" with a bruised face or fear, tablets or a rope brought along with a goodbye, the
writer's child not home for days or given drugs to sell by older men, and despair told of
someone close (days shut in her room, goodbyes said to her family, the writer's fear that she
will do something), being made to work by the one who brought the writer over, for a debt,
and a young child left alone at night, for days or by a parent who drinks, and someone down on
the floor now who breathes badly or does not answer, and being stalked by an ex (two of: waiting
outside her home or work, dozens of messages a day, a note that he knows where she goes), and
someone who says in earnest he will go armed to a place where people gather, and someone with
a weapon on him who says he will use it against a person, and no heating or power at home
(the meter out of credit) with a baby, a child or an older person frozen or shaking.

Left alone: "me muero de hambre", "no aguanto más el calor", "no estoy segura" (not sure),
"me corto el pelo", "me sigue en Instagram", "me duele el pecho de toser", "me quedé
encerrada fuera", "abusa de su confianza", "mi hija toca la viola", a knife for the picnic, a
long sleep after a night shift, bruises from a fall, a helper who keeps her card to shop,
tablets brought for blisters, a child staying at a grandmother's, county lines talked about, a
flatmate shut in over exams who has said goodbye before a move, a boss's Sunday shifts beside a
bank loan, someone on the floor at play who breathes well, a cold hall where a coat is needed,
a phone out of credit. The main kinds said plainly as they happen: safeguarding_spanish_now.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import (
    a_plea_in_a_few_words,
    any_two_of,
    despair_told_of_someone,
    every_one_of,
)

# Someone close (a word or two may come between) or "he/she" just before "me".
_ES_WHO = (
    r"(?:\bmi\s+(?:marido|esposo|pareja|novi[oa]|ex|padre|padrastro|madre|madrastra|herman[oa]|"
    r"suegr[oa]|hij[oa]|mujer|esposa|cunad[oa]|ti[oa]|jefe|casero)\s+(?:\w+\s+){0,2}|"
    r"\b(?:el|ella)\s+)"
)
_ES_HARMS = (
    r"pega|pego|pegaba|golpea|golpeo|maltrata|maltrato|amenaza|amenazo|viola|violo|encierra|"
    r"encerro|ahorca|ahorco|empuja|empujo|persigue|acosa|controla|insulta|humilla|patea|pateo|estrangula"
)
_ES_CHILD = (
    r"(?:mi\s+hij[oa]|mis\s+hij[oa]s|los\s+ninos|las\s+ninas|el\s+nino|la\s+nina|el\s+bebe|"
    r"mi\s+bebe|los\s+crios|la\s+cria|mi\s+nieto|mi\s+nieta)"
)

# A child sexually abused, told by a parent or another adult: "su padrastro abusa de ella", "la
# manosea", "le toca sus partes", "se mete en su cama"; not "abusa de su confianza", "toca la
# viola", "le toca cocinar" (her turn), a guitar she "toca por las noches".
_ES_ABUSES_HER = (
    r"\b(?:abusa|abuso|abusaba|abusan|abusaron|ha\s+abusado|han\s+abusado|esta\s+abusando)\s+"
    r"(?:sexualmente\s+)?de\s+(?:ella|el)\b|\b(?:la|lo|le|los|las)\s+(?:manosea|manoseo|"
    r"manoseaba|manosean|ha\s+manoseado|violo|violaba|ha\s+violado|violaron)\b|\b(?:la|lo|le|"
    r"los|las)\s+(?:toca|toco|tocaba|tocan|ha\s+tocado)\s+(?:sus\s+partes|los\s+pechos|"
    r"el\s+pecho|por\s+debajo|donde\s+no|(?:en|entre)\s+(?:sus\s+partes|las\s+piernas)|"
    r"sin\s+(?:su\s+)?permiso)\b|\bse\s+mete\s+en\s+su\s+cama\b"
)
_ES_ABUSER = (
    r"\b(?:padrastro|madrastra|tio|abuelo|primo|hermanastro|vecino|entrenador|profesor|profe|"
    r"monitor|cuidador|canguro|(?:novio|pareja)\s+de\s+su\s+madre)\b"
)

SPANISH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\b(?:me\s+)?quiero\s+(?:(?:ya|solo|simplemente)\s+)?(?:morir(?:me)?|matarme|suicidarme|"
    r"desaparecer|dejar\s+de\s+existir|quitarme\s+la\s+vida)\b",
    r"\bme\s+quiero\s+(?:morir|matar|suicidar)\b|\bme\s+voy\s+a\s+(?:matar|suicidar|quitar\s+la\s+vida)\b",
    r"\bvoy\s+a\s+(?:matarme|suicidarme|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida))\b",
    r"\b(?:ganas|pienso|pensando)\s+(?:de\s+|en\s+)?(?:morirme|matarme|suicidarme|el\s+suicidio|"
    r"quitarme\s+la\s+vida)\b",
    r"\bno\s+quiero\s+(?:(?:seguir|mas|ya|estar)\s+)*(?:vivir|viviendo|vivo|aqui\s+nunca\s+mas)\b",
    r"\b(?:estarian|estaran|estarias|estaria)\s+(?:todos\s+)?mejor\s+sin\s+mi\b|"
    r"\bmejor\s+(?:\w+\s+){0,2}sin\s+mi\s+(?:en\s+este\s+mundo|aqui)\b",
    r"\bno\s+(?:vale|tiene\s+sentido)\s+(?:la\s+pena\s+)?(?:vivir|seguir\s+viviendo)\b|"
    r"\bmi\s+vida\s+no\s+tiene\s+sentido\b",
    # self-harm
    r"\b(?:me\s+(?:corto|corte|he\s+cortado|estoy\s+cortando|vuelvo\s+a\s+cortar|he\s+vuelto\s+a\s+"
    r"cortar)|cortarme)\s+(?:(?:los|las|mis)\s+)?(?:brazos?|munecas?|venas|piernas?)\b",
    r"\bme\s+(?:he\s+vuelto\s+a\s+cortar|vuelvo\s+a\s+cortar|sigo\s+cortando)\b|\bautolesi|"
    r"\bme\s+(?:hago|he\s+hecho|hice)\s+dano\s+(?:a\s+mi\s+mism[oa]|a\s+proposito|sola?o?)\b|"
    r"\bhacerme\s+dano\s+(?:a\s+mi\s+mism[oa]|otra\s+vez)\b",
    # all the tablets
    r"\b(?:me\s+(?:he\s+)?(?:tome|tomado|trague|tragado)|voy\s+a\s+tomar(?:me)?|me\s+voy\s+a\s+"
    r"tomar|tomarme)\s+(?:\w+\s+)?(?:todas\s+las|toda\s+la\s+caja\s+de|una\s+caja\s+de)\s+"
    r"(?:pastillas|pildoras|medicinas|medicamentos|calmantes|tablets|pills)\b|\b(?:tome|tomar|"
    r"tomado|tomarme)\s+una\s+sobredosis\b",
    r"\b(?:guardando|juntando|escondiendo)\s+(?:\w+\s+)?(?:pastillas|pildoras)\b|\btomarmelas\s+"
    r"todas\b",
    r"\btengo\s+(?:\w+\s+)?(?:guardadas|juntadas|escondidas)\s+(?:\w+\s+)?(?:pastillas|pildoras)\b",
    # "me las tomo todas" with the tablets named anywhere, in Spanish or English, not tablets
    # taken every morning or as the doctor says
    r"^(?=.*\b(?:pastillas|pildoras|medicinas|medicamentos|calmantes|somniferos|paracetamol|"
    r"ibuprofeno|tablets|pills)\b)(?!.*\bcomo\s+(?:me\s+)?(?:dijo|dice|mando|manda|indico|indica|"
    r"receto)\b)(?=.*\b(?:me\s+(?:las|los)\s+(?:tomo|tomare|voy\s+a\s+tomar|tome|he\s+tomado|"
    r"trago|tragare|voy\s+a\s+tragar|trague|he\s+tragado)|(?:tomarmel|tragarmel)[ao]s)\s+"
    r"tod[ao]s\b(?=\s*(?:[.!,;]|$|de\s+golpe|de\s+una\s+vez|a\s+la\s+vez|junt[ao]s|esta\s+noche|"
    r"hoy|ya\b|and\b|y\s+(?:ya|se\s+acab\w*|adios)\b)))",
    # violence, threats, control
    _ES_WHO + rf"me\s+(?:{_ES_HARMS})\b",
    r"\bme\s+(?:golpea|golpeo|maltrata|maltrato|viola|violo|violaron|agrede|agredio|ahorca|"
    r"ahorco|estrangula|pateo|encierra|encerro|abuso)\b",
    r"\bme\s+(?:pega|pegan)\s+(?:todos\s+los\s+dias|cuando|otra\s+vez|mucho|si\s+)|"
    r"\bme\s+(?:ha|han)\s+(?:pegado|golpeado|violado|amenazado|encerrado|agredido|maltratado)\b|"
    r"\bme\s+(?:dio|pego|da)\s+(?:una\s+)?paliza\b",
    r"\b(?:amenaza|amenazo|ha\s+amenazado)\s+con\s+matarme\b|\bme\s+amenaza\s+con\b",
    r"\bme\s+(?:tiene|tienen|dej[oa]|dejan|dejaron|ha\s+dejado|han\s+dejado|vuelve\s+a\s+"
    r"dejar)\s+encerrad[oa]\b(?!\s+(?:\w+\s+)?(?:sin\s+querer|por\s+error|fuera))|"
    r"\bme\s+tiene\s+encerrad[oa]\b|\bno\s+me\s+deja\s+(?:salir|ver\s+a|hablar\s+con|trabajar)\b",
    r"\bme\s+(?:quito|quita|esconde|escondio|tiene|guarda)\s+(?:el|mi|los|mis)\s+"
    r"(?:pasaporte|documentos|papeles|movil|telefono|dinero|tarjeta)\b",
    r"\b(?:sufro|vivo|estoy\s+sufriendo)\s+(?:\w+\s+)?(?:violencia|maltrato|abusos?)\b",
    # afraid of him, afraid to go home
    r"\b(?:tengo|me\s+da)\s+(?:mucho\s+)?miedo\s+(?:de\s+|a\s+)?(?:el|ella|ellos|mi\s+(?:marido|"
    r"esposo|pareja|novio|ex|padre|padrastro|hermano|suegro)|volver\s+a\s+casa|ir\s+a\s+casa|"
    r"que\s+me\s+(?:mate|pegue|haga\s+dano|encuentre))\b",
    r"\ble\s+tengo\s+(?:mucho\s+)?miedo\b",
    # a child at risk
    _ES_CHILD
    + r"\s+(?:\w+\s+){0,2}(?:no\s+(?:ha|han)\s+comido\s+(?:nada\s+)?(?:desde|en\s+todo\s+el\s+"
    r"dia|en\s+dias|hoy)|pasan?\s+hambre|no\s+tienen?\s+(?:nada\s+)?(?:que|para)\s+comer|esta(?:n)?\s+sol[oa]s?\s+"
    r"(?:en\s+casa\s+)?(?:todo\s+el\s+dia|todos\s+los\s+dias|dias))",
    r"\b(?:pega|golpea|maltrata|abusa\s+de|encierra)\s+(?:a\s+)?" + _ES_CHILD,
    r"\bno\s+les\s+da\s+de\s+comer\b",
    # a child sexually abused: a child or a child's age named, or the adult who does it
    r"^(?=.*\b(?:hij[oa]s?|nin[oa]s?|niet[oa]s?|sobrin[oa]s?|menor(?:es)?|pequen[oa]s?|"
    r"de\s+(?:1[0-7]|[1-9])\s+anos)\b)(?=.*" + _ES_ABUSES_HER + ")",
    _ES_ABUSER
    + r"(?:\s+\w+){0,3}?\s+(?:"
    + _ES_ABUSES_HER
    + r")|"
    + _ES_ABUSER
    + r"\s+(?:la|lo)\s+viola\b(?!\s+de\b)",
    # followed
    r"\bme\s+(?:persigue|acosa|acecha|esta\s+siguiendo|siguen\s+siguiendo)\b|\bme\s+(?:sigue|"
    r"siguio|siguen|siguieron)\s+(?:hasta|a\s+casa|por\s+la\s+calle|a\s+todas\s+partes|desde)\b",
    r"(?<!le\s)(?<!les\s)\b(?:toca|manosea|abusa\s+de)\s+a\s+mi\s+(?:herman[oa]|hij[oa]|sobrin[oa]|"
    r"niet[oa]|prim[oa])\s+(?:pequen[oa]|menor|de\s+\d+)",
    r"\bmi\s+ex(?:novi[oa]|marido|pareja|mujer|\s+\w+)?\s+(?:\w+\s+){0,8}me\s+(?:sigue|persigue|"
    r"vigila)\b",
    r"^(?=.*\bmi\s+ex(?:novi[oa]|marido|pareja|mujer)?\b)(?=.*\b(?:sabe\s+(?:donde|en\s+que\s+"
    r"\w+)\s+(?:estoy|vivo|vivimos|estamos|trabajo)|me\s+(?:ha\s+)?encontr\w*|dio\s+conmigo)\b)(?=.*\b"
    r"(?:miedo|aterrad[oa]|asustad[oa]|panico)\b)",
    # forced marriage
    r"\bme\s+(?:quieren|van\s+a|obligan\s+a)\s+casar\b|\b(?:quieren|obligan)\s+a\s+casarme\b|"
    r"\bcasarme\s+(?:a\s+la\s+fuerza|contra\s+mi\s+voluntad|obligad[oa])\b|\bmatrimonio\s+(?:forzado|forzoso|obligado)\b",
    # in danger, not safe, help (not a Portuguese pronto-socorro, an emergency room)
    r"\bestoy\s+en\s+peligro\b|\bcorro\s+peligro\b|\bmi\s+vida\s+(?:esta|corre)\s+(?:en\s+)?peligro\b",
    r"\bme\s+(?:quiere|quieren)\s+matar\b|\b(?:dice|dijo|ha\s+dicho)\s+que\s+me\s+va\s+a\s+matar\b|"
    r"(?<!pronto[-\s])\bsocorro\b|\bauxilio\b",
    r"\bno\s+estoy\s+a\s+salvo\b|\bno\s+me\s+siento\s+segur[oa]\b|\bno\s+estoy\s+segur[oa]\s+"
    r"(?:en\s+(?:casa|mi\s+casa)|con\s+el|aqui)\b",
    # nowhere to sleep tonight
    r"\bno\s+tengo\s+(?:donde|a\s+donde|adonde)\s+(?:dormir|ir|quedarme|pasar\s+la\s+noche)\b|"
    r"\bme\s+(?:ha|han)?\s*echad[oa]\s+de\s+casa\b|\bme\s+echo\s+de\s+casa\b",
    # can't go on
    r"\b(?:ya\s+)?no\s+(?:puedo|aguanto)\s+mas\s+(?:con\s+(?:esta|mi)\s+vida|vivir|vivir\s+asi)\b|"
    r"\bno\s+puedo\s+seguir\s+(?:viviendo|asi|adelante)\b|\bestoy\s+harta?o?\s+de\s+vivir\b|"
    r"\bcansad[oa]\s+de\s+vivir\b",
    # chest pain now with the heart tablets gone, breath short or the left arm hurting
    r"^(?=.*\bme\s+duele\s+(?:\w+\s+)?(?:el\s+pecho|el\s+corazon)\b)(?=.*\b(?:no\s+(?:tengo|me\s+"
    r"quedan)\s+(?:\w+\s+){0,2}pastillas\s+(?:del|para\s+el)\s+corazon|no\s+puedo\s+respirar|"
    r"me\s+falta\s+el\s+aire|(?:el|del)\s+brazo\s+izquierdo)\b)(?!.*\b(?:jaja\w*|reir|risa|toser|"
    r"tos|gimnasio)\b)",
    # someone left alone all day without food or medicine
    r"\b(?:la|lo|le|les|los|las)\s+(?:deja|dejan|dejaron|dejaba|dejaban)\s+sol[oa]s?\s+"
    r"(?:\w+\s+){0,4}sin\s+(?:comer|comida|agua|beber|medicinas?|medicacion|pastillas)\b",
    # sex demanded for rent
    r"\bsi\s+no\s+(?:le\s+)?pago\b.{0,40}\bacost\w*\s+con\b|\b(?:tengo\s+que|quiere\s+que\s+me|me\s+"
    r"obliga\s+a)\s+acost\w*\s+con\b",
    # grabbed or squeezed by the neck; afraid to sleep or be alone with him
    r"\bme\s+(?:agarr\w*|cogi\w*|coge|cogio|apret\w*|tom\w*|sujet\w*|apriet\w*)\s+(?:fuerte\s+)?"
    r"(?:del|por\s+el)\s+cuello\b|\bme\s+(?:apret\w*|apriet\w*|agarr\w*)\s+(?:fuerte\s+)?el\s+"
    r"cuello\b(?!\s+de\s+la\s+(?:camisa|blusa|chaqueta|abrigo))",
    r"\b(?:tengo|me\s+da)\s+(?:mucho\s+)?miedo\s+(?:de\s+)?(?:dormir|estar|quedarme)"
    r"\s+(?:sol[oa]\s+)?con\s+(?:el|ella|mi\s+(?:marido|esposo|pareja|novio|padre|padrastro|hijo|"
    r"hermano|suegro))\b(?=\s*(?:[.,;!?]|$|y\b|porque\b|por\s+si\b|otra\s+vez\b))",
    # a child hit by a parent or partner on drugs or drunk
    r"(?:mi\s+(?:hij[oa]|yerno|nuera|pareja|marido|esposo|novio|ex|cunad[oa]|madre|padre)|"
    r"drogad[oa]|borrach[oa]|bebid[oa])\b.{0,80}\ble\s+(?:pego|pega|pegaba|golpeo|golpea|"
    r"golpeaba|dio\s+una\s+paliza)\s+(?:al|a\s+(?:mi|los|la|el|las|su))\s+(?:nin|niet|hij|beb|"
    r"cri)\w*\b(?!\s+(?:un|una)\s+(?:chicle|pegatina|etiqueta|cromo|tirita|parche)\b)",
    # someone else's passport taken, with her kept in, unpaid or asking for help
    r"^(?=.*\b(?:le|les)\s+(?:quito|quitaron|quita|quitan|tiene|tienen|guarda|guardan|retiene|"
    r"retienen|esconde|escondio|escondieron)\s+(?:el|los|su|sus)\s+(?:pasaportes?|documentos|"
    r"papeles)\b)(?=.*\b(?:nunca\s+sale\s*(?:[,.;]|$|de\s+(?:la\s+)?casa|sola)|"
    r"no\s+(?:la|le|lo|los|las|les)\s+dej\w*\s+salir|encerrad\w*|help\s+me|ayudame|"
    r"no\s+(?:le|les)\s+pag\w*|le\s+grita\w*)\b)",
    # an older parent left without food by carers, or a landlord or boss who touches the writer
    r"\b(?:las?|los?|sus?)\s+(?:cuidador(?:a|as|es)?|enfermer[oa]s?)\s+(?:\w+\s+){0,2}(?:la|lo|le|"
    r"les|los|las|nos)\s+(?:dejan?|dejaron|dejaban)\s+sin\s+(?:comer|comida|agua|medicinas?|"
    r"medicacion|cenar)\b",
    r"\b(?:el|mi)\s+(?:casero|dueno|propietario|jefe|encargado)\s+(?:\w+\s+){0,10}me\s+(?:"
    r"manosea|manoseo|(?:toco|toca|tocaba)(?=\s*(?:$|[,.;]|y\s+me\b|sin\s+(?:permiso|querer)|"
    r"otra\s+vez|el\s+(?:culo|pecho|cuerpo)|los\s+pechos|la\s+pierna|por\s+debajo)))",
)

# A threat to kill the writer: "me va a matar esta noche", "con un cuchillo diciendo que me va a
# matar", "si me voy me mata"; not "mi madre me va a matar si llego tarde", "me mata de risa".
_ES_KILLS_ME = (
    r"(?:me\s+va\s+a\s+matar|va\s+a\s+matarme|me\s+mata(?:ra)?)\b"
    r"(?!\s+(?:de\s+(?:risa|verguenza|pena)|el\s+calor|este))"
)
# A partner's "me va a matar" laughed at or over something forgotten is not a threat ("jajaja mi
# novio me va a matar, se me olvidó nuestro aniversario"), unless a weapon, a blow or fear is told.
_ES_NOT_LAUGHED_OFF = (
    r"^(?!(?!.*\b(?:cuchill\w*|navaja|pistola|arma|peg\w*|golpe\w*|miedo|grit\w*|amenaz\w*|"
    r"sangre)\b).*\b(?:ja(?:ja)+\w*|je(?:je)+\w*|se\s+me\s+olvid\w*|(?:me\s+)?olvide)\b)"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    _ES_NOT_LAUGHED_OFF + r".*\b(?:el|marido|esposo|ex|exnovio|novio|pareja)\s+" + _ES_KILLS_ME,
    _ES_NOT_LAUGHED_OFF + r".*\b(?:mi\s+(?:marido|esposo|ex|exmarido|exnovio|novio|pareja))\s+"
    r"(?:\w+\s+){0,3}?" + _ES_KILLS_ME,
    r"^(?!.*\b(?:tarde|retras\w*)\b)(?=.*\b(?:dijo|dice|amenaza|amenazo|juro|grito|escribio|"
    r"diciendo|gritando|amenazando|si\s+(?:\w+\s+){0,2}?(?:me\s+voy|voy|lo\s+dejo|"
    r"lo\s+denuncio|denuncio|hablo|cuento|llamo|me\s+escapo|me\s+separo|salgo|digo))\b"
    r"(?:\W+\w+){0,5}?\W+" + _ES_KILLS_ME + ")",
    _ES_KILLS_ME + r"\s+(?:\w+\s+)?(?:esta\s+noche|hoy)\b|\bme\s+amenaz\w*\s+de\s+muerte\b",
    _ES_KILLS_ME + r"\s+si\s+(?:\w+\s+){0,2}(?:denuncio|me\s+voy|lo\s+dejo|hablo|cuento|llamo|"
    r"voy\s+a\s+la\s+policia)\b",
    r"^(?=.*\b(?:te\s+voy\s+a\s+matar|te\s+matare|voy\s+a\s+matarte)\b)(?=.*\b(?:escribio|"
    r"escrito|escribe|puerta|pared|mensaje\w*|nota)\b)",
)

# Someone who has taken many tablets and will not wake or breathes oddly: "se tomó muchas
# pastillas y respira raro", "lleva horas sin despertarse"; not tablets for a cold and a long
# sleep after a night shift.
_ES_MANY_TABLETS = (
    r"\b(?:se\s+(?:ha\s+)?(?:tomo|tomado|trago|tragado)|(?:he|ha)\s+(?:tomado|tragado)|tome|"
    r"trague|se\s+bebio)\s+(?:\w+\s+)?(?:muchas|muchisimas|todas\s+(?:las|sus|mis)|una\s+caja\s+"
    r"(?:entera\s+)?de|un\s+bote\s+(?:entero\s+)?de|un\s+monton\s+de|un\s+punado\s+de|"
    r"[1-9]\d)\s+(?:\w+\s+)?(?:pastillas|pildoras|medicinas|calmantes|somniferos|tranquilizantes|"
    r"comprimidos|paracetamol\w*|ibuprofenos?)\b"
)
_ES_WILL_NOT_WAKE = (
    r"\b(?:no\s+(?:se\s+)?(?:despierta|reacciona|responde|respira)|sin\s+despertar\w*|"
    r"respira\s+(?:raro|mal|muy\s+(?:lento|despacio|poco)|con\s+dificultad)|labios\s+(?:\w+\s+)?"
    r"azules|inconsciente|no\s+puedo\s+despertarl[oa])\b"
)
# A young person about to carry a knife or a weapon over a fight between groups or a stabbing
# to avenge; not a knife taken to a picnic to cut the bread.
_ES_WEAPON = r"(?:un|una|el|la|su)\s+(?:cuchillo|navaja|machete|arma|pistola|pipa)"
# A plea in a few words (safeguarding_words.a_plea_in_a_few_words): "ayuda me va a matar",
# "socorro, me está pegando"; not "¿me va a matar?", "ayuda, mi madre me va a matar si llego
# tarde".
_ES_PLEA = (
    r"ayuda|ayudame|ayudenme|socorro|auxilio|por\s+favor|help|sos|llamen\s+a\s+(?:la\s+)?"
    r"policia"
)
_ES_ALARM = r"me\s+esta(?:n)?\s+(?:pegando|golpeando|estrangulando|ahogando|apunalando)"
_ES_BESIDE_A_PLEA = (
    r"(?:me|nos)\s+(?:va|van|quiere|quieren)\s+a\s+matar|(?:me|nos)\s+(?:quiere|quieren)\s+"
    r"matar|(?:el|ella|mi\s+ex|mi\s+marido|mi\s+pareja)\s+esta\s+aqui"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_MANY_TABLETS, _ES_WILL_NOT_WAKE),
    rf"^(?=.*\b(?:llev\w*|va\s+a\s+llevar|saca\w*|compr\w*|escond\w*|tiene)\s+{_ES_WEAPON}\b)"
    r"(?=.*\b(?:otra\s+banda|banda\s+rival|pandill\w*|apunal\w*|navajazo\w*|vengar\w*|"
    r"venganza|rival\w*|los\s+de\s+la\s+otra|pelea\w*\s+con)\b)",
    a_plea_in_a_few_words(_ES_PLEA, _ES_ALARM, _ES_BESIDE_A_PLEA),
)

# Bruises or an injury on the writer from what someone close did ("tengo moratones en las
# costillas de lo que me hizo mi pareja"); not bruises from a fall with a partner who gave a
# massage.
_ES_BRUISED = (
    r"\b(?:moratones|moretones|morados|cardenales|hematomas|golpes|heridas|marcas|"
    r"(?:costillas?|nariz|brazo|mu[nñ]eca|dedo|diente)\s+(?:rot[oa]s?|partid[oa]s?|"
    r"fisurad[oa]s?)|(?:ojo|cara|labio|cuello|brazo)\s+(?:\w+\s+)?(?:morad[oa]|amoratad[oa]|"
    r"hinchad[oa]|partid[oa]))\b"
)
_ES_WHAT_THEY_DID = (
    r"\b(?:de|por)\s+lo\s+que\s+me\s+(?:hizo|hicieron|ha\s+hecho|han\s+hecho)\b|"
    + _ES_WHO
    + r"me\s+(?:los|las|lo|la)\s+(?:hizo|ha\s+hecho)\b"
)
# An older person's money kept by someone who "helps" her, with a sign of harm on her (a bruised
# face, fear, no food); not a helper who keeps her card to do the shopping.
_ES_HER_MONEY_KEPT = (
    r"\b(?:se\s+queda|se\s+quedan|se\s+ha\s+quedado|se\s+quedo)\s+con\s+(?:su|sus|toda\s+su|"
    r"todo\s+su)\s+(?:dinero|pension|paga|sueldo|tarjeta|ahorros|cartilla)\b|\b(?:le|les)\s+"
    r"(?:quita|quito|coge|cogio|saca|saco|roba|robo)\s+(?:el|la|su|sus|todo\s+el|toda\s+la)\s+"
    r"(?:dinero|pension|paga|ahorros|tarjeta)\b"
)
_ES_HARM_ON_HER = (
    r"\b(?:(?:cara|ojo|brazos?|piernas?|cuello|manos?)\s+(?:\w+\s+)?(?:morad[oa]s?|"
    r"amoratad[oa]s?|hinchad[oa]s?)|moratones|moretones|cardenales|asustad[oa]|miedo|"
    r"sin\s+comer|no\s+come|no\s+(?:la|le)\s+deja\s+(?:salir|hablar|ver)|sucia|llorando)\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_BRUISED, _ES_WHAT_THEY_DID),
    "^" + every_one_of(_ES_HER_MONEY_KEPT, _ES_HARM_ON_HER),
)

# A means brought along, beside a goodbye or the words of the end said bare ("ya no puedo más.
# He traído pastillas. Solo quería deciros gracias"); not tablets or a rope brought for
# something (a headache, blisters, climbing), bought as someone said, nor "no puedo más de
# andar".
_ES_MEANS_WITH_ME = (
    r"\b(?:he\s+traido|traje|traigo|llevo|tengo\s+(?:aqui|conmigo)|he\s+comprado|compre|"
    r"he\s+cogido|cogi)\s+(?:\w+\s+){0,2}?(?:pastillas|pildoras|somniferos|calmantes|una\s+"
    r"cuerda|la\s+cuerda|cuchillas|una\s+cuchilla|veneno|pills|tablets)\b(?!(?:\s+\w+){0,3}?\s+"
    r"(?:para|contra)\s+(?!(?:acabar|terminar|morir|matarme|no\s+despertar)))"
)
_ES_LAST_WORDS = (
    r"\b(?:ya\s+)?no\s+(?:puedo|aguanto)\s+mas\s*(?:[.!…]|$)|\b(?:solo\s+)?queria\s+(?:\w+\s+)?"
    r"(?:deciros|decirte|decirles|daros|darte|darles)\s+(?:las\s+)?gracias\b|\bgracias\s+por\s+"
    r"todo\s*(?:[.!…]|$)|\badios\s+a\s+todos\b|\bos\s+quiero\s+a\s+todos\b|\bya\s+no\s+me\s+"
    r"(?:vereis|veras|veran)\b"
)
_ES_AS_ADVISED = r"^(?!.*\bcomo\s+(?:me\s+)?(?:dijisteis|dijiste|dijo|dijeron|recomend\w*)\b)"
# A child not home since a day or for days, or gone from home; not a child who has come back,
# is staying with family or friends, or away on a trip.
_ES_MY_CHILD = (
    r"\b(?:mi|nuestr[oa])\s+(?:hij[oa]|nin[oa]|niet[oa]|sobrin[oa]|herman[oa]\s+(?:pequen[oa]|"
    r"menor))\b"
)
_ES_NOT_BACK_SINCE = (
    r"\b(?:no\s+(?:ha\s+)?(?:volvi\w*|vuelto|venido|vino|regres\w*|aparec\w*|dormido\s+en\s+casa)"
    r"\s+(?:\w+\s+)?(?:a\s+casa\s+)?|(?:esta\s+|ha\s+)?desaparecid[oa]\s+|desaparecio\s+|"
    r"fuera\s+de\s+casa\s+|sin\s+(?:volver|venir|aparecer|saber\s+nada\s+de\s+(?:el|ella))\s+)"
    r"(?:desde|hace\s+(?:\w+\s+)?(?:dias|noches))\b|\blleva\s+(?:\w+\s+){0,2}(?:dias|noches)\s+"
    r"(?:sin\s+(?:volver|venir|aparecer|dar\s+senales)|fuera|desaparecid\w*)\b|\bse\s+(?:ha\s+)?"
    r"(?:escapado|fugado|escapo|fugo)\s+de\s+casa\b"
)
_ES_WHEREABOUTS_KNOWN = (
    r"^(?!.*\b(?:ya\s+(?:volvio|ha\s+vuelto|esta\s+en\s+casa|aparecio|llego)|(?:esta|se\s+queda|"
    r"se\s+quedo)\s+(?:\w+\s+)?(?:en\s+casa\s+de|con\s+(?:su|sus|mi|mis))|excursion|campamento|"
    r"de\s+viaje)\b)"
)
# A child given drugs to sell or carry by older men, or made or used to (county lines: "lo están
# usando para vender droga"), whatever debt follows; not the subject talked about at the assembly.
_ES_DRUGS_TO_CARRY = (
    r"\b(?:le|les|lo|la|los|las)\s+(?:dan|da|dieron|daban|pasan|hacen|obligan\s+a|mandan\s+a|"
    r"ponen\s+a|usan\s+para)\s+(?:\w+\s+){0,2}?(?:drogas?|hierba|coca\w*|paquetes)\s+(?:para\s+)?"
    r"(?:vender|llevar|mover|repartir|pasar|guardar)\b|\b(?:le|les|lo|la|los|las)\s+(?:hacen|"
    r"obligan\s+a|mandan\s+a|ponen\s+a|(?:usan|utilizan|(?:estan\s+)?(?:usando|utilizando))\s+"
    r"para)\s+(?:vender|llevar|mover|repartir|pasar|guardar)\s+(?:\w+\s+)?(?:drogas?|hierba|"
    r"coca\w*|paquetes)\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    _ES_AS_ADVISED + every_one_of(_ES_MEANS_WITH_ME, _ES_LAST_WORDS),
    _ES_WHEREABOUTS_KNOWN + every_one_of(_ES_MY_CHILD, _ES_NOT_BACK_SINCE),
    "^" + every_one_of(_ES_MY_CHILD, _ES_DRUGS_TO_CARRY),
)

# Despair told of someone close ("dice que todos estarían mejor sin ella"), said alone; or two of
# its signs together: days shut in the room or not eating, goodbyes said to her family, her
# things given away, "ya no puede más", and the writer's fear that she will do something ("tengo
# miedo de que haga algo", "una locura"). Not days in the room over exams, goodbyes before a
# trip or a move, not eating with a fever, nor a fear that she will do something wrong in the
# exam.
_ES_SAYS = r"\b(?:dice|dijo|me\s+dijo|escribe|escribio|repite|piensa|cree)"
_ES_BETTER_WITHOUT = (
    r"\b(?:todos|todo\s+el\s+mundo|su\s+familia|sus\s+hijos|nosotros|ellos)\s+(?:\w+\s+)?"
    r"(?:estariamos|estarian|estaria|vivirian)\s+mejor\s+sin\s+(?:ella|el|mi)\b"
)
_ES_DAYS = r"(?:dos|tres|cuatro|cinco|varios|\d+)\s+dias"
_ES_SHUT_IN = (
    rf"\blleva\s+(?:\w+\s+)?{_ES_DAYS}\s+sin\s+(?:salir|comer|levantarse|hablar)\b|"
    r"\bno\s+(?:come|ha\s+comido)(?:\s+nada)?(?:\s*(?:[.!,;]|$)|\s+(?:desde|hace|en\s+dias))|"
    r"\bno\s+sale\s+(?:de\s+(?:su|la|el)\s+(?:cuarto|habitacion|cama)|del\s+cuarto)\b|"
    rf"\bsin\s+salir\s+del?\s+(?:su\s+)?(?:cuarto|habitacion|cama)\s+(?:\w+\s+)?{_ES_DAYS}"
)
_ES_GOODBYES = (
    r"\bse\s+(?:ha\s+)?(?:despidio|despedido|esta\s+despidiendo|despide)\s+de\s+(?:su\s+"
    r"familia|los\s+suyos|sus\s+padres|su\s+madre|su\s+padre|sus\s+hijos|(?:todos|todo\s+"
    r"el\s+mundo|nosotros|mi)(?=\s*(?:[.!,;]|$|como\s+si)))"
)
_ES_GAVE_THINGS_AWAY = (
    r"\b(?:ha\s+regalado|regalo|esta\s+regalando|regala)\s+(?:\w+\s+)?(?:sus\s+)?(?:cosas|"
    r"ropa|joyas|libros)\b"
)
_ES_SHE_CANT_GO_ON = r"\b(?:ya\s+)?no\s+puede\s+mas\s*(?:[.!,;]|$)"
_ES_AFRAID_SHE_WILL = (
    r"\bmiedo\s+(?:de\s+)?(?:que\s+)?(?:se\s+)?(?:haga\s+(?:algo|una\s+locura|alguna\s+locura|"
    r"una\s+tonteria|alguna\s+tonteria|dano)|cometa\s+una\s+locura|se\s+quite\s+la\s+vida)"
    r"\s*(?:[.!,;]|$|a\s+si\s+mism[oa])"
)
_ES_EVERYDAY_REASON = (
    r"\b(?:examen\w*|mudanza|se\s+muda|se\s+va\s+(?:de|a)\s+(?:viaje|erasmus|vivir)|erasmus|"
    r"viaje|vacaciones|fiebre|gripe|resfriado|covid|vomit\w*|ramadan|ayuno|dieta)\b"
)
SPANISH_PHRASES += despair_told_of_someone(  # i18n-exempt: input
    _ES_SAYS,
    _ES_BETTER_WITHOUT,
    _ES_EVERYDAY_REASON,
    _ES_SHUT_IN,
    _ES_GOODBYES,
    _ES_GAVE_THINGS_AWAY,
    _ES_SHE_CANT_GO_ON,
    _ES_AFRAID_SHE_WILL,
)


# Made to work for the one who brought the writer over ("la mujer que me trajo a Londres me
# obliga a trabajar en un piso con hombres"), or with men, with a debt they say she owes them,
# the passport kept or no going out. Not a boss who makes the writer work Sundays beside a bank
# loan, nor the one who brought her and helped her find work, with her passport her own.
_ES_MADE_TO_WORK = (
    r"\bme\s+(?:obliga|obligan|obligo|obligaron|fuerza|fuerzan|forzo|hace|hacen|pone|ponen)\s+"
    r"(?:a\s+)?(?:trabajar|prostituirme|estar\s+con\s+(?:hombres|clientes)|atender\s+(?:a\s+)?"
    r"(?:hombres|clientes))\b"
)
_ES_BROUGHT_OVER_OR_MEN = (
    r"\b(?:que\s+me\s+(?:trajo|trajeron|ha\s+traido|han\s+traido)|me\s+(?:trajo|trajeron)\s+"
    r"(?:a|de|desde|aqui|hasta))\b|\bcon\s+hombres\b|\bprostitu\w*"
)
_ES_HELD_BY_A_DEBT = (
    r"\b(?:tengo|tenemos)\s+una\s+deuda\s+con\s+(?:ella|ellos|ellas|el(?=\s*(?:[.,;!]|$|y\b)))\b|"
    r"\b(?:le|les)\s+"
    r"(?:debo|debemos)\b|\bdice(?:n)?\s+que\s+(?:le\s+)?(?:debo|debemos|tengo\s+una\s+deuda|"
    r"tenemos\s+una\s+deuda)\b|\b(?:tiene|tienen|guarda|guardan|se\s+quedo\s+con|"
    r"se\s+quedaron\s+con)\s+(?:mi|mis|el|los|nuestros)\s+(?:pasaportes?|documentos|papeles)\b|"
    r"\bno\s+me\s+deja(?:n)?\s+salir\b|\bme\s+deja(?:n|ron)?\s+salir\s+solo\s+para\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_MADE_TO_WORK, _ES_BROUGHT_OVER_OR_MEN, _ES_HELD_BY_A_DEBT),
)

# A young child left alone by the one who should mind her ("su madre bebe todo el día y la deja
# sola en el piso por la noche"), at night, all day or for days, or with drink, drugs or no food
# beside it; not a teenager who stays alone for an afternoon, a child left with her grandmother,
# nor the writer who leaves a child for a minute.
_ES_YOUNG_CHILD = (
    r"\b(?:(?:[1-9]|1[01]|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once)\s+anos|"
    r"bebe|nin[oa]s?|crios?|crias?|peque(?:n[oa]s?)?|sobrin[oa]s?|niet[oa]s?|hij[oa]s?)\b"
)
_ES_LEFT_ALONE_BY_THEM = (
    r"\b(?:la|lo|los|las|les|le)\s+(?:deja|dejan|dejaba|dejaban|dejo|dejaron|ha\s+dejado|"
    r"han\s+dejado)\s+(?:\w+\s+)?sol(?:[oa]s?|itas?|itos?)\b(?!\s+(?:con|un\s+(?:rato|momento|"
    r"minuto)|cinco\s+minutos))|\b(?:deja|dejan|dejaba|dejaban|dejaron)\s+sol[oa]s\s+a\s+"
    r"(?:su|sus|los|las|la|el|mis?)\b"
)
_ES_TOO_LONG_OR_UNFIT = (
    r"\b(?:por\s+la\s+noche|toda\s+la\s+noche|de\s+noche|todo\s+el\s+dia|dias\s+enteros|(?:dos|"
    r"tres|varios|muchos)\s+dias|sin\s+(?:comer|comida|cenar|desayunar)|bebe\s+(?:todo|mucho|"
    r"cada)|borrach[oa]s?|drogad[oa]s?|se\s+droga|puerta\s+abierta)\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_YOUNG_CHILD, _ES_LEFT_ALONE_BY_THEM, _ES_TOO_LONG_OR_UNFIT),
)

# Someone close down on the floor now and breathing badly, not answering or not moving ("mi
# marido está en el suelo, no respira bien"); not someone on the floor at play or stretching
# who breathes well, nor a fall after which she is well, nor a nose blocked by a cold.
_ES_ON_THE_FLOOR = (
    r"\b(?:(?:esta|estaba|sigue|quedo|se\s+quedo)\s+(?:tirad[oa]\s+|tendid[oa]\s+)?(?:en|por)\s+"
    r"el\s+suelo|tirad[oa]\s+en\s+el\s+suelo|se\s+(?:ha\s+)?(?:caido|cayo|desplomado|desplomo|"
    r"desmayado|desmayo))\b"
)
_ES_BREATHING_BADLY = (
    r"\b(?:no\s+respira(?:\s+bien)?|respira\s+(?:muy\s+)?(?:raro|mal|lento|despacio|poco|con\s+"
    r"dificultad)|le\s+cuesta\s+respirar|no\s+(?:responde|reacciona|se\s+mueve(?!\s+mucho)|"
    r"se\s+despierta|"
    r"abre\s+los\s+ojos)|labios\s+(?:\w+\s+)?(?:azules|morados))\b"
    r"(?!\s+(?:por\s+la\s+nariz|con\s+el\s+resfriado))"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:jugando|estiramientos|yoga|resfriad\w*|mocos|(?<!no\s)(?:ya\s+)?esta\s+bien)\b)"
    + every_one_of(_ES_ON_THE_FLOOR, _ES_BREATHING_BADLY),
)

# Stalked by an ex or a man the writer does not want near: two of waiting for her outside home or
# work, dozens of messages or calls a day, a note or word that he knows where she goes or lives;
# not an ex who waits at the door to fetch the children, nor a friend's few messages.
_ES_UNWANTED = (
    r"\b(?:mi\s+ex|ex(?:novi[oa]|marido|mujer|pareja)|un\s+(?:hombre|tipo|tio|senor|desconocido|"
    r"companero|vecino|cliente)|alguien)\b"
)
_ES_WAITS_OUTSIDE = (
    r"\b(?:esperandome|me\s+espera(?:ba)?|se\s+(?:planta|presenta|aparece)|aparece|vigilandome|"
    r"me\s+vigila)\s+(?:\w+\s+){0,3}?(?:fuera|en\s+la\s+puerta|delante|enfrente|a\s+la\s+salida|"
    r"en\s+el\s+portal|en\s+la\s+esquina)\s+(?:de\s+(?:mi\s+|la\s+|el\s+)?|del\s+)(?:casa|"
    r"trabajo|piso|portal|curro|oficina|gimnasio|colegio)\b"
)
_ES_FLOODS_ME = (
    r"\bme\s+(?:manda|envia|escribe|deja|hace)\s+(?:mas\s+de\s+)?(?:\d{2,}|decenas\s+de|"
    r"cientos\s+de|mil|un\s+monton\s+de|mogollon\s+de)\s+(?:\w+\s+)?(?:mensajes|whatsapps?|llamadas|"
    r"audios|correos)\b|\bno\s+(?:para|deja)\s+de\s+(?:escribirme|llamarme|mandarme\s+mensajes)\b"
)
_ES_KNOWS_WHERE = (
    r"\bsabe\s+(?:a\s*donde|donde|por\s+donde)\s+(?:voy|vivo|trabajo|estoy|salgo|ando|llevo)\b|"
    r"\bsabe\s+(?:todos\s+)?mis\s+(?:horarios|movimientos|rutinas?)\b|\b(?:nota|carta|notita)\s+"
    r"(?:\w+\s+){0,3}(?:coche|puerta|buzon|parabrisas)\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:recoger|buscar)\s+a\s+(?:los|las|mis|nuestr\w+)\s+"
    r"(?:ninos|ninas|hij\w+|nenes)\b)"
    + every_one_of(_ES_UNWANTED)
    + any_two_of(_ES_WAITS_OUTSIDE, _ES_FLOODS_ME, _ES_KNOWS_WHERE),
)

# Someone who will go somewhere armed to do harm ("va a ir al town hall el sábado con una
# pistola porque odia a la policía", "va a llevar un cuchillo al instituto"), said in earnest: the
# weapon already his, his hatred, a killing, or a place where people gather. Not a water or toy
# pistol, a knife for the ham or the picnic, petrol for the car, a complaint taken to the town
# hall unarmed.
_ES_GOES_ARMED = (
    r"\b(?:va|van|iba|iban|piensa|piensan|quiere|quieren|dice\s+que\s+va)\s+(?:a\s+)?(?:ir|venir|"
    r"aparecer|presentarse|llevar|traer|entrar)\s+(?:\w+\s+){0,6}?(?:con\s+|armado\s+con\s+)?"
    r"(?:(?:un|una|su|el|la)\s+)?(?:pistola|arma|escopeta|rifle|cuchillo|navaja|machete|bomba|"
    r"gasolina|explosivos?)\b"
)
_ES_IN_EARNEST = (
    r"\b(?:en\s+serio|no\s+es\s+broma|ya\s+(?:la|lo)\s+tiene|(?:la|lo)\s+tiene\s+"
    r"(?:en|escondid\w*|guardad\w*)|odia|matar|disparar|quemar|ayuntamiento|town\s+hall|"
    r"asamblea|assembly|instituto|colegio|escuela|mezquita|iglesia|sinagoga|comisaria)\b"
)
_ES_NOT_A_TOY = (
    r"^(?!.*\b(?:de\s+agua|de\s+juguete|airsoft|paintball|disfraz|carnaval|jamon|picnic|"
    r"barbacoa|al\s+coche|a\s+la\s+moto|gasolinera|deposito|generador|cortacesped)\b)"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    _ES_NOT_A_TOY + every_one_of(_ES_GOES_ARMED, _ES_IN_EARNEST),
)

# A group planning to attack someone, with weapons shown ("planean atacar a la policía... han
# compartido fotos de cuchillos"); not a plan to tackle a problem, nor a film.
SPANISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:serie|pel[ií]cula|juego|videojuego|novela|libro)\b)"
    + every_one_of(
        r"\b(?:planea\w*|van\s+a|quieren|piensan)\s+(?:\w+\s+)?"
        r"(?:atacar|apu[nñ]alar|agredir)\s+a\b",
        r"\b(?:cuchillo|navaja|machete|pistola|arma|bomba)",
    ),
)

# Someone who has a weapon on him and says he will use it on a person ("tiene una pistola en el
# coche y la va a usar contra el policía", "lleva una navaja y va a apuñalar a alguien"); not a
# water pistol, a knife he will use against stale bread, a spray used against the mosquitoes.
_ES_HAS_A_WEAPON = (
    r"\b(?:tiene|tenia|tengo|lleva|llevaba|llevo|trae|trajo|traigo|ha\s+traido|he\s+traido|"
    r"esconde|guarda|saco|ensen\w*|usar|"
    r"me\s+(?:enseno|mostro|ha\s+ensenado))\s+(?:\w+\s+){0,2}?(?:una?\s+|su\s+)?"
    r"(?:pistola|arma|escopeta|rifle|revolver|cuchillo|navaja|machete|pipa|bomba)\b"
)
_ES_WILL_USE_IT_ON = (
    r"\b(?:(?:la|lo)\s+(?:va|iba|voy|vamos|van|piensa|quiere)\s+a?\s*usar|(?:va|voy|van)\s+a\s+"
    r"usar(?:la|lo)|piensa\s+usar(?:la|lo)|quiere\s+usar(?:la|lo)|(?:la|lo)\s+usara|"
    r"usar(?:la|lo)|usar\s+(?:la|el|su|esa|ese)\s+(?:pistola|arma|escopeta|cuchillo|navaja|"
    r"machete|pipa))\s+"
    r"contra\s+(?:(?:el|la|los|las|un|una|ese|esa|este|esta|mi|mis|su|sus|tu)\s+)?"
    r"(?:policias?|agentes?|guardias?|vigilantes?|profes\w*|jefes?|jefa|concejal\w*|alcalde\w*|"
    r"hombres?|mujer\w*|chic[oa]s?|nin[oa]s?|gente|ex|marido|novi[oa]|vecin[oa]s?|herman[oa]s?|"
    r"padre|madre|monitor\w*|facilitador\w*|ponentes?|companer[oa]s?|miembros?|ella|ellos|"
    r"ellas|nosotros|alguien|todos|cualquiera|el(?=\s*(?:[.,;!?]|$|y\b|si\b|cuando\b)))\b|"
    r"\bva\s+a\s+(?:disparar|apunalar|acuchillar|pegar\s+un\s+tiro)\s+a\b"
    r"(?!\s+(?:puerta|porteria))"
)
_ES_ARMED_AGAINST_SOMEONE = _ES_NOT_A_TOY + every_one_of(_ES_HAS_A_WEAPON, _ES_WILL_USE_IT_ON)
SPANISH_PHRASES += (_ES_ARMED_AGAINST_SOMEONE,)  # i18n-exempt: input

# No heating or power at home (the meter out of credit, cut off) with a baby, a child or an older
# person frozen or shaking ("mi bebé está helado"); not a cold hall where people bring a coat, a
# phone out of credit, a child cold at school or in a hall, one warm again, nor one "helado" with
# surprise.
_ES_NO_HEAT = (
    r"\b(?:no\s+(?:hay|tenemos|tengo|tiene|funciona)\s+(?:\w+\s+){0,2}?(?:luz|calefaccion|gas|"
    r"electricidad|estufa|radiador)|sin\s+(?:luz|calefaccion|gas|electricidad)|"
    r"(?:se\s+(?:nos\s+)?(?:acabo|termino|ha\s+acabado)|no\s+queda)\s+(?:el\s+)?(?:saldo|"
    r"credito)\s+(?:del|de\s+la)\s+(?:contador|luz|gas)|(?:nos|me)\s+(?:han\s+)?cort\w*\s+"
    r"(?:la\s+luz|el\s+gas))\b"
)
_ES_SOMEONE_FROZEN = (
    r"\b(?:bebe|nin[oa]s?|hij[oa]s?|crios?|peque\w*|abuel[oa]s?|madre|padre|mama|papa)\b"
    r"(?:\s+\w+){0,5}?\s+(?:esta|estan|sigue|siguen|se\s+(?:ha\s+)?(?:quedado|puesto))\s+"
    r"(?:muy\s+|tan\s+)?(?:helad[oa]s?|congelad[oa]s?|fri[oa]s?|temblando|morad[oa]s?|"
    r"azul(?:es)?)\b(?!\s+(?:de|con|por)\s+(?:la\s+|el\s+)?(?:sorpresa|noticia|susto|miedo))|"
    r"\bhipotermia\b"
)
SPANISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:abrigo|chaqueta|ya\s+(?:esta|estan)\s+calentit\w*|colegio|escuela|clase|"
    r"gimnasio|sala|salon|oficina|iglesia|asamblea)\b)"
    + every_one_of(_ES_NO_HEAT, _ES_SOMEONE_FROZEN),
)

# Someone else held locked in, with a plea passed out (a note through the window, help asked)
# ("me pasó una nota diciendo que la tiene encerrada"); and how many tablets it takes not to wake,
# with the pack at hand ("tengo el bote aquí"); not either question asked with no such sign.
SPANISH_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:la|lo|las|los|nos)\s+(?:tiene|tienen|ha|han)\s+(?:\w+\s+)?encerrad[oa]s?\b",
        r"\bnota\b|\bpapel\b|\bventana\b|\bayuda\b|\bsocorro\b|\bgrit\w*",
    ),
    "^"
    + every_one_of(
        r"\bcuant[oa]s\s+(?:\w+\s+){0,3}?(?:pastillas|pildoras|comprimidos|somniferos|calmantes)",
        r"\bno\s+(?:volver\s+a\s+)?despertar|\bmorir\b|\bmatarme\b|\bpara\s+siempre\b",
        r"\btengo\s+(?:\w+\s+){0,2}?(?:bote|caja|frasco|blister|paquete|tableta)s?\b",
    ),
)
