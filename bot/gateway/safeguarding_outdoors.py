"""The English phrase net: physical emergencies out in public, happening now.

A dog attacking someone and not letting go; a crush where someone on the floor is trodden on;
someone on the railway tracks or caught between the train and the platform; someone collapsed
with no pulse or not responding; heatstroke (someone collapsed or stopped making sense in this
heat, not flopped on the sofa); someone soaked and freezing outdoors who can barely talk or lies
down outside; a young child lost near a main road; a builder buried in a trench or hanging limp
in a harness; a fall with a head injury and someone muddled or not answering; stuck in a lift
with chest pain. Each shares its words with everyday news (a dog that barked, busy stations, a
child found at once, a cold walk home now over, a first-aid course), so each reading needs the
danger and a sign that it is going on now, and reads past a course, a drill or a story told as
over.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

# Taught or practised, not happening: a first-aid course, a drill, a film.
_PRACTISED = (
    r"\b(?:first\s+aid|course|training|trained|drill|scenario|role\s*play|dummy|mannequin|film|"
    r"episode|programme|series|novel|what\s+(?:to\s+do|should|do\s+you\s+do)\s+if|what\s+"
    r"happens\s+if|in\s+case)\b"
)
# Told as over: back home, fine now, years ago.
_OVER = (
    r"\b(?:last\s+(?:week|month|year|winter|summer|spring|autumn|time)|(?:weeks|months|years)\s+"
    r"ago|(?:is|are|was|were|all|seems)\s+(?:fine|ok|okay|alright|all\s+right)\s+now|now\s+over|"
    r"warm(?:ed)?\s+(?:up|now)|in\s+plaster|on\s+the\s+mend|recovering|recovered|got\s+home)\b"
)
# A person it is happening to.
_SOMEONE = (
    r"(?:he|she|they|someone|somebody|some\s+one|an?\s+\w+|my\s+\w+|his\s+\w+|her\s+\w+|"
    r"the\s+\w+|(?:an?\s+)?(?:older|old|elderly|young|little)\s+(?:man|woman|lady|gentleman|"
    r"person|girl|boy|child|kid)|man|woman|lady|mans|womans|runners|someones|workers|builders)"
)
_NOT_PRACTISED_OR_OVER = "^(?!.*(?:" + _PRACTISED + "|" + _OVER + "))"

# A dog with hold of someone, or its victim badly hurt now.
_DOG_ATTACKS = (
    r"\b(?:dogs?|staff(?:y|ie)|pit\s*bull|xl\s+bully|bully|rottweiler|alsatian|mastiff|"
    r"german\s+shepherd|husky|akita)\b[^.!?]{0,30}?\b(?:attack\w*|maul\w*|savag\w*|bit|biting|"
    r"bites|went\s+for|goes\s+for|going\s+for|gone\s+for|got\s+hold\s+of|has\s+hold\s+of|"
    r"latched\s+on(?:to)?|locked\s+on(?:to)?|ripping|tearing|(?:sunk|sank)\s+its\s+teeth)\s+"
    r"(?:in(?:to)?\s+|on(?:to)?\s+)?(?:a|an|the|my|our|his|her|their|this|that|some|me|him|"
    r"them|us|someones?|\w+s)\b|\b(?:bitten|mauled|attacked|savaged)\s+by\s+(?:a|the|their|"
    r"his|her|next\s+doors|someones|an?\s+\w+)\s+(?:\w+\s+)?dogs?\b"
)
_DOG_NOW = (
    r"\b(?:right\s+now|now|help|(?:is|are)\s+(?:attacking|biting|mauling|savaging)|"
    r"get\s+(?:it|him|the\s+dog)\s+off|will\s+not\s+let\s+go|"
    r"would\s+not\s+let\s+go|not\s+letting\s+go|(?:so\s+much|lots\s+of|loads\s+of|covered\s+in)"
    r"\s+blood|bleeding|ripped|torn|screaming|still\s+(?:on|at)\s+(?:her|him|them)|"
    r"still\s+(?:got|has)\s+hold)\b"
)
_A_PERSON_BITTEN = (
    r"\b(?:girl|boy|child|kid|toddler|baby|son|sons|daughter|daughters|man|woman|lady|someone|"
    r"her|him|them|me|arm|leg|face|hand|neck|neighbou?r|runner|postman|jogger)\b"
)

# Trodden on in a crowd: a crush, people stepping or falling on someone down.
_TRODDEN_ON = (
    r"\b(?:stepping|standing|treading|trampling|walking|coming\s+down|falling|piling|climbing)\s+"
    r"(?:on\s+top\s+of|on|over)\s+(?:her|him|them|people|each\s+other|someone|somebody|"
    r"a\s+(?:woman|man|child|kid|girl|boy|lady))\b|\b(?:being|getting|been|got|is|are|was)\s+"
    r"(?:trampled|trodden\s+on|crushed)\b"
)
_A_CROWD_DOWN = (
    r"\b(?:crush|crowd|stampede|surge|floor|ground|escalator|gates?|barriers?|stairs|steps|"
    r"can\s+not\s+breathe)\b"
)

# On the tracks, or caught in the gap, with a train coming or the doors closing.
_ON_THE_TRACKS = (
    _SOMEONE + r"\s+(?:has\s+|have\s+|is\s+|just\s+)*(?:fallen|fell|fall(?:ing)?|jumped|slipped|"
    r"stumbled|lying|lay|climbed|gone|down)\s+"
    r"(?:on(?:to)?|in(?:to)?|down\s+(?:on|onto)|off\s+the\s+platform\s+(?:on(?:to)?))\s+"
    r"(?:to\s+)?the\s+(?:tracks?|rails?|line)\b"
)
_IN_THE_GAP = (
    r"\b(?:between|in\s+the\s+gap\s+between)\s+the\s+(?:train|tube|carriage|overground)\s+and\s+"
    r"the\s+platform\b"
)
_CAUGHT_IN_IT = (
    r"\b(?:his|her|their|my)\s+(?:leg|legs|foot|feet|arm)\s+(?:is\s+|are\s+|got\s+)?(?:stuck|"
    r"trapped|caught|wedged)\b|\b(?:he|she|they|someone|somebody|someones|mans|womans|kids|"
    r"(?:a|an|my|the)\s+(?:man|woman|lady|child|kid|boy|girl|dad|mum|son|daughter|gran|nan|"
    r"grandad|grandma|teenager|passenger|wife|husband))\s+(?:has\s+|is\s+|just\s+|got\s+)*"
    r"(?:slipped|fallen|fell|stuck|trapped|wedged|caught)\b"
)
_TRAIN_COMING = (
    r"\b(?:train|tube)\s+(?:is\s+)?(?:due|coming|approaching|on\s+its\s+way|about\s+to)|"
    r"\b(?:now|right\s+now|can\s+not\s+get\s+(?:up|out)|not\s+moving|not\s+getting\s+up|"
    r"\d+\s+min\w*)\b"
)

# Down and not responding, or no pulse.
_WENT_DOWN = (
    r"(?:collapsed|collapses|gone\s+down|went\s+down|keeled\s+over|passed\s+out|fainted|"
    r"dropped|slumped|fallen|fell|hit\s+the\s+(?:floor|ground))\b"
)
_SOMEONE_WENT_DOWN = _SOMEONE + r"\s+(?:\w+\s+){0,2}?" + _WENT_DOWN
_NO_RESPONSE = (
    r"\b(?:he|she|they|him|her)\s+(?:is|are|was|were|has|have)?\s*(?:still\s+)?(?:not|is\s+not|"
    r"no\s+longer)\s+(?:responding|responsive|answering(?!\s+(?:his|her|their|the|my)\s+"
    r"(?:phone|mobile|calls?|texts?|messages?|door|emails?))|waking(?:\s+up)?|breathing|moving|"
    r"talking)\b|\bunresponsive\b|\b(?:has\s+not|not|has\s+no|hasnt)\s+got\s+a\s+pulse\b|"
    r"\bno\s+pulse\b|\bcan\s+not\s+find\s+a\s+pulse\b|\b(?:doing|giving|started)\s+cpr\b|"
    r"\b(?:grey|gray|blue)\s+and\s+not\b"
)

# Heatstroke: hot, confused, not sweating, collapsing.
_HEATSTROKE = (
    r"\b(?:stopped\s+sweating|not\s+sweating|heat\s*stroke|in\s+(?:the|this|that)\s+"
    r"(?:heat|heatwave)|from\s+the\s+heat|"
    r"(?:all|very|really|so)\s+hot\s+and\s+(?:confused|dizzy|red|faint))\b"
)
_HEAT_SIGN = (
    r"\b(?:collapsed(?!\s+(?:on|onto|into|in)\s+(?:the\s+|a\s+|my\s+|her\s+|his\s+)?(?:sofa|"
    r"couch|settee|bed|armchair|deckchair|sun\s*lounger))|confused(?!\s+(?:about|why|by|what|how|"
    r"over|as\s+to|with))|not\s+responding|"
    r"unresponsive|fitting|(?:having|had)\s+a\s+fit\b(?!\s+of)|passed\s+out|(?:not|stopped)\s+making\s+sense|"
    r"slurring|grey)\b"
)

# What wilts or gives way in the heat that is not a person: plants, a tent, a cake.
_A_PLANT_OR_A_THING = (
    r"(?!.*\b(?:tomato(?:es)?|plants?|flowers?|seedlings?|lettuces?|hanging\s+baskets?|lawn|"
    r"gazebo|tent|cake|sponge|souffle|jelly|chocolate|ice\s+cream)\s+(?:have\s+|has\s+|are\s+|"
    r"is\s+|just\s+|all\s+)*(?:collapsed|wilted|melted|gone\s+grey)\b)"
)

# Soaked and freezing outdoors, too far gone to talk.
_COLD = (
    r"\b(?:freezing|so\s+cold|icy|snow\w*|frozen|hypotherm\w*|below\s+zero|cold\s+and\s+"
    r"(?:tired|sleepy|drowsy))\b"
)
_WET_OR_SHAKING = (
    r"\b(?:soaking|soaked|wet\s+through|drenched|shaking|shivering|soaking\s+wet|in\s+the\s+"
    r"(?:river|lake|water|snow))\b"
)
_COLD_SIGN = (
    r"\b(?:barely|hardly|not|can\s+not\s+(?:be\s+)?)\s*(?:talking|speaking|conscious|awake|"
    r"moving|making\s+sense|talk|speak|move|stand)\b|\bslurring\b|\bstopped\s+shivering\b|"
    r"\bturning\s+blue\b|\b(?:lips|fingers|hands)\s+(?:are\s+|have\s+gone\s+)?blue\b|"
    r"\b(?:lying|lay|laid|lie|sleeping|asleep|gone\s+to\s+sleep)\s+(?:down\s+)?(?:by|on|in|"
    r"next\s+to|under|beside)\s+(?:the|a)\s+(?:river|canal|road|street|pavement|grass|ground|"
    r"bench|path|embankment|park|field|snow|bushes|beach|doorway|water)\b"
)

# A young child lost near traffic.
_CHILD = (
    r"(?:\d+\s*(?:year|yr)\s*old|son|daughter|boy|girl|toddler|kid|child|little\s+one|baby|"
    r"grandson|granddaughter|nephew|niece|little\s+(?:boy|girl))"
)
# Gone off, not gone to his dad's or gone home.
_GONE_OFF = (
    r"(?:gone|ran\s+off|run\s+off|ran\s+away|run\s+away|wandered\s+off|wandered|disappeared|"
    r"vanished|missing|bolted)\b(?!\s+(?:to|home|back|out\s+with|for|with|on|in|up|down|round|"
    r"over|shopping|quiet|to\s+sleep)\b)"
)
_CHILD_LOST = (
    r"\b(?:lost|can\s+not\s+find|can\s+not\s+see|have\s+lost|has\s+lost)\s+(?:my|our|her|his|"
    r"their|a|the)\s+(?:\w+\s+)?"
    + _CHILD
    + r"\b|\b(?:he|she|(?:my|our|her|his|their)\s+(?:\w+\s+)?"
    + _CHILD
    + r")\s+(?:has\s+|is\s+|just\s+)*"
    + _GONE_OFF
    + r"\b"
)
_TRAFFIC = (
    r"\b(?:main\s+road|north\s+circular|a406|a\d+|traffic|cars?\s+(?:going|flying|speeding)|"
    r"busy\s+road|dual\s+carriageway|motorway|roundabout|bus\s+stop|lorries)\b"
)
_FOUND = (
    r"\b(?:found\s+(?:him|her|them)|(?:he|she)\s+(?:is|was)\s+found|turned\s+up|back\s+with\s+"
    r"(?:me|us)|panic\s+over|(?:lost|losing)\s+(?:his|her|my)\s+(?:\w+\s+)?(?:scooter|coat|"
    r"shoe|hat|ball|toy|phone|bag|tooth))\b"
)

# A builder buried in a trench or hanging limp in a harness.
_BURIED = (
    r"\b(?:trapped|buried|stuck|pinned)\s+(?:in|under)\s+(?:a|the)\s+(?:trench|hole|excavation|"
    r"pit|rubble|collapsed\s+\w+|earth|soil|mud)\b|\b(?:caved|collapsed|fallen)\s+in\s+on\s+"
    r"(?:him|her|them|someone|an?\s+\w+|the\s+\w+)\b|\b(?:he|she|they)\s+(?:is|are|has\s+been)"
    r"\s+(?:buried|trapped)\b(?=.*\b(?:trench|hole|excavation|soil|earth|mud|rubble)\b)"
)
_HANGING_IN_HARNESS = (
    r"\bhanging\s+(?:off|from|by|in|on)\s+(?:[\w]+\s+){0,5}?harness\b|\bharness\b[^.!?]{0,40}?"
    r"\bhanging\b"
)
_LIMP = (
    r"\b(?:limp|not\s+moving|unconscious|not\s+responding|passed\s+out|gone\s+quiet|"
    r"blue|grey|out\s+cold)\b"
)

# A fall with a head injury and the person muddled or not answering.
_FELL = r"\b(?:slipped|fell|fallen|tripped|gone\s+down|went\s+down|falls|came\s+off|come\s+off)\b"
_HEAD_HURT = (
    r"\b(?:hit|banged|cracked|smacked|split|cut)\s+(?:his|her|their|my)\s+head\b|\bheads?\s+"
    r"(?:is\s+)?(?:bleeding|pouring|gushing|cut\s+open|split)\b|\bblood\s+(?:from|pouring\s+"
    r"from|coming\s+from)\s+(?:his|her|their)\s+head\b|\bhead\s+injury\b"
)
_MUDDLED = (
    r"\b(?:not|is\s+not|no\s+longer)\s+(?:making\s+sense|answering|responding|waking|moving)\b|"
    r"\b(?:confused|drowsy|out\s+cold|knocked\s+out|unconscious|being\s+sick|vomiting|slurring)\b"
)

# Stuck in a lift with the heart or the breath going.
_STUCK_IN_LIFT = (
    r"\b(?:stuck|trapped|shut)\s+in\s+(?:a|the)\s+(?:\w+\s+)?(?:lift|elevator)\b|\b(?:lift|"
    r"elevator)\s+(?:has\s+)?(?:stopped|broken\s+down|stuck|jammed)\b"
)
_CHEST = (
    r"\b(?:chest\s+pains?|pains?\s+in\s+(?:my|his|her)\s+chest|tight\s+chest|chest\s+(?:is\s+)?"
    r"tight|can\s+not\s+breathe|struggling\s+to\s+breathe|heart\s+attack|pain\s+down\s+(?:my|his|"
    r"her)\s+(?:left\s+)?arm)\b"
)


def _all(*parts: str) -> str:
    """Lookaheads that each must hold somewhere in the message, in any order."""
    return "".join(f"(?=.*(?:{part}))" for part in parts)


OUTDOOR_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a dog with hold of someone now, or its victim bleeding and screaming
    "a dog attacking someone now": (
        _NOT_PRACTISED_OR_OVER + _all(_DOG_ATTACKS, _DOG_NOW, _A_PERSON_BITTEN),
    ),
    # someone down in a crowd and trodden on
    "someone trampled in a crush": (_NOT_PRACTISED_OR_OVER + _all(_TRODDEN_ON, _A_CROWD_DOWN),),
    # someone on the tracks with a train due, or caught between the train and the platform
    "someone on the railway tracks": (
        _NOT_PRACTISED_OR_OVER + _all(_ON_THE_TRACKS, _TRAIN_COMING),
        _NOT_PRACTISED_OR_OVER + _all(_IN_THE_GAP, _CAUGHT_IN_IT, _SOMEONE),
    ),
    # someone collapsed in public who does not respond or has no pulse
    "someone collapsed and not responding": (
        _NOT_PRACTISED_OR_OVER + _all(_SOMEONE_WENT_DOWN, _NO_RESPONSE),
    ),
    # hot, confused, stopped sweating, collapsed
    "heatstroke now": (
        _NOT_PRACTISED_OR_OVER + _A_PLANT_OR_A_THING + _all(_HEATSTROKE, _HEAT_SIGN, _SOMEONE),
    ),
    # soaked and freezing and barely able to talk
    "hypothermia outdoors": (_NOT_PRACTISED_OR_OVER + _all(_COLD, _WET_OR_SHAKING, _COLD_SIGN),),
    # a young child gone near a main road
    "a child lost near traffic": (
        "^(?!.*(?:" + _FOUND + "|" + _OVER + "))" + _all(_CHILD_LOST, _TRAFFIC),
    ),
    # a worker buried in a trench, or hanging limp in a harness
    "a worker trapped on site": (
        _NOT_PRACTISED_OR_OVER + _all(_BURIED),
        _NOT_PRACTISED_OR_OVER + _all(_HANGING_IN_HARNESS, _LIMP),
    ),
    # a fall with the head hurt and someone muddled or not answering
    "a fall and a head injury now": (_NOT_PRACTISED_OR_OVER + _all(_FELL, _HEAD_HURT, _MUDDLED),),
    # stuck in a lift with chest pain or no breath
    "chest pain stuck in a lift": (_NOT_PRACTISED_OR_OVER + _all(_STUCK_IN_LIFT, _CHEST),),
}
