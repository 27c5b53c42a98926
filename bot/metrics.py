"""Prometheus metrics of every process, in Prometheus' conventions (`_total` counters,
`_seconds` in base units). Labels carry channels, kinds and outcomes, never member data.

Each process counts what it does and serves its own registry: web on `PORT` (/metrics), the
action server on `ACTIONS_PORT` (/metrics), the worker and the scheduler on
`WORKER_METRICS_PORT` and `SCHEDULER_METRICS_PORT` (`serve_metrics`). A metric another process
moves reads 0 (or has no series) here; Prometheus' `job`/`instance` labels tell them apart.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.exposition import ThreadingWSGIServer
from sqlalchemy import event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry(auto_describe=True)
# A turn waits on Rasa and the action server; a send on the provider's API.
TURN_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
SEND_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

# --- web: webhooks and the pipeline -------------------------------------------------------------
INBOUND = Counter(
    "assembly_inbound_messages_total", "Inbound messages stored", ["channel"], registry=REGISTRY
)
WEBHOOK_REJECTED = Counter(
    "assembly_webhook_rejected_total",
    "Webhooks refused (forged or malformed)",
    ["channel", "reason"],
    registry=REGISTRY,
)
DUPLICATES = Counter(
    "assembly_webhook_duplicates_total", "Webhook retries ignored", ["channel"], registry=REGISTRY
)
TURNS = Counter(
    "assembly_turns_total",
    "Inbound messages the pipeline finished, by how: rasa (its replies queued), gateway "
    "(answered before Rasa: keywords, safeguarding, unknown senders, takeovers), failed "
    "(the apology and a case)",
    ["channel", "outcome"],
    registry=REGISTRY,
)
TURN_SECONDS = Histogram(
    "assembly_turn_duration_seconds",
    "From the pipeline taking a message to its answers queued",
    ["channel"],
    buckets=TURN_BUCKETS,
    registry=REGISTRY,
)
RASA_LATENCY = Histogram(
    "assembly_rasa_seconds",
    "Time for Rasa to answer one member message",
    buckets=TURN_BUCKETS,
    registry=REGISTRY,
)
RASA_FAILURES = Counter(
    "assembly_rasa_failures_total", "Rasa or action server unavailable", registry=REGISTRY
)
ESCALATIONS = Counter(
    "assembly_escalations_total",
    "Cases opened for staff, by kind (db/cases.py), in whichever process opened them",
    ["kind"],
    registry=REGISTRY,
)
PIPELINE_BACKLOG = Gauge(
    "assembly_pipeline_backlog", "Inbound messages waiting for the pipeline", registry=REGISTRY
)

# --- the outbox: queued anywhere, sent by the worker --------------------------------------------
OUTBOX_QUEUED = Counter(
    "assembly_outbox_queued_total",
    "Outbox rows queued (committed), by channel and kind",
    ["channel", "kind"],
    registry=REGISTRY,
)
OUTBOX_SENT = Counter(
    "assembly_outbox_sent_total",
    "Outbox rows the provider accepted",
    ["channel", "kind"],
    registry=REGISTRY,
)
OUTBOX_FAILED = Counter(
    "assembly_outbox_failed_total",
    "Outbox rows finished as failed, by channel and error code",
    ["channel", "error"],
    registry=REGISTRY,
)
OUTBOX_RETRIES = Counter(
    "assembly_outbox_retries_total",
    "Sends put back for another attempt (429, 5xx, no connection)",
    ["channel"],
    registry=REGISTRY,
)
SEND_SECONDS = Histogram(
    "assembly_send_duration_seconds",
    "One provider API call",
    ["channel"],
    buckets=SEND_BUCKETS,
    registry=REGISTRY,
)
OUTBOX_LATENCY = Histogram(
    "assembly_outbox_latency_seconds",
    "From an outbox row becoming due to the provider accepting it",
    ["channel"],
    buckets=TURN_BUCKETS,
    registry=REGISTRY,
)
RATE_LIMIT_WAITS = Counter(
    "assembly_rate_limit_waits_total",
    "Sends that waited for the channel's rate limits",
    ["channel"],
    registry=REGISTRY,
)
RATE_LIMIT_WAIT_SECONDS = Counter(
    "assembly_rate_limit_wait_seconds_total",
    "Time sends spent waiting for the channel's rate limits",
    ["channel"],
    registry=REGISTRY,
)
PROVIDER_THROTTLED = Counter(
    "assembly_provider_throttled_total",
    "Provider answers asking us to slow down (HTTP 429)",
    ["channel"],
    registry=REGISTRY,
)
DELIVERY_STATUS = Counter(
    "assembly_delivery_status_total",
    "Provider status callbacks, by status",
    ["channel", "status"],
    registry=REGISTRY,
)

# --- the scheduler ------------------------------------------------------------------------------
REMINDERS_PLANNED = Counter(
    "assembly_reminders_planned_total", "Reminders queued for their send time", registry=REGISTRY
)
REMINDERS_SENT = Counter(
    "assembly_reminders_sent_total", "Reminders the provider accepted", registry=REGISTRY
)
SCHEDULER_LEADER = Gauge(
    "assembly_scheduler_leader",
    "1 while this scheduler holds the lock and runs the jobs, else 0",
    registry=REGISTRY,
)
SCHEDULER_JOBS = Counter(
    "assembly_scheduler_jobs_total",
    "Scheduler job runs, by job and outcome (ok, error)",
    ["job", "outcome"],
    registry=REGISTRY,
)

# --- the action server --------------------------------------------------------------------------
ACTIONS = Counter(
    "assembly_actions_total",
    "Action calls from Rasa, by action and HTTP status",
    ["action", "status"],
    registry=REGISTRY,
)
ACTION_SECONDS = Histogram(
    "assembly_action_duration_seconds",
    "One action call",
    ["action"],
    buckets=SEND_BUCKETS,
    registry=REGISTRY,
)


# --- counted on commit (db/session.count_on_commit) ---------------------------------------------


def _count_queued(channel: str, kind: str, amount: int) -> None:
    OUTBOX_QUEUED.labels(channel=channel, kind=kind).inc(amount)
    if kind == "reminder":
        REMINDERS_PLANNED.inc(amount)


_ON_COMMIT: dict[str, Callable[..., None]] = {
    "outbox_queued": _count_queued,
    "escalations": lambda kind, amount: ESCALATIONS.labels(kind=kind).inc(amount),
}


@event.listens_for(Session, "after_commit")
def _count_committed(session: Session) -> None:
    for (name, *labels), amount in session.info.pop("count_on_commit", {}).items():
        _ON_COMMIT[name](*labels, amount)


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop("count_on_commit", None)


# --- serving ------------------------------------------------------------------------------------


def may_read_metrics(client_host: str | None, authorization: str | None, token: str | None) -> bool:
    """Metrics name traffic and failures: this machine may read them, or, once METRICS_TOKEN
    is set, only a scraper bearing it (a reverse proxy makes everyone look local)."""
    if token:
        scheme, _, given = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), token.encode()
        )
    try:
        address = ipaddress.ip_address(client_host or "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def exposition() -> tuple[bytes, str]:
    """The registry in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No access lines: a scrape every 15 s says nothing."""


def serve_metrics(port: int, token: str | None, host: str = "127.0.0.1") -> Callable[[], None]:
    """GET /metrics on `host:port` from a daemon thread (the worker and the scheduler have no
    web server of their own); returns a function that stops it. Port 0: nothing is served. A
    port already taken is logged and skipped: metrics never stop the process."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        allowed = may_read_metrics(
            environ.get("REMOTE_ADDR"), environ.get("HTTP_AUTHORIZATION"), token
        )
        if environ.get("PATH_INFO") != "/metrics":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"see /metrics\n"]
        if not allowed:
            start_response("403 Forbidden", [("Content-Type", "text/plain")])
            return [b"metrics are served to this machine, or with the METRICS_TOKEN token\n"]
        body, content_type = exposition()
        start_response("200 OK", [("Content-Type", content_type)])
        return [body]

    if not port:
        return lambda: None
    try:
        server = make_server(host, port, app, ThreadingWSGIServer, handler_class=_QuietHandler)
    except OSError as error:
        log.warning("metrics not served: port %s is taken (%s)", port, error.strerror)
        return lambda: None
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    log.info("metrics on http://%s:%s/metrics", host, port)
    return server.shutdown
