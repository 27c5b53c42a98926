"""The assembly config: the shipped file is right; staff see every mistake with its YAML path."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import (
    REQUIRED_WHATSAPP_TEMPLATES,
    TEMPLATE_VARIABLES,
    AssemblyConfig,
    ConfigError,
    check_config_file,
    format_duration,
    format_money,
    load_config,
    load_config_cached,
    parse_duration,
    parse_money,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SHIPPED = REPO_ROOT / "config.yml"
LONDON = ZoneInfo("Europe/London")


def edited(path: Path, *replacements: tuple[str, str]) -> Path:
    """Apply text edits to a config copy, failing loudly if the shipped file no longer matches."""
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, f"test edit target not found in config: {old!r}"
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing needle, to check reported line numbers."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture
def config_copy(tmp_path: Path) -> Path:
    path = tmp_path / "config.yml"
    path.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


# --- the shipped file ----------------------------------------------------------------------


def test_shipped_config_has_no_problems() -> None:
    assert check_config_file(SHIPPED) == []


def test_shipped_config_has_six_sessions_at_local_times() -> None:
    config = load_config(SHIPPED)

    assert [session.id for session in config.sessions] == [
        "w1-sat",
        "w1-sun",
        "w2-sat",
        "w2-sun",
        "w3-sat",
        "w3-sun",
    ]
    first = config.session("w1-sat")
    assert first is not None
    assert first.title == "Weekend 1, Saturday"
    assert first.starts == datetime(2027, 2, 20, 10, 0, tzinfo=LONDON)
    assert first.ends == datetime(2027, 2, 20, 16, 30, tzinfo=LONDON)
    assert first.starts.utcoffset() == timedelta(0)  # GMT in February
    assert first.starts.astimezone(UTC).hour == 10
    for session in config.sessions:
        assert session.starts.tzinfo is not None
        assert session.starts.strftime("%A") in ("Saturday", "Sunday")
        assert session.starts.month in (2, 3) and session.starts.year == 2027
        assert config.venue_for(session).name == "Walthamstow Assembly Hall"
    saturdays = [s for s in config.sessions if s.id.endswith("-sat")]
    sundays = [s for s in config.sessions if s.id.endswith("-sun")]
    assert {(s.starts.time(), s.ends.time()) for s in saturdays} == {(time(10), time(16, 30))}
    assert {(s.starts.time(), s.ends.time()) for s in sundays} == {(time(10), time(16))}


def test_shipped_config_groups_sessions_into_three_weekends() -> None:
    config = load_config(SHIPPED)

    weekends = config.sessions_by_weekend()

    assert {label: [s.id for s in sessions] for label, sessions in weekends.items()} == {
        "Weekend 1": ["w1-sat", "w1-sun"],
        "Weekend 2": ["w2-sat", "w2-sun"],
        "Weekend 3": ["w3-sat", "w3-sun"],
    }
    assert config.weekend_of("w2-sun") == "Weekend 2"


def test_shipped_config_carries_the_contract_values() -> None:
    config = load_config(SHIPPED)

    assert config.tz.key == "Europe/London"
    assert config.assembly.short_name == "WF Citizens' Assembly"
    assert config.assembly.staff_contact.phone == "+44 20 8496 0000"
    # the one wording every message uses to point a member to a person
    assert config.contact_line() == (
        "call the team on +44 20 8496 0000 or email assembly@example.org"
    )
    assert [reminder.before for reminder in config.reminders] == [
        timedelta(days=7),
        timedelta(days=1),
        timedelta(hours=2),
    ]
    assert (config.quiet_hours.start, config.quiet_hours.end) == (time(21), time(8))
    assert config.feedback.after == timedelta(minutes=30)
    assert config.feedback.anonymous is True
    assert [q.type for q in config.feedback.questions] == ["rating", "yesno", "text"]
    assert config.expenses.claim_deadline_days == 30
    assert config.handover.fallback_threshold == pytest.approx(0.45)
    assert config.handover.office_hours.days == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for name in REQUIRED_WHATSAPP_TEMPLATES:
        template = config.template(name)
        assert template is not None, name
        assert re.fullmatch(r"HX[0-9a-f]{32}", template.content_sid)
    reminder = config.template("reminder")
    assert reminder is not None
    assert reminder.content_variables(
        {
            "first_name": "Amira",
            "session_title": "Weekend 1, Saturday",
            "starts_at": "10:00",
            "venue_name": "Walthamstow Assembly Hall",
            "unused": "x",
        }
    ) == {"1": "Amira", "2": "Weekend 1, Saturday", "3": "10:00", "4": "Walthamstow Assembly Hall"}


# --- money ---------------------------------------------------------------------------------


def test_money_is_an_exact_decimal_with_pence() -> None:
    config = load_config(SHIPPED)

    travel = config.category("travel")
    assert travel is not None
    assert isinstance(travel.cap, Decimal)
    assert travel.cap == Decimal("30.00")
    assert str(travel.cap) == "30.00"
    assert str(config.category("childcare").cap) == "80.00"  # type: ignore[union-attr]
    assert str(config.category("carer").cap) == "80.00"  # type: ignore[union-attr]
    assert isinstance(config.expenses.mileage_rate, Decimal)
    assert str(config.expenses.mileage_rate) == "0.45"
    assert str(config.assembly.thank_you_payment.amount) == "150.00"
    assert config.category("parking") is None


def test_money_written_as_a_yaml_number_keeps_no_float_artefacts(config_copy: Path) -> None:
    edited(config_copy, ("mileage_rate: 0.45", "mileage_rate: 0.1"), ("cap: 30.00", "cap: 12.3"))

    config = load_config(config_copy)

    assert str(config.expenses.mileage_rate) == "0.10"
    assert config.expenses.mileage_rate * 3 == Decimal(
        "0.30"
    )  # a float would give 0.30000000000000004
    assert str(config.category("travel").cap) == "12.30"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(30, "30.00"), ("30", "30.00"), (Decimal("0.45"), "0.45"), (0.1, "0.10"), ("12.5", "12.50")],
)
def test_parse_money_accepts_plain_amounts(value: object, expected: str) -> None:
    assert str(parse_money(value)) == expected


@pytest.mark.parametrize("value", ["£30", "30.005", "-1", True, None, "thirty", float("nan")])
def test_parse_money_rejects_what_is_not_an_amount_in_pence(value: object) -> None:
    with pytest.raises(ValueError):
        parse_money(value)


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("150.00", "GBP", "£150"),
        ("12.40", "GBP", "£12.40"),
        ("12.5", "GBP", "£12.50"),
        ("1200.00", "GBP", "£1,200"),
        ("95.00", "EUR", "€95"),
        ("0.45", "GBP", "£0.45"),
        ("150.00", "CHF", "150 CHF"),
    ],
)
def test_every_message_shows_money_one_way(amount: str, currency: str, shown: str) -> None:
    """Whole pounds without pence, otherwise two decimals; the same sum never reads two ways."""
    assert format_money(Decimal(amount), currency) == shown


# --- durations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45s", timedelta(seconds=45)),
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        ("7d", timedelta(days=7)),
        ("0m", timedelta(0)),
    ],
)
def test_durations_parse(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected
    assert format_duration(expected) == (text if text != "0m" else "0s")


@pytest.mark.parametrize("text", ["7 days", "-1d", "1.5h", "7", "", "2w", "d7"])
def test_durations_without_a_number_and_unit_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_equal_reminders_are_one_reminder_too_many(config_copy: Path) -> None:
    edited(config_copy, ("{before: 2h}", "{before: 2h}\n  - {before: 120m}\n  - {before: 0d}"))

    problems = check_config_file(config_copy)

    assert any(
        p.startswith("reminders[3].before") and "duplicate reminder '2h'" in p for p in problems
    )
    assert any(p.startswith("reminders[4].before") and "more than 0" in p for p in problems)


# --- reporting every mistake ---------------------------------------------------------------


def test_three_mistakes_are_all_reported_with_their_paths(config_copy: Path) -> None:
    edited(
        config_copy,
        ("venue: town-hall", "venue: town-hal"),
        ("{before: 1d}", "{before: 1 day}"),
        ("cap: 30.00", "cap: -30.00"),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 3, problems
    venue_line = line_of(config_copy, "venue: town-hal")
    assert problems[0].startswith(
        f"sessions[0].venue (line {venue_line}): unknown venue 'town-hal'"
    )
    assert problems[1].startswith(f"reminders[1].before (line {line_of(config_copy, '1 day')}):")
    assert "'1 day' is not a duration" in problems[1]
    assert problems[2].startswith(
        f"expenses.categories.travel.cap (line {line_of(config_copy, '-30.00')}):"
    )
    assert "negative" in problems[2]
    with pytest.raises(ConfigError) as raised:
        load_config(config_copy)
    assert raised.value.problems == problems


def test_a_misspelt_key_is_reported_with_the_right_spelling(config_copy: Path) -> None:
    edited(config_copy, ("  anonymous: true", "  anonymus: true"))

    problems = check_config_file(config_copy)

    assert any(
        p.startswith("feedback.anonymus") and "expected one of: after, anonymous, questions" in p
        for p in problems
    ), problems
    assert any(p.startswith("feedback.anonymous") and "missing" in p for p in problems)


def test_out_of_order_sessions_are_reported(config_copy: Path) -> None:
    edited(
        config_copy,
        ('starts: "2027-03-13T10:00"', 'starts: "2027-02-13T10:00"'),
        ('ends: "2027-03-13T16:30"', 'ends: "2027-02-13T16:30"'),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    assert problems[0].startswith("sessions[2].starts")
    assert "w2-sat starts before w1-sun" in problems[0]


def test_overlapping_sessions_are_reported(config_copy: Path) -> None:
    edited(
        config_copy,
        ('starts: "2027-02-21T10:00"', 'starts: "2027-02-20T15:00"'),
        ('ends: "2027-02-21T16:00"', 'ends: "2027-02-20T18:00"'),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    assert problems[0].startswith("sessions[1].starts")
    assert "w1-sun" in problems[0] and "overlaps w1-sat" in problems[0]


def test_session_checks_still_run_when_another_section_is_wrong(config_copy: Path) -> None:
    edited(
        config_copy,
        ("id: w3-sun", "id: w3-sat"),
        ('ends: "2027-02-20T16:30"', 'ends: "2027-02-20T09:00"'),
        ("claim_deadline_days: 30", "claim_deadline_days: thirty"),
    )

    problems = check_config_file(config_copy)

    assert any(
        p.startswith("sessions[5].id") and "duplicate session id 'w3-sat'" in p for p in problems
    )
    assert any(p.startswith("sessions[0].ends") and "must be after starts" in p for p in problems)
    assert any(p.startswith("expenses.claim_deadline_days") for p in problems)


def test_a_bad_timezone_is_reported(config_copy: Path) -> None:
    edited(config_copy, ("timezone: Europe/London", "timezone: Europe/Londn"))

    problems = check_config_file(config_copy)

    assert problems == [
        f"assembly.timezone (line {line_of(config_copy, 'Londn')}): unknown time zone"
        " 'Europe/Londn': use a name such as Europe/London"
    ]


def test_a_time_the_clocks_skip_is_reported(config_copy: Path) -> None:
    edited(
        config_copy,
        ('starts: "2027-03-21T10:00"', 'starts: "2027-03-28T01:30"'),
        ('ends: "2027-03-21T16:00"', 'ends: "2027-03-28T16:00"'),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    assert problems[0].startswith("sessions[5].starts")
    assert "does not exist" in problems[0]


def test_sessions_after_the_clocks_go_forward_are_in_summer_time(config_copy: Path) -> None:
    edited(
        config_copy,
        ('"2027-03-20T10:00"', '"2027-03-27T10:00"'),
        ('"2027-03-20T16:30"', '"2027-03-27T16:30"'),
        ('"2027-03-21T10:00"', '"2027-03-28T10:00"'),
        ('"2027-03-21T16:00"', '"2027-03-28T16:00"'),
    )

    config = load_config(config_copy)

    saturday, sunday = config.session("w3-sat"), config.session("w3-sun")
    assert saturday is not None and sunday is not None
    assert saturday.starts.utcoffset() == timedelta(0)
    assert sunday.starts.utcoffset() == timedelta(hours=1)
    assert sunday.starts.astimezone(UTC) == datetime(2027, 3, 28, 9, 0, tzinfo=UTC)
    assert sunday.starts.hour == 10  # members are told the local time they know


def test_an_unknown_template_variable_is_reported(config_copy: Path) -> None:
    edited(
        config_copy,
        ("variables: [first_name, assembly_name]", "variables: [firstname, assembly_name]"),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    assert problems[0].startswith("channels.whatsapp.templates.invitation.variables[0]")
    assert "unknown variable 'firstname'" in problems[0]
    assert "first_name" in TEMPLATE_VARIABLES


def test_a_missing_required_template_is_reported_with_other_template_mistakes(
    config_copy: Path,
) -> None:
    text = config_copy.read_text(encoding="utf-8")
    staff_reply = next(line for line in text.splitlines() if "staff_reply:" in line)
    edited(config_copy, (staff_reply + "\n", ""), ("HXaaaa", "HXzzzz"))

    problems = check_config_file(config_copy)

    assert any(
        p.startswith("channels.whatsapp.templates ")
        and "missing required template: staff_reply" in p
        for p in problems
    ), problems
    assert any(p.startswith("channels.whatsapp.templates.invitation.content_sid") for p in problems)


def test_a_yaml_syntax_error_is_reported_with_its_line(config_copy: Path) -> None:
    edited(
        config_copy, ("  short_name: WF Citizens' Assembly", "  short_name WF\n  bad: [unclosed")
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    match = re.match(r"line (\d+), column \d+: YAML syntax error", problems[0])
    assert match, problems
    assert abs(int(match.group(1)) - line_of(config_copy, "short_name WF")) <= 1


def test_a_repeated_key_is_reported_rather_than_silently_dropped(config_copy: Path) -> None:
    edited(
        config_copy,
        ("  claim_deadline_days: 30", "  claim_deadline_days: 30\n  claim_deadline_days: 60"),
    )

    problems = check_config_file(config_copy)

    assert len(problems) == 1, problems
    assert problems[0].startswith("expenses.claim_deadline_days")
    assert "duplicate key" in problems[0]


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"

    assert check_config_file(missing) == [f"{missing}: file not found"]
    with pytest.raises(ConfigError):
        load_config(missing)


def test_quiet_hours_must_not_be_empty(config_copy: Path) -> None:
    edited(config_copy, ('end: "08:00"', 'end: "21:00"'))

    problems = check_config_file(config_copy)

    assert len(problems) == 1 and problems[0].startswith("quiet_hours.end"), problems


# --- behaviour the scheduler relies on -----------------------------------------------------


def test_quiet_hours_wrap_midnight_and_defer_to_their_end() -> None:
    config = load_config(SHIPPED)

    assert config.quiet_hours.contains(time(23, 30))
    assert config.quiet_hours.contains(time(7, 59))
    assert not config.quiet_hours.contains(time(8, 0))
    evening = datetime(2027, 2, 19, 22, 0, tzinfo=LONDON)
    early = datetime(2027, 2, 20, 6, 0, tzinfo=LONDON)
    midday = datetime(2027, 2, 20, 12, 0, tzinfo=LONDON)
    assert config.next_send_time(evening) == datetime(2027, 2, 20, 8, 0, tzinfo=LONDON)
    assert config.next_send_time(early) == datetime(2027, 2, 20, 8, 0, tzinfo=LONDON)
    assert config.next_send_time(midday) == midday


def test_from_data_validates_python_data_like_the_file() -> None:
    config = load_config(SHIPPED)

    again = AssemblyConfig.from_data(config.model_dump())

    assert again == config
    with pytest.raises(ConfigError) as raised:
        AssemblyConfig.from_data({**config.model_dump(), "venues": {}})
    assert any(p.startswith("venues") for p in raised.value.problems)


# --- live reload ---------------------------------------------------------------------------


def _touch_later(path: Path, seconds: int) -> None:
    """Move the modification time on, as a later save would (file times can be coarse)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 1_000_000_000))


def test_load_config_cached_picks_up_an_edited_file(config_copy: Path) -> None:
    first = load_config_cached(config_copy)
    assert load_config_cached(config_copy) is first  # unchanged file: no re-read

    edited(config_copy, ("name: Walthamstow Assembly Hall", "name: Waltham Forest Town Hall"))
    _touch_later(config_copy, 1)
    second = load_config_cached(config_copy)

    assert second.venues["town-hall"].name == "Waltham Forest Town Hall"
    assert first.venues["town-hall"].name == "Walthamstow Assembly Hall"


def test_load_config_cached_keeps_the_last_good_config_when_an_edit_breaks_it(
    config_copy: Path,
) -> None:
    good = load_config_cached(config_copy)

    edited(config_copy, ("timezone: Europe/London", "timezone: Mars/Olympus"))
    _touch_later(config_copy, 1)
    assert load_config_cached(config_copy) is good

    edited(
        config_copy,
        ("timezone: Mars/Olympus", "timezone: Europe/London"),
        ("cap: 30.00", "cap: 35.00"),
    )
    _touch_later(config_copy, 2)
    assert str(load_config_cached(config_copy).category("travel").cap) == "35.00"  # type: ignore[union-attr]


def test_load_config_cached_raises_when_there_was_never_a_good_file(tmp_path: Path) -> None:
    broken = tmp_path / "config.yml"
    broken.write_text("assembly: {}\n", encoding="utf-8")

    with pytest.raises(ConfigError) as raised:
        load_config_cached(broken)
    assert raised.value.problems
