"""Asking members for feedback after each session, through the Rasa feedback survey.

At ``session.ends + feedback.after`` (moved out of quiet hours like reminders, but never before
the session has ended: then it waits for the morning), every member who was expected (said they
were coming or running late, and is not withdrawn) gets the survey once:

1. Rasa is asked to start the survey in the member's conversation (intent
   ``EXTERNAL_feedback_request`` with entity ``session_ref``); its messages are what we send.
2. Only then is the `FeedbackRequest` row created (unique per member and session), and the
   messages are queued under keys ``feedback:<member>:<session>:<n>``.

So a Rasa outage creates nothing and the next run retries, and a second run never asks twice.
Rasa is called outside any database transaction (a slow Rasa must not hold SQLite's write lock)
and through an injectable `SurveyStarter`, so tests use a fake. A session's survey is attempted
until `FEEDBACK_GRACE` after its time; after a longer outage asking is pointless.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig, AssemblySession
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.outbox.queue import preferred_identity, send_to_member
from bot.scheduling.send_times import before_quiet_hours, earliest_send_time
from bot.settings import Settings
from db.models import Attendance, FeedbackRequest, Member
from db.queries import conversation_for, insert_ignoring_conflict, survey_message_key
from db.session import transaction

logger = logging.getLogger(__name__)

FEEDBACK_INTENT = "EXTERNAL_feedback_request"
FEEDBACK_GRACE = timedelta(days=2)
EXPECTED_STATUSES = ("confirmed", "late")

#: (sender = conversation id, intent, entities) -> Rasa's messages, in order.
SurveyStarter = Callable[[str, str, dict[str, Any]], list[dict[str, Any]]]


class RasaSurveyStarter:
    """The real `SurveyStarter`: Rasa's trigger_intent, from the scheduler's worker thread."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def __call__(self, sender: str, intent: str, entities: dict[str, Any]) -> list[dict[str, Any]]:
        return asyncio.run(self._trigger(sender, intent, entities))

    async def _trigger(
        self, sender: str, intent: str, entities: dict[str, Any]
    ) -> list[dict[str, Any]]:
        client = RasaClient(self._settings)
        try:
            return await client.trigger_intent(sender, intent, entities)
        finally:
            await client.aclose()


@dataclass
class FeedbackReport:
    """What one run did, in counts and ids (safe to log)."""

    requested: int = 0
    messages_queued: int = 0
    sessions: list[str] = field(default_factory=list)
    rasa_unavailable: bool = False


def feedback_time(session: AssemblySession, config: AssemblyConfig) -> datetime:
    """When to ask about a session (UTC): `feedback.after` its end, moved before the quiet
    hours, or, if that would be before the session ends, to when the quiet hours end."""
    ends = session.ends.astimezone(UTC)
    moment = ends + config.feedback.after
    moved = before_quiet_hours(moment, config)
    if moved < ends:
        return earliest_send_time(moment, config)
    return moved


def sessions_due_for_feedback(config: AssemblyConfig, now: datetime) -> list[AssemblySession]:
    """Sessions whose feedback time has come and is not older than `FEEDBACK_GRACE`."""
    return [
        item
        for item in config.sessions
        if feedback_time(item, config) <= now < feedback_time(item, config) + FEEDBACK_GRACE
    ]


def survey_texts(replies: list[dict[str, Any]]) -> list[str]:
    """Rasa's messages as plain texts; buttons become a list of the answers we understand."""
    texts: list[str] = []
    for reply in replies:
        text = (reply.get("text") or "").strip()
        buttons = [b.get("title") for b in reply.get("buttons") or [] if b.get("title")]
        if buttons:
            text = "\n".join([text, *(f"- {title}" for title in buttons)]).strip()
        if text:
            texts.append(text)
    return texts


def request_feedback(
    sessions: sessionmaker[Session],
    config: AssemblyConfig,
    now: datetime,
    start_survey: SurveyStarter,
) -> FeedbackReport:
    """Start the survey for every expected member of every session that is due (idempotent).

    Stops at the first Rasa failure: Rasa is down for everyone, and the next run retries.
    """
    now = now.astimezone(UTC)
    report = FeedbackReport()
    for assembly_session in sessions_due_for_feedback(config, now):
        report.sessions.append(assembly_session.id)
        for member_id in _members_to_ask(sessions, assembly_session.id):
            try:
                asked = _ask_member(
                    sessions, config, now, assembly_session, member_id, start_survey
                )
            except RasaUnavailable:
                logger.warning(
                    "feedback for session %s paused: Rasa unavailable (member %d will be retried)",
                    assembly_session.id,
                    member_id,
                )
                report.rasa_unavailable = True
                return report
            if asked:
                report.requested += 1
                report.messages_queued += asked
    if report.requested:
        logger.info(
            "feedback requested from %d member(s) for session(s) %s",
            report.requested,
            ",".join(report.sessions),
        )
    return report


def _members_to_ask(sessions: sessionmaker[Session], session_id: str) -> list[int]:
    """Expected members who have not been asked yet, never a sandbox member (one query)."""
    asked = select(FeedbackRequest.member_id).where(FeedbackRequest.session_id == session_id)
    with sessions() as db:
        return list(
            db.scalars(
                select(Member.id)
                .join(Attendance, Attendance.member_id == Member.id)
                .where(
                    Attendance.session_id == session_id,
                    Attendance.status.in_(EXPECTED_STATUSES),
                    Member.onboarding_state != "withdrawn",
                    Member.withdrawn_at.is_(None),
                    Member.sandbox.is_(False),
                    Member.reserve.is_(False),
                    Member.id.not_in(asked),
                )
                .order_by(Member.id)
            )
        )


def _ask_member(
    sessions: sessionmaker[Session],
    config: AssemblyConfig,
    now: datetime,
    assembly_session: AssemblySession,
    member_id: int,
    start_survey: SurveyStarter,
) -> int:
    """Start one member's survey; the number of messages queued (0 when skipped)."""
    with transaction(sessions) as db:
        member = db.get(Member, member_id)
        if member is None:
            return 0
        identity = preferred_identity(db, member)
        if identity is None or identity.opted_out:
            logger.debug("member %d opted out: no feedback request", member_id)
            return 0
        sender = conversation_for(db, identity).rasa_sender_id

    replies = start_survey(sender, FEEDBACK_INTENT, {"session_ref": assembly_session.id})
    texts = survey_texts(replies)
    if not texts:
        raise RasaUnavailable("the feedback survey produced no messages")

    send_at = earliest_send_time(now, config)
    with transaction(sessions) as db:
        created = insert_ignoring_conflict(
            db,
            FeedbackRequest,
            {
                "member_id": member_id,
                "session_id": assembly_session.id,
                "sent_at": now,
                "responded": False,
            },
            ["member_id", "session_id"],
        )
        if created is None:
            return 0  # another run asked a moment ago
        member = db.get(Member, member_id)
        assert member is not None
        queued = 0
        for number, text in enumerate(texts, start=1):
            first = number == 1
            outbox_id = send_to_member(
                db,
                member,
                key=survey_message_key(member_id, assembly_session.id, number),
                kind="feedback",
                body=text,
                template="feedback_request" if first else None,
                template_variables=(
                    {"first_name": member.display_name, "session_title": assembly_session.title}
                    if first
                    else None
                ),
                not_before=send_at,
                session_id=assembly_session.id,
            )
            queued += outbox_id is not None
        return queued
