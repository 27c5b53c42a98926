"""The English phrase net: sexual violence and exploitation happening now or just happened.

Someone drunk or out of it on next to nothing led off by men she does not know, or taken
upstairs behind a locked door; sex forced by a partner, done while someone is asleep or too
drunk to say anything, or "things" a man makes someone stay and do; filming it with a threat to
send it to the family, or a nude video sent round unless money is paid; a man exposing himself
or touching someone on a bus, in a taxi, while following her; a room, a job or a visa kept only
if she sleeps with him; a girl of 17 or a disabled or autistic young adult with a man twice
her age who gives her presents, takes her to hotels or sends a ticket to come tonight; a friend
on a date who is not let leave; a carer touching an adult who told someone; a child who has told
someone "he touches her" (not her toes or her hair); a vulnerable adult
found with her clothes off and a man in the room.

Nights out, dates, a lift home, presents and hotels for a couple of similar age, and consent or
sexual violence as topics are left alone: each reading needs the sign of force, of someone
unable to say no, of a threat, or of a man much older. SEXUAL_TOPICS are the mentions the net
reads past: Rape Crisis named as a service, rape reports and charges counted, and a member's
assault of years ago told as feedback with support in place. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Someone unable to look after herself: drunk on one drink, out of it, barely standing.
_OUT_OF_IT = (
    r"\b(?:really|so|very|too|completely|paralytic(?:ally)?)\s+(?:drunk|wasted|out\s+of\s+it)\b|"
    r"\bout\s+of\s+it\b|\bbarely\s+(?:stand\w*|walk\w*|talk\w*|conscious|awake|mov\w+)\b|"
    r"\b(?:can\s+not|cannot)\s+(?:stand|walk)\s+(?:up|straight)?\b|"
    r"\b(?:(?:only|just)\s+(?:had|drank)|(?:had|drank)\s+(?:only|just))\s+"
    r"(?:1|one|a|two|2)\s+(?:drinks?|glass|pint)\b|\bspiked\b|\bpassed\s+out\b|\bunconscious\b"
)
# Men she does not know taking her off: "a man trying to put her in his car", "three guys took
# her upstairs"; not her boyfriend, a taxi or the paramedics.
_MEN = (
    r"\b(?:a|some|this|the|an\s+older|two|three|four|\d)\s+(?:random\s+|older\s+|strange\s+)?"
    r"(?:man|men|guy|guys|bloke|blokes|lads|stranger|strangers)\b"
)
_LED_OFF = (
    _MEN + r"\s+(?:\w+\s+){0,3}?(?:put|putting|puts|pull|pulling|pulled|take|taking|took|"
    r"drag|dragging|dragged|carry|carrying|carried|lead|leading|led|walk|walking|walked|"
    r"bundl\w+|get|getting|got|push|pushing|pushed)\s+(?:her|him|them)\s+(?:\w+\s+)?"
    r"(?:(?:into|in)\s+(?:a|the|his|their)\s+(?:car|van|room|bedroom|toilet|flat|house)|"
    r"upstairs|up\s+stairs|away|outside|to\s+(?:his|their)\s+(?:car|van|flat|house|place|room))\b"
)
_NOT_CARED_FOR = (
    r"^(?!.*\b(?:taxi|uber|cab|ambulance|paramedics?|first\s+aid(?:er)?s?|bouncers?|"
    r"security|her\s+(?:dad|brother|boyfriend|husband)|home\s+safe)\b)"
)
# Taken to a room and the door locked on her.
_LOCKED_IN = (
    r"^(?!.*\b(?:sleep\s+it\s+off|to\s+(?:his\s+|her\s+|their\s+)?bed)\b).*"
    r"\b(?:took|taken|dragged|carried|led|pulled|pushed)\s+(?:her|him|my\s+\w+)\s+(?:up\s*stairs|"
    r"into\s+(?:a|the)\s+(?:room|bedroom|toilet|bathroom))\b[^.!?]{0,40}\blocked\s+(?:the|a)\s+"
    r"door\b"
)

# Sex forced by a partner or someone at home.
_FORCED = (
    r"\bforc(?:es|ed|ing)\s+(?:himself|herself|themselves)\s+on\s+(?:me|her|him|my\s+\w+)\b|"
    r"\bforc(?:es|ed|ing)\s+(?:me|her|him)\s+(?:when|even\s+when|if|after|whenever)\s+"
    r"(?:i|she|he)\s+(?:say|said|says|tell|told)\s+(?:no|him\s+no|her\s+no)\b|"
    r"\b(?:he|she)\s+forc(?:es|ed)\s*(?:her|me|him)?\s*(?:[.!;]|$)"
)
# Done while someone is asleep or too drunk to say anything.
_WHILE_ASLEEP = (
    r"^(?!.*\b(?:cat|dog|puppy|kitten|baby|toddler)\b).*\b(?:keeps|kept|started|starts|does|"
    r"did|has\s+been)\s+(?:doing\s+)?(?:it|things|stuff|that)\s+(?:to\s+(?:me|her|him)\s+)?"
    r"(?:while|when|whilst)\s+(?:i|she|he)\s+(?:am|is|was|were\s+)?\s*(?:asleep|sleeping|"
    r"passed\s+out|unconscious)\b|"
    r"\bwhat\s+(?:he|they)\s+(?:\w+\s+)?did\s+to\s+(?:me|her)\b[^.!?]{0,60}\b(?:asleep|"
    r"passed\s+out|unconscious|out\s+of\s+it)\b|"
    r"\btoo\s+(?:drunk|out\s+of\s+it|high|wasted|asleep|scared|frozen)\s+to\s+(?:say|stop|"
    r"fight|move|push|consent)\b[^.!?]{0,40}\b(?:did\s+it\s+anyway|kept\s+going|carried\s+on|"
    r"did\s+not\s+stop|went\s+ahead)\b"
)
# "Things" done to someone or that a man makes her stay and do.
_DOES_THINGS = (
    r"\b(?:man|he|they|him)\s+(?:does|did|do|keeps\s+doing|has\s+been\s+doing)\s+(?:things|"
    r"stuff)\s+to\s+(?:me|her|him)\b(?!\s+(?:like|for|that\s+(?:make|made|makes)|to\s+make))|"
    r"\bmakes?\s+(?:me|her|him)\s+stay\s+(?:after|behind|late|back)\s+and\s+do\s+(?:things|"
    r"stuff)\b"
)
# Consent given to a kiss and no more, and him outside now.
_ONLY_A_KISS = (
    r"\b(?:led\s+him\s+on|(?:ok|okay|fine)\s+with\s+(?:just\s+)?kiss\w*|only\s+wanted\s+to\s+"
    r"kiss|said\s+(?:i|we)\s+(?:only|just)\s+wanted\s+to\s+kiss)\b"
)
_HE_IS_HERE = (
    r"\b(?:outside|at)\s+(?:my|the|our)\s+(?:house|flat|door|work|home)\b[^.!?]{0,20}\b(?:now|"
    r"again)\b|\bright\s+now\b|\b(?:turned|turning)\s+up\b"
)

# Filmed or pictured, the film sent or threatened to be sent to family or people.
_FILMED = r"\b(?:filming|filmed|films|recording|recorded|videos?|photos?|pictures?|pics|nudes)\b"
_SENT_ROUND = (
    r"\b(?:send|sending|sent|share|sharing|shared|post|posting|show|showing|leak\w*)\s+"
    r"(?:it|them|the\s+(?:video|photos?|pictures?|pics|film)(?:\s+of\s+(?:me|her|him))?)\s+"
    r"(?:to\s+(?:my|her|his|people|everyone|all)|online)\b"
)
_UNLESS = (
    r"\b(?:if\s+(?:i|she|he)\s+(?:tell|tells|say|says|go|goes|leave|leaves|report|do\s+not|"
    r"does\s+not)|unless|or\s+else|will\s+not\s+stop\s+sending)\b"
)
_INTIMATE = (
    r"\b(?:naked|nude|nudes|intimate|sex|sexual|forces|forced|forcing|undress\w*|in\s+bed|"
    r"in\s+the\s+shower)\b"
)

# A man exposing himself or touching someone, on a bus, in a taxi or following her.
_EXPOSED_OR_TOUCHED = (
    r"\b(?:has|had|got|getting|took|taking|pulled|pulling|gets)\s+(?:his|it)\s+(?:thing|dick|"
    r"penis|cock|willy|junk|privates|bits|todger)\s+out\b|"
    r"\btouching\s+(?:himself|my\s+(?:leg|thigh|knee|bum|arse|ass|breasts?|boobs|chest|hair)|"
    r"her\s+(?:leg|thigh|bum|breasts?|boobs|chest))\b|\bexpos\w+\s+himself\b|"
    r"\b(?:wanking|masturbat\w+)\b|\brubbing\s+(?:himself|(?:up\s+)?against\s+(?:me|her))\b|"
    r"\bgrop(?:ing|ed|es)\s+(?:me|her)\b"
)
_A_MAN = r"\b(?:man|guy|bloke|driver|cabbie|he|stranger|someone|lads?|men)\b"

# A room, a job or a visa kept only for sex.
_STAY_IF_SEX = (
    r"\b(?:i|she|he|we)\s+(?:can|could|would|will)\s+(?:\w+\s+){0,3}?(?:stay|live|keep|have|"
    r"get|work|pay\s+less|skip)\b[^.!?]{0,30}?\bif\s+(?:i|she|he|we)\s+(?:sleep|sleeps|slept|"
    r"have\s+sex|has\s+sex|go\s+to\s+bed)\s+with\s+(?:him|her|them)\b"
)

# A young or vulnerable person and a man much older, with grooming's signs and a now.
_YOUNG = (
    r"\b(?:is|s|aged|only|just)\s+1[2-7]\b|\b1[2-7]\s*(?:yo|year\s+old)\b|\bautis\w+|"
    r"\blearning\s+(?:disab\w+|difficult\w+)|\bspecial\s+needs\b|\bdown\s+s\w*\s+syndrome\b|"
    r"\b(?:young|vulnerable)\s+adult\b"
)
_MUCH_OLDER = (
    r"\b(?:he|him|boyfriend|guy|man)\s+(?:is|s)\s+(?:like\s+|about\s+|nearly\s+|over\s+)?"
    r"(?:2[6-9]|[3-6]\d)\b|\b(?:2[6-9]|[3-6]\d)\s*(?:yo|year\s+old)\s+(?:man|guy|boyfriend|bf)\b|"
    r"\bolder\s+(?:man|guy)\b"
)
_GROOMING_SIGNS = (
    r"\b(?:hotels?|new\s+(?:phone|clothes|trainers)|presents|gifts|train\s+ticket|"
    r"(?:sent|bought|buys|gives)\s+her\s+(?:a\s+)?(?:ticket|money|phone)|says\s+he\s+loves\s+"
    r"her|met\s+(?:him|someone|a\s+(?:man|guy))\s+(?:on|online)|snapchat|instagram|tiktok)\b"
)
_GOING_NOW = (
    r"\b(?:tonight|right\s+now|gone\s+with\s+him|(?:is|s)\s+packing|not\s+answering|going\s+to\s+"
    r"(?:his|meet\s+him)|run\s+off|ran\s+off)\b"
)

# Not let leave, with a plea or silence after.
_NOT_LET_LEAVE = (
    r"\b(?:will\s+not|does\s+not|is\s+not|would\s+not|wont)\s+let\s+(?:me|her|him|us)\s+"
    r"(?:leave|go|out)\b(?!\s+(?:early|without|before|until|till|yet|of\s+(?:the|my)\s+sight))"
)
_A_PLEA = (
    r"\b(?:come\s+(?:and\s+)?get\s+me|not\s+answering|a\s+pin|location|tinder|hinge|bumble|"
    r"help\s+me|scared)\b"
)

# A carer or a man touching someone who told of it, and back again.
_TOUCHING_TOLD = (
    r"\b(?:has\s+been|keeps|kept|is|was|been|started)\s+touching\s+(?:her|him|me)\b(?!\s+"
    r"(?:shoulder|arm|hand|head|back|up|feet|foot|toes|wound|sores|skin)\b)(?![^.!?]{0,30}\b"
    r"(?:to\s+(?:check|wash|dress|help|treat)|for\s+sores)\b)"
)
_TOLD_AND_BACK = (
    r"\b(?:told\s+me|coming\s+(?:again|back|round)|again\s+(?:tomorrow|tonight|today)|scared|"
    r"inappropriate\w*|secret)\b"
)
# A vulnerable adult found undressed with a man in the room.
_FOUND_UNDRESSED = (
    r"\b(?:caught|found|walked\s+in\s+on)\s+(?:him|a\s+man|\w+)\b[^.!?]{0,80}\b(?:(?:her|his)\s+"
    r"(?:clothes\s+(?:were\s+|was\s+)?off|trousers\s+down|pants\s+down|knickers\s+down)|"
    r"(?:she|he)\s+(?:was|is)\s+(?:naked|undressed))\b"
)
_VULNERABLE = (
    r"\b(?:dementia|alzheimer\w*|learning\s+disab\w+|disabled|asleep|unconscious|confused|"
    r"autis\w+)\b"
)

# A child who has told someone she is touched: "she told me he touches her", "he said his
# uncle has been touching him"; not her toes touched in a stretch or her hair brushed.
_TOLD_OF_TOUCHING = (
    r"\b(?:told|tells|telling|said|says|whispered|admitted)\s+(?:(?:me|us|mum|(?:her|his|my|our|"
    r"the)\s+\w+)\s+)?(?:that\s+)?(?:he|she|they|(?:her|his|my|our|the)\s+(?:\w+\s+){0,2}?"
    r"(?:uncle|"
    r"brother|cousin|stepdad|dad|father|grandad|grandfather|lodger|neighbou?r|friend|boyfriend|"
    r"teacher|coach|tutor|man|guest|babysitter|partner))\s+(?:has\s+been\s+|keeps\s+|kept\s+|"
    r"sometimes\s+|always\s+|still\s+|was\s+|is\s+)*(?:touch(?:es|ed|ing)|does\s+things\s+to|"
    r"did\s+things\s+to|doing\s+things\s+to)\s+(?:her|him|them)\b(?!\s+(?:hair|shoulders?|arms?|"
    r"hands?|head|back|toes|feet|knees|nose|face|things|stuff|phone|toys|food|homework|work|bag|"
    r"cheek|forehead)\b)"
)
# A child: an age under 16, or a little sister, a son or a daughter.
_A_CHILD = (
    r"\b(?:(?:is|aged|age)\s+(?:only\s+|just\s+)?(?:[1-9]|1[0-5])\b(?!\s*(?:am|pm|o\s*clock|"
    r"minutes|hours|weeks|months|stone|kg))|(?:[1-9]|1[0-5])\s*(?:yo|year\s+old|yr\s+old|yrs?\s+"
    r"old)|little\s+(?:sister|brother|girl|boy|one)|(?:my|our|her|his)\s+(?:daughter|son|niece|"
    r"nephew|granddaughter|grandson|stepdaughter|stepson|sister|brother)|child|kid)\b"
)

SEXUAL_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # drunk on one drink or out of it and led off by men, or taken to a room and locked in
    "led off while out of it": (
        _NOT_CARED_FOR + every_one_of(_OUT_OF_IT, _LED_OFF),
        _LOCKED_IN,
    ),
    # forced by a partner, done while asleep or too drunk, "things" done to someone
    "sex forced": (
        _FORCED,
        _WHILE_ASLEEP,
        _DOES_THINGS,
        "^" + every_one_of(_ONLY_A_KISS, _HE_IS_HERE),
    ),
    # filmed or a nude video, sent round or threatened to be
    "filmed and threatened": ("^" + every_one_of(_FILMED, _SENT_ROUND, _UNLESS, _INTIMATE),),
    # a man exposing himself or touching someone
    "exposed or touched by a man": (
        r"^(?!.*\b(?:last\s+year|years\s+ago|back\s+then)\b)"
        + every_one_of(_EXPOSED_OR_TOUCHED, _A_MAN),
    ),
    # a room, a job or a visa for sex
    "a home kept for sex": (_STAY_IF_SEX,),
    # a young or vulnerable person with a man much older, presents or hotels, and going now
    "groomed by an older man": (
        "^" + every_one_of(_YOUNG, _MUCH_OLDER, _GROOMING_SIGNS, _GOING_NOW),
    ),
    # not let leave, with a plea or silence
    "not let leave a date": ("^" + every_one_of(_NOT_LET_LEAVE, _A_PLEA),),
    # a child who has told someone she is touched
    "a child who told of being touched": (
        r"^(?!.*\b(?:last\s+year|years\s+ago|back\s+then|when\s+i\s+was)\b)"
        + every_one_of(_TOLD_OF_TOUCHING, _A_CHILD),
    ),
    # a carer or a man touching someone, told of and coming back; a vulnerable adult undressed
    "touched by a carer": (
        "^" + every_one_of(_TOUCHING_TOLD, _TOLD_AND_BACK),
        "^" + every_one_of(_FOUND_UNDRESSED, _VULNERABLE),
    ),
}

# What the net reads past: Rape Crisis as a service, rape reports and charges counted, and an
# assault of years ago told as feedback with support in place and nothing back or near.
_SUPPORTED = (
    r"\b(?:meant\s+a\s+lot|being\s+able\s+to\s+(?:say|talk|share|speak)|(?:have|got|get|getting)"
    r"\s+(?:support|help)\s+(?:through|from|with)|counsell?or|counselling|therapist|therapy)\b"
)
_BACK_OR_NEAR = (
    r"\b(?:again|back|still|found\s+me|outside|tonight|scared|afraid|near|released|messag\w*|"
    r"texting|contact\w*|turned\s+up|keeps|now\s+he|he\s+is)\b"
)
SEXUAL_TOPICS: tuple[str, ...] = (  # i18n-exempt: input
    r"\brape\s+crisis\b(?:\s+(?:centre|center|line|helpline|service|charity))?",
    r"(?<!\bmy\s)(?<!\bher\s)(?<!\bhis\s)\b(?:how\s+many\s+)?(?:rapes?|sexual\s+(?:assaults?|"
    r"offences?))\s+(?:reports?|allegations?|complaints?|charges?|convictions?|prosecutions?|"
    r"cases)\b(?:[^.!?]{0,40}\b(?:lead|led|leads|result|end)\s+(?:to|in)\s+(?:a\s+)?"
    r"(?:charges?|convictions?|prosecutions?))?",
    r"\b(?:i|we)\s+(?:was|were)\s+(?:sexually\s+)?(?:assaulted|raped|abused|attacked)\s+"
    r"(?:\w+\s+){0,2}?years\s+ago\b(?=.*" + _SUPPORTED + r")(?!.*" + _BACK_OR_NEAR + r")",
)
