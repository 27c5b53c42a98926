"""The Spanish phrase net's readings of a crisis of mind or body now and of a child groomed by an
adult the family trusts (read by safeguarding_languages with safeguarding_spanish, whose module
has no room left): an eating disorder with days unfed and a faint, chest pain or a racing heart
("lleva días sin comer, hoy se desmayó y le duele el pecho"), and a panic attack that takes the
writer while driving ("tengo un ataque de pánico, estoy sola en el coche en la autopista, no puedo
seguir conduciendo"), or to someone else at the wheel; a baby in bed with an adult who has taken
drink or drugs and cannot be woken, or lies on the baby ("se ha fumado algo y está durmiendo con
el bebé en la cama, no consigo despertarlo"); and a coach, teacher or priest who asks a child for
photos without clothes or keeps a secret with the child ("el entrenador le pide fotos sin ropa y
le dice que es un secreto").
Text has been through safeguarding_languages.fold (no accents: "pánico" reads "panico").

Left alone: "me muero de hambre" (I'm starving), a fast with no faint or heart sign, a chest
sore from a cough, a panic attack that is over or told of another time, traffic that "gives"
the writer a panic attack, a driving lesson that makes them nervous, a tired father asleep
beside the baby, a coach who asks for the team's photos in the new kit, a surprise party kept
secret.
Also: a disabled adult made to do sexual things (not a neighbour who takes him to football);
rape just now or tonight (not made to stay late); someone beaten now for who they are (not a
door knocked); cutting every night or bleeding that will not stop after cutting (not a finger
cut in the kitchen); someone else who says or writes that they want to die or kill themselves
("su último mensaje dice que quiere morirse"; not "dice que se quiere morir de vergüenza").
Also a gas stove, a heater or a charcoal brazier on all night or in a shut room beside someone
who does not wake or respond ("la estufa lleva toda la noche encendida y no se despierta"; not
a stove on all night and someone who woke up hot).
A plan to end one's life: safeguarding_spanish_plans.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Days or weeks without eating, or purging ("lleva días sin comer", "no ha comido nada en una
# semana", "vomita después de cada comida", "toma laxantes").
_ES_UNFED = (
    r"\b(?:lleva|llevo|llevamos|llevan|va|van)\s+(?:ya\s+)?(?:\w+\s+)?(?:dias|semanas?|mes)\s+"
    r"sin\s+(?:comer|probar\s+bocado)\b|\bno\s+(?:ha\s+|he\s+)?(?:come|comido|comio|comi)\s+"
    r"(?:nada\s+)?(?:en|desde\s+hace|hace)\s+(?:\w+\s+)?(?:dias|semanas|una\s+semana)\b|"
    r"\bvomit\w*\s+(?:\w+\s+)?(?:despues\s+de\s+(?:cada\s+)?comer|todo\s+lo\s+que\s+come)\b|"
    r"\blaxantes\b"
)
# A faint, chest pain, a heart racing or not able to stand, now or today.
_ES_BODY_GIVING_WAY = (
    r"\b(?:se|me)\s+(?:ha\s+|he\s+)?desmay\w*|\bperdi\w*\s+el\s+conocimiento\b|"
    r"\b(?:le|me)\s+duele\s+(?:mucho\s+)?el\s+pecho\b|\bdolor\s+(?:en\s+el|de)\s+pecho\b|"
    r"\bcorazon\s+(?:le\s+|me\s+)?(?:late|va|palpita)\s+(?:muy\s+)?(?:rapido|fuerte|raro)\b|"
    r"\bno\s+(?:se\s+|me\s+)?(?:puede|puedo)\s+(?:poner|mantener|tener)\s+(?:de\s+|en\s+)pie\b"
)
_ES_NOT_A_COUGH = r"^(?!.*\b(?:tos|toser|gripe|resfriado|ramadan|hace\s+(?:anos|meses))\b)"
SPANISH_CRISIS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _ES_NOT_A_COUGH + every_one_of(_ES_UNFED, _ES_BODY_GIVING_WAY),
)

# A panic attack happening now to the writer or someone else while driving or at the wheel.
_ES_PANIC_NOW = (
    r"\b(?:tengo|tiene|estoy\s+teniendo|esta\s+teniendo|(?:me|le)\s+esta\s+dando|(?:me|le)\s+"
    r"acaba\s+de\s+dar)\s+(?:una?\s+)?"
    r"(?:ataque|crisis)\s+de\s+(?:panico|ansiedad)\b"
)
_ES_DRIVING_NOW = (
    r"\b(?:estoy|esta)\s+(?:sol[oa]\s+)?(?:en\s+el\s+(?:coche|carro|auto)|conduciendo|manejando|"
    r"al\s+volante|en\s+la\s+(?:autopista|autovia|carretera))\b|\bno\s+(?:puedo|puede)\s+"
    r"(?:seguir\s+)?(?:conduciendo|manejando|conducir|manejar)\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:trafico|atasco|clase|examen\s+de\s+conducir)\b)"
    + every_one_of(_ES_PANIC_NOW, _ES_DRIVING_NOW),
)

# A baby in bed with an adult who has taken drink or drugs, who cannot be woken or lies on the
# baby; not a tired adult asleep beside the baby, nor a cigarette smoked outside.
_ES_BABY = r"\b(?:el|la|al|del|mi|su|con\s+el|con\s+la)\s+(?:bebe|nene|nena|recien\s+nacid[oa])\b"
_ES_SHARED_SLEEP = (
    r"\b(?:durmiendo|dormido|dormida|duerme|se\s+ha\s+dormido|se\s+durmio|acostad[oa])\b|"
    r"\ben\s+la\s+cama\b|\b(?:debajo|encima)\s+de\b"
)
_ES_ADULT_OUT = (
    r"\bno\s+(?:consigo|puedo|logro|podemos)\s+despertarl[oae]\b|"
    r"\bse\s+ha\s+(?:fumado|metido|tomado)\s+(?:algo|un\s+porro|porros|pastillas)|"
    r"\b(?:drogad[oa]|borrach[oa]|colocad[oa])\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cigarr\w*|tabaco|siesta\s+normal)\b)"
    + every_one_of(_ES_BABY, _ES_SHARED_SLEEP, _ES_ADULT_OUT),
)

# A child's coach, teacher or priest who asks for or sends photos without clothes, or tells the
# child it is a secret between them; not photos of the team in its kit, nor a surprise kept.
_ES_TRUSTED_ADULT = (
    r"\b(?:entrenador\w*|profesor\w*|profe|maestr[oa]|monitor\w*|tutor\w*|catequista|cura|"
    r"sacerdote|pastor|imam|coach|instructor\w*)\b"
)
_ES_NUDE_OR_SECRET = (
    r"\b(?:fotos?|videos?|imagenes)\s+(?:\w+\s+){0,2}(?:sin\s+ropa|desnud\w*|en\s+ropa\s+"
    r"interior|intimas|en\s+calzoncillos|en\s+bragas)\b|\b(?:es|sea)\s+(?:un|nuestro)\s+"
    r"secreto\s+(?:entre\s+(?:ellos|ellas|los\s+dos|nosotros|vosotros)|suyo)\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:fiesta\s+sorpresa|sorpresa|regalo\s+de\s+cumpleanos)\b)"
    + every_one_of(_ES_TRUSTED_ADULT, _ES_NUDE_OR_SECRET),
)

# A disabled adult made to do sexual things by someone who takes them away.
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:discapacidad|sindrome\s+de\s+down|autis\w*|demencia|alzheimer)\b",
        r"\b(?:obliga|obligo|obligan|fuerza|forzo)\w*\s+a\s+(?:hacer\s+|tener\s+)?"
        r"(?:cosas\s+sexuales|sexo|tocarl\w*|desnudar\w*)|\babusa\w*\s+sexualmente\b",
    ),
)

# Sex forced or rape, just happened or tonight ("anoche me obligó ... esta noche la madre no
# está"); not made to work late ("me obligó a quedarme"), nor a film about it.
_ES_FORCED_SEX = (
    r"(?<!\bno\s)\b(?:me|la|le|nos)\s+(?:obligo|forzo|obligaron|forzaron)\b"
    r"(?!\s+la\s+mano)(?!\s+(?:\w+\s+)?a\s+(?!(?:acostarme|"
    r"tener\s+sexo|tener\s+relaciones|desnudarme)))|\b(?:me|la|nos)\s+(?:violo|violaron)\b|"
    r"\babuso\s+(?:sexualmente\s+)?de\s+(?:mi|ella)\b|\bme\s+han\s+violado\b"
)
_ES_JUST_OR_TONIGHT = (
    r"\b(?:anoche|ayer|esta\s+noche|hoy|ahora|otra\s+vez|de\s+nuevo|por\s+la\s+noche|"
    r"esta\s+manana)\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pelicula|libro|serie|novela)\b)"
    + every_one_of(_ES_FORCED_SEX, _ES_JUST_OR_TONIGHT),
)

# Someone beaten now for who they are ("le están pegando a mi hijo porque es gay"); not a ball
# kicked, nor a fight in a film.
_ES_BEATING_NOW = (
    r"\b(?:esta|estan)\s+(?:pegando|golpeando|dando\s+una\s+paliza|agrediendo|pateando)\b|"
    r"\ble\s+(?:estan|esta)\s+(?:pegando|dando\s+patadas|dando\s+golpes)\b"
)
_ES_FOR_WHO_THEY_ARE = (
    r"\bporque\s+(?:es|somos|son|soy)\s+(?:gay|negr[oa]s?|musulman\w*|judi[oa]s?|"
    r"extranjer\w*|trans|gitan\w*|lesbiana)\b|\braci\w*|\bhomofob\w*|\bmaricon\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_ES_BEATING_NOW, _ES_FOR_WHO_THEY_ARE),
)

# Cutting oneself again or on purpose and bleeding that will not stop ("me corto todas las
# noches, hoy me pasé y no para de sangrar"), or the cutting said as a nightly habit; not a
# finger cut in the kitchen, nor a haircut.
_ES_CUT_MYSELF = (
    r"\bme\s+(?:corto|corte|he\s+cortado|raje|he\s+rajado|he\s+vuelto\s+a\s+cortar)\b"
    r"(?!\s+(?:el\s+pelo|las\s+unas|el\s+flequillo|la\s+barba|el\s+dedo|con\s+(?:un\s+)?papel))"
)
_ES_CUT_AGAIN = (
    r"\bme\s+corto\s+(?:todas\s+las\s+noches|cada\s+noche|todos\s+los\s+dias|cada\s+dia|"
    r"a\s+escondidas|a\s+proposito)\b"
)
_ES_BLEEDING = (
    r"\bno\s+(?:para|deja|paro|dejo)\s+de\s+sangrar\b|\bsangra\s+(?:mucho|muchisimo|sin\s+"
    r"parar)\b|\bmucha\s+sangre\b|\bme\s+pase\b"
)
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    _ES_CUT_AGAIN,
    r"^(?!.*\b(?:cocina\w*|pelando|afeitando|cortando|verduras|cebolla|pan|cristal|lata|"
    r"jardin\w*|dedo)\b)" + every_one_of(_ES_CUT_MYSELF, _ES_BLEEDING),
)

# Someone else who says, writes or texts that they want to die or to kill themselves ("su último
# mensaje dice que quiere morirse", "me escribió que se va a matar"); not dying of shame, of
# laughter or of heat.
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    r"\b(?:dice|dijo|decia|escribe|escribio|pone|puso|mensaje)\s+que\s+(?:ya\s+)?(?:quiere\s+"
    r"(?:morirse|matarse|suicidarse|desaparecer\s+para\s+siempre)|se\s+(?:quiere|va\s+a)\s+"
    r"(?:morir|matar|suicidar)|va\s+a\s+(?:matarse|suicidarse|quitarse\s+la\s+vida))\b"
    r"(?!\s+(?:de|del|con|si|cuando|por\s+(?:la|el)\s+(?:calor|frio|risa)))",
)

# A gas stove, a heater or a charcoal brazier on all night or in a shut room beside someone who
# does not wake or respond; not a stove on all night and someone who woke up hot, nor a film.
_ES_FUMES = r"\b(?:estufa|brasero|calentador|calefactor|carbon|gas)\b"
_ES_ALL_NIGHT = (
    r"\btoda\s+la\s+noche\b|\b(?:habitacion|cuarto|garaje)\s+cerrad\w*|\bsin\s+ventila\w*|"
    r"\bventanas?\s+cerrad\w*"
)
_ES_NOT_WAKING = (
    r"\bno\s+(?:se\s+)?(?:despierta|reacciona|responde)\b|\binconscient\w*|\bdesmayad\w*"
)
_ES_A_STORY = r"\b(?:pelicula|serie|novela|libro)\b"
SPANISH_CRISIS_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_ES_A_STORY})" + every_one_of(_ES_FUMES, _ES_ALL_NIGHT, _ES_NOT_WAKING),
)
