"""Reading a message as a risk: the phrase net, and the classifier's word on it.

Safeguarding is the gateway's own job: a message that says someone may be at risk gets the
numbers to call and an urgent staff alert whatever Rasa would have said, in every state and
from any sender. Two readers decide, and either is enough:

- the phrase net, which needs nothing running (it is all there is when Rasa is down);
- Rasa's classifier (`/model/parse`), when it reads report_safeguarding at or above the
  handover threshold, unless the message is explained as everyday (a figure of speech, an
  everyday fear, being picked up, the assembly's topics talked about) and the net does not
  catch it either.

The English net reads a message in one spelling (safeguarding_words.normalise), then by
category: the writer's own risk (safeguarding_self: wanting to die, self-harm, not coping),
harm from other people (safeguarding_harm: violence, sexual harm, control), danger from
outside and from circumstances (safeguarding_danger: threats, stalking, exploitation, a child
or an adult at risk, hate, nowhere to sleep, fear of the police), and risks said in two
everyday halves (CUE_PAIRS). Polish, Romanian and Urdu have nets of their own
(safeguarding_languages). Everyday idioms ("my feet are killing me", "I'm dying to know",
"I'm afraid I can't come", "scared I'll be late") are left alone: each pattern needs the
first person, a person doing harm, or the words of despair themselves.

A lower classifier threshold when the message has a weak cue (a word of fear, hurt, home or
despair) was measured and not taken: on 298 disclosures and 137 everyday messages, 0.25 with a
cue caught one more disclosure and let eight more everyday messages through.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.gateway.safeguarding_danger import CUE_PAIRS, DANGER_PHRASES
from bot.gateway.safeguarding_harm import HARM_PHRASES
from bot.gateway.safeguarding_languages import risk_language
from bot.gateway.safeguarding_self import SELF_PHRASES
from bot.gateway.safeguarding_words import normalise

SAFEGUARDING_INTENT = "report_safeguarding"

# Every English pattern by the kind of risk it reads (any one is enough).
RISK_PHRASES: Mapping[str, tuple[str, ...]] = {**SELF_PHRASES, **HARM_PHRASES, **DANGER_PHRASES}

# Everyday messages with dark words that a classifier trained on short sentences reads as harm:
# hyperbole about pain, boredom and food; everyday fears (heights, presenting, being late);
# someone bringing the member or picking them up; the assembly's own topics talked about in
# general terms (the stats, the survey, the session on knife crime). The classifier's word on a
# message explained by one of these (and caught by nothing above) does not count.
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
    r"\bkill\s+me\s+now\b|\bkills\s+me\s+with\b|\bkilling\s+it\b|\brather\s+die\s+than\b|"
    r"\bin\s+bits\s+laughing\b|\bbeats?\s+me\s+(?:to|at)\b",
    r"\b(?:scared|terrified|afraid|nervous|worried|frightened)\s+(?:stiff\s+)?(?:of\s+(?:heights|"
    r"spiders|flying|public\s+speaking|presenting|speaking|the\s+dentist|dogs|needles|crowds|lifts)|"
    r"(?:that\s+)?(?:i\s+will|ill)\s+(?:forget|say|be\s+late|get|miss|mess|fall\s+asleep|look|lose|make))",
    r"\b(?:scared|terrified|nervous)\s+(?:stiff\s+)?(?:of|about)\s+(?:presenting|speaking|talking)\b",
    r"\b(?:pick(?:ing|s)?\s+me\s+up|drop(?:ping|s)?\s+me\s+off|driv(?:e|es|ing)\s+me\s+(?:to|home|"
    r"there)|bring(?:ing|s)?\s+me\s+(?:and|to|there)|take\s+me\s+home)\b",
    r"\bwaiting\s+(?:outside|at)\s+the\s+(?:venue|hall|entrance|door|station|building|centre)\b",
    r"\bfeel\s+bad\s+(?:that\s+)?(?:i|for|about)\s+(?:missed|missing|forgot|being\s+late|not)\b",
    r"\b(?:stats|statistics|figures|survey\s+results|results\s+of\s+the\s+survey)\b|"
    r"\bthe\s+(?:session|talk|presentation|presenter|speaker|panel|survey)\s+(?:on|about|said|"
    r"asked|was|were)\b",
)
_IDIOM = re.compile("|".join(f"(?:{idiom})" for idiom in EVERYDAY_IDIOMS))

_RISK = re.compile(
    "|".join(f"(?:{phrase})" for phrases in RISK_PHRASES.values() for phrase in phrases)
)
_PAIRS = tuple((re.compile(first), re.compile(second)) for _, first, second in CUE_PAIRS)


def risk_kind(text: str | None) -> str | None:
    """Which kind of risk the English net reads in this message (for tests and tuning), or
    None."""
    if not text:
        return None
    read = normalise(text)
    for kind, phrases in RISK_PHRASES.items():
        if any(re.search(phrase, read) for phrase in phrases):
            return kind
    for (kind, _, _), (first, second) in zip(CUE_PAIRS, _PAIRS, strict=True):
        if first.search(read) and second.search(read):
            return kind
    return None


def says_someone_is_at_risk(text: str | None) -> bool:
    """Whether the phrase net (English, or another language the assistant speaks) reads this
    message as a risk."""
    if not text:
        return False
    read = normalise(text)
    return (
        _RISK.search(read) is not None
        or any(first.search(read) and second.search(read) for first, second in _PAIRS)
        or risk_language(text) is not None
    )


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
