"""The English phrase net: risks at a public venue or event, and on the way to or from it.

What members write from a session, its car park or its transport: a driver who smells of drink
or swerves and will not pull over, or who has locked the doors and driven past the writer's
road, off the route or to his own place; someone removed for threatening people back inside; a
child in a group chat sent sexual things and asked to meet; a man outside with a weapon,
threatening people who are stuck inside; a fit coming on with the writer alone; an adult with a
learning disability made to withdraw his money by another member again and again; smoke or fire
with the exits chained or locked and people still inside; someone on the ground being kicked; a
lost child being led away by a stranger; someone suddenly confused and slurring who cannot say
their own name.

Each needs its parts together, so a driver who will not stop talking or who went off the route
round roadworks, a man thrown out for heckling who came back for his coat, a bat and ball, a
fire drill or a blocked exit reported for the risk assessment, a fit that might come one day, a
support worker who helps with the cash machine, a baby kicking her legs and a lost child whose
mum came are left alone. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _JOKING
from bot.gateway.safeguarding_words import every_one_of

# Told as a film, a game, a drill or a hypothetical: not happening now.
_NOT_REAL = (
    _JOKING + r"|\b(?:film|movie|tv|telly|episode|novel|book|story|game|drill|role\s*-?\s*play|"
    r"scenario|case\s+study|hypothetical\w*)\b"
)

# A driver booked or hailed: a taxi, a minibus, a cab.
_DRIVER = r"\b(?:driver|taxi|cab|minicab|uber|cabbie|minibus|chauffeur)\b"
_DRIVING_DRUNK = (
    r"\b(?:smells?|smelt|stinks?|stank)\s+(?:of\s+)?(?:drink|alcohol|booze|beer|wine|spirits|"
    r"weed)\b|\b(?:drunk|pissed|over\s+the\s+limit|been\s+drinking|swerv\w*|falling\s+asleep\s+"
    r"at\s+the\s+wheel|all\s+over\s+the\s+road)\b"
)
# Will not stop or let the passengers out: "he won't pull over", "he has locked the doors".
_WONT_STOP = (
    r"\b(?:will\s+not|would\s+not|refus\w+\s+to|does\s+not|is\s+not\s+going\s+to)\s+(?:pull\s+"
    r"over|stop|slow\s+down|let\s+(?:me|us|her|him|them)\s+(?:out|off|go))\b(?!\s+\w+ing\b|"
    r"\s+for\s+(?:a\s+)?(?:toilet|loo|wee|break|food|coffee|tea|petrol|fuel|snacks?|lunch)\b)|"
    r"\blocked\s+(?:the|all\s+the|us\s+in|me\s+in)\s*(?:doors?)?\b|\bnot\s+letting\s+(?:me|us)\s+"
    r"(?:out|off|go)\b"
)
# Taken somewhere else: past the writer's road, to his own place.
_TAKEN_ELSEWHERE = (
    r"\b(?:going|go|taking\s+(?:me|us|her)|take\s+(?:me|us|her)|driving\s+(?:me|us|her))\s+(?:to|"
    r"back\s+to)\s+(?:his|their)\s+(?:own\s+)?(?:place|house|flat|home|mates?)\b|\b(?:driven|"
    r"drove|driving|gone|went)\s+(?:straight\s+)?(?:past|away\s+from|the\s+wrong\s+way\s+from)\s+"
    r"(?:my|our|her|his)\s+(?:road|street|house|flat|stop|turning|estate)\b|\b(?:gone|went|"
    r"going|driving|drove|turned)\s+off\s+(?:the|his|my|our)\s+(?:route|map)\b"
)
_A_MISTAKE = (
    r"\b(?:by\s+mistake|turned\s+(?:round|around|back)|satnav|sat\s+nav|dropped\s+(?:me|us|"
    r"her)\s+(?:off|home)|got\s+(?:me|us)\s+home|traffic|road\s*works|diversion|shortcut|"
    r"short\s+cut|road\s+(?:is\s+)?closed|closure)\b"
)

# Removed for threats or violence, and back inside now.
_REMOVED_FOR_THREATS = (
    r"\b(?:removed|thrown\s+out|kicked\s+out|banned|barred|escorted\s+out|asked\s+to\s+leave|"
    r"excluded|ejected|chucked\s+out)\b(?:\s+[\w']+){0,5}?\s+for\s+(?:\w+\s+){0,2}?(?:threat\w*|"
    r"violen\w*|attack\w*|assault\w*|fight\w*|hitting|punch\w*|abus\w*|harass\w*|intimidat\w*|"
    r"carrying\s+a|a\s+(?:knife|weapon|blade))"
)
_BACK_INSIDE = (
    r"\b(?:walked|came|come|comes|coming|snuck|sneaked|sneaking|got|getting|is|he\s+is|she\s+is|"
    r"they\s+are)\s+back\s+(?:in|inside|into|through)\b|\bback\s+in\s+the\s+(?:building|hall|"
    r"venue|room)\b|\bheading\s+(?:for|to|towards)\s+(?:the\s+)?(?:\w+\s+)?(?:hall|room|stage|"
    r"tables?)\b"
)
_BACK_FOR_HIS_THINGS = (
    r"\bto\s+(?:get|collect|grab|fetch|pick\s+up)\s+(?:his|her|their)\s+(?:coat|bag|stuff|"
    r"things|phone|keys|jacket)\b|\bapologi[sz]\w*|\bsaid\s+sorry\b"
)

# A child sent sexual things by someone, and asked to meet him.
_A_CHILD = (
    r"\b(?:1[0-7]|[5-9])\s*(?:yo|y/o|yr\s+old|year\s+old)\b|\b(?:my|our|her|his)\s+(?:little\s+|"
    r"young\s+)?(?:daughter|son|child|kid|girl|boy|niece|nephew|granddaughter|grandson|"
    r"teenager|teen)\b"
)
_SENT_SEXUAL = (
    r"\b(?:send\w*|sent|show\w*|messag\w*|dm\w*|post\w*)\s+(?:[\w']+\s+){0,4}?(?:explicit|sexual|"
    r"dirty|nude|nudes|naked|porn\w*|sexy|x\s*-?\s*rated)\b(?!\s+(?:content\s+)?warning)"
)
_ASKED_TO_MEET = (
    r"\b(?:ask\w*|want\w*|told|tell\w*|tries\s+to\s+get|trying\s+to\s+get|pressur\w+|beg\w*)\s+"
    r"(?:her|him|them)\s+to\s+meet\b|\bmeet\s+(?:up\s+with\s+)?(?:him|them|me)\s+(?:today|"
    r"tonight|tomorrow|after|alone|at|in|on|somewhere)\b"
)
_ABOUT_SAFETY = r"\b(?:filter|settings|parental\s+controls|lesson|sex\s+education|workshop)\b"

# A weapon in someone's hands, menacing people, who are stuck inside or waited for.
_ARMED = (
    r"\b(?:got|has|with|holding|carrying|waving|swinging|brandishing|wielding)\s+(?:a|an|the|"
    r"his|some)\s+(?:\w+\s+)?(?:bat|knife|knives|blade|machete|gun|hammer|crowbar|axe|weapon|"
    r"iron\s+bar|metal\s+bar|pole|broken\s+bottle)s?\b"
)
_MENACING = (
    r"\b(?:shouting|screaming|yelling|swearing|roaring)\s+at\b|\bthreaten\w*|\bget\s+(?:done|"
    r"hurt|it|stabbed|battered)\b|\bgonna\s+get\b|\bcoming\s+for\b|\bwaving\s+it\b"
)
_STUCK_OR_WAITED_FOR = (
    r"\b(?:stuck|trapped|hiding|barricaded|locked\s+(?:ourselves|myself|us|the\s+doors?)|"
    r"scared\s+to\s+(?:go\s+out|leave|come\s+out)|can\s+not\s+(?:leave|get\s+out|go\s+out))\b|"
    r"\bwaiting\s+(?:outside|for\s+(?:us|me|members|people|everyone))\b|\bas\s+(?:we|they|people|"
    r"members)\s+(?:leave|come\s+out|go)\b"
)
_SPORT = (
    r"\b(?:cricket|baseball|rounders|softball|ball|match|innings|nets|practice|kitchen|cooking|"
    r"chef|carving|bbq|barbecue)\b"
)

# A fit coming on, with the writer alone.
_FITS = r"\b(?:epilep\w*|seizures?|fits?|fitting)\b"
_COMING_ON = (
    r"\b(?:having|getting|got|feeling|feel|starting|started)\s+(?:\w+\s+){0,2}?(?:warning\s+"
    r"signs|aura|signs\s+of\s+a\s+(?:fit|seizure))\b|\b(?:fit|seizure)\s+(?:is\s+)?coming\s+on\b|"
    r"\bfeel(?:ing)?\s+(?:a|one)\s+(?:fit|seizure)\s+coming\b|\babout\s+to\s+have\s+(?:a\s+)?"
    r"(?:fit|seizure)\b"
)
_ALONE = (
    r"\b(?:alone|on\s+my\s+own|by\s+myself|no\s+one\s+(?:with|around|here)|nobody\s+(?:with|"
    r"around|here))\b"
)
_WHAT_IF = (
    r"\b(?:if|whenever|in\s+case|usually|sometimes)\s+(?:i|she|he|they)\s+(?:get|have|feel|"
    r"start|ever)\b"
)

# An adult with a learning disability made to withdraw money by someone, again.
_DEPENDENT = (
    r"\b(?:learning\s+disabilit\w*|learning\s+difficult\w*|autis\w*|dementia|vulnerable|"
    r"down\s*s?\s+syndrome|can\s+not\s+read)\b"
)
_MADE_TO_WITHDRAW = (
    r"\b(?:making|made|makes|forcing|forced|pressur\w+|bully\w*|getting|gets|got)\s+(?:him|her|"
    r"them)\s+(?:to\s+)?(?:withdraw|take\s+out|draw\s+out|hand\s+over|give\s+(?:him|her|them)|"
    r"empty)\b"
)
_AGAIN = (
    r"\b(?:every|each)\s+(?:break|time|week|day|session)\b|\bagain\b|\bkeeps?\b|\bhas\s+been\b|"
    r"\bjust\s+(?:left|went|gone)\b"
)
_HELPED = r"\b(?:support\s+worker|carer|appointee|budget\w*|helps?\s+(?:him|her|them))\b"

# Smoke or fire, the exits chained or locked, people still inside.
_FIRE_NOW = (
    r"\bsmoke\s+(?:\w+\s+){0,2}?(?:coming|pouring|billowing|everywhere|filling)\b|\b(?:on\s+fire|"
    r"flames|burning|ablaze)\b|\b(?:a|the)\s+fire\s+(?:in|at|behind|has|is|started|spreading)\b|"
    r"\bsmell\s+(?:of\s+)?(?:smoke|burning)\b|\bfire\s+alarm\s+(?:is\s+)?going\s+off\b"
)
_EXITS_SHUT = (
    r"\b(?:exits?|doors?)\b(?:\s+[\w']+){0,6}?\s+(?:chained|padlocked|locked|blocked|bolted|"
    r"jammed|barred|will\s+not\s+open|do\s+not\s+open|can\s+not\s+be\s+opened)\b|\b(?:chained|"
    r"padlocked|locked|blocked|bolted|barred)\s+(?:\w+\s+){0,2}?(?:exits?|fire\s+doors?)\b"
)
_STILL_INSIDE = (
    r"\b(?:people|members|we|everyone|kids|children|they|folk)\s+(?:are|is)\s+(?:still\s+)?"
    r"(?:in|inside|trapped|stuck)\b|\bstill\s+(?:\w+\s+){0,2}?(?:in|inside)\b|\btrapped\b"
)
_A_DRILL_OR_REPORT = (
    r"\b(?:drill|practice|test|training|last\s+(?:week|year|time|month)|risk\s+assessment|"
    r"inspection|health\s+and\s+safety|should|make\s+sure|reminder|please\s+(?:keep|do\s+not)|"
    r"toast|candles?|bbq|barbecue)\b"
)

# Someone on the ground, and people kicking or beating them now.
_ON_THE_GROUND = (
    r"\b(?:on|to)\s+the\s+(?:floor|ground|pavement|road|tarmac|concrete)\b|\bknocked\s+(?:her|"
    r"him|them)\s+(?:down|over|flying)\b"
)
_BEATEN_NOW = (
    r"\b(?:are|is|keep|keeps|started|start|still)\s+(?:kicking|stamping\s+on|punching|beating|"
    r"hitting|attacking|jumping\s+on|laying\s+into)\s+(?:her|him|them|the\s+(?:man|woman|lady|"
    r"girl|boy|guy|member|person|bloke|lad))\b(?!\s+(?:legs|feet|heels|own|hands|arms|toys?|"
    r"ball|football|out)\b)"
)
_PLAYING = (
    r"\b(?:play\w*|game|football|footie|match|karate|judo|boxing|sparring|martial|tantrum|"
    r"toddler\s+is|baby\s+is|swimming|dance|dancing)\b"
)

# A lost child, and a stranger trying to lead them away.
_LOST_CHILD = (
    r"\b(?:a|this|the|one)\s+(?:little\s+|small\s+|young\s+|lost\s+)?(?:child|kid|boy|girl|"
    r"toddler)\b"
)
_ON_THEIR_OWN = (
    r"\b(?:on\s+(?:his|her|their)\s+own|alone|lost|wandered|crying\s+for\s+(?:his|her|their)\s+"
    r"(?:mum|dad|mummy|daddy|mam|mom|parents?))\b"
)
_LED_AWAY = (
    r"\b(?:a|some|this|the|another)\s+(?:\w+\s+)?(?:man|woman|guy|bloke|stranger|person|lady)\b"
    r"(?:\s+[\w']+){0,8}?\s+(?:trying\s+to|tried\s+to|is|was|started|keeps\s+trying\s+to)\s+"
    r"(?:(?:take|taking|grab\w*|hold\w*)\s+(?:his|her|their)\s+hand\s+and\s+)?"
    r"(?:take|taking|lead|leading|drag\w*|pull\w*|carry\w*|walk\w*|pick\w*\s+up)\s+(?:him|her|"
    r"them)\s+(?:out|away|off|outside|to|into|towards)\b"
)
_NOT_THEIRS = (
    r"\b(?:is\s+not|not)\s+(?:part\s+of|with|from)\s+(?:the|our|us)\b|\b(?:does|did)\s+not\s+"
    r"(?:look|seem|feel)\s+right\b|\bstranger\b|\bnot\s+(?:his|her|their)\s+(?:dad|mum|parent|"
    r"father|mother)\b|\bdoes\s+not\s+know\s+(?:him|her|them)\b|\b(?:crying|screaming)\b|"
    r"\b(?:i|we)\s+(?:do|did)\s+not\s+know\b"
)
_FOUND_FAMILY = (
    r"\b(?:his|her|their)\s+(?:dad|mum|grandad|gran|nan|parents?|father|mother|family)\s+(?:came|"
    r"arrived|found|turned\s+up|was\s+there|took)\b|\bturned\s+out\s+to\s+be\s+(?:his|her|"
    r"their)\b|"
    r"\b(?:steward|security|staff|reception|front\s+desk|lost\s+property|first\s+aid|police\s+"
    r"officer)\b"
)

# Someone suddenly confused and slurring, who cannot say their own name.
_CONFUSED = (
    r"\b(?:confused|disorientated|disoriented|muddled|not\s+making\s+sense|talking\s+nonsense)\b"
)
_SLURRING_OR_NO_NAME = (
    r"\bslurr\w*|\b(?:can\s+not|could\s+not|unable\s+to)\s+(?:tell\s+(?:me|us)|remember|say|"
    r"give\s+(?:me|us))\s+(?:her|his|their)\s+(?:own\s+)?(?:name|address)\b|\bdoes\s+not\s+"
    r"know\s+(?:where\s+(?:she|he|they)\s+(?:is|are)|(?:her|his|their)\s+(?:own\s+)?name)\b"
)
_SUDDEN_OR_ILL = (
    r"\b(?:diabetic|diabetes|epilep\w*|stroke|pale|grey|gray|clammy|sweating|sweaty|floppy|"
    r"drowsy|suddenly|all\s+of\s+a\s+sudden|since\s+(?:lunch|the\s+break|this\s+morning|"
    r"breakfast|an\s+hour\s+ago)|face\s+(?:is\s+)?(?:drooping|dropped))\b"
)
# Drink, or a state of long standing: "since his stroke in 2019", "some days".
_DRINK_OR_LONG_STANDING = (
    r"\b(?:pints?|wine|drunk|party|after\s*-?\s*party|pub|sometimes|some\s+days|often|usually|"
    r"always|dementia|years?\s+ago|anymore|any\s+more|(?:19|20)\d\d|since\s+(?:his|her|their)\s+"
    r"(?:stroke|accident|injury|op|operation))\b"
)


def _unless(*everyday: str) -> str:
    """The start of a reading that a film, a game or a joke, or any of `everyday`, rules out."""
    return "^(?!.*(?:" + "|".join((_NOT_REAL, *everyday)) + "))"


VENUE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a driver drunk or swerving who will not stop; or one who locked the doors and drove on
    "a dangerous driver who will not stop": (
        _unless(_A_MISTAKE) + every_one_of(_DRIVER, _DRIVING_DRUNK, _WONT_STOP),
        _unless(_A_MISTAKE) + every_one_of(_DRIVER, _WONT_STOP, _TAKEN_ELSEWHERE),
    ),
    # someone removed for threats or violence, back inside now
    "a person removed for threats back inside": (
        _unless(_BACK_FOR_HIS_THINGS) + every_one_of(_REMOVED_FOR_THREATS, _BACK_INSIDE),
    ),
    # a child sent sexual things and asked to meet
    "a child sent sexual things and asked to meet": (
        _unless(_ABOUT_SAFETY) + every_one_of(_A_CHILD, _SENT_SEXUAL, _ASKED_TO_MEET),
    ),
    # a weapon outside, people menaced and stuck inside or waited for
    "an armed man menacing people at a venue": (
        _unless(_SPORT) + every_one_of(_ARMED, _MENACING, _STUCK_OR_WAITED_FOR),
    ),
    # a fit coming on now with the writer alone
    "a fit coming on alone": (_unless(_WHAT_IF) + every_one_of(_FITS, _COMING_ON, _ALONE),),
    # a disabled adult made to withdraw money again and again
    "a disabled adult made to withdraw money": (
        _unless(_HELPED) + every_one_of(_DEPENDENT, _MADE_TO_WITHDRAW, _AGAIN),
    ),
    # smoke or fire with the exits chained or locked and people inside
    "a fire with the exits blocked": (
        _unless(_A_DRILL_OR_REPORT) + every_one_of(_FIRE_NOW, _EXITS_SHUT, _STILL_INSIDE),
    ),
    # someone on the ground being kicked or beaten now
    "someone on the ground being beaten": (
        _unless(_PLAYING) + every_one_of(_ON_THE_GROUND, _BEATEN_NOW),
    ),
    # a lost child being led away by a stranger
    "a lost child led away by a stranger": (
        _unless(_FOUND_FAMILY) + every_one_of(_LOST_CHILD, _ON_THEIR_OWN, _LED_AWAY, _NOT_THEIRS),
    ),
    # someone suddenly confused and slurring, ill or pale, who cannot say their name
    "someone suddenly confused and slurring": (
        _unless(_DRINK_OR_LONG_STANDING)
        + every_one_of(_CONFUSED, _SLURRING_OR_NO_NAME, _SUDDEN_OR_ILL),
    ),
}
