"""The English phrase net's hate attacks and threats happening now or planned: a head covering
yanked by a stranger, a call to go to a hotel or a place of worship and "get them out" or bring
petrol, a crowd or a group armed or masked at a place of worship, stones, eggs or fireworks at
someone's window or letterbox with a threat or again, an address spread with a threat, a plan to
jump children for who they are, a bomb threatened, a fire set with racist abuse, a disabled child
surrounded or dragged off. Hate crime as a topic, a past incident dealt with, faith events,
fireworks night and peaceful protests share the words but not the danger. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_harm import BULLYING_OVER

_COVERING = r"(?:hijab|headscarf|scarf|turban|niqab|kippah|patka|burqa|dupatta)"
_PLACE = (
    r"\b(?:mosque|masjid|synagogue|shul|gurdwara|langar|temple|mandir|church|hotel|hostel|"
    r"islamic\s+centre)\b"
)
# Armed or masked: balaclavas, masks on, bottles, bats or blades carried.
_ARMED = (
    r"\b(?:balaclavas?|masked\s+up|masks?\s+on\b(?!\s+(?:the|a|an|my|our)\b)|(?:with|carrying|"
    r"got|have)\s+(?:\w+\s+)?(?:bottles|bats|bricks|knives|blades|machetes|weapons|poles|petrol)"
    r"(?!\s+of\s+(?:water|juice|pop|milk))|machetes?)\b"
)
# A call spread by a flyer or online.
_CALL_SPREAD = (
    r"\b(?:flyers?|leaflets?|posters?|group\s+chat|facebook|telegram|whatsapp|tiktok|posted|"
    r"going\s+round)\b"
)
_GROUP = (
    r"\b(?:crowd|mob|gang|group|lads|men|boys|\d+\s+of\s+them|(?:like\s+)?\d+\s+(?:men|lads|"
    r"blokes|boys|people))\b"
)
_HEADING = (
    r"\b(?:outside|forming|gathering|heading|going\s+to|gonna\s+go|on\s+(?:their|the)\s+way|"
    r"marching\s+(?:to|on)|right\s+now|surround\w*)\b"
)
# Who someone is, named as the target.
_TARGET = (
    r"(?:jewish|muslim|black|asian|polish|gay|trans|sikh|hindu|somali|roma|romanian|"
    r"autistic|disabled|paki|immigrant|migrant|refugee|asylum)"
)
_DISABLED = (
    r"\b(?:autis\w+|learning\s+(?:disabilit\w+|difficult\w+)|disabled|wheelchair|down\s*s?\s+"
    r"syndrome|special\s+needs|non\s*-?\s*verbal|cerebral\s+palsy|blind|deaf)\b"
)
# A threat that comes with an address spread about.
_ADDRESS_THREAT = (
    r"\b(?:traitor|knife|blade|gun|go\s+round|we\s+know|coming\s+for|get\s+(?:him|her|them|you)|"
    r"burn|pay\s+(?:\w+\s+)?a\s+visit|you\s+are\s+dead|watch\s+your\s+back)\b"
)

HATE_NOW_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    "hate attack now": (
        # a head covering yanked or ripped by someone else; not one's own, a baby's or the wind's
        r"^(?!.*\b(?:baby|toddler|little\s+one|wind|gust|lol|haha\w*)\b)(?=.*\b(?:hijab|"
        r"headscarf|turban|niqab|kippah|patka)\b).*\b(?:man|woman|lads?|boys?|girls?|guy|bloke|"
        r"someone|somebody|he|she|they|group|gang|people|kids)\s+(?:\w+\s+){0,10}?(?:yank\w*|"
        r"ripp?\w*|tore|tear\w*|snatch\w*|tugg?\w*|pull\w*)\s+(?:at\s+)?"
        r"(?:her|his|their|my|our)\s+"
        r"(?:\w+\s+)?" + _COVERING + r"\b(?!\s+(?:tighter|over|up|down|on|around|round|closer|"
        r"straight|back))",
        # a call to go to a hotel or a place of worship to drive people out or bring petrol
        r"^(?=.*" + _PLACE + r")(?=.*\b(?:get|drive|smoke|force)\s+them\s+(?:all\s+)?out\b"
        r"(?!\s+of\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:car\s*park|way|rain|cold|building|water|traffic|road))|"
        r".*\bburn\s+(?:it|them)\s+(?:down|out)\b)",
        r"^(?=.*" + _PLACE + r")(?=.*" + _CALL_SPREAD + r")(?=.*\b(?:(?:bring|bringing|brought|"
        r"take|taking)\s+(?:\w+\s+)?(?:petrol|lighter\s+fluid|accelerant)\b(?!\s+for\s+"
        r"(?:the\s+)?(?:generator|car|mower|van|minibus))|petrol\s+bombs?\b))",
        # a crowd armed or masked at or heading to a place of worship or a hotel
        r"^(?=.*" + _PLACE + r")(?=.*" + _GROUP + r")(?=.*" + _ARMED + r")"
        r"(?=.*" + _HEADING + r")",
        # stones, eggs or fireworks thrown at someone's window or letterbox, with a threat, again
        # or tonight
        r"^(?=.*\b(?:throw\w*|threw|chuck\w*|lob\w*|let\w*|fir\w*|set\w*\s+off|"
        r"put\w*)\s+(?:\w+\s+){0,3}?(?:eggs|stones|rocks|bricks|bottles|fireworks?|bangers|"
        r"rockets)\s+(?:off\s+)?(?:\w+\s+){0,2}?(?:at|through|into)\s+"
        r"(?:my|our|his|her|their|the)\s+"
        r"(?:\w+\s+){0,3}?(?:windows?|front\s+door|door|letter\s*box)\b)(?=.*\b(?:again|tonight|"
        r"do\s+(?:him|her|them|you)|threat\w*|terrified|scared|putting\s+(?:one|it|them)\s+"
        r"through|will\s+(?:get|hurt|burn|kill)|because\s+(?:she|he|they|we)\s+(?:is|are))\b)",
        # an address spread about with a threat
        r"^(?!.*\bi\s+(?:have\s+)?(?:posted|shared|put|sent)\b)"
        r"(?=.*\b(?:my|our|her|his|their|home|house)\s+address\b)(?=.*\b(?:sent|posted|shared|"
        r"leaked|going\s+round|put\s+(?:up|online|out)|doxx\w*|on\s+(?:tiktok|telegram|facebook|"
        r"twitter|instagram|snapchat|whatsapp))\b)(?=.*" + _ADDRESS_THREAT + r")",
        # a plan to jump or attack children or people for who they are
        r"\b(?:plan\w*|going|gonna|want\w*|about|arrang\w*)\s+to\s+(?:jump|batter|beat\s+up|"
        r"attack|stab|rush|smash|do\s+in|go\s+for)\s+(?:the|some|a|those|all\s+the)?\s*"
        r"(?:\w+\s+)?"
        + _TARGET
        + r"(?:s\b|\s+(?:kids|children|boys|girls|lads?|lot|famil\w+|people|students|pupils|men|"
        r"women|man|woman|couple|neighbours?|ones|guys?)\b)",
        # a bomb threatened at a place or event
        r"\b(?:there\s+(?:will|would|is\s+going\s+to)\s+be|(?:going|gonna)\s+(?:to\s+)?(?:plant|"
        r"leave|put|set\s+off))\s+a\s+bomb\s+(?:at|in|on|outside|under)\b|\b(?:received|got|had|"
        r"been\s+sent|was\s+sent)\s+(?:a\s+)?bomb\s+threats?\b",
        # a fire set at someone's home with racist abuse shouted
        r"^(?=.*\b(?:set\s+fire\s+to|set\s+(?:\w+\s+)?(?:alight|on\s+fire)|torch\w*|"
        r"lit\s+(?:\w+\s+)?"
        r"(?:bin|fence|door|car))\b)(?=.*(?:\bgo\s+(?:back\s+)?home\b|\bracist\b|\bblack\s+\w*\*|"
        r"\bpaki|\w\*{2,}))",
        # a disabled child surrounded, dragged or made to say things by a group
        r"^(?=.*" + _DISABLED + r")(?=.*\b(?:group|gang|lads|boys|girls|kids|they|them|"
        r"film\w*|bull\w*)\b)(?=.*\b(?:dragg\w*|drag|surrounded|cornered|pinned|holding\s+"
        r"(?:him|her|them)\s+down|(?:making|made)\s+(?:him|her|them)\s+say)\b"
        + BULLYING_OVER
        + r")",
    ),
}
