"""The Romanian phrase net's readings of a plan to end one's life said plainly, and of a girl
under 16 with a grown "boyfriend" (read by safeguarding_languages with safeguarding_romanian,
whose module has no room left). Text has been through safeguarding_languages.fold (no
diacritics: "mă spânzur" reads "ma spanzur").

It reads the writer's own death in the first person, future or decided: "mă spânzur", "mă
împușc" (not after "dacă" or "mai bine", the idiom of a bad day), "mă arunc în fața trenului" or
"de pe pod", "am hotărât să mor", "termin cu viața asta", "nu voi mai fi în viață"; and a means
at hand (a rope, a gun, the rails, a bridge or a river, tablets got hold of, a hose to the
exhaust) beside a day or time and a decision or a goodbye ("am făcut rost de pastile destule,
sâmbătă, nu mai vreau să fiu o povară"). Left alone: a leave or a haircut decided, a train
caught tonight, photos from a bridge, a rope for the washing, vitamins packed for a trip, the
office after the weekend, "life as a student" finished, "nu voi mai fi în viață atunci" (a date
decades off).
Also a girl who says she is 15 or younger, with a "boyfriend" of 18 or more who takes her to
his place tonight or tells her to tell no one (not a boyfriend of 17 taking her to a film, nor a
brother of 28).
Also a farewell note left by someone who has gone or does not answer (not a goodbye card for a
teacher or a colleague, nor someone who has come back or rung).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_means_beside_a_plan, every_one_of

# The writer's own death, in the first person, future or decided.
_RO_TO_DIE = (
    r"mor|ma\s+(?:sinucid|omor|spanzur|impusc|arunc)|imi\s+(?:iau\s+viata|pun\s+capat)|"
    r"termin\s+cu\s+(?:viata|tot)"
)
_RO_UNDER_OR_OFF = (
    r"\bma\s+(?:arunc|pun|asez|culc)\s+(?:in\s+fata|sub|pe\s+sine\s+in\s+fata)\s+(?:\w+\s+)?"
    r"(?:trenului|trenul|metroului|unui\s+tren|tirului|unui\s+tir|masinii|camionului)\b|"
    r"\bma\s+arunc\s+(?:de\s+pe|de\s+la|in)\s+(?:\w+\s+)?(?:pod\w*|bloc\w*|etaj\w*|geam|"
    r"fereastra|balcon\w*|acoperis\w*|rau|raul|lac|lacul|dunare|stanca)\b"
)
ROMANIAN_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    r"^(?!.*\b(?:daca|mai\s+bine)\b).*\bma\s+(?:spanzur|impusc)\b",
    _RO_UNDER_OR_OFF,
    rf"\b(?:am|m-?\s?am|sunt)\s+(?:hotarat|decis|hotarata)\s+(?:\w+\s+)?sa\s+(?:{_RO_TO_DIE})\b",
    r"\b(?:termin|o\s+sa\s+termin|voi\s+termina)\s+cu\s+viata\s+(?:asta|mea)\b(?!\s+de\b)|"
    r"\bimi\s+termin\s+viata\b",
    r"\bnu\s+(?:voi|o\s+sa|am\s+sa)\s+mai\s+(?:fi|fiu)\s+(?:in\s+viata|printre\s+cei\s+vii|pe\s+"
    r"lumea\s+asta)\b(?!\s+(?:atunci|pana|in\s+\d|cand)\b)",
)

# A means held (a rope, a gun, tablets got hold of, a hose to the exhaust) beside a day or time
# and a decision or a goodbye; a place gone to (a bridge, the rails, a river) beside a day or time
# and a goodbye. Not a rope for the washing or a swing, a toy gun, medicines fetched from the
# pharmacy, fishing by the river, photos from a
# bridge, tablets or vitamins packed for a trip.
_RO_MEANS = r"(?:franghie|franghia|funie|funia|streang\w*|arma|arme|pistol\w*|pusca)"
_RO_MEANS_HELD = (
    rf"\b(?:am|mi-?\s?am\s+luat|am\s+(?:cumparat|pregatit|ascuns|"
    rf"gasit))\s+(?:\w+\s+)?{_RO_MEANS}\b|"
    r"\b(?:am\s+)?(?:strans|adunat|facut\s+rost\s+de|cumparat|pus\s+deoparte|ascuns)\s+"
    r"(?:\w+\s+)?(?:pastile|medicamente|tablete|somnifere|calmante)\b|\bfurtun\w*\b.{0,50}"
    r"\b(?:esapament\w*|toba)\b"
)
_RO_PLACE = (
    r"\b(?:merg|ma\s+duc|plec|o\s+sa\s+merg|am\s+sa\s+merg|voi\s+merge)\s+(?:\w+\s+){0,3}?"
    r"(?:pe|la|in|sub|spre)\s+(?:\w+\s+)?(?:pod\w*|sine|calea\s+ferata|rau|raul|lac|lacul|"
    r"dunare)\b"
)
_RO_DECIDED = r"\b(?:(?:am|m-?\s?am)\s+(?:hotarat|decis)|e\s+hotarat)\s*(?:[.!…,;]|$)"
_RO_GOODBYE = (
    r"\bgata\s+cu\s+(?:tot|toate)\b|\bdupa\s+(?:aia|asta)\s+gata\b|\bnu\s+(?:mai\s+)?vreau\s+"
    r"sa\s+(?:mai\s+)?fiu\s+o\s+povara\b|\bnu\s+o\s+sa\s+mai\s+fiu\s+o\s+povara\b|\bnu\s+ma\s+"
    r"(?:mai\s+)?cautati\s*(?:[.!…,;]|$)|\badio\b|\biertati-?\s?ma\b|"
    r"\bimi\s+pare\s+rau\s+pentru\s+tot\b|"
    r"\bse\s+termina\s+tot\b|\bam\s+scris\s+testamentul\b|\bnu\s+ma\s+mai\s+intorc\b|"
    r"\btermin\s*(?:[.!…]|$)"
)
_RO_WHEN = (
    r"\b(?:azi|astazi|diseara|deseara|in\s+seara\s+asta|la\s+noapte|maine|poimaine|sambata|"
    r"duminica|luni|marti|miercuri|joi|vineri|saptamana\s+(?:asta|aceasta|viitoare)|"
    r"weekend\w*|curand|dupa\s+aia)\b"
)
_RO_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:rufe\w*|pescuit\w*|undit\w*|poze|excursi\w*|concediu|vacant\w*|tabara|"
    r"alpinism\w*|bagaj\w*|vitamine|jucari\w*|paintball\w*|tren\s+spre|bilet\w*|leagan\w*|"
    r"farmaci\w*)\b)"
    rf"(?!.*{_RO_MEANS}\s+(?:\w+\s+)?(?:pentru|de\s+jucarie|de\s+apa)\b)"
)
ROMANIAN_PLANS_PHRASES += (  # i18n-exempt: input
    _RO_EVERYDAY_MEANS
    + a_means_beside_a_plan(_RO_MEANS_HELD, _RO_PLACE, _RO_DECIDED, _RO_GOODBYE, _RO_WHEN),
)

# A girl of 15 or younger with a "boyfriend" of 18 or more who takes her to his place tonight or
# tells her to tell no one ("iubitul meu are 28 de ani și eu am 15, zice că mă ia diseară la el
# și să nu spun nimănui"); not a boyfriend of 17, nor a brother or a cousin who gives a lift.
_RO_ME_UNDER_16 = (
    r"\b(?:eu\s+)?am\s+(?:doar\s+)?(?:1[0-5]|[89])(?:\s+(?:de\s+)?ani\b|\s*(?:[.,!;]|$)|\s+si\b)"
)
_RO_GROWN_BOYFRIEND = (
    r"\b(?:iubitul|prietenul|baiatul)\s+(?:meu\s+)?(?:\w+\s+)?are\s+(?:deja\s+)?(?:1[89]|[2-9]\d)"
    r"\s+(?:de\s+)?ani\b"
)
_RO_HIS_PLACE_OR_SECRET = (
    r"\bsa\s+nu\s+(?:spun|zic|povestesc)\s+(?:nimanui|nimic|la\s+nimeni|parintilor|mamei)\b|"
    r"\bma\s+ia\s+(?:\w+\s+)?(?:la\s+el|acasa\s+la\s+el)\b|\bsa\s+(?:vin|merg|dorm|raman)\s+"
    r"(?:\w+\s+)?la\s+el\b"
)
ROMANIAN_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_ME_UNDER_16, _RO_GROWN_BOYFRIEND, _RO_HIS_PLACE_OR_SECRET),
)

# A farewell note left by someone who has gone or does not answer ("fiica mea a scris un bilet
# de adio și a plecat de acasă", "am găsit o scrisoare de adio, nu răspunde la telefon"); not a
# goodbye card for a teacher or a colleague, nor someone who has come back or rung.
_RO_FAREWELL_NOTE = (
    r"\b(?:bilet\w*|scrisoare|scrisori|mesaj\w*|scrisoarea)\s+de\s+adio\b(?!\s+pentru)"
)
_RO_GONE_OR_SILENT = (
    r"\ba\s+plecat\b|\bnu\s+(?:e|este|mai\s+e)\s+(?:acasa|nicaieri)\b|\bnu\s+(?:(?:mai\s+)?"
    r"raspunde|stiu\s+unde\s+(?:e|este))\b|\ba\s+disparut\b|"
    r"\btelefonul\s+(?:e\s+|este\s+)?inchis\b"
)
_RO_BACK_OR_RUNG = (
    r"^(?!.*\b(?:s-a\s+intors|a\s+revenit|a\s+sunat|mi-a\s+raspuns|e\s+bine|colegei|colegului|"
    r"profesoarei|profesorului|petrecere)\b)"
)
ROMANIAN_PLANS_PHRASES += (  # i18n-exempt: input
    _RO_BACK_OR_RUNG + every_one_of(_RO_FAREWELL_NOTE, _RO_GONE_OR_SILENT),
)
