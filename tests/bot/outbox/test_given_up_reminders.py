"""A reminder the worker gave up on (the provider refused every attempt) is planned again while
its session has not started: the same row, so it can never go twice. A send whose outcome is
unknown is never planned again, nor an older reminder once a later one has gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import OutboxItem
from db.session import transaction
from tests.bot.test_reminders import (
    config_with,
    load_sample_members,
    only_sessions,
    outbox,
    plan,
    utc,
)

DURING_THE_OUTAGE = utc(2027, 2, 19, 12)  # 22 hours before w1-sat: its 1d reminder goes now
AFTER_THE_OUTAGE = utc(2027, 2, 19, 15)


@pytest.fixture
def members(sessions: sessionmaker[Session]) -> list[int]:
    with transaction(sessions) as db:
        return load_sample_members(db)


def give_up(sessions: sessionmaker[Session], key: str, code: str = "gave_up") -> None:
    """What the worker leaves after a provider outage outlasted its retries."""
    with transaction(sessions) as db:
        db.execute(
            update(OutboxItem)
            .where(OutboxItem.idempotency_key == key)
            .values(status="failed", error_code=code, attempts=12, error_message="twilio 503")
        )


def reminder(sessions: sessionmaker[Session], key: str) -> OutboxItem:
    with sessions() as db:
        [row] = outbox(db, idempotency_key=key)
        return row


def test_a_given_up_reminder_is_planned_again_while_its_session_has_not_started(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, DURING_THE_OUTAGE)
    key = f"reminder:{members[0]}:w1-sat:1d"
    give_up(sessions, key)

    report = plan(sessions, config, AFTER_THE_OUTAGE)
    plan(sessions, config, AFTER_THE_OUTAGE)  # a second run changes nothing

    row = reminder(sessions, key)
    assert (row.status, row.attempts, row.error_code) == ("pending", 0, None)
    assert row.not_before == AFTER_THE_OUTAGE
    assert report.replanned == 1
    with sessions() as db:
        same_key = select(func.count()).where(OutboxItem.idempotency_key == key)
        assert db.scalar(same_key) == 1  # the same row again: it cannot go twice


@pytest.mark.parametrize("code", ["unknown_outcome", "interrupted", "21610"])
def test_a_reminder_that_may_have_arrived_or_was_refused_is_not_planned_again(
    sessions: sessionmaker[Session], members: list[int], config_path: Path, code: str
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, DURING_THE_OUTAGE)
    key = f"reminder:{members[0]}:w1-sat:1d"
    give_up(sessions, key, code)

    plan(sessions, config, AFTER_THE_OUTAGE)

    assert reminder(sessions, key).status == "failed"


def test_a_given_up_reminder_is_not_planned_again_once_its_session_started_or_a_later_one_is_due(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, DURING_THE_OUTAGE)
    first, second = members[:2]
    give_up(sessions, f"reminder:{first}:w1-sat:1d")
    give_up(sessions, f"reminder:{second}:w1-sat:1d")

    plan(sessions, config, utc(2027, 2, 20, 8, 30))  # the 2h reminder is due: 1d is stale
    plan(sessions, config, utc(2027, 2, 20, 10, 30))  # the session has started

    for member in (first, second):
        assert reminder(sessions, f"reminder:{member}:w1-sat:1d").status == "failed"
