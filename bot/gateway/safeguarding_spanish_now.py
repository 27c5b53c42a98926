"""The Spanish phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_spanish, whose module has no room left): cutting oneself
now with bleeding that will not stop; a whole box of tablets swallowed; hanging oneself or all the
tablets tonight; someone beaten now, or heard being beaten; a man with a knife who has locked the
door; a man who followed the writer from the station or the bus; a child alone at home for days;
a child hit and bleeding from the head; a girl married off to a cousin or abroad; a girl to be
cut; chest pain with no speech; and someone beaten or starved to drive out a spirit. Also a debt
to a smuggler or the person the writer rents from, with harm threatened; a landlord who wants
sex or will report the writer to the Home Office; stones thrown at the writer's hotel or home;
killing oneself rather than be deported; a child taken by a man who says he is the uncle; put
out with nowhere to sleep; lost at night with a dying phone; trapped by a fire; a baby not
breathing properly; a fit that goes on; someone fallen who will not wake.
Text has been through safeguarding_languages.fold (no accents: "estación" reads "estacion").

At work and nearby: a man with a knife or a gun where the writer works; a boss who says stay or
go with him tonight or be sacked; hit yesterday by someone who comes back tomorrow; a girl who
asked the writer for help in secret, kept by a man; someone else who said they will end their
life tonight.

Left alone: a haircut at home, a whole box of biscuits, the tablet for blood pressure tonight,
tiles stuck on a wall, shouting a child in for dinner, a knife for the bread, a dog that followed
the writer from the stop, "Solo en casa" watched for two days, chewing gum stuck in a child's
hair, a cousin's wedding abroad, a haircut for a daughter, a grandfather not speaking to an aunt,
a fright given in a spirit costume, a brother owed 40, a late fee, stones thrown into a river,
studying hard, an uncle taking a niece to the cinema, a lost dog, a fire in the fireplace, a
cold, a crying child, a fall at the market.
Also someone who has drunk a great deal and now does not respond, breathes oddly or has purple
lips (not someone asleep and snoring, nor a friend not answering messages).
Also someone without heating found frozen, beside shivering, odd speech or no answer (not a
grandfather who shakes with laughter and talks funny doing the priest).
Also a witness told they will be killed if they go to the trial or testify (not shoes that
"kill" the feet at a trial).
"""

from __future__ import annotations

from bot.gateway.safeguarding_spanish_plans import _ES_DAY, _ES_TABLETS
from bot.gateway.safeguarding_words import every_one_of

# Cutting oneself now with bleeding ("me estoy cortando ahora y no para de sangrar", "me he
# cortado las venas"); not a haircut or nails, nor a finger cut in the kitchen.
_ES_CUTTING_NOW = (
    r"\bme\s+estoy\s+(?:cortando|rajando|haciendo\s+cortes)\b(?!\s+(?:el|la|las|los|un|una)\s+"
    r"(?:pelo|unas|flequillo|barba|puntas|cebolla|pan|dedo))|\bme\s+(?:he\s+cortado|corte|"
    r"acabo\s+de\s+cortar)\s+(?:las\s+)?(?:venas|munecas|brazos)\b"
)
_ES_BLEEDING_OR_NOW = (
    r"\bno\s+(?:para|deja|paro|dejo)\s+de\s+sangrar\b|\bsangr\w*|\bmucha\s+sangre\b|"
    r"\bahora(?:\s+mismo)?\b|\bvenas\b|\bmunecas\b"
)
# A whole box or all the tablets swallowed; not a whole box of biscuits.
_ES_DRUG = (
    rf"(?:{_ES_TABLETS}|pastis|medicinas|capsulas|paracetamol\w*|ibuprofeno\w*|"
    r"tranquilizantes|antidepresivos|orfidal|lorazepam|diazepam|trankimazin)"
)
_ES_WHOLE_BOX = (
    r"\b(?:me\s+)?(?:acabo\s+de\s+tomar|acabo\s+de\s+tragar|he\s+tomado|he\s+tragado|tome|"
    r"trague|me\s+he\s+tomado|me\s+tome)\s+(?:\w+\s+)?(?:una|la|un|el)\s+(?:caja|blister|bote|"
    rf"tableta|frasco)\s+(?:entera?|enter[oa])\s+de\s+(?:\w+\s+)?{_ES_DRUG}\b"
)
# Hanging oneself or taking all the tablets on a day or tonight ("esta noche me voy a ahorcar",
# "esta noche me tomo todas las pastillas"); not "si vuelvo a oír esa canción me ahorco".
_ES_HANG_OR_ALL = (
    r"\b(?:me\s+voy\s+a\s+ahorcar|voy\s+a\s+ahorcarme|me\s+ahorco|me\s+ahorcare)\b|"
    r"\b(?:me\s+tomo|me\s+voy\s+a\s+tomar|voy\s+a\s+tomarme|me\s+tomare|me\s+trago)\s+"
    rf"(?:\w+\s+)?todas\s+(?:las|mis)\s+{_ES_DRUG}\b(?!\s+(?:de\s+la\s+semana|del\s+dia))"
)
SPANISH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_ES_CUTTING_NOW, _ES_BLEEDING_OR_NOW),
    _ES_WHOLE_BOX,
    r"^(?!.*\b(?:si\s+(?:me|vuelvo|oigo|tengo|pierdo|sigue|siguen|otra|no|el|ella|mi)\b|broma|jaj\w*|medico|receta|como\s+siempre)\b)"
    + every_one_of(_ES_HANG_OR_ALL, rf"\b{_ES_DAY}\b"),
)

# Someone beating a person now ("mi marido le está pegando a mi madre ahora mismo", "me está
# pegando"), or heard doing it ("la estoy oyendo pegarle"); not tiles or a label stuck on, nor
# shouting a child in ("pegarle voces").
_ES_DOER = (
    r"\b(?:marido|novio|pareja|ex|padre|padrastro|hermano|hijo|tio|suegro|cunado|vecin[oa]|"
    r"el|ellos|hombre)\b"
)
_ES_NOT_STUCK = (
    r"(?!\s+(?:el|la|los|las|un|unos|unas|gritos|voces|un\s+grito)\b)(?!\s+una\s+"
    r"(?!paliza|golpiza|zurra))"
)
_ES_BEATING_SOMEONE = (
    r"\b(?:me|le|la|lo|les|nos)\s+(?:esta|estan)\s+(?:pegando|golpeando|dando\s+una\s+paliza|"
    rf"dando\s+golpes|pateando)\b{_ES_NOT_STUCK}|\b(?:esta|estan)\s+(?:pegando|golpeando)"
    r"(?:le|me|les|nos)?\s+a\s+(?:mi|mis|la|el|su|sus)\s+(?:madre|mama|padre|hermana|hermano|"
    r"hij[oa]s?|abuel[oa]|nin[oa]s?|bebe|mujer|novia)\b"
)
_ES_HEARD_BEATING = (
    r"\b(?:la|lo|los|las)\s+(?:estoy|estamos)\s+(?:oyendo|escuchando)\s+(?:pegarle|golpearle|"
    r"pegar|golpear|darle\s+(?:una\s+paliza|golpes))\b" + _ES_NOT_STUCK + r"|\b(?:oigo|escucho|"
    r"estoy\s+oyendo|estoy\s+escuchando)\s+(?:como\s+)?(?:le\s+)?(?:pega|golpea|pegan|golpean)"
    r"\b" + _ES_NOT_STUCK
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:sol|calor|gripe|resfriado|catarro|virus|piojos|acento)\b).*"
    + rf"{_ES_DOER}\s+(?:\w+\s+){{0,3}}?(?:{_ES_BEATING_SOMEONE})",
    _ES_HEARD_BEATING,
)

# A man with a knife or a gun who has locked the door ("está con un cuchillo y ha cerrado la
# puerta con llave"); not a knife for the bread, nor a door locked for the cat.
_ES_ARMED = (
    r"\b(?:esta|estaba|tiene|cogio|ha\s+cogido|saco|ha\s+sacado|con)\s+(?:con\s+)?(?:un|una|el|"
    r"la)\s+(?:cuchillo|navaja|machete|arma|pistola|tijeras|hacha)\b"
)
_ES_LOCKED_DOOR = (
    r"\b(?:cerrado|cerro|cierra)\s+(?:la\s+puerta\s+)?con\s+llave\b|\bechado\s+(?:la\s+)?llave\b|"
    r"\b(?:nos|me)\s+(?:ha\s+)?encerr\w*|\batranc\w*"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pan|tarta|carne|verduras|cebolla|fruta|queso|cocina\w*|gato|perro)\b)"
    + every_one_of(_ES_ARMED, _ES_LOCKED_DOOR),
)

# A man who followed the writer from the station, the bus or school, with him waiting outside
# or her fear ("un hombre me ha seguido desde la estación y me está esperando fuera"); not a dog
# that followed her from the stop, nor a follow on Instagram.
_ES_FOLLOWS_ME = (
    r"\bme\s+(?:ha\s+|han\s+|esta\s+|estan\s+|viene\s+|lleva\s+)?(?:seguido|siguiendo|sigue|"
    r"siguen|siguio|persigue|perseguido|persiguiendo)\b"
)
_ES_A_MAN = (
    r"\b(?:hombre|tio|tipo|senor|chico|alguien|desconocido|coche|furgoneta|moto|hombres|chaval)\b"
)
_ES_FROM_A_STOP_OR_OUTSIDE = (
    r"\b(?:desde|de)\s+(?:la|el)\s+(?:estacion|parada|autobus|bus|metro|tren|colegio|trabajo|"
    r"salida)\b|\b(?:me\s+)?(?:esta|estan)\s+esperando\s+(?:\w+\s+)?(?:fuera|afuera|abajo|"
    r"en\s+la\s+puerta|en\s+el\s+portal)\b|\bmiedo\b|\bque\s+hago\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:instagram|insta|tiktok|twitter|redes|perr\w*|gat[oa])\b)"
    + every_one_of(_ES_FOLLOWS_ME, _ES_A_MAN, _ES_FROM_A_STOP_OR_OUTSIDE),
)

# A child alone at home for days ("el niño lleva dos días solo en casa sin comida"); not the
# film "Solo en casa", nor a child home for a few hours.
_ES_A_CHILD = (
    r"\b(?:nin[oa]s?|nene|nena|bebe|hij[oa]s?|crios?|chiquit\w*|pequen[oa]s?|sobrin[oa]s?)\b"
)
_ES_ALONE_AT_HOME = (
    r"\bsol[oa]s?\s+en\s+(?:casa|el\s+piso|el\s+apartamento)\b|\b(?:encerrad|abandonad)[oa]s?\b"
)
_ES_FOR_DAYS = (
    r"\b(?:dos|tres|cuatro|cinco|varios|\d+)\s+dias\b|\bdesde\s+(?:ayer|anoche|el\s+"
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pelicula|peli|viendo|serie)\b)"
    + every_one_of(_ES_A_CHILD, _ES_ALONE_AT_HOME, _ES_FOR_DAYS),
)

# A child hit and bleeding from the head ("le han pegado al niño y le sangra la cabeza"); not
# chewing gum stuck in a child's hair and a headache.
_ES_HIT_HIM = (
    r"\b(?:le|la|lo|les)\s+(?:han|ha)\s+(?:pegado|golpeado|dado\s+una\s+paliza)\b"
    + _ES_NOT_STUCK
    + r"|\b(?:pegaron|golpearon|pego|golpeo|patearon)\s+(?:al|a\s+la|a\s+mi|a\s+su)\b"
)
_ES_HEAD_BLEEDING = (
    r"\bsangr\w*\s+(?:\w+\s+)?(?:la|de\s+la|por\s+la)\s+cabeza\b|\bcabeza\s+(?:\w+\s+)?sangr\w*|"
    r"\bsangre\s+(?:\w+\s+)?(?:de\s+la|en\s+la)\s+cabeza\b|\bbrecha\s+en\s+la\s+cabeza\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_A_CHILD, _ES_HIT_HIM, _ES_HEAD_BLEEDING),
)

# A girl married off by her family, to a cousin, abroad, by force or with tickets bought ("mi
# padre me va a casar con mi primo en su país"); not taken to a cousin's wedding abroad.
_ES_MARRIES_ME_OFF = (
    r"\b(?:padre|madre|familia|padres|tio|hermano|abuelo|ellos)\s+(?:\w+\s+){0,2}?(?:me\s+"
    r"(?:va|van|quiere|quieren)\s+a\s+casar|me\s+(?:quiere|quieren)\s+casar|(?:va|van)\s+a\s+"
    r"casarme|(?:quiere|quieren)\s+casarme|me\s+obliga\w*\s+a\s+casarme)\b"
)
_ES_COUSIN_OR_ABROAD = (
    r"\b(?:prim[oa]|su\s+pais|mi\s+pais|fuera|extranjero|billetes?|pasajes?|a\s+la\s+fuerza|"
    r"sin\s+que\s+yo\s+quiera|contra\s+mi\s+voluntad)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_MARRIES_ME_OFF, _ES_COUSIN_OR_ABROAD),
)

# A girl to be cut ("van a cortar a mi hija en las vacaciones, la ablación"); not a haircut,
# nor a son's circumcision, nor the subject of a talk.
_ES_CUTTING = (
    r"\b(?:ablacion|mutilacion\s+genital|circuncis\w*|cortar\s+a\s+(?:mi|la|su)\s+(?:hija|nina|"
    r"sobrina|hermana|nieta))\b"
)
_ES_A_GIRL = r"\b(?:hija|nina|sobrina|nieta|hermana|hijastra|chica)\b"
_ES_TO_BE_DONE = r"\b(?:van|va|quieren|quiere|vacaciones|viaje|llevar|llevan|mandar)\b"
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:charla|clase|sesion|campana|documental)\b)"
    + every_one_of(_ES_CUTTING, _ES_A_GIRL, _ES_TO_BE_DONE),
)

# Chest pain with no speech, no answer or a faint ("mi abuelo tiene dolor en el pecho y no
# habla"); not a grandfather with a sore knee who is not speaking to an aunt.
_ES_CHEST_PAIN = (
    r"\b(?:dolor|dolores|presion|opresion|punzada)\s+(?:fuerte\s+|muy\s+fuerte\s+)?(?:en\s+el|"
    r"de)\s+pecho\b|\b(?:le|me)\s+duele\s+(?:mucho\s+)?el\s+pecho\b"
)
_ES_NO_SPEECH = (
    r"\bno\s+(?:puede\s+)?habla\w*\b(?!\s+(?:con|conmigo|ingles|espanol))|\bno\s+(?:responde|"
    r"contesta|reacciona)\b(?!\s+(?:al|el|los|las|a)\s+(?:telefono|movil|mensajes|llamadas))|"
    r"\bse\s+(?:ha\s+)?desmay\w*|\bsudor\s+frio\b|\bboca\s+torcida\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tos|gimnasio|ayer|ya\s+paso|mejor|risa|reir)\b)"
    + every_one_of(_ES_CHEST_PAIN, _ES_NO_SPEECH),
)

# Someone beaten, starved or kept from a doctor to drive out a spirit, a demon or a jinn ("le
# pegaron para sacarle el espíritu"); not a fright given in a spirit costume.
_ES_SPIRIT = (
    r"\b(?:demonio\w*|diablo|poseid[oa]|endemoniad[oa]|jinn|djinn|exorcis\w*)\b|\b(?:sacar|"
    r"expulsar|echar)\w*\s+(?:\w+\s+)?(?:el|los|un|al)\s+(?:\w+\s+)?espiritus?\b"
)
_ES_HARMED_FOR_IT = (
    r"\b(?:le|la|lo|les|me)\s+(?:pegaron|pegan|pega|pego|golpearon|golpean|han\s+pegado|"
    r"han\s+golpeado|quemaron|ataron|dieron\s+una\s+paliza)\b"
    + _ES_NOT_STUCK
    + r"|\bsin\s+(?:comer|beber|agua|comida)\b|\bno\s+(?:me\s+)?(?:deja|dejan)\s+(?:\w+\s+){0,2}"
    r"(?:medico|hospital)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_SPIRIT, _ES_HARMED_FOR_IT),
)

# A debt to a smuggler, an agent or someone the writer rents from, with harm threatened to the
# writer or the family ("el coyote dice que le debo 4000 y que si no pago le hace daño a mi
# familia", "si no le doy 500 libras ... me dijeron que me matan"); not a brother owed 40 who
# will tell mum, nor "mi madre me mata".
_ES_I_OWE = (
    r"\b(?:le|les)\s+debo\b|\bdebo\s+(?:\w+\s+)?\d+|\b(?:mi|la)\s+deuda\b|\bsi\s+no\s+(?:le\s+|"
    r"les\s+)?(?:pago|doy|devuelvo)\b"
)
_ES_HARM_THREATENED = (
    r"\b(?:hace|hacen|hara|haran|hacer|hacerle|hacerles)\s+dano\s+a\s+(?:mi|mis)\b|\b(?:matar|"
    r"lastimar|golpear)\s+a\s+(?:mi|mis)\s+(?:familia|padres|madre|mama|padre|hij\w+|herman\w+)"
    r"\b|\bme\s+(?:matan|mataran|van\s+a\s+matar|mandan\s+matar|manda\s+matar)\b|\bmanda\w*\s+a"
    r"\s+alguien\s+(?:a|por)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mis\s+padres|mi\s+madre|mi\s+mama|mi\s+papa|mi\s+padre|mi\s+novi[oa]|jaja\w*)"
    r"\s+(?:\w+\s+)?me\s+mata)" + every_one_of(_ES_I_OWE, _ES_HARM_THREATENED),
)

# A landlord or the person the writer rents a room from who wants sex, or will report the writer
# to the Home Office ("el hombre que me alquila el cuarto dice que si no me acuesto con él me
# denuncia a Home Office"); not rent raised if unpaid by Monday.
_ES_LANDLORD = (
    r"\b(?:casero|casera|arrendador\w*|propietari[oa]|duen[oa]\s+(?:del\s+piso|de\s+la\s+casa|"
    r"del\s+cuarto|de\s+la\s+habitacion|del\s+departamento))\b|\bme\s+(?:alquila|subarrienda|"
    r"subalquila|renta)\b"
)
_ES_SEX_OR_REPORT = (
    r"\b(?:me\s+)?acuest\w*\s+con\s+(?:el|ella)\b|\bacostarme\s+con\s+(?:el|ella)\b|\b(?:tener|"
    r"tenga|tengo)\s+sexo\s+con\s+(?:el|ella)\b|\bpagar\w*\s+con\s+(?:mi\s+cuerpo|sexo)\b|"
    r"\b(?:me\s+)?(?:denuncia|reporta|delata|entrega)\w*\s+(?:a|al|a\s+la|con)\s+(?:home\s+"
    r"office|inmigracion|extranjeria)\b|\b(?:llama|avisa)\w*\s+a\s+(?:home\s+office|"
    r"inmigracion)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_LANDLORD, _ES_SEX_OR_REPORT),
)

# People throwing stones at the writer's hotel or home now ("hay gente afuera del hotel tirando
# piedras ahora mismo"); not children throwing stones into the river.
_ES_THROWING_STONES = (
    r"\b(?:tirando|tiran|tiraron|lanzando|lanzan|lanzaron|avientan|aventando)\s+(?:\w+\s+)?"
    r"(?:piedras|ladrillos|botellas)\b|\ba\s+pedradas\b"
)
_ES_AT_OUR_PLACE = r"\b(?:hotel|casa|ventanas?|puerta|edificio|piso|nosotros|nos)\b"
_ES_NOW_OR_A_CROWD = r"\b(?:ahora|ahorita|en\s+este\s+momento|gente|grupo|hombres|afuera|fuera)\b"
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tejado|rio|lago|mar|agua|playa|charco)\b)"
    + every_one_of(_ES_THROWING_STONES, _ES_AT_OUR_PLACE, _ES_NOW_OR_A_CROWD),
)

# Killing oneself rather than be deported ("me mato antes de que me deporten, el vuelo es
# mañana"); not working oneself to death before a flight.
_ES_KILL_MYSELF_FIRST = (
    r"\bme\s+(?:mato|suicido|voy\s+a\s+matar|voy\s+a\s+suicidar)\s+antes\b|\bprefiero\s+"
    r"(?:matarme|morir|suicidarme|quitarme\s+la\s+vida)\b|\bantes\s+(?:me\s+mato|muert[oa]|me\s+"
    r"suicido)\b"
)
_ES_SENT_BACK = (
    r"\bdeport\w*|\bexpuls\w*|\bme\s+(?:devuelvan|regresen|manden\s+de\s+vuelta)\b|\b(?:volver|"
    r"regresar)\s+(?:alla|a\s+mi\s+pais)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:trabajando|estudiando|de\s+risa)\b)"
    + every_one_of(_ES_KILL_MYSELF_FIRST, _ES_SENT_BACK),
)

# A girl or boy taken tonight by a man who says he is the uncle ("un hombre que dice ser su tío
# se la lleva esta noche"); not her uncle who takes her to the cinema.
_ES_SAYS_HE_IS_UNCLE = (
    r"\b(?:dice|dijo)\s+(?:ser|que\s+es)\s+(?:su|el)\s+tio\b|\bsupuesto\s+tio\b|\bse\s+hace\s+"
    r"pasar\s+por\s+(?:su\s+)?tio\b"
)
_ES_TAKES_AWAY = r"\bllev\w*|\bbuscarl[oa]s?\b|\bviene\s+por\s+(?:ella|el)\b|\birse\s+con\s+el\b"
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_SAYS_HE_IS_UNCLE, _ES_TAKES_AWAY),
)

# Put out with nowhere to sleep, with children or in the cold ("nos echaron esta noche con mis
# hijos, no tenemos donde dormir"); not a bed found at a cousin's.
_ES_NOWHERE_TONIGHT = (
    r"\bno\s+(?:tenemos|tiene|tienen)\s+(?:donde|a\s+donde|adonde)\s+(?:dormir|quedarnos|pasar\s+"
    r"la\s+noche)\b|\b(?:estoy|estamos|quede|quedamos)\s+en\s+la\s+calle\b|\bdormir\s+en\s+la\s+"
    r"calle\b|\bno\s+se\s+donde\s+(?:voy\s+a\s+|vamos\s+a\s+)?dormir\b"
)
_ES_PUT_OUT_OR_COLD = (
    r"\b(?:nos|me)\s+(?:echaron|echo|corrieron|corrio|sacaron|saco|desalojaron)\b|\bdesaloj\w*|"
    r"\bfrio\b|\bcongel\w*|\bhelad\w*|\bhijos\b|\bbebe\b|\bninos\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_NOWHERE_TONIGHT, _ES_PUT_OUT_OR_COLD),
)

# Lost at night or with a phone running out ("estoy perdida, está oscuro y se me está acabando
# la batería"); not lost in paperwork, nor a missed film.
_ES_I_AM_LOST = (
    r"\b(?:estoy|ando|quede)\s+perdid[oa]\b|\bme\s+perdi\b(?!\s+(?:el|la|los|las|tu|su)\b)|"
    r"\bno\s+se\s+donde\s+estoy\b"
)
_ES_DARK_OR_BATTERY = (
    r"\b(?:esta|es)\s+(?:muy\s+)?(?:oscuro|de\s+noche)\b|\bbateria\b|\bse\s+me\s+(?:esta\s+)?"
    r"(?:apaga\w*|muere|muriendo|acaba\w*)\s+el\s+(?:telefono|celular|movil|cel)\b|\bsin\s+"
    r"(?:bateria|saldo|datos)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bperdid[oa]s?\s+(?:en|con)\s+(?:los|las|la|el|esta|este|estos|estas)\s+(?:tareas?|"
    r"papeles|tramites|clases?|serie|pelicula|juego|formularios?)\b)"
    + every_one_of(_ES_I_AM_LOST, _ES_DARK_OR_BATTERY),
)

# A fire at home with the writer unable to get out ("hay fuego en mi piso y no puedo salir");
# not a fire in the fireplace on a rainy evening.
_ES_FIRE_HERE = (
    r"\bhay\s+(?:un\s+)?(?:fuego|incendio)\b|\bse\s+(?:esta\s+)?quema\w*\s+(?:la|mi|el)\s+"
    r"(?:casa|piso|departamento|cuarto|edificio)\b|\b(?:fuego|incendio|humo)\s+en\s+(?:mi|la|el|"
    r"nuestro|nuestra)\b"
)
_ES_CANNOT_GET_OUT = r"\bno\s+(?:puedo|podemos|puede)\s+salir\b|\batrapad[oa]s?\b"
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:chimenea|barbacoa|parrilla|fogata|velas?|pelicula|lluvia|llueve)\b)"
    + every_one_of(_ES_FIRE_HERE, _ES_CANNOT_GET_OUT),
)

# The writer's baby or child not breathing properly ("mi bebé no respira bien"); not a blocked
# nose.
_ES_MY_LITTLE_ONE = (
    r"\b(?:mi|el|la|nuestro|nuestra)\s+(?:bebe|nene|nena|hij[oa]|nin[oa]|chiquit[oa]|recien\s+"
    r"nacid[oa])\b"
)
_ES_BREATHES_BADLY = (
    r"\bno\s+respira\s+bien\b|\brespira\s+(?:muy\s+)?(?:mal|raro|con\s+dificultad)\b|\ble\s+"
    r"cuesta\s+(?:mucho\s+)?respirar\b|\bno\s+puede\s+respirar\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:resfriado|resfrio|nariz|mocos|alergia|ronca|ayer|mejor)\b)"
    + every_one_of(_ES_MY_LITTLE_ONE, _ES_BREATHES_BADLY),
)

# A fit that has gone on for minutes or will not stop ("mi hijo lleva 5 minutos
# convulsionando"); not a tantrum.
_ES_FITTING = (
    r"\bconvuls\w*|\bataque\s+(?:de\s+)?(?:epilep\w*|epileptico)\b|\bcrisis\s+(?:epileptica|"
    r"convulsiva)\b"
)
_ES_GOES_ON = (
    r"\b(?:lleva|llevan|hace|desde\s+hace|por|ya\s+van)\s+(?:mas\s+de\s+)?(?:\d+|dos|tres|cuatro|"
    r"cinco|diez)\s+min\w*|\bno\s+(?:se\s+)?(?:para|detiene|le\s+pasa|termina)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_FITTING, _ES_GOES_ON),
)

# Someone fallen who will not wake or whose head bleeds ("mi madre se cayó, le sangra la cabeza
# y no despierta"); not a fall at the market and a sore head, nor a web page that went down.
_ES_FELL = (
    r"\bse\s+(?:ha\s+)?(?:caido|cayo)\b(?!\s+(?:el|la|los|las)\s+(?:internet|pagina|sistema|app|"
    r"aplicacion|red|servidor|telefono|celular|movil|vaso|plato)\b)"
)
_ES_WONT_WAKE_OR_HEAD_BLEEDING = (
    r"\bno\s+(?:se\s+)?despierta\b(?!\s+hasta)|\bno\s+reacciona\b|\binconsciente\b|\bno\s+puedo\s"
    r"+despertarl[oa]\b|\b(?:le\s+)?sangra\s+(?:mucho\s+)?(?:la|de\s+la)\s+cabeza\b|\bcabeza\s+"
    r"(?:\w+\s+)?sangr\w*"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_FELL, _ES_WONT_WAKE_OR_HEAD_BLEEDING),
)

# A man with a knife or a gun where the writer works or now ("hay un hombre con un cuchillo en la
# tienda donde trabajo"); not a man slicing ham or bread with a knife in the shop.
_ES_ARMED_MAN = (
    r"\b(?:hombre|tipo|senor|chico|cliente|alguien|uno)\s+(?:\w+\s+)?(?:con\s+(?:un\s+|una\s+)?"
    r"(?:cuchillo|navaja|machete|pistola|arma|hacha)|(?:tiene|lleva|saco)\s+(?:un\s+|una\s+)?"
    r"(?:cuchillo|navaja|machete|pistola|arma))\b"
)
_ES_WHERE_I_AM = r"\b(?:ahora|donde\s+trabajo|tienda|ayuda|aqui|delante\s+de\s+mi)\b"
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pan|jamon|queso|carne|verdura\w*|cocina|corta\s+\w+\s+rodajas)\b)"
    + every_one_of(_ES_ARMED_MAN, _ES_WHERE_I_AM),
)

# A boss who says the writer must stay or go with him tonight or be sacked ("si no me quedo con
# él esta noche me despide"); not staying on the night shift ("con el turno").
_ES_BOSS = r"\b(?:jefe|patron|encargad\w*|dueno|capataz|supervisor|gerente)\b"
_ES_IF_NOT_WITH_HIM = (
    r"\bsi\s+no\s+(?:\w+\s+)?(?:quedo|voy|salgo|duermo|vengo|acuesto|paso\s+la\s+noche)\s+(?:\w+"
    r"\s+){0,2}con\s+el(?:\s+(?:esta|hoy|despues|a\s+solas|en\s+su|o|y|me)\b|\s*[,.!?]|$)"
)
_ES_SACKED = (
    r"\bme\s+(?:despide|echa|corre|bota)\b|\bpierdo\s+el\s+(?:trabajo|empleo)\b|\b(?:in)?"
    r"migracion\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_BOSS, _ES_IF_NOT_WITH_HIM, _ES_SACKED),
)

# Hit yesterday by someone who comes back tomorrow or tonight ("ayer me pegó y dijo que mañana
# vuelve"); not a cold caught ("me pegó la gripe").
_ES_HIT_ME = (
    r"\bme\s+(?:pego|golpeo|pegaron|golpearon|dio\s+una\s+paliza|dieron\s+una\s+paliza)\b(?!\s+"
    r"(?:un\s+|una\s+|el\s+|la\s+)?(?:resfriado|gripe|catarro|virus|susto|covid|sol)\b)"
)
_ES_BACK_AGAIN = (
    r"\b(?:vuelve|volvera|va\s+a\s+volver|viene|vendra|va\s+a\s+venir)\s+(?:\w+\s+)?(?:manana|"
    r"otra\s+vez|esta\s+noche)\b|\bmanana\s+(?:\w+\s+)?(?:vuelve|viene|volvera|vendra)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_HIT_ME, _ES_BACK_AGAIN),
)

# A girl who asked the writer for help in secret, kept by a man ("una niña me pidió ayuda en voz
# baja, el hombre que está con ella me echó"); not a girl asking for help with homework.
_ES_A_GIRL = r"\b(?:nina|chica|chiquilla|muchacha|menor|nena|chaval\w*)\b"
_ES_ASKED_ME_FOR_HELP = r"\bme\s+(?:pidio|pide|pidieron)\s+(?:\w+\s+)?ayuda\b|\bayudame\b"
_ES_IN_SECRET = (
    r"\b(?:en\s+voz\s+baja|susurr\w*|a\s+escondidas|me\s+echo|no\s+la\s+deja\w*|asustad\w*|"
    r"llorando)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_A_GIRL, _ES_ASKED_ME_FOR_HELP, _ES_IN_SECRET),
)

# Someone else who said they will end their life tonight or who gave things away or is not
# answering ("me dijo que esta noche se va a quitar la vida y no contesta"); not "se va a matar a
# estudiar" (an idiom).
_ES_THEY_WILL_END_IT = (
    r"\b(?:se\s+va\s+a|se\s+quiere|dijo\s+que\s+se\s+iba\s+a)\s+(?:quitar\s+la\s+vida|suicidar|"
    r"matar(?!\s+(?:a|de|con|en|corriendo)\b))\b|\b(?:va|quiere|iba)\s+a\s+(?:quitarse\s+la\s+"
    r"vida|suicidarse|matarse(?!\s+(?:a|de|con|en)\b))\b"
)
_ES_TONIGHT_OR_SILENT = (
    r"\b(?:esta\s+noche|hoy|regalo\s+sus\s+cosas|se\s+despidio|no\s+contesta|no\s+responde)\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_THEY_WILL_END_IT, _ES_TONIGHT_OR_SILENT),
)

# Someone who has drunk a great deal ("bebió muchísimo", "está muy borracho") and now does not
# respond, breathes oddly or has blue or purple lips; not someone asleep and snoring after a
# party, nor a friend who does not answer messages.
_ES_DRANK_A_LOT = (
    r"\b(?:bebio|ha\s+bebido|tomo|ha\s+tomado|se\s+bebio|se\s+tomo)\s+(?:\w+\s+)?(?:muchisimo|"
    r"mucho|demasiado|un\s+monton|sin\s+parar|media\s+botella|una\s+botella|toda\s+la\s+botella)|"
    r"\b(?:muy|super|bien|totalmente)\s+(?:borrach[oa]|ebri[oa]|pedo)\b|\bcoma\s+etilico\b"
)
_ES_DOES_NOT_COME_ROUND = (
    r"\bno\s+(?:responde|reacciona|se\s+despierta|despierta|abre\s+los\s+ojos)\b"
    r"(?!\s+(?:a\s+)?(?:los\s+|mis\s+|al\s+)?(?:mensajes|whatsapp|telefono|movil|llamadas))|"
    r"\brespira\s+(?:muy\s+)?(?:raro|mal|lento|despacio|con\s+dificultad)\b|\blabios\s+"
    r"(?:\w+\s+)?(?:morados|azules)\b|\binconsciente\b|\bse\s+ahoga\s+con\s+(?:su\s+)?vomito\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_DRANK_A_LOT, _ES_DOES_NOT_COME_ROUND),
)

# Someone left without heating found frozen, beside shivering, odd speech or no answer ("lleva sin
# calefacción desde el lunes, lo encontré helado, tiembla y habla raro"); not an ice cream found
# in the freezer, nor a grandfather who shakes with laughter and talks funny doing the priest.
_ES_NO_HEATING = r"\bsin\s+(?:calefaccion|calor|luz|gas|estufa|radiadores)\b"
_ES_FOUND_FROZEN = (
    r"\b(?:lo|la)\s+(?:he\s+)?(?:encontr\w+|hall\w+|not\w+|vi|toque|toco)\s+(?:\w+\s+){0,2}?"
    r"(?:helad[oa]|congelad[oa]|fri[oa]|morad[oa]|azul)\b|\btiene\s+(?:el\s+cuerpo|las\s+manos|"
    r"la\s+piel)\s+(?:\w+\s+)?(?:helad[oa]s?|congelad[oa]s?)\b"
)
_ES_COLD_SIGN = (
    r"\b(?:tiembla|temblando|habla\s+(?:raro|rara|mal)|no\s+habla\s+bien|confundid[oa]|"
    r"desorientad[oa]|no\s+(?:responde|reacciona|se\s+despierta)|adormilad[oa])\b"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_NO_HEATING, _ES_FOUND_FROZEN, _ES_COLD_SIGN),
)

# A witness told they will be killed if they go to the trial, testify or go to the police ("me
# dijeron que si voy al juicio me matan"); not shoes that hurt the feet at a trial ("me matan los
# pies").
_ES_IF_I_TESTIFY = (
    r"\bsi\s+(?:\w+\s+){0,2}?(?:voy|vas|va|declaro|declaras|testifico|testificas|hablo|hablas|"
    r"denuncio|denuncias)\s+(?:\w+\s+){0,3}?(?:juicio|tribunal|juzgado|policia|fiscal\w*)\b|"
    r"\bsi\s+(?:\w+\s+)?(?:declaro|declaras|testifico|testificas)\b"
)
_ES_KILLED = (
    r"\b(?:me|te|nos|la|lo)\s+(?:matan|matamos|mataran|mataremos|van\s+a\s+matar|vamos\s+a\s+"
    r"matar|rajan|rajamos)\b(?!\s+(?:los|las|de|a\s+(?:trabajar|preguntas)))"
)
SPANISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_IF_I_TESTIFY, _ES_KILLED),
)
