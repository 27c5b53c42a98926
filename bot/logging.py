"""One log format for every process. Log ids, never names, numbers or message texts."""

from __future__ import annotations

import logging


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S",
    )
    # Client libraries log request URLs that contain phone numbers: keep them quiet.
    for noisy in ("httpx", "httpcore", "twilio.http_client", "telegram", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
