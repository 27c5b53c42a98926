"""The English phrase net: the writer's own plan to die, told stoically, as an errand, a goodbye
or an aside.

Someone who has decided often says so calmly, as housekeeping: the pet rehomed for good and
"nobody relying on me", affairs put in order and letters written, papers cancelled and the
council tax paid up for the year; "I won't be a problem to anyone much longer", "not planning on
being around for the third weekend", "I'll be gone by then, funeral plan paid up"; a goodbye the
other person does not know is one, a last outing beside a goodbye; the thank-you payment asked
about for the writer's estate "because I won't be, after this weekend"; tools and a watch given
to a mate "as I won't need them"; "I've written the notes. Tonight probably."; "one last time
before I go through with it"; "I've decided tonight is the night" beside a payment not to be
collected; "I've decided I'm ending it after Christmas Day, it's all sorted"; a bank account not
to be used after this week; a gun licence renewed "not for the
pheasants this time. Enough said."

Each is an errand alone; what makes it a plan is the finality with no reason given. So each
kind is left alone beside what accounts for it: a trip, a move, a holiday, a new bank or a new
flat, an operation or a wedding, leaving a group chat (safeguarding_veiled's _UNACCOUNTED_FOR and
the reasons here). Wills and funeral plans made sensibly, a dog given to a friend for a move,
the assembly's "last session", "won't be around next weekend" on holiday, tax paid in advance
and a last outing before surgery, and a contract, a membership or a run in a show ended after a
day, are left alone. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_veiled import _IN_ORDER, _PET, _UNACCOUNTED_FOR
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Reasons for being away, giving things up or closing things down that the trip-and-outing
# reasons (_UNACCOUNTED_FOR) do not name.
_AWAY_FOR_A_REASON = (
    r"\b(?:holidays?|hols|abroad|cruise|leaving\s+(?:the|this|for|my|our)|quit\w*|unsubscrib\w*|"
    r"group\s+chat|notifications|clos(?:e|ed|es|ing)|new\s+(?:bank|account|card|flat|house|"
    r"home|place|job|baby)|downsiz\w*|landlord|allerg\w*|clash\w*|shifts?|busy|chemo|"
    r"treatment|procedure|op|hip|knee|honeymoon|uni|university|flies|fly|visa|"
    r"deploy\w*|late\s+(?:husband|wife|partner|dad|mum|father|mother)|skydiv\w*|bungee|"
    r"marathon|divorce|propos\w*|engag\w*|switch\w*|chang\w*\s+(?:bank|banks|account))\b"
)
_NOT_EXPLAINED = _UNACCOUNTED_FOR + r"(?!.*" + _AWAY_FOR_A_REASON + r")"

# A time to come: a day, a weekend of the assembly, "then", the end of the month.
_A_TIME_TO_COME = (
    r"(?:(?:this|next|the)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week(?:end)?|"
    r"month|session)|tonight|tomorrow|then|christmas|the\s+(?:end\s+of\s+(?:the\s+|this\s+|"
    r"next\s+)?(?:week|month)|(?:first|second|third|fourth|next|last|final)\s+(?:weekend|"
    r"session|one))|weekend\s+\d"
)
_PAST_A_TIME = r"(?:past|after|beyond|by|for)\s+(?:" + _A_TIME_TO_COME + r")\b"
# Said bare, the sentence ending there or going on to what follows from it ("anyway, so don't
# order for me"), not to a reason ("for weekend 3, my daughter's hen do").
_SAID_BARE = r"(?:\s+(?:anyway|at\s+all|really))?\s*(?:$|[.!]|,?\s+so\b)"

# A pet gone for good: rehomed, gone to someone permanently, with a new family.
_PET_GONE_FOR_GOOD = (
    r"\b(?:rehomed|re\s+homed|found\s+(?:a\s+)?(?:new\s+)?homes?\s+for)\s+(?:the|my|our)\s+"
    + _PET
    + r"|\b(?:my|the|our)\s+"
    + _PET
    + r"\s+(?:(?:is|are|has|have)\s+)?(?:gone|went)\s+to\s+(?:\w+\s+){1,3}?(?:permanently|for\s+"
    r"good)\b|\b(?:my|the|our)\s+"
    + _PET
    + r"\s+(?:(?:is|are)\s+)?(?:with|living\s+with)\s+(?:a|her|his|their)\s+new\s+(?:family|"
    r"owners?|home)\b"
)
# Errands of finality, each everyday alone: nobody relying on the writer, things sorted or put
# in order, letters or notes written, the papers or the milk cancelled, the council tax paid up
# for the year, the funeral paid for, not coming "or anywhere really".
_NOBODY_RELYING = (
    r"\b(?:nobody|no\s+one)\s+(?:is\s+|left\s+)?(?:relying|depending|dependent|reliant)\s+on\s+"
    r"me\b"
)
_LETTERS_WRITTEN = (
    r"\b(?:letters?|notes?)\s+(?:(?:all|are|now)\s+)*(?:written|done|sealed)\b|\b(?:written|"
    r"wrote)\s+(?:my|the|all\s+my|all\s+the)\s+(?:letters|notes)\b(?!\s+(?:for|on|about|up|to\s+"
    r"the|from|of|in)\b)"
)
_PAPERS_CANCELLED = (
    r"\bcancel\w*\s+(?:the|my|all\s+(?:the|my))\s+(?:papers?|newspapers?|milk|subscriptions?|"
    r"direct\s+debits?|deliveries)\b"
)
_TAX_PAID_UP = (
    r"\bpaid\s+(?:up\s+|off\s+)?(?:the|my|all\s+the|all\s+my)\s+(?:council\s+tax|rent|bills|"
    r"debts?)\s+(?:for\s+the\s+(?:whole\s+|rest\s+of\s+the\s+)?year|in\s+advance|up\s+front)\b"
)
_FUNERAL_PAID = (
    r"\bfunerals?(?:\s+plan)?\s+(?:(?:is|all|now)\s+)*(?:paid|sorted|arranged|booked|covered)\b|"
    r"\b(?:paid\s+for|sorted|arranged|planned|booked)\s+my\s+(?:own\s+)?funeral\b"
)
_NOWHERE_AGAIN = r"\bnot\s+(?:coming|going)\b[^.!?]{0,30}[.!?,]\s*or\s+anywhere\b"
_THINGS_SORTED = r"\bgot\s+(?:things|everything)\s+sorted\b"
# A last word among them (nobody relying on the writer, letters written, nowhere again) and the
# errands beside it.
_A_LAST_WORD = r"(?:" + r"|".join((_NOBODY_RELYING, _LETTERS_WRITTEN, _NOWHERE_AGAIN)) + r")"
_AN_ERRAND = (
    r"(?:"
    + r"|".join((_THINGS_SORTED, _IN_ORDER, _PAPERS_CANCELLED, _TAX_PAID_UP, _FUNERAL_PAID))
    + r")"
)
_AFFAIRS_SETTLED = r"(?:" + _A_LAST_WORD + r"|" + _AN_ERRAND + r")"

# Not a problem or a burden to anyone "much longer": "I won't be a problem to anyone much longer".
_NOT_A_BURDEN_LONG = (
    r"\bi\s+(?:will\s+not|am\s+not\s+going\s+to)\s+be\s+(?:a\s+|your\s+)?(?:problem|burden|"
    r"bother|nuisance|worry|drain|trouble)\s+(?:(?:to|for|on)\s+(?:\w+\s+){1,2}?)?(?:for\s+)?"
    r"(?:much|any|a\s+lot)\s+longer\b"
)
# Not planning to be around or here past a time: "not planning on being around for the third
# weekend anyway", "not planning to be here past Sunday".
_NOT_PLANNING_TO_BE_HERE = (
    r"\bnot\s+(?:planning|intending|expecting)\s+(?:on|to)\s+(?:being|be)\s+(?:here|around|alive)"
    r"\s+(?:" + _PAST_A_TIME + r"|(?:for\s+)?(?:much|a\s+lot)\s+longer\b)" + _SAID_BARE
)
# Not here after a time, said as the writer's own: "because I won't be, after this weekend".
_NOT_HERE_AFTER = (
    r"\bi\s+(?:will\s+not|am\s+not\s+going\s+to)\s+be\b(?:\s+(?:here|around|alive))?\s*,?\s+"
    + _PAST_A_TIME
)
# Gone by a time: "I'll be gone by then".
_GONE_BY_THEN = (
    r"\b(?:i\s+will|ill|i\s+shall|i\s+am\s+going\s+to)\s+(?:probably\s+|likely\s+|already\s+|"
    r"definitely\s+)?be\s+(?:long\s+)?gone\s+(?:by|before)\s+(?:" + _A_TIME_TO_COME + r")\b"
)
# What is left passed on: a payment to the writer's estate or next of kin.
_TO_MY_ESTATE = (
    r"\b(?:go|goes|going|paid|pay|sent|send|passed|pass)\s+(?:it\s+|the\s+\w+\s+)?(?:on\s+)?"
    r"(?:to|into)\s+my\s+(?:estate|next\s+of\s+kin)\b"
)

# A goodbye the other person does not know is one, said bare (not "the last time we'd be there").
_UNKNOWING_GOODBYE = (
    r"\b(?:she|he|they|nobody|no\s+one|none\s+of\s+them)\s+(?:does|do|did)\s+not\s+know\s+"
    r"(?:it|that|this)\s+(?:was|is|will\s+be)\s+(?:a\s+|my\s+|our\s+|the\s+)?(?:goodbye|"
    r"farewell|last\s+time)\s*(?:$|[.!,;]|and\b|but\b)"
)
# The writer's last outing, and a goodbye said.
_MY_LAST_OUTING = (
    r"\b(?:will\s+be|is|this\s+is|it\s+is)\s+my\s+(?:very\s+)?last\s+(?:outing|trip\s+out|day\s+"
    r"out|night\s+out|meal\s+out|time\s+out)\b"
)
_GOODBYE_SAID = r"\b(?:said|saying|say)\s+(?:my\s+)?goodbyes?\b"

# Not waiting for the end of an illness, with a date set: "I'm not waiting around for the end,
# I've got it planned for next week"; not waiting for the end of a meeting or a season.
_NOT_WAITING_FOR_THE_END = (
    r"\bnot\s+(?:going\s+to\s+)?(?:wait|waiting|hang\s+on|hanging\s+on|sticking\s+around)\s+"
    r"(?:around\s+)?(?:for|till|until)\s+(?:the\s+end|it\s+to\s+(?:take|finish|get)\s+me)\b"
    r"(?!\s+of\b)"
)
_A_DATE_SET = (
    r"\b(?:i\s+have\s+(?:got\s+)?|got\s+)it\s+(?:all\s+)?(?:planned|arranged|booked)\b|"
    r"\b(?:set|picked|chosen|chose)\s+(?:a|the)\s+(?:date|day)\b(?!\s+for\s+(?:the|our|my|a|an|"
    r"his|her|their)\b)|\bplanned\s+it\s+for\b"
)

# Belongings of the writer's own given away as not needed: "gave my mate my tools and my watch,
# told him I won't need them".
_MINE_GIVEN = (
    r"\b(?:gave|given|giving|handed)\s+(?:away\s+)?(?:\w+\s+){0,3}?(?:my|all\s+my)\s+(?:\w+\s+)?"
    r"(?:tools|watch|guitar|jewellery|rings?|bike|car|records|books|clothes|things|stuff|"
    r"belongings|medals|camera|laptop|collection)\b"
)
_WILL_NOT_NEED_THEM = (
    r"\bi\s+(?:will\s+not|would\s+not|am\s+not\s+going\s+to)\s+(?:be\s+)?need\w*\s+(?:them|it|"
    r"those|any\s+of\s+(?:it|them)|anything)\b(?!\s+(?:for|at|in|on|when|while|until|till|now\s+"
    r"i)\b)"
)

# Notes written, and a bare time after them: "I've written the notes. Tonight probably."
_NOTES_WRITTEN = (
    r"\b(?:written|wrote|left)\s+(?:the|my|all\s+(?:the|my)|some)\s+(?:notes|letters)\b"
    r"(?!\s+(?:for|on|about|up|to\s+the|from|of|in|at)\b)"
)
_A_BARE_TIME = (
    r"(?:^|[.!?]\s*)(?:probably\s+|maybe\s+|likely\s+|it\s+will\s+be\s+)?(?:tonight|tomorrow"
    r"(?:\s+night)?|(?:this\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+"
    r"weekend)(?:\s+probably|\s+maybe|\s+i\s+think)?\s*(?:[.!]|$)"
)

# A last thing before "going through with it".
_BEFORE_GOING_THROUGH_WITH_IT = (
    r"\blast\s+(?:time|\w+(?:\s+\w+)?)\s+before\s+i\s+(?:finally\s+)?(?:go|going)\s+through\s+"
    r"with\s+it\b"
)

# Tonight decided on as "the night", said bare (not "the night I propose"), and a payment not
# to be collected or thanks passed on for everything.
_DECIDED_ON_A_NIGHT = (
    r"\bdecided\s+(?:that\s+)?(?:tonight|today|tomorrow|this\s+weekend|(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)\s+is\s+(?:the|my)\s+(?:night|day|time)\b(?!\s+(?:i|we|to|for|that|when|"
    r"of|he|she|they)\b)"
)
_NOT_COLLECTING = (
    r"\bi\s+will\s+not\s+be\s+(?:collecting|needing|claiming|picking\s+up)\s+(?:the|my|any|that)"
    r"\s+(?:\w+\s+)?(?:payment|money|cheque|voucher|fare|expenses)\b|\btell\s+(?:\w+\s+){1,3}i\s+"
    r"(?:appreciated|loved|valued)\s+(?:it\s+all|everything|all\s+of\s+it|them\s+all)\b"
)

# "I'm ending it after Christmas Day": a life, with a day to come named; not a contract, a
# membership or a relationship ended then.
_ENDING_IT_AFTER = (
    r"^(?!.*\b(?:relationship|boyfriend|girlfriend|engagement|marriage|with\s+(?:him|her|them)|"
    r"membership|subscription|sub|contract|direct\s+debit|standing\s+order|lease|tenancy|account|"
    r"plan|trial|booking|order|policy|gym|phone|job|course|series|season|run|streak|panto|show|"
    r"tour|role|director|band|shop|business|blog|podcast|group|chat|diet|fast)\b)"
    r"(?=.*\b(?:i\s+am|i\s+will\s+be|i\s+will)\s+(?:going\s+to\s+be\s+)?end(?:ing)?\s+(?:it|"
    r"things|my\s+life)(?:\s+all)?\s+(?:after|on|by|before|once|straight\s+after)\s+(?:"
    + _A_TIME_TO_COME
    + r"|new\s+year|boxing\s+day|my\s+birthday|the\s+(?:holidays|funeral|anniversary))\b)"
)
# Decided and settled: "I've decided", "it's all sorted", "made my mind up", thanks for it all.
_DECIDED_AND_SETTLED = (
    r"\b(?:i\s+have\s+decided|decided|made\s+(?:up\s+)?my\s+mind|(?:it\s+is|its|everything\s+is)"
    r"\s+(?:all\s+)?(?:sorted|arranged|planned|ready)|thank\s+you\s+for\s+(?:being\s+(?:so\s+)?"
    r"kind|everything|all\s+you\s+have\s+done)|goodbye)\b|" + _AFFAIRS_SETTLED
)

# An account not to be used after a time, with no new bank or closure given.
_ACCOUNT_DONE_AFTER = (
    r"\bwill\s+not\s+be\s+(?:using|needing)\s+(?:that|this|my|the)\s+(?:bank\s+)?(?:account|"
    r"card|bank)\s+" + _PAST_A_TIME + _SAID_BARE
)

# A gun licence or a gun got, not for the sport it is for, or with "enough said"; not with
# another sport or a shoot named instead.
_A_GUN = (
    r"\b(?:gun|shotgun|firearms?|rifle)\s+(?:licen[cs]e|certificate|cert)\b|\b(?:bought|got|"
    r"have)\s+(?:a|the|my)\s+(?:gun|shotgun|rifle)\b"
)
_NOT_FOR_SPORT = (
    r"\bnot\s+(?:want|need|get|renew)\w*\s+it\s+for\s+(?:the\s+)?(?:pheasants?|shoot\w*|clays?|"
    r"grouse|partridge|deer|rabbits|vermin|pigeons?|sport|hunting|game|season)\b|\benough\s+"
    r"said\b|\bsay\s+no\s+more\b"
)
_ANOTHER_SHOOT = (
    r"^(?!.*\b(?:(?:just|only|instead|but)\s+(?:for\s+)?(?:the\s+)?(?:clays?|range|targets?|deer|"
    r"rabbits|vermin|competitions?|club)|clay\s+shoot\w*|shooting\s+(?:club|range|ground))\b)"
)

FAREWELL_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a pet rehomed for good beside an errand of finality, or a last word beside another or
    # beside an errand; not a pet rehomed for a move or a new flat, nor the papers cancelled
    # and the tax paid up, nor a funeral plan and a will sorted sensibly
    "a pet rehomed and affairs settled": (
        _NOT_EXPLAINED + every_one_of(_PET_GONE_FOR_GOOD, _AFFAIRS_SETTLED),
        _NOT_EXPLAINED + any_two_of(_NOBODY_RELYING, _LETTERS_WRITTEN, _NOWHERE_AGAIN),
        _NOT_EXPLAINED + every_one_of(_A_LAST_WORD, _AN_ERRAND),
    ),
    # not a problem or a burden to anyone much longer; not leaving a group chat
    "not a burden much longer": (_NOT_EXPLAINED + r".*" + _NOT_A_BURDEN_LONG,),
    # a date set beside affairs settled ("set the date, everything's in order now"); not a
    # date set for a wedding or a sale
    "a date set and affairs settled": (
        _NOT_EXPLAINED + every_one_of(_A_DATE_SET, _AFFAIRS_SETTLED),
    ),
    # not planning to be around past a time; not with a holiday, a shift or a clash
    "not planning to be around": (_NOT_EXPLAINED + r".*" + _NOT_PLANNING_TO_BE_HERE,),
    # a payment asked about for the writer's estate, beside not being here after a time
    "the payment to the estate": (_NOT_EXPLAINED + every_one_of(_TO_MY_ESTATE, _NOT_HERE_AFTER),),
    # gone by then, beside the funeral paid or an errand of finality; not gone on a trip
    "gone by then with the funeral paid": (
        _NOT_EXPLAINED + every_one_of(_GONE_BY_THEN, _AFFAIRS_SETTLED),
    ),
    # a goodbye the other does not know is one, or a last outing beside a goodbye; not a last
    # outing before an operation, nor a goodbye before emigrating
    "a goodbye not known as one": (
        _NOT_EXPLAINED + r".*" + _UNKNOWING_GOODBYE,
        _NOT_EXPLAINED + every_one_of(_MY_LAST_OUTING, _GOODBYE_SAID),
    ),
    # not waiting for the end of an illness, with it planned; not the end of a meeting
    "not waiting for the end": (
        _NOT_EXPLAINED + every_one_of(_NOT_WAITING_FOR_THE_END, _A_DATE_SET),
    ),
    # the writer's own things given away as not needed; not given away for a move or retiring
    "belongings given as not needed": (
        _NOT_EXPLAINED
        + r"(?!.*\b(?:retir\w*|clear\w*\s+out|spare|old\s+ones?|new\s+ones?)\b)"
        + every_one_of(_MINE_GIVEN, _WILL_NOT_NEED_THEM),
    ),
    # notes or letters written, then a bare time; not notes for a meeting
    "notes written and a time": (_NOT_EXPLAINED + every_one_of(_NOTES_WRITTEN, _A_BARE_TIME),),
    # a last thing before going through with it; not a wedding or an operation
    "a last time before going through with it": (
        _NOT_EXPLAINED + r".*" + _BEFORE_GOING_THROUGH_WITH_IT,
    ),
    # tonight decided on as the night, beside a payment not collected or thanks for it all;
    # not the night of a proposal
    "tonight decided on": (_NOT_EXPLAINED + every_one_of(_DECIDED_ON_A_NIGHT, _NOT_COLLECTING),),
    # ending it after a day to come, decided and settled; not a contract or a relationship
    "ending it after a day to come": (
        _NOT_EXPLAINED + _ENDING_IT_AFTER + every_one_of(_DECIDED_AND_SETTLED),
    ),
    # an account not to be used after a time; not switching banks or closing it
    "an account not used after a time": (_NOT_EXPLAINED + r".*" + _ACCOUNT_DONE_AFTER,),
    # a gun licence or a gun not for the sport, or with "enough said"; not for the clays
    "a gun not for the sport": (_ANOTHER_SHOOT + every_one_of(_A_GUN, _NOT_FOR_SPORT),),
}
