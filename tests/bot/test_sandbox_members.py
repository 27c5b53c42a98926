"""A sandbox member (the try-it page's stand-in) is onboarded, yet the scheduler never reminds,
surveys or invites it: only real members hear from the assistant unprompted."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.members.invitations import send_invitations
from bot.members.sandbox import sandbox_member_for
from bot.scheduling.feedback_requests import request_feedback
from bot.settings import Settings
from db.models import Attendance, FeedbackRequest, OutboxItem, StaffUser
from db.session import transaction
from tests.bot.test_reminders import EARLY, config_with, load_sample_members, only_sessions, plan
from tests.bot.test_scheduler import AFTER_W1_SAT, FakeRasa


def sample_roster_and_a_sandbox(sessions: sessionmaker[Session]) -> tuple[list[int], int]:
    """The sample roster, all onboarded and confirmed for Saturday, and a staff user's sandbox
    member confirmed too."""
    with transaction(sessions) as db:
        members = load_sample_members(db)
        staff = StaffUser(email="organiser@council.example", role="staff", password_hash="x")
        db.add(staff)
        db.flush()
        sandbox = sandbox_member_for(db, staff.id, staff.email).id
        for member_id in (*members, sandbox):
            db.add(Attendance(member_id=member_id, session_id="w1-sat", status="confirmed"))
    return members, sandbox


def outbox_member_ids(sessions: sessionmaker[Session], kind: str) -> set[int | None]:
    with sessions() as db:
        return set(db.scalars(select(OutboxItem.member_id).where(OutboxItem.kind == kind)))


def test_a_sandbox_member_gets_no_reminder(
    sessions: sessionmaker[Session], config_path: Path
) -> None:
    members, sandbox = sample_roster_and_a_sandbox(sessions)
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    report = plan(sessions, config, EARLY)
    assert report.queued == len(members) * 3
    assert sandbox not in outbox_member_ids(sessions, "reminder")


def test_a_sandbox_member_is_never_asked_for_feedback(
    sessions: sessionmaker[Session], config_path: Path
) -> None:
    members, sandbox = sample_roster_and_a_sandbox(sessions)
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    report = request_feedback(sessions, config, AFTER_W1_SAT, FakeRasa())
    assert report.requested == len(members)
    with sessions() as db:
        assert sandbox not in set(db.scalars(select(FeedbackRequest.member_id)))


def test_a_sandbox_member_is_never_sent_an_invitation(
    sessions: sessionmaker[Session], config_path: Path, settings: Settings
) -> None:
    members, sandbox = sample_roster_and_a_sandbox(sessions)
    config = config_with(config_path, lambda data: only_sessions(data, "w1-sat"))
    with transaction(sessions) as db:
        queued = send_invitations(db, resend=True, config=config, settings=settings, now=EARLY)
    assert queued == len(members)
    assert sandbox not in outbox_member_ids(sessions, "invitation")
