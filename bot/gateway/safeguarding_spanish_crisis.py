"""The Spanish phrase net's readings of a crisis of mind or body now (read by
safeguarding_languages with safeguarding_spanish, whose module has no room left): an eating
disorder with days unfed and a faint, chest pain or a racing heart ("lleva días sin comer, hoy
se desmayó y le duele el pecho"), and a panic attack that takes the writer while driving ("tengo
un ataque de pánico, estoy sola en el coche en la autopista, no puedo seguir conduciendo"), or
to someone else at the wheel.
Text has been through safeguarding_languages.fold (no accents: "pánico" reads "panico").

Left alone: "me muero de hambre" (I'm starving), a fast with no faint or heart sign, a chest
sore from a cough, a panic attack that is over or told of another time, traffic that "gives"
the writer a panic attack, a driving lesson that makes them nervous.
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
