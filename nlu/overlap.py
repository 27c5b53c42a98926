"""Find test messages that are the same as, or nearly the same as, messages trained on.

    .venv-rasa/bin/python nlu/overlap.py nlu/test/test_nlu.yml nlu/data/nlu nlu/dev

A test set only measures what it claims if the classifier has not seen its messages: an exact copy
(after lower-casing and dropping punctuation, emoji and entity markup) or a near copy (the same
words in another order, or a character-level similarity of 0.85 and more) is flagged.
nlu/evaluate.py refuses to score the test set while anything is flagged. Plain Python and PyYAML
only, so it runs with either interpreter.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from pathlib import Path

import yaml

NEAR_RATIO = 0.85
# Entity markup: [text](entity) or [text]{"entity": ...}
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
_NOT_WORD = re.compile(r"[^\w\s]+")


def normalise(text: str) -> str:
    """Lower case, entity markup and punctuation removed, single spaces."""
    plain = _ANNOTATION.sub(r"\1", text).lower().replace("'", "").replace("’", "")
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def yaml_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.yml"))
        else:
            yield path


def messages(paths: Iterable[Path]) -> list[tuple[str, str, Path]]:
    """(intent, example text, file) for every intent example in the YAML files."""
    found = []
    for path in yaml_files(paths):
        for item in (yaml.safe_load(path.read_text()) or {}).get("nlu", []):
            if "intent" not in item:
                continue
            for line in str(item.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    found.append((item["intent"], line.strip()[2:], path))
    return found


def overlaps(
    test_paths: Iterable[Path], seen_paths: Iterable[Path]
) -> list[tuple[str, str, str, str]]:
    """(kind, test text, seen text, seen file) for each test message too close to a seen one."""
    seen = [(normalise(text), text, path) for _, text, path in messages(seen_paths)]
    by_text = {norm: (text, path) for norm, text, path in seen}
    by_words = {" ".join(sorted(norm.split())): (text, path) for norm, text, path in seen}
    flagged = []
    for _, text, _ in messages(test_paths):
        norm = normalise(text)
        if norm in by_text:
            flagged.append(("same", text, *_describe(by_text[norm])))
            continue
        words = " ".join(sorted(norm.split()))
        if words in by_words:
            flagged.append(("same words", text, *_describe(by_words[words])))
            continue
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(norm)
        for other, other_text, path in seen:
            matcher.set_seq1(other)
            if (
                matcher.real_quick_ratio() >= NEAR_RATIO
                and matcher.quick_ratio() >= NEAR_RATIO
                and matcher.ratio() >= NEAR_RATIO
            ):
                flagged.append((f"{matcher.ratio():.2f} similar", text, other_text, str(path)))
                break
    return flagged


def _describe(found: tuple[str, Path]) -> tuple[str, str]:
    return found[0], str(found[1])


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    flagged = overlaps([Path(argv[0])], [Path(p) for p in argv[1:]])
    for kind, text, other, path in flagged:
        print(f"{kind}: {text!r} ~ {other!r} ({path})")
    print(f"{len(flagged)} test message(s) overlap what the classifier is trained or tuned on")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
