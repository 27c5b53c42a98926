"""The phrase net's prefilter: the words each pattern needs, found in a message in one pass.

The net is some two thousand regular expressions, and `re` tries each of them at every position
of a message, so most of a reading went on patterns whose words were not in the message at all.
Each pattern is read once, at start-up, from its parsed form for literal text that any match of
it must contain: one of a few words ("myself", "himself", "themself"), or a letter of another
alphabet. An Aho-Corasick automaton (pyahocorasick) finds every such word in a message in one
pass, and only the patterns whose words are there are tried. The reading errs on the side of
trying a pattern: one with no such words, or that ignores case, is always tried. So the net
reads every message as it would if it tried every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# A pattern whose match may hold any of more words than this is always tried.
_MOST_WORDS = 64
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)}
Words = frozenset[str] | None  # one of these is in every match; None: nothing is known


def words_needed(pattern: re.Pattern[str]) -> Words:
    """Words one of which every match of `pattern` contains, or None if it may match without
    any (then it must always be tried)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a pattern this cannot read is always tried
        return None


class PatternSet:
    """Patterns tried only when a word they need is in the text, in their given order."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._always: list[int] = []
        needing: dict[str, list[int]] = {}
        for index, pattern in enumerate(self.patterns):
            words = words_needed(pattern)
            if words is None:
                self._always.append(index)
            for word in words or ():
                needing.setdefault(word, []).append(index)
        self._automaton = ahocorasick.Automaton()
        for word, indices in needing.items():
            self._automaton.add_word(word, tuple(indices))
        if needing:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """The indices of the patterns worth trying on `text`, in order."""
        found = set(self._always)
        if len(self._automaton):
            for _, indices in self._automaton.iter(text):
                found.update(indices)
        return sorted(found)

    def matching(self, text: str) -> Iterator[int]:
        """The indices of the patterns that match `text`, in order."""
        return (i for i in self.candidates(text) if self.patterns[i].search(text))

    def any_match(self, text: str) -> bool:
        return next(self.matching(text), None) is not None


def _more_telling(first: Words, second: Words) -> Words:
    """Of two requirements, the one that rules out more texts: the longer shortest word, then
    the fewer words."""
    if first is None or second is None:
        return second if first is None else first

    def rank(words: frozenset[str]) -> tuple[int, int]:
        return (min(map(len, words)), -len(words))

    return first if rank(first) >= rank(second) else second


def _sequence(items: Iterable[tuple[Any, Any]]) -> Words:
    """What a sequence of nodes needs: the most telling of its runs of literal letters (which
    zero-width anchors such as \\b do not break) and its nodes' own needs."""
    best: Words = None
    run: list[str] = []
    for op, value in items:
        if op == sre.LITERAL:
            run.append(chr(value))
            continue
        if op == sre.AT:
            continue
        if run:
            best = _more_telling(best, frozenset(["".join(run)]))
            run = []
        best = _more_telling(best, _node(op, value))
    if run:
        best = _more_telling(best, frozenset(["".join(run)]))
    return best if best is None or len(best) <= _MOST_WORDS else None


def _node(op: Any, value: Any) -> Words:
    """What one node needs: any branch's words for an alternation, a group's or a repeated
    body's (if it must occur at least once), a lookahead's or lookbehind's, a small set of
    letters; nothing for a negative lookaround, an optional part or any other node."""
    if op == sre.BRANCH:
        branches = [_sequence(branch) for branch in value[1]]
        if any(words is None for words in branches):
            return None
        joined = frozenset().union(*branches)
        return joined if len(joined) <= _MOST_WORDS else None
    if op == sre.SUBPATTERN:
        _, added_flags, _, body = value
        return None if added_flags & sre.SRE_FLAG_IGNORECASE else _sequence(body)
    if op in _REPEATS:
        least, _, body = value
        return _sequence(body) if least >= 1 else None
    if op == sre.ASSERT:
        return _sequence(value[1])
    if op == getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(value)
    if op == sre.IN and all(member == sre.LITERAL for member, _ in value) and len(value) <= 8:
        return frozenset(chr(code) for _, code in value)
    return None
