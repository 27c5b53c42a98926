"""What an SMS costs: how many segments a text is sent in.

A text entirely in the GSM 03.38 alphabet (GSM-7) fits 160 characters in one segment and 153 a
segment once split; characters from the extension table (€ [ ] { } ...) take two. Any other
character (ł, ș, every Urdu letter, an emoji) sends the whole text as UCS-2: 70 UTF-16 units in
one segment, 67 a segment once split. Polish and Romanian texts are usually UCS-2, Urdu always.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")


@dataclass(frozen=True)
class SmsCost:
    """How a text goes by SMS: its encoding, length in that encoding, and segments."""

    encoding: str  # "GSM-7" or "UCS-2"
    length: int
    segments: int


def sms_cost(text: str) -> SmsCost:
    if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text):
        length = sum(2 if c in GSM7_EXTENSION else 1 for c in text)
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        length = len(text.encode("utf-16-le")) // 2
        single, multi, encoding = 70, 67, "UCS-2"
    segments = 1 if length <= single else math.ceil(length / multi)
    return SmsCost(encoding, length, segments)
