"""LOG_FORMAT: JSON lines for a log shipper, text for a person; both carry the process and the
correlation id of the work in progress."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator

import pytest

from bot.logging import configure_logging, correlated, resolve_format


@pytest.fixture
def restored_root() -> Iterator[None]:
    """The root logger's handlers and level, and Python's warnings, are put back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)


def written() -> io.StringIO:
    """What the configured handler writes (pytest swaps sys.stdout around each test phase)."""
    buffer = io.StringIO()
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(buffer)
    return buffer


@pytest.mark.usefixtures("restored_root")
def test_json_lines_carry_the_process_and_the_correlation_id() -> None:
    configure_logging("INFO", "json", process="worker")
    stdout = written()
    with correlated("c0ffee"):
        logging.getLogger("bot.outbox").info("outbox %s: sent", 7)
    logging.getLogger("bot.outbox").warning("no context")
    first, second = (json.loads(line) for line in stdout.getvalue().splitlines())
    assert first["process"] == "worker" and first["correlation_id"] == "c0ffee"
    assert first["msg"] == "outbox 7: sent" and first["level"] == "INFO"
    assert second["correlation_id"] is None


@pytest.mark.usefixtures("restored_root")
def test_text_lines_for_people() -> None:
    configure_logging("INFO", "text", process="web")
    stdout = written()
    with correlated("c0ffee"):
        logging.getLogger("bot.gateway").info("message %s stored", 3)
    line = stdout.getvalue().strip()
    assert line.endswith("INFO web bot.gateway [c0ffee]: message 3 stored")


def test_json_unless_a_person_watches_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # a pipe, a file, honcho
    assert resolve_format("") == "json"
    assert resolve_format("text") == "text"
