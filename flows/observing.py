"""What the action server tells about each call from Rasa: a log line carrying the member
message's correlation id (the gateway puts it in the message metadata, Rasa hands it back in
the tracker's latest message), and the count and duration of every action."""

from __future__ import annotations

import json
import logging
import time
import zlib
from typing import Any

from sanic import Sanic
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.logging import set_correlation_id
from bot.metrics import ACTION_SECONDS, ACTIONS

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/webhook"


def action_call(request: Request) -> dict[str, Any]:
    """The call's JSON body (deflated or not); {} when it is not JSON."""
    try:
        body = request.body
        if (request.headers.get("Content-Encoding") or "").strip().lower() == "deflate":
            body = zlib.decompress(body)
        call = json.loads(body)
    except (ValueError, zlib.error):
        return {}
    return call if isinstance(call, dict) else {}


def correlation_id_of(call: dict[str, Any]) -> str | None:
    tracker = call.get("tracker") or {}
    metadata = ((tracker.get("latest_message") or {}) if isinstance(tracker, dict) else {}).get(
        "metadata"
    )
    value = metadata.get("correlation_id") if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and len(value) <= 64 else None


def observe(app: Sanic) -> None:
    """Log and count every action call (after the guard has let it through)."""

    async def started(request: Request) -> None:
        if request.path != WEBHOOK_PATH or request.method != "POST":
            return
        call = action_call(request)
        action = call.get("next_action")
        request.ctx.action = action if isinstance(action, str) else "unknown"
        request.ctx.started = time.perf_counter()
        # Sanic runs the handler in this request's task: its log lines carry the id too.
        set_correlation_id(correlation_id_of(call))
        log.info("action %s called", request.ctx.action)

    async def finished(request: Request, response: HTTPResponse) -> None:
        action = getattr(request.ctx, "action", None)
        if action is None:
            return
        elapsed = time.perf_counter() - request.ctx.started
        ACTIONS.labels(action=action, status=str(response.status)).inc()
        ACTION_SECONDS.labels(action=action).observe(elapsed)
        log.info("action %s answered %s in %.3f s", action, response.status, elapsed)

    app.on_request(started, priority=50)  # after the guard (priority 100)
    app.on_response(finished)
