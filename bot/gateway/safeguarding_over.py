"""Harms told as over, as made up or as a figure of speech: what the English net reads past,
for every kind of risk (safeguarding_everyday.without_topics calls `without_the_past` before it
takes the assembly's subjects out).

A harm of the member's own, or of someone close, told as over: when it was ("10 years ago", "in
1998", "when she was 15", "last year") and that it is over ("I'm safe now", "he's in prison
now", "guy got sent down", "he got charged", "I left him the same year", "she's 24 now and doing
great", "I've been well for years", "15 yrs clean now", "so glad I didn't", "now I've got a
council flat", "I've had a good life since and it's why I care about policing", "had
counselling, doing much better now"), with nothing saying it is back, near, still going on or
feared ("again", "he's back", "tonight", "still", "found me"); then only the past clause or
sentence that carries its own time is read past, so a harm now told beside it is still read. And
a harm that is not the member's now: a question put hypothetically ("what would happen if I told
the police my neighbour had threatened me? just hypothetically"), what a first aid course taught
someone to do if someone overdosed, a scene from a drama or a soap ("the drama on BBC where the
husband locks her in", "the storyline where he's being blackmailed is doing my head in"),
wanting to die said as a laugh after a long shift ("16 hour shift, I want to die lol, bed"), and
killing oneself said with a laugh and taken back ("if they lose I'm going to kill myself haha
(not really)"). And what is retold: a soap character's storyline ("Denise on EastEnders is going
to get stabbed"), a line captioned as the writer's reaction to something small ('"I'm going to
end it all" - me after seeing the price of chips'), a rumour of a stranger hurt ("apparently
someone got stabbed outside the station last night"), and wanting to die over a match lost. And
harms that ended or never were: a follower who turned out to be a member as lost as the writer,
a name called online and ignored, a stalker given an order and not seen since. Each is read past
only when nothing in the message says it is real, happening now or coming back.
Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

import re

from bot.gateway.safeguarding_framed import NONE_OWN_OR_NOW, NOT_GOING_ON, SAID_TO_BE_REAL
from bot.gateway.safeguarding_words import every_one_of

# A harm of the member's own, or of someone close, past and told as over ("years ago I was in
# an abusive relationship, I'm safe and happy now", "my ex used to follow me everywhere but that
# was 10 yrs ago and he's in Scotland now", "I was mugged in 2019 ... that's partly why I signed
# up", "my brother was stabbed in 2009 ... I had counselling and I'm in a good place", "when I was
# 15 I got caught up with older boys ... my uncle got me out", "last year my sister's husband was
# beating her but she left him, she's fine now in Leeds"): read past only when the message says
# when it was and that it is over, and nothing in it says it is back, near, still in touch or
# feared (a wish that telling it might help someone is no plea; a scar still there, or the place
# it happened, "outside the station", is not it being near). Then only the past clause itself is
# read past: from its "I was", "we were", "my cousin got" or "my ex used to" (with a time said
# just before it, "years ago I was"), or from any past verb straight after a time ("when I was 15
# I got"), to the next comma, "but" or sentence end and never past a word of now (am, is, now,
# still, again), and only a clause that carries its own time ("at 16", "in 2019", "years ago") or
# is the member's own habit that stopped ("I used to"); another clause in the same message ("my
# daughter was beaten by her boyfriend") is still read.
_WHEN_IT_WAS = (
    r"\b(?:(?:\d+|a\s+few|a\s+couple\s+of|many|some|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty)\s+)?(?:years?|yrs?|decades?)\s+(?:ago|back)\b|\blong\s+(?:time\s+)?ago\b|"
    r"\b(?:at|aged)\s+(?:1\d|[5-9])\b(?!\s*(?:am|pm|o\s*clock|[:.]\d))|"
    r"\bwhen\s+(?:i|he|she|they)\s+(?:was|were)\s+(?:\d+|younger|little|a\s+(?:teen\w*|kid|"
    r"child|student))\b|\bas\s+a\s+(?:teen\w*|kid|child)\b|"
    r"\bin\s+my\s+(?:teens|twenties|20s)\b|\b(?:in|back\s+in)\s+(?:19[5-9]\d|20[0-2]\d)\b|"
    r"\blast\s+year\b|\b(?:in|back\s+in)\s+the\s+(?:(?:19)?[5-9]0\s*s|fifties|sixties|seventies|"
    r"eighties|nineties)\b"
)
_OVER_NOW = (
    r"\b(?:i\s+am|we\s+are|(?:he|she|they)\s+(?:is|are))\s+(?:\w+\s+){0,3}?(?:safe|happy|fine|"
    r"ok|okay|well|free|settled)\s+now\b|\b(?:he|she|they)\s+(?:is|are|lives?|live|moved|"
    r"has\s+moved)\s+(?:in|to)\s+(?!(?:the|"
    r"a|my|our|your|his|her|town|here|there|front|bed|hospital)\b)\w+(?:\s+\w+)?\s+now\b|"
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:long\s+gone|out\s+of\s+my\s+life)\b|\bback\s+then\b|"
    r"\b(?:behind\s+me|in\s+the\s+past)\b|\b(?:that|it)\s+(?:is|was)\s+(?:all\s+|long\s+)?over\b|"
    r"\b(?:got|have|found)\s+(?:(?:my|our)\s+own|an?\s+(?:council|housing\s+association|social"
    r"\s+housing))\s+(?:flat|place|home|house)\b|"
    # a case, referral or enquiry about the member's family closed with nothing to act on
    r"\b(?:it|that|the\s+(?:case|referral|enquiry|investigation))\s+(?:was|got)\s+closed\s+"
    r"(?:with\s+)?(?:no\s+further\s+action|nfa)\b|"
    r"\b(?:partly|part\s+of|one\s+reason|the\s+reason|(?:it|that)\s+is)\s+why\s+i\s+(?:wanted\s+"
    r"to\s+)?(?:join|signed\s+up|applied|volunteered|got\s+involved|do\s+this|care\s+"
    r"(?:so\s+much\s+)?about)|"
    # a good life since ("i got out, i have had a good life since")
    r"\b(?:i|we)\s+(?:have\s+)?had\s+a\s+(?:really\s+|very\s+)?(?:good|great|happy)\s+life\s+"
    r"since\b|"
    # in a good place ("but i had counselling and i am in a good place"), not "in a good place
    # to" do something; someone who got the member out of it
    r"\b(?:i\s+am|we\s+are)\s+(?:now\s+)?in\s+a\s+(?:(?:really|much|very|so)\s+)?(?:good|"
    r"better|great|happy|healthy)\s+place\b(?!\s+(?:to|for)\b)|"
    r"\b(?:got|get|helped|pulled)\s+me\s+out\b(?!\s+of\s+(?!(?:it|there|that)\b))|"
    # the person harmed recovered ("he recovered fine", "she made a full recovery")
    r"\b(?:he|she|they|i|we)\s+(?:has\s+|have\s+)?(?:(?:fully\s+)?recovered\s+(?:fine|fully|"
    r"well|completely|ok|okay)|made\s+a\s+(?:full|good|complete)\s+recovery|(?:is|are|am)\s+"
    r"(?:now\s+)?(?:fully\s+)?recovered)\b|"
    # the person harmed much better now ("he is much happier at his new school now")
    r"\b(?:he|she|they|i|we)\s+(?:is|are|am)\s+(?:so\s+much|much|a\s+lot|far|way|loads)\s+"
    r"(?:happier|better|more\s+settled|more\s+confident)\b[^.!?]{0,40}?\bnow\b|"
    # the one who did it convicted or sent down, or the police dealt with it
    r"\b(?:was|were|got|been|is|are)\s+(?:convicted|jailed|sentenced|imprisoned|sent\s+down|"
    r"locked\s+up|charged)\b|\bpolice\s+(?:dealt\s+with|sorted|handled)\s+(?:it|him|her|them)\b|"
    # the member left them, well supported now, well for years since, or the person harmed grown
    # up now
    r"\b(?:i|we)\s+(?:finally\s+)?(?:left|divorced)\s+(?:him|her|them)\b|"
    r"\bi\s+am\s+(?:\d+\s+now\W+(?:and\s+)?|now\s+)?(?:really\s+|very\s+)?well\s+supported\b|"
    r"\b(?:been|doing)\s+(?:really\s+|so\s+)?well\s+(?:for\s+(?:years|ages|a\s+long\s+time)|"
    r"ever\s+since)\b|\b(?:he|she|they)\s+(?:is|are)\s+(?:\d+|(?:all\s+)?grown\s+up|an?\s+"
    r"adults?)\s+now\b|"
    # clean of it for years ("15 yrs clean now", "clean for ten years"), or glad the member did
    # not go through with it ("so glad I didn't!")
    r"\b(?:\d+|many|a\s+few|ten|twenty)\s+(?:years?|yrs?)\s+clean\b|\bclean\s+(?:for|since)\s+"
    r"(?:\d+|many|a\s+few|ten|twenty|over\s+\w+)\s+(?:years|yrs)\b|"
    r"\b(?:so\s+|really\s+|very\s+)?glad\s+i\s+(?:did\s+not|never)\b|"
    # the person harmed doing well now ("she is remarried and doing brilliantly")
    r"\b(?:he|she|they|i|we)\s+(?:is|are|am)\s+(?:\w+\s+and\s+)?doing\s+(?:brilliantly|"
    r"great|amazingly|really\s+well|so\s+well)\b|"
    # doing better since, with help had ("had counselling, doing much better now")
    r"\b(?:been\s+|am\s+)?doing\s+(?:much|a\s+lot|so\s+much|loads|way|far)\s+better\s+"
    r"(?:now|these\s+days|since)\b|"
    # a time told as long gone ("20 years ago now")
    r"\b(?:\d+|many|a\s+few|ten|twenty|thirty)\s+(?:years|decades)\s+ago\s+now\b"
)
_BACK_NEAR_OR_FEARED = (
    r"\b(?:again|still(?!\s+(?:got|has|have)\s+(?:the|a|his|her|my|their)\s+scars?\b)"
    r"(?!\s+(?:happy|keen|glad|up\s+for)\b)|(?:came|"
    r"come|comes|coming)\s+back|back\s+(?:in(?!\s+(?:(?:19|20)\d\d|the\s+(?:(?:19)?[5-9]0\s*s|"
    r"fifties|sixties|seventies|eighties|nineties))\b)|to|round|here)|found\s+me|"
    r"finds\s+me|tracked|(?:turned|turns|turning|showed|shows)\s+up|"
    # outside where someone lives, not where it happened ("got stabbed outside the station")
    r"outside(?!\s+(?:the|a)\s+(?:station|tube|club|pub|bar|chicken\s+shop|chippy|stadium|"
    r"ground)\b)|released|(?:out|getting\s+out|gets\s+out)\s+of\s+prison|out\s+now|tonight|"
    r"(?<!rate\s)(?<!letter\s)today(?!\s+\d)|"
    r"this\s+(?:week|morning)|"
    r"last\s+(?:night|week)|yesterday|lately|recently|scared|afraid|frightened|terrified|worried|"
    r"unsafe|not\s+safe|help(?!\s+(?:someone|somebody|others|other\s+people|anyone\s+else)\b)|"
    r"keeps|kept\s+\w+ing|messag\w*|texting|calling|ringing|contact\w*|watching)\b"
)
_TOLD_AS_OVER = re.compile(
    "^" + every_one_of(_WHEN_IT_WAS, _OVER_NOW) + r"(?!.*(?:" + _BACK_NEAR_OR_FEARED + r"))"
)
# A harm to someone close, long past, that a session brought back to mind or made the member cry
# over, with the member saying they are fine or felt better after and nothing saying it is back,
# near or feared ("talking about knife crime brought back my cousin getting stabbed in 2009 ...
# I'm fine, off to see my mates", "I cried when we talked about knife crime, my nephew was
# stabbed years ago ... I felt better after"): the clause brought back is read past; a harm of
# their own brought back, or a recent one, is still read.
_MEMORY_BROUGHT_BACK = re.compile(
    r"(?:\b(?:brought|brings|bring|bringing)\s+(?:back|up)\s+(?:(?:memories|the\s+memory|the\s+"
    r"time)\s+of\s+|(?:the\s+time\s+)?when\s+)?|\b(?:cried|got\s+upset|got\s+emotional|welled"
    r"\s+up)\b[^.!?]{0,40}?\bwhen\s+we\s+(?:talked|were\s+talking|spoke)\s+about\s+(?:\w+[\s,]+)"
    r"{1,3}?)my\s+(?:\w+\s+)?(?:cousin|brother|sister|uncle|"
    r"aunt\w*|dad|father|mum|mother|son|daughter|friend|mate|nephew|niece|grandad|grandma|gran|"
    r"nan|neighbou?r)s?\s+(?:getting|being|was|got)\s+(?:stabbed|shot|attacked|beaten\s+up|"
    r"beaten|mugged|killed|murdered|assaulted|jumped)\s+(?:" + _WHEN_IT_WAS + r")"
)
_FINE_NOW = re.compile(
    r"\bi\s+am\s+(?:\w+\s+)?(?:fine|ok|okay|alright|all\s+right|good|grand)\b"
    r"(?!\s+(?:to|with|for)\b)|\bi\s+felt\s+(?:much\s+|a\s+lot\s+|loads\s+)?better\s+"
    r"(?:after|afterwards)\b"
)
_BROUGHT_BACK_IS_BACK = re.compile(_BACK_NEAR_OR_FEARED)


# Any verb in the past tense, which starts a past clause when a time is said just before it
# ("when i was 15 i got caught up").
_DID = (
    r"(?:got|did|went|ran|left|fell|took|put|hid|slept|spent|told|ended\s+up|"
    r"(?!(?:need|want)ed\b)\w+ed)"
)
_PAST_CLAUSE = re.compile(
    r"(?:(?:"
    + _WHEN_IT_WAS
    + r")\W*\b(?:i|we)\s+"
    + _DID
    + r"|(?:(?:"
    + _WHEN_IT_WAS
    + r")\W*)?\b(?:i|we|he|she|they|and|my\s+(?:\w+\s+)?\w+)\s+(?:was|were|used\s+to|had|got)"
    # or someone else's past act straight after a time ("years ago an ex put a tracker on")
    + r"|(?:"
    + _WHEN_IT_WAS
    + r")\W*\b(?:an?|my)\s+(?:\w+\s+)?\w+\s+"
    + _DID
    # or someone's past act, its time said after it ("my husband pushed me down the stairs in
    # 1998", "the man who threatened me at the station last year", "a friend of mine was ...")
    + r"|\b(?:my\s+(?:\w+\s+)?\w+|dad|mum|mam|mom|grandad|nan|gran|someone|somebody|"
    r"an?\s+\w+\s+of\s+(?:mine|ours)|"
    r"(?:the|a|that)\s+(?:\w+\s+)?"
    r"(?:man|woman|guy|bloke|lad|boy|girl|person|stranger|men|lads|boys|people)\s+who)\s+"
    r"(?:was|were|had|"
    + _DID
    + r")"
    # or a past verb straight after "i", its time said after it ("i sofa surfed in my 20s")
    # or the member's own habit, its "i" left out at the start of a sentence ("used to self harm
    # as a teen")
    + r"|(?:^|(?<=[.!?]\s))used\s+to"
    + r"|\b(?:i|we)\s+(?:(?!(?:am|are|was|were|have|has|had|will|would|could|should|feel|felt|"
    r"get|got|be|been|keep|kept|still|just|now)\b)\w+\s+)?" + _DID + r")\b"
    r"(?:(?!\b(?:am|is|are|now|still|again|keeps?|has|have|will|but(?!\s+(?:that|it)\s+was))\b)"
    r"[^.!?,;]){0,80}(?:,\s*(?:" + _WHEN_IT_WAS + r")(?:\s+now)?\b)?"
)
# Old marks of the member's own self-harm dated to long ago ("old self-harm scars on my arms from
# years ago"), read past when the message also says it is over and nothing says it is back.
_OLD_MARKS = re.compile(
    r"\b(?:old\s+)?(?:self\s*-?\s*harm\s+)?(?:scars|marks)\s+(?:on\s+my\s+\w+\s+)?from\s+(?:"
    + _WHEN_IT_WAS
    + r"|my\s+(?:teens|twenties|20s|school\s+days|uni\s+days))"
)
# A survivor of a harm long past, said of the member ("I'm a survivor of domestic abuse from
# years ago", "as a survivor of ..."): the clause up to its end.
_SURVIVOR_OF = re.compile(
    r"\b(?:(?:i|we)\s+(?:am|are)\s+|as\s+)(?:a\s+)?survivors?\s+of\b[^.!?,;]{0,80}"
)
# The orders a court gives to keep someone away.
_ORDER_KIND = r"restraining|non\s*-?\s*molestation|protection"
# A court order got against the one who did it, in a message told as over and with nothing
# back or near ("he got a restraining order and moved away"): the harm dealt with, not a risk.
_ORDER_GOT = re.compile(
    r"\b(?:(?:he|she|they|i|we)\s+(?:got|was\s+given|were\s+given)|(?:the|a)\s+(?:court|judge)\s+"
    r"(?:gave|granted)\s+(?:her|him|me|us|them))\s+(?:an?|the)\s+"
    r"(?:" + _ORDER_KIND + r")\s+order\b"
)
# A sentence led by its time ("when i was 16 and my parents found out, i planned to kill
# myself."): the whole sentence, never past a word of now.
_TIME_LED_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:" + _WHEN_IT_WAS + r")\b"
    r"(?:(?!\b(?:am|is|are|now|still|again|keeps?|has|have|will)\b)[^.!?]){0,160}"
)
_DATED = re.compile(_WHEN_IT_WAS)
_OWN_HABIT = re.compile(r"(?:(?:i|we)\s+)?used\s+to\b")


def _read_past(clause: re.Match[str]) -> str:
    """The past clause taken out when it carries its own time or is the member's own habit that
    stopped; any other clause is left to be read."""
    said = clause.group(0)
    if _DATED.search(said) or _OWN_HABIT.match(said):
        return " a topic "
    return said


# Said to be the member's own too: "the same happened to me", "that's my life", "like mine".
SAME_AS_MINE = (
    r"\b(?:same\s+(?:thing\s+)?(?:happened|happens|is\s+happening|has\s+happened)|"
    r"(?:happened|happening|happens)\s+to\s+(?:me|my|us)|like\s+(?:me|mine|my|us)|me\s+too|"
    r"my\s+(?:life|story|situation|marriage|relationship|home)|(?:that|this)\s+(?:is|was)\s+"
    r"(?:exactly\s+|just\s+)?me)\b"
)
# Said to be now, happening or coming back: a question or a scene is then the member's own.
_NOW_OR_BACK = re.compile(
    SAME_AS_MINE
    + r"|\b(?:now|tonight|today|right\s+now|at\s+the\s+moment|currently|again|still|outside|"
    r"(?:he|she|they)\s+(?:is|are)\s+back|came\s+back|coming\s+back|not\s+(?:hypothetical\w*|"
    r"joking|kidding)|seriously|for\s+real|really\s+(?:happening|is))\b"
)
# A question put as a hypothetical ("what would happen if I told the police my neighbour had
# threatened me? ... just hypothetically for the discussion"): the question to its question
# mark, only when the message says it is hypothetical, nothing says it is real or now and no
# harm in it is told as going on.
_HYPOTHETICAL = re.compile(r"\b(?:hypothetical\w*|in\s+theory|theoretically)\b")
_WHAT_WOULD_HAPPEN_IF = re.compile(
    r"\b(?:what\s+(?:would|will|could|should)\s+happen|what\s+happens|what\s+(?:would|do|"
    r"should)\s+(?:you|they|the\s+police)\s+do)\s+if\b(?:" + NOT_GOING_ON + r"[^.!?]){0,160}\?"
)
# What a course taught someone to do ("I did a first aid course so I know what to do if
# someone's overdosed or having a stroke"): the skill, to the end of its sentence, only with a
# course or training named, never past a word of the member's own or of now.
_TRAINED = re.compile(r"\b(?:course|training|trained|first\s+aid(?:er)?|qualified)\b")
_KNOW_WHAT_TO_DO_IF = re.compile(
    SAID_TO_BE_REAL
    + r"\b(?:know|knows|knew)\s+(?:what\s+to\s+do\s+|how\s+to\s+(?:\w+\s+){1,3}?)(?:if|when)\s+"
    r"(?:someone|someones|somebody|a\s+person|people|anyone|a\s+(?:colleague|customer|child|"
    r"patient))\b(?:" + NONE_OWN_OR_NOW + r"[^.!?]){0,100}"
)
# A scene from a drama, a film or a soap ("that drama on BBC where the husband locks her in the
# bedroom"): the scene, to the next comma or sentence end or to the viewer's word on it ("is
# doing my head in", "is so hard to watch"), only when the whole of it has no word of the
# member's own.
_VIEWERS_WORD = (
    r"\s+(?:is|was|are|has\s+been)\s+(?:doing\s+my\s+head\s+in|(?:so\s+|really\s+|too\s+)?"
    r"(?:hard|grim|upsetting|intense|gripping|heartbreaking|harrowing|difficult)\s+to\s+watch|"
    r"making\s+me\s+(?:cry|sad|angry|so\s+\w+))\b"
)


def _scene_of(shows: str) -> re.Pattern[str]:
    """The scene of one of `shows` from its "where" to its clause's end or the viewer's word."""
    return re.compile(
        r"\b(?:the|that|this|a|an)\s+(?:\w+\s+)?(?:" + shows + r")\s+(?:on\s+(?:\w+\s+){1,2}?)?"
        r"(?:where|in\s+which|when)\b(?=(?:(?!\b(?:i|me|my|myself|mine|we|us|our)\b)(?!"
        + _VIEWERS_WORD
        + r")[^.!?,;]){0,120}(?:[.!?,;]|$|"
        + _VIEWERS_WORD
        + r"))(?:(?!"
        + _VIEWERS_WORD
        + r")[^.!?,;]){0,120}"
    )


_SCENE = _scene_of(r"drama|soap|film|movie|series|episode|tv\s+show|storyline|novel|play")
# "The bit where" or "the scene where" is a scene only when the message says a show was watched.
_A_BIT_OF_IT = _scene_of(r"bit|scene|part")
# Wanting to die said as a laugh about being worn out ("just finished a 16 hour shift, I want to
# die lol, bed"): the words with the laugh, only beside a word of being tired out and nothing
# saying it is meant or now.
_WORN_OUT = re.compile(r"\b(?:shifts?|knackered|exhausted|shattered|so\s+tired|long\s+day|bed)\b")
_DIE_LAUGHED = re.compile(
    r"\bi\s+(?:just\s+|literally\s+)?(?:want|wanna)\s+(?:to\s+)?die\s+(?:lol|haha\w*|lmao|"
    r"rofl)\b"
)
_MEANT = re.compile(
    r"\b(?:not\s+(?:joking|kidding)|seriously|for\s+real|honestly|actually|really\s+do|tablets|"
    r"pills|rope|end\s+it|no\s+point|done\s+with|goodbye)\b"
)


# Killing oneself said with a laugh and taken back ("if they lose I'm going to kill myself haha
# (not really, see you sunday)"): the words with the laugh, only when the message takes it back
# and nothing says it is meant.
_KILL_MYSELF_LAUGHED = re.compile(
    r"\bi\s+(?:am\s+(?:going\s+to|gonna)|will|would|could|might|(?:want|wanna)(?:\s+to)?)\s+"
    r"(?:just\s+|literally\s+)?(?:kill\s+myself|die)\s*(?:lol|haha\w*|lmao|rofl)\b"
)
_TAKEN_BACK = re.compile(
    r"\b(?:not\s+really|jk|(?:just|only)\s+(?:kidding|joking)|i\s+am\s+(?:kidding|joking))\b"
)


# What happens to a character in a named soap ("Denise on EastEnders is going to get stabbed at
# the wedding, they showed it in the trailer"): from the character to the clause's end, never
# past a word of the writer's own.
_SOAPS = (
    r"eastenders|corrie|coronation\s+street|emmerdale|hollyoaks|neighbours|home\s+and\s+away|"
    r"the\s+archers|casualty|holby|love\s+island|waterloo\s+road"
)
_WATCHED_A_SHOW = re.compile(
    r"\b(?:watch|watched|watching|saw|see|seen)\s+(?:\w+\s+){0,2}?(?:" + _SOAPS + r"|(?:the|that|"
    r"this)\s+(?:\w+\s+)?(?:drama|soap|film|movie|series|episode|show))\b"
)
_SOAP_CHARACTER = re.compile(
    r"\b\w+\s+(?:on|in)\s+(?:" + _SOAPS + r")\b(?:(?!\b(?:i|me|my|myself|we|us|our)\b)"
    r"[^.!?,;]){0,120}"
)
# A line captioned as the writer's reaction to something small ('"I'm going to end it all" - me
# after seeing the price of chips'): the quoted line, only when nothing says it is meant.
_CAPTIONED = re.compile(
    r"\"[^\"]{1,80}\"\s*-+\s*me\s+(?:after|when|seeing|watching|reading|trying|realising|"
    r"every\s+time|whenever)\b[^.!?]{0,80}"
)
# A rumour of a stranger hurt, passed on from the street ("apparently someone got stabbed
# outside the station last night, stay safe all"): the clause, when it carries a time past.
_RUMOUR = re.compile(
    r"\b(?:apparently|reportedly|heard|people\s+(?:are\s+)?saying)\s+(?:that\s+)?(?:someone|"
    r"somebody|a\s+(?:man|woman|lad|guy|boy|girl|teenager|teen|person|young\s+\w+))\s+(?:got|"
    r"was|has\s+been|had\s+been)\s+(?:stabbed|shot|attacked|mugged|robbed|jumped|killed|hit)"
    r"\b(?=[^.!?,;]{0,60}\b(?:last\s+night|yesterday|earlier|this\s+morning|at\s+the\s+"
    r"weekend)\b)[^.!?,;]{0,60}"
)
# Wanting to die over a match ("Arsenal murdered us, I want to die, never watching again"):
# the words, only beside a match lost and nothing saying it is meant.
_MATCH_LOST = re.compile(
    r"\b(?:the\s+(?:match|game|derby|final)|(?:murdered|battered|thrashed|hammered|destroyed)\s+"
    r"us|never\s+watching\s+(?:again|them|that)|relegat\w+|full\s+time)\b"
)
_CAPTION_MEANT = re.compile(
    r"\b(?:tablets|pills|rope|goodbye|tonight|seriously|not\s+(?:joking|kidding)|for\s+real)\b"
)
_DIE_OVER_IT = re.compile(r"\bi\s+(?:just\s+|literally\s+)?(?:want|wanna)\s+(?:to\s+)?die\b")


def _without_retold(read: str) -> str:
    """The message with a soap's storyline, a captioned meme, a rumour of a stranger hurt and
    wanting to die over a match taken out."""
    read = _SOAP_CHARACTER.sub(" a topic ", read)
    if not _CAPTION_MEANT.search(read):
        read = _CAPTIONED.sub(" a topic ", read)
    read = _RUMOUR.sub(" a topic ", read)
    if _MATCH_LOST.search(read) and not _MEANT.search(read):
        read = _DIE_OVER_IT.sub(" a topic ", read)
    return read


# Someone who followed the member, found to be harmless ("a lady followed me all the way from
# the station, turns out she was an assembly member and just as lost as me"): the following,
# to the next comma or sentence end, read past when nothing says it is back, near or feared.
_FOUND_HARMLESS = re.compile(
    r"\bturn(?:s|ed)\s+out\s+(?:she|he|they|it)\s+(?:was|were|is|are)\s+(?:just\s+|also\s+)?"
    r"(?:an?\s+(?:\w+\s+)?(?:member|neighbou?r|friend|colleague|student|tourist|delivery\s+\w+)|"
    r"(?:going|heading|walking)\s+(?:to\s+)?the\s+same|(?:as\s+)?lost|one\s+of\s+us)\b"
)
_FOLLOWED = re.compile(r"\b(?:followed|following)\s+(?:me|us)\b[^.!?,;]{0,80}")
# A name called online and shrugged off ("someone on the facebook group called me a grass for
# joining the assembly, I just ignored it, keyboard warriors"): the name called, read past only
# when nothing else threatens, nothing is feared and it was not for a statement or evidence.
_ONLINE = re.compile(
    r"\b(?:facebook|fb|twitter|instagram|tiktok|nextdoor|reddit|online|comments?|group\s+chat)\b"
)
_SHRUGGED_OFF = re.compile(
    r"\b(?:i\s+)?(?:just\s+)?ignored\s+(?:it|them|him|her)\b|\bkeyboard\s+warriors?\b|"
    r"\bnothing\s+more\b|\bnot\s+(?:bothered|fussed)\b|\bwater\s+off\s+a\s+duck"
)
_MORE_THAN_A_NAME = re.compile(
    r"\b(?:stitches|hurt|kill\w*|stab\w*|find|found|know\s+where|address|outside|coming|"
    r"waiting|watch\w*|scared|afraid|frightened|worried|unsafe|again|tonight|house|door|kids|"
    r"statement|witness|court|evidence|testif\w*|told\s+on|reported|police)\b"
)
_NAME_CALLED = re.compile(r"\bcall(?:ed|ing|s)?\s+me\s+(?:a|an)\s+[^.!?,;]{0,60}")
# A harm ended by a court order, with the one who did it not seen since ("the man who kept
# turning up at my door was given a stalking protection order last year and I have not seen him
# since"): from the sentence's start to "since", never past a harm told as going on, and read
# past only when nothing says it is back, broken or feared.
_ENDED_BY_AN_ORDER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:" + NOT_GOING_ON + r"[^.!?]){0,160}?\b(?:" + _ORDER_KIND + r"|court)"
    r"\s+order\b[^.!?]{0,80}?\b(?:(?:have|has)\s+"
    r"not\s+(?:seen|heard\s+from)\s+(?:him|her|them)\s+since|(?:has|have)\s+left\s+(?:me|us)\s+"
    r"alone\s+since)\b"
)
_ORDER_BROKEN = re.compile(
    r"\b(?:again|back|breach\w*|broke|broken|tonight|today|right\s+now|outside|found\s+me|"
    r"still|scared|afraid|frightened|terrified|worried|unsafe|not\s+safe|last\s+night|"
    r"this\s+week|yesterday)\b"
)


def _without_harms_ended(read: str) -> str:
    """The message with a follower found harmless, a name called online and shrugged off, and a
    harm ended by a court order taken out, each when nothing says it is back or feared."""
    if _FOUND_HARMLESS.search(read) and not _BROUGHT_BACK_IS_BACK.search(read):
        read = _FOLLOWED.sub(" a topic ", read)
    shrugged_off = _ONLINE.search(read) and _SHRUGGED_OFF.search(read)
    if shrugged_off and not _MORE_THAN_A_NAME.search(read):
        read = _NAME_CALLED.sub(" a topic ", read)
    if not _ORDER_BROKEN.search(read):
        read = _ENDED_BY_AN_ORDER.sub(" a topic ", read)
    return read


def without_the_past(read: str) -> str:
    """The message with a harm told as over, a question put hypothetically, what a course
    taught, a scene from a drama and wanting to die laughed off after a long shift taken out,
    and first what is retold (a soap's storyline, a captioned meme, a rumour, a match lost)."""
    read = _without_harms_ended(_without_retold(read))
    if _TOLD_AS_OVER.search(read):
        read = _TIME_LED_SENTENCE.sub(" a topic ", read)
        read = _OLD_MARKS.sub(" a topic ", _PAST_CLAUSE.sub(_read_past, read))
        read = _SURVIVOR_OF.sub(_read_past, read)
        read = _ORDER_GOT.sub(" a topic ", read)
    if _FINE_NOW.search(read) and not _BROUGHT_BACK_IS_BACK.search(read):
        read = _MEMORY_BROUGHT_BACK.sub(" a topic ", read)
    if _NOW_OR_BACK.search(read):
        return read
    if _HYPOTHETICAL.search(read):
        read = _WHAT_WOULD_HAPPEN_IF.sub(" a topic ", read)
    if _TRAINED.search(read):
        read = _KNOW_WHAT_TO_DO_IF.sub(" a topic ", read)
    if _WORN_OUT.search(read) and not _MEANT.search(read):
        read = _DIE_LAUGHED.sub(" a topic ", read)
    if _TAKEN_BACK.search(read) and not _MEANT.search(read):
        read = _KILL_MYSELF_LAUGHED.sub(" a topic ", read)
    if _WATCHED_A_SHOW.search(read):
        read = _A_BIT_OF_IT.sub(" a topic ", read)
    return _SCENE.sub(" a topic ", read)
