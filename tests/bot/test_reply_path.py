"""The reply path's own cost: how many SQL statements, transactions and (on PostgreSQL, where
each is a round trip to the server that the member waits for) round trips one member message
takes, from the webhook storing it to the worker sending the reply, on SQLite and PostgreSQL;
and the per-stage timings it records for the benchmark (bot/timing.py). Rasa is stood in by an
HTTP mock that answers the risk parse and the turn; Twilio by its stand-in server. The counts
are exact: a change that adds a statement to the path fails here until its count is argued
for."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import Inbound, accept_inbound, store_inbound
from bot.gateway.pipeline import Pipeline
from bot.gateway.rasa_client import RasaClient
from bot.members.roster import import_roster
from bot.message_texts import apology
from bot.outbox.queue import send_to_identity
from bot.outbox.worker import Worker
from bot.services import Services
from bot.settings import Settings
from db.models import Base, Case, Conversation, Member, Message, OutboxItem
from db.queries import identity_and_conversation
from db.replies import Answers, queue_answers
from db.session import autocommitting, make_engine, make_session_factory
from db.types import utcnow
from tests.conftest import SAMPLE_ROSTER
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings

PHONE = "+447700900100"  # in the sample roster
ANSWER = "The venue is Walthamstow Assembly Hall."
ON_POSTGRES = [pytest.param("postgres_url", marks=pytest.mark.postgres)]
ON_BOTH_DATABASES = ["database_url", *ON_POSTGRES]


def stand_in_rasa(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/model/parse":
        ranking = [{"name": "ask_venue", "confidence": 0.93}]
        return httpx.Response(200, json={"intent": ranking[0], "intent_ranking": ranking})
    assert request.url.path == "/webhooks/rest/webhook"
    return httpx.Response(200, json=[{"recipient_id": "x", "text": ANSWER}])


@dataclass
class Cost:
    """What one stage took: SQL statements, commits, and round trips to the server: each
    statement, and on PostgreSQL each transaction's BEGIN and its COMMIT or ROLLBACK (a
    statement run outside a transaction has neither) and any ping before a checkout."""

    statements: int = 0
    commits: int = 0
    round_trips: int = 0


class Meter:
    """Counts an engine's work into the Cost being measured, if any."""

    def __init__(self, engine: Engine) -> None:
        self.cost: Cost | None = None
        self.postgres = engine.dialect.name == "postgresql"
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)
        event.listen(engine.pool, "reset", self._reset)
        ping = engine.dialect.do_ping

        def counted_ping(dbapi_connection: Any) -> bool:
            self._count(round_trips=1)
            return ping(dbapi_connection)

        engine.dialect.do_ping = counted_ping  # type: ignore[method-assign]

    @contextmanager
    def measuring(self) -> Iterator[Cost]:
        self.cost = Cost()
        try:
            yield self.cost
        finally:
            self.cost = None

    def _count(self, **amounts: int) -> None:
        if self.cost is not None:
            for name, amount in amounts.items():
                setattr(self.cost, name, getattr(self.cost, name) + amount)

    def _in_transaction(self, dbapi_connection: Any) -> bool:
        """On PostgreSQL: whether a transaction is open on the server (psycopg sends BEGIN
        before a statement when none is, unless in autocommit)."""
        if not self.postgres:
            return False
        return bool(dbapi_connection.info.transaction_status != TransactionStatus.IDLE)

    def _statement(self, connection: Any, *_args: Any) -> None:
        dbapi = connection.connection.dbapi_connection
        begins = self.postgres and not (dbapi.autocommit or self._in_transaction(dbapi))
        self._count(statements=1, round_trips=1 + begins)

    def _commit(self, connection: Any) -> None:
        ends = self._in_transaction(connection.connection.dbapi_connection)
        self._count(commits=1, round_trips=ends)

    def _rollback(self, connection: Any) -> None:
        self._count(round_trips=self._in_transaction(connection.connection.dbapi_connection))

    def _reset(self, dbapi_connection: Any, *_args: Any) -> None:
        self._count(round_trips=self._in_transaction(dbapi_connection))


@dataclass
class Stages:
    """One member message's cost: stored (the webhook's wait), taken through the pipeline as
    a webhook's wake does (to its reply queued), and the reply sent by the worker."""

    store: Cost
    pipeline: Cost
    worker: Cost


def onboarded_roster(settings: Settings) -> Services:
    """Services on the settings' database, the sample roster in it, every member onboarded."""
    services = Services.from_settings(settings)
    with services.sessions() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
        for member in session.query(Member):
            member.onboarding_state = "onboarded"
    return services


def reply_path(settings: Settings, count: int = 3) -> tuple[list[Stages], list[str]]:
    """`count` SMS from an onboarded member, each stored, answered and its reply sent before
    the next: what each took, and the bodies queued for the member."""
    services = onboarded_roster(settings)
    woken: list[int] = []
    services.wake_pipeline = woken.append
    meter = Meter(services.engine)
    client = httpx.AsyncClient(transport=httpx.MockTransport(stand_in_rasa))
    pipeline = Pipeline(services, RasaClient(settings, client))
    worker = Worker(services, "reply-path")
    costs: list[Stages] = []

    async def run() -> None:
        for n in range(count):
            with meter.measuring() as store:
                inbound = Inbound("sms", PHONE, f"SM-reply-path-{n}", f"where is the venue? {n}")
                assert await accept_inbound(services, inbound) is not None
            with meter.measuring() as through_pipeline:
                await pipeline._drain(woken.pop())
            with meter.measuring() as sending:
                assert await worker.run_once() == 1
            costs.append(Stages(store, through_pipeline, sending))
        await pipeline.rasa.aclose()
        await worker.channels.close()
        await worker.limiter.close()

    asyncio.run(run())
    sessions: sessionmaker[Session] = services.sessions
    with sessions() as session:
        bodies = list(session.execute(select(OutboxItem.body)).scalars())
    services.engine.dispose()
    return costs, [body or "" for body in bodies]


@pytest.fixture(params=ON_BOTH_DATABASES)
def path_settings(
    request: pytest.FixtureRequest,
    var_dir: Path,
    config_path: Path,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Settings:
    """Settings on SQLite or PostgreSQL, its tables created, with the Twilio stand-in."""
    database_url = request.getfixturevalue(request.param)
    Base.metadata.create_all(make_engine(database_url))
    return gateway_settings(var_dir, config_path, database_url, twilio_api, telegram_api)


def test_a_member_message_takes_one_commit_in_the_pipeline(path_settings: Settings) -> None:
    """A member's later message commits once: Rasa's reply queued with the message marked done
    (on PostgreSQL one statement outside a transaction, whose commit is its own). Noting that
    it goes to Rasa is a statement of its own, when routing it wrote nothing else. Every
    further commit is waiting the member pays for. The first message of a conversation also
    takes the conversation's claim (bot/gateway/claims.py) and links the sender in a
    transaction of its own; the claim is kept, so the member's next messages do not pay for
    it."""
    costs, bodies = reply_path(path_settings, 2)
    assert bodies == [ANSWER, ANSWER]
    assert [cost.pipeline.commits for cost in costs] == [1 + 2, 1]


def test_a_later_message_takes_a_round_trip_only_where_the_work_needs_one(
    path_settings: Settings,
) -> None:
    """A member's later message (the first also makes the claim, and links the sender):

    Stored: on PostgreSQL one statement outside a transaction that stores it, moves the
    sender's and conversation's last message times and tells the pipelines (db/inbound.py);
    on SQLite the identity with the conversation, the message, the two times.

    Through the pipeline, each outside a transaction: the message with its conversation and
    address; the identity with the conversation and the member; the mark that it goes to
    Rasa; Rasa's answer queued: on PostgreSQL one statement (db/replies.py) that writes the
    transcript line and the outbox row, moves the conversation's last message time, sends the
    NOTIFY to the worker and marks the message done, on SQLite those four in a transaction
    (no NOTIFY); the look for anonymous answers to scrub from Rasa's tracker; the look for a
    next message.

    Sent: (SQLite: the look for anything due) the claim, which returns what the send needs,
    (PostgreSQL: with its commit not waiting for the disk, and the give-back of rows that
    would overtake another worker's), then the mark that it is being sent and the mark that
    it was sent, each outside a transaction."""
    costs, _bodies = reply_path(path_settings)
    later = costs[-1]
    if path_settings.DATABASE_URL.startswith("postgresql"):
        assert (later.store.statements, later.store.round_trips) == (1, 1)
        assert later.pipeline.statements == 1 + 1 + 1 + 1 + 1 + 1
        assert later.pipeline.round_trips == 1 + 1 + 1 + 1 + 1 + 1
        assert later.worker.statements == 3 + 1 + 1
        assert later.worker.round_trips == (3 + 2) + 1 + 1
    else:
        assert later.store.statements == 4
        assert later.pipeline.statements == 1 + 1 + 1 + 4 + 1 + 1
        assert later.worker.statements == 1 + 1 + 1 + 1


@pytest.mark.parametrize("path_settings", ON_POSTGRES, indirect=True)
def test_a_first_contact_is_looked_for_once(path_settings: Settings) -> None:
    """On PostgreSQL, a sender's first message: the one-statement store finds no identity
    (outside a transaction); then, in a transaction, the identity, the conversation and the
    message inserted, the sender's and the conversation's last message times, and the NOTIFY
    to the pipelines, without looking for the sender again."""
    costs, _bodies = reply_path(path_settings, 1)
    first = costs[0].store
    assert (first.statements, first.round_trips) == (1 + 6, 1 + (6 + 2))


@pytest.mark.postgres
def test_answers_queued_again_under_their_keys_are_queued_once_in_order(
    postgres_url: str,
) -> None:
    """PostgreSQL's one-statement queue (db/replies.py): a message processed again after a
    crash queues its answers under the same keys, and the member gets each once, in order,
    each with one transcript line; the message is marked done and the conversation moved."""
    Base.metadata.create_all(make_engine(postgres_url))
    sessions = make_session_factory(make_engine(postgres_url))
    with sessions() as session, session.begin():
        identity, conversation = identity_and_conversation(session, "sms", PHONE)
        inbound = Message(
            conversation_id=conversation.id,
            channel="sms",
            direction="in",
            author="member",
            text="where is the venue?",
            created_at=utcnow(),
        )
        session.add(inbound)
        session.flush()
        where = (inbound.id, conversation.id, identity.id, None, "sms", PHONE, "reply")
    bodies = [("reply:1:0", ANSWER), ("reply:1:1", "Doors open at 9.")]
    with autocommitting(sessions) as session:
        assert queue_answers(session, Answers(*where, bodies)) == 2
        assert queue_answers(session, Answers(*where, bodies)) == 0
    with sessions() as session:
        queued = session.execute(select(OutboxItem).order_by(OutboxItem.id)).scalars().all()
        assert [row.body for row in queued] == [ANSWER, "Doors open at 9."]
        lines = select(Message).where(Message.direction == "out").order_by(Message.id)
        transcript = session.execute(lines).scalars().all()
        assert [line.text for line in transcript] == [ANSWER, "Doors open at 9."]
        assert [row.message_id for row in queued] == [line.id for line in transcript]
        assert session.get(Message, where[0]).processed_at is not None  # type: ignore[union-attr]
        assert session.get(Conversation, where[1]).last_message_at is not None  # type: ignore[union-attr]
    sessions.kw["bind"].dispose()


def test_rasa_answering_nothing_gets_the_apology_and_a_case(settings: Settings) -> None:
    """Queueing Rasa's replies reads nothing first; when there are none, the apology and the
    case read what they need themselves."""
    services = onboarded_roster(settings)

    def silent_rasa(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/webhooks/rest/webhook":
            return httpx.Response(200, json=[])
        return stand_in_rasa(request)

    client = httpx.AsyncClient(transport=httpx.MockTransport(silent_rasa))
    pipeline = Pipeline(services, RasaClient(settings, client))
    with services.sessions() as session, session.begin():
        inbound = Inbound("sms", PHONE, "SM-silence", "where is the venue?")
        stored = store_inbound(session, inbound)
    assert stored is not None

    async def run() -> None:
        await pipeline._drain(stored.conversation_id)
        await pipeline.rasa.aclose()

    asyncio.run(run())
    with services.sessions() as session:
        replies = select(OutboxItem.body).where(OutboxItem.kind == "reply")
        assert list(session.scalars(replies)) == [apology(services.config)]
        [case] = session.scalars(select(Case)).all()
        assert (case.conversation_id, case.kind) == (stored.conversation_id, "assistant_failure")
        assert session.get(Message, stored.message_id).processed_at is not None  # type: ignore[union-attr]
    services.engine.dispose()


def test_stage_timings_are_written_only_when_asked(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> None:
    timings = var_dir / "stages.jsonl"
    reply_path(gateway_settings(var_dir, config_path, database_url, twilio_api, telegram_api), 1)
    assert not timings.exists()

    url = database_url.replace("test.db", "other.db")  # a second fresh database
    Base.metadata.create_all(make_engine(url))
    settings = gateway_settings(
        var_dir, config_path, url, twilio_api, telegram_api, STAGE_TIMINGS_FILE=timings
    )
    reply_path(settings, 1)
    lines: list[dict[str, Any]] = [json.loads(line) for line in timings.read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["inbound", "pipeline", "worker"]
    stages = set(lines[1]) - {"kind"}
    assert {"pipeline pickup", "safeguarding", "route", "rasa turn", "outbox commit"} <= stages
    assert all(0 <= line[stage] < 10 for line in lines for stage in set(line) - {"kind"})


def test_a_reply_queued_again_under_its_key_is_in_the_outbox_and_the_transcript_once(
    sessions: sessionmaker[Session],
) -> None:
    """A message processed again after a crash queues its replies under the same keys: the
    member gets each once, and staff read each once in the conversation."""
    for _attempt in range(2):
        with sessions() as session, session.begin():
            identity, _conversation = identity_and_conversation(session, "sms", PHONE)
            send_to_identity(session, identity, key="reply:1:0", kind="reply", body=ANSWER)
    with sessions() as session:
        assert list(session.scalars(select(OutboxItem.body))) == [ANSWER]
        outgoing = select(Message.text).where(Message.direction == "out")
        assert list(session.scalars(outgoing)) == [ANSWER]
