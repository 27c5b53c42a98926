"""The English phrase net: an eating disorder, panic or dissociation, or a mental health crisis
that needs someone now.

A member sends apologies or asks about expenses, and in passing says what needs an ambulance or
a search today: someone living on black coffee or a water fast for days or weeks, starving since
a day named or refusing food and drink since yesterday, or using a fast as cover not to eat even
when it ends, who is collapsing, blacking out or whose heart is racing; laxatives taken by the
dozen or purging many times a day with the body giving way; a panic attack or dissociation
("everything looks fake", "I don't know how I got here") alone at a platform's edge, behind a
locked toilet door with no one knowing, or at the wheel; someone sectioned who has walked out of
the ward; food and drink refused for days out of fear it is poisoned. Each needs its signs
together and in the present, so a condition told as managed, an access need ("I get panic
attacks on busy platforms"), an episode long past, a recovery milestone, and everyday words
("I'm starving", "this is driving me mad", "dying for a drink") are left alone. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Recovery, a past episode or a managed condition: the message tells of it as not now.
_NOT_NOW = (
    r"\b(?:in\s+recovery|recovered|recovering|used\s+to|years?\s+ago|(?:months?|years?)\s+"
    r"(?:clean|free|well)|no\s+longer|back\s+then|well\s+managed|under\s+control|ramadan|lent)\b"
)
# Going without food, or living on next to nothing, for days or weeks.
_DAYS = (
    r"(?:days|weeks|a\s+week|a\s+fortnight|(?:two|three|four|five|six|several|a\s+few|\d+)\s+"
    r"(?:days|weeks))"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)"
_STARVING = (
    r"\b(?:living|lives|surviving|existing)\s+on\s+(?:nothing\s+but\s+|only\s+|just\s+)?"
    r"(?:black\s+coffee|coffee|water|diet\s+coke|air|nothing|ice|chewing\s+gum)\b|"
    r"\bweighs?\s+nothing\b|"
    r"\b(?:water|juice|dry)\s+fast(?:ing)?\s+(?:\w+\s+){0,2}?(?:for|since)\s+" + _DAYS + r"|"
    r"\b(?:not|barely|hardly)\s+(?:eaten|eating|ate|had\s+(?:any\s+)?food)(?:\s+(?:or\s+drunk|"
    r"anything|properly|a\s+thing))*\s+(?:in|for|since)\s+(?:" + _DAYS + r"|" + _WEEKDAY + r")\b|"
    r"\b(?:refuses?|refused|refusing|stopped)\s+(?:to\s+)?(?:eat|eating|food)\b(?:\s+\w+){0,3}?"
    r"\s+(?:for|in|since)\s+(?:" + _DAYS + r"|" + _WEEKDAY + r")\b|"
    # food and drink both refused since yesterday
    r"\b(?:refuses?|refused|refusing)\s+(?:to\s+)?(?:eat|food)\s+(?:and|or)\s+(?:to\s+)?"
    r"(?:drink|water|fluids|drinks)\s+(?:since|for)\s+(?:yesterday|last\s+night|a\s+day)\b"
)
# Food refused behind a fast or a diet: the fast used as cover, not eating even when it ends.
_FAST_AS_COVER = (
    r"\b(?:using|uses|used|hiding\s+behind|hides\s+behind)\s+(?:ramadan|lent|the\s+fast|"
    r"fasting|(?:her|his|their|a|the)\s+(?:diet|detox|fast))\s+as\s+(?:a\s+|an\s+)?(?:cover|"
    r"excuse|reason)\s+(?:to|for)\s+(?:not\s+eat\w*|starv\w*|skip\w*\s+(?:meals|food|eating|"
    r"iftar|dinner|lunch|breakfast|tea))|"
    r"\bnot\s+(?:even\s+)?(?:eating|eat|eaten|touching\s+(?:her|his|their)\s+food)\s+"
    r"(?:\w+\s+){0,3}?(?:even\s+)?(?:at|for|after)\s+(?:iftar|iftari|sundown|sunset|the\s+"
    r"end\s+of\s+the\s+fast)\b|\bnot\s+even\s+(?:at|for)\s+(?:iftar|iftari)\b|\b(?:skips?|"
    r"skipping|skipped|refuses?|refusing|refused)\s+(?:\w+\s+)?(?:iftar|iftari)\b"
)
# Long past: recovered, years ago.
_LONG_PAST = (
    r"^(?!.*\b(?:recovered|in\s+recovery|years?\s+ago|back\s+then|used\s+to|last\s+"
    r"(?:year|ramadan|lent))\b)"
)
# The body giving way now: collapsing, blacking out, the heart racing or the chest hurting.
_GIVING_WAY = (
    r"\b(?:collapsed|collapsing|fainted|fainting|faints|blackouts|blacking\s+out|blacked\s+out|"
    r"(?:nearly|almost|keep|keeps)\s+(?:passed|passing)\s+out|passed\s+out|passing\s+out|"
    r"palpitations|can\s+not\s+stand\s+up|chest\s+(?:hurts|is\s+hurting|pains?))\b|"
    r"\bheart\s+(?:is\s+|keeps\s+)?(?:still\s+)?(?:racing|pounding|fluttering|skipping|"
    r"(?:feels|is\s+feeling|is\s+going)\s+(?:weird|funny|strange|wrong))\b"
)
# Purging now: laxatives by the dozen, or bingeing and purging, making oneself sick, many times.
_LAXATIVES = r"\b(?:laxatives?|laxies|diuretics|senna|dulcolax)\b"
_TAKEN_MANY = (
    r"\b(?:taken|took|had|swallowed|necked|done)\s+(?:like\s+|about\s+|around\s+|over\s+|"
    r"nearly\s+)?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|a\s+(?:whole\s+)?(?:box|packet|"
    r"bottle))\b"
)
_PURGING = (
    r"\b(?:purging|purged|making\s+(?:myself|herself|himself)\s+sick|made\s+(?:myself|herself|"
    r"himself)\s+sick|throwing\s+up\s+(?:everything|after\s+(?:every|each)))\b"
)
_BODY_WEAK = (
    _GIVING_WAY + r"|\b(?:really|so|very)\s+dizzy\b|\b(?:legs|muscles)\s+(?:keep\s+)?cramping\b"
)
# Panic or dissociation happening now.
_PANIC_OR_UNREAL = (
    r"\b(?:having|in\s+the\s+middle\s+of)\s+an?\s+(?:\w+\s+)?panic\s+attack\b|\bi\s+am\s+"
    r"(?:panicking|dissociating|dissociated|zoning\s+out)\b|\bdo\s+not\s+know\s+how\s+i\s+got\s+"
    r"(?:here|there)\b|\beverything\s+(?:looks|feels|seems|is)\s+(?:so\s+|really\s+|all\s+)?"
    r"(?:fake|unreal|not\s+real|far\s+away|distant|like\s+a\s+dream)\b|\bcan\s+not\s+feel\s+my\s+"
    r"(?:legs|arms|hands|body|feet)\b"
)
# Somewhere unsafe to be in that state: a platform edge or the tracks, at the wheel, a roof or a
# bridge; or shut in somewhere with no one knowing and about to pass out.
_UNSAFE_PLACE = (
    r"\b(?:closer\s+to|near|at|on)\s+the\s+(?:platform\s+)?edge\b|\bedge\s+of\s+the\s+platform\b|"
    r"\b(?:on|near)\s+the\s+(?:tracks|railway\s+line|roof|bridge)\b|\bi\s+am\s+(?:\w+\s+)?"
    r"(?:driving|on\s+the\s+(?:motorway|dual\s+carriageway)|at\s+the\s+wheel)\b|\bcan\s+not\s+"
    r"(?:keep|stop)\s+driving\b"
)
_SHUT_IN = r"\b(?:toilets?|cubicle|loos?|bathroom|locked\s+(?:myself\s+)?in)\b"
_NO_ONE_KNOWS = (
    r"\b(?:no\s+one|nobody)\s+knows\s+i\s+am\b|\b(?:going\s+to|about\s+to|gonna)\s+pass\s+out\b"
)
# Someone sectioned or on a mental health ward (not a council ward) who has walked out, and no
# one knows where they are now.
_SECTIONED = (
    r"\b(?:sectioned|on\s+a\s+section|section\s+[23]|detained\s+under|(?:psych(?:iatric)?|"
    r"mental\s+health|secure)\s+(?:ward|unit|hospital))\b"
)
_WALKED_OUT = (
    r"\b(?:(?:walked|ran|run|gone|went|got|slipped|snuck|sneaked|left|legged\s+it)\s+(?:out\s+"
    r"of|off|away\s+from)|(?:escaped|absconded)(?:\s+from)?)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:ward|unit)\b(?!\s+(?:meeting|councillors?|forum|surgery|boundar\w+|office|party))|"
    r"\b(?:absconded|awol)\b|\b(?:did\s+not|has\s+not|never)\s+(?:come|came)\s+back\s+"
    r"(?:to\s+the\s+ward|from\s+(?:her|his|their)\s+leave)\b"
)
_WHERE_UNKNOWN = (
    r"\b(?:no\s+one|nobody|no\s+body)\s+knows\s+where\b|\b(?:missing|can\s+not\s+find\s+"
    r"(?:her|him|them)|not\s+answering|this\s+morning|today|tonight|last\s+night|"
    r"(?:an\s+)?hours?\s+ago)\b"
)
# Food and drink refused for fear someone is poisoning it.
_POISONED = (
    r"\b(?:putting|put|puts|slipping|slipped)\s+(?:something|things|stuff|poison)\s+in\s+(?:my|"
    r"mine|her|his|their|the)\b|\bpoison(?:ing|ed|s)?\s+(?:my|her|his|their|the)\s+(?:food|"
    r"drinks?|water|tea|meals?)\b|\b(?:food|drinks?|water|tea)\s+(?:is|are)\s+(?:being\s+)?"
    r"poisoned\b"
)

UNWELL_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # starving for days or weeks, and collapsing, blacking out or the heart racing now
    "an eating disorder with the body giving way": (
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_STARVING, _GIVING_WAY),
        # laxatives by the dozen, or purging, with the body giving way
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_LAXATIVES, _TAKEN_MANY, _BODY_WEAK),
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_PURGING, _BODY_WEAK),
        # a fast used as cover for not eating at all, with the body giving way
        _LONG_PAST + every_one_of(_FAST_AS_COVER, _GIVING_WAY),
    ),
    # a panic attack or dissociation now, at a platform edge, at the wheel, or shut in unseen
    "panic or dissociation somewhere unsafe": (
        "^" + every_one_of(_PANIC_OR_UNREAL, _UNSAFE_PLACE),
        "^" + every_one_of(_PANIC_OR_UNREAL, _SHUT_IN, _NO_ONE_KNOWS),
    ),
    # a sectioned person gone from the ward; food refused for days for fear of poison
    "a mental health emergency": (
        "^(?!.*" + _NOT_NOW + ")" + every_one_of(_SECTIONED, _WALKED_OUT, _WHERE_UNKNOWN),
        "^" + every_one_of(_POISONED, _STARVING),
    ),
}
