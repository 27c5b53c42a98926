"""The English phrase net: an accident outdoors happening now, in water, on ice, on the road or
with a vehicle, told by someone there.

What needs an ambulance, the fire brigade or the coastguard now: someone in a river, a canal, a
lake or a reservoir (fallen, jumped or pushed in) going under, struggling, not able to swim, not
coming up or out of reach ("man drowning canal", "help kid in the river"), or swimming in one
and gone under and not come back up; someone gone through the ice; someone hit, knocked off or
run over by a vehicle, or thrown off a bike or a scooter, and not moving, not talking, not
waking, bleeding or under it; someone lying in the road after a car drove off; someone trapped
under or in a vehicle after a crash; a bus, a car or a boat on fire or pouring smoke with people
still inside or the doors shut. The everyday twins share the words and are left alone: a bus
delayed by a crash, a bump in the car park with no one hurt, a walk by the reservoir, a swimmer
who went under and came straight back up or struggles with a stroke, a fire drill, a fall off a
scooter long past or just a graze, a bus that broke down with everyone off fine, and road
accidents as a subject. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Told as over, sorted, harmless or a subject: everyday.
_OVER_OR_FINE = (
    r"\b(?:last\s+(?:week|month|year|time|winter|summer)|years?\s+ago|months\s+ago|weeks\s+ago|"
    r"used\s+to|back\s+in|in\s+(?:19|20)\d\d|(?:everyone|everybody|we|they)\s+(?:is\s+|are\s+|"
    r"was\s+|were\s+|got\s+(?:off|out)\s+)?(?:fine|ok|okay|safe)|no\s*(?:one|body)\s+(?:was\s+|"
    r"got\s+)?hurt|just\s+a\s+(?:graze|scratch|bruise)|all\s+(?:fine|ok|okay|sorted)|"
    r"(?:fire|safety)\s+drills?|film|movie|novel|episode|documentary|game)\b"
)
# Nearly hit, a laugh, or only the car damaged: not someone hurt.
_NEARLY_OR_PROPERTY = (
    r"\b(?:almost|nearly|near\s+miss|lol|haha|lmao|insurance|insurer|(?:while|when|was|is|"
    r"were)\s+parked|my\s+parked|bumper|dent|dented|wing\s+mirror|no\s+claims|paintwork)\b"
)
# A person: someone, a man, a child, my brother.
_PERSON = (
    r"\b(?:some\s*(?:one|body)s?|a\s+(?:man|woman|lady|guy|boy|girl|kid|child|lad|person|"
    r"teenager|toddler|baby|cyclist|pedestrian|rider|driver|student)|(?:man|woman|lady|guy|"
    r"boy|girl|kid|child|lad|person|toddler|baby|cyclist|pedestrian|kids|children|people|"
    r"boys|girls)|"
    r"(?:my|his|her|our|their|your)\s+(?:son|daughter|brother|sister|mum|mom|dad|friend|mate|"
    r"partner|husband|wife|boyfriend|girlfriend|nan|grandad|kid|child|boy|girl|cousin|nephew|"
    r"niece|neighbour)|he|she|they|two\s+of\s+them)s?\b"
)
# In trouble in it now.
_GOING_UNDER = (
    r"\b(?:not\s+coming\s+(?:up|back\s+up|out)|(?:keeps?|keep|kept)\s+(?:slipping|going|"
    r"sinking)\s+under|(?:slipping|going|gone|went|sinking)\s+under(?!\s+(?:and\s+)?(?:came|"
    r"popped|bobbed)\s+(?:straight\s+|right\s+)?(?:back\s+)?up)|drowning|"
    r"struggling(?!\s+(?:with\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:crawl|strokes?|technique|"
    r"lessons?|badges?|lengths?)|to\s+keep\s+up|at\b))|"
    r"can\s*not\s+(?:reach|get\s+to|see)\s+(?:him|her|them)|"
    r"can\s*not\s+(?:really\s+|properly\s+)?swim|"
    r"(?:trying|tried)\s+to\s+reach|what\s+do\s+(?:i|we)\s+do|^\W*(?:please\s+)?help|"
    r"(?:has|have|did)\s+not\s+(?:come|came|surfaced|resurfaced)\s+(?:back\s+)?(?:up|out)|"
    r"call\s+(?:an?\s+)?"
    r"(?:ambulance|999|coastguard)|holding\s+on(?:to)?|pulled\s+under|swept\s+away)\b"
)
# In the water, or swimming or playing in it.
_IN_THE_WATER = (
    _PERSON + r"\s+(?:is\s+|are\s+|has\s+|have\s+|was\s+|were\s+|been\s+|just\s+|now\s+|"
    r"still\s+|got\s+)*(?:gone\s+|fallen\s+|fell\s+|jumped\s+|went\s+|slipped\s+|swimming\s+|"
    r"paddling\s+|playing\s+|pushed\s+|thrown\s+|knocked\s+|shoved\s+)?(?:in|into|under)\s+"
    r"(?:the\s+)?(?:water|river|canal|lake|reservoir|pond|sea|lock|thames|lea|lee|dock|quarry)\b"
    r"(?!\s+(?:district|bridge|valley|side))"
)
# Drowning said of a person, not of work.
_DROWNING = (
    _PERSON + r"\s+(?:is\s+|are\s+|just\s+)?(?:drowning|drownin|drowned)\b(?!\s+(?:in\s+|with\s+|"
    r"under\s+)(?:work|paper|email|admin|debt|bills|homework|forms))"
)
# Through the ice, or the ice broken under someone.
_THROUGH_THE_ICE = (
    r"\b(?:gone|went|fallen|fell|falls|go|goes|going|broke|broken|crashed)\s+(?:through|thru|"
    r"into)\s+(?:the\s+)?ice\b|\bice\s+(?:has\s+|just\s+)?(?:cracked|broke|broken|gave\s+way|"
    r"given\s+way)\b"
)
_ON_ICE_IN_WATER = _PERSON + r"\s+(?:is\s+|are\s+)?(?:in|under)\s+(?:the\s+)?(?:water|ice)\b"

# A vehicle.
_VEHICLE = (
    r"(?:cars?|lorry|lorries|vans?|bus|buses|minibus|minibuses|double\s+decker|trucks?|"
    r"motorbikes?|motorcycles?|vehicles?|taxi|"
    r"cab|moped|coach|tram|train|hgv|4x4|suv|jeep|tractor|narrowboat|boat|barge)"
)
# Hit by one, or thrown off a bike or a scooter.
_HIT = (
    r"\b(?:hit|knocked\s+(?:off|down|over)|run\s+over|ran\s+over|struck|mowed\s+down|"
    r"ploughed\s+into|went\s+under|dragged)\s+(?:by\s+)?(?:a|an|the|this|some)\s+(?:\w+\s+)?"
    + _VEHICLE
    + r"\b|\b"
    + _VEHICLE
    + r"\s+(?:has\s+|just\s+|has\s+just\s+)?(?:hit|knocked\s+(?:down|over|off)|ran\s+over|"
    r"run\s+over|ploughed\s+into|mowed\s+down|went\s+into)\s+(?:a|an|the|this|some|my|his|her)\b"
)
_RUN_OVER = (
    _PERSON + r"\s+(?:is\s+|has\s+|was\s+|got\s+|been\s+|just\s+)*(?:run|ran)\s+over\b(?!\s+by"
    r"\s+(?:\d|an?\s+hour|ten|five|time))"
)
_THROWN_OFF = (
    r"\b(?:came|come|fell|fallen|thrown|flew)\s+off\s+(?:his|her|their|my|the|a)\s+(?:e\s*-?\s*)?"
    r"(?:scooter|bike|motorbike|moped|cycle|horse)\b"
)
_LYING_IN_THE_ROAD = r"\b(?:lying|laying|laid|lay)\s+(?:in|on)\s+(?:the\s+)?(?:road|street)\b"
_DROVE_OFF = r"\b(?:drove|driven|sped|speeding)\s+off\b|\bhit\s+and\s+run\b|\bdid\s+not\s+stop\b"
# Hurt now: not moving, not talking, bleeding, under it.
_HURT_NOW = (
    r"\b(?:not\s+(?:moving|movin|talking|responding|waking|breathing|getting\s+up|answering|"
    r"conscious|speaking)|unconscious|out\s+cold|blood\s+(?:is\s+)?(?:coming|pouring|"
    r"everywhere)|bleeding|screaming|trapped|under\s+(?:it|the\s+(?:wheels?|car|van|lorry|bus)|"
    r"the\s+front)|can\s*not\s+move|nobody\s*s?\s+(?:has\s+)?called|no\s*one\s*s?\s+(?:has\s+)?"
    r"called|what\s+do\s+(?:i|we)\s+do|helmets?\s+(?:is\s+)?cracked)\b"
)
# Trapped under or in a crashed vehicle.
_TRAPPED_UNDER = r"\btrapped\s+(?:under|beneath|underneath)\s+(?:a|an|the|his|her|this)\s+" + (
    r"(?:\w+\s+)?" + _VEHICLE + r"\b"
)
_TRAPPED_IN = (
    r"\btrapped\s+(?:in|inside)\s+(?:a|an|the|his|her|my|this)\s+(?:\w+\s+)?(?:"
    + _VEHICLE[3:-1]
    + r"|drivers?\s+seat|wreck)"
)
_CRASHED = (
    r"\b(?:flipped|overturned|upside\s+down|on\s+its\s+(?:roof|side)|crash|crashed|collision|"
    r"pile\s*up|smoke|smoking|on\s+fire|in\s+flames)\b"
)
# A vehicle on fire or pouring smoke.
_VEHICLE_ON_FIRE = (
    r"\b(?:" + _VEHICLE[3:-1] + r"|battery|engine|\d{1,3})\s+(?:has\s+|is\s+|just\s+)*"
    r"(?:caught\s+fire|on\s+fire|in\s+flames|alight|burning|ablaze|exploded|went\s+up)\b|"
    r"\bsmoke\s+(?:is\s+)?(?:pouring|coming|billowing)\s+(?:from|out\s+of)\s+(?:under\s+)?"
    r"(?:a|the)\s+" + _VEHICLE + r"\b|\b(?:on\s+fire|in\s+flames)\s+on\s+the\s+(?:road|lea|"
    r"canal|river)\b"
)
# With people still inside or shut in.
_PEOPLE_INSIDE = (
    r"\b(?:still\s+(?:people|someone|somebody|kids|children|passengers)|(?:people|someone|"
    r"somebody|kids|children|passengers|driver|he|she|they)\s+(?:is\s+|are\s+)?(?:still\s+)?"
    r"(?:inside|upstairs|in\s+(?:it|there)|trapped|stuck\s+inside|slumped|shouting|screaming)|"
    r"doors?\s+(?:(?:will\s+not|would\s+not|can\s*not|do\s+not|are|is)\s+)?(?:open|opening|"
    r"locked|jammed|stuck)|can\s*not\s+get\s+(?:out|them\s+out|him\s+out|her\s+out))"
)
_DOORS_OPEN_FINE = r"\bdoors?\s+(?:were\s+|are\s+)?open(?:ed)?\s+(?:fine|ok|straight)"


def _unless(*everyday: str) -> str:
    """A start that fails on any of `everyday`: past, fine, nearly or a subject reads past."""
    return "^(?!.*(?:" + "|".join((_OVER_OR_FINE, *everyday)) + "))"


_STRUCK = "|".join((_HIT, _RUN_OVER, _THROWN_OFF, _LYING_IN_THE_ROAD, _DROVE_OFF))

ACCIDENT_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # someone in open water going under, struggling or out of reach, or drowning
    "someone in the water going under": (
        _unless() + every_one_of(_IN_THE_WATER, _GOING_UNDER),
        _unless() + every_one_of(_DROWNING),
    ),
    # someone through the ice, or the ice broken with someone in the water
    "someone through the ice": (
        _unless() + every_one_of(_PERSON, _THROUGH_THE_ICE),
        _unless() + every_one_of(_ON_ICE_IN_WATER, r"\bice\b"),
    ),
    # hit by a vehicle, run over or thrown off a bike, and hurt now
    "hit by a vehicle and hurt now": (
        _unless(_NEARLY_OR_PROPERTY) + every_one_of(_STRUCK, _HURT_NOW),
    ),
    # left lying in the road after a car drove off
    "left lying in the road": (_unless() + every_one_of(_LYING_IN_THE_ROAD, _DROVE_OFF),),
    # trapped under a vehicle, or in one after a crash
    "trapped in or under a vehicle": (
        _unless() + every_one_of(_TRAPPED_UNDER),
        _unless() + every_one_of(_TRAPPED_IN, _CRASHED),
    ),
    # a vehicle or a boat on fire with people still inside or the doors shut
    "a vehicle on fire with people inside": (
        _unless(_DOORS_OPEN_FINE) + every_one_of(_VEHICLE_ON_FIRE, _PEOPLE_INSIDE),
    ),
}
