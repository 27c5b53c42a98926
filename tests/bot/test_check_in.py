"""Reserves from the roster (their stratification columns kept, a promoted reserve staying a
member on re-import) and the register's late and absent messages."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import load_config
from bot.members.reserves import closest_reserves, promote_reserve
from bot.members.roster import import_roster
from bot.scheduling.check_in_messages import queue_check_in_messages
from bot.settings import Settings
from db.models import Attendance, Member, OutboxItem
from db.register import mark_arrived
from db.session import transaction

ROSTER = """first_name,last_name,phone,reserve,age_band,ward
Ada,Lovelace,07700900301,no,65+,Lea Bridge
Rosa,Adeyemi,07700900302,yes,25-34,Hoe Street
Sam,Baker,07700900303,yes,65+,Lea Bridge
"""


def by_name(db: Session, first_name: str) -> Member:
    return db.scalars(select(Member).where(Member.first_name == first_name)).one()


def test_stratification_columns_match_reserves_and_a_promotion_survives_reimport(
    sessions: sessionmaker[Session], settings: Settings, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    config = load_config(settings.ASSEMBLY_CONFIG)
    with transaction(sessions) as db:
        import_roster(db, roster)
    with transaction(sessions) as db:
        ada = by_name(db, "Ada")
        assert ada.strata == {"age_band": "65+", "ward": "Lea Bridge"}
        [first, second] = closest_reserves(db, ada)
        assert (first.reserve.first_name, first.matches, first.compared) == ("Sam", 2, 2)
        assert (second.reserve.first_name, second.matches) == ("Rosa", 0)
        assert promote_reserve(db, first.reserve, ada, config=config, settings=settings) == 1
    with transaction(sessions) as db:
        report = import_roster(db, roster)  # the file still says Sam is a reserve
        assert report.errors == []
    with sessions() as db:
        sam = by_name(db, "Sam")
        assert (sam.reserve, sam.replaces_member_id, sam.onboarding_state) == (
            False,
            by_name(db, "Ada").id,
            "invited",
        )
        assert by_name(db, "Rosa").reserve is True


def test_late_then_absent_messages_go_once_to_expected_members_not_yet_in(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    config = load_config(settings.ASSEMBLY_CONFIG)
    saturday = config.sessions[0]
    with transaction(sessions) as db:
        people = {}
        for n, (name, state, reserve) in enumerate(
            [
                ("Coming", "onboarded", False),
                ("Arrived", "onboarded", False),
                ("Declined", "onboarded", False),
                ("Late", "onboarded", False),
                ("Reserve", "onboarded", True),
                ("Invited", "invited", False),
            ]
        ):
            member = Member(
                first_name=name,
                last_name="Test",
                phone=f"+4477009004{n:02d}",
                invite_code=f"CK{n:04d}",
                onboarding_state=state,
                reserve=reserve,
            )
            db.add(member)
            db.flush()
            people[name] = member.id
        db.add(Attendance(member_id=people["Declined"], session_id=saturday.id, status="declined"))
        db.add(Attendance(member_id=people["Late"], session_id=saturday.id, status="late"))
        mark_arrived(db, people["Arrived"], saturday.id, None, via="door")

    def sent(kind: str) -> list[int]:
        with sessions() as db:
            return sorted(
                item.member_id
                for item in db.scalars(
                    select(OutboxItem).where(OutboxItem.idempotency_key.like(f"checkin:{kind}:%"))
                )
            )

    with transaction(sessions) as db:
        assert queue_check_in_messages(db, config, saturday.starts + timedelta(minutes=10)) == 0
    for _ in range(2):
        with transaction(sessions) as db:
            queue_check_in_messages(db, config, saturday.starts + timedelta(minutes=40))
    assert sent("late") == [people["Coming"]]
    with sessions() as db:
        late = db.scalars(select(OutboxItem).where(OutboxItem.kind == "check_in")).one()
        assert late.body is not None
        assert late.body.startswith("Hi Coming, Weekend 1, Saturday started at Saturday 20")
        assert "+44 20 8496 0000" in late.body

    for _ in range(2):
        with transaction(sessions) as db:
            queue_check_in_messages(db, config, saturday.ends + timedelta(minutes=5))
    assert sent("absent") == sorted([people["Coming"], people["Late"]])
