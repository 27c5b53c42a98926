"""The English phrase net, part one: risk to the person writing (or to someone they write
about) from themselves: wanting to die and the signs that go with it (hurting oneself on purpose
is read by safeguarding_selfharm).

Written from how people describe these to crisis lines (Samaritans' and the NHS's warning signs):
wanting to die or to disappear, wanting to be with someone who has died, no reason to live, being
a burden, saying goodbye, giving things away, a sudden calm since an unnamed decision with
tonight as "the night", a means at hand (pills saved up, a rope, a bridge
gone back to and "thought about", stepping off a platform thought of as the next train comes,
the car taken out to be driven into a wall), despair (not coping and self-neglect are read by
safeguarding_coping). Some are said sideways: leaving as a joke that is not one ("checking out
early if you know what I mean"), affairs put in order as errands (a pet passed on, a phone
contract ended, thanks "at the end", things sorted and letters written with no thought of being
around for a session or of needing its travel money after a weekend), a day named as the last
beside a loss or letters. Each category is a vocabulary and the few shapes it is said in, not a
list of sentences; the text has been through safeguarding_words.normalise ("i am", "do not", "can
not", "any more", typos read). Everyday idioms ("dying to know", "going to die of boredom", "can't
go on the Sunday", a migraine "the kind where you want to die") are kept out by what must follow
or precede the words; not being around by a date is left alone beside a trip ("we fly to
Turkey on the Friday"), and so is a character in a film who wanted to die. A wish told as got
through ("used to ... I do not now", "a much better place now") is left alone by NOT_GOT_THROUGH.

An overdose part taken ("only took about half of them") is read beside the pills and
drowsiness now, however it is played down.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Intensifiers and hedges between "I am" and what the member is.
INTENSIFIER = (
    r"(?:(?:really|so|very|just|totally|honestly|actually|properly|genuinely|quite|a\s+bit|"
    r"bit|that|too|always|still|now|getting|feeling|becoming|pretty|super|extremely|"
    r"more\s+and\s+more|a\s+little|literally|tbh|fucking|bloody)\s+)*"
)
# The writer, or the person they write about (a friend, a member, a son).
WHO = r"(?:i|he|she|they|we|my\s+\w+|someone|somebody|a\s+member|a\s+friend|her|him)"
# Not locked in an escape room, a game: "locked us in the escape room", "were locked in for an
# hour at the escape room"; read after "locked in".
NOT_IN_AN_ESCAPE_ROOM = (
    r"(?!\s+(?:(?:\w+\s+){0,4}?(?:at|in)\s+)?(?:the|an|a|our|this|that)\s+(?:\w+\s+)?escape\s+"
    r"rooms?\b)"
)
# Everyday keeping in or out: a parent's no to a night out ("my mum will not let me go to the
# sleepover") or rule with a limit or a reason ("my dad will not let me out after dark because
# there is dealing in the park"), with no weeks of it, phone taken, blow, threat or school kept
# from; or the escape room's staff doing the locking, a game. Read before a parent, verb or lock.
_PARENTS_RULE = (
    r"(?:will\s+not|does\s+not|do\s+not|would\s+not)\s+lets?\s+me\s+(?:go\s+)?out\b(?:\s+(?:on\s+"
    r"my\s+own|alone|by\s+myself))?\s+(?:after\s+(?:dark|\d+)|at\s+night|late|on\s+(?:my\s+own|"
    r"school\s+nights?|a\s+school\s+night)|alone|by\s+myself|past\s+\w+|till|until|before|with\s+"
    r"(?:my\s+)?(?:friends|mates)|because\s+(?:there\s+(?:is|are)|of\s+(?:the|all))|because\s+it"
    r"\s+is\s+(?:dark|late|not\s+safe|dangerous))\b(?!.*\b(?:weeks?|months?|phone|hits?|hitting|"
    r"beat\w*|hurt\w*|slap\w*|punch\w*|kick\w*|threat\w*|kills?|lock\w*|school|college|scared|"
    r"afraid|frightened|knife|belt|marr\w*|wedding|honou?r)\b)"
)
_PARENTS = ("mum", "mam", "mom", "dad", "mother", "father", "parents", "stepdad", "stepmum")
_AFTER_A_PARENT = "|".join(rf"(?<=\b{parent}\s)" for parent in _PARENTS)
_STAFF = "".join(rf"(?<!escape\sroom\s{who}\s)" for who in ("staff", "guy", "host", "they"))
NOT_A_RULE_OR_A_GAME = (
    rf"(?!(?:my\s)?(?:mum|dad|parents)\b[^.!?]{{0,40}}\b(?:sleepover|party|prom)s?\b|(?:my\s+)?"
    rf"(?:{'|'.join(_PARENTS)})\s+{_PARENTS_RULE}|(?:{_AFTER_A_PARENT}){_PARENTS_RULE})"
    rf"{_STAFF}(?<!escape\sroom\s)(?<!game\smaster\s)(?<!gamemaster\s)"
)
_SELF = r"(?:myself|my\s+self|himself|herself|themselves|themself|yourself|ourselves)"
_OWN_LIFE = r"(?:my|his|her|their|your)\s+(?:own\s+)?life"
_WANT = r"(?:want|wants|wanted|wanting|wish|wishes|wishing|ready|need|needs|going|about|planning)"
# "going to die" is a wish or a fear; "going to die of boredom" is neither.
_NOT_FIGURATIVE = (
    r"(?!\s+(?:of|from)\s+(?:boredom|embarrassment|shame|laughter|laughing|excitement|cringe|"
    r"hunger|thirst|the\s+heat|(?:the\s+)?cold|happiness|curiosity)|\s+laughing|\s+for\b|"
    r"\s+to\s+know|\s+on\s+my\s+feet|\s+tired|\s+by\s+(?:the\s+end|then|lunch)|\s+after\b)"
)
# "carry on", "go on", "keep going" not followed by what a plan would name (a day, a place).
_NOT_AN_ERRAND = (
    r"(?!\s+(?:the|a|an|this|that|my|our|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|\d|"
    r"to\b|at\b|with\s+(?:the|my|it)\b|with\s+(?!this|life|everything|things)|in\s+the|"
    r"without\s+(?:a|the|my)|the\s+trip|holiday)\b)"
)
_LIVING = (
    r"(?:living|life|being\s+alive|being\s+here|being\s+me|existing|going\s+on|carrying\s+on|"
    r"trying|waking\s+up|getting\s+up|anything|everything|it\s+all|me|myself)"
)
_MEDS = (
    r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping\s+pills|"
    r"antidepressants|co\s*-?\s*codamol|codeine|insulin|ibuprofen|aspirin|sertraline|citalopram|"
    r"fluoxetine|mirtazapine|amitriptyline|tramadol|diazepam|zopiclone|propranolol|lithium|quetiapine|"
    r"pregabalin|gabapentin|morphine|oxycodone|naproxen)"
)
# Someone close who may have died, and the words that say they have.
_LOST = (
    r"(?:dad|mum|father|mother|husband|wife|son|daughter|brother|sister|grandad|grandma|nan|gran|"
    r"baby|partner|boyfriend|girlfriend|twin|best\s+friend)"
)
_DIED = (
    r"\b(?:died|passed\s+(?:away|on|in|last|recently)|dead\b(?!\s+(?:tired|on|good|easy|funny|"
    r"set|against))|"
    r"late\s+" + _LOST + r"|funeral|grave|heaven|was\s+killed|lost\s+(?:him|her))\b"
)
# Leaving, said the way people joke about it: "checking out early", "clocking off", "bowing out".
_LEAVING = (
    r"(?:check(?:ing|ed|s)?\s+out|clock(?:ing|ed|s)?\s+off|log(?:ging|ged|s)?\s+off|"
    r"bow(?:ing|ed|s)?\s+out|tap(?:ping|ped|s)?\s+out|not\s+(?:be\s+)?(?:around|here))"
)
# What tells a reader the leaving is not from a hotel or a shift: a wink, "not joking", a plan.
_MEANT = (
    r"(?:if\s+you\s+know\s+what\s+i\s+mean|iykwim|not\s+(?:even\s+)?joking|no\s+joke|"
    r"(?:got|have)\s+it\s+(?:all\s+)?planned|in\s+the\s+(?:permanent|final|forever)\s+(?:sense|way)|"
    r"and\s+not\s+(?:from\s+)?(?:the\s+hotel|work)|for\s+real\s+this\s+time|permanently|"
    r"if\s+you\s+get\s+me|if\s+you\s+catch\s+my\s+drift)"
)
# A place or a till that people really check out of or clock off from.
_A_PLACE_LEFT = (
    r"(?:hotel|room|airbnb|hostel|b\s*and\s*b|library|books?|tills?|checkout|basket|shift|work|"
    r"rota|zoom|teams|call|group\s+chat|whatsapp)"
)
# Affairs put in order: a pet passed on, a phone or an account ended, thanks "at the end".
_PET_PASSED_ON = (
    r"\b(?:(?:given|gave|giving|handed|rehomed|re\s+homed)\s+(?:away\s+)?(?:the|my|our)\s+(?:dogs?|"
    r"cats?|pets?|rabbits?|budgies?|birds?|parrots?|fish|hamsters?|tortoise)|found\s+(?:a\s+)?"
    r"(?:good\s+|new\s+|loving\s+|kind\s+)?homes?\s+for\s+(?:(?:the|my|our)\s+(?:dogs?|cats?|"
    r"pets?)|(?!(?:the|my|our|some|all|those|these|a|an|his|her|their)\b)\w+))\b"
)
_LINE_ENDED = (
    r"\b(?:cancel\w*|ended|ending|stopped|closed|closing)\s+(?:my\s+|the\s+)?(?:phone|mobile|"
    r"sim|contract|bank\s+account|account|direct\s+debits?|tenancy|subscriptions?)\b|\b(?:this|my)"
    r"\s+number\s+(?:will\s+not|would\s+not|is\s+not\s+going\s+to|stops)\s+work\w*\s+(?:after|"
    r"from|past|beyond|any\s+more)\b"
)
_AT_THE_END = (
    r"\b(?:meant|means)\s+(?:a\s+lot|so\s+much|a\s+great\s+deal|everything|the\s+world)\s+"
    r"(?:to\s+me\s+)?"
    r"(?:at|in|near|towards)\s+the\s+end\b(?!\s+of\b)"
)
# An errand that has a reason: a new number, a move, a trip, a cheaper deal.
_ERRAND_WITH_A_REASON = (
    r"\b(?:new\s+(?:number|phone|sim|contract|provider|network|flat|house|place|job|address)|"
    r"switch\w*|moving|moved|move|holiday|while\s+i\s+am|whilst|abroad|cheaper|upgrad\w*|"
    r"email\s+me|whatsapp\s+me|landline|reach\s+me\s+(?:on|at)|for\s+the\s+(?:week|weekend))\b"
)
# A trip that accounts for not being around by a date: "we fly to Turkey on the Friday".
AWAY_ON_A_TRIP = (
    r"^(?!.*\b(?:fly|flying|flight|holiday|hols|abroad|trip|cruise|emigrat\w*|away\s+(?:for|on|"
    r"in|at|with|until|till))\b)"
)

# "I could jump off a bridge" as joy: "I'm so happy", "with joy", "so excited I could ...".
_GLAD = (
    r"(?:happy|excited|chuffed|made\s+up|buzzing|glad|giddy|hyped|thrilled|elated|"
    r"over\s+the\s+moon)"
)
_NOT_FOR_JOY = (
    r"^(?!.*\b(?:so|that|too)\s+" + _GLAD + r"\s+(?:that\s+)?i\s+could\s+(?:\w+\s+)?jump\b)"
    r"(?!.*\bi\s+could\s+(?:\w+\s+)?jump\b[^.!?]{0,40}?\b(?:(?:with|for)\s+(?:joy|"
    r"happiness|excitement)|i\s+am\s+(?:so|that|too|just\s+so)\s+" + _GLAD + r"))"
    r".*?"
)

# Not being around for a coming session, or not needing the money for it after a date ("I won't
# need the travel money after this weekend"), and affairs put in order beside it.
_NOT_AROUND = (
    r"(?:\b(?:do\s+not\s+think|not\s+sure|doubt)\s+(?:i\s+will|ill|i\s+would)\s+(?:still\s+)?"
    r"be\s+(?:here|around|alive)\b|\bi\s+will\s+not\s+need\s+(?:the|my|any)\s+(?:\w+\s+)?"
    r"(?:money|expenses|payments?|vouchers?|place|seat)\s+(?:after|beyond|past)\s+(?:this|next|"
    r"the)\b)"
)
# A will made as paperwork or good sense (with a solicitor, beside a power of attorney, "at my
# age", nagged into it by family), with no date set, no name taken off a list and nothing said
# to be the last.
_NOT_PAPERWORK = (
    r"^(?!(?=.*\b(?:solicitors?|lawyers?|notary|power\s+of\s+attorney|lpa|funeral\s+plan|"
    r"probate|executors?|will\s+writ\w+|at\s+my\s+age|nagged|sensible|precaution)\b)"
    r"(?!.*\b(?:set\s+(?:the|a)\s+date|off\s+the\s+list|"
    r"(?:my|the|one)\s+last(?!\s+(?:week|month|year))|goodbye|will\s+not\s+"
    r"(?:need|be)|not\s+(?:be\s+)?(?:here|around)|before\s+i\s+go|tonight)\b))"
)
_AFFAIRS_IN_ORDER = (
    r"\b(?:sorted|sorting|put|putting)\s+(?:out\s+)?(?:all\s+)?my\s+(?:things|stuff|belongings|"
    r"affairs)\b|\b(?:written|wrote|writing|left)\s+(?:\w+\s+)?(?:letters|notes)\s*(?:$|[.!,]|"
    r"and\b|for\s+(?:everyone|my\s+\w+)|to\s+(?:everyone|my\s+(?:family|kids|children|wife|"
    r"husband)))"
)
# A place to fall from, gone back to and "thought about"; not a landmark or a photo project.
_A_HEIGHT = (
    r"\b(?:keep|kept|been|started|i)\s+(?:going|go|went|walking|walk)\s+(?:back\s+)?(?:to|up\s+to|"
    r"on\s+to|onto)\s+(?:the|a)\s+(?:\w+\s+)?(?:bridge|cliffs?|roof|car\s+park|multi\s*storey|"
    r"tracks|railway|viaduct|edge)\b"
)
_THOUGHT_ABOUT = (
    r"\b(?:thinking|think|thought)\s+about\s+(?:it|jumping|doing\s+it|the\s+drop)\s*(?:$|[.!,]|"
    r"again|every|more|a\s+lot)"
)
# Stepping or jumping off, thought of, as a train comes in: "keep thinking about stepping off
# when the next one comes through"; not stepping off at a stop or off a committee.
_STEPPING_OFF = (
    r"\b(?:think\w*|thought)\s+(?:about|of)\s+(?:just\s+)?(?:stepping|jumping|falling|leaning)\s+"
    r"(?:off|forward|over)\b(?!\s+(?:at|the\s+(?:train|bus|tube|carriage)|(?:the\s+)?"
    r"(?:committee|board|panel|stage)))"
)
_TRAIN_COMING = (
    r"\b(?:when|as|before)\s+(?:the\s+)?(?:next|a|one)\s+(?:one|train|tube|express)\s+(?:comes|"
    r"pulls|arrives|rushes|flies|goes\s+through)|\b(?:platform|tracks)\s+(?:edge|at\s+\w+)"
)
# Hedges said between taking and what was taken: "took like the whole box", "had about 20".
_HEDGE = (
    r"(?:(?:like|about|around|maybe|basically|literally|just|nearly|almost|probably|um+|uh+|"
    r"er+)\s+)*"
)
# Tablets carried, not swallowed: taken back, round, home or to sort, or with or for someone.
NOT_CARRIED_FOR_SOMEONE = (
    r"(?!\s+(?:to|into|back|round|home|delivered|collected|(?:with|for)\s+(?:me|her|him|them))\b)"
)
# A wish to die or self-harm told as got through: in the past, the writer well now, and nothing
# saying it is back ("used to self harm when I was 13 but I'm in a much better place now";
# "properly suicidal at one point, but a year of counselling and doing well now").
_IN_THE_PAST = (
    r"\b(?:used\s+to|at\s+one\s+point|went\s+through|back\s+then|when\s+i\s+was\s+(?:\d+|"
    r"young|younger|a\s+(?:teen\w*|kid|child|student)|at\s+(?:school|uni))|as\s+a\s+(?:teen\w*|"
    r"kid|child|student)|(?:years|decades)\s+ago|in\s+my\s+(?:teens|twenties|20s))\b"
)
_WELL_NOW = (
    r"\b(?:(?:much\s+|a\s+lot\s+|a\s+)?better\s+place|(?<!not\s)doing\s+(?:really\s+|much\s+|"
    r"so\s+|a\s+lot\s+)?(?:well|better|ok|okay|fine|great|good)|(?:fine|well|ok|okay|good|"
    r"stable)\s+now|recovered|in\s+recovery|(?:years?|months?|a\s+year)\s+(?:of\s+)?"
    r"(?:counselling|therapy|clean|free)|(?:came|got)\s+through\s+it|out\s+the\s+other\s+side|"
    r"(?:long|well)\s+behind\s+me|(?:i|he|she|they)\s+(?:do|does)\s+not\s+(?:do\s+(?:it|that)"
    r"\s+)?(?:now|any\s+more)(?=\s*(?:[.!,;]|$)))\b"
)
_BACK_NOW = (
    r"\b(?:again|(?:come|coming|came|creeping|crept)\s+back|back\s+(?:again|to)|lately|"
    r"recently|these\s+days|at\s+the\s+moment|right\s+now|this\s+(?:week|month|morning)|"
    r"last\s+(?:night|week)|yesterday|today|tonight|relaps\w*|urges?|struggling|started|"
    r"starting|worse|not\s+(?:ok|okay|doing\s+well|fine|coping)|still\s+(?:feel|think|want|"
    r"have))\b"
)
NOT_GOT_THROUGH = r"^(?!" + every_one_of(_IN_THE_PAST, _WELL_NOW) + r"(?!.*" + _BACK_NOW + r"))"
# Not gone through with it, and the means still at hand or the next night not to be survived;
# not "another night of their noise".
_NOT_GONE_THROUGH_WITH_IT = (
    r"\b(?:(?:did\s+not|could\s+not|never)\s+go|(?:almost|nearly)\s+went)\s+through\s+with\s+"
    r"it\b"
)
_MEANS_STILL_AT_HAND = (
    r"\b(?:" + _MEDS + r"|rope|noose|blades?|razors?|knife)\b.{0,40}\b(?:still|lined\s+up|"
    r"ready|in\s+front\s+of\s+me)\b|\bstill\s+(?:got|have)\s+(?:the|my)\s+(?:"
    + _MEDS
    + r"|rope|noose|blades?|razors?|knife)\b"
)
_ANOTHER_NIGHT = (
    r"\b(?:get|make\s+it|last)\s+through\s+another\s+(?:night|day)\b(?!\s+(?:of|with|like)\b)"
)
# A character in a film or a book who wanted to die ("in the film the man wanted to die and his
# dog saved him"), with no word of the writer's own wish.
_A_CHARACTERS_WISH = (
    r"^(?!(?=.*\b(?:film|films|movie|programme|series|show|episode|soap|drama|book|novel|play|"
    r"story|cartoon)\b)(?=.*\bthe\s+(?:\w+\s+)?(?:man|woman|boy|girl|character|hero|heroine|"
    r"soldier|king|queen|dad|mum|father|mother|lady|guy)\s+(?:who\s+)?"
    + _WANT
    + r"\s+to\s+die\b)(?!.*\bi\s+(?:\w+\s+)?"
    + _WANT
    + r"\s+to\s+die\b))"
)
# Things not needed after a time (the travel money, the bus pass), beside a pet passed on.
_NOT_NEEDING = (
    r"\b(?:will\s+not|would\s+not|shant|shall\s+not|not\s+going\s+to)\s+(?:be\s+)?need(?:ing)?\s+"
    r"(?:the|my|any|this|that|them|it)\b.{0,30}\b(?:after|any\s+more|beyond|much\s+longer)\b"
)
# A reason to go on found wanting; not "no reason to go on about it" or to go on the trip.
_LITTLE_REASON = (
    r"\b(?:little|no|not\s+much|not\s+any|hardly\s+any|not\s+a\s+lot\s+of)\s+reason\s+"
    r"(?:left\s+)?to\s+(?:(?:go|carry)\s+on|keep\s+going)\b"
    + _NOT_AN_ERRAND
    + r"(?!\s+(?:about|and\s+on|like|so|longer|waiting|(?!living|existing|trying)\w+ing)\b)|"
    r"\b(?:little|no|not\s+much|hardly\s+any)\s+reason\s+(?:left\s+)?to\s+live\s*(?:$|[.!,;]|"
    r"any\s+more)"
)
# A day named as the last, beside a loss, a goodbye or letters written; not the last session
# or the last at the club, and not a move or a new job.
_CHOSEN_LAST = (
    r"\b(?:tonight|today|tomorrow|this\s+\w+|next\s+\w+|\w+day|christmas)\s+(?:will|is\s+going"
    r"\s+to)\s+be\s+my\s+last\s*(?:$|[.!])"
)
_A_LAST_REASON = (
    _DIED
    + r"|\b(?:goodbye|forgive\s+me|sorry\s+for\s+everything)\b|\b(?:written|wrote|left)\s+my\s+"
    r"(?:letters|notes)\s*(?:$|[.!])|" + _LITTLE_REASON
)

# An overdose half-taken, told as "being dramatic": part of the pills taken, and drowsy now.
_PART_OF_THEM_TAKEN = (
    r"\b(?:took|taken|swallowed|had)\s+(?:about\s+|like\s+|only\s+|maybe\s+)?(?:half|most|all|"
    r"loads|a\s+load|a\s+lot)\s+of\s+(?:them|the\s+(?:pills|tablets|packet|box|bottle))\b"
)
_PILLS = r"\b(?:pills|tablets|paracetamol|meds|co\s*codamol|sleeping\s+pills|packet|box)\b"
_DROWSY_NOW = (
    r"\b(?:feel|feeling|am|getting)\s+(?:a\s+bit\s+|really\s+|quite\s+|so\s+|v\s+)?(?:weird\s+and\s+)?"
    r"(?:sleepy|drowsy|woozy|out\s+of\s+it|spaced|dizzy|sick)\b"
)
# A sudden calm since a decision left unnamed, and tonight as the night for it: the calm that
# often comes before an attempt; not a decision named ("decided to quit", "decided on the red").
_CALM_SINCE_DECIDED = (
    r"\b(?:calm|calmer|at\s+peace|peaceful|relieved|lighter)\b(?:\s+\w+){0,3}?\s+(?:now\s+)?"
    r"(?:that\s+|since\s+)?i\s+(?:have|had|finally)?\s*(?:decided|made\s+(?:my|the)\s+decision|"
    r"made\s+up\s+my\s+mind)\b(?!\s+(?:to|on|that|what|which|where|how|against|if|whether|"
    r"about|it\s+is|not)\b)"
)
_TONIGHT_IS_IT = (
    r"\btonights?\s+(?:is\s+)?the\s+night\b|\b(?:it|all)\s+(?:ends|will\s+be\s+over)\s+"
    r"tonight\b|\b(?:bit\s+of\s+a|such\s+a|what\s+a)\s+relief\b"
)

SELF_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # wanting to die or to disappear, goodbyes and affairs put in order, a means at hand
    "wanting to die": (
        # not told as got through, with the writer well now
        NOT_GOT_THROUGH + r".*?suicid",
        _NOT_GONE_THROUGH_WITH_IT + r".*?(?:" + _MEANS_STILL_AT_HAND + "|" + _ANOTHER_NIGHT + ")",
        r"\b(?:kill(?:ing|ed)?|top(?:ping|ped)?)\s+" + _SELF,
        r"\b(?:end|ending|ended|take|taking|took)\s+(?:it\s+all|" + _OWN_LIFE + r")\b",
        # "thinking about ending it", "going to end it tonight"; not "end it early", "end it
        # with him"
        r"\b(?:thinking\s+(?:about|of)|think\s+about|talk(?:s|ed|ing)?\s+(?:about|of)|"
        r"mentioned|keeps?\s+saying|going\s+on\s+about|wants?\s+to|wanted\s+to|going\s+to|might|planning\s+"
        r"(?:on|to)|plan\s+to|about\s+to|decided\s+to|ready\s+to)\s+end(?:ing)?\s+(?:it|things)\b"
        r"(?!\s+(?:with|early|earlier|at|by|there|here|for\s+(?:the|today)|now\s+with))",
        # not pain described: "a migraine, the kind where you want to die"; not a character's
        # wish in a film
        _A_CHARACTERS_WISH
        + r".*?(?<!where\syou\s)(?<!makes\syou\s)(?<!make\syou\s)\b"
        + _WANT
        + r"\s+(?:to\s+)?(?:die|be\s+dead|not\s+be\s+here|not\s+exist|not\s+wake\s+up|"
        r"(?:go\s+to\s+)?sleep\s+(?:and\s+(?:never|not)|forever|for\s+ever))\b" + _NOT_FIGURATIVE,
        r"\b(?:want|wants|wanted|wanting)\s+(?:it\s+)?to\s+be\s+over\b",
        # wanting to be with someone who has died; not to be with them at an event or a visit
        r"^(?=.*\b"
        + _WANT
        + r"\s+to\s+(?:be\s+with|join|go\s+to)\s+(?:my|her|his|their|our)\s+(?:late\s+)?"
        + _LOST
        + r"\b(?!\s+(?:at|for|on|in|when|to|this|next|tomorrow|tonight|while|after|before|"
        r"and|family)\b))(?=.*" + _DIED + r")",
        r"\bwish(?:ed)?\s+(?:i|he|she)\s+(?:was|were|had)\s+(?:dead|died|gone|never\s+been\s+born)\b",
        r"\bwish\s+i\s+(?:was|were|had)\s+(?:not|never)\s+(?:alive|here|born|been\s+born|around)\b",
        r"\b(?:do|does|did)\s+not\s+(?:want|wanting)\s+to\s+(?:be\s+here|carry\s+on|go\s+on)\b"
        + _NOT_AN_ERRAND,
        r"\b(?:do|does|did|not)\s+(?:not\s+)?(?:want|wanting)\s+to\s+(?:live|be\s+alive|exist|wake\s+up|"
        r"be\s+around)\b(?!\s+(?:early|at|before|for|so\s+early|on\s+(?:a\s+)?(?:mon|tue|wed|thu|fri|"
        r"sat|sun)\w*|in\s+(?:a|the)\s+(?:hotel|flat|area|city|place|house|room)|with|near|there|"
        r"here|in\s+london)\b)",
        r"\bnot\s+wanting\s+to\s+(?:live|be\s+alive|be\s+here|exist|wake\s+up)\b",
        r"\bnever\s+wake\s+up\b",
        r"\b(?:nothing|no\s*one|nobody|no\s+reason)\s+(?:left\s+)?to\s+live\s+for\b",
        r"\b(?:tired|sick|fed\s+up|exhausted|weary)\s+(?:of|with)\s+(?:living|life|being\s+alive|"
        r"it\s+all|being\s+here|existing|everything)\b",
        r"\b(?:had|have\s+had)\s+enough\s+of\s+(?:life|living|everything|it\s+all|being\s+alive)\b",
        r"\b(?:no|any|what\s+is\s+the|cannot\s+see\s+the|can\s+not\s+see\s+the)\s+"
        r"(?:point|reason|use)\s+(?:for\s+me\s+)?(?:in\s+|to\s+|of\s+)?"
        r"(?:living|live|going\s+on|go\s+on|carrying\s+on|carry\s+on|keep\s+going|being\s+alive|"
        r"being\s+here|anything|me|getting\s+up|waking\s+up|trying\s+any\s+more)\b"
        r"(?!\s+(?:about|and\s+on)\b)",
        r"\b(?:see|find)\s+(?:the|any|no)\s+point\s+(?:in|of|to)\s+" + _LIVING + r"\b",
        r"\bwhat\s+is\s+the\s+point\s+(?:of\s+me|any\s+more|in\s+anything)\b",
        r"\b(?:can\s+not|do\s+not)\s+see\s+the\s+point\s*(?:[.!,]|$|any\s+more|of\s+(?:anything|it\s+all|"
        r"me|going\s+on)|in\s+(?:anything|going\s+on|trying))",
        r"\bnot\s+worth\s+(?:living|being\s+alive|it\s+any\s+more)\b",
        r"\b(?:can\s+not|not\s+able\s+to|unable\s+to)\s+(?:go|carry|keep)\s+(?:on|going)\b"
        + _NOT_AN_ERRAND,
        r"\b(?:do\s+not|not\s+sure|no\s+idea)\s+(?:think|know\s+if|know\s+how|if|how)\s+i\s+can\s+"
        r"(?:go|carry|keep)\s+(?:on|going)\b" + _NOT_AN_ERRAND,
        r"\bhow\s+(?:much\s+)?(?:longer|long)\s+(?:i\s+can|i\s+will\s+be\s+able\s+to)\s+"
        r"(?:hold\s+on|keep\s+going|carry\s+on|go\s+on|last)\b",
        r"\b(?:done|finished)\s+with\s+(?:life|living|it\s+all|this\s+(?:world|life)|everything)\b",
        r"\bgiv(?:e|ing|en)\s+up\s+on\s+(?:life|living|everything|" + _SELF + r"|it\s+all)\b",
        r"\b(?:want|need)\s+(?:it\s+all|everything|the\s+pain|all\s+of\s+(?:it|this)|it)\s+to\s+"
        r"(?:stop|end|be\s+over|go\s+away)\b(?!\s+(?:at|by|on|before|early))",
        r"\b(?:plan|plans|planned|planning)\s+(?:to|on|how\s+to)\s+(?:end|kill|die|take)\b",
        r"\b(?:might|going\s+to|could|will|i\s+will|about\s+to|scared\s+i\s+will)\s+do\s+"
        r"something\s+(?:stupid|drastic|silly|bad)\b(?!\s+(?:in|at|on)\s+the\s+(?:discussion|"
        r"session|meeting|talk))",
        r"\bscared\s+of\s+what\s+i\s+(?:might|will|could)\s+do\b",
        r"\bdo\s+something\s+(?:\w+\s+)?(?:to|against)\s+(?:myself|himself|herself)\b|\b(?:took|taken|"
        r"swallowed|had)\s+them\s+all\s*(?:$|[.!,]|just\s+now|earlier|an\s+hour|tonight)",
        r"\b(?:i\s+am|i\s+feel\s+like|feel\s+like|i\s+have\s+become|i\s+have\s+been|being)\s+"
        r"(?:just\s+|such\s+)?a\s+burden\b",
        # "everyone would be better off." as a sentence of its own; not "better off with a bus"
        r"\b(?:everyone|everybody|they|you\s+all|the\s+kids|my\s+(?:family|kids|wife|husband))\s+"
        r"(?:would|will)\s+(?:all\s+)?be\s+better\s+off\s*(?:[.!]|$)",
        # not caring whether one lives through the night
        r"\b(?:do\s+not|does\s+not|would\s+not)\s+(?:really\s+|much\s+|even\s+)?care\s+(?:much\s+|"
        r"any\s+more\s+)?(?:if|whether)\s+i\s+(?:wake\s+up|live|die|survive|make\s+it|come\s+back)\b",
        # "before I'm gone", or a sentence that breaks off before "before I go"
        r"\bbefore\s+i\s+am\s+gone\b|\bbefore\s*(?:\.{2,}|…)\s*(?:\w+\s+){0,3}before\s+i\s+go\b",
        r"\b(?:burden|drain)\s+(?:to|on)\s+(?:everyone|everybody|my\s+\w+|them|others|people|you\s+all)\b",
        r"\b(?:better|happier|easier|fine)\s+(?:off\s+)?(?:dead|without\s+me|if\s+i\s+(?:was|were|"
        r"just|had|died|did\s+not|went|disappeared|was\s+not|were\s+not|was\s+gone|was\s+dead))",
        r"\b(?:no\s+one|nobody|no\s+body|anyone|none\s+of\s+them)\s+(?:would|will|even|would\s+even)"
        r"\s+(?:care|notice|miss\s+me|mind)\s+if\s+i\b",
        r"\bif\s+i\s+(?:was|were|died|disappeared|went|was\s+not|were\s+not)\s+(?:gone|dead|here|"
        r"around|away\s+for\s+good)?\b.{0,30}\b(?:no\s+one|nobody)\s+would\b",
        r"\b(?:go|went|going)\s+away\s+(?:for\s+good|forever)\b",
        r"\b(?:want|wanna|just\s+want)\s+(?:to\s+)?(?:disappear|vanish|not\s+exist)\b",
        r"\bhate\s+(?:my\s+life|living|being\s+alive|myself)\b",
        AWAY_ON_A_TRIP
        + r".*?\b(?:will\s+not|not\s+going\s+to|may\s+not|might\s+not)\s+be\s+(?:here|around|"
        r"alive)\s+(?:much\s+)?(?:longer|for\s+long|tomorrow|by\s+(?:then|saturday|the\s+"
        r"weekend))\b",
        r"\bdark\s+(?:place|thoughts)\b",
        # Goodbyes and affairs put in order; not letters to the council or the landlord
        r"\b(?:written|wrote|writing|left|leaving)\s+(?:a\s+)?(?:letters?|notes?|goodbye)\s+"
        r"(?:to|for)\s+(?:my|everyone|the\s+(?:kids|children|family|people\s+i\s+love))\b",
        r"\bin\s+case\s+(?:something|anything)\s+happens\s+to\s+me\b",
        r"\bgiv(?:e|ing|en)\s+(?:away\s+)?(?:all\s+)?(?:my|my\s+\w+)\s+(?:things|stuff|belongings)"
        r"\s+(?:away|to)\b",
        r"\bgiv(?:e|ing|en)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions)\b",
        _NOT_PAPERWORK
        + r".*?\b(?:sorted|sorting|put|putting)\s+(?:out\s+)?my\s+(?:affairs|will)\b",
        r"\b(?:this\s+is|saying)\s+(?:my\s+)?(?:goodbye|last\s+message)\b(?!\s+(?:to\s+the\s+"
        r"(?:assembly|group)|for\s+now))",
        r"\bwill\s+not\s+(?:hear|see)\s+(?:from\s+)?me\s+again\b",
        r"\b(?:said|saying|say)\s+my\s+goodbyes\b|\bgoodbye\s+to\s+(?:the\s+)?(?:people\s+who\s+matter|"
        r"everyone\s+i\s+love|my\s+(?:kids|children|family))\b",
        _NOT_PAPERWORK + r".*?\b(?:written|wrote|writing|made|sorted|updated)\s+(?:out\s+)?my\s+"
        r"will\b",
        r"\b(?:left|leaving|written|wrote)\s+instructions\s+for\b",
        r"\b(?:with\s+me|(?:once|when|after)\s+i\s+am)\s+(?:gone|dead|out\s+of\s+the\s+way)\b"
        r"(?!\s+(?:on|to|for|from|away))",
        r"\b(?:keep|kept|been|can\s+not\s+stop|always|just)\s+(?:looking|staring)\s+(?:at|down\s+at)\s+"
        r"(?:the\s+)?(?:\w+\s+)?(?:tracks|drop|edge|river|water|pills|tablets|knife|rope|traffic)\b",
        r"\b(?:will\s+not|not\s+going\s+to)\s+need\s+(?:them|it|this|that|my\s+\w+|anything)\s+"
        r"(?:after|any\s+more|where\s+i\s+am\s+going|much\s+longer)\b",
        r"\b(?:sorted|sorting|decided|deciding|worked\s+out|written\s+down)\s+(?:out\s+)?who\s+"
        r"(?:gets|will\s+get|has|takes|should\s+have|can\s+have)\s+(?:my|the)\b",
        r"\bcan\s+not\s+see\s+(?:myself|me)\s+(?:still\s+)?(?:being\s+)?(?:here|around|alive)\s+"
        r"(?:by|for|at|in|much|next|this\s+time)\b",
        # "not sure I'll still be here"; not "not sure I'll be around at 3"
        r"\b(?:do\s+not\s+think|not\s+sure|doubt)\s+(?:i\s+will|ill|i\s+would)\s+still\s+be\s+"
        r"(?:here|around|alive)\b",
        r"\b(?:do\s+not\s+think|not\s+sure|doubt)\s+(?:i\s+will|ill)\s+be\s+(?:here|around|alive)"
        r"\s*(?:$|[.!]|much\s+longer|for\s+(?:much\s+)?long|any\s+more|by\s+(?:christmas|then|the\s+end))",
        r"\bi\s+am\s+not\s+here\s+any\s+more\b|\bnot\s+sure\s+i\s+(?:even\s+)?want\s+to\s+(?:be\s+"
        r"here|be\s+alive|live|exist)\b",
        r"\bwill\s+not\s+(?:be\s+)?need(?:ing)?\b.{0,40}\bwill\s+not\s+be\s+(?:here|around)\b",
        r"\bwish(?:ing)?\s+i\s+could\s+(?:just\s+)?(?:not\s+exist|disappear|die|not\s+wake\s+up|"
        r"sleep\s+for\s*ever|stop\s+existing)\b",
        r"\bwant\s+out\s+of\s+(?:life|this\s+life|everything|this\s+world)\b",
        r"\b(?:do\s+not|does\s+not)\s+deserve\s+to\s+(?:be\s+alive|live|be\s+here|exist)\b|\bcan\s+not\s+"
        r"see\s+(?:any|a)\s+future\b|\bscared\s+of\s+myself\b|\bhow\s+easy\s+it\s+would\s+be\b",
        r"\b(?:finally|going\s+to|gonna)\s+do\s+it\s+(?:tonight|today|this\s+time)\b|\bthe\s+night\s+i\s+"
        r"(?:finally\s+)?do\s+it\b|\bwill\s+not\s+have\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+"
        r"with|see)\s+me\s+(?:soon|much\s+longer|any\s+more|for\s+long)\b",
        r"\b(?:love|loved)\s+(?:you|her|him|them)\s+(?:all\s+)?and\s+goodbye\b|\bwaste\s+of\s+space\b.{0,60}"
        r"\b(?:soon|gone|not\s+be|any\s+more)\b|\bengine\s+running\b.{0,30}\bgarage\b",
        r"\b(?:thinking|think|thought|thoughts)\s+(?:about|of)\s+(?:dying|death|being\s+dead|not\s+"
        r"being\s+here)\b(?!\s+(?:my|it|the|her|his)\b)",
        r"\b(?:can\s+not|do\s+not\s+think\s+i\s+can|not\s+sure\s+i\s+can)\s+(?:keep\s+|go\s+on\s+)?"
        r"(?:living|live)\s+like\s+this\b",
        r"\b(?:see|find)\s+(?:a|any|the)\s+(?:reason|point)\s+to\s+(?:carry\s+on|go\s+on|keep\s+"
        r"going|live|be\s+here)\b" + _NOT_AN_ERRAND,
        _LITTLE_REASON,
        # a day named as the last, beside a loss, a goodbye or letters; not before a move
        r"^(?!.*"
        + _ERRAND_WITH_A_REASON
        + r")(?=.*"
        + _CHOSEN_LAST
        + r")(?=.*(?:"
        + _A_LAST_REASON
        + r"))",
        r"\bways?\s+(?:to|of)\s+(?:end\s+(?:it|things|my\s+life)|die|kill\s+myself|do\s+it)\b",
        r"\blike\s+ending\s+(?:it|things|my\s+life)\b",
        r"\bmy\s+last\b.{0,15}\bfor\s+everything\b|\blast\s+(?:day|night|weekend|week)\s+(?:on\s+earth|"
        r"alive|ever)\b|\b(?:need|needed)\s+to\s+end\s+(?:it|things|my\s+life)\s*(?:$|[.!,]|tonight|now)",
        r"\b(?:posted|sent|left|wrote|found)\s+(?:\w+\s+){0,2}(?:goodbye|note|letter)\b.{0,60}\b(?:not|is\s+"
        r"not|will\s+not)\s+(?:answering|picking\s+up|replying)\b|\bsorry\s+for\s+everything\b.{0,40}"
        r"\bnot\s+(?:answering|picking\s+up|replying)\b",
        r"\bthanks?\s+(?:you\s+)?for\s+everything\b.{0,60}\b(?:take\s+care\s+of\s+yourselves|look\s+after"
        r"\s+yourselves|you\s+have\s+all\s+been|love\s+you\s+all|sorry\s+for\s+everything)\b",
        r"\bnot\s+sure\s+(?:i\s+will|ill)\s+make\s+it\s+through\s+(?:the|this|another)\s+(?:week|night|day|"
        r"weekend)\b",
        r"\bgoodbye\b.{0,40}\b(?:not\s+coming\s+back|for\s+good|forever|for\s+ever|last\s+time)\b",
        r"\b(?:like|as\s+if)\s+(?:he|she|they|i)\s+(?:was|were|is|am)\s+not\s+coming\s+back\b",
        # leaving said as a joke that is not one ("checking out early if you know what i mean");
        # not from a hotel, a till or a shift
        r"^(?!.*\b" + _A_PLACE_LEFT + r"\b)(?=.*\b" + _LEAVING + r"\b)(?=.*\b" + _MEANT + r"\b)",
        # affairs put in order as errands: a pet passed on, a phone or account ended, thanks "at
        # the end"; any two of them, with no new number, move or trip to explain them
        r"^(?!.*"
        + _ERRAND_WITH_A_REASON
        + r")(?=.*"
        + _PET_PASSED_ON
        + r")(?=.*(?:"
        + _LINE_ENDED
        + r"|"
        + _AT_THE_END
        + r"|"
        + _NOT_NEEDING
        + r"))",
        r"^(?!.*"
        + _ERRAND_WITH_A_REASON
        + r")(?=.*(?:"
        + _LINE_ENDED
        + r"))(?=.*"
        + _AT_THE_END
        + r")",
        # not caring any more what happens to oneself; not "what happens with the seating"
        r"\b(?:do|does)\s+not\s+(?:really\s+|even\s+)?care\s+(?:(?:any\s+more|now)\s+what\s+happens|"
        r"what\s+happens\s+(?:to\s+me|any\s+more))\b(?!\s+(?:with|at|on|in|to\s+(?:the|it|them))\b)",
        # A means at hand
        r"\b(?:have|got|bought|found|holding|tied|made)\s+(?:a\s+|the\s+|some\s+)?(?:rope|noose|ligature)\b"
        r"(?!.{0,20}\b(?:for\s+(?:the|a|my)\s+(?:tent|boat|garden|climbing|washing|dog|swing)|tent|camping))",
        r"\bhow\s+(?:i\s+would|id|i\s+will|ill|i\s+could|to)\s+(?:do\s+it|end\s+it|kill\s+myself)\b"
        r"(?!\s+(?:better|differently|again|next))|\b(?:rather|prefer\s+to)\s+(?:not\s+be\s+alive|be\s+dead|"
        # "rather be dead than" have someone see or hear of it, laughed off in the same sentence
        r"not\s+exist)\b(?!\s+than\s+(?:have|let)\b[^.!?]*\b(?:see|sees|seeing|hear|hears|watch|"
        r"find\s+out)\b[^.!?]*(?:\blol\b|\bhaha\w*|\blmao\b|😂|🤣))|"
        r"\bgoodbye\s+(?:letters?|notes?|messages?|videos?)\b",
        r"\b(?:can\s+not|do\s+not)\s+see\s+(?:myself|me)\s+(?:making\s+it|lasting|surviving)\b|\bthrow(?:ing)?"
        r"\s+myself\s+(?:off|in\s+front\s+of|under)\s+(?:\w+\s+)?(?:something|anything)\b",
        r"\b(?:left|leaving|given|gave)\s+(?:the|my)\s+(?:dog|cat|pets?)\s+(?:with|to)\b.{0,80}\b(?:thanks?\s+"
        r"for\s+(?:all|everything)|written|goodbye|letters?)\b|\b(?:razor|blade|lighter|scissors)\s+(?:on|to)\s+"
        r"my\s+(?:arms?|legs?|wrists?|thighs?|skin|stomach|body)\b",
        r"\bnoose\b",
        # sitting with a means at hand for a long while, or nothing done "yet"
        r"\b(?:sat|sitting|lay|lying|stood|standing)\s+(?:\w+\s+){0,4}with\s+(?:a|the|my)\s+(?:razor|"
        r"blade|knife|pills|tablets|rope|belt|lighter)s?\b(?!\s+and\s+fork)(?=.{0,60}\b(?:for\s+"
        r"(?:an?\s+)?(?:hour|hours|ages|ever|the\s+night|half\s+the\s+night)|all\s+night|did\s+not\s+"
        r"do\s+anything|nearly|almost|yet)\b)(?!.{0,60}\b(?:open\w*|parcel|tape|carv\w*|peel\w*|"
        r"sharpen\w*|cut(?:ting)?\s+(?:the|a))\b)",
        # tablets held on to or hidden; not kept in a dosette box or a pill organiser
        r"\b(?:take|taking|swallow)\s+everything\s+in\s+the\s+(?:cupboard|drawer|cabinet|box)\b|"
        r"\b(?:holding\s+on\s*to|keeping|hidden|hiding|stashed?)\s+(?:\w+\s+){0,4}"
        + _MEDS
        + r"\b(?!.{0,40}\b(?:dosette|pill\s+(?:box|organi[sz]er)|blister\s+packs?)\b)",
        # a count of tablets, one's own or someone else's ("about 30 of my mum's sleeping
        # tablets"); not a count taken back, home or to sort for someone
        r"\b(?:took|taken|swallowed|necked|downed|had)\s+"
        + _HEDGE
        + r"(?:\d{2,}|twenty|thirty|forty|fifty|loads|dozens)\s+(?:of\s+)?"
        r"(?:my\s+|the\s+|her\s+|his\s+|them\s+|those\s+)?(?:\w+\s+){0,2}"
        + _MEDS
        + r"\b"
        + NOT_CARRIED_FOR_SOMEONE,
        # a place people go to die, named with a plan
        r"\b(?:beachy\s+head|clifton\s+suspension|humber\s+bridge|the\s+viaduct)\b",
        r"\bhow\s+(?:many|much)\s+(?:\w+\s+)?" + _MEDS + r"\s+(?:it\s+)?(?:would|will|does|to)\s+"
        r"(?:take|kill)\b",
        r"\b(?:bought|buying|got|picked\s+up)\s+(?:\w+\s+){0,3}" + _MEDS + r"\b.{0,40}\b(?:thinking"
        r"\s+about\s+(?:it|taking)|tempted|all\s+at\s+once)\b",
        r"\b(?:going|go|went|heading|walk(?:ing|ed)?|drove|driving)\s+(?:up\s+)?to\s+the\s+(?:bridge|"
        r"cliffs?|tracks|river|roof)\s+(?:tonight|now|again|to\s+(?:end|jump|do))\b",
        r"\b(?:want|going|ready|about|tempted)\s+to\s+jump\s*(?:$|[.!,])",
        r"\b(?:drive|driving|crash|crashing|steer|steering)\s+(?:my\s+|the\s+)?car\s+(?:into|off)\s+"
        r"(?:a|the)\s+(?:wall|tree|bridge|cliff|river|lorry)\b|\b(?:want|wants|wanted|wanting|"
        r"tempted)\s+(?:to\s+)?(?:just\s+)?crash\s+(?:the|my)\s+car\b|"
        # the car taken out and then driven into a wall: "taking the car out and driving it into"
        r"\bcar\b[^.!?]{0,40}?\band\s+(?:drive|driving|crash|crashing|steer|steering)\s+it\s+"
        r"(?:straight\s+)?(?:into|off)\s+(?:a|the)\s+(?:wall|tree|bridge|cliff|river|lorry)\b",
        r"\b(?:standing|sat|sitting|stood|climbed)\s+(?:on|at|by|near|over|up\s+on)\s+(?:the|a|my)\s+"
        r"(?:edge\s+of\s+(?:the|a)\s+)?(?:\w+\s+)?(?:\w*bridge|roof|ledge|cliff|platform\s+edge|railway|"
        r"tracks|balcony)\b",
        r"\bi\s+am\s+(?:up\s+)?on\s+(?:the|a|my)\s+(?:\w+\s+)?(?:roof|ledge|cliff\s+edge|edge)\b",
        # jumping from a height or under a train; not jumping off the bus at a stop to walk up,
        # nor "I could jump off a bridge, I'm so happy" (joy)
        _NOT_FOR_JOY
        + r"(?!jump\w*\s+off\s+(?:a|the|my)\s+(?:bus|train|tube|tram)\s+(?:at|by|near|outside|"
        r"early|one\s+stop|a\s+stop|and\s+(?:walk|run|get|head))\b)"
        r"\b(?:jump|jumping|jumped|throw\s+myself|throwing\s+myself)\s+(?:off|from|in\s+front\s+of|"
        r"under|onto)\s+(?:a|the|my)\s+(?:bridge|roof|building|train|trains|bus|lorry|traffic|car|"
        r"cars|balcony|cliff|tracks|tube|multi\W*storey|car\s*park)\b",
        # thinking of stepping off the platform as the next train comes through
        "^" + every_one_of(_STEPPING_OFF, _TRAIN_COMING),
        r"\b(?:step|stepping|stepped|walk|walking|walked|run|running)\s+(?:out\s+)?(?:in\s+front\s+of|"
        r"into)\s+(?:a|the)?\s*(?:traffic|train|bus|lorry|car|cars|river|sea|canal)\b",
        r"\b(?:hang|hanging|drown|drowning|gas|gassing|poison|poisoning|starve|starving|shoot)\s+"
        + _SELF,
        r"\bknife\b.{0,30}\b(?:in\s+my\s+hand|out|to\s+my|in\s+front\s+of\s+me)\b",
        r"\b(?:got|have|holding|picked\s+up)\s+(?:a|the)\s+knife\b.{0,30}\b(?:in\s+my\s+hand|out)\b",
        # not expecting to be around for a session (or to need its money), with things sorted
        # and letters written; not a move or a trip, or letters to the council
        r"^(?!.*"
        + _ERRAND_WITH_A_REASON
        + r")(?=.*"
        + _NOT_AROUND
        + r")(?=.*(?:"
        + _AFFAIRS_IN_ORDER
        + r"))",
        # going back to a bridge or a roof and "thinking about it"
        _A_HEIGHT + r".{0,60}" + _THOUGHT_ABOUT,
        # calm since an unnamed decision, with tonight as the night or the relief of it
        "^" + every_one_of(_CALM_SINCE_DECIDED, _TONIGHT_IS_IT),
    ),
    # an overdose part taken, with the writer drowsy now
    "an overdose part taken": ("^" + every_one_of(_PART_OF_THEM_TAKEN, _PILLS, _DROWSY_NOW),),
}
