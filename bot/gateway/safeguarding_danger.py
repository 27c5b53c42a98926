"""The English phrase net, part three: danger from outside the home and from circumstances:
threats (being "taught a lesson" by a partner among them, a date someone is told they will not
see, "told her she won't see the end of the month"; a threat told in a voice note with its
hesitations, or with the verb bare as BSL-shaped English signs it: "NEIGHBOUR SAY HE KILL ME"),
stalking and harassment (gifts every day from a man who waits outside), exploitation (a young
person picked up by older men, with gifts or nights away, a young person not let home till a
debt is paid off, "linking" a man in his twenties who buys
them weed, or "the guy I'm seeing" who says she owes him and must be nice to his mates, a debt
for being brought here with no days off), a child or an adult at risk (a young child lost at the
venue minutes ago, a toddler left in the cot through a night shift), a child kept by a
parent who will not bring them back and says they will never be seen again or takes them to the
airport (not a holiday with a day they come back), nowhere to sleep tonight, fear of the police or
officials (an alarm said in a few words is in safeguarding_now; threats over money, being found
after leaving and a home taken over are also read in safeguarding_care; hate incidents in
safeguarding_hate; forced marriage and honour in safeguarding_marriage). Vocabulary shared with
part two (bot/gateway/safeguarding_harm.py); the risks said in two halves are part four
(safeguarding_pairs). Sleeping rough laughed off as where things might end up ("I'll end up living
in a tent lol") is left alone. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_harm import (
    _CHILD,
    _FEAR,
    _HOME,
    UNDENIED,
)
from bot.gateway.safeguarding_words import every_one_of

_WILL = r"(?:will|would|is\s+going\s+to|are\s+going\s+to|was\s+going\s+to|were\s+going\s+to|d|ll)"
# A favour done for someone, not a threat: "he'll get me a new phone", "sort me out with a lift".
_A_FAVOUR = (
    r"\b(?!\s+(?:me|her|him|us|you|them)\s+(?:a|an|some|the|one|my|your|his|her|our|their|new|"
    r"to|home|there|out\s+with|tickets?|lifts?)\b)"
)
# The bare verbs of a threat take a person, not a thing ("stab the pumpkin").
_THREAT_ACT = (
    rf"(?:(?:hurt|kill|harm|beat|batter|stab|shoot|burn|torch|smash|(?:get|sort|find){_A_FAVOUR})"
    r"\b(?!\s+(?:the|a|an|some|that|this|our)\s+(?!kids|children|baby|dog|cat|house|flat|place|"
    r"car|door|family)\w+)|do\s+(?:me|her|him|you|us)\s+(?:in|over)|mess\s+(?:me|you|her|him)\s+up|"
    r"cut\s+(?:me|you|her)|teach\s+(?:me|you)(?!\s+(?:the|an|some|to|how|about|my|our|his|her)\b)|"
    r"(?:chop|carve|slice)\s+(?:me|you|her|him|us)\s+(?:up|(?:in|into)\s+(?:pieces|bits))\b|"
    r"shut\s+(?:me|you)\s+up|jump\s+(?:me|you)|come\s+(?:for|after|"
    r"round)|take\s+(?:the|my|our|her|his)\s+(?:kids|children|baby|son|daughter)|throw\s+(?:me|"
    r"her|us)\s+out|kick\s+(?:me|her|us)\s+out|report\s+(?:me|her|us)|have\s+(?:me|her|us)\s+"
    r"(?:deported|arrested|sectioned)|deport|break\s+(?:my|your|her|his)\s+(?:legs|arms|neck|jaw|face|"
    r"fingers)|call\s+(?:the\s+)?(?:home\s+office|immigration|police)|"
    r"set\s+(?:the|my|our)\s+(?:house|flat|home|car)\s+on\s+fire|send\s+(?:them|the\s+(?:pictures|photos))|post\s+"
    r"(?:them|the|pictures|photos)|share\s+(?:them|the|pictures|photos)|make\s+(?:my|your|her|"
    r"his)\s+life\s+hell|ruin\s+(?:me|my|her)|do\s+something\s+to|tell\s+everyone|evict|leave\s+"
    r"(?:me|us)\s+with\s+nothing|never\s+see\s+(?:them|the\s+kids|my))"
)
# A threat on someone's life said as a date they will not see ("told her she won't see the end
# of the month", "said I won't live to see Christmas"); not a doctor's word on an illness.
_WILL_NOT_SEE_A_DATE = (
    r"^(?!.*\b(?:doctors?|consultants?|nurses?|hospice|hospital|cancer|terminal\w*|palliative|"
    r"prognosis|diagnos\w*|vets?)\b).*\b(?:told|tells|telling|said|says|warned|threatened|texted|"
    r"messaged)\s+(?:me|her|him|us|them)?\s*(?:that\s+)?(?:i|she|he|we|they|you)\s+(?:will|would|"
    r"am|is|are)\s+not\s+(?:going\s+to\s+)?(?:live\s+to\s+)?see\s+(?:the\s+end\s+of\s+the\s+"
    r"(?:week|month|year|summer)|(?:my|her|his|their|your|our)\s+(?:next\s+)?birthday|christmas|"
    r"eid|new\s+year|next\s+(?:week|month|year)|another\s+(?:day|week|birthday))\b"
)
# Held away from home for a debt ("he can't come home till he's paid it off"): the debt bondage
# of county lines and trafficking; not a car or a phone still being paid off.
_HELD_FOR_A_DEBT = (
    r"\b(?:can\s+not|could\s+not|(?:is|am|are)\s+not\s+allowed\s+to|not\s+allowed\s+to|will\s+"
    r"not\s+(?:be\s+)?let)\s+(?:come|go|get)\s+(?:back\s+)?(?:home|back)\s+(?:until|till)\s+"
    r"(?:he|she|they|i|we)\s+(?:has\s+|have\s+|is\s+|had\s+|am\s+)?(?:paid|pays|pay|worked|"
    r"works|work)\s+(?:it|them|that|(?:the|his|her|my|their)\s+debts?|what\s+(?:he|she|i|they)\s+"
    r"owes?)\s+(?:off|back)\b"
)
# A telling-off for everyday trouble, which makes "kill me" a figure of speech: "if I miss
# dinner", "if I spend it on trainers".
_IF_EVERYDAY_TROUBLE = (
    r"(?!.{0,8}\b(?:if|when)\s+(?:i|we)\s+(?:miss|am\s+late|are\s+late|forget|leave\s+early|"
    r"leave\s+before|do\s+another|have\s+to\s+(?:sit|do|listen)|eat|spend|buy|break|lose|scratch|"
    r"get\s+(?:home\s+)?late|do\s+not\s+(?:come|tidy|clean|call|ring|text|finish|bring)))"
)
# How long a child is left: long enough to be neglect ("for days"), not "for an hour after school".
DURATION = (
    r"(?:for\s+(?:days|whole\s+days|a\s+week|weeks|the\s+(?:whole\s+)?weekend|(?:two|three|four|"
    r"\d+)\s+days|hours\s+on\s+end)|all\s+(?:day|night|weekend)|every\s+(?:night|day|weekend)|"
    r"overnight|again|at\s+night|most\s+(?:days|nights)|while\s+(?:she|he|they)\s+(?:goes|go|went|"
    r"is|are)\s+(?:out|drinking|clubbing|to\s+(?:the\s+pub|work|the\s+shops)))"
)
# A growing child's appetite or a day's mud, not neglect: "always hungry after football",
# "always starving, growth spurt", "always filthy lol".
EVERYDAY_HUNGER = (
    r"(?!\W*(?:after|when|these\s+days|at\s+the\s+moment|right\s+now|growth|growing|lol|haha+|"
    r"bless|ha\b|teenagers?|from\s+(?:football|rugby|the\s+park|playing)))"
)
_OFFICIALS = (
    r"(?:police|officers?|cops|immigration|home\s+office|border\s+force|social\s+services|"
    r"the\s+council|bailiffs)"
)
_KNOWN = r"(?:knows?|found\s+out|find\s+out|worked\s+out|got|have|has|know)"
# A young person the writer knows (not "girls" in general): one of theirs or someone's, or an
# age under 18 ("my 15yo", "she is 14", "my sister (16)", "Shanice (resident, 16)").
_YOUNG = (
    r"(?:\b(?:my|our|her|his|their|the\s+\w+\s+next\s+door\s*s)\s+(?:\w+\s+)?(?:kid|son|daughter|"
    r"niece|nephew|grandson|granddaughter|cousin|sister|brother|step\s*daughter|step\s*son|girl|"
    r"boy|lad|teenager|teen|child)s?\b|\b1[0-7]\s*(?:yo|y\s*o|yrs?\s+old|year\s+old)\b|\b(?:she|he)"
    r"\s+is\s+(?:only\s+|just\s+)?1[0-7]\b|\((?:[^()]{0,30},\s*)?(?:aged?\s+)?1[0-7]\))"
)
# A child kept from the writer by a parent: not brought back, snatched, and gone for good ("he
# says I'll never see him again"), or flown out of the country; not a child back on Sunday.
_THE_CHILD = (
    r"(?:him|her|them|(?:my|our|the)\s+(?:\w+\s+)?(?:son|daughter|boy|girl|baby|kids|children|"
    r"little\s+one|grandson|granddaughter))"
)
# Not brought back (not "till Sunday" or "on time", which is a day for it).
_NOT_GIVEN_BACK = (
    r"\b(?:will\s+not|would\s+not|refuses?\s+to|refusing\s+to|is\s+not\s+going\s+to|not)\s+"
    rf"(?:bring\w*|give\w*|send\w*|hand\w*|brought|given|sent|handed)\s+{_THE_CHILD}\s+(?:back|"
    r"home)\b(?!\s+(?:till|until|before|on|by|at|for|tonight|today|tomorrow|later|yet)\b)"
)
# Snatched, or "he's got my son", which only says more beside never seeing him again.
_SNATCHED = (
    r"\b(?:snatched|grabbed|abducted|kidnapped|(?:has|have|is|he\s+is|she\s+is)\s+(?:got|"
    rf"taken|kept))\s+{_THE_CHILD}\b"
)
# Never to be seen again (not "till Christmas").
_NEVER_AGAIN = (
    rf"\b(?:never|not)\s+(?:going\s+to\s+|ever\s+)?see\s+{_THE_CHILD}\s+again\b"
    r"(?!\s+(?:till|until|before|for|this|next|after|on|in)\b)"
)
# Taken out of the country.
_FLOWN_OUT = r"\b(?:airport|flights?|plane|abroad|out\s+of\s+the\s+country|passports?)\b"
# A threat told in a voice note, with the speaker's hesitations ("hell hell um kill me").
_HESITATION = r"(?:\s+(?:um+|uh+|erm+|er|ah+|(?:he|she|they)\s*ll))*"
# Older men around a young person: picking them up in cars, giving them things. Older lads giving
# a lift are everyday; older lads with gifts or nights away are not.
_OLDER_MEN = (
    r"(?:\b(?:older|grown|adult|strange|different)\s+(?:men|man|guys?|blokes?)\b|\b(?:a|an|this|"
    r"some)\s+(?:\w+\s+)?(?:man|guy|bloke)\s+(?:in\s+his\s+(?:[2-9]0s|twenties|thirties|forties|fifties)|who\s+"
    r"is\s+(?:like\s+|about\s+)?[2-9]\d|of\s+[2-9]\d)\b)"
)
_OLDER_LADS = r"\b(?:older|grown|adult|strange|different)\s+(?:men|man|lads?|guys?|blokes?|boys)\b"
_IN_CARS = (
    r"\b(?:picked\s+up|picking\s+(?:her|him)\s+up|collected|dropped\s+(?:off|back)|driven|drive|"
    r"driving\s+(?:her|him|them)|in\s+(?:their\s+|a\s+)?cars?|into\s+(?:their\s+|a\s+)?cars?)\b"
)
_GIFTS_OR_MISSING = (
    r"\b(?:(?:buys|bought|buying|gives|gave|giving)\s+(?:her|him)\s+(?:\w+\s+)?(?:stuff|things|"
    r"presents|gifts|money|phones?|clothes|drink|vapes|alcohol|weed)|new\s+(?:phones?|trainers|clothes|bags?)|(?:nails|hair|lashes)\s+done|vapes|money\s+(?:she|he)\s+can\s+not\s+explain|"
    r"(?:will|would)\s+not\s+say\s+(?:who|where|what\s+happened)|"
    r"(?:did|does|has)\s+not\s+come\s+home|stay\w*\s+"
    r"out\s+all\s+night|(?:phone|phones)\s+(?:is\s+)?off|missing)\b"
)

# A man grown (20 or over) said by his age ("this 22yr old man"), with a young person, and what
# he does with them: gifts, drink or weed, parties in other areas, calling himself a boyfriend.
_ADULT_MAN = (
    r"(?:\b[2-9]\d\s*(?:yo|y\s*o|yrs?\s+old|years?\s+old)\s+(?:man|men|guy|guys|bloke|fella|"
    r"boyfriend|lad)\b|" + _OLDER_MEN + r")"
)
_WITH_A_MAN = (
    r"(?:" + _GIFTS_OR_MISSING + r"|\btakes?\s+(?:her|him)\s+(?:out\s+)?to\s+(?:parties|raves|"
    r"hotels?|clubs|his\s+(?:flat|place|house|mates)|other\s+(?:ends|areas|towns|cities))\b|"
    r"\b(?:linking|dating|seeing|going\s+out\s+with|sleeping\s+with|staying\s+(?:over\s+)?"
    r"with)\s+(?:this|a|an|some|the|him)\b|\b(?:he\s+is|is)\s+(?:her|his)\s+(?:boyfriend|"
    r"partner)\b)"
)
# A young child lost now, at the venue or out: the child lost or not found, and a sign it is
# happening (minutes ago, not answering their name, doors to check, a plea, what they wear); not
# a child who has died, nor one found again, nor a glove or a coat of theirs lost.
_LOST_CHILD = (
    r"\b(?:lost|(?:can\s+not|could\s+not)\s+find|lost\s+sight\s+of)\s+(?:my|our|her|his|their)\s+"
    r"(?:little\s+|youngest\s+)?(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s*(?:year\s+old|yr\s+old|yo)|son|daughter|boy|girl|kid|child|toddler|little\s+one|"
    r"grandson|granddaughter|niece|nephew)\b"
)
_LOOKING_NOW = (
    r"(?:!!|\b(?:(?:\d+|a\s+few|five|ten|fifteen|twenty)\s*(?:min(?:ute)?s?)\s+ago|not\s+"
    r"answering\s+(?:to\s+)?(?:his|her|their)\s+name|(?:check|search|watch|block|close)\s+"
    r"(?:the\s+)?(?:doors?|exits?|toilets|entrances?|street|car\s+park|gates?)|please\s+"
    r"(?:someone|anyone|help)|right\s+now|last\s+seen|(?:he|she)\s+(?:is|was)\s+wearing)\b)"
)
_NOT_LOST_NOW = (
    r"^(?!.*\b(?:died|passed\s+away|passing|funeral|grave|anniversary|cancer|grief|griev\w*|"
    r"miscarr\w*|stillborn|years?\s+ago|last\s+(?:year|month)|found\s+(?:him|her|them)|(?:he|"
    r"she|they)\s+(?:was|were|is|are)\s+(?:found|fine|safe|back)|panic\s+over|hide\s+and\s+"
    r"seek|lol|haha\w*)\b)"
)
# Unasked-for gifts or letters every day, from someone who is not the writer's own family.
_UNASKED_EVERY_DAY = (
    r"\b(?:sends?|sending|sent|leaves?|leaving|left)\s+me\s+(?:\w+\s+)?(?:flowers|letters|gifts|"
    r"presents|notes|cards|chocolates)(?:\s+and\s+\w+)?\s+(?:every\s+(?:day|morning|night|"
    r"evening)|daily|all\s+the\s+time|constantly|non\s*-?\s*stop)\b"
)
_NEAR_WHERE_I_LIVE = (
    r"(?:\b(?:waits?|waiting|hangs?\s+around|stands?|standing|sits?|sitting|turns?\s+up|"
    r"follow\w*)\s+(?:\w+\s+){0,3}(?:outside|near|by|at)\s+my\b|\b(?:inside|into|in)\s+(?:the|"
    r"my)\s+(?:building|block|hallway|corridor|stairwell|lobby)\b)"
)

# Sleeping rough laughed off as where things will end up ("I'll end up living in a tent lol"):
# the hedge just before the words, a laugh in the rest of the sentence, and no tonight or now.
_NOT_A_JOKE_ABOUT_WHERE_IT_ENDS = (
    r"(?:(?<!\bend\sup\s)(?<!\bbe\s)|(?=[^.!?]*\b(?:tonight|now|today)\b)|"
    r"(?![^.!?]*(?:\blol\b|\bhaha\w*|\blmao\b|😂|🤣)))"
)

DANGER_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # threats to hurt, kill, expose or report someone, weapons drawn, "snitches"
    "threats": (
        r"\bonly\s+(?:listen|notice|understand|take\s+notice)\s+when\s+(?:they|people|someone|"
        r"you)\s+(?:bleed|are\s+bleeding|burn)\b",
        _WILL_NOT_SEE_A_DATE,
        r"\b(?:said|says|say|saying|threatened|threatens|threatening|told\s+me|telling\s+me|"
        r"warned\s+me|texted|messaged|shouting|shouted|shouts|keeps\s+saying)\s+(?:that\s+|to\s+me\s+that\s+)?"
        r"(?:he|she|they|someone|people)\s*(?:"
        + _WILL
        + r"\s+"
        + _THREAT_ACT
        + _IF_EVERYDAY_TROUBLE
        + r"|"
        # the verb bare, as BSL-shaped English signs it: "NEIGHBOUR SAY HE KILL ME"
        r"\s(?:kill|stab|hurt|burn|beat|shoot)\s+(?:me|us)\b(?!\s+(?:at|in|to|with)\b)"
        + _IF_EVERYDAY_TROUBLE
        + r")",
        r"\b(?:if|unless)\s+(?:i|she|he|we|my\s+\w+)\s+(?:ever\s+)?(?:go|goes|come|comes|tell|tells|talk|"
        r"talks|speak|speaks|leave|leaves|report|call|calls|say|says|keep|do\s+not|does\s+not|"
        r"try|tries|stop|stops)\b"
        r".{0,60}\b(?:he|she|they|someone)\s*" + _WILL + _HESITATION + r"\s+" + _THREAT_ACT,
        r"\b(?:he|she|they)\s*(?:will|ll|is\s+going\s+to|are\s+going\s+to)\s+(?:hurt|harm|beat|"
        rf"kill|(?:get|find){_A_FAVOUR}|stab)\s+(?:me|us|my|her|him)\b" + _IF_EVERYDAY_TROUBLE,
        r"\bor\s+(?:else\s+)?(?:he|she|they|we)\s*" + _WILL + r"\s+" + _THREAT_ACT,
        r"\bkeep\s+(?:my|your|her|his)\s+mouth\s+shut\b|\bconsequences\s+if\s+(?:i|we|she|he)\b",
        # "he's going to teach me a lesson" as a punishment, not a lesson in something
        r"\b(?:he|she|they|my\s+(?:ex|husband|partner|boyfriend|girlfriend|wife|dad|stepdad|"
        r"brother|father|mother|mum))\b[^.!?]{0,40}?\b(?:is\s+going\s+to|are\s+going\s+to|will|"
        r"would|wants?\s+to|threaten\w*\s+to)\s+teach\s+(?:me|her|him|us|you|them)\s+a\s+"
        r"(?:proper\s+|real\s+|little\s+)?lesson\b(?=\s*(?:$|[.!?,;]|and\b|if\b|when\b|for\s+"
        r"\w+ing\b|tonight\b|this\s+time\b|once\s+and\s+for\s+all\b))",
        r"\bthreat(?:en(?:ed|s|ing)?)?\s+to\s+(?:kill|hurt|harm|beat|stab|burn|take|throw|kick|cut|"
        r"slash|shoot|rape|attack|firebomb|torch|smash|break|set\s+fire|throw\s+acid|"
        r"report|deport|evict|post|share|send|expose|ruin)",
        r"\b(?:death|violent|nasty|threatening|abusive)\s+(?:threats?|messages|texts|calls|"
        r"letters|notes|comments)\b",
        r"\b(?:got|getting|received|receiving|had|sent\s+me)\s+(?:\w+\s+)?threats\b",
        r"\b(?:they|he|she|people|someone|somebody)\s+(?:\w+\s+)?" + _KNOWN + r"\s+where\s+(?:i|we|"
        r"my\s+\w+|the\s+kids|she|he)\s+(?:live|lives|work|works|go|goes|stay|stays|sleep)",
        r"\b(?:find|found|finding)\s+out\s+where\s+(?:i|we|my\s+\w+)\s+(?:live|work|stay)",
        r"\b(?:snitch|snitches|grass|grassing|rat)\b.{0,40}\b(?:me|i\s+am|stitches|called|"
        r"calling|said|say)\b|\bsnitches\s+get\s+stitches\b|\b(?:i\s+am|me|as)\s+a\s+(?:grass|snitch)\b|"
        r"\bcall(?:ed|ing)?\s+me\s+a\s+"
        r"(?:grass|snitch|rat)\b",
        r"\bpulled\s+a\s+(?:knife|gun|blade)\b|\b(?:a|with\s+a|had\s+a|has\s+a|carrying\s+a)\s+"
        r"(?:knife|gun|machete|blade)\b.{0,40}\b(?:at|on)\s+(?:me|him|her|us)\b",
        # "he'll stab me if I tell"; not "my mum will kill me if I miss dinner", "shoot me now"
        r"\b(?:stab|shoot|kill|hurt|batter)\s+(?:me|you|us)\b(?!\s+now\b)"
        + _IF_EVERYDAY_TROUBLE
        + r".{0,20}\b(?:if|unless|when|next)\b",
        r"\b(?:i\s+will|ill|you\s+will|youll|i\s+am\s+going\s+to|you\s+are\s+going\s+to)\s+(?:get|be)\s+"
        r"(?:shanked|stabbed|bladed|merked|shot|battered|done\s+in|killed|jumped)\b|\bor\s+(?:i\s+will|ill|"
        r"you\s+will|youll)\s+get\s+hurt\b|\bknow\s+where\s+(?:you|your\s+\w+)\s+(?:live|lives|are|is|go|"
        r"goes|sleep)\b",
        r"\b(?:i\s+am|you\s+are|she\s+is|he\s+is|we\s+are)\s+dead\s+if\s+(?:i|you|she|he|we)\s+(?:go\s+"
        r"to|tell|talk|report|speak|say|grass|snitch)\b",
        r"\b(?:bullets?|knife|petrol|fireworks?|burning\s+rag|dead\s+\w+)\s+(?:through|in)\s+(?:my|our|the)\s+"
        r"(?:letter\s*box|door|window)\b",
    ),
    # following, turning up, watching, calling, tracking, after being told to stop
    "stalking": (
        r"(?<!dog\s)(?<!cat\s)(?<!puppy\s)(?<!kitten\s)(?<!toddler\s)"
        r"\b(?:followed|following|follows|follow)\s+(?:me|her|him|us|my\s+\w+)\s+(?:home|to|from|around|"
        r"everywhere|all\s+the\s+way|again|back|into|off|every|after)\b",
        r"\b(?:keeps|kept|keep)\s+(?:turning|showing|popping)\s+up\b",
        r"\b(?:after|even\s+though|but|since)\s+i\s+(?:have\s+|had\s+)?blocked\s+(?:him|her|them|his|"
        r"their)\b|\b(?:new|fake|different)\s+(?:accounts?|numbers?|profiles?)\s+to\s+(?:message|"
        r"contact|text|call|follow|find)\s+me\b",
        r"\b(?:waits?|waiting|is\s+there|appears?|hangs?\s+around|turns?\s+up)\s+(?:\w+\s+){0,5}"
        r"(?:every\s+time|whenever|each\s+time)\s+i\b",
        r"\b(?:withheld|private|unknown|blocked)\s+numbers?\b.{0,60}\b(?:every|keeps|night|again|"
        r"scared|breathing|silent|threat)|\bsilent\s+(?:phone\s+)?calls\b",
        r"\b(?:found|got\s+hold\s+of|tracked\s+down|worked\s+out|dug\s+up)\s+(?:out\s+)?my\s+(?:home\s+)?"
        r"address\b|\bcreepy\s+(?:notes?|messages?|texts?|letters?|stuff|things|comments|guy|man|"
        r"bloke|pictures|photos)\b",
        r"\b(?:turned|turning|turns|shows|showed|showing)\s+up\s+(?:again\s+)?(?:at|outside)\s+"
        r"(?:my|our|her|the\s+kids)\s+(?:\w+\s+)?" + _HOME + r"\b.{0,60}\b(?:again|times|every|"
        r"uninvited|even\s+though|order|drunk|night|shouting|banging|will\s+not\s+leave|not\s+"
        r"supposed|should\s+not)",
        r"\b(?:ex|ex\s*-?\s*\w+)\s+(?:\w+\s+){0,3}(?:turned|turns|turning|shows|showed)\s+up\b",
        r"\b(?:restraining|non\s*-?\s*molestation|protection|court|occupation)\s+order\b|"
        r"\beven\s+though\s+(?:there\s+is|he\s+has|she\s+has|i\s+have)\s+an?\s+(?:\w+\s+)?order\b",
        r"\b(?:outside|watching|parked\s+outside|sitting\s+outside|waiting\s+outside|hanging\s+"
        r"(?:around|round)|standing\s+outside)\s+(?:my|our|the|her)\s+(?:\w+\s+)?"
        + _HOME
        + r"\b.{0,60}(?:again|every|all\s+(?:night|day|the\s+time)|shouting|"
        + _FEAR
        + r"|scary|"
        r"watching|night|won|will\s+not)",
        r"\b(?:someone|somebody|a\s+(?:man|car|van|woman)|he|she|they)\s+(?:is\s+|has\s+been\s+|"
        r"keeps\s+)?(?:parked|sitting|waiting|watching|standing)\s+(?:outside|near|by)\s+(?:my|"
        r"our)\s+" + _HOME + r"\b.{0,40}\b(?:every|all|again|night|day)",
        r"\b(?:waiting|watching)\s+(?:for\s+)?me\s+(?:outside|near|by|at|after|every|when)\b",
        r"(?<!you\s)\b(?:keeps|kept|keep|been|constantly|always)\s+(?:messaging|texting|calling|ringing|"
        r"emailing|contacting|phoning|dming|following|sending)(?:\s+me\b)?.{0,50}(?:night|late|"
        r"stop|even\s+though|blocked|told\s+him|told\s+her|asked|creepy|scar|frighten|fear|"
        r"unsafe|uncomfortable|want|hundreds|every\s+day|different\s+numbers|watching|things|"
        r"pictures|photos)",
        r"\b(?:will\s+not|would\s+not)\s+(?:leave\s+(?:me|us|her)\s+alone|stop\s+(?:following|"
        r"contacting|messaging|calling|texting))\b",
        r"\b(?:saying|says|said)\s+(?:he|she|they)\s+(?:is|are)\s+watching\b",
        r"\b(?:sat|sitting|parked|waiting)\s+in\s+(?:his|her|their|a)\s+(?:car|van)\s+(?:at\s+the\s+end\s+of|"
        r"outside|opposite|across\s+from|near)\s+(?:my|our)\s+(?:road|street|house|flat|work)\b|\b(?:told|"
        r"warned)\s+(?:me\s+)?to\s+watch\s+my\s+back\b",
        r"\b(?:shouting|screaming|banging|kicking\s+off)\s+outside\s+(?:my|our)\s+(?:flat|house|door|"
        r"window|home)\b",
        r"\bbang(?:s|ed|ing)?\s+on\s+(?:my|the|our)\s+(?:front\s+)?(?:door|window)s?\b"
        r"(?!\s+(?:to\s+(?:let|get)|for\s+(?:the|a)\s+(?:parcel|delivery)))",
        r"\bex\b.{0,60}\b(?:waiting|outside\s+(?:my|the)|(?:turn|show)(?:s|ed|ing)?\s+up|following|"
        r"found\s+out\s+(?:where|about)|watching|knows\s+where|posting\s+about\s+me)\b",
        r"\b(?:asking|asked|asks)\s+(?:\w+\s+){0,3}where\s+i\s+(?:am|live|work|go)\b",
        r"\b(?:been|keeps?|kept|started)\s+leaving\s+(?:\w+\s+)?(?:notes?|letters?|messages?|things|stuff|"
        r"flowers)\s+(?:under|on|through|at|outside)\s+my\b",
        r"\b(?:keeps|kept|keep|always|been|is\s+always)\s+(?:\w+\s+){0,2}(?:sitting|parked|parking|"
        r"waiting|standing|hanging\s+around|driving\s+past)\b.{0,40}\b(?:my|our)\s+(?:house|flat|home|"
        r"work|door|building)\b",
        r"\bsame\s+(?:car|van|man|person)\s+(?:every|each|again)\b",
        r"\bdead\s+(?:birds?|animals?|rats?|cats?|flowers)\s+(?:on|at|through|outside)\s+(?:my|our)\b",
        r"\bbreathing\s+(?:down\s+the\s+phone|on\s+the\s+(?:phone|line))|\bheavy\s+breathing\b|(?<!you\skeep\s)(?<!you\sare\s)\b(?:messaging|"
        r"texting|calling|ringing)\s+me\s+(?:at|every)\s+(?:\d+\s*am|night|midnight)\b|\bkeeps\s+coming\s+"
        r"(?:round|back|to\s+my)\b|\bfind\s+out\s+where\s+(?:i|we)\s+(?:am|are)\s+(?:living|staying)\b",
        r"\bnot\s+(?:meant|supposed|allowed)\s+to\s+(?:be\s+|come\s+|go\s+)?(?:near|contact|anywhere\s+"
        r"near)\s+(?:me|us|the\s+kids|my|her)\b|\bgoing\s+through\s+my\s+bins\b",
        r"\bkeeps\s+(?:waiting|watching|hanging\s+around|standing)\b.{0,40}\bevery\s+(?:morning|day|"
        r"night|evening|time)\b|\b\d+\s+(?:missed\s+)?(?:calls|texts|messages)\s+from\s+(?:my\s+)?"
        r"(?:ex|him|her)\b",
        r"\b(?:he|she|they|my\s+ex)\s+(?:is|are)\s+outside\s+again\b",
        r"\b(?:same\s+(?:man|woman|person|car|guy|bloke)|he|she|they)\b.{0,30}\beverywhere\s+i\s+go\b|"
        r"\bfake\s+(?:profiles?|accounts?)\b.{0,40}\b(?:me|my)\b|\bknows\s+(?:my|her)\s+(?:daily\s+)?"
        r"(?:routine|every\s+move|movements)\b|\b(?:texts|tells|messages)\s+me\s+what\s+i\s+am\s+"
        r"(?:wearing|doing)\b",
        r"\b(?:keeps|kept)\s+(?:messaging|texting|calling|ringing)\s+me\b.{0,40}\b(?:turned|showed|turns|"
        r"shows)\s+up\b",
        r"\bposted\s+my\s+(?:photo|picture|address|details|name|street)\b",
        r"\b(?:films|filming|photographs|photographing|takes\s+(?:pictures|photos)\s+of)\s+me\s+(?:every|"
        r"when|whenever|from|through|all)\b|\b(?:picture|photo)\s+of\s+my\s+(?:own\s+)?(?:front\s+door|"
        r"house|flat|car|kids|street)\b(?!\s+(?:for|to\s+the))",
        r"\bchased\s+(?:me|us|her|him)\s+(?:home|down|through|off|out|all)\b|\b(?:i\s+|we\s+)?(?:was|"
        r"were)\s+chased\s+(?:home|down|off|out|by)\b",
        r"\b(?:been|came|come|coming)\s+round\s+(?:my|our)\s+(?:house|flat|mums|place)\b.{0,30}\b(?:twice|"
        r"again|threat|every|times)\b|\b(?:family|mates|friends)\s+of\s+(?:a|the)\s+\w+\s+i\s+reported\b",
        # gifts or letters every day from someone not her own, who waits near or gets inside
        r"^(?!.*\bmy\s+(?:husband|wife|partner|boyfriend|girlfriend|fiancee?|other\s+half|mum|"
        r"dad|son|daughter|nan|gran|grandad|grandson|granddaughter|nephew|niece|sister|brother|"
        r"kids|children|friend|bestie)\s+(?:\w+\s+)?(?:sends|leaves))(?=.*"
        + _UNASKED_EVERY_DAY
        + r")(?=.*"
        + _NEAR_WHERE_I_LIVE
        + r")",
    ),
    # county lines, cuckooing, debts worked off, papers kept, unpaid work, grooming
    "exploitation": (
        # the named forms, when they are happening to someone rather than discussed as a topic
        r"\b(?:in|into|doing|running|for|involved\s+(?:in|with)|caught\s+up\s+in|pulled\s+into|"
        r"groomed\s+(?:for|into)|working)\s+county\s+lines\b|\bcuckoo(?:ed|ing)\b|\bloan\s+sharks?"
        r"\b.{0,40}\b(?:owe|threat|after\s+me|hurt|scared)|\btrafficked\b|\btrafficking\s+(?:me|"
        r"her|him|them)\b|\b(?:victim\s+of|trapped\s+in|in|into)\s+modern\s+slavery\b",
        r"\b(?:being|been|is|was|get|got|are)\s+(?:used|made|forced|groomed)\s+to\s+(?:sell|carry|"
        r"deliver|hold|move|run|stash)\b|\b(?:run|running|ran)\s+drugs\b",
        _HELD_FOR_A_DEBT,
        r"\b(?:never|not)\s+(?:been|being)\s+paid\s+(?:in|for)\s+(?:months|years|\d+|a\s+year|weeks)\b|"
        r"\b(?:pay\s+back|owe\s+(?:them|him|her)?)\s*(?:\S+\s+){0,3}before\s+i\s+can\s+leave\b|\bcan\s+not"
        r"\s+leave\s+(?:until|till)\s+i\s+(?:pay|have\s+paid)\b",
        r"\b(?:been|gone|went|is|has\s+been)\s+missing\s+(?:for\s+)?(?:\d+|two|three|four|several|a\s+few)"
        r"\s+(?:days|nights|weeks)\b|\bgetting\s+into\s+(?:a|the)\s+car\s+with\s+(?:older|strange)\b",
        r"\b(?:moved|moving|move)\s+(?:in|into)\s+(?:my|her|his|their)\s+(?:\w+\s+)?(?:flat|house|home|place)\b"
        r".{0,60}\b(?:will\s+not\s+(?:leave|go)|dealing|drugs|selling|scared|terrified|frightened|"
        r"taken\s+over)|"
        r"\b(?:dealing|selling)\s+(?:drugs\s+)?(?:from|out\s+of)\s+(?:my|her|his|their|the|it)\b",
        r"\b(?:made|makes|making|forced|forces|forcing|using|uses|used|getting|gets|got|asking|asks|"
        r"asked|paying|pays|paid)\s+(?:me|her|him|them|(?:my|a|her|his|their)\s+(?:\w+\s+){0,2}|kids|"
        r"children|young\s+people)\s*(?:to\s+)?(?:sell|carry|deliver|hold|move|run|stash|drop\s+off|"
        r"courier|keep|hide)\s+(?:\w+\s+)?(?:drugs|things|stuff|packages|parcels|bags|weed|gear|"
        r"for\s+(?:them|him))",
        r"\b(?:we|they|i)\s+never\s+get\s+paid\b|\b(?:boss|employer|gangmaster)\s+(?:\w+\s+){0,3}"
        r"(?:never|does\s+not)\s+pay\s+(?:us|me|them)\b|\b\d+\s+of\s+us\s+(?:living\s+|sleeping\s+)?"
        r"in\s+(?:a|one)\s+(?:\d|one|two|three)\s*-?\s*bed",
        r"\b(?:made|forced|being\s+made|used)\s+to\s+(?:transport|take|drive|ferry|courier)\s+(?:stuff|"
        r"things|packages|parcels|drugs|bags)\b|£\s?[0-4](?:\.\d+)?\s+(?:an|a|per)\s+(?:hour|day)\b|"
        r"\bsleep\w*\s+on\s+a\s+mattress\s+(?:in|on)\s+the\s+(?:kitchen|floor|storeroom|garage|shed)\b",
        r"\b(?:housework|cleaning|cook\w*|look\s+after\s+(?:her|his|their)\s+kids)\b.{0,60}\b(?:do\s+not|"
        r"does\s+not|can\s+not|not\s+allowed\s+to)\s+go\s+to\s+school\b",
        r"\b(?:made|forced|having)\s+to\s+(?:sell|carry|deliver|run|move)\s+(?:drugs|things|"
        r"stuff|packages|for\s+(?:them|a\s+gang))",
        r"\b(?:running|selling|dealing|carrying)\s+drugs\s+for\b",
        r"\b(?:made|making|forced|forcing)\s+to\s+work\b(?!\s+(?:on|this|next|late|overtime|extra|the|a)\b)|\bwork(?:ing)?\s+for\s+(?:no|nothing)\s+"
        r"(?:money|pay|wages)?\b(?!\s+(?:on|at)\s+(?:the|a)\s+(?:charity|event))",
        r"\b(?:work|working|worked)\s+(?:for|at)\b.{0,50}\b(?:do\s+not|does\s+not|did\s+not|never|"
        r"will\s+not)\s+pay\s+(?:me|her|him|them|us)\b",
        r"\b(?:can\s+not|not\s+allowed\s+to|is\s+not\s+allowed\s+to)\s+leave\s+(?:the|her|his|"
        r"their|my)\s+(?:house|flat|place|room)\s+(?:she|he|they|i)\s+(?:works?|working|lives?|"
        r"is\s+kept|are\s+kept|stays?)\b",
        r"\b(?:took|taken|takes|keeps?|kept|has|have|holding)\s+(?:my|her|his|their|our|all\s+(?:our|"
        r"their))\s+(?:passports?|documents|papers|ids?)\b",
        r"\b(?:owe|owes|owed|in\s+debt\s+to)\s+(?:money\s+)?(?:to\s+)?(?:some|a|the|these|those)?"
        r"\s*(?:men|people|guys|gang|dealers?|lads|man|them)\b.{0,60}\b(?:hurt|kill|pay|work|"
        r"threat|or\s+else|interest|after\s+me|come\s+for|take)",
        r"\b(?:taken|took|taking)\s+over\s+(?:my|her|his|their)\s+(?:\w+\s+)?(?:flat|house|home)\b",
        r"\bowes?\s+(?:them|some\s+(?:men|people|lads))\b.{0,50}\b(?:been\s+to|came\s+to|round|outside|"
        r"threat\w*|hurt|after)\b",
        r"\b(?:using|use|used)\s+(?:my|her|his|their)\s+(?:\w+\s+)?(?:flat|house|home|place)\s+(?:to|for|as)\s+"
        r"(?:sell|deal|store|stash|drugs)",
        r"\b(?:older|grown)\s+(?:men|man|boys|lads|people)\b.{0,60}\b(?:giving|gives|gave|bought|"
        r"buys|picking|picks|picked)\s+(?:her|him|them)\b",
        r"\b(?:exploited|exploiting|grooming|groomed|being\s+controlled\s+by)\b",
        # a young person picked up by older men, coming back with things or not at all
        r"^(?=.*" + _YOUNG + r")(?=.*" + _OLDER_MEN + r")(?=.*" + _IN_CARS + r")",
        r"^(?=.*" + _YOUNG + r")(?=.*" + _OLDER_LADS + r")(?=.*" + _GIFTS_OR_MISSING + r")",
        # a young person with a grown man who buys them things, takes them out, calls it dating
        r"^(?=.*" + _YOUNG + r")(?=.*" + _ADULT_MAN + r")(?=.*" + _WITH_A_MAN + r")",
        # sent away with packages, dealers in the flat, unpaid work, a debt for the journey
        r"\b(?:sent|sending|going|travelling|taken)\s+(?:\w+\s+){0,3}(?:other|another|different)\s+"
        r"(?:towns?|cities|city|areas?)\s+(?:with|carrying|to\s+(?:deliver|drop))\b",
        r"\bdealers?\s+(?:in|at|using)\s+(?:my|her|his|our|their)\s+(?:flat|house|home)\b|\bcan\s+not"
        r"\s+get\s+(?:them|him)\s+(?:to\s+leave|out)\b",
        r"\b(?:work|working|worked)\s+(?:at|in)\s+(?:a|the)\s+(?:\w+\s+){0,2}for\s+(?:no|nothing)\b|"
        r"\bowe\s+(?:them|him|her)?\s*for\s+(?:my|the)\s+(?:travel|flight|journey|transport|visa|room|"
        r"bed|papers)\b",
        # a debt for being brought here, and kept in: never let out, no days off, living at work
        "^"
        + every_one_of(
            r"\b(?:owes?|owed|in\s+debt|pay\s+(?:it\s+)?back)\b.{0,30}\bfor\s+(?:bringing|getting|"
            r"taking)\s+(?:her|him|me|them|us)\s+(?:here|over|to\s+(?:the\s+uk|england|london))\b",
            r"\b(?:never|not)\s+(?:allowed|let)\s+(?:out|to\s+(?:go\s+out|leave))\b|\bno\s+days?\s+"
            r"off\b|\b(?:lives?|sleeps?|living|sleeping)\s+(?:above|behind|at|in)\s+the\s+(?:shop|"
            r"salon|restaurant|bar|factory|car\s+wash|takeaway)\b",
        ),
        # an older man or "the guy I'm seeing" who says she owes him, and she must be nice to or
        # sleep with his mates; not a brother owed a pint
        r"^(?=.*\b(?:(?:guy|man|bloke|lad|fella|boy|someone)\s+(?:i\s+am\s+|i\s+have\s+been\s+)?"
        r"(?:seeing|dating|talking\s+to|with)|older\s+(?:man|guy|bloke|lad|boyfriend|fella)|"
        r"boyfriend)\b)(?=.*\b(?:says|said|tells\s+me|told\s+me|reckons|keeps\s+saying)\s+(?:that\s+)?"
        r"i\s+owe\s+him\b)(?=.*\b(?:have\s+to|got\s+to|must|makes\s+me|made\s+me|expects\s+me\s+to|"
        r"wants\s+me\s+to)\s+(?:be\s+nice\s+to|sleep\s+with|be\s+with|hook\s+up\s+with|do\s+stuff\s+"
        r"with|keep\s+(?:\w+\s+)?happy|look\s+after)\s+(?:his|him\s+and\s+his)\s+(?:mates|friends|"
        r"pals|boys|lads|cousins|brothers)\b)",
        r"\b(?:live|living|sleep|sleeping)\s+(?:\w+\s+){0,6}(?:never|do\s+not|does\s+not)\s+get\s+"
        r"paid\b|\bnever\s+get\s+paid\b(?!\s+(?:on\s+time|enough))",
        r"\b(?:make|makes|made|making|force|forces|forced)\s+(?:me|us|her|him|them)\s+work\b.{0,40}"
        r"\b(?:hours|can\s+not\s+leave|no\s+pay|for\s+nothing|every\s+day|days\s+a\s+week)\b",
    ),
    # a child hurt or neglected, heard through the wall, left alone for days
    "a child or an adult at risk": (
        r"\b(?:worried|concerned|scared|frightened)\s+(?:about|for)\s+(?:a|the|this|my|our|that|"
        r"one\s+of\s+the)\s+(?:\w+\s+)?(?:child|kid|girl|boy|baby|young\s+person|teenager|lad)s?"
        r"\s+(?:safety|welfare|wellbeing|being\s+hurt)",
        r"\b(?:child|kid|children|kids|baby|boy|girl)\s+(?:is|are|being|was|were)\s+"
        r"(?:being\s+)?(?:hurt|abused|neglected|hit|beaten|starved|in\s+danger|at\s+risk)",
        r"\b(?:worried|concerned)\s+(?:about|for)\s+(?:a|the|this|my|one\s+of\s+the)\s+"
        r"(?:child|kid|children|kids)\s+(?:at|in)\s+the\s+(?:creche|kids\s+room)",
        # neglect: left alone, not fed, nobody looking after them
        _CHILD
        + r".{0,60}\b(?:(?:left\s+(?:alone|on\s+(?:their|his|her)\s+own)|home\s+alone)\s+"
        + DURATION
        + r"|always\s+(?:hungry|dirty|starving)"
        + EVERYDAY_HUNGER
        + r"|(?:look|looks|looked|"
        r"seem|seems)\s+(?:so\s+|really\s+|very\s+)?(?:hungry|starving|thin|neglected|dirty|"
        r"scared|terrified)|(?:is|are)\s+starving|not\s+(?:being\s+)?fed|no\s+one\s+(?:is\s+)?"
        r"(?:looking\s+after|feeding)|nobody\s+(?:is\s+)?(?:looking\s+after|feeding)|screaming\s+"
        r"every|has\s+bruises|had\s+bruises|bruises\s+on)",
        r"\b(?:leaves|left|leave)\s+(?:her|his|their|the)\s+(?:\w+\s+year\s+old|kids?|children|son|"
        r"daughter)\s+(?:to\s+look\s+after|in\s+charge\s+of|alone\s+with)\b",
        # children whose parent has not come back for days, with no one else minding them
        "^"
        + every_one_of(
            _CHILD,
            r"\b(?:mum|mother|dad|father|parents?)\s+(?:has|have|had)\s+not\s+(?:been|come)\s+"
            r"(?:back|home)\s+(?:since|for)\s+(?!(?:an?|one|two|half)\s+(?:hour|min))",
            r"\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:is\s+|has\s+been\s+)?(?:looking\s+after|"
            r"watching|minding|feeding|with)\s+them\b",
        ),
        r"\b(?:left|leaves|leave)\s+(?:the|her|his|their|my)\s+(?:\w+\s+)?(?:kids|children|baby|"
        r"son|daughter|toddler)\s+(?:alone|on\s+their\s+own|home\s+alone)\s+" + DURATION,
        # a baby or toddler left alone while the parent works nights or goes out
        "^"
        + every_one_of(
            r"\b(?:[1-5]\s*(?:yo|year\s+old|yr\s+old)|baby|toddler|newborn|infant)\b",
            r"\b(?:leave|left|leaving)\s+(?:her|him|them|the\s+(?:baby|kids?|little\s+one))\s+"
            r"(?:(?:alone|on\s+(?:her|his|their)\s+own)(?:\s+in\s+the\s+\w+)?|(?:asleep\s+)?in\s+"
            r"(?:the|her|his|their)\s+(?:cot|crib|pram|room|flat))\s+(?:when|while|whilst)\s+i\s+"
            r"(?:do|am\s+(?:at|on|doing)|go\s+(?:to|out)|work)\s+(?:my\s+|a\s+|the\s+)?(?:night\s+)?(?:shifts?|nights|out|"
            r"the\s+pub|clubbing)\b",
        ),
        r"\b(?:hear|heard|hearing)\s+(?:someone|him|her|them|a\s+man|a\s+woman)\s+(?:hitting|"
        r"beating|hurting|screaming\s+at|shouting\s+at|attacking)\s+(?:them|her|him|the|his|their)",
        r"\b(?:hear|heard|hearing)\s+(?:it|them|him|her)\s+(?:now|right\s+now|through\s+the\s+wall)",
        r"\b(?:has|have|had|with)\s+not\s+(?:fed|fed\s+me|fed\s+her|fed\s+him|washed)\b|"
        r"\b(?:has|have|had)\s+not\s+been\s+(?:fed|washed|changed)\b|\bnot\s+fed\s+(?:me|her|him)\b",
        r"\b(?:hits|beats|hurts|abuses|touches|locks)\s+(?:her|him|them)\b.{0,40}\b(?:she|he|they)"
        r"\s+(?:is|are)\s+(?:\d+|only|a\s+child|little|young)",
        # a young child lost now, at the venue or out
        _NOT_LOST_NOW + every_one_of(_LOST_CHILD, _LOOKING_NOW),
    ),
    # a child kept by a parent and taken for good, or out of the country
    "a child taken by a parent": (
        "^" + every_one_of(_NOT_GIVEN_BACK, f"{_NEVER_AGAIN}|{_FLOWN_OUT}"),
        "^" + every_one_of(_SNATCHED, _NEVER_AGAIN),
    ),
    # nowhere to sleep tonight, sleeping rough, thrown out, a home unfit for children
    "nowhere to sleep": (
        r"\b(?:got|have|has)\s+no\s*where\b(?!\s+(?:to\s+(?:park|put|store|leave|charge|plug|sit|"
        r"eat)|for\s+(?:the|my|our)\s+(?:bike|car|buggy|pram)))|\bno\s*where\s+tonight\b",
        r"\bon\s+the\s+streets?\s+(?:tonight|now|with)|\bchanged\s+the\s+locks\b|\b(?:me|we|i|us|"
        r"the\s+kids)\s+(?:\w+\s+){0,3}(?:are|am|will\s+be|is)\s+on\s+the\s+streets?\b|\blocked\s+"
        r"(?:me|us)\s+out\b.{0,40}\b(?:tonight|no\s*where|kids|street|night)",
        r"\b(?:no\s*where|no\s+place|nothing|no\s+one|nobody)\s+(?:else\s+)?(?:to|i\s+can|we\s+can)\s+(?:sleep|"
        r"stay|go|live)\b(?!\s+(?:for\s+(?:lunch|food|the\s+session)|on\s+saturday\s+morning))",
        r"\b(?:i\s+am|we\s+are|i\s+have\s+been|been|became|become|made|now|currently|going\s+to\s+"
        r"be|will\s+be|left|i\s+was)\s+(?:\w+\s+)?homeless\b(?!.{0,40}\b(?:while|staying\s+with\s+"
        r"(?:my|a)|rewir\w+|renovat\w+|building\s+work))",
        r"\bhomeless\s+(?:since|for|again|now|tonight|with)\b(?!.{0,40}\b(?:while|staying\s+with\s+"
        r"(?:my|a)|rewir\w+|renovat\w+|building\s+work))",
        r"\bsofa\s*-?\s*surf\w*\b",
        # where to sleep tonight, asked after being put out or with no money
        r"^(?=.*\btonight\b)(?=.*\b(?:no\s+money|no\s+place|must\s+leave\s+(?:today|tonight|now)|"
        r"(?:put|kicked|thrown)\s+(?:me|us)\s+out|evicted)\b).*\bwhere\s+(?:will\s+|do\s+|can\s+|"
        r"shall\s+)?(?:i|we)\s+sleep\b",
        # a home not fit to live in, with children in it
        r"\b(?:no\s+(?:heating|heat|hot\s+water|electric\w*|gas|food)|mould|damp|ceiling\s+"
        r"(?:collapsed|fell\s+in))\b.{0,60}\b(?:baby|kids|children|toddler|son|daughter)\s+(?:\w+\s+)?"
        r"(?:is|are|keeps?)\s+(?:\w+\s+)?(?:ill|sick|poorly|coughing|wheezing|freezing|cold|hungry)\b",
        r"\b(?:sleeping|slept|sleep)\s+(?:on|in)\s+(?:a\s+|the\s+)?(?:night\s+bus(?:es)?|buses|bus|benches|"
        r"bench|stairwells?|car\s+parks?|a\s*and\s*e|24\s+hour\s+\w+)\b",
        # not a night in the car or a tent on a fishing or camping trip
        r"^(?!.*\b(?:fishing|camping|campsite|festival|road\s*trip|surfing|stargazing)\b).*?"
        + _NOT_A_JOKE_ABOUT_WHERE_IT_ENDS
        + r"\b(?:sleeping|slept|sleep|living|staying)\s+(?:rough|on\s+the\s+streets?|in\s+(?:my|"
        r"the|a|our)\s+(?:car|van|park|station|tent|doorway|bus\s+station|stairwell)|on\s+(?:a|"
        r"the)\s+(?:bench|street|floor\s+of\s+a))\b",
        r"\b(?:kicked|thrown|threw|throw|put|locked)\s+(?:me|us|her|him|my\s+\w+)?\s*out\b"
        r".{0,40}\b(?:tonight|today|last\s+night|no\s*where|street|nothing|kids|children|stuff|things|"
        r"freezing|raining)",
        r"\b(?:threw|thrown|put|chucked)\s+(?:all\s+)?(?:my|our|her)\s+(?:stuff|things|belongings|"
        r"bags|clothes)\s+(?:out|on\s+the\s+street)",
        # not an eviction with its year told beside a home found since ("now settled")
        r"\b(?:been|being|got|getting)\s+evicted\b(?![^.!?]{0,40}\b(?:last\s+(?:year|month|"
        r"spring|summer|autumn|winter)|years?\s+ago|months\s+ago|back\s+in|in\s+(?:19|20)\d\d)\b"
        r".{0,120}\b(?:now\s+(?:\w+\s+){0,2}(?:settled|housed|sorted|fine|ok|okay|safe)|(?:settled|"
        r"housed|sorted)\s+now))"
        r".{0,80}\b(?:tonight|today|now|no\s*where|street|kids|children|baby|daughter|son)\b",
        r"\b(?:have|got)\s+to\s+(?:leave|be\s+out)\s+(?:(?:of\s+)?(?:the|my|our)\s+\w+\s+)?(?:by\s+)?"
        r"(?:tonight|today)\b.{0,40}"
        r"|\b(?:hostel|refuge|shelter|b\s*and\s*b)\b.{0,60}\b(?:tonight|no\s*where)\b",
    ),
    # fear of the police, immigration or social services, an abuser who is an officer
    "fear of the police or officials": (
        rf"\b{UNDENIED}{_FEAR}\s+of\s+(?:the\s+)?{_OFFICIALS}\b(?!\s+(?:session|topic|talk|"
        r"presentation|speaker|question|panel|part|bit|bits|day))(?!.{0,40}\b(?:my\s+view|in\s+general|"
        r"personally|the\s+news|opinion))",
        r"\b"
        + _FEAR
        + r"\s+(?:that\s+)?(?:the\s+)?"
        + _OFFICIALS
        + r"\s+(?:will|might|would|are\s+"
        r"going\s+to|could)\s+(?:come|arrest|find|take|deport|hurt|target|raid|harass|watch|follow|"
        r"get|stop|pick\s+me\s+up|be\s+waiting|turn\s+up|know|think)",
        r"\b(?:police|officers?|cops|immigration|home\s+office|policeman)\b.{0,60}\b(?:come\s+"
        r"after\s+me|coming\s+(?:after|for)\s+me|targeting\s+me|harass\w*\s+me|intimidat\w*\s+me|"
        r"threaten\w*\s+me|scared\s+me|frighten\w*\s+me|watching\s+me|following\s+me|outside\s+my|"
        r"(?:coming|came)\s+to\s+my\s+(?:house|flat|home|door)|hurting\s+me|hit\s+me|"
        r"keeps\s+(?:texting|calling|"
        r"stopping|sitting)|stopped\s+me\s+(?:in\s+the\s+street|again)|deport|arrest\s+me)",
        r"\b(?:intimidated|threatened|scared|frightened|targeting)\s+(?:me|by)\b.{0,30}\b(?:police|"
        r"officers?)\b",
        r"\b(?:in\s+my\s+country\s+)?police\s+(?:is|are)\s+dangerous\b",
        r"\bcan\s+not\s+(?:go\s+to|tell|call|ring|trust|report\s+(?:it|him|her|them)\s+to)\s+(?:the\s+)?"
        r"police\b.{0,40}\b(?:he|she|they|because|scared|afraid|will|would)\b",
        r"\b(?:if|when)\s+i\s+(?:report|tell|say|go\s+to)\b.{0,40}\b" + _OFFICIALS + r"\s+(?:will|"
        r"would|might|could)\s+(?:take|deport|arrest|send|lock)",
        # not "people (on my estate) are scared to call the police", a topic for the agenda
        r"(?<!people\s)(?<!people\sare\s)(?<!people\sbeing\s)(?<!residents\sare\s)(?<!many\sare\s)"
        r"\b(?:darent|dare\s+not|too\s+scared\s+to|scared\s+to|afraid\s+to|frightened\s+to)\s+"
        r"(?:report|tell\s+(?:anyone|the\s+police|someone)|call\s+(?:999|the\s+police)|ring\s+999)\b|\btake\s+(?:my|the)\s+(?:kids|children|"
        r"baby)\s+(?:off|away\s+from)\s+me\b",
        r"\bvisa\s+(?:is\s+)?(?:tied|linked|depends|attached)\s+(?:to|on)\s+(?:him|her|my\s+\w+)\b|"
        r"\b(?:please\s+)?do\s+not\s+(?:tell|call|involve|contact)\s+the\s+police\b(?!\s+on\b)",
        r"\b(?:can\s+not|scared\s+to|afraid\s+to)\s+report\b.{0,40}\b(?:visa|deport\w*|immigration|"
        r"papers|status)\b|\bspousal\s+visa\b.{0,40}\b(?:scared|can\s+not|he|she|leave|report)\b|"
        r"\b(?:will\s+not|not\s+going\s+to|never)\s+(?:call|ring)\s+(?:999|the\s+police)\b.{0,40}\b(?:last\s+"
        r"time|took|because|they\s+will)\b|\b(?:police|they|no\s+one|nobody)\s+(?:will\s+not|would\s+not|"
        r"do\s+not|never)\s+believe\s+me\b|\bsend\s+(?:me|us|her|him)\s+back\s*(?:$|[.!,]|home|to\s+"
        r"(?:my|her|his|their)\s+country)",
        r"\barrested\s+me\s+(?:instead\s+of|and\s+not|not)\s+(?:him|her)\b|\b(?:police|officers?|cops?)\b.{0,30}\b(?:is|are)\s+"
        r"(?:his|her|their)\s+(?:mate|mates|friend|friends|brother|cousin|pal)\b",
        r"\b(?:family|kids|children|mum|son|daughter)\s+(?:\w+\s+){0,2}will\s+(?:suffer|pay|get\s+hurt|"
        r"be\s+hurt|regret\s+it)\b",
        r"\b(?:deport|deported|report\s+me\s+to\s+immigration|call\s+immigration)\b.{0,40}"
        r"\b(?:if|threat|scared|afraid)\b",
    ),
}
