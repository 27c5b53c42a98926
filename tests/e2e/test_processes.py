"""The Procfile's processes as `make run` runs them (`python -m bot web|worker|scheduler`, JSON
logs), on the session's Rasa and action server, against the Twilio stand-in: they start, report
ready and show up healthy in /healthz; whoever looks after the assistant can follow one member
message through every process's log by one correlation id, with no phone number, name or
message text in any line, and every process's /metrics shows what the message moved; and they
stop cleanly on Ctrl-C (SIGINT).

Starting the three processes is most of the cost, so the module starts them once and its tests
run in file order on that one deployment: healthy, one message followed, then Ctrl-C.
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from db.models import Member, Message, OutboxItem
from db.session import make_engine, make_session_factory
from tests.assistant import Assistant, free_port, start_processes
from tests.e2e.people import new_member
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM, wait_until

QUESTION = "When is the first weekend?"
PROCESSES = ("web", "worker", "scheduler")


Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


@dataclass
class Deployment:
    web: str
    scrape: dict[str, str]  # process -> its /metrics URL
    processes: dict[str, subprocess.Popen[bytes]]
    actions_log_start: int  # where the action server's log stood before they started
    outputs: dict[str, str] | None = None  # each process's whole output, once stopped

    def stop(self) -> dict[str, str]:
        """Ctrl-C (SIGINT) to every process still running, then each one's whole output. Once
        stopped, later calls return the same outputs."""
        if self.outputs is None:
            for process in self.processes.values():
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
            self.outputs = {
                name: process.communicate(timeout=30)[0].decode()
                for name, process in self.processes.items()
            }
        return self.outputs


@pytest.fixture(scope="module")
def deployment(assistant: Assistant, _twilio_api_server: FakeTwilioApi) -> Iterator[Deployment]:
    """web, worker and scheduler subprocesses for the whole module, serving /metrics; their
    output is read once they stop."""
    port, worker_port, scheduler_port = free_port(), free_port(), free_port()
    env = assistant.process_env(
        port,
        **_twilio_api_server.env(),
        PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        TWILIO_SMS_FROM=SMS_FROM,
        FEEDBACK_KEY="e2e-feedback-key-" + "x" * 32,
        WORKER_METRICS_PORT=str(worker_port),
        SCHEDULER_METRICS_PORT=str(scheduler_port),
        LOG_FORMAT="json",
    )
    actions_log_start = (assistant.var_dir / "actions.log").stat().st_size
    processes = start_processes(env, PROCESSES)
    deployment = Deployment(
        f"http://127.0.0.1:{port}",
        {
            "web": f"http://127.0.0.1:{port}/metrics",
            "worker": f"http://127.0.0.1:{worker_port}/metrics",
            "scheduler": f"http://127.0.0.1:{scheduler_port}/metrics",
            "actions": f"http://127.0.0.1:{assistant.actions_port}/metrics",
        },
        processes,
        actions_log_start,
    )
    try:
        wait_until(lambda: scrapeable(deployment), 60, "every process serving /metrics")
        yield deployment
    finally:
        deployment.stop()


def scrape(url: str) -> Samples:
    """Every sample of one process's /metrics, by name and labels."""
    text = httpx.get(url, timeout=5).raise_for_status().text
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def total(
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    wanted = set(labels.items())
    return sum(value for (n, found), value in samples.items() if n == name and wanted <= found)


def scrapeable(deployment: Deployment) -> bool:
    try:
        for url in deployment.scrape.values():
            scrape(url)
    except httpx.HTTPError:
        return False
    return True


def json_lines(output: str, process: str) -> list[dict]:
    """The process's log, every line a JSON object (anything else fails the test)."""
    lines = []
    for line in output.splitlines():
        if line.strip():
            try:
                lines.append(json.loads(line))
            except ValueError:
                raise AssertionError(f"{process} wrote a line that is not JSON: {line!r}") from None
    return lines


def test_processes_report_ready_and_healthy(deployment: Deployment) -> None:
    seen: list[dict] = [{}]  # the last /healthz answer, for the failure message

    def healthy() -> bool:
        with contextlib.suppress(httpx.HTTPError):
            seen[0] = httpx.get(f"{deployment.web}/healthz", timeout=5).json()
        return seen[0].get("status") == "ok"

    with contextlib.suppress(AssertionError):
        wait_until(healthy, 60, "/healthz saying ok")
    health = seen[0]
    assert health.get("status") == "ok", health
    assert set(health["checks"]) == {"db", "rasa", "actions", "worker", "scheduler"}
    metrics = httpx.get(deployment.scrape["web"], timeout=5)
    assert "assembly_inbound_messages_total" in metrics.text


def test_one_message_is_followed_by_one_correlation_id_and_moves_every_process_metrics(
    assistant: Assistant, deployment: Deployment, twilio_api: FakeTwilioApi
) -> None:
    sessions = make_session_factory(make_engine(assistant.database_url))
    phone = new_member(SimpleNamespace(services=SimpleNamespace(sessions=sessions)), "Zebedee")
    with sessions() as session:
        member = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        names = (member.first_name, member.last_name)

    before = {name: scrape(url) for name, url in deployment.scrape.items()}

    form = twilio_api.inbound_form(phone, SMS_FROM, QUESTION)
    url = f"{deployment.web}/webhooks/twilio/messages"
    headers = {"X-Twilio-Signature": twilio_api.signature(url, form)}
    assert httpx.post(url, data=form, headers=headers, timeout=10).status_code == 200
    reply = wait_until(
        lambda: [m for m in twilio_api.sent_messages() if m["to"] == phone], 60, "the reply"
    )[0]
    assert twilio_api.post_status_callback(reply["sid"], "delivered").status_code == 204
    with sessions() as session:
        inbound = session.execute(
            select(Message).where(Message.provider_id == form["MessageSid"])
        ).scalar_one()
        correlation_id = inbound.correlation_id
        outbox = session.execute(
            select(OutboxItem).where(OutboxItem.provider_id == reply["sid"])
        ).scalar_one()
    assert correlation_id and outbox.correlation_id == correlation_id
    wait_until(
        lambda: total(scrape(deployment.scrape["web"]), "assembly_delivery_status_total"),
        10,
        "the status callback counted",
    )
    after = {name: scrape(url) for name, url in deployment.scrape.items()}

    def moved(process: str, name: str, **labels: str) -> float:
        return total(after[process], name, **labels) - total(before[process], name, **labels)

    assert moved("web", "assembly_inbound_messages_total", channel="sms") == 1
    assert moved("web", "assembly_turns_total", channel="sms", outcome="rasa") == 1
    assert moved("web", "assembly_turn_duration_seconds_count", channel="sms") == 1
    assert moved("web", "assembly_outbox_queued_total", channel="sms", kind="reply") >= 1
    assert moved("web", "assembly_delivery_status_total", status="delivered") == 1
    assert moved("worker", "assembly_outbox_sent_total", channel="sms", kind="reply") >= 1
    assert moved("worker", "assembly_send_duration_seconds_count", channel="sms") >= 1
    # The scheduler's counters moved from 0 at its start (its jobs run every few seconds).
    assert total(after["scheduler"], "assembly_scheduler_jobs_total", job="lease", outcome="ok")
    assert ("assembly_scheduler_leader", frozenset()) in after["scheduler"]
    assert moved("actions", "assembly_actions_total", status="200") >= 1

    # Every line each process wrote, read once Ctrl-C has stopped them.
    outputs = dict(deployment.stop())
    actions_log = (assistant.var_dir / "actions.log").read_bytes()
    outputs["actions"] = actions_log[deployment.actions_log_start :].decode()
    logs = {name: json_lines(output, name) for name, output in outputs.items()}
    ours = {
        name: [line["msg"] for line in lines if line["correlation_id"] == correlation_id]
        for name, lines in logs.items()
    }
    assert any("stored" in msg for msg in ours["web"]), ours
    assert any("answered by rasa" in msg for msg in ours["web"]), ours
    assert any("twilio says delivered" in msg for msg in ours["web"]), ours
    assert any("called" in msg for msg in ours["actions"]), ours
    assert any(f"sent as sms {reply['sid']}" in msg for msg in ours["worker"]), ours

    everything = "\n".join(outputs.values())
    for secret in (phone, phone.removeprefix("+"), *names, QUESTION, reply["body"]):
        assert secret not in everything, f"{secret!r} is in a log"


def test_processes_stop_cleanly_on_ctrl_c(deployment: Deployment) -> None:
    outputs = deployment.stop()
    for name, process in deployment.processes.items():
        assert process.returncode in (0, -signal.SIGINT), (name, outputs[name][-2000:])
        assert "ready" in outputs[name], (name, outputs[name][-2000:])
