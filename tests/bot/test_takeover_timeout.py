"""`handover.takeover_timeout` in config.yml: optional, checked by check-config, and counted in
office time, so a member who asks for a person at night is not told "nobody came" before the
team has even started work."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import check_config_file, load_config

SHIPPED = Path(__file__).resolve().parents[2] / "config.yml"
LONDON = ZoneInfo("Europe/London")
LINE = "  takeover_timeout: 2h\n"


def with_timeout_line(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "config.yml"
    text = SHIPPED.read_text(encoding="utf-8")
    assert LINE in text
    path.write_text(text.replace(LINE, line), encoding="utf-8")
    return path


def test_the_timeout_is_optional_with_a_default_of_two_hours(tmp_path: Path) -> None:
    path = with_timeout_line(tmp_path, "")
    assert check_config_file(path) == []
    assert load_config(path).handover.takeover_timeout == timedelta(hours=2)


@pytest.mark.parametrize("value", ["soon", "0m", "-1h", "2 hours"])
def test_a_bad_timeout_is_reported_with_its_path(tmp_path: Path, value: str) -> None:
    problems = check_config_file(with_timeout_line(tmp_path, f"  takeover_timeout: {value}\n"))
    assert len(problems) == 1 and problems[0].startswith("handover.takeover_timeout"), problems


@pytest.mark.parametrize(
    ("since", "deadline"),
    [
        # within office hours (09:00-18:00 every day): two hours later
        (datetime(2027, 2, 20, 10, 0), datetime(2027, 2, 20, 12, 0)),
        # late in the day: what is left of today, the rest tomorrow morning
        (datetime(2027, 2, 20, 17, 30), datetime(2027, 2, 21, 10, 30)),
        # at night or before opening: two hours from the next opening
        (datetime(2027, 2, 20, 23, 0), datetime(2027, 2, 21, 11, 0)),
        (datetime(2027, 2, 20, 7, 0), datetime(2027, 2, 20, 11, 0)),
    ],
)
def test_the_timeout_counts_office_time(since: datetime, deadline: datetime) -> None:
    config = load_config(SHIPPED)
    assert config.takeover_deadline(since.replace(tzinfo=LONDON)) == deadline.replace(tzinfo=LONDON)


def test_office_days_are_skipped_when_the_team_is_off(tmp_path: Path) -> None:
    path = tmp_path / "config.yml"
    text = SHIPPED.read_text(encoding="utf-8")
    every_day = "days: [mon, tue, wed, thu, fri, sat, sun]"
    assert every_day in text
    path.write_text(text.replace(every_day, "days: [mon, tue, wed, thu, fri]"), encoding="utf-8")
    friday_evening = datetime(2027, 2, 19, 17, 0, tzinfo=LONDON)  # a Friday
    monday = datetime(2027, 2, 22, 10, 0, tzinfo=LONDON)
    assert load_config(path).takeover_deadline(friday_evening) == monday
    assert load_config(path).when_staff_reply(friday_evening) == "today, before 18:00"
