"""The English phrase net, part six: risks said in passing, as logistics or as a fact of life.

People at risk often tell it as an errand or an aside: a payment or a pet passed on because they
"won't be needing it", a date picked, "nice knowing them", whether a payment is made after a death
"asking for me", being "still alive" or "still here" by Saturday; any two of affairs put in order,
a pet left with a neighbour and "if you don't hear from me, it's not your fault"; a goodbye said
at a bridge, a reservoir or a river, or a goodbye sent and the phone or the location off since
or the sender not picking up now, a plea not to be
looked for ("don't try and find me"), or a means named beside a bare goodbye ("garage. rope.
sorry for everything") (unless a trip, a move, a stay in hospital or an outing accounts for it);
an overdose named as a quantity of tablets taken (one's own or someone else's) or as "took the
lot" and a goodbye, or counted out for when no one is home or got ready while the house goes to
bed; being watched (receipts hidden, a phone checked, only allowed to reply while he is out of the
room, a threat "if I tell"); a favour asked for in place of rent; a child with no food and the
power off, a teenager not home for days or missing since a day named (not found since), or not
home tonight (named or as an emoji, "👧🏽 not home since school") with two of 11pm or the small
hours, a phone off, nobody knowing where and a parent frantic (not one who has texted or is at a
friend's); a family fleeing home tonight, no place to sleep
tonight; someone
moved away from a man still looking for them; a payment or a pet passed on "after I'm gone"; an
unnamed box of something swallowed, or sedatives with drink; contact that must be hidden from him;
pay and papers held by an employer; a child told to keep a grown-up's secret, or to be taken
abroad for good; asides that only make sense from someone at risk (a false finish time to get away
from him, the refuge, who the writer messages checked, a cover story with the truth after it, a
bridge looked at, the top of a car park gone up to with no reason said, sedatives with drink).
Each entry is a kind and the few shapes it is said in; text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import KNOWN_TO_BE_AWAY
from bot.gateway.safeguarding_harm import _CHILD
from bot.gateway.safeguarding_self import _ERRAND_WITH_A_REASON, NOT_CARRIED_FOR_SOMEONE
from bot.gateway.safeguarding_unmet import NOT_AT_HOME
from bot.gateway.safeguarding_words import any_two_of, every_one_of

_MEDS = (
    r"(?:\w+\s+)?(?:tablets|pills|paracetamol|painkillers|meds|medication|co\s*codamol|"
    r"ibuprofen|aspirin|antidepressants|insulin|tramadol|diazepam|sertraline|sleepers)\b"
)
_QUANTITY = (
    r"(?:all|the\s+lot|a\s+load|loads|a\s+lot|lots|a\s+bunch|a\s+handful|handfuls|a\s+whole\s+"
    r"(?:box|packet|bottle|strip|pack)|\d{2,}|twenty|thirty|forty|a\s+(?:box|packet|bottle|"
    r"strip|pack)|(?:two|three|four|\d)\s+(?:boxes|packets|bottles|strips|packs)|too\s+many|"
    r"every\s+one)"
)
# Drugs that slow breathing, deadly with drink.
_SEDATIVES = (
    r"(?:diazepam|valium|zopiclone|sleeping\s+(?:pills|tablets)|sleepers|tramadol|codeine|"
    r"co\s*codamol|pregabalin|gabapentin|morphine|oxycodone|temazepam|methadone)"
)
_ALCOHOL = r"(?:vodka|wine|gin|whisky|whiskey|rum|alcohol|spirits|cider|brandy|booze)"
# A dose taken as prescribed, or for an everyday ache.
_AS_PRESCRIBED = (
    r"(?!.{0,40}\b(?:for\s+(?:today|the\s+day|my\s+(?:head|cold|back|tooth|period|cramps|"
    r"migraine)|a\s+(?:headache|cold|migraine)|the\s+(?:pain|flu|cold))|this\s+morning\s+as|"
    r"with\s+(?:breakfast|lunch|dinner|food|meals)|as\s+prescribed|on\s+time|to\s+the\s+(?:desk|"
    r"pharmacy|chemist)|morning,?\s+noon|noon\s+and\s+night|morning\s+and\s+night|(?:once|"
    r"twice|three\s+times|\d\s+times)\s+a\s+day|every\s+day|daily)\b)"
)
_RELATIVE = (
    r"(?:sister|brother|son|daughter|mum|dad|kids|children|partner|wife|husband|friend|gran|"
    r"nephew|niece|cousin|aunt|uncle)"
)
# Words of a joke told as a joke.
_NOT_JOKING = r"(?!.{0,60}(?:\blol\b|\bhaha\w*|\blmao\b|\bjk\b|😂|🤣|😆))"
_PARTNER = (
    r"(?:he|she|they|my\s+(?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|"
    r"mother\s+in\s+law|in\s+laws|dad|stepdad|family))"
)
_WATCHES = (
    r"(?:checks|checked|check|goes\s+through|went\s+through|reads|read|looks\s+through|monitors|"
    r"tracks|counts|searches)"
)

# Affairs put in order, a pet left in someone's care, and silence foretold with the blame taken
# off the reader: each an errand or a courtesy alone, a goodbye beside another of them, unless a
# trip, a move or a stay in hospital explains them.
_IN_ORDER = (
    r"\b(?:put|putting|got|getting|have|sorted|sorting)\s+(?:everything|all\s+my\s+\w+|my\s+"
    r"affairs|(?:my\s+)?things)\s+(?:\w+\s+)?in\s+order\b(?!\s+(?:to|on|in|at|for\s+(?:the|a|an))"
    r"\b)|\beverything\s+is\s+(?:now\s+|all\s+)?in\s+order\b(?!\s+(?:to|on|in|at|for|with)\b)|"
    r"\btied\s+up\s+(?:all\s+)?(?:the\s+|my\s+)?loose\s+ends\b"
)
_PET = r"(?:cats?|dogs?|pets?|rabbits?|budgies?|birds?|hamsters?|fish|tortoise|puppy|kitten)"
_LEFT_IN_CARE = (
    r"\b(?:sorted|arranged|left|given|gave|handed|passed)\s+(?:out\s+)?(?:my|the|our)\s+"
    rf"{_PET}\s+(?:with|to|over\s+to|on\s+to)\b|"
    rf"\b(?:my|the|our)\s+{_PET}\s+(?:is|are|will\s+be)\s+(?:going|staying|sorted)\s+"
    r"(?:to|with)\b|"
    rf"\basked\s+(?:\w+\s+){{1,3}}to\s+(?:take|have|look\s+after|keep)\s+(?:the|my|our)\s+"
    rf"{_PET}\b"
)
_SILENCE_FORETOLD = (
    r"\bif\s+(?:you|anyone|nobody|no\s+one)\s+(?:do\s+not|does\s+not|never|stop|can\s+not)\s+"
    r"(?:hear|hears|heard|get)\s+(?:from|hold\s+of)\s+me\b|(?:^|[.!?,]\s*)(?:and\s+)?(?:it\s+is|"
    r"it\s+was|it\s+will\s+be|none\s+of\s+(?:this|it)\s+is)\s+not\s+(?:your|anyones|anybodys)\s+"
    r"fault\s*(?:$|[.!,]|and\b)|\b(?:do\s+not|never)\s+blame\s+yoursel(?:f|ves)\b"
)
# What accounts for a goodbye, a silence or a pet handed on: a trip, a move, a stay in hospital,
# an outing to the river, a phone with no battery.
_ACCOUNTED_FOR = (
    r"(?:"
    + _ERRAND_WITH_A_REASON
    + r"|\b(?:flight|plane|flying|boarding|airport|trip|away\s+(?:for\s+the|on|at|in|with|until|"
    r"till|this|next)|visiting|staying\s+with|festival|"
    r"camping|signal|battery|charger|hospital|surgery|operation|night\s+shift|exams?|wedding|"
    r"leaving\s+do|retir\w*|emigrat\w*|(?:gone|went|going)\s+to\s+bed|see\s+you|meet(?:ing)?\s+"
    r"(?:you|up|at|there)|for\s+a\s+(?:walk|run|swim|paddle|picnic|stroll|jog|ride)|walk(?:ing)?"
    r"\s+the\s+dog|dog\s+walk|parkrun|litter\s+pick\w*|photos?|pictures?|views?|sunset|sunrise|"
    r"ducks|fishing|swimming|boat\w*|kayak\w*|running\s+late|late\s+for|traffic|stuck|queue|"
    r"cycl\w*|tour|ashes|scatter\w*|memorial|demolish\w*|knock\w*\s+(?:it\s+)?down|roadworks|"
    r"diversion)\b)"
)
_UNACCOUNTED_FOR = r"^(?!.*" + _ACCOUNTED_FOR + r")"
# Asking not to be looked for, as the last words of a sentence ("walking into the forest. don't
# try and find me"); not a game of hide and seek, a joke or a quiet day off.
_DO_NOT_LOOK_FOR_ME = (
    r"\b(?:do\s+not|no\s+one\s+(?:should|needs\s+to))\s+(?:(?:try|bother)\s+(?:and|to)\s+|"
    r"come\s+)?(?:find|look\w*\s+for|search\w*\s+for|come\s+after)\s+me\s*(?:x+\s*)?(?:$|[.!])"
)
_NOT_A_GAME_OR_A_DAY_OFF = (
    r"(?!.*(?:\b(?:hide\s+and\s+seek|hiding\s+place|seeker|game|lol|haha\w*|lmao|jk|retreat|"
    r"detox|offline|day\s+off|spa|nap|duvet|lie\s+in|can\s+not\s+make\s+it|not\s+coming\s+"
    r"(?:to|today|tonight|in))\b|😂|🤣))"
)
# A place to fall or drown from, and being at it, going to it or talked of going there; not a
# road, a club or a station named after one.
_AT_A_PLACE_TO_DIE = (
    r"\b(?:on|at|by|near|to|towards|off|over|from|(?:talk\w*|going\s+on|went\s+on|mention\w*|"
    r"on)\s+about)\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:bridge|reservoir|river|canal|cliffs?|"
    r"viaduct|quarry|railway|tracks|multi\s*storey|lake|dam)\b(?!\s+(?:road|rd|street|st|lane|"
    r"club|station|dogs|path|park|cafe|pub|meeting|night)\b)"
)
# A goodbye, or the end of bearing it, in the words of a last message.
_FAREWELL = (
    r"(?<!said\s)(?<!say\s)(?<!saying\s)(?<!waved\s)\b(?:good\s*bye|bye|farewell)\s+(?:all|"
    r"everyone|everybody|world|x+)\b|💔|\blove\s+you\s+all\b|\bsorry\s+for\s+everything\b|"
    r"\bforgive\s+me\b|\b(?:can\s+not|could\s+not)\s+(?:do\s+this|go\s+on|take\s+(?:it|this))\s+"
    r"any\s+more\b|\bthis\s+is\s+(?:it|the\s+end)\s*(?:$|[.!,])|\btell\s+(?:\w+\s+){1,3}"
    r"(?:that\s+)?i\s+love\s+(?:them|her|him|you)\b"
)
# A goodbye said in a text or a post, and the sender out of reach since (the phone off, no
# answer, the location hidden).
_GOODBYE_SENT = (
    r"\b(?:sent|texted|messaged|posted|wrote|left)\s+(?:\w+\s+){0,3}(?:goodbye|sorry\s+for\s+"
    r"everything|love\s+you\s+all)\b|\bsaying\s+sorry\s+for\s+everything\b"
)
_OUT_OF_REACH = (
    r"\b(?:phone\s+(?:is\s+|has\s+been\s+|has\s+|went\s+|goes\s+)?(?:now\s+|still\s+)?"
    r"(?:off|switched\s+off|turned\s+off|dead|(?:going\s+)?(?:straight\s+)?to\s+voicemail)|"
    r"(?:not|stopped|has\s+not\s+been)\s+(?:answering|picking\s+up|replying|responding)|"
    r"(?:now|since)\s+(?:he|she|they)\s+(?:will|would)\s+not\s+(?:answer|pick\s+up|reply|"
    r"respond)|"
    r"(?:can\s+not|could\s+not)\s+(?:reach|get\s+hold\s+of|get\s+through\s+to|find)\s+"
    r"(?:him|her|them)|no\s+one\s+(?:knows\s+where|has\s+heard\s+from))\b|"
    # where they are hidden: location sharing or the map turned off
    r"\b(?:turned|turning|turns)\s+(?:off\s+(?:her|his|their)\s+(?:location|find\s+my\s+\w+|"
    r"snap\s*map)|(?:her|his|their)\s+(?:location|find\s+my\s+\w+|snap\s*map)(?:\s+sharing)?"
    r"\s+off)\b|\b(?:location|snap\s*map)\s+(?:is\s+|has\s+been\s+)?(?:now\s+|still\s+)?"
    r"(?:turned\s+)?off\b"
)
# A means named bare and a last word said bare ("garage. rope. sorry for everything"): the
# apology or goodbye ends its sentence, not "sorry for everything being so late".
_A_MEANS = (
    r"\b(?:rope|noose|ligature|hose\s*pipe|exhaust|blades?|razors?|pills|tablets|paracetamol|"
    r"bridge|tracks|cliffs?|viaduct|the\s+(?:railway|edge|roof))\b"
)
_LAST_WORD = (
    r"\bsorry\s+for\s+everything\s*(?:x+\s*)?(?:$|[.!,]|i\s+love|love\s+you|forgive)|"
    r"\bforgive\s+me\W*(?:x+\W*)?$|\b(?:good\s*bye|farewell)\s+(?:all|everyone|everybody|"
    r"world)\b|\blove\s+you\s+all\s*(?:x+\s*)?(?:$|[.!])"
)

# Tablets got ready, and a house waited on to go to sleep or out; not a week's tablets sorted for
# someone, nor a bedtime waited for so as to watch something.
_TABLETS_READY = (
    r"\b(?:sorted|counted|saved|stockpiled|lined\s+up|laid\s+out|got\s+ready)\s+(?:out\s+|up\s+)?"
    r"(?:all\s+)?(?:the|my)\s+(?:pills|tablets|meds|medication|paracetamol|painkillers)\b"
    r"(?!\s+(?:for|into|in|out\s+for)\b)|\b(?:the|my)\s+(?:pills|tablets|meds|painkillers)\s+"
    r"(?:are\s+)?(?:all\s+)?(?:sorted|ready|counted|lined\s+up)(?:\s+(?:out|up))?\s*(?:[.!,]|$|"
    r"and|now|just)"
)
_HOUSE_ASLEEP = (
    r"\b(?:wait\w*\s+(?:for|until|till)|until|till|once)\s+(?:everyone|everybody|the\s+(?:kids|"
    r"children|house|family)|they|my\s+(?:\w+\s+)?(?:family|parents|mum|dad|husband|wife|"
    r"partner|flatmates?))\s+(?:to\s+)?(?:go\s+to\s+bed|goes\s+to\s+bed|(?:is|are|to\s+be)\s+"
    r"(?:asleep|in\s+bed|out)|(?:fall|falls)\s+asleep|(?:go|goes)\s+out)\b"
)
_BEDTIME_FOR_SOMETHING = (
    r"^(?!.*\b(?:so\s+(?:that\s+)?i\s+can|then\s+i\s+can|dosette|pill\s+(?:box|organi[sz]er)|"
    r"for\s+the\s+week|(?:nans|mums|dads|grans|grandads|his|her)\s+(?:pills|tablets|meds)|"
    r"watch|bath|relax)\b)"
)
# A high place gone up to with no reason said (not to park, for the view or the fireworks).
_UP_TO_THE_TOP = (
    r"\b(?:go|going|head|heading|walk|walking|climb|climbing)\s+(?:\w+\s+){0,2}?up\s+(?:to\s+)?"
    r"(?:the\s+)?top\s+(?:floor\s+|level\s+)?of\s+(?:the|a|that)\s+(?:\w+\s+)?(?:car\s*park|"
    r"multi\s*storey|tower\s+block|block\s+of\s+flats|block|building|bridge|cliffs?|flats)\s*"
    r"(?:after|later|tonight|now|afterwards|then)?\s*(?:x+\s*)?(?:[.!]|$)"
)
_PARKING = r"^(?!.*\b(?:(?:my|the|our)\s+(?:car|van|bike)\b(?!\s*park)|park(?:ed|ing)|ticket)\b)"
# A young person gone missing since a day named, and not found since.
_MISSING_SINCE = (
    r"\b(?:he|she|they)\s+(?:is|has|have|are)\s+(?:\w+\s+){0,2}?(?:been|gone|went)\s+missing\s+"
    r"(?:since|for)\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the\s+weekend|yesterday|last\s+night|days|\w+\s+days)\b"
)
_FOUND_SINCE = (
    r"^(?!.*\b(?:found|turned\s+up|(?<!not\s)(?:came|come|is|got)\s+(?:back|home)|back\s+now|"
    r"safe\s+now)\b)"
)
# A young person (named, or as an emoji: "👧🏽❓❓ not home since school") not home tonight, with
# two of: 11pm or the small hours, a phone off or going to voicemail, nobody knowing where, a
# parent frantic; not one who has texted, is at a friend's or is on the way.
_CHILD_OR_EMOJI = r"(?:" + _CHILD + r"|[👧👦🧒👶])"
_NOT_HOME_NOW = (
    r"\b(?:not|never)\s+(?:come|came|got|been|made\s+it)\s+(?:back\s+)?home\b|\bnot\s+"
    r"(?:back\s+)?home\s+(?:yet|since)\b|\bstill\s+not\s+(?:back|home|back\s+home)\b"
)
_SMALL_HOURS = (
    r"\b(?:(?:nearly|almost|gone|past|after|it\s+is|now)\W+(?:midnight|[1-4]\s*am|11\s*pm|"
    r"eleven\s+at\s+night|(?:one|two|three|four)\s+in\s+the\s+morning)|(?:middle|dead)\s+of\s+"
    r"the\s+night)\b"
)
_PHONE_OFF = (
    r"\b(?:phones?|mobiles?)\s+(?:is\s+|has\s+been\s+|keeps\s+|goes\s+|went\s+)?(?:going\s+)?"
    r"(?:straight\s+)?(?:to\s+voicemail|off|switched\s+off|turned\s+off|dead|not\s+ringing)\b|"
    r"\bnot\s+answering\s+(?:her|his|their)\s+(?:phone|mobile)\b|📵"
)
_NOBODY_KNOWS_WHERE = (
    r"\b(?:none\s+of\s+(?:her|his|their)\s+(?:friends|mates)|no\s+one|nobody|(?:her|his|their)\s+"
    r"(?:friends|mates)\s+do\s+not)\s+(?:\w+\s+)?(?:know|knows|no)\s+where\b|\b(?:no\s+one|"
    r"nobody|none\s+of\s+(?:her|his)\s+(?:friends|mates))\s+(?:has|have)\s+(?:seen|heard\s+from)"
    r"\s+(?:her|him)\b"
)
_FRANTIC = (
    r"\b(?:(?:going\s+)?out\s+of\s+my\s+mind|worried\s+sick|frantic|beside\s+myself)\b|[😰😱😨]"
)
_ACCOUNTED_FOR = (
    r"^(?!.*\b(?:(?:texted|messaged|rang|called|phoned)\s+(?:me|us|to\s+say)|on\s+(?:her|his|"
    r"their)\s+way|staying\s+(?:at|with)|sleepover|(?:she|he|they)\s+(?:is|are)\s+at|"
    r"typical|as\s+usual|lol)\b)"
)

VEILED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # things passed on or put in order as if for after a death; dates picked; goodbyes
    "affairs put in order": (
        r"\bwill\s+not\s+be\s+needing\s+(?:it|them|this|that|any\s+of\s+(?:it|this|them)|my\s+"
        r"\w+|the\s+\w+)\s+(?:after|once|from|beyond|much\s+longer|for\s+(?:much\s+)?longer|any\s+"
        r"more|where\s+i\s+am)\b(?!\s+all\b)",
        r"^(?=.*\b(?:sorted|organised|arranged|put\s+in\s+order|tied\s+up)\s+(?:out\s+)?"
        r"(?:everything|all\s+my\s+\w+|my\s+affairs)\s*(?:else\s*)?(?:out\s*)?\b)"
        r"(?=.*\b(?:last\s+thing|rehome|re\s+home|new\s+home\s+for|look\s+after\s+(?:her|him|"
        r"them)|who\s+(?:gets|will\s+get|should\s+have)|goes\s+to\s+my|go\s+to\s+my|have\s+my)\b)",
        r"\b(?:dies|died|die|dead|death|passes\s+away|not\s+around)\b.{0,80}\basking\s+for\s+"
        r"(?:me|myself|my\s+own|a\s+friend\s+(?:who\s+is\s+)?me)\b",
        r"^(?=.*\b(?:picked|chosen|chose|set|decided\s+on|fixed)\s+(?:the|a)\s+(?:date|day|time)"
        r"\s*(?:[.!,]|$))(?=.*\b(?:done\s+with\s+(?:all\s+of\s+)?(?:it|everything|life|this)|"
        r"(?:feels?|felt)\s+(?:so\s+)?(?:good|right|calm|peaceful|better|a\s+relief)\s+(?:to\s+"
        r"have|having)\s+decided|so\s+(?:that\s+)?i\s+do\s+not\s+let\s+(?:anyone|anybody|you|"
        r"them|everyone)\s+down|"
        r"had\s+enough|can\s+not\s+(?:do|take)\s+(?:this|it|any)|no\s+point|goodbye|tired\s+of\s+"
        r"(?:it|everything|life)|sorry\s+for\s+everything|then\s+it\s+(?:is|will\s+be)\s+(?:all\s+)?"
        r"(?:done|over|finished))\b)",
        r"\b(?:it\s+(?:was|has\s+been)|been)\s+(?:nice|good|lovely|great)\s+knowing\s+(?:you|"
        r"them|everyone|every\s+one|you\s+all|all\s+of\s+you)\b" + _NOT_JOKING,
        r"\b(?:if|whether|depends\s+(?:if|whether)|not\s+sure\s+if)\s+(?:i\s+(?:am|will|would)|ill)\s+"
        r"(?:still\s+)?(?:be\s+)?(?:still\s+)?(?:alive|breathing)\b(?!\s+after\s+(?:this|that|"
        r"the)\s+(?:week|day|commute|journey|shift|workout|run|marathon|session))" + _NOT_JOKING,
        # "if I'm still here by Saturday"; not "if I'm still here at 5" or "at the end"
        r"\bif\s+i\s+am\s+still\s+(?:here|around)\s+(?:by|come|next|then\b|in\s+(?:a|two|\d+)\s+"
        r"(?:days?|weeks?|months?)|on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|this\s+time\s+next)"
        + _NOT_JOKING,
        # everything given away already; not what a stall or a food bank gave away
        r"\b(?:everything|all\s+my\s+(?:things|stuff)|most\s+of\s+my\s+(?:things|stuff))\s+(?:is|has)\s+"
        r"(?:all\s+)?been\s+given\s+away\b(?!\s+(?:at|to\s+the|by\s+the|in\s+the|for\s+free))",
        # a friend gone quiet whose last words passed on a pet or the children
        r"^(?=.*\b(?:stopped|not|is\s+not|has\s+not\s+been)\s+(?:answering|replying|picking\s+up)\b)"
        r"(?=.*\b(?:look\s+after|take\s+care\s+of|feed)\s+(?:the|my)\s+(?:cats?|dogs?|pets?|kids|"
        r"children|boys|girls)\s+for\s+me\b)",
        # on a bridge, wanting only to talk
        r"^(?=.*\bi\s+am\s+(?:on|at|standing\s+on|sat\s+on|sitting\s+on)\s+(?:the|a)\s+(?:\w+\s+)?"
        r"bridge\b)(?=.*\b(?:(?:just\s+)?wanted\s+to\s+(?:talk|hear|say)|talk\s+to\s+(?:someone|"
        r"somebody|anyone)|goodbye|can\s+not\s+do\s+this)\b)",
        r"\b(?:make\s+it|be\s+(?:around|here|there))\b.{0,60}\bin\s+(?:any|every)\s+sense\b",
        r"(?:^|[.!,]\s*)not\s+(?:anything|anywhere|ever)\s+(?:any\s+more|again)\s*(?:[.!]|$)",
        # goodbye posts or a goodbye text ("sent me a goodbye text"); not before a flight or a
        # move, at a leaving do or in a card
        _UNACCOUNTED_FOR + r".*?\b(?:posting|posted|sent|sending|left|wrote|written|"
        r"writing)\s+(?:\w+\s+){0,3}goodbye\s+(?:\w+\s+)?(?:posts?|stuff|messages?|texts?|notes?|"
        r"letters?|things)\b(?!.{0,40}\bcard\b)",
        r"\b(?:better|easier|happier|less|fewer|simpler|calmer)\b.{0,40}\bif\s+i\s+(?:was|were)\s+"
        r"(?:not\s+(?:here|around|alive)|gone|dead)\b",
        r"\b(?:nothing\s+is|nothing\s+feels|nothing\s+seems)\s+worth\s+(?:it|living|anything|going"
        r"\s+on|the\s+effort)\b(?!\s+(?:at|for)\s+(?:that|this|the)\s+(?:price|money|cost))",
        r"\b(?:every(?:one|body)|every\s+one|they\s+all|all\s+of\s+them)\s+(?:hates|despises)\s+me"
        r"\b" + _NOT_JOKING,
        r"\b(?:throw|throwing|threw|chuck)\s+(?:herself|himself|themselves|myself)\s+(?:off|"
        r"under|in\s+front\s+of|from)\b",
        r"\b(?:go|going|walk|walking|head|heading|went)\s+(?:\w+\s+){0,3}(?:down\s+|up\s+)?to\s+"
        r"the\s+(?:railway|train)\s+(?:line|lines|tracks|bridge)\b",
        # belongings sorted so that no one else has to, after
        r"\b(?:sorting|sorted|clearing|cleared|tidying|tidied)\s+(?:out\s+)?(?:all\s+)?my\s+(?:things|"
        r"stuff|belongings|flat|room)\s+(?:out\s+)?so\s+(?:nobody|no\s+one|they|my\s+\w+)\s+"
        r"(?:has|have|will\s+not\s+have|does\s+not\s+have|do\s+not\s+have)\s+to\b",
        # a pet or a child passed on "if I'm not here after" a date
        r"\b(?:take|have|look\s+after|rehome|re\s+home|care\s+for)\s+my\s+(?:cat|dog|pets?|kids|"
        r"children|rabbit|bird)\b.{0,30}\bif\s+i\s+(?:am|was|were)\s+not\s+(?:here|around)\s+"
        r"(?:after|any\s+more|beyond|for\s+good)\b",
        # not being alive said as a matter of fact, for a form or a payment
        r"\b(?:i\s+am\s+not\s+going\s+to|i\s+will\s+not|i\s+might\s+not|i\s+may\s+not)\s+"
        r"(?:still\s+)?be\s+alive\b" + _NOT_JOKING,
        r"\bif\s+i\s+(?:was|were)\s+(?:not\s+(?:here|around|alive)|gone|dead)\b.{0,40}\b(?:better|"
        r"easier|happier|simpler|calmer)\s+for\s+(?:everyone|everybody|them|all|my\s+\w+)\b",
        # "I'm done" with a goodbye passed on through someone else
        r"^(?=.*\bi\s+am\s+(?:so\s+|just\s+|really\s+)?done\s*(?:[.!,]|$))(?=.*\b(?:tell|say|pass\s+"
        r"on)\b.{0,40}\bgoodbye\b)(?!.*\b(?:see\s+you|next\s+(?:time|year|week)|for\s+now)\b)",
        # "no point anymore" as a sentence of its own
        r"(?:^|[.!?]\s*)(?:there\s+is\s+|i\s+see\s+|just\s+)?no\s+point\s+(?:any\s+more|in\s+"
        r"anything)\s*(?:[.!]|$)",
        # any two of: affairs in order, a pet left in someone's care, silence foretold
        _UNACCOUNTED_FOR + any_two_of(_IN_ORDER, _LEFT_IN_CARE, _SILENCE_FORETOLD),
        # a high place and no reason the writer can give for being up there
        r"^(?=.*\bi\s+am\s+(?:up\s+)?on\s+(?:the|a|top\s+of\s+the)\s+(?:\w+\s+)?(?:bridge|roof|"
        r"cliff|ledge|viaduct|car\s+park)\b)(?=.*\b(?:(?:do\s+not|no\s+idea)\s+(?:know\s+)?(?:what|"
        r"why)\s+i\s+am\s+(?:doing\s+)?(?:up\s+)?(?:here|there)|looking\s+down|the\s+drop)\b)",
        # going up to the top of one, said bare
        _UNACCOUNTED_FOR + _PARKING + r".*" + _UP_TO_THE_TOP,
    ),
    # a goodbye said at a bridge, a reservoir or a river, or sent and then silence, or a plea
    # not to be looked for
    "a goodbye at the water or then silence": (
        _UNACCOUNTED_FOR + every_one_of(_FAREWELL, _AT_A_PLACE_TO_DIE),
        _UNACCOUNTED_FOR + every_one_of(_GOODBYE_SENT, _OUT_OF_REACH),
        # asking not to be looked for, with no trip, game or day off to account for it
        _UNACCOUNTED_FOR + _NOT_A_GAME_OR_A_DAY_OFF + r".*" + _DO_NOT_LOOK_FOR_ME,
    ),
    # a means named and a last word, each said bare
    "a means and a last word": (_UNACCOUNTED_FOR + every_one_of(_A_MEANS, _LAST_WORD),),
    # tablets taken in a quantity no one takes for an ache, or with a bottle of drink
    "overdose taken": (
        # "took the lot" as the whole of what is said, and a goodbye after it
        r"^\W*(?:i\s+(?:have\s+)?)?(?:just\s+)?(?:took|taken|swallowed|necked|downed)\s+(?:the\s+"
        r"(?:whole\s+)?lot|them\s+all|all\s+of\s+them)\s*[.!,]+\s*(?:\w+\s+){0,3}?(?:bye|goodbye|"
        r"sorry|love\s+you|forgive\s+me|night\s+night)\b",
        r"\b(?:took|taken|take|taking|swallowed|necked|downed|had)\s+"
        + _QUANTITY
        + r"\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+|their\s+)?"
        + _MEDS
        + NOT_CARRIED_FOR_SOMEONE
        + _AS_PRESCRIBED,
        r"\b(?:drank|drunk|downed|had|necked)\s+(?:a\s+|half\s+a\s+)?(?:whole\s+)?(?:bottle|litre|"
        r"load)\s+of\s+" + _ALCOHOL + r"\b.{0,60}\b(?:pills|tablets|meds|paracetamol|sleeping|"
        r"painkillers)\b",
        r"\bhow\s+many\s+(?:of\s+(?:my|these|the|her|his)\s+)?" + _MEDS + r"\s*(?:it\s+)?(?:would|"
        r"will|does|to)\s+(?:take|kill|be\s+enough)\b",
        r"\b(?:took|taken|swallowed|necked|downed)\s+(?:the|a)\s+(?:whole|entire|full)\s+(?:box|"
        r"packet|pack|bottle|strip|lot)\b(?!\s+(?:of\s+(?!pills|tablets|meds|paracetamol)\w+|to|"
        r"with|home|back|in|out|round|over|up|down|into)\b)",
        r"^(?=.*\b(?:drinking|drunk|drank|been\s+on\s+the|" + _ALCOHOL + r")\b)(?=.*\b(?:took|"
        r"taken|had|swallowed|necked)\s+(?:some|a\s+few|loads|a\s+load|more|extra|a\s+handful)\s+"
        r"(?:of\s+)?(?:my\s+|the\s+)?" + _SEDATIVES + r")",
        r"\b(?:kept|keeping|put\s+aside|putting\s+aside|held\s+on\s+to)\s+(?:\w+\s+){0,3}"
        r"(?:pills|tablets|meds|medication)\b.{0,30}\bprescriptions\b",
        r"\b(?:taken|took|had|swallowed)\s+something\b.{0,40}\b(?:will\s+not|can\s+not|not|is\s+"
        r"not)\s+(?:wake|waking|respond\w*|breathing|come\s+round)\b",
    ),
    # tablets counted out and to be taken at a set time, when no one will be there, by someone
    # who says they no longer need what is offered (not a dosette box for the week)
    "overdose planned": (
        r"^(?!.*\b(?:dosette|pill\s+(?:box|organi[sz]er)|blister\s+packs?|as\s+usual|every\s+"
        r"(?:night|day|morning)|with\s+(?:my\s+)?(?:tea|dinner|food|breakfast))\b)"
        r"(?=.*\b(?:tablets|pills|meds|medication|paracetamol|painkillers)\s+(?:\w+\s+){0,2}"
        r"(?:counted|lined|laid|set|sorted|saved)\s+(?:out|up)\b)"
        r"(?=.*\b(?:take|taking|swallow\w*)\s+(?:them|the\s+lot|them\s+all|all\s+of\s+them)\s+"
        r"(?:all\s+)?(?:tonight|later|today|when|once|while)\b)"
        r"(?=.*\b(?:do\s+not|will\s+not|would\s+not|wont)\s+need\s+(?:it|them|the\s+money|"
        r"that|anything)\s+(?:now|any\s*more|after)\b|.*\bwhen\s+(?:the\s+kids|the\s+"
        r"children|everyone|no\s*one|nobody)\s+(?:are|is|has|have)\s+(?:at|out|gone|away|"
        r"asleep)\b)",
        # tablets got ready, waiting for the house to go to bed
        _BEDTIME_FOR_SOMETHING + every_one_of(_TABLETS_READY, _HOUSE_ASLEEP),
    ),
    # being watched and kept quiet by a partner or family: hidden receipts, a checked phone
    "being watched": (
        r"^(?=.*\b(?:have|had|got)\s+to\s+hide\s+(?:them|it|my\s+\w+|the\s+\w+)\b)(?=.*\b"
        + _PARTNER
        + r"\s+(?:\w+\s+)?(?:"
        + _WATCHES
        + r"|kicks\s+off|goes\s+mad|goes\s+mental|finds)\b)",
        r"^(?=.*\b" + _PARTNER + r"\s+(?:\w+\s+)?" + _WATCHES + r"\s+(?:it|them|my\s+(?:phone|"
        r"messages|texts|bag|purse|receipts|bank|emails))\b)(?=.*\b(?:(?:i\s+am\s+)?not\s+(?:meant"
        r"|supposed|allowed)\s+to|do\s+not\s+(?:send|text|message|call|ring)|please\s+do\s+not|"
        r"delete|hide|secret|find\s+out|finds\s+out|go\s+mad)\b)",
        r"\bonly\s+allowed\s+to\s+(?:reply|text|message|talk|speak|go\s+out|leave|use\s+(?:my|the)"
        r"\s+phone)\b.{0,40}\b(?:while|when|if)\s+(?:he|she|they)\b",
        # the writer's own phone rationed by him: "only time he lets me have my phone"
        r"\bonly\s+(?:time|times|hour|chance|when|while)\s+(?:that\s+)?" + _PARTNER + r"\s+"
        r"(?:lets|let|allows|gives)\s+me\s+(?:to\s+)?(?:have|use|touch|keep|on|back)?\s*"
        r"(?:my\s+)?(?:phone|mobile)\b",
        r"\bif\s+i\s+(?:stop\s+(?:replying|answering|messaging|texting)|go\s+quiet|do\s+not\s+"
        r"(?:reply|answer|turn\s+up))\b.{0,40}\b(?:he|she|they)\s+(?:is|has|have|had)\s+found\s+"
        r"out\b",
        r"\b(?:says?|said|told\s+me|threaten\w*)\b.{0,40}\b(?:can\s+not|will\s+not\s+be\s+able\s+"
        r"to|will\s+lose|will\s+stop)\b.{0,40}\bif\s+i\s+(?:tell|told|say\s+anything|report|speak"
        r"\s+up)\b",
        r"\b(?:su+pp?ort|key|care|social)\s+worker\s+(?:takes|took|keeps|has\s+taken|is\s+taking|"
        r"has)\s+(?:all\s+)?(?:of\s+)?my\s+(?:money|wages|pay|benefits|pension|cards?|bank\s+card)"
        r"\b",
        r"\b(?:moved|fled|ran\s+away|came|come)\s+(?:\w+\s+){0,3}to\s+get\s+away"
        r"\s+from\s+(?:him|her|them|my\s+ex|my\s+\w+)\b",
        # money taken as it comes in
        r"\b"
        + _PARTNER
        + r"\s+(?:\w+\s+){0,4}(?:takes|took|spends|keeps|has)\s+(?:all\s+(?:of\s+)?)?"
        r"(?:whatever\s+(?:comes\s+in|i\s+(?:get|earn))|every\s+penny|everything\s+i\s+(?:get|earn)|"
        r"all\s+(?:of\s+)?my\s+(?:money|wages|benefits|pay))\b",
        # contact that has to be hidden from him: "if he sees this I'm in trouble", "he found
        # this phone, don't reply"
        r"^(?=.*\b(?:do\s+not|never|stop)\s+(?:text|message|call|ring|reply|answer|contact)\w*\b)"
        r"(?=.*\b(?:if\s+"
        + _PARTNER
        + r"\s+(?:sees|finds|reads|hears|catches)\b.{0,40}\b(?:i\s+am|"
        r"i\s+will\s+be)\s+in\s+(?:big\s+|real\s+|so\s+much\s+)?trouble|" + _PARTNER + r"\s+"
        r"(?:has\s+)?(?:found|saw|seen|read|checked|is\s+checking)\s+(?:this|my|the)\s+(?:phone|"
        r"messages|texts|chats?|number|sim)\b))",
        # a threat to have the writer deported, or their papers and pay held
        r"\b(?:have|get|got)\s+me\s+(?:sent\s+back|deported|removed)\b.{0,30}\bif\s+i\b",
        r"\b(?:keeps|kept|keeping|holds|took|has)\s+my\s+(?:wages|pay|money)\s+and\s+(?:my\s+)?"
        r"(?:id|passport|papers|documents)\b(?!\s+(?:safe|locked|in\s+(?:a|the)\s+safe))",
        r"\bi\s+(?:sleep|live|stay)\s+(?:at|in)\s+the\s+(?:car\s+wash|nail\s+bar|factory|"
        r"warehouse|takeaway|building\s+site)\b",
    ),
    # violence told in a few words, with the person left unnamed or only present
    "violence in a few words": (
        r"\b(?:strangled|strangles|strangling|throttled)\s+me\b",
        r"\bhelp\s+(?:me\s+)?(?:please\s+)?\W*(?:he|she)\s+is\s+(?:here|back|outside|at\s+the\s+"
        r"door|in\s+the\s+house)\s*(?:[.!]|$)",
    ),
    # favours asked for in place of rent, repairs or a job
    "favours asked for": (
        r"\bpay\s+(?:the\s+rent|rent|it|him|her|off\s+\w+|what\s+i\s+owe)\s+(?:in\s+)?(?:another|"
        r"other|a\s+different)\s+ways?\b",
        r"\bif\s+i\s+(?:was|were|am|am\s+being|would\s+be)\s+(?:nice|nicer|friendly|good|kind)\s+"
        r"to\s+(?:him|her|them)\b(?!.{0,30}\b(?:lol|haha)\b)",
        r"\blet\s+(?:himself|herself|themselves)\s+in\s+(?:while|when)\s+i\s+(?:was|am)\s+(?:in\s+"
        r"the\s+(?:shower|bath)|asleep|in\s+bed|getting\s+dressed|changing)\b",
    ),
    # a child with no food or power, a child not home, a child's parent gone
    "a child without": (
        r"^(?=.*" + _CHILD + r")(?=.*\b(?:no|ran\s+out\s+of|run\s+out\s+of|out\s+of|nothing\s+for)"
        r"\s+(?:food|formula|milk|nappies|baby\s+food)\b|.*\b(?:food|formula|milk|nappies)\s+(?:has"
        r"\s+|had\s+)?(?:ran|run|gone)\s+out\b)(?=.*\b(?:not\s+eaten|have\s+not\s+eaten|no\s+money|"
        r"skint|electric\w*\s+(?:is\s+|has\s+gone\s+)?off|no\s+(?:electric\w*|gas|heating|power)|"
        r"nothing\s+on\s+the\s+meter|can\s+not\s+afford|hungry|starving|food\s*bank)\b)",
        r"\bcan\s+not\s+(?:afford\s+to\s+)?feed\s+(?:my|the|our)\s+(?:baby|kids|children|son|"
        r"daughter|little\s+one)\b(?!\s+(?:at|in)\s+the\s+(?:venue|hall|session|break)|.{0,30}\bmenu\b)",
        r"^(?=.*(?:"
        + _CHILD
        + r"|\bmy\s+\d+\s*(?:yo|yrs?\s+old|year\s+old)\b|\b(?:cousin|brother|sister|he|she)\s+"
        r"is\s+(?:only\s+)?1[0-7]\b))(?=.*\b(?:has\s+not|have\s+"
        r"not|did\s+not|not|never)\s+(?:come|came|been)\s+(?:back\s+)?home\s+(?:since|for|last\s+"
        r"night|all\s+night|in\s+(?:\w+\s+)?days|(?:\d+|two|three|four|five|six|a\s+few)\s+"
        r"(?:days|nights))\b)(?!.*\b(?:staying\s+(?:at|with)|at\s+(?:his|"
        r"her|their)\s+(?:dads|mums|gran|nan|friends)|sleepover|on\s+a\s+(?:trip|residential))\b)",
        r"^(?=.*(?:"
        + _CHILD
        + r"|\b(?:he|she)\s+is\s+1[0-7]\b))"
        + _FOUND_SINCE
        + every_one_of(_MISSING_SINCE),
        _FOUND_SINCE
        + _ACCOUNTED_FOR
        + r"(?=.*"
        + _CHILD_OR_EMOJI
        + r")"
        + every_one_of(_NOT_HOME_NOW)
        + any_two_of(_SMALL_HOURS, _PHONE_OFF, _NOBODY_KNOWS_WHERE, _FRANTIC),
        r"^(?=.*" + _CHILD + r")(?=.*\b(?:disappears|vanishes|goes\s+missing|gone\s+missing|went\s+"
        r"missing|missing)\s+for\s+(?:days|nights|weeks|(?:a\s+)?(?:few|couple\s+of|two|three|"
        r"\d+)\s+(?:days|nights))\b)",
        # not the cold at the hall or the office
        NOT_AT_HOME
        + r"(?=.*"
        + _CHILD
        + r")(?=.*\b(?:no\s+(?:gas|electric\w*|heating|power)|nothing\s+on\s+the\s+"
        r"meter|meter\s+(?:is\s+|has\s+)?(?:empty|run\s+out))\b)(?=.*\b(?:freezing|so\s+cold|"
        r"shivering|nothing\s+(?:till|until|left)|no\s+money|skint|can\s+not\s+afford)\b)",
        # a grown-up who asks a child for secrets, or means to take children away for good
        r"^(?=.*" + _CHILD + r")(?=.*\b(?:messag\w*|texting|chatting|snapchat\w*|dms?|online)\b)"
        r"(?=.*\b(?:keep\s+(?:it|this|things|them)\s+(?:a\s+|their\s+|our\s+|his\s+)?secret|not\s+"
        r"to\s+tell\s+(?:me|anyone|her\s+mum|his\s+mum|her\s+parents|his\s+parents))\b)"
        r"(?!.*\b(?:surprise|birthday|present)\b)",
        r"\b(?:taking|take|took|will\s+take)\s+(?:the\s+kids|the\s+children|them|my\s+(?:kids|"
        r"children|son|daughter|baby))\s+(?:abroad|away|out\s+of\s+the\s+country)\b.{0,60}\bnever"
        r"\s+see\s+(?:them|him|her)\s+again\b",
        r"\b(?:his|her|their)\s+(?:mums?|dads?|parents?|mother|father)\s+(?:is\s+|has\s+|have\s+)?"
        r"not\s+been\s+(?:back|home|around|seen)\s+(?:for|in|since)\b",
        r"\b(?:his|her|their)\s+(?:mums?|dads?|parents?|mother|father)\s+(?:has|have)\s+not\s+come\s+"
        r"(?:back|home)\b",
        # a child left alone for days, or with nothing to eat for days
        r"^(?=.*\b(?:is|are|was)\s+(?:only\s+)?(?:[1-9]|1[0-5])\b)(?=.*\bon\s+(?:her|his|their)\s+own"
        r"\b[^.!?]{0,40}\b(?:for\s+(?:a\s+week|days|weeks|\w+\s+days|\w+\s+weeks)|no\s+food)\b)",
        _CHILD + r"\s+(?:have|has)\s+not\s+(?:had|eaten)\s+(?:a\s+(?:hot\s+|proper\s+|decent\s+)?"
        r"meal|anything|any\s+food|food|a\s+thing)\s+(?:since|for|in)\b",
        r"\b(?:sleeping|sleep|slept)\s+in\s+(?:our|their|my)\s+coats\b",
    ),
    # asides that only make sense from someone at risk: a false finish time to get away from
    # him, the refuge, who the writer messages checked, money "not needed after Friday" given
    # away, a pet rehomed and keepsakes handed on, a cover story ("told him I'm moving away")
    # with the truth after it, a last message with "I'm done", a bridge looked at, a car driven
    # into a wall, sedatives taken with drink
    "asides": (
        r"^(?=.*\b(?:runs|ends|finishes|goes\s+on|is\s+on)\s+(?:till|until|to|past|later)\b[^.!?]{0,40}"
        r"\breally\s+(?:ends|finishes|stops|is)\b)(?=.*\b(?:him|he|husband|partner|boyfriend|"
        r"refuge)\b)",
        r"\b(?:he|she|my\s+(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|stepdad))\s+(?:can\s+"
        r"not|must\s+not|must\s+never|can\s+never|is\s+not\s+allowed\s+to)\s+(?:know|find\s+out|see)"
        r"\b(?!.*\b(?:surprise|present|birthday|party|gift|spoilers?)\b)|\bmy\s+(?:ex|husband|"
        r"partner)\s+(?:is\s+not|must\s+not)\s+(?:meant|supposed|allowed)\s+to\s+know\s+where"
        r"\s+we\b",
        r"\b(?:see|seeing|ring|call|meet|get\s+to|go\s+to|speak\s+to|talk\s+to|contact)\s+(?:the\s+)?"
        r"(?:womens\s+)?refuge\b",
        r"\b(?:checks|reads|goes\s+through|monitors|watches|controls)\s+who\s+i\s+(?:message|text|"
        r"talk\s+to|speak\s+to|call|ring|see)\b",
        r"^(?=.*\bwill\s+not\s+need\s+(?:it|them|the\s+\w+|my\s+\w+|any\s+\w+)\s+(?:after|by|past|"
        r"beyond)\b)(?=.*\b(?:give|pass)\s+(?:it|them|the\s+\w+|my\s+\w+)\s+(?:on\s+)?to\s+(?:someone|"
        r"somebody|anyone)\b)",
        r"^(?=.*\b(?:rehomed|found\s+(?:a\s+)?(?:new\s+)?homes?\s+for)\s+(?:the|my|our)\s+(?:cats?|dogs?|"
        r"pets?|rabbits?|birds?)\b)(?=.*\bgave\s+(?:my|her|his)\s+(?:\w+\s+){0,2}(?:ring|watch|"
        r"necklace|jewellery|medals?|guitar|bike)\s+to\b)",
        r"^(?=.*\btold\s+(?:him|her|them|everyone|people|my\s+\w+)\s+(?:that\s+)?i\s+am\s+(?:moving|"
        r"going)\s+(?:away|abroad|back)\b)(?=.*\b(?:really|actually|truth\s+is)\s+(?:i\s+)?(?:just\s+)?"
        r"will\s+not\s+be\s+(?:here|around|alive)\b)",
        r"^(?=.*\b(?:last|final)\s+message\s+from\s+me\b(?!\s+(?:tonight|today|before|for\s+(?:now|"
        r"today|tonight|the\s+(?:assembly|weekend|day|session|year))|this\s+(?:week|evening)|until|till)))(?=.*\b(?:i\s+am\s+done|goodbye|"
        r"look\s+after\s+yourselves)\b)",
        r"^\W*(?:i\s+am\s+)?jumping\s+(?:tonight|today|now)\W*$",
        r"\b(?:been|keep|kept|always|started)\s+(?:looking|staring)\s+(?:at|down\s+at|over)\s+(?:the|"
        r"that)\s+(?:bridge|drop|edge|tracks|railway\s+line|river|cliff|balcony)\b(?=\s*(?:[.,!?]|$|a\s+"
        r"lot|lately|again|from|every|and|when|over|tonight|today|for\s+(?:ages|hours|a\s+long)))",
        r"\b(?:should|could|want\s+to|going\s+to|thinking\s+(?:about|of))\s+(?:just\s+)?(?:drive|"
        r"driving|crash|crashing|steer|steering|swerve|swerving)\s+(?:\w+\s+)?into\s+"
        r"(?:something\b(?!\s+(?:like|else|bigger|new|different)\b)|(?:a|the|an|some)\s+(?:wall|"
        r"tree|lorry|truck|bridge|river|lamp\s*post|oncoming)\b)",
        r"\b(?:drank|drunk|necked|downed|took|taken|swallowed|mixed)\s+(?:\w+\s+){0,4}"
        + _ALCOHOL
        + r"\b.{0,20}\b(?:with|and|on\s+top\s+of|plus)\s+(?:\w+\s+){0,3}"
        + _SEDATIVES,
        r"\b(?:took|taken|swallowed|necked|had)\s+(?:\w+\s+){0,3}"
        + _SEDATIVES
        + r"\b.{0,20}\b(?:with|and|washed\s+down\s+with|on\s+top\s+of)\s+(?:\w+\s+){0,4}"
        + _ALCOHOL,
        r"\b(?:the|my)\s+passwords?\s+(?:\w+\s+){0,3}in\s+an\s+envelope\b|\bthe\s+last\s+good\s+"
        r"thing(?:\s+(?:in\s+my\s+life|i\s+(?:have|had)|left))?\s*(?:[.!]|$)",
    ),
    # leaving home tonight, or no place to go back to tonight
    "no home tonight": (
        r"\b(?:had\s+to|have\s+had\s+to|have\s+to|just)\s+(?:leave|left|get\s+out\s+of|flee|fled|"
        r"run\s+from)\s+(?:the\s+|my\s+|our\s+)?(?:home|house|flat)\b(?!\s+(?:early|at\s+\d|by\s+"
        r"\d))(?=.{0,40}\b(?:tonight|with\s+(?:the|my)\s+(?:kids|children|baby)|in\s+the\s+night|"
        r"because\s+of\s+(?:him|her|them))\b)",
        r"\bcan\s+not\s+(?:go|get)\s+(?:back\s+)?(?:home|to\s+my\s+(?:place|flat|house|room))\s+"
        r"tonight\b(?!.{0,60}\b(?:train|trains|strike|bus|buses|tube|staying\s+(?:with|at)|"
        r"hotel\s+booked|locked\s+out|lost\s+my\s+keys|lift)\b)",
    ),
    # threats of a visit over a debt; a neighbour not seen (not one known to be away);
    # graffiti and eggs night after night
    "danger at the door": (
        r"^(?=.*\b(?:owes?|owed|debt|borrowed)\b)(?=.*\b(?:they|he|she|people|men)\s+(?:have\s+|"
        r"has\s+)?(?:said|say|says|told\s+(?:me|us|him|her))\s+(?:they|he|she)\s+(?:will|are\s+"
        r"going\s+to|would)\s+come\s+(?:to|round|for|after)\b)",
        KNOWN_TO_BE_AWAY
        + r"(?=.*\b(?:elderly|old|neighbour|downstairs|upstairs|next\s+door)\b)(?=.*\b(?:not\s+"
        r"(?:taken\s+(?:her|his)\s+(?:post|milk)\s+in|opened\s+(?:her|his|the)\s+curtains|been\s+"
        r"seen|answered\s+(?:the|her|his)\s+door)|post\s+(?:is\s+)?piling\s+up|curtains\s+(?:are\s+)?"
        r"(?:shut|closed|drawn))\b)(?=.*\b(?:smell|for\s+(?:a|"
        r"over\s+a|two|\d)\s+(?:week|weeks|days)|door\s+is\s+locked|doors\s+locked)\b)",
        r"^(?=.*\b(?:painted|sprayed|written|wrote|scrawled|daubed|thrown\s+eggs|threw\s+eggs)\b)"
        r"(?=.*\b(?:on|at)\s+(?:my|our)\s+(?:front\s+)?(?:door|wall|car|house|windows?|fence|gate)"
        r"\b)(?=.*\b(?:go\s+home|get\s+out|scum|every\s+night|scared|frightened|terrified)\b)",
        # being told "they know" the writer is talking to the police
        r"\b(?:they|he|she|people|someone)\s+(?:know|knows|found\s+out|heard)\s+(?:that\s+)?i\s+"
        r"(?:am|have\s+been|was|went)\s+(?:talking|speaking|going|gone|talked|spoke|been)\s+to\s+the"
        r"\s+(?:police|cops|feds)\b",
        # a child talking to a grown man who sends money and wants to meet
        r"\b(?:\d{1,2}\s*(?:year\s+old|yo)|daughter|son|niece|nephew|child|kid)\s+(?:\w+\s+){0,3}"
        r"(?:talking|chatting|messaging|speaking)\s+(?:to|with)\s+(?:a|an|some|this)\s+(?:older\s+)?"
        r"(?:man|men|guy|bloke|adult|stranger)\b.{0,80}\b(?:meet|money|gifts?|gift\s+cards|pics|"
        r"pictures|secret)\b",
    ),
}
