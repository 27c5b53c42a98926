"""The message catalogue: complete in every language, checked, overridable by organisers."""

from __future__ import annotations

import copy
import subprocess
import sys
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_config
from bot.i18n.catalogue import builtin, speaking, t, use_messages_file
from bot.i18n.checks import check_catalogue, check_messages_file
from bot.i18n.languages import language_named
from bot.i18n.segments import sms_cost
from bot.message_texts import payment_text, reminder_text
from bot.settings import REPO_ROOT


def test_every_text_is_translated_with_its_placeholders_in_every_language() -> None:
    assert check_catalogue() == []


def test_the_check_names_an_untranslated_text_and_a_missing_placeholder() -> None:
    broken = copy.deepcopy(builtin())
    del broken["pl"]["help"]
    broken["ro"]["stopped"] = "Nu vei mai primi mementouri aici."  # {contact} left out
    problems = check_catalogue(broken)
    assert "catalogue pl.help: not translated" in problems
    assert "catalogue ro.stopped: missing placeholder {contact}" in problems


def run_check_config(
    config: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "check-config", str(config)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
        timeout=60,
    )


def test_check_config_fails_on_unknown_keys_and_placeholders_in_messages_yml(
    config_path: Path,
) -> None:
    (config_path.parent / "messages.yml").write_text(
        "pl:\n"
        '  help: "Pomoc: napisz do nas."\n'  # {assembly} and {contact} missing
        '  helpp: "literówka"\n'
        "ro:\n"
        '  started: "Bine ai revenit la {assembly}, {name}!"\n',  # {name} is not known
        encoding="utf-8",
    )
    result = run_check_config(config_path)
    assert result.returncode == 1
    assert "messages.pl.help: missing placeholder {contact}" in result.stdout
    assert "messages.pl.helpp: unknown message key" in result.stdout
    assert "messages.ro.started: unknown placeholder {name}" in result.stdout


def test_check_config_fails_on_an_untranslated_text_in_a_spoken_language(
    config_path: Path, tmp_path: Path
) -> None:
    """A language the config speaks must be complete (checked from the shipped catalogue, so
    this copies the catalogue, breaks it and points the check at the copy)."""
    broken = copy.deepcopy(builtin())
    del broken["ur"]["crisis"]
    problems = check_catalogue(broken, load_config(config_path).languages)
    assert problems == ["catalogue ur.crisis: not translated"]
    assert run_check_config(config_path).returncode == 0  # the shipped catalogue is complete


def test_a_messages_file_for_a_language_the_assembly_does_not_speak_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "messages.yml"
    path.write_text('pl:\n  started: "Witamy ponownie w {assembly}!"\n', encoding="utf-8")
    assert check_messages_file(path, ["en"]) == [
        f"{path}: messages.pl: not one of the assembly's languages (en)"
    ]
    assert check_messages_file(path, ["en", "pl"]) == []


def test_organisers_wording_is_used_and_an_edit_applies_without_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "messages.yml"
    path.write_text('pl:\n  started: "Witamy ponownie w {assembly}!"\n', encoding="utf-8")
    use_messages_file(path)
    try:
        with speaking("pl"):
            assert t("started", assembly="WF") == "Witamy ponownie w WF!"
        time.sleep(0.01)
        path.write_text('pl:\n  started: "Znowu z nami: {assembly}."\n', encoding="utf-8")
        with speaking("pl"):
            assert t("started", assembly="WF") == "Znowu z nami: WF."
        path.write_text('pl:\n  started: "zepsute {nieznane}"\n', encoding="utf-8")
        with speaking("pl"):  # a broken edit: the last good wording keeps serving
            assert t("started", assembly="WF") == "Znowu z nami: WF."
        assert t("started", assembly="WF").startswith("Welcome back")  # English untouched
    finally:
        use_messages_file(None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("polski", "pl"),
        ("Polski!", "pl"),
        ("română", "ro"),
        ("romana", "ro"),
        ("اردو", "ur"),
        ("English", "en"),
        ("urdu", "ur"),
        ("polski jest ok?", None),
        ("en", None),
    ],
)
def test_a_language_is_named_by_its_own_name(text: str, code: str | None) -> None:
    assert language_named(text) == code


def test_dates_and_money_are_written_the_member_s_way() -> None:
    config = load_config(REPO_ROOT / "config.yml")
    session = config.sessions[0]
    venue = config.venue_for(session)
    sent = datetime(2027, 2, 13, 10, tzinfo=ZoneInfo("Europe/London"))
    texts = {}
    for code in ("en", "pl", "ro", "ur"):
        with speaking(code):
            texts[code] = reminder_text(
                first_name="Ola",
                assembly_short_name="WF",
                session=session,
                venue=venue,
                sent_at=sent,
                tz=config.tz,
            )
            texts[code + "-pay"] = payment_text(Decimal("150"), "weekend", "GBP")
    assert "on Saturday 20 February at 10:00" in texts["en"]
    assert "sobota 20 lutego o 10:00" in texts["pl"]
    assert "sâmbătă 20 februarie la 10:00" in texts["ro"]
    assert "ہفتہ 20 فروری" in texts["ur"]
    assert texts["en-pay"] == "£150 per weekend"
    assert texts["pl-pay"] == "150 GBP za weekend"


def test_sms_segments_depend_on_the_alphabet() -> None:
    assert sms_cost("a" * 160).segments == 1
    assert sms_cost("a" * 161).segments == 2
    assert sms_cost("€" * 81).segments == 2  # extension characters count twice
    polish = sms_cost("Dziękuję, będę w sobotę. " * 3)
    assert (polish.encoding, polish.segments) == ("UCS-2", 2)
    assert sms_cost("ہاں" * 20).encoding == "UCS-2"
