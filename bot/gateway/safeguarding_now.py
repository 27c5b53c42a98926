"""The English phrase net, part seven: the writer's state now, said briefly: distress or trauma
that a session has brought back, not expecting to be alive or around for the next session or on a
day named ("cancel payment. won't be alive Saturday"), and an alarm in a word or two (fear and a
plea, "shaking. scared. please someone", or in emoji, fear beside "not ok" ("not ok. scared."),
"not ok" said hard or twice ("not ok. really not ok. sorry"), or someone at the writer's home or
who has found them as one line of a thread: "he is in the garden", "he found us", or someone
feared let out, "no. he's out").

The assembly talks about stop and search, violence and the police, so a session can bring back
what happened to a member; what a safeguarding lead acts on is the state it has left them in
now (shaking, flashbacks, panic, not sleeping, not feeling real), not the session having been
hard ("intense but good"), so the two are read together. Nothing mattering by a date to come
("by next weekend none of this will matter") is read beside a last word passed on (an apology
sent through someone, thanks for being kind "at the end"), not beside an apology for missing the
quiz or thanks for kindness at the session; so is not being here on a day named beside love
passed on to the family ("won't be here saturday ... tell my mum I love her"), with no reason
for being away given. Not expecting to be around is often
said in a survey or a reminder answer ("3 - and tbh I don't think I'll be around for the next
one"); a member who will be away says why, so a hedged "not around" with no reason given, beside
a low rating or a "tbh", is read as a risk, and the same words with a wedding or a trip are not;
so is not being around or nothing mattering beside a means got ("sorted the rope already"), even
laughed off; not being here for the next one beside a loan waived ("don't worry about paying it
back"), and arrangements made, said bare, beside a place given up or a last thanks; not being
alive or around for what comes next beside it planned ("all planned"), jokes or no, unless a
holiday, a move or an operation is what is planned.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_veiled import _NOT_JOKING
from bot.gateway.safeguarding_words import every_one_of

# A session (or anything) bringing the past back: "brought it all back", "dragged up the night".
_BROUGHT_BACK = (
    r"\b(?:brought|brings|bringing|dragged|drags|dragging|stirred|stirs|raked|churned)\s+"
    r"(?:it\s+all|everything|all\s+of\s+it|all\s+that|(?:so\s+much|a\s+lot|loads)(?:\s+of\s+"
    r"(?:stuff|things))?|stuff|things|it|what\s+happened(?:\s+to\s+me)?|(?:the|my)\s+(?:night|day|"
    r"time|memories|trauma)\b[^.!?]{0,30}?)\s+(?:back|up)\b|\b(?:brought|brings|dragged)\s+(?:back|up)"
    r"\s+(?:what\s+happened|everything|all\s+of\s+it|the\s+(?:night|day|time|attack|assault|arrest)|"
    r"my\s+(?:trauma|ptsd))\b|\btriggered\s+(?:me|my\s+(?:ptsd|trauma))\b"
)
# The state it has left someone in now.
_DISTRESS_NOW = (
    r"\b(?:shaking|trembling|shaky|can\s+not\s+(?:sleep|stop|breathe|eat|calm\s+down|switch\s+off)|"
    r"have\s+not\s+slept|not\s+slept|crying|in\s+bits|in\s+pieces|panic\w*|nightmares|flashbacks|"
    r"reliving|numb|sick\s+to\s+my\s+stomach|falling\s+apart|not\s+(?:ok|okay|coping)|scared|"
    r"terrified|frightened|a\s+wreck|heart\s+(?:is\s+)?(?:pounding|racing))\b"
)
# A reason a member gives for being away, which makes "not around" a diary entry.
_AWAY_FOR_A_REASON = (
    r"(?<!not\s)\b(?:because|cos|as\s+i\s+am|as\s+we\s+are|since\s+i\s+am|wedding|holiday|hols|"
    r"away|abroad|working|work|shift|trip|moving|busy|visiting|appointment|exams?|graduation|"
    r"birthday|christening|funeral|operation|surgery|hospital|recovering|poorly|childcare|"
    r"travelling|in\s+(?:spain|france|italy|"
    r"poland|romania|pakistan|india|scotland|wales)|my\s+\w+s\s+\w+)\b"
)
# Not being around, hedged ("I don't think I'll be around for the next one"), or the next one
# not seen. Said bare ("not sure I'll be around for weekend 3") it is a diary note as often as
# not, and the classifier's to weigh; a low rating, a "tbh" or a last weekend beside it, with no
# reason given, makes it the writer's own news.
_HEDGED_NOT_AROUND = (
    r"\b(?:do\s+not\s+(?:think|expect|reckon)|not\s+sure|doubt|not\s+expecting)\s+(?:that\s+)?"
    r"(?:i\s+will|ill|i\s+would|id|i\s+am\s+going\s+to|to)\s+(?:still\s+)?be\s+(?:here|around)\s+"
    r"(?:for|by|at|on|to\s+see)\s+(?:the\s+)?(?:next|weekend\s+\d|another|that|then)\b|"
    r"\b(?:will\s+not|not\s+going\s+to)\s+see\s+the\s+next\s+(?:one|session|weekend)\b"
)
_SAID_AS_OWN_NEWS = (
    r"\b(?:tbh|honestly|to\s+be\s+honest|if\s+i\s+am\s+honest|truth\s+is|in\s+all\s+honesty)\b|"
    r"^\W*(?:rating\s*)?[12]\b|\bmy\s+last\s+(?:weekend|session|one)\b"
)
# Not planning to be around at all: not how a member who will be away puts it.
_NOT_PLANNING_TO_BE_AROUND = (
    r"\bdo\s+not\s+(?:plan|intend|expect)\s+(?:on|to)\s+(?:being|be)\s+(?:here|around)\s*(?:$|[.!,]|"
    r"for\s+(?:long|much\s+longer|the\s+next)|much\s+longer|by\s+then)"
)

# Nothing mattering by a date to come ("by next weekend none of this will matter"), and a last
# word passed on: an apology sent through someone, thanks for kindness "at the end".
_WILL_NOT_MATTER = (
    r"\b(?:none\s+of\s+(?:this|it|that)|nothing)\s+(?:will|is\s+going\s+to)\s+matter\b"
)
_LAST_THANKS = (
    r"\btell\s+(?:\w+\s+){1,3}(?:that\s+)?i\s+am\s+(?:so\s+)?sorry\s*(?:$|[.!,x]|and\b|for\s+"
    r"everything)|\bthank\s*(?:s|you)\s+(?:\w+\s+){0,2}for\s+(?:being\s+(?:so\s+)?(?:kind|good|"
    r"nice|lovely)\s+to\s+me)\b(?!\s+(?:today|yesterday|this\s+\w+|in|during|when|"
    r"about|on|after|with|at\s+the\s+(?!end\b)\w+|at\s+the\s+end\s+of)\b)|\bsorry\s+for\s+"
    r"everything\b"
)

# Not being around, or nothing mattering, said plainly, and a means got ("sorted the rope
# already", "ordered the charcoal"): a plan, read even when laughed off; not beside a reason for
# being away, nor a rope or tablets got for something ("for the climbing wall", "from the
# chemist").
_NOT_AROUND_OR_NOT_MATTERING = (
    r"\b(?:will\s+not|not\s+going\s+to)\s+(?:still\s+)?be\s+(?:here|around|alive)\b|"
    r"\b(?:will\s+not|is\s+not\s+going\s+to)\s+matter\b|" + _WILL_NOT_MATTER
)
_MEANS_GOT = (
    r"\b(?:sorted|got|bought|ordered|picked\s+up|found|saved\s+up|stocked\s+up\s+on)\s+"
    r"(?:out\s+)?(?:the|a|some|my|enough)\s+(?:\w+\s+)?(?:rope|noose|pills|tablets|paracetamol|"
    r"painkillers|blades?|razors?|charcoal|helium)\b(?!\s+(?:\w+\s+)?(?:for|from|swing|ladder|"
    r"lights|course|prescription|repeat)\b)"
)
# Not being here on a day named ("won't be here saturday"), and love passed on to the writer's
# family through the reader ("tell my mum I love her"), a last word beside it.
_ON_A_DAY = (
    r"(?:on\s+|by\s+|for\s+|this\s+|next\s+|come\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day|tomorrow|the\s+weekend)\b"
)
_NOT_HERE_ON_A_DAY = r"\b(?:will\s+not|not\s+going\s+to)\s+be\s+(?:here|around)\s+" + _ON_A_DAY
# Not being alive on a day named, said by the writer ("cancel payment. won't be alive saturday",
# the "I" dropped); not a plant or a battery that will not last till then.
_NOT_ALIVE_ON_A_DAY = (
    r"(?:^|[.!?,;]\s*|\bi\s+)(?:will\s+not|am\s+not\s+going\s+to|not\s+going\s+to)\s+"
    r"(?:still\s+)?be\s+alive\s+" + _ON_A_DAY
)
_LOVE_PASSED_ON = (
    r"\btell\s+(?:my|our)\s+(?:\w+\s+){1,2}(?:that\s+)?i\s+love\s+(?:her|him|them)\b|"
    r"\bsorry\s+for\s+everything\b"
)
# Not here for the next one, with a debt waived ("don't worry about paying it back"); and
# arrangements made, said bare, beside a place given up or a last thanks.
_NOT_HERE_FOR_THE_NEXT = (
    r"\b(?:will\s+not|not\s+going\s+to)\s+(?:still\s+)?be\s+(?:here|around)\s+(?:for|at|by|to\s+"
    r"see)\s+(?:the\s+)?next\b"
)
_DEBT_WAIVED = (
    r"\b(?:do\s+not|no\s+need\s+to|you\s+do\s+not\s+(?:need|have)\s+to|never\s+mind)\s+"
    r"(?:worry\s+about\s+)?(?:paying|pay)\s+(?:it|me|that|them)\s+back\b|\bkeep\s+the\s+"
    r"(?:money|refund|expenses)\b"
)
_NOT_HERE_AND_A_LOAN_WAIVED = every_one_of(_NOT_HERE_FOR_THE_NEXT, _DEBT_WAIVED)
_ARRANGEMENTS_MADE = (
    r"\b(?:i\s+have|have|all)\s+(?:made|sorted|put\s+in\s+place)\s+(?:all\s+)?(?:my|the)\s+"
    r"(?:own\s+|final\s+)?arrangements\b(?!\s+(?:for|to|with|at|so)\b)"
)
_PLACE_GIVEN_UP = r"\bgive\s+my\s+(?:place|seat|spot)\s+(?:\w+\s+){0,2}?to\b|" + _LAST_THANKS

# Fear or panic in a word or an emoji, and a plea for someone; a whole message of nothing else
# ("shaking. scared. please someone", "😰😰😰 help"). Laughing emoji, and any word but these
# ("help this bus"), make it something else, and "help" alone still asks for the menu.
_FEAR_WORD = (
    r"(?:\b(?:scared|terrified|frightened|petrified|shaking|trembling|panicking|panic|can\s+not\s+"
    r"breathe|crying|alone)\b|[😰😱😨😧😖😣😥🥺])"
)
_PLEA = (
    r"(?:\bplease\s+(?:someone|anyone|somebody|help)\b|\b(?:someone|anyone|somebody)\b|\bhelp\b|"
    r"🆘)"
)
_WORDS_OF_FEAR = (
    r"\b(?:i\s+am|i|so|really|very|scared|terrified|frightened|petrified|shaking|trembling|"
    r"panicking|panic|can\s+not\s+breathe|crying|alone|please|someone|anyone|somebody|help|me|now|"
    r"sos|here)\b"
)
_FEW_WORDS_OF_FEAR = rf"(?:\W|{_WORDS_OF_FEAR})*"
# Not being ok, said beside fear and nothing else: "not ok. scared."
_NOT_OK = r"\bnot\s+(?:ok|okay|alright|all\s+right|good|safe)\b"
# Not being ok said hard, with nothing else: "really not ok", or twice ("not ok. really not ok.
# sorry"), with no more than an apology, a plea or "i am" around it.
_NOT_OK_SAID_HARD = (
    r"(?:\b(?:really|so|very|honestly|properly|genuinely|totally|seriously)\s+"
    + _NOT_OK
    + r"|"
    + _NOT_OK
    + r".*"
    + _NOT_OK
    + r")"
)
_WORDS_AROUND_NOT_OK = (
    r"\b(?:i\s+am|i|am|really|so|very|honestly|properly|genuinely|totally|seriously|just|"
    r"at\s+all|sorry|please|help|me|now|tonight|right\s+now|x+)\b"
)

# Someone at the writer's home, said as one line of a thread: "he is in the garden", "outside
# his door now", "they come back. scared". The whole message is the person and the place (a
# home's, with "now" or "again", when no one is named: "outside the door now" is a member come
# to the venue), or someone back with a word of fear; any word more ("doing the weeds", "he is
# letting me in", "tomorrow") makes it everyday news.
_SOMEONE = (
    r"(?:he|she|they|someone|somebody|a\s+man|that\s+man|the\s+man|my\s+ex|them|those\s+men|"
    r"the\s+men)"
)
_BY = r"(?:outside|in|at|by|round|near|under|behind)\s+"
_HOME_PLACE = (
    r"\s+(?:front\s+|back\s+|bedroom\s+|kitchen\s+)?(?:door|garden|window|gate|hallway|stairs|"
    r"stairwell|landing|drive|driveway|house|flat)"
)
_BY_THE_HOME = _BY + r"(?:the|my|our|his|her)" + _HOME_PLACE
_BY_SOMEONES_HOME = _BY + r"(?:my|our|his|her)" + _HOME_PLACE
_STILL_THERE = r"(?:\s+(?:again|now|still|right\s+now))"
_FEAR_ONLY = (
    r"(?:\W+(?:i\s+am\s+)?(?:so\s+|really\s+)?(?:scared|terrified|frightened|petrified|help))"
)
_THERE_NOW = (
    rf"^(?:(?:oh\s+no|quick|omg)\W+)?(?:{_SOMEONE}\s+(?:is|are)\s+(?:still\s+|back\s+|now\s+)?"
    rf"{_BY_THE_HOME}{_STILL_THERE}*|{_BY_SOMEONES_HOME}{_STILL_THERE}+){_FEAR_ONLY}*\W*$"
)
_BACK_AND_AFRAID = (
    rf"^{_SOMEONE}\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:come|came|comes|coming)?\s*back"
    rf"{_STILL_THERE}?{_FEAR_ONLY}+\W*$"
)

# Not being alive or around for something to come, and it planned ("won't be around to read the
# report, I've made my plans for after the last session"; "wont b alive nxt wk lol ... all
# planned"), jokes or no; not a holiday, a move or an operation planned.
_GONE_BY_THEN = (
    r"\b(?:will\s+not|not\s+going\s+to)\s+(?:still\s+)?be\s+(?:around|alive|here)\s+(?:to|for|"
    r"next|nxt|by|after|when|on)\b"
)
_PLANNED = (
    r"\b(?:(?:i\s+have|have|i\s+have\s+got)\s+(?:made|got)\s+(?:my|the)\s+plans?\s+for\s+after|"
    r"(?:all|it\s+is\s+all|everything\s+is)\s+planned)\b"
)
_AWAY_PLANNED = (
    r"\b(?:holiday|hols|abroad|moving|emigrat\w+|retir\w+|new\s+job|trip|travelling|flights?|"
    r"wedding|surgery|operation|hospital|baby|due)\b"
)

NOW_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # the past brought back, and the state it has left the writer in now
    "distress brought back": (
        r"^(?=.*(?:" + _BROUGHT_BACK + r"))(?=.*" + _DISTRESS_NOW + r")" + _NOT_JOKING,
        r"\b(?:having|get|getting|keep\s+having|had|been\s+having)\s+flashbacks\b(?!\s+to\s+(?:my\s+)?"
        r"(?:school|uni|college|student|childhood|the\s+(?:\d+s|old\s+days)))" + _NOT_JOKING,
        r"\bnightmares\s+(?:are|have)\s+(?:\w+\s+)?(?:back|come\s+back|started\s+again)\b|\b(?:wake|"
        r"woke|waking)\s+up\s+(?:screaming|sobbing|shaking|in\s+a\s+panic|drenched)\b"
        + _NOT_JOKING,
        r"\b(?:keep|kept|been|i\s+am)\s+reliving\s+(?:it|what|the\s+(?:night|day|attack|assault|"
        r"moment|arrest))\b|\bkeep\s+seeing\s+(?:his|her|their)\s+face\b(?!.{0,30}\b(?:posters?|"
        r"telly|tv|news|ads?)\b)" + _NOT_JOKING,
        r"\bi\s+am\s+(?:still\s+)?(?:shaking|trembling)\b(?!\s+(?:with|from)\s+(?:the\s+)?(?:cold|"
        r"laughter|laughing|excitement|anger|rage|hunger))(?!.{0,40}\b(?:excited|cold|freezing)\b)"
        + _NOT_JOKING,
        # dissociation: not in one's body, nothing real
        r"\b(?:not\s+in\s+my\s+(?:own\s+)?body|outside\s+(?:of\s+)?my\s+(?:own\s+)?body|nothing\s+"
        r"(?:feels|seems|is)\s+real|(?:i\s+am|i\s+keep|keep|been)\s+dissociating|like\s+i\s+am\s+"
        r"watching\s+myself|everything\s+feels\s+(?:unreal|far\s+away))\b" + _NOT_JOKING,
        # panic in the body: breath that will not come, a pounding heart, with no exertion named
        r"\b(?:can\s+not|could\s+not|struggling\s+to)\s+(?:catch\s+my\s+breath|breathe\s+properly|"
        r"get\s+my\s+breath)\b(?!.{0,40}\b(?:stairs|hill|running|ran|laugh\w*|climb\w*|rushing|rushed|"
        r"cycling|gym|cough\w*|asthma|hay\s*fever)\b)",
        r"^(?=.*\bheart\s+(?:is\s+)?(?:pounding|racing|thumping)\b)(?=.*\b(?:can\s+not\s+(?:breathe|"
        r"catch)|shaking|panic\w*|hiding|scared|terrified|frightened)\b)",
    ),
    # not expecting to be alive, or around with no reason given, for the next session or date
    "not expecting to be around": (
        r"\b(?:will\s+not|not\s+going\s+to|(?:do\s+not\s+(?:think|expect|reckon)|doubt|not\s+sure|not\s+"
        r"expecting)\s+(?:that\s+)?(?:i\s+will|ill|i\s+would|id|to))\s+(?:still\s+)?be\s+(?:alive|living|"
        r"breathing)\s*(?:for|by|at|to\s+see|when|after|any\s+more|$|[.!,])" + _NOT_JOKING,
        r"\bwill\s+not\s+be\s+living\s+any\s+more\b|\blive\s+to\s+see\s+the\s+next\b",
        _NOT_ALIVE_ON_A_DAY + _NOT_JOKING,
        r"^(?!.*"
        + _AWAY_FOR_A_REASON
        + r")(?=.*(?:"
        + _HEDGED_NOT_AROUND
        + r"))(?=.*(?:"
        + _SAID_AS_OWN_NEWS
        + r"))",
        r"^(?!.*" + _AWAY_FOR_A_REASON + r")(?=.*" + _NOT_PLANNING_TO_BE_AROUND + r")",
        r"\b(?:there\s+will|not\s+sure\s+there\s+will)\s+(?:still\s+)?be\s+a\s+me\b",
        # a diary reason disowned: "not because of the trains", "not in a travel way"
        r"\b(?:make\s+it|be\s+(?:around|here|there))\b.{0,60}\b(?:not\s+because\s+of\s+(?:the\s+)?"
        r"(?:trains?|travel|bus|buses|work|diary|timetable|transport)|not\s+in\s+(?:a|the)\s+(?:travel|"
        r"diary|calendar|transport|holiday)\s+(?:way|sense))\b",
        r"\b(?:probably|maybe|might\s+be|will\s+be|going\s+to\s+be|could\s+be)\s+(?:the|my)\s+last\s+"
        r"thing\s+i\s+(?:ever\s+)?do\s*(?:$|[.!,])",
        # nothing mattering by a date to come, with a last word passed on
        r"^(?=.*" + _WILL_NOT_MATTER + r")(?=.*(?:" + _LAST_THANKS + r"))" + _NOT_JOKING,
        # not around or nothing mattering, with a means got, jokes or no
        r"^(?!.*"
        + _AWAY_FOR_A_REASON
        + r")"
        + every_one_of(_NOT_AROUND_OR_NOT_MATTERING, _MEANS_GOT),
        # not here on a day named, with no reason, and love passed on to the family
        r"^(?!.*"
        + _AWAY_FOR_A_REASON
        + r")(?=.*"
        + _NOT_HERE_ON_A_DAY
        + r")(?=.*"
        + _LOVE_PASSED_ON
        + r")",
        # not here for the next one, with a debt waived; arrangements made, and a place given
        # up or a last thanks
        r"^(?!.*" + _AWAY_FOR_A_REASON + r")" + _NOT_HERE_AND_A_LOAN_WAIVED,
        r"^(?!.*"
        + _AWAY_FOR_A_REASON
        + r")"
        + every_one_of(_ARRANGEMENTS_MADE, _PLACE_GIVEN_UP)
        + _NOT_JOKING,
    ),
    # an alarm in a word or two: the whole message is a call for help, fear, or someone arriving.
    # "help" and "help me" alone (with "please" after, or a "?") are how members ask what the
    # assistant does, and "help with my claim" asks for that: the channel's HELP keyword. A plea
    # ("please help", "help me now", "someone help"), fear or "not safe" as the whole message,
    # or someone at the door, asks for more, and a crisis text sent to someone who only wanted
    # the menu costs less than a plea left unanswered.
    "alarm": (
        r"^(?:please\s+help(?:\s+me)?(?:\s+(?:now|quick|quickly|please|someone|asap))?|help\s+me\s+"
        r"(?:please|now|quick|quickly|asap)|sos|s\s+o\s+s|someone\s+help(?:\s+me)?|help\s+help)\W*$|"
        r"^i\s+am\s+hiding\W*$|^(?:i\s+am\s+)?(?:so\s+|really\s+|very\s+)?(?:scared|frightened|"
        r"terrified|petrified)(?:\W+please)?\W*$",
        r"^(?:he|she|they|my\s+ex)\s+(?:is|are)\s+(?:\w+\s+)?(?:outside|at)\s+(?:the|my|our)\s+"
        r"(?:window|door|flat|house|front\s+door|back\s+door)\W*$",
        r"^(?:oh\s+no\W+)?(?:he|she|they|my\s+ex)\s+(?:has\s+|have\s+)?found\s+(?:me|us)"
        rf"(?:\s+again)?{_FEAR_ONLY}*\W*$",
        r"^(?:oh\s+no\s+|can\s+not\s+talk\W*|quick\W*)?(?:he|she|they|my\s+ex)\s+(?:is|are)\s+(?:here|"
        r"back|coming|outside|at\s+the\s+door)(?:\s+again)?(?:\W+(?:please|help(?:\s+me)?))?\W*$|"
        r"^(?:he\s+is\s+|she\s+is\s+|they\s+are\s+)?on\s+(?:his|her|their)\s+way(?:\s+(?:back|here|"
        r"over|round))?\W*$|^(?:i\s+)?need\s+help\s+(?:now|quick|please)\W*$|^sos\s+please\W*$|"
        r"\b(?:he|she|they)\s+(?:is|are)\s+coming\s+(?:up\s+the\s+stairs|for\s+me|after\s+me|through"
        r"\s+the\s+door|in\s+(?:the\s+)?(?:house|door|window|flat))",
        # someone feared let out, as the whole answer: "no. he's out", "he's out of prison"
        r"^(?:no\W+|oh\s+no\W+)?(?:he|she|my\s+ex|my\s+(?:husband|dad|stepdad|brother|partner))"
        r"\s+is\s+out(?:\s+(?:of\s+(?:prison|jail)|again|early))?(?:\s+again)?\W*$",
        r"\bcall\s+(?:someone|999|the\s+police|an\s+ambulance)\s+please\b|\bplease\s+(?:someone\s+)?"
        r"call\s+(?:someone|999|the\s+police|an\s+ambulance)\b",
        # fear or panic in a few words or emoji, with a plea, as the whole message
        r"^(?!.*[😂🤣😆😅😹])(?=.*"
        + _FEAR_WORD
        + r")(?=.*"
        + _PLEA
        + r")"
        + _FEW_WORDS_OF_FEAR
        + r"$",
        # "not ok" beside a word of fear, and nothing else: "not ok. scared."
        r"^(?!.*[😂🤣😆😅😹])(?=.*"
        + _FEAR_WORD
        + r")(?=.*"
        + _NOT_OK
        + r")(?:\W|"
        + _NOT_OK
        + r"|"
        + _WORDS_OF_FEAR
        + r")*$",
        # "not ok" said hard or twice, and no more: "not ok. really not ok. sorry"
        r"^(?!.*[😂🤣😆😅😹])(?=.*"
        + _NOT_OK_SAID_HARD
        + r")(?:\W|"
        + _NOT_OK
        + r"|"
        + _WORDS_AROUND_NOT_OK
        + r")*$",
        # "not safe" as a sentence of its own; not "not safe to leave bikes outside"
        r"(?:^|[.!?]\s*)(?:i\s+am\s+)?(?:not\s+safe|unsafe)(?:\s+(?:here|now|at\s+home|tonight|any\s+"
        r"more))?\s*(?:[.!?]|$)",
        r"^(?:please\s+)?(?:come|get\s+here|hurry)\s+(?:quick|quickly|now|fast|please)(?:\s+please)?\W*$",
        # a code word agreed for sending help; the police sent to the writer's home
        r"\b(?:code|safe)\s*words?\b.{0,120}\b(?:police|999|help\s+me|come\s+(?:and\s+)?get\s+me|"
        r"not\s+safe|i\s+am\s+in\s+danger)\b",
        r"\b(?:call|ring|send)\s+the\s+police\s+(?:to|round\s+to|round)\s+my\s+(?:flat|house|home|"
        r"address)\b",
        _THERE_NOW,
        _BACK_AND_AFRAID,
    ),
    # not alive or around for what comes next, and it planned
    "gone by then, planned": (
        "^(?!.*" + _AWAY_PLANNED + ")" + every_one_of(_GONE_BY_THEN, _PLANNED),
    ),
}
