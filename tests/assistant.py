"""Starting the real Rasa server and our action server as subprocesses, for end-to-end tests
and benchmarks: the same commands the Procfile runs (`python -m bot rasa|actions`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.settings import REPO_ROOT

RASA_START_TIMEOUT = 300  # a loaded 2-core machine has needed over 160 s
STAFF_ALERT_NUMBER = "+447700900777"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Assistant:
    """The long-running parts shared by the session's end-to-end tests."""

    var_dir: Path
    config_path: Path
    database_url: str
    rasa_url: str
    rasa_token: str
    actions_port: int
    processes: dict[str, subprocess.Popen[bytes]]
    env: dict[str, str]

    def start(self, name: str) -> None:
        """Start `python -m bot <name>` (actions or rasa), logging to var_dir/<name>.log."""
        log = self.var_dir / f"{name}.log"
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", "bot", name],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )

    def stop(self, name: str) -> None:
        process = self.processes[name]
        process.terminate()
        process.wait(timeout=30)

    def wait_ready(self, name: str) -> None:
        if name == "actions":
            url = f"http://127.0.0.1:{self.actions_port}/health"
        else:
            url = f"{self.rasa_url}/status?token={self.rasa_token}"
        _wait_ready(url, self.processes[name], self.var_dir / f"{name}.log", name)

    @contextmanager
    def without(self, name: str) -> Iterator[None]:
        """The block runs with this process stopped; it is started again (and ready) after."""
        self.stop(name)
        try:
            yield
        finally:
            self.start(name)
            self.wait_ready(name)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, what: str) -> None:
    deadline = time.monotonic() + RASA_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{what} not ready after {RASA_START_TIMEOUT}s:\n{log.read_text()[-3000:]}")


@contextmanager
def running_assistant(var_dir: Path, config_path: Path, database_url: str) -> Iterator[Assistant]:
    """Rasa on the trained model in nlu/models and the action server, until the block ends."""
    if not list((REPO_ROOT / "nlu" / "models").glob("*.tar.gz")):
        raise RuntimeError("no trained Rasa model in nlu/models: run `make train`")
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "RASA_TOKEN": "e2e-rasa-token",
        "RASA_TRACKER_DB": str(var_dir / "tracker.db"),
        "ACTIONS_PORT": str(actions_port),
        "SECRET_KEY": "e2e-secret-key-" + "x" * 32,
        "RASA_TELEMETRY_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "STAFF_ALERT_CHANNEL": "sms",  # urgent escalations are announced to this number
        "STAFF_ALERT_ADDRESS": STAFF_ALERT_NUMBER,
    }
    processes: dict[str, subprocess.Popen[bytes]] = {}
    assistant = Assistant(
        var_dir,
        config_path,
        database_url,
        env["RASA_URL"],
        env["RASA_TOKEN"],
        actions_port,
        processes,
        env,
    )
    try:
        for name in ("actions", "rasa"):
            assistant.start(name)
        for name in ("actions", "rasa"):
            assistant.wait_ready(name)
        yield assistant
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
