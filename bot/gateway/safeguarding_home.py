"""The English phrase net, part twelve: harm inside someone's own home, told as what is being
done there rather than by its name.

Cuckooing: "friends" (in quotes or not), a son's mates, lads or young men staying at
someone's flat, told with two of the signs that it is no longer theirs: they will not leave or
let the owner out; they took the keys or the bank card; the kitchen is used for "their business",
stuff is bagged on the table or drugs are sold from the flat; the owner is afraid of them, begs
for no police, or has fresh injuries. A housing officer's or a support worker's account reads the
same way, and so does a carer's visit: the door answered by a stranger or a boy of 14, the person
not seen, and packages, the lights off or the visitor's worry; and one "friend" moved in with a
disabled, frail or lone adult, with two of no food, the card gone, screaming heard or the door
kept shut; or "friends" staying at a disabled or lone adult's home with the keys or the card.
Domestic abuse told as what was done: a pillow, a hand or a bag held over the face, or
the head held under the water, until the person passed out or could not breathe; and a row heard
or seen, someone screaming at her or the children with things smashing or a shout for help, or
someone kicking at the door the writer is shut behind; and medicines hidden or taken away
by a partner or family as a punishment; what the writer eats or does watched, with a bad night
if he finds out; a stay in hospital foretold from how he gets when he drinks; a knife waved
about at home while the writer hides or keeps the children away.

Each is written so that its everyday twin with the same words reads past it: friends staying
while the owner is away with the spare keys, a friend moved in to help after an operation, a
son's mates who will not leave the games console, the kitchen used for a cake business, a
pillow over one's own face to sleep, a mask at the dentist, a pillow fight, someone screaming at
the football or a film, plates smashed at a Greek wedding, a son kicking the bathroom door to be
let in, a man in the house fixing the boiler, burglars in a film.
The older patterns for a home taken over (people dealing from it, "stopping" at mine with the
card) are in safeguarding_care. Text has been through safeguarding_words.normalise.

Injuries kept indoors are read too: a face or an eye marked, and the one who did it saying
not to go out like that (not a face after the dentist or an allergy); and people who have taken
over a room and changed the lock or taken the keys.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_crimes import SCREAM_HEARD
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Who has moved in: "friends" or mates (a son's, a nephew's), lads, young men, strangers.
_INCOMERS = (
    r"\b(?:friends|mates|pals|lads|men|guys|boys|blokes|strangers|dealers|a\s+gang|(?:two|"
    r"three|four|five|some|these|those|a\s+couple\s+of|a\s+few|\d+)\s+(?:young\s+|older\s+)?"
    r"(?:lads|men|guys|boys|blokes|people|girls|women|of\s+them))\b"
)
# Where they are: at the writer's (or the member's) home, or "there" in a visitor's account.
_AT_THE_HOME = (
    r"(?:\s+\w+){0,3}?\s+(?:stay|stays|staying|stopping|living|sleeping|kipping|crashing|"
    r"dossing|moved\s+in|are|is|been|have\s+been|keep\s+coming)\s+(?:(?:back\s+)?(?:at|in|"
    r"into|to)\s+(?:mine|his|hers|theirs|(?:my|his|her|their|the|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\s+"
    r"(?:\w+\s+)?(?:flat|house|home|place|room|bedsit))|there)\b"
)
_MOVED_IN = _INCOMERS + r"[\"']?" + _AT_THE_HOME
# The home not the owner's own any more: they will not go, or the owner may not leave.
_STUCK = (
    r"\b(?:will\s+not|would\s+not|refuse\s+to)\s+(?:leave|go|get\s+out|move\s+out)\b"
    r"(?!\s+(?:the\s+(?:console|xbox|playstation|game|telly|tv|sofa|pool)|till|until|before))|"
    r"\b(?:can\s+not|could\s+not)\s+(?:make|get)\s+(?:them|him)\s+(?:to\s+)?(?:leave|go|out)\b|"
    r"\bcan\s+not\s+get\s+rid\s+of\s+them\b|\b(?:i\s+am|he\s+is|she\s+is)\s+not\s+allowed\s+"
    r"(?:out|to\s+(?:go\s+out|leave))\b|\b(?:will\s+not|do\s+not|does\s+not)\s+let\s+(?:me|him|"
    r"her)\s+(?:out|leave|go\s+out)\b"
)
# What they took: the keys to the door, the bank card, the phone (not the spare or the car keys).
_TOOK_WHAT = (
    r"\b(?:took|taken|take|takes|taking|kept|keep|keeps|keeping|have|has|got|holding|hold)\s+"
    r"(?:got\s+)?(?:all\s+)?(?:my|his|her)\s+(?:front\s+door\s+|door\s+|house\s+|flat\s+)?"
    r"(?:keys?|bank\s*cards?|cards?|pin|phone|benefits|money)\b(?!\s+(?:charger|number|case|"
    r"cable|bill|to\s+(?:feed|water|let|check|look|play)|while|for\s+(?:the|when|emergencies)))"
)
# What they use the home for: "their business", stuff bagged on the table, drugs sold from it.
_THEIR_BUSINESS = (
    r"\b(?:use|uses|using|used)\s+(?:my|the|his|her)\s+(?:kitchen|flat|house|place|front\s+room|"
    r"bedroom|table|kitchen\s+table)\s+(?:for|as)\s+(?:their|his|the)\s+(?:business|work|office|"
    r"stuff|deals?|base)\b(?!\s+(?:meetings?|calls?|zoom|accounts?|cakes?|baking|orders?))|"
    r"\bbagging\s+(?:up|stuff|things|it|bits|gear|drugs|weed|white|powder)\b|"
    r"\b(?:drugs|gear|crack|weed|coke|stuff)\s+(?:are\s+|is\s+)?(?:being\s+)?(?:sold|dealt|"
    r"selling|sell|dealing)\s+(?:from|out\s+of|in)\s+(?:the|my|his|her|their)\s+(?:flat|house|"
    r"home|place|kitchen)\b|\b(?:people|cars|strangers)\s+(?:coming\s+)?in\s+and\s+out\s+"
    r"(?:all|at\s+all)\b"
)
# The owner afraid of them or hurt: no police please, "they will know it was me", injuries.
_AFRAID_OF_THEM = (
    r"\b(?:(?:do\s+not|please\s+do\s+not|can\s+not)\s+(?:send|call|ring|get|tell|involve)\s+"
    r"(?:the\s+)?police|(?:they|he)\s+(?:will|would)\s+know\s+(?:it\s+was\s+me|i\s+(?:told|"
    r"rang|called|grassed)|if\s+i\s+(?:tell|told|say|ring|call))|(?:scared|frightened|"
    r"terrified|afraid|petrified)\s+of\s+(?:them|him)|(?:too\s+)?(?:scared|frightened|afraid)\s+"
    r"to\s+(?:say|tell|ask|go\s+home)|(?:fresh|new)\s+(?:injuries|bruises|cuts|marks|burns)|"
    r"(?:hit|hurt|threatened|beat)\s+(?:me|him|her)\b)"
)

# A visit with the same words: the children's mates on the console, a sleepover, "lol".
_A_VISIT = (
    r"\b(?:gaming|games|xbox|playstation|console|fifa|roblox|sleepover|birthday|lol|haha\w*)\b"
)
# People moved into the home, on no visit.
_MOVED_IN_UNASKED = "^(?!.*" + _A_VISIT + ")" + every_one_of(_MOVED_IN)

# A visit told by a carer or a friend: the door answered by a stranger or a child (a boy of 14,
# lads never seen before), the person visited not seen, and one more sign: packages, the phones,
# people in and out, the home dark, or the visitor's worry (not a grandson who answered and
# Gary in the kitchen).
_WHO = (
    r"(?:boy|lad|kid|child|teen\w*|young\s+(?:man|lad|person|people|lads|men)|stranger|man|men|"
    r"lads|boys|guys?|bloke|girl)s?"
)
_STRANGER_AT_THE_DOOR = (
    r"\b(?:door|it)\s+(?:was\s+)?(?:answered|opened)\s+by\s+(?:a|an|some|two|three|these|this)"
    rf"\s+(?:\w+\s+){{0,4}}?{_WHO}\b|\b(?:a|an|some|two|three)\s+(?:\w+\s+){{0,4}}?{_WHO}\s+"
    r"(?:(?:i|id|i\s+had|i\s+have)\s+(?:never|not)\s+(?:seen|met)(?:\s+before)?\s+|i\s+(?:did|"
    r"do)\s+not\s+(?:know|recogni[sz]e)\s+)?(?:answered|opened|came\s+to)\s+(?:the|his|her|their)"
    r"\s+(?:front\s+)?door\b"
)
_NOT_SEEN = (
    r"(?<!\bi\s)(?<!\bid\s)(?<!\bhave\s)(?<!\bhad\s)\b(?:not|never)\s+(?:been\s+)?seen\b"
    r"(?!\s+before)|\b(?:could|did|would)\s+not\s+(?:see|find|speak\s+"
    r"to|get\s+to)\s+(?:him|her|them|mr\s+\w+|mrs\s+\w+|ms\s+\w+)\b|\b(?:would|will)\s+not\s+"
    r"let\s+(?:me|us)\s+(?:in|see)\b|\bsaid\s+(?:he|she)\s+(?:was|is)\s+(?:out|asleep|not\s+"
    r"(?:in|there|home))\b"
)
_SIGNS_OF_DEALING = (
    r"\b(?:packages|parcels|little\s+bags|baggies|wraps|burner|phones?\s+(?:kept\s+|keep\s+)?"
    r"(?:ringing|going)|(?:people|cars)\s+(?:coming\s+)?(?:in\s+and\s+out|pulling\s+up))\b|"
    r"\blights?\s+(?:were\s+|was\s+)?(?:all\s+)?(?:off|out)\b|\bcurtains\s+(?:\w+\s+)?(?:closed|"
    r"drawn|shut)\b|(?<!not\s)\b(?:worried|concerned|uneasy|did\s+not\s+feel\s+right|"
    r"something\s+(?:is|was)\s+(?:not\s+right|wrong|off))\b"
)

# A disabled, frail or lone adult, a "friend" (one person) moved in, and two signs of what it
# has brought: no food, the card or the money gone, screaming heard, the door kept shut (not a
# friend moved in to help after an operation, with one of these as news).
_VULNERABLE_ADULT = (
    r"\b(?:wheelchair|disabled|disabilit\w+|learning\s+difficult\w+|dementia|blind|deaf|frail|"
    r"housebound|elderly|vulnerable|autis\w+|lives\s+(?:on\s+(?:her|his|their)\s+own|alone))\b"
)
_ONE_MOVED_IN = (
    r"\b(?:friend|boyfriend|girlfriend|man|bloke|guy|lad|woman|someone|lodger|couple|partner)"
    r"[\"']?\s+(?:has\s+|have\s+)?moved\s+(?:in|into\s+(?:her|his|their)\s+(?:flat|house|"
    r"home|place))\b(?!\s+(?:next\s+door|across|opposite|down|up|over|round|nearby|on\s+the|at\s+"
    r"number)\b)"
)
_NO_FOOD = (
    r"\b(?:got\s+no|has\s+no|no|not\s+got\s+any|has\s+not\s+got\s+any)\s+food\b|\bnothing\s+"
    r"to\s+eat\b|\bnot\s+(?:been\s+)?(?:eaten|eating|fed)\b|\bcupboards?\s+(?:are\s+|is\s+)?"
    r"(?:empty|bare)\b"
)
_MONEY_GONE = (
    r"\b(?:bank\s*cards?|cards?|pension|money|benefits|purse|savings)\s+(?:is\s+|are\s+|has\s+|"
    r"have\s+)?(?:been\s+)?(?:gone|missing|taken|disappeared|emptied)\b|\b(?:took|taken|has|"
    r"have|got|keeps|kept)\s+(?:all\s+)?(?:her|his|their)\s+(?:bank\s*card|card|pension|money|"
    r"benefits|purse|savings)\b"
)
# An older or confused adult's home with young men coming and going at all hours.
_OLD_OR_CONFUSED = (
    r"\b(?:confused|forgetful|muddled|(?:is|aged?|she\s+is|he\s+is)\s+(?:[7-9]\d|1[01]\d))\b"
)
_IN_AND_OUT = (
    r"\b(?:lads|men|boys|guys|blokes|people|strangers)\s+(?:\w+\s+){0,2}?(?:in\s+and\s+out\s+"
    r"of|coming\s+and\s+going\s+(?:from|at))\s+(?:her|his|their)\s+(?:flat|house|home|place)\b"
)
_DOOR_KEPT_SHUT = (
    r"\b(?:will\s+not|would\s+not|does\s+not|did\s+not|not)\s+(?:open|answer\w*)\s+(?:the|her|"
    r"his|their)\s+(?:front\s+)?door\b"
)

# A pillow, a hand or a bag held over the face, or the head held under water, by someone else.
_SMOTHERED = (
    r"(?<!\bi\s)(?<!\bi\sjust\s)\b(?:held|hold|holds|holding|pressed|press|presses|pressing|"
    r"pushed|push|pushes|pushing|put|puts|putting|forced|shoved|clamped|covered)\s+(?:a|the|his|"
    r"her|their|my)\s+(?:pillow|cushion|hands?|(?:plastic\s+|carrier\s+)?bag|towel|tea\s*towel|"
    r"jumper|blanket|duvet|cloth|rag|sock)s?\s+(?:\w+\s+)?(?:over|on|onto|against|across|round|"
    r"around|down\s+on)\s+(?:my|her|his|their)\s+(?:face|mouth|nose|head|throat)\b|"
    r"(?<!\bi\s)\b(?:held|holds|holding|pushed|pushes|pushing|forced|shoved)\s+(?:my|her|his)\s+"
    r"(?:head|face)\s+(?:down\s+)?(?:under|into|in)\s+(?:the\s+)?(?:water|bath|sink|pillow|"
    r"mattress|toilet)\b|\bsmother\w*\s+(?:me|her|him|them)\b(?!\s+with\b)|\b(?:sat|sits|sitting|"
    r"knelt|kneels|kneeling)\s+on\s+(?:my|her|his)\s+(?:chest|neck|throat|face)\b"
)
# What it did: passed out, could not breathe or cry out, went limp, thought they would die.
_BREATH_STOPPED = (
    r"(?:\b(?:until|till|so|and|while|when|then)|[,;.])\s+(?:i|she|he|they)\s+(?:\w+\s+)?"
    r"(?:passed\s+out|blacked\s+out|(?:could|can)\s+not\s+(?:breathe|scream|shout|call\s+"
    r"(?:out|for\s+help))|stopped\s+breathing|lost\s+consciousness|went\s+(?:limp|floppy|blue|"
    r"dizzy)|was\s+(?:choking|gasping|struggling\s+to\s+breathe)|thought\s+(?:i|she|he)\s+"
    r"(?:was\s+going\s+to|would)\s+die)\b|\beverything\s+went\s+(?:black|dark)\b"
)
# Play or a procedure with the same words: a pillow fight, breathless from laughing, a mask at
# the dentist (not "he laughed about it", which is part of the harm).
_PLAY = (
    r"\b(?:pillow\s+fight|playing|tickl\w*|lol|haha\w*|(?:from|with|while)\s+(?:laugh|giggl)\w*|"
    r"dentist|anaesthe\w*|gas\s+and\s+air|mask)\b"
)

# Someone screaming or shouting at a woman, a partner or the children (not at the telly).
_ROW_AT_SOMEONE = (
    r"\b(?:scream\w*|shout\w*|yell\w*|swear\w*|roar\w*|bellow\w*|raging)\s+at\s+(?:her|him|mum|"
    r"(?:his|her|their|my)\s+(?:wife|partner|girlfriend|boyfriend|husband|missus|kids|children|"
    r"son|daughter|mum|dad|mother|father|baby|little\s+\w+)|the\s+(?:kids|children|baby)|a\s+"
    r"(?:woman|child|girl|boy))\b"
)
# Things smashed or thrown, bangs and thuds, a shout for help, a plea to stop.
_VIOLENCE_SOUNDS = (
    r"\b(?:things|stuff|plates|glass|glasses|furniture|dishes|crockery|cups|everything)"
    r"\s+(?:\w+\s+)?(?:smash\w*|break\w*|crash\w*|thrown|being\s+thrown|flying)\b|\bsmash\w*\s+"
    r"(?:things|stuff|plates|glasses|furniture|the\s+place|everything|dishes|cups)\b|\b(?:thuds?|"
    r"thumps?|bangs|banging)\b(?!\s+(?:music|tunes|on\s+about))|\b(?:shout\w*|scream\w*|yell\w*|"
    r"cr(?:y|ies|ied|ying)|call\w*)\s+(?:out\s+)?(?:for\s+)?help(?:\s+me)?(?:\s+please)?\s*(?:$|"
    r"[.,!?;]|and\b|then\b|but\b|so\b)|\bbegg\w+\s+(?:him|her|them)\s+to\s+stop\b|\b(?:scream\w*|"
    r"shout\w*|cry\w*|cried)\s+(?:stop|get\s+off)\b"
)
# A row on screen, or plates smashed for a celebration ("opa!"); a row after the football is
# still read.
_ON_SCREEN_OR_PARTY = (
    r"\b(?:tv|telly|television|film|movie|programme|soap|episode|eastenders|coronation\s+street|"
    r"wedding|restaurant|greek|opa|lol|haha\w*)\b"
)

# Someone kicking or breaking at a door the writer is shut behind ("he's kicking the bathroom
# door, I'm in here with the baby"); not a child or a dog at the door, nor a joke.
_AT_THE_DOOR = (
    r"\b(?:he|she|they|my\s+(?:ex|husband|partner|boyfriend|girlfriend|wife|dad|stepdad))\s+"
    r"(?:is|are|keeps|has\s+been|started)\s+(?:kicking|banging\s+on|hammering\s+on|punching|"
    r"smashing|booting|trying\s+to\s+(?:kick|break|force|smash|get\s+through))\s+"
    r"(?:in\s+|down\s+)?(?:at\s+)?(?:the|my|our)\s+(?:\w+\s+)?door\b"
)
_SHUT_IN = (
    r"\b(?:i\s+am|we\s+are)\s+(?:locked\s+|hiding\s+|shut\s+)?in\s+(?:here|the\s+(?:bathroom|"
    r"bedroom|toilet|loo|kitchen))\b|\blocked\s+(?:myself|us)\s+in\b|\bhiding\s+in\s+the\s+"
    r"(?:bathroom|bedroom|toilet|loo|kitchen)\b"
)
_A_CHILD_OR_PET_AT_THE_DOOR = (
    r"\b(?:(?:my|our|the)\s+(?:son|toddler|boy|grandson|nephew|little\s+(?:one|boy|brother)|dog|"
    r"puppy|cat|\d+\s+year\s+old)\s+(?:is|keeps|wants|has)|lol|haha\w*)\b"
)

# A stranger in the home now: someone there the writer does not know, or breaking in.
_INTRUDER = (
    r"\bthere\s+(?:is|are)\s+(?:a\s+(?:man|guy|bloke|stranger|person|lad)|someone|somebody|"
    r"people|men|strangers|an\s+intruder|(?:two|three|some)\s+(?:men|guys|people|lads|blokes))"
    r"\s+(?:i\s+do\s+not\s+know\s+)?(?:(?:in|inside)\s+(?:the|my|our)\s+(?:house|flat|home|"
    r"kitchen|hall\w*|living\s+room|front\s+room|back\s+room)|downstairs)\b|"
    r"\b(?:someones?|somebody|a\s+man|men|people|they|he)\s+(?:is\s+|are\s+|has\s+|have\s+|"
    r"just\s+)?(?:broken|broke|breaking|trying\s+to\s+(?:get|break|force\s+(?:their|his)\s+way)"
    r")\s+in(?:to\s+(?:the|my|our)\s+(?:house|flat|home))?\b|\b(?:an\s+)?intruders?\b|"
    r"\bburglars?\s+(?:is\s+|are\s+)?(?:in|inside|downstairs)\b"
)
# The writer there with them now: hearing them, hiding, shut in a room, things gone through.
_WITH_THEM_NOW = (
    r"\bi\s+can\s+(?:hear|see)\s+(?:him|them|someone|somebody|footsteps|voices)\b|"
    r"\b(?:going|rooting|rummaging|looking)\s+through\s+(?:the|my|our)\s+(?:drawers|things|"
    r"stuff|cupboards|bags?)\b|\bhiding\b|" + _SHUT_IN
)
# A stranger with a reason to be there, a dream or a story, or a break-in long over.
_EXPLAINED = (
    r"\b(?:fix\w*|fitting|repair\w*|plumber|electrician|boiler|engineer|builders?|decorators?|"
    r"workm[ae]n|landlord|meter|delivery|surveyor|viewing|estate\s+agent|cleaner|carers?|nurse|"
    r"dream\w*|nightmare|film|movie|game|story|book|ghosts?|haunted|lol|haha\w*|last\s+(?:week|"
    r"month|year)|years?\s+ago)\b"
)
# Medicines hidden or taken away by a partner or family as a punishment ("he hides my heart
# pills when I don't do as I'm told"); not pills put out of the grandchildren's reach.
_MEDS_KEPT_BACK = (
    r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|son|daughter|carer|ex)\s+"
    r"(?:\w+\s+)?(?:hides|hid|hiding|hidden|takes|took|taken|keeps|kept|locks|locked|withholds|"
    r"withheld|throws|threw|flushes|flushed)\s+(?:away\s+)?(?:my|her|his)\s+(?:\w+\s+){0,2}"
    r"(?:pills|tablets|meds|medication|medicine|inhaler|insulin)\b"
)
_AS_A_PUNISHMENT = (
    r"\b(?:when|if|unless)\s+(?:i|she|he)\s+(?:do\s+not|does\s+not|will\s+not|refuse\s+to)\s+"
    r"(?:do\s+(?:as|what)|listen|obey|behave|give\s+in|agree)\b|\bdo\s+as\s+(?:i|she|he)\s+"
    r"(?:am|is)\s+told\b|\bto\s+punish\s+(?:me|her|him)\b|\bteach\s+(?:me|her|him)\s+a\s+"
    r"lesson\b|\banswer\s+(?:him\s+|her\s+)?back\b"
)
# What the writer does watched for and punished: "if he finds out I ate something he didn't give
# me it's a bad night"; not a toddler, nor a diet's bad night laughed off.
_IF_HE_FINDS_OUT = (
    r"\bif\s+(?:he|she|my\s+(?:husband|partner|boyfriend|girlfriend|wife|dad|stepdad|father|"
    r"mum|ex))\s+(?:ever\s+)?(?:finds\s+out|found\s+out|knew|knows|sees|saw|hears|catches\s+me)"
    r"\s+(?:that\s+)?(?:i|me)\b"
)
_PUNISHED_FOR_IT = (
    r"\b(?:it\s+is|it\s+will\s+be|that\s+is|there\s+will\s+be|i\s+will\s+have)\s+a\s+"
    r"(?:bad|long|rough|horrible)\s+night\b|\b(?:i\s+will|ill)\s+(?:pay\s+for\s+it|be\s+in\s+for"
    r"\s+it|get\s+it|suffer|be\s+black\s+and\s+blue|not\s+be\s+able\s+to\s+walk)\b"
)
_NOT_A_DIET = (
    r"^(?!.*\b(?:diet|slimming|weigh\s*-?\s*in|calories|toddler|baby|puppy|dog|lol|haha\w*)\b)"
)
# A hurt foretold from a partner's drinking: "I'll probably be in hospital again, it's his
# birthday and he always gets like that when he drinks"; not the pub.
_HOSPITAL_FORETOLD = (
    r"\b(?:ill|i\s+will|i\s+am\s+going\s+to|i\s+might|i\s+could)\s+(?:probably\s+|likely\s+)?"
    r"(?:end\s+up\s+|be\s+)?(?:back\s+)?in\s+(?:hospital|a\s*(?:&|and)\s*e)\b(?!\s+(?:again\s+)?"
    r"(?:for|with|visiting|to\s+(?:see|visit|have))\b)"
)
_WHEN_HE_DRINKS = (
    r"\b(?:when|after|once|if)\s+(?:he|she)\s+(?:drinks|has\s+(?:had\s+)?(?:a\s+)?drinks?|is\s+"
    r"drunk|gets\s+drunk|has\s+been\s+drinking|is\s+on\s+the\s+drink)\b|\b(?:he|she)\s+"
    r"(?:always\s+)?gets\s+(?:like\s+that|nasty|violent|handy)\s+(?:on|with|after)\s+"
    r"(?:a\s+)?drink"
)


# Injuries the writer is kept in with: a face or an eye marked, and the person who did it saying
# not to go out like that; said as a reason to miss a day as often as not.
_MARKED = (
    r"\b(?:face|eye|eyes|lip|lips|nose|arms?|neck|cheek)\s+(?:is|are|was|were|still|looks?)\s+"
    r"(?:\w+\s+){0,3}?(?:a\s+mess|black|swollen|bruised|cut\s+up|marked|purple|busted)\b"
)
_KEPT_IN_LIKE_THIS = (
    r"\b(?:he|she)\s+(?:says|said|told\s+me|reckons|will\s+not\s+let\s+me|does\s+not\s+want\s+me)"
    r"\b.{0,40}\b(?:if\s+i\s+go\s+out|go\s+out\s+looking|not\s+to\s+go\s+out|(?:stay|staying)\s+"
    r"in\s+until|let\s+me\s+(?:go\s+)?out)\b"
)
# Not a face marked by the dentist, an allergy or a treatment.
_NOT_TREATED = (
    r"^(?!.*\b(?:dentist|hay\s*fever|allerg\w*|surgery|operation|botox|fillers?|stings?|"
    r"sunburn\w*|spots|acne|wisdom\s+teeth|tattoo|piercing)\b)"
)
# A home taken over: people in a room of it, and the lock changed or the keys taken.
_ROOM_TAKEN = (
    r"\b(?:mates|friends|lads|people|they|them)\s+(?:have\s+|has\s+)?(?:taken|took)\s+over\s+"
    r"(?:my|the)\s+(?:living\s+room|front\s+room|flat|house|place|kitchen|bedroom|spare\s+room)\b"
)
_LOCKED_OUT = (
    r"\b(?:changed|change|changing)\s+(?:my|the)\s+locks?\b|\b(?:took|taken|take)\s+my\s+keys\b|"
    r"\bknock\s+to\s+get\s+(?:in|into)\s+my\s+own\b"
)
# A knife or a weapon waved about at home, and the writer hiding or with the children ("he's
# waving a knife about in the kitchen and I'm upstairs with the kids"); not carving or a prop.
_WAVING_A_WEAPON = (
    r"\b(?:he|she|they|my\s+(?:husband|partner|dad|stepdad|son|brother|boyfriend|ex|wife|mum))\s+"
    r"(?:is\s+|was\s+|keeps\s+|has\s+been\s+|started\s+)?(?:waving|brandishing|swinging|pointing)"
    r"\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:knife|knives|machete|blade|hammer|bat|gun)\b(?!.*\b(?:"
    r"carving|chopping|cooking|recipe|magic|juggl\w+|film|rehears\w+|toy|plastic|rubber|fake|"
    r"costume|halloween|panto)\b)"
)
_TAKEN_COVER = (
    r"\b(?:i\s+am|we\s+are|i\s+have|we\s+have|i|we)\s+(?:\w+\s+)?(?:upstairs|hiding|hid|locked\s+"
    r"(?:in|myself|ourselves)|in\s+the\s+(?:bedroom|bathroom|loft|car))\b|\bwith\s+the\s+(?:kids|"
    r"children|baby)\b|\bscared\b"
)

HOME_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # people moved into someone's home, with two signs it is no longer theirs
    "a home taken over by 'friends'": (
        _MOVED_IN_UNASKED
        + every_one_of(_STUCK, f"{_TOOK_WHAT}|{_THEIR_BUSINESS}|{_AFRAID_OF_THEM}"),
        _MOVED_IN_UNASKED + every_one_of(_TOOK_WHAT, f"{_THEIR_BUSINESS}|{_AFRAID_OF_THEM}"),
        _MOVED_IN_UNASKED + every_one_of(_THEIR_BUSINESS, _AFRAID_OF_THEM),
        # "friends" staying at a disabled or lone adult's home, with the keys or the card
        _MOVED_IN_UNASKED + every_one_of(_VULNERABLE_ADULT, _TOOK_WHAT),
        "^" + every_one_of(_STRANGER_AT_THE_DOOR, _NOT_SEEN, _SIGNS_OF_DEALING),
        # a "friend" moved in with a disabled or lone adult, and two signs of what it brought
        "^(?!.*"
        + _A_VISIT
        + ")"
        + every_one_of(_VULNERABLE_ADULT, _ONE_MOVED_IN)
        + any_two_of(_NO_FOOD, _MONEY_GONE, SCREAM_HEARD, _DOOR_KEPT_SHUT),
        # young men in and out of an older or confused adult's home, and two of the same signs
        "^(?!.*"
        + _A_VISIT
        + ")"
        + every_one_of(_OLD_OR_CONFUSED, _IN_AND_OUT)
        + any_two_of(_NO_FOOD, _MONEY_GONE, SCREAM_HEARD, _DOOR_KEPT_SHUT),
    ),
    # a pillow, a hand or a bag held over the face until the breath stopped
    "smothered": (
        "^(?!.*" + _PLAY + ")" + every_one_of(f"(?:{_SMOTHERED}).{{0,60}}(?:{_BREATH_STOPPED})"),
    ),
    # a row at her or the children, with things smashing or a shout for help; a door kicked
    # while the writer is shut behind it
    "a row with things smashing": (
        "^(?!.*" + _ON_SCREEN_OR_PARTY + ")" + every_one_of(_ROW_AT_SOMEONE, _VIOLENCE_SOUNDS),
        "^(?!.*" + _A_CHILD_OR_PET_AT_THE_DOOR + ")" + every_one_of(_AT_THE_DOOR, _SHUT_IN),
    ),
    # a stranger in the house now, and the writer hearing them or hiding from them
    "an intruder now": ("^(?!.*" + _EXPLAINED + ")" + every_one_of(_INTRUDER, _WITH_THEM_NOW),),
    # what the writer eats or does watched, and a bad night for it; a hurt foretold from
    # a partner's drinking
    "punished at home": (
        _NOT_A_DIET + every_one_of(_IF_HE_FINDS_OUT, _PUNISHED_FOR_IT),
        "^" + every_one_of(_HOSPITAL_FORETOLD, _WHEN_HE_DRINKS),
    ),
    # medicines hidden or taken away by someone at home to punish the person who needs them
    "medicines kept back": ("^" + every_one_of(_MEDS_KEPT_BACK, _AS_A_PUNISHMENT),),
    # a face or an eye marked, and the one who did it keeping the writer in until it heals
    "kept in until the marks heal": (_NOT_TREATED + every_one_of(_MARKED, _KEPT_IN_LIKE_THIS),),
    # people who have taken over a room, and changed the lock or taken the keys
    "a home taken over, locks changed": ("^" + every_one_of(_ROOM_TAKEN, _LOCKED_OUT),),
    # a weapon waved about at home while the writer hides or keeps the children away
    "a weapon waved at home": ("^" + every_one_of(_WAVING_A_WEAPON, _TAKEN_COVER),),
}
