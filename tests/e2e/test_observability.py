"""Whoever looks after the assistant can follow one member message through every process's
log by one correlation id, with no phone number, name or message text in any line, and every
process's /metrics shows what the message moved.

The web, worker and scheduler run as the Procfile runs them (`python -m bot web|worker|
scheduler`, JSON logs), on the session's Rasa and action server, against the Twilio stand-in.
"""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace

import httpx
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


@contextmanager
def deployed(assistant: Assistant, twilio_api: FakeTwilioApi) -> Iterator[Deployment]:
    """web, worker and scheduler subprocesses; their output is read once they stop."""
    port, worker_port, scheduler_port = free_port(), free_port(), free_port()
    env = assistant.process_env(
        port,
        **twilio_api.env(),
        PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        TWILIO_SMS_FROM=SMS_FROM,
        FEEDBACK_KEY="e2e-feedback-key-" + "x" * 32,
        WORKER_METRICS_PORT=str(worker_port),
        SCHEDULER_METRICS_PORT=str(scheduler_port),
        LOG_FORMAT="json",
    )
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
    )
    try:
        yield deployment
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGINT)


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


def test_one_message_is_followed_by_one_correlation_id_and_moves_every_process_metrics(
    assistant: Assistant, twilio_api: FakeTwilioApi
) -> None:
    sessions = make_session_factory(make_engine(assistant.database_url))
    phone = new_member(SimpleNamespace(services=SimpleNamespace(sessions=sessions)), "Zebedee")
    with sessions() as session:
        member = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        names = (member.first_name, member.last_name)
    actions_log = assistant.var_dir / "actions.log"
    actions_log_start = actions_log.stat().st_size

    with deployed(assistant, twilio_api) as deployment:
        wait_until(lambda: scrapeable(deployment), 60, "every process serving /metrics")
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

    outputs = {
        name: process.communicate(timeout=30)[0].decode()
        for name, process in deployment.processes.items()
    }
    outputs["actions"] = actions_log.read_bytes()[actions_log_start:].decode()
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
