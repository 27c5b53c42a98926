"""Retention: config.yml's `retention:` says how long each kind of data is kept after the
assembly's last session; `check-config` checks it and the scheduler's daily clean-up applies it
to messages (and Rasa's record of them), media files, outbox texts and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import check_config_file, load_config
from bot.media_store import media_store_for
from bot.scheduling.scheduler import SchedulerService
from bot.settings import REPO_ROOT, Settings
from db.models import AuditLog, ExpenseClaim, MediaFile, Member, Message, OutboxItem
from db.queries import conversation_for, identity_for
from db.session import transaction
from tests.bot.test_config import edited
from tests.rasa_tracker import seed_tracker_events, tracker_texts

LAST_SESSION_ENDS = datetime(2027, 3, 21, 16, 0, tzinfo=UTC)  # w3-sun in the shipped config
LONG_AFTER = datetime(2028, 6, 1, 12, 0, tzinfo=UTC)  # past every default retention
SOON_AFTER = datetime(2027, 4, 1, 12, 0, tzinfo=UTC)  # inside every default retention
BEFORE_LAST = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


# --- the config ------------------------------------------------------------------------------


def test_shipped_config_keeps_data_as_long_as_the_contract_says() -> None:
    retention = load_config(REPO_ROOT / "config.yml").retention
    assert retention.messages == timedelta(days=180)
    assert retention.media == timedelta(days=90)
    assert retention.outbox == timedelta(days=30)
    assert retention.audit == timedelta(days=365)


def test_check_config_accepts_a_retention_section(config_path: Path) -> None:
    edited(config_path, ("retention:", "retention:"))  # the shipped file has the section
    assert check_config_file(config_path) == []


def test_check_config_names_a_bad_retention_period(config_path: Path) -> None:
    edited(config_path, ("media: 90d", "media: 3 months"), ("audit: 365d", "audit: 0d"))
    problems = check_config_file(config_path)
    assert any(p.startswith("retention.media") and "3 months" in p for p in problems), problems
    assert any(p.startswith("retention.audit") for p in problems), problems


def test_check_config_names_a_misspelt_retention_kind(config_path: Path) -> None:
    edited(config_path, ("outbox: 30d", "outbx: 30d"))
    problems = check_config_file(config_path)
    assert any(p.startswith("retention.outbx") and "outbox" in p for p in problems), problems


def test_a_config_without_retention_keeps_the_contract_defaults(config_path: Path) -> None:
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(text[: text.index("retention:")], encoding="utf-8")
    assert check_config_file(config_path) == []
    assert load_config(config_path).retention.messages == timedelta(days=180)


# --- the daily clean-up --------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def clean_up_at(settings: Settings, sessions: sessionmaker[Session], now: datetime) -> int:
    scheduler = SchedulerService(
        settings, sessions=sessions, start_survey=lambda *_: [], clock=Clock(now), holder="t:1"
    )
    assert scheduler.renew_lease()
    return scheduler.clean_up()


def add_conversation_with(
    session: Session, settings: Settings, phone: str, created: datetime, words: str
) -> int:
    """A member's message with a photo, an outbox reply and Rasa's record, all made `created`;
    returns the message id."""
    member = Member(first_name="Old", last_name="Timer", phone=phone, invite_code=phone[-6:])
    session.add(member)
    session.flush()
    identity = identity_for(session, "sms", phone)
    identity.member_id = member.id
    conversation = conversation_for(session, identity)
    message = Message(
        conversation_id=conversation.id,
        channel="sms",
        direction="in",
        author="member",
        text=words,
        kind="media",
        processed_at=created,
        created_at=created,
    )
    session.add(message)
    session.flush()
    photo = f"photo-{phone[-3:]}"
    media_store_for(settings).put(photo, words.encode())
    media = MediaFile(
        message_id=message.id,
        source="https://x.invalid/m",
        storage_path=photo,
        created_at=created,
    )
    session.add(media)
    session.flush()
    session.add(
        ExpenseClaim(member_id=member.id, category="travel", amount=5, receipt_media_id=media.id)
    )
    session.add(
        OutboxItem(
            idempotency_key=f"reply:{message.id}",
            kind="reply",
            member_id=member.id,
            channel="sms",
            address=phone,
            body=f"reply to {words}",
            template_variables={"first_name": "Old"},
            status="delivered",
            created_at=created,
            not_before=created,
        )
    )
    session.add(
        AuditLog(
            action="member.exported",
            target_type="member",
            target_id=str(member.id),
            created_at=created,
        )
    )
    seed_tracker_events(settings, conversation, [(words, created)])
    return message.id


@pytest.fixture
def old_and_recent(settings: Settings, sessions: sessionmaker[Session]) -> dict[str, int]:
    """One conversation from before the last session, one from ten days before LONG_AFTER."""
    with transaction(sessions) as session:
        old = add_conversation_with(session, settings, "+447700900301", BEFORE_LAST, "old words")
        recent = add_conversation_with(
            session, settings, "+447700900302", LONG_AFTER - timedelta(days=10), "recent words"
        )
    return {"old": old, "recent": recent}


def test_clean_up_long_after_the_last_session_deletes_old_messages_and_rasas_record_of_them(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    clean_up_at(settings, sessions, LONG_AFTER)
    with sessions() as session:
        assert session.get(Message, old_and_recent["old"]) is None
        assert session.get(Message, old_and_recent["recent"]) is not None
    assert tracker_texts(settings) == ["recent words"]


def test_clean_up_long_after_the_last_session_deletes_old_media_files_and_rows(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    clean_up_at(settings, sessions, LONG_AFTER)
    assert sorted(path.name for path in settings.MEDIA_DIR.iterdir()) == ["photo-302"]
    with sessions() as session:
        kept = session.scalars(select(MediaFile.storage_path)).all()
        assert kept == ["photo-302"]
        receipts = session.scalars(
            select(ExpenseClaim.receipt_media_id).order_by(ExpenseClaim.id)
        ).all()
        assert receipts[0] is None and receipts[1] is not None  # the claims stay


def test_clean_up_long_after_the_last_session_blanks_old_outbox_texts_and_keeps_their_status(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    clean_up_at(settings, sessions, LONG_AFTER)
    with sessions() as session:
        rows = session.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
        assert [(row.body, row.template_variables, row.status) for row in rows] == [
            (None, None, "delivered"),
            ("reply to recent words", {"first_name": "Old"}, "delivered"),
        ]


def test_clean_up_long_after_the_last_session_deletes_old_audit_entries(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    clean_up_at(settings, sessions, LONG_AFTER)
    with sessions() as session:
        left = session.scalars(
            select(AuditLog.created_at).where(AuditLog.action == "member.exported")
        ).all()
        assert [when.date() for when in left] == [(LONG_AFTER - timedelta(days=10)).date()]
        # The clean-up itself is on the record, with what it removed.
        [entry] = session.scalars(select(AuditLog).where(AuditLog.action == "retention.cleaned"))
        assert entry.detail == {"messages": 1, "media": 1, "outbox": 1, "audit": 1}


def test_clean_up_soon_after_the_last_session_keeps_everything(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    clean_up_at(settings, sessions, SOON_AFTER)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 2
        assert session.scalar(select(func.count()).select_from(MediaFile)) == 2
        assert None not in session.scalars(select(OutboxItem.body)).all()
    assert sorted(tracker_texts(settings)) == ["old words", "recent words"]
    assert len(list(settings.MEDIA_DIR.iterdir())) == 2


def test_clean_up_follows_the_retention_in_config_yml(
    settings: Settings, sessions: sessionmaker[Session], old_and_recent: dict[str, int]
) -> None:
    """Ten days after the last session, with messages kept only a week."""
    edited(settings.ASSEMBLY_CONFIG, ("messages: 180d", "messages: 7d"))
    clean_up_at(settings, sessions, LAST_SESSION_ENDS + timedelta(days=10))
    with sessions() as session:
        assert session.get(Message, old_and_recent["old"]) is None
    assert tracker_texts(settings) == ["recent words"]
