"""The English phrase net: danger to someone else happening now, that the writer is watching or is
the only one to know about, told on the way to something else.

A member late for a session writes what is in front of them: a man dragging a woman along the
pavement with blood on her face while people walk past; a toddler out on a balcony opposite,
crying for hours, with nobody answering the door; a baby in a locked car in the heat, gone red and
quiet; young children heard screaming next door with no grown-up there since Friday. Or they are
kept from someone who depends on them: admitted to hospital while a mother with dementia is on her
own at home and nobody else knows. Each is read from its parts together (who, where, for how long,
what shows it is bad now) so its everyday twin with the same words reads past it: a scene in a
film or on a dance floor, a toddler on the balcony with his mum, a baby in the car with the air
con on and a parent beside him, a night in hospital while a brother stays with mum. Text has been
through safeguarding_words.normalise.

A collapse in front of the writer is read when the person breathes oddly or does not answer (not
someone flopped onto the sofa or snoring).

Smoke or flames coming out of a home, up through its floor or catching its window frames, is read
beside someone who may be inside (living alone, not answering the door, trapped, an old couple in
there, families asleep above), not burnt toast with everyone fine nor flames catching the logs
in a wood burner; a woman covered in blood with a man still coming after her is read, not fake
blood at Halloween; someone else who has taken something is read when they can barely talk or
stay awake, not tablets taken for a headache.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# A man or men, unnamed: someone the writer does not know.
_A_MAN = (
    r"\b(?:a|the|this|that|some|an?\s+\w+)\s+(?:man|guy|bloke|lad|fella|(?:group\s+of\s+)?"
    r"(?:men|lads))\b"
)
# Dragging or grabbing someone along (not a suitcase), or a blow, happening now.
_DRAGGING_OR_HITTING = (
    r"(?:(?:dragging|pulling|grabbing|yanking|shoving|pushing)\s+(?:her|him|a\s+(?:woman|girl|"
    r"lady|boy|lad|kid))\s+(?:by|along|down|across|around|about|out|into|onto|to\s+the\s+"
    r"(?:ground|floor))\b|(?:hitting|punching|kicking|beating|slapping|stamping\s+on|"
    r"strangling|choking|throttling|headbutting)\s+(?:her|him|a\s+(?:woman|girl|lady|boy|lad|"
    r"kid))\b)"
)
_ATTACKING_NOW = (
    _A_MAN
    + r"\s+(?:\w+\s+){0,2}?(?:(?:keeps|is|are|was|were|just|started|still)\s+)*"
    + _DRAGGING_OR_HITTING
)
# What shows it is real and bad: blood, crying or screaming, a plea, people walking past.
_HURT_OR_BEGGING = (
    r"\b(?:blood|bleeding|crying|screaming|scream\w*|begging|shouting\s+(?:for\s+)?help|"
    r"no\s+no|(?:people|everyone|everybody|nobody|no\s+one)\s+(?:\w+\s+){0,2}?(?:walking|walk|"
    r"walked|walks)\s+(?:past|by))\b"
)
# A woman or a girl bleeding from the face or the head, or covered in blood.
_A_WOMAN_BLEEDING = (
    r"\b(?:woman|girl|lady|wife|mum|neighbour|she)\b[^.!?]{0,60}?\b(?:(?:covered|soaked|dripping)"
    r"\s+(?:in|with)\s+blood|blood\s+(?:all\s+)?(?:over|down|pouring|everywhere)|bleeding|"
    r"(?:face|head|nose)\s+(?:is\s+)?(?:bloody|bloodied|split\s+open|pouring))\b"
)
# A man still coming after her: chasing her, following her or running after her now; not
# someone going after her to help, with a tissue or a towel.
_HE_IS_AFTER_HER = (
    r"\b(?:he|a\s+man|the\s+man|a\s+guy|the\s+guy|her\s+(?:husband|partner|boyfriend|fella|ex))"
    r"\s+(?:is\s+)?(?:still\s+)?(?:coming|running|going|chasing|following|after)\s+(?:after\s+)?"
    r"her\b(?!\s+with\s+(?:a|the|some)\s+(?:tissues?|plasters?|towel|first\s+aid|ice|coat|water))"
)
# Blood that is made up: a costume, Halloween, a zombie run, a film's make-up.
_FAKE_BLOOD = r"^(?!.*\b(?:fake|halloween|zombies?|costume|make\s*-?\s*up|prosthetic\w*)\b)"
# A scene watched or played, not happening: a film, a rehearsal, a dance, a laugh.
_ONLY_A_SCENE = (
    r"^(?!.*\b(?:film|movie|series|episode|drama|soap|eastenders|telly|tv|rehears\w*|role\s*play|"
    r"game|danc\w*|laugh\w*|giggl\w*|tickl\w*|joking|video|clip|novel|book)\b)"
)

# A young child (not a teenager).
_YOUNG_CHILD = (
    r"\b(?:toddler|baby|infant|little\s+(?:one|boy|girl|lad|kid)|(?:small|young)\s+(?:child|kid|"
    r"boy|girl)|child|kid|(?:[1-6]|one|two|three|four|five|six)\s*(?:year|yr)\s*old)s?\b"
)
# Out where a young child can fall: a balcony, a ledge, a window sill, a roof.
_OUT_ON_A_DROP = (
    _YOUNG_CHILD + r"[^.!?]{0,60}?\b(?:on|onto|out\s+on|over)\s+(?:the|a|their|that|his|her)\s+"
    r"(?:balcony|window\s*(?:sill|ledge)|ledge|roof|railings?)\b"
)
# For hours, or since the morning.
_FOR_HOURS = (
    r"\b(?:for\s+(?:hours|ages|(?:two|three|four|five|six|\d+)\s+hours)|all\s+(?:day|morning|"
    r"afternoon|evening)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+hours\s+(?:now|"
    r"already|straight)|hours\s+now|since\s+(?:this\s+morning|early|i\s+left|breakfast|first\s+"
    r"thing|last\s+night))\b"
)
# No grown-up there: nobody answers or comes, the child on their own.
_NO_ONE_ANSWERS = (
    r"\b(?:(?:nobody|no\s+one)\s*s?\s+(?:is\s+|has\s+)?(?:answer\w*|opening|opened|comes?|came|"
    r"come|there|home|in|around|about)|no\s+answer|(?<!not\s)(?:on\s+(?:his|her|their)\s+own|"
    r"by\s+(?:himself|herself|themselves)|alone))\b"
)
# A grown-up with the child after all.
_A_GROWN_UP_THERE = (
    r"^(?!.*\b(?:with\s+(?:his|her|their)\s+(?:mum|mummy|dad|daddy|parents?|nan|gran|grandma|"
    r"grandad|aunt\w*|uncle|childminder|nanny)|(?:his|her|their)\s+(?:mum|dad|parents?|nan|gran)"
    r"\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:there|with|watching|out))\b)"
)

# A young child in a car: "a baby in a black audi" (not a car seat in the shop or a car park).
_CHILD_IN_A_CAR = (
    _YOUNG_CHILD + r"\s+(?:\w+\s+){0,2}?(?:in|inside|locked\s+in|left\s+in|shut\s+in|strapped\s+"
    r"in)\s+(?:a|the|this|that|their|his|her)\s+(?:\w+\s+){0,2}?(?:car|van|audi|bmw|merc\w*|"
    r"ford|vauxhall|toyota|honda|nissan|vw|volkswagen|kia|tesla|volvo|peugeot|renault|fiat|"
    r"skoda|suv|4x4|people\s+carrier)\b(?!\s+(?:park|seat|wash|boot\s+sale|showroom))"
)
# Shut in the heat.
_SHUT_IN_THE_HEAT = (
    r"\b(?:windows?\s+(?:\w+\s+)?(?:shut|closed|up)|boiling|baking|roasting|scorching|"
    r"sweltering|so\s+hot|really\s+hot|heatwave|in\s+the\s+(?:full\s+)?sun)\b"
)
# The child in trouble, or no one coming: gone quiet or red, floppy, and no one back for them.
_IN_TROUBLE_OR_NO_ONE_BACK = (
    r"\b(?:stopped\s+crying|not\s+(?:crying|moving)|(?:bright|really|very|all)\s+red|red\s+in\s+"
    r"the\s+face|floppy|limp|drenched|screaming|(?:nobody|no\s+one)\s*s?\s+(?:has\s+|is\s+)?"
    r"(?:come|came|coming|around|about|back)|been\s+(?:here|there|waiting)\s+(?:for\s+)?(?:\d+|"
    r"ten|fifteen|twenty|half\s+an?)\s*(?:minutes|mins|hours?))\b"
)
# A grown-up in the car with the child, or the air on.
_SOMEONE_IN_THE_CAR = (
    r"^(?!.*\b(?:air\s*-?\s*con\w*|aircon|engine\s+(?:is\s+)?(?:on|running)|(?:i\s+am|we\s+are|"
    r"(?:mum|dad)\s+is)\s+(?:sat\s+|sitting\s+)?(?:with\s+(?:him|her|them)|in\s+the\s+(?:car|"
    r"front|back)\b(?!\s+park)))\b)"
)

# The writer kept away from home now: kept in hospital, admitted, arrested, sectioned.
_KEPT_AWAY = (
    r"\b(?:keeping\s+me\s+in|kept\s+me\s+in|i\s+(?:have\s+been|was|got|am\s+being)\s+(?:admitted|"
    r"sectioned|arrested|detained|kept\s+in)|i\s+am\s+(?:in|stuck\s+in)\s+(?:hospital|a\s*(?:and|"
    r"&)\s*e|a\s+cell|custody|intensive\s+care))\b"
)
# Someone at home who depends on the writer: dementia, bed-bound, unable to manage alone.
_DEPENDS_ON_THE_WRITER = (
    r"\b(?:dementia|alzheimer\w*|bed\s*-?\s*bound|housebound|bedridden|learning\s+disabilit\w+|"
    r"severely\s+disabled|can\s+not\s+(?:walk|see|stand)|very\s+frail)\b"
)
_ON_THEIR_OWN = (
    r"\b(?:(?:she|he|they|mum|dad|nan|gran)\s+(?:is|are)\s+(?:all\s+)?(?:on\s+(?:her|his|their)"
    r"\s+own|alone|by\s+(?:herself|himself|themselves))|(?:nobody|no\s+one)\s+(?:is\s+)?(?:with|"
    r"looking\s+after|checking\s+on)\s+(?:her|him|them))\b"
)
# And not safe without the writer, with no one else told.
_NOT_SAFE_WITHOUT_ME = (
    r"\b(?:can\s+not|could\s+not|is\s+not\s+safe\s+to)\s+(?:\w+\s+){1,8}?without\s+me\b|"
    r"\b(?:nobody|no\s+one)\s+else\s+(?:knows|can|to|will)\b|\bnot\s+safe\s+on\s+(?:her|his|"
    r"their)\s+own\b"
)

# Young children heard in distress next door with no grown-up there for days: "the kids, 3 and 5,
# have been screaming for hours and no adult's been there since friday".
_CHILDREN_IN_DISTRESS = (
    _YOUNG_CHILD + r"[^.!?]{0,40}?\b(?:screaming|crying|sobbing|wailing|banging|shouting\s+for)\b"
)
_NO_GROWN_UP_FOR_DAYS = (
    r"\bno\s+(?:adults?|grown\s*-?\s*ups?|parents?|mum|dad)\s*(?:s|has|have)?\s+(?:been\s+"
    r"(?:there|in|home|back|round|near)|come\s+(?:back|home)|seen)\s+(?:since|for)\b|"
    r"\b(?:(?:their|his|her|the)\s+)?(?:mum|mother|dad|father|parents?)\s+(?:has|have)\s+not\s+"
    r"been\s+(?:back|home|there|in|seen)\s+(?:since|for)\b"
)


# Someone collapsed in front of the writer, breathing oddly or not answering.
_COLLAPSED = (
    r"\b(?:he|she|my\s+\w+|\w+s|they)\s+(?:has\s+|is\s+|just\s+|has\s+just\s+)*(?:collapsed|"
    r"keeled\s+over|gone\s+down|fainted)\b(?!\s+(?:into|on\s+the\s+(?:sofa|bed|couch)))"
)
_BREATHING_ODD_OR_UNANSWERING = (
    r"\bbreathing\s+(?:\w+\s+)?(?:funny|funnily|strange|strangely|weird|weirdly|odd|oddly|"
    r"noisily|really\s+slow)\b(?!\s+like\b)|\bnot\s+(?:really\s+)?(?:answering|responding\s+to)\s+(?:me|us)\b|"
    r"\b(?:can\s+not|cannot)\s+(?:wake|rouse)\s+(?:her|him)\b"
)
# Smoke or flames coming out of a home or up through its floor, flames catching its window
# frames or its door, or a home on fire.
_A_HOME_ON_FIRE = (
    r"\b(?:smoke|flames?|fire)\s+(?:is\s+|are\s+)?(?:coming|pouring|billowing|pumping)\s+"
    r"(?:up\s+)?(?:out\s+)?(?:of\s+|from\s+(?:under\s+)?|through\s+|into\s+)?(?:the|her|his|"
    r"their|a|my|our|my\s+neighbou?rs?|next\s+door\s*s?)\s+(?:\w+\s+)?(?:windows?|door|flat|"
    r"house|kitchen|letterbox|roof|balcony|floorboards|floor|ceiling)\b|"
    r"\bflames\s+(?:from\s+(?:\w+\s+){1,3}?)?(?:are\s+|is\s+)?(?:catching|licking|spreading\s+"
    r"to|reaching|climbing\s+up)\s+"
    r"(?:the|her|his|their|our|my)\s+(?:\w+\s+)?(?:windows?|window\s*frames?|frames|doors?|"
    r"roof|curtains|walls?|building|house|flats?)\b|"
    r"\b(?:her|his|their|the|next\s+door\s*s?)\s+(?:\w+\s+)?(?:flat|house|kitchen|home)\s+is\s+"
    r"(?:on\s+fire|burning|in\s+flames)\b"
)
# Someone who may be inside: living alone, not answering the door, trapped, still in there,
# people in there or asleep ("there's an old couple in there", "families sleeping above it").
_SOMEONE_INSIDE = (
    r"\b(?:lives?\s+(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:herself|himself))|(?:not|no\s+"
    r"one|nobody)\s*s?\s+(?:is\s+)?(?:opening|answering|coming\s+(?:out|to\s+the\s+door)|"
    r"responding)|no\s+answer|(?:is|are)\s+(?:still\s+)?(?:inside|in\s+there)|trapped|"
    r"(?:can\s+not|could\s+not)\s+get\s+(?:out|in|to\s+(?:her|him|them))|"
    r"there\s+(?:is|are)\s+(?:an?\s+)?(?:(?:old|elderly|young|little)\s+)?(?:couple|family|"
    r"families|people|kids|children|baby|babies|man|woman|lady|someone|residents)\s+"
    r"(?:still\s+)?(?:in\s+there|inside|asleep|sleeping))\b"
)
# Smoke from cooking, a barbecue or a bonfire, or everyone out and fine.
_NOT_A_FIRE = (
    r"^(?!.*\b(?:burnt|burned|burning\s+the|toast|bbq|barbecue|bonfire|chimney|shisha|vape\w*|"
    r"fireworks?|candles?|(?:she|he|they|everyone|everybody)\s+(?:is|are)\s+(?:fine|ok|okay|"
    r"safe|out))\b)"
)

# Someone else who has taken something (pills, a drug) and can barely talk or stay awake; not
# something taken for a headache or taken from a bag.
_HAS_TAKEN_SOMETHING = (
    r"\b(?:she|he|they|(?:friend|sister|brother|son|daughter|girl|boy|lad|mate|cousin|kid|child|"
    r"partner)s?)\s+(?:is|has|have|are)\s+(?:just\s+|already\s+)?(?:taken|swallowed|"
    r"downed)\s+(?:something|some\s+(?:pills|tablets|stuff)|(?:loads|a\s+load|a\s+lot|a\s+bunch|"
    r"a\s+handful|all)\s+of\s+(?:\w+\s+)?(?:pills|tablets|paracetamol|meds|medication)|pills|"
    r"tablets)\b(?!\s+(?:for|from|off|out|back|to|home|with|away|in)\b)"
)
_DROWSY = (
    r"\b(?:can\s+(?:barely|hardly|not)\s+(?:talk|speak|stand|walk|stay\s+awake|keep\s+(?:her|"
    r"his|their)\s+eyes\s+open|breathe)|slurring|not\s+making\s+sense|drowsy|passing\s+out|"
    r"passed\s+out|not\s+responding|unconscious|floppy|going\s+(?:grey|blue))\b"
)

WITNESSED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a man dragging or hitting a woman in front of the writer, with blood or crying
    "someone attacked in front of the writer": (
        _ONLY_A_SCENE + every_one_of(_ATTACKING_NOW, _HURT_OR_BEGGING),
    ),
    # a woman covered in blood with a man still coming after her
    "a bleeding woman chased": (
        _ONLY_A_SCENE + _FAKE_BLOOD + every_one_of(_A_WOMAN_BLEEDING, _HE_IS_AFTER_HER),
    ),
    # a young child out on a balcony or a ledge for hours, with no grown-up answering
    "a young child alone by a drop": (
        _A_GROWN_UP_THERE + every_one_of(_OUT_ON_A_DROP, _FOR_HOURS, _NO_ONE_ANSWERS),
    ),
    # young children heard screaming or crying with no grown-up there for days
    "young children left alone": (
        _A_GROWN_UP_THERE + every_one_of(_CHILDREN_IN_DISTRESS, _NO_GROWN_UP_FOR_DAYS),
    ),
    # a baby or a young child shut in a car in the heat, gone quiet or with no one back
    "a child shut in a hot car": (
        _SOMEONE_IN_THE_CAR
        + every_one_of(_CHILD_IN_A_CAR, _SHUT_IN_THE_HEAT, _IN_TROUBLE_OR_NO_ONE_BACK),
    ),
    # someone who depends on the writer alone at home while the writer is kept in hospital
    "a dependant left alone": (
        "^"
        + every_one_of(
            _KEPT_AWAY,
            _DEPENDS_ON_THE_WRITER,
            _ON_THEIR_OWN,
            _NOT_SAFE_WITHOUT_ME,
        ),
    ),
    # someone collapsed in front of the writer, breathing oddly or not answering them
    "a collapse in front of the writer": (
        "^" + every_one_of(_COLLAPSED, _BREATHING_ODD_OR_UNANSWERING),
    ),
    # smoke or flames from a home with someone who may be inside (living alone, no answer)
    "a home on fire with someone inside": (
        _NOT_A_FIRE + every_one_of(_A_HOME_ON_FIRE, _SOMEONE_INSIDE),
    ),
    # someone else who has taken something and can barely talk or stay awake
    "someone who has taken something": ("^" + every_one_of(_HAS_TAKEN_SOMETHING, _DROWSY),),
}
