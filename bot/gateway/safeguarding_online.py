"""The English phrase net: risks that reach someone through phones, apps and the internet.

A child sent by someone online to carry packages and gone now; an older adult on the phone to a
scammer now, money already sent; an ex who got into an account and knows where the writer is;
searches for a lethal dose with the searcher shut away; a group chat or a stream with a weapon
for the assembly, the police or the town hall; a tracking tag found on someone who fled and is
being looked for; a woman advertised online who cannot leave; a child set up online to meet an
older stranger, gone to see a "friend" from a game whom the family cannot place, or in a car with
men met on an app; a carer in the banking app with a threat not to tell; a goodbye posted online
with the poster out of reach. The same words go with no present risk (a lost phone found with
Find My, a scam spotted in time, location sharing agreed, a talk on online safety, a hacked
account got back, an AirTag on the keys), so each reading needs the harm and what makes it now
together. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_violence import _A_GAME, _JOKING
from bot.gateway.safeguarding_words import every_one_of

# A child or a teenager: "my son is 15", "my 16yo sister", "my 13-year-old grandson", "my
# daughter 15", "son (14)".
_A_CHILD = (
    r"\b(?:1[0-7]|[5-9])\s*(?:-?\s*(?:yo|y/o|yrs?\s+old|years?\s*-?\s*old))\b|"
    r"\b(?:is|aged|age)\s+(?:1[0-7]|[5-9])\b|"
    # the young person writing: "i'm 15 and a man i met online..."
    r"\bi\s+am\s+(?:1[0-7]|[5-9])\b(?!\s*(?:am|pm|mins?|minutes|hours|miles|km|quid|pounds|%))|"
    r"\b(?:son|daughter|boy|girl|brother|sister|grandson|granddaughter|nephew|niece)\s+\(?"
    r"(?:1[0-7]|[5-9])\b(?!\s*(?:am|pm|mins?|minutes|hours|miles|km|quid|pounds|%))|"
    r"\b(?:teen\w*|child|kid|schoolboy|schoolgirl|grandson|granddaughter)\b"
)
# Someone the family does not know: "some man", "a man twice her age", "older boys".
_A_STRANGER = (
    r"\b(?:some|a|an|this|the|older)\s+(?:older\s+)?(?:man|men|guy|bloke|lads?|boys|adult)\b|"
    r"\b(?:someone|somebody)\b(?!\s+(?:from|in|at)\s+(?:school|class|his|her|their|church|club))"
    r"|\bolders\b|\btwice\s+(?:her|his)\s+age\b|\bstranger\b|"
    # a "friend" the family cannot place: "i do not know who that is", "never met him"
    r"\b(?:i|we)\s+(?:do\s+not|did\s+not|have\s+never)\s+(?:know|met|seen)\s+(?:who\s+(?:that|"
    r"he|she|they|it)\s+(?:is|are)|(?:him|her|them)\b)"
)
_ONLINE = (
    r"\b(?:online|on\s*line|telegram|snap\w*|insta\w*|tiktok|discord|roblox|fortnite|minecraft|"
    r"whatsapp|facebook|messenger|twitter|an\s+app|the\s+app|the\s+internet|gaming|playing|"
    r"x?box|playstation|ps5)\b"
)

# Sent to carry packages to another town: "keeps sending him to work in southend carrying
# packages".
_SENT_TO_CARRY = (
    r"\b(?:send|sends|sending|sent|makes|making|made|gets|getting|got|using|uses)\s+(?:him|her|"
    r"them)\s+(?:[^.!?]{0,50}\s)?(?:carry|carrying|carries|deliver\w*|drop\w*\s+off|run\w*|"
    r"taking|take|holding|hold)\s+(?:packages?|parcels?|packs?|bags?|drugs|stuff|food|phones?)\b"
)
_GONE_NOW = (
    r"\b(?:is|has)\s+(?:gone|disappeared|not\s+(?:come|came)\s+(?:home|back))\b|\bmissing\b|"
    r"\bnot\s+(?:answering|picking\s+up|replying)\b|\bphone\s+(?:is\s+)?(?:off|dead)\b"
)
# A paid job, named as such: a delivery round, a shop, a paper round.
_A_JOB = (
    r"\b(?:amazon|evri|hermes|dpd|royal\s+mail|paper\s+round|deliveroo|uber|just\s+eat|shift|"
    r"part\s*-?\s*time|weekend\s+job|boss|employer|manager)\b"
)

# A scam in the words of one: a safe account, gift cards, a caller who says he is the bank.
_SCAM = (
    r"\b(?:safe\s+account|gift\s*cards?|vouchers?|itunes|steam\s+cards?|bitcoin|crypto|"
    r"(?:claiming|claims|says|said|pretending)\s+(?:to\s+be\s+)?(?:he\s+is\s+|she\s+is\s+|they\s+"
    r"are\s+)?(?:from\s+)?(?:the\s+)?(?:hmrc|bank|police|fraud\s+team|microsoft|amazon|tax\s+"
    r"office|bt))\b"
)
# Still going on: on the phone now, going back to the shop or the bank.
_STILL_ON_IT = (
    r"\b(?:still|now|is|are)\s+on\s+the\s+phone\b|"
    r"\bon\s+the\s+phone\s+(?:with|to)\s+\w+(?:\s+\w+)?\s+now\b|"
    r"\b(?:going|gone|went)\s+back\s+to\b|"
    r"\bgo\s+to\s+the\s+bank\b|\bwill\s+not\s+(?:listen|stop|hang\s+up)\b|\bwants?\s+more\b"
)
_ALREADY_SENT = (
    r"(?:£|\$|€)\s*\d|\b\d+\s*(?:k|grand|thousand|pounds)\b|\b(?:savings|life\s+savings|"
    r"pension)\b"
)
# Caught in time: hung up, reported, the bank stopped it.
_CAUGHT_IN_TIME = (
    r"\b(?:hung\s+up|put\s+the\s+phone\s+down|reported|realised|spotted|blocked|stopped\s+it|"
    r"in\s+time|got\s+(?:it|the\s+money)\s+back|refunded|did\s+not\s+(?:send|give|pay))\b"
)

# Into the writer's account: "he got into my instagram", "accessing my email account".
_INTO_MY_ACCOUNT = (
    r"\b(?:got|gotten|gets|getting|broke|broken|hacked|logged|logging)\s+(?:in|into|in\s+to)\s+"
    r"my\b|\b(?:hacked|accessed|accessing|access|reading|read|took\s+over|taken\s+over)\s+my\s+"
    r"(?:\w+\s+)?(?:email|emails|account|accounts|instagram|insta|facebook|icloud|whatsapp|"
    r"messages|phone|snapchat|telegram|find\s+my)\b"
)
_EX_OR_PARTNER = (
    r"\b(?:ex|exs|former\s+(?:partner|husband|wife|boyfriend|girlfriend)|left\s+(?:him|her)|"
    r"escaped|fled|husband|boyfriend|partner)\b"
)
# Knows where the writer is: a photo of the new front door, waiting outside.
_FOUND_WHERE = (
    r"\b(?:photo|picture|pic|video)\s+of\s+(?:my|our|the)\s+(?:new\s+)?(?:front\s+door|door|"
    r"house|flat|home|street|building|block|car|window)\b|\bknows?\s+(?:where\s+(?:i|we)\s+"
    r"(?:live|am|are|work|will\s+be|stay)|which\s+(?:weekend|day|night|hotel)|my\s+(?:new\s+)?"
    r"address)\b|\b(?:will\s+be|is|be)\s+waiting\s+(?:outside|for\s+me)\b"
)

# Searches for a lethal dose, and the searcher shut away now.
_SEARCHED = r"\b(?:search\w*|googl\w*|looked\s+up|looking\s+up|browser|history)\b"
_LETHAL_DOSE = (
    r"\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}(?:it\s+takes|to\s+(?:die|kill|overdose|od)|is\s+"
    r"(?:fatal|lethal))\b|\blethal\s+dose\b|\bhow\s+to\s+(?:kill\s+(?:yourself|himself|herself)|"
    r"hang|end\s+it)\b|\bpainless\s+(?:way|death)\b"
)
_SHUT_AWAY = (
    r"\blocked\s+(?:himself|herself|themselves|themself)\s+in\b|\bwill\s+not\s+(?:open|come\s+"
    r"out|answer)\b|\bnot\s+answering\b|\b(?:has\s+)?gone\s+out\b|\bmissing\b"
)
_STUDY = r"\b(?:assignment|essay|revis\w*|homework|course|exam|pharmacology|nursing|module)\b"

# A chat, post or stream with a weapon meant for a gathering or the police.
_POSTED = (
    r"\b(?:group\s+chat|chat|posted|posting|posts|live\s*-?\s*stream\w*|streaming|channel|"
    r"tweet\w*|on\s+(?:facebook|tiktok|telegram|snap\w*|insta\w*|twitter|whatsapp|discord))\b"
)
_WEAPON = r"\b(?:machetes?|knife|knives|guns?|bomb|explosives?|petrol|acid|blades?|firearms?)\b"
_FOR_THEM = (
    r"\b(?:sort\s+out|attack|hurt|blow\s+up|bomb|do\s+over|teach\s+\w+\s+a\s+lesson|got\s+an?\s+"
    r"\w+\s+for|for\s+the\s+(?:police|assembly|council|town\s+hall)|planning\s+to\s+go)\b"
)
_GATHERING = r"\b(?:town\s+hall|assembly|police|meeting|council|mosque|church|synagogue)\b"
_A_TALK = (
    r"\b(?:talk|session|workshop|presentation|awareness|amnesty|campaign|knife\s+crime|"
    r"statistics|surrender|film|documentary|news|article)\b"
)

# A tracking tag found on someone who fled, with the one they fled looking.
_TAG_FOUND = (
    r"\b(?:tile|airtag|air\s+tag|tracker|tracking\s+(?:tag|device)|gps\s+tag|smart\s*tag)\s+"
    r"(?:tag\s+)?(?:on|in|under|inside|hidden\s+in|stuck\s+to)\b"
)
_LOOKED_FOR = (
    r"\b(?:escaped|fled|ran\s+from|got\s+away\s+from|left)\b[^.!?]{0,40}\b(?:looking|searching|"
    r"hunting)\s+for\b|\b(?:terrified|frightened|scared|afraid)\b"
)

# Advertised online, the money taken, no way out.
_ADVERTISED = (
    r"\b(?:ads?|adverts?|advertisements?|listings?|profiles?|pictures|photos|pics)\s+of\s+"
    r"(?:her|me|them|him)\s+(?:online|on\s+(?:\w+\s+)?(?:sites?|websites?|apps?))\b|"
    r"\badvertis\w*\s+(?:her|me|them|him)\s+online\b"
)
_KEPT_AT_IT = (
    r"\btakes?\s+(?:all\s+)?(?:the|her|my|their|his)\s+money\b|\b(?:can\s+not|cannot|not\s+"
    r"allowed\s+to|will\s+not\s+let\s+(?:her|me|them|him))\s+leave\b|\bhas\s+(?:her|me|them|him)"
    r"\s+working\b"
)

# Set up online to meet an older stranger: a train tonight, the park at midnight, a bag packed.
_TO_MEET = (
    r"\bto\s+meet\s+(?:him|her|them|up)\b|\bmeet\s+(?:him|her|them|me)\s+(?:tonight|at|in)\b|"
    r"\b(?:come|sneak)\s+out\s+to\b|\bat\s+midnight\b|\bpack\w*\s+a\s+bag\b|\bnot\s+(?:to\s+)?"
    r"(?:wake|tell)\s+(?:us|anyone|his|her|their|me)\b|"
    # gone to see the "friend" now, or riding with them: "going to see a friend from roblox",
    # "in an uber with some men she met on instagram"
    r"\b(?:going|gone|went|left|off)\s+to\s+(?:see|meet)\s+(?:a|an|this|some|her|his|their)\s+"
    r"(?:\w+\s+)?(?:friend|mate|man|men|guy|boy|lad|girl|boyfriend|girlfriend)s?\b|"
    r"\b(?:is|are|got|get|getting|gone|went)\s+(?:in|into)\s+(?:an?|the|their|his)\s+(?:uber|"
    r"taxi|cab|car|van)\s+with\b"
)

# A carer or relative in the banking app, with a threat not to tell.
_IN_MY_BANKING = (
    r"\b(?:using|uses|used|into|in|access\w*|logged\s+into)\s+my\s+(?:online\s+)?(?:banking|bank)"
    r"(?:\s+(?:app|account|card))?\b|\bmy\s+online\s+banking\b"
)
_MONEY_GOING = (
    r"\bmoney\s+(?:goes|going|went|keeps\s+going|disappear\w*|missing|taken)\b|\bmoney\s+\w+\s+"
    r"out\b"
)
_TOLD_NOT_TO_TELL = (
    r"\bif\s+i\s+tell\b|\bnot\s+to\s+tell\b|\b(?:stop|stops)\s+coming\b|\bleave\s+me\b"
)

# A goodbye posted online, with the poster out of reach or up high.
_POSTED_ON = (
    r"\b(?:posted|posts|put|wrote|shared)\s+(?:on|in)\s+(?:his|her|their|my)\s+(?:story|status|"
    r"snap\w*|insta\w*|facebook|tiktok|twitter|page|feed)\b|\bposted\b"
)
_LAST_POST = (
    r"\blast\s+(?:thing|post|message|video|photo|time)\s+(?:i\s+will|ill|im\s+going\s+to|i\s+am"
    r"\s+going\s+to|you\s+will)\b|\b(?:goodbye|good\s+bye|farewell)\s+(?:to\s+)?(?:everyone|all|"
    r"every\s*body)\b|\bsorry\s+for\s+everything\b"
)
_OUT_OF_REACH = (
    r"\b(?:nobody|no\s+one|noone)\s+can\s+(?:get\s+hold\s+of|reach|find|contact|get\s+through)\b|"
    r"\bnot\s+(?:answering|picking\s+up)\b|\btop\s+of\s+(?:the|a)\s+(?:multi\s*-?\s*stor\w+|car"
    r"\s+park|bridge|building|tower|cliff|block)\b|\broof\b"
)

# Away on a trip, for an operation or off the apps for a while: "goodbye to everyone, off to
# spain for a month", "last thing i will post before my op".
_AWAY = (
    r"\b(?:holiday|off\s+to|flight|plane|trip|travell?ing|abroad|festival|retreat|detox|"
    r"break|signing\s+off|logging\s+off|deleting\s+(?:the\s+)?(?:app|account)|op|operation|"
    r"surgery|before\s+(?:my|the|i|we)|for\s+a\s+(?:while|bit|week|month|few\s+\w+))\b"
)

ONLINE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a child sent by a stranger online to carry packages, gone now; not a delivery job
    "a child sent to carry packages by someone online": (
        "^(?!.*(?:"
        + _A_JOB
        + "))"
        + every_one_of(_A_CHILD, _A_STRANGER, _SENT_TO_CARRY, _GONE_NOW),
    ),
    # an older adult still on the phone to a scammer, money already gone; not caught in time
    "a phone scam going on now": (
        "^(?!.*(?:" + _CAUGHT_IN_TIME + "))" + every_one_of(_SCAM, _STILL_ON_IT, _ALREADY_SENT),
    ),
    # an ex in the writer's account, and knows where they are or will be waiting
    "found through an account broken into": (
        "^" + every_one_of(_INTO_MY_ACCOUNT, _EX_OR_PARTNER, _FOUND_WHERE),
    ),
    # searches for a lethal dose, the searcher shut away; not study
    "a lethal dose searched for": (
        "^(?!.*(?:" + _STUDY + "))" + every_one_of(_SEARCHED, _LETHAL_DOSE, _SHUT_AWAY),
    ),
    # a chat, post or stream with a weapon for the assembly, the police or the town hall
    "a weapon posted for a gathering": (
        "^(?!.*(?:"
        + _JOKING
        + "|"
        + _A_GAME
        + "|"
        + _A_TALK
        + "))"
        + every_one_of(_POSTED, _WEAPON, _FOR_THEM, _GATHERING),
    ),
    # a tracking tag on someone who fled and is looked for; not an AirTag on the keys
    "a tracking tag on someone who fled": ("^" + every_one_of(_TAG_FOUND, _LOOKED_FOR),),
    # advertised online, the money taken or no way to leave
    "advertised online and kept at it": ("^" + every_one_of(_ADVERTISED, _KEPT_AT_IT),),
    # a child messaged online by an older stranger, set up to meet
    "a child set up online to meet a stranger": (
        "^" + every_one_of(_A_CHILD, _A_STRANGER, _ONLINE, _TO_MEET),
    ),
    # a carer or relative in the banking app, money going, a threat not to tell
    "banking used with a threat not to tell": (
        "^" + every_one_of(_IN_MY_BANKING, _MONEY_GOING, _TOLD_NOT_TO_TELL),
    ),
    # a goodbye posted online, the poster out of reach or up high
    "a goodbye posted online": (
        "^(?!.*(?:" + _AWAY + "))" + every_one_of(_POSTED_ON, _LAST_POST, _OUT_OF_REACH),
    ),
}
