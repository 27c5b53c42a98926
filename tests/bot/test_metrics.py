"""GET /metrics names escalation reasons and traffic: this machine may read it, or a scraper
with METRICS_TOKEN; everyone else gets 403."""

from __future__ import annotations

import json
import re

import httpx
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.metrics import REGISTRY, serve_metrics
from bot.settings import REPO_ROOT, Settings
from db.cases import open_case
from db.queries import conversation_for, identity_for
from db.session import make_engine, make_session_factory
from tests.assistant import free_port

LOOPBACK = ("127.0.0.1", 40000)
REMOTE = ("203.0.113.5", 40000)
TOKEN = "metrics-token-for-the-scraper"


def metrics(settings: Settings, client: tuple[str, int], **headers: str) -> object:
    app = create_app(settings, start_pipeline=False)
    return TestClient(app, client=client).get("/metrics", headers=headers)


def test_metrics_are_refused_to_a_client_from_another_machine(settings: Settings) -> None:
    response = metrics(settings, REMOTE)
    assert response.status_code == 403
    assert "assembly_escalations_total" not in response.text


def test_metrics_are_served_to_this_machine_in_prometheus_format(settings: Settings) -> None:
    response = metrics(settings, LOOPBACK)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    assert "# TYPE assembly_escalations_total counter" in response.text


def test_with_metrics_token_set_only_its_bearer_reads_metrics(settings: Settings) -> None:
    guarded = settings.model_copy(update={"METRICS_TOKEN": TOKEN})
    assert metrics(guarded, REMOTE, Authorization=f"Bearer {TOKEN}").status_code == 200
    assert metrics(guarded, REMOTE, Authorization="Bearer wrong-token").status_code == 403
    assert metrics(guarded, LOOPBACK).status_code == 403  # a local proxy makes everyone local


def test_the_worker_and_scheduler_metrics_server_answers_like_the_gateway() -> None:
    """/metrics in Prometheus format for this machine; with METRICS_TOKEN only for its bearer;
    a second process on a taken port logs it and runs on, rather than dying for metrics."""
    port = free_port()
    stop = serve_metrics(port, None)
    try:
        serve_metrics(port, None)()  # the port is taken: logged, not raised
        response = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert response.status_code == 200
        assert "# TYPE assembly_outbox_sent_total counter" in response.text
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 404
    finally:
        stop()
    port = free_port()
    stop = serve_metrics(port, TOKEN)
    try:
        url = f"http://127.0.0.1:{port}/metrics"
        assert httpx.get(url, timeout=5).status_code == 403
        headers = {"Authorization": f"Bearer {TOKEN}"}
        assert httpx.get(url, headers=headers, timeout=5).status_code == 200
    finally:
        stop()


def test_the_grafana_dashboard_queries_only_metrics_the_processes_export() -> None:
    """ops/grafana/assembly.json is valid JSON, and every assembly_* series it draws exists."""
    dashboard = json.loads((REPO_ROOT / "ops" / "grafana" / "assembly.json").read_text())
    exported = {
        sample_name
        for family in REGISTRY.collect()
        for sample_name in (
            family.name,
            f"{family.name}_total",
            f"{family.name}_bucket",
            f"{family.name}_count",
            f"{family.name}_sum",
        )
    }
    queried = {
        name
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"\bassembly_[a-z_]+", target["expr"])
    }
    assert queried, "the dashboard draws nothing"
    assert queried <= exported, sorted(queried - exported)


def escalations(kind: str) -> float:
    return REGISTRY.get_sample_value("assembly_escalations_total", {"kind": kind}) or 0.0


def test_escalations_are_counted_by_case_kind_once_committed(database_url: str) -> None:
    """Every kind of case counts (a complaint, a claim over its cap), not only pipeline
    failures, and only once its transaction commits."""
    sessions = make_session_factory(make_engine(database_url))
    before = {kind: escalations(kind) for kind in ("complaint", "claim")}
    with sessions() as session, session.begin():
        conversation = conversation_for(session, identity_for(session, "sms", "+447700900321"))
        assert open_case(session, conversation, "complaint: the venue was cold")
        assert open_case(session, conversation, "claim 7 is over the travel cap")
    with sessions() as session:
        session.begin()
        conversation = conversation_for(session, identity_for(session, "sms", "+447700900322"))
        assert open_case(session, conversation, "complaint: rolled back")
        session.rollback()
    assert escalations("complaint") == before["complaint"] + 1
    assert escalations("claim") == before["claim"] + 1
