"""Session reminders and change notices, planned into the outbox ahead of time.

Why ahead of time: every outbox row carries `not_before`, and the worker sends only rows that are
due. So each planning run writes every reminder due within the next `PLANNING_HORIZON` (24 h),
each with its send time: if the scheduler then dies, the worker still sends them on time; a
second run (or a second scheduler) inserts nothing, because each row has an idempotency key
``reminder:<member>:<session>:<offset>`` (CONTRACT, DESIGN step 5). Why not weeks ahead: the
text would freeze facts staff may still edit (catering, directions), every transcript would
show a dozen future messages, and a first run for a big roster would write hundreds of
thousands of rows at once. Anything the horizon or a downtime misses is caught up (below).

Rules, each with its reason:

* Who: members who are onboarded, not withdrawn and have not declined the session. A member who
  declines or withdraws later has their pending reminders cancelled at the next planning run.
* When: ``starts - before``. Whole days keep the local clock time (the 7d reminder for Saturday
  10:00 is the previous Saturday 10:00, across the BST change too); hours and minutes are exact.
* Quiet hours: a send time inside them moves *earlier*, to ``QUIET_HOURS_MARGIN`` (30 minutes)
  before the quiet hours begin that evening (the 2h reminder for an 08:30 start goes at 20:30 the
  evening before). Earlier, not later, because a reminder after the session is useless; 30
  minutes, not 1, so a large roster sent at the channel rate limits is done before 21:00.
* Missed (its time passed without a row, e.g. the member onboarded late or the scheduler was
  down): if the session has not started, the latest missed reminder of that session goes now
  (or when the quiet hours end, if that is still before the start); older missed ones are
  dropped, so nobody gets three reminders at once. If the session has started, nothing is sent
  and the skip is logged with ids only.
* Given up (the worker's retries met the session's start, or an outage outlasted them): the
  latest missed reminder goes again by the catch-up rule above, as the same row (same key), so
  it cannot go twice: a row is given up only when the provider refused every attempt. A send
  that may have arrived (no answer from the provider) is never planned again.
* Changes: when config.yml moves a session (start time or venue), all its pending reminders are
  cancelled (also the due-but-unsent ones: they carry the old time), new ones are planned under
  keys with a short hash of the new start, venue and revision, and each member who will attend
  gets one change notice (``change:<member>:<session>:<hash>``). Reminders whose time fell before
  the change are not sent late: the change notice covers them.

Planning is bulk (a handful of queries per run, batched inserts), so 10,000 members plan in
seconds; the messages go out through `bot.outbox.queue.queue_messages`, the one place that picks
each member's channel and applies the opt-out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import speaking
from bot.i18n.languages import effective_language
from bot.message_texts import reminder_text
from bot.outbox.deadlines import keys_and_given_up, send_again
from bot.outbox.queue import OutgoingMessage, Recipient, queue_messages
from bot.scheduling.send_times import earliest_send_time, reminder_send_time
from bot.scheduling.session_changes import (
    CHANGE_NOTICE_KIND,
    apply_session_changes,
    change_notices,
    session_fingerprint,
    template_variables,
)
from db.models import (
    Attendance,
    Member,
    OutboxItem,
)

logger = logging.getLogger(__name__)

PLANNING_HORIZON = timedelta(hours=24)
REMINDER_KIND = "reminder"


# --- the people and messages planning works with -----------------------------------------------


@dataclass
class PlanReport:
    """What one planning run did, in counts and ids (safe to log)."""

    queued: int = 0
    opted_out: int = 0
    skipped_started: int = 0
    cancelled: int = 0
    change_notices: int = 0
    replanned: int = 0
    changed_sessions: list[str] = field(default_factory=list)


def reminder_key(member_id: int, session_id: str, offset: str, fingerprint: str | None) -> str:
    """``reminder:<member>:<session>:<offset>``, plus the fingerprint once a session has moved."""
    key = f"reminder:{member_id}:{session_id}:{offset}"
    return f"{key}:{fingerprint}" if fingerprint else key


# --- planning ------------------------------------------------------------------------------------


def plan_reminders(
    db: Session,
    config: AssemblyConfig,
    now: datetime,
    horizon: timedelta | None = PLANNING_HORIZON,
) -> PlanReport:
    """Bring the outbox in line with config.yml and the roster at `now` (idempotent).

    Cancels reminders of members who declined or left, handles moved sessions (cancel, re-plan,
    one change notice), then queues every missing reminder due by `now + horizon` (all of them
    with `horizon=None`) and catches up missed ones.
    """
    now = now.astimezone(UTC)
    report = PlanReport()
    session_ids = [item.id for item in config.sessions]
    recipients = eligible_recipients(db)
    declined = _declined_pairs(db, session_ids)
    report.cancelled += _cancel_reminders_of_absent_members(db)
    revisions, report.changed_sessions = apply_session_changes(db, config, now)
    for moved in report.changed_sessions:  # their reminders carry the old time or venue
        report.cancelled += _cancel_pending_reminders(db, moved)

    existing_keys, given_up_keys = keys_and_given_up(db, REMINDER_KIND, session_ids)
    outgoing: list[OutgoingMessage] = []
    again: list[str] = []
    for assembly_session in config.sessions:
        if assembly_session.ends <= now:
            continue
        revision, changed_at = revisions[assembly_session.id]
        if assembly_session.id in report.changed_sessions:
            outgoing.extend(
                change_notices(assembly_session, config, now, recipients, declined, revision)
            )
        outgoing.extend(
            _session_reminders(
                assembly_session,
                config,
                now,
                recipients,
                declined,
                existing_keys,
                given_up_keys,
                again,
                session_fingerprint(assembly_session, revision) if revision else None,
                changed_at,
                None if horizon is None else now + horizon,
                report,
            )
        )
    queued, opted_out = queue_messages(db, outgoing, now)
    report.replanned = send_again(db, again, earliest_send_time(now, config))
    report.opted_out += opted_out
    report.change_notices = sum(1 for message in queued if message.kind == CHANGE_NOTICE_KIND)
    report.queued = len(queued) - report.change_notices
    changed_anything = (
        report.queued or report.change_notices or report.cancelled or report.replanned
    )
    logger.log(
        logging.INFO if changed_anything else logging.DEBUG,
        "reminders planned: %d queued, %d given up planned again, %d change notice(s), "
        "%d cancelled, %d opted out",
        report.queued,
        report.replanned,
        report.change_notices,
        report.cancelled,
        report.opted_out,
    )
    return report


def eligible_recipients(db: Session) -> list[Recipient]:
    """Members who should hear about sessions: onboarded, not withdrawn, not a reserve waiting
    for a place, not the try-it page's sandbox members (one query)."""
    rows = db.execute(
        select(
            Member.id,
            Member.preferred_name,
            Member.first_name,
            Member.phone,
            Member.preferred_channel,
            Member.language,
        )
        .where(
            Member.onboarding_state == "onboarded",
            Member.withdrawn_at.is_(None),
            Member.sandbox.is_(False),
            Member.reserve.is_(False),
        )
        .order_by(Member.id)
    )
    return [
        Recipient(
            row.id,
            row.preferred_name or row.first_name,
            row.phone,
            row.preferred_channel,
            row.language,
        )
        for row in rows
    ]


def _declined_pairs(db: Session, session_ids: Sequence[str]) -> set[tuple[int, str]]:
    rows = db.execute(
        select(Attendance.member_id, Attendance.session_id).where(
            Attendance.status == "declined", Attendance.session_id.in_(session_ids)
        )
    )
    return {(row.member_id, row.session_id) for row in rows}


def _cancel_reminders_of_absent_members(db: Session) -> int:
    """A member who declined a session, withdrew or left onboarding gets no more reminders."""
    declined = exists().where(
        Attendance.member_id == OutboxItem.member_id,
        Attendance.session_id == OutboxItem.session_id,
        Attendance.status == "declined",
    )
    gone = OutboxItem.member_id.in_(
        select(Member.id).where(
            (Member.onboarding_state != "onboarded")
            | Member.withdrawn_at.is_not(None)
            | Member.sandbox.is_(True)
            | Member.reserve.is_(True)
        )
    )
    result = db.execute(
        update(OutboxItem)
        .where(OutboxItem.kind == REMINDER_KIND, OutboxItem.status == "pending", declined | gone)
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def _cancel_pending_reminders(db: Session, session_id: str) -> int:
    result = db.execute(
        update(OutboxItem)
        .where(
            OutboxItem.kind == REMINDER_KIND,
            OutboxItem.session_id == session_id,
            OutboxItem.status == "pending",
        )
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def _session_reminders(
    assembly_session: AssemblySession,
    config: AssemblyConfig,
    now: datetime,
    recipients: Iterable[Recipient],
    declined: set[tuple[int, str]],
    existing_keys: set[str],
    given_up_keys: set[str],
    again: list[str],
    fingerprint: str | None,
    changed_at: datetime | None,
    plan_until: datetime | None,
    report: PlanReport,
) -> list[OutgoingMessage]:
    """The missing reminders of one session; the keys of given-up ones to plan again are added
    to `again`. Send times depend only on the session, so they are worked out once and each
    member only costs a key lookup and a text."""
    planned = sorted(
        (
            (reminder.key, reminder_send_time(assembly_session, reminder.before, config))
            for reminder in config.reminders
        ),
        key=lambda item: item[1],
    )
    upcoming = [
        (offset, at)
        for offset, at in planned
        if at > now and (plan_until is None or at <= plan_until)
    ]
    missed = [(offset, at) for offset, at in planned if at <= now]
    latest_missed = missed[-1] if missed else None
    started = assembly_session.starts <= now
    catch_up_at = earliest_send_time(now, config)
    catch_up_possible = (
        latest_missed is not None
        and not started
        and catch_up_at < assembly_session.starts
        # a reminder due before the session moved is replaced by the change notice
        and (changed_at is None or latest_missed[1] >= changed_at)
    )
    venue = config.venue_for(assembly_session)
    outgoing: list[OutgoingMessage] = []
    skipped_ids: list[int] = []
    for recipient in recipients:
        if (recipient.id, assembly_session.id) in declined:
            continue
        due: list[tuple[str, datetime]] = list(upcoming)
        if latest_missed is not None:
            key = reminder_key(recipient.id, assembly_session.id, latest_missed[0], fingerprint)
            if key not in existing_keys:
                if catch_up_possible:
                    due.append((latest_missed[0], catch_up_at))
                elif started:
                    skipped_ids.append(recipient.id)
            elif key in given_up_keys and catch_up_possible:
                again.append(key)
        for offset, send_at in due:
            key = reminder_key(recipient.id, assembly_session.id, offset, fingerprint)
            if key in existing_keys:
                continue
            with speaking(effective_language(recipient.language, config.languages)):
                outgoing.append(
                    OutgoingMessage(
                        recipient=recipient,
                        key=key,
                        kind=REMINDER_KIND,
                        body=reminder_text(
                            first_name=recipient.first_name,
                            assembly_short_name=config.assembly.short_name,
                            session=assembly_session,
                            venue=venue,
                            sent_at=send_at,
                            tz=config.tz,
                        ),
                        not_before=send_at,
                        session_id=assembly_session.id,
                        template="reminder",
                        template_variables=template_variables(recipient, assembly_session, config),
                    )
                )
    if skipped_ids:
        report.skipped_started += len(skipped_ids)
        logger.info(
            "session %s started before %d member(s) could be reminded; not sent (member ids %s)",
            assembly_session.id,
            len(skipped_ids),
            _ids_for_log(skipped_ids),
        )
    return outgoing


def _ids_for_log(ids: Sequence[int], limit: int = 50) -> str:
    shown = ",".join(str(item) for item in ids[:limit])
    return shown + (f",... (+{len(ids) - limit})" if len(ids) > limit else "")
