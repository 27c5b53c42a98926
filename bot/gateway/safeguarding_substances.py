"""The English phrase net: drink and drugs in crisis now, told by the person in it or by someone
who knows of it.

What needs an ambulance or a drug service today rather than a referral: withdrawal from
benzodiazepines, alcohol or opioids stopped suddenly, with hallucinations, shaking all over or
fits; a medicine taken twice, someone else's medicine taken on top, or medicines mixed with
drink or other drugs, with drowsiness, no response, a grey colour or no idea how many; a return
to using after a long break, when tolerance is gone and the first dose can kill; and a carer who
is drinking again with someone who depends on them in danger (their doses muddled, found on the
floor, a pan left on). The everyday twins share the words and are left alone: a condition told
as managed or stable, a prescription and its times as an access need, an episode long past,
recovery milestones ("five years clean"), and idioms ("dying for a drink", "shaking with cold").
Each pattern needs the substance, what is happening now, and the sign that makes it dangerous.
Text has been through safeguarding_words.normalise ("he is", "can not", "husband's" read as
"husband").
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Drink, said any way: "the wine", "a bottle of vodka", "cans".
_DRINK = (
    r"(?:drink|drinks|drinking|alcohol|booze|wine|vodka|beer|lager|cider|gin|whisky|whiskey|rum|"
    r"spirits|cans|pints?|prosecco|brandy)"
)
# Sedatives, opioids and street drugs by name, class ending or street word.
_STRONG = (
    r"(?:ket|ketamine|xanax|xans|benzos?|benzodiazepines?|diazepam|valium|alprazolam|etizolam|"
    r"lorazepam|clonazepam|pregabalin|gabapentin|lyrica|tramadol|codeine|co\s*codamol|oxy\w*|"
    r"morphine|fentanyl|methadone|heroin|gear|smack|spice|mandy|mdma|pills|coke|cocaine|crack|"
    r"ghb|opiates|opioids|downers|zopiclone|zolpidem|sleeping\s+(?:tablets|pills)|sleepers|"
    r"painkillers|\w+azepam|\w+zolam|\w+iclone)"
)
# Any medicine, the generic words included.
_MEDICINE = (
    r"(?:" + _STRONG + r"|tablets|meds|medication|medicine|insulin|antidepressants|doses?|"
    r"prescription)"
)
_RELATIVE = (
    r"(?:husband|wife|partner|mum|mom|dad|mother|father|son|daughter|nan|gran|grandad|friend|"
    r"flatmate|brother|sister|boyfriend|girlfriend|his|her|their)"
)

# An episode told as long past, managed, or checked and fine: everyday.
_PAST_OR_MANAGED = (
    r"\b(?:years?\s+ago|months\s+ago|last\s+(?:year|summer|winter|christmas)|used\s+to|back\s+"
    r"then|back\s+in|in\s+(?:19|20)\d\d|when\s+(?:i|we|he|she)\s+(?:was|were)\s+(?:young|"
    r"little|a\s+(?:kid|child|teenager|student))|(?:years?|months)\s+(?:sober|clean|dry)|"
    r"(?:sober|clean|dry)\s+(?:for|since)\s+(?:\d+|a|one|two|three|four|five|six|ten)\s+"
    r"(?:years?|months)|well\s+managed|(?:is|am|are)\s+stable|(?:doctor|gp|pharmacist|nurse|"
    r"111|hospital)\s+(?:said|says|checked|told)\s+(?:\w+\s+){0,3}?(?:fine|ok|okay|safe|"
    r"nothing\s+to\s+worry)|(?:is|am|was)\s+fine\s+now|all\s+fine\s+now|recovered)\b"
)


def _unless_past(*parts: str, everyday: str = _PAST_OR_MANAGED) -> str:
    """Every one of `parts`, in a message that does not tell it as past, managed or checked."""
    return f"^(?!.*(?:{everyday}))" + every_one_of(*parts)


# A substance stopped suddenly, or withdrawal named: "stopped my benzos cold turkey",
# "day 2 off the drink", "clucking".
_STOPPED = (
    r"\b(?:stop+e?d|stopping|stop|quit|quitting|came\s+off|come\s+off|coming\s+off|gave\s+up|"
    r"given\s+up|ran\s+out\s+of|run\s+out\s+of|runs?\s+out\s+of|cut\s+out|no|off|without|"
    r"withdrawing\s+from|withdrawal\s+from)\s+(?:all\s+|any\s+)?(?:(?:my|his|her|their|the)\s+)?"
    r"(?:" + _STRONG + r"|" + _DRINK + r"|booze)\b"
    r"(?!\s+(?:coffee|tea|water|juice|fizzy|energy|cola|coke|milk|squash))|\bcold\s+turk(?:e|i)?"
    r"y\b|\bwithdrawals\b|\b(?:in|having|going\s+through|got|bad)\s+(?:\w+\s+)?withdrawal\b|"
    r"\bclucking\b|\brattling\b|\bdetox\w*\s+(?:myself|himself|herself|themselves|at\s+home|"
    r"alone|on\s+(?:my|his|her|their)\s+own)\b"
)
# The dangerous signs of withdrawal, said plainly.
_WITHDRAWAL_SIGN = (
    r"\bseeing\s+things\b|\bsees?\s+things\s+that\b|\bhallucinat\w+|\bhearing\s+things\b|\b(?:"
    r"spiders|insects|bugs|ants|things)\s+(?:\w+\s+)?(?:crawling|on\s+(?:the\s+)?(?:walls?|my|"
    r"his|her)|under\s+(?:my|his|her)\s+skin)\b|\b(?:twitch\w*|shak\w+|trembl\w+|jerk\w*|"
    r"jolt\w*)\s+(?:all\s+over|uncontroll\w+|badly|so\s+(?:bad|badly|much)|like\s+mad|non\s*"
    r"stop)\b|\bcan\s+not\s+stop\s+(?:shaking|twitching|trembling|jerking)\b|\b(?:had|having|"
    r"has|keeps?\s+having)\s+(?:a\s+)?(?:seizures?|fits?)\b(?!\s+(?:when|about|at|over|because|"
    r"if|that|laughing|of\s+(?:laughter|giggles)))|\bfitting\b|\bconvuls\w+|\bthe\s+"
    r"dts\b|\bdelirium\b|\b(?:does|did)\s+not\s+know\s+where\s+(?:he|she|i|they)\s+(?:is|am|"
    r"are|was)\b"
)

# Medicines mixed with drink or with each other: "mixed ket and xanax", "wine and sleeping
# tablets", "pills on top of the vodka".
_JOINED = r"\s+(?:\w+\s+){0,3}?(?:and|with|&|\+|on\s+top\s+of|after|then)\s+(?:\w+\s+){0,3}?"
_MIXED = (
    r"\bmix\w*\s+(?:\w+\s+){0,3}?(?:"
    + _MEDICINE
    + r"|"
    + _DRINK
    + r")"
    + _JOINED
    + r"(?:"
    + _MEDICINE
    + r"|"
    + _DRINK
    + r")\b|\b"
    + _DRINK
    + _JOINED
    + _MEDICINE
    + r"\b|\b"
    + _MEDICINE
    + _JOINED
    + _DRINK
    + r"\b|\b"
    + _STRONG
    + _JOINED
    + _STRONG
    + r"\b"
)
# A medicine taken twice, doubled, or someone else's taken on top.
_DOUBLED = (
    r"\b(?:took|taken|take|taking|had|gave|given|injected)\s+(?:\w+\s+){0,3}?"
    + _MEDICINE
    + r"\s+(?:\w+\s+){0,2}?(?:twice|two\s+times|again\s+by\s+mistake)\b(?!\s+(?:a|per|every)\s+"
    r"(?:day|week|night))|\bdouble\s+(?:dose|dosed|dosing)\b|\bdoubled\s+up\b|\b(?:two|2|both|"
    r"a\s+second|an\s+extra)\s+(?:lots\s+of\s+)?(?:doses|lots)\s+(?:of\s+(?:my|his|her|their)\s+"
    r"\w+\s+)?(?:by\s+mistake|today|tonight|this\s+(?:morning|evening)|at\s+once|in\s+one\s+go|"
    r"together)\b|\b(?:some|a\s+few|one|two|a\s+couple)\s+of\s+(?:my\s+)?"
    + _RELATIVE
    + r"\s+(?:\w+\s+)?"
    + _MEDICINE
    + r"\b"
)
# Drowsy, not responding, a bad colour, or no idea how much was taken.
_DROWSY_OR_UNRESPONSIVE = (
    r"\b(?:very|really|so|too|extremely|super)\s+(?:sleepy|drowsy|woozy)\b|\bcan\s+not\s+(?:stay"
    r"\s+awake|keep\s+(?:my|his|her|their)\s+eyes\s+open|wake\s+(?:him|her|them|up))\b|\b(?:will|"
    r"does|is|are|did)\s+not\s+(?:wake|waking|respond\w*)\b|\bnot\s+(?:responding|waking)\b|\bu"
    r"nresponsive\b|\bno\s+response\b|\b(?:gone|going|turned|turning|looks?|is)\s+(?:grey|gray|"
    r"blue|floppy|limp)\b|\blips\s+(?:are\s+)?(?:\w+\s+)?(?:blue|tingling|numb)\b|\bslurr\w+|\bpa"
    r"ss(?:ed|ing)\s+out\b|\bunconscious\b|\bout\s+cold\b|\bkeeps?\s+(?:nodding|dropping|"
    r"drifting)\s+off\b|\bbreathing\s+(?:is\s+)?(?:very\s+)?(?:slow|shallow|funny|weird|strange|"
    r"noisy)\b|\bcan\s+not\s+remember\s+how\s+(?:many|much)\b|\b(?:do|does|did)\s+not\s+know\s+"
    r"how\s+(?:many|much)\s+(?:i|he|she|they)\b|\blost\s+count\b"
)
# A question about mixing in general, or the side effects of a regimen: everyday.
_MIXING_ASKED_OR_A_REGIMEN = (
    _PAST_OR_MANAGED
    + r"|\b(?:is\s+it\s+(?:safe|ok|okay)|can\s+(?:i|you)|should\s+(?:i|you)|not\s+(?:allowed|"
    r"supposed)\s+to|(?:do|does|must|should)\s+not)\s+(?:to\s+)?(?:drink|mix|have|take)\b|\bmakes"
    r"?\s+(?:me|him|her|them)\s+(?:a\s+bit\s+)?(?:sleepy|drowsy)\b|\bside\s+effects?\b|\b(?:twice"
    r"|two\s+doses)\s+a\s+day\b"
)

# A relapse told as long past or a milestone celebrated: everyday ("months clean" is not, as
# the time clean is what takes the tolerance away).
_LONG_PAST = (
    r"\b(?:years?\s+ago|last\s+(?:year|summer|winter|christmas)|back\s+then|back\s+in|in\s+(?:19|"
    r"20)\d\d|celebrat\w+|anniversary|recovered)\b"
)

# About to use again after a long break, with the tolerance gone.
_ABOUT_TO_USE = (
    r"\b(?:going\s+to|gonna|will|about\s+to|planning\s+to|plan\s+to|want\s+to|might|have\s+to)\s+"
    r"(?:use|score|shoot\s+up|inject|take\s+(?:a\s+)?(?:bag|hit|line|dose))\b(?!\s+(?:the|a|an|"
    r"my|his|her|our|their|your|it|this|that|some|any|of|to|as|for|in|on|at|goals?|points?|"
    r"\d+)\b)|"
    r"\b(?:scored|picked\s+up\s+a\s+bag|got\s+a\s+bag|bought\s+a\s+bag)\b|\b(?:using|used|"
    r"relapsed)\s+(?:again\s+)?(?:tonight|today|now)\b"
)
_OFF_DRUGS = (
    r"\b(?:off|clean\s+(?:from|off)|no)\s+(?:the\s+)?(?:gear|heroin|smack|brown|crack|fentanyl|"
    r"opiates|opioids|drugs|methadone|script)\b|\bclean\s+(?:for|since|(?:\d+|a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?))\b|\b"
    r"(?:days|weeks|months|years)\s+clean\b|\bout\s+of\s+(?:prison|jail|rehab|detox)\b|\brelaps"
    r"\w+|\bsickness\b|\bdealer\b"
)
_TOLERANCE_GONE = (
    r"\btolerance\b|\b(?:scared|afraid|worried|frightened|do\s+not\s+know|no\s+idea)\s+(?:of\s+|"
    r"about\s+)?how\s+much\b|\bfirst\s+(?:time|hit|dose|go)\s+(?:in|for)\s+(?:months|years|ages|"
    r"a\s+long\s+time|\d+\s+(?:months|years))\b|\bsame\s+(?:amount|dose)\s+as\s+(?:before|i\s+"
    r"used\s+to|he\s+used\s+to|she\s+used\s+to)\b|\bas\s+much\s+as\s+(?:i|he|she|they)\s+used\s+"
    r"to\b"
)

# A carer drinking: "drinking again", "been on the booze", bottles everywhere.
_DRINKING = (
    r"\b(?:drinking\s+(?:again|heavily|heavy|a\s+lot|all\s+day|every\s+day|since|loads)|(?:been|i"
    r"s|are|am|was|started)\s+drinking(?!\s+(?:water|tea|coffee|juice|fluids|plenty|enough|more\s"
    r"+water|lots\s+of\s+water))|(?:is|was|gets?|got|been|came\s+home|comes\s+home)\s+(?:really\s"
    r"+|so\s+|very\s+|blind\s+)?drunk|drunk\s+(?:again|every\s+day|all\s+day|most\s+days)|on\s+th"
    r"e\s+(?:drink|booze|bottle|vodka|wine|cans)|hitting\s+the\s+bottle|(?:bottles|cans)\s+(?:eve"
    r"rywhere|all\s+over)|off\s+(?:his|her|my|their)\s+(?:face|head)|hammered)\b"
)
# Someone who depends on the one drinking.
_DEPENDS_ON_THEM = (
    r"\b(?:looks?\s+after|looking\s+after|look\s+after|cares?\s+for|caring\s+for|carer|in\s+charg"
    r"e\s+of|meant\s+to\s+be\s+(?:watching|minding)|minding|babysitting|dementia|alzheimers?|bed"
    r"\s*bound|housebound|baby|toddler|newborn)\b"
)
# The one who depends on them in danger: doses muddled, found on the floor, a pan left on.
_DEPENDANT_IN_DANGER = (
    r"\blos(?:ing|t|e)\s+track\s+of\s+(?:his|her|their|the|my)\s+(?:\w+\s+)?(?:insulin|tablets|pi"
    r"lls|meds|medication|medicine|doses?|injections?)\b|\bgave\s+(?:him|her|them)\s+(?:\w+\s+){0"
    r",2}?(?:twice|two\s+doses|2\s+doses|a\s+double|double|both\s+doses|the\s+wrong)\b|\bdoses?\s"
    r"+(?:muddled|mixed\s+up|twice)\b|\bmuddl\w+\s+(?:up\s+)?(?:his|her|their|the)\s+(?:\w+\s+)?("
    r"?:doses?|tablets|pills|meds|insulin|medication)\b|\b(?:found|find|finding|lying|left|lay)\s"
    r"+(?:him|her|them|mum|dad|nan|gran|(?:my|his|her|their)\s+\w+)\s+on\s+the\s+floor\b|\b(?:fel"
    r"l|falls|falling|was|is)\s+asleep\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:pan|hob|cooker|oven|gas|"
    r"grill|fryer|bath|iron|cigarette)s?\s+(?:\w+\s+)?(?:on|running|lit|going)\b|\bleft\s+(?:the"
    r"\s+)?(?:\w+\s+)?(?:pan|hob|cooker|oven|gas|grill|fryer|bath)\s+(?:on|running)\b|\bpass(?:ed"
    r"|es|ing)\s+out\b|\bcan\s+not\s+(?:wake|rouse)\s+(?:him|her|them)\b"
)

SUBSTANCE_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a sedative, drink or opioid stopped suddenly, with hallucinations, shaking or fits
    "withdrawal with dangerous signs": (_unless_past(_STOPPED, _WITHDRAWAL_SIGN),),
    # medicines doubled or mixed with drink or drugs, and drowsy, unresponsive or uncounted
    "a dose doubled or mixed, and drowsy": (
        _unless_past(_MIXED, _DROWSY_OR_UNRESPONSIVE, everyday=_MIXING_ASKED_OR_A_REGIMEN),
        _unless_past(_DOUBLED, _DROWSY_OR_UNRESPONSIVE, everyday=_MIXING_ASKED_OR_A_REGIMEN),
    ),
    # using again tonight after a long break, with the tolerance gone
    "a relapse with tolerance gone": (
        _unless_past(_ABOUT_TO_USE, _OFF_DRUGS, _TOLERANCE_GONE, everyday=_LONG_PAST),
    ),
    # a carer drinking again, with the one who depends on them in danger
    "a carer drinking with someone in danger": (
        _unless_past(_DRINKING, _DEPENDS_ON_THEM, _DEPENDANT_IN_DANGER),
    ),
}
