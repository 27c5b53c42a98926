"""The safeguarding phrase net in the other languages the assistant speaks (Polish, Romanian,
Urdu): the same kinds of risk as the English net (bot/gateway/safeguarding.py) — wanting to
die, self-harm, fear of someone, feeling unsafe, harm by someone, a child at risk — written
for how people say them in each language, without diacritics (members often type without).

A match also tells which language the message is in, so a stranger's disclosure is answered
in the language it was written in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_L = "[łl]"  # Polish ł does not lose its stroke when accents are dropped

RISK_PHRASES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = {
    "pl": (
        r"\bchc[eę]\s+(?:umrzec|sie\s+zabic|skonczyc\s+ze\s+soba)",
        r"\bzabij[eę]\s+sie\b",
        r"\bnie\s+chc[eę]\s+(?:juz\s+)?zyc\b",
        r"\bsamobojcz|\bsamobojstw",
        r"\bodebrac\s+sobie\s+zycie\b",
        r"\b(?:tn[eę]|okaleczam|rani[eę])\s+sie\b",
        r"\bzrobi[cęe]\s+sobie\s+krzywd",
        r"\bboj[eę]\s+sie\s+(?:go|jej|ich|mojego|mojej|m[eę]za|partnera|zony|wracac)",
        r"\b(?:bije|uderza|uderzy"
        + _L
        + r"|pobi"
        + _L
        + r"|grozi|zgwa"
        + _L
        + r"ci"
        + _L
        + r"|przesladuje|zastrasza|krzywdzi)\s+mnie\b",
        r"\bnie\s+(?:jestem\s+bezpieczn|czuj[eę]\s+sie\s+bezpiecznie)",
        r"\bjestem\s+w\s+niebezpieczenstwie\b",
        r"\bprzemoc\s+domow",
        r"\b(?:dziecko|dzieci)\s+(?:jest|sa)\s+(?:bite|krzywdzone|w\s+niebezpieczenstwie)",
        r"\bnie\s+daj[eę]\s+(?:juz\s+)?rady\s+(?:zyc|dalej)",
    ),
    "ro": (
        r"\bvreau\s+sa\s+mor\b",
        r"\b(?:sa\s+ma\s+|ma\s+)sinucid|\bsinucid",
        r"\bimi\s+(?:iau|voi\s+lua)\s+viata\b",
        r"\bnu\s+mai\s+vreau\s+sa\s+(?:traiesc|fiu\s+in\s+viata)",
        r"\bma\s+(?:tai|ranesc)\b",
        r"\bimi\s+fac\s+rau\b",
        r"\bmi-?\s?e\s+(?:frica|teama)\s+de\s+(?:el|ea|ei|sotul|sotia|partener|iubit|tatal|"
        r"mama|vecin)",
        r"\bmi-?\s?e\s+(?:frica|teama)\s+sa\s+merg\s+acasa",
        r"\bma\s+(?:bate|loveste|ameninta|urmareste|agreseaza|abuzeaza)\b",
        r"\bm-?\s?a\s+(?:batut|lovit|amenintat|violat|agresat|abuzat)\b",
        r"\bnu\s+(?:sunt|ma\s+simt)\s+in\s+siguranta\b",
        r"\bsunt\s+in\s+pericol\b",
        r"\bviolenta\s+domestica\b",
        r"\bcopilul\s+(?:este|e)\s+(?:batut|abuzat|in\s+pericol)",
    ),
    "ur": (
        r"خودکشی|خود\s*کشی|khud\s?kushi",
        r"مرنا\s+چاہت[اییے]|marna\s+chaht",
        r"اپنی\s+جان\s+(?:لے|لینا|دے)",
        r"جینا\s+نہیں\s+چاہت",
        r"خود\s+کو\s+(?:نقصان|مار|زخمی|تکلیف)",
        r"مجھے\s+(?:مارت[اےی]|پیٹت[اےی]|دھمکی|دھمکیاں|تنگ\s+کرت)",
        r"(?:شوہر|بیوی|ساتھی|باپ|والد|بھائی|پڑوسی|وہ)\s+(?:مجھے\s+)?(?:مارت|پیٹت|دھمکات)",
        r"(?:سے|کا)\s+ڈر\s+(?:لگ|لگتا)",
        r"میں\s+محفوظ\s+نہیں|خود\s+کو\s+محفوظ\s+محسوس\s+نہیں",
        r"خطرے\s+میں\s+(?:ہوں|ہیں)",
        r"گھریلو\s+تشدد",
        r"(?:بچے|بچی|بچوں)\s+(?:کو|پر)\s+(?:مارت|تشدد|زیادتی)",
        r"زیادتی\s+(?:کی|کرت)",
    ),
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
