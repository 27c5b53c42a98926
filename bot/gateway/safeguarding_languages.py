"""The safeguarding phrase net in the other languages the assistant speaks (Polish, Romanian,
Urdu): the main kinds of risk of the English net (bot/gateway/safeguarding.py) — wanting to
die, self-harm, violence and threats at home, a child at risk, being followed or in danger —
written for how people say them in each language, without diacritics (members often type
without them).

Each kind is a vocabulary and its word orders rather than a list of sentences: Polish puts
its pronouns either side of the verb ("mnie bije", "bije mnie"; "się tnę", "tnę się"), Romanian
joins them on ("m-a lovit", "mă bate"), Urdu is matched in its own script and in the Latin
spelling people text in ("mujhe maarta hai").

A match also tells which language the message is in, so a stranger's disclosure is answered
in the language it was written in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from bot.gateway.safeguarding_polish import POLISH_PHRASES
from bot.gateway.safeguarding_romanian import ROMANIAN_PHRASES
from bot.gateway.safeguarding_urdu import URDU_PHRASES

RISK_PHRASES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = {
    "pl": POLISH_PHRASES,
    "ro": ROMANIAN_PHRASES,
    "ur": URDU_PHRASES,
}

_NETS = {
    code: re.compile("|".join(f"(?:{phrase})" for phrase in phrases))
    for code, phrases in RISK_PHRASES_BY_LANGUAGE.items()
}


def fold(text: str) -> str:
    """Lower case, one space between words, Latin accents dropped ("się" reads as "sie")."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.lower().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c) or ord(c) > 0x600)


def risk_language(text: str | None) -> str | None:
    """The language whose net reads this message as a risk, or None."""
    if not text:
        return None
    folded = fold(text)
    return next((code for code, net in _NETS.items() if net.search(folded)), None)
