"""The English phrase net, part four: risks said in two halves, each everyday on its own ("I'm
frightened to walk back" and "people spat at me"; "the kids next door" and "left alone for
days"; "not allowed out" and "he's got my bank card"; "he reads everything" and "only send me
dates and times, nothing else"; "too scared to go in" and "he's been
drinking since lunch"; "ME SCARED" and "MAN FOLLOW ME", a menace with the verb bare as
BSL-shaped English signs it; "he takes everything out of the joint" and "I'm not allowed a
card"; "if he lets me" and "if I go I'm not coming back in the house"). A message is a risk
when it has both halves (CUE_PAIRS). Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from bot.gateway.safeguarding_danger import DURATION, EVERYDAY_HUNGER
from bot.gateway.safeguarding_harm import _CHILD, _FEAR

# Fear in the first person, or a message that says something frightens the writer.
_AFRAID = (
    r"\b(?:(?:i\s+(?:am|feel|was|felt|get|got|have\s+been)|me|we\s+are|were|she\s+is|he\s+is|they\s+"
    r"are)\s+(?:\w+\s+){0,2}" + _FEAR + r"|(?:scaring|scares|frightens|frightening|terrifying|"
    r"terrifies)\s+(?:me|us|her|him|the\s+kids)|mak(?:es|ing)\s+(?:me|us)\s+(?:feel\s+)?(?:"
    r"scared|frightened|unsafe|nervous|uncomfortable|sick)|made\s+me\s+(?:feel\s+)?(?:scared|"
    r"frightened|unsafe|sick)|i\s+(?:am|feel)\s+(?:\w+\s+)?(?:unsafe|not\s+safe))\b"
)
# What another person does that menaces: being outside, following, watching, shouting, hitting.
_MENACE = (
    r"\b(?:outside\s+(?:my|our|the|her)|following|followed|follows|watching|waiting\s+for|"
    r"turning\s+up|turned\s+up|turns\s+up|shouting|shouted|shouts|screaming|banging|threat\w*|"
    r"spat|spit|swore\s+at|called\s+me|calling\s+me|names|messaging\s+me|texting\s+me|"
    r"knows?\s+where|gang|lads|grass|snitch|hit|hits|hitting|hurt|attacked|"
    r"pushed|grabbed|drunk|angry|rage|temper|kill|knife|weapon|men\s+came|came\s+round|"
    r"knocking|broke|smashed|go\s+back|dangerous|coming\s+back|on\s+(?:his|her|their)\s+way|"
    r"coming\s+(?:round|over))\b|"
    # the verb bare, as BSL-shaped English signs it: "MAN FOLLOW ME", "HE WAIT OUTSIDE TOILET"
    r"\b(?:man|men|he|she|someone|somebody|boys?|lads?|guy)\s+(?:(?:follow|touch|grab|push|"
    r"chase)\s+me|wait\s+(?:outside|for\s+me)(?!\s+(?:with|in)\s+(?:the\s+|a\s+)?(?:car|van|"
    r"taxi)))\b"
)
# A child lost for minutes, or found again somewhere safe: a scare that is over ("went missing
# for twenty minutes at the mall, security found her in the toy shop"); not found with older men.
_NOT_A_SCARE_OVER = (
    r"\b(?!\s+for\s+(?:about\s+|like\s+|a\s+few\s+|nearly\s+|almost\s+|maybe\s+)?(?:\w+\s+)?"
    r"(?:seconds|minutes|mins|moments?)\b)(?!.*\b(?:(?:found|find)\s+(?:her|him|them)|"
    r"(?:she|he|they)\s+(?:was|were)\s+found)\s+(?:safe|fine|ok|okay|unharmed|straight\s+away|"
    r"hiding|playing|asleep|(?:in|at|by)\s+the\s+(?:toy\s+shop|shop|park|playground|slide|"
    r"swings|garden|next\s+aisle|cafe|car|library|changing\s+rooms|toilets?|information\s+desk))"
    r"\b)"
)
_NEGLECT_OR_ABUSE = (
    # a blow lands on a person, not on "the ball" or "the road"
    r"\b(?:(?:hitting|hits|hit)(?!\s+(?:the|a)\s+(?:ball|shot|shots|target|road|gym|button|"
    r"jackpot|books|shops|nail|note|notes|spot|deadline|ceiling))|beaten|beating|beats|bruises|"
    r"bruised|black\s+eye|burns|"
    # banging that is a blow, not building work or music ("banging and drilling all night")
    r"(?<!diy\s)banging(?!\s+(?:and\s+|,\s*)?(?:drilling|hammering|sawing|music|tunes|bass))|"
    r"not\s+been\s+to\s+school\s+(?:in|for)\s+(?:weeks|months)|\b(?:[1-5]|12)\s*am\b|"
    r"\d+\s+year\s+old\s+(?:boyfriend|man|guy|bloke)|gives?\s+(?:her|him|them)\s+(?:vodka|alcohol|"
    r"drink|drugs|weed|cigarettes)|older\s+(?:boys|lads)(?!\s+(?:from|at|in|on)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:football|rugby|team|club|school|college|church|mosque|scouts|cadets|gym))|"
    r"shakes|shook|shaking\s+(?:her|him|them|the|it)|have\s+no\s+food|(?:mum|dad|parents?|mother|"
    r"father)\s+(?:is|are)\s+never\s+(?:there|home|around)|(?:a|this|some)\s+(?:man|men|guy|bloke)\s+"
    r"(?:who\s+)?(?:gives?|buys?|drives?|picks?)|"
    r"(?:left|home|on\s+(?:their|his|her)\s+own)\s+alone\s+" + DURATION + r"|"
    r"(?:always|often|look|looks|looked|seem|seems|go|goes|left)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:hungry|starving|dirty|filthy|thin)"
    + EVERYDAY_HUNGER
    + r"|hungry\s+all\s+the\s+time|not\s+(?:being\s+)?fed|"
    r"not\s+(?:had|eaten)\s+(?:a\s+(?:proper\s+)?meal|anything|food|properly)\s+(?:in|for)\s+"
    r"(?:days|a\s+day|ages)|(?:fridge|cupboards?)\s+(?:is|are)\s+(?:empty|bare)|no\s+food\s+in\s+"
    r"the\s+(?:house|flat)|neglected|locked\s+in|cupboard|touch(?:ed|es)(?!\s+(?:\w+\s+)?"
    r"(?:toes|nose|knees|screen|ground|floor|ball|base|wood)\b)|abused|laying\s+into|"
    r"cries\s+(?:for\s+hours|all\s+(?:day|night)|every\s+night)|(?:no\s+one|nobody)\s+ever\s+"
    r"(?:comes|answers|checks)|staying\s+out\s+all\s+night|(?:goes|going|gone|went)\s+missing"
    + _NOT_A_SCARE_OVER
    + r"|"
    r"disappearing\s+for|men\s+in\s+their|older\s+(?:men|man|boyfriend)|"
    r"scared\s+to\s+go\s+home|smacks|smacked|kick(?:s|ed)\s+(?:her|him|them)\b|"
    r"outside\s+(?:late|at\s+night|all\s+night|till\s+late)|wandering\s+(?:the\s+streets?|around)|"
    r"in\s+(?:just\s+)?(?:his|her|a)\s+nappy|scream\w*\s+at\s+(?:their|the|her|his)\s+(?:kids|children)|broken\s+"
    r"(?:arm|leg|wrist|bones?|ribs?)\s+again|"
    # left in the cot or the room all day; not a teenager who stays in his room by choice
    r"(?<!stays\s)(?<!stay\s)(?<!staying\s)(?<!hides\s)(?<!hiding\s)(?<!sulks\s)(?<!sulking\s)"
    r"in\s+(?:his|her|their)\s+(?:cot|room|pram|buggy)\s+(?:all\s+day|for\s+hours)|"
    r"no\s+coat|till\s+late|in\s+the\s+cold|alone\s+in\s+the\s+(?:flat|house|home)|"
    r"(?:been\s+)?gone\s+since|never\s+see\s+(?:the|her|his|their)\s+(?:mum|dad|parents)|"
    r"(?:cries|crying|screams|screaming)\s+constantly|(?:out|outside|alone|on\s+(?:their|his|her)\s+own|"
    r"wandering|back|home)\s+(?:\w+\s+){0,6}(?:till|until|at|after|past)\s+\d+\s*pm\b"
    # out late but home again by a time: over ("he was back by 11")
    r"(?!.*\b(?:he|she|they)\s+(?:was|were|got|came)\s+(?:back|home)\s+(?:by|at|before)\s+\d)|"
    r"(?:two|to|2|new|extra|second)\s+phones|(?:a\s+)?(?:second|extra|another|secret)\s+phone|"
    r"new\s+trainers|designer\s+clothes|(?:says|said)\s+(?:he|she)\s+owes\s+(?:someone|people|them|"
    r"some\s+\w+)|blood\s+on\s+(?:his|her)\s+(?:jacket|clothes|top|hoodie|shirt|coat|trainers)|"
    r"(?:different|older|strange)\s+men\s+(?:\w+\s+)?(?:come\s+and\s+go|coming\s+and\s+going|in\s+"
    r"and\s+out)|(?:looks|looked|seems)\s+(?:so\s+|really\s+)?(?:terrified|petrified|frightened)|"
    r"wads?\s+of\s+cash|will\s+not\s+(?:tell|say)\s+(?:me\s+)?where\s+(?:from|it|they)|"
    r"(?:no\s+one|nobody)\s+(?:comes?\s+for|picks?\s+(?:him|her|them)\s+up|collects|checks\s+on|"
    r"looks\s+after|is\s+looking\s+after)|through\s+the\s+wall|"
    # a mark on the child and the child's own word that a grown-up did it ("a burn on her arm
    # and said daddy did it"), hungry every night at a neighbour's door, a parent never in
    r"(?:burns?|bruises?|cuts?|marks?|black\s+eye|scald)\b.{0,60}?\b(?:says|said|told\s+(?:me|"
    r"us|her|him))\s+(?:that\s+)?(?:dad|daddy|mum|mummy|mam|mammy|step\s*dad|(?:her|his|my|"
    r"their)\s+(?:dad|mum|stepdad|uncle|mums\s+boyfriend))\s+(?:did|done|does)\s+(?:it|that|"
    r"this)(?:\s+to\s+(?:her|him|them))?(?=\s*(?:$|[.,!?;]))|"
    r"(?:comes?|came|turns?\s+up|knocks?)\s+(?:round|over|to\s+(?:ours|mine|my\s+door))\s+"
    r"(?:\w+\s+){0,3}?(?:so\s+|really\s+)?(?:hungry|starving)" + EVERYDAY_HUNGER + r"|"
    r"(?:mums?|dads?|mother|father|parents?)\s+(?:is\s+|are\s+)?never\s+in\b(?!\s+(?:on|at|"
    r"when|till|until|before|after|during|for|the)\b))\b"
)
_OLDER = (
    r"\b(?:my|her|his|our)\s+(?:\w+\s+)?(?:mums?|dads?|grans?|grandad|grandfather|parents?|aunt|uncle|"
    r"elderly|older|disabled|vulnerable)\b|\blearning\s+(?:disabilities|difficulties)\b|\bdementia\b|"
    r"\b(?:elderly|older|disabled|vulnerable)\s+(?:\w+\s+)?"
    r"(?:man|woman|lady|person|neighbou?r|member|relative|people)\b"
)
_PREYED_ON = (
    r"\b(?:take|taking|takes|took|has\s+taken|stealing|steals|stole|using|spends|controls)\s+(?:all\s+)?"
    r"(?:of\s+)?(?:her|his|their)\s+(?:\w+\s+)?(?:money|pension|benefits|savings|cards?|cash)\b|"
    r"\b(?:shouts|screams|swears)\s+at\s+(?:her|him|them)\b|\b(?:scared|frightened|afraid|"
    r"terrified)\s+of\s+(?:him|her|them|\w+\s+son|\w+\s+daughter|\w+\s+carer)\b|\b(?:does\s+not|"
    r"never|has\s+not|will\s+not)\s+(?:been\s+)?(?:let\s+(?:her|him)|feed|fed|feeding|wash|washing|"
    r"give\s+(?:her|him)|giving\s+(?:her|him))\b|"
    r"\b(?:left|leave|leaves|leaving)\s+(?:her|him|them)\s+in\s+(?:wet|dirty|soiled|soaking)\b|\b(?:getting|"
    r"got|making|asking|made)\s+(?:him|her|them)\s+to\s+(?:withdraw|transfer|send|hand\s+over)\b|"
    r"\b(?:hits|hit|slaps|pushes|hurts|shoves|kicks)\s+(?:her|him)\b|"
    r"\bin\s+(?:his|her|their)\s+own\s+(?:mess|urine|waste|faeces|wee|poo)\b|"
    r"\bbruises\b|\blocks?\s+(?:her|him)\b|\b(?:will\s+not|does\s+not|never)\s+let\s+(?:me|us|the\s+"
    r"family)\s+(?:in\s+)?(?:to\s+)?see\s+(?:her|him|them)\b|\bmoved\s+into\s+(?:his|her)\s+(?:flat|house|"
    r"home)\b|\bnot\s+(?:being\s+)?(?:fed|washed|looked\s+after)\b|"
    r"\b(?:making|made|makes|getting|got|pressur\w+|forcing)\s+(?:him|her|them)\s+(?:to\s+)?sign\b|"
    r"\b(?:gave|given|handed|transferred|sent)\s+(?:\w+\s+)?(?:caller|stranger|scammer|man|woman|"
    r"someone|them)\s+all\s+(?:of\s+)?(?:his|her|their)\s+(?:savings|money|pension)\b|\bflinch\w*\b"
)

# Risks said in two halves, each everyday alone: a message with both is a risk.
# Who someone is, named as the reason for what was done to them.
_FOR_WHO_THEY_ARE = (
    r"\b(?:because|cos)\s+(?:i|she|he|we|they)\s+(?:wear|wears|pray|prays|look|looks|speak|speaks)\b|"
    r"\b(?:because|cos)\s+(?:i\s+am|we\s+are|she\s+is|he\s+is|of\s+(?:my|our|her|his|where))\s+"
    r"(?:\w+\s+){0,3}(?:muslim|jewish|black|gay|trans|lesbian|disabled|foreign|polish|romanian|"
    r"asian|colour|religion|skin|accent|headscarf|hijab|come\s+from|from)\b"
)

_INJURIES = (
    r"\b(?:black\s+eye|bruises|bruised|bruising|marks\s+on\s+(?:her|his|my)|burns\s+on|split\s+lip|"
    r"fat\s+lip|swollen\s+(?:eye|lip|face))\b"
)
_AT_HOME = (
    r"\b(?:at\s+home|partner|husband|wife|boyfriend|girlfriend|he|she|him|again|always|every\s+time|"
    r"both\s+times|will\s+not\s+(?:explain|say|talk)|covers?|covering|hides?|hiding|make\s*up)\b"
)
_HELP_NOW = r"\b(?:help|please|scared|frightened|now|quick|urgent)\b"
_MENACING_PERSON_OUTSIDE = (
    r"\b(?:he|she|they|partner|husband|ex|boyfriend)\s+(?:is|are)\s+(?:\w+\s+)?(?:outside|at\s+"
    r"the\s+door|downstairs|on\s+(?:his|her|their)\s+way)\b"
)

_BACK = (
    r"\b(?:he|she|they|partner|husband|ex|boyfriend)\s+(?:is|are)\s+(?:\w+\s+)?back\b(?!\s+(?:from|at|in|"
    r"to|on|now\s+so|home\s+from))"
)
_HELP_OR_RAGE = r"\b(?:help|scared|frightened|angry|drunk|raging|kicking\s+off|worse)\b"

_IF_FOUND_OUT = r"\bif\s+(?:he|she|they|my\s+\w+)\s+(?:ever\s+)?(?:finds?|found|find)\s+out\b"
_HIS_TEMPER = (
    r"\b(?:done\s+it\s+before|did\s+it\s+before|last\s+time|hurt|hit|beat|go\s+mad|goes\s+mad|"
    r"lose\s+it|kick\s+off|temper|violent|scared|frightened|terrified|worse|turns?\s+up|"
    r"have\s+that\s+again|(?:that|it)\s+happen\s+again)\b"
)

# Coercive control said as logistics: kept in, with something of one's own held by someone or
# contact only at times someone else allows ("don't text after 6"); either of the last two alone
# is an errand ("he has my card today, don't text after 6, we're at the cinema").
_KEPT_IN = (
    r"(?:^|[.!?,]\s*|\b(?:i\s+am|i\s+was|she\s+is|he\s+is|we\s+are|says\s+i\s+am)\s+)not\s+"
    r"(?:allowed|let)\s+out\b(?!\s+(?:late|after|past|till|until|on\s+a\s+school|of\s+(?:the|my)\s+"
    r"(?:meeting|session|contract)))|\b(?:will\s+not|does\s+not|would\s+not)\s+let\s+(?:me|her)\s+"
    r"(?:go\s+)?out\b|\bkept\s+(?:me|her)\s+in\b"
)
_HELD = (
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|my\s+\w+)\s+(?:is\s+|has\s+)?"
    r"(?:got|has|keeps|kept|took|taken|holds|hid|hidden)\s+(?:all\s+)?(?:my|her)\s+(?:bank\s+)?"
    r"(?:cards?|phone|passport|money|purse|wallet|keys\s+and\s+(?:my\s+)?(?:phone|cards?|bank|"
    r"money|purse))\b"
)
_CONTACT_ALLOWED = (
    r"\b(?:do\s+not|never|can\s+not|only)\s+(?:text|call|ring|message|"
    r"phone|email)\s+(?:me\s+)?(?:after|before|past|between|when\s+(?:he|she|they)|while\s+(?:he|"
    r"she|they)|at\s+(?:night|the\s+weekend|weekends))\b|"
    # only the bare dates sent, nothing else ("please only send me dates and times")
    r"\bonly\s+(?:send|text|message)\s+(?:me\s+)?(?:the\s+)?(?:dates|times|dates\s+and\s+times|"
    r"reminders)\b[^.!?]{0,20}?\bnothing\s+else\b|"
    # nothing sent where he would see it, or the phone handed to him for checking
    r"\b(?:do\s+not|never|please\s+do\s+not)\s+send\s+(?:me\s+)?anything\s+(?:by|in\s+the|"
    r"through\s+the|to\s+(?:my|the))\s+(?:post|email|letter|house)\b|\b(?:have\s+to|got\s+to|"
    r"must|makes?\s+me)\s+(?:hand|give|show)\s+(?:him|her|them)\s+my\s+phone\b"
)
# Someone listening in or reading the member's phone, or reading everything they get; not
# reading it out to someone who cannot see it.
_OVERHEARD = (
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend)\s+(?:is\s+|always\s+)?(?:(?:listens|"
    r"listening)(?:\s+in|\s+to\s+(?:everything|my|me|all))?\b(?!\s+to\b)|can\s+hear\s+(?:me|everything)|"
    r"reads\s+my\s+(?:texts|messages|phone)|checks\s+my\s+(?:phone|texts|messages)|goes\s+through\s+"
    r"my\s+phone|(?:reads|checks|sees|goes\s+through)\s+everything\b(?!\s+(?:out|aloud|to\s+me|"
    r"for\s+me)\b))"
)

# Too scared to go (back) in or home, and someone there drinking, drunk or threatening to
# "finish what he started"; not too scared to go in the sea, nor home in the dark, nor a coffee,
# nor laughed off.
_SCARED_TO_GO_IN = (
    r"\b(?:(?:too\s+)?" + _FEAR + r"|dare\s+not|darent)\s+(?:to\s+)?go\s+(?:back\s+)?(?:in|"
    r"inside|indoors|home|back)\b(?!\s+(?:the|a|an|to|there|for|at|on|with|alone|in|into|late|"
    r"after)\b)(?!.*(?:\b(?:lol|haha\w*|lmao|jk)\b|😂|🤣))"
)
_DRINKING_OR_A_THREAT = (
    r"\b(?:(?:he|she|they)\s+(?:is|has|was|had)\s+been\s+drinking\b(?!\s+(?:tea|coffee|water|"
    r"juice|squash|pop|milk|smoothies?)\b)|(?:he|she|they)\s+(?:is|was)\s+(?:so\s+|really\s+|"
    r"very\s+)?(?:drunk|wasted|hammered|smashed|off\s+(?:his|her|their)\s+face)\b|on\s+the\s+"
    r"(?:cans|vodka|whisky|booze|drink)\s+(?:all|since)\b|finish\s+what\s+(?:he|she|they)\s+"
    r"started\b(?!\s+(?:on|with|in|at|for)\b))"
)
# The household money taken by a partner, and none of the writer's own allowed ("he takes
# everything out of the joint and I'm not allowed a card"); not a joint account closed.
_PARTNER = r"(?:he|she|my\s+(?:husband|wife|partner|boyfriend|girlfriend|fiance\w*|ex))"
_TAKES_THE_MONEY = (
    r"\b" + _PARTNER + r"\s+(?:takes|took|empties|emptied|drains|drained|clears|cleared)\s+"
    r"(?:out\s+)?(?:everything|all\s+(?:of\s+)?(?:the|my|our)\s+money|every\s+penny|my\s+"
    r"(?:wages|pay|benefits|money))\s+(?:out\s+of|from)\s+(?:the|my|our)\s+(?:joint|account|"
    r"bank)\b"
)
_NO_MONEY_OF_MY_OWN = (
    r"\b(?:i\s+am\s+)?not\s+allowed\s+(?:a|my\s+own|to\s+have\s+(?:a|my\s+own|any))\s+"
    r"(?:bank\s+)?(?:card|account|money|cash)\b|\b(?:pay|put|send)\s+(?:it\s+)?(?:in|into|to)\s+"
    r"my\s+(?:secret|separate|hidden)\s+account\b"
)
# Going out only if he allows it, and told she will be shut out of the home if she goes ("he
# said if I go on the sunday I'm not coming back in the house").
_IF_HE_LETS_ME = (
    r"\b(?:if|whether|unless)\s+(?:he|she|they|my\s+(?:husband|wife|partner|boyfriend|"
    r"girlfriend|family|in\s+laws|mother\s+in\s+law))\s+(?:lets|let|allows)\s+me\b"
    r"(?!\s+(?:have|borrow|use)\s+the\s+car\b)"
)
_SHUT_OUT = (
    r"\bif\s+i\s+(?:go|went|come|attend|leave)\b.{0,40}?\b(?:i\s+am\s+not|i\s+will\s+not\s+be|"
    r"not)\s+(?:coming|getting|allowed|let)\s+back\s+(?:in(?:to)?\s+(?:the|this|our|my)\s+"
    r"(?:house|home|flat)|in\s*(?:$|[.,!?])|home)|\b(?:lock|locks|will\s+lock)\s+me\s+out\b|"
    r"\b(?:will\s+not|would\s+not)\s+let\s+me\s+back\s+in\b"
)

CUE_PAIRS: tuple[tuple[str, str, str], ...] = (  # i18n-exempt: input
    ("afraid, with someone menacing", _AFRAID, _MENACE),
    ("a child, with abuse or neglect", _CHILD, _NEGLECT_OR_ABUSE),
    ("an older or disabled adult, preyed on", _OLDER, _PREYED_ON),
    ("a hate incident", _FOR_WHO_THEY_ARE, _MENACE),
    ("injuries, explained by no one", _INJURIES, _AT_HOME),
    ("kept secret from someone who hurts", _IF_FOUND_OUT, _HIS_TEMPER),
    ("someone outside, help wanted now", _MENACING_PERSON_OUTSIDE, _HELP_NOW),
    ("someone back, help wanted", _BACK, _HELP_OR_RAGE),
    ("kept in, with something held", _KEPT_IN, _HELD),
    ("kept in, with contact only when allowed", _KEPT_IN, _CONTACT_ALLOWED),
    ("overheard, with contact only when allowed", _OVERHEARD, _CONTACT_ALLOWED),
    ("too scared to go home to someone drinking", _SCARED_TO_GO_IN, _DRINKING_OR_A_THREAT),
    ("the money taken, none of her own", _TAKES_THE_MONEY, _NO_MONEY_OF_MY_OWN),
    ("going only if let, shut out if she goes", _IF_HE_LETS_ME, _SHUT_OUT),
)
