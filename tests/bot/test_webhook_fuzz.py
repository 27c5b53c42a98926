"""Property: whatever body Twilio or Telegram (or someone holding their secret) posts, the
gateway answers without a 5xx and no exception escapes, not even one python-telegram-bot logs
and swallows (that is a message lost behind a 200).

Every generated request is signed or carries the webhook secret, so it reaches the parsing
code. Each property surveys all its examples, then fails listing every kind of failure with
the shortest body that showed it, so one run shows everything wrong rather than the first
thing. Short form by default (a fixed, derandomised set of examples per property: seconds);
FUZZ_EXAMPLES=10000 runs that many random ones. What was tried and found is printed at the end
of the module (under pytest-xdist, at the end of the run).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis.strategies import SearchStrategy

from bot.settings import Settings
from tests.conftest import print_run_notes
from tests.webhook_corpus import (
    ENDPOINTS,
    Endpoint,
    Outcome,
    WebhookGateway,
    bodies,
    running_webhook_gateway,
    seed_sent_messages,
    settings_on,
)
from tests.webhook_strategies import (
    TWILIO_STATUS,
    arbitrary_telegram_bodies,
    deeply_nested,
    twilio_message_forms,
    twilio_status_forms,
    updates_with_awkward_text,
    updates_with_wrong_types,
)

LONG_FORM_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or 0)
FUZZ = settings(
    max_examples=LONG_FORM_EXAMPLES or 60,
    derandomize=not LONG_FORM_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)


@dataclass
class Findings:
    """What one property tried, and each kind of failure with the shortest body showing it."""

    endpoint: Endpoint
    what: str
    database: str
    tried: int = 0
    failed: int = 0
    shortest: dict[str, str] = field(default_factory=dict)

    def record(self, payload: Any, outcome: Outcome) -> None:
        self.tried += 1
        if not outcome.failed:
            return
        self.failed += 1
        name, _, detail = (outcome.error or "").partition(": ")
        cause = detail.split(")")[0] + ")" if detail.startswith("(") else ""  # SQLAlchemy's
        kind = f"{outcome.status} {name} {cause}".strip()
        shown = repr(payload)
        if len(shown) > 300:
            shown = shown[:300] + f"... ({len(shown)} characters)"
        if kind not in self.shortest or len(shown) < len(self.shortest[kind]):
            self.shortest[kind] = shown

    def report(self) -> str:
        kinds = "".join(f"\n  {kind}: {body}" for kind, body in sorted(self.shortest.items()))
        return f"tried {self.tried}, 5xx or escaped {self.failed}{kinds}"


SURVEYS: list[Findings] = []


def databases() -> list[Any]:
    """The property on SQLite and on PostgreSQL."""
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", marks=pytest.mark.postgres, id="postgresql"),
    ]


@pytest.fixture
def gateway(
    request: pytest.FixtureRequest, database: str, stand_in_settings: Settings
) -> Iterator[WebhookGateway]:
    with running_webhook_gateway(settings_on(database, stand_in_settings, request)) as gateway:
        seed_sent_messages(gateway, bodies("twilio_status"))
        yield gateway


@pytest.fixture(scope="module", autouse=True)
def summary(request: pytest.FixtureRequest) -> Iterator[None]:
    """What the fuzzer tried and found, printed once the module is done."""
    yield
    lines = []
    for findings in SURVEYS:
        where = f"{findings.endpoint} ({findings.what}) on {findings.database}"
        lines.append(f"webhook fuzz, {where}: {findings.report()}")
    for endpoint in ENDPOINTS:
        tried = sum(f.tried for f in SURVEYS if f.endpoint == endpoint)
        failed = sum(f.failed for f in SURVEYS if f.endpoint == endpoint)
        lines.append(f"webhook fuzz, {endpoint}: tried {tried}, 5xx or escaped {failed}")
    print_run_notes(request.config, lines)


def survey(
    gateway: WebhookGateway,
    database: str,
    endpoint: Endpoint,
    what: str,
    payloads: SearchStrategy[Any],
    *examples: Any,
) -> None:
    """Post the examples, then the generated payloads; fail at the end if any got a 5xx or
    raised, naming each kind of failure."""
    findings = Findings(endpoint, what, database)
    SURVEYS.append(findings)

    def post(payload: Any) -> None:
        findings.record(payload, gateway.post(endpoint, payload))

    test: Callable[..., None] = given(payload=payloads)(post)
    for payload in reversed(examples):
        test = example(payload=payload)(test)
    FUZZ(test)()
    assert findings.failed == 0, findings.report()


@pytest.mark.parametrize("database", databases())
def test_twilio_message_forms(gateway: WebhookGateway, database: str) -> None:
    nul = {"MessageSid": "SM" + "0" * 32, "From": "+447700900201", "Body": "\x00"}
    survey(gateway, database, "twilio_messages", "forms", twilio_message_forms(), nul)


@pytest.mark.parametrize("database", databases())
def test_twilio_status_callbacks(gateway: WebhookGateway, database: str) -> None:
    sent = TWILIO_STATUS[0]["MessageSid"]  # a message we sent (seeded)
    not_a_number = {"MessageSid": sent, "MessageStatus": "failed", "ErrorCode": "x"}
    too_long = {"MessageSid": sent, "MessageStatus": "failed", "ErrorCode": "0" * 21}
    payloads = twilio_status_forms()
    survey(gateway, database, "twilio_status", "callbacks", payloads, not_a_number, too_long)


PRIVATE_CHAT = {"id": 1001, "type": "private", "first_name": "Sam"}


def private_message(update_id: int, **fields: Any) -> dict[str, Any]:
    message = {"message_id": 1, "date": 1, "chat": PRIVATE_CHAT, **fields}
    return {"update_id": update_id, "message": message}


@pytest.mark.parametrize("database", databases())
def test_telegram_updates_with_wrong_types(gateway: WebhookGateway, database: str) -> None:
    examples = (
        {"update_id": 1, "callback_query": False},
        private_message(2, chat={"id": {}, "type": "private"}, text="hello"),
        {"update_id": 3, "message": {"message_id": 1, "date": 1, "text": "hello"}},
        private_message(4, text={"a": 1}),
    )
    survey(gateway, database, "telegram", "wrong types", updates_with_wrong_types(), *examples)


@pytest.mark.parametrize("database", databases())
def test_telegram_updates_with_awkward_text(gateway: WebhookGateway, database: str) -> None:
    examples = private_message(5, text="\ud800"), private_message(6, text="a\x00b")
    survey(gateway, database, "telegram", "awkward text", updates_with_awkward_text(), *examples)


@pytest.mark.parametrize("database", databases())
def test_arbitrary_telegram_bodies(gateway: WebhookGateway, database: str) -> None:
    examples = deeply_nested(50_000, inside_update=False), {"update_id": False, "message": False}
    survey(gateway, database, "telegram", "any body", arbitrary_telegram_bodies(), *examples)
