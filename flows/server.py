"""`python -m bot actions`: rasa-sdk's action server serving this package, to Rasa only.

An action reads and changes a member's records for whichever conversation the call names, so
the server must answer no one but our Rasa:
- it listens on ACTIONS_HOST, the loopback address unless set otherwise;
- every call except `GET /health` must carry `Authorization: Bearer <ACTIONS_SECRET>` (Rasa
  sends it: `python -m bot rasa` puts it in Rasa's endpoints file), compared in constant time;
  anything else gets 401;
- a body over ACTION_CALL_MAX_BYTES is refused with 413, raw (Sanic's own limit) or once
  inflated (Rasa may deflate its calls), so a small compressed body cannot exhaust memory;
- no cross-origin requests (a web page in a browser on the same machine cannot call it).
"""

from __future__ import annotations

import hmac
import logging
import zlib
from collections.abc import Callable

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.metrics import exposition, may_read_metrics
from bot.settings import Settings
from flows.observing import observe

log = logging.getLogger(__name__)

ACTION_CALL_MAX_BYTES = 1024 * 1024  # an action call is the domain plus one session's events
OPEN_PATHS = frozenset({"/health"})  # says only "running"; /healthz relies on it
METRICS_PATH = "/metrics"  # this machine or METRICS_TOKEN's bearer, like the gateway's
ENCODINGS = frozenset({"", "identity", "deflate"})


def _refusal(status: int, error: str) -> HTTPResponse:
    return response.json({"error": error}, status=status)


def carries_secret(request: Request, secret: str) -> bool:
    """Does the request's Authorization header hold the shared secret? (constant time)"""
    scheme, _, offered = (request.headers.get("Authorization") or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(
        offered.strip().encode(), secret.encode()
    )


def inflated_size_problem(request: Request, limit: int) -> HTTPResponse | None:
    """A refusal when a deflated body would inflate past `limit` or is not deflate at all;
    inflates at most `limit + 1` bytes to find out."""
    inflater = zlib.decompressobj()
    try:
        inflated = inflater.decompress(request.body, limit + 1)
    except zlib.error:
        return _refusal(400, "the body is not deflate-compressed")  # i18n-exempt: staff
    if len(inflated) > limit or inflater.unconsumed_tail:
        return _refusal(
            413, f"an action call inflates to at most {limit} bytes"
        )  # i18n-exempt: staff
    return None


def guard(
    app: Sanic, secret: str, limit: int = ACTION_CALL_MAX_BYTES, metrics_token: str | None = None
) -> None:
    """Refuse callers without the secret and bodies over `limit`, before any action runs."""
    app.config.REQUEST_MAX_SIZE = limit

    async def check(request: Request) -> HTTPResponse | None:
        if request.method == "OPTIONS" or request.path in OPEN_PATHS:
            return None
        if request.path == METRICS_PATH:
            authorization = request.headers.get("Authorization")
            if may_read_metrics(request.ip, authorization, metrics_token):
                return None
            return _refusal(
                403, "metrics are served to this machine or with METRICS_TOKEN"
            )  # i18n-exempt: staff
        if not carries_secret(request, secret):
            return _refusal(401, "this server answers Rasa only")  # i18n-exempt: staff
        encoding = (request.headers.get("Content-Encoding") or "").strip().lower()
        if encoding not in ENCODINGS:
            return _refusal(415, f"unsupported Content-Encoding {encoding!r}")
        if encoding == "deflate":
            return inflated_size_problem(request, limit)
        return None

    async def http_error(_request: Request, error: SanicException) -> HTTPResponse:
        """Sanic's own refusals (413 for a body over the limit, 404, 405) keep their status;
        rasa-sdk's catch-all handler would make every one of them a 500."""
        return _refusal(error.status_code, str(error))

    app.on_request(check, priority=100)  # before rasa-sdk's own middleware
    app.exception(SanicException)(http_error)


def create_action_app(
    secret: str, package: str = "flows", metrics_token: str | None = None
) -> Sanic:
    """rasa-sdk's app serving `package`'s actions, guarded, observed, with GET /metrics."""
    from rasa_sdk.endpoint import create_app

    from flows.language import SpeakingExecutor

    executor = SpeakingExecutor()
    executor.register_package(package)
    app = create_app(executor, cors_origins=None)
    guard(app, secret, metrics_token=metrics_token)
    observe(app)

    @app.get(METRICS_PATH)
    async def metrics(_request: Request) -> HTTPResponse:
        body, content_type = exposition()
        return response.raw(body, content_type=content_type)

    return app


def run_action_server(
    settings: Settings, before_serving: Callable[[], None] = lambda: None
) -> None:
    """Serve the actions in this process; `before_serving` runs once everything is loaded (the
    CLI freezes the loaded objects out of the garbage collector's walk there)."""
    from flows.context import configure, context

    configure(None)
    context()  # fail now, not at the first member message, if the database is unreachable
    app = create_action_app(settings.ACTIONS_SECRET, metrics_token=settings.METRICS_TOKEN)
    app.prepare(
        host=settings.ACTIONS_HOST,
        port=settings.ACTIONS_PORT,
        single_process=True,
        motd=False,
        access_log=False,
    )
    log.info("actions ready on %s", settings.actions_url)
    before_serving()
    Sanic.serve_single(primary=app)
