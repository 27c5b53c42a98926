"""The English phrase net: a risk put as a question about the law, a service or a number, with a
sign beside it that the risk is here now.

A member in danger often asks first what would happen ("can you be arrested for defending
yourself if he comes back tonight?", "how many of these would it take to not wake up?", "who do I
call when my dad with dementia has locked himself in the car in this heat?") and then says, as
an aside, why they ask: he is coming back tonight, the packet is here, she is doing it now. What
a safeguarding lead acts on is the question beside that present sign, so each kind needs both:
the same question asked in general, for a debate, or about something long over is left alone
(and safeguarding_framed.ASKED_IN_GENERAL takes a hypothetical or a course's lesson out before
the net reads). Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

_NOW = r"\b(?:right\s+now|now|tonight|at\s+the\s+moment|as\s+we\s+speak)\b"

# Self-defence asked about, the one feared coming back tonight or still holding the keys.
_DEFENDING_ONESELF = (
    r"\b(?:arrested|charged|done|in\s+trouble|prosecuted|nicked)\s+for\s+(?:defending|"
    r"protecting)\s+(?:yourself|urself|myself|your\s+self|my\s+self|oneself|my\s+kids|me)\b"
)
_COMING_BACK = (
    r"\b(?:he|she|they|my\s+ex)\s+(?:comes?|is\s+coming|are\s+coming|turns?\s+up|shows?\s+up)\s+"
    r"(?:back\s+)?(?:tonight|later|today|again)\b|"
    r"\b(?:still\s+(?:got|has|have)|kept|keeps)\s+(?:my|our|the)\s+(?:house\s+|front\s+door\s+)?"
    r"keys?\b"
)

# An amount that would kill asked about, with the means at hand or a goodbye beside it.
_LETHAL_AMOUNT = (
    r"\bhow\s+(?:many|much)\s+(?:of\s+)?(?:\w+\s+){0,5}?(?:would|does|will|do\s+you|would\s+you)"
    r"\s+(?:it\s+)?(?:take|need)\s+to\s+(?:not\s+wake\s+up|never\s+wake\s+up|die|kill\s+"
    r"(?:you|yourself|urself|me|myself|someone|a\s+person)|end\s+it|overdose|go\s+to\s+sleep\s+"
    r"for\s+good)\b"
)
_MEANS_AT_HAND = (
    r"\b(?:have|got|holding|bought)\s+(?:\w+\s+){0,3}?(?:packets?|packs?|box(?:es)?|bottles?|"
    r"pots?|strips?|tubs?|stash|blister\w*)\s+(?:of\s+\w+\s+)?(?:right\s+)?(?:here|with\s+me|"
    r"next\s+to\s+me|in\s+front\s+of\s+me|in\s+my\s+(?:hand|bag|pocket|room))\b|"
    r"\bforget\s+i\s+(?:asked|said\s+anything)\b|"
    r"\b(?:will\s+not|wont)\s+(?:need|be\s+needing)\s+(?:the|a|my|any)\s+(?:reminder|ticket|"
    r"place|seat|lift)\b"
)

# Someone who cannot look after themselves shut in a car in the heat and not getting out.
_IN_A_HOT_CAR = (
    r"\b(?:locked|shut|stuck|trapped)\s+(?:himself|herself|themselves|(?:my|the|a|his|her|"
    r"their)\s+(?:\w+\s+)?(?:dad|mum|nan|grandad|gran|grandma|grandpa|baby|son|daughter|child|"
    r"kid|toddler|brother|sister|father|mother))\s+in\s+(?:the|a|his|her|their|my)\s+car\b"
)
_HEAT = r"\b(?:heat|hot|boiling|baking|sun|sweltering|heatwave|roasting)\b"
_CANNOT_GET_OUT = (
    r"\b(?:dementia|alzheimers|confused|baby|toddler|will\s+not\s+(?:open|unlock|come\s+out|"
    r"get\s+out)|can\s*not\s+(?:get\s+(?:him|her|them)\s+out|open\s+it))\b"
)

# A threat to put the writer in hospital, meant: "he means it, he has done it before".
_PUT_IN_HOSPITAL = (
    r"\b(?:says|said|told\s+me|threatened|swears?|swore)\s+(?:that\s+)?(?:he|she|they)\s+(?:will|"
    r"would|is\s+going\s+to|is\s+gonna|are\s+going\s+to)\s+put\s+me\s+(?:in\s+(?:hospital|a\s+"
    r"wheelchair|intensive\s+care|the\s+ground|a\s+box)|there|back\s+(?:there|in\s+hospital))\b"
)
_MEANT = (
    r"\b(?:means\s+it|(?:has|is|had)\s+done\s+it\s+before|did\s+it\s+(?:before|last\s+time)|"
    r"not\s+joking|serious)\b"
)
_NOT_A_JOKE = r"^(?!.*\b(?:lol|haha\w*|lmao|jk|only\s+joking|just\s+kidding)\b)"

# A domestic worker's passport kept and the door kept shut, with the writer there now.
_PASSPORT_KEPT = (
    r"\b(?:takes?|took|taken|keeps?|kept|has|have|holds?|holding)\s+(?:your|my|her|his|their)\s+"
    r"passports?\b"
)
_NOT_LET_OUT = (
    r"\b(?:will\s+not|wont|does\s+not|do\s+not|never|not)\s+(?:let|allow)\s+(?:you|me|her|him|"
    r"them)\s+(?:to\s+)?(?:leave|go\s+out|out|go)\b"
)
_THERE_NOW = (
    r"\bi\s+am\s+(?:still\s+)?(?:there|living\s+there|with\s+them)\s+(?:now|still)\b|"
    r"\bonly\s+(?:got|get|came)\s+out\b|\b(?:she|he|they)\s+thinks?\s+i\s+am\s+(?:at|in)\b"
)

# A beating threatened again, the bone named ("he will break my arm again").
_BROKEN_AGAIN = (
    r"\b(?:he|she|they)\s+(?:said|says|told\s+me|swore|threatened)\s+(?:that\s+)?(?:if\s+"
    r"[^.?!]{0,60}?\s+)?(?:he|she|they)\s+(?:will|would|is\s+going\s+to|is\s+gonna)\s+(?:break|"
    r"snap|smash)\s+my\s+(?:\w+\s+)?(?:arms?|legs?|jaw|nose|fingers?|ribs?|neck|wrists?|hands?|"
    r"face|teeth)\s+again\b"
)

# A parent passed out beside a young child and not waking.
_PASSED_OUT = (
    r"\b(?:sisters?|mum|mums|mother|dad|dads|father|parent|brothers?|partner|husband|wife|"
    r"boyfriend|girlfriend|flatmate|friend|she|he)\s+(?:is\s+|has\s+|was\s+)?(?:passed\s+out|"
    r"out\s+cold|unconscious|collapsed)\b"
)
_CHILD_BESIDE = (
    r"\b(?:with|next\s+to|beside)\s+(?:her|his|their|the)\s+(?:\w+\s+)?(?:baby|toddler|newborn|"
    r"\d+\s*(?:yr|year|month)s?\s*old|little\s+one|kids?|child|son|daughter)\b"
)
_NOT_WAKING = (
    r"\b(?:can\s*not|could\s*not|will\s+not)\s+(?:wake|rouse|get\s+a\s+response\s+from)\s+"
    r"(?:her|him|them)\b"
)

# Followed now, since a place, asked about as how fast the police come.
_FOLLOWED = r"\bfollow(?:ing|ed|s)?\b"
_BEHIND_ME_SINCE = (
    r"\b(?:he|she|they|someone|somebody|a\s+(?:man|guy|bloke|car|van))\s+(?:is|has|have|are)\s+"
    r"(?:been\s+)?(?:behind|following|walking\s+behind|after)\s+me\s+(?:since|from|all\s+the\s+"
    r"way|for\s+(?:the\s+last\s+)?(?:\d+|ten|twenty|five|fifteen|ages))\b"
)
_STILL_ON_ME = (
    r"\b(?:nearly|almost|just\s+about)\s+(?:at|home)\b|\b(?:report|police|scared|frightened|"
    r"terrified|still\s+there)\b"
)

# Someone shut in a room without food, going on now.
_SHUT_IN_A_ROOM = (
    r"\b(?:shuts?|shut|locks?|locked|locking|shutting|keeps?|keeping)\s+(?:her|him|them|my\s+"
    r"(?:\w+\s+)?\w+)\s+in\s+(?:her|his|their|a|the)\s+(?:bed)?room\b"
)
_WITHOUT_FOOD = r"\b(?:without|with\s+no|no)\s+(?:food|water|eating|meals?|anything\s+to\s+eat)\b"
_GOING_ON_NOW = (
    r"\b(?:doing\s+(?:it|that)|is\s+in\s+there)\s+(?:right\s+)?now\b|\bright\s+now\b|"
    r"\bjust\s+(?:rang|called|phoned|texted)\s+me\s+(?:crying|screaming|scared|begging)\b|"
    r"\bsince\s+(?:yesterday|this\s+morning|last\s+night)\b"
)

# A sentence asked about, with the means ready or the writer at the door now.
_SENTENCE_ASKED = (
    r"\b(?:how\s+long\s+(?:do|would|will|can|did)\s+(?:you|i|someone|they|people)\s+(?:get|go\s+"
    r"down|serve)\s+for|what\s+is\s+the\s+(?:sentence|punishment|jail\s+time|prison\s+time)\s+"
    r"for|how\s+many\s+years\s+(?:\w+\s+){0,3}?for|can\s+(?:you|i)\s+go\s+to\s+(?:prison|jail)\s+"
    r"for)\b"
)
_ARSON = (
    r"\b(?:setting\s+fire|set\s+fire|burning\s+(?:down\s+)?(?:a|his|her|their|someones|the)\b|"
    r"torching|arson|petrol\s+bomb\w*)"
)
_FUEL_READY = (
    r"\b(?:i\s+have\s+(?:got\s+)?|got\s+|bought\s+)(?:the\s+|some\s+|a\s+(?:can|canister|bottle|"
    r"jerry\s*can)\s+of\s+)?(?:petrol|lighter\s+fluid|fuel|paraffin|diesel|accelerant)\b"
)
_HURTING = r"\b(?:hurting|stabbing|killing|attacking|beating|battering|shooting|doing\s+in)\b"
_AT_THEIR_DOOR = (
    r"\bi\s+am\s+(?:sat|sitting|stood|standing|parked|waiting)\s+(?:right\s+)?(?:outside|at|near|"
    r"by)\s+(?:his|her|their|the)\s+(?:house|flat|door|work|place)\b|"
    r"\bi\s+have\s+(?:got\s+)?(?:a|the|my)\s+(?:knife|blade|bat|hammer|gun)\s+(?:with\s+me|on\s+"
    r"me|here)\b"
)

# Someone on a roof or a ledge who will not come down, asked about as who to call for a jump.
_JUMP = r"\bjump\w*"
_ON_A_LEDGE = (
    r"\b(?:is|has\s+been|are|stood|standing|sat|sitting)\s+(?:on|up\s+on|on\s+top\s+of|at\s+"
    r"the\s+edge\s+of|on\s+the\s+edge\s+of)\s+(?:the|a|our|their|his|her|that)\s+"
    r"(?:\w+\s+){0,3}?(?:roof|rooftop|ledge|bridge|balcony|railings?|parapet|edge|multi\s*storey)\b"
)
_NOT_COMING_DOWN = (
    r"\b(?:will\s+not|wont|refuses?\s+to|refusing\s+to|is\s+not\s+going\s+to)\s+come\s+(?:down|"
    r"back|in|off|inside)\b|" + _NOW
)
_NOT_AN_ANIMAL = (
    r"^(?!.*\b(?:cats?|kittens?|dogs?|pupp(?:y|ies)|birds?|parrots?|squirrels?|pigeons?|"
    r"seagulls?|gulls?|drone|ball|kite)\b)"
)

# A gun at home, its use tonight threatened.
_A_GUN = (
    r"(?<!nerf\s)(?<!water\s)(?<!glue\s)(?<!toy\s)(?<!paintball\s)(?<!spray\s)(?<!heat\s)"
    r"(?<!staple\s)(?<!nail\s)(?<!bb\s)\bgun\b|\b(?:firearm|shotgun|pistol|rifle|machete)\b"
)
_USING_IT = (
    r"\b(?:says|said|saying|told\s+me)\s+(?:he|she|they)\s+(?:is|are|will|is\s+going\s+to|is\s+"
    r"gonna)\s+(?:be\s+)?(?:using|use|shoot\w*)\s+(?:it|them|someone|somebody)\s+(?:tonight|"
    r"today|later|tomorrow|now|this\s+(?:evening|afternoon|weekend))\b"
)

# Insulin run out, and the signs of it already showing.
_INSULIN_GONE = (
    r"\b(?:run|ran|running)\s+out\b|\bno\s+(?:more\s+)?insulin\b|\bwithout\s+(?:his|her|their|"
    r"my|any)\s+insulin\b|\bnot\s+(?:had|taken)\s+(?:his|her|their|my|any)\s+insulin\b"
)
_SIGNS_SHOWING = (
    r"\b(?:getting|gone|going|seems|looks)\s+(?:really\s+|very\s+|so\s+|more\s+)?(?:confused|"
    r"drowsy|sleepy|muddled|floppy|unresponsive|breathless)\b|\b(?:is\s+)?(?:vomiting|being\s+"
    r"sick)\b|\bwill\s+not\s+let\s+me\s+call\b"
)

QUESTION_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # self-defence asked about, the one feared coming back tonight
    "self-defence asked, he is coming back": (
        "^" + every_one_of(_DEFENDING_ONESELF, _COMING_BACK),
    ),
    # a lethal amount asked about, the means at hand or a goodbye beside it
    "a lethal amount asked, the means at hand": (
        "^" + every_one_of(_LETHAL_AMOUNT, _MEANS_AT_HAND),
    ),
    # someone unable to look after themselves shut in a hot car
    "shut in a hot car": ("^" + every_one_of(_IN_A_HOT_CAR, _HEAT, _CANNOT_GET_OUT),),
    # a threat to put the writer in hospital, meant
    "a threat to put me in hospital": (
        _NOT_A_JOKE + every_one_of(_PUT_IN_HOSPITAL, r"\bhospital\b", _MEANT),
    ),
    # a passport kept and the door kept shut, the writer there now
    "passport kept, there now": ("^" + every_one_of(_PASSPORT_KEPT, _NOT_LET_OUT, _THERE_NOW),),
    # a bone broken before, and again threatened
    "a broken bone threatened again": (_BROKEN_AGAIN,),
    # a parent passed out beside a young child and not waking
    "passed out beside a child": ("^" + every_one_of(_PASSED_OUT, _CHILD_BESIDE, _NOT_WAKING),),
    # followed since a place, now
    "followed since a place": ("^" + every_one_of(_FOLLOWED, _BEHIND_ME_SINCE, _STILL_ON_ME),),
    # shut in a room without food, now
    "shut in a room unfed, now": (
        "^" + every_one_of(_SHUT_IN_A_ROOM, _WITHOUT_FOOD, _GOING_ON_NOW),
    ),
    # a sentence asked about, with the fuel ready or the writer at the door
    "a sentence asked, the means ready": (
        "^" + every_one_of(_SENTENCE_ASKED, _ARSON, _FUEL_READY),
        "^" + every_one_of(_SENTENCE_ASKED, _HURTING, _AT_THEIR_DOOR),
    ),
    # someone on a roof or ledge, not coming down, a jump asked about
    "on a ledge, a jump asked about": (
        _NOT_AN_ANIMAL + every_one_of(_JUMP, _ON_A_LEDGE, _NOT_COMING_DOWN),
    ),
    # a gun at home with its use threatened
    "a gun to be used tonight": ("^" + every_one_of(_A_GUN, _USING_IT),),
    # insulin run out, the signs showing
    "insulin run out, signs showing": (
        "^" + every_one_of(r"\binsulin\b", _INSULIN_GONE, _SIGNS_SHOWING),
    ),
}
