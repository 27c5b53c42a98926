"""The English phrase net: risks put as a question or an ask, with a sign the risk is here now.

A member in danger often asks something answerable first: what happens to the payment if they
are not around, whether someone gets in trouble for not telling, whether there is a number for
it, what the sentence is, whether the assembly can pay for a taxi, what you are supposed to do
if someone says they are ending it. Asked alone, each is a question about the law, a service or
a number, and the assembly is asked such questions every week. What makes it a disclosure is a
sign beside it that the risk is present: the writer sat outside his house, the boy showing the
gun round and saying he will use it later, the woman next door gone quiet after a bang, a man
still parked by the school, a picture sent from outside the writer's work, "this is me, now 3
days". Each reading here needs that sign (or, for a lethal amount of a medicine, is the sign
itself), so the same question asked in general, for the table, about the past or about a
character on television is left alone. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _JOKING
from bot.gateway.safeguarding_words import every_one_of

_SOON = (
    r"(?:tonight|today|this\s+(?:evening|weekend|week)|before\s+(?:then|the\s+weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
)

# Not being around any more, or something happening to the writer soon; not an operation, an
# illness, a journey or an emergency contact, which members mention when they ask who the payment
# goes to.
_IF_GONE_SOON = (
    r"\bif\s+(?:something|anything)\s+(?:bad\s+)?(?:happens|happened|were\s+to\s+happen|"
    r"should\s+happen|was\s+to\s+happen)\s+to\s+me\s+(?:\w+\s+){0,2}?" + _SOON + r"|"
    r"\bif\s+i\s+(?:am|was|were)\s+(?:not\s+(?:here|around|alive)\s+any\s*more|no\s+longer\s+"
    r"(?:here|around|alive)|gone|dead)\b"
)
_FAMILY = (
    r"my\s+(?:kids|children|son|daughter|boys|girls|family|mum|mother|sister|brother|little\s+"
    r"ones?)"
)
_PASSED_TO_FAMILY = (
    r"\b(?:goes|go|paid|pay|given|give|sent|send|passed|pass)\s+(?:it\s+|them\s+|(?:my|the)\s+"
    r"(?:\w+\s+){0,2}?)?(?:on\s+)?to\s+" + _FAMILY + r"\b|\b" + _FAMILY + r"\s+(?:should|must|"
    r"can|to|gets?)\s+(?:get\s+|have\s+)?(?:it|them|the\s+(?:money|payment|cash))\b"
)
_NOT_ILLNESS_OR_ABSENCE = (
    r"^(?!.*\b(?:operation|surgery|op|procedure|anaesthetic|ill|illness|sick|poorly|fall|faint|"
    r"fit|seizure|emergency\s+contact|next\s+of\s+kin|flight|flying|travel\w*|holiday|abroad|"
    r"trip|scan|biopsy|solicitor|insurance|will\s+and\s+testament)\b)"
)

# A gun or a knife someone has now and says they will use later; not a toy, a tool or a prop.
_WEAPON = r"\b(?:guns?|knife|knives|machetes?|blades?|shanks?|firearms?|pistols?|acid)\b"
_TO_BE_USED_SOON = (
    r"\b(?:he|she|they)\s+(?:is|are|will|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?"
    r"(?:using|use)\s+(?:it|them)\s+(?:\w+\s+){0,3}?(?:later|tonight|today|tomorrow|after\s+"
    r"school|on\s+(?:someone|somebody|him|her|them))\b|"
    r"\b(?:is\s+going\s+to|are\s+going\s+to|going\s+to|will)\s+(?:shoot|stab|cut|slash|shank|"
    r"merk|wet|bore|ding)\s+(?:someone|somebody|him|her|them|a\s+\w+|that\s+\w+)\s+(?:\w+\s+)"
    r"{0,3}?(?:later|tonight|today|tomorrow|after\s+school)\b"
)
_NOT_A_TOY_OR_TOOL = (
    r"^(?!.*\b(?:toy|nerf|water|glue|nail|staple|spray|heat|massage|paintball|airsoft|bb|cap|"
    r"starting|temperature|prop|props|costume|fake|replica|plastic|cooking|chef|food\s+tech|"
    r"kitchen|fishing|camping|carving|whittling|craft|butter|bread|play|show|rehearsal|stage|"
    r"drama|film|game|gaming|fortnite|call\s+of\s+duty|gta|minecraft|xbox|playstation|ps5|"
    r"console|update|level|skin)\b)"
)

# Someone shouted at, a bang or a scream, and the one shouted at gone quiet; not children
# settled at bedtime.
_ROW_AT_SOMEONE = (
    r"\b(?:shouting|screaming|yelling|raging|going\s+mad|kicking\s+off)\s+at\s+(?:her|him|"
    r"(?:his|her|their)\s+(?:\w+\s+)?(?:mum|mother|mom|dad|father|nan|nana|gran|granny|"
    r"grandma|grandad|wife|husband|partner|girlfriend|boyfriend|kids?|child|children|son|"
    r"daughter|baby|boy|girl|carer))\b"
)
_A_BANG = (
    r"\b(?:heard|hear|was|there\s+was|then)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:bang|crash|thud|"
    r"thump|smash|scream|slap)\b"
)
_GONE_QUIET_NOW = (
    r"\b(?:she|he|they)\s+(?:is|are|has|have)\s+(?:now\s+)?(?:gone|been|going)\s+(?:very\s+|"
    r"really\s+|completely\s+|dead\s+|all\s+)?(?:quiet|silent)\b|"
    r"\b(?:she|he|they)\s+(?:went|is\s+now|are\s+now)\s+(?:quiet|silent)\b|"
    r"\bcan\s+not\s+hear\s+(?:her|him|them)\s+(?:any\s*more|now)\b"
)
_NOT_BEDTIME = r"^(?!.*\b(?:finally|at\s+last|asleep|to\s+sleep|to\s+bed|bedtime|nap)\b)"

# The lethal amount of a medicine asked: the question is the sign; not the safe dose, the
# numbers who die of it each year, a pet, or study.
_MEDICINE = (
    r"(?:paracetamol|ibuprofen|aspirin|co\s*codamol|codeine|tramadol|pills|tablets|meds|"
    r"medication|painkillers|antidepressants|insulin|diazepam|valium|sertraline|\w+(?:apine|"
    r"azepam|zolam|oxetine|traline|tyline|alopram|faxine|amadol|odamol))"
)
_HOW_MANY_WOULD_KILL = (
    r"\bhow\s+(?:many|much)\s+(?:\w+\s+){0,4}?" + _MEDICINE + r"(?:\s+\w+){0,4}?\s+"
    r"(?:kills?|kill\s+(?:you|me|someone|somebody|a\s+person|an\s+adult)|to\s+die|be\s+"
    r"(?:fatal|lethal|deadly)|is\s+(?:fatal|lethal|deadly)|are\s+(?:fatal|lethal|deadly)|not\s+"
    r"wake\s+up|never\s+wake\s+up|to\s+overdose|to\s+od|to\s+end\s+it)\b"
    r"(?!\s+(?:your|the|a|my)\s+(?:liver|kidneys?|stomach)\b|\s+(?:a|per|each|every)\s+year\b)"
)
_NOT_A_PET_OR_STUDY = (
    r"^(?!.*\b(?:dogs?|cats?|puppy|kitten|pets?|horse|assignment|essay|revision|revising|"
    r"homework|exam|pharmacology|nursing|module|lecture|quiz|coursework|stats|statistics)\b)"
)

# Kept in and not fed, asked about as the law, and "this is me" or days counted.
_KEPT_IN = (
    r"\b(?:keep|keeps|kept|keeping|locks?|locked|locking|shuts?|shutting)\s+(?:\w+\s+){0,2}?"
    r"(?:inside|indoors|in\s+(?:the\s+|a\s+|her\s+|his\s+|my\s+)?(?:house|home|room|flat|"
    r"bedroom))\b|\b(?:not|never|will\s+not|does\s+not|do\s+not)\s+let\w*\s+(?:me|her|him|them|"
    r"us|(?:his|my)\s+wife)\s+(?:go\s+)?out\b"
)
_NOT_FED = (
    r"\b(?:not|never|no|does\s+not|will\s+not|do\s+not|did\s+not)\s+(?:give|giving|gives|gave|"
    r"given)\s+(?:me\s+|her\s+|him\s+|them\s+|us\s+|any\s+)?(?:food|anything\s+to\s+eat|meals?)"
    r"\b|\b(?:not|never|will\s+not|does\s+not|do\s+not)\s+let\w*\s+(?:me|her|him|them|us)\s+eat"
    r"\b|\b(?:no|without)\s+food\b"
)
_DAYS = r"(?:\d+|two|three|four|five|six|seven|several|many)\s+days"
_MINE_FOR_DAYS = (
    r"\b(?:this|that|it)\s+is\s+(?:me|us|my\s+(?:life|situation))\b|"
    rf"\b(?:now|already|for|since|(?:is|has|have)\s+been)\s+{_DAYS}\b|"
    rf"\b{_DAYS}\s+(?:now|already)\b"
)
_NOT_A_PET_OR_FAST = (
    r"^(?!.*\b(?:dogs?|cats?|puppy|kitten|pets?|rabbit|fast|fasting|ramadan|lent|diet|"
    r"operation|op|surgery|quarantine|isolat\w*|covid|(?:it|that)\s+is\s+(?:fine|ok|okay|all\s+"
    r"right))\b)"
)

# What someone gets for hurting a person, asked with the writer outside his house, knowing
# where he lives or the means to hand.
_PRICE_OF_HARM = (
    r"\b(?:what\s+is\s+the\s+(?:sentence|punishment|penalty)|what\s+(?:would|do|does|will|"
    r"could)\s+(?:you|i|someone|somebody|a\s+(?:person|dad|mum|parent))\s+get|how\s+(?:long|"
    r"many\s+years|much\s+time)\s+(?:do|would|will|could|does)\s+(?:you|i|someone|somebody|a\s+"
    r"person)\s+(?:get|go\s+down|serve|do))\s+(?:\w+\s+){0,2}?(?:for\s+)?(?:hurting|harming|"
    r"killing|stabbing|attacking|beating|battering|glassing|shooting|burning|torching|"
    r"murdering|doing\s+in|setting\s+fire|going\s+after|getting\s+(?:back\s+at|revenge))\b"
)
_THERE_OR_ARMED = (
    r"\bi\s+am\s+(?:\w+\s+){0,2}?(?:sat|sitting|parked|waiting|stood|standing|outside|at|"
    r"across\s+from|opposite|round|near)\s+(?:\w+\s+){0,2}?(?:his|her|their)\s+(?:house|flat|"
    r"door|place|work|home|car|street|road)\b|\b(?:i|we)\s+know\s+where\s+(?:he|she|they)\s+"
    r"(?:lives?|works?|drinks?|stays?|is)\b|\bi\s+(?:have\s+)?got\s+(?:a|the|my)\s+(?:knife|bat|"
    r"hammer|petrol|blade|gun|machete|crowbar|acid)\b"
)

# Getting the writer or the children out before he is back; not the school run, his sleep
# after a night shift or a surprise.
_GET_OUT = (
    r"\b(?:get|getting|take|taking)\s+(?:me\s+and\s+(?:the|my)\s+(?:kids|children|baby|boys|"
    r"girls|little\s+ones)|(?:us|myself|me|the\s+kids|my\s+kids|the\s+children|my\s+children|"
    r"the\s+baby))\s+out\b|\b(?:escape|get\s+away|flee|run\s+away)\b"
)
_BEFORE_HE_IS_BACK = (
    r"\bbefore\s+(?:he|she|they|my\s+(?:husband|partner|boyfriend|dad|stepdad|ex))\s+(?:is|are|"
    r"gets?|comes?)\s+(?:back|home|in)\b|\bbefore\s+(?:he|she|they)\s+(?:wakes?\s+up|sobers?\s+"
    r"up|finds?\s+out|notices?)\b"
)
_NOT_ROUTINE = (
    r"^(?!.*\b(?:so\s+(?:that\s+)?(?:he|she|they)\s+can|shift|nights|surprise|party|"
    r"present|birthday|cake|out\s+(?:of\s+)?the\s+door|to\s+school|of\s+(?:bed|the\s+bath))\b)"
)

# Someone said to be ending it, and a goodbye from someone real already posted or said.
_ENDING_IT = (
    r"\b(?:ending|end)\s+(?:it|it\s+all|(?:her|his|their)\s+life)\b(?!\s+(?:with|early|there|"
    r"here|at|for\s+(?:today|now|the)))|\bsuicid\w*|\bkill\w*\s+(?:herself|himself|themselves|"
    r"themself)\b|\btak\w+\s+(?:her|his|their)\s+(?:own\s+)?life\b"
)
_GOODBYE_GIVEN = (
    r"\bsaid\s+(?:her|his|their)\s+goodbyes\b|\b(?:posted|put\s+up|sent|messaged|texted|wrote|"
    r"written|shared)\s+(?:\w+\s+){0,3}?(?:goodbyes?|a\s+goodbye|farewell|sorry\s+for\s+"
    r"everything|love\s+you\s+all)\b"
)
_NOT_A_LEAVING = (
    r"^(?!.*\b(?:leaving\s+do|retir\w*|moving|move|new\s+job|emigrat\w*|relationship|"
    r"boyfriend|girlfriend|break\s*up|film|book|episode|character)\b)"
)

# A stranger trying to get children into a vehicle or a house, and still there now.
_LURING = (
    r"\b(?:(?:a|an|some|this|two|three)\s+(?:\w+\s+){0,2}?(?:man|men|woman|women|stranger|"
    r"strangers|guy|guys|bloke|blokes|lads?)|someone|somebody)\b(?:\s+\w+){0,6}?\s+(?:trying|"
    r"tried|tries|keeps?\s+trying)\s+to\s+(?:get|lure|coax|entice|talk|persuade|pull|grab|"
    r"take|call)\s+(?:\w+\s+){0,2}?(?:kids|children|child|kid|girls?|boys?|pupils|teenagers|"
    r"(?:my|a)\s+(?:son|daughter))\s+(?:in|into|over|to\s+(?:get|come))\b"
)
_STILL_THERE = (
    r"\b(?:he|she|they|it|the\s+(?:van|car|man))\s+(?:is|are)\s+(?:still\s+)?(?:there|"
    r"outside|parked|here|waiting)\b|\bstill\s+(?:there|outside|parked|here|hanging\s+around)"
    r"\b|\b(?:right\s+now|at\s+the\s+moment|as\s+we\s+speak)\b"
)
_NOT_A_TREAT = (
    r"^(?!.*\b(?:ice\s+cream|grotto|santa|bouncy|queue|photo\s+booth|stall|minibus|coach|"
    r"school\s+bus)\b)"
)

# A threat to harm the writer, and the one who made it outside their work or home now.
_THREAT_SAID = (
    r"\b(?:saying|says|said|threaten\w*|telling\s+(?:me|you)|told\s+(?:me|you))\s+(?:that\s+)?"
    r"(?:he|she|they)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to|going\s+to)\s+(?:throw\s+"
    r"acid|acid|kill|stab|burn|shoot|hurt|cut|slash|glass|attack|beat|rape|disfigure|scar)\b"
)
_OUTSIDE_MY_PLACE = (
    r"(?:outside|at|in\s+front\s+of|near|by)\s+(?:my|our)\s+(?:work|house|flat|door|home|"
    r"school|job|office|car|building|window|kids\s+school)\b"
)
_HE_IS_OUTSIDE_NOW = (
    r"\b(?:sent|sending|posted|texted|snapped)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:picture|photo|pic|"
    r"selfie|video|snap|image)\s+(?:\w+\s+){0,2}?(?:from\s+|of\s+)?" + _OUTSIDE_MY_PLACE + r"|"
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:\w+\s+)?(?:waiting\s+)?" + _OUTSIDE_MY_PLACE
)
_NOT_A_JOKE_OR_LIFT = r"^(?!.*(?:" + _JOKING + r"|\b(?:pick\w*\s+me\s+up|lift|late)\b))"

ASKED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # something happening to the writer tonight, and the money passed to the children
    "money passed on, gone tonight": (
        _NOT_ILLNESS_OR_ABSENCE + every_one_of(_IF_GONE_SOON, _PASSED_TO_FAMILY),
    ),
    # a weapon someone has and says they will use later, asked about or told
    "a weapon to be used later": (_NOT_A_TOY_OR_TOOL + every_one_of(_WEAPON, _TO_BE_USED_SOON),),
    # someone shouted at, a bang, and the one shouted at gone quiet now
    "a row, a bang, then quiet": (
        _NOT_BEDTIME + every_one_of(_ROW_AT_SOMEONE, _A_BANG, _GONE_QUIET_NOW),
    ),
    # how many of a medicine would kill, asked bare
    "a lethal amount asked": (_NOT_A_PET_OR_STUDY + r".*" + _HOW_MANY_WOULD_KILL,),
    # kept in and not fed, asked about as the law, "this is me" or days counted
    "kept in unfed, asked if legal": (
        _NOT_A_PET_OR_FAST + every_one_of(_KEPT_IN, _NOT_FED, _MINE_FOR_DAYS),
    ),
    # the price of hurting someone asked, outside his house, knowing where he lives or armed
    "revenge asked the price of": ("^" + every_one_of(_PRICE_OF_HARM, _THERE_OR_ARMED),),
    # the writer or the children got out before he is back
    "getting out before he is back": (_NOT_ROUTINE + every_one_of(_GET_OUT, _BEFORE_HE_IS_BACK),),
    # what to do if someone says they are ending it, with a goodbye already given
    "ending it asked, a goodbye given": (
        _NOT_A_LEAVING + every_one_of(_ENDING_IT, _GOODBYE_GIVEN),
    ),
    # a stranger trying to get children into a van or a house, still there now
    "a stranger luring children, still there": (
        _NOT_A_TREAT + every_one_of(_LURING, _STILL_THERE),
    ),
    # a threat to harm the writer, and him outside their work or home now
    "a threat, and him outside now": (
        _NOT_A_JOKE_OR_LIFT + every_one_of(_THREAT_SAID, _HE_IS_OUTSIDE_NOW),
    ),
}
