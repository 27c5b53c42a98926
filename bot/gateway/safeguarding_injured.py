"""The English phrase net: a serious injury happening now, to the writer or in front of them.

A finger, a hand or a foot hanging off, blown off or cut off with blood everywhere (a firework
gone off in a hand, a saw slipped); someone glassed, stabbed or slashed with blood pumping,
pouring or not stopping; a fall outdoors with a hip or a leg broken, no one about to help and
the dark or the cold coming on. Each shares its words with everyday talk and with stories (a
finger hanging off in a horror film, a lad glassed at last year's party and stitched up since,
a hip broken on the ice years ago, a button hanging off a coat), so each reading needs the injury
and a sign it is bad now, and reads past a film, a costume or an injury told as over. Text has
been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Made up or over: a film, a costume, fake blood; last year, stitched up, fine now.
_MADE_UP_OR_OVER = (
    r"^(?!.*\b(?:film|movie|episode|programme|series|drama|novel|book|video\s+game|halloween|"
    r"costume|fake\s+blood|zombie|horror|prank|last\s+(?:week|month|year|winter|christmas|"
    r"summer)|(?:weeks|months|years)\s+ago|stitched\s+(?:up|back)|sewn\s+back|reattached|"
    r"(?:is|are|was|were)\s+(?:fine|ok|okay|alright|all\s+right)\s+now|on\s+the\s+mend)\b)"
)

# Blood coming fast: everywhere, pouring, pumping, not stopping.
_BLEEDING_BADLY = (
    r"\bblood\s+(?:is\s+|was\s+)?(?:everywhere|all\s+over|pouring|pumping|spurting|gushing|"
    r"squirting|spraying|pissing|coming\s+out\s+(?:everywhere|fast|loads))\b|"
    r"\b(?:pissing|pouring|pumping|spurting|gushing|squirting|spraying|losing\s+(?:so\s+much|"
    r"loads\s+of|a\s+lot\s+of))\s+(?:out\s+)?blood\b|"
    r"\b(?:so\s+much|lots\s+of|loads\s+of|a\s+pool\s+of|pools\s+of)\s+blood\b|"
    r"\bbleeding\s+(?:\w+\s+)?(?:heavily|badly|everywhere|loads|like\s+mad|out)\b|"
    r"\b(?:will|would|is)\s+not\s+stop\s+bleeding\b|\b(?:can|could)\s+not\s+stop\s+the\s+"
    r"(?:bleeding|blood)\b"
)

# A finger, a hand or a foot hanging off, blown off or cut off.
_PART = r"(?:fingers?|thumbs?|hands?|toes?|foot|feet|ear|nose|arm|leg|fingertips?)"
_PART_OFF = (
    r"\b" + _PART + r"\s+(?:\w+\s+){0,2}?(?:hanging\s+(?:off|on\s+by)|blown\s+off|cut\s+off|"
    r"chopped\s+off|sliced\s+off|ripped\s+off|torn\s+off|came\s+off|come\s+off|severed|"
    r"mangled|crushed\s+to\s+bits)\b|"
    r"\b(?:blew|blown|cut|chopped|sliced|ripped|tore|torn|took)\s+(?:off\s+)?(?:my|his|her|"
    r"their|two|three|a|the)\s+(?:\w+\s+)?" + _PART + r"\s+off\b|"
    r"\bsevered\s+(?:my|his|her|their|a|the)\s+(?:\w+\s+)?" + _PART + r"\b"
)

# Glassed, stabbed, slashed or shot, in a part of the body.
_WOUNDED = (
    r"\b(?:glassed|stabbed|slashed|bottled|knifed|shot)\s+(?:in|on|across|through)\s+(?:the|"
    r"his|her|my|their)\s+(?:neck|throat|chest|stomach|belly|groin|thigh|leg|back|face|head|"
    r"side|arm|eye)\b|\b(?:been|got|get|getting|was|is|just)\s+(?:been\s+)?(?:glassed|stabbed|"
    r"slashed|bottled|knifed|shot)\b"
)

# A fall outdoors, a hip or a leg broken, nobody to help and the dark or the cold coming.
_FELL = (
    r"\b(?:slipped|fell|fallen|tripped|went\s+down|gone\s+down|came\s+off|come\s+off|"
    r"went\s+flying)\b"
)
_BONE = r"(?:hips?|legs?|ankle|pelvis|femur|knee\s*cap|shoulder|wrist)"
_BROKEN_NOW = (
    r"\b" + _BONE + r"\s+(?:is\s+|s\s+|are\s+|has\s+)?(?:broken|broke|bust|gone|snapped|"
    r"shattered|fractured)\b|\b(?:broken|broke|bust|fractured|snapped|done)\s+(?:my|his|her|"
    r"their)\s+" + _BONE + r"\b|\b(?:can|could)\s+not\s+(?:get\s+up|move|stand|put\s+(?:any\s+)?"
    r"weight)\b"
)
_NO_ONE_TO_HELP = (
    r"\b(?:there\s+is|theres|there\s+s|is)\s+(?:nobody|no\s+one)\b|\b(?:nobody|no\s+one)\s+"
    r"(?:is\s+)?(?:about|around|here|passing|coming|in\s+sight|to\s+help)\b|\b(?:all\s+)?on\s+"
    r"my\s+own\s+(?:here|out\s+here)\b|\bcan\s+not\s+(?:get\s+to|reach)\s+my\s+phone\b"
)
_DARK_OR_COLD = (
    r"\b(?:getting\s+dark|dark\s+now|gone\s+dark|pitch\s+black|ice|icy|snow\w*|frost\w*|"
    r"freezing|so\s+cold|minus\s+\d+|pouring\s+(?:down|with\s+rain)|soaked)\b"
)

INJURED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a finger, a hand or a foot hanging off or blown off, with blood everywhere; not a button
    # hanging off, nor a film
    "a part of the body hanging off": (
        _MADE_UP_OR_OVER + every_one_of(_PART_OFF, _BLEEDING_BADLY),
    ),
    # glassed, stabbed or slashed with the blood pumping or not stopping; not a story from last
    # year, stitched up since
    "a wound bleeding badly": (_MADE_UP_OR_OVER + every_one_of(_WOUNDED, _BLEEDING_BADLY),),
    # a fall with a hip or a leg broken, no one about and the dark or the cold coming; not a fall
    # on the ice years ago
    "a broken bone after a fall, alone outdoors": (
        _MADE_UP_OR_OVER + every_one_of(_FELL, _BROKEN_NOW, _NO_ONE_TO_HELP, _DARK_OR_COLD),
    ),
}
