"""The safeguarding sets (tests/data/safeguarding/), read once for the net's own tests and the
whole-pipeline tests alike.

The development set (dev.yml) is what the net is written and checked against: every line of it
must pass. The test set (heldout.yml) is written apart and scored once per change; it is there
only when someone has written one, so a missing file reads as an empty set.
"""

from __future__ import annotations

import bisect
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
# before its disclosures, "# The eighth test set's look-alikes." before its look-alikes. Any
# other heading that opens a part ("# Third sample ...") ends the test set before it.
_TEST_SET_HEADING = re.compile(r"# The \w+ test set\b")
_PART_HEADING = re.compile(r"# (The \w+ test set|\w+ sample)\b")


def latest_former_test_set(name: str = "dev.yml") -> dict[str, range]:
    """For each part, the indices in it of the last former test set merged into the set (from
    the part's last test-set heading to the next part's heading); empty when there is none."""
    text = (SETS / name).read_text()
    lines = text.splitlines()
    root = yaml.compose(text)
    spans: dict[str, range] = {}
    for key, value in root.value if root is not None else []:
        items = value.value or []
        end = items[-1].end_mark.line if items else key.start_mark.line
        headings = [n for n in range(key.start_mark.line, end + 1) if _PART_HEADING.match(lines[n])]
        opening = [n for n in headings if _TEST_SET_HEADING.match(lines[n])]
        if not opening:
            spans[key.value] = range(0)
            continue
        closing = [n for n in headings if n > opening[-1]] + [end + 1]
        item_lines = [item.start_mark.line for item in items]
        spans[key.value] = range(
            bisect.bisect_left(item_lines, opening[-1]), bisect.bisect_left(item_lines, closing[0])
        )
    return spans


DEVELOPMENT = load_set("dev.yml")
TEST_SET = load_set("heldout.yml")
