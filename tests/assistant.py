"""Starting the real Rasa server and our action server as subprocesses, for end-to-end tests
and benchmarks: the same commands the Procfile runs (`python -m bot rasa|actions`).

Rasa reaches the action server through a pass-through gate, so a test can take the action
server away from Rasa at once (`Assistant.actions_down()`) and give it back without a restart.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import httpx

from bot.settings import REPO_ROOT
from db.tracker_store import tracker_store_url

RASA_START_TIMEOUT = 300  # a loaded 2-core machine has needed over 160 s
STAFF_ALERT_NUMBER = "+447700900777"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _hang_up(connection: socket.socket) -> None:
    """Close a connection, waking a thread blocked reading it."""
    with contextlib.suppress(OSError):  # already gone
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()


class ActionServerGate:
    """A TCP pass-through between Rasa and the action server. Shut, it closes every connection
    and turns new ones away at once: to Rasa the action server is down (Rasa then answers 200
    with no messages). Open again, it passes connections through as before."""

    def __init__(self, upstream_port: int) -> None:
        self._upstream = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._open = True
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def shut(self) -> None:
        with self._lock:
            self._open = False
            for connection in self._connections:
                _hang_up(connection)
            self._connections.clear()

    def open(self) -> None:
        with self._lock:
            self._open = True

    def close(self) -> None:
        self.shut()
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            try:
                upstream = socket.create_connection(("127.0.0.1", self._upstream))
            except OSError:
                client.close()
                continue
            with self._lock:
                if not self._open:
                    client.close()
                    upstream.close()
                    continue
                self._connections.update((client, upstream))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                for connection in (source, target):
                    _hang_up(connection)
                    self._connections.discard(connection)


@dataclass
class Assistant:
    """The long-running parts shared by the session's end-to-end tests."""

    var_dir: Path
    config_path: Path
    database_url: str
    rasa_url: str
    rasa_token: str
    actions_port: int
    actions_secret: str
    processes: dict[str, subprocess.Popen[bytes]]
    tracker_store_url: str  # where Rasa keeps the conversations (its `events` table)
    gate: ActionServerGate

    def stop(self, name: str) -> None:
        process = self.processes[name]
        process.terminate()
        process.wait(timeout=30)

    def process_env(self, port: int, **extra: str) -> dict[str, str]:
        """The environment the Procfile's processes (`python -m bot <name>`) run with against
        this assistant: its database, config, Rasa and action server, the web on `port`."""
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "ASSEMBLY_CONFIG": str(self.config_path),
            "RASA_URL": self.rasa_url,
            "RASA_TOKEN": self.rasa_token,
            "ACTIONS_PORT": str(self.actions_port),
            "PORT": str(port),
            "SECRET_KEY": "e2e-secret-key-" + "x" * 32,
            "LOG_LEVEL": "INFO",
            **extra,
        }

    @contextmanager
    def actions_down(self) -> Iterator[None]:
        """The block runs with the action server out of Rasa's reach."""
        self.gate.shut()
        try:
            yield
        finally:
            self.gate.open()


def start_processes(
    env: dict[str, str], names: Iterable[str]
) -> dict[str, subprocess.Popen[bytes]]:
    """The named Procfile processes, each with its output (stdout and stderr) kept in a pipe."""
    return {
        name: subprocess.Popen(
            [sys.executable, "-m", "bot", name],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for name in names
    }


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
def running_assistant(
    var_dir: Path, config_path: Path, database_url: str, *, gated: bool = True
) -> Iterator[Assistant]:
    """Rasa on the trained model in nlu/models and the action server, until the block ends.
    `gated=False` connects Rasa to the action server directly, as in production (benchmarks);
    `actions_down` then does nothing."""
    if not list((REPO_ROOT / "nlu" / "models").glob("*.tar.gz")):
        raise RuntimeError("no trained Rasa model in nlu/models: run `make train`")
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "RASA_TOKEN": "e2e-rasa-token-0123456789",
        "ACTIONS_PORT": str(actions_port),
        "ACTIONS_SECRET": "e2e-actions-secret",
        "SECRET_KEY": "e2e-secret-key-" + "x" * 32,
        "FEEDBACK_KEY": "e2e-feedback-key-" + "x" * 32,
        "RASA_TELEMETRY_ENABLED": "false",
        "LOG_LEVEL": "WARNING",
        "STAFF_ALERT_CHANNEL": "sms",  # urgent escalations are announced to this number
        "STAFF_ALERT_ADDRESS": STAFF_ALERT_NUMBER,
    }
    # The action server logs every call with its correlation id (tests/e2e/test_processes.py).
    actions_env = {**env, "LOG_LEVEL": "INFO", "LOG_FORMAT": "json"}
    gate = ActionServerGate(actions_port)
    processes: dict[str, subprocess.Popen[bytes]] = {}
    for name in ("actions", "rasa"):
        log = var_dir / f"{name}.log"
        processes[name] = subprocess.Popen(
            [sys.executable, "-m", "bot", name],
            cwd=REPO_ROOT,
            env=(
                ({**env, "ACTIONS_PORT": str(gate.port)} if gated else env)
                if name == "rasa"
                else actions_env
            ),
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
    assistant = Assistant(
        var_dir,
        config_path,
        database_url,
        env["RASA_URL"],
        env["RASA_TOKEN"],
        actions_port,
        env["ACTIONS_SECRET"],
        processes,
        tracker_store_url(SimpleNamespace(DATABASE_URL=database_url, RASA_TRACKER_DB=None)),
        gate,
    )
    try:
        _wait_ready(
            f"http://127.0.0.1:{actions_port}/health",
            processes["actions"],
            var_dir / "actions.log",
            "the action server",
        )
        _wait_ready(
            f"{assistant.rasa_url}/status?token={assistant.rasa_token}",
            processes["rasa"],
            var_dir / "rasa.log",
            "Rasa",
        )
        yield assistant
    finally:
        gate.close()
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
