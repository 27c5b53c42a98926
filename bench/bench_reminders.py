"""How long reminder planning takes for a large roster on SQLite (the target: 10,000 members
in under 10 seconds), so a slow query per member shows up before an assembly grows.

Run: .venv/bin/python bench/bench_reminders.py [--members 10000]

Times, for N onboarded members and the shipped config.yml:
1. the scheduler's busiest planning run (24-hour horizon, the day before weekend 1: the 1d and
   2h reminders of Saturday and the 1d reminder of Sunday for everyone) -- the gated figure;
2. the same again (steady state: nothing new to write);
3. for information, planning every reminder of every session at once (no horizon).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from bot.config import load_config
from bot.scheduling.reminders import PlanReport, plan_reminders
from bot.settings import REPO_ROOT
from db.models import Base, Member
from db.session import make_engine, make_session_factory, transaction

TARGET_SECONDS = 10.0
CHANNELS = ("sms", "whatsapp", "telegram")


def seed_members(factory: sessionmaker[Session], count: int) -> None:
    """Onboarded members with distinct phones and codes, a third on each channel."""
    rows = [
        {
            "first_name": f"Member{number}",
            "last_name": "Bench",
            "phone": f"+4477009{number:05d}",
            "preferred_channel": CHANNELS[number % 3],
            "language": "en",
            "reserve": False,
            "invite_code": f"B{number:05d}",
            "onboarding_state": "onboarded",
            "created_at": datetime.now(UTC),
            "updated_at": datetime.now(UTC),
        }
        for number in range(count)
    ]
    with transaction(factory) as session:
        session.execute(insert(Member.__table__), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()

    config = load_config(REPO_ROOT / "config.yml")
    first_start = min(item.starts for item in config.sessions).astimezone(UTC)
    busiest = first_start - timedelta(days=1, minutes=5)
    with tempfile.TemporaryDirectory() as folder:
        factory = fresh_database(Path(folder) / "horizon.db", args.members)
        first_seconds, first = timed(factory, lambda db: plan_reminders(db, config, busiest))
        second_seconds, second = timed(factory, lambda db: plan_reminders(db, config, busiest))

        everything = fresh_database(Path(folder) / "all.db", args.members)
        all_seconds, all_report = timed(
            everything,
            lambda db: plan_reminders(db, config, busiest - timedelta(days=30), horizon=None),
        )

    print(
        f"planning {args.members} members on SQLite (config.yml: {len(config.sessions)} sessions"
        f" x {len(config.reminders)} reminders)"
    )
    print(f"  busiest scheduler run (24 h horizon): {first_seconds:.2f} s, {first.queued} queued")
    print(f"  same run again (steady state):        {second_seconds:.2f} s, {second.queued} queued")
    print(
        f"  every reminder at once (no horizon):  {all_seconds:.2f} s, {all_report.queued} queued"
        " (information only)"
    )
    ok = first_seconds < TARGET_SECONDS and second_seconds < TARGET_SECONDS
    print(f"target < {TARGET_SECONDS:.0f} s per planning run: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def fresh_database(path: Path, members: int) -> sessionmaker[Session]:
    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    seed_members(factory, members)
    return factory


def timed(
    factory: sessionmaker[Session], run: Callable[[Session], PlanReport]
) -> tuple[float, PlanReport]:
    started = time.perf_counter()
    with transaction(factory) as session:
        report = run(session)
    return time.perf_counter() - started, report


if __name__ == "__main__":
    raise SystemExit(main())
