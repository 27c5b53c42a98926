"""The English phrase net, part nine: a medical emergency happening to the writer or in front of
them, told in passing in a message about something else.

Someone who writes to the assembly's number while on the floor after a fall, short of breath with
no inhaler, or beside a friend who cannot be woken needs the numbers to call and a person to ring
back as much as someone who says they are in danger; they rarely use the word "emergency". Each
category is written from the signs the NHS and first-aid guidance name, as people tell them: a
fall and not being able to get up or feel a leg, or not answering or waking since ("he fell, not
answering me"), or left lying with nobody in and wet, cold or confused, or found on the floor and
there since the night before or the morning, not getting up, slurring or confused (the fall
unsaid); chest pain going into the arm or jaw, or pain down the left arm with sweating when the
chest goes unnamed, or the chest clutched with sweating; a heart attack happening now, or just had
and the person grey or sweating with it (not one nearly had at a bill); lips gone blue or no
breath with no inhaler; someone unconscious, or breathing oddly and not waking, after taking
something, or not waking with a condition (diabetes, epilepsy), breathing oddly or the lips gone
blue; someone living alone, old (an age in brackets, "(87)", "my neighbour is 84" or "my neighbour
Mr Patel is 91") or ill (diabetic, epileptic) not seen or heard from or not opening the door for
days, with the milk still on the step, the curtains still shut or the post piling up and no answer
at the door; a person with dementia, or who wanders at night, not back now; two of the signs of a
stroke (a face dropped, gone down on one side or feeling droopy, an arm that will not lift or gone
dead, words slurred); a diabetic shaky, confused, floppy or collapsed with the sugars crashed or
a reading under 4 ("her sugar reader says 1.9"); someone collapsed and not breathing, or collapsed
on a floor or going blue; an allergy and the lips or throat swelling or gone tight, or lips "huge"
or swallowing hard with no EpiPen to hand; someone fitting now, on the floor, not answering or
bleeding from the mouth, a first fit or one gone on five minutes or more. Each needs the sign now,
so its everyday twin reads past it: a fall last year, lips blue from the cold at the bus stop, dad
wandered off in Tesco and was found by the cakes, a teenager who will not wake up for school, a
neighbour not seen because she is visiting her son or on holiday, a friend not responding to
messages, words slurred after three pints, an arm gone dead from sleeping on it, a face droopy
after the dentist, children sat on the floor all night at a sleepover, a diabetic's lunch time, a
reading of 6.4 after a walk, a nut allergy as an access need, lips huge in a photo with no EpiPen
needed, a baby fallen asleep, a kitchen floor being fitted, what to do if someone has a fit, a
boss "having a fit about the rota". Text has been through safeguarding_words.normalise.

A needle or a syringe beside someone who will not wake, someone with dementia who walked out or
was last seen somewhere hours ago with the dark or the cold coming, and someone not breathing and
found cold or still, are read the same way; not a needle for insulin or a blood test, breathing
that stops in sleep with apnoea or through a nose blocked by a cold, nor a father with dementia
back from the shop with the paper.

Said in dialect or in a few words, the same signs: a fit that "wont stop" with the minutes
counted ("6 mins now"; not a coughing or a hissy fit), a child "gone aw floppy" after pills, a
diabetic (or "diabetik") who will not wake or is confused with no sugar tablets to be found, and
a neighbour feared fallen behind the door ("mi fraid seh she drop dung inside") with no answer or
no sign of them; not a fall inside a shop last week and answering since.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# A sign told as over: last year, healed, checked, fine now, a joke; a fit timed in minutes is
# read through a laugh ("6 mins now ... lol"), and only its end stops it.
_BEEN_AND_GONE = (
    r"last\s+(?:year|month|winter|summer|week)|years?\s+ago|months\s+ago|back\s+in|gp\s+said|"
    r"(?:all\s+)?healed|fine\s+now|all\s+clear|all\s+fine|checked\s+(?:out|over)|doctor\s+said"
)
_OVER = r"^(?!.*\b(?:" + _BEEN_AND_GONE + r"|lol|haha\w*|lmao)\b)"
_OVER_IN_FACT = r"^(?!.*\b(?:" + _BEEN_AND_GONE + r")\b)"
# Someone the writer might be with or write about.
_SOMEONE = (
    r"(?:he|she|they|him|her|them|my\s+\w+|mum|dad|nan|gran|grandad|grandma|grandpa|"
    r"husband|wife|partner)"
)
# A fall: had a fall, fell, fallen, falling from a height; not falling asleep, out, behind, in
# with a crowd or into debt.
_FALL = (
    r"\b(?:(?:had|has\s+had|have\s+had)\s+a\s+(?:bad\s+|nasty\s+)?fall|fell|fallen|"
    r"(?:i|he|she)\s+fall|fall\s+(?:from|off|down))\b(?!\s+(?:asleep|out|in\s+love|behind|"
    r"through|apart|for|ill|pregnant|silent|quiet|short|off\s+the\s+wagon|in\s+with|into\s+"
    r"(?:debt|arrears|a\s+routine|the\s+habit|line|place)|on\s+hard\s+times|victim|foul|"
    r"flat|sick|under)\b)"
)
# Not getting up after it: cannot get up, move or feel a leg, on the floor for a long time.
_CANNOT_GET_UP = (
    r"\b(?:can\s+not|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:get\s+(?:myself\s+|him\s+|"
    r"her\s+)?up|stand(?:\s+up)?|move|feel\s+(?:my|his|her)\s+(?:\w+\s+)?(?:legs?|feet|foot|"
    r"arms?))\b(?!\s+(?:early|before|at|for|in\s+time|till|until|on\s+(?:a|the)\s+(?:sat|sun|"
    r"week)\w*|the\s+stairs|that\s+hill|in\s+the\s+morning|much\s+(?:on|at)|to\s+(?:go|do|the)|"
    r"(?:my|his|her)\s+\w+\s+after\s+(?:the|that)\s+(?:walk|run|gym|class)))|"
    r"\b(?:can\s+not|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:lift|pick)\s+(?:him|her|them)"
    r"(?:\s+up)?\s*(?:$|[.!,]|off|on\s+my\s+own|by\s+myself|alone)|"
    r"\b(?:on|been\s+on|lying\s+on|stuck\s+on)\s+the\s+(?:floor|ground)\s+(?:since|"
    r"for\s+(?:hours|"
    r"ages|a\s+long\s+time|\w+\s+hours))\b"
)
# Found on the floor and there since the night before or the morning (a long lie, the fall itself
# unsaid); not sitting, sleeping or playing on the floor at a sleepover.
_ON_THE_FLOOR = (
    r"\b(?:was|is|been|lying|found\s+(?:him|her|them|my\s+\w+))\s+on\s+the\s+(?:\w+\s+)?"
    r"(?:floor|ground)\b"
)
_THERE_SINCE = (
    r"\b(?:there|on\s+the\s+(?:\w+\s+)?(?:floor|ground)|lying\s+there|down\s+there)\s+"
    r"(?:since\s+(?:last\s+night|yesterday|the\s+night|midnight|the\s+early\s+hours|(?:early\s+)?"
    r"this\s+(?:morning|afternoon)|\d{1,2}\s*(?:am|pm|o\s*clock)|breakfast|lunch\s*time|lunch)|"
    r"all\s+night|overnight|for\s+(?:hours|ages|\w+\s+hours))\b"
)
_NOT_A_LONG_LIE = (
    r"^(?!.*\b(?:sat|sitting|sleep\w*|slept|play\w*|camp\w*|yoga|lego|sleepover|party|"
    r"airbed|mattress|drunk|pints?)\b)"
)
_CONFUSED_OR_COLD = r"\b(?:confused|muddled|freezing|so\s+cold|not\s+making\s+(?:any\s+)?sense)\b"
# Chest pain now, and where it goes.
_CHEST_PAIN = (
    r"\b(?:chest\s+(?:pain|pains|(?:is\s+|has\s+been\s+|has\s+gone\s+|was\s+|went\s+)?"
    r"(?:really\s+|so\s+|very\s+)?(?:tight|hurting|crushing|heavy)|"
    r"hurts|feels\s+(?:tight|heavy|crushed))|pain\s+(?:in|across|through|on)\s+(?:my|his|her)\s+"
    r"chest|tight(?:ness)?\s+(?:in\s+)?(?:my|his|her)\s+chest|(?:holding|clutching|gripping|"
    r"grabbing|clutched|grabbed)\s+(?:at\s+)?(?:my|his|her)\s+chest\b(?!\s+(?:out|up)\b))\b"
)
# A heart attack happening now, or just had with its signs still on someone; not one nearly had
# over a bill, given to someone by a fright, or had years ago.
_HEART_ATTACK = (
    r"\b(?:having|had|has\s+had|just\s+had)\s+a\s+heart\s+attack\b(?!\s+(?:over|about|at|when|"
    r"if|last|years?|months?)\b)"
)
_HAVING_ONE_NOW = (
    r"\b(?:is|am|are|might\s+be|may\s+be)\s+(?:\w+\s+)?having\s+a\s+heart\s+attack\b"
    r"(?!\s+(?:over|about|at|when|if|because|with)\b)"
)
_HEART_FIGURE = (
    r"^(?!.*\b(?:(?:nearly|almost|practically|going\s+to|about\s+to)\s+(?:\w+\s+)?"
    r"ha(?:ve|d|ving)|gi(?:ve|ves|ving)\s+\w+|gave\s+\w+|(?:will|would|could)\s+have)\s+a\s+"
    r"heart\s+attack\b)"
)
_HEART_SIGN_NOW = (
    r"\b(?:grey|gray|sweat\w*|clammy|clutching|(?:holding|gripping)\s+(?:his|her|my)\s+chest|"
    r"on\s+the\s+(?:\w+\s+)?(?:floor|ground|stairs)|can\s+not\s+breathe|collapsed|what\s+(?:do|"
    r"should|shall)\s+i\s+do|ambulance|999)\b"
)
# Pain going down the left arm, told without the chest (in another language, or not named),
# beside a sign of the heart: sweating, clammy, faint, short of breath, the jaw.
_LEFT_ARM_PAIN = (
    r"\bpain\s+(?:is\s+|has\s+|keeps\s+)?(?:going|gone|goes|went|spreading|spread|spreads|"
    r"moving|shooting|running|radiating)\s+(?:down|into|up|along)\s+(?:my|his|her)\s+left\s+arm\b"
)
_HEART_SIGN = (
    r"\b(?:sweat\w*|clammy|dizzy|faint|light\s*headed|going\s+to\s+be\s+sick|being\s+sick|"
    r"can\s+not\s+breathe|short\s+of\s+breath|breathless|jaw|heart)\b"
)
_ARM_EXPLAINED = (
    r"^(?!.*\b(?:gym|muscle|pulled|workout|jab|injection|vaccin\w*|tennis|elbow|sprain\w*|"
    r"strain\w*|typing|frozen\s+shoulder|trapped\s+nerve)\b)"
)
_SPREADING = (
    r"\b(?:(?:down|into|to|up|in)\s+(?:my|his|her)\s+(?:left\s+|right\s+)?(?:arm|jaw|neck|back)|"
    r"(?:left\s+)?arms?\s+(?:is\s+|has\s+gone\s+|went\s+|gone\s+)?(?:numb|heavy|tingl\w*|aching|"
    r"hurting|dead)|(?:sweating|sweaty|clammy|dizzy|going\s+to\s+be\s+sick|"
    r"can\s+not\s+breathe|short\s+of\s+breath|breathless))\b"
)
# Lips or face gone blue or grey: a body short of air.
_BLUE = (
    r"\b(?:lips|face|fingers|mouth)\s+(?:have\s+|has\s+|are\s+|is\s+|look\s+|looks\s+|"
    r"looking\s+)?(?:gone\s+|going\s+|turned\s+|turning\s+)?(?:a\s+bit\s+|a\s+little\s+|"
    r"slightly\s+|really\s+|all\s+)?(?:blue|grey|gray|purple)\b|"
    # the person going blue ("he is going blue"); not blue in the face from arguing, nor a seat
    # going blue at an election
    r"\b(?:he|she|the\s+baby|baby|my\s+(?:son|daughter|baby|husband|wife|partner|dad|mum|"
    r"brother|sister|friend|gran|grandad))\s+(?:is|has|was)\s+(?:gone|going|turned|turning)\s+"
    r"(?:a\s+bit\s+|all\s+|really\s+)?(?:blue|purple)\b(?!\s+in\s+the\s+face)"
)
# Short of breath: chest bad, wheezing, cannot breathe or get a breath.
_BREATH = (
    r"\b(?:breath\w*|wheez\w*|chest\s+is\s+(?:bad|tight|awful|really\s+bad)|asthma|inhaler|"
    r"gasping)\b"
)
_NO_INHALER = (
    r"\b(?:(?:no|out\s+of|ran\s+out\s+of|run\s+out\s+of|lost|without|forgot|left)\s+(?:my\s+|"
    r"the\s+|an\s+|his\s+|her\s+)?(?:blue\s+)?inhaler|inhaler\s+(?:is\s+|has\s+)?(?:empty|"
    r"run\s+out|ran\s+out|finished|gone|not\s+working|is\s+not\s+working|does\s+not\s+work))\b"
)
_CANNOT_BREATHE = (
    r"\b(?:can\s+not|could\s+not|struggling\s+to|hard\s+to|can\s+hardly|can\s+barely)\s+"
    r"(?:breathe|"
    r"get\s+(?:my|a)\s+breath|catch\s+(?:my|his|her)\s+breath)\b"
)
# Not waking: unconscious, cannot be woken, breathing oddly, gone floppy or limp ("he's gone
# aw floppy an grey").
_NOT_WAKING = (
    r"\b(?:(?:he|she|they|baby|the\s+baby)\s+(?:is|has|was|went)\s+(?:gone\s+|going\s+)?"
    r"(?:all\s+|aw\s+|really\s+|a\s+bit\s+)?(?:floppy|limp)|unconscious|unresponsive|"
    r"(?:can\s+not|could\s+not|will\s+not|can\s+not\s+get\s+(?:him|"
    r"her|them)\s+to)\s+(?:wake|rouse)(?:\s+(?:him|her|them|my\s+\w+|up))?|not\s+waking\s+up|"
    r"will\s+not\s+wake\s+up|(?:is\s+)?not\s+respond\w*|passed\s+out|out\s+cold|"
    r"(?:breathing|breath)\s+(?:is\s+)?(?:\w+\s+)?(?:weird|funny|strange|odd|slow|shallow|"
    r"rattl\w*|gurgl\w*|snor\w*)|not\s+breathing|lips\s+(?:are\s+|have\s+)?(?:gone\s+)?blue)\b"
)
# Something taken: drugs, pills, a drink, "something" at a party.
_TOOK_SOMETHING = (
    r"\b(?:took|taken|takes|had|has\s+had|necked|swallowed|dropped|done|did|on)\s+(?:something|"
    r"some\s*thing|a\s+pill|pills|tablets|drugs|ket|ketamine|mdma|molly|xanax|spice|heroin|"
    r"gbl|ghb|g|a\s+load|loads|too\s+much)\b|\b(?:drugs|pills|spice|drinking|drunk)\b"
)
# A needle or the makings of a hit beside someone who will not wake (not a needle for insulin, a
# jab, knitting, or fainting at the sight of one).
_A_NEEDLE = r"\b(?:needles?|syringes?|tourniquet|(?:burnt\s+)?spoon\s+and\s+(?:a\s+)?lighter)\b"
_NEEDLE_EXPLAINED = (
    r"^(?!.*\b(?:insulin|diabet\w*|knitting|sewing|needlework|vaccin\w*|jabs?|blood\s+tests?|"
    r"tattoo\w*|acupuncture|pine|haystack|epi\s*pens?|sight\s+of|scared\s+of\s+needles|"
    r"lol|haha\w*)\b)"
)
# Someone who wanders: dementia named, or out at night in slippers or night clothes.
_WANDERS = (
    r"\b(?:dementia|alzheimers?|memory\s+(?:problems|loss|is\s+going)|gets?\s+confused|"
    r"confused|wander\w*|in\s+(?:his|her|their)\s+(?:slippers|pyjamas|pjs|nightie|nightdress|"
    r"dressing\s+gown)|(?:at|around)\s+[1-5]\s*am)\b"
)
# Not back now: not come home, missing, not found, not seen since.
_MISSING_NOW = (
    r"\b(?:(?:has\s+not|is\s+not|have\s+not|still\s+not|not)\s+(?:come|came|got|been)\s+"
    r"(?:back|home)\b(?!\s+(?:to|from|on)\s+(?:the|a|us|our|sessions?|meetings?|group)\b)|"
    r"(?:is|has\s+gone|gone|went)\s+missing|(?:can\s+not|could\s+not)\s+find\s+(?:him|her|"
    r"them)\s+(?:anywhere|now|today|tonight)|no\s+sign\s+of\s+(?:him|her|them)|not\s+(?:been\s+)?"
    r"seen\s+(?:him|her|them)\s+since|(?:still|now)\s+(?:out|missing|gone)\b"
    r"(?!\s+(?:with|at|for)))"
)
# Gone off on their own some hours ago: walked out, last seen somewhere, hours gone or the dark
# or the cold coming; not back since (not home safe, found, or what happens if they wander).
_WENT_OFF = (
    r"\b(?:walked|wandered|went|slipped|gone|got|headed)\s+(?:out|off|away)\b|\bleft\s+the\s+"
    r"(?:house|home|flat|ward|care\s+home|day\s+centre)\b|\blast\s+seen\b"
)
_HOURS_GONE = (
    r"\b(?:(?:it\s+(?:is|has)|he\s+(?:is|has)|she\s+(?:is|has)|they\s+have)\s+been|gone\s+for|"
    r"out\s+for|missing\s+for|over|nearly|almost)\s+(?:\w+\s+)?hours?\b|\b(?:an?|\w+|\d+)\s+"
    r"hours?\s+ago\b|\b(?:getting|gone|going)\s+(?:dark|cold)\b|\bno\s+sign\s+of\b"
)
_NOT_BACK_YET = (
    r"^(?!.*\b(?:(?:came|come|got|is|was|are|were)\s+back|back\s+(?:home|safe|now|in\s+bed)|"
    r"(?:found|brought)\s+(?:him|her|them)|(?:was|were)\s+found|turned\s+up|returned|home\s+"
    r"safe|safe\s+and\s+sound|if\s+(?:he|she|they)|whenever|last\s+(?:week|month|year))\b)"
)
# The signs of a stroke (the NHS's FAST): a face dropped, an arm that will not lift, words
# slurred.
_FACE = (
    r"\b(?:face|mouth|smile|eye)\s+(?:has\s+|is\s+|have\s+)?(?:dropped|droop\w*|fallen|gone\s+"
    r"(?:droopy|lopsided|funny|numb|weird))|(?:one\s+side\s+of\s+(?:his|her|my)\s+(?:face|mouth))"
    r"|\b(?:face|mouth|smile)\s+(?:has\s+|is\s+)?(?:gone|going|went|come|dropped)\s+down\s+"
    r"(?:on\s+)?one\s+side"
    r"|"
    # the droop as it feels or looks: "my face feels all droopy one side"
    r"\b(?:face|mouth|smile|eye)\s+(?:(?:feels?|looks?|is|has|gone|going|went|all|a\s+bit|"
    r"kind\s+of|sort\s+of|really|suddenly)\s+){1,3}(?:droop\w*|lopsided|dropped)"
)
_ARM = (
    r"\b(?:can\s+not|could\s+not|unable\s+to)\s+(?:lift|raise|move|feel)\s+(?:his|her|my)\s+"
    r"(?:left\s+|right\s+)?(?:arm|hand)|(?:arm|hand)\s+(?:has\s+|is\s+)?(?:gone\s+)?(?:weak|"
    r"floppy|limp|dead)\s+(?:on\s+one\s+side|suddenly|all\s+of\s+a\s+sudden)|(?:weak|numb)\s+"
    r"(?:down|on)\s+one\s+side"
)
# An arm or hand gone dead, numb or weak (not slept or leant on, nor after the gym): a stroke's
# sign beside the face or the words.
_ARM_GONE = (
    r"\b(?:left\s+|right\s+)?(?:arm|hand)\s+(?:has\s+|have\s+|is\s+)?(?:(?:gone|going|"
    r"suddenly|just|all)\s+){0,2}(?:dead|numb|weak|floppy|limp)\b"
)
_NOT_SLEPT_ON = (
    r"^(?!.*\b(?:(?:slept|sleeping|lay|lying|laid|leant|leaning|lent|sat|sitting)\s+on\s+(?:it|"
    r"my\s+arm|him|her)|pins\s+and\s+needles|gym|workout|weights|carrying|injection|jab|"
    r"vaccin\w*)\b)"
)
_SPEECH = (
    r"\b(?:slurr\w+|speech\s+(?:is\s+|has\s+gone\s+|went\s+)?(?:slurred|funny|weird|jumbled)|"
    r"(?:talking|speaking)\s+(?:all\s+|really\s+|a\s+bit\s+)?(?:funny|gibberish|nonsense)|"
    r"can\s+not\s+(?:get\s+(?:his|her|my)\s+"
    r"words\s+out|speak\s+properly|find\s+(?:his|her|my)\s+words))"
)
_NOT_DRINK = (
    r"^(?!.*\b(?:pints?|drunk|drinks|wine|beer|dentist|injection|anaesthetic|lol|haha\w*)\b)"
)

# A diabetic's sugar gone low now: shaky, confused or sweating, collapsed, the sugars crashed
# or a hypo.
_DIABETIC = r"\b(?:diabet\w*|insulin|blood\s+sugars?|sugars?|hypo)\b"
_HYPO_NOW = (
    r"\b(?:sugars?|levels?|bms?|bloods?)\s+(?:have\s+|has\s+|had\s+|just\s+)?(?:crashed|dropped|"
    r"plummeted|gone\s+(?:really\s+|very\s+|too\s+)?low)\b|\b(?:having|going|gone)\s+(?:a\s+)?"
    r"hypo\b|\b(?:collapsed|keeled\s+over)\b(?!\s+(?:into|in|on)\s+(?:bed|a\s+heap|giggles|the\s+"
    r"(?:sofa|settee|couch))\b)|"
    # nothing sweet to hand to bring it up: "i can't find his sugar tablets"
    r"\b(?:can\s+not|could\s+not)\s+find\s+(?:his|her|my|their|the)\s+(?:sugar|glucose|"
    r"dextro\w*)\s+(?:tabl\w*|sweets|gel)\b|\b(?:no|out\s+of|ran\s+out\s+of)\s+(?:sugar|glucose|"
    r"dextro\w*)\s+(?:tabl\w*|sweets|gel)\b"
)
# A meter's reading under 4 (mmol/l), which is a hypo: "her sugar reader says 1.9".
_LOW_READING = (
    r"\b(?:sugars?|levels?|bms?|bloods?|readers?|reading|meter|monitor|libre|sensor|glucose)\s+"
    r"(?:\w+\s+){0,2}?(?:says|said|reads|read|is|was|at|of|showing|shows|down\s+to|on)\s+"
    r"(?:only\s+|just\s+)?[0-3](?:\.\d)?(?![\d.])\b(?!\s*(?:%|(?:kg|k|km|miles|hours|hrs|"
    r"days|weeks|months|years|yrs|mins?|minutes|times|pm|am|o\s*clock)\b))"
)
_FEEL_HYPO = (
    r"\b(?:feel|feeling|felt|am|i\s+am|is|are|was|going|gone)\s+(?:\w+\s+){0,2}(?:shaky|"
    r"shaking|confused|faint|sweaty|clammy|dizzy|muddled|floppy|drowsy)\b|\bnot\s+making\s+"
    r"(?:any\s+)?sense\b"
)
# Someone collapsed now, not breathing or not responding.
_COLLAPSED = (
    r"\b(?:" + _SOMEONE + r"|i)\s+(?:has\s+|have\s+|just\s+|has\s+just\s+)?(?:collapsed|fainted|"
    r"keeled\s+over|dropped\s+to\s+the\s+floor)\b(?!\s+(?:into|in)\s+(?:bed|a\s+heap|giggles|"
    r"laughter|fits)\b)|\b(?:(?:he|she|they)\s+(?:is|was|are|were)|"
    r"found\s+(?:him|her|them|my\s+\w+)|lying)\s+collapsed\b|"
    # anyone, named or not, collapsed where a body lies
    r"\bcollapsed\s+(?:on|onto|in|at)\s+(?:the|his|her|their|my)\s+(?:\w+\s+)?(?:floor|"
    r"ground|pavement|street|bathroom|kitchen|toilet|hall\w*|landing|stairs)\b"
)
# Not answering messages is not being unresponsive.
_NOT_RESPONDING = r"not\s+respond\w*\b(?!\s+to\s+(?:\w+\s+)?(?:messages|texts|emails|calls|mail))"
_NO_BREATH_NOW = (
    r"\b(?:not\s+breathing\b(?!\s+a\s+word)|(?:can\s+not|struggling\s+to)\s+breathe|"
    + _NOT_RESPONDING
    + r"|unconscious|unresponsive|will\s+not\s+wake|(?:is\s+)?not\s+waking(?:\s+up)?\b"
    r"(?!\s+(?:for|before|till|until|in\s+time|on\s+time|early|at)\b)|no\s+pulse)|" + _BLUE
)
# Someone not breathing or with no pulse now, and a sign it is so: cold, stiff, still, not
# waking, found that way, or the writer not knowing what to do (not breathing a word, through a
# blocked nose, or stopping in their sleep with apnoea).
_NOT_BREATHING = (
    r"\b(?:" + _SOMEONE + r"|baby|the\s+baby)\s+(?:is|are|was)\s+not\s+breathing\b(?!\s+"
    r"(?:a\s+word|properly|well|right|normally|through|out|in|deeply|easily|very|so|too|as|like|"
    r"down|on|with|because|since|much|that|when)\b)|\b(?:has|have|is|just)\s+stopped\s+"
    r"breathing\b|\b(?:no|can\s+not\s+(?:find|feel)\s+(?:a|his|her))\s+pulse\b"
)
_NOT_APNOEA = (
    r"^(?!.*\b(?:apnoea|apnea|cpap|in\s+(?:his|her|their|my)\s+sleep|snor\w*|lol|haha\w*)\b)"
)
_STILL_AND_COLD = (
    r"\b(?:(?:is|feels|felt|gone|going|so|very|ice|stone|all)\s+cold\b(?!\s+(?:sore|turkey|"
    r"calling|water|weather|snap))|cold\s+to\s+(?:the\s+)?touch|stiff|not\s+moving|will\s+not\s+"
    r"wake|can\s+not\s+wake|(?:do\s+not|dont)\s+know\s+what\s+to\s+do|what\s+(?:do|should|"
    r"shall)\s+i\s+do|woke\s+up\s+(?:and|to)|found\s+(?:him|her|them)|(?:is|are|might\s+be)\s+"
    r"dead)\b"
)
# Anyone collapsed or fainted, and what explains a colour as no emergency (the cold, paint).
_ANY_COLLAPSE = (
    r"\b(?:collapsed|fainted|keeled\s+over)\b(?!\s+(?:into|in)\s+(?:bed|a\s+heap|giggles|"
    r"laughter|fits)\b)"
)
_COLOUR_EXPLAINED = (
    r"^(?!.*\b(?:(?:from|with|in|because\s+of)\s+(?:the\s+|this\s+)?cold|paint\w*|ink|dye|"
    r"felt\s+tips?|blueberr\w*|slush\w*|lolly)\b)"
)
# No answer now after a fall, said in a few words ("not answering me", "not wake up", "not
# moving"); not "not answering me back" about a text, not waking early, not moving house, not
# a phone ("it") that will not wake.
_NO_ANSWER_NOW = (
    r"\bnot\s+(?:\w+\s+)?answering\s+me\b(?!\s+(?:back|about|on|when|over)\b)|"
    r"(?<!did\s)(?<!do\s)(?<!would\s)(?<!to\s)(?<!it\s)(?<!it\sis\s)\bnot\s+wak(?:e|ing)"
    r"(?:\s+up)?\b(?!\s+(?:him|her|them|for|before|till|until|in\s+time|on\s+time|early|at|"
    r"when|the)\b)|(?<!it\s)(?<!it\sis\s)\bnot\s+moving\b(?!\s+(?:house|out|in|away|up|on|"
    r"to|his|her|my|the|a|an|back|forward|home|abroad|there|here)\b)|" + _NO_BREATH_NOW
)
# Left where they fell: nobody in, the carer not come, on the floor since yesterday; and what
# lying there does (wet, cold, confused, nothing eaten or drunk).
_LEFT_WHERE_THEY_FELL = (
    r"\b(?:(?:nobody|no\s+one)\s+(?:has\s+)?(?:been|come|came|checked)\s+(?:in|round|near|on\s+"
    r"(?:her|him))|carers?\s+(?:has\s+not|have\s+not|did\s+not|not|never|still\s+not)\s+"
    r"(?:come|came|been|turned\s+up|shown\s+up)|(?:lying|been\s+lying|on\s+the\s+floor)\s+"
    r"(?:there\s+)?(?:since|for)\s+(?:days|\w+\s+days|yesterday|last\s+night))\b"
)
_LYING_THERE = (
    r"\b(?:wet|soaked|soiled|cold|freezing|confused|muddled|saying\s+weird\s+things|hungry|"
    r"thirsty|not\s+(?:eaten|drunk|had\s+(?:any\s+)?(?:food|water|a\s+drink)))\b"
)
# Someone who cannot be woken now (not a teenager who will not wake up for school), and a
# reason it is an emergency: breathing oddly, or a condition that makes someone pass out.
_CANNOT_WAKE = (
    r"^(?!.*\b(?:wake|waking)\s+(?:him\s+|her\s+|them\s+)?up\s+(?:for|before|in\s+time|on\s+time|"
    r"early|in\s+the\s+mornings?|till|until|at\s+\d)\b)"
    r"(?=.*\b(?:unconscious|unresponsive|(?:can\s+not|could\s+not)\s+(?:wake|rouse)|(?:is\s+)?not"
    r"\s+waking\s+(?:up\b)?|will\s+not\s+wake\b|" + _NOT_RESPONDING + r"))"
)
_ODD_BREATH_OR_CONDITION = (
    r"\b(?:(?:breathing|breath)\s+(?:is\s+)?(?:\w+\s+)?(?:weird|funny|strange|odd|slow|shallow|"
    r"rattl\w*|gurgl\w*|noisy)|diabet\w*|insulin|epilep\w+|seizures?|had\s+a\s+fit|"
    r"heart\s+(?:condition|problems?))\b"
)
# Someone who lives alone, not seen for days, with the signs at the door that nobody has been
# in or out (not someone known to be away).
_NOT_SEEN_FOR_DAYS = (
    r"\b(?:(?:not|never|nobody\s+has|no\s+one\s+has)\s+(?:been\s+)?(?:seen|heard\s+from)\s+"
    r"(?:him|her|them|my\s+(?:\w+\s+)?(?:neighbou?r|gran|grandad|nan|uncle|aunt\w*|mum|dad)|"
    r"the\s+(?:old\s+)?(?:man|woman|lady|gentleman|bloke|chap|fella|guy)\s+(?:next\s+door|"
    r"upstairs|downstairs|opposite|across\s+the\s+(?:road|landing|hall)))"
    r"(?:\s*\([^)]{0,40}\))?|(?:has|have|had)\s+not\s+(?:been\s+(?:seen|heard\s+from)|"
    r"opened\s+(?:her|his|the)\s+(?:front\s+)?(?:door|curtains)))\s+"
    r"(?:for|in|since)\s+(?:days|a\s+week|(?:two|three|"
    r"four|five|six|several|a\s+few|\d+)\s+days|(?:(?:last|the)\s+(?:\w+\s+)?)?(?:week|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
_UNTOUCHED_AT_THE_DOOR = (
    r"\b(?:(?:milk|post|papers|newspapers|letters|parcels|bins?)\s+(?:\w+\s+)?(?:piling|piled|"
    r"stacking|building)\s+up|curtains\s+(?:\w+\s+){0,2}(?:shut|closed|drawn)|"
    r"(?:milk|post|papers|newspapers?|parcels?)\s+(?:(?:is|are|still|left|sat|sitting|out)\s+)*"
    r"(?:on|at)\s+(?:the|his|her)\s+(?:door\s*)?step|"
    r"no\s+answer\s+at\s+the\s+door|(?:he|she)\s+(?:does|did|will)\s+not\s+answer\s+the\s+"
    r"door|(?:milk|post|papers|newspaper|parcel)\s+(?:is\s+|are\s+)?still\s+(?:on|at|in)\s+"
    r"(?:the|his|her)\s+(?:step|doorstep|mat|door\w*|letter\s*box)|(?:not|nobody|no\s+one)\s+"
    r"(?:is\s+)?answering\s+(?:the\s+door|his\s+door|her\s+door)|"
    r"lights?\s+(?:\w+\s+)?(?:on|off)\s+(?:all\s+)?(?:day|night)\s+and\s+night)\b"
)
_ALONE_OR_FRAIL = (
    r"\b(?:lives?\s+(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:himself|herself))|(?:he|she|"
    r"(?:neighbou?r|nan|gran|grandad|grandma|grandpa|mum|dad|aunt\w*|uncle)(?:\s+(?:mr|mrs|ms|"
    r"miss))?(?:\s+\w+)?)\s+is\s+"
    r"(?:[7-9]\d|1[01]\d)\b|elderly|frail|dementia|(?:of|aged|is)\s+(?:seventy|eighty|"
    r"ninety|a\s+hundred)\w*|in\s+(?:his|her)\s+(?:[7-9]0s|seventies|eighties|nineties)|"
    # a condition that can put someone on the floor alone
    r"(?:he|she)\s+is\s+(?:diabetic|epileptic|disabled)|(?:has|with)\s+(?:diabetes|epilepsy|"
    r"a\s+heart\s+condition))\b|"
    # an age in brackets: "(87)", "(also a member, 87)"; not a member's number
    r"\((?:[^)]{0,30},\s*)?(?:[7-9]\d|1[01]\d)\)"
)
KNOWN_TO_BE_AWAY = (
    r"^(?!.*\b(?:on\s+holiday|away\s+(?:at|in|with|for)|visiting|staying\s+with|in\s+hospital|"
    r"went\s+to\s+(?:stay|see)|abroad|cruise)\b)"
)
# A fear that someone has fallen or died behind their own door ("mi fraid seh she drop dung
# inside", "worried he has fallen in there"), and no sign of them: no answer, not come out, the
# post piling up, a smell; not a fall inside a shop told with her answering since.
_FEARED_DOWN_INSIDE = (
    r"\b(?:afraid|fraid|fear\w*|frighten\w*|scared|worr\w*|think|thinking|reckon)\s+"
    r"(?:\w+\s+){0,4}?(?:fallen|fell|fall|falls|(?:drop|dropped)\s+(?:down|dung|dead)|collapsed|"
    r"dead|died|passed\s+(?:away|out)|lying)\s+(?:down\s+)?(?:inside|in\s+there|in\s+(?:the|her|"
    r"his|their)\s+(?:flat|house|home|bathroom|bedroom))\b(?!\s+(?:the|a|di|de)\s+(?!flat|house|"
    r"home)\w+)"
)
_NO_SIGN_OF_THEM = (
    r"\b(?:no|nuh|not|never)\s+(?:ans(?:wer|a)\w*|come\s+out|came\s+out|been\s+out|been\s+seen|"
    r"seen\s+(?:him|her|them))\b|\b(?:post|milk|letters|papers|parcels)\s+(?:\w+\s+){0,2}?"
    r"pil\w*\s+up\b|\bsmell\w*\b|\bknock\w*\s+(?:and|an|n)\s+knock\w*"
)
# A fit now: someone fitting, seizing or convulsing (not fitting a carpet, not "having a fit about
# the rota", nor what to do if someone has one), and a sign it is serious: on the floor, not
# answering, blood or foam from the mouth, gone blue, something taken, the first one, or gone on
# five minutes or more. A fit or a seizure had is read after any name ("Grace is having a fit");
# "fitting" only after a person, with or without an aside in brackets between ("my flatmate (she's
# in the assembly) is fitting"), as it is also what a fitter does.
_FITTING = (
    r"\b(?:" + _SOMEONE + r")s?(?:\s*\([^()]{0,60}\))?\s+(?:is\s+|has\s+|just\s+|started\s+|"
    r"keeps\s+|will\s+not\s+stop\s+)?"
    r"(?:\w+\s+){0,2}fitting\b(?!\s+(?:the|a|an|new|carpets?|kitchens?|windows?|doors?|in|into|"
    r"out)\b)|\b(?:having\s+(?:a\s+)?(?:fit|fits|seizures?|convulsions?)|seizing|convulsing)\b"
    r"(?!\s+(?:the|a|an|in|into|out|up|about|over|because|at|when|if|that|of)\b)|"
    # the fit itself that will not stop ("fit wont stop"); not a coughing or a hissy fit
    r"(?<!ing\s)(?<!hissy\s)(?<!temper\s)\b(?:fit|fits|seizures?|convulsions?)\s+(?:will\s+not|"
    r"is\s+not|are\s+not|has\s+not|does\s+not)\s+(?:stop|stopping|stopped|ending|easing)\b"
)
# A fit gone on five minutes or more ("it's gone on over five minutes now", "still fitting after
# ten minutes", "it's been more than 5 mins"); not how long a fit may last, said as advice.
_FIT_TOO_LONG = (
    r"(?:(?:gone|going|went)\s+on\s+(?:for\s+)?|(?:lasted|(?:been|still)\s+(?:going|fitting|"
    r"seizing|shaking|jerking))\s+(?:for\s+|after\s+)?|\bit\s+(?:is|has)\s+been\s+)(?:over\s+|"
    r"more\s+than\s+|longer\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|like\s+)?"
    r"(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:mins?|minutes)|"
    # the minutes counted as they pass: "6 mins now"
    r"\b(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:mins?|minutes)\s+"
    r"(?:now|already|and\s+counting|so\s+far)"
)
_A_SERIOUS_FIT = (
    r"\b(?:on\s+the\s+(?:\w+\s+)?(?:floor|ground|pavement)|not\s+(?:\w+\s+){0,3}answering\s+me|"
    r"not\s+respond\w*\b(?!\s+to\s+(?:\w+\s+)?(?:messages|texts|emails|calls))|unconscious|"
    r"blood\s+(?:from|out\s+of|coming\s+out\s+of)\s+(?:his|her|their)\s+mouth|foam\w*|"
    r"first\s+(?:ever\s+)?(?:one|fit|seizure)|never\s+(?:had|has)\s+(?:one|a\s+fit|a\s+seizure)"
    r"\s+before|will\s+not\s+stop|pills|tablets|drugs|"
    r"took|taken|" + _FIT_TOO_LONG + r")\b|" + _BLUE
)
_NOT_ADVICE = (
    r"^(?!.*\b(?:if|when|whenever|in\s+case)\s+(?:someone|somebody|a\s+person|anyone|he|she|"
    r"they|my\s+\w+)\s+(?:is\s+|has\s+|starts\s+|ever\s+)?(?:fitting|having|has|starts|seiz\w*)"
    r"\b)"
)

# An allergy, and the swelling of anaphylaxis now.
_ALLERGY = r"\b(?:allerg\w+|epi\s*pens?|anaphyla\w*|nuts?|peanuts?|shellfish|bee\s+sting)\b"
_SWELLING_NOW = (
    r"\b(?:lips?|tongue|throat|face|mouth|eyes?)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:started\s+)?"
    r"(?:(?:gone|going|getting)\s+(?:really\s+|so\s+|very\s+|all\s+)?)?"
    r"(?:swelling|swollen|swelled|closing|tight\w*|puffing\s+up)\b|\bthroat\s+(?:is\s+)?"
    r"(?:closing|closing\s+up)\b|\b(?:can\s+not|struggling\s+to)\s+(?:breathe|swallow)\b"
)
# Swelling said as a size ("lips huge"), or swallowing gone hard; read beside no adrenaline pen.
_SWOLLEN_OR_SWALLOWING = (
    r"\b(?:lips?|tongue|throat|face|mouth|eyes?)\s+(?:(?:is|are|has|have|gone|going|look|"
    r"looks|all|so|really)\s+)*(?:huge|massive|enormous|puffy|puffed\s+up|ballooned|blown\s+"
    r"up|twice\s+the\s+size)\b|\bswallowing\s+(?:is\s+)?(?:\w+\s+)?(?:hard|difficult|"
    r"painful)\b|\b(?:can\s+hardly|can\s+barely)\s+swallow\b"
)
_NO_EPIPEN = (
    r"\b(?:no|without|forgot|left|lost|can\s+not\s+find|out\s+of)\s+(?:my\s+|an?\s+|his\s+|"
    r"her\s+|the\s+)?epi\s*pens?\b(?!\s+(?:needed|required))|\bepi\s*pens?\s+(?:is\s+|are\s+)?"
    r"(?:at\s+home|out\s+of\s+date|expired|empty|used)\b"
)


EMERGENCY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a fall and not getting up, or not feeling a leg
    "a fall, not getting up": (
        _OVER + every_one_of(_FALL, _CANNOT_GET_UP),
        # a fall and no answer now, in a few words: "he fell, not answering me"
        _OVER + every_one_of(_FALL, _NO_ANSWER_NOW),
        # left where they fell, with nobody in, and wet, cold or confused from lying there
        _OVER + every_one_of(_FALL, _LEFT_WHERE_THEY_FELL, _LYING_THERE),
        # found on the floor, there since the night before, unable to get up or not right
        _OVER
        + _NOT_A_LONG_LIE
        + every_one_of(
            _ON_THE_FLOOR, _THERE_SINCE, _CANNOT_GET_UP + "|" + _SPEECH + "|" + _CONFUSED_OR_COLD
        ),
    ),
    # chest pain going into the arm, the jaw or the back, or with sweating or no breath; a heart
    # attack now
    "chest pain spreading": (
        _OVER
        + r"(?!.*\b(?:gym|muscle|pulled|workout|laugh\w*|giggl\w*|stitch)\b)"
        + every_one_of(_CHEST_PAIN, _SPREADING),
        _OVER + _ARM_EXPLAINED + every_one_of(_LEFT_ARM_PAIN, _HEART_SIGN),
        # a heart attack happening now, or just had with its signs still there
        _OVER + _HEART_FIGURE + every_one_of(_HAVING_ONE_NOW),
        _OVER + _HEART_FIGURE + every_one_of(_HEART_ATTACK, _HEART_SIGN_NOW),
    ),
    # lips gone blue with no breath, or no breath with no inhaler
    "no breath": (
        _OVER + every_one_of(_BLUE, _BREATH),
        _OVER
        + every_one_of(
            _NO_INHALER,
            _CANNOT_BREATHE
            + "|"
            + _BLUE
            + r"|\bchest\s+is\s+(?:bad|tight|awful|really\s+bad)\b|\bwheez\w*|"
            r"\basthma\s+attack\b",
        ),
    ),
    # someone not waking, or breathing oddly, after taking something
    "unconscious after taking something": (
        r"^(?!.*\bwake\s+(?:him|her|them)\s+up\s+(?:for|before|in\s+time)\b)"
        + every_one_of(_NOT_WAKING, _TOOK_SOMETHING),
        # a needle or a syringe beside someone passed out or not waking
        _NEEDLE_EXPLAINED + every_one_of(_NOT_WAKING, _A_NEEDLE),
    ),
    # someone who wanders (dementia, out at night in slippers) not back now
    "someone who wanders missing": (
        "^" + every_one_of(_WANDERS, r"\b" + _SOMEONE + r"\b.{0,60}" + _MISSING_NOW),
        # walked out or last seen somewhere, hours ago or with the dark coming, and not back
        _NOT_BACK_YET + every_one_of(_WANDERS, _WENT_OFF, _HOURS_GONE),
    ),
    # two signs of a stroke together, or a stroke said to be happening now
    "signs of a stroke": (
        _NOT_DRINK + every_one_of(_FACE, _ARM + "|" + _SPEECH),
        _NOT_DRINK + every_one_of(_ARM, _SPEECH),
        _NOT_DRINK + _NOT_SLEPT_ON + every_one_of(_ARM_GONE, _FACE + "|" + _SPEECH),
        _OVER
        + r"(?!.*\b(?:nearly|almost|going\s+to|gonna)\s+(?:\w+\s+)?ha(?:ve|d|ving)\b)"
        + every_one_of(
            r"\b(?:is|am|are)\s+(?:\w+\s+)?having\s+a\s+stroke\b"
            r"(?!\s+(?:over|about|at|when|if)\b)"
        ),
    ),
    # a diabetic's sugar crashed, and shaky or confused with it, now
    "a diabetic's sugar crashed": (
        _OVER + every_one_of(_DIABETIC, _HYPO_NOW + "|" + _LOW_READING, _FEEL_HYPO),
    ),
    # someone who cannot be woken, breathing oddly or with a condition that makes them pass out
    "not waking": (
        _OVER + _CANNOT_WAKE + every_one_of(_ODD_BREATH_OR_CONDITION),
        # someone who cannot be woken with the lips or face gone blue
        _OVER + _COLOUR_EXPLAINED + _CANNOT_WAKE + every_one_of(_BLUE),
    ),
    # someone living alone, not seen for days, with the milk or post piling up or no answer
    "not seen for days": (
        KNOWN_TO_BE_AWAY
        + every_one_of(_NOT_SEEN_FOR_DAYS, _UNTOUCHED_AT_THE_DOOR, _ALONE_OR_FRAIL),
        # feared fallen or dead behind their door, and no answer or no sign of them
        _OVER + KNOWN_TO_BE_AWAY + every_one_of(_FEARED_DOWN_INSIDE, _NO_SIGN_OF_THEM),
    ),
    # someone collapsed and not breathing or not responding
    "collapsed, not breathing": (
        _OVER + every_one_of(_COLLAPSED, _NO_BREATH_NOW),
        # anyone, named or not, collapsed with the lips or face going blue
        _OVER + _COLOUR_EXPLAINED + every_one_of(_ANY_COLLAPSE, _BLUE),
        # someone not breathing or with no pulse, found cold, still or not waking
        _OVER + _NOT_APNOEA + every_one_of(_NOT_BREATHING, _STILL_AND_COLD),
    ),
    # someone fitting now, on the floor, not answering, bleeding from the mouth, or after pills
    "a fit now": (
        _OVER + _NOT_ADVICE + every_one_of(_FITTING, _A_SERIOUS_FIT),
        _OVER_IN_FACT + _NOT_ADVICE + every_one_of(_FITTING, _FIT_TOO_LONG),
    ),
    # an allergy and the lips, tongue or throat swelling now
    "an allergic reaction": (
        _OVER + every_one_of(_ALLERGY, _SWELLING_NOW),
        # swelling said as a size, or swallowing hard, with no adrenaline pen to hand
        _OVER + every_one_of(_SWOLLEN_OR_SWALLOWING, _NO_EPIPEN),
    ),
}
