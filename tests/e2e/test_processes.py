"""The Procfile's processes start, report ready, show up healthy in /healthz, and stop cleanly
on Ctrl-C (SIGINT), as `make run` uses them."""

from __future__ import annotations

import signal
import time

import httpx

from tests.assistant import Assistant, free_port, start_processes


def test_processes_report_healthy_and_stop_on_ctrl_c(assistant: Assistant) -> None:
    port = free_port()
    processes = start_processes(assistant.process_env(port), ("web", "worker", "scheduler"))
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
