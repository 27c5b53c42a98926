"""What the pipeline decides before Rasa sees a message, and the words it reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.channels import kinds
from bot.channels.inbound import Inbound, store_inbound
from bot.channels.keywords import keyword_of
from bot.gateway.pipeline import Pipeline
from bot.gateway.safeguarding import says_someone_is_at_risk
from bot.gateway.turns import Turn, invite_code_in, text_for_rasa
from bot.services import Services
from db.models import Base, Message
from db.session import make_engine
from tests.conftest import make_settings


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


@pytest.mark.parametrize(
    "database", ["database_url", pytest.param("postgres_url", marks=pytest.mark.postgres)]
)
def test_edits_that_arrive_before_the_answer_are_folded_into_the_message(
    database: str, request: pytest.FixtureRequest, var_dir: Path, config_path: Path
) -> None:
    """A member edits a message twice before the pipeline reaches it: it is answered once,
    with the newest words, and the edits are done (written outside a transaction, each on its
    own: folding again gives the same words)."""
    database_url = request.getfixturevalue(database)
    Base.metadata.create_all(make_engine(database_url))
    services = Services.from_settings(make_settings(var_dir, config_path, database_url))
    chat = "4242"
    with services.sessions() as session, session.begin():
        original = store_inbound(
            session, Inbound("telegram", chat, "update:1", "where is it?", chat_ref="7")
        )
        for n, words in enumerate(["where is the venue?", "where is the venue on Saturday?"]):
            store_inbound(
                session,
                Inbound("telegram", chat, f"update:{n + 2}", words, kind=kinds.EDIT, reply_to="7"),
            )
    assert original is not None
    pipeline = Pipeline(services)

    turn = pipeline._next_turn(original.conversation_id)

    assert turn is not None
    assert (turn.message_id, turn.text, turn.address) == (
        original.message_id,
        "where is the venue on Saturday?",
        chat,
    )
    with services.sessions() as session:
        unprocessed = select(Message.id).where(Message.processed_at.is_(None))
        assert list(session.scalars(unprocessed)) == [original.message_id]
        assert session.get(Message, original.message_id).text == turn.text  # type: ignore[union-attr]
    services.engine.dispose()
