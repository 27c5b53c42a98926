"""Two of every process on PostgreSQL and Redis (tests/scale/cluster.py): members writing to
either web replica get each answer once and in order, the workers send each row once, a
standby scheduler takes over from a killed leader, and a form carries on whichever Rasa server
runs its turns, also once one of them is killed.

The processes start once for the module (two Rasa servers on the one trained model take most
of its time); the tests run in order and the last one kills a Rasa server.

That two workers together keep to each provider's cap is shown where the sends can be timed
as they start: tests/bot/channels/test_shared_rate_limits.py drives two worker processes past
a cap through the Redis limiter. Here the outbox only records when each send finished, and the
provider's answer time bunches those up.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from functools import cache
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import load_config
from bot.message_texts import apology
from db.models import Conversation, Member, Message, SchedulerLock
from db.session import make_engine, make_session_factory, transaction
from db.tracker_store import TrackerStore, read_events
from db.types import utcnow
from tests.chaos.findings import Findings, find
from tests.chaos.members import Traffic
from tests.chaos.world import ChaosMember
from tests.e2e.test_onboarding import answer
from tests.harness import wait_until
from tests.scale.cluster import (
    SCHEDULER_LEASE_SECONDS,
    Cluster,
    fresh_postgres_schema,
    running_cluster,
)

pytestmark = [pytest.mark.rasa, pytest.mark.postgres]

MEMBERS = 9  # three on each channel
NEWCOMER = "+447700900950"  # not onboarded: onboarding is the form


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    folder = tmp_path_factory.mktemp("scale")
    with (
        fresh_postgres_schema() as database_url,
        running_cluster(folder, database_url, MEMBERS, replicas=2) as running,
    ):
        yield running


@cache
def _factory(database_url: str) -> sessionmaker[Session]:
    return make_session_factory(make_engine(database_url))


def sessions(cluster: Cluster) -> sessionmaker[Session]:
    """Sessions on the cluster's database (one engine for the module)."""
    return _factory(cluster.world.database_url)


def write_and_check(cluster: Cluster, messages: int, broadcast: str | None = None) -> Findings:
    """Every member writes `messages` times (to either replica); once all has settled, what
    the fault suite would find."""

    async def traffic() -> Traffic:
        gateway = cluster.balancer()
        rng = random.Random(messages)
        writing = [gateway.converse(m, messages, (0.0, 0.4), rng) for m in cluster.world.members]
        staff = [gateway.broadcast(broadcast)] if broadcast else []
        await asyncio.gather(*writing, *staff)
        await gateway.aclose()
        return gateway.traffic

    seen = asyncio.run(traffic())
    cluster.settle(120)
    findings = find(cluster.world, seen, cluster.twilio, cluster.telegram)
    assert seen.server_errors == 0 and not seen.refused, seen
    assert (findings.duplicates, findings.lost, findings.reminders_twice) == (0, 0, 0), findings
    assert findings.apologised == 0, findings  # Rasa answered every turn
    return findings


def test_members_writing_to_either_replica_get_each_answer_once_in_order(
    cluster: Cluster,
) -> None:
    findings = write_and_check(cluster, 3, broadcast="Doors open at 9:30.")
    assert findings.answered == MEMBERS * 3
    assert findings.reminders == MEMBERS and findings.broadcast_rows == MEMBERS

    # Rasa's tracker (PostgreSQL, shared by both servers) has each message once, in order.
    where = SimpleNamespace(DATABASE_URL=cluster.world.database_url, RASA_TRACKER_DB=None)
    with sessions(cluster)() as session:
        conversations = session.execute(select(Conversation.id, Conversation.rasa_sender_id))
        inbound = {
            row.rasa_sender_id: list(
                session.scalars(
                    select(Message.id)
                    .where(Message.conversation_id == row.id, Message.direction == "in")
                    .order_by(Message.id)
                )
            )
            for row in conversations
        }
    with TrackerStore.for_settings(where).session() as tracker:
        for sender, message_ids in inbound.items():
            turns = [
                event.data["metadata"]["message_id"]
                for event in read_events(tracker, sender)
                if event.type_name == "user"
            ]
            assert turns == message_ids


def lease_holder(cluster: Cluster) -> str | None:
    with sessions(cluster)() as session:
        lease = session.get(SchedulerLock, "scheduler")
        return lease.holder if lease is not None and lease.expires_at > utcnow() else None


def test_a_standby_scheduler_takes_over_when_the_leader_is_killed(cluster: Cluster) -> None:
    holder = wait_until(lambda: lease_holder(cluster), 10, "a scheduler leader")
    by_pid = {
        str(cluster.procfile.processes[each].pid): each for each in cluster.names("scheduler")
    }
    leader = by_pid.pop(holder.rsplit(":", 1)[1])
    [standby] = by_pid.items()

    cluster.procfile.kill(leader)  # kill -9: the lease is not given back
    successor = wait_until(
        lambda: (now := lease_holder(cluster)) != holder and now,
        SCHEDULER_LEASE_SECONDS * 5,
        "the standby to take the lease",
    )
    assert successor.endswith(f":{standby[0]}")


def add_newcomer(cluster: Cluster) -> ChaosMember:
    with transaction(sessions(cluster)) as session:
        member = Member(first_name="Nia", last_name="Form", phone=NEWCOMER, invite_code="NWFORM")
        session.add(member)
        session.flush()
        return ChaosMember(member.id, "sms", NEWCOMER)


def say(cluster: Cluster, member: ChaosMember, text: str) -> list[str]:
    """One message from the member (to the first web replica); the replies it got."""

    def replies() -> list[str]:
        return [m["body"] for m in cluster.twilio.sent_messages() if m["to"] == member.address]

    before = len(replies())
    gateway = cluster.balancer()

    async def write() -> None:
        await gateway.write(member, text)
        await gateway.aclose()

    asyncio.run(write())
    wait_until(lambda: len(replies()) > before, 60, f"an answer to {text!r}")
    cluster.settle(30)
    return replies()[before:]


def onboarding_state(cluster: Cluster) -> tuple[str, str | None]:
    with sessions(cluster)() as session:
        found = session.scalars(select(Member).where(Member.phone == NEWCOMER)).one()
        return found.onboarding_state, found.dietary_needs


def test_a_form_carries_on_whichever_rasa_server_runs_its_turns(cluster: Cluster) -> None:
    """Turns go round both servers, so the form's steps alternate between them; midway one is
    killed and the other carries on from the state in the shared tracker store."""
    newcomer = add_newcomer(cluster)
    sorry = apology(load_config(cluster.world.config_path))
    replies = say(cluster, newcomer, "hi")
    for step in range(15):
        if onboarding_state(cluster)[0] == "onboarded":
            break
        if step == 3:
            cluster.procfile.kill("rasa.1")
        assert replies and sorry not in replies, replies
        replies = say(cluster, newcomer, answer(replies[-1]))
    assert onboarding_state(cluster) == ("onboarded", "vegetarian, no nuts please")

    # With one Rasa server left, every member is still answered, once.
    write_and_check(cluster, 1)
