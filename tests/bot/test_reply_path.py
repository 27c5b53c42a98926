"""The reply path's own cost: how many transactions one member message takes in the pipeline,
and the per-stage timings it records for the benchmark (bot/timing.py). Rasa is stood in by
an HTTP mock that answers the risk parse and the turn."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import Inbound, store_inbound
from bot.gateway.pipeline import Pipeline
from bot.gateway.rasa_client import RasaClient
from bot.members.roster import import_roster
from bot.services import Services
from bot.settings import Settings
from db.models import Base, Member, OutboxItem
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


def answer_one_message(settings: Settings) -> tuple[int, list[str]]:
    """One stored SMS from an onboarded member through the pipeline: the commits it took, and
    the bodies queued for the member."""
    services = Services.from_settings(settings)
    with services.sessions() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
        for member in session.query(Member):
            member.onboarding_state = "onboarded"
        store_inbound(session, Inbound("sms", PHONE, "SM-reply-path-1", "where is the venue?"))
    commits: list[object] = []
    event.listen(services.engine, "commit", commits.append)
    client = httpx.AsyncClient(transport=httpx.MockTransport(stand_in_rasa))
    pipeline = Pipeline(services, RasaClient(settings, client))

    async def run() -> None:
        await pipeline.drain_all()
        await pipeline.rasa.aclose()

    asyncio.run(run())
    sessions: sessionmaker[Session] = services.sessions
    with sessions() as session:
        bodies = list(session.execute(select(OutboxItem.body)).scalars())
    services.engine.dispose()
    return len(commits), [body or "" for body in bodies]


def test_a_member_message_takes_two_transactions_in_the_pipeline(settings: Settings) -> None:
    """One to route the message and note it goes to Rasa, one to queue Rasa's reply (with
    the message marked done): every further commit is waiting the member pays for. The first
    message of a conversation also takes the conversation's claim (bot/gateway/claims.py);
    the claim is kept, so the member's next messages do not pay for it."""
    commits, bodies = answer_one_message(settings)
    assert bodies == [ANSWER]
    assert commits == 1 + 2


def test_stage_timings_are_written_only_when_asked(
    var_dir: Path, config_path: Path, database_url: str
) -> None:
    timings = var_dir / "stages.jsonl"
    answer_one_message(make_settings(var_dir, config_path, database_url))
    assert not timings.exists()

    url = database_url.replace("test.db", "other.db")  # a second fresh database
    Base.metadata.create_all(make_engine(url))
    answer_one_message(make_settings(var_dir, config_path, url, STAGE_TIMINGS_FILE=timings))
    lines: list[dict[str, Any]] = [json.loads(line) for line in timings.read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["pipeline"]
    stages = set(lines[0]) - {"kind"}
    assert {"pipeline pickup", "safeguarding", "route", "rasa turn", "outbox commit"} <= stages
    assert all(0 <= lines[0][stage] < 10 for stage in stages)
