"""Data rights: the export has everything we hold; erasure leaves nothing linked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from db.data_rights import erase_member, export_member_data
from db.models import (
    Attendance,
    ChannelIdentity,
    ConsentRecord,
    Conversation,
    ConversationClaim,
    ExpenseClaim,
    FeedbackResponse,
    MediaFile,
    Member,
    Message,
)
from db.types import utcnow
from flows.context import FlowContext
from flows.data_rights import ActionHandleDataRequest
from tests.flows.conftest import Someone, add_member, run, tracker_for


def fill(flow_context: FlowContext, someone: Someone) -> None:
    with flow_context.sessions() as session, session.begin():
        member = session.get(Member, someone.member_id)
        member.dietary_needs, member.access_needs = "vegan", "hearing loop"  # type: ignore[union-attr]
        session.add(
            ConsentRecord(
                member_id=someone.member_id, kind="privacy", version="2027-01", granted=True
            )
        )
        session.add(
            Attendance(member_id=someone.member_id, session_id="w1-sat", status="confirmed")
        )
        message = Message(
            conversation_id=someone.conversation_id,
            channel="sms",
            direction="in",
            author="member",
            text="here's my receipt",
            kind="media",
        )
        session.add(message)
        session.flush()
        receipt = MediaFile(
            message_id=message.id,
            source="https://x/y",
            content_type="image/jpeg",
            size_bytes=1234,
            sha256="ab" * 32,
            storage_path="abab",
        )
        session.add(receipt)
        session.flush()
        session.add(
            ExpenseClaim(
                member_id=someone.member_id,
                category="travel",
                amount=Decimal("12.50"),
                receipt_media_id=receipt.id,
            )
        )
        session.add(
            FeedbackResponse(
                session_id="w1-sat",
                respondent_key="k" * 64,
                member_id=None,
                answers={"rating": 5},
                submitted_at=datetime(2027, 2, 20, tzinfo=UTC),
            )
        )


def test_export_holds_everything_but_file_bytes(flow_context: FlowContext) -> None:
    someone = add_member(flow_context.sessions)
    fill(flow_context, someone)
    with flow_context.sessions() as session:
        data = export_member_data(session, someone.member_id)
    assert (
        data["profile"]["first_name"] == "Amina"
        and data["profile"]["access_needs"] == "hearing loop"
    )
    assert data["identities"][0]["address"] == "+447700900100"
    assert data["consents"][0]["kind"] == "privacy"
    assert data["attendance"][0]["session_id"] == "w1-sat"
    assert data["claims"][0]["amount"] == "12.50"
    assert data["claims"][0]["receipt"]["sha256"] == "ab" * 32
    assert "storage_path" not in data["claims"][0]["receipt"]
    assert data["messages"][0]["text"] == "here's my receipt"
    assert data["feedback"] == []  # anonymous feedback cannot be linked


def test_erase_removes_the_member_and_keeps_anonymous_feedback(flow_context: FlowContext) -> None:
    someone = add_member(flow_context.sessions)
    other = add_member(
        flow_context.sessions, first_name="Tariq", phone="+447700900101", code="HT4M9B"
    )
    fill(flow_context, someone)
    with flow_context.sessions() as session, session.begin():
        for conversation_id in (someone.conversation_id, other.conversation_id):
            expires_at = utcnow() + timedelta(seconds=30)
            session.add(
                ConversationClaim(
                    conversation_id=conversation_id, holder="web", expires_at=expires_at
                )
            )
    with flow_context.sessions() as session, session.begin():
        erase_member(session, someone.member_id)
    with flow_context.sessions() as session:
        assert session.get(Member, someone.member_id) is None
        for model in (ChannelIdentity, ConsentRecord, Attendance, ExpenseClaim, MediaFile, Message):
            assert session.execute(select(func.count()).select_from(model)).scalar_one() == (
                1 if model is ChannelIdentity else 0
            )
        assert session.get(Conversation, someone.conversation_id) is None
        assert session.get(Conversation, other.conversation_id) is not None
        # The erased conversation's id may be handed out again: its claim goes with it.
        assert session.get(ConversationClaim, someone.conversation_id) is None
        assert session.get(ConversationClaim, other.conversation_id) is not None
        assert session.execute(select(func.count()).select_from(FeedbackResponse)).scalar_one() == 1


def test_data_request_explains_and_hands_over(amina: Someone, flow_context: FlowContext) -> None:
    _, messages = run(ActionHandleDataRequest(), tracker_for(amina, "data_request"))
    assert "https://example.org/assembly/privacy" in messages[0] and "copy" in messages[0]
    with flow_context.sessions() as session:
        conversation = session.get(Conversation, amina.conversation_id)
        assert conversation.status == "escalated" and conversation.reason == "data request"  # type: ignore[union-attr]
