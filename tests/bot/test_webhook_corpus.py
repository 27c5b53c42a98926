"""Every real webhook body in tests/data/webhooks through the real app: Twilio and Telegram get
a 2xx or 4xx, never a 5xx, and a message the assistant answers is stored exactly once, however
often the provider repeats it. A message lost here is a member who never hears back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from enum import Enum
from itertools import product
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.settings import REPO_ROOT
from db.models import Base, ChannelIdentity, OutboxItem
from db.session import make_engine
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings
from tests.webhook_corpus import (
    CORPUS_DIR,
    WebhookBody,
    WebhookGateway,
    bodies,
    running_webhook_gateway,
    seed_sent_messages,
)

INBOUND = bodies("twilio_messages") + bodies("telegram")
STATUS = bodies("twilio_status")
# Where a delivery status leaves a message we sent (the callbacks can arrive in any order).
STATUS_AFTER = {
    "queued": "sent",
    "sent": "sent",
    "delivered": "delivered",
    "read": "read",
    "undelivered": "undelivered",
    "failed": "failed",
}


class Stores(Enum):
    ONCE = "stored exactly once, and acknowledged"
    NOTHING = "acknowledged and not stored (nothing for the assistant to answer)"
    AT_MOST_ONCE = "not stored twice"


def expected_storage(body: WebhookBody) -> Stores:
    """A Twilio message from a phone number, a Telegram message, edit or reaction in a private
    chat and a button press are the member talking to the assistant; group chatter and anything
    without an E.164 sender is only held to "never twice"; channel posts, membership changes,
    group reactions and inline queries are for no one."""
    if body.endpoint == "twilio_messages":
        sender = body.form().get("From", "").removeprefix("whatsapp:")
        return Stores.ONCE if sender.startswith("+") else Stores.AT_MOST_ONCE
    update = body.update()
    message = update.get("message") or update.get("edited_message")
    if isinstance(message, dict):
        private = message.get("chat", {}).get("type") == "private"
        return Stores.ONCE if private else Stores.AT_MOST_ONCE
    if "message" in update.get("callback_query", {}):
        return Stores.ONCE
    reaction = update.get("message_reaction")
    if isinstance(reaction, dict) and reaction.get("chat", {}).get("type") == "private":
        return Stores.ONCE
    return Stores.NOTHING


def problems_with(gateway: WebhookGateway, body: WebhookBody) -> list[str]:
    """Post the body twice, as a provider retrying would; what went wrong, if anything."""
    payload = body.form() if body.endpoint != "telegram" else body.update()
    before = gateway.inbound_count()
    first = gateway.post(body.endpoint, payload)
    stored = gateway.inbound_count() - before
    repeat = gateway.post(body.endpoint, payload)
    stored_again = gateway.inbound_count() - before - stored
    problems = [f"{o.status} {o.error or ''}".strip() for o in (first, repeat) if o.failed]
    expected = expected_storage(body)
    acknowledged = 200 <= first.status < 300
    if expected is Stores.ONCE and (stored != 1 or not acknowledged):
        problems.append(f"answered {first.status} and stored {stored}: expected {expected.value}")
    if expected is Stores.NOTHING and (stored != 0 or not acknowledged):
        problems.append(f"answered {first.status} and stored {stored}: expected {expected.value}")
    if stored > 1 or stored_again:
        problems.append(f"stored {stored}, then {stored_again} more for the repeat")
    return problems


def contains_nul(body: WebhookBody) -> bool:
    return "%00" in body.path.read_text() or "\\u0000" in body.path.read_text()


def start_gateway(
    root: Path, database_url: str, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[WebhookGateway]:
    var_dir = root / "var"
    var_dir.mkdir(parents=True)
    config_path = root / "config.yml"
    shutil.copy(REPO_ROOT / "config.yml", config_path)
    Base.metadata.create_all(make_engine(database_url))
    settings = gateway_settings(var_dir, config_path, database_url, twilio_api, telegram_api)
    with running_webhook_gateway(settings) as gateway:
        seed_sent_messages(gateway, STATUS)
        yield gateway


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory,
    _twilio_api_server: FakeTwilioApi,
    _telegram_api_server: FakeTelegramApi,
) -> Iterator[WebhookGateway]:
    """One gateway (SQLite) for the whole module: starting one per body would cost ~0.25 s
    each, and every body has its own ids, so the bodies do not see each other. It uses the
    session's stand-in servers directly because nothing here looks at what they recorded."""
    root = tmp_path_factory.mktemp("corpus")
    url = f"sqlite:///{root / 'corpus.db'}"
    yield from start_gateway(root, url, _twilio_api_server, _telegram_api_server)


@pytest.fixture
def postgres_gateway(
    tmp_path: Path,
    postgres_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Iterator[WebhookGateway]:
    yield from start_gateway(tmp_path, postgres_url, twilio_api, telegram_api)


def test_the_corpus_has_every_kind_of_body_and_says_where_each_came_from() -> None:
    counts = {endpoint: len(bodies(endpoint)) for endpoint in ("twilio_messages", "telegram")}
    assert counts["twilio_messages"] >= 20 and counts["telegram"] >= 30 and len(STATUS) >= 10
    assert {expected_storage(body) for body in INBOUND} == set(Stores)
    sources = (CORPUS_DIR / "SOURCES.md").read_text()
    assert [b.id for b in bodies() if f"\n| {b.path.name} |" not in sources] == []


@pytest.mark.parametrize("body", INBOUND, ids=lambda body: body.id)
def test_a_real_body_is_answered_and_stored_once(
    gateway: WebhookGateway, body: WebhookBody
) -> None:
    assert problems_with(gateway, body) == []


@pytest.mark.parametrize("body", STATUS, ids=lambda body: body.id)
def test_a_real_status_callback_updates_the_message_it_names(
    gateway: WebhookGateway, body: WebhookBody
) -> None:
    form = body.form()
    first = gateway.post("twilio_status", form)
    queued = gateway.outbox_count()
    repeat = gateway.post("twilio_status", form)
    assert not first.failed and not repeat.failed, (first, repeat)
    assert 200 <= first.status < 300 and 200 <= repeat.status < 300
    assert gateway.outbox_count() == queued, "a repeated callback queued another message"
    with gateway.services.sessions() as session:
        item = session.execute(
            select(OutboxItem).where(OutboxItem.provider_id == form["MessageSid"])
        ).scalar_one()
        assert item.status == STATUS_AFTER[form["MessageStatus"]]
        assert item.error_code == form.get("ErrorCode")
        resend = session.execute(
            select(OutboxItem).where(OutboxItem.idempotency_key == f"corpus:{body.kind}:template")
        ).scalar_one_or_none()
        # Outside WhatsApp's 24-hour window the message goes again as its approved template.
        assert (resend is not None) == (form.get("ErrorCode") == "63016")
        if form.get("ErrorCode") == "21610":
            identity = session.get(ChannelIdentity, item.identity_id)
            assert identity is not None and identity.opted_out


# Telegram's update fields that carry an object; a sender may put anything there.
UPDATE_FIELDS = ("message", "edited_message", "channel_post", "callback_query", "my_chat_member")
NOT_AN_OBJECT = ("a string", "", 0, 5, True)


def test_an_update_whose_payload_is_not_an_object_gets_4xx(gateway: WebhookGateway) -> None:
    cases = product(UPDATE_FIELDS, NOT_AN_OBJECT)
    answers = {
        (name, value): gateway.post("telegram", {"update_id": 900_000 + n, name: value})
        for n, (name, value) in enumerate(cases)
    }
    assert {case: o for case, o in answers.items() if o.failed} == {}


@pytest.mark.postgres
def test_real_bodies_on_postgresql(postgres_gateway: WebhookGateway) -> None:
    found = {
        body.id: problems
        for body in INBOUND
        if not contains_nul(body) and (problems := problems_with(postgres_gateway, body))
    }
    assert found == {}


@pytest.mark.postgres
def test_a_real_body_with_nul_on_postgresql(postgres_gateway: WebhookGateway) -> None:
    with_nul = [body for body in INBOUND if contains_nul(body)]
    assert with_nul
    assert {body.id: problems_with(postgres_gateway, body) for body in with_nul} == {
        body.id: [] for body in with_nul
    }
