"""The correlation id of the work in progress: one member message, or one scheduler run.

bot/logging.py sets it and puts it on every log line; the outbox reads it here, so every row
records what caused it and the worker's and the status callback's lines carry the same id.
"""

from __future__ import annotations

from contextvars import ContextVar

CORRELATION_ID: ContextVar[str | None] = ContextVar("correlation_id", default=None)
