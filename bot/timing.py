"""Where a reply's time goes: per-stage timings of the reply path, one JSON line per message.

The reply path crosses two processes (the web process's pipeline, then the outbox worker) and
the database between them, so its stages are recorded where they happen and written, when
`STAGE_TIMINGS_FILE` is set, as one line per message or outbox row to that file (appended;
several processes may share it). `bench/bench_gateway.py` sets it and prints each stage's
percentiles. Unset (the default), nothing is timed or written. A line holds stage names and
seconds only, never member data.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime
from pathlib import Path


class StageClock:
    """Stages of one message, each the time since the previous mark (`mark`), or given."""

    def __init__(self, path: Path | None, kind: str) -> None:
        self._path = path
        self._kind = kind
        self._last = time.perf_counter()
        self.stages: dict[str, float] = {}

    @property
    def enabled(self) -> bool:
        return self._path is not None

    def mark(self, stage: str) -> None:
        """The named stage ends now (and the next one starts)."""
        now = time.perf_counter()
        if self._path is not None:
            self.stages[stage] = self.stages.get(stage, 0.0) + now - self._last
        self._last = now

    def since(self, stage: str, moment: datetime | None) -> None:
        """The named stage began at `moment` (a stored, timezone-aware timestamp) and ends now:
        a stage that crosses processes, such as a row waiting to be picked up."""
        if self._path is not None and moment is not None:
            self.stages[stage] = max(0.0, time.time() - moment.timestamp())
        self._last = time.perf_counter()

    def write(self) -> None:
        """Append this message's stages as one line."""
        if self._path is None or not self.stages:
            return
        line = json.dumps({"kind": self._kind, **self.stages}) + "\n"
        # One write on an O_APPEND descriptor: lines from several processes never interleave.
        descriptor = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, line.encode())
        finally:
            os.close(descriptor)
