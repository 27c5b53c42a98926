"""The English phrase net: risks LGBT+ members and their families tell of, happening now.

Harm for who someone is, and the harms that come with it: a child or a young person taken or
sent to be "cured", "healed" or "fixed" of being gay or trans (a healing church abroad, a
"specialist" as the price of staying home, a retreat that takes the phone and does not let them
leave); put out of home for being gay, bi or trans with nowhere tonight; family who found out
coming round "to sort" them out; hate words sprayed on a home and the door kicked with people
inside now; a partner who has locked away or hidden someone's HIV pills or PrEP and keeps them
until an apology, for days; an adult with a learning disability kept in a flat by an online
"boyfriend" who will not let him come home; and someone on a chemsex session slamming with the
lips gone blue. Each has an everyday twin in the same words (a family that came round to
celebrate, a church that took the youth group abroad, a retreat with the phones handed in for a
weekend of silence, a painter at the door, pills left in the car by mistake, a blue slushie), so
each reading needs the harm and the sign that it is now. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Who someone is: gay, bi, trans, come out, or a child saying he is a girl.
_WHO_THEY_ARE = (
    r"\b(?:gay|lesbian|bi|bisexual|trans|transgender|queer|non\s*binary|came\s+out|come\s+out|"
    r"coming\s+out|(?:says?|saying|said)\s+(?:he|she|they)\s+(?:is|are)\s+a\s+(?:girl|boy)|"
    r"(?:says?|saying|said)\s+(?:i|he|she)\s+(?:am|is)\s+(?:not\s+)?a\s+(?:girl|boy))\b"
)
# Made to be changed: cured, healed, fixed, straightened, prayed out, a conversion or deliverance.
_TO_BE_CHANGED = (
    r"\b(?:cures?|cured|curing|heal(?:ing)?\s+(?:church|camp|centre|center|retreat|service|"
    r"pastor|ministry|prayers?)|fix(?:es)?\s+(?:him|her|them|me|it)|to\s+be\s+(?:fixed|cured|"
    r"healed|straightened)|straighten\s+(?:him|her|them|me)\s+out|pray(?:ed)?\s+(?:it\s+)?"
    r"(?:out|away)|conversion|deliverance|exorcis\w+)\b"
)
# Taken or sent there, or made to go as the price of staying.
_TAKEN_THERE = (
    r"\b(?:taking|taken|took|sending|sent|flying|flown|booked|making\s+(?:me|him|her|them)|"
    r"make\s+(?:me|him|her|them)|only\s+(?:stay|live\s+here|come\s+home)\s+if|have\s+to\s+"
    r"(?:go|see))\b"
)
# Told as a subject, a campaign or long past: everyday.
_A_SUBJECT_OR_PAST = (
    r"^(?!.*\b(?:ban|bill|law|debate|campaign\w*|petition|consultation|documentary|film|"
    r"article|podcast|survivors?\s+(?:group|network)|years\s+ago|used\s+to|when\s+i\s+was)\b)"
)
# Held somewhere they cannot leave: the phone taken, not fed, wanting out.
_HELD_THERE = (
    r"\b(?:can\s+not|not\s+allowed\s+to|will\s+not\s+let\s+(?:him|her|them|me))\s+leave\b"
    r"(?!\s+(?:before|until|till|early|during|after|without))|"
    r"\bnot\s+(?:feeding|letting\s+(?:him|her|them|me)\s+(?:eat|leave|out))\b|\b(?:take|took|"
    r"taken)\s+(?:your|his|her|their|my)\s+phones?\b(?!\s+(?:for|at|during)\s+(?:the\s+)?"
    r"(?:weekend|day|session|silent|meditation))|\bwants?\s+out\b"
)
_A_PLACE_KEPT = r"\b(?:retreat|camp|centre|center|church|compound|programme|program|clinic)\b"
# Put out of home for who they are, with tonight or nowhere to go.
_PUT_OUT_FOR_IT = (
    r"\b(?:kicked|thrown|chucked|put|turfed|locked)\s+out\b.{0,50}\bfor\s+being\s+(?:gay|bi|"
    r"bisexual|trans|lesbian|queer|non\s*binary)\b"
)
_NOWHERE_TONIGHT = (
    r"\b(?:tonight|an?\s+hours?\s+ago|just\s+now|earlier\s+today|nowhere\s+to\s+(?:go|sleep|"
    r"stay)|anywhere\s+(?:i|we)\s+can\s+(?:go|sleep|stay))\b"
)
# Family who found out, coming to "sort" someone out or teach a lesson.
_FOUND_OUT = (
    r"\b(?:found\s+out|finds\s+out|knows?|heard|outed)\s+(?:that\s+)?(?:i\s+am|i\s+was|he\s+is|"
    r"she\s+is|they\s+are|about\s+(?:me|him|her|them))\b"
)
_COMING_TO_SORT_THEM = (
    r"\b(?:coming|come|on\s+(?:his|their|the)\s+way)\s+(?:round|over|here)?\s*(?:\w+\s+){0,4}?"
    r"to\s+(?:sort\s+(?:me|him|her|them)\s+out|teach\s+(?:me|him|her|them)\s+a\s+lesson|beat\s+"
    r"it\s+out\s+of|deal\s+with\s+(?:me|him|her|them)|straighten\s+(?:me|him|her|them)\s+out)\b"
)
# Hate words sprayed or written on a home, with the door kicked or people inside now.
_HATE_WORDS_ON_A_HOME = (
    r"\b(?:spray\s*paint\w*|painting|writing|scrawl\w*|daub\w*)\s+(?:\w+\s+){0,4}?"
    r"(?:on|across)\s+(?:the|their|our|my|his|her)\s+(?:front\s+)?(?:door|house|wall|windows?|"
    r"flat)\b"
)
_HATE_WORDS = (
    r"\b(?:kill|die|burn|hang|death\s+to)\s+(?:all\s+)?(?:the\s+)?(?:gays?|queers?|"
    r"trans|trannies|dykes?|fags?|faggots?|lesbians?)\b|\b(?:fags?|faggots?|dykes?|trannies)\b"
)
_RIGHT_NOW = (
    r"\b(?:right\s+now|now|kicking|banging\s+on|trying\s+to\s+get\s+in|(?:they|he|she)\s+(?:are|"
    r"is)\s+inside)\b"
)
# A partner who has locked away or hidden someone's HIV pills or PrEP, and keeps them.
_MEDS_KEPT_FROM_THEM = (
    r"\b(?:locked|hidden|hid|taken|took|binned|keeping|kept|withholding|flushed)\s+(?:away\s+)?"
    r"my\s+(?:hiv\s+|prep\s+|arv\s+|insulin\s+|epilepsy\s+|heart\s+)?(?:meds|medication|"
    r"medicine|pills|tablets|prep|inhalers?|insulin)\b"
)
_UNTIL_OR_FOR_DAYS = (
    r"\b(?:till|until|unless)\s+i\s+(?:apologise|apologize|say\s+sorry|beg|do\s+what)\b|\bnot\s+"
    r"(?:getting|giving|give)\s+(?:them|it)\s+back\b|\b(?:been|for)\s+(?:\d+|two|three|four|five|"
    r"six|a\s+few)\s+days\b"
)
_BY_MISTAKE = r"^(?!.*\b(?:by\s+(?:mistake|accident)|accidentally|forgot|dropping\s+them)\b)"
# An adult with a learning disability kept away by a "boyfriend" or a man met online.
_AT_RISK_ADULT = (
    r"\b(?:learning\s+disabilit\w+|learning\s+difficult\w+|down\s+syndrome|autis\w+|"
    r"special\s+needs|vulnerable\s+adult)\b"
)
_KEPT_FROM_HOME = (
    r"\b(?:will\s+not|not|refuses\s+to)\s+(?:let|letting)\s+(?:him|her|them)\s+(?:come\s+home|"
    r"leave|out|call)\b|\bkeeping\s+(?:him|her|them)\s+(?:there|in|at\s+(?:his|a)\s+flat)\b"
)
# Someone met online or calling himself a boyfriend: not a school or a ward.
_A_MAN_MET = (
    r"\b(?:(?:a|some|this)\s+(?:man|bloke|guy|woman)|boyfriend|girlfriend|met\s+online|"
    r"dating\s+app|online)\b"
)
# Slamming or on a chemsex session, and the lips or face gone blue or not waking.
_ON_A_SESSION = (
    r"\b(?:(?:slamming|slammed)(?!\s+(?:the|a|an|doors?|it|down|on|into|his|her|my|me|them)\b)|"
    r"chemsex|chems|(?:\d+|two|three|four)\s+day\s+session|ghb|gbl|"
    r"(?:took|taken|had|dropped)\s+(?:too\s+much\s+)?g)\b"
)
_GONE_BLUE = (
    r"\b(?:lips|face|fingers)\s+(?:have\s+|has\s+|are\s+|is\s+)?(?:gone|going|turned|turning)\s+"
    r"(?:blue|grey|purple)\b|\b(?:not|barely|stopped)\s+breathing\b|\bcan\s+not\s+"
    r"(?:wake|rouse)\s+(?:him|her|them)\b|\b(?:gone|went)\s+under\b"
)

IDENTITY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # taken or sent to be cured or healed of being gay or trans; not a debate on the ban
    "taken to be cured of who they are": (
        _A_SUBJECT_OR_PAST + every_one_of(_WHO_THEY_ARE, _TO_BE_CHANGED, _TAKEN_THERE),
        # or held at a retreat or camp they cannot leave, the phone taken or not fed
        _A_SUBJECT_OR_PAST + every_one_of(_WHO_THEY_ARE, _A_PLACE_KEPT, _HELD_THERE),
    ),
    # put out for being trans or gay, tonight; not a story of years ago
    "put out of home for who they are": (
        _A_SUBJECT_OR_PAST + every_one_of(_PUT_OUT_FOR_IT, _NOWHERE_TONIGHT),
    ),
    # family who found out coming round to sort them out; not coming round to celebrate
    "family coming to sort them out": ("^" + every_one_of(_FOUND_OUT, _COMING_TO_SORT_THEM),),
    # hate words sprayed on a home while the door is kicked or people are inside
    "hate words sprayed on a home now": (
        "^" + every_one_of(_HATE_WORDS_ON_A_HOME, _HATE_WORDS, _RIGHT_NOW),
    ),
    # a partner keeping someone's HIV pills until an apology or for days; not left by mistake
    "medication kept from them": (
        _BY_MISTAKE + every_one_of(_MEDS_KEPT_FROM_THEM, _UNTIL_OR_FOR_DAYS),
    ),
    # an adult with a learning disability not let home by a man; not a flat viewing
    "a disabled adult kept from home": (
        "^" + every_one_of(_AT_RISK_ADULT, _A_MAN_MET, _KEPT_FROM_HOME),
    ),
    # slamming or days on a session, and the lips gone blue; not a slushie
    "a chemsex overdose": ("^" + every_one_of(_ON_A_SESSION, _GONE_BLUE),),
}
