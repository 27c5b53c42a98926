"""The English phrase net: harm from someone with power or trust over the person at risk.

A landlord or his men: the locks changed or the family's things thrown out while someone is
still inside or right now; the landlord inside with a plea for help; coming in while the tenant
is in the shower or asleep; rent let off for sex, or a daughter sent round to pay what is owed.
A boss, an agency or a fixer: a debt to be paid off by going with his friends, or his men sent
if the money is not paid. An attorney who has emptied an old person's account. And an adult a
child is trusted to (a coach, a tutor, a teacher, a youth worker, a pastor or a deacon, a
security guard or a PCSO) grooming or abusing the child: touching, naked pictures asked for,
"no one will believe you", chats to delete, or two of the everyday signs together (alone with
the child, his flat, gifts or weed, messages at night, a trip for the two of them, waiting
outside school, crying and not wanting to go).

Disputes about the same people are left alone: repairs, deposits, notice before a visit, a
strict coach, an unfair detention, a late agency payment, thanks, questions about rights and
an attorney asked about; each reading needs the harm itself, not the role. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_LANDLORD = r"\b(?:landlord|landlady|landlords|landladys|letting\s+agent)\b"
# The landlord's side at the door: him, or the men he sends.
_LANDLORDS_SIDE = (
    _LANDLORD + r"|\b(?:his|their|the\s+landlords?)\s+(?:men|guys|lads|boys|heavies)\b"
)
_LOCKED_OUT_NOW = (
    r"\b(?:is|are|s)\s+(?:\w+\s+)?(?:changing|breaking|smashing|drilling|forcing)\s+"
    r"(?:the|our|my)\s+(?:locks?|door)\b|\b(?:changed|changing)\s+the\s+locks?\s+"
    r"(?:on\s+(?:us|me|her|him)\s+)?"
    r"(?:right\s+now|now|as\s+we\s+speak|with\s+(?:the|my|our)\s+(?:kids|children|baby))"
)
_THROWN_OUT_OR_INSIDE = (
    r"\b(?:throwing|chucking|dumping|putting|slinging)\s+(?:all\s+)?(?:of\s+)?(?:our|my|the\s+"
    r"kids|her|his|their)\s+(?:stuff|things|belongings|clothes|bags|furniture)\s+(?:out|in\s+the"
    r"\s+street|on\s+the\s+(?:street|pavement)|outside)|\b(?:kids|children|baby|son|daughter|"
    r"mum|dad|nan|gran|wife|partner)\s+(?:are\s+|is\s+)?still\s+(?:inside|in\s+there|in\s+the\s+"
    r"(?:flat|house|room))\b"
)
# The landlord in the home with a plea: "landlord inside. help".
_LANDLORD_IN = (
    r"\b(?:is\s+|s\s+)?(?:inside|in\s+(?:my|our|the)\s+(?:flat|room|house|bedroom)|let\s+himself"
    r"\s+in|broke\s+in|has\s+got\s+in|got\s+in)\b"
)
_PLEA = (
    r"(?:^|[.!?,;]\s*)(?:please\s+)?(?:help|help\s+me|help\s+please|sos)\W*$|"
    r"\b(?:i\s+am|we\s+are)\s+(?:hiding|scared|terrified|locked\s+in\s+the\s+\w+)\b|"
    r"\bhe\s+(?:will\s+not|would\s+not|refuses\s+to)\s+leave\b"
)
# Coming in unasked while the tenant is undressed or asleep, or at night.
_COMES_IN_ON_HER = (
    r"\b(?:came|comes|coming|walked|walks|lets\s+himself|let\s+himself|letting\s+himself)\s+in"
    r"(?:to\s+(?:my|the|her)\s+\w+)?\s+(?:\w+\s+){0,2}?(?:while|when|whilst)\s+(?:i|she|we|"
    r"my\s+\w+)\s+"
    r"(?:was|am|were|is|are)\s+(?:\w+\s+)?(?:in\s+the\s+(?:shower|bath)|asleep|sleeping|in\s+bed|"
    r"getting\s+(?:dressed|changed|undressed)|undressed|naked|changing)\b|\b(?:comes|came|lets"
    r"\s+himself|let\s+himself)\s+in\s+(?:\w+\s+){0,3}?(?:at\s+night|in\s+the\s+night|at\s+\d+\s*"
    r"am)\b"
)
# Rent or a debt let off for sex, or paid off with someone.
_SEX_FOR_THE_DEBT = (
    r"\b(?:rent|rents|arrears|debt|deposit|what\s+(?:i|we|you|she)\s+owes?)\s+"
    r"(?:is\s+|are\s+|would\s+be\s+|will\s+be\s+|can\s+be\s+)?(?:free|off|waived|forgotten|"
    r"sorted|cleared|paid|covered)\s+"
    r"if\s+(?:i|you|she|we)\s+(?:\w+\s+)?(?:keep\s+him\s+company|sleep\s+with|go\s+to\s+bed|have"
    r"\s+sex|be\s+nice\s+to\s+him|spend\s+(?:the|a)\s+night|do\s+(?:him\s+)?(?:a\s+)?favou?rs?|"
    r"come\s+to\s+his\s+(?:room|bed|flat)|go\s+with|stay\s+the\s+night|send\s+(?:him\s+)?(?:pics|"
    r"pictures|photos|nudes))",
    r"\bpay\s+(?:off\s+)?(?:the\s+|our\s+|my\s+|his\s+|your\s+|her\s+)?(?:debt|debts|rent|"
    r"arrears|money|fees?)\s+(?:off\s+)?(?:by|with)\s+(?:going|sleeping|being|staying|spending\s+"
    r"(?:the\s+)?nights?|having\s+sex|entertaining)\s+(?:with\s+)?",
    r"\b(?:bring|send|give)\s+(?:your|his|her|my|the)\s+(?:daughter|son|wife|girl|sister|niece|"
    r"kid|child)\s+(?:round\s+|over\s+|to\s+(?:me|him)\s+)?(?:to|2|and)\s+(?:pay|clear|cover|"
    r"settle|work\s+off)\s+(?:off\s+)?(?:what\s+(?:you|i|we|she|he)\s+owes?|the\s+(?:rent|debt|"
    r"arrears)|(?:your|my|our|his|her)\s+(?:rent|debt|arrears))",
)
# His men sent if a debt is not paid: "if i do not pay by friday his guys will come for me".
_OWED = (
    r"\b(?:owe|owes|owed|debt)\b|\bif\s+(?:i|we|he|she)\s+(?:do\s+not|does\s+not|can\s+not|"
    r"fail\s+to)\s+pay\b"
)
_HIS_MEN_WILL_COME = (
    r"\b(?:his|their|the\s+bosss?|my\s+bosss?)\s+(?:guys|men|boys|lads|mates|friends|people|"
    r"heavies)\s+(?:will|are\s+going\s+to|gonna|would|are\s+coming\s+to|said\s+they\s+will)\s+"
    r"(?:come\s+(?:for|after)|find|hurt|get|sort\s+out|deal\s+with|do|visit)\s+(?:me|us|him|her|"
    r"my\s+(?:family|wife|kids|children|mum))\b"
)
# An attorney who has emptied the account of the person they act for.
_ATTORNEY = r"\b(?:power\s+of\s+attorney|lasting\s+power|attorney|lpa|poa)\b"
_EMPTIED = (
    r"\b(?:emptied|drained|cleared\s+out|cleaned\s+out|took\s+all|taken\s+all|spent\s+all|stolen|"
    r"stole|wiped\s+out|raided|is\s+emptying|is\s+draining|been\s+emptying|been\s+draining)\s+"
    r"(?:\w+\s+)?(?:her|his|their|mums?|dads?|nans?|the)\s+(?:\w+\s+)?(?:account|accounts|"
    r"savings|money|pension|bank)\b"
)

# An adult a child is entrusted to.
_TRUSTED_ADULT = (
    r"\b(?:coach|coaches|trainer|instructor|tutor|teacher|sir|youth\s+(?:worker|leader|pastor)|"
    r"pastor|priest|vicar|imam|deacon|church\s+elder|choir\s*master|scout\s+leader|cub\s+leader|"
    r"security\s+guard|guard|pcso|police\s*(?:man|officer)|caretaker|mentor|lifeguard|teaching"
    r"\s+assistant|minibus\s+driver)\b"
)
# The child: "my daughter", "my 14yo", "she is 13".
_A_CHILD = (
    r"\b(?:my|our|her|his)\s+(?:\w+\s+)?(?:sons?|daughters?|boys?|girls?|kids?|child|children|"
    r"lad|stepson|stepdaughter|grandson|granddaughter|niece|nephew)\b|\b(?:1[0-7]|[4-9])\s*(?:yo|"
    r"yr\s+old|year\s+old|years\s+old)\b|\b(?:she|he)\s+is\s+(?:only\s+)?(?:1[0-7]|[4-9])\b"
)
# Signs that are abuse or grooming on their own.
_ABUSE_SIGN = (
    r"\b(?:touching|touched|touches|groping|groped|fondling|kissed|kissing)\s+(?:my\s+|our\s+)?"
    r"(?:\w+\s+)?(?:her|him|daughter|son|child|girl|boy|kid)\b|\b(?:photos?|photographs|pictures|"
    r"pics|videos?|selfies)\s+(?:of\s+(?:himself|herself)\s+)?(?:without\s+(?:any\s+)?(?:clothes|"
    r"his\s+clothes|her\s+clothes)|naked|nude|in\s+(?:his|her)\s+(?:underwear|pants))|\bnudes\b|"
    r"\bno\s*one\s+(?:will|would|is\s+going\s+to)\s+believe\s+(?:him|her|you|them)\b|\b(?:delete|"
    r"deletes|hide|clear)\s+(?:the|their|his|those|all\s+the|our)\s+(?:chats?|messages|texts|dms|"
    r"snaps)\b|\b(?:our|a)\s+(?:little\s+)?secret\b|\b(?:thinks|says|believes)\s+"
    r"(?:he\s+is|hes)\s+(?:her|his)\s+(?:boyfriend|girlfriend)\b"
)
# Signs that are everyday alone and grooming beside another.
_ALONE = (
    r"\b(?:alone|on\s+(?:her|his)\s+own|just\s+the\s+two\s+of\s+them|one\s+on\s+one|with\s+the\s+"
    r"(?:blinds|curtains)\s+(?:down|shut|closed)|with\s+the\s+door\s+locked)\b"
)
_HIS_PLACE = (
    r"\b(?:come|comes|coming|stay|stays|staying|go|goes|sleep|sleeps|round)\s+(?:\w+\s+)?"
    r"(?:to|at)\s+his\s+(?:flat|house|place|home|room|car)\b|\b(?:into|to)\s+the\s+(?:back\s+"
    r"room|office|store\s*room|changing\s+rooms?|vestry)\b"
)
_GIFTS = (
    r"\b(?:buying|buys|bought|gives|giving|gave|got)\s+(?:my\s+|her\s+|him\s+|them\s+)?"
    r"(?:\w+\s+)?(?:trainers|phones?|money|cash|gifts|presents|weed|vapes?|alcohol|drink|booze|"
    r"cigarettes|drugs|pills)\b"
)
_AT_NIGHT = (
    r"\b(?:messages|messaging|texts|texting|snapchats|calls|calling|dms)\s+(?:her|him)\s+"
    r"(?:\w+\s+)?(?:at|after|past|in\s+the\s+middle\s+of\s+the)\s+(?:midnight|night|\d+\s*am)\b"
)
_TRIP_OR_WAITING = (
    r"\b(?:weekend|overnight|night\s+away|hotel|trip|holiday)\b(?=.*\b(?:just\s+the\s+two|alone|"
    r"on\s+(?:her|his)\s+own)\b)|\bwaits?\s+(?:for\s+(?:her|him)\s+)?outside\s+(?:her\s+|his\s+|"
    r"the\s+)?(?:school|house|home|college)\b|\bmeet\s+(?:him|her)\s+alone\b"
)
_SCARED_OF_GOING = (
    r"\b(?:cries|crying|cried)\b(?=.*\b(?:will\s+not|does\s+not\s+want\s+to|refuses\s+to)\s+"
    r"(?:go|say)\b)|\bcame\s+home\s+crying\b|\bor\s+(?:he|she)\s+will\s+be\s+(?:put|reported|"
    r"arrested|in\s+trouble)\b"
)

TRUST_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    "a landlord's men changing the locks with someone inside": (
        "^" + every_one_of(_LANDLORDS_SIDE, _LOCKED_OUT_NOW, _THROWN_OUT_OR_INSIDE),
    ),
    "a landlord inside, with a plea": (
        "^" + every_one_of(_LANDLORD + r"\s+(?:\w+\s+)?" + _LANDLORD_IN, _PLEA),
    ),
    "a landlord coming in on a tenant undressed or asleep": (
        "^" + every_one_of(_LANDLORD, _COMES_IN_ON_HER),
    ),
    "rent or a debt to be paid with sex or a child": _SEX_FOR_THE_DEBT,
    "a debt, with his men sent": ("^" + every_one_of(_OWED, _HIS_MEN_WILL_COME),),
    "an attorney emptying an old person's account": ("^" + every_one_of(_ATTORNEY, _EMPTIED),),
    "a trusted adult abusing a child": ("^" + every_one_of(_TRUSTED_ADULT, _A_CHILD, _ABUSE_SIGN),),
    "a trusted adult grooming a child": (
        "^"
        + every_one_of(_TRUSTED_ADULT, _A_CHILD)
        + any_two_of(_ALONE, _HIS_PLACE, _GIFTS, _AT_NIGHT, _TRIP_OR_WAITING, _SCARED_OF_GOING),
    ),
}

# Trust in the police as a subject, or a fear of them told as past ("i used to be afraid of
# police because of what happened back home"), and exploitation put forward for discussion with
# no one of the writer's own in it ("can we talk about gangs and young people? older lads ...
# getting kids to run stuff"): read past by safeguarding_everyday.without_topics.
_POLICE_FEARED = (
    r"(?:so\s+|really\s+|very\s+)?(?:afraid|scared|frightened|terrified|wary|fearful)\s+of\s+"
    r"(?:the\s+)?(?:police|cops|officers|authorities|uniforms?)\b"
)
_BACK_THEN = (
    r"(?:when\s+i\s+(?:was|first\s+came|came|arrived|first\s+arrived|moved)|back\s+home|as\s+a\s+"
    r"(?:kid|child|teenager|girl|boy)|growing\s+up|years\s+ago|before\s+i\s+came|in\s+my\s+"
    r"(?:country|village))\b"
)
TRUST_TOPICS: tuple[str, ...] = (  # i18n-exempt: input
    r"\b(?:trust|confidence|faith)\s+(?:in|of)\s+(?:the\s+)?(?:police|officers|authorities)\b",
    r"\bi\s+(?:(?:used\s+to\s+be|was\s+once|have\s+always\s+been)\s+" + _POLICE_FEARED + r"|was"
    r"\s+" + _POLICE_FEARED + r"(?=[^.!?]{0,40}\b" + _BACK_THEN + r"))(?!.*\b(?:still|again|now|"
    r"even\s+more)\s+(?:\w+\s+)?(?:afraid|scared|frightened|terrified)\b)"
    r"(?:(?!\b(?:now|but)\b)[^.!?,;]){0,80}",
    r"\b(?:can|could|shall|should)\s+we\s+(?:talk|discuss|chat|speak|have\s+a\s+(?:talk|session|"
    r"discussion|chat))\s+(?:about\s+)?(?:\w+\s+){0,3}?(?:gangs?|exploitation|county\s+lines|"
    r"grooming|knife\s+crime|drugs|young\s+people|youth|kids|children|teenagers|trafficking|"
    r"cuckooing)\b(?=(?:(?!\b(?:i|me|my|mine|myself|we|our|us|he|she|him|her|his|tonight|now|"
    r"today|tomorrow)\b)[\s\S])*$)[\s\S]*",
)
