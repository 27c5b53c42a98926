"""The English phrase net: someone badly burnt now, told by someone with them.

What needs an ambulance now: clothes, hair or a sari caught fire off a candle, a diya or a hob;
someone fallen into a bonfire, a fire pit or a barbecue; a firework, a sparkler or a chip pan
gone up on someone; and the skin hurt badly from it (blistered, peeling or coming off, charred,
raw, "burnt bad"). The everyday twins share the words and are left alone: a sleeve that caught
fire and was put out with no mark on the skin, a bit of redness from the heat, a pudding set
alight on purpose, a burn long healed or a scar, and burns as a subject (a first aid course, a
safety talk, a film). Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Told as over, healed, a subject or a story: everyday.
_OVER_OR_A_TOPIC = (
    r"\b(?:last\s+(?:week|month|year|time|winter|summer)|years?\s+ago|months\s+ago|weeks\s+ago|"
    r"used\s+to|back\s+in|in\s+(?:19|20)\d\d|healed|healing\s+(?:well|nicely|up)|scars?|scarred|"
    r"first\s+aid\s+(?:course|training|class)|safety\s+(?:talk|week|leaflet|advice|video)|"
    r"what\s+to\s+do\s+(?:if|when)|film|movie|episode|documentary|novel|no\s+(?:mark|marks|"
    r"burns?|harm\s+done)|(?:not|no\s*(?:one|body)\s+(?:was\s+|got\s+)?)(?:hurt|burnt|burned))\b"
)
# The fire that reached someone: caught fire or alight, fallen into the flames, gone up on them.
_CAUGHT_BY_FIRE = (
    r"\b(?:dupatta|sari|saree|scarf|hijab|dress|skirt|sleeve|top|shirt|jumper|costume|clothes|"
    r"coat|hair|trousers|nightie|dressing\s+gown)s?\s+(?:\w+\s+){0,2}?(?:caught|went\s+up\s+in|"
    r"set)\s+(?:fire|flames|alight)\b|"
    r"\b(?:fallen|fell|tripped|slipped|stumbled|pushed|rolled)\s+(?:\w+\s+){0,2}?(?:in|into|onto|"
    r"on)\s+(?:the\s+)?(?:edge\s+of\s+the\s+|middle\s+of\s+the\s+)?(?:bonfire|fire\s*pit|fire|"
    r"flames|embers|barbecue|bbq|brazier|hot\s+coals)\b|"
    r"\b(?:firework|rocket|sparkler|banger|chip\s+pan|hot\s+oil|boiling\s+oil)s?\s+"
    r"(?:\w+\s+){0,3}?(?:went\s+off|exploded|went\s+up|caught|landed|spilt|spilled|tipped)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:on|in|at|over|into)\s+(?:his|her|their|my|the\s+kids?|a\s+kids?)\b"
)
# Skin hurt badly: a body part blistered, peeling, charred or raw, or burnt bad.
_BADLY_BURNT = (
    r"\b(?:arms?|legs?|hands?|fingers?|face|chest|back|neck|feet|foot|belly|stomach|skin|side)\s+"
    r"(?:is\s+|are\s+|has\s+|have\s+|all\s+|gone\s+|already\s+|gone\s+all\s+|is\s+all\s+|are\s+"
    r"all\s+)*(?:blistered|blistering|peeling|bubbling|charred|black|red\s+raw|raw|melted|"
    r"coming\s+off|burnt\s+(?:bad|badly|really\s+bad|to\s+bits)|(?:badly|really\s+badly|"
    r"seriously)\s+burnt)\b|"
    r"\b(?:badly|seriously|really\s+badly|severely)\s+(?:burnt|burned)\b|"
    r"\b(?:burnt|burned)\s+(?:bad|badly|really\s+bad|all\s+over)\b|"
    r"\b(?:skin\s+(?:is\s+)?(?:peeling|coming\s+off|hanging\s+off)|big\s+blisters|"
    r"(?:second|third)\s+degree)\b"
)

BURN_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # clothes caught fire, fallen into a bonfire or a firework gone up, and the skin hurt badly
    "someone badly burnt now": (
        f"^(?!.*(?:{_OVER_OR_A_TOPIC}))" + every_one_of(_CAUGHT_BY_FIRE, _BADLY_BURNT),
    ),
}
