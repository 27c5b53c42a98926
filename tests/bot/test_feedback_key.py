"""FEEDBACK_KEY keys the anonymous feedback respondent hash and nothing else: generated into
var/ on first run like the other secrets, and never allowed to be SECRET_KEY."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

import bot.settings
from bot.settings import Settings, describe_error, generated_secret


@pytest.fixture
def secrets_in(var_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Generated secrets go to this test's var/ rather than the checkout's."""
    monkeypatch.setattr(
        bot.settings, "generated_secret", lambda name: generated_secret(name, var_dir)
    )
    return var_dir


def test_an_unset_feedback_key_is_generated_into_var_apart_from_secret_key(
    secrets_in: Path,
) -> None:
    first = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (secrets_in / "feedback_key").read_text() == first.FEEDBACK_KEY
    assert len(first.FEEDBACK_KEY) >= 40 and first.FEEDBACK_KEY != first.SECRET_KEY
    assert Settings(_env_file=None).FEEDBACK_KEY == first.FEEDBACK_KEY  # type: ignore[call-arg]


def test_a_feedback_key_equal_to_secret_key_stops_the_process_with_one_line(
    secrets_in: Path,
) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, SECRET_KEY="k" * 40, FEEDBACK_KEY="k" * 40)  # type: ignore[call-arg]
    assert "FEEDBACK_KEY must differ from SECRET_KEY" in describe_error(raised.value)
