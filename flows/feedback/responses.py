"""Storing a survey response: one per member per session, and when feedback is anonymous no
member link at all (nor an order or a time to the second), only a keyed hash that stops a
second response."""

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
from db.models import FeedbackRequest, FeedbackResponse, Member
from flows.context import context
from flows.feedback.privacy import day_only, insert_unlinkably

log = logging.getLogger(__name__)


def respondent_secret() -> str:
    """FEEDBACK_KEY: a secret for this hash and nothing else, so SECRET_KEY (which signs every
    staff session) cannot tie a response to its member. Tests replace it."""
    secret = context().feedback_key
    if not secret:
        raise RuntimeError("FEEDBACK_KEY is empty: the respondent hash needs a secret")
    return secret


def respondent_key(member_id: int, session_id: str, secret: str) -> str:
    """hmac-sha256(secret, "member:session"): the same member answering the same session twice
    gives the same key (refused by the unique constraint), yet nobody without the secret can
    tell whose response it is."""
    message = f"{member_id}:{session_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def already_responded(session: DbSession, member_id: int, session_id: str) -> bool:
    """Whether this member answered this session's survey: by the respondent key, or by the
    request marked answered (which still holds when the key's secret was changed)."""
    key = respondent_key(member_id, session_id, respondent_secret())
    by_key = select(FeedbackResponse.id).where(
        FeedbackResponse.session_id == session_id, FeedbackResponse.respondent_key == key
    )
    by_request = select(FeedbackRequest.id).where(
        FeedbackRequest.member_id == member_id,
        FeedbackRequest.session_id == session_id,
        FeedbackRequest.responded.is_(True),
    )
    return (
        session.execute(by_key).first() is not None
        or session.execute(by_request).first() is not None
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
    anonymous = config.feedback.anonymous

    def response() -> FeedbackResponse:
        return FeedbackResponse(
            session_id=session_id,
            respondent_key=respondent_key(member.id, session_id, respondent_secret()),
            member_id=None if anonymous else member.id,
            answers=answers,
            submitted_at=day_only(common.now()) if anonymous else common.now(),
            sandbox=member.sandbox,
        )

    if anonymous:
        if not insert_unlinkably(session, response):
            return False
    else:
        try:
            with session.begin_nested():
                session.add(response())
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
