"""The English phrase net, part nine: a risk told as one concrete detail of what happened or is
planned, with no word of risk around it.

People who have never used a helpline describe the moment rather than name it: the height of a
bridge looked up, how many of a prescribed medicine "it would take" looked up, boxes of tablets
bought in different shops, a dose doubled and legs gone numb (insulin twice, pain patches with
tramadol on top), an arm that "looks like a barcode", a lighter that "makes the noise stop",
someone who will not wake beside an empty packet, a room entered at night, a stepdad who "does
things to" a little sister at night, a threat that ends "or it's my kids", a lit rag through the
letterbox, a tent slashed with them inside, being "taken abroad to get married", a woman coming to
the house to "do what is done" to a baby girl, asked about behind the family's back, a night bus
ridden round for the warmth, the writer on a bridge or at a reservoir "just wanted someone to
know". Each pattern needs the first person, a person doing harm, or the detail that only makes
sense as danger. Text has been through safeguarding_words.normalise ("i am", "will not", "can
not", "he'll" read as "hell").
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_crimes import _GIRL
from bot.gateway.safeguarding_words import every_one_of

_PILLS = (
    r"(?:pills|tablets|meds|medication|paracetamol|co\w*codamol|tramadol|codeine|oxy\w*|morphine|"
    r"diazepam|valium|sertraline|sleeping\s+pills|insulin(?:\s+pens)?|pens|methadone)"
)
# A prescribed medicine named by its class's ending (mirtazapine, citalopram, fluoxetine), or
# said to have been prescribed or upped.
_ON_A_MEDICINE = (
    r"\b(?:" + _PILLS + r"|\w+(?:apine|epine|azepam|zolam|oxetine|traline|tyline|alopram|"
    r"faxine|abalin|apentin|iclone|olpidem|amadol|odamol)|antidepressants?|painkillers|"
    r"prescri\w+|(?:gp|doctor|psychiatrist|consultant|nurse)\s+(?:has\s+)?(?:upped|raised|"
    r"increased|doubled|changed|put\s+me\s+on)\s+my)\b"
)
# A lethal amount looked up, the medicine left unsaid: "been looking up how many it would take";
# not how many weeks it takes to work, nor how many it would take to fill the hall.
_HOW_MANY_LOOKED_UP = (
    r"\b(?:looking|looked|look)\s+up|\bgoogl\w+|\bsearch\w*|\bresearch\w*|\bwork\w*\s+out|"
    r"\bcount\w*|\bwonder\w*"
)
_HOW_MANY_IT_WOULD_TAKE = (
    r"(?:" + _HOW_MANY_LOOKED_UP + r")\s+(?:\w+\s+)?how\s+many\s+(?:it\s+(?:would|will|d)|itd|"
    r"would\s+it|(?:i\s+(?:would|d)|id)\s+need\s+to)\s+(?:take|need)\b"
    r"(?!\s+(?:to|for|before|until|till)\s+(?!(?:kill|die|end|not\s+wake|overdose)\b))"
)
_BODY = r"(?:fingers?|hand|arm|wrist|nose|jaw|ribs?|leg|knee|teeth|tooth|cheekbone)"

# A dose taken twice, stacked or doubled: the mistake or the excess, in the member's words.
_DOSE_STACKED = (
    r"\b(?:twice|two\s+times|double\s+dose|doubled|by\s+mistake|on\s+top|(?:two|2|three|3|both)\s+"
    r"(?:of\s+)?(?:my\s+)?(?:pain\s+)?(?:patch(?:es)?|doses|injections|jabs|pens))\b"
)
# Medicines a doubled dose of which can kill: insulin, opioid patches and tablets, sedatives.
_DANGEROUS_DOSE = r"(?:patch(?:es)?|fentanyl|buprenorphine|butrans|" + _PILLS + r")"
# What a dangerous dose does in the body, said plainly; not dizziness or a headache alone.
_DOSE_SYMPTOM = (
    r"\b(?:can\s+not\s+(?:feel\s+my\s+(?:legs|arms|hands|feet|face|lips)|stay\s+awake|keep\s+my\s+"
    r"eyes\s+open|see\s+(?:straight|properly)|read\s+(?:\w+\s+){0,3}properly|think\s+straight|"
    r"stand\s+up|walk\s+straight)|speech\s+is\s+(?:\w+\s+){0,3}(?:funny|slurred|wrong|weird|"
    r"strange)|slurr\w+|(?:shaky|shaking)\s+and\s+sweat\w*|sweat\w*\s+and\s+(?:shaky|shaking)|"
    r"passing\s+out|going\s+blue|lips\s+(?:are\s+)?(?:blue|numb))"
)
# Something used to hurt oneself, and what it quiets.
_TOOL = r"(?:lighter|razors?|blades?|compass|sharpener|scissors|cigarettes?)"
_QUIETS = (
    r"\b(?:makes?|made|helps?|gets?|lets?)\s+(?:the\s+|my\s+)?(?:noise|thoughts|feelings?|voices|"
    r"head|mind|pain|it\s+all|everything)\s+(?:stop|quiet|go\s+(?:away|quiet)|calm|shut\s+up|"
    r"numb)\b"
)

# A grown-up of the family who "does things to" a child, with when or where it happens, or that
# it was done to the writer too ("my stepdad does things to my little sister at night ... he did
# it to me before"); not things done to her room or her hair, nor with her.
_A_GROWN_UP_OF_THE_FAMILY = (
    r"\b(?:step\s*-?\s*dad|stepdad|step\s*-?\s*father|dad|father|uncle|grandad|grandfather|"
    r"brother|cousin|mums\s+(?:boyfriend|partner)|lodger|he)"
)
_A_CHILD_OF_THEIRS = (
    r"(?:my|our|her|his)\s+(?:little\s+|baby\s+|younger\s+|step\s*)?(?:sister|brother|"
    r"daughter|son|niece|nephew|granddaughter|grandson|girl|boy|kids|children)\b"
)
_WHEN_OR_WHERE = (
    r"\s*(?:,|\band\b)?\s*(?:at\s+night|in\s+(?:her|his|their|the)\s+(?:bed|bedroom|room|bath)|"
    r"when\s+(?:mum|my\s+mum|her\s+mum|his\s+mum|we|nobody|no\s+one)\b|while\s+(?:mum|my\s+"
    r"mum|she|he|they)\b)"
)
_DONE_TO_ME_TOO = r"\s*(?:[.,;!?]|$|and\b).*\b(?:did|does|done)\s+it\s+to\s+me\b"
_DOES_THINGS_TO_A_CHILD = (
    _A_GROWN_UP_OF_THE_FAMILY
    + r"\s+(?:\w+\s+)?(?:does|did|is\s+doing|has\s+been\s+doing|keeps\s+doing)\s+(?:things|"
    r"stuff)\s+to\s+"
    + _A_CHILD_OF_THEIRS
    + r"(?="
    + _WHEN_OR_WHERE
    + r"|"
    + _DONE_TO_ME_TOO
    + r")(?![^.!?]{0,40}\b(?:like|such\s+as|reading|stories|homework|hair|nails)\b)"
)

# A woman brought to the house to "do what is done" to a girl, and a mother who must ask for
# help without the family knowing: cutting said as a custom, unnamed.
_WOMAN_TO_DO_IT = (
    r"\b(?:woman|lady|women|ladies|aunt\w*|elders?|cutter|someone)\s+(?:is\s+|are\s+)?"
    r"(?:coming|come|came|booked|arranged|brought)\s+(?:\w+\s+){0,6}?to\s+[\"“”']?\s*do\s+"
    r"(?:what\s+(?:is|was|must\s+be|has\s+to\s+be|needs\s+to\s+be)\s+done|(?:it|the\s+"
    r"thing|what\s+they\s+did)\s+to\s+(?:her|the\s+girls?|the\s+baby))\b"
)
_WITHOUT_THEM_KNOWING = (
    r"\bwithout\s+(?:him|her|them|the\s+family|anyone|my\s+\w+|her\s+\w+)\s+know\w*\b|"
    r"\b(?:secret|behind\s+(?:his|her|their)\s+backs?|(?:do\s+not|not\s+to|can\s+not)\s+tell)\b"
)

# The writer at the water or a drop now, telling it only so that someone knows ("I'm on the
# bridge by the reservoirs. just wanted someone to know"); not a walk, a run or a view.
_AT_THE_EDGE_NOW = (
    r"\bi\s+am\s+(?:up\s+)?(?:on|at|by|standing\s+on|sat\s+on|sitting\s+on)\s+(?:the|a|top\s+"
    r"of\s+the)\s+(?:\w+\s+)?(?:bridge|reservoirs?|cliffs?|cliff\s+edge|viaduct|roof|ledge|"
    r"river|canal|weir|pier|edge)\b"
)
_SO_SOMEONE_KNOWS = (
    r"\b(?:(?:just\s+)?wanted\s+(?:someone|somebody|anyone|you|one\s+person)\s+to\s+know|"
    r"(?:just\s+)?so\s+(?:someone|somebody|you)\s+knows?|(?:just\s+)?wanted\s+to\s+tell\s+"
    r"(?:someone|somebody|you))\b"
)
_AN_OUTING = (
    r"(?!.*\b(?:late|walk\w*|run|running|ride|cycl\w*|picnic|fish\w*|dog|sponsored|photos?|"
    r"views?|sunset|sunrise|birds?|ducks|swim\w*|paddl\w*|lol|haha\w*)\b)"
)

DETAIL_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # the means looked up, counted or gathered
    "means in a detail": (
        r"\b(?:(?:looking|looked|look)\s+up|googl\w+|search\w+)\s+how\s+(?:high|tall|far\s+down|"
        r"deep)\s+(?:\w+\s+){0,3}"
        r"(?:bridge|car\s*park|multi\s*storey|tower|block|building|cliff|roof|drop)\b",
        r"\b(?:\d+|two|three|four|five|six|several|loads\s+of|lots\s+of)\s+(?:boxes|packets|packs)\b"
        r".{0,50}\b(?:different|separate|several)\s+(?:shops|chemists|pharmacies|supermarkets)\b",
        r"\bhow\s+many\s+(?:of\s+)?(?:my|the|these|his|her)\s+(?:\w+\s+)?" + _PILLS + r"\s+(?:it\s+"
        r"takes|it\s+would\s+take|would\s+(?:do\s+it|do\s+the\s+job|be\s+enough))\b",
        # how many it would take looked up, by someone on a prescribed medicine
        "^" + every_one_of(_ON_A_MEDICINE, _HOW_MANY_IT_WOULD_TAKE),
        r"\bdoubled\s+up\s+on\s+(?:the|my)\s+"
        + _PILLS
        + r"\b.{0,60}\b(?:more|can\s+not\s+(?:really\s+)?feel|numb|passing\s+out|drowsy)\b",
        r"^(?=.*\b(?:can\s+not|could\s+not|will\s+not)\s+wake\s+(?:him|her|them|my\s+\w+)\b)(?=.*\b"
        r"(?:empty\s+(?:packet|bottle|box|strip)|" + _PILLS + r"|overdose\w*)\b)",
        # at the water or a drop now, and saying so only so that someone knows
        "^" + _AN_OUTING + every_one_of(_AT_THE_EDGE_NOW, _SO_SOMEONE_KNOWS),
    ),
    # self-harm told through its aftermath or its hiding
    "self-harm in a detail": (
        # cuts in rows ("my arm looks like a barcode"), not a wristband or a tan line
        r"\b(?:arms?|wrists?|legs?|thighs?|skin)\s+(?:\w+\s+){0,3}like\s+a\s+barcode\b"
        r"(?!.{0,40}\b(?:tan|sunburn\w*|stamp|tattoo|pen|wristband|lanyard)\b)",
        # a lighter or a blade that quiets the noise in the head
        r"^(?!.*\b(?:hob|candles?|bbq|barbecue|fire|cooker|stove)\b)(?=.*\b"
        + _TOOL
        + r"\b)(?=.*"
        + _QUIETS
        + r")",
        # a blade got out again, or beside a head that will not quiet
        r"\b(?:got|have|had|get|getting|took|taken)\s+(?:the|a|my)\s+(?:blade|razor|knife|lighter)s?"
        r"\s+out\s+again\b(?!\s+(?:to|for)\b)(?!.{0,40}\b(?:beard|shav\w*|stubble|moustache|"
        r"tache)\b)",
        r"^(?=.*\b"
        + _TOOL
        + r"\b)(?=.*\b(?:noise|thoughts|voices)\s+in\s+my\s+head\s+(?:will\s+not|"
        r"would\s+not|does\s+not|is\s+not\s+going\s+to)\s+(?:stop|shut\s+up|go\s+away|quiet)\b)",
        r"\bso\s+(?:no\s+one|nobody|people\s+do\s+not|they\s+do\s+not)\s+(?:asks?|sees?|notices?|"
        r"looks?)\s+(?:about\s+|at\s+)?my\s+(?:arms?|wrists?|legs?|thighs?)\b.{0,60}\b(?:worse|"
        r"dressings?|bleeding|again|fresh)\b",
        r"(?:^|[.!?]\s*|\bi\s+(?:have\s+)?)(?:started|been)\s+(?:cutting|scratching|burning|harming|"
        r"hurting)\s+(?:myself\s+)?again\b(?!.{0,40}\b(?:eczema|rash|bites?|itch\w*|cat|dog)\b)",
    ),
    # a dose doubled or stacked by mistake, and what it is doing in the body now
    "a dangerous dose in a detail": (
        r"^(?=.*\b"
        + _DANGEROUS_DOSE
        + r"\b)(?=.*"
        + _DOSE_STACKED
        + r")(?=.*"
        + _DOSE_SYMPTOM
        + r")",
    ),
    # harm by a person, told as what they did or said
    "harm in a detail": (
        r"\b(?:he\s+will|hell|she\s+will|they\s+will|he\s+is\s+going\s+to|they\s+are\s+going\s+to)\s+"
        r"finish\s+(?:me|us)\b(?!\s+(?:off\s+)?(?:at|by|early|the|my|with)\b)",
        r"^(?=.*\b(?:he|she)\b)(?=.*\bi\s+(?:was|am)\s+not\s+(?:let|allowed)\s+out\s+for\s+(?:a|\d+|"
        r"two|three|days|weeks)\s*(?:days?|weeks?|month)?\b)",
        r"^(?=.*\bmy\s+ex\b)(?=.*\b(?:found\s+you|know\s+where\s+you\s+(?:are|live)|see\s+you\s+"
        r"soon)\b)",
        r"^(?=.*\bsomething\s+happened\b)(?=.*\bi\s+(?:did\s+not|never)\s+(?:agree|consent|say\s+yes|"
        r"want\s+it)\b)",
        r"\b(?:he|she|they)\s+says?\s+i\s+owe\s+(?:him|her|them)\b.{0,40}\b(?:have\s+to|got\s+to|"
        r"must)\s+(?:go|do|work|sell|carry|run|sleep)\b",
        r"\b(?:step\s*-?\s*dad|stepdad|step\s*-?\s*father|uncle|mums\s+(?:boyfriend|partner)|"
        r"brother|cousin|landlord|boss|employer|he)s?\s+(?:\w+\s+){0,2}(?:coming|comes|came)\s+"
        r"(?:in|into)\s+my\s+(?:bed)?room\b.{0,30}\b(?:at\s+night|again|when|while)\b",
        r"\b(?:caught|found|heard|saw|seen)\s+(?:him|a\s+man|(?:my|our|her|his)\s+(?:\w+\s+)?(?:m"
        r"ate|"
        r"friend|lodger|uncle|cousin|brother|stepdad|boyfriend))\s+(?:in|coming\s+out\s+of|going"
        r"\s+"
        r"into|leaving)\s+(?:my|our|the|her)\s+(?:little\s+)?(?:daughter|son|kids|children|girls|"
        r"boys|granddaughter|grandson|niece|nephew)s?\s+(?:bed)?room\b.{0,20}\b(?:at\s+night|in"
        r"\s+"
        r"the\s+(?:middle\s+of\s+the\s+)?night|while\s+(?:she|he|they)\s+(?:was|were)\s+"
        r"(?:asleep|sleeping))\b(?!.{0,40}\b(?:reading|story|fixing|checking|tucking|settling|"
        r"feeding|changing)\b)",
        r"\b(?:they|he|she|loan\s+sharks?|lenders?)\b.{0,50}\b(?:broke|broken|snapped)\s+my\s+"
        + _BODY
        + r"\b.{0,80}\bor\s+(?:it\s+is|its|it\s+will\s+be|they\s+will\s+\w+)\s+(?:my|the)\s+"
        r"(?:kids|children|son|daughter|family)\b",
        r"\b(?:think|scared|afraid|worried|know)\s+(?:that\s+)?(?:they|he|she)\s+(?:will|are\s+going\s+"
        r"to|is\s+going\s+to)\s+come\s+for\s+me\b(?!\s+at\s+\d)",
        r"\bi\s+can\s+not\s+(?:do|face|take|survive)\s+(?:another|one\s+more)\s+night\s+(?:with\s+"
        r"him|with\s+her|of\s+(?:this|it))\b|^(?=.*\b(?:he|she)\s+(?:is|gets|comes)\s+(?:home|back)\b)"
        r"(?=.*\bi\s+can\s+not\s+(?:do|face|take|survive)\s+(?:another|one\s+more)\s+night\b)",
        r"\bplease\s+(?:some|any)(?:one|body)\s+help\s+me\s*(?:today|now|tonight|[.!]|$)",
        _DOES_THINGS_TO_A_CHILD,
    ),
    # a child heard in danger next door
    "a child heard": (
        r"^(?=.*\b(?:kid|child|baby|boy|girl|toddler)s?\b.{0,40}\b(?:screaming|crying|yelling)\b)(?=.*"
        r"\b(?:smash\w*|bang\w*|thud|crash\w*)\b)(?=.*\b(?:quiet|silent|silence)\b)",
    ),
    # hate, told through what was done to the home or the person
    "hate in a detail": (
        r"(?:🔥|\b(?:fire|burning\s+\w+|petrol|fireworks?|lit\s+\w+|rags?|excrement))\s+(?:\w+\s+){0,2}"
        r"through\s+(?:my|our|the)\s+(?:letter\s*box|door|window)\b",
        r"\bgo\s+home\s+(?:sprayed|painted|written|scrawled)\b",
        r"\b(?:slashed|stabbed|kicked|set\s+fire\s+to|set\s+alight|burnt|burned|attacked|smashed|"
        r"rammed)\s+(?:\w+\s+){0,3}with\s+me\s+(?:still\s+)?(?:inside|in\s+it|in\s+there)\b",
    ),
    # being married off, asked about or feared
    "forced marriage in a detail": (
        r"^(?=.*\b(?:getting|get|got)\s+me\s+married\b|.*\bmarried\s+off\b)(?=.*\b(?:do\s+not\s+want|"
        r"not\s+meant\s+to\s+know|scared|against\s+my|sent\s+back|taking\s+me\s+(?:to|back|abroad)|"
        r"passport)\b)",
        r"\btaken\s+(?:abroad|overseas|away|back)\s+to\s+(?:get\s+|be\s+)?marr\w+\b.{0,60}\b(?:asking"
        r"\s+for\s+(?:me|myself|a\s+friend)|flight|i\s+(?:am|leave|fly))\b",
    ),
    # a woman coming to the house to "do what is done" to a girl, asked about in secret
    "fgm in a detail": ("^" + every_one_of(_GIRL, _WOMAN_TO_DO_IT, _WITHOUT_THEM_KNOWING),),
    # work that is not free, no food in, nowhere warm
    "exploitation or want in a detail": (
        r"\b(?:we|i)\s+(?:are|am)\s+not\s+allowed\s+(?:to\s+)?(?:leave|go\s+out\s+of)\s+the\s+"
        r"(?:house|flat|home|place|site)\s+(?:except|without|unless|alone)\b",
        r"^(?=.*\b(?:kids|children|baby|son|daughter|them)\b)(?=.*\b(?:nothing|no\s+food)\s+(?:to\s+"
        r"eat\s+)?in\s+(?:the\s+(?:house|flat|cupboards?|fridge)\s+)?since\b)",
        r"\bnight\s+bus\w*\b.{0,40}\b(?:round\s+and\s+round|all\s+night|because\s+it\s+is\s+warm|to\s+"
        r"(?:keep|stay)\s+warm)\b",
    ),
    # not needing the money or the name for long
    "not expecting to need it": (
        r"\b(?:will\s+not|not\s+going\s+to)\s+be\s+(?:using|needing)\s+(?:it|this|them)\s+for\s+"
        r"(?:very\s+)?long\b",
        r"^(?=.*\bmade\s+my\s+mind\s+up\b)(?=.*\b(?:will\s+not|not\s+going\s+to)\s+be\s+needing\s+"
        r"(?:the|my|any)\b)",
    ),
}
