"""Storing a survey response: one per member per session, and when feedback is anonymous no
member link at all, only a keyed hash that stops a second response."""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

import flows.common as common
from bot.config import AssemblyConfig
from db.models import FeedbackRequest, FeedbackResponse, Member, Message, OutboxItem
from db.queries import survey_message_key
from flows.context import context

log = logging.getLogger(__name__)


def secret_key() -> str:
    """The server's secret (SECRET_KEY) that keys the respondent hash; tests replace it."""
    return context().secret_key


def respondent_key(member_id: int, session_id: str, secret: str) -> str:
    """hmac-sha256(secret, "member:session"): the same member answering the same session twice
    gives the same key (refused by the unique constraint), yet nobody without the secret can
    tell whose response it is."""
    message = f"{member_id}:{session_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def already_responded(session: DbSession, member_id: int, session_id: str) -> bool:
    key = respondent_key(member_id, session_id, secret_key())
    return (
        session.execute(
            select(FeedbackResponse.id).where(
                FeedbackResponse.session_id == session_id, FeedbackResponse.respondent_key == key
            )
        ).first()
        is not None
    )


def store_response(
    session: DbSession,
    config: AssemblyConfig,
    member: Member,
    session_id: str,
    answers: dict[str, Any],
) -> bool:
    """Save ONE response per member per session; False when one exists already.

    Checked first for a kind answer, and guarded by the unique constraint (in a savepoint) for
    two messages racing each other.
    """
    if already_responded(session, member.id, session_id):
        return False
    response = FeedbackResponse(
        session_id=session_id,
        respondent_key=respondent_key(member.id, session_id, secret_key()),
        member_id=None if config.feedback.anonymous else member.id,
        answers=answers,
        submitted_at=common.now(),
        sandbox=member.sandbox,
    )
    try:
        with session.begin_nested():
            session.add(response)
    except IntegrityError:
        return False
    request = session.execute(
        select(FeedbackRequest).where(
            FeedbackRequest.member_id == member.id, FeedbackRequest.session_id == session_id
        )
    ).scalar_one_or_none()
    if request is not None:
        request.responded = True
    log.info("feedback stored for session %s", session_id)
    return True


ANONYMOUS_ANSWER = "(anonymous feedback answer)"


def redact_survey_answers(
    session: DbSession, conversation_id: int, member_id: int, session_id: str
) -> int:
    """Blank the member's survey replies in the conversation transcript, so staff reading it
    cannot tie the anonymous answers back to the member. Every message after the survey's first
    question was an answer (the form takes each one as such). Returns how many were blanked."""
    first_question = session.execute(
        select(OutboxItem.message_id).where(
            OutboxItem.idempotency_key == survey_message_key(member_id, session_id, 1)
        )
    ).scalar_one_or_none()
    if first_question is None:
        return 0
    replies = (
        session.execute(
            select(Message).where(
                Message.conversation_id == conversation_id,
                Message.direction == "in",
                Message.id > first_question,
            )
        )
        .scalars()
        .all()
    )
    for reply in replies:
        reply.text = ANONYMOUS_ANSWER
    return len(replies)
