"""The reply path's own cost: how many transactions one member message takes in the pipeline,
and the per-stage timings it records for the benchmark (bot/timing.py). Rasa is stood in by
an HTTP mock that answers the risk parse and the turn."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import Inbound, store_inbound
from bot.gateway.pipeline import Pipeline
from bot.gateway.rasa_client import RasaClient
from bot.members.roster import import_roster
from bot.outbox.queue import send_to_identity
from bot.services import Services
from bot.settings import Settings
from db.models import Base, Member, Message, OutboxItem
from db.queries import identity_and_conversation
from db.session import make_engine
from tests.conftest import SAMPLE_ROSTER, make_settings

PHONE = "+447700900100"  # in the sample roster
ANSWER = "The venue is Walthamstow Assembly Hall."


def stand_in_rasa(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/model/parse":
        ranking = [{"name": "ask_venue", "confidence": 0.93}]
        return httpx.Response(200, json={"intent": ranking[0], "intent_ranking": ranking})
    assert request.url.path == "/webhooks/rest/webhook"
    return httpx.Response(200, json=[{"recipient_id": "x", "text": ANSWER}])


@dataclass
class Cost:
    """What the pipeline took for one message: commits and SQL statements."""

    commits: int = 0
    statements: int = 0


def answer_messages(settings: Settings, count: int = 1) -> tuple[list[Cost], list[str]]:
    """`count` SMS from an onboarded member, each stored and then taken through the pipeline:
    what each took in the pipeline (its store not counted), and the bodies queued for the
    member."""
    services = Services.from_settings(settings)
    with services.sessions() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
        for member in session.query(Member):
            member.onboarding_state = "onboarded"
    costs: list[Cost] = []
    counting: list[Cost] = []  # the message being taken through the pipeline, if any

    def counted(name: str) -> Callable[..., None]:
        def count(*_args: object) -> None:
            for cost in counting:
                setattr(cost, name, getattr(cost, name) + 1)

        return count

    event.listen(services.engine, "commit", counted("commits"))
    event.listen(services.engine, "before_cursor_execute", counted("statements"))
    client = httpx.AsyncClient(transport=httpx.MockTransport(stand_in_rasa))
    pipeline = Pipeline(services, RasaClient(settings, client))

    async def run() -> None:
        for n in range(count):
            with services.sessions() as session, session.begin():
                inbound = Inbound("sms", PHONE, f"SM-reply-path-{n}", "where is the venue?")
                store_inbound(session, inbound)
            costs.append(Cost())
            counting.append(costs[-1])
            await pipeline.drain_all()
            counting.clear()
        await pipeline.rasa.aclose()

    asyncio.run(run())
    sessions: sessionmaker[Session] = services.sessions
    with sessions() as session:
        bodies = list(session.execute(select(OutboxItem.body)).scalars())
    services.engine.dispose()
    return costs, [body or "" for body in bodies]


def test_a_member_message_takes_two_transactions_in_the_pipeline(settings: Settings) -> None:
    """One to route the message and note it goes to Rasa, one to queue Rasa's reply (with
    the message marked done): every further commit is waiting the member pays for. The first
    message of a conversation also takes the conversation's claim (bot/gateway/claims.py);
    the claim is kept, so the member's next messages do not pay for it."""
    costs, bodies = answer_messages(settings, 2)
    assert bodies == [ANSWER, ANSWER]
    assert [cost.commits for cost in costs] == [1 + 2, 2]


def test_a_later_message_takes_a_round_trip_only_where_the_work_needs_one(
    settings: Settings,
) -> None:
    """Each statement is a round trip to the database, which on PostgreSQL the member waits
    for. A member's later message takes: the look for conversations with messages waiting
    (drain_all's, which a webhook's wake skips); its message with its conversation; the
    identity with the conversation and the member, and the mark that it goes to Rasa; the
    transcript line, the outbox row, the conversation's last message time and the message
    marked done; the look for anonymous answers to scrub from Rasa's tracker; and the look
    for a next message."""
    costs, _bodies = answer_messages(settings, 2)
    assert costs[1].statements == 1 + 1 + 2 + 4 + 1 + 1


def test_stage_timings_are_written_only_when_asked(
    var_dir: Path, config_path: Path, database_url: str
) -> None:
    timings = var_dir / "stages.jsonl"
    answer_messages(make_settings(var_dir, config_path, database_url))
    assert not timings.exists()

    url = database_url.replace("test.db", "other.db")  # a second fresh database
    Base.metadata.create_all(make_engine(url))
    answer_messages(make_settings(var_dir, config_path, url, STAGE_TIMINGS_FILE=timings))
    lines: list[dict[str, Any]] = [json.loads(line) for line in timings.read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["pipeline"]
    stages = set(lines[0]) - {"kind"}
    assert {"pipeline pickup", "safeguarding", "route", "rasa turn", "outbox commit"} <= stages
    assert all(0 <= lines[0][stage] < 10 for stage in stages)


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
