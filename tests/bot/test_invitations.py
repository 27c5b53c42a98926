"""Invitations: one welcome per member on their channel, with their code and how to start."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig, load_config
from bot.members.invitations import send_invitations
from bot.settings import Settings
from db.models import Member
from db.session import transaction
from tests.bot.test_reminders import EARLY, load_sample_members, outbox
from tests.conftest import make_settings

ASSEMBLY_NAME = "Waltham Forest Citizens' Assembly on the Future of Neighbourhood Policing"


@pytest.fixture
def members(sessions: sessionmaker[Session]) -> list[int]:
    with transaction(sessions) as db:
        return load_sample_members(db, state="not_invited")


@pytest.fixture
def config(config_path: Path) -> AssemblyConfig:
    return load_config(config_path)


def member_named(db: Session, first_name: str) -> Member:
    return db.scalars(select(Member).where(Member.first_name == first_name)).one()


def test_everyone_is_invited_once_and_marked_invited(
    sessions: sessionmaker[Session], members: list[int], settings: Settings, config: AssemblyConfig
) -> None:
    with transaction(sessions) as db:
        count = send_invitations(db, config=config, settings=settings, now=EARLY)
    with transaction(sessions) as db:
        again = send_invitations(db, config=config, settings=settings, now=EARLY)
    assert (count, again) == (len(members), 0)
    with sessions() as db:
        taking_part = list(db.scalars(select(Member).where(Member.id.in_(members))))
        assert {m.onboarding_state for m in taking_part} == {"invited"}
        assert {m.invited_at for m in taking_part} == {EARLY}
        reserves = list(db.scalars(select(Member).where(Member.reserve.is_(True))))
        assert len(reserves) == 4  # the sample roster's reserves wait for a place
        assert {m.onboarding_state for m in reserves} == {"not_invited"}
        rows = outbox(db, kind="invitation")
        assert sorted(row.idempotency_key for row in rows) == sorted(
            f"invitation:{member_id}" for member_id in members
        )


def test_the_invitation_explains_the_assembly_and_how_to_start(
    sessions: sessionmaker[Session], members: list[int], settings: Settings, config: AssemblyConfig
) -> None:
    with transaction(sessions) as db:
        amina = member_named(db, "Amina")
        send_invitations(db, amina.id, config=config, settings=settings)
    with sessions() as db:
        (row,) = outbox(db, member_id=amina.id)
    body = row.body or ""
    assert row.channel == "sms"
    for expected in (
        "Hi Amina",
        ASSEMBLY_NAME,
        amina.invite_code,
        "Reply YES",
        "£150 per weekend",
        "https://example.org/assembly/privacy",
        "STOP",
    ):
        assert expected in body


def test_whatsapp_invitation_carries_the_template_variables(
    sessions: sessionmaker[Session], members: list[int], settings: Settings, config: AssemblyConfig
) -> None:
    with transaction(sessions) as db:
        kwame = member_named(db, "Kwame")
        send_invitations(db, kwame.id, config=config, settings=settings)
    with sessions() as db:
        (row,) = outbox(db, member_id=kwame.id)
    assert row.channel == "whatsapp" and row.template == "invitation"
    assert row.template_variables == {
        "language": "en",
        "first_name": "Kwame",
        "assembly_name": ASSEMBLY_NAME,
    }


def test_telegram_members_get_an_sms_with_the_bot_link(
    sessions: sessionmaker[Session],
    members: list[int],
    settings: Settings,
    config: AssemblyConfig,
    var_dir: Path,
    config_path: Path,
) -> None:
    with transaction(sessions) as db:
        chidi = member_named(db, "Chidi")
        send_invitations(db, chidi.id, config=config, settings=settings)
        named = make_settings(var_dir, config_path, settings.DATABASE_URL)
        object.__setattr__(named, "TELEGRAM_BOT_USERNAME", "WFAssemblyBot")
        ayesha = member_named(db, "Ayesha")
        send_invitations(db, ayesha.id, config=config, settings=named)
    with sessions() as db:
        (generic,) = outbox(db, member_id=chidi.id)
        (linked,) = outbox(db, member_id=ayesha.id)
    assert generic.channel == "sms"  # a Telegram bot cannot write first
    assert f"/start {chidi.invite_code}" in (generic.body or "")
    assert f"t.me/WFAssemblyBot?start={ayesha.invite_code}" in (linked.body or "")


def test_resend_sends_again_but_never_to_withdrawn_members(
    sessions: sessionmaker[Session], members: list[int], settings: Settings, config: AssemblyConfig
) -> None:
    with transaction(sessions) as db:
        send_invitations(db, config=config, settings=settings, now=EARLY)
        db.get(Member, members[0]).onboarding_state = "withdrawn"
        db.get(Member, members[1]).onboarding_state = "onboarded"
    with transaction(sessions) as db:
        assert send_invitations(db, members[2], config=config, settings=settings) == 0
        resent = send_invitations(
            db, resend=True, config=config, settings=settings, now=EARLY + timedelta(days=3)
        )
    assert resent == len(members) - 1
    with sessions() as db:
        assert len(outbox(db, member_id=members[0])) == 1
        assert len(outbox(db, member_id=members[2])) == 2
        assert db.get(Member, members[1]).onboarding_state == "onboarded"  # state not rewound


def test_config_comes_from_the_settings_when_not_passed(
    sessions: sessionmaker[Session], members: list[int], settings: Settings
) -> None:
    with transaction(sessions) as db:
        assert send_invitations(db, members[0], settings=settings) == 1
