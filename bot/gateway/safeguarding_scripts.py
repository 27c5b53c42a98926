"""Which of the language nets' patterns can match a message written only in Latin letters.

Most messages are in English, and over 500 of the language nets' patterns are written only in
other alphabets (Cyrillic, Arabic, Bengali, Tamil...): they can never match a message with no
letter outside a-z, yet `re` would still try each of them at every position. So each pattern is
read once, at start-up, from its parsed form: it is kept for Latin-only messages unless every way
it can match needs a letter outside a-z. The reading errs on the side of keeping a pattern (a
pattern it cannot read is kept), so the net reads every message as it would without the split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The parser `re` itself compiles with (sre_parse before Python 3.11, which deprecates that name).
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A letter outside a-z (the nets read text folded to lower case, without Latin accents).
FOREIGN_LETTER = re.compile(r"[^\W\d_a-z]")
# A character range wider than this is taken as able to hold a plain character, unread.
_WIDEST_RANGE_READ = 5000


def has_foreign_letter(folded: str) -> bool:
    """Whether a folded message has a letter outside a-z (so every pattern must be tried)."""
    return FOREIGN_LETTER.search(folded) is not None


def can_match_latin_text(pattern: str) -> bool:
    """Whether `pattern` could match some text with no letter outside a-z."""
    try:
        return _sequence_can(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - an unreadable pattern is kept, never dropped
        return True


def _plain(code: int) -> bool:
    """Whether this character, or (for a pattern that ignores case) its other case, could be
    in a message with no letter outside a-z."""
    char = chr(code)
    return any(FOREIGN_LETTER.match(form) is None for form in (char, char.lower(), char.upper()))


def _sequence_can(items: Iterable[tuple[Any, Any]]) -> bool:
    return all(_node_can(op, value) for op, value in items)


def _node_can(op: Any, value: Any) -> bool:
    """Whether one parsed node can match on plain text: a literal only if it is plain, a
    character set if any member is plain, an alternation if any branch can, a repeat if it may
    repeat zero times or its body can, a lookahead or lookbehind if its body can. Anything else
    (any character, a negative lookaround, an anchor, a back-reference) is taken as able."""
    if op == sre.LITERAL:
        return _plain(value)
    if op == sre.IN:
        return _set_can(value)
    if op == sre.BRANCH:
        return any(_sequence_can(branch) for branch in value[1])
    if op == sre.SUBPATTERN:
        return _sequence_can(value[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        least, _, body = value
        return least == 0 or _sequence_can(body)
    if op == sre.ASSERT:
        return _sequence_can(value[1])
    if op == getattr(sre, "ATOMIC_GROUP", None):
        return _sequence_can(value)
    return True


def _set_can(members: list[tuple[Any, Any]]) -> bool:
    for op, value in members:
        if op in (sre.NEGATE, sre.CATEGORY):
            return True
        if op == sre.LITERAL and _plain(value):
            return True
        if op == sre.RANGE:
            low, high = value
            if high - low > _WIDEST_RANGE_READ or any(map(_plain, range(low, high + 1))):
                return True
    return False
