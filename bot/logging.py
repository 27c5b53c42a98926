"""One log format for every process, and the correlation id that ties one member message's
lines together across processes.

`LOG_FORMAT=json` writes one JSON object a line (`ts`, `level`, `process`, `logger`,
`correlation_id`, `msg`, and `exc` for a traceback), for a log shipper; `text` writes the same
fields as a line for people. The correlation id is made when a message is stored, kept on the
message and on every outbox row it causes, sent to Rasa in the message metadata (the action
server reads it back) and looked up again for the provider's status callback, so one id finds
every step in every process's log. Lines carry ids only, never names, numbers or message texts.
"""

from __future__ import annotations

import json
import logging
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from db.correlation import CORRELATION_ID as _CORRELATION_ID

_PROCESS = {"name": "cli"}
CORRELATION_ID_LENGTH = 32


def new_correlation_id() -> str:
    """A random id for one member message (or one scheduled job's run); it names nothing."""
    return uuid.uuid4().hex


def current_correlation_id() -> str | None:
    return _CORRELATION_ID.get()


@contextmanager
def correlated(correlation_id: str | None) -> Iterator[str | None]:
    """Everything logged (and queued) in the block carries this correlation id; threads started
    with `asyncio.to_thread` inherit it."""
    token = _CORRELATION_ID.set(correlation_id)
    try:
        yield correlation_id
    finally:
        _CORRELATION_ID.reset(token)


def set_correlation_id(correlation_id: str | None) -> None:
    """For a request handler whose task ends with the request (no block to scope it to)."""
    _CORRELATION_ID.set(correlation_id)


class _Context(logging.Filter):
    """Adds the process name and the current correlation id to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.process_name = _PROCESS["name"]
        if not getattr(record, "correlation_id", None):
            record.correlation_id = _CORRELATION_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "process": getattr(record, "process_name", _PROCESS["name"]),
            "logger": record.name,
            "correlation_id": getattr(record, "correlation_id", None),
            "msg": record.getMessage(),
        }
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)s %(process_name)s %(name)s [%(correlation_id)s]: %(message)s",
            datefmt="%Y-%m-%dT%H:%M:%S",
        )

    def format(self, record: logging.LogRecord) -> str:
        if getattr(record, "correlation_id", None) is None:
            record.correlation_id = "-"
        return super().format(record)


def resolve_format(log_format: str | None) -> str:
    """`json` or `text`; unset, json unless a person is watching a terminal."""
    if log_format:
        return log_format
    return "text" if sys.stdout.isatty() else "json"


def configure_logging(
    level: str = "INFO", log_format: str | None = None, process: str = "cli"
) -> None:
    """Send every logger's records to stdout in the chosen format, with the context fields."""
    _PROCESS["name"] = process
    handler = logging.StreamHandler(sys.stdout)
    handler.addFilter(_Context())
    handler.setFormatter(
        JsonFormatter() if resolve_format(log_format) == "json" else TextFormatter()
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # Python's warnings too, as lines of the same format
    # Client libraries log request URLs that contain phone numbers: keep them quiet.
    for noisy in ("httpx", "httpcore", "twilio.http_client", "telegram", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
