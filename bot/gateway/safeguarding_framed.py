"""The English phrase net: risks framed as something else, a question for the panel or the
police, a score in a survey, a joke about the journey.

The assembly asks members questions and invites theirs, so a risk is sometimes put in that
shape: a death planned, asked about as what happens after ("if someone's found on the train
tracks, does the family get told the same day? ... it's for Saturday"); feeling unsafe at home,
given as a low safety score with the danger put indoors ("how safe do you feel in your area? 1.
Not the area though. The man I live with."); and a drowning place weighed, told as a joke about
the traffic ("sat in the car park at the reservoir for an hour deciding whether to just drive
in"). Each needs what makes the frame the writer's own: a day of their own named, a low score,
the going in weighed; so the same question asked for the table's question, a high score, and an
hour deciding whether to drive in to town or to swim are left alone. Text has been through
safeguarding_words.normalise.

Questions asked in general are taken out before the net reads (`ASKED_IN_GENERAL`): whether
sleeping rough is a crime, what to do if someone sleeps in a doorway, how an order is got when
asked for a session; never past a word of now, a harm going on or a sleeper hurt.

Being on a bridge or an edge now, "just having a think", given as a reason not to
come, is read (not a think about dinner in traffic, not a bridge club).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the\s+weekend)\b"

# Someone found or dying at a place people go to end their life.
_FOUND_AT_A_PLACE = (
    r"\b(?:found|hit|dies|died|killed|jumps?|jumped|body|bodies)\s+(?:\w+\s+){0,2}?(?:on|at|in|"
    r"under|off|from)\s+(?:the\s+|a\s+)?(?:train\s+tracks|tracks|railway(?:\s+line)?|train\s+"
    r"line|bridge|river|reservoir|canal|cliffs?|multi\s*storey)\b"
)
# The family told, or finding out some other way.
_FAMILY_TOLD = (
    r"\b(?:family|families|mum|dad|parents|kids|children|next\s+of\s+kin|husband|wife|partner)\s+"
    r"(?:\w+\s+){0,2}?(?:told|informed|notified|find\s+out|finds\s+out|hear)\b|"
    r"\b(?:tell|told|inform|notify|ring|call)\s+(?:the|their|my)\s+(?:family|families|parents|"
    r"mum|dad|next\s+of\s+kin|kids|children)\b|"
    r"\b(?:they|she|he)\s+(?:will\s+not|do\s+not|would\s+not)\s+find\s+out\s+(?:from|on|via|"
    r"through)\b"
)
# The question is for a day of the writer's own ("it's for Saturday"), not the table's.
_FOR_MY_DAY = (
    r"\b(?:it\s+is|this\s+is|asking|i\s+need\s+to\s+know)\s+(?:for|by|before)\s+(?:this\s+|"
    r"next\s+|on\s+)?" + _DAY
)

# A low safety score given as an answer ("1.", "2/10").
_LOW_SCORE = r"(?:^|[?.!:]\s*)(?:0|1|2|zero|one|two)(?:\s*(?:/|out\s+of)\s*10)?\s*(?:[.!,;:]|$)"
_SAFE = r"\b(?:safe|unsafe|safety)\b"
# The danger put at home: not the area but the man the writer lives with, or he alone as the
# answer.
_THE_PERSON_AT_HOME = (
    r"(?:the\s+(?:man|woman|person|people|guy|bloke|one)|(?:who|what))\s+i\s+live\s+with"
)
_DANGER_AT_HOME = (
    r"\bnot\s+(?:the\s+|my\s+)?(?:area|streets?|neighbourhood|estate|town|outside|out\s+there|"
    r"park)\b(?:\s+though)?\W+(?:it\s+is\s+|its\s+)?(?:" + _THE_PERSON_AT_HOME + r"|my\s+"
    r"(?:husband|partner|boyfriend|wife|girlfriend|stepdad|dad|ex|flatmate|housemate)|"
    r"(?:at|in\s+my\s+own)\s+home|indoors|inside)\b|"
    r"(?:^|[.!?]\s*)(?:it\s+is\s+)?" + _THE_PERSON_AT_HOME + r"\s*(?:[.!?]|$)"
)

# At a drowning place or an edge, weighing whether to go in or off: said as a joke about the
# journey as often as not; not a swim, and not driving in to town.
_AT_THE_WATER = (
    r"\b(?:at|by|beside|next\s+to|on|overlooking)\s+the\s+(?:\w+\s+)?(?:reservoir|river|lake|"
    r"quarry|canal|docks?|harbour|sea\s*front|sea|cliffs?|cliff\s+top|bridge|viaduct|pier|weir)\b"
)
_WEIGHING_GOING_IN = (
    r"\b(?:decid\w*|whether|wondering\s+if|make\s+up\s+my\s+mind)\s+(?:\w+\s+){0,3}?(?:just\s+)?"
    r"(?:drive|driving|walk|walking|jump|jumping|step|stepping|roll|go|going)\s+(?:in|into\s+"
    r"(?:it|the\s+water)|off|over|off\s+the\s+edge)\b(?!\s+(?:to|for|and|or)\b)"
)
_NOT_A_SWIM = (
    r"^(?!.*\b(?:swim\w*|dip|wetsuit|paddl\w*|cold\s+water|freezing|kayak\w*|sailing|fishing|"
    r"surf\w*)\b)"
)


# On a bridge or an edge now, "just having a think": told as a reason not to come.
_ON_AN_EDGE_NOW = (
    r"\bi\s+am\s+(?:\w+\s+)?(?:on|at|up\s+on)\s+(?:the|a|that)\s+(?:\w+\s+)?(?:bridge|cliffs?|"
    r"cliff\s+top|edge|viaduct|roof|multi\s*storey)\b(?!\s+(?:club|game|night|table|roll))"
)
_HAVING_A_THINK = (
    r"\b(?:having|have|had)\s+a\s+(?:think|last\s+look|moment\s+to\s+myself)\b"
    r"(?!\s+(?:about|of|at|on|over|through)\b)"
)

FRAMED_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a death planned, asked about as what happens after, for a day of the writer's own
    "a death asked about": ("^" + every_one_of(_FOUND_AT_A_PLACE, _FAMILY_TOLD, _FOR_MY_DAY),),
    # unsafe at home, given as a low safety score with the danger put indoors
    "unsafe at home, as a score": ("^" + every_one_of(_SAFE, _LOW_SCORE, _DANGER_AT_HOME),),
    # at a drowning place or an edge, weighing whether to go in, told as a joke or not
    "a drowning place weighed": (_NOT_A_SWIM + every_one_of(_AT_THE_WATER, _WEIGHING_GOING_IN),),
    # on a bridge or an edge now, "just having a think"
    "on an edge, having a think": ("^" + every_one_of(_ON_AN_EDGE_NOW, _HAVING_A_THINK),),
}

# Nothing of the writer's own, and nothing happening now, in a question asked as a subject.
NONE_OWN_OR_NOW = (
    r"(?!\b(?:i|me|my|myself|mine|us|our|now|tonight|today|currently|next\s+door|at\s+the\s+"
    r"moment)\b)"
)
# A harm told as going on: a verb of harm in the present ("my husband hits me").
NOT_GOING_ON = (
    r"(?!\b(?:is|are|am|keeps?|hits|beats|hurts|threatens|touches|rapes|abuses|controls|locks|"
    r"chokes|strangles|kicks|punches|slaps|follows|stalks|makes|takes|will|wont)\b)"
)
# Nothing said to be happening now.
_NOT_NOW = r"(?!\b(?:now|tonight|today|currently|at\s+the\s+moment|again|still)\b)"
# Sleeping rough or begging, as a way of living asked about, and a word for it being a crime.
_LIVING_ROUGH = (
    r"(?:sleeping\s+rough|rough\s+sleeping|sleeping\s+on\s+the\s+streets?|begging|living\s+in\s+"
    r"(?:a|your)\s+(?:car|tent|van))"
)
_SLEEP_ROUGH = (
    r"(?:sleep\s+rough|beg|sleep\s+on\s+the\s+streets?|sleep\s+in\s+(?:a|your)\s+(?:car|tent|"
    r"van|doorway))"
)
_A_CRIME = r"(?:a\s+crime|criminal|illegal|against\s+the\s+law|an\s+offen[cs]e)"
# A sleeper who is hurt, cold or not waking.
_NO_HARM_TO_THE_SLEEPER = (
    r"(?![\s\S]*\b(?:not\s+(?:waking|moving|breathing|responding|answering)|will\s+not\s+wake|"
    r"can\s+not\s+wake|unconscious|collapsed|blood|bleeding|hurt|injured|freezing|frozen|blue|"
    r"shaking|ambulance|overdos\w*|beaten|attacked|kicked|cold)\b)"
)
# Said to be real after all: "that is happening on my landing right now", "it is my son".
SAID_TO_BE_REAL = (
    r"(?![\s\S]*\b(?:(?:that|this|it)\s+(?:is|has\s+been|keeps)\s+(?:\w+\s+)?(?:happening|"
    r"going\s+on|real)|right\s+now|not\s+(?:hypothetical\w*|a\s+hypothetical)|for\s+real|(?:it|"
    r"that|this|he|she)\s+is\s+(?:my|our)\s+\w+)\b)"
)
# Questions about how the assembly or a service works, asked in general
# (safeguarding_everyday.without_topics takes them out before the net reads): what would happen
# if someone said something serious, to its question mark; what a course taught people to say
# or do if someone said they were at risk, to the end of its sentence; how the police or a
# service deal with people in general (people sleeping rough, rough sleepers), to its question
# mark. None reads past a word of the writer's own or of now, and none holds when the message
# says it is real.
ASKED_IN_GENERAL: tuple[str, ...] = (  # i18n-exempt: input
    SAID_TO_BE_REAL
    + r"\b(?:what\s+(?:would|will|does|should)\s+happen|what\s+happens|what\s+(?:do|would|"
    r"should)\s+(?:you|they|staff|(?:the\s+)?police)\s+(?:actually\s+|really\s+)?do)\s+if\s+"
    r"(?:someone|somebody|a\s+(?:member|"
    r"person|resident|participant|child|young\s+person)|anyone|people)\s+(?:\w+\s+){0,4}?(?:said|"
    r"says|told|tells|disclosed|discloses|reported|reports|mentioned|mentions|revealed|"
    r"reveals|brought\s+up)\b(?:" + NONE_OWN_OR_NOW + r"[^.!?]){0,140}\?",
    SAID_TO_BE_REAL
    + r"\b(?:taught|teach|teaches|trained|train|showed|show|learned|learnt|learn|covered|covers)"
    r"\s+(?:us\s+|you\s+|me\s+|people\s+|staff\s+)?(?:what\s+to\s+(?:say|do)\s+|how\s+to\s+"
    r"(?:\w+\s+){1,3}?)(?:if|when)\s+(?:someone|somebody|a\s+person|people|anyone|a\s+"
    r"(?:colleague|child|friend|customer|pupil))\b(?:" + NONE_OWN_OR_NOW + r"[^.!?]){0,100}",
    SAID_TO_BE_REAL
    + r"\bhow\s+(?:do|does|did|should|would|will|can)\s+(?:the\s+)?(?:police|council|officers|"
    r"services|outreach|housing|they)\s+(?:\w+\s+){0,3}?(?:deal\s+with|treat|handle|respond\s+to|"
    r"help|support|approach)\s+(?:people|those|anyone|rough\s+sleepers|homeless\s+people)\b"
    r"(?:" + NONE_OWN_OR_NOW + r"[^.!?]){0,140}\?",
    # whether sleeping rough or begging is a crime ("is it true sleeping rough is a crime?",
    # "is it illegal to sleep in your car?"), to its question mark
    SAID_TO_BE_REAL
    + r"\b(?:(?:is\s+it\s+(?:true|right)\s+(?:that\s+)?"
    + _LIVING_ROUGH
    + r"\s+is|is\s+"
    + _LIVING_ROUGH
    + r")\s+(?:still\s+)?"
    + _A_CRIME
    + r"|is\s+it\s+(?:still\s+)?"
    + _A_CRIME
    + r"\s+to\s+"
    + _SLEEP_ROUGH
    + r")\b(?:"
    + NONE_OWN_OR_NOW
    + r"[^.!?]){0,80}\?",
    # what to do about someone sleeping in a doorway, asked as a conditional ("if someone is
    # sleeping in the doorway of my shop should I ring StreetLink or the police?"), to its
    # question mark; not when the sleeper is hurt, cold or not waking
    SAID_TO_BE_REAL
    + _NO_HARM_TO_THE_SLEEPER
    + r"\bif\s+(?:someone|somebody|a\s+(?:man|woman|person|homeless\s+\w+|rough\s+sleeper)|"
    r"people|anyone)\s+(?:is|are|keeps?)\s+(?:sleeping|sleeps|living|camping|begging)\s+"
    r"(?:rough|in|on|outside)\b[^.!?]{0,80}?\b(?:should|do|can|would|could|shall)\s+(?:i|we|"
    r"you|they|people)\s+(?:ring|call|phone|contact|tell|report\s+(?:it\s+)?to|go\s+to)\b"
    r"[^.!?]{0,60}\?",
    # a question of how a thing is done, asked for a session or a table ("how do I get a
    # non-molestation order? asking for the policing questions session"), to its question mark,
    # never past a word of now or a harm told as going on
    SAID_TO_BE_REAL
    + r"(?:^|(?<=[.!?]\s))(?:how|where|what|when|who|can|could|does|do|would|should)\b"
    r"(?:" + _NOT_NOW + NOT_GOING_ON + r"[^.!?]){0,140}\?(?=\s*(?:i\s+am\s+|just\s+)?asking\s+"
    r"for\s+(?:the|our|my|a)\s+(?:\w+\s+){0,3}?(?:session|table|group|panel|discussion|"
    r"assembly|workshop|debate)\b)",
)
