"""Cases and takeovers (db/cases.py): what staff look at, apart from who answers the member;
the conversation's status, reason and urgency follow them. On SQLite and PostgreSQL, since the
once-per-message case relies on the database's unique constraint."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.cases import (
    TAKEN_BY_MEMBER,
    case_kind,
    close_case,
    close_everything,
    end_takeover,
    open_case,
    open_cases,
    take_over,
)
from db.models import Base, Case, Conversation, Member, Message
from db.queries import conversation_for, identity_for
from db.session import make_engine, make_session_factory


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_sessions(request: pytest.FixtureRequest, database_url: str) -> sessionmaker[Session]:
    url = database_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    return make_session_factory(engine)


@pytest.fixture
def conversation(db_sessions: sessionmaker[Session]) -> Iterator[tuple[Session, Conversation]]:
    with db_sessions() as session, session.begin():
        member = Member(
            first_name="Amina", last_name="Okafor", phone="+447700900100", invite_code="AAAAAA"
        )
        session.add(member)
        session.flush()
        identity = identity_for(session, "sms", member.phone)
        identity.member_id = member.id
        yield session, conversation_for(session, identity)


def inbound(session: Session, conversation: Conversation, text: str) -> int:
    message = Message(
        conversation_id=conversation.id, channel="sms", direction="in", author="member", text=text
    )
    session.add(message)
    session.flush()
    return message.id


def test_a_case_puts_the_conversation_in_front_of_staff_without_muting_it(
    conversation: tuple[Session, Conversation],
) -> None:
    session, thread = conversation
    assert open_case(session, thread, "data request")
    assert (thread.status, thread.reason, thread.urgent) == ("escalated", "data request", False)
    assert thread.taken_over_at is None  # the bot keeps answering
    assert not open_case(session, thread, "data request")  # the same one, still open
    assert [case.kind for case in open_cases(session, thread.id)] == ["data_request"]


def test_each_disclosure_is_its_own_urgent_case_once_per_message(
    conversation: tuple[Session, Conversation],
) -> None:
    session, thread = conversation
    open_case(session, thread, "claim over cap")
    first, second = inbound(session, thread, "one"), inbound(session, thread, "two")
    assert open_case(session, thread, "safeguarding concern", urgent=True, source_message_id=first)
    assert not open_case(
        session, thread, "safeguarding concern", urgent=True, source_message_id=first
    )  # the same message processed again
    assert open_case(session, thread, "safeguarding concern", urgent=True, source_message_id=second)
    cases = open_cases(session, thread.id)
    assert [case.kind for case in cases] == ["safeguarding", "safeguarding", "claim"]
    assert thread.urgent and thread.reason == "safeguarding concern"


def test_closing_the_last_case_gives_the_conversation_back_to_the_bot(
    conversation: tuple[Session, Conversation],
) -> None:
    session, thread = conversation
    open_case(session, thread, "claim over cap")
    open_case(session, thread, "safeguarding concern", urgent=True)
    urgent, claim = open_cases(session, thread.id)
    close_case(session, urgent, staff_id=None)
    assert (thread.status, thread.reason, thread.urgent) == ("escalated", "claim over cap", False)
    close_case(session, claim, staff_id=None)
    assert (thread.status, thread.reason) == ("bot", None)
    assert None not in session.execute(select(Case.closed_at)).scalars().all()


def test_a_takeover_lasts_until_it_ends_and_cases_outlive_it(
    conversation: tuple[Session, Conversation],
) -> None:
    session, thread = conversation
    take_over(session, thread, TAKEN_BY_MEMBER)
    assert (thread.status, thread.taken_over_by) == ("escalated", "member")
    open_case(session, thread, "asked for a person")
    end_takeover(session, thread)
    assert thread.taken_over_at is None and thread.status == "escalated"
    close_everything(session, thread, staff_id=None, status="resolved")
    assert (thread.status, thread.reason, thread.taken_over_at) == ("resolved", None, None)
    assert open_cases(session, thread.id) == []


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("claim over cap", "claim"),
        ("claim after deadline", "claim"),
        ("will miss weekend 2", "absence"),
        ("not understood twice", "misunderstood"),
        ("assistant unavailable", "assistant_failure"),
        ("something new", "handover"),
    ],
)
def test_the_flows_reasons_name_their_kind(reason: str, kind: str) -> None:
    assert case_kind(reason) == kind
