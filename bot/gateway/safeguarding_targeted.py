"""The English phrase net's hate attacks and threats happening now or planned: a mob breaking
into a hotel that houses asylum seekers, a radicalised relative armed against a group, a threat
to hurt "the next" person of a group, a family threatened to be burned out, liquid poured on a
door with a lighter at hand, someone thrown to the ground or pinned against a wall, home
addresses posted for others to "visit", a dog set on someone, a person shut in a bin store,
petrol bombs being made, and a disabled person's brakes cut. Each needs a sign the danger is
now, just happened or coming; hate crime as a topic, a past incident dealt with, faith events,
fireworks, football rivalry and peaceful protest are left alone. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

# A group someone is targeted for, by name or slur.
_GROUP = (
    r"(?:jews?|jewish|muslims?|black|asian|somali|pakistani|paki|polish|romanian|gypo|gyppo|"
    r"gypsy|gypsies|pikey|traveller|immigrant|foreigner|refugee|migrant|gay|queer|trans|"
    r"tranny|sikh|hindu|disabled|n[i*]gg\w*)s?"
)
# People of a group: "the black family", "the polish lot".
_GROUP_PEOPLE = (
    r"\b" + _GROUP + r"\s+(?:family|families|people|neighbours?|kids|lot|man|woman|lady)\b"
)
# A threat to burn or smoke someone out of their home.
_BURN_OUT = (
    r"\b(?:will|gonna|going\s+to|get|getting|be|threat\w*\s+to)\s+(?:\w+\s+)?(?:burn\w*|"
    r"smok\w*|fire\s*bomb\w*|torch\w*|petrol\s+bomb\w*)\s+(?:them\s+|us\s+|him\s+|her\s+)?"
    r"out\b"
)
# Play, sport or film: an everyday throw or pin.
_PLAY = (
    r"\b(?:rugby|judo|wrestl\w*|karate|tackle\w*|football|match|game|film|movie|play\w*|"
    r"practi[cs]\w*|training|bouncy|trampoline|episode)\b"
)
# Somebody close, a child or a neighbour: the one an attack or threat is aimed at.
_SOMEONE = (
    r"(?:me|us|him|her|them|my\s+(?:\w+\s+)?(?:son|daughter|kids?|child|children|boy|girl|"
    r"brother|sister|mum|mother|dad|father|wife|husband|partner|friend|nan|grandad)s?|our\s+"
    r"(?:kids?|children|son|daughter)|the\s+(?:kids?|children|boy|girl|neighbours?))"
)

# A person thrown or pushed: a pronoun, or someone named by who they are.
_PERSON = (
    r"(?:him|her|them|me|us|(?:the|a|an|my|our|his|their|this|some|that)\s+(?:\w+\s+)?(?:man|"
    r"woman|lady|guy|girl|boy|kid|child|rabbi|imam|priest|vicar|monk|nun|sikh|jew|muslim|person|"
    r"mum|dad|son|daughter|wife|husband|brother|sister|friend|neighbour|nan|grandad|pensioner))"
)

TARGETED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a mob at a hotel housing asylum seekers, and one of them inside or people hiding
    "mob at the hotel": (
        r"^(?=.*\b(?:asylum|migrant|refugee)\s+(?:seekers?\s+)?hotel\b)"
        r"(?=.*\b(?:(?:got|get|getting|broke|breaking|break|forced\s+\w+\s+way|smashed\s+\w+\s+"
        r"way)\s+in\b|hiding|barricad\w*|locked\s+(?:ourselves|themselves)\s+in))",
    ),
    # a radicalised relative or friend armed, or a weapon told with a threat to a group
    "radicalised and armed": (
        r"^(?=.*\bradicali[sz]\w*)(?=.*\b(?:bought|got|has|have|buying|carrying|hiding|keeps|"
        r"ordered|sharpen\w*)\s+(?:a\s+|an\s+|some\s+)?(?:machete|knife|knives|gun|axe|"
        r"crossbow|sword|bat|weapon\w*|acid|petrol)\b)",
    ),
    # a threat to hurt "the next" or "any" person of a group
    "threat to the next of a group": (
        r"\b(?:going\s+to|gonna|will|wants?\s+to|shall)\s+(?:push|stab|kill|hit|attack|hurt|"
        r"shoot|throw|knife|batter|beat|glass|burn|slash|run\s+over|do\s+in)\s+(?:up\s+)?"
        r"(?:the\s+next|any|every|the\s+first)\s+(?:\w+\s+)?" + _GROUP + r"\b",
    ),
    # a family or home of a group threatened to be burned or smoked out
    "threat to burn out": (r"^(?=.*" + _BURN_OUT + r")(?=.*" + _GROUP_PEOPLE + r")",),
    # liquid poured or sprayed on a door or car, with a lighter or fuel at hand
    "poured on the door": (
        r"^(?=.*\b(?:pour\w*|splash\w*|spray\w*|squirt\w*|tip\w*)\s+(?:\w+\s+){0,3}?(?:on|over|"
        r"through|under|onto)\s+(?:the|my|our|their|his|her)\s+(?:\w+\s+){0,3}?(?:front\s+)?"
        r"(?:door|letter\s*box|car|house|flat|porch|doorstep)s?\b)"
        r"(?=.*\b(?:lighter|matches|match|petrol|fuel|accelerant|set\s+(?:it\s+)?(?:on\s+)?fire|"
        r"light\s+it)\b)",
    ),
    # someone thrown to the ground or pinned against a wall, now; not sport or play
    "thrown down or pinned": (
        r"^(?!.*" + _PLAY + r")(?=.*\b(?:threw|thrown|throwing|throws|pushed|pushing|knocked|"
        r"knocking|shoved|shoving|dragged|dragging|slammed|slamming)\s+"
        + _PERSON
        + r"\s+(?:to|on\s*to|onto|on)\s+the\s+(?:ground|floor|pavement|road)\b)"
        r"(?=.*\b(?:now|urgent|happening|help|still|outside|just)\b)",
        r"^(?!.*" + _PLAY + r")(?=.*(?:\b(?:him|her|them|me|us|woman|man|girl|boy|lady|kid|"
        r"child|son|daughter|wife|mum|sister|brother|someone)\s+(?:\w+\s+){0,3}?pinned\s+"
        r"(?:up\s+)?(?:against|to)\s+(?:the|a)\b|\bpinn(?:ing|ed|s)\s+(?:him|her|them|me|us|a|"
        r"the|my|this|some)\s+(?:\w+\s+){0,5}?(?:up\s+)?against\b))",
    ),
    # home addresses posted with a call to go round; not the writer's own, put up for a sale
    "addresses posted": (
        r"^(?!.*\bi\s+(?:have\s+)?(?:post\w*|shar\w*|put\w*|list\w*)\s+(?:up\s+)?my\s+(?:own\s+)?"
        r"(?:home\s+)?address)"
        r"(?=.*\b(?:post\w*|shar\w*|put\w*|leak\w*|publish\w*|list\w*)\s+(?:up\s+)?(?:\w+\s+)"
        r"{0,4}?(?:(?:my|our|her|his|their)\s+(?:home\s+)?address(?:es)?\b|(?:home\s+)?"
        r"address(?:es)?\s+of\s+(?:the\s+|our\s+|all\s+)?(?:\w+\s+)?(?:members|people|families"
        r"|residents|neighbours|volunteers|staff|councillors|us|them|women|kids)\b))"
        r"(?=.*\b(?:visit\s+(?:them|her|him|us|me)|pay\s+(?:them|her|him|us|me)\s+a\s+visit|go\s+"
        r"round|knows?\s+where\s+(?:they|you|she|he|we|i)\s+live|get\s+them|sort\s+(?:them|"
        r"her|him)\s+out)\b)",
    ),
    # a dog set on someone, done or threatened
    "dog set on someone": (
        r"\bset\w*\s+(?:his|her|their|the|a|its|that|them)\s+(?:\w+\s+)?"
        r"(?:dogs?|staff(?:y|ie)|pit\s*bull|rottweiler|"
        r"(?:xl\s+)?bully|alsatian|german\s+shepherd|doberman\w*)\s+on\s+" + _SOMEONE + r"\b",
    ),
    # someone shut in a bin store or shed by others, or not answering
    "shut in by others": (
        r"^(?!.*\b(?:bikes?|scooters?|cars?|tools|stuff|things|gear|pram|buggy|dog|cat|bins?)\s+"
        r"(?:has\s+|have\s+|had\s+)?(?:been|got|was|were|is|are)\s+(?:shut|locked))"
        r"(?=.*\b(?:been|got|was|were|is|are|being|get)\s+(?:shut|locked|trapped)\s+(?:in|inside"
        r")\s+(?:the|a)\s+(?:bin\s+\w+|bins?|wheelie\s+bin|cupboard|shed|cellar|basement|"
        r"garage|store\s*room|boot|lift\s+shaft)\b)(?=.*\b(?:by\s+(?:the\s+|some\s+)?(?:kids|"
        r"lads|boys|girls|them|gang|bullies|teenagers|youths|people)|not\s+answering|cant\s+get"
        r"\s+out|screaming)\b)",
    ),
    # petrol bombs or other bombs being made or held
    "making petrol bombs": (
        r"\b(?:making|made|make|makes|building|built|filling|filled|got|have|has|stockpil\w*)\s+"
        r"(?:\w+\s+)?(?:petrol\s+bombs?|molotovs?|molotov\s+cocktails?|fire\s*bombs?|pipe\s+"
        r"bombs?|nail\s+bombs?)\b",
    ),
    # brakes cut on someone's scooter, wheelchair, bike or car, with a threat or again
    "brakes cut": (
        r"^(?!.*\b(?:to\s+length|mechanic|fix\w*|repair\w*|replac\w*|servic\w*)\b)"
        r"(?=.*\b(?:cut|cutting|cuts|tampered\s+with|messed\s+with|loosened|snipped)\s+(?:the\s+"
        r"|my\s+|his\s+|her\s+)?(?:brakes?|brake\s+(?:cables?|lines?|pipes?))\b)(?=.*\b(?:again|"
        r"next\s+time|threat\w*|scum|neck|kill|mobility|wheelchair|scooter)\b)",
    ),
}
