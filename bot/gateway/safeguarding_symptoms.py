"""The English phrase net: medical emergencies told by their signs, as the writer sees them.

What a parent, a neighbour, a friend or a passer-by writes while it is happening, naming no
emergency, only what they see: someone who took something at a rave or a party, boiling hot,
with a racing heart or talking nonsense; a young child with a barking cough and a squeak on
every breath in even at rest, or drooling; a bone through the skin or a limb bent the wrong way
with the child gone pale or quiet; someone collapsed in front of the writer who may not be
breathing; a baby of a few weeks with a fever who will not wake or feed; a sting with the face
swelling and the throat tight; someone old out in the sun or the heat, very hot and dizzy,
sick or unable to stand; a boiler or a gas fire with the whole household headachy, sick or
drowsy; a scald from a kettle or a pan with the skin coming away; a child found face down in
water, out now but sleepy or blue; an allergy getting worse after the adrenaline pen; and
someone on the floor gasping and grey, holding their chest.

Each needs its parts together, and the everyday twins share the words and are left alone: a
remedy taken for a cold or a hangover, a mild croup the doctor saw with the squeak only when
crying, a doll's arm or a double-jointed party trick, a souffle or a tent collapsed, a normal
temperature in a baby who sleeps through, a sting that has gone down, "hot and bothered" and
"can not stand the neighbours", headaches from a noisy boiler and no sleep, peaches blanched in
boiling water, a child blowing bubbles face down in the paddling pool, the pen practised with a
trainer, and gasping with laughter or for a cup of tea. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film or a first aid course, or as over and fine now: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|first\s+aid\s+(?:course|training|class)|when\s+"
    r"(?:i|we)\s+(?:was|were)|(?:he|she|they|we|i)\s+(?:is|are|am)\s+(?:totally\s+|"
    r"completely\s+|absolutely\s+)?(?:fine|ok|okay|better|grand)\s+now|all\s+(?:fine|good|ok)\s+"
    r"now|back\s+to\s+normal)\b"
)

# Someone who took a drug at a rave or a party, overheating, with the heart or the mind racing.
_TOOK_SOMETHING = (
    r"\b(?:took|taken|taking|had|necked|dropped|swallowed|done)\s+(?:(?:something|summat)\b"
    r"(?!\s+(?:off|from|out|back|home|in|up|to|with|away))|a\s+pill|"
    r"(?:some|two|a\s+few|loads\s+of)\s+pills|pills|molly|mandy|md|mdma|ecstasy|ket|speed|"
    r"coke|a\s+line|a\s+bomb)\b|\b(?:on|off\s+his\s+head\s+on)\s+(?:pills|molly|mandy|mdma)\b"
)
_OVERHEATING = (
    r"\b(?:boiling|burning\s+up|roasting|overheat\w*|(?:too|so|really|very)\s+hot|hot\s+to\s+"
    r"(?:the\s+)?touch|sweating\s+buckets|drenched\s+in\s+sweat)\b"
)
_RACING = (
    r"\bheart\s+(?:is\s+)?(?:going\s+to\s+explode|racing|pounding|going\s+mad|beating\s+out\s+of|"
    r"going\s+like)\b|\bjaw\s+(?:is\s+)?going\b|\b(?:chatting|talking|speaking)\s+(?:nonsense|"
    r"gibberish|rubbish\s+to\s+no\s+one)\b|\bnot\s+making\s+(?:any\s+)?sense\b|\bconfused\b"
    r"(?!\s+(?:about|by|with|over))|\b(?:fitting|twitching|shaking\s+all\s+over)\b"
)
_A_REMEDY = (
    r"\b(?:for\s+(?:his|her|their|my|the|a)\s+(?:cold|flu|hangover|headache|head|cough|back|"
    r"period|pain|tooth|allergies|hay\s+fever)|paracetamol|lemsip|ibuprofen|vitamins?|sauna|"
    r"heatwave|sunbath\w*|workout|gym|curry|chilli|spicy|excite\w*|nerves|nervous)\b"
)

# A young child with a barking cough and a squeak on every breath in at rest, or drooling.
_A_YOUNG_CHILD = (
    r"\b(?:[1-6]\s*(?:yo|yr\s+old|year\s+old|years\s+old)|toddler|baby|little\s+(?:one|boy|"
    r"girl)|son|daughter|kid|child)\b"
)
_BARKING = r"\b(?:barking|barky|seal\s+like)\s+cough\b|\bcroup\b|\bsounds\s+like\s+a\s+seal\b"
_STRIDOR = (
    r"\b(?:squeak\w*|whistl\w*|high\s+pitched|crowing|rasping|harsh|wheez\w*)\s+(?:\w+\s+)?"
    r"(?:noise|sound)\s+(?:\w+\s+){0,3}?(?:when|as|whenever|every\s+time)\s+(?:he|she|they)\s+"
    r"breathes?\s+in\b|\bstridor\b"
)
_AT_REST_OR_DROOLING = (
    r"\b(?:even\s+(?:sitting|lying|when\s+(?:he|she)\s+is)\s+still|at\s+rest|drool\w*|"
    r"dribbl\w*|can\s+not\s+swallow|sucking\s+in\s+(?:under|at)|going\s+blue|lips\s+(?:are\s+)?"
    r"blue|struggling\s+to\s+breathe)\b"
)
# The noise only when crying, gone at rest, or no drooling: croup to watch, not an emergency.
_ONLY_WHEN_CRYING = (
    r"\bonly\s+when\s+(?:he|she|they)\s+(?:cr(?:y|ies)|is\s+crying|is\s+upset)\b|\bfine\s+at\s+"
    r"rest\b|\bat\s+rest\s+(?:it|he|she)\s+is\s+(?:fine|ok|quiet)\b|\b(?:not|no)\s+drool\w*"
)

# A bone through the skin or a limb bent the wrong way, with the child or adult in shock.
_BONE_OUT = (
    r"\bbone\s+(?:is\s+)?(?:poking|sticking|coming|showing|jutting)\s+(?:out|through)\b|"
    r"\b(?:arm|leg|wrist|ankle|elbow|knee|shin|finger)\s+(?:is\s+)?(?:bent|twisted|going)\s+"
    r"(?:the\s+wrong\s+way|backwards)\b"
)
_IN_SHOCK = (
    r"\b(?:pale|grey|gray|white\s+as\s+a\s+sheet|quiet|faint\w*|passing\s+out|passed\s+out|"
    r"clammy|screaming|shaking|bleeding)\b"
)
_NOT_A_LIMB = (
    r"\b(?:doll|teddy|action\s+figure|lego|toy|chicken|wing|lamb|steak|umbrella|double\s+jointed|"
    r"party\s+trick|yoga|x\s+ray\s+from|healed|plaster\s+cast\s+off|dogs?|cats?|puppy|pet|"
    r"vets?|horse)\b"
)

# Someone collapsed in front of the writer who may not be breathing.
_COLLAPSED = (
    r"\b(?:just\s+|has\s+|suddenly\s+)?(?:collapsed|keeled\s+over|dropped\s+to\s+the\s+(?:ground|"
    r"floor)|fell\s+(?:down\s+)?(?:to\s+the\s+ground|in\s+a\s+heap))\b"
)
_MAYBE_NOT_BREATHING = (
    r"\b(?:do\s+not\s+think|not\s+sure\s+(?:if|whether)|can\s+not\s+tell\s+if|no\s+idea\s+if)\s+"
    r"(?:she|he|they)\s+(?:is|are)\s+(?:still\s+)?breathing\b(?!\s+(?:easy|easier|a\s+word|down))"
    r"|\b(?:she|he|they)\s+(?:has|have)\s+stopped\s+breathing\b|\bno\s+(?:pulse|heartbeat)\b"
)
_NOT_A_PERSON_FALLING = (
    r"\b(?:tent|gazebo|souffle|cake|sponge|starter|bridge|roof|deal|market|shelf|wall|stall|"
    r"laugh\w*|giggl\w*|asleep|on\s+the\s+sofa|dummy|mannequin)\b"
)

# A baby of a few weeks or months with a fever who will not wake or feed.
_A_YOUNG_BABY = (
    r"\b(?:[1-9]|1[0-2])\s*(?:weeks?|wks?)\s*old\b|\b(?:newborn|new\s+born)\b|\b[1-2]\s*"
    r"(?:months?|mths?)\s*old\b"
)
_A_FEVER = (
    r"\b(?:temperature|temp)\s+(?:is\s+|of\s+|at\s+|reading\s+)?(?:3[89]|4[01])(?:\.\d)?\b|"
    r"\b(?:3[89]|4[01])(?:\.\d)?\s*(?:degrees|c)\b|\b(?:fever|feverish|burning\s+up|hot\s+to\s+"
    r"(?:the\s+)?touch|red\s+hot)\b"
)
_WILL_NOT_WAKE = (
    r"\b(?:will\s+not|would\s+not|can\s+not|does\s+not|is\s+not|not)\s+(?:\w+\s+)?(?:wake|"
    r"waking|be\s+woken|feed|feeding|tak(?:e|ing)\s+(?:her|his|a|the|any)\s+(?:feed|bottle))\b|"
    r"\b(?:floppy|limp|hard\s+to\s+wake|very\s+drowsy)\b"
)
_BABY_EVERYDAY = r"\b(?:room|nursery|bath|water|milk|bottle\s+warmer)\s+(?:temperature|temp)\b"

# A sting with the face swelling and the throat tight or the breath going.
_STUNG = (
    r"\b(?:stung|stinged)\s+(?:\w+\s+){0,3}?(?:by\s+)?(?:a\s+|an\s+)?(?:wasps?|bees?|hornets?|"
    r"insects?|jellyfish|something)\b|\b(?:wasp|bee|hornet|insect|jellyfish)\s+stings?\b|"
    r"\b(?:stung|stinged)\s+(?:on|in)\s+(?:the|his|her|their|my)\s+\w+"
)
_THROAT_CLOSING = (
    r"\bthroat\s+(?:is\s+|feels\s+|going\s+|getting\s+)?(?:\w+\s+)?(?:tight|closing|swell\w*|"
    r"swollen)\b|\b(?:tongue|lips)\s+(?:is\s+|are\s+)?(?:swell\w*|swollen|big)\b|\b(?:can\s+not|"
    r"struggling\s+to)\s+(?:breathe|swallow)\b|\bwheez\w*\b"
)
_STING_SETTLED = (
    r"\b(?:gone\s+down|went\s+down|settled|calmed|allergy\s+clinic|tested|last\s+(?:summer|year|"
    r"week|month)|nerves|singing|shouting|crying)\b"
)

# Someone old out in the sun or the heat, very hot and dizzy, sick, confused or unable to stand.
_OLD = (
    r"\b(?:she|he)\s+is\s+(?:[7-9]\d|10\d)\b|\b(?:[7-9]\d|10\d)\s*(?:yo|years?\s+old)\b|"
    r"\b(?:elderly|old\s+(?:lady|man|neighbour|woman)|nan|nana|gran|granny|grandad|grandma|"
    r"grandpa)\b"
)
_IN_THE_HEAT = (
    r"\b(?:in\s+the\s+(?:sun|heat|heatwave)|heatwave|heat\s+wave|no\s+shade|sunstroke|heatstroke|"
    r"(?:hot|stuffy|boiling)\s+(?:flat|room|house|car|bus|conservatory))\b"
)
_VERY_HOT = (
    r"\b(?:(?:very|really|so|too|burning)\s+hot|burning\s+up|boiling|overheat\w*|hot\s+to\s+"
    r"(?:the\s+)?touch)\b(?!\s+(?:and\s+bothered|under\s+the\s+collar))"
)
_HEAT_SIGNS = (
    r"\b(?:dizzy|faint\w*|being\s+sick|vomiting|throwing\s+up|confused\b(?!\s+(?:about|by|"
    r"with|over))|muddled|not\s+making\s+sense|stopped\s+sweating|collapsed|floppy|can\s+not\s+"
    r"stand(?:\s+up)?\b(?!\s+(?:him|her|it|them|the|that|this|those|people|anyone)))"
)

# A boiler or a gas fire, and the whole household with headaches, sick or drowsy.
_A_BURNER = (
    r"\b(?:boilers?|gas\s+fires?|gas\s+heaters?|heaters?|log\s+burner|wood\s+burner|stove|flue|"
    r"generator|disposable\s+bbq|barbecue\s+inside)\b"
)
_ALL_OF_US = (
    r"\b(?:all\s+(?:\d|two|three|four|five|six|of\s+us)|(?:we|everyone|every\s+one|the\s+whole\s+"
    r"family)\s+(?:have|has|are|feel|keep)|even\s+the\s+(?:dog|cat|kids|baby)|the\s+(?:dog|cat)"
    r"\s+(?:is|is\s+also|too)\s+(?:dozy|drowsy|sleepy|sick|wobbly))\b"
)
_HEADACHES = r"\b(?:headaches?|heads?\s+(?:are\s+|is\s+)?(?:pounding|banging|thumping))\b"
_SICK_OR_DROWSY = (
    r"\b(?:(?:feel|feeling|felt|being|been)\s+sick\b(?!\s+(?:of|and\s+tired))|nause\w*|dozy|"
    r"drowsy|sleepy|dizzy|confused|breathless)"
)
_A_PLAIN_CAUSE = (
    r"\b(?:flu|covid|a\s+bug|norovirus|sickness\s+bug|hangover|from\s+(?:the\s+)?(?:noise|"
    r"racket|banging|kids|drilling|builders|screaming|wine|drink\w*|party|sun|heat|screens?)|"
    r"no\s+sleep|kept\s+us\s+(?:up|awake)|serviced|engineer\s+(?:came|fixed|checked))\b"
)

# A scald from a kettle, a pan or a bath, with the skin coming away or blistering.
_HOT_LIQUID = (
    r"\b(?:boiling\s+(?:water|oil|tea|milk)|(?:hot|boiling)\s+(?:kettle|pan|tea|coffee|bath|"
    r"water|oil|soup)|kettle|chip\s+pan|scald\w*)\b"
)
_ON_THE_BODY = (
    r"\b(?:down|over|on|across)\s+(?:his|her|their|my|the\s+baby\s*s?)\s+(?:chest|arms?|legs?|"
    r"face|back|body|tummy|stomach|hands?|neck|head|feet|foot|thighs?|lap|shoulders?)\b|"
    r"\bscalded\s+(?:him|her|them|himself|herself|themselves|me|myself)\b"
)
_SKIN_COMING_AWAY = (
    r"\bskin\s+(?:is\s+|has\s+)?(?:coming|peeling|falling|hanging|sliding|come|peeled)\s+"
    r"(?:away|off)\b|\bskin\s+(?:is\s+|has\s+gone\s+)?(?:blistering|bubbling|white|charred)\b|"
    r"\b(?:big|huge|massive)\s+blisters\b"
)
_NOT_A_SCALD = r"\b(?:tomato\w*|peach\w*|almonds?|blanch\w*|potato\w*|sunburn\w*|peel\s+mask)\b"

# A child found face down in water or pulled out, and sleepy, blue or limp after it.
_FOUND_IN_WATER = (
    r"\bface\s+down\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:water|pool|bath|pond|canal|river|sea|lake)\b|"
    r"\b(?:pulled|dragged|fished)\s+(?:him|her|them)\s+out\s+of\s+the\s+(?:\w+\s+)?(?:water|"
    r"pool|pond|canal|river|sea|lake)\b|\bfloating\s+in\s+the\s+(?:\w+\s+)?(?:water|pool|"
    r"bath|pond|canal|river|sea|lake)\b"
)
_AFTER_THE_WATER = (
    r"\b(?:sleepy|drowsy|blue|bluey|bluish|grey|limp|floppy|not\s+breathing|barely\s+breathing|"
    r"not\s+responding|unresponsive|will\s+not\s+wake|can\s+not\s+wake|coughing\s+up|frothing)\b"
)
_PLAYING_IN_WATER = (
    r"\b(?:bubbles|play\w*|pretend\w*|snorkel\w*|goggles|toy|doll|duck|dinosaur|phone|keys|"
    r"ball|starfish|laugh\w*|giggl\w*|swimming\s+lesson|dog|cat|bath\s*time|bed\s*time|nap)\b"
)

# An allergy getting worse after the adrenaline pen, or still waiting for help.
_PEN_USED = (
    r"\b(?:did|used|gave|given|done|jabbed|injected)\s+(?:him\s+|her\s+|them\s+)?(?:with\s+)?"
    r"(?:the|his|her|their|an|my)\s+(?:pen|epipen|epi\s+pen|jext|adrenaline)\b|\b(?:pen|epipen|"
    r"epi\s+pen|adrenaline)\s+(?:is\s+|has\s+)?(?:not\s+working|in|done|gone\s+in)\b"
)
_ALLERGY = r"\b(?:allerg\w*|anaphyla\w*|stung|sting|bee|wasp|nuts?|peanuts?|reaction)\b"
_STILL_WORSE = (
    r"\b(?:getting\s+worse|worse\s+again|not\s+working|no\s+better|still\s+(?:struggling|"
    r"swelling|wheez\w*|can\s+not\s+breathe)|ambulance\s+(?:still\s+)?(?:is\s+not|not|has\s+not)"
    r"\s+(?:here|come|arrived)|second\s+pen|another\s+pen)\b"
)
_PEN_PRACTISED = (
    r"\b(?:training|trainer|practi[cs]e\w*|expired|out\s+of\s+date|prescription|pharmacy|"
    r"chemist|care\s+plan)\b"
)

# Someone on the floor or collapsed, gasping or grey, holding their chest.
_CLUTCHING_CHEST = (
    r"\b(?:holding|clutching|gripping|grabbing|clasping)\s+(?:at\s+)?(?:his|her|their)\s+chest\b|"
    r"\bchest\s+pains?\b|\bpain\s+in\s+(?:his|her|their)\s+chest\b"
)
_GASPING = (
    r"\bgasping\b(?!\s+for\s+(?:a|an|some)\s+(?:cup|brew|tea|coffee|drink|pint|fag|cig|beer))|"
    r"\b(?:can\s+not|struggling\s+to)\s+(?:breathe|get\s+(?:his|her)\s+breath)\b"
)
_GREY_OR_DOWN = (
    r"\b(?:grey|gray|clammy|sweating|sweaty|pale|on\s+the\s+floor|on\s+the\s+ground|collapsed)\b"
)
_NOT_A_HEART = (
    r"\b(?:laugh\w*|giggl\w*|in\s+stitches|cracking\s+up|gym|press\s+ups|push\s+ups|workout|"
    r"panto|acting|drama|pretend\w*|heartburn|indigestion|hiccups)\b"
)


# Each reading: its kind, the everyday that rules it out (beside a joke, a story or the past), and
# the parts that must all be in the message.
_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # took something, boiling, heart racing or talking nonsense
    ("overheating after taking something", _A_REMEDY, (_TOOK_SOMETHING, _OVERHEATING, _RACING)),
    # a young child with croup and a squeak on every breath in at rest, or drooling
    (
        "croup with noisy breathing at rest",
        _ONLY_WHEN_CRYING,
        (_A_YOUNG_CHILD, _BARKING, _STRIDOR, _AT_REST_OR_DROOLING),
    ),
    # a bone through the skin or a limb bent the wrong way, and pale or quiet
    ("an open or badly broken bone", _NOT_A_LIMB, (_BONE_OUT, _IN_SHOCK)),
    # someone collapsed in front of the writer who may not be breathing
    (
        "collapsed and maybe not breathing",
        _NOT_A_PERSON_FALLING,
        (_COLLAPSED, _MAYBE_NOT_BREATHING),
    ),
    # a baby of weeks with a fever who will not wake or feed
    (
        "a young baby feverish and not waking",
        _BABY_EVERYDAY,
        (_A_YOUNG_BABY, _A_FEVER, _WILL_NOT_WAKE),
    ),
    # a sting, and the throat tight or the tongue swelling
    ("a sting with the throat closing", _STING_SETTLED, (_STUNG, _THROAT_CLOSING)),
    # someone old in the sun or the heat, very hot and dizzy, sick or unable to stand
    ("heat illness in someone old", "(?!)", (_OLD, _IN_THE_HEAT, _VERY_HOT, _HEAT_SIGNS)),
    # a boiler or a gas fire, and the household with headaches and sick or drowsy
    (
        "carbon monoxide told by its signs",
        _A_PLAIN_CAUSE,
        (_A_BURNER, _ALL_OF_US, _HEADACHES, _SICK_OR_DROWSY),
    ),
    # a scald on the body with the skin coming away
    ("a bad scald", _NOT_A_SCALD, (_HOT_LIQUID, _ON_THE_BODY, _SKIN_COMING_AWAY)),
    # found face down in water or pulled out, and sleepy or blue after it
    ("a near drowning", _PLAYING_IN_WATER, (_FOUND_IN_WATER, _AFTER_THE_WATER)),
    # the pen used for an allergy, and worse again or no ambulance yet
    ("anaphylaxis after the pen", _PEN_PRACTISED, (_PEN_USED, _ALLERGY, _STILL_WORSE)),
    # on the floor or grey, gasping, holding their chest
    (
        "a heart attack told by its signs",
        _NOT_A_HEART,
        (_CLUTCHING_CHEST, _GASPING, _GREY_OR_DOWN),
    ),
)

SYMPTOM_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
