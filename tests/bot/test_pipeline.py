"""What the pipeline decides before Rasa sees a message."""

from __future__ import annotations

import pytest

from bot.channels.keywords import keyword_of
from bot.gateway.safeguarding import says_someone_is_at_risk
from bot.gateway.turns import Turn, invite_code_in, text_for_rasa


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
    return Turn(1, 1, 1, "telegram", "12345", text, kind, "a-rasa-sender-id")


def test_a_member_cannot_pick_a_rasa_intent_with_a_slash() -> None:
    assert text_for_rasa(turn("/withdraw")) == "withdraw"
    assert text_for_rasa(turn('/report_safeguarding{"x": 1}')).startswith("report_safeguarding")


def test_telegram_deep_link_becomes_a_join_message() -> None:
    assert text_for_rasa(turn("/start WF7K2Q")) == "join WF7K2Q"
    assert text_for_rasa(turn("/start")) == "hello"


def test_a_photo_without_caption_is_announced_to_rasa() -> None:
    assert text_for_rasa(turn("", "media")) == "(photo)"
    assert text_for_rasa(turn("taxi home", "media")) == "taxi home"


@pytest.mark.parametrize(
    "text",
    [
        "i've taken a load of pills",
        "i cant go on like this",
        "honestly i just want to die",
        "I keep thinking about suicide",
        "i want to end it all",
        "been self harming again",
        "my husband hits me when he's drunk",
        "a man followed me home and i was followed again today",
        "i don't feel safe at home",
        "my ex keeps threatening me",
        "i’ve been hurting myself",
    ],
)
def test_unmistakable_risk_phrasings_are_caught_whatever_the_classifier_says(text: str) -> None:
    assert says_someone_is_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "i can't come on saturday",
        "my feet are killing me after that walk",
        "the session on knife crime was hard to follow",
        "is the venue safe for wheelchairs",
        "i'm dying to know where lunch is",
        "can we end early on sunday",
        "",
    ],
)
def test_everyday_messages_are_left_to_the_classifier(text: str) -> None:
    assert not says_someone_is_at_risk(text)
