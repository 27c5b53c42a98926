"""Members' data rights: a copy of everything we hold (subject access), and erasure.

Pure database functions, shared by the staff API (which carries a request out) and the action
server (which explains it to the member and hands it to a person who checks who is asking).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import (
    Attendance,
    Case,
    ChannelIdentity,
    ConsentRecord,
    Conversation,
    ConversationClaim,
    ExpenseClaim,
    FeedbackNote,
    FeedbackRequest,
    FeedbackResponse,
    InternalNote,
    InviteAttempt,
    MediaFile,
    Member,
    Message,
    OutboxItem,
    RegisterEntry,
    ThankYouPaymentRecord,
)
from db.register import member_payments


def _plain(value: Any) -> Any:
    """JSON-friendly values: ISO times, decimal amounts as text."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row(obj: Any, columns: list[str]) -> dict[str, Any]:
    return {column: _plain(getattr(obj, column)) for column in columns}


def export_member_data(session: Session, member_id: int) -> dict[str, Any]:
    """Everything we hold about one member (subject access request), as plain JSON data.

    Receipts are listed with their type, size and checksum, not their bytes (staff attach the
    files separately). Anonymous feedback is not included: nothing links it to the member.
    """
    member = session.get(Member, member_id)
    if member is None:
        raise KeyError(f"no member {member_id}")
    profile = _row(
        member,
        [
            "id",
            "first_name",
            "last_name",
            "preferred_name",
            "phone",
            "email",
            "preferred_channel",
            "language",
            "reserve",
            "invite_code",
            "onboarding_state",
            "onboarding_step",
            "invited_at",
            "onboarded_at",
            "withdrawn_at",
            "strata",
            "promoted_at",
            "dietary_needs",
            "caring_responsibilities",
            "access_needs",
            "created_at",
            "updated_at",
        ],
    )
    identities = session.execute(
        select(ChannelIdentity).where(ChannelIdentity.member_id == member_id)
    ).scalars()
    consents = session.execute(
        select(ConsentRecord).where(ConsentRecord.member_id == member_id).order_by(ConsentRecord.id)
    ).scalars()
    attendance = session.execute(
        select(Attendance).where(Attendance.member_id == member_id).order_by(Attendance.id)
    ).scalars()
    arrivals = session.execute(
        select(RegisterEntry).where(RegisterEntry.member_id == member_id).order_by(RegisterEntry.id)
    ).scalars()
    payments = member_payments(session, member_id)
    claims = session.execute(
        select(ExpenseClaim).where(ExpenseClaim.member_id == member_id).order_by(ExpenseClaim.id)
    ).scalars()
    conversations = (
        session.execute(
            select(Conversation)
            .where(Conversation.member_id == member_id)
            .order_by(Conversation.id)
        )
        .scalars()
        .all()
    )
    messages = session.execute(
        select(Message)
        .where(Message.conversation_id.in_([c.id for c in conversations]))
        .order_by(Message.id)
    ).scalars()
    feedback_notes = session.execute(
        select(FeedbackNote).where(FeedbackNote.member_id == member_id).order_by(FeedbackNote.id)
    ).scalars()
    named_feedback = session.execute(
        select(FeedbackResponse).where(FeedbackResponse.member_id == member_id)
    ).scalars()
    return {
        "profile": profile,
        "identities": [
            _row(i, ["channel", "address", "last_inbound_at", "opted_out", "opted_out_at"])
            for i in identities
        ],
        "consents": [
            _row(c, ["kind", "version", "granted", "channel", "recorded_at"]) for c in consents
        ],
        "attendance": [
            _row(a, ["session_id", "status", "expected_arrival", "note", "updated_at"])
            for a in attendance
        ],
        "register": [_row(r, ["session_id", "arrived_at", "via"]) for r in arrivals],
        "thank_you_payments": [
            _row(p, ["period", "amount", "currency", "status", "method", "reference", "paid_at"])
            for p in payments
        ],
        "claims": [
            {
                **_row(
                    c,
                    [
                        "id",
                        "category",
                        "amount",
                        "currency",
                        "session_id",
                        "description",
                        "no_receipt_reason",
                        "status",
                        "decision_note",
                        "decided_at",
                        "created_at",
                    ],
                ),
                "receipt": None
                if c.receipt is None
                else _row(c.receipt, ["content_type", "size_bytes", "sha256", "created_at"]),
            }
            for c in claims
        ],
        "conversations": [
            _row(c, ["id", "channel", "status", "reason", "escalated_at", "created_at"])
            for c in conversations
        ],
        "messages": [
            _row(m, ["conversation_id", "direction", "author", "text", "kind", "created_at"])
            for m in messages
        ],
        "feedback": [_row(f, ["text", "created_at"]) for f in feedback_notes]
        + [_row(f, ["session_id", "answers", "submitted_at"]) for f in named_feedback],
    }


def erase_member(session: Session, member_id: int) -> list[str]:
    """Delete the member and everything that is theirs (right to erasure). Returns the storage
    paths of their attachments that no one else's message uses, for the caller to delete.

    Explicit deletes rather than trusting ON DELETE CASCADE alone, so SQLite without the
    foreign-key pragma behaves the same. Anonymous feedback stays: it has no link to anyone.
    Named feedback notes and responses lose their link (the text has no name in it).
    """
    member = session.get(Member, member_id)
    if member is None:
        raise KeyError(f"no member {member_id}")
    identity_ids = _identity_ids(session, member_id)
    conversation_ids = [c.id for c in _conversations(session, member_id, identity_ids)]
    session.execute(delete(OutboxItem).where(OutboxItem.member_id == member_id))
    if identity_ids:
        session.execute(delete(OutboxItem).where(OutboxItem.identity_id.in_(identity_ids)))
    session.execute(delete(ExpenseClaim).where(ExpenseClaim.member_id == member_id))
    files: list[str] = []
    if conversation_ids:
        message_ids = select(Message.id).where(Message.conversation_id.in_(conversation_ids))
        files = [
            path
            for path in session.execute(
                select(MediaFile.storage_path).where(MediaFile.message_id.in_(message_ids))
            ).scalars()
            if path
        ]
        session.execute(delete(OutboxItem).where(OutboxItem.message_id.in_(message_ids)))
        session.execute(delete(MediaFile).where(MediaFile.message_id.in_(message_ids)))
        session.execute(
            delete(InternalNote).where(InternalNote.conversation_id.in_(conversation_ids))
        )
        session.execute(delete(Case).where(Case.conversation_id.in_(conversation_ids)))
        session.execute(delete(Message).where(Message.conversation_id.in_(conversation_ids)))
        session.execute(delete(Conversation).where(Conversation.id.in_(conversation_ids)))
        # On SQLite the newest conversation's id is handed out again once its row is gone: a
        # claim left on it would make whoever writes next wait for it to lapse.
        session.execute(
            delete(ConversationClaim).where(ConversationClaim.conversation_id.in_(conversation_ids))
        )
    for model in (
        Case,
        Attendance,
        ConsentRecord,
        FeedbackRequest,
        RegisterEntry,
        ThankYouPaymentRecord,
    ):
        session.execute(delete(model).where(model.member_id == member_id))
    session.execute(  # a reserve who took their place no longer names them
        Member.__table__.update()
        .where(Member.replaces_member_id == member_id)
        .values(replaces_member_id=None)
    )
    for model in (FeedbackNote, FeedbackResponse):
        session.execute(
            model.__table__.update().where(model.member_id == member_id).values(member_id=None)
        )
    if identity_ids:
        session.execute(delete(InviteAttempt).where(InviteAttempt.identity_id.in_(identity_ids)))
        session.execute(delete(ChannelIdentity).where(ChannelIdentity.id.in_(identity_ids)))
    session.expunge(member)
    session.execute(delete(Member).where(Member.id == member_id))
    return unreferenced_files(session, files)


def unreferenced_files(session: Session, files: list[str]) -> list[str]:
    """The stored files no attachment row points to any more, once each. Attachments are
    stored once per checksum: a file another message still points to stays."""
    shared = set(
        session.execute(
            select(MediaFile.storage_path).where(MediaFile.storage_path.in_(files))
        ).scalars()
    )
    return [path for path in dict.fromkeys(files) if path not in shared]


def _identity_ids(session: Session, member_id: int) -> list[int]:
    return list(
        session.scalars(select(ChannelIdentity.id).where(ChannelIdentity.member_id == member_id))
    )


def _conversations(session: Session, member_id: int, identity_ids: list[int]) -> list[Any]:
    """(id, rasa_sender_id) of the member's conversations and those of any address of theirs."""
    mine = Conversation.member_id == member_id
    if identity_ids:
        mine = mine | Conversation.identity_id.in_(identity_ids)
    return list(
        session.execute(
            select(Conversation.id, Conversation.rasa_sender_id)
            .where(mine)
            .order_by(Conversation.id)
        )
    )


def rasa_senders_of_member(session: Session, member_id: int) -> list[str]:
    """How Rasa names the member's conversations: erasure deletes them from its tracker store."""
    conversations = _conversations(session, member_id, _identity_ids(session, member_id))
    return [conversation.rasa_sender_id for conversation in conversations]
