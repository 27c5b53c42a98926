"""The safeguarding sets (tests/data/safeguarding/), read once for the net's own tests and the
whole-pipeline tests alike.

The development set (dev.yml) is what the net is written and checked against: every line of it
must pass. The test set (heldout.yml) is written apart and scored once per change; it is there
only when someone has written one, so a missing file reads as an empty set.
"""

from __future__ import annotations

from pathlib import Path

import yaml

SETS = Path(__file__).parent / "data" / "safeguarding"


def load_set(name: str) -> dict[str, list[str]]:
    """A set's disclosures and everyday look-alikes; empty lists when the file is not there."""
    path = SETS / name
    loaded = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    return {part: list(loaded.get(part) or []) for part in ("disclosures", "ordinary")}


DEVELOPMENT = load_set("dev.yml")
TEST_SET = load_set("heldout.yml")
