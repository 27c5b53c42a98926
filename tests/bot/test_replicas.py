"""Several gateway replicas on one database, and a pool of Rasa servers.

Every web process runs the inbound pipeline. Two of them on one PostgreSQL database must
process each stored message once, in order per conversation; a conversation whose replica died
mid-turn is carried on by another once its claim lapses, without sending the turn to Rasa
again. The gateway spreads turns over RASA_URLS, goes on to another server when one refuses
or fails, and never sends a turn twice (tests/fakes/rasa_stand_in.py stands in for Rasa).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.gateway import pipeline as pipeline_module
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.members.roster import import_roster
from bot.settings import Settings
from db.models import Base, ConversationClaim, Message, OutboxItem
from db.session import make_engine
from db.types import utcnow
from tests.assistant import free_port
from tests.conftest import SAMPLE_ROSTER, make_settings
from tests.fakes.rasa_stand_in import RanTurn, RasaStandIn, SharedTracker
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway

SMS_MEMBERS = ("+447700900100", "+447700900101", "+447700900102")


@pytest.fixture
def rasa_pair() -> Iterator[tuple[RasaStandIn, RasaStandIn]]:
    tracker = SharedTracker()
    first, second = RasaStandIn("a", tracker).start(), RasaStandIn("b", tracker).start()
    try:
        yield first, second
    finally:
        first.stop()
        second.stop()


def pool_settings(tmp_path: Path, *urls: str, **overrides: object) -> Settings:
    values: dict[str, object] = {"RASA_URLS": ",".join(urls), "RASA_REST_SECONDS": 0.2}
    values.update(overrides)
    return make_settings(tmp_path, Path("config.yml"), "sqlite://", **values)


def replies(gateway: Gateway) -> list[tuple[str, str | None]]:
    """(idempotency key, text) of every queued reply."""
    with gateway.services.sessions() as session:
        rows = session.execute(select(OutboxItem.idempotency_key, OutboxItem.body)).all()
    return [(row.idempotency_key, row.body) for row in rows]


@pytest.fixture
def on_postgres(
    postgres_url: str,
    tmp_path: Path,
    config_path: Path,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_pair: tuple[RasaStandIn, RasaStandIn],
) -> Settings:
    """Gateway settings on the test PostgreSQL database, turns spread over both stand-ins."""
    Base.metadata.create_all(make_engine(postgres_url))
    urls = ",".join(server.base_url for server in rasa_pair)
    return gateway_settings(
        tmp_path, config_path, postgres_url, twilio_api, telegram_api, RASA_URLS=urls
    )


@pytest.mark.postgres
def test_two_replicas_process_each_message_once_in_order_per_conversation(
    on_postgres: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_pair: tuple[RasaStandIn, RasaStandIn],
) -> None:
    settings = on_postgres
    with ExitStack() as replicas:
        gateways = [
            replicas.enter_context(
                running_gateway(settings, twilio_api, telegram_api, worker=False)
            )
            for _ in range(2)
        ]
        with gateways[0].services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        for n in range(4):  # each member's messages arrive at either replica, in turn
            for m, phone in enumerate(SMS_MEMBERS):
                assert gateways[(n + m) % 2].sms(phone, f"{phone} says {n}").status_code == 200
        gateways[0].wait_processed(timeout=30)

    tracker = rasa_pair[0].tracker
    assert set(tracker.times_each_message_ran().values()) == {1}  # nothing went twice
    for phone in SMS_MEMBERS:
        said = [turn.text for turn in tracker.ran() if turn.text.startswith(phone)]
        assert said == [f"{phone} says {n}" for n in range(4)]  # in the order they wrote
    assert {turn.server for turn in tracker.ran()} == {"a", "b"}  # both Rasa servers served
    answers = replies(gateways[0])
    assert len(answers) == len({key for key, _ in answers}) == 12


@pytest.mark.postgres
def test_a_message_stored_by_another_replica_is_taken_by_the_holder_without_a_look(
    on_postgres: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_pair: tuple[RasaStandIn, RasaStandIn],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No look for unprocessed messages after start-up: only a wake can reach a message.
    monkeypatch.setattr(pipeline_module, "POLL_SECONDS", 3600.0)
    settings = on_postgres
    phone = SMS_MEMBERS[0]
    with ExitStack() as replicas:
        # The holder runs alone for the first message, so no other replica can race it for
        # the claim; the other starts once the claim is held.
        holder = replicas.enter_context(
            running_gateway(settings, twilio_api, telegram_api, worker=False)
        )
        with holder.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        assert holder.sms(phone, "first").status_code == 200
        holder.wait_processed(timeout=30)
        with holder.services.sessions() as session:
            [claim] = session.scalars(select(ConversationClaim)).all()
        assert claim.holder == holder.client.app.state.pipeline.claims.holder  # kept after the turn
        other = replicas.enter_context(
            running_gateway(settings, twilio_api, telegram_api, worker=False)
        )
        assert other.sms(phone, "second").status_code == 200
        holder.wait_processed(timeout=30)  # the holder was told, through the database
    said = [turn.text for turn in rasa_pair[0].tracker.ran()]
    assert said == ["first", "second"]
    # Both replicas stopped: their claims were given back.
    with make_engine(settings.DATABASE_URL).connect() as connection:
        assert connection.execute(select(ConversationClaim)).all() == []


def test_a_conversation_whose_replica_died_mid_turn_is_carried_on_without_a_second_turn(
    stand_in_settings: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_pair: tuple[RasaStandIn, RasaStandIn],
) -> None:
    rasa = rasa_pair[0]
    settings = stand_in_settings.model_copy(
        update={"RASA_URL": rasa.base_url, "INBOUND_LEASE_SECONDS": 1.5}
    )
    with running_gateway(settings, twilio_api, telegram_api, worker=False) as gateway:
        with gateway.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        gateway.sms(SMS_MEMBERS[0], "hello")
        gateway.wait_processed()
        time.sleep(1.6)  # this replica's own claim, kept after "hello", lapses
        # Another replica claimed the conversation, sent the next message to Rasa (which ran
        # the turn) and was killed before queueing the reply.
        with gateway.services.sessions() as session, session.begin():
            [first] = session.scalars(select(Message).where(Message.direction == "in")).all()
            session.merge(
                ConversationClaim(
                    conversation_id=first.conversation_id,
                    holder="dead-replica",
                    expires_at=utcnow() + timedelta(seconds=1.5),
                )
            )
        gateway.sms(SMS_MEMBERS[0], "where is the venue?")
        with gateway.services.sessions() as session, session.begin():
            second = session.scalars(
                select(Message).where(Message.direction == "in", Message.id != first.id)
            ).one()
            second.sent_to_rasa_at = utcnow()
            second_id, sender = second.id, second.conversation.rasa_sender_id
        rasa.tracker.record(RanTurn("a", sender, "where is the venue?", second_id))

        time.sleep(0.8)  # the pipeline looked (it polls every second) and left it alone
        assert gateway._unprocessed() == 1
        gateway.wait_processed(timeout=10)  # once the dead replica's claim lapsed
        answers = replies(gateway)
    assert rasa.tracker.times_each_message_ran()[second_id] == 1  # not sent to Rasa again
    assert sorted(body for _, body in answers) == ["re: hello", "re: where is the venue?"]


def test_turns_are_spread_over_the_pool_and_a_refusing_server_is_skipped(
    tmp_path: Path, rasa_pair: tuple[RasaStandIn, RasaStandIn]
) -> None:
    down = f"http://127.0.0.1:{free_port()}"  # nothing listens: connections are refused
    settings = pool_settings(tmp_path, down, *(server.base_url for server in rasa_pair))

    async def talk() -> list[str]:
        client = RasaClient(settings)
        try:
            answers = []
            for n in range(6):
                sent = await client.send_message("sender-1", f"hi {n}", {"message_id": n})
                answers.append(sent[0]["text"])
            return answers
        finally:
            await client.aclose()

    assert asyncio.run(talk()) == [f"re: hi {n}" for n in range(6)]
    tracker = rasa_pair[0].tracker
    assert tracker.times_each_message_ran() == {n: 1 for n in range(6)}
    served = [turn.server for turn in tracker.ran()]
    assert served.count("a") == served.count("b") == 3


def test_a_turn_that_timed_out_on_one_server_is_settled_through_another_not_sent_twice(
    tmp_path: Path, rasa_pair: tuple[RasaStandIn, RasaStandIn]
) -> None:
    first, second = rasa_pair
    # The timeout leaves a loaded machine time to start the turn on the first server, which
    # then answers too late.
    settings = pool_settings(tmp_path, first.base_url, second.base_url, RASA_TIMEOUT_SECONDS=1.5)
    first.hold_next = 4.0

    async def talk() -> list[dict[str, object]]:
        client = RasaClient(settings)
        try:
            return await client.send_message("sender-2", "is lunch provided?", {"message_id": 7})
        finally:
            await client.aclose()

    assert [reply["text"] for reply in asyncio.run(talk())] == ["re: is lunch provided?"]
    assert [(turn.server, turn.message_id) for turn in first.tracker.ran()] == [("a", 7)]


def test_a_server_failing_its_health_check_gets_no_turns_until_it_passes(
    tmp_path: Path, rasa_pair: tuple[RasaStandIn, RasaStandIn]
) -> None:
    first, second = rasa_pair
    settings = pool_settings(tmp_path, first.base_url, second.base_url, RASA_TIMEOUT_SECONDS=0.5)

    async def talk() -> None:
        client = RasaClient(settings)
        try:
            first.hold_next, first.healthy = 2.0, False  # one failed turn, then unwell
            await client.send_message("sender-3", "hello", {"message_id": 1})
            for n in range(2, 6):
                await asyncio.sleep(0.1)  # past RASA_REST_SECONDS: the pool checks it again
                await client.send_message("sender-3", "hello", {"message_id": n})
            first.healthy = True
            await asyncio.sleep(0.25)
            for n in range(6, 10):
                await client.send_message("sender-3", "hello", {"message_id": n})
        finally:
            await client.aclose()

    asyncio.run(talk())
    served = {turn.message_id: turn.server for turn in first.tracker.ran()}
    assert {served[n] for n in range(2, 6)} == {"b"}  # skipped while its check failed
    assert {served[n] for n in range(6, 10)} == {"a", "b"}  # back in turn once it passes


def test_turns_beyond_the_concurrency_wait_in_the_gateway_not_in_rasa(
    tmp_path: Path, rasa_pair: tuple[RasaStandIn, RasaStandIn]
) -> None:
    server = rasa_pair[0]
    server.delay = 0.1
    settings = pool_settings(tmp_path, server.base_url, RASA_CONCURRENCY=3)

    async def talk() -> list[list[dict[str, object]]]:
        client = RasaClient(settings)
        try:
            return await asyncio.gather(
                *(client.send_message(f"s{n}", "hi", {"message_id": n}) for n in range(20))
            )
        finally:
            await client.aclose()

    assert all(replies for replies in asyncio.run(talk()))
    assert server.most_in_flight == 3


def test_a_pool_with_every_server_down_is_rasa_unavailable(tmp_path: Path) -> None:
    settings = pool_settings(tmp_path, *(f"http://127.0.0.1:{free_port()}" for _ in range(2)))

    async def talk() -> None:
        client = RasaClient(settings)
        try:
            await client.send_message("sender-4", "hello", {"message_id": 1})
        finally:
            await client.aclose()

    with pytest.raises(RasaUnavailable):
        asyncio.run(talk())


def test_healthz_names_each_rasa_server_and_is_ok_while_one_answers(
    stand_in_settings: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_pair: tuple[RasaStandIn, RasaStandIn],
) -> None:
    up, down = rasa_pair[0].base_url, f"http://127.0.0.1:{free_port()}"
    settings = stand_in_settings.model_copy(update={"RASA_URLS": f"{up},{down}"})
    with running_gateway(settings, twilio_api, telegram_api, worker=False) as gateway:
        rasa = gateway.client.get("/healthz").json()["checks"]["rasa"]
    assert rasa["ok"] is True
    assert {url: check["ok"] for url, check in rasa["servers"].items()} == {up: True, down: False}
