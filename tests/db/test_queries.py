"""A sender's identity and conversation, made on first contact with an INSERT each, and found
again, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Base, ChannelIdentity, Conversation
from db.queries import identity_and_conversation, identity_for
from db.session import make_engine, make_session_factory

PHONE = "+447700900100"


@pytest.fixture(params=["database_url", pytest.param("postgres_url", marks=pytest.mark.postgres)])
def sessions(request: pytest.FixtureRequest) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(request.getfixturevalue(request.param))
    Base.metadata.create_all(engine)
    yield make_session_factory(engine)
    engine.dispose()


def statements_of(sessions: sessionmaker[Session]) -> list[str]:
    """Every statement the sessions' engine runs from now on, by its first word."""
    ran: list[str] = []
    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", lambda *args: ran.append(args[2].split()[0]))
    return ran


def test_a_first_contact_makes_the_identity_and_conversation_with_an_insert_each(
    sessions: sessionmaker[Session],
) -> None:
    ran = statements_of(sessions)
    with sessions() as session, session.begin():
        identity, conversation = identity_and_conversation(session, "sms", PHONE)
        made = (identity.id, conversation.id)
    assert ran == ["SELECT", "INSERT", "INSERT"]
    assert conversation.identity_id == identity.id and conversation.status == "bot"

    ran.clear()
    with sessions() as session:
        identity, conversation = identity_and_conversation(session, "sms", PHONE)
        assert (identity.id, conversation.id) == made
    assert ran == ["SELECT"]


def test_an_identity_known_without_a_conversation_gets_one(
    sessions: sessionmaker[Session],
) -> None:
    """An identity another process made (the scheduler, for a reminder) is found, not made
    again, and its conversation is made."""
    with sessions() as session, session.begin():
        made = identity_for(session, "whatsapp", PHONE).id
    with sessions() as session, session.begin():
        identity, conversation = identity_and_conversation(session, "whatsapp", PHONE)
        assert identity.id == made and conversation.identity_id == made
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChannelIdentity)) == 1
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1
