"""The English phrase net: stalking, harassment and intimidation happening now.

A member followed, tracked or watched tells of it while it goes on: a tracker found hidden on
them with someone knowing where they are, an unknown AirTag moving with them while they travel
alone, a threat to come round tonight to hurt them with the children there, hiding somewhere
with the follower waiting outside, a harasser or someone who sent threats turned up at their
work and waiting for them, something put on their phone with the name of where they sit texted
to them, a car following theirs turn for turn, a stalker out of prison seen near them and still
writing, a witness watched by a car or threatened with the house next, and a husband and his
brothers circling the car park looking for a writer who cannot come in.

Each needs its parts together, and the everyday twins share the words and are left alone:
stalking ended with an order, an AirTag someone lost or one that turned out to be the family's,
a nosy neighbour's car, looking at someone's Instagram, a location shared by choice, a relative
following the car because they do not know the way, a brother coming round to sort out the wifi,
a game of hide and seek, and a true-crime podcast. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _TOLD_NOT_AS_NOW
from bot.gateway.safeguarding_words import Reading, phrases_of

# Told as a joke, a film, a podcast or a profile looked at, or as ended: not happening now.
_NOT_NOW = (
    _TOLD_NOT_AS_NOW + r"|\b(?:podcast|true\s+crime|documentary|audiobook|"
    r"stalk\w*\s+(?:his|her|their|my|your)\s+(?:profile|page|insta\w*|photos|pics|feed|account)|"
    r"insta\s*-?\s*stalk\w*|(?:stopped|ended)\s+(?:after|when|once|since)|"
    r"(?:has|have)\s+left\s+me\s+alone)\b"
)

# A tracker found hidden on the writer's car or things, with someone knowing where they are.
_A_TRACKER_FOUND = (
    r"\b(?:found|find|discovered|spotted)\s+(?:an?\s+)?(?:airtag|tracker|tracking\s+device|"
    r"gps\s+tracker|tile\s+tracker)\s+(?:\w+\s+){0,2}?(?:taped|stuck|hidden|glued|under|inside|"
    r"in|on)\b"
)
_KNOWS_WHERE_I_AM = (
    r"\b(?:he|she|they|someone|somebody)\s+(?:knows?|know)\s+(?:i\s+am\s+here|where\s+i\s+am|"
    r"exactly\s+where)\b|\b(?:has|have)\s+been\s+(?:tracking|following)\s+me\b"
)
_SOMEONE_ELSES_LOST = (
    r"\b(?:lost|dropped|handed\s+(?:it\s+)?in|lost\s+property|turned\s+out|belongs?\s+to|"
    r"(?:it\s+is|it\s+was)\s+(?:just\s+)?(?:my|his|her|our|their))\b"
)

# An unknown AirTag moving with the writer, who is travelling alone or now.
_AN_UNKNOWN_TRACKER_WITH_ME = (
    r"\bunknown\s+(?:airtag|tracker|accessory|item)\s+(?:found\s+|detected\s+)?(?:moving|"
    r"travelling|traveling)\s+with\s+(?:you|me)\b|\b(?:airtag|tracker)\s+(?:that\s+is\s+not\s+"
    r"mine\s+)?(?:is\s+)?(?:moving|travelling)\s+with\s+me\b"
)
_ON_MY_WAY_ALONE = (
    r"\b(?:alone|on\s+my\s+own|by\s+myself)\b.*\b(?:right\s+now|now|tonight)\b|"
    r"\b(?:right\s+now|now|tonight)\b.*\b(?:alone|on\s+my\s+own|by\s+myself)\b"
)

# A threat to come round tonight to hurt the writer, with the children there.
_COMING_ROUND = (
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:coming|going\s+to\s+come)\s+(?:round|over|here|"
    r"back)\s+(?:\w+\s+)?(?:tonight|today|later|now)\b"
)
_TO_HURT_ME = (
    r"\bto\s+(?:sort\s+me\s+out|teach\s+me\s+a\s+lesson|get\s+me|hurt\s+me|deal\s+with\s+me|"
    r"finish\s+me|do\s+me\s+in|make\s+me\s+pay|batter\s+me|kill\s+me|smash\s+me)\b"
    r"(?!\s+(?:with|on|for)\b)"
)
_CHILDREN_HERE = (
    r"\b(?:the\s+|my\s+)?(?:kids|children|baby|son|daughter|little\s+ones)\s+(?:are|is)\s+"
    r"(?:here|home|in|with\s+me|asleep|upstairs)\b"
)
_A_JOB_DONE = r"\b(?:wifi|router|boiler|shelves|flatpack|taxes|paperwork|hair|car|garden)\b"

# Hiding somewhere with the follower waiting outside it.
_HIDING = r"\bi\s+am\s+(?:hiding|locked|hid)\s+(?:in|at|behind|under|inside)\b"
_FOLLOWED_ME = (
    r"\b(?:he|she|they|someone|somebody|a\s+(?:man|guy|bloke|lad))\s+(?:has\s+|have\s+|just\s+)?"
    r"followed\s+me\b"
)
_WAITING_OUTSIDE = (
    r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:waiting|standing|stood|hanging\s+around|outside)\s+"
    r"(?:\w+\s+){0,2}?(?:in\s+the\s+(?:corridor|hall|foyer|lobby)|outside|at\s+the\s+door|"
    r"in\s+reception|for\s+me)\b"
)
_A_GAME = r"\b(?:hide\s+and\s+seek|surprise|party|game|birthday|insta\w*|twitter|tiktok)\b"

# Someone who harasses or sent threats, turned up where the writer is and waiting for them.
_A_HARASSER = (
    r"\b(?:sending|sent|send|sends)\s+me\s+(?:\w+\s+)?(?:threats|threatening\s+\w+)\b|"
    r"\bkeeps?\s+(?:messaging|texting|calling|ringing)\s+me\s+from\s+(?:new|different|withheld|"
    r"private)\s+numbers\b|\bmy\s+stalker\b|\bthreaten\w*\s+me\b"
)
_THERE_FOR_ME = (
    r"\b(?:turned|turning|showed|shown)\s+up\s+at\s+my\s+(?:work|house|home|flat|door|school|"
    r"office|college|uni)\b|\bwaiting\s+(?:in|at|outside)\s+(?:the\s+)?(?:reception|lobby|"
    r"front\s+desk|entrance|gate|door)\b|\b(?:he|she|they)\s+(?:is|are)\s+(?:\w+\s+)?outside\s+"
    r"my\s+(?:work|house|home|flat|door|office)\b|\bwait\s+(?:till|until)\s+i\s+come\s+out\b"
)
_A_LIFT = (
    r"\bto\s+(?:pick\s+me\s+up|drive\s+me|give\s+me\s+a\s+lift|collect\s+me|drop\s+off)\b|"
    r"\b(?:police|security)\s+(?:took|have\s+taken|walked)\s+him\b"
)

# Something put on the writer's phone, and where they sit now told back to them.
_ON_MY_PHONE = (
    r"\b(?:put|installed|hidden|hid)\s+(?:something|an?\s+app|spyware|stalkerware|a\s+tracker|"
    r"tracking)\s+on\s+my\s+(?:phone|laptop|car|tablet)\b|\b(?:spyware|stalkerware)\b"
)
_WHERE_I_SIT_TOLD = (
    r"\b(?:texted|messaged|sent|told)\s+me\s+(?:the\s+name\s+of\s+)?(?:where|the\s+\w+)\s+i\s+"
    r"am\s+(?:sitting|at|in|standing)\b|\b(?:he|she|they)\s+(?:knows?|know)\s+(?:everything\s+"
    r"i\s+(?:say|do)|where\s+i\s+am)\b"
)
_SHARED_BY_CHOICE = (
    r"\b(?:shar\w+\s+(?:my\s+|our\s+)?locations?|find\s+my\s+(?:friends|phone)|life\s*360|"
    r"with\s+my\s+permission|we\s+agreed|parental\s+controls?)\b"
)

# A car following the writer's, turn for turn, as they drive.
_FOLLOWING_MY_CAR = (
    r"\b(?:someone|somebody|a\s+(?:car|van|man|bike)|they|he|she)\s+(?:is|are|has\s+been|"
    r"keeps?)\s+(?:following|tailing)\s+(?:my\s+car|me)\b"
)
_TURN_FOR_TURN = (
    r"\bevery\s+turn\s+i\s+(?:take|make)\b|\b(?:for|since)\s+(?:the\s+last\s+)?(?:\d+|two|three|"
    r"four|five|ten|twenty)\s+(?:miles|junctions|roundabouts)\b"
)
_SHOWING_THE_WAY = (
    r"\b(?:know\s+the\s+way|sat\s*nav|convoy|lead\s+(?:them|him|her)\s+there\s+(?:as|because|"
    r"since)|instagram|insta|tiktok|twitter|facebook|online|socials)\b"
)

# A stalker out of prison, seen near the writer and still writing.
_A_STALKER_OUT = (
    r"\b(?:my|the)\s+stalker\s+(?:\w+\s+)?(?:got\s+out|is\s+out|was\s+released|has\s+been\s+"
    r"released|released)\b"
)
_NEAR_ME_OR_WRITING = (
    r"\b(?:staring|stared|watching|following)\s+(?:at\s+)?me\b|\bsame\s+(?:bus|train|street|"
    r"shop)\s+as\s+me\b|\bstill\s+(?:writes|writing|messages|texts|sends)\b|\btogether\s+or\s+"
    r"dead\b"
)
_MOVED_AWAY = r"\b(?:moved\s+(?:away|abroad)|lives?\s+in\s+\w+\s+now|no\s+contact\s+since)\b"

# A witness watched by a car or threatened with the house next, now or tonight.
_A_WITNESS = (
    r"\b(?:gave|giving|give)\s+evidence\s+against\b|\bi\s+identified\s+(?:\w+\s+){0,4}?in\s+"
    r"(?:the|an?)\s+(?:line\s*-?\s*up|identity\s+parade|id\s+parade)\b|\bwitness\s+"
    r"(?:against|statement)\b"
)
_WATCHED_OR_THREATENED = (
    r"\bthreaten\w*\s+(?:me|my|us|our)\b|\b(?:our|my)\s+(?:house|home|flat)\s+is\s+next\b|"
    r"\b(?:a|the|same|their)\s+(?:\w+\s+)?car\s+(?:has\s+been|is|keeps?)\s+(?:\w+\s+)?outside\s+"
    r"(?:my|our)\b|\bknow\s+(?:where\s+i\s+live|i\s+am\s+in)\b"
)
_THERE_OR_COMING_NOW = (
    r"\b(?:it\s+is|they\s+are|he\s+is)\s+(?:still\s+)?(?:there|outside)\s+(?:right\s+)?now\b|"
    r"\b(?:are|is)\s+coming\s+(?:round\s+|back\s+)?(?:tonight|for\s+us|for\s+me)\b"
)
_A_NOSY_NEIGHBOUR = r"\b(?:neighbou?rs?|nosy|planning|inquiry|parking\s+permit|visitor)\b"

# A husband and his family circling the car park for a writer who cannot come in.
_TURNED_UP_WITH_FAMILY = (
    r"\b(?:turned|showed)\s+up\s+with\s+(?:his|her|their)\s+(?:brothers|cousins|mates|friends|"
    r"family|dad|uncles|sons)\b"
)
_LOOKING_FOR_ME = (
    r"\b(?:walking|driving|going|circling)\s+(?:round|around)\s+(?:the\s+)?(?:car\s+park|"
    r"building|street|area|block|estate)\s+looking\s+for\s+me\b"
)
_CAN_NOT_COME_IN = r"\bi\s+can\s+not\s+(?:come|get|go)\s+(?:in|out|inside)\b|\bi\s+am\s+hiding\b"
_TO_HELP = r"\bto\s+(?:help|set\s+up|carry|drop|bring|pick)\b|\bmy\s+(?:keys|bag|coat|phone)\b"

_READINGS: tuple[Reading, ...] = (  # i18n-exempt: input
    # a tracker found hidden on the writer, with someone knowing where they are
    ("a hidden tracker found", _SOMEONE_ELSES_LOST, (_A_TRACKER_FOUND, _KNOWS_WHERE_I_AM)),
    # an unknown AirTag moving with the writer, travelling alone now
    (
        "an unknown tracker moving with the writer",
        _SOMEONE_ELSES_LOST,
        (_AN_UNKNOWN_TRACKER_WITH_ME, _ON_MY_WAY_ALONE),
    ),
    # a threat to come round tonight to hurt the writer, with the children there
    (
        "a threat to come round with the children there",
        _A_JOB_DONE,
        (_COMING_ROUND, _TO_HURT_ME, _CHILDREN_HERE),
    ),
    # hiding with the follower waiting outside
    ("hiding from a follower", _A_GAME, (_HIDING, _FOLLOWED_ME, _WAITING_OUTSIDE)),
    # a harasser turned up and waiting for the writer
    ("a harasser waiting for the writer", _A_LIFT, (_A_HARASSER, _THERE_FOR_ME)),
    # something on the writer's phone, and where they sit texted back
    ("spyware showing where the writer is", _SHARED_BY_CHOICE, (_ON_MY_PHONE, _WHERE_I_SIT_TOLD)),
    # a car following the writer's turn for turn
    ("a car followed", _SHOWING_THE_WAY, (_FOLLOWING_MY_CAR, _TURN_FOR_TURN)),
    # a stalker out of prison, near the writer or still writing
    ("a stalker out and near", _MOVED_AWAY, (_A_STALKER_OUT, _NEAR_ME_OR_WRITING)),
    # a witness watched or threatened, now or tonight
    (
        "a witness intimidated",
        _A_NOSY_NEIGHBOUR,
        (_A_WITNESS, _WATCHED_OR_THREATENED, _THERE_OR_COMING_NOW),
    ),
    # a husband and his family circling for a writer who cannot come in
    (
        "hunted by family at the venue",
        _TO_HELP,
        (_TURNED_UP_WITH_FAMILY, _LOOKING_FOR_ME, _CAN_NOT_COME_IN),
    ),
)

STALKED_PHRASES: Mapping[str, tuple[str, ...]] = phrases_of(_READINGS, _NOT_NOW)
