"""Reminder planning with a controlled clock: the send times members would see, no duplicates,
nobody reminded who opted out or declined, late catch-up, and session changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig
from bot.members.roster import import_roster
from bot.scheduling.reminders import PLANNING_HORIZON, plan_reminders
from db.models import Attendance, Base, ChannelIdentity, Member, Message, OutboxItem
from db.queries import identity_for
from db.session import make_engine, make_session_factory, transaction
from tests.conftest import SAMPLE_ROSTER

# --- helpers shared with test_scheduler and test_invitations ---------------------------------


def load_sample_members(db: Session, state: str = "onboarded") -> list[int]:
    """The sample roster through the real importer, every member in `state`; the ids of those
    who take part (its reserves wait for a place: never invited, reminded or surveyed)."""
    report = import_roster(db, SAMPLE_ROSTER)
    assert report.created == 50, report.errors
    db.flush()
    db.execute(update(Member).values(onboarding_state=state))
    return list(db.scalars(select(Member.id).where(Member.reserve.is_(False)).order_by(Member.id)))


def config_data(config_path: Path) -> dict[str, Any]:
    return yaml.safe_load(config_path.read_text(encoding="utf-8"))


def config_with(config_path: Path, edit: Callable[[dict[str, Any]], None]) -> AssemblyConfig:
    """The shipped config with an edit applied (and written back, for the scheduler's file
    watch)."""
    data = config_data(config_path)
    edit(data)
    config_path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return AssemblyConfig.from_data(data)


def set_session(data: dict[str, Any], session_id: str, **values: str) -> None:
    for item in data["sessions"]:
        if item["id"] == session_id:
            item.update(values)


def only_sessions(data: dict[str, Any], *session_ids: str) -> None:
    data["sessions"] = [item for item in data["sessions"] if item["id"] in session_ids]


def outbox(db: Session, **filters: Any) -> list[OutboxItem]:
    query = select(OutboxItem).order_by(OutboxItem.id)
    for name, value in filters.items():
        query = query.where(getattr(OutboxItem, name) == value)
    return list(db.scalars(query))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


EARLY = utc(2027, 1, 15, 12)  # weeks before the first session


@pytest.fixture
def members(sessions: sessionmaker[Session]) -> list[int]:
    with transaction(sessions) as db:
        return load_sample_members(db)


def plan(
    sessions: sessionmaker[Session],
    config: AssemblyConfig,
    now: datetime,
    horizon: timedelta | None = None,
) -> Any:
    """Plan with no horizon (every reminder at once) unless a test is about the horizon."""
    with transaction(sessions) as db:
        return plan_reminders(db, config, now, horizon=horizon)


# --- send times --------------------------------------------------------------------------------


def test_saturday_reminders_go_7_days_1_day_and_2_hours_before(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    report = plan(sessions, config, EARLY)

    assert report.queued == len(members) * 3
    first = members[0]
    with sessions() as db:
        times = {row.idempotency_key: row.not_before for row in outbox(db, member_id=first)}
    assert times == {
        f"reminder:{first}:w1-sat:7d": utc(2027, 2, 13, 10),  # GMT: local 10:00 = 10:00 UTC
        f"reminder:{first}:w1-sat:1d": utc(2027, 2, 19, 10),
        f"reminder:{first}:w1-sat:2h": utc(2027, 2, 20, 8),
    }


def test_reminder_text_names_member_session_time_venue_directions_food_and_replies(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, EARLY)
    with sessions() as db:
        amina = db.scalars(select(Member).where(Member.first_name == "Amina")).one()
        row = outbox(db, idempotency_key=f"reminder:{amina.id}:w1-sat:1d")[0]
        transcript = db.get(Message, row.message_id)
    body = row.body or ""
    for expected in (
        "Amina",
        "Weekend 1, Saturday",
        "tomorrow, Saturday 20 February at 10:00",
        "Walthamstow Assembly Hall",
        "Walthamstow Central",  # directions
        "hot lunch",  # catering
        "COMING",
        "CAN'T COME",
        "LATE",
    ):
        assert expected in body
    assert (row.kind, row.status, row.session_id, row.channel) == (
        "reminder",
        "pending",
        "w1-sat",
        "sms",
    )
    assert row.template == "reminder"  # as send_to_member stores it; the worker decides
    assert transcript is not None and transcript.text == body  # staff see it in the transcript


def test_whatsapp_reminder_carries_the_template_variables(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, EARLY)
    with sessions() as db:
        kwame = db.scalars(select(Member).where(Member.first_name == "Kwame")).one()
        row = outbox(db, idempotency_key=f"reminder:{kwame.id}:w1-sat:7d")[0]
    assert row.channel == "whatsapp"
    assert row.template == "reminder"
    assert row.template_variables == {
        "language": "en",  # picks the template's approved translation, if any
        "first_name": "Kwame",
        "session_title": "Weekend 1, Saturday",
        "starts_at": "Saturday 20 February at 10:00",
        "venue_name": "Walthamstow Assembly Hall",
    }


def test_a_reminder_in_quiet_hours_moves_to_the_evening_before(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    def early_start(data: dict[str, Any]) -> None:
        only_sessions(data, "w1-sat")
        set_session(data, "w1-sat", starts="2027-02-20T08:30")

    config = config_with(config_path, early_start)
    plan(sessions, config, EARLY)
    with sessions() as db:
        row = outbox(db, idempotency_key=f"reminder:{members[0]}:w1-sat:2h")[0]
    # 06:30 is inside quiet hours 21:00-08:00: sent 30 minutes before they begin, the evening
    # before (20:30 GMT), not at 06:30 and not after the start.
    assert row.not_before == utc(2027, 2, 19, 20, 30)
    assert "tomorrow, Saturday 20 February at 08:30" in (row.body or "")


def test_a_session_after_the_clocks_go_forward_keeps_its_local_time(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    def after_bst(data: dict[str, Any]) -> None:
        only_sessions(data, "w3-sun")
        set_session(data, "w3-sun", starts="2027-03-28T10:00", ends="2027-03-28T16:00")

    config = config_with(config_path, after_bst)
    assert config.sessions[0].starts.astimezone(UTC) == utc(2027, 3, 28, 9)  # BST: 10:00 = 09:00Z
    plan(sessions, config, EARLY)
    with sessions() as db:
        times = {
            row.idempotency_key.rsplit(":", 1)[1]: row for row in outbox(db, member_id=members[0])
        }
    assert times["7d"].not_before == utc(2027, 3, 21, 10)  # a week before, still GMT: 10:00 local
    assert times["1d"].not_before == utc(2027, 3, 27, 10)
    assert times["2h"].not_before == utc(2027, 3, 28, 7)  # 08:00 BST
    assert "today at 10:00" in (times["2h"].body or "")


def test_the_scheduler_writes_reminders_a_day_ahead_and_the_rest_as_they_come_near(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    assert plan(sessions, config, EARLY, PLANNING_HORIZON).queued == 0  # weeks away
    week_before = utc(2027, 2, 13, 9, 55)
    assert plan(sessions, config, week_before, PLANNING_HORIZON).queued == len(members)
    day_before = utc(2027, 2, 19, 9, 55)
    assert plan(sessions, config, day_before, PLANNING_HORIZON).queued == len(members) * 2
    with sessions() as db:
        times = {row.idempotency_key: row.not_before for row in outbox(db, member_id=members[0])}
    assert times == {
        f"reminder:{members[0]}:w1-sat:7d": utc(2027, 2, 13, 10),
        f"reminder:{members[0]}:w1-sat:1d": utc(2027, 2, 19, 10),
        f"reminder:{members[0]}:w1-sat:2h": utc(2027, 2, 20, 8),
    }


# --- once only, and only to the right people -----------------------------------------------------


def test_planning_twice_queues_nothing_new(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: None)
    first = plan(sessions, config, EARLY)
    second = plan(sessions, config, EARLY)
    assert first.queued == len(members) * len(config.sessions) * 3
    assert second.queued == 0
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxItem)) == first.queued
        assert db.scalar(select(func.count()).select_from(Message)) == first.queued


def test_only_onboarded_members_who_have_not_declined_or_opted_out_are_reminded(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat", "w1-sun"))
    declined, opted_out, invited_only, withdrawn = members[:4]
    with transaction(sessions) as db:
        db.add(Attendance(member_id=declined, session_id="w1-sat", status="declined"))
        member = db.get(Member, opted_out)
        identity = identity_for(db, member.preferred_channel, member.phone)
        identity.member_id, identity.opted_out = member.id, True
        db.get(Member, invited_only).onboarding_state = "invited"
        db.get(Member, withdrawn).onboarding_state = "withdrawn"

    report = plan(sessions, config, EARLY)

    with sessions() as db:

        def keys_of(member_id: int) -> set[str]:
            return {row.idempotency_key for row in outbox(db, member_id=member_id)}

        assert {key.split(":")[2] for key in keys_of(declined)} == {"w1-sun"}
        assert keys_of(opted_out) == set()
        assert keys_of(invited_only) == set()
        assert keys_of(withdrawn) == set()
    assert report.opted_out == 6  # 2 sessions x 3 reminders for the opted-out member
    assert report.queued == (len(members) - 4) * 6 + 3


def test_declining_later_cancels_pending_reminders_for_that_session(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat", "w1-sun"))
    plan(sessions, config, EARLY)
    with transaction(sessions) as db:
        db.add(Attendance(member_id=members[0], session_id="w1-sat", status="declined"))
    report = plan(sessions, config, EARLY)
    assert report.cancelled == 3
    with sessions() as db:
        statuses = {row.idempotency_key: row.status for row in outbox(db, member_id=members[0])}
    assert {key for key, status in statuses.items() if status == "cancelled"} == {
        f"reminder:{members[0]}:w1-sat:{offset}" for offset in ("7d", "1d", "2h")
    }
    assert sum(status == "pending" for status in statuses.values()) == 3  # w1-sun untouched


# --- missed reminders ----------------------------------------------------------------------------


def test_a_missed_reminder_is_sent_now_when_the_session_has_not_started(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    now = utc(2027, 2, 19, 12)  # 22 hours before: 7d and 1d were missed, 2h still ahead
    plan(sessions, config, now)
    with sessions() as db:
        rows = {
            row.idempotency_key.rsplit(":", 1)[1]: row for row in outbox(db, member_id=members[0])
        }
    assert set(rows) == {"1d", "2h"}  # only the latest missed one: nobody gets three at once
    assert rows["1d"].not_before == now
    assert "tomorrow, Saturday 20 February at 10:00" in (rows["1d"].body or "")
    assert rows["2h"].not_before == utc(2027, 2, 20, 8)


def test_a_missed_reminder_waits_for_the_end_of_quiet_hours(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, utc(2027, 2, 19, 23))  # 23:00: inside quiet hours
    with sessions() as db:
        row = outbox(db, idempotency_key=f"reminder:{members[0]}:w1-sat:1d")[0]
    assert row.not_before == utc(2027, 2, 20, 8)  # quiet hours end 08:00, before the 10:00 start


def test_a_missed_reminder_is_skipped_and_logged_once_the_session_has_started(
    sessions: sessionmaker[Session],
    members: list[int],
    config_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    with caplog.at_level(logging.INFO, logger="bot.scheduling.reminders"):
        report = plan(sessions, config, utc(2027, 2, 20, 11))  # an hour into the session
    with sessions() as db:
        assert outbox(db) == []
    assert report.skipped_started == len(members)
    assert "w1-sat" in caplog.text and str(members[0]) in caplog.text
    assert "Amina" not in caplog.text and "+44" not in caplog.text  # ids only


# --- session changes -----------------------------------------------------------------------------


def test_moving_a_session_replans_reminders_and_tells_attending_members_once(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat", "w1-sun"))
    now = utc(2027, 2, 15, 12)  # after the 7d reminder went
    plan(sessions, config, utc(2027, 1, 15, 12))
    with transaction(sessions) as db:
        db.execute(
            update(OutboxItem)
            .where(OutboxItem.idempotency_key.like("reminder:%:7d"))
            .values(status="sent")
        )
        db.add(Attendance(member_id=members[1], session_id="w1-sat", status="declined"))

    moved = config_with(
        config_path, lambda data: set_session(data, "w1-sat", starts="2027-02-20T13:00")
    )
    report = plan(sessions, moved, now)

    assert report.changed_sessions == ["w1-sat"]
    assert report.change_notices == len(members) - 1  # everyone but the member who declined
    with sessions() as db:
        mine = outbox(db, member_id=members[0], session_id="w1-sat")
        statuses = {row.idempotency_key: row.status for row in mine}
        assert statuses[f"reminder:{members[0]}:w1-sat:7d"] == "sent"  # history kept
        assert statuses[f"reminder:{members[0]}:w1-sat:1d"] == "cancelled"
        assert statuses[f"reminder:{members[0]}:w1-sat:2h"] == "cancelled"
        new = {
            row.idempotency_key.split(":")[3]: row
            for row in mine
            if row.status == "pending" and row.kind == "reminder"
        }
        assert set(new) == {"1d", "2h"}  # the 7d one is not re-sent: the notice covers it
        assert new["1d"].not_before == utc(2027, 2, 19, 13)
        assert new["2h"].not_before == utc(2027, 2, 20, 11)
        assert "13:00" in (new["1d"].body or "")
        notices = [row for row in mine if row.kind == "session_change"]
        assert len(notices) == 1
        assert notices[0].idempotency_key.startswith(f"change:{members[0]}:w1-sat:")
        assert "Saturday 20 February at 13:00" in (notices[0].body or "")
        assert outbox(db, member_id=members[1], kind="session_change") == []
        # the other session is untouched
        assert all(
            row.status == "pending" or row.status == "sent"
            for row in outbox(db, session_id="w1-sun")
        )

    again = plan(sessions, moved, now)
    assert again.change_notices == 0 and again.queued == 0 and again.changed_sessions == []


def test_moving_a_session_to_another_venue_also_tells_members(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    plan(sessions, config, EARLY)

    def new_venue(data: dict[str, Any]) -> None:
        data["venues"]["library"] = {
            "name": "Walthamstow Library",
            "address": "High Street, London E17 7JN",
            "directions": "5 minutes' walk from Walthamstow Central",
            "accessibility": "step-free",
        }
        set_session(data, "w1-sat", venue="library")

    report = plan(sessions, config_with(config_path, new_venue), EARLY)
    assert report.change_notices == len(members)
    with sessions() as db:
        pending = outbox(db, member_id=members[0], status="pending", kind="reminder")
    assert len(pending) == 3 and all("Walthamstow Library" in (row.body or "") for row in pending)


# --- PostgreSQL --------------------------------------------------------------------------------


@pytest.mark.postgres
def test_planning_on_postgresql_is_idempotent_and_moves_quiet_hour_reminders(
    postgres_url: str, config_path: Path
) -> None:
    engine = make_engine(postgres_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as db:
        members = load_sample_members(db)

    def early_start(data: dict[str, Any]) -> None:
        only_sessions(data, "w1-sat")
        set_session(data, "w1-sat", starts="2027-02-20T08:30")

    config = config_with(config_path, early_start)
    first = plan(factory, config, EARLY)
    second = plan(factory, config, EARLY)
    assert (first.queued, second.queued) == (len(members) * 3, 0)
    with factory() as db:
        row = outbox(db, idempotency_key=f"reminder:{members[0]}:w1-sat:2h")[0]
        assert row.not_before == utc(2027, 2, 19, 20, 30)
        assert db.scalar(select(func.count()).select_from(ChannelIdentity)) >= len(members)
    engine.dispose()
