"""The English phrase net's forced marriage and honour-based abuse: a young person taken "on
holiday", abroad or to the family's village, or booked a ticket there, to be married when her age,
her school year, her distress or her never having said yes says it is forced; a marriage she does
not want; the family shamed or someone sent "to deal with it"; a refusal met with the family's
honour and a punishment ("if I refuse the family honour is finished and my brothers will teach me
a lesson"); being gay or a partner found out by the family, with the family's name to be put right
and a punishment ("they'll deal with me"), lol or not; and someone who has got away being hunted
by her family to be brought back for the wedding (cousins sent to find her, her old college asked
where she is), or having fled the family's threats, sought through people in the community. A
nikah with a threat if the writer runs is read in safeguarding_crimes, and being taken abroad to
marry told as one detail in safeguarding_details.

Each needs the writer's own wedding or the family's hunt, so the everyday twins read past it: a
trip to the village for a cousin's wedding, family honour at stake in a quiz, cousins finding the
writer a seat at the wedding. Text has been through safeguarding_words.normalise (a learner's
"for marry with my cousin" reads "to marry my cousin").

A marriage of the writer's own to someone never met, refused, is read; so is a girl's
cutting arranged by the family as tradition or on a trip abroad (not a fringe cut).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Sent or taken away from the country, or "on holiday" (the words forced marriage is hidden in),
# or a ticket there booked for the young person ("my dad has booked me a ticket to Pakistan").
_AWAY = (
    r"(?:on\s+(?:a\s+)?holiday|abroad|overseas|back\s+home|out\s+of\s+the\s+country|to\s+"
    r"(?:pakistan|bangladesh|india|somalia|afghanistan|yemen|iraq|turkey|albania|nigeria|the\s+"
    r"home\s+country|our\s+country|back\s+home))\b"
)
_TAKEN_AWAY = (
    r"\b(?:(?:taken|taking|take|sent|sending|send|flown|flying|shipped|going|go|went)\s+"
    r"(?:\w+\s+){0,3}|(?:booked|bought|got)\s+(?:me|her|him)\s+(?:a\s+)?(?:one\s+way\s+)?"
    r"(?:tickets?|flights?|seats?)\s+(?:\w+\s+){0,2}?)" + _AWAY
)
# Taken to the family's village, read only beside the young person's own wedding (a village
# wedding of a cousin's is a trip like any other).
_TO_THE_VILLAGE = (
    r"\b(?:taken|taking|take|sent|sending|send|flown|flying|going|go|went)\s+(?:\w+\s+){0,3}to\s+"
    r"(?:the|our|my|his|her|their)\s+(?:home\s+|family\s+|parents\s+)?village\b"
)
_TO_MARRY = (
    r"\b(?:marriage|married|marry|marrying|wedding|husband|wife|nikah|rishta|engaged|engagement|"
    r"bride|groom)\b"
)
# Why the trip is no holiday: the young person is under 18, does not want it, never said yes,
# cries, or the writer suspects it.
_NOT_A_HOLIDAY = (
    r"(?:\b(?:i\s+am|she\s+is|he\s+is|is|only|aged?)\s+1[0-7]\b|\(1[0-7]\)|\b1[0-7]\s*(?:yo|"
    r"yrs?\s+old|year\s+old)\b|\b(?:do|does|did)\s+not\s+want\b|\b(?:crying|cries|terrified|"
    r"frightened)\b|\b(?:i|she|he)\s+(?:never|did\s+not|has\s+not|have\s+not)\s+(?:said\s+"
    r"yes|say\s+yes|agreed?)(?:\s+to\s+(?:it|this|that|him|her|the\s+(?:wedding|marriage|"
    r"match)))?\s*(?:[.!,;]|$|and\b|but\b)|\bi\s+(?:think|reckon|suspect)\s+(?:it\s+is|"
    r"they\s+are)\s+(?:for|to)\b|\b(?:took|taken|taking|keep|keeping|hid|hidden)\s+(?:her|his|"
    r"my)\s+passport\b|\bnot\s+(?:coming|come)\s+back\b)"
)
# The young person's own wedding ("to be married", "to marry a cousin"; not a sister's wedding),
# and why it is forced: an age in words, a school year, or her distress.
_TO_BE_WED = (
    r"\b(?:to\s+(?:be|get)\s+married|to\s+marry\s+(?:a|an|her|his|my|their|some)|marr(?:y|ied)\s+"
    r"(?:her|him|me)\s+(?:off|to))\b"
)
_YOUNG_OR_UNWILLING = (
    r"\b(?:(?:is|only|aged?|just)\s+(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)|year\s+(?:[7-9]|1[0-3])|gcses?|(?:very\s+)?distressed|run\s+away|begg\w+|"
    r"pleading)\b"
)
# A refusal, the family's honour named, and a punishment for it.
_IF_I_REFUSE = (
    r"\bif\s+i\s+(?:(?:even\s+)?(?:try\s+to|dare\s+(?:to\s+)?)\s+)?(?:refuse|say\s+no|"
    r"do\s+not\s+(?:marry|agree|accept|go|come\s+back)|run(?:\s+away)?|escape|leave|"
    r"tell\s+(?:anyone|someone))\b"
)
_HONOUR = r"\b(?:honou?r|izzat|namus)\b"
_LAUGHED_OFF = r"(?!.*(?:\b(?:lol|haha\w*|lmao|jk|joking|banter)\b|😂|🤣))"
_PUNISHMENT = (
    r"\b(?:teach\s+me\s+(?:a|the)\s+lesson|(?:kill|hurt|beat|punish|disown|deal\s+with|finish)\s+"
    r"me|(?:break|smash)\s+my\s+(?:legs|arms|face|neck)|send\s+me\s+(?:back|away))\b"
)
# Seen with men or found out by the family, the family's name to be protected, and a
# punishment ("if my brothers see me sitting with men they will deal with me").
_IF_SEEN = (
    r"\bif\s+(?:my\s+(?:\w+\s+)?\w+|they|he|anyone\s+from\s+(?:my|the)\s+family)\s+(?:sees?|saw|"
    r"finds?\s+out|catches?|hears?)\s+(?:me|about\s+me|(?:that\s+)?i)\b"
)
_FAMILY_NAME = (
    _HONOUR + r"|\b(?:the|our|my)\s+family(?:s)?\s+(?:name|reputation)\b|\bbring\w*\s+shame\b"
)
# Got away, and hunted by the family: sent to find her and bring her back, her old college or
# work asked where she is, searched for; not a seat found at the wedding or cake brought back.
_HUNTED = (
    r"\b(?:find|track|hunt|catch)\s+(?:me\s+down|down\s+me|me)\s+and\s+(?:bring|take|drag|"
    r"send)\s+me\b|"
    r"\b(?:bring|take|drag|fetch)\s+me\s+back\s+(?:home\s+)?(?:for|to)\s+(?:the|my|a)\s+"
    r"(?:wedding|marriage|nikah|engagement|rishta)\b|"
    r"\b(?:been|came|come|went|gone|turned\s+up|going)\s+(?:round\s+)?to\s+my\s+(?:old\s+|"
    r"new\s+)?(?:college|school|uni|university|work|workplace|job|flat|house|address|friends?\s+"
    r"(?:house|flat|place))\s+(?:asking|looking)\s+(?:for|about|after)\s+me\b(?!\s+to\b)|"
    r"\b(?:hunting|searching)\s+(?:for|all\s+over\s+for)\s+me\b"
)
_FAMILY = (
    r"\b(?:family|families|brothers?|cousins?|uncles?|dad|father|mum|mother|parents|relatives|"
    r"in\s*-?\s*laws?)\b"
)
# Fled from the family's threats and sought through the community: "I left home because of
# what my brothers threatened and they've got people in the community looking for me".
_FLED_THREATS = (
    r"\b(?:left|ran\s+away\s+from|fled|got\s+out\s+of)\s+(?:home|my\s+family|the\s+family\s+"
    r"home)\s+(?:because|cos|after|when|over)\b.{0,50}?\b(?:threat\w*|said\s+they\s+would|"
    r"would\s+(?:kill|hurt|do\s+to))"
)
_SOUGHT_THROUGH_OTHERS = (
    r"\b(?:have|has|got)\s+(?:got\s+)?(?:people|men|someone|cousins|friends|contacts)\s+"
    r"(?:in\s+the\s+(?:community|area|mosque|temple|gurdwara|church)\s+|everywhere\s+|out\s+|all"
    r"\s+over\s+)?(?:looking|searching|hunting|asking\s+(?:around|about))\s+for\s+me\b|"
    r"\b(?:the\s+(?:whole\s+)?community|everyone)\s+(?:is|are)\s+(?:looking|searching)\s+for\s+"
    r"me\b|" + _HUNTED
)


# A marriage arranged to someone the writer has never met, and refused.
_MY_MARRIAGE = (
    r"\b(?:my\s+(?:nikah|wedding|marriage|engagement|rishta)|marry\s+me\s+off|me\s+(?:to\s+)?"
    r"(?:marry|married)|get\s+me\s+married)\b"
)
_NEVER_MET = (
    r"\b(?:guy|man|boy|bloke|woman|girl|someone|somebody|person|cousin)\s+(?:\w+\s+)?i\s+"
    r"(?:have\s+)?(?:never|not|have\s+not)\s+(?:even\s+)?met\b|\bstranger\b"
)
_REFUSED = (
    r"\b(?:i\s+have|i)\s+(?:said|told\s+(?:him|them|her))\s+no\b(?!\s+to\b)|\bi\s+(?:have\s+)?refused\b|"
    r"\bi\s+do\s+not\s+want\s+(?:to|it)\b"
)
# A girl's cutting arranged by the family abroad, as tradition.
_HER_CUTTING = (
    r"\b(?:my|our|her)\s+(?:\d+\s*(?:yos?|year\s+olds?)|daughters?|girls?|little\s+one|nieces?)"
    r"\s+(?:cutting|circumcision|khatna|sunna|procedure)\b(?!\s+(?:her|his|its|their|own|the|"
    r"a|an|teeth|hair|fringe|paper|out|back|up|in|down|class)\b)|\b(?:get|have|getting)\s+(?:her|my\s+"
    r"daughter|my\s+girl)\s+(?:cut|done|circumcised)\b"
)
_AS_TRADITION = (
    r"\b(?:tradition\w*|custom|culture|while\s+(?:we\s+are|were)\s+there|back\s+home|aunties|"
    r"grandma|nani|dadi|family\s+(?:are|is)\s+sorting)\b"
)
# Who the writer is or loves found out by the family: gay, trans, a boyfriend of the wrong faith.
_FOUND_OUT_WHO = (
    r"\b(?:found\s+out|find\s+out|finds\s+out|discovered|know|knows|saw)\s+(?:that\s+)?(?:i\s+am|"
    r"about\s+me\s+being|i\s+was)\s+(?:gay|lesbian|bi|bisexual|trans|queer)\b|\b(?:found\s+out|"
    r"find\s+out|discovered)\s+about\s+(?:my|me\s+and\s+my)\s+(?:girlfriend|boyfriend|partner)\b"
)

MARRIAGE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a marriage someone is made to go through, and the honour that is used to threaten them
    "forced marriage or honour": (
        # honour: the family shamed, someone sent "to deal with it"
        r"\b(?:i\s+have|i|she\s+has|he\s+has|i\s+had)\s+(?:shamed|dishonoured|disgraced|"
        r"brought\s+shame\s+(?:on|to))\s+(?:the|my|our|her|his)\s+family\b",
        r"\b(?:coming|come|came|sent|sending|flying)\s+(?:\w+\s+){0,3}to\s+[\"']?deal\s+with\s+"
        r"(?:it|me|her|this|us)\b(?!\s+(?:the|at|on|in|for))",
        # a refusal met with the family's honour and a punishment
        "^" + _LAUGHED_OFF + every_one_of(_IF_I_REFUSE, _HONOUR, _PUNISHMENT),
        # seen with men by the family, its name named, and a punishment
        "^" + _LAUGHED_OFF + every_one_of(_IF_SEEN, _FAMILY_NAME, _PUNISHMENT),
        # who the writer is found out, the family's name to be put right, and a punishment;
        # hedged or not
        "^" + every_one_of(_FOUND_OUT_WHO, _FAMILY_NAME, _PUNISHMENT),
        # a marriage the young person does not want
        r"^(?=.*(?:\b(?:my|me\s+a|her)\s+(?:nikah|rishta|marriage|wedding)\b|"
        r"\bmarr(?:y|ying|ied)\s+(?:me|her)\s+(?:off|to)\b|\bmarried\s+off\b|"
        r"\bget\s+me\s+married\b))(?=.*(?:\bi\s+am\s+1[0-7]\b|\bdo\s+not\s+want\s+to\s*"
        r"(?:[.!,]|$)|\b(?:force|forcing|forced|make|making)\s+me\b))",
        # taken abroad or "on holiday" for a marriage the young person does not want; or to the
        # village to be married herself
        r"^(?=.*" + _TAKEN_AWAY + r")(?=.*" + _TO_MARRY + r")(?=.*" + _NOT_A_HOLIDAY + r")",
        "^"
        + every_one_of(
            _TAKEN_AWAY + "|" + _TO_THE_VILLAGE,
            _TO_BE_WED,
            _YOUNG_OR_UNWILLING + "|" + _NOT_A_HOLIDAY,
        ),
        # got away, and the family hunting her to bring her back for the wedding
        "^" + every_one_of(_TO_MARRY, _FAMILY, _HUNTED),
        # fled from the family's threats, and sought for through the community
        "^" + every_one_of(_FLED_THREATS, _FAMILY, _SOUGHT_THROUGH_OTHERS),
    ),
    # a marriage to someone never met, refused by the writer
    "a marriage to a stranger refused": ("^" + every_one_of(_MY_MARRIAGE, _NEVER_MET, _REFUSED),),
    # a girl's cutting arranged by the family, as tradition or on a trip abroad
    "a girl's cutting arranged": ("^" + every_one_of(_HER_CUTTING, _AS_TRADITION),),
}
