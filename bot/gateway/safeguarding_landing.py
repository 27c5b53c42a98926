"""The English phrase net: danger on the landing, in the block or on the estate now, told by a
neighbour or by someone shut in.

What a neighbour writes when it needs 999 today: someone not seen or not opened up for days with
the signs at the door (post piling up, flies at the window, a bad smell, the telly on and no
answer) and a fear they are inside, or their age; water pouring onto the light fitting, the
sockets or the fuse box with the electrics sparking or flickering and someone there who cannot
get away (the children, a mother who cannot be lifted); someone sat on a balcony railing or a
ledge, legs over the side, crying or saying nobody will miss them; someone collapsed, breathing
badly and grey in the face; a partner who has locked the writer and the children in a room and
taken the phone; a man swinging a bat or a knife at someone who is cornered; a man trying the
doors with a crowbar and at the writer's door now; a dog loose that has already bitten a child
and is going for others; the gas left on by someone with dementia who lights candles. The
everyday twins share the words and are left alone: a neighbour known to be away, a leak with
the power off at the mains, a balcony sat on with the feet up, someone who almost collapsed or
the writer flopped on the sofa, locked in an escape room or as a game, a knife waved at the
onions or a toy bat, the caretaker or a locksmith at the door, a puppy that licks the children,
a dog bite told as last month's, and the gas turned off or long sorted. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import (
    _ALONE_OR_FRAIL,
    _ANY_COLLAPSE,
    _BLUE,
    _OVER,
    KNOWN_TO_BE_AWAY,
)
from bot.gateway.safeguarding_hazards import _CONFUSED_OR_FRAIL
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Told as over, sorted or a subject: everyday.
_SORTED = (
    r"^(?!.*\b(?:last\s+(?:week|month|year|time|winter|summer)|years?\s+ago|months\s+ago|weeks\s+"
    r"ago|used\s+to|back\s+in|in\s+(?:19|20)\d\d|(?:was|were|got)\s+(?:fixed|sorted|repaired|ca"
    r"ught)|all\s+clear|false\s+alarm|fine\s+now|what\s+to\s+do\s+(?:if|when)|training|lol|haha"
    r"\w*|lmao)\b)"
)

# Not seen, not heard from or not opened up for days ("have not seen mrs okafor at no. 12 for 5
# days", "has not opened up in a week").
_UNSEEN_FOR_DAYS = (
    r"\b(?:not|never|nobody\s+has|no\s+one\s+has)\s+(?:seen|heard\s+from|opened\s+up|opened\s+(?:"
    r"the|her|his)\s+(?:front\s+)?(?:door|curtains)|been\s+(?:seen|out))\s+(?:\S+\s+){0,6}?(?:for"
    r"|in|since)\s+(?:days|a\s+(?:week|fortnight)|(?:two|three|four|five|six|several|a\s+few|\d+"
    r")\s+(?:days|weeks)|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|week))\b"
)
# What the door and the window give away: the post piling up, flies, a smell, the telly or the
# lights left on, no answer.
_POST_PILING = (
    r"\b(?:post|milk|letters|papers|parcels|mail)\s+(?:\w+\s+)?(?:piling|piled|stacking|building)"
    r"\s+up\b"
)
_FLIES = r"\bflies\s+(?:\w+\s+)?(?:at|on|in|round|around|all\s+over)\s+(?:the|her|his)\s+window"
_A_SMELL = (
    r"\b(?:a|the)\s+(?:(?:really|very|proper)\s+)?(?:bad|awful|horrible|funny|strange|rotten)\s+"
    r"smell\b|\bsmells?\s+(?:really\s+)?(?:bad|awful|horrible|rotten)\b"
)
_LEFT_ON = r"\b(?:telly|tv|television|radio|lights?)\s*(?:is|are|s)?\s+(?:still\s+)?on\b"
_NO_ANSWER = (
    r"\b(?:does|did|will)\s+not\s+answer\b|\bno\s+answer\b|\bnot\s+answering\b|\bdoors?\s+(?:is\s"
    r"+)?locked\b"
)
# A fear that they are down inside, or someone old or frail.
_FEARED_INSIDE = (
    r"\b(?:worried|afraid|scared|fear|think|reckon)\s+(?:\w+\s+){0,2}?(?:she|he|they)\s+(?:is|has"
    r"|have|are|might\s+have|may\s+have)\s+(?:fallen|fell|collapsed|died|passed)\b|\b(?:could|mig"
    r"ht)\s+(?:he|she|they)\s+(?:still\s+)?be\s+(?:in\s+there|inside)\b|\b(?:is|are)\s+(?:he|she|"
    r"they)\s+(?:still\s+)?(?:in\s+there|inside)\b"
)
_UNSEEN_BEHIND_THE_DOOR = (
    _SORTED
    + KNOWN_TO_BE_AWAY
    + every_one_of(_UNSEEN_FOR_DAYS, f"{_FEARED_INSIDE}|{_ALONE_OR_FRAIL}")
    + any_two_of(_POST_PILING, _FLIES, _A_SMELL, _LEFT_ON, _NO_ANSWER)
)

# Water coming onto the electrics: the light fitting, the sockets, the fuse box.
_WATER_ON_ELECTRICS = (
    r"\b(?:water\w*|leak\w*)\s+(?:is\s+|are\s+)?(?:\w+\s+){0,6}?(?:onto|into|on|in|over|"
    r"through|down|behind)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,3}?(?:light\s+fittings?|"
    r"lights?|sockets?|fuse\s*box|consumer\s+unit|electrics|wiring|plugs?|light\s+switch\w*)\b"
)
_LIVE = r"\b(?:sparking|sparks|flickering|buzzing|crackling|smoking|tripping|shocks?)\b"
# Someone there who cannot just walk away from it: in the room, asleep, or unable to be moved.
_SOMEONE_THERE = (
    r"\b(?:kids|children|baby|babies|toddler|little\s+ones|mum|dad|nan|gran|grandma|grandad)\s+"
    r"(?:is\s+|are\s+)?(?:\w+\s+)?(?:in\s+(?:there|here|the\s+(?:next\s+)?(?:room|bath\w*|kitch"
    r"en|bedroom|lounge))|asleep|sleeping)\b|\b(?:commode|wheelchair|bed\s*bound|(?:can\s+not|cou"
    r"ld\s+not)\s+(?:lift|move|get)\s+(?:her|him|them|out))\b"
)
_POWER_OFF = (
    r"^(?!.*\b(?:(?:power|electrics?|electricity|mains|fuse\s*box)\s+(?:is\s+|are\s+)?(?:\w+\s+)?"
    r"(?:off|isolated)|turned\s+off|switched\s+off|made\s+(?:it\s+)?safe|electrician\s+(?:came|"
    r"has\s+been|is\s+here))\b)"
)

# Sat or stood on a balcony railing, a ledge or a parapet, or the legs over the side.
_ON_THE_EDGE = (
    r"\b(?:sat|sitting|standing|stood|perched|climbed|climbing|crouched)\s+(?:on|over|onto|up\s+o"
    r"n|out\s+on)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:balcony\s+|roof\s+|bridge\s+|window"
    r"\s+)?(?:railings?|ledge|parapet|window\s*sill|edge\s+of\s+the\s+(?:roof|balcony|bridge|buil"
    r"ding|car\s+park))\b|\blegs\s+(?:dangling\s+)?over\s+the\s+(?:side|edge|railings?)\b"
)
_IN_DESPAIR = (
    r"\bcrying\b(?!\s+(?:with|from)\s+laughter)|\bsobbing\b|\bscreaming\b|\b(?:nobody|no\s+one)\s"
    r"+(?:will|would)\s+(?:miss|care)\b|\b(?:going\s+to|gonna|will|wants?\s+to)\s+(?:jump|end\s+"
    r"it|die)\b|\bkill\s+(?:herself|himself|themselves)\b"
)

# Someone collapsed, breathing badly and grey in the face.
_BREATHING_BADLY = (
    r"\b(?:not\s+breathing\s+(?:properly|right|normally)|(?:barely|hardly)\s+breathing|gasping|br"
    r"eathing\s+(?:is\s+)?(?:funny|weird|strange|odd|shallow|rattly|noisy))\b"
)
_GREY = r"\b(?:grey|gray|ashen|blue|purple)\s+in\s+the\s+face\b|\bgone\s+(?:grey|gray|ashen)\b"
# Nearly collapsing, or the writer flopped down after a run or a match: everyday.
_NEARLY = (
    r"^(?!.*\b(?:(?:nearly|almost|practically)\s+(?:collapsed|fainted)|i\s+(?:just\s+|have\s+|"
    r"had\s+)?(?:collapsed|fainted)|collapsed\s+(?:on|onto)\s+(?:the|my)\s+(?:sofa|couch|bed))\b)"
)

# Locked in a room with the children by a partner or a parent, and the phone taken or a plea.
_LOCKED_IN_WITH_THE_CHILDREN = (
    r"\b(?:locked|locking|shut|keeping|kept)\s+(?:me\s+and\s+(?:the|my|our)\s+(?:\w+\s+)?(?:kids"
    r"|children|baby|babies|daughters?|sons?|girls|boys|little\s+ones)|us(?:\s+all)?)\s+in\s+(?:"
    r"the|a|my|our|his|her)\s+(?:\w+\s+)?(?:bedroom|room|bathroom|house|flat|cupboard|shed|garag"
    r"e|loft)\b"
)
_CUT_OFF = (
    r"\b(?:took|taken|smashed|hidden|hid|broke|broken|has)\s+(?:my|our)\s+phones?\b|\bplease\s+he"
    r"lp\b|\bhelp\s+(?:me|us)\b|\b(?:can\s+not|could\s+not)\s+get\s+out\b|\bwill\s+not\s+let\s+("
    r"?:us|me)\s+out\b"
)
_A_GAME = r"^(?!.*\b(?:escape\s+room|game|by\s+(?:accident|mistake)|joke|prank|surprise)\b)"

# A weapon swung or pointed at a person, and the person cornered or with a child.
_WEAPON_AT_SOMEONE = (
    r"\b(?:swinging|waving|brandishing|pointing|wielding|lunging\s+with|coming\s+at\s+\w+\s+with)"
    r"\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:bat|knife|machete|hammer|crowbar|bottle|axe|golf\s+"
    r"club|iron\s+bar|metal\s+bar|blade|sword)\s+(?:\w+\s+){0,6}?at\s+(?:a\s+|an\s+|the\s+|this"
    r"\s+|some\s+|that\s+)?(?:\w+\s+)?(?:woman|man|lady|girl|boy|kids?|child|children|people|per"
    r"son|guy|bloke|mum|dad|pensioner|neighbou?r|someone|anyone|her|him|them|us|me)\b"
)
_CORNERED = (
    r"\b(?:cornered|trapped|pinned|can\s+not\s+get\s+away|backed\s+(?:her|him|them)\s+(?:up|into)"
    r"|pram|buggy|baby|bleeding|screaming)\b"
)
_A_TOY = r"^(?!.*\b(?:plastic|toy|foam|inflatable|pretend|nerf)\b)"
_WEAPON_SWUNG = _SORTED + _A_TOY + every_one_of(_WEAPON_AT_SOMEONE, _CORNERED)

# Someone trying the doors or breaking in with a tool, and at the writer's door now.
_BREAKING_IN_WITH_A_TOOL = (
    r"\b(?:trying|forcing|jimmying|prising|kicking|trying\s+to\s+(?:open|force|break))\s+(?:in"
    r"\s+|the\s+|our\s+|my\s+)?(?:doors?|handles?|locks?|windows?)\b(?:\s+\w+){0,6}?\s+with"
    r"\s+(?:a|an|his)\s+(?:crowbar|jemmy|screwdriver|knife|machete|hammer|bat|axe)\b"
)
_AT_MY_DOOR_NOW = (
    r"\b(?:at|outside|trying)\s+(?:my|our)\s+(?:front\s+)?door\s+(?:right\s+)?now\b|\bnow\s+at\s+"
    r"(?:my|our)\s+door\b|\btrying\s+(?:my|our)\s+(?:front\s+)?door\b"
)
_A_TRADE = (
    r"^(?!.*\b(?:locksmiths?|council|fire\s+(?:door|safety)|housing\s+officers?|maintenance|repa"
    r"irs?|caretaker|workm[ae]n|contractors?|builders?)\b)"
)

# A dog loose that has already bitten someone, and is going for people now.
_DOG_LOOSE = (
    r"\b(?:dog|pit\s*bull|xl\s+bully|bully|staffy|staffie|rottweiler|alsatian|mastiff)s?\s+(?:\w+"
    r"\s+){0,3}?(?:loose|off\s+(?:the|its|his|her)\s+lead|running\s+(?:loose|wild)|got\s+out|esca"
    r"ped)\b"
)
_HAS_BITTEN = (
    r"\b(?:bitten|bit|mauled|savaged|attacked)\s+(?:a|one|two|some|the|my|his|her|an)\s+(?:\w+\s+"
    r")?(?:kid|kids|child|children|boy|girl|toddler|baby|person|man|woman|lady|people)\b"
)
_GOING_FOR_MORE = (
    r"\b(?:now|still)\s+(?:\w+\s+){0,3}?(?:chasing|going\s+for|running\s+at|attacking|circling)\b"
)

# The gas left on, by someone with dementia or who lights candles or smokes beside it.
_GAS_ON = (
    r"\b(?:gas|hob|cooker|oven|rings?)\s+(?:\w+\s+)?(?:is\s+)?(?:been\s+)?left\s+on\b|"
    r"\b(?:gas\s+)?(?:hob|cooker|rings?)\s+(?:is\s+)?on\s+(?:full|high|all\s+day|all\s+night|"
    r"for\s+hours)\b|\bleft\s+(?:the\s+)?(?:gas|hob|cooker|oven|rings?)\s+(?:\w+\s+)?on\b"
)
_TURNED_OFF = (
    r"^(?!.*\b(?:(?:turned|switched)\s+(?:it\s+|the\s+\w+\s+)?off|opened\s+(?:all\s+)?(?:the\s+)?"
    r"windows)\b)"
)
_A_FLAME_OR_A_SMELL = (
    r"\b(?:lighting|lights|lit)\s+(?:\w+\s+)?(?:candles?|cigarettes?|fags?|matches|a\s+lighter)\b"
    r"|\bsmoking\b|\b(?:smell|smells|smelt)\s+(?:\w+\s+){0,2}?(?:gas|it)\b"
)

_WATER_ON_LIVE_ELECTRICS = (
    _SORTED + _POWER_OFF + every_one_of(_WATER_ON_ELECTRICS, _LIVE, _SOMEONE_THERE)
)
_ON_A_BALCONY_EDGE = _SORTED + every_one_of(_ON_THE_EDGE, _IN_DESPAIR)
_COLLAPSED_AND_GREY = (
    _OVER + _NEARLY + every_one_of(_ANY_COLLAPSE, _BREATHING_BADLY, f"{_GREY}|{_BLUE}")
)
_LOCKED_IN = _SORTED + _A_GAME + every_one_of(_LOCKED_IN_WITH_THE_CHILDREN, _CUT_OFF)
_BREAKING_IN_NOW = _SORTED + _A_TRADE + every_one_of(_BREAKING_IN_WITH_A_TOOL, _AT_MY_DOOR_NOW)
_A_DOG_BITING = _SORTED + every_one_of(_DOG_LOOSE, _HAS_BITTEN, _GOING_FOR_MORE)
_GAS_BESIDE_A_FLAME = (
    _SORTED + _TURNED_OFF + every_one_of(_GAS_ON, _CONFUSED_OR_FRAIL, _A_FLAME_OR_A_SMELL)
)

LANDING_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # not seen or opened up for days, two signs at the door, and a fear or their age
    "a neighbour unseen behind the door": (_UNSEEN_BEHIND_THE_DOOR,),
    # water onto the electrics, sparking or flickering, with someone there who cannot get away
    "water on the electrics with someone there": (_WATER_ON_LIVE_ELECTRICS,),
    # someone on a balcony railing or a ledge, crying or saying nobody will miss them
    "someone on the edge of a balcony": (_ON_A_BALCONY_EDGE,),
    # someone collapsed, breathing badly and grey or blue
    "collapsed, breathing badly and grey": (_COLLAPSED_AND_GREY,),
    # locked in a room with the children, the phone taken or a plea
    "locked in with the children": (_LOCKED_IN,),
    # a weapon swung at someone cornered or with a child
    "a weapon swung at someone cornered": (_WEAPON_SWUNG,),
    # someone breaking in with a tool, and at the writer's door now
    "breaking in at the door now": (_BREAKING_IN_NOW,),
    # a dog loose that has bitten someone and is going for people now
    "a loose dog that has bitten": (_A_DOG_BITING,),
    # the gas left on by someone with dementia, with a flame lit or the gas smelt
    "the gas left on beside a flame": (_GAS_BESIDE_A_FLAME,),
}
