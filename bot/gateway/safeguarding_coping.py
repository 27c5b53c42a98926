"""The English phrase net, part one continued: the writer's state (read with safeguarding_self):
despair, crisis and breakdown, low mood said plainly (the signs of depression the NHS lists), and
self-neglect (two of meals, washing and the home let go, said of the writer's life now), and a
parent's thoughts of harming their baby ("thoughts of putting the pillow over her"). Everyday
uses ("can't cope with the bus", "low about the process", "panicking about the claim", a
camping trip with no shower) are kept out by what must follow or precede the words; the text has
been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_self import INTENSIFIER

# Hopeless or low "about this whole thing", "about the process": a view of the assembly's work,
# not of the writer's own life.
_ABOUT_A_THING = (
    r"(?!\s+(?:about|with|over)\s+(?:this|that|the|our|their|how|whether)\b(?:\s+whole)?"
    r"(?!\s+(?:world|future|life|situation\s+(?:at|with)\s+home)\b))"
)

# Voices that are people talking somewhere: "the voices from the room next door", "voices
# through the wall", "the voices in the corridor"; not the voices in someone's head.
_PEOPLE_TALKING = (
    r"(?!\s+(?:(?:coming\s+|talking\s+|shouting\s+|laughing\s+)?(?:from|of|through|outside|"
    r"next\s+door|upstairs|downstairs|on\s+the\s+(?:phone|radio|landing|stairs|call|line))|in\s+"
    r"the\s+(?:next|other|\w+\s+)?(?:room|corridor|hall|hallway|kitchen|street|flat|garden|queue|"
    r"background|building))\b)"
)

# Going without food, washing or a home kept up, told as the writer's own life now.
_NO_MEALS = (
    r"\b(?:living|live|lived|been\s+living)\s+(?:off|on)\s+(?:biscuits|toast|crisps|cereal|tea|"
    r"nothing)\b|\bdo\s+not\s+(?:cook|eat\s+properly|eat\s+meals)\s+any\s+more\b"
)
_NO_WASH = (
    r"\b(?:have\s+not|not|do\s+not)\s+(?:had\s+a\s+(?:wash|bath|shower)|washed|bathed|showered)\s+"
    r"(?:in|for|any\s+more)\b"
)
_HOME_LET_GO = (
    r"\b(?:flat|house|home|place|room)\s+(?:is\s+)?(?:full\s+of|piled\s+(?:high\s+)?with)\s+"
    r"(?:rubbish|bin\s+bags|rubbish\s+bags|bags\s+of\s+rubbish)\b|\b(?:do\s+not|can\s+not)\s+"
    r"(?:\w+\s+){0,4}(?:or\s+)?open\s+(?:the|my)\s+post\b|\b(?:gas|electric\w*|power|heating)\s+(?:got\s+|has\s+been\s+|"
    r"was\s+|is\s+)?cut\s+off\b(?!\s+(?:at|in)\s+(?:the\s+)?(?:hall|venue|centre|office|work))"
)
_AWAY_OR_JOKING = (
    r"^(?!.*\b(?:camping|festival|holiday|trip|glastonbury|lol|haha\w*|lmao|student|exams?)\b)"
)

# A parent's thoughts of harming their baby or child, told however they are disowned ("I keep
# getting thoughts of putting the pillow over her ... I'd never"): what the thought does to the
# child; not thoughts of dropping her off at her gran's or putting her in the pram.
_THOUGHTS_OF = (
    r"\b(?:thoughts?|urges?|images?|pictures?)\s+(?:of|about)\s+|\b(?:keep|kept|been|catch\s+"
    r"myself)\s+(?:thinking\s+(?:of|about)|imagining|picturing)\s+|\b(?:want|wanted|tempted|"
    r"could\s+easily)\s+to\s+"
)
_HARMING_THE_CHILD = (
    r"(?:putting|put|holding|hold|pressing|press)\s+(?:a|the)\s+(?:pillow|cushion|blanket|"
    r"hand)\s+(?:over|on)\s+(?:her|his|the\s+baby\w*|my\s+baby\w*)\b|(?:shaking|shake|smothering|"
    r"smother|hurting|hurt|drowning|drown|throwing|throw|suffocating|suffocate|strangling|"
    r"strangle)\s+(?:her|him|the\s+baby|my\s+(?:baby|son|daughter|little\s+one))\b"
    r"(?!\s+(?:off|up\s+in\s+the\s+air|a\s+ball|the\s+ball|out\s+of\s+the\s+(?:pram|cot)|"
    r"(?:a|the)\s+party))"
)
_A_BABY_OR_CHILD = r"\b(?:baby|babies|newborn|infant|toddler|son|daughter|little\s+one|kids?)\b"

COPING_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # despair, crisis and breakdown, low mood said plainly; not "can't cope with the bus"
    "not coping": (
        r"\bi\s+(?:am|feel|am\s+feeling|have\s+been)\s+"
        + INTENSIFIER
        + r"not\s+"
        + INTENSIFIER
        + r"(?:ok|okay|k|alright|"
        r"all\s+right|coping|safe|fine\s+at\s+all|in\s+a\s+good\s+(?:place|way))\b"
        r"(?!\s+(?:with|about|for|if|to\s+(?:come|go|attend|make|travel|drive)|(?:driving|cycling|"
        r"on\s+(?:the\s+)?(?:roads?|bike|motorway))\b))",
        r"\b(?:feel|feeling|felt)\s+" + INTENSIFIER + r"(?:suicidal|hopeless|worthless|trapped|"
        r"unsafe|like\s+a\s+burden|like\s+giving\s+up|like\s+there\s+is\s+no\s+(?:way|hope|point)|"
        r"like\s+i\s+(?:am\s+)?(?:going\s+to\s+)?(?:break|die|disappear|can\s+not\s+go\s+on))\b"
        + _ABOUT_A_THING,
        r"\b(?:can\s+not|not|struggling\s+to|unable\s+to|barely)\s+cop(?:e|ing)\b"
        r"(?!\s+with\s+(?:how|these|those|(?:the|this|my)\s+(?:form|app|website|heat|traffic|queue|"
        r"early|weather|rain|cold|bus|trains?|commute|noise|reading|workload|cuteness)|(?:another|"
        r"one\s+more|more|these|the|this)\s+(?:\d{1,2}(?:\s*[ap]m)?\s+|\w+\s+)?(?:starts?|"
        r"finish(?:es)?|mornings?|queues?|waits?|journeys?|commutes?|shifts?|timetables?|schedules?)\b)|"
        r".*\b(?:lol|"
        r"haha|lmao)\b)",
        r"\bdo\s+not\s+know\s+what\s+(?:i\s+will|ill|i\s+might)\s+do\b|\bhaving\s+(?:one\s+of\s+my|an)\s+"
        r"episodes?\b|\b(?:head|mind)\s+is\s+(?:so\s+|too\s+)?loud\b|\beverything\s+is\s+crashing\b",
        r"\b(?:hearing\s+(?:things|voices)|(?:the|these)\s+voices)\b" + _PEOPLE_TALKING + r"|"
        r"\bhave\s+not\s+(?:slept|eaten)\s+(?:in|for)\s+(?:\d+|two|"
        r"three|four|five|six|several)\s+days\b",
        r"\bcan\s+not\s+(?:take|handle|deal\s+with|do|face|stand)\s+(?:it|this|any\s+of\s+(?:it|this)|"
        r"life|everything|living|another\s+day)\s+(?:any\s+more|no\s+more|much\s+longer)\b",
        r"\bcan\s+not\s+take\s+(?:any|no)\s+more\b",
        r"\bcan\s+not\s+face\s+(?:another\s+day|tomorrow|anyone|anything|life|waking\s+up|"
        r"getting\s+up)\b",
        r"\b(?:in|having|going\s+through)\s+(?:a\s+)?(?:mental\s+health\s+)?crisis\b",
        r"\b(?:having|had|close\s+to|verge\s+of|on\s+the\s+edge\s+of|i\s+am\s+having)\s+(?:a\s+)?"
        r"(?:mental\s+|nervous\s+)?breakdown\b(?!\s+of)"
        # a breakdown years back and over ("all good now"), unless it is coming back
        r"(?!\s+(?:\w+\s+){0,2}(?:years?|months?)\s+(?:back|ago)\b(?!.*\b(?:again|coming\s+back|"
        r"starting\s+again)\b))",
        r"\bi\s+am\s+(?:having|getting)\s+(?:a\s+)?panic\s+attacks?\b(?!\s+(?:in|when|if|at)\b)",
        r"\b(?:i\s+am\s+)?(?:at\s+)?(?:breaking\s+point|rock\s+bottom|my\s+lowest|the\s+end\s+of"
        r"\s+my\s+(?:tether|rope))\b",
        r"\b(?:losing|lost)\s+my\s+mind\b(?!\s+(?:trying|over|with|about|looking|at|in))",
        r"\bbarely\s+(?:holding\s+on|hanging\s+on|keeping\s+it\s+together)\b|\bhead\s+above\s+water\s+"
        r"any\s+more\b|\bwish\s+i\s+(?:had\s+not|did\s+not)\s*(?:$|[.!,])",
        r"\bhave\s+not\s+(?:left|been\s+out\s+of)\s+(?:the|my)\s+(?:flat|house|bed|room|home)\s+(?:in|for)"
        r"\s+(?:days|weeks|months|\w+\s+(?:days|weeks|months))\b",
        r"\bevery\s+day\s+is\s+(?:\w+\s+)?(?:a\s+struggle|hell|torture|worse|a\s+battle|harder)\b",
        r"\bi\s+am\s+(?:\w+\s+)?drowning\b(?!\s+in\b)",
        r"\bcan\s+(?:barely|hardly|not)\s+function\b",
        r"\bi\s+am\s+(?:\w+\s+)?struggling\s*(?:[.!,]|$|and\b|so\b|with\s+(?:everything|life|my\s+"
        r"mental|it\s+all|myself))|\bstruggling\s+(?:so\s+much|massively|really\s+badly|badly|"
        r"big\s+time)\s*(?:[.!,]|$|and\b|with\s+(?:everything|life|my\s+mental))",
        r"\bi\s+am\s+(?:\w+\s+)?panicking\b(?!\s+(?:about|over)\s+(?:the|my|getting|being))",
        r"\bcan\s+not\s+(?:breathe|stop\s+shaking)\b(?!\s+(?:in\s+(?:that|the|this)\s+(?:\w+\s+)?"
        r"(?:hall|room|venue|heat|building|train|bus)|for\s+laughing))",
        r"\bdo\s+not\s+know\s+what\s+to\s+do\s+(?:with\s+myself\s+)?(?:any\s+more|no\s+more)",
        r"\b(?:everything|life|it\s+all|it\s+is\s+all)\s+(?:is\s+|feels\s+)?(?:just\s+)?"
        r"(?:too\s+much|unbearable|pointless|hopeless)\b",
        r"\b(?:no\s+way\s+(?:out|forward)|can\s+not\s+see\s+a\s+way\s+(?:out|forward)|"
        r"no\s+future\s+for\s+me|no\s+hope\s+left)\b(?!\s+of\s+the)",
        r"\b(?:i\s+am|my\s+life\s+is|life\s+is|everything\s+is)\s+falling\s+apart\b",
        r"\bi\s+(?:am|was)\s+(?:in|at)\s+(?:a\s+)?(?:really\s+|very\s+)?(?:bad|dark|low|"
        r"terrible|awful|horrible|scary)\s+(?:place|way|point|state)\b",
        # low mood without a word of harm: the signs of depression the NHS lists
        r"\bi\s+(?:just\s+|really\s+|honestly\s+|still\s+|always\s+|kind\s+of\s+|kinda\s+)?"
        r"(?:feel|am\s+feeling|have\s+been\s+feeling|am|have\s+been)\s+"
        + INTENSIFIER
        + r"(?:so\s+)?(?:(?:alone|lonely|tired|sad|lost|empty|low)\s+(?:and|,)\s+)?"
        r"(?:low|depressed|empty(?![\s-]*handed)|numb|desperate|broken|hopeless|worthless|"
        r"alone\s+and|lost\s+and|dead\s+inside|unwanted|unloved)\b"
        r"(?!\s+(?:on|for|about\s+(?:the|my\s+(?:claim|travel|expenses)))\b)" + _ABOUT_A_THING,
        r"\b(?:can\s+not|unable\s+to)\s+(?:stop\s+crying|get\s+out\s+of\s+bed\b"
        r"(?!\s+(?:early|before|at|on|in\s+time|till|until|for)\b))",
        r"\b(?:stopped|have\s+not\s+been|not\s+been)\s+eating\b",
        r"\bhave\s+not\s+(?:slept|eaten)\s+(?:in|for)\s+days\b",
        r"\bdo\s+not\s+know\s+(?:who|where)\s+(?:else\s+)?to\s+(?:turn|go)\b(?!\s+(?:for|about)\b)",
        r"\bdo\s+not\s+know\s+who\s+(?:else\s+)?to\s+(?:talk|tell)\b(?!\s+(?:to\s+)?about)",
        r"\b(?:no\s+one|nobody)\s+(?:to\s+talk\s+to|(?:who\s+)?cares\s+about\s+me|cares\s+if\s+i)\b",
        r"\bdo\s+not\s+trust\s+myself\b(?!\s+to\s+(?!be\s+(?:alone|safe)|stay\s+safe|not\b))"
        r"(?!\s+with\s+(?!knives|pills|tablets|a\s+knife|my\s+(?:pills|tablets|meds)))",
        r"(?:^|[.!?,]\s*)tonight\s+is\s+(?:really\s+|very\s+)?(?:bad|hard|dark)\b",
        # self-neglect: two of meals, washing and a home let go, said of the writer's life now
        _AWAY_OR_JOKING
        + r"(?=.*(?:"
        + _NO_MEALS
        + r"))(?=.*(?:"
        + _NO_WASH
        + r"|"
        + _HOME_LET_GO
        + r"))",
        _AWAY_OR_JOKING + r"(?=.*" + _NO_WASH + r")(?=.*(?:" + _HOME_LET_GO + r"))",
    ),
    # a parent's thoughts of harming their baby or child
    "thoughts of harming a child": (
        r"^(?=.*"
        + _A_BABY_OR_CHILD
        + r")(?=.*(?:"
        + _THOUGHTS_OF
        + r")"
        + _HARMING_THE_CHILD
        + r")",
    ),
}
