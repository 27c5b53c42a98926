"""The English phrase net: risks young adults tell of, on a night out, at home or at a friend's.

What a friend, a flatmate or a sibling writes while it is happening: a flatmate locked in the
bathroom after texting goodbye, who will not answer; someone who took something and is fitting
on the floor or frothing at the mouth; someone burning up after pills who is not making sense; a
friend out cold after the drink, gurgling, who cannot be woken; a friend left outside a club who
is not answering, her phone's location moving away in a car; an asthma attack with the inhaler
empty and no breath to talk; a sister made to sell herself by a boyfriend who sets up the men or
takes the money; a cousin kept at a flat and not let go; and the writer's own rope ready beside
"no one will miss me".

Each needs its parts together, and the everyday twins share the words and are left alone: a
flatmate locked in to binge a series who texted goodbye as a joke, or the writer who will not
answer, froth at a foam party or a carpet being fitted, sunburn after a day at a warehouse
party, a hangover after a night no one could wake him from or a dad snoring after the match, a
friend's location showing the Uber home, an asthma attack told as last year's, being made to
sell yourself in an interview, being kept in hospital overnight, and climbing ropes in a room.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a game, or as over: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|last\s+(?:night|week|year|month|time|summer)|"
    r"when\s+(?:i|we)\s+(?:was|were)|whenever)\b"
)

# A friend, a flatmate or a relative, shut in and gone silent after a goodbye.
_SHUT_IN = (
    r"\b(?:locked|shut|barricaded)\s+(?:herself|himself|themselves|themself)\s+"
    r"(?:in|into)\b"
)
_A_GOODBYE = (
    r"\b(?:goodbye|good\s+bye|bye\s+(?:everyone|all|forever)|love\s+you\s+(?:all|guys)|sorry\s+"
    r"for\s+everything|i\s+am\s+sorry\s+for\s+everything)\b"
)
_SILENT = (
    r"\b(?:she|he|they)\s+(?:will\s+not|would\s+not|does\s+not|is\s+not|are\s+not|has\s+not|"
    r"have\s+not)\s+(?:answer\w*|open\w*|respond\w*|repl\w*|pick\w*\s+up|come\s+out)\b|"
    r"\bnot\s+(?:answering|responding|replying|picking\s+up)\b|\bno\s+(?:answer|reply|"
    r"response)\b|\bgone\s+(?:quiet|silent)\b"
)
_A_BREAK_IN = (
    r"\b(?:binge\w*|revis\w*|exams?|essay|deadline|see\s+you\s+(?:in|tomorrow|later|soon|on)|"
    r"flight|holiday|cruise|abroad|signal|wi\s*-?\s*fi|travel\w*|moving\s+out|facetime|call)\b"
)

# Something taken, at a party or a rave.
_TOOK_SOMETHING = (
    r"\b(?:took|taken|taking|takes|had|dropped|necked|swallowed|popped|given)\s+(?:some\s*thing|"
    r"some\s+(?:pills?|drugs?|stuff)|pills?|a\s+pill|drugs|mdma|molly|ecstasy|mandy|ket|"
    r"ketamine|ghb|acid|spice|xanax|xans?|(?:a\s+)?(?:couple|few|load)\s+of\s+(?:pills|tabs))\b|"
    r"\bspiked\b"
)
# Fitting, and the body in trouble: foam at the mouth, on the floor, not responding.
_FITTING = (
    r"\b(?:is|are|like|started|starts|keeps?|still|now|been)\s+"
    r"(?:(?:she|he|they)\s+(?:is|are)\s+)?fitting\b(?!\s+(?:the|a|an|in|into|out|new|for|up|"
    r"it|them|her|his|my|our|their|some)\b)|"
    r"\b(?:seizing|convuls\w*|having\s+(?:a\s+)?(?:fit|seizure)s?|shaking\s+(?:uncontrollably|"
    r"violently))\b"
)
_GRAVE_SIGN = (
    r"\b(?:foam\w*|froth\w*|on\s+the\s+(?:floor|ground)|eyes\s+(?:have\s+)?rolled|not\s+"
    r"responding|unresponsive|can\s+not\s+wake|will\s+not\s+wake|(?:turning|gone|going)\s+blue)\b"
)
_DANCING = r"\b(?:danc\w*|moves|bopping|rave\s+moves|tune|dj)\b"

# Burning up after pills, and not in their right mind.
_BURNING_UP = (
    r"\b(?:burning\s+up|boiling\s+(?:hot|up)|overheat\w*|temperature\s+is\s+(?:through\s+the\s+"
    r"roof|sky\s+high)|(?:skin|body|forehead)\s+(?:is\s+)?(?:so\s+|really\s+|super\s+)?"
    r"(?:hot|burning)\s+to\s+(?:the\s+)?touch)\b"
)
_NOT_RIGHT = (
    r"\b(?:not\s+making\s+(?:any\s+)?sense|talking\s+nonsense|confused|delirious|hallucinat\w*|"
    r"will\s+not\s+drink|can\s+not\s+(?:stand|walk|talk)|collaps\w*|passed\s+out)\b"
)
_A_FEVER_OR_SUN = (
    r"\b(?:flu|cold|covid|fever|paracetamol|ibuprofen|antibiotics?|prescri\w*|doctor|gp|"
    r"sunburn\w*|sun\s*stroke|hay\s+fever)\b"
)

# Out cold after the drink, gurgling or choking, and not waking.
_DRINK = (
    r"\b(?:vodka|whisky|whiskey|gin|rum|tequila|alcohol|drink|drank|drunk|pints|shots|wine|"
    r"cider|beers?|bottle\s+of)\b"
)
_OUT_COLD = r"\b(?:passed\s+out|out\s+cold|unconscious|collapsed|comatose)\b"
_BREATHING_BADLY = (
    r"\b(?:gurgl\w*|chok\w*|rattl\w*|sick\s+(?:in|while)\s+(?:his|her|their)\s+sleep|"
    r"breathing\s+(?:really\s+)?(?:weird|funny|strange|slow|odd)\w*)\b"
)
_CANT_WAKE = (
    r"\b(?:can\s+not|will\s+not|not)\s+(?:wake|waking|rous\w+)\b|\bnot\s+responding\b|"
    r"\bunresponsive\b"
)
_SLEEPING_IT_OFF = (
    r"\b(?:hungover|hangover|this\s+morning|woke\s+up|till\s+(?:noon|\d+)|wake\s+(?:him|her|"
    r"them)\s+(?:up\s+)?for)\b"
)

# A friend left alone, not answering, her phone's location moving away in a car.
_LEFT_ALONE = (
    r"\b(?:left|lost|separated\s+from|lost\s+track\s+of)\s+(?:my|our|her|his)\s+(?:friend|mate|"
    r"sister|brother|cousin|flatmate|girlfriend|boyfriend)\b|\b(?:would\s+not|will\s+not|did\s+"
    r"not)\s+let\s+(?:her|him)\s+(?:back\s+)?in\b|\bon\s+(?:her|his)\s+own\b"
)
_NOT_ANSWERING = (
    r"\b(?:not|stopped)\s+(?:answering|replying|picking\s+up)\b|\bno\s+(?:answer|reply)\b|"
    r"\bphone\s+(?:is\s+)?(?:off|dead|going\s+straight\s+to\s+voicemail)\b"
)
_MOVING_AWAY = (
    r"\b(?:location|find\s+my|snap\s*map|life\s*360|tracker|tracking)\b(?:\s+[\w']+){0,6}?\s+"
    r"(?:moving|driving|heading|going|speeding)\s+(?:away|fast|out\s+of)\b"
)
_A_RIDE_HOME = r"\b(?:uber|taxi|cab|bus|train|night\s+bus|home|lift|picked\s+(?:her|him)\s+up)\b"

# An asthma attack now, the inhaler empty or missing, and no breath to talk.
_ASTHMA_ATTACK = (
    r"\b(?:having|has|is\s+having|in\s+the\s+middle\s+of)\s+(?:\w+\s+){0,2}?asthma\s+attack\b"
)
_NO_INHALER = (
    r"\binhalers?\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:empty|run\s+out|not\s+working|at\s+home|"
    r"lost|gone|finished)\b|\b(?:no|forgot\s+(?:her|his|their|my)|lost\s+(?:her|his|their|my)|"
    r"without\s+(?:her|his|their|my|an?))\s+inhalers?\b"
)
_NO_BREATH = (
    r"\b(?:can\s+not|unable\s+to)\s+(?:get\s+(?:her|his|their|any|the)?\s*words\s+out|speak|"
    r"talk|breathe|catch\s+(?:her|his|their)\s+breath|say\s+anything)\b|\b(?:lips|face)\s+"
    r"(?:going|gone|turning|are|is)\s+blue\b|\bgasping\b|\bstruggling\s+to\s+breathe\b"
)
_CARRIES_A_SPARE = (
    r"\b(?:always\s+carr\w+|spare|in\s+case|if\s+(?:she|he|they|i)\s+(?:ever|get|has))\b"
)

# Someone made to sell herself, by a man who sets up the men or takes the money.
_MADE_TO_SELL = (
    r"\b(?:making|made|makes|forcing|forced|forces|pushing|pushed)\s+(?:her|him|them|me)\s+"
    r"(?:to\s+)?(?:sell\s+(?:herself|himself|themselves|myself|her\s+body|his\s+body|sex)|"
    r"sleep\s+with\s+(?:men|guys|strangers|his\s+(?:mates|friends))|have\s+sex\s+with\s+(?:men|"
    r"guys|strangers)|(?:work|go)\s+(?:as\s+an?\s+)?(?:prostitute|escort|on\s+the\s+(?:street|"
    r"game))|see\s+(?:men|punters|johns))\b|\bpimp\w*\s+(?:her|him|them|me)\s+out\b"
)
_RUNS_IT = (
    r"\b(?:sets?\s+up|setting\s+up|arranges?|arranging|books?|booking|brings?|bringing|sends?|"
    r"sending)\s+(?:the\s+|all\s+the\s+)?(?:men|guys|clients|punters|johns)\b|\b(?:takes?|taking|"
    r"keeps?|keeping|took|kept)\s+(?:all\s+)?(?:the|her|his|their|my)\s+(?:money|cash|earnings)\b"
)
_SELLING_ONESELF = (
    r"\b(?:interviews?|cv|linkedin|pitch\w*|career\w*|mock|job\s+fair|personal\s+statement|"
    r"audition\w*|coach)\b"
)

# Someone kept at a flat or a house and not let go.
_KEPT_AT = (
    r"\b(?:kept|held|locked\s+(?:up|in))\s+(?:at|in)\s+(?:some|a|this|these|his|their|the)\s+"
    r"(?:[\w']+\s+){0,2}?(?:flat|house|place|room|trap\s+house|hotel|airbnb)\b"
)
_NOT_LET_GO = (
    r"\b(?:will\s+not|would\s+not|do\s+not|does\s+not|not)\s+let\s+(?:her|him|them|me)\s+"
    r"(?:go|leave|out)\b|\bnot\s+letting\s+(?:her|him|them|me)\s+(?:go|leave|out)\b"
)
_KEPT_FOR_CARE = (
    r"\b(?:hospital|ward|doctors?|nurses?|a\s+and\s+e|a&e|police|cells?|custody|detention|"
    r"school|snow|storm|flood\w*|grounded|curfew|quarantine|isolat\w*)\b"
)

# The writer's own rope ready, and no one to miss them.
_ROPE_READY = (
    r"\b(?:the\s+|a\s+)?ropes?\s+(?:is\s+|are\s+)?(?:in\s+my\s+(?:room|car|bag|garage|shed|"
    r"wardrobe)|ready|tied|set\s+up|sorted|up)\b|\b(?:got|bought|have|found)\s+(?:a|the)\s+rope\b"
)
_NOT_MISSED = (
    r"\b(?:no\s*one|nobody|no\s+body)\s+(?:will|would|is\s+going\s+to|gonna)\s+(?:even\s+)?"
    r"(?:miss|notice)\s+(?:me|i\s+am\s+gone)\b(?!\s+(?:at|if|when|for|in|on|from|during|"
    r"leaving|going|sneaking|much|too))"
)
_CLIMBING = (
    r"\b(?:climb\w*|boulder\w*|abseil\w*|skipping|sail\w*|boat|camping|tent|washing\s+line|"
    r"tug\s+of\s+war|rigging|circus|aerial)\b"
)


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # shut in after texting goodbye, and not answering
    ("someone shut in and silent after a goodbye", _A_BREAK_IN, (_SHUT_IN, _A_GOODBYE, _SILENT)),
    # something taken, and fitting with foam at the mouth or on the floor
    (
        "someone fitting after taking something",
        _DANCING,
        (_TOOK_SOMETHING, _FITTING, _GRAVE_SIGN),
    ),
    # burning up after pills, and not making sense or refusing water
    (
        "someone overheating after taking something",
        _A_FEVER_OR_SUN,
        (_TOOK_SOMETHING, _BURNING_UP, _NOT_RIGHT),
    ),
    # out cold after the drink, gurgling or choking, and not waking
    (
        "someone out cold after the drink and breathing badly",
        _SLEEPING_IT_OFF,
        (_DRINK, _OUT_COLD, _BREATHING_BADLY, _CANT_WAKE),
    ),
    # a friend left alone, not answering, her location moving away in a car
    (
        "a friend left alone and driven off",
        _A_RIDE_HOME,
        (_LEFT_ALONE, _NOT_ANSWERING, _MOVING_AWAY),
    ),
    # an asthma attack now, the inhaler empty, and no breath to talk
    (
        "an asthma attack with no inhaler",
        _CARRIES_A_SPARE,
        (_ASTHMA_ATTACK, _NO_INHALER, _NO_BREATH),
    ),
    # made to sell herself by a man who sets up the men or takes the money
    ("someone made to sell sex", _SELLING_ONESELF, (_MADE_TO_SELL, _RUNS_IT)),
    # kept at a flat or a house and not let go
    ("someone kept at a flat and not let go", _KEPT_FOR_CARE, (_KEPT_AT, _NOT_LET_GO)),
    # the writer's rope ready, and no one to miss them
    ("a rope ready and no one to miss the writer", _CLIMBING, (_ROPE_READY, _NOT_MISSED)),
)

YOUNG_ADULT_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
