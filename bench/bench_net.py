"""The safeguarding phrase net's own cost, a message at a time, by part: normalising, the
English patterns, the language nets, and the whole net as the gateway calls it. The English
patterns and the language nets are each timed two ways side by side in one run: every pattern
tried on every message (the English ones one by one, each language's as one alternation), and
as the assistant reads them, each pattern tried only when a word it needs is in the message
(bot/gateway/safeguarding_prefilter.py). Both ways must give the same readings, which it checks.

Figures are CPU time (time.process_time), best of --repeats, over the development set's
look-alikes and disclosures (tests/data/safeguarding/dev.yml).

Run: .venv/bin/python bench/bench_net.py [--messages 400] [--repeats 3]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.gateway import safeguarding, safeguarding_languages
from bot.gateway.safeguarding_everyday import without_topics
from bot.gateway.safeguarding_languages import RISK_PHRASES_BY_LANGUAGE, fold, script_form
from bot.gateway.safeguarding_words import normalise
from tests.safeguarding_sets import DEVELOPMENT

EVERY_ENGLISH_PATTERN = safeguarding._RISK.patterns
WHOLE_LANGUAGE_NETS = {
    code: re.compile("|".join(f"(?:{script_form(phrase)})" for phrase in phrases))
    for code, phrases in RISK_PHRASES_BY_LANGUAGE.items()
}


def language_whole(text: str) -> str | None:
    """The language nets with every pattern tried on every message."""
    folded = fold(text)
    return next((code for code, net in WHOLE_LANGUAGE_NETS.items() if net.search(folded)), None)


def english_every_pattern(text: str) -> bool:
    read = without_topics(normalise(text))
    return any(pattern.search(read) for pattern in EVERY_ENGLISH_PATTERN)


def english_prefiltered(text: str) -> bool:
    return safeguarding._RISK.any_match(without_topics(normalise(text)))


def per_message_ms(read: Callable[[str], object], texts: list[str], repeats: int) -> float:
    """Best of `repeats` CPU milliseconds a message."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for text in texts:
            read(text)
        best = min(best, time.process_time() - started)
    return best / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    lists = {
        "look-alikes": DEVELOPMENT["ordinary"][: args.messages],
        "disclosures": DEVELOPMENT["disclosures"][: args.messages],
    }
    every = [*DEVELOPMENT["ordinary"], *DEVELOPMENT["disclosures"]]
    differ = [
        text
        for text in every
        if language_whole(text) != safeguarding_languages.risk_language(text)
        or english_every_pattern(text) != english_prefiltered(text)
    ]
    print(f"readings compared over {len(every)} development lines: {len(differ)} differ")
    parts: dict[str, Callable[[str], object]] = {
        "normalising (and topics taken out)": lambda text: without_topics(normalise(text)),
        "English patterns, every pattern (and normalising)": english_every_pattern,
        "English patterns, prefiltered (and normalising)": english_prefiltered,
        "language nets, every pattern": language_whole,
        "language nets, prefiltered": safeguarding_languages.risk_language,
        "whole net, as the gateway calls it": safeguarding.says_someone_is_at_risk,
    }
    for name, texts in lists.items():
        print(f"\n{len(texts)} {name}, ms a message:")
        for part, read in parts.items():
            print(f"  {part:<50} {per_message_ms(read, texts, args.repeats):6.2f}")


if __name__ == "__main__":
    main()
