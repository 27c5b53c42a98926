"""The scheduler: feedback requests through a fake Rasa, the single-instance lease, re-planning
when config.yml changes, clean-up, and the real process starting and stopping cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import clear_config_cache
from bot.gateway.rasa_client import RasaUnavailable
from bot.scheduling.feedback_requests import FEEDBACK_INTENT, feedback_time, request_feedback
from bot.scheduling.scheduler import SchedulerService, acquire_lease
from bot.settings import REPO_ROOT, Settings
from db.cases import TAKEN_BY_MEMBER, open_case, take_over
from db.models import (
    Attendance,
    Base,
    Conversation,
    FeedbackRequest,
    Heartbeat,
    InviteAttempt,
    Member,
    Message,
    OutboxItem,
    SchedulerLock,
    SessionSnapshot,
)
from db.queries import conversation_for, identity_for
from db.session import make_engine, make_session_factory, transaction
from db.types import utcnow
from tests.bot.test_reminders import (
    EARLY,
    config_with,
    load_sample_members,
    only_sessions,
    outbox,
    set_session,
    utc,
)

AFTER_W1_SAT = utc(2027, 2, 20, 17, 5)  # w1-sat ends 16:30; feedback after 30m = 17:00
DAY_BEFORE_W1_SAT = utc(2027, 2, 19, 12)  # the 7d and 1d reminders are past, 2h is ahead


class FakeRasa:
    """Stands in for Rasa's trigger_intent: records calls, answers with the survey opening."""

    def __init__(self, *, down: bool = False) -> None:
        self.down = down
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def __call__(self, sender: str, intent: str, entities: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append((sender, intent, entities))
        if self.down:
            raise RasaUnavailable("connection refused")
        return [
            {"recipient_id": sender, "text": "Thank you for coming today! Three quick questions."},
            {
                "recipient_id": sender,
                "text": "How would you rate today, from 1 (poor) to 5 (excellent)?",
                "buttons": [{"title": str(n), "payload": str(n)} for n in range(1, 6)],
            },
        ]


@pytest.fixture
def members(sessions: sessionmaker[Session]) -> list[int]:
    with transaction(sessions) as db:
        return load_sample_members(db)


def mark(
    sessions: sessionmaker[Session], statuses: dict[int, str], session_id: str = "w1-sat"
) -> None:
    with transaction(sessions) as db:
        for member_id, status in statuses.items():
            db.add(Attendance(member_id=member_id, session_id=session_id, status=status))


# --- feedback requests ---------------------------------------------------------------------------


def test_feedback_goes_once_to_expected_members_with_the_survey_from_rasa(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    confirmed, late, declined, not_sure = members[:4]  # the rest never answered
    mark(
        sessions, {confirmed: "confirmed", late: "late", declined: "declined", not_sure: "not_sure"}
    )
    rasa = FakeRasa()

    report = request_feedback(sessions, config, AFTER_W1_SAT, rasa)

    assert report.requested == 2
    assert [call[1:] for call in rasa.calls] == [(FEEDBACK_INTENT, {"session_ref": "w1-sat"})] * 2
    with sessions() as db:
        asked = set(db.scalars(select(FeedbackRequest.member_id)))
        assert asked == {confirmed, late}
        conversation = db.scalars(
            select(Conversation).where(Conversation.member_id == confirmed)
        ).one()
        # the survey runs in their conversation
        assert rasa.calls[0][0] == conversation.rasa_sender_id
        rows = outbox(db, member_id=confirmed, kind="feedback")
        assert [row.idempotency_key for row in rows] == [
            f"feedback:{confirmed}:w1-sat:1",
            f"feedback:{confirmed}:w1-sat:2",
        ]
        assert rows[0].body == "Thank you for coming today! Three quick questions."
        assert "rate today" in (rows[1].body or "") and "- 5" in (rows[1].body or "")
        assert all(row.not_before == AFTER_W1_SAT for row in rows)

    again = request_feedback(sessions, config, AFTER_W1_SAT + timedelta(minutes=5), rasa)
    assert again.requested == 0 and len(rasa.calls) == 2  # nobody is asked twice


def test_feedback_on_whatsapp_uses_the_template_on_the_first_message_only(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    with sessions() as db:
        kwame = db.scalars(select(Member).where(Member.first_name == "Kwame")).one().id
    mark(sessions, {kwame: "confirmed"})
    request_feedback(sessions, config, AFTER_W1_SAT, FakeRasa())
    with sessions() as db:
        first, second = outbox(db, member_id=kwame, kind="feedback")
    assert first.channel == "whatsapp" and first.template == "feedback_request"
    assert first.template_variables == {
        "first_name": "Kwame",
        "session_title": "Weekend 1, Saturday",
    }
    assert second.template is None and second.template_variables is None


def test_feedback_is_not_requested_before_its_time(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    mark(sessions, {members[0]: "confirmed"})
    assert feedback_time(config.sessions[0], config) == utc(2027, 2, 20, 17)
    rasa = FakeRasa()
    assert request_feedback(sessions, config, utc(2027, 2, 20, 16, 55), rasa).requested == 0
    assert rasa.calls == []


def test_late_evening_feedback_waits_for_the_morning(config_path: Path) -> None:
    config = config_with(
        config_path,
        lambda data: set_session(data, "w1-sat", ends="2027-02-20T20:45"),
    )
    # 20:45 + 30m = 21:15 is quiet; moving it before 21:00 would be before the session ended
    assert feedback_time(config.sessions[0], config) == utc(2027, 2, 21, 8)


def test_when_rasa_is_down_nothing_is_recorded_and_the_next_run_retries(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    mark(sessions, {members[0]: "confirmed", members[1]: "confirmed"})
    down = FakeRasa(down=True)

    report = request_feedback(sessions, config, AFTER_W1_SAT, down)

    assert report.rasa_unavailable and report.requested == 0
    assert len(down.calls) == 1  # stops at the first failure instead of waiting on every member
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(FeedbackRequest)) == 0
        assert outbox(db, kind="feedback") == []

    retry = request_feedback(sessions, config, AFTER_W1_SAT + timedelta(minutes=5), FakeRasa())
    assert retry.requested == 2


# --- the scheduler service -----------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def service(
    settings: Settings,
    sessions: sessionmaker[Session],
    holder: str,
    clock: Clock,
    rasa: FakeRasa | None = None,
) -> SchedulerService:
    return SchedulerService(
        settings, sessions=sessions, start_survey=rasa or FakeRasa(), clock=clock, holder=holder
    )


def test_a_second_scheduler_waits_for_the_lease_and_never_duplicates(
    settings: Settings, sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    clear_config_cache()
    clock = Clock(DAY_BEFORE_W1_SAT)
    first = service(settings, sessions, "host-a:1", clock)
    second = service(settings, sessions, "host-b:2", clock)

    assert first.renew_lease() is True  # becoming leader plans at once
    assert second.renew_lease() is False
    assert second.plan() is None  # standby does nothing
    with sessions() as db:
        planned = db.scalar(select(func.count()).select_from(OutboxItem))
    assert planned == len(members) * 2  # the missed 1d one now, the 2h one tomorrow morning

    clock.now += timedelta(seconds=30)
    assert first.renew_lease() is True and second.renew_lease() is False
    clock.now += timedelta(seconds=61)  # the first one died: its lease runs out
    assert second.renew_lease() is True
    report = second.plan()
    assert report is not None and report.queued == 0
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxItem)) == planned
        assert db.get(SchedulerLock, "scheduler").holder == "host-b:2"


def test_two_schedulers_planning_anyway_queue_each_reminder_once(
    sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    from bot.scheduling.reminders import plan_reminders

    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    with sessions() as a, sessions() as b:
        plan_reminders(a, config, EARLY, horizon=None)
        a.commit()
        plan_reminders(b, config, EARLY, horizon=None)
        b.commit()
    with sessions() as db:
        keys = list(db.scalars(select(OutboxItem.idempotency_key)))
    assert len(keys) == len(set(keys)) == len(members) * 3


@pytest.mark.postgres
def test_two_schedulers_racing_on_postgresql_queue_each_reminder_once(
    postgres_url: str, config_path: Path
) -> None:
    """Both plan from the same empty view at the same time; the unique key decides, and the
    loser leaves no stray transcript messages behind."""
    from bot.scheduling.reminders import plan_reminders

    engine = make_engine(postgres_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as db:
        members = load_sample_members(db)
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    results: list[int] = []

    def second_scheduler() -> None:
        with factory() as b:
            results.append(plan_reminders(b, config, EARLY, horizon=None).queued)
            b.commit()

    with factory() as a:
        first = plan_reminders(a, config, EARLY, horizon=None).queued
        racer = threading.Thread(target=second_scheduler)
        racer.start()
        time.sleep(1.0)  # the second one is now blocked on the first one's uncommitted keys
        a.commit()
    racer.join(timeout=30)
    assert (first, results) == (len(members) * 3, [0])
    with factory() as db:
        assert db.scalar(select(func.count()).select_from(OutboxItem)) == len(members) * 3
        assert db.scalar(select(func.count()).select_from(Message)) == len(members) * 3
    engine.dispose()


def test_the_lease_is_exclusive_until_it_expires(sessions: sessionmaker[Session]) -> None:
    now = EARLY
    with transaction(sessions) as db:
        assert acquire_lease(db, "a", now)
        assert not acquire_lease(db, "b", now + timedelta(seconds=59))
        assert acquire_lease(db, "a", now + timedelta(seconds=59))  # renewal extends it
        assert not acquire_lease(db, "b", now + timedelta(seconds=100))
        assert acquire_lease(db, "b", now + timedelta(seconds=120))


def test_a_changed_config_file_is_replanned_with_change_notices(
    settings: Settings, sessions: sessionmaker[Session], members: list[int], config_path: Path
) -> None:
    config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    clear_config_cache()
    clock = Clock(DAY_BEFORE_W1_SAT)
    scheduler = service(settings, sessions, "host-a:1", clock)
    scheduler.renew_lease()  # becoming leader plans and records the file's signature
    assert scheduler.check_config() is False  # unchanged: nothing to do

    def later_start(data: dict[str, Any]) -> None:
        only_sessions(data, "w1-sat")
        set_session(data, "w1-sat", starts="2027-02-20T11:00")

    config_with(config_path, later_start)
    os.utime(config_path, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    assert scheduler.check_config() is True
    with sessions() as db:
        assert len(outbox(db, kind="session_change")) == len(members)
        assert len(outbox(db, kind="reminder", status="cancelled")) == len(members) * 2
        pending = outbox(db, kind="reminder", status="pending")
    # only the 2h reminder at the new time: the 1d one fell before the change (notice covers it)
    assert len(pending) == len(members)
    assert {row.not_before for row in pending} == {utc(2027, 2, 20, 9)}


def test_heartbeat_and_retention_clean_up(
    settings: Settings, sessions: sessionmaker[Session], members: list[int]
) -> None:
    clock = Clock(datetime.now(UTC))
    scheduler = service(settings, sessions, "host-a:1", clock)
    scheduler.renew_lease()
    scheduler.heartbeat()
    with transaction(sessions) as db:
        identity = identity_for(db, "sms", "+447700900100")
        db.add(Heartbeat(component="old-worker", beat_at=clock.now - timedelta(days=31)))
        db.add(
            InviteAttempt(
                identity_id=identity.id,
                succeeded=False,
                attempted_at=clock.now - timedelta(days=31),
            )
        )
        db.add(InviteAttempt(identity_id=identity.id, succeeded=False, attempted_at=clock.now))
    assert scheduler.clean_up() == 2
    with sessions() as db:
        assert db.get(Heartbeat, "scheduler") is not None
        assert db.get(Heartbeat, "old-worker") is None
        assert db.scalar(select(func.count()).select_from(InviteAttempt)) == 1


# --- the real process ----------------------------------------------------------------------------


def test_the_scheduler_process_starts_plans_and_stops_cleanly(
    settings: Settings, sessions: sessionmaker[Session], members: list[int], var_dir: Path
) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": settings.DATABASE_URL,
        "ASSEMBLY_CONFIG": str(settings.ASSEMBLY_CONFIG),
        "SECRET_KEY": settings.SECRET_KEY,
        "RASA_TOKEN": settings.RASA_TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": settings.TELEGRAM_WEBHOOK_SECRET,
        "RASA_URL": settings.RASA_URL,
        "MEDIA_DIR": str(var_dir / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "scheduler"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 30
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "scheduler ready" in line or process.poll() is not None:
                break
        assert any("scheduler ready" in line for line in lines), "".join(lines)

        while time.monotonic() < deadline:  # planning ran: every session has its snapshot
            with sessions() as db:
                planned = db.scalar(select(func.count()).select_from(SessionSnapshot))
                beat = db.get(Heartbeat, "scheduler")
            if planned == 6 and beat is not None:
                break
            time.sleep(0.2)
        assert planned == 6 and beat is not None
        with sessions() as db:
            assert db.get(SchedulerLock, "scheduler") is not None

        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        output = "".join(lines) + (process.stdout.read() or "")
        assert "scheduler stopped" in output
        assert "Amina" not in output
        with sessions() as db:
            assert db.get(SchedulerLock, "scheduler") is None  # handed back for a replacement
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# --- takeovers nobody answered -------------------------------------------------------------------


def _taken_over(db: Session, member_id: int, channel: str, since: datetime) -> int:
    """The member asked for a person at `since`; their conversation's id."""
    member = db.get(Member, member_id)
    assert member is not None
    identity = identity_for(db, channel, member.phone)
    identity.member_id = member.id
    conversation = conversation_for(db, identity)
    open_case(db, conversation, "member asked for a person")
    take_over(db, conversation, TAKEN_BY_MEMBER)
    conversation.taken_over_at = since
    identity.last_inbound_at = since
    return conversation.id


def test_a_takeover_nobody_answers_lapses_and_the_member_is_told_without_writing_again(
    settings: Settings, sessions: sessionmaker[Session], members: list[int]
) -> None:
    now = utcnow()
    waiting, recent = members[:2]
    with transaction(sessions) as db:
        lapsed_id = _taken_over(db, waiting, "sms", now - timedelta(days=3))
        recent_id = _taken_over(db, recent, "sms", now - timedelta(minutes=5))
    scheduler = service(settings, sessions, "only", lambda: now)
    scheduler.leader = True

    assert scheduler.lapse_takeovers() == 1
    assert scheduler.lapse_takeovers() == 0  # told once

    with sessions() as db:
        told = outbox(db, member_id=waiting, kind="takeover_lapsed")
        assert len(told) == 1 and "nobody from the assembly team" in (told[0].body or "")
        assert not outbox(db, member_id=recent, kind="takeover_lapsed")
        lapsed, still_waiting = db.get(Conversation, lapsed_id), db.get(Conversation, recent_id)
        assert lapsed is not None and still_waiting is not None
        assert lapsed.taken_over_at is None and lapsed.status == "escalated"  # staff still see it
        assert still_waiting.taken_over_at is not None


def test_a_lapsed_takeover_on_whatsapp_after_the_window_goes_as_a_template(
    settings: Settings, sessions: sessionmaker[Session], members: list[int]
) -> None:
    now = utcnow()
    with sessions() as db:
        kwame = db.scalars(select(Member).where(Member.first_name == "Kwame")).one().id
    with transaction(sessions) as db:
        _taken_over(db, kwame, "whatsapp", now - timedelta(days=3))
    scheduler = service(settings, sessions, "only", lambda: now)
    scheduler.leader = True

    scheduler.lapse_takeovers()

    with sessions() as db:
        (told,) = outbox(db, member_id=kwame, kind="takeover_lapsed")
    assert told.template == "staff_reply" and told.template_variables == {"first_name": "Kwame"}
