"""The scheduler process (``python -m bot scheduler``): APScheduler running the jobs of
``bot.scheduling.scheduler``, with its metrics served, until SIGINT or SIGTERM.

"scheduler ready" is logged once the jobs are running; SIGINT/SIGTERM stop it cleanly and hand
the lease back so a replacement can start at once.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import UTC
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from bot.metrics import serve_metrics
from bot.scheduling.scheduler import SchedulerService
from bot.settings import Settings

logger = logging.getLogger(__name__)


def build_scheduler() -> BackgroundScheduler:
    """APScheduler with two single-thread executors: work (planning, feedback, clean-up) never
    overlaps itself, and heartbeats never wait behind it."""
    return BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(1), "beats": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )


def run_scheduler(
    settings: Settings,
    *,
    stop: threading.Event | None = None,
    service: SchedulerService | None = None,
) -> None:
    """Run until SIGINT/SIGTERM (or `stop` is set, for tests)."""
    stop = stop or threading.Event()
    service = service or SchedulerService(settings)
    stop_metrics = serve_metrics(settings.SCHEDULER_METRICS_PORT, settings.METRICS_TOKEN)
    scheduler = build_scheduler()
    service.install(scheduler)

    if threading.current_thread() is threading.main_thread():

        def request_stop(signum: int, _frame: FrameType | None) -> None:
            logger.info("scheduler stopping (signal %d)", signum)
            stop.set()

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)

    scheduler.start()
    logger.info("scheduler ready")
    try:
        while not stop.wait(0.5):
            pass
    finally:
        scheduler.shutdown(wait=True)
        service.release()
        stop_metrics()
        logger.info("scheduler stopped")
