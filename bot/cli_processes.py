"""The Procfile's processes (`python -m bot web|worker|scheduler|actions|rasa`, CONTRACT §2):
each loads what it needs, then serves until stopped."""

from __future__ import annotations

import argparse
import gc
import os

from bot.settings import REPO_ROOT, get_settings


def freeze_what_is_loaded() -> None:
    """Take everything a long-running process has loaded so far out of the cyclic garbage
    collector's walk (`gc.freeze`). Imports alone leave ~140,000 objects that never die; each
    full collection walked them all (80 ms here), a pause in the middle of whatever the process
    was doing (acknowledging a webhook, sending a reply). Rasa's process does the same for its
    model (nlu/serve.py)."""
    gc.collect()
    gc.freeze()


def cmd_web(_args: argparse.Namespace) -> int:
    import uvicorn

    import bot.app  # noqa: F401 - loaded before the freeze; uvicorn then finds it imported

    settings = get_settings()
    freeze_what_is_loaded()
    uvicorn.run(
        "bot.app:create_app",
        factory=True,
        host=settings.HOST,
        port=settings.PORT,
        log_level="warning",
        proxy_headers=True,
    )
    return 0


def cmd_worker(_args: argparse.Namespace) -> int:
    from bot.outbox.worker import run_worker

    freeze_what_is_loaded()
    run_worker(get_settings())
    return 0


def cmd_scheduler(_args: argparse.Namespace) -> int:
    from bot.scheduling.process import run_scheduler

    freeze_what_is_loaded()
    run_scheduler(get_settings())
    return 0


def cmd_actions(_args: argparse.Namespace) -> int:
    from flows.server import run_action_server

    run_action_server(get_settings(), before_serving=freeze_what_is_loaded)
    return 0


def cmd_rasa(_args: argparse.Namespace) -> int:
    """Start the Rasa server from .venv-rasa with our token and endpoints (exec). Only
    nlu/serve.py, `rasa run` plus a garbage-collector freeze, runs inside Rasa's process."""
    from bot.rasa_endpoints import rasa_port, write_rasa_endpoints

    settings = get_settings()
    endpoints, environment = write_rasa_endpoints(settings)
    port = rasa_port(settings)
    python = REPO_ROOT / ".venv-rasa" / "bin" / "python"
    command = [
        str(python), str(REPO_ROOT / "nlu" / "serve.py"), "run",
        "--enable-api", "--auth-token", settings.RASA_TOKEN,
        "--model", str(REPO_ROOT / "nlu" / "models"), "--endpoints", str(endpoints),
        "--port", str(port), "--interface", "127.0.0.1", "--quiet",
    ]  # fmt: skip
    os.environ.update(environment)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    os.chdir(REPO_ROOT / "nlu")
    os.execv(str(python), command)  # noqa: S606 - replaces this process with Rasa's


PROCESSES = ("web", "worker", "scheduler", "actions", "rasa")
