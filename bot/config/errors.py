"""What goes wrong with a config: the error callers catch, and the multi-problem error validators
raise inside pydantic."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

#: Where in the YAML a problem is: ``("sessions", 2, "venue")``.
Loc = tuple[str | int, ...]


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: Sequence[str], path: str | os.PathLike[str] | None = None) -> None:
        self.problems: list[str] = list(problems)
        self.path = str(path) if path is not None else None
        where = self.path or "configuration"
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{where}: {count} problem{'s' if count != 1 else ''}\n{lines}")


class Problems(ValueError):
    """Several problems found by one validator, each at its own location below the validated value.

    pydantic keeps the raised exception in the error's ``ctx``, so the converter can put each
    problem at its own path (e.g. ``sessions[3].venue``) instead of one vague message.
    """

    def __init__(
        self, items: Sequence[tuple[Loc, str]], nested: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        self.items = list(items)
        #: pydantic error dicts from inside the value, kept raw so they are converted like any other
        self.nested = list(nested)
        super().__init__("; ".join(message for _, message in self.items) or "invalid")
