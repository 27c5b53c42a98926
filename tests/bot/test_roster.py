"""Roster import (CONTRACT §6) and the organisers' commands (CONTRACT §1), run as a coordinator
would run them: `python -m bot ...` in a subprocess."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.members.roster import INVITE_ALPHABET, import_roster
from bot.settings import REPO_ROOT
from db.models import ApiToken, Member, StaffUser
from tests.conftest import SAMPLE_ROSTER

BAD_ROWS = [
    "Bad,Phone,12345,,sms,en,no",
    ",Noname,07700900198,,sms,en,no",
    "Wrong,Channel,07700900199,,pigeon,en,no",
]


def roster_with_bad_rows(tmp_path: Path) -> Path:
    """The 50-row sample with its last three rows replaced by three bad ones."""
    lines = SAMPLE_ROSTER.read_text().splitlines()
    path = tmp_path / "roster.csv"
    path.write_text("\n".join(lines[:48] + BAD_ROWS) + "\n")
    return path


def run_cli(
    *args: str, database_url: str, stdin: str = "", **env_overrides: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ...` as a coordinator runs it, with these settings in the environment."""
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", **env_overrides}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO_ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_sample_roster_imports_all_fifty(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        report = import_roster(session, SAMPLE_ROSTER)
    assert (report.created, report.errors) == (50, [])
    with sessions() as session:
        members = session.execute(select(Member)).scalars().all()
    assert all(m.phone.startswith("+447700900") for m in members)
    assert len({m.invite_code for m in members}) == 50
    assert all(
        len(m.invite_code) == 6 and set(m.invite_code) <= set(INVITE_ALPHABET) for m in members
    )
    assert sum(m.reserve for m in members) == 4


def test_47_good_rows_import_and_3_bad_rows_are_named(tmp_path: Path, database_url: str) -> None:
    result = run_cli(
        "members", "import", str(roster_with_bad_rows(tmp_path)), database_url=database_url
    )
    assert result.returncode == 0, result.stderr
    assert "imported 47 new" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert errors == [
        "line 49: phone '12345' is not a valid number",
        "line 50: first_name is empty",
        "line 51: preferred_channel 'pigeon' is not one of sms, whatsapp, telegram",
    ]


def test_reimport_updates_without_duplicating_or_losing_progress(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    with sessions() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
        amina = session.execute(select(Member).where(Member.first_name == "Amina")).scalar_one()
        amina.onboarding_state, code = "onboarded", amina.invite_code
    changed = tmp_path / "changed.csv"
    changed.write_text(SAMPLE_ROSTER.read_text().replace("Okafor", "Okafor-Smith"))
    with sessions() as session, session.begin():
        report = import_roster(session, changed)
    assert (report.created, report.updated) == (0, 50)
    with sessions() as session:
        assert session.execute(select(func.count()).select_from(Member)).scalar_one() == 50
        amina = session.execute(select(Member).where(Member.first_name == "Amina")).scalar_one()
    assert (amina.last_name, amina.onboarding_state, amina.invite_code) == (
        "Okafor-Smith",
        "onboarded",
        code,
    )


def test_codes_out_lists_every_member(tmp_path: Path, database_url: str) -> None:
    codes = tmp_path / "codes.csv"
    result = run_cli(
        "members",
        "import",
        str(SAMPLE_ROSTER),
        "--codes-out",
        str(codes),
        database_url=database_url,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(codes.open()))
    assert len(rows) == 50 and set(rows[0]) == {"phone", "invite_code"}


def test_staff_add_and_token_store_only_hashes(
    database_url: str, sessions: sessionmaker[Session]
) -> None:
    added = run_cli(
        "staff",
        "add",
        "Officer@Example.org",
        "--role",
        "finance",
        "--password-stdin",
        database_url=database_url,
        stdin="correct horse battery staple\n",
    )
    assert added.returncode == 0, added.stderr
    token = run_cli("staff", "token", "officer@example.org", database_url=database_url)
    assert token.returncode == 0, token.stderr
    value = token.stdout.strip()
    with sessions() as session:
        user = session.execute(select(StaffUser)).scalar_one()
        stored = session.execute(select(ApiToken)).scalar_one()
    assert user.role == "finance" and user.password_hash.startswith("$argon2")
    assert "correct horse" not in user.password_hash
    assert stored.token_hash != value and len(stored.token_hash) == 64


def test_short_password_is_refused(database_url: str) -> None:
    result = run_cli(
        "staff",
        "add",
        "a@example.org",
        "--role",
        "staff",
        "--password-stdin",
        database_url=database_url,
        stdin="short\n",
    )
    assert result.returncode == 1 and "at least 12" in result.stderr


def test_check_config_names_three_mistakes_with_their_paths(tmp_path: Path) -> None:
    text = (REPO_ROOT / "config.yml").read_text()
    broken = (
        text.replace("venue: town-hall", "venue: town-hal", 1)
        .replace("{before: 2h}", "{before: 2 hours}")
        .replace("cap: 30.00", "cap: -30.00")
    )
    path = tmp_path / "broken.yml"
    path.write_text(broken)
    result = run_cli("check-config", str(path), database_url="sqlite://")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("sessions[0].venue")
    assert any(line.startswith("reminders[2].before") for line in lines)
    assert any(line.startswith("expenses.categories.travel.cap") for line in lines)


def test_shipped_config_passes_check_config() -> None:
    result = run_cli("check-config", database_url="sqlite://")
    assert result.returncode == 0 and result.stdout.strip().endswith(": ok")


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("PORT", "eighty", "setting PORT:"),
        ("DATABASE_URL", "mysql://x", "setting DATABASE_URL:"),
        ("TWILIO_SMS_FROM", "07700900000", "setting TWILIO_SMS_FROM:"),
    ],
)
def test_bad_setting_stops_with_one_line_naming_it(name: str, value: str, expected: str) -> None:
    result = run_cli("check-config", database_url="sqlite://", **{name: value})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(expected)


def test_the_fallback_threshold_for_training_comes_from_config_yml(tmp_path: Path) -> None:
    config = tmp_path / "config.yml"
    config.write_text(
        (REPO_ROOT / "config.yml")
        .read_text()
        .replace("fallback_threshold: 0.45", "fallback_threshold: 0.6")
    )
    out = tmp_path / "nlu-config.yml"
    result = run_cli("nlu-config", str(out), database_url="sqlite://", ASSEMBLY_CONFIG=str(config))
    assert result.returncode == 0, result.stderr
    import yaml

    pipeline = yaml.safe_load(out.read_text())["pipeline"]
    fallback = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    assert fallback["threshold"] == 0.6


def test_codes_out_carries_the_telegram_link_when_the_bot_is_known(
    tmp_path: Path, database_url: str
) -> None:
    codes = tmp_path / "codes.csv"
    result = run_cli(
        "members",
        "import",
        str(SAMPLE_ROSTER),
        "--codes-out",
        str(codes),
        database_url=database_url,
        TELEGRAM_BOT_USERNAME="WFAssemblyBot",
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(codes.open()))
    assert rows[0]["telegram_link"] == f"https://t.me/WFAssemblyBot?start={rows[0]['invite_code']}"
