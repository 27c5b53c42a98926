"""A safety net for messages that say someone is at risk, independent of the classifier.

The NLU recognises most safeguarding reports, but a statistical classifier is sometimes
confidently wrong: "i've taken a load of pills" has been read as off-topic, and "i can't go on
like this" as not coming on Saturday. For these few unmistakable phrasings a miss costs too much,
so the pipeline checks them itself and routes the message to the safeguarding journey (urgent
handover and the numbers to call), whatever the classifier would have said. The list is kept
short and specific: a phrase belongs here only if a person reading it would always want staff
to see it at once.
"""

from __future__ import annotations

import re

# "Myself" as members text it. Never plain "me": "my feet are killing me" is no emergency.
_MYSELF = r"(?:myself|my\s?self|meself|mysef)"

RISK_PHRASES: tuple[str, ...] = (
    # suicide and self-harm
    r"suicid",
    r"\bkill(?:ing)?\s+" + _MYSELF,
    r"\b(?:hurt|harm|cut|cutting|hurting|harming)\s+" + _MYSELF,
    r"\bself[\s-]?harm",
    r"\bend(?:ing)?\s+(?:it\s+all|my\s+life)\b",
    r"\b(?:want|wanna|going|wish)\s+(?:to\s+)?(?:die|be\s+dead)\b",
    r"\bdon'?t\s+want\s+to\s+(?:live|be\s+alive|wake\s+up)\b",
    r"\bcan'?t\s+go\s+on\b",
    r"\boverdos",
    r"\btaken\s+(?:a\s+load\s+of|loads\s+of|all\s+(?:my|the|of\s+my))\s+(?:pills|tablets)\b",
    # violence, abuse, threats, stalking
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|"
    r"brother|carer|neighbour)\s+(?:keeps\s+)?(?:hits|hit|hitting|beats|beat|beating|hurts|hurt|"
    r"chokes|choked|strangled|slapped|punched|kicked)\s+me\b",
    r"\b(?:threaten(?:s|ed|ing)?|stalk(?:s|ed|ing)?|assault(?:s|ed)?|abus(?:es|ed|ing)|"
    r"attack(?:s|ed)?|rap(?:es|ed))\s+me\b",
    r"\b(?:been|being|was|got|were)\s+(?:followed|stalked|attacked|assaulted|abused|"
    r"threatened|raped|groomed|spiked)\b",
    r"\bdomestic\s+(?:abuse|violence)\b",
    r"\b(?:not|don'?t\s+feel|never\s+feel)\s+safe\s+(?:at|in)\s+(?:home|my\s+(?:home|house|flat))\b",
    r"\bscared\s+(?:for\s+my\s+life|he'?ll\s+(?:kill|hurt)|she'?ll\s+(?:kill|hurt))",
)
_RISK = re.compile("|".join(f"(?:{phrase})" for phrase in RISK_PHRASES), re.IGNORECASE)


def says_someone_is_at_risk(text: str | None) -> bool:
    """Whether a member's message contains one of the unmistakable risk phrasings."""
    return bool(text) and _RISK.search(" ".join(text.split()).replace("’", "'")) is not None
