"""The English phrase net: risks on the way to or from the assembly, or while stuck there.

Someone trapped in a lift with the heat rising, no air or the alarm dead; someone left out in
the cold and the dark when the carer or the taxi did not come, the wheelchair or the phone
battery going; someone who escaped a man, found again by him ("found you"); someone held in a
room and not let leave or phone anyone; a man shouting he will kill someone while she hides from
him or he smashes things; a weapon shown with a word that it will be used; petrol to be brought
where the police will be; a carer who cannot leave someone who has not eaten for days and grows
weak. Each has an everyday twin in the same words (a lift stuck for a minute last week, a taxi
late on a cold night and home fine, a game of hide and seek, a knife for the cake, petrol for
the minibus, a cat off its food), so each reading needs the situation and what makes it a risk
now together. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _JOKING
from bot.gateway.safeguarding_words import every_one_of

# Someone, the writer or another, in a lift now (not "was stuck last week").
_IN_A_LIFT = (
    r"\b(?:i\s+am|we\s+are|he\s+is|she\s+is|they\s+are|(?:i|we|he|she|they)\s+(?:have|has)\s+"
    r"been|someone\s+is|somebody\s+is|(?:my|a|the|our)\s+\w+\s+is)\s+(?:still\s+|now\s+)?"
    r"(?:stuck|trapped|shut|locked)\s+(?:in|inside)\s+(?:(?:the|a|this)\s+(?:\w+\s+)?)?"
    r"(?:lift|elevator)\b"
)
# What makes it a risk: no air, the heat, the alarm dead, a panic, no one coming.
_LIFT_DANGER = (
    r"\b(?:can\s+not|struggling\s+to|hard\s+to|hardly|barely)\s+(?:breathe|breath)\b|"
    r"\bno\s+air\b|\b(?:getting|so|very|really)\s+(?:hot|stuffy)\b|\bpanic\w*\b|\bfaint\w*\b|"
    r"\balarm\s+(?:is\s+not|does\s+not|will\s+not|not|is\s+broken|broken)\b|\bno\s+(?:one|"
    r"body)\s+(?:is\s+)?(?:coming|answering|can\s+hear)\b|\b(?:for|over)\s+(?:an?\s+)?hours?\b"
)

# Out now, or told as the past.
_GOT_OUT = (
    r"\b(?:got|get|got\s+us|got\s+me|let\s+us|let\s+me)\s+out\s+(?:in\s+the\s+end|after|now|"
    r"eventually)\b|\b(?:last|the\s+other)\s+(?:week|time|year|month|day)\b|\byears\s+ago\b"
)

# Left out when the lift home did not come (the carer, the taxi, the driver).
_LEFT_OUT = (
    r"\b(?:no\s+one|nobody)\s+(?:came|turned\s+up|showed\s+up|has\s+come)\b|"
    r"\b(?:taxi|cab|driver|uber|carer|lift|minibus|bus|transport)\s+(?:\w+\s+){0,3}?"
    r"(?:left|went|drove\s+off|did\s+not\s+(?:turn\s+up|come|show)|never\s+(?:came|turned\s+up|"
    r"showed)|has\s+not\s+(?:come|turned\s+up))\b|\bstranded\b|\bleft\s+(?:me\s+)?"
    r"(?:behind|outside)\b"
)
_COLD_AND_DARK = r"\b(?:freezing|so\s+cold|really\s+cold|very\s+cold|dark)\b"
# The way out going: a wheelchair or phone battery dead or a phone nearly flat.
_NO_WAY_HOME = (
    r"\bbattery\s+(?:is\s+)?(?:dead|flat|gone|dying|almost\s+\w+)\b|"
    r"\bphone\s+(?:is\s+)?(?:on\s+)?[1-9]\s*%|\bphone\s+(?:is\s+)?(?:dying|about\s+to\s+die|"
    r"almost\s+dead)\b|\bcan\s+not\s+(?:move|walk|get\s+home)\b"
)
# Home now, or told as over.
_HOME_SAFE = (
    r"\b(?:made\s+it|got|am|got\s+back)\s+home\b|\b(?:left\s+early|went\s+home|headed\s+"
    r"home)\b|\bhome\s+(?:safe|now|fine)\b|\bin\s+the\s+end\b|\b(?:all\s+)?(?:sorted|fine\s+"
    r"now)\b|\blast\s+(?:week|night|time|year|winter)\b"
)

# A man the writer escaped or fled from, and word that he has found them.
_ESCAPED_HIM = (
    r"\b(?:man|guy|person|him|ex|husband|partner|boyfriend|family|people|he)\s+"
    r"(?:that\s+|who\s+)?(?:i|we|she|they|(?:my|our|her|his)\s+\w+)\s+(?:had\s+)?"
    r"(?:escaped|fled|ran\s+away|ran|got\s+away|am\s+hiding|was\s+hiding|have\s+been\s+"
    r"hiding)\s+from\b"
)
# Escaped as from a bore at a party, or a game.
_A_DULL_COMPANION = (
    r"\b(?:boring|bore|chatty|small\s+talk|conversation|awkward|hide\s+and\s+seek|escape\s+"
    r"room|game|tag)\b"
)
_FOUND_AGAIN = (
    r"\bfound\s+(?:you|me|her|us)\b|\bknows?\s+where\s+(?:i|we|you|she)\s+(?:am|are|is|live|"
    r"lives|stay)\b|\b(?:saw|seen)\s+him\s+(?:today|here|again|outside|at)\b|\b(?:he|they)\s+"
    r"(?:is|are)\s+(?:here|outside|on\s+the\s+assembly)\b|\btracked\s+(?:me|us|her)\b"
)

# Held in a room, and not let leave or call anyone.
_HELD = (
    r"\b(?:detained|detaining|holding|held|locked|keeping|kept|shut|cornered|pinned)\s+"
    r"(?:a\s+|the\s+|my\s+|our\s+)?(?:\w+\s+){0,2}?(?:in|inside|into)\s+(?:the|a|an|his|her|"
    r"their)\s+(?:\w+\s+)?(?:room|office|toilets?|cupboard|van|car|flat|house|basement|"
    r"kitchen|corridor|store\w*)\b"
)
_NOT_LET_GO = (
    r"\b(?:refus\w+\s+to|will\s+not|would\s+not|is\s+not|are\s+not|not)\s+(?:let|letting)\s+"
    r"(?:him|her|them|me|us)\s+(?:leave|go|out|phone|call|ring|text|contact|use\s+(?:his|her|"
    r"their|my)\s+phone)\b"
)
# Not a game or a rule: hide and seek, an escape room, detention, children keeping a grown-up
# in to play until a story is read, a class or a shift kept on till six.
_A_GAME_OR_RULE = (
    r"\b(?:escape\s+room|hide\s+and\s+seek|game|detention|exam|surprise|party|lockdown\s+drill|"
    r"fire\s+drill|homework|grounded|quarantine|isolat\w+)\b|\b(?:kids|children|grandkids|"
    r"grandchildren|toddlers?|little\s+ones)\s+(?:\w+\s+)?(?:kept|locked|held|shut)\b|\b(?:until|"
    r"till)\s+(?:i|we)\s+(?:had\s+)?(?:solved|read|finished|played|sang|found|tidied)\b|"
    r"\b(?:until|till)\s+(?:\d|late\b|the\s+end\b|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b)|\b(?:overtime|spreadsheets?|paperwork|shift|rota)\b"
)

# A threat to kill shouted, and someone hiding from it or things being smashed.
# Whom: a person, not a monster, a fly or the other team.
_A_PERSON = (
    r"(?:her|him|them|me|us|you|everyone|everybody|somebody|someone|the\s+(?:\w+\s+)?"
    r"(?:facilitator|staff|chair\w*|speaker|host|officer|copper|councillor|manager|woman|man|"
    r"guy|bloke|lad|girl|boy|kids?|baby|landlord|driver|guard|nurse|doctor|teacher|worker|"
    r"member|volunteer|lot\s+of\s+(?:us|you|them)))\b"
)
_SHOUTING_KILL = (
    r"\b(?:shouting|screaming|yelling|saying|says|said|threatening|swearing)\s+(?:that\s+)?"
    r"(?:he|she|they)\s+(?:will|is\s+going\s+to|is\s+gonna|are\s+going\s+to)\s+kill\s+"
    + _A_PERSON
    + r"|\bhell\s+kill\s+"
    + _A_PERSON
)
_HIDING_OR_SMASHING = (
    r"\b(?:she|they|we|i|the\s+\w+)\s+(?:is|are|am|has|have)?\s*(?:locked|barricaded|hid|"
    r"hiding)\s+(?:herself|themselves|ourselves|myself|in)\b|\bpunching\s+(?:the\s+)?(?:walls?|"
    r"doors?|windows?)\b|\bsmashing\s+(?:\w+\s+)?(?:up|things|chairs|glasses|windows)\b|"
    r"\bthrowing\s+(?:chairs|glasses|bottles|things)\b"
)
# Siblings over food or the telly, a game, a film.
_A_SPAT = r"\b(?:remote|telly|tv|biscuits?|yoghurt|last\s+slice|fifa|xbox|film|movie|play)\b"

# A weapon shown, and word it will be used.
_WEAPON_SHOWN = (
    r"\b(?:showed|shown|flashed|pulled\s+out|pulled|has|got|had)\s+(?:me\s+|us\s+)?(?:a|his|her|"
    r"the)\s+(?:\w+\s+)?(?:knife|blade|machete|gun|pistol|shank)\b"
)
_WILL_USE_IT = (
    r"\b(?:(?:he|she|they)\s+(?:will|would|is\s+going\s+to|is\s+gonna)|hell|said\s+he\s+would)"
    r"\s+use\s+it\b(?!\s+(?:for|to|on\s+the\s+(?:cake|bread|cheese|meat|veg|turkey)))"
)
_COOKING = r"\b(?:cake|bread|cheese|kitchen|cook\w*|chef|sandwich\w*|fruit|picnic|camping)\b"

# Petrol to be brought where the police or the panel will be.
_PETROL_BROUGHT = (
    r"\b(?:bring|bringing|take|taking|carry|carrying)\s+(?:a\s+(?:bottle|can|jerry\s*can|"
    r"canister)\s+of\s+|(?:bottles|cans)\s+of\s+|some\s+)?(?:petrol|gasoline|diesel|lighter\s+"
    r"fluid|accelerant)\s+(?:to|into)\b|\b(?:petrol|fire)\s+bombs?\b|\bmolotov\w*\b"
)
_WHERE_THEY_WILL_BE = (
    r"\b(?:police|officers?|cops|coppers|councillors?|panel|mp|mayor)\s+(?:will|are\s+going\s+to|"
    r"is\s+going\s+to)\s+be\s+there\b|\b(?:next|the|that)\s+(?:session|assembly|meeting)\b"
)
_FUEL_FOR_A_VEHICLE = (
    r"\b(?:minibus|car|van|generator|mower|lawnmower|tank|motorbike|scooter|chainsaw|boat|"
    r"barbecue|bbq|money|receipt|expenses?|claim)\b"
)

# Someone cared for who has not eaten for days and is failing, and the carer who cannot leave.
_NOT_EATEN = (
    r"\b(?:she|he|they|(?:my|our)\s+(?:mum|mam|mom|mother|dad|father|nan|nana|gran|granny|"
    r"grandad|grandma|grandpa|husband|wife|partner|son|daughter|brother|sister|aunt|uncle))\s+"
    r"(?:has|have)\s+not\s+(?:eaten|had\s+(?:anything|a\s+thing|food))\s+(?:anything\s+)?"
    r"(?:in|for)\s+(?:\d+|two|three|four|five|six|several|a\s+few)\s+days\b"
)
_FAILING = (
    r"\b(?:very|so|really|too|getting|much)\s+(?:weak|frail)\b|\bweaker\b|\bbarely\s+"
    r"(?:awake|talking|drinking|moving)\b|\bcan\s+not\s+(?:stand|get\s+up|swallow)\b|"
    r"\bwill\s+not\s+let\s+me\s+(?:call|ring|phone)\b|\bnot\s+drinking\b"
)
# A pet, a fast or a diet, or help already on its way.
_NOT_UNSEEN = (
    r"\b(?:cat|dog|kitten|puppy|pet|vet|rabbit|hamster|fasting|ramadan|diet|detox)\b|"
    r"\b(?:doctor|gp|nurse|ambulance|paramedics?|district\s+nurse)\s+(?:is|are|has|have)\s+"
    r"(?:coming|on\s+(?:the|their|her|his)\s+way|here|been|seen)\b|\bin\s+hospital\b"
)


def _unless(read_past: str, *parts: str) -> str:
    """Every one of `parts`, in a message that is not a joke and has none of `read_past`: each
    reading has an everyday twin in the same words that only its own words tell apart."""
    return "^(?!.*(?:" + _JOKING + "|" + read_past + "))" + every_one_of(*parts)


JOURNEY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # trapped in a lift now, with no air, the heat, or the alarm dead
    "trapped in a lift": (_unless(_GOT_OUT, _IN_A_LIFT, _LIFT_DANGER),),
    # left out in the cold and the dark, the lift home gone and the battery going
    "stranded in the cold": (_unless(_HOME_SAFE, _LEFT_OUT, _COLD_AND_DARK, _NO_WAY_HOME),),
    # someone who escaped a man, found by him again
    "found by the one escaped": (_unless(_A_DULL_COMPANION, _ESCAPED_HIM, _FOUND_AGAIN),),
    # held in a room, not let leave or phone anyone
    "held against their will": (_unless(_A_GAME_OR_RULE, _HELD, _NOT_LET_GO),),
    # a threat to kill shouted while someone hides or things are smashed
    "a threat to kill shouted": (_unless(_A_SPAT, _SHOUTING_KILL, _HIDING_OR_SMASHING),),
    # a weapon shown, with word that it will be used
    "a weapon shown to be used": (_unless(_COOKING, _WEAPON_SHOWN, _WILL_USE_IT),),
    # petrol to be brought to a session where the police will be
    "petrol brought to a session": (
        _unless(_FUEL_FOR_A_VEHICLE, _PETROL_BROUGHT, _WHERE_THEY_WILL_BE),
    ),
    # someone cared for unfed for days and failing, the carer unable to leave
    "unable to leave someone failing": (_unless(_NOT_UNSEEN, _NOT_EATEN, _FAILING),),
}
