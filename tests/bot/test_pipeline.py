"""What the pipeline decides before Rasa sees a message."""

from __future__ import annotations

import pytest

from bot.pipeline import Turn, invite_code_in, keyword_of, text_for_rasa


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("STOP", "STOP"),
        ("stop ", "STOP"),
        ("Unsubscribe", "STOP"),
        ("start", "START"),
        ("help", "HELP"),
        ("Help!", "HELP"),
        ("please stop the reminders", None),
        ("", None),
    ],
)
def test_channel_keywords_only_when_the_message_is_the_keyword(text: str, keyword: str) -> None:
    assert keyword_of(text) == keyword


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("JOIN WF7K2Q", "WF7K2Q"),
        ("my code is wf7k2q", "WF7K2Q"),
        ("/start WF7K2Q", "WF7K2Q"),
        ("hello there", None),
        ("code WF0K2Q", None),
    ],  # 0 is not in the alphabet
)
def test_invite_codes_are_found_in_what_people_write(text: str, code: str | None) -> None:
    assert invite_code_in(text) == code


def turn(text: str, kind: str = "text") -> Turn:
    return Turn(1, 1, 1, "telegram", text, kind)


def test_a_member_cannot_pick_a_rasa_intent_with_a_slash() -> None:
    assert text_for_rasa(turn("/withdraw")) == "withdraw"
    assert text_for_rasa(turn('/report_safeguarding{"x": 1}')).startswith("report_safeguarding")


def test_telegram_deep_link_becomes_a_join_message() -> None:
    assert text_for_rasa(turn("/start WF7K2Q")) == "join WF7K2Q"
    assert text_for_rasa(turn("/start")) == "hello"


def test_a_photo_without_caption_is_announced_to_rasa() -> None:
    assert text_for_rasa(turn("", "media")) == "(photo)"
    assert text_for_rasa(turn("taxi home", "media")) == "taxi home"
