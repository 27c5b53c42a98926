"""The English phrase net: babies and toddlers in danger now.

A parent sends apologies or asks about the crèche, and in passing says what needs an ambulance or
the police now: a newborn gone yellow who will not wake for feeds, grey and limp, breathing fast
and grunting with a fever, or fitting; a toddler fallen from a window or a bed and vomiting or
sleepy, who drank a cleaning liquid or swallowed magnets, or is scalded and blistering; a baby
left with someone high or drunk, asleep on someone who took something, thrown or shaken; a
parent who says the baby is evil and must be got rid of, or that she will jump with it.

A baby, a toddler or an age in days, weeks or months has to be there, and each kind needs its
signs together: so feeds, teething, a cold getting better, jaundice at birth that has cleared, a
tantrum, new parents joking they are losing it, childcare claims, and a crèche asked to keep
magnets out of reach are left alone. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# A baby or a young child, by name or by an age in days, weeks or months.
_BABY = (
    r"\b(?:bab(?:y|ys|ies)|newborns?|new\s+born|infants?|toddlers?|twins|little\s+one|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]+"
    r"(?:days?|weeks?|months?)[\s-]+old|(?:only|just)\s+(?:\d+|a|one|two|three|four|five|six)"
    r"\s+(?:days?|weeks?|months?)\b|(?:\d+|one|two|three|four|five|six)\s+(?:days|weeks)\s+old|"
    r"(?:[1-4]|one|two|three|four)[\s-]*(?:years?|yrs?)[\s-]+old|[1-4]\s*yo|little\s+(?:boy|girl)|"
    r"(?:she|he)\s+is\s+(?:only\s+|just\s+)?(?:[1-4]|one|two|three|four)\b(?!\s*(?:pm|am|"
    r"oclock|weeks|months|hours|minutes|mins|times|of)))\b"
)
# Told as over, managed or long past: the message is not about now.
_NOT_NOW = (
    r"\b(?:(?:has|had|it\s+has|it)\s+cleared|cleared\s+up|at\s+birth|when\s+(?:she|he|they)\s+"
    r"(?:was|were)|last\s+(?:year|month)|years?\s+ago|(?:is|are|was)\s+(?:fine|ok|okay)\s+now|"
    r"all\s+(?:fine|ok|okay)\s+now|doing\s+(?:great|well|fine)|loads\s+better|much\s+better|"
    r"back\s+to\s+normal|health\s+visitor\s+(?:is\s+)?happy)\b"
)
_NOT_WAKING = (
    r"\b(?:(?:will|does|did|can|could)\s+not|wont|cannot|can\s+not|not)\s+(?:wake|waking|"
    r"woken|rouse|be\s+woken|stir|respond|responding)\b|\b(?:unresponsive|floppy|limp|"
    r"not\s+(?:feeding|eating|taking\s+(?:any\s+)?(?:milk|feeds?|the\s+bottle)))\b|"
    r"\bsleepy\s+all\s+the\s+time\b|\b(?:will|does)\s+not\s+(?:feed|take\s+(?:a|any|her|his)\s+"
    r"(?:feed|bottle|milk))\b"
)
_YELLOW = r"\b(?:yellow|jaundiced|jaundice|orange)\b"
_GREY = (
    r"\b(?:gone|going|turned|turning|is|looks?|looking|went)\s+(?:all\s+|really\s+|very\s+|"
    r"so\s+)?(?:grey|gray|blue|mottled|white|pale)\b|"
    r"\b(?:grey|gray|mottled|blue)\s+and\s+(?:limp|floppy)\b"
)
_LIMP = r"\b(?:limp|floppy|lifeless|unresponsive|not\s+breathing)\b"
_FAST_BREATH = (
    r"\b(?:grunting|grunts|breathing\s+(?:is\s+)?(?:really\s+|very\s+|so\s+)?(?:fast|quick|"
    r"rapid|funny|weird|strange|noisy)|(?:struggling|fighting)\s+(?:to|for)\s+breath\w*|"
    r"sucking\s+in\s+under\s+(?:her|his|the)\s+ribs|ribs\s+(?:are\s+)?sucking\s+in)\b"
)
_FEVER = (
    r"\b(?:(?:3[89]|4[01])(?:\.\d)?\s*(?:degrees|c)\b|fever|(?:high|really\s+high|a)\s+"
    r"temperature|burning\s+(?:up|hot)|red\s+hot)\b|\bonly\s+(?:\d+|a|one|two|three|four|five|"
    r"six|seven|eight)\s+(?:days?|weeks?)\b"
)
_FIT = (
    r"\b(?:(?:have|having|had|has\s+had|is\s+having)\s+(?:an?\s+)?(?:fit|seizure|convulsion)s?|"
    r"fitting|seizing|convulsing|convulsions?|seizures?)\b|\b(?:arms|legs|body)\s+"
    r"(?:jerked|jerking|twitching|twitched|went\s+stiff|stiffened)\b"
)
_FIT_NOW = (
    r"\b(?:just\s+now|right\s+now|now|lips\s+(?:went|are|have\s+gone|turned|going)\s+blue|"
    r"went\s+blue|gone\s+blue|turned\s+blue|not\s+(?:waking|responding|breathing)|"
    r"(?:will|does)\s+not\s+(?:wake|stop)|floppy|limp)\b"
)

# A fall from a height or onto something hard, and the signs of a head hurt.
_FELL = (
    r"\b(?:fell|fallen|falls|tumbled|toppled|rolled|dropped|came)\s+(?:out|off|from|down)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+|my\s+|our\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?(?:window|balcony|"
    r"bed|changing\s+(?:table|mat)|sofa|settee|stairs|high\s*chair|worktop|counter|"
    r"bunk(?:\s+bed)?|"
    r"cot|roof)\b"
)
_HEAD_HURT = (
    r"\b(?:vomit\w*|being\s+sick|(?:been|keeps?)\s+(?:being\s+)?sick|throwing\s+up|sleepy|"
    r"drowsy|(?:soft\s+)?swelling|lump\s+on|(?:will|does)\s+not\s+(?:wake|stop\s+(?:crying|"
    r"being\s+sick|vomiting|screaming))|"
    r"not\s+(?:waking|responding|moving)|unconscious|knocked\s+out|blood\s+(?:from|coming)|"
    r"ambulance|a\s+and\s+e|999|floppy)\b"
)
# A cleaning liquid, a medicine or magnets swallowed.
_SWALLOWED = (
    r"\b(?:drank|drunk|swallowed|swallow(?:ed)?|ate|eaten|has\s+had|licked|chewed|bit\s+into|"
    r"sucked|got\s+into)\s+(?:\w+\s+){0,4}?(?:dishwasher|washing\s+(?:up|machine)|bleach|"
    r"detergent|liquitabs?|laundry\s+(?:pods?|capsules?|liquid)|(?:washing\s+)?(?:pods?|"
    r"capsules?)|magnets?|button\s+batter(?:y|ies)|batter(?:y|ies)|white\s+spirit|"
    r"anti\s*freeze|oven\s+cleaner|drain\s+(?:cleaner|unblocker)|cleaning\s+(?:liquid|stuff|"
    r"spray)|paracetamol|calpol\s+bottle|(?:my|her|his|nans?|grans?|mums?|dads?)\s+(?:tablets|"
    r"pills|meds|medication)|e\s*cig\s+liquid|vape\s+(?:liquid|juice)|lamp\s+oil|"
    r"weed\s*killer|rat\s+poison)\b"
)
# Scalded or burnt: the hot thing, and the skin hurt.
_HOT = (
    r"\b(?:kettle|boiling\s+water|hot\s+(?:water|tea|coffee|drink|bath|oil|pan)|pan\s+of|"
    r"bath\s+water|the\s+hob|the\s+iron|hair\s+straighteners|cup\s+of\s+tea|chip\s+pan)\b"
)
_SKIN_HURT = (
    r"\b(?:blister\w*|scald\w*|burnt|burned|burns|skin\s+(?:is\s+)?(?:peeling|coming\s+off|"
    r"bubbling|red\s+raw|white))\b"
)

# Someone high or drunk, or who took something.
_INTOXICATED = (
    r"\b(?:off\s+(?:his|her|their|its)\s+(?:face|head|nut|tits|trolley)|(?:is|was|been|got|gets|"
    r"getting|completely|totally|really|so)\s+(?:drinking|drunk|high|wasted|smashed|stoned|"
    r"hammered|pissed|plastered|out\s+of\s+it|mashed)|(?:took|taken|takes|taking|on|doing|done|"
    r"had|snorted|smoked|using)\s+(?:some\s+|loads\s+of\s+|a\s+lot\s+of\s+)?(?:ketamine|ket|"
    r"coke|cocaine|crack|heroin|spice|mdma|ecstasy|meth|pills|smack|valium|xanax)|"
    r"drinking\s+since|passed\s+out\s+drunk)\b"
)
# Sober again, or not drinking: the message is not about now.
_SOBER = (
    r"\b(?:(?:is|was|are|were)\s+(?:fine|ok|okay|sober)\s+now|sobered\s+up|(?:not|never)\s+"
    r"(?:drinking|drunk|high|drinks)|(?:years?|months?)\s+(?:sober|clean))\b"
)
# The baby left with them, or asleep with them.
_IN_THEIR_CARE = (
    r"\b(?:left|leave|leaving)\s+(?:the|my|our|her|his)\s+(?:baby|newborn|little\s+one|son|"
    r"daughter|twins)|\b(?:looking\s+after|minding|babysitting|has\s+got|has)\s+(?:the|my|our)\s+"
    r"(?:baby|newborn|little\s+one|twins|\d+\s+(?:week|month)\s+old)|\b(?:asleep|sleeping|"
    r"slept|co\s*-?\s*sleeping|passed\s+out|in\s+bed)\s+(?:\w+\s+){0,4}?with\s+(?:the|my|our|"
    r"her|his)\s+(?:baby|newborn|\d+\s+(?:week|month|day)\s+old)|\bon\s+(?:his|her|their)\s+"
    r"chest\b"
)
_CARE_NOW = (
    r"\b(?:not\s+(?:answering|picking\s+up|replying|responding)|screaming|crying|just\s+(?:found|"
    r"sent|seen|called|rang)|right\s+now|"
    r"now|video|asleep|passed\s+out|found\s+them|last\s+night|tonight|this\s+morning)\b"
)
# Thrown or shaken, and hurt.
_SHAKEN = (
    r"\b(?:shook|shaken|shaking|shakes|shake)\s+(?:the|my|our|her|his)\s+(?:baby|newborn|"
    r"little\s+one|\d+\s+(?:week|month)\s+old)\b|\bshak(?:es|ing|en)?\s+(?:her|him)\s+"
    r"(?:hard|violently|really\s+hard|to\s+shut)"
)
_THROWN = (
    r"\b(?:threw|thrown|throws|throwing|chucked|chucks|flung|slammed|hurled|dropped)\s+"
    r"(?:her|him|the\s+baby|my\s+baby|our\s+baby|them)\s+(?:down\s+)?(?:in|into|onto|on|"
    r"against|across|at|down)\s+(?:the\s+|a\s+)?(?:cot|bed|floor|wall|sofa|room|pram|car\s+seat)"
    r"\b"
)
_HURT_SINCE = (
    r"\b(?:screaming|screams|crying|cries|bruis\w*|swollen|will\s+not\s+move|can\s+not\s+move|"
    r"not\s+moving|hurt|hurts|limp|floppy|not\s+stopped)\b"
)
# A parent saying the baby is evil and must go, or that she will jump with it.
_EVIL = (
    r"\b(?:evil|possessed|the\s+devil|a\s+devil|a\s+demon|demonic|cursed|a\s+witch|the\s+"
    r"antichrist)\b"
)
_RID_OF = (
    r"\b(?:(?:get|got|be|being)\s+rid\s+of|(?:kill\w*|drown\w*|smother\w*|hurt|harm|"
    r"sacrific\w*)\s+(?:it|her|him|them|the\s+baby)|(?:needs?|has)\s+to\s+(?:go|die|be\s+"
    r"stopped)|cast\s+(?:it|the\s+devil)\s+out|exorcis\w*)\b"
)
_WITH_THE_BABY = (
    r"\b(?:(?:going|gonna|about|planning|wants?|threaten\w*|says?|said)\s+(?:to\s+)?"
    r"(?:\w+\s+){0,2}?(?:jump|drown|end\s+it|kill\s+(?:herself|himself|themselves|myself)|"
    r"walk\s+into\s+the\s+(?:sea|river|canal|traffic)|drive\s+into|step\s+in\s+front)"
    r"(?!\s+(?:up|around|about|in|into|on|for|the\s+queue))\s+(?:\w+\s+){0,3}?with\s+(?:the|"
    r"her|his|my|our)\s+(?:baby|newborn|little\s+one|twins|kids?|children)|take\s+(?:the|her|"
    r"my|our)\s+baby\s+with\s+(?:her|him|me|them)\s+(?:when|if)\s+(?:she|he|i|they)\s+"
    r"(?:goes|go|dies?|jumps?|ends?\s+it))\b"
)

# Someone saying they will throw, shake or hurt the baby.
_WILL_HURT = (
    r"\b(?:he|she|they|i|partner|husband|wife|boyfriend|girlfriend|dad|mum)\s+(?:is\s+|am\s+|"
    r"are\s+|keeps?\s+)?(?:going\s+to|gonna|will|threaten\w*\s+to|wants?\s+to|says?\s+(?:he|"
    r"she|they)\s+(?:will|would)|said\s+(?:he|she|they)\s+would)\s+(?:throw|shake|hurt|kill|"
    r"smother|drown|suffocate|strangle|batter|hit)\s+(?:the|my|our|her|his|their)\s+(?:baby|"
    r"newborn|little\s+one)\b(?!\s+(?:a|an|shower|party|monitor|gate|clothes|toys|stuff))"
)

BABY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a newborn yellow and not waking, grey and limp, breathing fast with a fever, or fitting
    "a baby gravely unwell now": (
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _YELLOW, _NOT_WAKING),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _GREY, _LIMP),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _GREY, _NOT_WAKING),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _FAST_BREATH, _FEVER),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _FIT, _FIT_NOW),
    ),
    # a fall with a head hurt, a cleaning liquid or magnets swallowed, a scald blistering
    "a baby or toddler hurt in an accident now": (
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _FELL, _HEAD_HURT),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _SWALLOWED),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_BABY, _HOT, _SKIN_HURT),
    ),
    # left with someone high or drunk, asleep on someone who took something, thrown or shaken
    "a baby with someone who is high, drunk or rough with it": (
        "^(?!.*" + _SOBER + ")" + every_one_of(_BABY, _INTOXICATED, _IN_THEIR_CARE, _CARE_NOW),
        "^" + every_one_of(_BABY, _SHAKEN),
        "^" + every_one_of(_BABY, _THROWN, _HURT_SINCE),
    ),
    # a parent who says the baby is evil and must go, or that she will jump with it
    "a parent who means harm to the baby": (
        "^" + every_one_of(_BABY, _EVIL, _RID_OF),
        "^" + every_one_of(_WITH_THE_BABY),
        "^" + every_one_of(_WILL_HURT),
    ),
}
