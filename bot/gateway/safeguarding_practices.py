"""The English phrase net: harmful practices and honour-based abuse happening now or about to,
and harm to a child by a minder or to the writer on the street, told as what is being done.

FGM: a girl cut at a time named or at her age ("they are cutting my sis tomorrow at nans, she is
7"), a girl "having the special cutting" on a visit or a day named, a girl taken on a trip for
"sunna" or "khatna" with no article before it, or a woman coming
"from back home" to "do" the girls with it called a party or with the writer's knowing what it
is. Breast ironing named as done to a girl, or a girl's chest pressed with a hot stone or pestle.
Honour: a relative with a knife saying the writer shamed them, with the writer hiding or asking
for help; relatives waiting to take the writer back to a husband for the shame, still hunting
her; a husband or his brothers deciding her punishment for talking to a man. Dowry: more demanded
with a burn, a beating or worse threatened. Forced marriage: a flight booked to marry a man with
the writer's age or refusal; a sister or brother married off who cannot understand what marriage
is; a girl beaten since she refused the man chosen for her. Shunned: someone put out with a baby,
sleeping in a car or outside in the cold tonight. A pregnancy to be ended by force because the
baby is a girl. A childminder or nanny who hit a child who is to go back; a man following the
writer since a place and still behind her.

Each needs a person doing the harm to someone named, a time or an age, or the writer's own plea,
so the everyday twins read past it: a henna night, a wedding, a naming ceremony, a grandmother's
dowry as family history, FGM or honour as a topic for the police, a trip home in the summer,
ironing clothes, a childminder's hours, a friend walking the writer to the bus stop. Text has been
through safeguarding_words.normalise ("her uncle's been" reads "her uncles been").
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_crimes import (
    _CRAFT_OR_HAIR,
    _DONE_TO_OTHER_THINGS,
    _GIRL,
    _LAUGHED_OFF,
    _TAKEN_HOME,
)
from bot.gateway.safeguarding_marriage import _FAMILY, _NOT_A_HOLIDAY, _REFUSED, _TO_BE_WED
from bot.gateway.safeguarding_questions import _STILL_ON_ME
from bot.gateway.safeguarding_words import every_one_of

# A girl of the family named as the one it is done to: "my sis", "their baby girl", "my 2 little
# sisters"; the words after her are not her hair, her nails or a slice of cake.
_THE_GIRL = (
    r"\b(?:my|our|her|his|their|the)\s+(?:\d+\s+|two\s+|three\s+)?(?:little\s+|lil\s+|baby\s+|"
    r"younger\s+|youngest\s+|eldest\s+|twin\s+)?(?:sis|sister|sisters|daughter|daughters|girl|"
    r"girls|niece|nieces|cousin|granddaughter|granddaughters)\b(?!s?\s+(?:\w+\s+)?(?:hair|"
    r"fringe|nails|cake|cord|toast|food|sandwich\w*|meat|slack|pocket|allowance|budget))"
    r"(?!\s+(?:off|out|short|loose|free|some|a|an|in|down|up|back|from)\b)"
)
# Cutting said as what will be done to her: "cutting my sis", "to cut their baby girl".
_CUTTING_HER = r"\b(?:cut|cuts|cutting|circumcise|circumcising|circumcised)\s+" + _THE_GIRL
# Soon or young: a day named, a time of day, a date, after a family occasion, or her age.
_SOON_OR_YOUNG = (
    r"\b(?:tomorrow|tonight|today|this\s+(?:morning|afternoon|evening|weekend|week)|next\s+"
    r"(?:week|weekend|month|\w+day)|on\s+(?:the\s+)?\d+(?:st|nd|rd|th)?|after\s+the\s+"
    r"(?:baptism|christening|naming|wedding|eid|party|funeral)|in\s+the\s+holidays)\b|"
    r"\b(?:she\s+is|they\s+are|aged?|only)\s+(?:like\s+)?\d{1,2}\b|\b\d{1,2}\s*(?:yo|yrs?\s+"
    r"old|year\s+old)\b"
)
# The cutting named as something she is to have ("having the special cutting", "getting her
# cut done"), and a trip or a day for it; not a haircut, a ribbon or the cake.
_HAVING_THE_CUTTING = (
    r"\b(?:having|have|has|had|get|gets|getting|got|due|going\s+for|for)\s+(?:the|her|a|their)\s+"
    r"(?:(?:special|secret|big\s+girl|girls?|traditional|cultural|little)\s+(?:cutting|cut|"
    r"snip)|cutting|circumcision)\b(?!\s+(?:of|from|in|on|off|short|out|down|back)\b)"
)
_A_VISIT_OR_A_DAY = (
    _SOON_OR_YOUNG + r"|\b(?:visit\w*|staying\s+with|stays\s+with|going\s+to)\s+(?:her|their|"
    r"the)\s+(?:gran\w*|nan\w*|nani|dadi|grand\w*|aunt\w*|family)\b|\(\s*\d{1,2}\s*\)"
)
# The rite named without an article ("for sunna", "for khatna"); not sunna prayers or a fast.
_FOR_THE_RITE = (
    r"\bfor\s+(?:the\s+|her\s+|a\s+)?\W?(?:sunna|sunnah|khatna|khitan|tahara|circumcision)\b"
    r"(?!\s+(?:prayers?|fast\w*|salah|namaz|of)\b)"
)
# A woman coming from "back home" or flying in to "do" the girls (not their henna or hair), and
# a sign it is the cutting: called a party or a celebration, the writer knowing what it is or
# having had it done.
_A_WOMAN_COMING = (
    r"\b(?:woman|lady|aunty|auntie|aunt|grandmother|grandma|nani|dadi|elder|cutter|mother)\s+"
    r"(?:is\s+)?(?:coming|flying\s+in|arriving|come|over)\b"
)
_TO_DO_THE_GIRLS = r"\bto\s+(?:do|cut)\s+" + _THE_GIRL
_IT_IS_THE_CUTTING = (
    r"\b(?:calling|call|calls|called)\s+it\s+(?:a|the|her|their)\s+(?:\w+\s+)?(?:party|"
    r"celebration|ceremony|holiday|treat)\b|\bi\s+know\s+what\s+it\s+(?:is|means)\b|\bit\s+"
    r"(?:happened|was\s+done)\s+to\s+me\b|\b(?:done|did\s+it)\s+to\s+me\s+(?:too|when)\b"
)

# Breast ironing named as done to a girl; or her chest pressed with something heated.
_BREAST_IRONING = r"\b(?:breast|chest)\s+(?:ironing|flattening|pressing)\b"
_DONE_ON_A_GIRL = (
    r"\b(?:on|to)\s+(?:my|her|his|our|their|the)\s+(?:\w+\s+)?(?:cousin|sister|sis|daughter|"
    r"niece|girl|granddaughter)s?\b|\b(?:does|doing|do|did|going\s+to\s+do|will\s+do)\s+it\s+"
    r"(?:again|to\s+her|every|tonight|tomorrow)\b"
)
_PRESSES_HER_CHEST = (
    r"\b(?:press\w*|iron\w*|flatten\w*|pound\w*|massag\w*|rubb?\w*|burn\w*)\s+(?:her|their|my\s+"
    r"(?:\w+\s+){0,3}?\w+s)\s+(?:chest|breasts?|boobs)\b"
)
_HOT_TOOL = (
    r"\b(?:grinding\s+stone|stone|stones|pestle|spatula|hot\s+(?:iron|spoon|pan|towel\s+and\s+"
    r"stone)|heated\s+\w+)\b"
)

# Honour: a relative with a knife, the writer said to have shamed them, and the writer hiding or
# asking for help (not a brother's knife skills on a cooking show).
_KIN = _FAMILY + r"|\b(?:husbands?|stepdad|sons?)\b"
_HAS_A_KNIFE = (
    r"\b(?:has|got|with|holding|grabbed|picked\s+up|pulled|took)\s+(?:out\s+)?(?:a\s+|the\s+|"
    r"his\s+)?(?:knife|knives|machete|blade|gun|bat)\b(?!\s+(?:skills|set|block|sharpener|"
    r"drawer|crime))"
)
_I_SHAMED_THEM = (
    r"\b(?:i|me)\s+(?:have\s+|had\s+)?(?:shamed|dishonoured|disgraced)\b|\b(?:bring\w*|brought)"
    r"\s+shame\b|\b(?:my|the)\s+shame\b|\bfamily\s+(?:honou?r|name)\b"
)
_HIDING_OR_HELP = (
    r"\bhelp\b|\bhiding\b|\blocked\s+(?:myself\s+)?in\b|\bi\s+am\s+in\s+(?:the\s+|my\s+)?"
    r"(?:bathroom|toilet|loo|bedroom|room|wardrobe|cupboard)\b"
)
# Relatives come to take the writer back to a husband, for the shame, still hunting her.
_TAKE_ME_BACK = (
    r"\b(?:take|taking|drag|dragging|bring|bringing|force|forcing)\s+me\s+back\s+(?:to\s+(?:my\s+"
    r"husband|him|his\s+(?:family|house|place)|the\s+family)|home)\b"
)
_SHAME_OR_PUNISHMENT = r"\bshame\w*\b|\bhonou?r\b|\b(?:deal\s+with|punish|kill|hurt|beat)\s+me\b"
_STILL_HUNTING = (
    r"\b(?:still\s+)?(?:driving|walking|going)\s+(?:round|around)\s+(?:\w+\s+)?(?:looking|"
    r"searching)\s+for\s+me\b|\b(?:looking|searching|hunting)\s+for\s+me\b|\bwaiting\s+(?:for\s+"
    r"me\s+)?(?:at|outside)\b"
)
# A husband or his brothers deciding her punishment for talking to or being seen with a man.
_MY_PUNISHMENT = (
    r"\b(?:decide|decides|deciding|choose|give|gives|giving)\s+(?:on\s+)?my\s+punishment\b|"
    r"\b(?:punish|discipline)\s+me\b|\bteach\s+me\s+a\s+lesson\b"
)
_SEEN_WITH_A_MAN = (
    r"\bfor\s+(?:talking|speaking|texting|laughing|sitting|being\s+seen|being|walking|smiling)"
    r"\s+(?:to|with|at)\s+(?:a|another|some|that)\s+(?:man|men|guy|boy|lad|bloke|male)\b"
)

# Dowry demanded, and a burn, a beating or worse if it is not paid.
_DOWRY_DEMANDED = (
    r"\b(?:want|wants|wanted|demand\w*|asking\s+for|asked\s+for|more|another|still)\s+(?:\S+\s+)"
    r"{0,3}?(?:dowry|dahej|dahez|jahez|bride\s+price)\b|\b(?:dowry|dahej|jahez)\s+"
    r"(?:is\s+|was\s+)?"
    r"not\s+(?:enough|paid)\b"
)
_HURT_OVER_IT = (
    r"\b(?:burn\w*|beat\w*|hit|hits|kick\w*|starv\w*|slap\w*)\s+(?:me|my|her)\b|\bkerosene\b|"
    r"\bset\s+(?:me|her)\s+(?:on\s+)?(?:fire|alight)\b|\b(?:will|it\s+will)\s+be\s+worse\b|"
    r"\b(?:kill|throw|kick)\s+(?:me|her)\b"
)

# A flight booked for the writer or a girl to be married, with her age or refusal.
_FLIGHT_BOOKED = (
    r"\b(?:booked|bought|got)\s+(?:my|her|me\s+a|her\s+a|me|us)\s+(?:one\s+way\s+)?(?:flights?|"
    r"tickets?|seats?)\b"
)
# Married off when she cannot understand what marriage is.
_MARRYING_THEM_OFF = (
    r"\bmarr(?:y|ying|ied)\s+(?:her|him|my\s+(?:\w+\s+)?(?:sister|brother|daughter|son))\s+"
    r"(?:off|to)\b|\b(?:getting|get)\s+(?:her|him)\s+married\b|\b(?:her|his)\s+(?:nikah|"
    r"wedding|marriage)\s+is\b"
)
_CANNOT_CONSENT = (
    r"\blearning\s+disabilit\w*|\b(?:mental\s+|no\s+|lacks?\s+)capacity\b|\b(?:does|do|can)\s+"
    r"not\s+(?:even\s+|really\s+)?(?:understand|know)\s+what\s+(?:marriage|a\s+marriage|a\s+"
    r"wedding|a\s+nikah|it|a\s+husband|a\s+wife)\s+(?:is|means)\b"
)
# Beaten since refusing the man or the match chosen for her (not beaten at chess).
_BEATEN = (
    r"\b(?:beat|beats|beating|beaten|hit|hits|hitting|whip\w*|belt\w*|lock\w*\s+(?:her|me)\s+"
    r"(?:in|up))\s+(?:my\s+\w+|her|me|him)\b(?!\s+at\b)"
)
_REFUSED_THE_MATCH = (
    r"\b(?:refused|said\s+no\s+to|turned\s+down|rejected|would\s+not\s+marry|will\s+not\s+marry)"
    r"\s+(?:\w+\s+){0,2}?(?:man|guy|boy|match|marriage|rishta|proposal|suitor|husband|wedding)\b"
)
_EVERY_DAY = (
    r"\b(?:every|each)\s+(?:day|night|evening|morning)\b|\b(?:since|ever\s+since)\b|\btonight\b"
)

# Put out with a baby or children and sleeping in a car or outside in the cold tonight (not put
# out by a cancelled train, nor the bins put out).
_PUT_OUT = (
    r"\b(?:was|were|been|got|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:put|thrown|kicked|"
    r"turned|shut|locked)\s+out\b(?!\s+(?:by|about|that|of\s+the\s+(?:game|quiz|race|"
    r"competition)))|\b(?:put|threw|throw|kicked|turned)\s+(?:me|her|us|them)(?:\s+and\s+"
    r"(?:my|the|her|our)\s+\w+)?\s+out\b"
)
_WITH_CHILDREN = r"\b(?:baby|babies|newborn|toddler|kids|children|little\s+ones)\b"
_OUT_IN_THE_COLD = (
    r"\bsleeping\s+(?:in\s+(?:the|her|a|their|my|our)\s+car|outside|rough|on\s+the\s+street"
    r"|in\s+the\s+park)\b|\bnowhere\s+to\s+(?:sleep|go|stay)\b"
)
_COLD_TONIGHT = r"\b(?:tonight|this\s+evening|below\s+zero|freezing|minus\s+\d+)\b"

# A pregnancy ended by force because the baby is a girl.
_FORCED_ABORTION = (
    r"\b(?:force|forcing|forced|make|making|made|pressur\w+)\s+(?:me|her)\s+(?:to\s+|into\s+)?"
    r"(?:have\s+|having\s+|get\s+|getting\s+)?(?:an\s+)?(?:abortion|abort\w*|termination|"
    r"get\s+rid)"
    r"|\b(?:take|taking|took|send|sending|fly|flying)\s+(?:me|her)\s+(?:\w+\s+){0,6}?to\s+"
    r"(?:force|have|get|make)\s+(?:an\s+|her\s+|the\s+|me\s+|her\s+)?(?:have\s+an\s+)?"
    r"(?:abortion|termination)\b"
)
_A_GIRL = (
    r"\b(?:it|the\s+baby|she)\s+is\s+a\s+girl\b|\bgirl\s+is\s+a\s+curse\b|\b(?:do|does)\s+not\s+"
    r"want\s+a\s+girl\b|\bsex\s+selecti\w+"
)

# A childminder or nanny who hit a child, and the child to go back or marked.
_MINDER = (
    r"\b(?:child\s*minder|minder|nanny|babysitter|au\s+pair|nursery\s+(?:worker|staff|teacher|"
    r"nurse)|foster\s+carer)\b"
)
_HIT_THE_CHILD = (
    r"\b(?:slapped|smacked|hit|punched|kicked|shook|shaken|pinched|bit|grabbed|dragged|hurt|"
    r"threw)\s+(?:my|our|her|his)\s+(?:little\s+|baby\s+)?(?:son|daughter|boy|girl|child|kid|"
    r"baby|toddler|little\s+one|\d+\s*(?:yo|year\s+old))\b"
)
_BACK_OR_MARKED = (
    r"\b(?:go|goes|going|went|meant\s+to\s+go|has\s+to\s+go)\s+back\b|\b(?:mark|marks|bruise\w*|"
    r"handprint|welt|red\s+mark)\b"
)
# Someone following the writer since a place and still behind her (not on Instagram).
_FOLLOWING_ME_SINCE = (
    r"\b(?:following|followed|walking\s+behind|behind)\s+me\s+(?:since|from|all\s+the\s+way|for"
    r"\s+(?:the\s+last\s+)?(?:\d+|ten|twenty|five|fifteen|ages))\b"
)
_ON_AN_APP = r"\b(?:insta\w*|tiktok|twitter|facebook|snapchat|online|on\s+x)\b"

PRACTICE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a girl cut at a time named or at her age; taken on a trip "for sunna"; a woman coming to
    # "do" the girls with it called a party or known for what it is
    "cutting planned for a girl": (
        f"^(?!.*{_CRAFT_OR_HAIR})" + every_one_of(_CUTTING_HER, _SOON_OR_YOUNG),
        "^" + every_one_of(_GIRL, _TAKEN_HOME, _FOR_THE_RITE),
        f"^(?!.*(?:{_CRAFT_OR_HAIR}|{_DONE_TO_OTHER_THINGS}))"
        + every_one_of(_GIRL + r"|\bshe\b", _HAVING_THE_CUTTING, _A_VISIT_OR_A_DAY),
        f"^(?!.*{_DONE_TO_OTHER_THINGS})"
        + every_one_of(_A_WOMAN_COMING, _TO_DO_THE_GIRLS, _IT_IS_THE_CUTTING),
    ),
    # breast ironing done to a girl, or her chest pressed with a heated stone or pestle
    "breast ironing": (
        "^" + every_one_of(_BREAST_IRONING, _DONE_ON_A_GIRL),
        "^" + every_one_of(_PRESSES_HER_CHEST, _HOT_TOOL),
    ),
    # a relative with a knife over shame, the writer hiding; taken back to a husband for the
    # shame and still hunted; a punishment decided for talking to a man
    "honour violence now": (
        f"^(?!.*(?:{_LAUGHED_OFF}))"
        + every_one_of(_KIN, _HAS_A_KNIFE, _I_SHAMED_THEM, _HIDING_OR_HELP),
        "^" + every_one_of(_TAKE_ME_BACK, _SHAME_OR_PUNISHMENT, _STILL_HUNTING),
        f"^(?!.*(?:{_LAUGHED_OFF}))" + every_one_of(_KIN, _MY_PUNISHMENT, _SEEN_WITH_A_MAN),
    ),
    # more dowry demanded, with a burn, a beating or worse if it is not paid
    "dowry abuse": ("^" + every_one_of(_DOWRY_DEMANDED, _HURT_OVER_IT),),
    # a flight booked to be married with the writer's age or refusal; someone married off who
    # cannot understand it; a girl beaten since she refused the match
    "a marriage forced now": (
        "^" + every_one_of(_FLIGHT_BOOKED, _TO_BE_WED, _NOT_A_HOLIDAY + "|" + _REFUSED),
        "^" + every_one_of(_MARRYING_THEM_OFF, _CANNOT_CONSENT),
        "^" + every_one_of(_BEATEN, _REFUSED_THE_MATCH, _EVERY_DAY),
    ),
    # put out with a baby and sleeping in a car or outside in the cold tonight
    "put out in the cold with a baby": (
        "^" + every_one_of(_PUT_OUT, _WITH_CHILDREN, _OUT_IN_THE_COLD, _COLD_TONIGHT),
    ),
    # a pregnancy to be ended by force because the baby is a girl
    "an abortion forced over a girl": ("^" + every_one_of(_FORCED_ABORTION, _A_GIRL),),
    # a childminder or nanny who hit a child who is to go back, or marked him
    "a child hit by a minder": ("^" + every_one_of(_MINDER, _HIT_THE_CHILD, _BACK_OR_MARKED),),
    # someone following the writer since a place, still there
    "followed and still behind": (
        f"^(?!.*{_ON_AN_APP})" + every_one_of(_FOLLOWING_ME_SINCE, _STILL_ON_ME),
    ),
}
