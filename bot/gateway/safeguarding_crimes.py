"""The English phrase net, part ten: harms safeguarding policy names that the other parts had no
words for, told as what is being done rather than by their names.

FGM: a girl to be taken "back home" in the holidays for "the cleaning", "the cut" or to be cut, or
said sideways, to be "made a woman" or to "become clean", where it is done, on a "special
holiday", like the other girls or with silence about it; her turn to "get done" like the women
before her, or the cutting done on her at home by the aunties who come round; or one girl cut
("cutting down there") and her sister going to the same people next. Forced marriage: the
writer's own nikah or rishta, and a threat if they run or refuse. Work that is captivity: a boss,
and two of papers kept, no pay, "is prison", the phone watched, a debt for the journey, not
allowed out, sleeping in the back room. Doorstep
fraud: workmen at the door who
come back every week for more, hold the bank card, or drive the owner to the bank. Mate crime:
"friends" who charge to stay friends, or took the bank app's password. And harm from other people
told as what happened, each read only when its parts come together: a man who turns up again and
knows the children's school; a relative who says she may not take part and not to contact her; a
carer or relative who has the cheques signed or holds the card and PIN while the savings go, or
had the house put in their name and now says to leave; a partner met online, never met, and the
thousands sent; a man in his thirties messaging a child, sending money, asking to meet her alone;
a neighbour or a lodger giving a child money or a phone and telling her it is a secret; "I think
he touch her"; a worker next door with no passport and no pay. And harm a neighbour, a relative or
a youth worker tells for someone: a "friend" moved in who keeps the family and carers out or had
the savings signed over; a disabled man tipped out of his wheelchair, or hit and filmed for a
laugh; screaming heard through the wall, then silence and no answer at the door; someone left
sitting in their own mess; a teenager passed round a man's mates for sex, a room given for
"favours" or on condition his friends are kept happy, or kept by an adult "boyfriend" with drugs
and unable to leave; days without eating with the home gone to ruin and not caring any more; a
disabled adult hit and told it gets worse if they tell; sex with a woman who does not understand
she can say no; a baby grey, floppy and not moving; a child going off with older men for weed or
money and coming home stabbed.

Extremism and hate (radicalisation, an attack planned, a family threatened with fire) are in
safeguarding_extremism. Each is written so that everyday twins with the same words (the roofer's
quote or one bill that went up, a quinceañera that makes her a woman, ears "done like we all
did", her hair cut at home as a surprise, a cousin's wedding joked about, a job that "is a prison
lol", the cutting of a ribbon, a
birthday surprise kept secret, a game of tag, the cleaning done before the summer trip, the
allotment's rent each week, a photographer who knows the school from the class photos, a brother
saying his sister is ill, a carer's wages paid by the council, a card held for the shopping, a
nephew helping with the house sale, a passport being renewed, a friend moved in to help after an
operation, a wheelchair race filmed for charity, a party gone quiet, a neighbour who likes his own
company, a teenager's messy bedroom, a youth club trip, not caring about a TV show, a day centre's
timetable, a baby asleep for hours, a son hurt at football) read past it. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A girl of the family, the trip that takes her, and what she is taken for (not her hair cut,
# the house cleaned before the trip or the cutting of a ribbon).
_GIRL = (
    r"\b(?:sister|daughter|niece|cousin|granddaughter|girl|girls|step\s*daughter|little\s+one|"
    r"(?:she|her)\s+is\s+(?:only\s+)?\d)\b"
)
# Where cutting is done to girls, as safeguarding guidance lists them.
_CUTTING_COUNTRY = (
    r"(?:somalia|somaliland|sudan|egypt|ethiopia|eritrea|djibouti|gambia|guinea|sierra\s+leone|"
    r"nigeria|kenya|mali|burkina\s+faso|chad|senegal|liberia|yemen|iraq|kurdistan|indonesia|"
    r"malaysia)"
)
_TAKEN_HOME = (
    r"\b(?:take|takes|taking|took|taken|send|sends|sending|sent|fly|flying|flown|go|goes|going|"
    r"went|travel\w*)\s+(?:\S+\s+){0,6}(?:back\s+home|home\s+to|abroad|overseas|(?:to|in)\s+"
    r"(?:\w+\s+)?(?:country|village|" + _CUTTING_COUNTRY + r")|(?:in|over|for)\s+(?:the\s+)?"
    r"(?:summer|holidays?|half\s+term)|on\s+(?:a\s+)?\W?(?:special\s+)?(?:holiday|trip))\b|"
    r"\b(?:flights?|tickets?)\s+(?:are\s+|is\s+|have\s+been\s+)?booked\b|\b(?:book\w*|buying|"
    r"bought)\s+(?:the\s+|her\s+)?(?:flights?|tickets?)\b"
)
_FOR_CUTTING = (
    r"(?:\bfor\s+\W?(?:the|her|a)\s+(?:cleaning|cleansing|cutting|cut|circumcision|sunna|khatna|"
    r"khitan|tahara|initiation|purification)\b(?!\W?\s+of\b)|\b(?:her|she|girls?|sister|daughter|"
    r"niece|granddaughter)\s+(?:is\s+|are\s+|will\s+)?(?:going\s+to\s+|to\s+)?(?:be|get|"
    r"getting|being)\s+(?:cut|circumcised|cleansed|purified|made\s+clean)\b|\b(?:get|getting|"
    r"have|having)\s+her\s+(?:cut|circumcised|cleansed|purified)\b|\b(?:have|has|having|get|"
    r"getting)\s+the\s+(?:cut|cutting|sunna|khatna|tahara)\b(?!\s+of\b)|\b(?:take|takes|"
    r"taking|took|taken|send|sends|sending|sent)\b.{0,80}(?<!hair)(?<!fringe)(?<!nails)(?<!need)"
    r"(?<!needs)(?<!needed)\s+to\s+(?:be|get)\s+(?:cut|circumcised|cleansed|purified)\b(?!\s+"
    r"(?:short|back|down|off|up|out|her|the|a)\b)|\bfgm\b|\bfemale\s+(?:genital\s+mutilation|"
    r"circumcision)\b)"
)
# Cutting said sideways: to be "made a woman", to "become clean" or pure; read only with where
# it is done, a "special holiday", the other girls it was done to, or silence about it (not a
# quinceañera in Mexico that makes her a woman).
_SIDEWAYS_CUT = (
    r"\b(?:made|make|makes|making|become|becomes|becoming)\s+(?:her\s+|them\s+)?(?:a\s+)?"
    r"(?:proper\s+|real\s+|true\s+)?(?:woman|women|clean|pure|purified|cleansed)\b"
)
_HUSHED_OR_WHERE_IT_IS_DONE = (
    r"\b(?:to|in)\s+" + _CUTTING_COUNTRY + r"\b|\bspecial\s+(?:holiday|trip)\b|\blike\s+"
    r"(?:all\s+)?(?:the|her)\s+(?:other\s+)?(?:girls|cousins|sisters)\b|\b(?:will\s+not|would\s+"
    r"not|does\s+not|do\s+not|refuses?\s+to)\s+(?:talk|speak|say\s+anything)\s+about\s+it\b|"
    r"\bkeep\s+it\s+(?:a\s+)?secret\b|\bnot\s+to\s+tell\b"
)

# Cutting said as the girl "getting done" as the women of the family were: read with two of its
# time or turn come, "like we all did", the trip booked, or her tears (not her ears, nails or
# jabs "done", nor a job "done by Friday").
_GETS_DONE = (
    r"\b(?:get|gets|getting|be|being)\s+(?:her\s+)?done\b(?!\s+(?:with|by|for|in\s+(?:time|an?|"
    r"\d)|at|up|over|early|late|quick\w*|soon|today|tomorrow|tonight|now|first|next|properly|"
    r"right|yet|on\s+time)\b)"
)
_HER_TURN = r"\b(?:her|their)\s+(?:time|turn)\s+(?:to\s+(?:get|be|go)|for\s+(?:it|the))\b"
_AS_WE_ALL_WERE = (
    r"\blike\s+(?:we\s+all|all\s+of\s+us|the\s+rest\s+of\s+us|me\s+and\s+my\s+sisters|i\s+"
    r"(?:was|did)|her\s+(?:sisters|cousins|mum|mother)|all\s+the\s+(?:girls|women))\b"
)
_HER_TEARS = (
    r"\b(?:she|her|sister|daughter|niece|girl)\b.{0,30}\b(?:crying|cries|cried|sobbing|"
    r"scared|terrified|frightened|begging|begged|screaming|does\s+not\s+want)\b"
)
_DONE_TO_OTHER_THINGS = (
    r"\b(?:hair|nails|ears|jabs?|vaccin\w*|brows|eyebrows|lashes|teeth|braces|tattoo\w*|"
    r"pierc\w*|photos?|make\s*up|henna|mehndi|homework|chores|exams?)\b"
)
# Cutting done on a girl at home: the cutting "on her", or to "cut her" (not her hair, her out of
# a will or some slack), read with the women who come to do it, the home, secrecy or her fear.
_CUT_ON_HER = (
    r"(?:\b(?:do|does|doing|did|done|carry\s+out|perform\w*)\s+(?:the\s+)?(?:cutting|cut|"
    r"circumcision|sunna|khatna|khitan|tahara)\s+(?:on|to)|\b(?:to|will|going\s+to|gonna)\s+"
    r"(?:cut|circumcise))\s+(?:her|them|the\s+girls?|my\s+(?:little\s+)?(?:sister|daughter|"
    r"niece|cousin|granddaughter)s?)\b(?!\s+(?:a|an|some|out|off|down|short|free|loose|up|back|"
    r"in|own|\w+\s+(?:hair|fringe|nails|dress|fabric|pattern|cake|slack)|hair|fringe|nails|"
    r"dress|fabric|pattern|cake|slack)\b)"
)
_AT_HOME_OR_HUSHED = (
    r"\bat\s+(?:home|the\s+house|ours|my\s+(?:aunts|nans|grans))\b|\b(?:coming|come|came)\s+"
    r"(?:round|over)\b|\b(?:aunt\w*|grandma|grandmother|nani|dadi|elders|lady|woman|women|"
    r"cutter)\b|\bdo\s+not\s+tell\b|\bnot\s+to\s+tell\b|\bsecret\b|" + _HER_TEARS
)
_CRAFT_OR_HAIR = (
    r"\b(?:hair\w*|barber|fringe|trim|salon|sewing|fabric|pattern|cake|lawn|hedge|grass|"
    r"coupons?|ribbon|budget|script|film|edit\w*)\b"
)

# Cutting told as done to one girl ("cutting down there", FGM named) and her sister or cousin
# going to the same people soon: the next girl at risk (not a cut knee stitched at A&E).
_CUT_DOWN_THERE = (
    r"\b(?:cut|cuts|cutting|circumcis\w*|sunna|khatna|tahara)\s+(?:\w+\s+){0,2}?(?:down\s+there|"
    r"between\s+(?:her|their)\s+legs|(?:her|their)\s+(?:private\s+parts|privates))\b|\bfgm\b|"
    r"\bfemale\s+(?:genital\s+mutilation|circumcision)\b"
)
_SISTER_NEXT = (
    r"\b(?:her|my|his|their)\s+(?:little\s+|younger\s+|baby\s+|big\s+|older\s+|twin\s+)?"
    r"(?:sister|sisters|cousin|cousins)\s+(?:is|are|will\s+be|has\s+to|have\s+to)\s+(?:next\b|"
    r"(?:\w+\s+)?(?:going|go|being\s+(?:taken|sent)|sent|taken|staying|stay|flying|off)\s+"
    r"(?:\w+\s+)?(?:to|at|with)\b)|\b(?:her|my|his|their)\s+(?:little\s+|younger\s+)?sisters\s+"
    r"turn\b"
)

# A wedding the writer is being married in (a nikah in any spelling, a rishta), and a threat if
# they run, refuse or tell, before or after the "if" (not a joke about running off early).
_A_WEDDING = (
    r"\b(?:nik+a+h|rishta|shaadi|shadi|marriage|wedding|engagement)\b|\bmarr(?:y|ying)\s+me\b|"
    r"\b(?:get|getting|got)\s+me\s+married\b"
)
_IF_I_GET_AWAY = (
    r"\bif\s+i\s+(?:(?:even\s+)?try\s+to\s+|tried\s+to\s+|dare\s+(?:to\s+)?)?(?:run(?:\s+away)?|"
    r"refuse|say\s+no|escape|leave|do\s+not\s+(?:go|agree)|tell\s+(?:anyone|someone|the\s+"
    r"police))\b"
)
_PUNISHED = (
    r"\b(?:will|would|is\s+going\s+to|are\s+going\s+to)\s+(?:deal\s+with|kill|hurt|beat|disown|"
    r"punish|finish|break|come\s+after|lock\s+up)\s+(?:me|my\s+legs)\b"
)
_LAUGHED_OFF = r"\b(?:lol|haha\w*|lmao|jk|joking)\b|😂|🤣"
_OR_ELSE = (
    rf"(?:{_IF_I_GET_AWAY}\W+(?:then\s+)?(?:my|he|she|they|his|her|the)\b[^.!?]{{0,30}}?"
    rf"{_PUNISHED}|{_PUNISHED}\s+{_IF_I_GET_AWAY})(?![^.!?]{{0,40}}(?:{_LAUGHED_OFF}))"
)

# Workmen at the door, and the money that keeps going to them: back every week for more, the
# bank card handed over, the owner driven to the bank (not one bill that went up).
_DOORSTEP_TRADER = (
    r"\b(?:roof\w*|gutters?|drive\s*way|(?:do|did|doing|done|resurfac\w+)\s+(?:the|my|her|his)\s+"
    r"drive|chimney|fascias?|tarmac\w*|builders?|workmen|tradesmen|(?:men|man|guys|lads|blokes|"
    r"people|someone)\s+(?:\w+\s+)?(?:came|come|knocked|turned\s+up)\s+(?:to\s+(?:fix|do|look\s+"
    r"at|repair|check)|at\s+(?:my|the|her|his)\s+door|round|saying)|knocked\s+on\s+(?:my|the|her|"
    r"his|mums|dads)\s+door|cold\s+call\w*)\b"
)
_BLED_DRY = (
    r"\b(?:(?:(?:come|comes|came|coming)\s+back\s+(?:every|each)\s+(?:\w+\s+)?(?:week|day|days|"
    r"month|fortnight)|(?:keep|keeps|kept)\s+coming\s+back|(?:come|came)\s+back\s+again\s+and\s+"
    r"again)\s+(?:\w+\s+){0,2}?(?:(?:asking|wanting|demanding|after)\s+(?:for\s+)?(?:more|"
    r"another)\b|for\s+more\s+(?:money|cash))|(?:given|gave|handed)\s+(?:them|him)\s+(?:my|her|"
    r"his)\s+(?:bank\s+card|pin)\b(?!\s+(?:details|number|to\s+pay|for\s+(?:the|a)\s+(?:deposit|"
    r"payment)))|(?:they|he)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:have|has|got|took|taken|kept|"
    r"keep)\s+(?:got\s+)?(?:my|her|his|mums|dads|grans|nans|grandads|(?:my|her|his)\s+\w+s)\s+"
    r"(?:bank\s+card|pin)\b|(?:they|he|and|the\s+(?:men|man|builders?|workmen|roofers?))\s+"
    r"(?:\w+\s+)?(?:took|taken|drove|driven)\s+(?:me|her|him|mum|dad|(?:my|our)\s+\w+)\s+to\s+"
    r"the\s+(?:bank|cash\s*point|cash\s+machine|post\s+office))"
)

# Friends who charge to stay friends, or took the keys to an account.
_FRIENDS = r"\b(?:friends?|mates?|they|he|she|people|lads|girls)\b"
_PAY_TO_STAY = (
    r"\b(?:have|has|got)\s+to\s+(?:give|pay|lend|hand\s+over)\s+(?:them|him|her)\s+(?:£\s?\d+|"
    r"money|\w+\s+pounds?|my\s+(?:money|benefits|wages|pension))\s+(?:\w+\s+){0,2}(?:to\s+"
    r"(?:stay|be|keep\s+being|remain)\s+(?:\w+\s+)?(?:friends|mates)|or\s+(?:they|he|she)\s+"
    r"(?:will\s+)?(?:not\s+be|stop\s+being|drop|dump)\s+(?:\w+\s+)?(?:friends?|mates?|me))\b"
)
_ACCOUNT_TAKEN = (
    r"\b(?:took|taken|take|takes|nicked|stole|made\s+me\s+(?:give|tell|hand\s+over)|demanded)\s+"
    r"(?:\w+\s+)?my\s+(?:bank\w*|online\s+banking|bank\s+app|bank\s+card|banking\s+app|app|"
    r"card)\s+(?:password|passcode|pin|login|log\s*in)\b"
)


def _all(*parts: str) -> str:
    """A pattern that reads a message holding every one of `parts`, in any order."""
    return "^" + every_one_of(*parts)


# Someone who turns up where the writer goes, again, and knows where the children are.
_FOLLOWED = (
    r"\b(?:photograph\w*|filming|filmed|following|followed|watching|waiting\s+for)\s+me\b"
    r".{0,60}\b(?:again|same\s+(?:one|man|guy|bloke|person)|every\s+(?:day|week|time))\b"
)
_KNOWS_WHERE = (
    r"\b(?:he|she|they)\s+knows?\s+(?:where\s+(?:i|we|my\s+\w+)\s+(?:live|lives|work|works|go|"
    r"goes|sleep)|my\s+(?:\w+\s+)?(?:address|school|house|flat|work|route))\b"
)

# A relative who answers for a woman, says she may not take part, and says not to contact her.
_NOT_ALLOWED = (
    r"\b(?:she|he)\s+is\s+not\s+(?:allowed|permitted)\s+to\s+(?:take\s+part|come|attend|join|"
    r"go\s+out|speak|talk|be\s+(?:involved|part))\b"
)
_NO_CONTACT = (
    r"\b(?:do\s+not|never|stop\s+trying\s+to)\s+(?:(?:want|need)\s+(?:you|anyone)\s+to\s+)?"
    r"(?:contact|call|message|text|email|ring)\s+"
    r"(?:her|him)\b"
)

# Money drained by someone the writer relies on: cheques signed over, the card and PIN held.
_SIGNS_OVER = (
    r"\b(?:carer|helper|cleaner|neighbour|lodger|son|daughter|nephew|niece|grandson|"
    r"granddaughter|friend)s?\s+(?:keeps?\s+|kept\s+|has\s+been\s+|is\s+|always\s+)?(?:getting|"
    r"making|gets|makes|got|made|"
    r"asking|asks|asked)\s+me\s+(?:to\s+)?sign\w*\s+(?:\w+\s+)?(?:cheques?|checks?|"
    r"withdrawals?)\s+(?:for|to|over\s+to)\s+(?:her|him|them)\b"
)
_DRAINED = (
    r"\b(?:savings|money|account|pension|nest\s+egg)\s+(?:\w+\s+){0,2}(?:nearly\s+|almost\s+|"
    r"all\s+)?(?:gone|empty|drained|disappear\w*|run\s+out)\b|\b(?:takes|took|taking|spends|"
    r"spent)\s+(?:everything|it\s+all|all\s+of\s+it|all\s+my\s+money)\b(?!\s+(?:to|for|with|"
    r"home|round|back|up|down|in|into|off|(?:i|we|you|he|she|they)\s+needs?)\b)|"
    r"\b(?:had|have|got|with)\s+(?:only\s+)?(?:£\s?\d+|nothing)\s+left\b"
)
_HOLDS_CARD = (
    r"\b(?:son|daughter|grandson|granddaughter|nephew|niece|carer|partner|husband|wife|lodger|"
    r"brother|sister|boyfriend|girlfriend)\s+(?:has|holds|keeps|took|takes|has\s+got)\s+my\s+"
    r"(?:(?:bank\s+)?card\s+and\s+(?:my\s+)?pin|pin(?:\s+number)?)\b"
)

# Someone who moved in with an older or disabled adult and now keeps others out or has had the
# savings signed over (not a friend come to help after an operation).
_MOVED_IN = (
    r"\b(?:friend|man|woman|bloke|guy|lodger|someone|lad|couple|boyfriend|girlfriend)\W{0,2}\s+"
    r"(?:has\s+|have\s+)?moved\s+in\s+with\s+(?:him|her|them|my\s+\w+)\b"
)
_KEEPS_OUT = (
    r"\b(?:will\s+not|would\s+not|does\s+not|never)\s+let\s+(?:me|us|anyone|the\s+carers|"
    r"carers|the\s+nurses?|(?:his|her)\s+family)\s+(?:or\s+(?:the\s+)?\w+\s+)?(?:in|near|see)\b|"
    r"\bsigned\s+(?:all\s+)?(?:his|her|their)\s+(?:savings|money|pension|house|home|flat|"
    r"bungalow)\s+over\s+to\s+(?:him|her|them)\b(?!\s+(?:\w+\s+)?(?:daughter|son|children|kids|"
    r"family|niece|nephew|grand\w+|brother|sister|solicitor))|"
    r"\bmouthed\s+(?:help|call\s+the\s+police|save\s+me)\b"
)

# A disabled person hurt for a laugh: tipped out of the wheelchair, or hit and filmed for fun.
_TIPPED_OUT = (
    r"\b(?:tip\w*|push\w*|throw\w*|threw|dump\w*|drag\w*|knock\w*)\s+(?:him|her|them)\s+out\s+"
    r"(?:of\s+)?(?:the|his|her|their)\s+(?:wheel\s*)?chairs?\b"
    r"(?!.{0,30}\b(?:hoist|into\s+(?:the\s+)?(?:bed|bath|car)|onto)\b)"
)
_HIT = (
    r"\b(?:slap\w*|hit|hits|hitting|punch\w*|kick\w*|beat\w*)\s+(?:him|her|them)\b(?!\s+at\b|\s+"
    r"with\s+(?:a|the)\s+(?:pillows?|cushions?|snowballs?|balls?|balloons?|water))"
)
_FILMED_FOR_FUN = (
    r"\bfilm\w*\s+(?:it|him|her|them)\s+(?:\w+\s+){0,2}for\s+(?:a\s+laugh|fun|a\s+joke|"
    r"likes|tik\s*tok|snapchat|views)\b"
)

# A row heard through the wall: a man shouting, her screaming or something smashed, then
# silence and no answer at the door (not a loud party gone quiet).
SCREAM_HEARD = (
    r"\bheard\s+(?:her|him|them|a\s+woman|a\s+child|the\s+kids?)\b(?:\s+\w+){0,4}?\s+"
    r"(?:scream\w*|crying\s+out|begging)\b(?!\s+(?:with\s+laughter|laughing|at\s+the\s+"
    r"(?:telly|tv|football|match|game)))"
)
_GONE_QUIET = (
    r"\b(?:gone|went|going|is|now)\s+(?:completely\s+|really\s+|all\s+|very\s+|dead\s+)?"
    r"(?:quiet|silent)\b"
)
_NO_ANSWER = (
    r"\b(?:not|is\s+not|will\s+not)\s+answer\w*\s+(?:the\s+|her\s+|his\s+)?(?:door|phone)\b"
)

# An older or ill person left in their own mess, or not out for weeks with no heat or food.
_OWN_MESS = (
    r"\b(?:sat|sitting|lying|laying|left|lies|sits)\s+(?:\w+\s+){0,4}in\s+(?:his|her|their)\s+"
    r"own\s+(?:mess|filth|urine|wee|poo|faeces|excrement|muck|dirt|waste)\b"
    r"(?!\s+of\b|\s+(?:\w+\s+){0,2}(?:bed)?rooms?\b)"
)

# A room or a bed given for "favours" or sex (not favours such as the gardening), or the
# friends of the man who gives the room to be kept happy on pain of being put out.
_ROOM_FOR_FAVOURS = (
    r"\b(?:room|bed|roof|sofa|couch|place\s+to\s+(?:stay|sleep|live)|somewhere\s+to\s+(?:stay|"
    r"sleep|live))\s+(?:\w+\s+){0,3}?(?:in\s+(?:exchange|return)\s+for|for)\s+(?:sexual\s+)?"
    r"(?:favours|sex)\b(?!\s+(?:like|such\s+as|round|around|with\s+the|in\s+the\s+(?:house|"
    r"garden)))"
)
_HIS_FRIENDS_KEPT_HAPPY = (
    r"\b(?:keep|keeping|make|making|be\s+nice\s+to|being\s+nice\s+to|entertain|sleep\s+with|"
    r"please)\s+(?:his|her|their)\s+(?:friends|mates|pals|mate|friend|lads|guests|visitors)\b"
)
_OR_OUT = (
    r"\bor\s+(?:i\s+am|i\s+will\s+be|i\s+would\s+be)\s+out\b|\b(?:kick|chuck|throw)\w*\s+me\s+"
    r"out\b|\bon\s+the\s+streets?\b|\blose\s+(?:my|the)\s+(?:room|bed|place)\b"
)
_A_ROOF = r"\b(?:room|landlord|landlady|rent|lodging|(?:his|her|their)\s+(?:flat|place|house))\b"

# A teenager with an adult "boyfriend" who passes her round for sex or feeds her drugs and
# keeps her there.
_PASSED_ROUND = (
    r"\b(?:pass\w*|shar\w*|lend\w*|offer\w*|sell\w*|sold)\s+(?:her|him)\s+(?:a?round|out|on)\s+"
    r"(?:to\s+)?(?:his|their|the|her)\s+(?:mates|friends|mate|friend|boys|lads|men)\s+for\s+"
    r"(?:sex|money|drugs|favours)\b"
)
_ADULT_BOYFRIEND = (
    r"\b(?:[2-5]\d)\s*(?:year|yr)s?\s*old\W{0,2}\s+(?:\w+\s+)?\W?(?:boyfriend|man|partner|"
    r"girlfriend)\b"
)
_DRUGGED = (
    r"\b(?:giving|gives|gave|feeding|feeds|fed)\s+(?:her|him)\s+(?:ketamine|ket|coke|cocaine|"
    r"crack|heroin|spice|mdma|pills|drugs|weed|vodka)\b"
)
_CANNOT_LEAVE = (
    r"\b(?:can\s+not|can\s+not|is\s+not\s+allowed\s+to|not\s+allowed\s+to|will\s+not\s+let\s+"
    r"(?:her|him))\s+(?:leave|go\s+home|get\s+out)\b"
)

# A partner met online and never met, and the money sent to them.
_MET_ONLINE = (
    r"\b(?:met\s+(?:him|her|them\s+)?\s*online|never\s+met\s+(?:him|her)|not\s+met\s+(?:him|her|"
    r"them)?\s*in\s+person|only\s+(?:ever\s+)?(?:spoken|talked|chatted)\s+(?:\w+\s+){0,2}online)"
    r"\b"
)
_MONEY_SENT = (
    r"\b(?:sent|send|sending|given|lent|transferred|wired)\s+(?:him|her|them)\s+(?:over\s+)?"
    r"(?:£\s?)?\d[\d,.]*\s*(?:k|grand|pounds)?\b(?!\s*(?:messages|texts|photos|pictures))|"
    r"\bneeds?\s+(?:another|more|a\s+further)\s+(?:£\s?)?\d"
)
_SWEETHEART = r"\b(?:boyfriend|girlfriend|partner|fiance\w*|husband|wife|lover|soulmate)\b"

# A man who messages a child, sends money or gifts, and asks to meet her alone.
_CHILD_AGE = (
    r"\b(?:she|he|son|daughter|girl|boy|child|kid|niece|nephew|grandson|granddaughter)\s+is\s+"
    r"(?:only\s+)?(?:1[0-5]|[6-9])\b|\b(?:1[0-5]|[6-9])\s*(?:years?\s+old|"
    r"yo)\b"
)
_GROOMER = (
    r"\b(?:a|an|this|some)\s+(?:older\s+)?(?:man|guy|bloke|adult|lad)\b.{0,80}\b(?:he\s+is|"
    r"aged?|in\s+his)\s+(?:[2-6]\d|[2-6]0\s*(?:s|something))\b|\b(?:a|an)\s+(?:man|guy|bloke)\s+"
    r"(?:in\s+his\s+[2-6]0s|of\s+[2-6]\d)\b"
)
# Gifts to the child, and being told to keep them or him a secret.
_GIFTS = (
    r"\b(?:send|sending|sent|sends|give|gives|giving|gave|buy|buys|buying|bought)\s+(?:her|him|"
    r"my\s+\w+)\s+(?:\S+\s+){0,3}?(?:money|cash|£\s?\d+|gifts?|presents?|vapes?|phones?|sim|"
    r"credit|sweets|alcohol|cigarettes|trainers|jewellery|make\s*up)\b"
)
_SECRECY = (
    r"\bkeep\s+it\s+(?:a\s+)?secret\b|\b(?:tell|tells|told|telling)\s+(?:her|him|them)\s+"
    r"(?:(?:that\s+)?it\s+is\s+(?:a\s+|their\s+|our\s+)?secret|to\s+keep\s+(?:it|this|them)\s+"
    r"(?:a\s+)?secret|not\s+to\s+tell)\b|\bkeep\s+(?:it|this)\s+between\s+(?:them|us|the\s+"
    r"two\s+of)\b"
)
_LURED = (
    _GIFTS + r"|\bmeet\s+(?:him|them)\s+(?:on\s+(?:her|his)\s+own|alone|by\s+(?:her|him)self|"
    r"without\s+(?:us|me|telling))\b|" + _SECRECY
)
# A man outside the family: the neighbour, the lodger, a coach, mum's boyfriend.
_OUTSIDER = (
    r"\b(?:neighbou?r|lodger|landlord|tenant|man|bloke|guy|coach|tutor|instructor|driver|"
    r"caretaker|shopkeeper|family\s+friend|(?:mums?|dads?)\s+(?:boyfriend|friend|mate))\b"
)
# A present kept secret for a birthday is not a groomer's secret.
_SURPRISE = r"\b(?:surprise|birthday|christmas|present\s+for)\b"
# A fear that someone is touching or abusing a child, said outright: "I think he touch her."
_ABUSE_SUSPECTED = (
    r"\bi\s+(?:think|suspect|fear|believe|reckon|worry|am\s+(?:scared|afraid|worried|"
    r"frightened))\s+(?:that\s+)?(?:he|the\s+\w+|this\s+man|that\s+man|(?:my|her|his)\s+\w+)\s+"
    r"(?:has\s+been\s+|has\s+|is\s+|was\s+|(?:might|may)\s+(?:have|be)\s+)?(?:touch|touches|"
    r"touched|touching|abus\w+|interfer\w+\s+with|molest\w*|doing\s+things\s+to|did\s+things\s+"
    r"to)\s+(?:her|him|them|my\s+(?:son|daughter|girl|boy|child|kids?|niece|nephew|grand\w+|"
    r"little\s+\w+))(?=\s*(?:$|[.!?,;]|and\b|there\b|down\s+there|when\b|while\b|at\s+night|"
    r"in\s+(?:the|his|her|their)\s+(?:bed|room|car|flat|house)))"
)

# A home taken: the house put in someone else's name, and the owner told to leave.
_HOUSE_TAKEN = (
    r"\b(?:got|had|put|signed|transferred)\s+(?:the|my|our|mums|dads|her|his)\s+(?:house|home|"
    r"flat|bungalow|property|deeds)\s+(?:put\s+|signed\s+over\s+|transferred\s+)?(?:in|into|to|"
    r"over\s+to)\s+(?:his|her|their)\s+(?:own\s+)?name\b"
)
_TOLD_TO_GO = (
    r"\b(?:did\s+not|never)\s+(?:understand|know|read)\s+what\s+i\s+was\s+signing\b|\b(?:says|"
    r"said|told\s+me|telling\s+me)\s+i\s+(?:have|had|need|got)\s+to\s+(?:leave|move\s+out|get\s+"
    r"out|go)\b|\bwhile\s+i\s+was\s+in\s+(?:hospital|a\s+home|respite)\b"
)

# A worker kept in a house: never out, no pay, no passport.
_KEPT_WORKER = (
    r"\b(?:cleans?|cleaning|cleaner|cooks?|maid|nanny|housekeeper|works?|working|never\s+"
    r"(?:leaves|goes\s+out|allowed\s+out))\b"
)
_NO_PASSPORT = (
    r"\b(?:no|without\s+(?:a|her|his))\s+passport\b|\b(?:took|taken|kept|keep|keeps|keeping|hold|"
    r"holds|holding|have|has)\s+(?:her|his|my|their|our)\s+(?:(?:bank\s+)?cards?\s+and\s+)?"
    r"passports?\b"
)
_UNPAID = (
    r"\b(?:is|are|am|been|get|gets|getting)\s+not\s+(?:being\s+)?paid\b|\bnever\s+(?:been\s+)?"
    r"paid\b|\b(?:no|without)\s+(?:pay|wages)\b|\bunpaid\b|\bdo\s+not\s+pay\s+(?:her|him|me|them)"
    r"\b"
)

# Work that is captivity, told in a second language ("is not job is prison, no money no
# passport"): a boss or a job, and two of its signs: papers kept, no pay, a prison or a slave,
# the phone watched, not let go (not a job that "is a prison lol", nor "no money till Friday").
_AT_WORK = (
    r"\b(?:boss|gaffer|manager|employer|gangmaster|supervisor|agency|agent|job|work|factory|"
    r"farm|car\s*wash|nail\s+bar|building\s+site|restaurant)\b"
)
_PAPERS_KEPT = (
    _NO_PASSPORT + r"|\b(?:took|taken|keeps?|kept|has|have|hold|holds)\s+(?:all\s+)?(?:my|our)\s+"
    r"(?:documents|papers|id|visa|brp)\b"
)
_WAGES_KEPT = (
    _UNPAID + r"|\bno\s+money\b(?!\s+(?:till|until|for|left|in|on|to|this|that|at|yet)\b)|"
    r"\b(?:keeps?|kept|takes?|took)\s+(?:all\s+)?(?:my|our)\s+(?:money|wages|salary|pay)\b"
)
_A_PRISON = r"\b(?:is|like|it\s+is|feels?\s+like)\s+(?:a\s+)?(?:prison|jail|slaves?|slavery)\b"
_PHONE_WATCHED = (
    r"\b(?:watch\w*|check\w*|read\w*|takes?|took|look\w*\s+(?:at|in))\s+(?:my|our)\s+phones?\b"
)
_NOT_LET_GO = (
    r"\b(?:can\s+not|not\s+allowed\s+to|will\s+not\s+let\s+(?:me|us))\s+(?:leave|go\s+out|go"
    r"\s+home|quit)\b|\b(?:not|if\s+i\s+am\s+still|if\s+we\s+are\s+still)\s+allowed\s+out\b|"
    r"\block\w*\s+(?:me|us)\s+in\b|\b(?:owe|pay\s+back)\s+(?:him|them|the\s+"
    r"(?:boss|agent|agency))\s+for\s+(?:the|my)\s+(?:travel|journey|tickets?|flights?|visa|room|"
    r"bed|transport)\b"
)

# Sleeping where the work is: the back room, the floor, the van (not a nap on a break).
_SLEEPS_AT_WORK = (
    r"\b(?:i|we)\s+(?:sleep|live|kip|have\s+to\s+sleep)\s+(?:in|on|at)\s+(?:the\s+)?(?:back\s+"
    r"room|store\s*room|stock\s*room|floor|van|container|cellar|basement)\b"
    r"(?!\s+(?:on|in|at|during)\s+(?:my|our|the)\s+(?:breaks?|lunch))"
)

_NOT_EATEN_DAYS = (
    r"\bnot\s+(?:eaten|had\s+(?:anything|a\s+thing)\s+to\s+eat)\s+(?:in|for)\s+(?:like\s+)?"
    r"(?:\w+\s+)?(?:days|weeks)\b"
)
_NEGLECT_SIGN = (
    r"\b(?:do\s+not|dont|cannot|cant|never)\s+get\s+out\s+of\s+bed\b|\bfull\s+of\s+rubbish\b|"
    r"\b(?:water|electric|electricity|gas|power)\s*s?\s+(?:has\s+|have\s+)?(?:been\s+|got\s+)?"
    r"cut\s+off\b|\b(?:legs?|feet|foot)\s+(?:\w+\s+){0,3}?(?:black|weeping|rotting)\b"
)
_NOT_CARING = (
    r"\b(?:do\s+not|dont)\s+care\s+any\s*more\b|\bgiven\s+up\s+on\s+(?:myself|everything)\b|"
    r"\bwhat\s+is\s+the\s+point\b"
)
_KEEPS_HITTING = (
    r"\b(?:keeps|keep|kept)\s+(?:punching|hitting|kicking|slapping|pushing|hurting)\s+me\b"
)
_IF_I_TELL = (
    r"\b(?:he|she|they)\s+(?:said|says)\s+(?:he|she|they)\s+(?:will|would)\s+(?:do\s+it\s+"
    r"(?:more|again|worse)|hurt\s+me|get\s+me)\s+if\s+i\s+(?:tell|told|say)\b"
)
_HAVING_SEX = r"\b(?:having|has|had|have)\s+sex\s+with\s+(?:her|him|them)\b"
_CANNOT_REFUSE = (
    r"\b(?:does\s+not|doesnt|did\s+not|didnt|cannot|cant)\s+(?:understand|know|realise)\s+"
    r"(?:that\s+)?(?:she|he|they)\s+(?:can|could|is\s+allowed\s+to|are\s+allowed\s+to)\s+"
    r"say\s+no\b"
)
_BABY = r"\b(?:baby|babys|infant|newborn|toddler)\b"
_LIMP = (
    r"\b(?:grey|gray|blue|floppy|limp)\s+(?:and\s+)?(?:floppy|limp|not\s+(?:really\s+)?(?:moving|"
    r"breathing|waking|responding))\b"
)
_CHILD_OF_MINE = (
    r"\b(?:my|our|her|his)\s+(?:son|daughter|boy|girl|kid|(?:1[0-7]|\w+teen)\s+year\s+old)\b"
)
_OLDER_MEN = r"\bolder\s+(?:blokes|men|lads|guys|boys)\b"
_PAID_IN_KIND = r"\b(?:weed|drugs|cash|money)\b"
_HURT_OR_GIFTS = (
    r"\bstab\s+wound\b|\b(?:been|got|was)\s+stabbed\b|\bphone\s+(?:i|we)\s+(?:never|did\s+not|"
    r"didnt)\s+(?:bought|buy|give)\b"
)


CRIME_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a girl to be taken abroad or "back home" for cutting, or to be "made a woman" or "clean"
    # where it is done, on a "special holiday", like the other girls, or with silence about it;
    # one girl cut and her sister going to the same people next
    "fgm": (
        _all(_GIRL, _TAKEN_HOME, _FOR_CUTTING),
        _all(_GIRL, _TAKEN_HOME, _SIDEWAYS_CUT, _HUSHED_OR_WHERE_IT_IS_DONE),
        f"^(?!.*{_DONE_TO_OTHER_THINGS}){every_one_of(_GETS_DONE)}"
        + any_two_of(_HER_TURN, _AS_WE_ALL_WERE, _TAKEN_HOME, _HER_TEARS),
        f"^(?!.*{_CRAFT_OR_HAIR})" + every_one_of(_CUT_ON_HER, _AT_HOME_OR_HUSHED),
        _all(_CUT_DOWN_THERE, _SISTER_NEXT),
    ),
    # the writer's own wedding, with a threat if they run or refuse
    "forced marriage": (_all(_A_WEDDING, _OR_ELSE),),
    # workmen who took money at the door and keep coming for more, or hold the card
    "doorstep fraud": (r"^(?=.*" + _DOORSTEP_TRADER + r")(?=.*" + _BLED_DRY + r")",),
    # "friends" who take money or the keys to an account
    "mate crime": (
        _PAY_TO_STAY,
        r"^(?=.*(?:\b(?:pay|paying|give|giving|lend|lending|buy|buying|money)\b|£))(?=.*\bor\s+"
        r"(?:they|he|she)\s+(?:\w+\s+){0,3}?(?:will\s+not|would\s+not|will\s+stop|stop)\s+"
        r"(?:be(?:ing)?\s+)?my\s+(?:friends?|mates?)\b)",
        r"^(?=.*" + _FRIENDS + r")(?=.*" + _ACCOUNT_TAKEN + r")(?!.*\b(?:forgot|forgotten|reset|"
        r"changed|emergency|just\s+in\s+case)\b)",
    ),
    # someone who keeps turning up where the writer goes and knows where the children are
    "turning up again": (_all(_FOLLOWED, _KNOWS_WHERE),),
    # a relative who answers for her: she may not take part, do not contact her
    "controlled by family": (_all(_NOT_ALLOWED, _NO_CONTACT),),
    # someone relied on signs the savings over, holds the card and PIN and takes it all, or had
    # the house put in their name
    "financial abuse": (
        _all(_SIGNS_OVER, _DRAINED),
        _all(_HOLDS_CARD, _DRAINED),
        _all(_HOUSE_TAKEN, _TOLD_TO_GO),
    ),
    # a partner met online, never met, and the money sent to them
    "romance fraud": (_all(_SWEETHEART, _MET_ONLINE, _MONEY_SENT),),
    # a man messaging a child, with money or gifts, asking to meet alone; a man outside the
    # family giving a child gifts and telling her to keep it secret; a fear he touches her
    "grooming": (
        _all(_CHILD_AGE, _GROOMER, _LURED),
        "^(?!.*" + _SURPRISE + ")" + every_one_of(_CHILD_AGE, _OUTSIDER, _GIFTS, _SECRECY),
        _ABUSE_SUSPECTED,
    ),
    # a worker next door who never leaves, has no passport and is not paid
    "domestic servitude": (_all(_KEPT_WORKER, _NO_PASSPORT, _UNPAID),),
    # a boss or a job with two signs it is captivity: papers kept, no pay, a prison, the phone
    # watched, not let go or out, sleeping where the work is
    "forced labour": (
        f"^(?!.*(?:{_LAUGHED_OFF})){every_one_of(_AT_WORK)}"
        + any_two_of(
            _PAPERS_KEPT, _WAGES_KEPT, _A_PRISON, _PHONE_WATCHED, _NOT_LET_GO, _SLEEPS_AT_WORK
        ),
    ),
    # someone moved in who keeps family and carers out or had the savings signed over
    "home taken over": (_all(_MOVED_IN, _KEEPS_OUT),),
    # a disabled person tipped out of the wheelchair, or hit and filmed for a laugh
    "disability hate": (_TIPPED_OUT, _all(_HIT, _FILMED_FOR_FUN)),
    # screaming heard next door, then silence and no answer at the door
    "violence heard": (_all(SCREAM_HEARD, _GONE_QUIET, _NO_ANSWER),),
    # a teenager passed round for sex, or kept by an adult "boyfriend" with drugs
    "sexual exploitation": (
        _PASSED_ROUND,
        _all(_ADULT_BOYFRIEND, _DRUGGED, _CANNOT_LEAVE),
        _ROOM_FOR_FAVOURS,
        _all(_HIS_FRIENDS_KEPT_HAPPY, _OR_OUT, _A_ROOF),
    ),
    # someone left sitting in their own mess; or not eating for days, the home gone to ruin or
    # the body untended, and not caring any more
    "self-neglect": (_OWN_MESS, _all(_NOT_EATEN_DAYS, _NEGLECT_SIGN, _NOT_CARING)),
    # someone hurting a disabled adult and threatening more if they tell
    "abuse of a disabled adult": (_all(_KEEPS_HITTING, _IF_I_TELL),),
    # sex with someone who does not understand she can say no
    "sex without capacity": (_all(_HAVING_SEX, _CANNOT_REFUSE),),
    # a baby gone grey or floppy and not moving
    "baby unresponsive": (_all(_BABY, _LIMP),),
    # a child going off with older men, given drugs or money, and hurt or with things unexplained
    "criminal exploitation": (_all(_CHILD_OF_MINE, _OLDER_MEN, _PAID_IN_KIND, _HURT_OR_GIFTS),),
}
