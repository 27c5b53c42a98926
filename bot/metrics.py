"""Prometheus metrics of the gateway process (GET /metrics). Labels carry channels and
outcomes, never member data."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

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
RASA_LATENCY = Histogram(
    "assembly_rasa_seconds", "Time for Rasa to answer one member message", registry=REGISTRY
)
RASA_FAILURES = Counter(
    "assembly_rasa_failures_total", "Rasa or action server unavailable", registry=REGISTRY
)
ESCALATIONS = Counter(
    "assembly_escalations_total", "Conversations handed to staff", ["reason"], registry=REGISTRY
)
PIPELINE_BACKLOG = Gauge(
    "assembly_pipeline_backlog", "Inbound messages waiting for the pipeline", registry=REGISTRY
)
