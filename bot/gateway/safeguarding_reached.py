"""The English phrase net: someone reached through the phone or online: tracked, targeted, lured.

An abuser inside someone's phone or accounts (a location app got into, spyware put on it) who
now knows where they hide or is on his way; an address or a meeting place posted with a call to
pay a visit or bring a weapon; a child in an online group or game told to bring a knife or a
victim; a child threatened through a game or an app unless he sends pictures of himself; an
adult with dementia sending money to an online "lover" and packing to fly out to him; a young
person filmed being put in a car by strangers; a job abroad found by a man met online, with a
friend who went before never back. The same technology words come without a present risk (a
lost phone found with Find My, location sharing agreed, a hacked account recovered, an AirTag on
the keys, an online safety talk, a recruiter who needs a passport copy for the visa), so each
reading needs the technology and what makes it a risk now together. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_street import _A_THING_TO_SHARE
from bot.gateway.safeguarding_violence import _JOKING
from bot.gateway.safeguarding_words import every_one_of

# Over and done with (told as the past, or put right), or a subject of a talk or a course.
_PUT_RIGHT = (
    r"\b(?:years\s+ago|back\s+in\s+(?:19|20)\d\d|recovered|got\s+(?:it|them)\s+back|sorted\s+it|"
    r"(?:police|they)\s+dealt\s+with|all\s+fine\s+now|i\s+am\s+(?:fine|safe)\s+now|talk|"
    r"training|workshop|course|webinar)\b"
)
# Into someone's phone or accounts without leave, or spyware on it.
_INSIDE_THE_PHONE = (
    r"\b(?:he|she|they|someone|somebody|ex|husband|wife|partner|boyfriend|girlfriend|dad|father|"
    r"stepdad|\w+-in-law)\s+(?:has\s+|had\s+)?(?:got|gotten|broke|broken|hacked)\s+into\s+"
    r"(?:my|her|his|our|their)\s+(?:\w+\s+)?"
    r"(?:find\s+my|iphone|phone|icloud|email|account|instagram|facebook|whatsapp|location|"
    r"google|snapchat|laptop)|"
    r"\b(?:spy|spyware|stalkerware|tracking|tracker)\s+app\b|\bmspy\b|\bflexispy\b|"
    r"\b(?:put|installed|hid|hidden)\s+(?:an?\s+)?(?:app|tracker|spyware)\s+on\s+(?:my|her)\s+"
    r"phone\b"
)
# What he does with it now: knows where she hides, has read she sought help, is raging.
_FOUND_OR_COMING = (
    r"\bsee\s+you\s+soon\b|\b(?:at|in)\s+the\s+(?:refuge|safe\s+house|shelter)\b|"
    r"\bknows\s+where\s+(?:i|she|we)\s+(?:am|is|are|live|lives|stay|stays)\b|"
    r"\b(?:contacted|called|rang|saw|seeing|spoke\s+to)\s+a\s+(?:lawyer|solicitor|refuge|"
    r"domestic\s+abuse)\b|\b(?:shouting|screaming|threatening|raging)\b"
)
# Done with leave or to help: shared by agreement, set up or fixed for someone.
_AGREED = (
    r"\b(?:agreed|i\s+said\s+(?:fine|ok|okay|yes)|consent|permission|we\s+(?:both\s+)?share|"
    r"reassuring|peace\s+of\s+mind|to\s+(?:fix|set\s+up|help|sort))\b"
)
# An address or a meeting place put up for others to see.
_PLACE_POSTED = (
    r"\b(?:put|posted|shared|leaked|published|put\s+up)\s+(?:my|our|her|his|their)\s+(?:home\s+)?"
    r"(?:address|postcode)|\bwe\s+know\s+where\s+(?:you|the\s+meetings?|they|she|he)\s+|"
    r"\b(?:picture|photo|pic)\s+of\s+(?:the|my|our|her|his)\s+(?:town\s+hall|house|front\s+door|"
    r"entrance|flat|school|street)\b"
)
# On a channel, a feed or a group.
_ONLINE_PLACE = (
    r"\b(?:telegram|twitter|tiktok|facebook|instagram|insta|snap|snapchat|discord|whatsapp|"
    r"channel|group\s+chat|online|posts?|posted|story|x\s+account)\b"
)
# A call to harm the people named: a visit paid, a weapon or a stab vest brought, a gun sent.
_A_CALL_TO_HARM = (
    r"\bpay\s+(?:these|those|them|him|her|you|us)\s+(?:\w+\s+){0,2}?a\s+visit\b|"
    r"\bbring\s+(?:a|your)\s+(?:stab\s+vests?|knife|knives|blade|weapon)\b|\bgun\s+emoji\b|"
    r"\bsnitch(?:es)?\b.{0,60}\b(?:visit|deal\s+with|sort)\b"
)
# A child or a teenager.
_YOUNG = (
    r"\b(?:son|daughter|bro|brother|sister|sis|nephew|niece|grandson|granddaughter|cousin|kid|"
    r"child|boy|girl|teen|teenage|teenager)s?\b|\b(?:1[0-7]|[89])\s*(?:yo|year\s+old|\)|\.)"
)
# Reached through a game, an app or a group online.
_THROUGH_AN_APP = (
    r"\b(?:snap|snapchat|insta|instagram|discord|roblox|fortnite|minecraft|tiktok|telegram|"
    r"whatsapp|gaming|game|online|group\s+chat|xbox|playstation)\b"
)
# Told to bring a weapon, or the victim, for someone else's violence.
_TOLD_TO_BRING = (
    r"\b(?:told|telling|asked|asking|getting|made)\s+(?:(?:him|her|them|me)\s+)?(?:\w+\s+){0,8}?"
    r"to\s+(?:bring|carry|take|hold|lure)\s+(?:a|the|his|her|that)\s+(?:knife|knives|blade|"
    r"weapon|machete|gun|kid|boy|girl|lad)\b"
)
# Weapons or an attack talked about in the same group.
_ARMED_OR_ATTACK = (
    r"\b(?:knife|knives|blades?|machetes?|guns?|weapons?|ride\s+on|shank|stab|enemy|make\s+a\s+"
    r"point|jump\s+(?:him|them))\b"
)
# Threatened with harm unless pictures of himself are sent.
_HARM_THREATENED = (
    r"\b(?:will|gonna|going\s+to)\s+(?:hurt|harm|kill|beat|come\s+for|leak|expose|ruin)\b"
)
_UNLESS_PICTURES = (
    _HARM_THREATENED + r".{0,80}\b(?:if\s+(?:he|she|i|they|you)\s+(?:does\s+not|do\s+not|"
    r"will\s+not)\s+send|unless\s+(?:he|she|i|they|you)\s+sends?)\s+(?:more\s+)?(?:photos|"
    r"pictures|pics|nudes|videos|images)\s+(?:of\s+(?:himself|herself|myself|yourself|themselves)"
    r"|\w*\s*(?:naked|nude))|" + _HARM_THREATENED + r".{0,80}\b(?:if\s+(?:he|she|i|they|you)\s+"
    r"(?:does\s+not|do\s+not|will\s+not)\s+send|unless\s+(?:he|she|i|they|you)\s+sends?)\s+"
    r"(?:more\s+)?nudes\b"
)
# "My mum will kill me if": a figure of speech about family.
_FAMILY_WILL_KILL = (
    r"\b(?:mum|mam|mom|nan|gran|dad|sister|sis|wife|husband|boss|teacher)\s+(?:will|is\s+going\s+"
    r"to|gonna)\s+kill\s+(?:me|him|her)\b"
)
# A vulnerable adult's love met online, with money going to him.
_ONLINE_LOVER = (
    r"\b(?:a|this|some)\s+(?:man|woman|guy|bloke|lady)\s+(?:on|from)\s+(?:facebook|instagram|"
    r"insta|whatsapp|tiktok|online|a\s+dating\s+(?:app|site)|the\s+internet)\b.{0,60}\b(?:loves|"
    r"love\s+her|love\s+him|marry)\b"
)
_MONEY_TO_HIM = (
    r"\b(?:card\s+details|bank\s+details|sends?\s+(?:him|her)?\s*money|sending\s+(?:him|her)?\s*"
    r"money|money\s+every\s+day)\b"
)
_CANNOT_JUDGE = r"\b(?:dementia|alzheimers|memory\s+problems|learning\s+disab\w+|confused)\b"
_LEAVING_TO_MEET = (
    r"\b(?:packed|packing)\s+a\s+bag\b|\b(?:fly|flying|flies|travel|travelling)\s+out\s+to\s+"
    r"meet\b"
)
# Being put in a car, by men she does not know, filmed or messaged from there.
_PUT_IN_A_CAR = (
    r"\b(?:putting|pushing|dragging|bundling|pulling|carrying)\s+(?:her|him|them)\s+(?:in|into)\s+"
    r"(?:a|the|their)\s+(?:car|van|taxi)\b"
)
_STRANGERS_OR_OUT_OF_IT = (
    r"\b(?:does\s+not|do\s+not|did\s+not)\s+know\s+(?:them|him|who\s+they\s+are)\b|"
    r"\b(?:strangers?|out\s+of\s+it|drugged|spiked|cannot\s+stand|barely\s+conscious)\b"
)
# A job abroad found by someone met online, and someone who went before never back.
_MET_ONLINE = (
    r"\b(?:talking\s+to|met|chatting\s+(?:to|with))\s+(?:\w+\s+){0,3}?(?:online|on\s+(?:facebook|"
    r"instagram|insta|tiktok|whatsapp|telegram|an?\s+app|a\s+dating))\b|"
    r"\b(?:a|this|some)\s+(?:man|woman|guy)\s+(?:i|she|he)\s+(?:met|have\s+been\s+talking\s+to)\s+"
    r"online\b"
)
_JOB_ABROAD = (
    r"\b(?:found|got|offered|promised)\s+(?:me|her|him|us)\s+(?:a\s+)?(?:job|work|modelling)\s+"
    r"(?:in|abroad|overseas)\b|\bjob\s+(?:abroad|overseas)\b"
)
_NEVER_BACK = (
    r"\b(?:never\s+(?:came|come)\s+back|never\s+heard\s+from\s+(?:her|him)|not\s+heard\s+from\s+"
    r"(?:her|him)\s+since|(?:went|gone)\s+missing|disappeared)\b|"
    r"\b(?:took|kept|keeps|keeping|holding|holds)\s+(?:my|her|his)\s+passport\b"
)

REACHED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # an abuser inside the phone who now knows where she hides, or is on his way
    "an abuser inside the phone": (
        "^(?!.*(?:"
        + _PUT_RIGHT
        + "|"
        + _AGREED
        + "))"
        + every_one_of(_INSIDE_THE_PHONE, _FOUND_OR_COMING),
    ),
    # an address or a meeting place posted, with a call to visit or come armed
    "a place posted with a call to harm": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _PUT_RIGHT
        + "))"
        + every_one_of(_PLACE_POSTED, _ONLINE_PLACE, _A_CALL_TO_HARM),
    ),
    # a child in a group or a game told to bring a knife or the victim
    "a child drawn into violence online": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_THING_TO_SHARE
        + "|"
        + _PUT_RIGHT
        + "))"
        + every_one_of(_YOUNG, _THROUGH_AN_APP, _TOLD_TO_BRING, _ARMED_OR_ATTACK),
    ),
    # threatened through a game or an app unless pictures of himself are sent
    "pictures demanded with a threat": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _FAMILY_WILL_KILL
        + "))"
        + every_one_of(_UNLESS_PICTURES, _THROUGH_AN_APP + r"|\blink\b"),
    ),
    # an adult who cannot judge it, paying an online lover and leaving to meet him
    "an online lover paid and flown to": (
        "^" + every_one_of(_ONLINE_LOVER, _MONEY_TO_HIM, _CANNOT_JUDGE, _LEAVING_TO_MEET),
    ),
    # a young person put in a car by men she does not know, or too far gone to say no
    "a young person put in a car by strangers": (
        "^(?!.*(?:" + _JOKING + "))" + every_one_of(_PUT_IN_A_CAR, _STRANGERS_OR_OUT_OF_IT),
    ),
    # a job abroad found by a man met online, and someone who went with him never back
    "a job abroad from a man met online": (
        "^" + every_one_of(_MET_ONLINE, _JOB_ABROAD, _NEVER_BACK),
    ),
}
