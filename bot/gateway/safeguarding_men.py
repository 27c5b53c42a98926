"""The English phrase net: men and boys at risk, told in an understated way.

Men often tell a risk flatly, as an aside or in the words of the pub or the pitch: a drunk dad
"laying into mum" while the writer keeps to his room; "the people I owed have found me, they
said I'm done this weekend"; "hanging the boots up" beside the rope in the garage; dad's old
shotgun got down from the loft after the job and the wife went, "just thinking"; men in
balaclavas outside the block asking for him by name; the online casino had the mortgage money
and "easier all round if I'm not here"; a coach who takes the lads back to his flat for "extra
training" and says not to tell; sat in the car with a hosepipe in the boot "trying to decide";
a son's pictures held for money by midnight or sent to his school; a partner who smashed the
flat and drives off drunk with the daughter; a crowd throwing things at the hotel's windows
saying they will come in; "I will jump before I go back" with the flight booked; a man with a
knife at the door. Each of these words has its everyday life (a row over dinner, retiring from
football, a stag do in fancy dress, a tenner on the match, clay shooting, a hosepipe for the
garden, a school photographer, confetti at a wedding, a knife and fork from room service), so
each reading needs the person doing harm, the writer's own means or the words of despair beside
what makes them a risk, and reads the everyday use past it. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_means import _A_GUN, _A_HOSE_FOR_EVERYDAY, _HOSE
from bot.gateway.safeguarding_words import every_one_of

# Someone at home, a parent or a brother, the writer, or the children.
_SOMEONE_AT_HOME = (
    r"(?:me|us|her|him|them|(?:my|our|the)\s+(?:little\s+|big\s+|baby\s+|younger\s+|older\s+)?"
    r"(?:mum|mam|mom|mother|dad|brother|sister|nan|gran|wife|missus|kids|children|baby|son|"
    r"daughter)|mum|mam)"
)
# "Laying into" someone at home: beating them, said the way a lad would.
_LAYING_INTO = (
    r"\b(?:laying|lay|laid|layin|setting|set|piling)\s+(?:into|about)\s+"
    + _SOMEONE_AT_HOME
    + r"\b(?!\s+(?:about|over|for)\s+(?:the|his|her|my)\s+(?:football|match|telly|tv)\b)"
)
# Drunk, or drinking again.
_DRUNK = (
    r"\b(?:drunk|pissed|hammered|steaming|wasted|bladdered|off\s+(?:his|her)\s+face|"
    r"(?:been|is|was|started)\s+drinking|on\s+the\s+(?:drink|booze|whiskey|vodka|cans))\b"
)

# The people the writer owes, who have found him or are after him.
_THOSE_OWED = (
    r"\b(?:people|men|man|guys|lads|blokes|them|ones?|dealers?|lenders?|loan\s+sharks?|firm)\s+"
    r"(?:that\s+|who\s+)?i\s+(?:owe|owed|am\s+in\s+debt\s+to|was\s+in\s+debt\s+to)\b"
)
_FOUND_ME = (
    r"\b(?:found|find|tracked\s+down|caught\s+up\s+with)\s+me\b(?!\s+(?:a|an|some|the|another|"
    r"work|somewhere|\w+ing)\b)|\b(?:know|knows|found\s+out)\s+where\s+i\s+(?:am|live|stay)\b|"
    r"\b(?:are|is|been)\s+(?:after|looking\s+for)\s+me\b"
)
# What they said will happen to him: done, dead, finished, by a day.
_SAID_I_AM_DONE = (
    r"\b(?:said|say|says|told\s+me|telling\s+me)\s+(?:that\s+)?i\s+am\s+(?:done|dead|finished|"
    r"a\s+dead\s+man|getting\s+(?:done|it|got))\b(?!\s+(?:with|for|in|paying|\w+ing)\b)"
)

# "Hanging the boots up" beside a rope got ready in the garage, the loft or the shed.
_HANGING = r"\b(?:hang\w*|hung)\s+(?:(?:the|my)\s+boots|(?:it|them|myself|me)\b|up\b)"
_A_ROPE_READY = (
    r"\b(?:rope|ropes|noose)\s+(?:is\s+|are\s+)?(?:already\s+|ready\s+|sorted\s+|up\s+)?"
    r"(?:in|up\s+in|out\s+in)\s+(?:the|my)\s+(?:garage|loft|shed|attic|woods|barn|garden)\b"
)
# A rope for towing, climbing, camping, the washing or a game.
_A_ROPE_IN_USE = (
    r"^(?!.*\b(?:tow\w*|trailer|van|climb\w*|abseil\w*|tent|camp\w*|washing|skipping|tug|swing|"
    r"boat|sail\w*|knots?|scouts|lasso|gym|battle\s+ropes?|hammock|pictures?|baskets?|lights)\b)"
)

# A gun got out, down from the loft or out of the cabinet.
_GUN_GOT_OUT = (
    r"\b(?:got|get|getting|took|taken|brought|fetched|dug)\s+(?:\w+\s+){0,3}?" + _A_GUN + r"\s+"
    r"(?:down|out)\b"
)
# A life come apart: the job lost, the wife gone, drinking since, "just thinking".
_COME_APART = (
    r"\b(?:lost\s+(?:the|my)\s+(?:job|house|kids|business)|(?:missus|wifes?|she)\s+(?:has\s+|"
    r"is\s+)?(?:gone|left)|on\s+the\s+(?:whiskey|drink|booze|vodka)|nothing\s+left|rough\s+"
    r"(?:week|month|year|time))\b|\b(?:just|been)\s+thinking\s*(?:[.!]|$)"
)
# A gun for sport, for sale or for the licence.
_A_GUN_FOR_SPORT = (
    r"^(?!.*\b(?:clays?|shoot(?:ing)?\s+(?:day|ground|club|season)|clay\s+shoot|pigeons?|"
    r"pheasants?|grouse|rabbits?|deer|game|hunting|clean\w*|oil\w*|licen[cs]e\w*|certificate|"
    r"sell\w*|sold|valu\w*|antique|auction|dealer|museum|cabinet\s+check|air\s+rifle|nerf|"
    r"paintball|airsoft|water\s+(?:gun|pistol)|toy)\b)"
)

# Men in masks outside the writer's home asking for him; not a stag do in fancy dress.
_MASKED = r"\b(?:balaclavas?|masks?\s+on|masked|ski\s+masks?|faces?\s+covered)\b"
_OUTSIDE_MY_HOME = (
    r"\b(?:outside|at|by|round)\s+(?:my|our|the)\s+(?:block|flat|house|door|yard|building|gate|"
    r"ends|stairs|window)\b"
)
_ASKING_FOR_ME = (
    r"\b(?:asking|ask|asked)\s+(?:for|about|after)\s+me\b|\b(?:looking|waiting)\s+for\s+me\b|"
    r"\bby\s+(?:my\s+)?name\b"
)
_DRESSED_UP = (
    r"^(?!.*\b(?:stag|hen|fancy\s+dress|costume|halloween|party|ski\w*|snow\w*|freezing|cold|"
    r"fishing|hike|hiking|paintball|airsoft|film\w*|video|drill|laugh|prank)\b)"
)

# The bets or the casino had everything; not a tenner on the match.
_GAMBLED_AWAY = (
    r"\b(?:casinos?|bookies|betting|bets|gambl\w*|slots|roulette|fruit\s+machines?)\b(?=.*"
    r"\b(?:everything|the\s+lot|all\s+of\s+it|(?:mortgage|rent|savings|wages|pension)(?:\s+"
    r"money)?|thousands|\d+\s*k|debts?)\b)"
)
# Easier or better for everyone if the writer is not here; not here for the quiz on Friday.
_EASIER_IF_I_AM_GONE = (
    r"\b(?:easier|better)\s+(?:all\s+round\s+|for\s+(?:everyone|everybody|them|her|all)\s+)?"
    r"(?:all\s+round\s+)?if\s+i\s+(?:am|was|were|was\s+just|am\s+just|were\s+just)\s+(?:just\s+)?"
    r"(?:not\s+(?:here|around)|gone|dead|out\s+of\s+the\s+way)\b(?!\s+(?:for|on|at|this|next|"
    r"till|until|when|during|in\s+the|to)\b)"
)

# Someone the child trusts who takes boys back to his home and says not to tell.
_TRUSTED_MAN = (
    r"\b(?:coach|manager|teacher|tutor|youth\s+worker|scout\s+leader|instructor|trainer|priest|"
    r"pastor|imam|vicar|mentor)\b"
)
_BACK_TO_HIS = r"\b(?:back\s+)?to\s+his\s+(?:flat|house|place|home|room|gaff|car|van)\b"
_SAYS_DO_NOT_TELL = (
    r"\b(?:can\s+not|must\s+not|not\s+(?:to|allowed\s+to)|never|do\s+not|mustnt)\s+tell\s+"
    r"(?:anyone|anybody|no\s+one|our\s+(?:parents|mums?|dads?)|(?:my|your)\s+(?:mum|dad|"
    r"parents))\s*(?:[.,!;]|$|or\b|else\b|about\s+(?:it|this|that|what\s+happens)\b)|"
    r"\bour\s+(?:little\s+)?secret\b"
)
_A_SURPRISE = (
    r"^(?!.*\b(?:surprise|present|birthday|gift|trophies|presentation|party|barbecue|bbq)\b)"
)

# A hosepipe in the car, and trying to decide; not the garden, the car wash or a choice of shop.
_A_CAR = r"\b(?:car|boot|van|exhaust)\b"
_TRYING_TO_DECIDE = (
    r"\btrying\s+to\s+decide\b(?!\s+(?:which|where|what|whether|between|on|who|how|if)\b)|"
    r"\b(?:working|building|psyching)\s+(?:myself\s+)?up\s+to\s+it\b"
)

# Pictures of a child held for money by a time, or sent to his school and family.
_PICTURES = r"\b(?:pics|pictures|photos|nudes|images|videos?)\b"
_PAY_BY_A_TIME = (
    r"\b(?:send|pay|transfer)\s+(?:her|him|them|me)?\s*(?:£|\$)?\s*\d+\s*(?:quid|pounds)?\s+"
    # paid in cards that cannot be traced: "£100 in gift cards in the next hour"
    r"(?:(?:in|of|on)\s+(?:\w+\s+)?(?:gift\s*cards?|vouchers?|steam\s+cards?|bitcoin|crypto)\s+)?"
    r"(?:by|before|within|in\s+the\s+next)\b"
)
_OR_SENT_TO_THOSE_HE_KNOWS = (
    r"\bor\s+(?:else\s+)?(?:she|he|they)\s+(?:will\s+)?(?:sends?|shares?|posts?|leaks?|shows?)\s+"
    r"(?:them|it|the\s+\w+)\s+to\s+(?:his|her|my|their|your|all\s+(?:his|her))\s+(?:whole\s+)?"
    r"(?:school|class|friends|family|followers|contacts|mum|dad|parents|team|everyone)\b|"
    r"\bor\s+(?:else\s+)?(?:she|he|they)\s+(?:will\s+)?(?:sends?|shares?|posts?|leaks?)\s+"
    r"(?:them|it)\s+to\s+everyone\b|"
    # the pictures as the subject: "or his photos go to his whole school"
    r"\bor\s+(?:else\s+)?(?:his|her|their|my|your|the)\s+" + _PICTURES + r"\s+(?:will\s+)?"
    r"(?:go|goes|get\s+sent|are\s+sent|get\s+shared|are\s+shared|get\s+posted)\s+(?:out\s+)?"
    r"to\s+(?:his|her|my|their|your|all\s+(?:his|her))\s+(?:whole\s+)?(?:school|class|friends|"
    r"family|followers|contacts|mum|dad|parents|team)\b"
)
_A_PHOTOGRAPHER = r"^(?!.*\b(?:photographer|yearbook|print\w*|frames?|album|proofs)\b)"

# A partner drunk and driving off with the child after a row.
_DRIVING_OFF_WITH_THE_CHILD = (
    r"\b(?:driving|drove|driven|drive|speeding)\s+(?:off\s+|away\s+)?with\s+(?:her|him|them|"
    r"the\s+(?:kids|baby|children|little\s+one)|(?:my|our)\s+(?:daughter|son|kids|baby|"
    r"children|little\s+one))\b"
)
_THE_DRIVER_DRINKING = (
    r"\b(?:she|he)\s+(?:is|has)\s+(?:been\s+)?(?:drinking|drunk|pissed|had\s+a\s+few|"
    r"over\s+the\s+limit)\b"
)
_AFTER_A_ROW = (
    r"\b(?:never\s+see\s+(?:my|our|the|her|him|them)|smash\w*|took\s+the\s+(?:car\s+)?keys|"
    r"row|kicked\s+off|screaming|threw|threatened)\b"
)

# A crowd throwing things at the building and saying they will get in; not confetti.
_A_CROWD = r"\b(?:crowd|mob|gang|group\s+of\s+(?:men|lads|people|them))\b"
_THROWING_AT_IT = (
    r"\b(?:throwing|threw|chucking|lobbing)\s+(?:\w+\s+){0,2}?at\s+(?:the|our|my)\s+(?:windows?|"
    r"doors?|building|hotel|house|flat|hostel)\b|\bsmash\w*\s+(?:the|our|my)\s+windows?\b"
)
_COMING_IN = (
    r"\b(?:will|going\s+to|trying\s+to|try\s+to|about\s+to)\s+(?:come|get|break|force\s+their"
    r"\s+way)\s+in\b|\bgot\s+in\s+(?:the|to\s+the)\s+(?:car\s+park|grounds|yard|building)\b"
)
_A_CELEBRATION = (
    r"^(?!.*\b(?:confetti|petals|rice|wedding|bouquet|snowballs?|water\s+balloons?|birthday|"
    r"graduation|parade)\b)"
)

# Would rather die than be sent back: jump, die or end it before going back.
_BEFORE_I_GO_BACK = (
    r"\bi\s+(?:will|would|am\s+going\s+to)\s+(?:rather\s+)?(?:jump|kill\s+myself|die|end\s+it|"
    r"hang\s+myself|drown\s+myself)\s+(?:before|than|rather\s+than)\s+(?:i\s+)?(?:go|going|"
    r"be\s+sent|am\s+sent|get\s+sent|let\s+them\s+send\s+me)\s+back\b"
)
_SENT_BACK = (
    r"\b(?:airport|deport\w*|home\s+office|detention|detained|removal|removed|flight|plane|"
    r"sent\s+back|send\s+me\s+back|my\s+country|taking\s+me)\b|\bgo\s+back\s*(?:[.!,]|$)"
)

# A man with a knife at the writer's door, said in a few words.
_A_MAN = r"\b(?:man|men|guy|someone|somebody|he)\b"
_HAS_A_KNIFE = (
    r"\b(?:have|has|with|got|holding|carrying|waving)\s+(?:a\s+|the\s+)?(?:knife|knives|blade|"
    r"machete|gun)\b(?!\s+and\s+fork)"
)
_AT_MY_DOOR = r"\b(?:my|our)\s+(?:door|room|window)\b|\bat\s+(?:the\s+)?door\b"
_A_MEAL_OR_A_SALE = (
    r"^(?!.*\b(?:room\s+service|fork|sharpen\w*|chef|kitchen|cake|butter|bread|delivery|"
    r"selling|salesman|demo\w*|knife\s+(?:set|block)|cutlery)\b)"
)

MEN_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a drunk parent laying into mum or the kids; not laying into the buffet at a wedding
    "laying into someone at home, drunk": ("^" + every_one_of(_LAYING_INTO, _DRUNK),),
    # the people owed found him and said he is done; not found him a payment plan
    "found by the people owed": ("^" + every_one_of(_THOSE_OWED, _FOUND_ME, _SAID_I_AM_DONE),),
    # hanging the boots up beside a rope in the garage; not a tow rope or retiring from football
    "hanging beside a rope ready": (_A_ROPE_IN_USE + every_one_of(_HANGING, _A_ROPE_READY),),
    # a shotgun got down with the job and the wife gone; not a gun for the clay shoot
    "a gun got out with life come apart": (
        _A_GUN_FOR_SPORT + every_one_of(_GUN_GOT_OUT, _COME_APART),
    ),
    # men in balaclavas outside the block asking for him by name; not a stag do
    "masked men asking for him at home": (
        _DRESSED_UP + every_one_of(_MASKED, _OUTSIDE_MY_HOME, _ASKING_FOR_ME),
    ),
    # the casino had everything and "easier if I'm not here"; not a bet lost on the match
    "gambled everything and better gone": (
        "^" + every_one_of(_GAMBLED_AWAY, _EASIER_IF_I_AM_GONE),
    ),
    # a coach taking boys back to his flat and saying not to tell; not a surprise barbecue
    "a trusted man taking boys home in secret": (
        _A_SURPRISE + every_one_of(_TRUSTED_MAN, _BACK_TO_HIS, _SAYS_DO_NOT_TELL),
    ),
    # a hosepipe in the car, trying to decide; not a hosepipe for the garden
    "a hosepipe in the car, deciding": (
        _A_HOSE_FOR_EVERYDAY + every_one_of(_HOSE, _A_CAR, _TRYING_TO_DECIDE),
    ),
    # pictures held for money by a time or sent to his school; not the school photographer
    "pictures held for money": (
        _A_PHOTOGRAPHER + every_one_of(_PICTURES, _PAY_BY_A_TIME, _OR_SENT_TO_THOSE_HE_KNOWS),
    ),
    # a partner drinking and driving off with the child after a row; not the designated driver
    "a child driven off by a drunk parent": (
        "^" + every_one_of(_DRIVING_OFF_WITH_THE_CHILD, _THE_DRIVER_DRINKING, _AFTER_A_ROW),
    ),
    # a crowd throwing things at the hotel saying they will come in; not confetti at a wedding
    "a crowd attacking the building": (
        _A_CELEBRATION + every_one_of(_A_CROWD, _THROWING_AT_IT, _COMING_IN),
    ),
    # "I will jump before I go back" with the flight booked; not back to the gym
    "death before being sent back": ("^" + every_one_of(_BEFORE_I_GO_BACK, _SENT_BACK),),
    # a man with a knife at the writer's door; not room service with a knife and fork
    "a man with a knife at the door": (
        _A_MEAL_OR_A_SALE + every_one_of(_A_MAN, _HAS_A_KNIFE, _AT_MY_DOOR),
    ),
}
