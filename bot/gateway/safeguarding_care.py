"""The English phrase net, part eight: harm from the people someone depends on or cannot get away
from: an older or disabled adult let down or hurt by a carer, a care agency or family (or found in
soiled bedding with sores or no food in the house), a child not fed, left alone (with no grown-up
heard, or a baby crying for days) or hit by a parent or a parent's partner (or whose parent cannot
be woken or has been asleep for days, told by the child or with no food in the home, who knocks on
a neighbour's door for food, or who is out on the landing at midnight with no one), threats over
rent or a debt, being found and followed after leaving someone, a home taken over by people
dealing from it or "stopping" there with the bank card, a pension or card held by someone while
its owner goes without, goes unfed for days or is kept from anyone who would see her (the carer
told not to come any more), a paid carer stealing from or mocking the person cared for, care home,
hostel or ward staff hurting the people they look after (tied to the bed rails, sedated to keep
them quiet, touched "inappropriately" by the night man), an older person with no heat going cold
or with no food for days (or anyone with no heat at home going without food), and someone who did
harm out of prison or on bail while the person they harmed is not told, is afraid or has had their
address found.

Each is written as what the person doing harm does or leaves undone, with whom it is done to, so
the everyday twin with the same words reads past it: a carer off for three days and a taxi booked,
an agency running an hour late, children left with grandad, a baby crying with her teeth,
a landlord sending someone round to fix the boiler, an ex picking the children up, a brother
staying for a bit, builders who won't leave till six, a grandson who collects the pension on
Thursdays, a carer who pushes mum round the garden, bed rails fitted for safety, a carer's visit
times, a friend sleeping over, the heating off in the hall, a son out of hospital, a husband in
bed with flu, an uncle with gran's card to do her shopping while a tummy bug puts her off food.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_danger import DURATION

# Whoever should be caring for an older or disabled adult.
_CARER = (
    r"(?:carers?|care\s+workers?|home\s+help|(?:the\s+|his\s+|her\s+)?(?:care\s+)?agency|"
    r"(?:no\s+one|nobody))"
)
# A visit only late today ("running an hour late", "on their way"), not missed.
_ONLY_LATE = (
    r"^(?!.*\b(?:running\s+(?:\w+\s+){0,3}?late|(?:an?|half\s+an|\w+)\s+(?:hours?|minutes|mins)"
    r"\s+late|late\s+by|on\s+(?:their|her|his|the)\s+way)\b)"
)
# The carer who has not come: "hasn't been in for three days", "didn't turn up again".
_CARER_AWAY = (
    r"\b(?:"
    + _CARER
    + r"\s+(?:has|have|had|did)\s+not\s+(?:been(?:\s+(?:in|round))?(?:\s+to\s+(?:see\s+)?"
    r"(?:him|her|them|my\s+\w+))?\s+(?:for|since|in)\b|been\s+"
    r"(?:in|round)|come(?:\s+(?:in|round))?|turn(?:ed)?\s+up|visited)|(?:no\s+one|nobody)\s+(?:has\s+)?"
    r"(?:came|come))\b"
)
# What was left undone: food, getting up, washing, changing, medicine, sores.
_UNCARED = (
    r"\b(?:no\s+food|nothing\s+to\s+eat|not\s+(?:had\s+)?(?:eaten|a\s+(?:proper\s+)?meal)|have\s+not\s+"
    r"(?:had\s+(?:a\s+)?(?:proper\s+)?(?:meal|food)|eaten)|can\s+not\s+get\s+(?:up|out\s+of\s+bed)|still\s+in\s+"
    r"(?:bed|the\s+chair|my\s+chair)|(?:same|dirty|wet)\s+(?:clothes|pads?|nappy|nappies)|(?:has|"
    r"have|"
    r"got|with)\s+(?:bed\s*|pressure\s+)?sores|not\s+(?:been\s+)?(?:washed|changed)|wet\s+"
    r"(?:pad|bed|through)|wet\s+(?:himself|herself|themselves|myself)|soiled|no\s+"
    r"(?:medication|meds|tablets|medicine))\b"
)
# A child said as a child, and an adult who could be doing harm to one.
_KID = (
    r"(?:kids|children|baby|toddler|twins|son|daughter|little\s+(?:one|ones|boy|girl|brother|sister)|"
    r"(?:little\s+|baby\s+|younger\s+)?(?:brother|sister)|\d+\s+(?:year\s+old|yo|yr\s+old)|"
    r"boy|girl|grandson|granddaughter|niece|nephew)"
)
_GROWN_UP = (
    r"(?:dad|father|mum|mother|stepdad|step\s+dad|stepmum|step\s+mum|partner|boyfriend|girlfriend|"
    r"husband|wife|ex|uncle|aunt|gran|grandad|carer|childminder|babysitter|he|she)"
)
# People who send others round, and what they would be sent to do.
_HEAVIES = (
    r"(?:people|men|lads|boys|heavies|(?:his|her|their|the|some)\s+(?:boys|lads|men|mates|friends|"
    r"people|heavies|guys))"
)
_TO_HURT = (
    r"(?:break|smash|hurt|sort\s+(?:me|you|him|her|us)\s+out|do\s+(?:me|you|him|her)\s+in|deal\s+with|"
    r"teach\s+(?:me|you)|beat|stab|if\s+i\s+(?:do\s+not|can\s+not|miss|am\s+late)|or\s+else|unless|"
    r"pay\s+up|collect\s+(?:it|the\s+money))"
)
# People in the writer's (or a neighbour's) home who should not be there, and the sign of dealing.
_OCCUPIERS = (
    r"\b(?:men|lads|guys|boys|people|strangers|they|his\s+(?:mates|friends)|these\s+\w+|a\s+(?:gang|"
    r"group))(?:\s+\w+){0,3}?\s+(?:in|into|at|to\s+use|using|use|from)\s+(?:my|the|our|her|his)\s+"
    r"(?:\w+\s+)?(?:flat|house|home|place|room|kitchen|bathroom|bedroom|door)\b"
)
_DEALING_OR_STUCK = (
    r"\b(?:can\s+not\s+(?:make|get)\s+(?:them|him)\s+(?:to\s+)?(?:leave|go|out)|will\s+not\s+(?:leave|"
    r"go(?:\s+home)?|let\s+me)|drugs|dealing|selling|sell|bagging\s+up|gear|crack|owe|scared|"
    r"frightened|terrified|took\s+my\s+keys|keep\s+quiet)\b"
)

# A parent who cannot be woken or has not been up for a day, with a child in the home.
_PARENT = r"(?:mum|mums|mummy|mother|mothers|dad|dads|daddy|father|fathers|parents?|parents)"
_PARENT_GONE = (
    r"\b(?:"
    + _PARENT
    + r"\s+(?:\w+\s+){0,3}?(?:will\s+not|would\s+not|can\s+not|could\s+not|does\s+not|"
    r"did\s+not)\s+(?:wake|be\s+woken|get\s+up|move)|"
    + _PARENT
    + r"\s+(?:\w+\s+){0,2}?(?:has|have|had)\s+not\s+(?:answered|opened|been\s+(?:seen|out|up))\s+"
    r"(?:\w+\s+){0,2}?(?:since|for)\s+(?:yesterday|yday|last\s+night|(?:two|three|\d+|a\s+few)\s+days|"
    r"days|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    + _PARENT
    + r"\s+(?:\w+\s+){0,3}?(?:asleep|passed\s+out|out\s+cold|on\s+the\s+floor)(?:\s+on\s+the\s+"
    r"(?:floor|sofa|settee|couch))?\s+"
    r"(?:since|for)\s+(?:yesterday|yday|last\s+night|(?:two|three|\d+|a\s+few)\s+days|days|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    + _PARENT
    + r"\s+(?:\w+\s+){0,2}?(?:went|gone|has\s+gone|is)\s+away\b.{0,60}\b(?:on\s+"
    r"(?:her|his|their)\s+own|alone|by\s+(?:herself|himself|themselves))|(?:on\s+(?:her|his|their)\s+own|home\s+alone|"
    r"alone|by\s+(?:herself|himself|themselves))\s+(?:\w+\s+){0,2}since\s+(?:yesterday|yday|last\s+"
    r"night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend))\b"
)
# A child writing: their age, or minding a younger brother or sister; a grown-up asleep for days;
# no food in the home.
_CHILD_WRITER = (
    r"\bi\s+am\s+(?:[5-9]|1[0-5])\b(?!\s*(?:weeks?|months?|days?|minutes?|mins?|hours?|am|pm|"
    r"o\s*clock|:|\.\d))|\b(?:looking\s+after|minding|feeding)\s+my\s+(?:little\s+|baby\s+|"
    r"younger\s+)?(?:sister|brother|siblings)\b"
)
_ASLEEP_FOR_DAYS = (
    r"\b(?:she|he|mum|dad|mummy|daddy|my\s+(?:mum|dad|mother|father))\s+(?:is\s+|has\s+)?"
    r"(?:been\s+)?(?:asleep|sleeping|in\s+bed)\s+(?:since|for)\s+(?:yesterday|(?:two|three|\d+|"
    r"a\s+few)\s+days|days|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_NO_FOOD_IN = (
    r"\b(?:there\s+is\s+not\s+any|there\s+is\s+no|we\s+have\s+no|not\s+got\s+any)\s+food\b|"
    r"\bnothing\s+(?:to\s+eat|in\s+the\s+(?:fridge|cupboards?))\b"
)
_ILL_OR_RESTING = (
    r"\b(?:flu|covid|cold|poorly|ill|sick|night\s+shifts?|operation|op|surgery|bug|migraine|"
    r"jet\s*lag)\b"
)
# Someone else's child at the writer's door for food: knocking or coming round asking to be fed.
_ASKING_FOR_FOOD = (
    r"(?=.*\b(?:downstairs|upstairs|next\s+door|across\s+the\s+(?:landing|road|hall|street)|"
    r"neighbou?rs?|on\s+(?:the|our)\s+(?:landing|estate|floor))\b).*\b(?:knock\w*|bang\w*|com\w*|came|turn\w*\s+up)\s+(?:\w+\s+){0,4}(?:door|round|flat)\b.{0,40}"
    r"\b(?:for|asking\s+for|askin\s+for|begging\s+for|wanting)\s+(?:\w+\s+)?(?:food|something\s+to\s+"
    r"eat|bread|biscuits|dinner)\b"
)
# Someone paid to care for, or housing, an older or disabled adult.
_STAFF = (
    r"(?:carers?|care\s+workers?|home\s+help|nurses?|staff|"
    r"night\s+(?:staff|man|woman|guy|porter)|warden|key\s+workers?|support\s+workers?|manager|"
    r"workers?)"
)
_HOME_OF_CARE = (
    r"(?:care\s+home|nursing\s+home|home|hostel|supported\s+(?:housing|living)|day\s+centre|ward|"
    r"unit|residential|sheltered\s+(?:housing|flat))"
)
# What staff do to the people in their care: a blow, roughness, shouting, locking in or out.
_HANDLED_ROUGH = (
    r"\b(?:slap\w*|hit|hits|hitting|smack\w*|pinch\w*|punch\w*|kick\w*|push\w*|shov\w*|drag\w*|"
    r"yank\w*|shak(?:e|es|ing)|shook|grab\w*|tie\w*\s+(?:\w+\s+)?(?:down|up|to)|rough\s+with|"
    r"(?:shout\w*|scream\w*|swear\w*|yell\w*)\s+at|lock\w*\s+(?:\w+\s+)?(?:in|out|up))\s+"
    r"(?:her|him|them|people|residents?|patients?|the\s+(?:residents?|patients?|old\s+\w+|men|women)|"
    r"my\s+(?:\w+\s+)?(?:mum|dad|gran|grandad|nan|husband|wife|brother|sister|son|daughter|aunt|"
    r"uncle)|a\s+(?:resident|patient|man|woman|lady)|(?:mrs|mr|miss|ms)\s+\w+)\b(?!\s+(?:up\s+(?:at|from)|off\s+at|to\s+"
    r"(?:the|a|her|his)\s+(?:bus|car|taxi|shops?|park|garden|toilet|loo|bathroom|appointment|"
    r"session|lounge|dining\s+room|day\s+centre)\b|a?round\s+the\b|out\b|in\s+(?:a|the|her|his|their)\s+(?:wheel\s*)?chair\b|"
    r"(?:coat|bag|hand|hands|stick|frame|tablets|shopping|keys|glasses|chair|wheelchair)\b))"
)
# Someone in care touched sexually: "inappropriately", "down there", under the nightie.
_TOUCHED_WRONGLY = (
    r"\btouch(?:es|ed|ing)?\s+(?:her|him|them|residents?|patients?|(?:my|the)\s+(?:\w+\s+)?"
    r"(?:mum|dad|gran|grandad|nan|husband|wife|residents?|patients?))\s+(?:inappropriately|"
    r"sexually|(?:down\s+)?there|between\s+(?:his|her|the)\s+legs|under\s+(?:his|her)\s+"
    r"(?:clothes|nightie|nightdress|pyjamas))\b"
)
# Someone who needs the care: dementia, a disability, bedbound, or old age said as an age.
_NEEDS_CARE = (
    r"\b(?:dementia|alzheimers|disabled|disability|learning\s+(?:disabilit\w+|difficult\w+)|"
    r"bed\s*bound|can\s+not\s+(?:speak|walk|tell|talk)|stroke|(?:is|am|aged?)\s+(?:[7-9]\d|1[01]\d)\b|"
    r"care\s+home|nursing\s+home|carers?|care\s+workers?)\b"
)
# An older or cared-for adult found in soiled bedding, with sores or no food as well (not the
# bedding changed or a sore healed).
_OLD_OR_CARED_FOR = (
    r"(?:" + _NEEDS_CARE + r"|\b(?:[7-9]\d|1[01]\d)\s*-?\s*(?:year|yr)s?\s*-?\s*old\b|\bcares?\s+"
    r"for\b)"
)
_IN_SOILED = (
    r"\b(?:in|on)\s+(?:soiled|dirty|filthy|wet|soaking|stained)\s+(?:bedding|sheets|bed|clothes|"
    r"clothing|pads?|nappies|mattress)\b"
)
_SORES_OR_UNFED = (
    r"\b(?:(?:pressure|bed)\s*sores|no\s+food\s+in\s+the\s+(?:house|flat|home|fridge)|"
    r"nothing\s+to\s+eat|(?:has|had)\s+not\s+(?:eaten|been\s+fed)|dehydrated)\b"
)
_FOUND_NEGLECTED = f"^(?=.*{_OLD_OR_CARED_FOR})(?=.*{_IN_SOILED})(?=.*{_SORES_OR_UNFED})"
# Money taken from an older or disabled adult, and what they are left without.
_MONEY_HELD = (
    r"(?:\b(?:has|got|keeps?|kept|took|takes|taken|taking|collects?|collecting|draws?|drawing|cashes|"
    r"holds?|holding|uses?|using|is\s+got|has\s+got|borrow\w*)\s+(?:over\s+)?(?:all\s+(?:of\s+)?)?(?:my|"
    r"her|his|their|(?:my|our)\s+\w+s|(?:mums|dads|grans|grandads|nans|grandmas|grandpas))\s+(?:\w+\s+)?"
    r"(?:pension|benefits|bank\s+cards?|cards?|pin|savings|allowance|pip|universal\s+credit|money|"
    r"(?:bank\s+)?account)\b|\b(?:cash\s*(?:machine|point)|atm|bank|post\s+office)\s+with\s+"
    r"(?:her|his|my)\s+(?:bank\s+)?card\b)"
)
_LEFT_WITHOUT = (
    r"\b(?:no\s+money\s+(?:left\s+)?(?:for|to\s+(?:buy|pay|top))|(?:not|never)\s+(?:had|seen|got|see|"
    r"get)\s+(?:any|a\s+penny|a\s+pound)\s+(?:of\s+it)?|goes?\s+without|went\s+without|gone\s+"
    r"without|can\s+not\s+(?:afford|buy|pay\s+for)\s+(?:food|the\s+electric|the\s+gas|heating|"
    r"her\s+(?:food|shopping|tablets)|his\s+(?:food|shopping|tablets))|nothing\s+(?:left\s+)?(?:for|to\s+"
    r"eat)|(?:only|just)\s+(?:tea\s+and\s+toast|bread)|not\s+(?:a\s+penny|a\s+pound|any\s+of\s+it)|"
    r"(?:not\s+been\s+able|unable|can\s+not)\s+to\s+buy\s+(?:her|his|my)\s+(?:own\s+)?(?:food|shopping)|"
    r"nothing\s+left\s+(?:of|in)\s+(?:her|his|my)\s+(?:savings|account|pension))\b"
)
# Kept from other people by whoever holds the money: no one let in to see her, or the carer told
# not to come any more.
_KEPT_FROM_PEOPLE = (
    r"\b(?:will\s+not|would\s+not|does\s+not|did\s+not|never|refuses\s+to)\s+let\s+(?:anyone|"
    r"anybody|any\s+of\s+us|us|me|the\s+(?:carers?|nurses?|doctor|gp|family))\s+(?:in|see\s+"
    r"(?:her|him)|near\s+(?:her|him)|visit)\b|\b(?:told|tells|telling)\s+(?:me|us|the\s+"
    r"(?:carers?|nurses?|family))\s+not\s+to\s+(?:come|visit|call\s+round)\s+(?:round\s+)?"
    r"(?:any\s+more|again|back)\b"
)
# Going without food for a reason that is not neglect: a bug, a fast, an operation.
_HUNGER_EXPLAINED = (
    r"^(?!.*\b(?:bug|virus|vomit\w*|fasting|fast|ramadan|operation|op|procedure|nil\s+by\s+"
    r"mouth|appetite|covid|flu|tummy)\b)"
)
# A home with no heat: no gas or electric, the meter run out, the heating off.
_NO_HEAT = (
    r"\b(?:no\s+(?:gas|heating|heatin|heat|electric|electricity|power|hot\s+water|credit|money\s+"
    r"(?:for|on)\s+the\s+meter)|(?:gas|electric|meter|heating)\s+(?:has\s+|have\s+|is\s+|was\s+)?"
    r"(?:run\s+out|ran\s+out|gone\s+off|been\s+off|cut\s+off|off|broken|not\s+working)|can\s+not\s+"
    r"(?:afford|top\s+up|pay)\s+(?:to\s+)?(?:heat|the\s+heating|the\s+gas|the\s+electric|the\s+"
    r"meter|top\s+up)|(?:not|never)\s+(?:had|put|turned|switched)\s+(?:the\s+)?heating\s+on\s+"
    r"(?:since|for\s+(?:weeks|months)|all\s+(?:winter|year)|this\s+(?:winter|year)))\b"
)
# What cold does to a body: blue fingers or lips, wearing a coat in bed, unable to get warm.
_COLD_BODY = (
    r"\b(?:(?:fingers|lips|hands|feet|toes|nails)\s+(?:have\s+|has\s+|are\s+|were\s+|look\s+|"
    r"looks\s+|looking\s+)?(?:\w+\s+){0,2}(?:gone|going|turned|turning)?\s*(?:blue|numb|white|purple)|"
    r"in\s+(?:bed|my\s+bed)\s+in\s+(?:my|her|his|a)\s+(?:coat|hat|gloves)|(?:in|wearing)\s+(?:my|her|"
    r"his)\s+(?:coat|hat)\s+(?:and\s+\w+\s+)?(?:in\s+bed|indoors|all\s+day|inside)|wrapped\s+in\s+"
    r"(?:duvets|blankets|a\s+duvet)|can\s+not\s+(?:get|keep)\s+warm|hypothermi\w+|shivering\s+"
    r"(?:all|in\s+bed))\b"
)
# An age that is old: "I'm 79", "she is 84", "dad's 91", "my nan (82)".
_OLD_AGE = (
    r"(?:(?:i\s+am|she\s+is|he\s+is|is|aged?|who\s+is|(?:mum|dad|gran|grandad|nan|neighbou?r|"
    r"husband|wife)s?)\s+(?:[7-9]\d|1[01]\d)\b|\((?:[7-9]\d|1[01]\d)\))"
)
# Hunger that has gone on: nothing eaten properly in days, nothing in the cupboards.
_HUNGER = (
    r"\b(?:(?:no\s+food|nothing\s+to\s+eat|not\s+(?:eaten|eat|ate))\s+"
    r"(?:\w+\s+)?(?:for|in|since)\s+(?:days|a\s+week|(?:two|three|four|\d+)\s+days|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|last\s+\w+)|nothing\s+in\s+the\s+(?:cupboards?|fridge)|"
    r"(?:fridge|cupboards?)\s+(?:is|are)\s+(?:empty|bare)|living\s+on\s+(?:biscuits|crackers|tea|toast|"
    r"bread|water|cereal)|(?:only|just)\s+(?:have|had|eat|eating|get)\s+(?:tea\s+and\s+"
    r"(?:biscuits|toast)|bread|toast|biscuits|a\s+cup\s+of\s+tea)\s+(?:most\s+days|every\s+day|"
    r"all\s+"
    r"(?:week|day)|for\s+(?:days|weeks)))\b"
)
# Who is at risk from the cold: an older person by age or name, someone alone or ill.
_FRAIL = (
    r"\b(?:" + _OLD_AGE + r"|"
    r"elderly|pensioner|old\s+(?:lady|man|boy|girl)|(?:my|her|his|our)\s+(?:gran|grandad|nan|"
    r"neighbou?r|mum|dad)|live\s+(?:alone|on\s+my\s+own)|lives\s+(?:alone|on\s+(?:her|his)\s+own)|"
    r"disabled|dementia|poorly|ill)\b"
)
# Someone who did harm out of prison or on bail, and the person they harmed not told or afraid:
# anyone out of prison or on bail, or the one who did harm "released" or "let out" (not a son
# let out of hospital).
_RELEASED = (
    r"(?:\b(?:out\s+of\s+(?:prison|jail|custody)|out\s+on\s+(?:bail|licence|license|parole)|"
    r"(?:was|been|got|is\s+being|has\s+been)\s+bailed\b(?!\s+(?:on|out))|"
    r"(?:released|let\s+out|bailed)\s+(?:\w+\s+)?(?:from\s+)?(?:prison|jail|custody|on\s+(?:bail|"
    r"licence|license|parole)))\b|\b(?:my\s+(?:ex|abuser|attacker|rapist)|the\s+(?:man|woman|person|"
    r"guy|bloke|lad)\s+(?:who|that)\s+(?:attacked|raped|hurt|assaulted|abused|stabbed|stalked|"
    r"beat|killed)\s+(?:me|her|him|my\s+\w+))\s+(?:is|was|gets|got|has\s+been|have\s+been|will\s+be|"
    r"is\s+being|is\s+getting)\s+(?:\w+\s+)?(?:released|let\s+out|bailed|out)\b)"
)
_NOT_TOLD_OR_AFRAID = (
    r"\b(?:(?:nobody|no\s+one)\s+(?:has\s+|have\s+)?(?:told|tell|warned|informed|said)|do\s+not\s+"
    r"know\s+where\s+(?:he|she|they)\s+(?:will|is|are)|where\s+(?:he|she|they)\s+(?:will\s+be|is\s+"
    r"going\s+to\s+be)\s+(?:living|staying)|(?:scared|terrified|frightened|afraid|petrified)|"
    r"(?:saw|seen|spotted)\s+(?:him|her|them)\s+(?:at|by|near|outside|on)|near\s+(?:me|my|the\s+"
    r"kids)|(?:found|got|has|knows)\s+(?:my|our)\s+(?:new\s+|last\s+|current\s+)?address|"
    r"knows\s+where|come\s+"
    r"(?:after|for|looking\s+for)\s+(?:me|us)|victim|what\s+(?:he|she|they)\s+did)\b"
)

# Young children outside late at night with no grown-up: on the landing or the street till gone
# eleven, on their own, or with a parent who will not wake or answer.
_KIDS_OUT = (
    r"\b(?:kids|kiddies|kiddos|children|little\s+ones|toddlers?|twins|boys|girls|"
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\s+and\s+(?:[1-9]|one|two|three|four|"
    r"five|six|seven|eight|nine)\b)\b.{0,80}\b(?:out|outside|sat|sitting|standing|wandering|were|"
    r"are|been|playing)\s+(?:\w+\s+){0,2}(?:on|in)\s+(?:the|our)\s+(?:landing|stairs|stairwell|"
    r"corridor|street|road|balcony|hallway|car\s+park|walkway|block)\b"
)
_LATE_AT_NIGHT = (
    r"\b(?:(?:till|until|at|after|past|gone|around|about)\s+(?:gone\s+)?(?:1[01]|12|midnight|"
    r"[1-4]\s*am)\b(?!\s*(?:am\b|in\s+the\s+morning|o\s*clock\s+in\s+the\s+morning))|"
    r"(?:1[01]|12)\s*pm\b|in\s+the\s+middle\s+of\s+the\s+night|all\s+night)"
)
_NO_GROWN_UP = (
    r"\b(?:on\s+their\s+own|by\s+themselves|(?:left|all|home)\s+alone|(?:nobody|no\s+one|no\s+"
    r"adults?|no\s+grown\s*-?\s*ups?)\s+(?:with|watching|looking\s+after)\s+them|locked\s+out|"
    + _PARENT
    + r"\s+(?:\w+\s+){0,2}?(?:is\s+|has\s+|have\s+)?not\s+(?:woken|woke|waking|answering|"
    r"opening|come\s+home|coming\s+home|been\s+home)|(?:will|would|can|could)\s+not\s+(?:wake|"
    r"get\s+in))\b"
)
# Children left on their own (told by a neighbour: "left on there own upstairs again"), and a
# sign no grown-up is there: none heard or seen, or a baby crying for hours or days.
_KIDS_LEFT = (
    r"\b" + _KID + r"s?\b\s+(?:\w+\s+){0,6}?(?:been\s+|being\s+|are\s+|were\s+|get\s+|got\s+)?"
    r"left\s+(?:alone|home\s+alone|by\s+themselves|on\s+(?:their|there|his|her)\s+own)\b"
    r"(?!\s+(?:with|for\s+(?:a\s+)?(?:minute|moment|second|few\s+minutes|bit)|to\s+play)\b)"
)
# A baby crying for a reason of its own.
_TEETHING = r"^(?!.*\b(?:teeth\w*|colic\w*|jabs)\b)"
_NO_ONE_THERE = (
    r"\b(?:(?:can\s+not|could\s+not|do\s+not|did\s+not|never)\s+(?:hear|see)\s+(?:any\s+)?"
    r"(?:grown\s*-?\s*ups?|adults?|parents?|mum|dad|anyone\s+else)|no\s+(?:sign\s+of\s+"
    r"(?:any\s+)?)?(?:grown\s*-?\s*ups?|adults?|parents?)\s+(?:there|around|in|home|about)|"
    r"(?:crying|screaming|cries|screams)\s+(?:on\s+and\s+off\s+|non\s*stop\s+|constantly\s+)?"
    r"(?:for|since)\s+(?:hours|days|\w+\s+(?:hours|days)|yesterday|last\s+night))\b"
)
# A paid carer (a home care agency's worker among them) stealing from the person cared for, or
# mocking them.
_CARE_WORKER = (
    r"\b(?:carers?|care\s+(?:workers?|assistants?|staff|girl|lady|woman|man|agency)|home\s+"
    r"(?:help|carers?|care)|agency\s+(?:staff|carers?|workers?|nurses?|girl|lady)|support\s+"
    r"workers?)\b"
)
_CARER_STEALS = (
    r"(?:\b(?:stealing|stole|steals|nick(?:s|ed|ing)|pinch(?:es|ed|ing)|helping\s+(?:her|him|"
    r"them)sel(?:f|ves)\s+to)\s+(?:\w+\s+){0,2}(?:cash|money|pension|jewellery|rings?|valuables|"
    r"bank\s+cards?|cards?|pin|painkillers|medication|meds)\b|\b(?:taking|took|takes|taken)\s+"
    r"(?:\w+\s+){0,2}(?:cash|money|notes|£\s?\d+)\s+(?:out\s+of|from)\s+(?:his|her|my|their|"
    r"the)\s+(?:\w+\s+)?(?:wallet|purse|handbag|bag|tin|drawer|account|pension)\b(?=.{0,60}"
    r"(?:\bhere\s+and\s+there\b|\bwithout\s+asking\b|\bwhen\s+(?:he|she)\s+is\s+(?:asleep|not\s+"
    r"looking)\b|\bcaught\b|\bcamera\b|\bmissing\b|\bkeeps?\s+going\b)))"
)
_CARER_MOCKS = (
    r"(?:\b(?:calling|calls|called)\s+(?:him|her|them|mum|dad|my\s+\w+)\s+names\b(?!\s+(?:like|"
    r"from|of|for|to))|\b(?:mocking|mocks|mocked|making\s+fun\s+of|humiliat\w+|taunt\w*)\s+"
    r"(?:him|her|them|mum|dad|my\s+\w+|the\s+(?:residents?|patients?))\b)"
)
# Someone in care tied to a bed, its rails or a chair; or given pills to keep them quiet.
_RESTRAINED_WHO = (
    r"(?:patients?|residents?|her|him|them|his|their|mums?|dads?|nans?|grans?|grandads?|"
    r"husbands?|wifes?|man|woman|lady|mans|womans|ladys|sons?|daughters?)"
)
_TIED_TO_BED = (
    r"\b(?:tying|tied|ties|tie|strapping|strapped|straps|strap)\s+(?:\w+\s+){0,3}?"
    + _RESTRAINED_WHO
    + r"(?:\s+(?:hands|wrists|arms|legs|ankles|feet))?\s+(?:together\s+)?to\s+(?:the|her|his|"
    r"their|a)\s+(?:bed|bed\s*rails?|rails?|cot\s+sides?|chair|wheelchair|radiator|bed\s*frame|"
    r"commode|table)\b"
)
_SEDATED_QUIET = (
    r"\b(?:giving|gives|give|gave|given|putting|puts)\s+(?:him|her|them|the\s+(?:residents?|"
    r"patients?)|residents?|patients?|mum|dad)\s+(?:\w+\s+){0,2}(?:tablets|pills|sedatives?|"
    r"sedation|meds|medication|injections?|lorazepam|haloperidol|diazepam)\s+(?:just\s+)?to\s+"
    r"(?:keep|make|shut)\s+(?:him|her|them)\s+(?:quiet|up|docile|out\s+of\s+the\s+way|from\s+"
    r"(?:wandering|calling|ringing|bothering))\b"
)
# People who have moved themselves into someone's home, holding the card or storing bags there.
_STOPPING_AT_MINE = (
    r"\b(?:they|them|lads|men|guys|boys|people|strangers)\s+(?:\w+\s+){0,5}?(?:staying|stopping|"
    r"sleeping|kipping|crashing|living|dossing)\s+(?:at|in)\s+(?:mine|my\s+(?:flat|house|place|"
    r"home))\b"
)
_CARD_HELD = (
    r"\b(?:they|he|lads|men|guys|boys)\s+(?:\w+\s+){0,2}?(?:got|have|has|took|taken|keep|kept|"
    r"holding)\s+(?:got\s+)?my\s+(?:bank\s+)?(?:card|pin|benefits|money)\b"
)
_BAGS_STORED = (
    r"\b(?:storing|keeping|stashing|hiding|leaving)\s+(?:\w+\s+)?(?:bags|packages|parcels|gear|"
    r"drugs|boxes|stuff)\s+(?:in|at)\s+(?:my|mine)\b"
)
_CAN_NOT_REFUSE = (
    r"\b(?:can\s+not\s+(?:say\s+no|stop\s+them|refuse|get\s+rid|get\s+them\s+out)|no\s+choice|"
    r"scared|frightened|will\s+not\s+(?:leave|go))\b"
)

CARE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # an older or disabled adult left without care, or hurt by the person giving it
    "an adult neglected": (
        _ONLY_LATE + r"(?=.*" + _CARER_AWAY + r")(?=.*" + _UNCARED + r")",
        r"\b(?:no\s+one|nobody)\s+(?:has\s+)?(?:come|been)\s+(?:in\s+)?to\s+(?:get\s+me\s+up|wash\s+me|"
        r"change\s+me|feed\s+me)\b",
        r"\b(?:carers?|care\s+workers?|they|he|she|my\s+\w+)\s+(?:leave|leaves|left|keep|keeps)\s+"
        r"(?:me|her|him)\s+in\s+(?:bed|the\s+chair|(?:a\s+)?(?:wet|dirty|soiled|soaking)\s+\w+)\s+"
        r"(?:all\s+(?:day|night)|for\s+(?:hours|days)|until|till|in\s+(?:a\s+)?(?:wet|dirty|soiled))",
        r"\b(?:carers?|care\s+workers?|they|he|she)\s+(?:do|does|did)\s+not\s+(?:change|wash|feed)\s+"
        r"(?:me|her|him)\b(?!\s+(?:over|to|into|from)\b)",
        r"\b(?:he|she|they|my\s+\w+)\s+(?:keeps|takes|spends|has)\s+(?:all\s+(?:of\s+)?)?(?:(?:\w+\s+)?"
        r"(?:pension|benefits|money|wages|savings|allowance|payment)|it\s+all|the\s+lot|every\s+penny|"
        r"it)\b.{0,40}\b(?:i|we|she|he)\s+(?:go|goes|went|have\s+to\s+go|has\s+to\s+go)\s+without\b",
        r"\b(?:carers?|care\s+workers?|he|she|they|my\s+\w+)\s+(?:is|are|gets|can\s+be)\s+(?:\w+\s+)?"
        r"rough\s+with\s+(?:me|her|him|my\s+(?:mum|dad|gran|grandad|nan))\b(?!.{0,40}\b(?:rugby|"
        r"football|wrestl\w*|play\w*|lol|haha)\b)",
        r"\b(?:carers?|care\s+workers?|he|she|they)\b.{0,40}\b(?:pinch(?:es|ed)?|nips?)\s+"
        r"(?:me|her|him)\b|\bcalls?\s+(?:me|her|him)\s+(?:a\s+)?(?:dirty|filthy|smelly|useless)\s+"
        r"(?:old\s+)?(?:woman|man|cow|bag|git)\b",
        # a carer or care staff seen or heard hurting or touching someone who cannot tell anyone
        r"^(?=.*\b"
        + _STAFF
        + r"\b.{0,80}(?:"
        + _HANDLED_ROUGH
        + r"|"
        + _TOUCHED_WRONGLY
        + r"))(?=.*"
        + _NEEDS_CARE
        + r")",
        # found in soiled bedding with sores or no food in the house
        _FOUND_NEGLECTED,
        # left on their own by the support worker for days, with care undone
        rf"^(?=.*{_NEEDS_CARE})(?=.*(?:\bleft\s+(?:alone|on\s+(?:his|her|their)\s+own)\s+"
        rf"(?:\w+\s+){{0,2}}?by\s+(?:his|her|their|the)\s+(?:\w+\s+)?{_STAFF}|\b{_STAFF}\s+"
        rf"(?:has\s+|have\s+)?(?:left|leaves)\s+(?:him|her|them)\s+(?:alone|on\s+(?:his|her|"
        rf"their)\s+own))\s+(?:"
        rf"{DURATION}|all\s+week|for\s+(?:over\s+)?a\s+week|since\s+\w+day))(?=.*{_UNCARED})",
        # a pension or a card held by someone else, and the owner going without
        r"^(?=.*" + _MONEY_HELD + r")(?=.*" + _LEFT_WITHOUT + r")",
        # ... or not eaten for days, or kept from anyone who would see
        _HUNGER_EXPLAINED
        + r"(?=.*"
        + _MONEY_HELD
        + r")(?=.*(?:"
        + _HUNGER
        + r"|"
        + _KEPT_FROM_PEOPLE
        + r"))",
        # a paid carer stealing from the person cared for, or calling them names
        r"^(?=.*" + _CARE_WORKER + r")(?=.*(?:" + _CARER_STEALS + r"|" + _CARER_MOCKS + r"))",
    ),
    # care home, hostel or ward staff hurting the people who live there (organisational abuse)
    "abuse where someone is cared for": (
        r"\b"
        + _STAFF
        + r"\s+(?:\w+\s+){0,3}(?:at|in|on)\s+(?:the|my|our|her|his|their)\s+(?:\w+\s+){0,2}"
        + _HOME_OF_CARE
        + r"\b.{0,80}"
        + _HANDLED_ROUGH,
        r"\b(?:residents?|patients?)\s+(?:\w+\s+){0,4}(?:left|kept)\s+in\s+(?:wet|dirty|soiled|soaking)\b|"
        r"\b(?:keep|keeps|kept|leave|leaves|left|lock|locks|locked)\s+(?:the\s+)?(?:residents?|patients?)\s+"
        r"(?:in\s+(?:their|the)\s+(?:rooms?|beds?|chairs?)|in\s+bed)\s+(?:all\s+(?:day|night)|for\s+"
        r"(?:hours|days))\b|"
        r"\b(?:locked|locking|lock|locks)\s+(?:the\s+)?(?:residents?|patients?|people)\s+(?:in|out)\b",
        # tied to the bed or its rails, or sedated to keep them quiet
        _TIED_TO_BED,
        _SEDATED_QUIET,
    ),
    # an older or frail person with no heat, going cold; or with no food for days; or anyone with
    # no heat at home going without food
    "cold or hungry and frail": (
        r"^(?!.*\b(?:hall|venue|session|meeting|room\s+was|bring\s+a\s+coat)\b)(?=.*"
        + _NO_HEAT
        + r")(?=.*"
        + _COLD_BODY
        + r")(?=.*"
        + _FRAIL
        + r")",
        r"^(?=.*\b" + _OLD_AGE + r")(?=.*" + _HUNGER + r")",
        # the writer's own home with no heat for long and the writer going without food
        r"^(?!.*\b(?:hall|venue|room\s+was|at\s+(?:the\s+)?(?:session|meeting|office|work|church|"
        r"school)|lol|haha\w*)\b)(?=.*" + _NO_HEAT + r")(?=.*" + _HUNGER + r")",
    ),
    # someone who did harm out of prison or on bail, the person harmed not told or afraid
    "someone who did harm released": (
        r"^(?=.*" + _RELEASED + r")(?=.*" + _NOT_TOLD_OR_AFRAID + r")",
    ),
    # a child not fed, left alone for long, or hit by a grown-up
    "a child neglected or hit": (
        r"\b(?:gives?|gave|giving)\s+(?:\w+\s+){1,3}(?:nothing\s+to\s+eat|no\s+(?:food|dinner|tea|"
        r"breakfast|meals?))\b",
        r"^(?=.*\b"
        + _KID
        + r"s?\b)(?=.*\b(?:nothing\s+to\s+eat\s+(?:for|all|since)|no\s+food\s+as\s+a\s+"
        r"punishment|(?:do|does)\s+not\s+deserve\s+(?:food|to\s+eat|dinner|a\s+meal)|(?<!creche\s)(?<!nursery\s)(?<!school\s)(?<!venue\s)(?:do|does|did)\s+"
        r"not\s+(?:feed\s+(?:me|us|them|her|him|the\s+\w+|my\s+\w+)|give\s+(?:them|him|her|us|me|the\s+"
        r"(?:kids|children|baby)|my\s+\w+)\s+(?:anything|any\s+"
        r"food)(?:\s+to\s+eat)?)|(?:get|gets|got)\s+no\s+(?:food|dinner|tea|meals?|breakfast)\b(?!\s+"
        r"(?:at|in)\s+the\s+(?:venue|creche|session|hall|break))|come\s+back\s+(?:from\s+\w+\s+)?"
        r"starving))",
        r"\b(?:left|leaves|leave|leaving)\s+(?:the|her|his|their|my|our)\s+(?:\w+\s+){0,2}?"
        + _KID
        + r"s?\s+(?:alone|on\s+(?:their|his|her|its|it\s+is)\s+own|home\s+alone|by\s+(?:themselves|"
        r"himself|herself|itself))\b(?:\s+\w+){0,4}?\s*(?:"
        + DURATION
        + r"|when\s+(?:she|he|they)\s+(?:goes|go|went)\s+out)",
        r"\b"
        + _GROWN_UP
        + r"\s+(?:\w+\s+){0,2}?(?:hits|beats|smacks|slaps|whacks|kicks|punches|belts|thumps|shakes|"
        r"starves)\s+(?:her|him|them|(?:my|the|our|his|her)\s+(?:\w+\s+)?"
        + _KID
        + r"s?)\b(?!\s+(?:the\s+ball|a\s+ball|back|up|at\s+(?:chess|cards|tennis|football)))"
        r"(?=.{0,60}\b(?:round\s+the\s+head|every|again|belt|marks|bruises|only\s+\d|is\s+\d|"
        r"when|if|punishment|crying|scared|hard)\b)",
        # a child whose parent cannot be woken or has gone, or who knocks on doors for food
        r"^(?=.*\b" + _KID + r"s?\b)(?=.*(?:" + _PARENT_GONE + r"|" + _ASKING_FOR_FOOD + r"))",
        # a grown-up asleep for days, told by a child or with no food in the home; not ill in bed
        r"^(?!.*"
        + _ILL_OR_RESTING
        + r")(?=.*"
        + _ASLEEP_FOR_DAYS
        + r")(?=.*(?:"
        + _CHILD_WRITER
        + r"|"
        + _NO_FOOD_IN
        + r"))",
        # children left on their own with no grown-up heard, or a baby crying for days
        _TEETHING + r"(?=.*" + _KIDS_LEFT + r")(?=.*" + _NO_ONE_THERE + r")",
        # young children outside late at night with no grown-up
        r"^(?!.*\b(?:with\s+(?:their|his|her)\s+(?:nan|gran|grandma|grandad|dad|mum|aunt\w*|"
        r"uncle|parents?|family)|(?:parents|adults)\s+were\s+(?:there|with\s+them))\b)(?=.*"
        + _KIDS_OUT
        + r")(?=.*"
        + _LATE_AT_NIGHT
        + r")(?=.*"
        + _NO_GROWN_UP
        + r")",
    ),
    # a landlord, a lender or a gang threatening violence over money or rent
    "threats over money": (
        r"\bsend(?:s|ing)?\s+"
        + _HEAVIES
        + r"\s+(?:round|over|after\s+me|to\s+(?:my|the)\s+(?:door|flat|house))\b.{0,60}\b"
        + _TO_HURT
        + r"\b|\bsend(?:s|ing)?\s+(?:someone|somebody)\s+round\b.{0,60}\b(?:break|smash|hurt|"
        r"sort\s+(?:me|you)\s+out|do\s+(?:me|you)\s+in|teach\s+(?:me|you))\b",
        r"\b(?:said|says|threat\w*|will|going\s+to|gonna|or|told\s+me|send\w*)\b.{0,60}\b(?:break|"
        r"smash|snap)\s+(?:my|your|her|his|their|both\s+(?:my|your))\s+(?:legs|arms|fingers|knees|"
        r"kneecaps|jaw)\b",
        r"\b(?:have|get)\s+(?:the|my|our|your|her)\s+(?:flat|house|home|car|place|shop)\s+(?:set\s+on\s+"
        r"fire|burned|burnt|torched|petrol\s+bombed)\b",
        r"\b(?:borrowed|owe|owes|owed|lender|loan\s+sharks?|debt\s+collectors?|bailiffs)\b.{0,60}\b"
        r"(?:he|she|they|lads|men)\s+(?:\w+\s+)?(?:know|knows)\s+where\s+(?:i|we|my\s+\w+|the\s+kids)\s+"
        r"(?:live|lives|go|goes|work|works|stay|stays)\b",
    ),
    # an ex or a stranger who has found the new address, waits, follows, tracks
    "found and followed": (
        r"\b(?:he|she|they|ex|someone|somebody)\s+(?:has\s+|have\s+|had\s+)?(?:found|tracked\s+down|"
        r"got\s+hold\s+of|worked\s+out|found\s+out)\s+(?:where\s+)?(?:my|our)\s+new\s+(?:address|place|"
        r"flat|house|home|number|phone\s+number|work)\b(?!\s+(?:for\s+(?:me|us)|on\s+the|online))",
        r"\b(?:tracked|tracks|found|finds)\s+(?:me|us|her)\s+(?:down\s+)?(?:(?:to|at)\s+"
        r"(?:my|our|her)\s+new\s+(?:flat|house|address|home|place|work|job)\b|every\s+time\s+"
        r"(?:i|we)\s+move\b(?!\s+(?:rooms?|seats?|desks?|tables?)))",
        r"\b(?:a\s+(?:man|woman|guy|bloke|car|van)|someone|somebody|he|she|they|my\s+ex|the\s+same\s+"
        r"\w+)\s+(?:keeps|kept|has\s+been|is\s+always|always)\s+(?:waiting|standing|sitting|parked|"
        r"parking|hanging\s+around)\s+(?:at|by|near|outside|on|across\s+from)\s+(?:the\s+(?:end|top|"
        r"corner)\s+of\s+)?(?:my|our)\s+(?:road|street|block|building|house|flat|door|work|stop)\b",
        r"\b(?:he|she|they|my\s+ex)\s+(?:always|still|keeps|somehow|always\s+manages\s+to)\s+"
        r"(?:finds?|found|finding|tracks?|tracking|tracked)\s+(?:me|us)\b(?!\s+(?:a|the|some)\b)",
        r"\bchanged\s+my\s+(?:phone\s+)?number\b.{0,60}\b(?:but|still)\b.{0,30}\b(?:found|finds|find|"
        r"texting|calling|got\s+(?:it|the\s+new)|messag\w+)\b",
        r"\bex\b.{0,60}\b(?:has|got|knows|found)\s+(?:the|my|our)\s+(?:new\s+)?(?:address|number)\b|"
        r"\b(?:he|she|they|ex|someone)\s+(?:\w+\s+){0,2}(?:going|goes|went|gone)\s+through\s+my\s+"
        r"(?:post|letters|bins|mail)\b",
        r"^(?=.*\b(?:photo|picture|pic|video)s?\s+of\s+me\b)(?=.*\bi\s+(?:never|did\s+not)\s+"
        r"(?:told|tell|know|see)\s+(?:him|her|them|he|she|they)\b)",
        r"\b(?:he|she|they|my\s+ex)\s+(?:is|was|are|were)\s+(?:now\s+)?(?:standing|waiting|parked|"
        r"sitting)\s+(?:across\s+the\s+(?:street|road)|outside\s+(?:my|our)\s+(?:\w+\s+)?(?:flat|house|"
        r"door|window|work))\b",
    ),
    # a home taken over: people dealing from it, in and out, who will not leave
    "a home taken over": (
        r"^(?=.*" + _OCCUPIERS + r")(?=.*" + _DEALING_OR_STUCK + r")",
        r"^(?=.*\b(?:men|lads|guys|boys|people|strangers)\s+(?:\w+\s+)?(?:staying|living|sleeping|"
        r"stopping|dealing|selling)\s+(?:in|at|from)\s+(?:my|her|his|our)\b)(?=.*"
        + _DEALING_OR_STUCK
        + r")",
        r"\b(?:use|uses|using|used)\s+(?:my|her|his|their|our)\s+(?:\w+\s+)?(?:kitchen|bathroom|"
        r"bedroom|room|front\s+room|garage|shed|car|flat|house|home|place)\s+(?:to|for|as)\s+(?:\w+\s+)?"
        r"(?:drugs|dealing|deal|sell|selling|stash|bag\s+up)\b",
        r"\bowe\s+(?:him|them|her|some\w*)\s+(?:money\s+)?for\s+(?:the\s+)?(?:gear|drugs|weed|crack|"
        r"coke)\b|\bbagging\s+(?:up|it\s+up|drugs|weed|gear)\b(?!\s+(?:the\s+)?(?:leaves|rubbish|"
        r"clothes|shopping|toys))",
        r"^(?=.*\b(?:people|men|strangers|cars)\s+(?:coming\s+)?in\s+and\s+out\b)(?=.*\b(?:moved\s+in|"
        r"owe|drugs|gear|scared|frightened|my\s+(?:flat|house|place)|at\s+mine)\b)",
        # people stopping at someone's home who hold the card, or store bags there unrefused
        r"^(?=.*" + _STOPPING_AT_MINE + r")(?=.*" + _CARD_HELD + r")",
        r"^(?!.*\bmy\s+(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|mum|"
        r"dad|"
        r"friend|mate|partner|boyfriend|girlfriend)s?\b)(?=.*"
        + _STOPPING_AT_MINE
        + r")(?=.*"
        + _BAGS_STORED
        + r")(?=.*"
        + _CAN_NOT_REFUSE
        + r")",
    ),
}
