"""Reading a message as a risk: the phrase net, and the classifier's word on it.

Safeguarding is the gateway's own job: a message that says someone may be at risk gets the
numbers to call and an urgent staff alert whatever Rasa would have said, in every state and
from any sender. Two readers decide, and either is enough:

- the phrase net below, which needs nothing running (it is all there is when Rasa is down);
- Rasa's classifier (`/model/parse`), when it reads report_safeguarding at or above the
  handover threshold, unless the message is an everyday figure of speech ("my back is killing
  me") that the net does not catch either.

The net is written from how people describe distress to crisis lines (Samaritans' and the
NHS's warning signs: wanting to die or to disappear, no reason to live, being a burden,
self-harm, feeling unsafe or afraid of someone, not coping, being in crisis) and from the
forms of abuse safeguarding policies name (violence, threats, coercive control, financial
abuse, stalking, sexual abuse, a child at risk). It reads members' spelling: no apostrophes
("im", "dont"), "u", shouting, doubled spaces. Everyday idioms ("my feet are killing me",
"I'm dying to know", "I'm afraid I can't come", "scared I'll be late") are left alone: each
pattern needs the first person, a person doing harm, or the words of despair themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.gateway.safeguarding_languages import risk_language

SAFEGUARDING_INTENT = "report_safeguarding"

# Spellings members use, once apostrophes are gone ("im", "dont", "cant").
_I_AM = r"\b(?:i\s?am|im|i\s?m|i\s+feel|i\s+feel\s+like)"
_MYSELF = r"(?:myself|my\s?self|meself|mysef|myslef)"
_DONT = r"(?:dont|do\s+not|don)"
_CANT = r"(?:cant|can\s?not|carnt)"
_ANYMORE = r"(?:any\s?more|no\s?more)"
_INTENSIFIER = r"(?:(?:really|so|very|just|totally|honestly|actually|properly|genuinely)\s+)*"
# Someone who could do harm: a pronoun, or a person named by who they are to the member.
_PERSON = (
    r"\b(?:he|she|they|someone|somebody|man|woman|guy|partner|husband|wife|boyfriend|"
    r"girlfriend|bf|gf|ex|dad|father|stepdad|mum|mom|mother|stepmum|son|daughter|brother|"
    r"sister|uncle|aunt|cousin|carer|neighbou?r|landlord|flatmate|housemate|family|in-?laws?|"
    r"fiancee?)"
)
# Harm one person does to another; not "hit me up", "beat me at chess".
_HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed)?|kick(?:s|ed)?|slap(?:s|ped)?|"
    r"chok(?:es|ed)|strangl(?:es|ed)|hurt|hurts|hurting|abus(?:es|ed|ing)|rap(?:es|ed)|"
    r"touch(?:es|ed)|grop(?:es|ed)|threaten(?:s|ed)?|attack(?:s|ed)?|assault(?:s|ed)?|"
    r"stalk(?:s|ed|ing)?|harass(?:es|ed|ing)?|(?:scares|frightens|terrifies))"
)
_FEAR = r"(?:scared|frightened|terrified|petrified)"
_RELATION = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|son|daughter|carer|neighbou?r|"
    r"landlord|family)"
)

RISK_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    "wanting to die": (
        r"suicid",
        r"\bkill(?:ing)?\s+" + _MYSELF,
        r"\b(?:end|ending|take|taking)\s+(?:it\s+all|my\s+(?:own\s+)?life)\b",
        r"\b(?:want|wanna|going|gonna|wish|ready)\s+(?:to\s+)?(?:die|be\s+dead)\b",
        r"\bwish\s+i\s+(?:was|were)\s+dead\b",
        r"\bwish\s+i\s+(?:wasnt|werent|was\s+not|were\s+not|had\s+never\s+been)\s+"
        r"(?:alive|here|born|around)\b",
        r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)(?:nt|\s+not)\b)",
        r"\b" + _DONT + r"\s+want\s+to\s+(?:live|be\s+alive|be\s+here|exist|wake\s+up)\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
        r"\b(?:no|any|whats\s+the)\s+(?:point|reason|use)\s+(?:for\s+me\s+)?(?:in\s+|to\s+)?"
        r"(?:living|live|going\s+on|go\s+on|carrying\s+on|carry\s+on|keep\s+going|"
        r"being\s+alive|being\s+here|anything)\b",
        r"\bnot\s+worth\s+(?:living|being\s+alive)\b",
        r"\b(?:" + _CANT + r"|not\s+able\s+to)\s+(?:go|carry|keep)\s+(?:on|going)\b"
        r"(?!\s+(?:the|a|an|this|that|my|our|mon|tue|wed|thu|fri|sat|sun|\d|to\b|at\b))",
        r"\b(?:cant|dont|do\s+not|not|never|no\s+longer)\s+see\s+(?:the|any)\s+point\s+"
        r"(?:of|in)\s+(?:anything|living|life|it\s+all|going\s+on|carrying\s+on)\b",
        r"\b(?:done|finished)\s+with\s+(?:life|living|it\s+all|this\s+(?:world|life))\b",
        r"\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living|everything|" + _MYSELF + r"|it\s+all)\b",
        r"\b(?:want|need)\s+(?:it\s+all|everything|the\s+pain|all\s+of\s+(?:it|this))\s+to\s+"
        r"(?:stop|end|be\s+over)\b",
        r"\bplan\s+to\s+(?:end\s+(?:it|my|things)|kill)\b",
        r"\b(?:might|going\s+to|gonna|could|will|ill|about\s+to)\s+do\s+something\s+"
        r"(?:stupid|drastic|silly)\b",
        r"\bburden\s+(?:to|on)\s+(?:everyone|everybody|my\s+family|them\s+all)\b",
        r"\b(?:want|wanna)\s+(?:to\s+)?disappear\b",
        r"\bhate\s+(?:my\s+life|living|being\s+alive|" + _MYSELF + r")\b",
        r"\b(?:wont|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around)\s+(?:much\s+)?"
        r"(?:longer|for\s+long)\b",
        r"\bdark\s+place\b",
    ),
    "self-harm": (
        r"\bself[\s-]?harm",
        r"\b(?:cut|cutting|burn|burning|burnt|hurt|hurting|harm|harming|punish|punishing|"
        r"starv(?:e|ing))\s+" + _MYSELF,
        r"\boverdos",
        r"\b(?:take|taking|taken|took|swallow(?:ed|ing)?)\s+(?:all\s+(?:of\s+)?(?:my|the|these|"
        r"those)\s+|(?:a\s+load|loads|a\s+lot|a\s+handful|a\s+bunch|too\s+many)\s+(?:of\s+)?"
        r"(?:my\s+)?)(?:pills|tablets|meds|medication|paracetamol)\b",
        r"\b(?:pills|tablets|meds|medication|paracetamol)\b.{0,60}\b(?:take|taking|swallow\w*)\s+"
        r"(?:them\s+)?all\b",
    ),
    "not coping": (
        _I_AM + r"\s+" + _INTENSIFIER + r"not\s+(?:ok|okay|k|alright|all\s+right|coping|safe|"
        r"fine\s+at\s+all)\b(?!\s+(?:with|about|for|if|to\s+(?:come|go|attend|make)))",
        r"\b(?:feel|feeling)\s+" + _INTENSIFIER + r"(?:suicidal|hopeless|worthless|trapped|"
        r"unsafe|like\s+a\s+burden)\b",
        r"\b(?:" + _CANT + r"|not|struggling\s+to|unable\s+to)\s+cop(?:e|ing)\b",
        r"\b" + _CANT + r"\s+(?:take|handle|deal\s+with|do)\s+(?:it|this|any\s+of\s+(?:it|this)|"
        r"life|everything)\s+" + _ANYMORE,
        r"\b" + _CANT + r"\s+take\s+" + _ANYMORE,
        r"\b(?:in|having|going\s+through)\s+(?:a\s+)?(?:mental\s+health\s+)?crisis\b",
        r"\b(?:having|had|close\s+to|verge\s+of)\s+(?:a\s+)?(?:mental\s+|nervous\s+)?breakdown\b"
        r"(?!\s+of)",
        r"\b" + _DONT + r"\s+know\s+what\s+to\s+do\s+(?:with\s+" + _MYSELF + r"\s+)?" + _ANYMORE,
        r"\b(?:everything|life|it\s+all|its\s+all|it\s+is\s+all)\s+(?:is\s+)?(?:just\s+)?"
        r"(?:too\s+much|unbearable)\b",
        r"\b(?:no\s+way\s+out|" + _CANT + r"\s+see\s+a\s+way\s+out)\b(?!\s+of)",
        r"\b(?:im|i\s+am|my\s+life\s+is|life\s+is|everything\s+is)\s+falling\s+apart\b",
        # low mood without a word of harm: the signs of depression the NHS lists
        r"\b(?:i\s+feel|im\s+feeling|i\s+am\s+feeling|ive\s+been\s+feeling|i\s?am|im)\s+"
        + _INTENSIFIER
        + r"(?:so\s+)?(?:low|depressed|empty(?![\s-]*handed)|numb|desperate|broken|hopeless|"
        r"worthless)\b"
        r"(?!\s+(?:on|for|about\s+(?:the|my\s+(?:claim|travel|expenses)))\b)",
        r"\b(?:" + _CANT + r"|unable\s+to)\s+(?:stop\s+crying|get\s+out\s+of\s+bed\b"
        r"(?!\s+(?:early|before|at|on|in\s+time|till|until|for)\b))",
        r"\b(?:stopped|havent\s+been|not\s+been)\s+eating\b",
        r"\b"
        + _DONT
        + r"\s+know\s+(?:who|where)\s+(?:else\s+)?to\s+(?:turn|go)\b(?!\s+(?:for|about)\b)",
        r"\b" + _DONT + r"\s+know\s+who\s+(?:else\s+)?to\s+talk\s+to\b(?!\s+about)",
        r"\b(?:no\s?one|nobody)\s+(?:to\s+talk\s+to|(?:who\s+)?cares\s+about\s+me)\b",
    ),
    "afraid of someone": (
        # "I'm scared" on its own, or of a person, or to go home; not "scared I'll be late".
        _I_AM + r"\s+" + _INTENSIFIER + _FEAR + r"\s*(?:[.!,]|$|and\b|please\b|help\b)",
        r"\b"
        + _FEAR
        + r"\s+(?:of|for)\s+(?:him|her|them|my\s+(?:life|safety|kids|children|"
        + _RELATION
        + r"))\b",
        r"\b(?:" + _FEAR + r"|afraid)\s+(?:to\s+go\s+(?:back\s+)?home|(?:of|about)\s+going\s+home|"
        r"for\s+my\s+(?:life|safety))",
        r"\b(?:" + _FEAR + r"|afraid)\s+(?:he|she|they)(?:ll|\s+will|\s+is\s+going\s+to|"
        r"s\s+going\s+to)\s+(?:hurt|kill|hit|find|come)",
        r"\bhelp\s+me\b.{0,20}\b" + _FEAR,
        r"\b" + _FEAR + r"\b.{0,20}\bhelp\s+me\b",
        r"\b(?:im|i\s+am|we\s+are|were|you\s+are)\s+in\s+(?:immediate\s+|real\s+)?danger\b",
    ),
    "unsafe at home": (
        _I_AM + r"\s+" + _INTENSIFIER + r"(?:not\s+safe|unsafe)\b",
        r"\b(?:" + _DONT + r"|never|no\s+longer)\s+feel\s+safe\b",
        r"\bnot\s+safe\s+(?:at|in|going|to\s+go)\s+(?:back\s+)?(?:home|my\s+(?:home|house|flat))",
    ),
    "harm by someone": (
        _PERSON
        + r"\s+(?:keeps\s+|has\s+|have\s+|always\s+|sometimes\s+|still\s+|really\s+)?"
        + _HARM_VERB
        + r"\s+me\b(?!\s+(?:up|at|to)\b)"
        # "beat me in the quiz" is a game; "kicked me in the stomach" is not
        r"(?!\s+in\s+(?:a|the|our|every)\s+(?:race|game|quiz|final|match|vote|round|argument)s?\b)",
        r"\b(?:threaten(?:s|ed|ing)?|stalk(?:s|ed|ing)?|assault(?:s|ed)?|abus(?:es|ed|ing)|"
        r"attack(?:s|ed)?|rap(?:es|ed)|harass(?:es|ed|ing))\s+me\b",
        r"\b(?:been|being|was|got|were|get|getting)\s+(?:sexually\s+|physically\s+)?(?:followed|"
        r"stalked|attacked|assaulted|abused|threatened|raped|groomed|spiked|beaten\s+up|"
        r"harassed|groped)\b",
        r"\b(?:victim\s+of|suffering|experiencing|living\s+with|escaping|fleeing|going\s+through)"
        r"\s+(?:\w+\s+)?(?:abuse|violence)\b",
        r"\babusive\s+(?:relationship|home|" + _RELATION + r")\b",
        r"\brap(?:e|ed|ist)\b",
        r"\b(?:said|says|threatened|threatens)\s+(?:that\s+)?(?:he|she|they)(?:ll|\s+will|d|"
        r"\s+would)\s+(?:hurt|kill|hit|beat|harm)\b",
        r"\b(?:he|she|they)(?:ll|\s+will|s\s+going\s+to|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+"
        r"(?:hurt|harm|beat)\s+(?:me|us|my)\b",
        r"\bthreat(?:en(?:ed|s|ing)?)?\s+to\s+(?:kill|hurt|harm|beat)\b",
        _PERSON + r"\s+(?:wont|will\s+not|doesnt|does\s+not|never)\s+lets?\s+me\s+(?:leave|"
        r"go\s+out|out\b|see\s+(?:my\s+)?(?:friends|family|anyone))",
        _PERSON + r"\s+(?:takes?|took|taking|steals?|stole|keeps?|has)\s+(?:all\s+)?my\s+"
        r"(?:money|benefits|pension|bank\s+card|wages|phone|passport)\b",
        r"\b(?:locked|locks)\s+me\s+(?:in|up|inside)\b",
        r"\b(?:followed|following|watching|waiting\s+for)\s+me\s+(?:home|to|from|after|outside|"
        r"every)\b",
        r"\b(?:outside|watching)\s+(?:my|the|our)\s+(?:house|flat|home|door|window)\b.{0,40}"
        r"(?:again|shouting|" + _FEAR + r"|scary)",
        r"\b(?:wont|will\s+not)\s+(?:leave\s+me\s+alone|stop\s+(?:following|contacting))\b",
    ),
    "a child at risk": (
        r"\b(?:worried|concerned|scared|frightened)\s+(?:about|for)\s+(?:a|the|this|my|our|that)"
        r"\s+(?:child|kid|girl|boy|baby|young\s+person|teenager)s?\s+(?:safety|welfare|"
        r"wellbeing|being\s+hurt)",
        r"\b(?:child|kid|children|kids|baby)\s+(?:is|are|being|was|were)\s+(?:being\s+)?"
        r"(?:hurt|abused|neglected|hit|beaten|in\s+danger)",
    ),
}

# Everyday hyperbole about pain, boredom and food, which a classifier trained on short
# sentences can read as harm. The classifier's word on a message that is explained by one of
# these (and caught by nothing above) does not count.
EVERYDAY_IDIOMS: tuple[str, ...] = (
    r"\b(?:feet|foot|back|head|legs?|knees?|neck|shoulders?|hands?|arms?|hips?|eyes|stomach|"
    r"tummy|teeth|tooth|shoes|boots|heels|heat|cold|commute|traffic|journey|stairs|hangover|"
    r"cough)\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?killing\s+me\b",
    r"\bdying\s+(?:to|for)\b",
    r"\bto\s+die\s+for\b",
    r"\b(?:could|would|id)\s+(?:kill|murder)\s+(?:for|a)\b",
    r"\bkilling\s+time\b",
    r"\b(?:bored|laughed|laughing|scared)\s+(?:to\s+death|myself\s+silly)\b",
    r"\bdead\s+(?:tired|on\s+my\s+feet|good|easy|funny)\b",
)
_IDIOM = re.compile("|".join(f"(?:{idiom})" for idiom in EVERYDAY_IDIOMS))

_RISK = re.compile(
    "|".join(f"(?:{phrase})" for phrases in RISK_PHRASES.values() for phrase in phrases)
)


def normalise(text: str) -> str:
    """Lower case, one space between words, apostrophes dropped ("I’m" and "im" read alike),
    "u" read as "you"."""
    text = " ".join(text.lower().split())
    text = re.sub(r"['’‘`´]", "", text)
    return re.sub(r"\bu\b", "you", text)


def says_someone_is_at_risk(text: str | None) -> bool:
    """Whether the phrase net (English, or another language the assistant speaks) reads this
    message as a risk."""
    if not text:
        return False
    return _RISK.search(normalise(text)) is not None or risk_language(text) is not None


def is_everyday_idiom(text: str | None) -> bool:
    """Whether the message uses an everyday figure of speech about pain, death or killing."""
    return bool(text) and _IDIOM.search(normalise(text or "")) is not None


def classifier_reads_risk(parse: Mapping[str, Any], threshold: float) -> bool:
    """Whether Rasa's parse of a message ranks report_safeguarding at `threshold` or above."""
    ranking = [*(parse.get("intent_ranking") or []), parse.get("intent") or {}]
    return any(
        intent.get("name") == SAFEGUARDING_INTENT
        and float(intent.get("confidence") or 0.0) >= threshold
        for intent in ranking
    )
