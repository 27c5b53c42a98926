"""The English phrase net's hate incidents: abuse or damage aimed at someone for who they are
(slurs, graffiti, bricks through the window, again and again even with no verb: "BRICK THROUGH
WINDOW 2 TIMES", a hijab pulled off or "the headscarf pulled off her", a slur or "go home" note
through the door), a slur shouted and a blow that followed, a blow told with no one named ("spat
on at the bus stop"), and a disabled person picked on for it (disability hate and "mate crime"),
unless it is bullying told as over. A slur told as banter between mates or long past is left alone
unless something says it is a danger now. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_harm import BULLYING_OVER

# A disability named, and someone picking on the disabled person for it (disability hate and
# "mate crime": tormented, filmed, made to hand over money or a phone).
_DISABLED = (
    r"\b(?:downs\s+syndrome|down\s+syndrome|autis\w+|learning\s+(?:disabilit\w+|difficult\w+)|"
    r"disabled|disability|wheelchair|blind|deaf|cerebral\s+palsy|special\s+needs|sen)\b"
)
_PICKED_ON = (
    r"\b(?:torment\w*|taunt\w*|bull(?:y|ies|ied|ying)|picking\s+on|pick\s+on|picks\s+on|mock\w*|"
    r"laugh\w*\s+at|film\w*\s+(?:\w+\s+)?(?:tormenting|laughing|hitting|mocking|pushing)|"
    r"(?:took|take|takes|taking|nick\w*|stole|steal\w*)\s+(?:all\s+)?(?:his|her|their)\s+(?:phone|money|"
    r"benefits|bank\s+card|card|pin)|(?:make|makes|made|making)\s+(?:him|her|them)\s+(?:give|hand\s+over|"
    r"pay|buy|steal|do\s+(?:things|stuff))|(?:call\w*|shout\w*)\s+(?:him|her|them)\s+(?:names|a\s+\w+))\b"
)
# A slur shouted at someone, spelled out or starred ("f*ggots"), and a blow that followed.
_SLUR = (
    r"(?:\bf[a*@]*g+(?:[o*0]+t)?s?\b|\bf\*+g\w*|\bpoofs?\b|\bqueers?\b|\bdykes?\b|"
    r"\btrann(?:y|ies)\b|\bp[a*]kis?\b|\bn[i*]gg\w*|\bterrorists?\b|\bgypsy\b|\bpikeys?\b|"
    r"\bretards?\b|\bspastics?\b|\bmonkey\s+noises\b)"
)
_SHOUTED_SLUR = (
    r"\b(?:shout\w*|yell\w*|scream\w*|call\w*|chant\w*)\s+(?:\w+\s+){0,3}?(?:\S*\s+)?" + _SLUR
)
_BLOW_LANDED = (
    r"(?:\b(?:kicked|punched|hit|attacked|beat|battered|glassed|headbutted|head\s*-?\s*butted|"
    r"jumped|stamped\s+on|slapped|spat\s+(?:at|on)|threw\s+\w+\s+at)\s+(?:me|us|him|her|them|"
    r"my\s+\w+)\b|\b(?:got|get|was|were|been|being|and)\s+(?:\w+\s+)?(?:kicked|punched|hit|"
    r"attacked|beaten|battered|glassed|headbutted|jumped|stamped\s+on|slapped|spat\s+(?:at|on))\b"
    r"(?!\s+(?:by\s+(?:a|the)\s+(?:ball|car|bus|bike|door)|out|off|the|a|an|it)\b)|"
    # the blow told with no one named, as a message or a sentence opens: "Spat on at the bus stop"
    r"(?:^|[.!?]\s*)(?:just\s+)?(?:got\s+)?(?:kicked|punched|attacked|beaten|battered|glassed|"
    r"headbutted|slapped|spat\s+(?:at|on))\b(?!\s+(?:out|off|by\s+(?:a|the)\s+\w+)\b))"
)
# A slur called at someone: "they keep calling my son a terrorist".
_CALLED_A_SLUR = (
    r"\bcall\w*\s+(?:me|us|him|her|my\s+\w+)\s+(?:a\s+|an\s+)?(?:terrorist|paki|gypsy|pikey|"
    r"tranny|faggot|dyke|retard|spastic)\b"
)
# Banter between mates ("calling my mate a terrorist lol") or a slur long past ("at school,
# years ago"): no risk now, unless told with something that is.
_BANTER_OR_LONG_PAST = (
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|joking|banter|as\s+a\s+joke|years\s+ago|long\s+(?:time\s+)?"
    r"ago|ages\s+ago|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|little|young|at\s+school|in\s+"
    r"(?:school|year\s+\d+))|back\s+in\s+(?:the\s+)?(?:day|school|(?:19|20)?\d0s))\b"
)
# What makes a slur a danger now: again or still, a threat, a blow, being followed or waited
# for, fear.
_DANGER_NOW = (
    r"\b(?:again|still|keeps?|kept|every\s+(?:day|time|night|week)|today|tonight|yesterday|"
    r"this\s+(?:morning|week|afternoon|evening)|last\s+(?:night|week)|right\s+now|happening|"
    r"follow\w*|threat\w*|scared|afraid|frightened|terrified|kill|hurt|stab|burn|hit|hits|"
    r"punch\w*|kick\w*|attack\w*|spat|push\w*|beat\w*|smash\w*|waiting|outside\s+(?:my|our|"
    r"the)\s+(?:house|flat|door|home))\b"
)
# A head covering pulled off someone ("they pulled the headscarf off her", in a learner's English
# "of her"); not off one's own head, by a baby or the wind, nor in a joke.
_COVERING_PULLED_OFF = (
    r"^(?!.*\b(?:baby|toddler|little\s+one|wind|gust|lol|haha\w*)\b)"
    r".*\b(?:pulled|ripped|tore|yanked|grabbed|snatched|tried\s+to\s+(?:pull|rip|tear|yank))\s+"
    r"(?:the|my|her|his|our|their)\s+(?:hijab|headscarf|turban|niqab|kippah|patka)\s+"
    r"(?:off|of)\s+"
    r"(?:(?:me|her|him)\b(?!\s+(?:own\s+)?head)|my\s+(?:\w+\s+)?(?:head|daughter|wife|mum|"
    r"mother|sister|son)\b)"
)
# Who someone is, given as the reason for an attack ("because we're gay").
_FOR_WHO = (
    r"\b(?:gay|lesbian|bi|bisexual|trans|queer|black|muslim|jewish|sikh|hindu|polish|romanian|"
    r"asian|disabled|autistic|religion|race|colour|skin|hijab|turban|accent|wheelchair)\b"
)
HATE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # abuse or damage for who someone is: slurs, graffiti, bricks, clothing pulled off
    "hate incident": (
        r"^(?=.*\b(?:bricks?|stones?|rocks?|fireworks?|petrol|eggs)\s+(?:\w+\s+)?(?:through|at|in"
        r"to)\s+"
        r"(?:the|my|our|his|her)\s+(?:front\s+)?(?:window|door|letterbox)s?\b)(?=.*\b(?:with\s+a"
        r"\s+"
        r"note|a\s+note\s+(?:saying|said|on\s+it|wrapped)|(?:sleeping|staying)\s+(?:at|with)\s+(?"
        r":a|"
        r"my|our)\s+(?:friends?|mates?|mums?|family)|too\s+scared\s+to\s+(?:go\s+)?(?:home|back)|"
        r"because\s+(?:we|i)\s+(?:are|am))\b)",
        r"\b(?:racially|racist|homophobic|transphobic|religious|islamophobic|antisemitic)\s+"
        r"(?:abuse|abused|attack|attacked|assault)\b(?!\s+(?:figures|stats|statistics|data|rates|"
        r"session))",
        r"\b(?:racist|homophobic|transphobic|islamophobic|antisemitic)\s+(?:slurs?|names|comments|"
        r"graffiti|things|words)\s+(?:at|to|on)\s+(?:me|my|us|our)\b",
        r"\b(?:victim\s+of|suffered|experienced|been|was|had)\s+(?:a\s+)?hate\s+crimes?\b",
        r"\b(?:said|says|told\s+me|telling\s+me|shouted|shouting|yelled|yelling|saying)\s+(?:to\s+)?"
        r"(?:me\s+)?(?:to\s+)?(?:go|get)\s+back\s+(?:home|to\s+(?:your|where\s+you|africa|pakistan|"
        r"poland|romania))\b|\bgo\s+back\s+to\s+your\s+(?:own\s+)?country\b",
        r"\b(?:threw|thrown|chucked|put)\s+(?:a\s+)?(?:brick|stone|rock)s?\s+through\s+(?:my|our|the)\s+"
        r"window\b|\bburn\w*\s+(?:the|my|our)\s+(?:pride\s+)?flag\b|\b(?:scared|afraid|frightened)\s+to\s+"
        r"wear\s+(?:my|her|his)\s+(?:hijab|kippah|turban|headscarf|niqab|cross|rainbow|badge)\b",
        # a brick through the window again and again, told with no verb or article as BSL-shaped
        # English does: "BRICK THROUGH WINDOW 2 TIMES"; not a shop's window
        r"\b(?:bricks?|stones?|rocks?)\s+through\s+(?:(?:my|our|the)\s+)?(?:front\s+)?windows?\s+"
        r"(?:again|twice|(?:\d+|two|three|four|many)\s+times)\b",
        r"\b(?:broke|smashed|put\s+(?:a\s+)?(?:brick|stone)s?\s+through|egged|graffiti\s+on|wrote\s+"
        r"\w+(?:\s+\w+)?\s+on|write\s+\w+(?:\s+\w+)?\s+on|poo\s+through|dog\s+mess\s+through|set\s+"
        r"fire\s+to)\s+(?:my|our|the)\s+(?:window|windows|door|car|letterbox|house|flat|fence)\b",
        r"\b(?:hijab|headscarf|turban|niqab|kippah|scarf|wig)\s+(?:\w+\s+)?(?:pulled|ripped|torn|yanked|"
        r"grabbed)\s+off\b|\bwheelchair\b.{0,60}\b(?:tip\w*|push\w*|"
        r"knock\w*)\s+(?:me|him|her)\s+(?:over|out)\b",
        _COVERING_PULLED_OFF,
        # a slur or "go home" left as a note through the door, on the car or the window
        r"(?:" + _SLUR + r"|\bgo\s+(?:back\s+)?home)\s+(?:\w+\s+){0,3}?notes?\s+(?:through|on|"
        r"under|in|pushed\s+through)\s+(?:the|my|our)\s+(?:front\s+)?(?:door|letter\s*box|"
        r"window|car|windscreen)\b",
        r"\bswastikas?\b|\bgraffiti\w*\s+(?:\w+\s+){0,3}on\s+(?:my|our)\s+(?:door|house|car|wall|fence|"
        r"flat)\b|\b(?:shout|shouting|shouted|shouts|yell\w*|scream\w*)\s+(?:abuse|insults|slurs)\s+at\b",
        r"\b(?:burn|burned|burnt|set\s+fire\s+to|torch)\s+(?:the|my|our|down\s+(?:the|my|our))\s+"
        r"(?:house|flat|home|car|shop)\b",
        # a slur called at someone, unless told as banter or long past with no danger now
        r"^(?:(?!.*" + _BANTER_OR_LONG_PAST + r")|(?=.*" + _DANGER_NOW + r")).*?" + _CALLED_A_SLUR,
        # a disabled person picked on for it, or used by "friends"; not bullying told as over
        r"^(?=.*" + _DISABLED + r")(?=.*" + _PICKED_ON + BULLYING_OVER + r")",
        # a slur shouted and a blow landed; an attack for who someone is
        r"^(?=.*" + _SHOUTED_SLUR + r")(?=.*" + _BLOW_LANDED + r")",
        _BLOW_LANDED + r"\s+(?:up\s+)?(?:just\s+)?(?:for|because)\s+(?:(?:i|we|he|she|they)\s+"
        r"(?:am|are|is|was|were)|being|of\s+(?:my|our|his|her|their))\s+(?:\w+\s+)?" + _FOR_WHO,
    ),
}
