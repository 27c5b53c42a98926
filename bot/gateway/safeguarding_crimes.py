"""The English phrase net, part ten: harms safeguarding policy names that the other parts had
no words for, told as what is being done rather than by their names.

Radicalisation: a plan to "do something" at a mosque, a church or the town hall from someone
who shares or talks up an extremist creed in its adherents' words ("the great replacement"), or
whom someone online calls special and asks to help their group; instructions sent for making
something that explodes. FGM: a girl to be taken "back home" in the holidays for "the
cleaning" or to be cut. Doorstep fraud: workmen at the door who come back every week for more,
hold the bank card, or drive the owner to the bank. Mate crime: "friends" who charge to stay
friends, or took the bank app's password.

Each is written so that the assembly's own subjects talked about (a session on radicalisation
or the Prevent duty: safeguarding_everyday.without_topics), a creed named in the news with no one
sharing it and no plan, and everyday twins with the same words (doing something at the mosque on
Friday for the open day, the roofer's quote or one bill that went up, the cleaning done before
the summer trip, the allotment's rent each week) read past it. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

# An extremist creed in its adherents' own words, shared, watched or talked up by someone
# ("sharing stuff about the great replacement"; not the Nazis or the far right as a history
# lesson or the news), or a recruiter flattering a young person into a group.
_CREED_NAME = (
    r"(?:great\s+replacement|replacement\s+theory|white\s+genocide|race\s+war|remigration|"
    r"white\s+power|14\s*/?\s*88|kuffar|kafirs?|accelerationis\w+|christchurch\s+(?:shooter|"
    r"attacker|video|manifesto))"
)
_CREED = (
    r"(?:\b(?:sharing|shares|shared|posting|posts|posted|spreading|sending|sends|sent|watching|"
    r"watches|talking\s+about|talks\s+about|going\s+on\s+about|banging\s+on\s+about|obsessed\s+"
    r"with|into|believes?\s+in|says?|saying)\s+(?:\w+\s+){0,6}?" + _CREED_NAME + r"\b|"
    r"\b(?:says|said|saying|tells|told|telling)\s+(?:me|him|her|my\s+\w+)\s+(?:that\s+)?"
    r"(?:i\s+am|he\s+is|she\s+is)\s+(?:special|chosen|a\s+warrior|a\s+soldier)\b|\b(?:help|"
    r"join|fight\s+for)\s+(?:their|his)\s+(?:group|cause|movement|brothers|war)\b)"
)
# A place where people gather, and something to be done there; read only beside a creed or a
# recruiter, so a bake sale at the mosque is not.
_GATHERING_PLACE = (
    r"(?:mosque|synagogue|church|gurdwara|temple|mandir|town\s+hall|council|school|college|"
    r"march|rally|protest|pride|festival|parade|station|market|shopping\s+centre|high\s+street|"
    r"vigil|refugee\s+(?:centre|hotel)|asylum\s+hotel|hotel)"
)
_DO_SOMETHING_THERE = (
    r"(?:\b(?:do|doing|does|did|done|carry\s+out|carrying\s+out|plant|planting|leave|leaving|"
    r"set\s+off|setting\s+off)\s+(?:something|it|this|that|them|one)\s+(?:\w+\s+){0,2}(?:at|near|"
    r"outside|to|in|by)\s+(?:the|a|our|their|that)\s+(?:local\s+)?" + _GATHERING_PLACE + r"\b|"
    r"\b(?:attack\w*|bomb\w*|blow\w*\s+up|shoot\w*\s+up|burn\w*\s+down|set\w*\s+fire\s+to|"
    r"torch\w*)\s+(?:the|a|our|their|that)\s+(?:local\s+)?" + _GATHERING_PLACE + r"\b)"
)
# Something made to explode, or instructions for it (not a bath bomb, a bomb shelter or the
# allotment's feed).
_EXPLOSIVE_MADE = (
    r"\b(?:instructions|how\s+to|recipes?|guides?|videos?|manuals?|plans?|diagrams?)\s+"
    r"(?:\w+\s+){0,3}(?:mak\w+|build\w*|assembl\w+)\s+(?:\w+\s+){0,2}(?:(?<!bath\s)(?<!seed\s)"
    r"(?<!chocolate\s)(?<!glitter\s)bombs?(?!\s+(?:shelters?|proof|disposal|calorimeters?))|"
    r"explosives?|ieds?|detonators?|(?:something|stuff|things|one)\s+(?:\w+\s+)?(?:with|from|"
    r"out\s+of)\s+(?:fertili[sz]er|nails|gas\s+canisters|pressure\s+cookers?|weed\s*killer|"
    r"chemicals))\b"
    r"(?!.{0,40}\b(?:garden\w*|allotment|plants?|lawn|veg\w*|tomatoes|crops|compost|bath|"
    r"science\s+(?:class|lesson|homework|fair)|chemistry\s+(?:class|lesson|homework))\b)"
)

# A girl of the family, the trip that takes her, and what she is taken for (not her hair cut or
# the house cleaned before the trip).
_GIRL = (
    r"\b(?:sister|daughter|niece|cousin|granddaughter|girl|girls|step\s*daughter|little\s+one|"
    r"(?:she|her)\s+is\s+(?:only\s+)?\d)\b"
)
_TAKEN_HOME = (
    r"\b(?:take|takes|taking|took|taken|send|sends|sending|sent|fly|flying|flown)\s+(?:\S+\s+)"
    r"{0,4}(?:back\s+home|home\s+to|abroad|overseas|to\s+(?:\w+\s+)?(?:country|village|somalia|"
    r"sudan|egypt|ethiopia|eritrea|gambia|guinea|sierra\s+leone|nigeria|kenya|mali|yemen|iraq|"
    r"kurdistan|indonesia|malaysia)|(?:in|over|for)\s+the\s+(?:summer|holidays?|half\s+term))\b"
)
_FOR_CUTTING = (
    r"(?:\bfor\s+(?:the|her|a)\s+(?:cleaning|cleansing|cutting|cut|circumcision|sunna|khatna|"
    r"khitan|tahara|initiation|purification)\b|\b(?:her|she|girls?|sister|daughter|niece|"
    r"granddaughter)\s+(?:is\s+|are\s+|will\s+)?(?:going\s+to\s+|to\s+)?(?:be|get|getting|"
    r"being)\s+(?:cut|circumcised|cleansed|purified|made\s+clean)\b|\b(?:get|getting|have|"
    r"having)\s+her\s+(?:cut|circumcised|cleansed|purified)\b|\b(?:take|takes|taking|took|taken|"
    r"send|sends|sending|sent)\b.{0,80}(?<!hair)(?<!fringe)(?<!nails)(?<!need)(?<!needs)"
    r"(?<!needed)\s+to\s+(?:be|get)\s+(?:cut|circumcised|cleansed|purified)\b(?!\s+(?:short|"
    r"back|down|off|up|out|her|the|a)\b)|\bfgm\b|\bfemale\s+(?:genital\s+mutilation|"
    r"circumcision)\b)"
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

CRIME_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a plan to do something at a place people gather, from someone sharing an extremist creed
    # or flattered into a group online; instructions for something that explodes
    "radicalisation": (
        r"^(?=.*" + _CREED + r")(?=.*" + _DO_SOMETHING_THERE + r")",
        _EXPLOSIVE_MADE,
    ),
    # a girl to be taken abroad or "back home" for cutting
    "fgm": (r"^(?=.*" + _GIRL + r")(?=.*" + _TAKEN_HOME + r")(?=.*" + _FOR_CUTTING + r")",),
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
}
