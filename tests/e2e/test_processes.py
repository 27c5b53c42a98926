"""The Procfile's processes start, report ready, show up healthy in /healthz, and stop cleanly
on Ctrl-C (SIGINT), as `make run` uses them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx

from bot.settings import REPO_ROOT
from tests.assistant import Assistant, free_port


def test_processes_report_healthy_and_stop_on_ctrl_c(assistant: Assistant) -> None:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": assistant.database_url,
        "ASSEMBLY_CONFIG": str(assistant.config_path),
        "RASA_URL": assistant.rasa_url,
        "RASA_TOKEN": assistant.rasa_token,
        "ACTIONS_PORT": str(assistant.actions_port),
        "PORT": str(port),
        "SECRET_KEY": "e2e-secret-key-" + "x" * 32,
        "LOG_LEVEL": "INFO",
    }
    processes = {
        name: subprocess.Popen(
            [sys.executable, "-m", "bot", name],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for name in ("web", "worker", "scheduler")
    }
    try:
        health: dict = {}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).json()
                if health["status"] == "ok":
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        assert health.get("status") == "ok", health
        assert set(health["checks"]) == {"db", "rasa", "actions", "worker", "scheduler"}
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert "assembly_inbound_messages_total" in metrics.text
    finally:
        for process in processes.values():
            process.send_signal(signal.SIGINT)
        outputs = {name: p.communicate(timeout=30)[0].decode() for name, p in processes.items()}
    for name, process in processes.items():
        assert process.returncode in (0, -signal.SIGINT), (name, outputs[name][-2000:])
        assert "ready" in outputs[name], (name, outputs[name][-2000:])
