"""The safeguarding sets (tests/data/safeguarding/), read once for the net's own tests and the
whole-pipeline tests alike.

The development set (dev.yml) is what the net is written and checked against: every line of it
must pass. The test set (heldout.yml) is written apart and scored once per change; it is there
only when someone has written one, so a missing file reads as an empty set.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

SETS = Path(__file__).parent / "data" / "safeguarding"


def load_set(name: str) -> dict[str, list[str]]:
    """A set's disclosures and everyday look-alikes; empty lists when the file is not there."""
    path = SETS / name
    loaded = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    return {part: list(loaded.get(part) or []) for part in ("disclosures", "ordinary")}


# The comment that opens a former test set in dev.yml: "# The eighth test set, written blind ..."
# before its disclosures, "# The eighth test set's look-alikes." before its look-alikes.
_TEST_SET_HEADING = re.compile(r"# The \w+ test set\b")


def latest_former_test_set(name: str = "dev.yml") -> dict[str, int]:
    """For each part, the index in it where the last former test set merged into the set begins
    (the lines after the part's last test-set heading); its length when there is none."""
    text = (SETS / name).read_text()
    lines = text.splitlines()
    root = yaml.compose(text)
    starts: dict[str, int] = {}
    for key, value in root.value if root is not None else []:
        items = value.value or []
        end = items[-1].end_mark.line if items else key.start_mark.line
        headings = [
            n for n in range(key.start_mark.line, end + 1) if _TEST_SET_HEADING.match(lines[n])
        ]
        starts[key.value] = (
            sum(1 for item in items if item.start_mark.line < headings[-1])
            if headings
            else len(items)
        )
    return starts


DEVELOPMENT = load_set("dev.yml")
TEST_SET = load_set("heldout.yml")
