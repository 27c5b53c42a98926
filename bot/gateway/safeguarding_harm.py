"""The English phrase net, part two: harm, or the fear of it, from other people and from where
someone is living: the forms of abuse safeguarding policies name.

Fear of a person and being in danger, violence (a blow seen done to someone, an injury and the
excuse made for whoever did it: "my ribs ... he didn't mean it", not a tackle; a threat to put the
writer back in hospital if she goes, not a doctor's warning), sexual harm (a night not remembered
and waking in someone's bed, a drink that tasted wrong, a drug given at a party and waking with
him on top), coercive control (leaving only with permission, a phone taken, money kept, friends
kept away, "if I go to your meeting again I'll regret it"). Threats, stalking, exploitation, a
child or an adult at risk, nowhere to sleep and fear of the police are part three
(safeguarding_danger), hate incidents in safeguarding_hate. Most are written as who does it, what
they do and to whom ("<a person> <takes> <my|her phone>"), so a third party ("my gran's neighbour
takes her money") reads like the member themself. A blow told as long past, with the person well
now ("was stabbed years ago and he is fine now"), bullying told as over ("bullied at school last
year ... she is happy now"), a fear said not to be there ("here I am not afraid of them"), an
escape room (a game) and a parent's rule about going out after dark are left alone.

Risks said in two halves that are each everyday on their own are in safeguarding_pairs. Text
has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_self import INTENSIFIER, NOT_A_RULE_OR_A_GAME, NOT_IN_AN_ESCAPE_ROOM

_RELATION = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex\s*-?\s*(?:partner|husband|wife|"
    r"boyfriend|girlfriend)|fiancee?|other\s+half|fella|missus|dad|father|stepdad|step\s*dad|"
    r"mum|mother|stepmum|step\s*mum|son|daughter|stepson|brother|sister|uncle|aunt|auntie|"
    r"cousin|grandad|grandfather|gran|grandson|granddaughter|nephew|niece|carer|care\s+worker|"
    r"support\s+worker|key\s+worker|landlord|landlady|flatmate|housemate|lodger|neighbou?r|"
    r"boss|employer|manager|family|in\s*-?\s*laws?|\w+\s*-?\s*in\s*-?\s*law|teacher|coach|"
    r"officer|policeman|member|facilitator|volunteer|friend|mate|dealer|pimp|kids\s+dad|"
    r"sons\s+dad|sons\s+father|baby\s*(?:dad|father|mum))"
)
# Who could do harm: a pronoun, someone named by who they are to the writer or to the person
# written about ("my ex", "her son", "my gran's neighbour"), or a stranger.
PERSON = (
    r"\b(?:he|she|they|someone|somebody|some\s+one|people|men|lads|boys|gang|a\s+gang|police|"
    r"the\s+police|cops|"
    r"(?:a|the|this|that|some|an\s+older|an?\s+\w+)\s+(?:man|woman|guy|bloke|lad|boy|girl|"
    r"stranger|person|group|gang)|"
    r"(?:my|her|his|their|our|the|your|mums|dads|grans|sisters|brothers|friends|neighbours|"
    r"a|one\s+of\s+the|one\s+of\s+my|another)\s+(?:\w+\s+)?" + _RELATION + r"s?|" + _RELATION + r")"
)
# Whom: the writer, the person written about, children.
VICTIM = (
    r"(?:me|us|her|him|them|my\s+(?:\w+\s+)?(?:kids|children|son|daughter|baby|mum|dad|gran|"
    r"wife|sister|brother|family|partner)|the\s+(?:kids|children|baby)|our\s+(?:kids|children))"
)
# Between the person and the verb: "keeps", "has been", or a first clause ("shouts at me and").
_AUX = (
    r"(?:\s+who\s+[a-z ]{1,40}?(?=\s+(?:keeps|has|took|takes|is|was)\b))?"
    r"(?:\s+[a-z ]{1,40}?\s+and)?(?:\s+(?:keeps|kept|has|have|had|always|sometimes|still|really|"
    r"again|just|often|then|"
    r"also|even|would|will|did|does|used\s+to|has\s+been|have\s+been|been|is|was|started|starts|"
    r"tried\s+to|tries\s+to))*"
)
# The person well now: "he is fine now", "she is happy now".
_WELL_NOW = (
    r"\b(?:he|she|they|i)\s+(?:is|are|am)\s+(?:doing\s+)?(?:fine|ok|okay|alright|all\s+right|"
    r"well|great|happy|happier|settled|thriving)\s+now\b"
)
# Harm long past: well now ("stabbed years ago, he is fine now") or a year named, nothing since.
_LONG_PAST_AND_WELL = (
    r"(?!\s+(?:\w+\s+){0,3}?(?:years|decades|last)\s+(?:ago|year)\b[^!?]{0,50}" + _WELL_NOW + r")"
    r"(?!\s+(?:back\s+)?in\s+(?:19|20)\d\d\b(?![^!?]*\b(?:again|now|still|tonight|today|but|"
    r"yesterday|last\s+(?:night|week)|this\s+(?:morning|week))\b))"
)
# Bullying told as over, in the same sentence: "bullied at school last year, it was horrible,
# but the school dealt with it and she is happy now". Read after the word for it.
BULLYING_OVER = (
    r"(?!\s+(?:[\w,]+\s+){0,3}?(?:(?:years|decades|months)\s+(?:ago|back)|last\s+(?:year|term|"
    r"summer|spring|autumn|winter)|(?:at|in)\s+primary|when\s+(?:he|she|they|i)\s+(?:was|were)\s+"
    r"(?:little|younger|small|at\s+primary))\b[^.!?]{0,90}" + _WELL_NOW + r")"
)
# What someone does to themselves or suffers by accident: "he takes his tablets", "she broke her
# glasses", "my son fell off his bike and broke his wrist". Read before PERSON, to leave alone.
_OWN_DOING = (
    r"(?!\b(?:he|she|they)\b[a-z ]{0,40}?\b(?:had\s+a\s+fall|fell|fallen|slipped|tripped)\b)"
    r"(?!(?:[a-z]+\s+){1,3}(?:had\s+a\s+fall|fell|fallen|slipped|tripped|came\s+off|crashed)\b"
    r"[^.!?]{0,60}?\b(?:broke|broken|cracked|fractured)\s+(?:his|her|their)\b)"
    r"(?!\b(?:he\s+(?:[a-z]+\s+){0,3}his|she\s+(?:[a-z]+\s+){0,3}her|they\s+(?:[a-z]+\s+){0,3}"
    r"their)\s+(?:own\s+)?(?:tablets|meds|medication|medicine|insulin|inhaler|glasses|hearing\s+"
    r"aids?|walking\s+stick|lip|nose|jaw|ribs?|arm|leg|ankle|hip|wrist|fingers?|toe|tooth|teeth)\b)"
)
# Harm one person does to another; not "hit me up", "beat me at chess", "push me to apply".
_HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|"
    r"slap(?:s|ped|ping)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|"
    r"batter(?:s|ed|ing)?|bit|bites|biting|burn(?:s|ed|t)|hurt|hurts|hurting|harm(?:s|ed)?|"
    r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|"
    r"molest(?:s|ed|ing)?|grop(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|stalk(?:s|ed|ing)?|"
    r"harass(?:es|ed|ing)?|bull(?:y|ies|ied|ying)|intimidat(?:e|es|ed|ing)|"
    r"blackmail(?:s|ed|ing)?|terrori[sz](?:e|es|ed|ing)|scares|frightens|terrifies|"
    r"push(?:es|ed|ing)?(?=\s+(?:me|her|him|them)\b(?!\s+(?:to\s+(?!the\s+(?:ground|floor|wall))|"
    r"into\s+\w+ing|forward|on\b|for\b|a?round\s+the\b|in\s+(?:a|the|her|his|their)\s+(?:wheel\s*chair|"
    r"chair|buggy|pram|swing))))|"
    r"punish(?:es|ed|ing)?|lay(?:ing)?\s+into|laid\s+into|beating\s+up|knock(?:s|ed|ing)?\s+(?=\w+\s+(?:about|around))|"
    r"spit\s+(?:at|on)|spits\s+(?:at|on)|spat\s+(?:at|on)|starv(?:e|es|ed|ing)|"
    r"touch(?:es|ed)(?=\s+(?:me|her|him|them)\s+(?:up|inappropriately|there|down\s+there|"
    r"under|between|and\s+i|and\s+(?:says|said|tells|told|threatens)|when|while|without)))"
)
_NOT_PLAY = (
    r"(?!\s+(?:up\b|at\s+(?:the|a|chess|cards|pool|darts|football|scrabble|it)|to\s+(?:it|the|a)\b|"
    r"in\s+(?:a|the|our|every)\s+(?:race|game|quiz|final|match|vote|round|argument|debate)s?\b|"
    r"a\s+|an\s+|some\s+|with\s+(?:a\s+)?(?:question|email|message|text)|back\s+in))"
)
# Pushing, grabbing and throwing are harm when said with where or how hard.
_FORCE = (
    r"\b(?:push|pushed|pushes|pushing|shov\w+|grab\w*|threw|throws|dragged|drags|pinned|pins|"
    r"held|holds)\s+(?:me|her|him|them)\s+(?:down|over|against|into|out\s+of|off|around|about|"
    r"to\s+the\s+(?:ground|floor)|by\s+the|on\s+the\s+(?:floor|ground|bed)|and\s+(?:i|she|he)\s+"
    r"(?:fell|fall|fallen)|so\s+hard|hard|really\s+hard|up\s+against)"
    # "push me over the limit (of a loan, an allowance)" is money, not force
    r"(?!\s+(?:the|my|our)\s+(?:limit|threshold|allowance|budget|overdraft))"
)
_OWNED = (
    r"(?:phone|mobile|money|cash|benefits|universal\s+credit|pip|pension|bank\s*cards?|cards?|"
    r"wages|pay|savings|passport|id|documents|papers|keys|car\s+keys|thank\s+you\s+(?:money|"
    r"payment)|payment|medication|meds|tablets|glasses|hearing\s+aids?|wheelchair|walking\s+stick|"
    r"mobility\s+scooter|food|purse|wallet|bank\s+statements|post|letters)"
    r"(?!\s+(?:charger|case|number|bill|cable|contract))"
)
_WHOSE = r"(?:my|her|his|their|all\s+(?:of\s+)?(?:my|her|his|their))"
_FEAR = (
    r"(?:scared|scarred|frightened|terrified|petrified|afraid|fearful|shaking|trembling|"
    r"panicking|in\s+fear|on\s+edge)"
)
# A fear said not to be there or less now ("no longer scared of him", "not so scared of them").
UNDENIED = r"(?<!\bnot\s)(?<!\bnever\s)(?<!\blonger\s)(?<!\bnot\sso\s)(?<!\bnot\sas\s)"
_CHILD = (
    r"\b(?:child|children|kid|kids|baby|babies|toddler|little\s+(?:one|boy|girl|lad)|"
    r"boy|girl|lad|teenager|teen|young\s+person|young\s+people|son|daughter|nephew|niece|"
    r"grandson|granddaughter|stepson|stepdaughter|pupil|\d+\s+year\s+old)s?\b"
)
# Going home in the dark is an everyday fear of the street, not of the home.
_DARK = r"(?:in\s+the\s+dark|at\s+night|late|alone\s+at|on\s+my\s+own\s+at)"
_HOME = r"(?:house|flat|home|door|room|window|building|block|place|work|car|street)"

# Kept in: "wouldn't let me get out", "won't let me leave".
_NOT_LET_OUT = (
    r"(?:would|will|did|does)\s+not\s+let\s+(?:me|her|him)\s+(?:get\s+out|leave|go|out)\b"
    r"(?!\s+(?:early|before|till|until|without|with|on|at|to|of\s+the\s+(?:meeting|session)))"
)

# A gap in memory after a night out: the rest not remembered, a blackout, the next thing recalled.
_MEMORY_GAP = (
    r"\b(?:(?:do\s+not|can\s+not|did\s+not|could\s+not)\s+(?:\w+\s+)?(?:remember|recall)\s+(?:the\s+rest|"
    r"anything|much|how\s+i\s+got|what\s+happened|getting\s+(?:there|home|back|in))|blacked\s+out|"
    r"(?:memory|mind|night)\s+(?:is|was|went)\s+(?:a\s+|completely\s+)?blank|(?:the\s+)?next\s+thing\s+"
    r"i\s+(?:remember|recall)|no\s+idea\s+how\s+i\s+got|everything\s+went\s+(?:black|blank))\b"
)
# Waking where one did not go: someone else's bed, room or flat, or without clothes.
_WOKE_SOMEWHERE = (
    r"(?:\b(?:woke|woken|waking|wake|came\s+round|came\s+to)\s+(?:up\s+)?(?:in|at|on)\s+(?:his|their|"
    r"a\s+(?:strange|strangers|mans|guys|blokes)|someone\s*s?|somebody\s*s?|some\s+(?:\w+\s+)?"
    r"(?:mans|guys|blokes|strangers)|an?\s+(?:flat|house|room|car|bed)\s+i\s+did\s+not\s+know)\s*"
    r"(?:\w+\s+)?(?:flat|house|bed|room|car|place|sofa|floor|van|hotel\s+room)?\b|\b(?:woke|woken|"
    r"waking)\s+(?:up\s+)?(?:with|without)\s+(?:no|my|any)\s+(?:clothes|underwear|knickers|trousers|"
    r"jeans|top|dress)\s*(?:on|off)?\b)"
)
# A blow seen or heard: "I saw her slap him", "heard him hit her".
_WITNESSED_BLOW = (
    r"\b(?:saw|seen|see|watched|heard|caught)\s+(?:him|her|them|the\s+\w+)\s+(?:slap|hit|punch|kick|"
    r"push|shove|pinch|smack|shake|drag|strangle|choke|thump|throttle|beat)\w*\s+(?:him|her|them|"
    r"my\s+(?:\w+\s+)?(?:mum|dad|gran|grandad|nan|brother|sister|son|daughter|kids?|baby|neighbou?r)|"
    r"the\s+(?:kids?|baby|children|boy|girl|old\s+\w+|residents?|patients?))\b"
    r"(?!\s+(?:on\s+the\s+(?:swing|back)|in\s+the\s+(?:game|match|quiz)|at\s+(?:chess|football|"
    r"cards|tennis)|with\s+(?:a|the)\s+(?:ball|pillow)))"
)

# A drug given at a party or a night out (G, ket, "something"), and waking with someone on or
# inside the writer: drug-facilitated sexual assault, told as what happened.
_DRUG_GIVEN = (
    r"\b(?:gave|give|given|giving|slipped|spiked|put|offered)\s+(?:me|her|him|us)\s+(?:some\s+|"
    r"a\s+bit\s+of\s+|a\s+)?(?:g|ghb|gbl|ket|ketamine|rohypnol|roofies?|something|a\s+pill|"
    r"pills|a\s+tablet|mdma|molly|a\s+line|drugs?)\b"
)
_WOKE_WITH_SOMEONE = (
    r"\b(?:woke|woken|waking|came\s+round|came\s+to)\s+(?:up\s+)?(?:with|to)\s+(?:him|a\s+(?:man|"
    r"guy|bloke|stranger)|someone|somebody|them|he|she|her)\s+(?:on\s+(?:top\s+of\s+)?me|"
    r"inside\s+me|touching\s+me|undressing\s+me|taking\s+(?:my|off\s+my)\s+clothes|having\s+"
    r"sex\s+with\s+me|(?:with|next\s+to)\s+me\s+naked)\b"
)

# Someone taking, keeping or using what is the writer's or another's: "he took my keys".
_TAKES_WHAT_IS_THEIRS = (
    _OWN_DOING
    + PERSON
    + _AUX
    + r"\s+(?:takes?|took|taken|taking|steals?|stole|stolen|stealing|keeps?|"
    r"kept|keeping|hides?|hid|hidden|hiding|controls?|controlled|controlling|spends?|"
    r"spent|uses?|used|using|withholds?|withheld|smash(?:es|ed)?|broke|breaks|broken|"
    r"snatch(?:es|ed)?|destroyed|checks?|checked|checking|reads?|reading|tracks?|tracked|"
    r"tracking|goes\s+through|went\s+through|went\s+into|emptied|empties|drains?|drained)\s+"
    + r"(?:the\s+(?:\w+\s+)?\w+\s+and\s+)?"
    + _WHOSE
    + r"\s+(?:own\s+)?(?!(?:oyster|rail|travel|library|gym|loyalty|nectar|student|bus|club)\b)"
    + r"(?:\w+\s+)?"
    + _OWNED
    + r"s?\b"
)
# A relative or carer running an errand with it, told straight after: "takes my pension to the
# post office for me", "takes my card to do my shopping".
_ERRAND_FOR_THEM = (
    r"\s+(?:(?:down\s+|up\s+|out\s+|round\s+)?to\s+(?:the\s+)?(?:post\s+office|bank|shops?|"
    r"supermarket|cash\s*(?:point|machine)|atm|chemist|pharmacy)\b|to\s+(?:do|get|pay|collect|"
    r"buy|pick\s+up)\s+(?:my|her|his|our|the)\s+(?:weekly\s+)?(?:shopping|food|groceries|bills?|"
    r"prescriptions?|medication|meds|tablets|gas|electric|rent|council\s+tax)\b|for\s+me\b|"
    r"for\s+(?:her|him)\s*(?:$|[.,!]|(?:on|every|each|when|while|as|so|because|since)\b))"
)
# What makes the errand a taking: the money gone or never seen, the owner going without or
# afraid, a threat or a blow.
_GOING_WITHOUT = (
    r"\b(?:gone|nothing|never|not\s+(?:a\s+penny|seen|given|back)|kept|keeps|keeping|emptied|"
    r"drained|spent|missing|no\s+money|without\s+(?:asking|telling|me)|scared|frightened|afraid|"
    r"terrified|threat\w*|hits?|shouts?|please\s+help|worried|thousands|hundreds|owe\w*)\b"
)
# A threat over where the member goes or whom they see: "he said if I go to your meeting again
# I'll regret it"; not a mate's warning to miss the quiz, nor one about the buffet.
_REGRET_IF_I_GO = (
    r"\b(?:he|she|they|my\s+" + _RELATION + r")\b[^.!?]{0,40}?\b(?:says?|said|told\s+me|"
    r"warned\s+me|texted)\s+(?:that\s+)?if\s+i\s+(?:ever\s+)?(?:(?:go|come|went|keep\s+going)\s+"
    r"(?:back\s+)?to\s+(?:your|the|that|this|any|those|my)\s+(?:\w+\s+)?(?:meetings?|assembly|"
    r"sessions?|group|class|police|friends?|family|mums?|sisters?)|(?:see|talk\s+to|speak\s+to|"
    r"tell|contact|message|call|ring)\s+(?:you|anyone|them|him|her|my\s+\w+|the\s+police))\b"
    r"[^.!?]{0,30}?\b(?:i\s+will|ill|i\s+would|id)\s+regret\s+it\b"
)

HARM_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # fear of a person or of going home, being in danger, someone breaking in
    "afraid of someone": (
        # "I'm scared" on its own, or of a person, or to go home; not "scared I'll be late".
        r"\b(?:i\s+(?:am|feel|was|have\s+been)|me)\s+" + INTENSIFIER + r"(?:scared|scare|"
        r"frightened|terrified|petrified|(?:very|so|really)\s+afraid)\s*(?:[.!,]|$|and\b|please"
        r"\b|help\b|now\b|right\s+now\b|tonight\b|of\s+(?:him|her|them|my)\b|to\s+"
        r"(?!(?:go|walk)\s+(?:back\s+)?home\s+" + _DARK + r")(?:go|be|stay|"
        r"leave|walk|come|say|tell|sleep|answer|open))",
        r"\b"
        + UNDENIED
        + r"(?:scared|frightened|terrified|petrified|afraid)\s+of\s+(?:someone|somebody|a\s+(?:"
        r"man|woman|member|person|guy|group|gang)|this\s+(?:man|woman|guy|person)|one\s+of\s+the|"
        r"the\s+(?:man|woman|guy|men|lads|gang))\b",
        r"\b"
        + UNDENIED
        + r"(?:scared|frightened|terrified|petrified|afraid)\s+(?:of|for)\s+(?:him|her|them|my\s+"
        r"(?:life|safety|kids|children|family|own\s+safety|\w+\s+)?" + _RELATION + r"|"
        r"what\s+(?:he|she|they)\s+(?:will|might|could|would)|my\s+life|my\s+safety)",
        r"\b(?:scared|frightened|terrified|afraid)\s+(?:to\s+(?:go|be|stay|sleep)\s+(?:back\s+)?"
        r"(?:home(?!\s+"
        + _DARK
        + r")|in\s+(?:my|the)\s+(?:house|flat|home))|(?:of|about)\s+(?:going|"
        r"being)\s+home|"
        r"to\s+leave\s+(?:my|the)\s+(?:house|flat|home)|in\s+my\s+own\s+(?:home|flat|house))",
        # not a matter that "will come up" (a caution asked about, a subject at the table)
        r"\b(?:scared|frightened|terrified|afraid|worried)\s+(?:that\s+)?(?!it\s+(?:will|might|"
        r"would|is\s+going\s+to)\s+come\s+up\b)(?:he|she|they|it)\s+"
        r"(?:will|is\s+going\s+to|are\s+going\s+to|might|would)\s+(?:hurt|kill|hit|find|come|"
        r"do\s+something|get|take)",
        # "I don't know what he'll do"; not "what he'll do about the parking"
        r"\b(?:do\s+not\s+know\s+|dread\s+to\s+think\s+|(?:scared|afraid|terrified|worried)\s+(?:of\s+|"
        r"about\s+)?)what\s+(?:(?:he|she)\s+(?:will|would|might|is\s+going\s+to)|hell|shell)\s+do\b(?!\s+(?:about|"
        r"with|for|next|instead|on|at|in|when|after|now|then|if\s+(?:it|the)))",
        # dreading the house itself; the assembly the only safe place
        r"\b(?:dread|dreading|scared\s+of|afraid\s+of|terrified\s+of|frightened\s+of|can\s+not\s+"
        r"face)\s+going\s+(?:back\s+)?(?:home|to\s+(?:that|the|my)\s+(?:house|flat|place|home))\b"
        r"(?!\s+(?:to\s+(?:pack|clean|tidy|do|an\s+empty|a\s+mess)|and\s+(?:packing|cleaning)|after\s+"
        r"(?:a|the)\s+(?:holiday|break|trip)))",
        r"\b(?:only|first)\s+(?:place|time)\s+(?:in\s+(?:months|years|ages|weeks)\s+)?(?:where\s+|"
        r"that\s+)?i\s+(?:have\s+)?(?:felt|feel)\s+safe\b(?!\s+(?:speaking|talking|sharing|to\s+"
        r"(?:speak|talk|share|say)|in\s+a\s+group|enough|asking|saying))",
        # hiding from someone still looking
        r"\b(?:he|she|my\s+(?:ex|husband|partner|boyfriend|family|dad|stepdad))\s+(?:is|has\s+been|"
        r"keeps|are|have\s+been)\s+(?:still\s+)?(?:looking|searching|asking\s+around)\s+for\s+me\b"
        r"(?!\s+(?:at|in|by|outside\s+the|near|downstairs|upstairs|to\s+))",
        r"\b(?:i\s+am|we\s+are|i\s+have\s+been|we\s+have\s+been)\s+(?:\w+\s+){0,2}(?:in|at)\s+a\s+"
        r"(?:womens\s+)?refuge\b",
        r"\bhelp\s+me\b.{0,30}\b" + _FEAR,
        r"\b" + _FEAR + r"\b.{0,30}\bhelp\s+me\b",
        r"\b(?:i\s+am|we\s+are|you\s+are|he\s+is|she\s+is|they\s+are|someone\s+is|i\s+feel|"
        r"i\s+think\s+i\s+am|feel)\s+(?:in|at)\s+(?:immediate\s+|real\s+|serious\s+)?"
        r"(?:danger|risk)\b(?!\s+of\s+(?:missing|being\s+late|losing\s+my\s+(?:place|seat)))",
        r"\b(?:is|seems|looks)\s+(?:to\s+be\s+)?(?:in\s+danger|at\s+risk)\b",
        r"\b(?:worried|concerned|fear)\s+(?:for|about)\s+(?:my|her|his|their)\s+(?:own\s+)?"
        r"(?:safety|life|welfare|wellbeing)\b",
        r"\bi\s+(?:am|feel|was)\s+"
        + INTENSIFIER
        + r"(?:not\s+safe|unsafe)\b(?!\s+(?:driving|cycling|"
        r"on\s+(?:the\s+)?(?:roads?|bike|motorway))\b)",
        r"\b(?:do\s+not|never|no\s+longer|does\s+not)\s+feel\s+safe\b(?!\s+(?:walking|cycling|"
        r"leaving\s+my\s+bike|on\s+the\s+bus|parking|with\s+the\s+(?:data|app|website)))",
        r"\bnot\s+safe\s+(?:at|in|going|to\s+go|where)\s+(?:back\s+)?(?:home|my|i\s+am|i\s+live)",
        r"\b(?:locked|hiding|hid)\s+(?:myself\s+)?(?:in|inside)\s+(?:the|my)\s+(?:bathroom|"
        r"bedroom|room|toilets?|car)\b",
        # locked in a cubicle or a loo from someone who followed or grabbed the writer
        r"^(?=.*\b(?:locked|hiding|hid)\s+(?:myself\s+)?(?:in|inside)\s+(?:a|the)\s+(?:cubicle|"
        r"loos?|ladies|gents|stall|changing\s+room|office|cupboard)\b)(?=.*\b(?:followed|grabbed|"
        r"groped|cornered|chased)\s+me\b(?!\s+(?:a|an|some|the|one|on|back|round)\b))",
        r"\b(?:trying|tried)\s+to\s+(?:get|break)\s+(?:in|into)\b(?!\s+(?:the|a)\s+(?:session|"
        r"venue|hall|building|meeting|group))",
        r"\b(?:broke|broken|breaking)\s+into\s+(?:my|our)\s+(?:house|flat|home|room|car)\b",
        r"\b(?:someone|somebody|they|he|she)\s+(?:\w+\s+)?(?:broke|broken|breaking)\s+in\b",
    ),
    # violence: a person hurting someone, a blow named by its verb, weapons, injuries
    "harm by someone": (
        rf"{PERSON}{_AUX}\s+{_HARM_VERB}\s+{VICTIM}\b{_NOT_PLAY}{_LONG_PAST_AND_WELL}",
        r"\b(?:threaten(?:s|ed|ing)?|stalk(?:s|ed|ing)?|assault(?:s|ed)?|abus(?:es|ed|ing)|"
        r"attack(?:s|ed)?|rap(?:es|ed)|harass(?:es|ed|ing)|molest(?:s|ed)|blackmail(?:s|ed|ing)?)"
        r"\s+(?:me|us)\b",
        _FORCE,
        r"\b(?:been|being|was|were|got|get|getting|am|is|are|keep\s+getting)\s+(?:sexually\s+|"
        r"physically\s+|racially\s+|verbally\s+|badly\s+)?(?:followed|stalked|attacked|"
        r"assaulted|abused|threatened|raped|molested|groomed|spiked|beaten(?:\s+up)?|"
        r"harassed|groped|strangled|choked|punched|kicked(?!\s+(?:out|off)\b)|slapped|battered|"
        r"stabbed|jumped|mugged|blackmailed|trafficked|exploited|intimidated|bullied"
        + BULLYING_OVER
        + r"|hit\s+by\s+(?:my|her|his|him|a\s+man|someone|them)|touched\s+by\s+(?:a|an|some|my|"
        r"him|them|the\s+man)|spat\s+at|pushed\s+(?:down|over|around)(?!\s+(?:playing|at|in|"
        r"during))|locked\s+(?:in|up)" + NOT_IN_AN_ESCAPE_ROOM + r")\b"
        r"(?!\s+(?:in\s+the\s+(?:quiz|game|final|vote)|by\s+(?:the\s+)?(?:traffic|weather|heat|"
        r"rain|news|cold|work)|with\s+(?:work|emails|questions|messages\s+from\s+the)))"
        + _LONG_PAST_AND_WELL,
        r"\b(?:victim\s+of|suffering|experiencing|living\s+with|escaping|fleeing|going\s+through|"
        r"subjected\s+to)\s+(?:\w+\s+)?(?:abuse|violence|assault|harassment|stalking)\b",
        # the named forms said of someone, not as a topic ("the session on domestic abuse")
        r"\b(?:is|this\s+is|it\s+is|was|of|from|in|report|reporting|suffer\w*|experienc\w*|"
        r"escap\w*|flee\w*)\s+(?:domestic|sexual|physical|emotional|financial)\s+(?:abuse|violence)"
        r"\b(?!\s+(?:stats|statistics|figures|session|talk|workshop|topic|policy|training|data|"
        r"rates|numbers|services|charity|charities|campaign|awareness|is\s+a|in\s+the\s+uk))",
        r"\babusive\s+(?:relationship|home|marriage|" + _RELATION + r")\b",
        PERSON + r"\s+(?:is|was|gets|got|can\s+be|becomes|has\s+been|goes|went)\s+(?:\w+\s+)?"
        r"(?:violent|abusive|aggressive|nasty\s+when)\b",
        r"\b(?:being|been|gets|getting|got|is)\s+(?:hit|beaten|hurt|slapped|knocked\s+about)\s+"
        r"(?:at\s+home|by\s+(?:her|his|my|their|him|them)|again|every)",
        r"\b(?:got|was|been|is|were|get)\s+(?:badly|seriously|really)\s+(?:hurt|injured|beaten)\b|"
        r"\b(?:got|was|been)\s+(?:hurt|injured|beaten)\s+(?:badly|bad|really\s+bad)\b|"
        r"\bstabbed\b(?!\s+(?:my|his|her)\s+(?:finger|thumb|hand|foot|toe)|\s+(?:it|the)\b)"
        + _LONG_PAST_AND_WELL,
        # violence said short or by what it left: a weapon, the door, the hospital, being back
        r"\b(?:he|she|they)\s+(?:is|has|have|are)\s+(?:got\s+)?(?:a|his|her|their)\s+(?:knife|gun|"
        r"blade|machete|weapon)\b(?!\s+(?:and\s+fork|for\s+the|set))",
        r"\b(?:he|she|i|my\s+\w+)\s+(?:is|has\s+been|keeps|started|am)\s+carrying\s+a\s+(?:knife|"
        r"blade|weapon|gun)\b",
        r"\b(?:kick|kicking|kicked|smash|smashing|smashed|break|breaking|broke)\s+(?:the|my|our)\s+"
        r"(?:front\s+|back\s+|bedroom\s+|bathroom\s+)?door\s+(?:in|down)\b",
        r"\b(?:put|puts)\s+(?:me|her|him)\s+in\s+(?:hospital|a\s*(?:and|&)\s*e)\b",
        r"\bhiding\b.{0,40}\b(?:looking\s+for\s+me|find\s+me|after\s+me)\b",
        # the words for a blow, with who took it
        r"\b(?:headbutt\w*|booted|thumped|whacked|smacked|stamped\s+on|elbowed|kneed|throttled|"
        r"backhanded|bit|scalded|shoved|scratched)\s+(?:me|her|him|them|my\s+(?:\w+\s+)?(?:mum|son|"
        r"daughter|sister|kids?|baby|face|head|ribs|stomach|hands?|arms?|legs?|foot|feet|back|neck|"
        r"chest|fingers))\b(?!\s+(?:out|off|a|an|some|up\b|on\b|with\b|by\s+accident|(?:(?:her|his|my)\s+)?"
        r"head\s+on\s+(?:the|a)\b))",
        r"\b(?:is|gets|was|being|can\s+be)\s+rough\s+with\s+(?:their|the|her|his|my)\s+(?:baby|kids?|"
        r"children|son|daughter|toddler|dad|mum|gran)\b|\blocked\s+(?:the|me|us)\b.{0,30}\b(?:not|never)\s+"
        r"let\s+(?:me|us|her)\s+(?:out|leave|go)\b",
        r"\bpunch\w*\s+(?:a\s+hole\s+in\s+)?the\s+wall\s+(?:next\s+to|by|near|beside|behind)\s+(?:my|her)"
        r"\s+(?:head|face)\b|\b(?:marks|bruises|bruising|scratches)\s+(?:round|around|on)\s+(?:my|her|"
        r"his)\s+(?:neck|throat)\b",
        r"\b(?:squeez\w+|grabbed|held|choked|crushed)\s+(?:my|her|his)\s+(?:neck|throat|windpipe)\b|"
        r"\b(?:smash\w*|trash\w*|wreck\w*)\s+(?:the\s+(?:place|house|flat)|everything|things)\s+up\b",
        r"\b(?:makes|made|making)\s+(?:me|her|him)\s+(?:sleep|stay|stand|kneel)\s+(?:in|on|outside)\b|"
        r"\bas\s+(?:a\s+)?punishment\b",
        r"\bor\s+(?:else\s+)?(?:he|she|they)\s+(?:goes|go|will\s+go|gets|kicks\s+off)\s+(?:mental|mad|"
        r"nuts|crazy|ballistic|off)\b|\b(?:shouts|screams|kicks\s+off|goes\s+mad|goes\s+mental)\s+if\s+"
        r"i\s+(?:buy|spend|go|see|talk|wear|speak|leave)\b",
        r"\b(?:grabbed|grabs|grabbing|pulled|pulls|twisted|yanked|dragged)\s+(?:me\s+by\s+)?(?:my|her|"
        r"his|the)\s+(?:arm|wrist|hair|neck|throat)\b(?!\s+to\s+(?:help|stop|get|show|catch))",
        r"\b(?:throws?|threw|throwing|chucked|chucks|hurled)\s+(?:\w+\s+){0,2}(?:things|stuff|"
        r"something|anything|plates?|cups?|mugs?|glass(?:es)?|bottles?|chairs?|shoes?|knife|knives|"
        r"stones|rocks|eggs|bricks|bottles|bags?|handbags?|phones?|remotes?|irons?|books?|boots?|"
        r"hot\s+\w+|boiling\s+\w+)\s+(?:at|over|on)\s+(?:me|her|him|us|my\s+head)\b",
        _OWN_DOING
        + PERSON
        + _AUX
        + r"\s+(?:split|broke|broken|busted|burst|bust|cracked|fractured)\s+(?:my|her|his)\s+"
        r"(?:lip|nose|jaw|ribs?|arm|wrist|fingers?|cheekbone|eye\s+socket|tooth|teeth)\b",
        r"\bmakes?\s+(?:me|her)\s+beg\b|\b(?:lose\s+my\s+job|sack\s+me|fire\s+me|deport\w*\s+me)\s+if\s+i\s+"
        r"(?:tell|report|say|speak)\b",
        r"\bby\s+the\s+(?:throat|neck|hair)\b|\bhands?\s+(?:around|round|on)\s+(?:my|her|his)\s+"
        r"(?:throat|neck)\b",
        r"\b(?:felt|feel|feeling)\s+(?:like\s+a\s+threat|threatened|intimidated|violated|unsafe)\b",
        _WITNESSED_BLOW,
        r"\b(?:rape|raped|rapist|molested|sexual\s+assault|sexually\s+assaulted)\b",
        r"\b(?:black\s+eye|bruises|bruised|marks)\b.{0,60}\b(?:will\s+not|would\s+not|does\s+not|"
        r"never)\s+(?:explain|say|talk)",
        r"\b(?:gave|give|gives|left)\s+(?:me|her|him)\s+(?:a\s+)?(?:black\s+eye|bruises|"
        r"fat\s+lip|broken\s+\w+)",
        # "he's hit the eldest before"
        r"\b(?:he|she|they|(?:their|my|the\s+kids|her|his)\s+(?:dad|mum|father|mother|stepdad|"
        r"stepmum))\s+(?:is|has|have)\s+(?:\w+\s+)?(?:hit|hurt|beaten|smacked|slapped|kicked|"
        r"punched|thrown)\s+(?:the|my|our|his|her|their)\s+(?:\w+\s+)?(?:eldest|youngest|oldest|"
        r"kids|children|son|daughter|boy|girl|baby|little\s+one|twins)\b",
        # an injury and the excuse made for whoever did it; not a tackle, a dog or a toddler
        r"^(?!.*\b(?:football|rugby|match|game|tackle|training|boxing|pitch|accident\w*|dog|"
        r"toddler|baby)\b)(?=.*\b(?:my\s+(?:ribs?|arm|wrist|face|eye|"
        r"jaw|nose|neck|back|lip)|bruis\w*|black\s+eye|split\s+lip)\b)(?=.*\b(?:he|she|they)\s+"
        r"(?:did\s+not|never|does\s+not|do\s+not)\s+mean\s+(?:it|to)\b)",
        # a threat of the hospital: "you'll end up in hospital", or put back there if the writer
        # goes, tells or leaves (not a doctor's warning about the sugars)
        r"\b(?:said|says|told\s+me|tells\s+me|threatened|warned\s+me)\b.{0,50}\bend\s+up\s+in\s+"
        r"(?:hospital|a\s*(?:and|&)\s*e|a\s+wheelchair|a\s+box|a\s+coffin|the\s+ground)\b",
        r"^(?!.*\b(?:doctors?|dr|gp|consultant|nurse|midwife|surgeon|psychiatrist|ward)\b).*?"
        r"\bif\s+i\s+(?:ever\s+)?(?:go|leave|tell|see|talk|speak|ring|call|report|come|say)\b"
        r"[^.!?]{0,60}?\b(?:he|she)\s+(?:will|would|is\s+going\s+to|is\s+gonna)\s+put\s+me\s+"
        r"(?:back\s+)?in\s+(?:the\s+)?(?:hospital|a\s*(?:and|&)\s*e|intensive\s+care|a\s+"
        r"wheelchair|a\s+coffin)\b(?!\s+(?:car\s+park|canteen|cafe|shop|queue|bus))",
    ),
    # rape, assault, touching, coercion into sex, intimate images, spiking
    "sexual harm": (
        r"\b(?:was|been|being|got|get|is|am)\s+(?:forc\w+|made|pressur\w+)\s+(?:in)?to\s+(?:have\s+sex|"
        r"do\s+(?:things|stuff|sexual)|sleep\s+with|touch|send\s+(?:pictures|photos|nudes))",
        r"\b(?:without\s+(?:my|her|his)\s+consent|against\s+(?:my|her|his)\s+will|did\s+not\s+consent|"
        r"i\s+said\s+no\s+(?:but|and\s+he|and\s+she|and\s+they))\b",
        # sex done to someone, said plainly: "did sexual things to me", "do sex on me", or
        # something sexual "without my permission" (not a photo used without it)
        r"\b(?:did|do|does|doing|done|made|make|makes)\s+(?:\w+\s+)?(?:sexual|sex|sexy|dirty)\s+"
        r"(?:things|stuff|acts?)\s+(?:to|on|with)\s+(?:me|her|him|my\s+body)\b|\b(?:did|do|does|"
        r"doing|made|make|makes)\s+sex\s+(?:to|on)\s+(?:me|her|him)\b",
        r"\b(?:sex|sexual\w*|private\s+parts|down\s+there|inside\s+me|my\s+(?:breasts?|chest|"
        r"body))\b(?!\s+of\b)[^.!?]{0,60}\bwithout\s+(?:(?:my|her|his)\s+(?:permission|"
        r"agreement)|asking)\b",
        r"\b(?:comes?|came|coming|gets?|got|walks?|walked|barges?)\s+(?:in|into)\s+(?:the|her|his|my|their)\s+"
        r"(?:bed|bedroom|room|bathroom|shower)\s+(?:at\s+night|when|while)",
        r"\bsend\s+(?:him|her|them)\s+(?:\w+\s+)?(?:photos|pictures|pics|nudes|videos)\b|\bnudes\b",
        r"\bput\s+something\s+in\s+(?:my|her|his)\s+drink\b|\bdrink\s+(?:was|got)\s+spiked\b|"
        r"\bwoke\s+up\s+(?:some\s+where|in\s+a\s+(?:place|flat|house)|with\s+no\s+memory)\s+(?:i|and|with)",
        r"\b(?:forc(?:e|es|ed|ing)|made|makes|making|pressur(?:e|es|ed|ing))\s+(?:me|her|him)\s+"
        r"(?:to\s+)?(?:do\s+(?:things|stuff|sexual)|have\s+sex|sleep\s+with|touch|watch|"
        r"send\s+(?:pictures|photos|nudes))",
        r"\b(?:sexual|explicit|dirty|naked|nude|intimate)\s+(?:messages|texts|pictures|photos|"
        r"images|videos|comments)\b",
        r"\bsending\s+me\s+(?:pictures|photos|videos|things|stuff|messages)\s+(?:i|that\s+i)\s+"
        r"(?:never|did\s+not|do\s+not)\b",
        r"\b(?:touched|grabbed|groped)\s+(?:me|her|him)\b.{0,40}\b(?:did\s+not\s+(?:like|want)|"
        r"froze|sick|inappropriate|uncomfortable|without|private|chest|breast|bum|bottom|leg|"
        r"(?:could|can)\s+not\s+get\s+out|" + _NOT_LET_OUT + r")",
        # held in a car or a room and touched
        _NOT_LET_OUT + r"\b.{0,60}\b(?:touched|grabbed|groped|kissed)\s+(?:me|her|him)\b",
        r"\b(?:stopped|pulled\s+over|parked)\b.{0,30}\b(?:touched|groped|grabbed)\s+(?:me|her)\b",
        r"\b(?:would\s+not|will\s+not|did\s+not|does\s+not|not)\s+let\s+(?:me|her|him)\s+(?:get\s+)?"
        r"out\s+of\s+(?:the|his|her|their)\s+(?:car|van|cab|taxi|room|flat|house|bedroom)\b"
        r"(?!\s+(?:till|until)\s+(?:we|i)\s+(?:had|have)\s+(?:paid|sorted|signed))",
        # no memory after a drink someone gave, clothes changed
        r"\b(?:do\s+not|can\s+not)\s+remember\s+(?:anything|much|what\s+happened)\s+after\s+(?:the|a|"
        r"that)\s+drinks?\s+(?:he|she|they|someone|somebody|a\s+man)\s+(?:gave|bought|made|got|"
        r"handed)\s+me\b|\bmy\s+clothes\s+(?:were|had\s+been)\s+(?:different|off|torn|on\s+wrong|"
        r"inside\s+out|changed)\b",
        # abuse that has happened again, or a young person asking whether it counts
        r"\b(?:it|he|she)\s+(?:happened|did\s+it|came\s+in|was\s+at\s+it)\s+again\b.{0,40}\b(?:my\s+)?"
        r"(?:stepdad|step\s+dad|stepbrother|uncle|mums\s+boyfriend|cousin|coach|teacher|dad|"
        r"brother|grandad|lodger)\b",
        r"\bi\s+am\s+1[0-7]\b.{0,40}\b(?:does\s+(?:that|it|this)\s+(?:still\s+)?count|is\s+(?:that|it)"
        r"\s+(?:still\s+)?(?:allowed|abuse|rape|normal))\b",
        r"\binappropriately\s+touched|touched\s+(?:me|her|him|them)\s+inappropriately\b",
        r"\b(?:pushed|pressed|rubbed)\s+(?:himself|herself|themselves)\s+(?:up\s+)?(?:against|on)\b",
        r"\bexposed\s+(?:himself|herself)\b",
        r"\bforced\s+(?:himself|herself|themselves)\s+(?:on|onto)\b|\bgrop(?:ed|es|ing)\s+(?:me|her|"
        r"him)\b|\b(?:keeps|kept|keep|will\s+not\s+stop|always)\s+touching\s+(?:me|her|him)\b",
        r"\b(?:unless|if\s+i\s+do\s+not)\s+i?\s*(?:slept|sleep|had\s+sex|have\s+sex)\s+with\b|"
        r"\bsleep\s+with\s+(?:him|her|them)\s+or\b",
        r"\b(?:makes?|made|tells?|told)\s+(?:me|her|him|them)\s+(?:to\s+)?keep\s+(?:secrets|it\s+(?:a\s+)?"
        r"secret|quiet\s+about)|\bour\s+(?:little\s+)?secret\b",
        r"\b(?:put|puts|putting)\s+(?:his|her|their)\s+hands?\s+(?:on|up)\s+my\s+(?:leg|thigh|knee|bum|"
        r"bottom|chest|skirt|top|dress)\b|\b(?:he|she|they)\s+(?:was|were|is|got)\s+on\s+top\s+of\s+me\b",
        r"\b(?:posted|shared|sent|send|post|share)\s+(?:pictures|photos|videos|images|nudes)\s+"
        r"of\s+(?:me|her|him)\b",
        r"\bspiked\b",
        # no memory of a night, waking in someone else's bed or flat, or told of being drugged
        r"^(?=.*" + _MEMORY_GAP + r")(?=.*" + _WOKE_SOMEWHERE + r")",
        r"^(?=.*\b(?:drink|drinks|it|wine|pint|glass)\s+(?:\w+\s+)?(?:tasted|tastes)\s+(?:\w+\s+)?(?:funny|"
        r"weird|strange|odd|off|salty|bitter)\b)(?=.*(?:"
        + _MEMORY_GAP
        + r"|"
        + _WOKE_SOMEWHERE
        + r"))",
        r"\b(?:i|she|he|we)\s+(?:think\s+(?:i|she|he|we)\s+)?(?:was|were|had\s+been|got|been|must\s+have"
        r"\s+been)\s+drugged\b(?!.{0,40}\b(?:dentist|hospital|surgery|operation|vet|anaesthetic)\b)",
        # a drug given, then waking with someone on or inside the writer
        r"^(?=.*(?:" + _DRUG_GIVEN + r"|" + _MEMORY_GAP + r"))(?=.*" + _WOKE_WITH_SOMEONE + r")",
    ),
    # coercive control: phone, money and papers kept, friends kept away, watched, locked in
    "control": (
        r"^(?=.*\b(?:he|she)\s+(?:reads|checks|goes\s+through|monitors|tracks)\s+(?:everything|"
        r"all\s+my\s+(?:messages|texts|emails)|my\s+(?:phone|messages|texts|emails))\b)(?=.*\b"
        r"(?:i\s+will|ill|i\s+would|i\s+d)\s+pay\s+for\s+(?:it|going\s+out|going|this|that)\b(?!"
        r"\s+(?:myself|by|with|in|on|out\s+of|now|later|first|online|separately|and|when|at)\b))",
        NOT_A_RULE_OR_A_GAME + PERSON + _AUX + r"\s+(?:will\s+not|does\s+not|do\s+not|did\s+not|"
        r"never|would\s+not)\s+lets?\s+(?:me|her|him|them)\s+(?:leave|go\s+out|go\s+anywhere|"
        r"out\b|have\s+(?:any|my|her|his|a)\b|see\s+(?:my|her|his|their|any)|work|talk|speak|use|"
        r"sleep|eat|go\s+to|come\s+to|attend)",
        r"\b(?:i\s+am|she\s+is|he\s+is|they\s+are|says\s+i\s+am|i\s+was)\s+not\s+allowed\s+to\s+"
        r"(?:go\s+out|leave\s+(?:the|my|her|his)|see\s+(?:my|her|his|any)|have\s+(?:any|my|a\s+"
        r"phone)|talk\s+to\s+(?:anyone|my|people)|speak\s+to\s+(?:anyone|my|people)|work|go\s+"
        r"anywhere|have\s+friends)",
        _TAKES_WHAT_IS_THEIRS + r"(?!" + _ERRAND_FOR_THEM + r")",
        r"^(?=.*" + _GOING_WITHOUT + r")(?=.*" + _TAKES_WHAT_IS_THEIRS + r")",
        PERSON + _AUX + r"\s+(?:takes?|took|taken|taking|steals?|stole|stealing|using|uses|used)\s+"
        r"(?:the\s+)?(?:money|cash)\s+(?:from|out\s+of|off)\s+" + _WHOSE,
        PERSON + _AUX + r"\s+(?:reads?|reading|checks?|checking|goes\s+through|tracks?|tracking|"
        r"monitors?|monitoring)\s+(?:all\s+)?(?:my|her|his)\s+(?!\w+\s+(?:out\s+loud|aloud))(?:messages|"
        r"texts|emails|phone|location|every\s+move)",
        r"\b(?:put|installed|has)\s+(?:a\s+)?(?:tracker|tracking\s+app|spyware)\s+on\s+(?:my|her)",
        NOT_A_RULE_OR_A_GAME
        + r"\b(?:will\s+not|does\s+not|do\s+not|did\s+not|never|would\s+not)\s+lets?\s+(?:me|her|"
        r"him)\s+(?:have\s+(?:any|my|her|his)\s+(?:own\s+)?(?:money|phone|friends|keys)|leave\s+"
        r"the\s+(?:house|flat|home)|go\s+out\b|see\s+(?:my|her|his)\s+(?:friends|family|kids|"
        r"children|mum|dad|sister|brother))",
        r"\b(?:being|is|seems\s+to\s+be|are|was|feel)\s+controlled\s+by\b|\bcontrolling\s+(?:partner|"
        r"husband|wife|boyfriend|girlfriend|relationship|behaviou?r)\b",
        r"\b(?:decides?|chooses?|controls?|says|tells\s+me|dictates?)\s+(?:who|what|where|when|if|"
        r"whether)\s+i\s+(?:can|am\s+allowed|may)\s+(?:see|go|wear|eat|talk|speak|spend|leave|do)",
        PERSON
        + _AUX
        + r"\s+(?:has|have|holds?)\s+(?:got\s+)?all\s+(?:of\s+)?(?:my|her|his)\s+(?:own\s+)?"
        + _OWNED,
        r"\bhave\s+to\s+ask\s+(?:him|her|them|my\s+\w+)?\s*(?:for|before\s+i\s+(?:spend|buy))\s+"
        r"(?:money|bus\s+fare|cash|every\s+penny|permission|my\s+own)",
        r"\baccount\s+for\s+every\s+(?:penny|pound)|\bevery\s+penny\s+(?:i|she|he)\s+(?:spend|spends)\b",
        r"\b(?:says|said|tells\s+me|told\s+me|calls\s+me|keeps\s+saying)\s+(?:that\s+)?i\s+am\s+(?:\w+\s+)?"
        r"(?:worthless|useless|nothing|stupid|ugly|crazy|mad|pathetic|a\s+waste|disgusting)\b",
        r"\b(?:nobody|no\s+one)\s+else\s+would\s+(?:want|have|love|put\s+up\s+with)\s+(?:me|her|him)\b|"
        r"\bi\s+am\s+nothing\s+without\s+(?:him|her|them)\b",
        r"\bnot\s+allowed\s+(?:a|my\s+own|any|to\s+have)?\s*(?:\w+\s+)?(?:phone|money|bank|friends|keys?)"
        r"\b(?!\s+(?:at|in|during)\s+(?:work|the))",
        r"\b(?:keeps|kept|keeping)\s+(?:me|her|him)\s+short\s+of\s+money\b|\bmakes\s+me\s+ask\s+(?:him|"
        r"her)?\s*(?:for|before)\s+(?:everything|anything|money)\b",
        r"\b(?:will\s+not|does\s+not|do\s+not|never|would\s+not)\s+let\s+(?:us|me|anyone)\s+(?:see|visit|"
        r"talk\s+to)\s+(?:him|her|them|my\s+(?:\w+\s+)?" + _RELATION + r")\b",
        r"\bsign\s+(?:his|her|their)\s+(?:house|home|flat|savings|money|property)\s+over\b|\bsign\s+over\s+"
        r"(?:his|her|their)\s+(?:house|home|flat|savings|money|property|pension)\b",
        r"\bcontrols?\s+(?:all\s+)?(?:my|her|his|the|our)\s+(?:money|finances|life|everything|phone|"
        r"every\s+move)",
        r"\b(?:not|never)\s+letting\s+(?:me|her|him)\s+(?:leave|go\s+out|go\s+anywhere|see|have|"
        r"out\b|talk|speak|work)",
        r"\bcan\s+not\s+(?:even\s+)?(?:buy|spend|get|go|see)\b.{0,30}\bwithout\s+(?:asking|his|"
        r"her|their)\b(?!\s+(?:a\s+)?(?:ticket|pass|receipt|id|card))",
        r"\b(?:controls?|decides?|chooses?)\s+what\s+i\s+(?:wear|eat|spend|say|do)\b",
        NOT_A_RULE_OR_A_GAME + PERSON + r"\s+(?:will\s+not|does\s+not|never|would\s+not)\s+lets?"
        r"\s+me\s+(?:learn|study|go\s+to|work|get\s+a\s+job|visit|call|phone|ring|wear|dress|"
        r"have\s+friends|see\s+a\s+doctor|out\b)",
        r"\bhave\s+to\s+hand\s+over\s+(?:all\s+)?(?:my|the)\s+(?:wages|money|benefits|pay|cards?|pension)\b|"
        r"\bsays?\s+(?:i\s+will|ill|you\s+will|youll)\s+regret\s+it\b|\b(?:does\s+not|will\s+not)\s+like\s+"
        r"me\s+(?:going\s+out|seeing|talking\s+to|having\s+friends)\b",
        _REGRET_IF_I_GO,
        r"\b(?:ex|he|she|they|partner|husband|wife|boyfriend|girlfriend)\b.{0,20}\bhacked\s+(?:into\s+)?my\b|"
        r"\btrack(?:s|ed|ing)\s+my\s+(?:car|location|phone|movements)\b|\b(?:tracker|tag|airtag|air\s+tag)\s+"
        r"(?:under|on|in|inside)\s+(?:my|the)\s+(?:car|bumper|bag|coat)\b",
        r"\b(?:watches|reads|checks)\s+(?:what|everything|who)\s+i\s+(?:type|text|send|write|say)\b",
        r"\b(?:gets|has|had|got)\s+(?:my|her|his)\s+(?:wages|benefits|pay|money|pension|universal\s+credit)"
        r"\s+paid\s+into\s+(?:his|her|their)\b|\b(?:makes?|made|forces?|forced)\s+(?:me|her|him)\s+(?:hand"
        r"\s+over|give\s+(?:him|her|them)|hand\s+in)\s+" + _WHOSE + r"\s+(?:\w+\s+)?" + _OWNED,
        r"\b(?:he|she|they)\s+(?:knows|finds\s+out|found\s+out|sees|saw)\s+(?:that\s+)?i\s+(?:am|was|have"
        r"\s+been)\s+(?:texting|messaging|talking\s+to|writing\s+to)\s+you\b",
        r"\bmake\s+(?:it|this)\s+look\s+like\s+(?:an\s+accident|suicide)\b|\bmake\s+(?:me|her|you|him)\s+"
        r"disappear\b",
        r"\b(?:he|she|they)\s+(?:said|says|told\s+me)\s+i\s+am\s+not\s+allowed\s*(?:$|[.!,]|to\s+"
        r"(?:come|go|see|leave|talk|speak|have|work))",
        r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend)\s+(?:\w+\s+)?stop(?:s|ped)?\s+"
        r"me\s+(?:from\s+)?(?:coming|going|leaving|seeing|talking|working|attending)\b",
        r"\bif\s+i\s+(?:report|tell)\b.{0,30}\b(?:no\s+one|nobody)\s+(?:will|would)\s+(?:believe|"
        r"listen|help|care)\b",
        r"\b(?:i\s+have|she\s+has|he\s+has|left\s+with)\s+(?:no|nothing|no\s+money)\s+(?:for|to\s+"
        r"buy)\s+food\b",
        r"\b(?:cut|cuts|cutting|kept|keeps|keeping)\s+(?:me|her|him)\s+(?:off|away)\s+from\s+"
        r"(?:my|her|his|everyone|friends|family)",
        NOT_A_RULE_OR_A_GAME
        + r"\block(?:ed|s|ing)?\s+(?:me|her|him|them|us)\s+(?:in|up|inside|out)\b"
        + NOT_IN_AN_ESCAPE_ROOM
        + r"|\b(?:is|was|are|being|were|kept)\s+locked\s+(?:in|inside)\s+(?:her|his|their|my|a|"
        r"the)\s+(?:room|house|flat|cupboard|bedroom)|\b(?:throw|kick)\s+(?:me|her|us)\s+out\b",
        r"\b(?:says|said|tells|told)\s+(?:me\s+)?(?:no\s+one|nobody)\s+will\s+(?:believe|help|listen)\b",
        # leaving only with permission: "does not permit me to leave the house without him"
        r"\b(?:do|does|did|will|would)\s+not\s+(?:permit|allow)\s+(?:me|her|him)\s+(?:to\s+)?(?:leave|"
        r"go\s+out|go\s+anywhere|see|have|speak|talk|work|use)\b(?!\s+(?:early|before|till|until|on\s+"
        r"(?:the\s+)?(?:bus|train)|in\s+the\s+(?:venue|hall)))",
        # food locked away
        PERSON + _AUX + r"\s+(?:lock|locks|locking|locked)\s+(?:up\s+)?(?:the|my|our)\s+(?:food|"
        r"fridge|kitchen|cupboards?|food\s+cupboard)\b(?!\s+at\s+\d)",
        # a photo or location every hour, or else
        r"\b(?:send|sending|sent|wants|demands|expects)\s+(?:him\s+|her\s+|them\s+)?(?:a\s+)?(?:photo|"
        r"picture|pic|selfie|video|location)\s+(?:of\s+me\s+)?(?:\w+\s+)?(?:every|each)\s+(?:hour|"
        r"\d+\s+minutes|half\s+hour)\b",
        r"\bif\s+i\s+(?:do\s+not|miss|forget|am\s+late|say\s+no|go)\b.{0,60}\bi\s+know\s+what\s+"
        r"(?:happens|will\s+happen|he\s+will\s+do|she\s+will\s+do)\b",
        # contact only while he is out; kept in a room for days
        r"\bonly\s+(?:message|text|call|ring|contact|email|phone)\s+(?:me\s+)?(?:\w+\s+){0,5}(?:when|"
        r"while)\s+(?:he|she)\s+is\s+(?:at\s+work|out|asleep|not\s+(?:in|home|around|there)|away)\b",
        r"\b(?:could\s+not|was\s+not\s+allowed\s+to|not\s+allowed\s+to|can\s+not)\s+(?:come|get|go)\s+"
        r"out\s+of\s+(?:the|my)\s+(?:bed)?room\s+for\b",
        # leaving home unseen
        r"\bcan\s+not\s+(?:be\s+seen|let\s+(?:him|her|them)\s+see\s+me)\s+(?:leaving|going\s+out|"
        r"coming\s+out|getting\s+in)\s+(?:of\s+|from\s+)?(?:my|the|our)\s+(?:\w+\s+)?(?:door|house|"
        r"flat|home|building)\b",
    ),
}
