"""The Procfile's processes for the fault suite, started as the Procfile starts them
(`python -m bot web|worker|scheduler|actions|rasa`), killed with SIGKILL and started again.

Each runs in its own process group (Rasa's launcher execs into Rasa; nothing else of it may
survive a kill) and appends to its own log in the run folder, which also says when a restarted
worker or scheduler is ready.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bot.settings import REPO_ROOT

READY_TIMEOUT_SECONDS = {"rasa": 480.0}  # its model takes 20-30 s on an idle machine
DEFAULT_READY_TIMEOUT_SECONDS = 90.0
READY_LINE = {"worker": "worker ready", "scheduler": "scheduler ready"}


def kind_of(name: str) -> str:
    """The Procfile process a name runs: `web` for `web` and for its replica `web.2`."""
    return name.split(".")[0]


@dataclass
class Procfile:
    folder: Path
    env: dict[str, str]
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)  # per process
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    kills: Counter[str] = field(default_factory=Counter)

    def log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def env_of(self, name: str) -> dict[str, str]:
        """What this process gets: everyone's settings and its own."""
        return {**self.env, **self.overrides.get(name, {})}

    def start(self, name: str) -> None:
        """Start `name`: a Procfile process, or a replica of one (`web.2`)."""
        env = {**os.environ, **self.env_of(name)}
        with self.log(name).open("ab") as log:
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "bot", kind_of(name)],
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def start_and_wait(self, *names: str) -> None:
        """Start these together (their imports overlap) and wait until each is ready."""
        ready_lines = {name: self._ready_lines(name) for name in names}
        for name in names:
            self.start(name)
        for name in names:
            self.wait_ready(name, ready_lines[name])

    def kill(self, name: str) -> None:
        """SIGKILL, as a crash or an out-of-memory killer would: no clean-up at all."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        self.kills[name] += 1

    def restart_after_kill(self, name: str, down_seconds: float = 1.0) -> float:
        """Kill, wait, start again until ready; the seconds it was away."""
        began = time.monotonic()
        self.kill(name)
        time.sleep(down_seconds)
        self.start_and_wait(name)
        return time.monotonic() - began

    def stop_all(self) -> None:
        """Ctrl-C for each, as honcho does; SIGKILL for any that does not stop."""
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGINT)
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)
        self.processes.clear()

    # --- readiness -----------------------------------------------------------------------------

    def _ready_lines(self, name: str) -> int:
        path = self.log(name)
        line = READY_LINE.get(kind_of(name))
        if line is None or not path.exists():
            return 0
        return path.read_text(errors="replace").count(line)

    def _is_ready(self, name: str, ready_lines_before: int) -> bool:
        if kind_of(name) in READY_LINE:
            return self._ready_lines(name) > ready_lines_before
        env = self.env_of(name)
        url = {
            "web": f"http://127.0.0.1:{env['PORT']}/healthz",
            "actions": f"http://127.0.0.1:{env['ACTIONS_PORT']}/health",
            "rasa": f"{env['RASA_URL']}/status?token={env['RASA_TOKEN']}",
        }[kind_of(name)]
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_ready(self, name: str, ready_lines_before: int = 0) -> None:
        timeout = READY_TIMEOUT_SECONDS.get(kind_of(name), DEFAULT_READY_TIMEOUT_SECONDS)
        deadline = time.monotonic() + timeout
        process = self.processes[name]
        while not self._is_ready(name, ready_lines_before):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = self.log(name).read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{name} did not get ready:\n{tail}")
            time.sleep(0.3)
