"""The phrase net's prefilter (bot/gateway/safeguarding_prefilter.py): each pattern is tried
only when a word every match of it contains is in the message, and a pattern whose needs cannot
be read is always tried, so no disclosure is missed for the prefilter's sake."""

from __future__ import annotations

import re

import pytest

from bot.gateway.safeguarding import RISK_PHRASES, risk_kind, says_someone_is_at_risk
from bot.gateway.safeguarding_everyday import without_topics
from bot.gateway.safeguarding_prefilter import PatternSet, words_needed
from bot.gateway.safeguarding_words import normalise


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bkill(?:ing)?\s+myself\b", {"myself"}),
        (r"\b(?:cut|hurt)(?:ting)?\s+me\b", {"cut", "hurt"}),
        (r"^(?!.*\bnot\b).*\bwant\s+to\s+die", {"want"}),
        (r"(?=.*\bmenya\b)\bbyot", {"menya"}),
        (r"(?:меня\s+бьет|menya\s+b'?et)", {"меня", "menya"}),
        (r"\bsui[cs]ide", {"sui"}),
        (r"\b(?:pills?|tablets)\b(?:\s+\w+)?\s+(?:all|every)", {"pill", "tablets"}),
    ],
)
def test_a_pattern_needs_the_words_every_match_of_it_contains(
    pattern: str, words: set[str]
) -> None:
    assert words_needed(re.compile(pattern)) == words


@pytest.mark.parametrize(
    "pattern",
    [r"\w+\s+\d+", r"(?i)help\s+me", r"(?i:help)\s+\w+", r"(?:want|wish)?\s*\d+"],
)
def test_a_pattern_that_may_match_without_a_known_word_is_always_tried(pattern: str) -> None:
    assert words_needed(re.compile(pattern)) is None
    assert PatternSet([re.compile(pattern)]).candidates("no words of it here") == [0]


def test_only_the_patterns_whose_words_are_there_are_tried_in_their_order() -> None:
    patterns = PatternSet(
        [re.compile(r"\bhurt\s+me"), re.compile(r"\bkill\s+myself"), re.compile(r"\bhurts?\b")]
    )
    assert patterns.candidates("it hurts when he does that") == [0, 2]
    assert list(patterns.matching("it hurts when he does that")) == [2]
    assert list(patterns.matching("he will hurt me, it hurts")) == [0, 2]
    assert not patterns.any_match("see you on saturday")


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself tonight",
        "my husband hits me every day",
        "Мой муж меня бьет каждый день",
        "ami ar bachte chai na",
    ],
)
def test_the_prefiltered_net_still_reads_a_disclosure(text: str) -> None:
    assert says_someone_is_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself tonight",
        "my husband hits me every day and I'm scared to go home",
        "he said he will hurt me if I come on Saturday",
        "see you on saturday, can I claim the bus fare?",
    ],
)
def test_the_kind_read_is_the_first_kind_whose_pattern_matches(text: str) -> None:
    read = without_topics(normalise(text))
    first_kind = next(
        (
            kind
            for kind, phrases in RISK_PHRASES.items()
            if any(re.search(phrase, read) for phrase in phrases)
        ),
        None,
    )
    assert risk_kind(text) == first_kind
