"""Members name sessions by title, weekday, date, "today"/"yesterday"/"tmrw" and weekend; the
parser finds the session they mean, on the assembly's own calendar and clock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from bot.config import AssemblyConfig, load_config
from bot.i18n.catalogue import speaking
from flows.session_refs import resolve_session_ref

OPENING = {
    "id": "opening",
    "title": "Opening session",
    "starts": "2027-02-19T18:00",
    "ends": "2027-02-19T20:00",
    "venue": "town-hall",
    "catering": "Tea",
}


def at(text: str) -> datetime:
    """A moment in UTC ("2027-03-14 12:00")."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def config(config_path: Path) -> AssemblyConfig:
    """The shipped sessions (Weekend 1: 20-21 Feb, 2: 13-14 Mar, 3: 20-21 Mar 2027) with an
    "Opening session" the Friday evening before the first weekend."""
    data = yaml.safe_load(config_path.read_text())
    data["sessions"].insert(0, OPENING)
    config_path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_config(config_path)


def ids(config: AssemblyConfig, words: str, moment: str, *, past: bool = False) -> list[str]:
    return [s.id for s in resolve_session_ref(config, words, at(moment), prefer_past=past)]


@pytest.mark.parametrize(
    ("words", "moment", "expected"),
    [
        ("the opening session", "2027-01-10 12:00", ["opening"]),
        ("Opening", "2027-03-01 12:00", ["opening"]),
        ("the opening session today", "2027-02-19 19:00", ["opening"]),
        ("the opening session today", "2027-02-20 12:00", []),  # the words disagree
        ("weekend 1, saturday", "2027-01-10 12:00", ["w1-sat"]),
    ],
)
def test_a_session_is_found_by_its_title(
    config: AssemblyConfig, words: str, moment: str, expected: list[str]
) -> None:
    assert ids(config, words, moment) == expected


@pytest.mark.parametrize(
    ("words", "moment", "expected"),
    [
        ("today", "2027-02-20 15:00", ["w1-sat"]),
        ("it was today", "2027-02-20 15:00", ["w1-sat"]),
        ("2day", "2027-02-20 15:00", ["w1-sat"]),
        ("yesterday", "2027-02-21 09:00", ["w1-sat"]),
        ("last night", "2027-02-20 09:00", ["opening"]),
        ("tomorrow", "2027-02-20 15:00", ["w1-sun"]),
        ("tmrw", "2027-02-20 15:00", ["w1-sun"]),
        ("2moro", "2027-02-20 15:00", ["w1-sun"]),
        ("today", "2027-02-22 12:00", []),  # no session today
    ],
)
def test_today_yesterday_and_tomorrow_count_from_the_clock(
    config: AssemblyConfig, words: str, moment: str, expected: list[str]
) -> None:
    assert ids(config, words, moment) == expected


def test_today_is_the_assemblys_local_day_not_utcs(config_path: Path) -> None:
    data = yaml.safe_load(config_path.read_text())
    data["assembly"]["timezone"] = "Asia/Tokyo"
    config_path.write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(config_path)
    # 20:00 UTC on Friday 19 February is 05:00 on Saturday 20 February in Tokyo
    assert ids(config, "today", "2027-02-19 20:00") == ["w1-sat"]
    assert ids(config, "yesterday", "2027-02-19 20:00") == []


@pytest.mark.parametrize(
    ("words", "moment", "past", "expected"),
    [
        ("saturday", "2027-01-10 12:00", False, ["w1-sat"]),
        ("sat", "2027-01-10 12:00", False, ["w1-sat"]),
        ("saturday", "2027-03-14 12:00", False, ["w3-sat"]),
        ("saturday", "2027-03-14 12:00", True, ["w2-sat"]),  # a claim: the one just gone
        ("last saturday", "2027-03-14 12:00", False, ["w2-sat"]),
        ("next saturday", "2027-03-14 12:00", True, ["w3-sat"]),
        ("friday", "2027-01-10 12:00", False, ["opening"]),
        ("Saturday weekend 1", "2027-01-10 12:00", False, ["w1-sat"]),
        ("the sunday of the second weekend", "2027-01-10 12:00", False, ["w2-sun"]),
    ],
)
def test_a_weekday_means_the_nearest_session_on_that_day(
    config: AssemblyConfig, words: str, moment: str, past: bool, expected: list[str]
) -> None:
    assert ids(config, words, moment, past=past) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("24th feb", []),  # no session that day
        ("20th feb", ["w1-sat"]),
        ("20th of February", ["w1-sat"]),
        ("feb 21st", ["w1-sun"]),
        ("20/2", ["w1-sat"]),
        ("21/02/2027", ["w1-sun"]),
        ("13 March", ["w2-sat"]),
        ("the 14th", ["w2-sun"]),
        ("13", ["w2-sat"]),
    ],
)
def test_dates_in_the_ways_people_write_them(
    config: AssemblyConfig, words: str, expected: list[str]
) -> None:
    assert ids(config, words, "2027-01-10 12:00") == expected


@pytest.mark.parametrize(
    ("words", "moment", "expected"),
    [
        ("weekend 2", "2027-01-10 12:00", ["w2-sat", "w2-sun"]),
        ("the second weekend", "2027-01-10 12:00", ["w2-sat", "w2-sun"]),
        ("1st weekend", "2027-01-10 12:00", ["opening", "w1-sat", "w1-sun"]),
        ("w3", "2027-01-10 12:00", ["w3-sat", "w3-sun"]),
        ("the last weekend", "2027-01-10 12:00", ["w3-sat", "w3-sun"]),
        ("last weekend", "2027-03-15 12:00", ["w2-sat", "w2-sun"]),
        ("last weekend", "2027-03-13 12:00", ["opening", "w1-sat", "w1-sun"]),
        ("this weekend", "2027-03-13 12:00", ["w2-sat", "w2-sun"]),
    ],
)
def test_weekends_by_number_and_by_when(
    config: AssemblyConfig, words: str, moment: str, expected: list[str]
) -> None:
    assert ids(config, words, moment) == expected


@pytest.mark.parametrize(
    "words", ["the blue one", "it was £12.40", "12.40", "", "at 10am", "the one with the talks"]
)
def test_words_that_name_no_session_find_none(config: AssemblyConfig, words: str) -> None:
    assert ids(config, words, "2027-02-20 12:00") == []


def test_money_beside_the_day_is_not_read_as_a_date(config: AssemblyConfig) -> None:
    words = "I want to claim back my taxi fare from today, it was £12.40"
    assert ids(config, words, "2027-02-20 15:00", past=True) == ["w1-sat"]


@pytest.mark.parametrize(
    ("language", "words", "moment", "past", "expected"),
    [
        ("pl", "w sobotę", "2027-01-10 12:00", False, ["w1-sat"]),
        ("pl", "w niedziele drugiego weekendu", "2027-03-01 12:00", False, ["w2-sun"]),
        ("pl", "za wczoraj", "2027-02-22 09:00", True, ["w1-sun"]),
        ("ro", "sâmbăta trecută", "2027-03-15 12:00", True, ["w2-sat"]),
        ("ro", "azi", "2027-03-20 09:00", False, ["w3-sat"]),
        ("ur", "اتوار", "2027-01-10 12:00", False, ["w1-sun"]),
        ("ur", "آج", "2027-03-21 08:00", False, ["w3-sun"]),
    ],
)
def test_a_session_is_found_by_day_words_in_the_members_language(
    config: AssemblyConfig, language: str, words: str, moment: str, past: bool, expected: list[str]
) -> None:
    """A Polish, Romanian or Urdu speaker names the day in their own words ("w sobotę",
    "ieri", "اتوار") and the parser finds it, as it does for English."""
    with speaking(language):
        assert ids(config, words, moment, past=past) == expected


def test_another_languages_day_words_are_not_read_in_english(config: AssemblyConfig) -> None:
    """ "azi" means today only to a Romanian speaker: in English it names no day."""
    assert ids(config, "azi", "2027-03-20 09:00") == []
