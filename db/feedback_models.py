"""What members say about the sessions. A survey request is kept apart from its answers, and
an anonymous answer has no member link at all, so nobody can tell whose answer is whose; the
tracker scrubs take those answers out of Rasa's store too."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Double, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, sandbox_column, utcnow_column


class FeedbackRequest(Base):
    """That a member was asked for feedback on a session, and whether they answered. Holds no
    answers, so the answers stay unlinkable when feedback is anonymous."""

    __tablename__ = "feedback_requests"
    __table_args__ = (UniqueConstraint("member_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    session_id: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[datetime] = utcnow_column()
    responded: Mapped[bool] = mapped_column(Boolean, default=False)


class FeedbackResponse(Base):
    """Answers to one session's questions. `member_id` is empty when feedback is anonymous;
    `respondent_key` (a keyed hash) still stops a second response for the same session."""

    __tablename__ = "feedback_responses"
    __table_args__ = (UniqueConstraint("session_id", "respondent_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(String(40), index=True)
    respondent_key: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[datetime] = utcnow_column()
    sandbox: Mapped[bool] = sandbox_column()


class FeedbackNote(Base):
    """Feedback given at any time, outside a survey."""

    __tablename__ = "feedback_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = utcnow_column()
    sandbox: Mapped[bool] = sandbox_column()


class TrackerScrub(Base):
    """Texts and slots to delete from Rasa's tracker store: the answers an anonymous survey or
    note took from a conversation. Rasa saves a turn's events after its actions have run, so
    the gateway deletes them after the turn; `until` (a Rasa event timestamp) is empty while
    the survey is still being answered, then bounds what is deleted. The row goes once done."""

    __tablename__ = "tracker_scrubs"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    texts: Mapped[list[str]] = mapped_column(JSON)
    slots: Mapped[list[str]] = mapped_column(JSON)
    until: Mapped[float | None] = mapped_column(Double)
    created_at: Mapped[datetime] = utcnow_column()
