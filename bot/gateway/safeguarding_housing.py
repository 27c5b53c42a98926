"""The English phrase net: danger at home tonight for people in crowded, temporary or no housing.

Each reading needs who is in danger, from what, and that it is happening now: smoke or fire in
the house with the way out locked; a gas or fuel heater on all night with someone not waking or
a head pounding; a baby out on a night bus or in the street with blue lips; someone put out into
the cold who cannot feel their feet and is muddled; a young child alone beside a heater or a
socket that is sparking; someone on the landlord's side who has just hit someone and is coming
back; a sleeping bag or a tent set alight with a threat to come back; young children alone in a
room while a man keeps trying their door; a door being broken in with children inside; someone
with no heating down on the floor and cold to the touch; a baby cold and floppy with the power or
the heating cut off; a ceiling coming down over children asleep under it.

The everyday twins share the words and are left alone: a damp patch or mould reported, a repair
booked or done, a heater serviced, a hostel stay or a spell on the streets long past, "freezing"
at a bus stop, a claim for a night bus, a door being replaced, a sparking plug unplugged. Text
has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a story or a drama, or as over: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:tv|telly|eastenders|soap|podcast|last\s+(?:week|year|month|"
    r"winter|time)|when\s+(?:i|we)\s+(?:was|were)|back\s+then|fine\s+now|all\s+(?:fine|ok|"
    r"okay|sorted)\s+now|what\s+if|in\s+case\s+of)\b"
)
_CHILDREN = (
    r"\b(?:kids?|children|child|baby|babies|toddlers?|little\s+(?:one|ones|brother|sister|boy|"
    r"girl)|sons?|daughters?|\d+\s*(?:and\s+\d+\s*)?(?:yr|year|yo)s?(?:\s+old)?s?)\b"
)
_A_BABY = r"\b(?:baby|babies|newborn|infant|\d+\s+(?:weeks?|months?)\s+old|little\s+one)\b"
_REPAIRED = (
    r"\b(?:fixed|repaired|replaced|replacing|serviced|engineer|electrician|plasterer|"
    r"builders?|unplugged|switched\s+(?:it\s+)?off|turned\s+(?:it\s+)?off|reported\s+it)\b"
)

# Smoke or fire in the house now, and the way out locked or blocked.
_SMOKE_NOW = (
    r"\bsmoke\s+(?:is\s+)?(?:coming|pouring|filling|everywhere|in\s+the|under|through)\b|"
    r"\bthere\s+is\s+smoke\b|\b(?:house|flat|kitchen|hall|stairs|building|room)\s+(?:is\s+)?"
    r"(?:on\s+fire|full\s+of\s+smoke)\b|\bfire\s+(?:in|on)\s+the\s+(?:kitchen|stairs|hall|"
    r"landing|building|ground\s+floor)\b"
)
_WAY_OUT_LOCKED = (
    r"\b(?:back|front|fire|main|only)\s+(?:door|exit)\s+(?:is\s+|are\s+|has\s+been\s+)?"
    r"(?:padlocked|locked|bolted|chained|blocked|nailed)\b|\b(?:can\s+not|could\s+not)\s+get\s+"
    r"(?:out|down)\b|\b(?:locked|padlocked|trapped)\s+in\b"
)
_SMOKE_IS_EVERYDAY = (
    r"\b(?:smoke\s+alarm|smoke\s+detector|fire\s+(?:alarm|risk|safety|drill)|if\s+there\s+"
    r"(?:is|was|were))\b"
)

# A gas or fuel heater on all night in the room, and someone not waking or a head pounding.
_FUEL_HEATER_ON = (
    r"\b(?:gas|paraffin|calor|coal|charcoal|portable)\s+(?:heater|fire|stove|burner)\s+(?:has\s+"
    r"been\s+|was\s+|is\s+|been\s+)?(?:on|going|burning|running|lit)\s+(?:all\s+night|for\s+hours"
    r"|since)\b|\b(?:bbq|barbecue|coals?)\s+(?:inside|in\s+the\s+room)\b"
)
_FUMES_FELT = (
    r"\b(?:will\s+not|can\s+not|would\s+not|not)\s+wak(?:e|ing)\b|\bhead\s+(?:is\s+)?"
    r"(?:pounding|banging|splitting)\b|\b(?:dizzy|drowsy|being\s+sick|passed\s+out)\b"
)
_FOR_SCHOOL = r"\b(?:for\s+school|teenager|as\s+usual|hangover|hungover)\b"

# A baby out in the cold with nowhere to go, with blue lips or shaking with cold.
_NO_ROOF = (
    r"\bnight\s+bus\s+(?:since|all\s+night|for\s+hours)\b|\bon\s+the\s+night\s+bus\s+since\b|"
    r"\b(?:on\s+the\s+streets?|outside\s+all\s+night|nowhere\s+to\s+(?:go|sleep|stay)|"
    r"sleeping\s+(?:rough|outside))\b"
)
_TURNING_BLUE = (
    r"\b(?:lips|face|hands|fingers|feet|skin)\s+(?:look|looks|are|is|have|has|going|gone|turning|"
    r"turned)\s+(?:a\s+bit\s+|really\s+|very\s+|all\s+)?(?:gone\s+|going\s+|turned\s+)?blue\b"
)
_BLUE_FOR_A_REASON = r"\b(?:slush\w*|lolly|lollies|blueberr\w*|paint|crayon|sweets?|costume)\b"

# Put out into the cold, and numb and muddled.
_PUT_OUT = (
    r"\b(?:put|kicked|threw|thrown|locked|turned)\s+(?:me|us|him|her)\s+(?:out|away)\b|"
    r"\b(?:sitting|sleeping|lying)\s+(?:in|on)\s+(?:the\s+)?(?:\w+\s+)?(?:park|street|bench)\b"
)
_NUMB = r"\bcan\s+not\s+feel\s+my\s+(?:feet|toes|hands|fingers|legs)\b"
_MUDDLED = (
    r"\bconfused\b(?!\s+(?:about|by|with|as\s+to|why|how|what|which|over))|\bcan\s+not\s+think"
    r"\s+straight\b|\bdrowsy\b"
)
_INSIDE_AGAIN = r"\b(?:warm\s+now|inside\s+now|got\s+a\s+bed|found\s+a\s+bed|pub|club|dancing)\b"

# A young child alone beside a heater, a socket or wires that are sparking.
_CHILD_ALONE = (
    r"\b(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself|themselves)|left\s+"
    r"(?:him|her|them)\s+(?:in|there))\b"
)
_SPARKING = (
    r"\b(?:heater|socket|plug|wires?|cable|fire|cooker|fuse\s*box)\s+(?:(?:in|by|next\s+to)\s+"
    r"(?:his|her|their|the)\s+(?:room|bed)\s+)?(?:is|are|keeps|keep)\s+"
    r"(?:sparking|smoking|melting|burning|on\s+fire)\b"
)

# Someone on the landlord's side who has just hit someone (not "hit me with a rent rise"), and
# is coming back to throw them out.
_LANDLORDS_SIDE = r"\b(?:landlords?|bailiffs?|letting\s+agents?|his\s+(?:men|boys|heavies))\b"
_HIT_JUST_NOW = (
    r"\bjust\s+(?:punched|hit|attacked|kicked|headbutted|slapped|assaulted|beat|strangled)\s+"
    r"(?:me|us|him|her|them|my\s+\w+|our\s+\w+)\b(?!\s+(?:up|with\s+(?:a\s+|the\s+|another\s+)?"
    r"(?:rent|bill|fine|letter|notice|charge|increase|rise|demand)))"
)
_SPORT = r"\b(?:sparring|boxing|gym|football|match|playfight\w*)\b"
_COMING_BACK = (
    r"\b(?:coming|come|be|going)\s+back\s+(?:\w+\s+){0,4}?(?:tonight|later|with\s+(?:his\s+)?"
    r"(?:friends|mates|men|boys))\b|\bto\s+(?:clear|throw|drag|get|kick)\s+(?:us|me|them)\s+out\b"
)

# Where someone sleeps set alight, and a threat to come back.
_SET_ALIGHT = (
    r"\b(?:set\s+fire\s+to|set\s+(?:alight|light\s+to)|burnt|burned|torched)\s+(?:my|our|his|"
    r"her|their)\s+(?:sleeping\s+bag|tent|bedding|blankets?|bed|mattress|stuff)\b"
)
_BACK_TO_FINISH = (
    r"\b(?:be|come|coming)\s+back\s+(?:\w+\s+){0,2}?(?:to\s+(?:finish|get|kill|burn|sort|do|"
    r"hurt)|tonight|later)\b"
)
_BY_ACCIDENT = r"\b(?:accident\w*|by\s+mistake|camping\s+stove|sparkler|festival)\b"

# Young children alone in a room while a man keeps trying their door.
_TRYING_THEIR_DOOR = (
    r"\b(?:man|bloke|guy|someone|somebody|he|they)\s+(?:\w+\s+){0,2}?(?:keeps|kept|is|are)\s+"
    r"(?:trying|rattling|banging\s+on|knocking\s+on|pushing)\s+(?:their|the|our)\s+"
    r"(?:door|handle|lock)\b|\btrying\s+to\s+get\s+in\s+(?:to\s+)?their\s+room\b"
)

# A door being broken in now, with children inside.
_DOOR_BROKEN_IN = (
    r"\b(?:breaking|kicking|smashing|forcing|bashing|booting)\s+(?:down\s+|in\s+)?(?:the|my|our|"
    r"her|his|their)\s+(?:front\s+)?door\b(?:\s+(?:down|in))?(?!\s+(?:frame|handle))"
)
_CHILDREN_INSIDE = (
    r"\b(?:children|kids|baby|babies|child)\s+(?:are\s+|is\s+|still\s+)?(?:inside|in\s+there|in"
    r"\s+the\s+(?:flat|house|room))\b"
)
_A_NEW_DOOR = r"\b(?:fit\w*|new\s+door|replac\w*|repair\w*|tomorrow|next\s+week|carpenter)\b"

# No heating in the cold, someone down on the floor, cold to the touch.
_NO_WARMTH = (
    r"\bno\s+(?:heating|heat|gas|electric\w*|power)\b|\b(?:heating|gas|electric\w*|power)\s+"
    r"(?:is\s+|has\s+been\s+)?(?:off|cut\s+off)\b|\bcut\s+off\s+(?:the\s+)?(?:heating|gas|"
    r"electric\w*|power)\b|\bit\s+is\s+-\s*\d+\b|\bminus\s+\d+\b"
)
_ON_THE_FLOOR = (
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:lying\s+)?on\s+the\s+floor\b|\bfound\s+(?:him|her|"
    r"them)\s+on\s+the\s+floor\b|\b(?:he|she)\s+(?:can\s+not|could\s+not)\s+get\s+up\b"
)
_COLD_TO_TOUCH = r"\bcold\s+to\s+(?:the\s+)?touch\b|\b(?:he|she)\s+is\s+(?:ice|stone)\s+cold\b"
_FINE_NOW = r"\b(?:(?:he|she)\s+is\s+(?:fine|ok|okay|alright|warm)|warmed\s+up|carpet)\b"

# A baby cold and floppy, with the power or the heating cut off.
_COLD_AND_FLOPPY = (
    r"\bcold\s+and\s+(?:really\s+|very\s+|so\s+)?(?:floppy|limp|not\s+(?:feeding|moving|"
    r"crying))\b|\b(?:floppy|limp)\s+and\s+(?:really\s+|very\s+|so\s+)?(?:ice\s+)?cold\b"
)
_A_TOY = r"\b(?:doll|teddy|bunny|toy|hat|ears)\b"

# A ceiling coming down over children asleep under it.
_CEILING_GIVING = (
    r"\bceiling\b(?:\s+\w+){0,8}?\s+(?:is\s+)?(?:bulging|cracking|sagging|bowing|collapsing|"
    r"caving|falling\s+in)\b"
)
_COMING_DOWN_ON_THEM = (
    r"\b(?:coming|falling)\s+down\b|\babout\s+to\s+(?:fall|collapse|give\s+way|come\s+down)\b"
)
_ASLEEP_UNDER = (
    r"\b(?:they|kids|children|baby|he|she)\s+(?:are|is)\s+(?:asleep|sleeping|in\s+bed)\b|"
    r"\b(?:asleep|sleeping)\s+under\s+it\b"
)

_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # smoke or fire in the house, and the way out locked
    (
        "smoke in the house and the way out locked",
        _SMOKE_IS_EVERYDAY,
        (_SMOKE_NOW, _WAY_OUT_LOCKED),
    ),
    # a fuel heater on all night, and someone not waking or a head pounding
    (
        "a heater on all night and fumes felt",
        _REPAIRED + "|" + _FOR_SCHOOL,
        (_FUEL_HEATER_ON, _FUMES_FELT),
    ),
    # a baby with nowhere to go, with blue lips
    ("a baby out in the cold going blue", _BLUE_FOR_A_REASON, (_A_BABY, _NO_ROOF, _TURNING_BLUE)),
    # put out into the cold, numb and muddled
    ("put out into the cold, numb and muddled", _INSIDE_AGAIN, (_PUT_OUT, _NUMB, _MUDDLED)),
    # a young child alone beside something sparking
    ("a child alone beside a sparking heater", _REPAIRED, (_CHILDREN, _CHILD_ALONE, _SPARKING)),
    # the landlord's side hit someone just now and is coming back
    ("a landlord's man attacking now", _SPORT, (_LANDLORDS_SIDE, _HIT_JUST_NOW, _COMING_BACK)),
    # a sleeping bag set alight and a threat to come back
    ("a bed set alight and a threat to return", _BY_ACCIDENT, (_SET_ALIGHT, _BACK_TO_FINISH)),
    # young children alone while a man tries their door
    (
        "children alone and a man at their door",
        _REPAIRED,
        (_CHILDREN, _CHILD_ALONE, _TRYING_THEIR_DOOR),
    ),
    # a door being broken in with children inside
    ("a door broken in with children inside", _A_NEW_DOOR, (_DOOR_BROKEN_IN, _CHILDREN_INSIDE)),
    # no heating, someone down on the floor and cold to the touch
    (
        "down on a cold floor with no heating",
        _FINE_NOW,
        (_NO_WARMTH, _ON_THE_FLOOR, _COLD_TO_TOUCH),
    ),
    # a baby cold and floppy with the power or the heating cut off
    ("a baby cold and floppy with no heating", _A_TOY, (_A_BABY, _NO_WARMTH, _COLD_AND_FLOPPY)),
    # a ceiling coming down over children asleep
    (
        "a ceiling coming down on sleeping children",
        _REPAIRED,
        (_CEILING_GIVING, _COMING_DOWN_ON_THEM, _ASLEEP_UNDER),
    ),
)

HOUSING_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
