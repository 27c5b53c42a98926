"""The English phrase net, part five: the warning signs said sideways, without a word of risk.

Safeguarding and clinical warning-sign lists name things people do or say before or around a
crisis that read as ordinary on their face: affairs put in order and belongings given away or
handed to friends, a goodbye with no "goodbye" ("soon you will not have to worry for me"), the
feeling of being a burden passed on by an interpreter with letters written to the children,
self-harm that has come back ("cut again"), injuries kept out of sight, no memory of saying yes, a
note that only says "help", workers who never go home, a child who does not want to go home, is
asked for pictures (or got to send them by a man online who arranges to meet) or is got dealing by
older men or off with the "olders" and out of reach, or given things by an older "friend" and out
with him at night or picked up in a car by a man no one knows and back with new things, a threat
in street words ("shank"), a note through the letterbox, a scarf torn
off, a threat to the children, "ending it tonight" with a goodbye or beside a session called off,
the pets taken on by someone beside the assembly called "a good last thing to be part of", a cut
gone deep that will not stop, someone gone quiet who says they will drive off "and not come back",
a child who says an adult plays "secret games" with her. Each entry is a sign and the few shapes
it is said in; text has been through safeguarding_words.normalise ("i am", "will not", "can not",
"any more", "no where").
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_self import AWAY_ON_A_TRIP
from bot.gateway.safeguarding_words import every_one_of

_BODY_PART = r"arms?|wrists?|legs?|thighs?|stomach|skin|hips?|ribs?"
_BODY = f"(?:{_BODY_PART})"
_WOUNDS = r"(?:cuts|burns|wounds|scars|slashes|scratches|cigarette\s+burns)"
# A reason for a mark on the body that is no risk at all.
_HARMLESS_MARK = (
    r"(?!.{0,50}\b(?:sunburn\w*|tan|tattoo\w*|eczema|psoriasis|rash|shav\w*|mosquito|bites?|"
    r"surgery|operation|chickenpox|cat|dog|garden\w*|brambles?|lol|haha)\b)"
)
_PICTURES = r"(?:pics|pictures|photos|nudes|selfies|images|videos|snaps)"
_CHILD_AGE = r"(?:\d{1,2}\s*(?:yo|y\s*o|yr\s+old|yrs?\s+old|year\s+old)|under\s*age|underage)"
# A man (online, or a stranger) getting a child to send pictures, with the contact online or a
# meeting arranged; not a club leader collecting photos of a child's drawings for a show.
_MAN_GETS_CHILD_TO_SEND = (
    r"\b(?:man|men|guy|bloke|stranger|adult|someone|somebody|he)\s+(?:online\s+)?(?:\w+\s+){0,3}?"
    r"(?:getting|got|making|made|telling|told|persuad\w+|convinc\w+|pushing)\s+(?:my|our|her|his|"
    r"a)\s+(?:\w+\s+){0,3}?(?:" + _CHILD_AGE + r"|daughter|son|niece|nephew|kid|child|girl|"
    r"boy)\s+to\s+send\s+(?:him\s+)?(?:\w+\s+)?" + _PICTURES + r"\b"
)
_ONLINE_OR_MEETING = (
    r"\b(?:online|on\s+(?:snap\w*|insta\w*|tiktok|discord|roblox|the\s+game)|arranged\s+to\s+"
    r"meet|meet\s+(?:her|him|them|up)|thinks\s+he\s+is\s+(?:1\d|only)|keep\s+it\s+"
    r"(?:a\s+)?secret)\b"
)

# A child under 18 by their age, or a little relative.
_UNDER_18 = (
    r"\b(?:(?:is|aged)\s+(?:only\s+|just\s+)?(?:1[0-7]|[89])|(?:1[0-7]|[89])\s*(?:yo|year\s+old|"
    r"yrs?\s+old))\b|\b(?:lil|little|younger|baby)\s+(?:cousin|brother|sister|bro|sis|nephew|"
    r"niece)\b"
)
# County lines told by its signs: away with the "olders" and out of reach or come back hurt;
# not a team's tour or a school trip with the phones kept by the coaches.
_WITH_OLDERS = (
    r"\b(?:olders|elders|older\s+(?:lads|boys|men|guys|ones)(?!\s+from\s+(?:the\s+)?(?:club|"
    r"team|school|year)))\b"
)
_AWAY_OR_HURT = (
    r"\b(?:no\s+contact|not\s+(?:answering|picking\s+up|replying)|phone\s+(?:has\s+been\s+|is\s+"
    r")?(?:off|dead)|missing|out\s+of\s+town|(?:gone|away)\s+(?:for\s+)?(?:\d+|two|three|four|"
    r"five|a\s+few|several)\s+days|stab\s+wound|stabbed|slashed)\b"
)
_A_TRIP = r"^(?!.*\b(?:tour|camp|school\s+trip|residential|scouts|cadets|coach|coaches|dofe)\b)"
# A child given things by an older "friend" and out with him at night or come home upset.
_OLDER_FRIEND = (
    r"\b(?:(?:[2-5]0\s*-?\s*something|older|grown(?:\s+up)?|adult)\s+(?:\w+\s+)?(?:friend|man|"
    r"men|guy|guys|bloke|boyfriend|mate)|(?:friend|boyfriend|guy|man|bloke)\s+(?:who\s+is\s+|"
    r"in\s+his\s+)(?:[2-5]\d|twenties|thirties|20s|30s))\b"
)
_GIFTS = (
    r"\b(?:(?:a\s+)?new\s+(?:\w+\s+)?(?:phone|iphone|trainers|clothes|jacket|nails|bag)|"
    r"(?:bought|buys|buying)\s+(?:her|him)|gifts?|presents|cash)\b"
)
_OUT_WITH_HIM = (
    r"\b(?:picked\s+up\s+(?:\w+\s+)?(?:in|by)\s+(?:\w+\s+)?cars?|(?:getting|gets|got)\s+(?:into|"
    r"in)\s+(?:\w+\s+)?cars?|out\s+(?:all\s+night|at\s+night|late)|(?:came|comes|coming)\s+"
    r"(?:back|home)\s+(?:\w+\s+){0,3}?(?:drunk|smelling|crying|high|stoned|upset|at\s+\d)|"
    r"(?:goes|went|gone)\s+missing)\b"
)
# A man the family does not know who picks her up in a car; not a taxi, a friend's dad or a
# lift share.
_A_MAN_PICKS_HER_UP = (
    r"\b(?:a|an|some|this|the\s+same)\s+(?:\w+\s+)?(?:man|guy|bloke|fella|lad)\s+(?:in\s+(?:a|"
    r"his|the)\s+(?:\w+\s+)?(?:car|van|motor)\s+)?(?:keeps\s+)?(?:picks|picked|picking|"
    r"collects|collected|comes\s+to\s+get|came\s+to\s+get)\s+(?:her|him|them)\b|\b(?:gets|got|"
    r"getting)\s+(?:into|in)\s+(?:a|his)\s+(?:\w+\s+)?(?:car|van)\s+with\s+(?:a|an|some|this)\s+"
    r"(?:\w+\s+)?(?:man|guy|bloke|fella)\b"
)
_A_KNOWN_DRIVER = (
    r"^(?!.*\b(?:taxi|cab|uber|minicab|driving\s+(?:instructor|lessons?)|lift\s+share|"
    r"school\s+bus|(?:friends|mates|her\s+\w+s|his\s+\w+s)\s+(?:dad|father|grandad|uncle|"
    r"brother|mum)|(?:her|his)\s+(?:dad|father|uncle|grandad|brother|coach))\b)"
)
_UNKNOWN_OR_GONE = (
    r"\b(?:never\s+met|(?:do|does|did)\s+not\s+know\s+(?:him|who|them|their)|(?:gone|out)\s+"
    r"again|(?:will|would)\s+not\s+say\s+(?:who|where)|not\s+(?:come\s+)?(?:home|back)\s+"
    r"(?:yet|tonight|all\s+night)|stay\w*\s+out|out\s+all\s+night|(?:gone|went)\s+missing)\b"
)

# Belongings or a pet given away or handed to friends, and a goodbye or silence after it; not a
# move, an upgrade, a clear-out or a trip.
_GIVEN_AWAY = (
    r"\b(?:giv\w*|gave)\s+away\s+(?:all\s+(?:of\s+)?)?(?:his|her|their|my)\s+(?:\w+\s+)?"
    r"(?:stuff|things|belongings|possessions|clothes|books|guitar|ps\d|playstation|xbox|console|"
    r"games|laptop|bike|jewellery|rings?|watch|records|collection|savings|dogs?|cats?|pets?)\b|"
    r"\b(?:giv\w*|gave|rehom\w*|re\s+hom\w*)\s+(?:his|her|their)\s+(?:dogs?|cats?|pets?|"
    r"rabbits?|birds?)\s+(?:away|to)\b|"
    # handed to friends: "giving his things to the friends, the playstation, the trainers"
    r"\b(?:giv\w*|gave|hand\w*)\s+(?:(?:all|most)\s+(?:of\s+)?)?(?:his|her|their)\s+(?:\w+\s+)?"
    r"(?:stuff|things|belongings|possessions|clothes|games|playstation|xbox|console|trainers)\s+"
    r"(?:out\s+)?to\s+(?:the|his|her|their)\s+(?:friends|mates|brothers?|sisters?|cousins?)\b"
)
_GOODBYE_OR_SILENT = (
    r"\b(?:(?:said|saying|says|say)\s+goodbye|goodbyes|(?:not|stopped|is\s+not|has\s+not\s+"
    r"been)\s+(?:answering|replying|picking\s+up)|phone\s+(?:is\s+)?(?:off|dead|going\s+"
    r"straight\s+to)|"
    r"will\s+not\s+(?:answer|reply|open\s+the\s+door)|thank\w*\s+(?:me|us|everyone)\s+for\s+"
    r"everything|out\s+of\s+character|(?:acting|being|seemed|seems)\s+(?:so\s+|really\s+)?"
    r"(?:weird|strange|odd|calm))\b|"
    # a goodbye with no goodbye: "soon you will not have to worry for me"
    r"\b(?:you|anyone|nobody|no\s+one)\s+(?:will\s+not|will\s+never|would\s+not)\s+"
    r"(?:have|need)\s+to\s+worry\s+(?:about|for)\s+me\s*(?:$|[.!,]|any\s*more|much\s+longer|"
    r"for\s+long|soon)"
)
# The writer's pets taken on by someone else, and the assembly or a day called a good last thing
# or one to end on ("it was a good last thing to be part of. my sister is taking the cats");
# not pets minded while the writer is away or in hospital, nor taken to the vet.
_PETS_TAKEN_ON = (
    r"\b(?:is|are|will\s+be)\s+(?:taking|having|keeping|adopting|rehoming)\s+(?:the|my|our)\s+"
    r"(?:cats?|dogs?|pets?|rabbits?|birds?|budgies?|hamsters?|kittens?|puppy|puppies)\b"
    r"(?!.*\b(?:while|whilst|when|till|until|for\s+(?:the|a|two|three|\d+)\s+(?:\w+\s+)?"
    r"(?:week|weekend|days?|nights?|bit|while|month)s?|hospital|holiday|away|vets?|cattery|"
    r"kennels?|groomers?|walks?)\b)"
)
_A_GOOD_LAST_THING = (
    r"\b(?:a|the)\s+(?:good|nice|lovely|fitting|great|perfect)\s+(?:last\s+thing|thing\s+to\s+"
    r"end\s+on|one\s+to\s+end\s+on|way\s+to\s+(?:end|go\s+out|finish))\b|\b(?:last\s+thing|"
    r"to\s+end\s+on)\b(?=.{0,20}\b(?:part\s+of|to\s+do)\b)"
)
_A_REASON_TO_GIVE = (
    r"(?!.*\b(?:mov\w+|new\s+(?:one|flat|job|place|console|phone)|upgrad\w*|charity\s+shop|"
    r"declutter\w*|clear\w*\s+out|car\s+boot|holiday|trip|travelling|off\s+to|abroad|"
    r"emigrat\w*|leaving\s+do|lol|haha\w*)\b)"
)

# The signs passed on by someone else (an interpreter, a daughter): he or she says they are a
# burden, and one more sign with it: letters written to the family, not being here after a
# date, nights without sleep, things given away. Not a burden on the budget or the stairs.
_SAYS_SHE_IS_A_BURDEN = (
    r"\b(?:she|he|they)\s+(?:says|said|keeps\s+saying|told\s+me|feels|thinks)\s+(?:that\s+)?"
    r"(?:she|he|they)\s+(?:is|are|has\s+become)\s+(?:just\s+|such\s+|only\s+)?a\s+burden\b"
    r"(?!\s+(?:on|to)\s+(?:the\s+)?(?:budget|nhs|council|system|stairs|bus))"
)
_ONE_MORE_SIGN = (
    r"\b(?:(?:has\s+)?(?:written|wrote|writing)\s+(?:\w+\s+)?(?:letters?|notes?|cards?)\s+to\s+"
    r"(?:her|his|their|each\s+of\s+(?:her|his))\s+(?:\w+\s+)?(?:children|kids|family|sons?|"
    r"daughters?|grandchildren)|(?:i|she|he)\s+will\s+not\s+be\s+(?:here|around)\b(?!\s+(?:for|on"
    r"|at|next|this|until|till|because)\b)|(?:not|has\s+not)\s+(?:been\s+)?sleeping|"
    r"(?:giv\w*|gave)\s+(?:his|her|their)\s+\w+\s+(?:and\s+(?:his|her|their)\s+\w+\s+)?away)"
)

# "ending it tonight." said with a goodbye; not a relationship ended.
_ENDING_IT_NOW = (
    r"^(?!.*\b(?:relationship|boyfriend|girlfriend|engagement|marriage|with\s+(?:him|her|them)"
    r")\b)(?=.*(?:^|[.!?,]\s*|\bi\s+am\s+)ending\s+it\s+(?:all\s+)?(?:tonight|today|now|"
    r"tomorrow|this\s+(?:weekend|week))\s*(?:$|[.!,]|x+\b))(?=.*(?:\b(?:bye|goodbye|sorry|"
    r"love\s+you\s+all|forgive\s+me)\b|💔))"
)
# "Ending it tonight" as a sentence of its own, beside a session called off ("please cancel
# Sunday. ending it tonight"); not a membership, a contract or a booking ended.
_ENDING_IT_WITH_AN_ERRAND = (
    r"^(?!.*\b(?:relationship|boyfriend|girlfriend|engagement|marriage|with\s+(?:him|her|them)|"
    r"membership|subscription|sub|contract|direct\s+debit|standing\s+order|lease|tenancy|account|"
    r"plan|trial|booking|order|policy)\b)(?=.*(?:^|[.!?,]\s*)ending\s+it\s+(?:all\s+)?(?:tonight|"
    r"today|now|tomorrow)\s*(?:$|[.!,]|x+\b))(?=.*\b(?:cancel\w*|take\s+me\s+off|remove\s+me|"
    r"will\s+not\s+(?:be\s+)?(?:need\w*|coming|there))\b)"
)
# A cut gone deep that will not stop, with the blade or the cutting named; not an accident in
# the kitchen, shaving or a fall.
_CUT_DEEP = (
    r"^(?!.*\b(?:onions?|cooking|chopping|veg\w*|fingers?|thumbs?|slipped|kitchen|shav\w*|fell|"
    r"fall|tripped|accident\w*|glass|tin)\b)(?=.*\b(?:cutting|cuttin|cut\s+(?:myself|again)|"
    r"blades?|razors?|self\s+harm\w*)\b)(?=.*\b(?:it|this\s+one|the\s+cuts?|they|cuts?)\s+(?:is|"
    r"are|went|go|goes|was|has\s+gone|have\s+gone)\s+(?:\w+\s+)?(?:deep|deeper)\b)(?=.*\b(?:"
    r"can\s+not|could\s+not|will\s+not|would\s+not)\s+(?:(?:get|make)\s+(?:it|them)\s+(?:to\s+)?"
    r")?stop\b)"
)

# Someone who has said they will drive or walk off and not come back, with no place or time to
# come back from, and not themselves with it (gone quiet, sleeping in the car); not a move
# abroad, a job walked out of, or a trip "till Sunday".
_GONE_FOR_GOOD = (
    r"\b(?:said|says|saying|keeps\s+saying|told\s+(?:me|us|\w+))\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:(?:is|are|was|were)\s+going\s+to|will|would|wants?\s+to)\s+(?:just\s+)?(?:drive|walk|go|"
    r"head|disappear|take\s+off|run)(?:\s+(?:it|the\s+car|(?:his|her|their)\s+car|off|away|out|"
    r"some\s+where|any\s+where|far\s+away))*\s+and\s+(?:not|never)\s+(?:come|coming)\s+back\b"
    r"(?!\s+(?:till|until|for|from|to|here|this|next|tonight|before|after|with|again)\b)"
)
_NOT_THEMSELVES = (
    r"\bnot\s+like\s+(?:him|her|them)(?:self|selves)?\s+at\s+all\b|\bnot\s+(?:himself|herself|"
    r"themselves)\b|\b(?:really|so|very|gone|too)\s+quiet\b|\bwithdrawn\b|\b(?:sleeping|"
    r"living)\s+in\s+(?:his|her|their|the)\s+car\b|\bgiven\s+up\b"
)

# An adult who plays "secret games" or gives "secret cuddles" with a child, as the child tells it.
_SECRET_GAMES = (
    r"\b(?:friend|uncle|man|neighbour|babysitter|boyfriend|cousin|coach|grandad|stepdad|he)\s+"
    r"(?:\w+\s+)?(?:plays?|playing|played|does|did|has)\s+(?:\w+\s+)?(?:secret|special\s+"
    r"secret)\s+(?:games?|cuddles|tickles|baths?)\s+with\s+(?:her|him|them|my)\b"
)

SIGN_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # affairs put in order, belongings given away, a goodbye that names no goodbye
    "final arrangements": (
        "^" + every_one_of(_SAYS_SHE_IS_A_BURDEN, _ONE_MORE_SIGN),
        "^" + _A_REASON_TO_GIVE + every_one_of(_GIVEN_AWAY, _GOODBYE_OR_SILENT),
        "^" + _A_REASON_TO_GIVE + every_one_of(_PETS_TAKEN_ON, _A_GOOD_LAST_THING),
        r"\b(?:giv\w*|gave)\s+(?:away\s+)?(?:all\s+(?:of\s+)?my\s+(?:stuff|things|belongings|"
        r"possessions)|everything\s+i\s+(?:own|have))\b(?!.{0,40}\b(?:mov\w+|charity\s+shop|"
        r"declutter\w*|car\s+boot)\b)",
        r"\b(?:all\s+(?:of\s+)?my\s+(?:stuff|things|belongings|possessions)|everything\s+i\s+"
        r"(?:own|have))\b.{0,40}\b(?:giv\w*|gave)\s+(?:it\s+|them\s+)?(?:all\s+)?away\b"
        r"(?!.{0,40}\b(?:mov\w+|charity\s+shop|declutter\w*|car\s+boot)\b)",
        r"\b(?:need|use)\s+(?:\w+\s+){0,4}where\s+i\s+am\s+going\b(?!.{0,40}\b(?:holiday|sun|"
        r"abroad|hot|warm|sunny|degrees|weather|beach|spain|trip)\b)",
        r"\bwill\s+not\s+be\b.{0,40}\bor\s+any\s*where\s*(?:else)?\s*(?:[.!,x]|$)",
        AWAY_ON_A_TRIP
        + r".*?\b(?:will\s+not|not\s+going\s+to)\s+be\s+(?:around|here|alive)\s+(?:much\s+longer|"
        r"for\s+(?:much\s+)?longer|by\s+(?:then|the\s+(?:next|last|end))|to\s+see)\b",
        _ENDING_IT_NOW,
        _ENDING_IT_WITH_AN_ERRAND,
        # said they will drive off and not come back, and not themselves
        "^" + every_one_of(_GONE_FOR_GOOD, _NOT_THEMSELVES),
    ),
    # self-harm come back, and the marks of it kept out of sight or seen on someone
    "self-harm again": (
        r"(?:^|[,.;!]\s*|\b(?:i|i\s+have|i\s+had|had|have|been|just|and)\s+)(?:cut|burnt|burned|"
        r"scratched|harmed)\s+(?:myself\s+)?again\b(?!\s+(?:my\s+hair|the|by|on\s+the))",
        _CUT_DEEP,
        r"\b(?:do\s+not|did\s+not|will\s+not)\s+(?:want|let)\s+(?:anyone|anybody|people|them|"
        r"you|him|her)\s+(?:to\s+)?(?:see|seeing|look\s+at)\s+my\s+(?:" + _BODY_PART + r"|scars|"
        r"cuts)\b.{0,60}\b(?:again|bad|worse|fresh|cuts|scars|marks|bleeding)\b" + _HARMLESS_MARK,
        r"\b(?:hid\w*|cover\w*)\s+(?:up\s+)?my\s+(?:" + _BODY_PART + r")\b.{0,40}\b(?:cuts|"
        r"scars|marks|burns|again)\b" + _HARMLESS_MARK,
        r"\b"
        + _BODY
        + r"\b.{0,40}\b(?:fresh|deep|new|open|loads\s+of|lots\s+of|covered\s+in)\s+"
        + _WOUNDS
        + r"\b(?!\s+(?:to|in|from|for|of)\b)"
        + _HARMLESS_MARK,
        r"\b(?:fresh|deep|new|loads\s+of|lots\s+of)\s+" + _WOUNDS + r"\s+(?:on|all\s+over|up|"
        r"down)\s+(?:her|his|my|their)\s+" + _BODY + r"\b" + _HARMLESS_MARK,
        r"^(?=.*\b(?:"
        + _BODY_PART
        + r"|sleeves)\b)(?=.*\b(?:the|my|her|his|their)\s+"
        + _WOUNDS
        + r"\s+(?:are|look|looked|were|got|have\s+got)\s+(?:\w+\s+)?(?:fresh|deep|bad|new|worse|"
        r"infected|open)\b)" + _HARMLESS_MARK,
        r"\b(?:can\s+not|not\s+able\s+to|do\s+not\s+think\s+i\s+can|not\s+sure\s+i\s+can|"
        r"struggling\s+to)\s+(?:keep|stay)\s+(?:myself\s+)?safe\b",
    ),
    # sex without consent: no memory of saying yes, a "no" that was not heard
    "no consent": (
        r"\b(?:never|did\s+not|do\s+not\s+remember|can\s+not\s+remember|not\s+remember)\s+"
        r"(?:saying\s+yes|say\s+yes|agreeing\s+to\s+(?:it|anything|sex|that)|consent\w*)\b",
        r"\bi\s+said\s+no\b.{0,40}\b(?:he|they|she)\s+(?:\w+\s+)?(?:kept\s+going|did\s+not\s+stop|"
        r"would\s+not\s+stop|carried\s+on|forced|made\s+me)\b(?!.{0,30}\b(?:lol|haha|cake|food)\b)",
        r"\bwoke\s+up\s+(?:at|in)\s+(?:someone|a\s+stranger|his|a\s+man|some\s+\w+)\w*\b.{0,80}"
        r"\b(?:do\s+not|can\s+not|did\s+not)\s+remember\b",
    ),
    # a cry for help from someone kept at work, living where they work, never going home
    "kept at work": (
        r"\b(?:note|message|text|paper)\s+(?:\w+\s+){0,3}(?:said|saying|says|reading)\s+"
        r"(?:please\s+)?help(?:\s+me)?\s*(?:[.!,]|$)",
        r"\b(?:they|she|he|the\s+(?:girls|women|men|workers|lads|staff))\s+(?:\w+\s+)?(?:all\s+)?(?:never|"
        r"can\s+not|are\s+not\s+allowed\s+to|is\s+not\s+allowed\s+to)\s+(?:go|leave)\b.{0,60}"
        r"\b(?:sleep|sleeps|sleeping|live|lives|living)\s+(?:in|at|on)\s+(?:the\s+)?(?:back|shop|"
        r"salon|car\s+wash|nail\s+bar|kitchen|restaurant|factory|site|floor|premises)\b",
    ),
    # a child who does not want to go home, marked by a belt, asked for pictures
    "a child at risk": (
        r"\b(?:belt|strap|cane|hand|finger|bite|burn)\s+marks\b",
        r"^(?=.*\b(?:he|she|they)\s+(?:does\s+not|do\s+not|did\s+not|is\s+(?:scared|afraid|"
        r"frightened)\s+to|begged\s+(?:me\s+)?not\s+to)\s+(?:want\s+to\s+)?go\s+(?:back\s+)?home\b)"
        r"(?=.*\b(?:bruis\w*|marks|hits?|hurt|hurts|scared|frightened|terrified|afraid|crying|"
        r"flinch\w*|black\s+eye)\b)",
        r"\b(?:man|men|guy|bloke|stranger|adult|someone|somebody|he)\s+(?:\w+\s+){0,3}(?:messag\w+|"
        r"text\w*|talk\w*\s+to|chatting\s+to|dm\w*|add\w*)\s+(?:my|our|her|his|"
        r"a)\s+(?:\w+\s+)?(?:" + _CHILD_AGE + r"|daughter|son|niece|nephew|kid|child|girl|boy)\b"
        r".{0,80}\b(?:send\w*\s+(?:him\s+|her\s+|them\s+)?(?:\w+\s+)?" + _PICTURES + r"|meet\s+"
        r"(?:him|up)|buy\s+(?:her|him)|gifts?|keep\s+it\s+(?:a\s+)?secret|boyfriend)\b",
        r"\b(?:ask\w*|wants?|keeps?\s+asking|begging|pressur\w+)\s+(?:my|our|her|his|a)\s+"
        r"(?:\w+\s+)?(?:" + _CHILD_AGE + r"|daughter|son|niece|nephew|kid|child)\s+(?:\w+\s+)?"
        r"(?:to\s+|for\s+)(?:send\s+)?(?:\w+\s+)?" + _PICTURES + r"\b",
        # a man online getting a child to send pictures, or arranging to meet them
        "^" + every_one_of(_MAN_GETS_CHILD_TO_SEND, _ONLINE_OR_MEETING),
        # a girl or boy under 18 out with a grown man who buys them things
        r"^(?=.*\b(?:daughter|son|niece|nephew|girl|boy|sister|brother|kid|child)\s+(?:is|is\s+only|"
        r"who\s+is)\s+(?:1[0-7]|[1-9])\b)(?=.*\b(?:older\s+(?:guy|man|men|bloke|lad|boyfriend)|"
        r"(?:guy|man|bloke)\s+who\s+is\s+(?:like\s+|about\s+|nearly\s+)?[2-9]\d)\b)",
        # a child got dealing by older men (county lines): an age under 18 or a little relative,
        # older men or "olders", and drugs sold or run; not cards dealt or programmes sold
        r"^(?=.*(?:\b(?:is|aged)\s+(?:only\s+|just\s+)?1[0-7]\b|\b" + _CHILD_AGE + r"|\b(?:lil|"
        r"little|younger|baby)\s+(?:cousin|brother|sister|bro|sis|nephew)\b))(?=.*\b(?:(?:older|"
        r"grown)\s+(?:man|men|guys?|lads?|boys|bloke)|olders)\b)(?=.*\b(?:dealing\b(?!\s+(?:with|"
        r"cards|the\s+cards))|dealer|selling\s+(?:drugs|weed|crack|food|bud|gear)|running\s+"
        r"(?:lines|drugs|packages|a\s+line|county)|county\s+lines|trap\s+house|holding\s+"
        r"(?:drugs|gear|packages)))",
        # a child away with the "olders" and out of reach, or back with a wound explained away
        _A_TRIP + every_one_of(_UNDER_18, _WITH_OLDERS, _AWAY_OR_HURT),
        # a child given things by an older "friend", out with him at night or home upset
        "^" + every_one_of(_UNDER_18, _OLDER_FRIEND, _GIFTS, _OUT_WITH_HIM),
        # a child picked up by a man no one knows, back with new things and gone again
        _A_KNOWN_DRIVER + every_one_of(_UNDER_18, _A_MAN_PICKS_HER_UP, _GIFTS, _UNKNOWN_OR_GONE),
    ),
    # threats in street words, or after an attack; a threat to the children
    "threats said sideways": (
        # a stabbing or a shooting threatened in street words, also by the people someone runs
        # for or owes ("the lads he runs for will stab him")
        r"\b(?:he|she|they|someone|lads|man|men|people|guys|olders)(?:\s+(?:who\s+|that\s+)?"
        r"(?:he|she|they|i|we)\s+(?:(?:runs?|ran|works?|worked|sells?|sold|deals?|dealt|drives?|"
        r"holds?|shots?|grafts?)\s+for|owes?|owed))?\s*(?:will|would|ll|d|are\s+going\s+to|is\s+"
        r"going\s+to|gonna)\s+(?:shank|merk|jook|juke|wet|slash|glass|deck|bottle|acid|cut|"
        r"stab|shoot|bang)\s+(?:me|us|him|her|my|you)\b",
        r"\b(?:said|says|told\s+me|shouted|warned\s+me|threatened|saying)\b.{0,20}\bnext\s+time\s+"
        r"(?:it|you|i|we)\s+(?:will|ll|is\s+going\s+to)\s+be\s+(?:worse|the\s+last|dead|sorry)\b",
        r"\bmake\s+sure\s+(?:i|you|she|we)\s+(?:lose|never\s+see|do\s+not\s+see|never\s+get)\s+"
        r"(?:the|my|our|her|your)\s+(?:kids|children|baby|son|daughter)\b",
        r"\b(?:ripped|pulled|tore|torn|grabbed|yanked|snatched)\s+(?:off\s+)?my\s+(?:hijab|"
        r"headscarf|head\s+scarf|turban|niqab|kippah|yarmulke|veil|patka|burqa)\b",
        r"\b(?:dog\s+(?:mess|poo|muck|dirt)|excrement|faeces|petrol|fireworks?|burning\s+\w+|"
        r"lit\s+\w+)\b.{0,60}\bthrough\s+(?:our|my|the|her|his)\s+(?:letter\s*box|door|window)\b",
        r"\b(?:note|letter|graffiti|sign|message)\s+(?:\w+\s+){0,5}(?:saying|said|says|reading)\s+"
        r"(?:go\s+(?:home|back)|get\s+out|we\s+know\s+where|you\s+are\s+next|snitch|grass|die)\b"
        r"(?!\s+(?:early|now|at|by|after|for\s+(?:the|lunch)))",
        r"\b(?:he|she|they)(?:\s+(?:will|would|is\s+going\s+to|are\s+going\s+to)|ll|d)\s+make\s+sure"
        r"\s+(?:i|we|you)\s+(?:do\s+not|never|will\s+not|can\s+not|would\s+not)\s+(?:come\s+back|get"
        r"\s+back|go\s+home|walk\s+again|see\s+(?:them|the\s+kids|my|our))\b",
        r"\b(?:he|she|they)(?:\s+(?:will|would|is\s+going\s+to|are\s+going\s+to)|ll|d)\s+finish\s+"
        r"(?:us|me|him|her|them|you)(?:\s+off)?\s+(?:next\s+time|if|when|properly|for\s+good)\b"
        r"(?!.{0,60}\b(?:quiz|game|match|round)\b)",
        r"\b(?:shouting|shouted|yelling|yelled|screaming|screamed)\s+(?:\w+\s+)?(?:homophobic|racist|"
        r"transphobic|islamophobic|antisemitic)\b",
        r"\b(?:screaming|shouting|yelling|screamed|shouted|yelled)\s+(?:that\s+)?(?:he|she|they)\s+"
        r"(?:was|were|is|are)\s+going\s+to\s+kill\s+(?:her|him|them|me|us|you)\b",
    ),
    # a child who says an adult plays "secret games" with her
    "secret games with a child": (_SECRET_GAMES,),
}
