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
* Changes: when config.yml moves a session (start time or venue), all its pending reminders are
  cancelled (also the due-but-unsent ones: they carry the old time), new ones are planned under
  keys with a short hash of the new start, venue and revision, and each member who will attend
  gets one change notice (``change:<member>:<session>:<hash>``). Reminders whose time fell before
  the change are not sent late: the change notice covers them.

Planning is bulk (a handful of queries per run, batched inserts), so 10,000 members plan in
seconds. `queue_messages` is the bulk twin of `bot.outbound.send_to_member`: same identity
choice (preferred channel; Telegram without a linked chat falls back to SMS), same opt-out rule,
the template stored as given (the worker uses it where the channel needs one), and the text
joins the conversation's transcript.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import bindparam, delete, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.config import Session as AssemblySession
from bot.message_texts import change_notice_text, local_when, reminder_text
from db.models import (
    Attendance,
    ChannelIdentity,
    Conversation,
    Member,
    Message,
    OutboxItem,
    SessionSnapshot,
)

logger = logging.getLogger(__name__)

QUIET_HOURS_MARGIN = timedelta(minutes=30)
PLANNING_HORIZON = timedelta(hours=24)
REMINDER_KIND = "reminder"
CHANGE_NOTICE_KIND = "session_change"
# Outside WhatsApp's 24-hour window a change notice needs an approved template; the reminder
# template carries exactly the facts that changed (title, start, venue).
CHANGE_NOTICE_TEMPLATE = "reminder"
BATCH_SIZE = 2000  # rows per INSERT; well under SQLite's limit on bound parameters
IN_CLAUSE_SIZE = 500

T = TypeVar("T")


# --- the people and messages planning works with -----------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """What planning needs of a member: no ORM object, so 10,000 of them stay cheap."""

    id: int
    first_name: str
    phone: str
    preferred_channel: str


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to queue for one member (the arguments of `send_to_member`)."""

    recipient: Recipient
    key: str
    kind: str
    body: str
    not_before: datetime
    session_id: str | None = None
    template: str | None = None
    template_variables: dict[str, Any] | None = None


@dataclass
class PlanReport:
    """What one planning run did, in counts and ids (safe to log)."""

    queued: int = 0
    opted_out: int = 0
    skipped_started: int = 0
    cancelled: int = 0
    change_notices: int = 0
    changed_sessions: list[str] = field(default_factory=list)


class _Identity(NamedTuple):
    id: int
    member_id: int | None
    channel: str
    address: str
    opted_out: bool


# --- time rules ----------------------------------------------------------------------------------


def reminder_moment(starts: datetime, before: timedelta, config: AssemblyConfig) -> datetime:
    """`starts - before` in UTC: whole days in local wall-clock time (same local hour across the
    BST change), anything else as exact elapsed time."""
    if before % timedelta(days=1) == timedelta(0):
        local = starts.astimezone(config.tz)
        return (local - before).astimezone(UTC)  # zoneinfo arithmetic is wall-clock
    return starts.astimezone(UTC) - before


def before_quiet_hours(moment: datetime, config: AssemblyConfig) -> datetime:
    """The moment itself (UTC), or `QUIET_HOURS_MARGIN` before the start of the quiet hours it
    falls in (the same evening; for the early-morning part of a window that wraps midnight,
    the evening before)."""
    tz = config.tz
    local = moment.astimezone(tz)
    quiet = config.quiet_hours
    if not quiet.contains(local.time()):
        return moment.astimezone(UTC)
    day = local.date()
    if local.time().replace(tzinfo=None) < quiet.start:
        day -= timedelta(days=1)
    quiet_start = datetime.combine(day, quiet.start, tzinfo=tz)
    return (quiet_start - QUIET_HOURS_MARGIN).astimezone(UTC)


def reminder_send_time(
    session: AssemblySession, before: timedelta, config: AssemblyConfig
) -> datetime:
    """When a reminder should go: `before` ahead of the start, moved out of quiet hours."""
    return before_quiet_hours(reminder_moment(session.starts, before, config), config)


def earliest_send_time(now: datetime, config: AssemblyConfig) -> datetime:
    """Now, or the end of the quiet hours if now is inside them (UTC)."""
    return config.next_send_time(now).astimezone(UTC)


def session_fingerprint(session: AssemblySession, revision: int) -> str:
    """A short hash of what members rely on (start, venue) and the change count, for keys."""
    start = session.starts.astimezone(UTC).isoformat()
    digest = hashlib.sha256(f"{start}|{session.venue}|{revision}".encode())
    return digest.hexdigest()[:8]


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
    revisions = _apply_session_changes(db, config, now, report)

    existing_keys = set(
        db.scalars(
            select(OutboxItem.idempotency_key).where(
                OutboxItem.kind == REMINDER_KIND, OutboxItem.session_id.in_(session_ids)
            )
        )
    )
    outgoing: list[OutgoingMessage] = []
    for assembly_session in config.sessions:
        if assembly_session.ends <= now:
            continue
        revision, changed_at = revisions[assembly_session.id]
        if assembly_session.id in report.changed_sessions:
            outgoing.extend(
                _change_notices(assembly_session, config, now, recipients, declined, revision)
            )
        outgoing.extend(
            _session_reminders(
                assembly_session,
                config,
                now,
                recipients,
                declined,
                existing_keys,
                session_fingerprint(assembly_session, revision) if revision else None,
                changed_at,
                None if horizon is None else now + horizon,
                report,
            )
        )
    queued, opted_out = queue_messages(db, outgoing, now)
    report.opted_out += opted_out
    report.change_notices = sum(
        1 for message in queued if message.kind == CHANGE_NOTICE_KIND
    )
    report.queued = len(queued) - report.change_notices
    changed_anything = report.queued or report.change_notices or report.cancelled
    logger.log(
        logging.INFO if changed_anything else logging.DEBUG,
        "reminders planned: %d queued, %d change notice(s), %d cancelled, %d opted out",
        report.queued,
        report.change_notices,
        report.cancelled,
        report.opted_out,
    )
    return report


def eligible_recipients(db: Session) -> list[Recipient]:
    """Members who should hear about sessions: onboarded and not withdrawn (one query)."""
    rows = db.execute(
        select(
            Member.id,
            Member.preferred_name,
            Member.first_name,
            Member.phone,
            Member.preferred_channel,
        )
        .where(Member.onboarding_state == "onboarded", Member.withdrawn_at.is_(None))
        .order_by(Member.id)
    )
    return [
        Recipient(row.id, row.preferred_name or row.first_name, row.phone, row.preferred_channel)
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
            (Member.onboarding_state != "onboarded") | Member.withdrawn_at.is_not(None)
        )
    )
    result = db.execute(
        update(OutboxItem)
        .where(OutboxItem.kind == REMINDER_KIND, OutboxItem.status == "pending", declined | gone)
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def _apply_session_changes(
    db: Session, config: AssemblyConfig, now: datetime, report: PlanReport
) -> dict[str, tuple[int, datetime | None]]:
    """Compare each session with its snapshot; for a moved one, bump the revision (atomically,
    so of two racing schedulers only one handles it) and cancel its pending reminders.

    Returns each session's (revision, changed_at).
    """
    snapshots = {
        row.session_id: row
        for row in db.execute(
            select(
                SessionSnapshot.session_id,
                SessionSnapshot.starts_at,
                SessionSnapshot.venue,
                SessionSnapshot.revision,
                SessionSnapshot.changed_at,
            ).where(SessionSnapshot.session_id.in_([item.id for item in config.sessions]))
        )
    }
    revisions: dict[str, tuple[int, datetime | None]] = {}
    for assembly_session in config.sessions:
        snapshot = snapshots.get(assembly_session.id)
        if snapshot is None:
            _insert_ignoring_conflict(
                db,
                SessionSnapshot,
                [
                    {
                        "session_id": assembly_session.id,
                        "starts_at": assembly_session.starts,
                        "venue": assembly_session.venue,
                        "revision": 0,
                        "changed_at": None,
                        "updated_at": now,
                    }
                ],
                ["session_id"],
            )
            revisions[assembly_session.id] = (0, None)
            continue
        moved = snapshot.starts_at != assembly_session.starts or (
            snapshot.venue != assembly_session.venue
        )
        if not moved:
            revisions[assembly_session.id] = (snapshot.revision, snapshot.changed_at)
            continue
        won = db.execute(
            update(SessionSnapshot)
            .where(
                SessionSnapshot.session_id == assembly_session.id,
                SessionSnapshot.revision == snapshot.revision,
            )
            .values(
                starts_at=assembly_session.starts,
                venue=assembly_session.venue,
                revision=snapshot.revision + 1,
                changed_at=now,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        revisions[assembly_session.id] = (snapshot.revision + 1, now)
        if not won:
            continue  # another scheduler handled this change a moment ago
        report.changed_sessions.append(assembly_session.id)
        report.cancelled += (
            db.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.kind == REMINDER_KIND,
                    OutboxItem.session_id == assembly_session.id,
                    OutboxItem.status == "pending",
                )
                .values(status="cancelled")
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
        logger.info(
            "session %s moved (revision %d): pending reminders cancelled, re-planning",
            assembly_session.id,
            snapshot.revision + 1,
        )
    return revisions


def _template_variables(
    recipient: Recipient, assembly_session: AssemblySession, config: AssemblyConfig
) -> dict[str, Any]:
    return {
        "first_name": recipient.first_name,
        "session_title": assembly_session.title,
        "starts_at": local_when(assembly_session.starts, config.tz),
        "venue_name": config.venue_for(assembly_session).name,
    }


def _change_notices(
    assembly_session: AssemblySession,
    config: AssemblyConfig,
    now: datetime,
    recipients: Iterable[Recipient],
    declined: set[tuple[int, str]],
    revision: int,
) -> Iterator[OutgoingMessage]:
    """One notice per member who will attend, unless the session has already started."""
    if assembly_session.starts <= now:
        return
    fingerprint = session_fingerprint(assembly_session, revision)
    send_at = earliest_send_time(now, config)
    venue = config.venue_for(assembly_session)
    for recipient in recipients:
        if (recipient.id, assembly_session.id) in declined:
            continue
        yield OutgoingMessage(
            recipient=recipient,
            key=f"change:{recipient.id}:{assembly_session.id}:{fingerprint}",
            kind=CHANGE_NOTICE_KIND,
            body=change_notice_text(
                first_name=recipient.first_name,
                assembly_short_name=config.assembly.short_name,
                session=assembly_session,
                venue=venue,
                tz=config.tz,
            ),
            not_before=send_at,
            session_id=assembly_session.id,
            template=CHANGE_NOTICE_TEMPLATE,
            template_variables=_template_variables(recipient, assembly_session, config),
        )


def _session_reminders(
    assembly_session: AssemblySession,
    config: AssemblyConfig,
    now: datetime,
    recipients: Iterable[Recipient],
    declined: set[tuple[int, str]],
    existing_keys: set[str],
    fingerprint: str | None,
    changed_at: datetime | None,
    plan_until: datetime | None,
    report: PlanReport,
) -> list[OutgoingMessage]:
    """The missing reminders of one session. Send times depend only on the session, so they are
    worked out once and each member only costs a key lookup and a text."""
    planned = sorted(
        ((reminder.key, reminder_send_time(assembly_session, reminder.before, config))
         for reminder in config.reminders),
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
        for offset, send_at in due:
            key = reminder_key(recipient.id, assembly_session.id, offset, fingerprint)
            if key in existing_keys:
                continue
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
                    template_variables=_template_variables(recipient, assembly_session, config),
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


# --- queueing many messages at once --------------------------------------------------------------


def queue_messages(
    db: Session, messages: Sequence[OutgoingMessage], now: datetime
) -> tuple[list[OutgoingMessage], int]:
    """Queue many messages in a few statements; the bulk twin of `send_to_member`.

    Returns the messages actually queued (a key already in the outbox is a no-op) and how many
    were skipped because the member opted out on that channel.
    """
    if not messages:
        return [], 0
    recipients = {message.recipient.id: message.recipient for message in messages}
    identities = _preferred_identities(db, list(recipients.values()), now)
    conversations = _conversations(db, list(identities.values()), now)
    sendable = [m for m in messages if not identities[m.recipient.id].opted_out]
    opted_out = len(messages) - len(sendable)
    queued: list[OutgoingMessage] = []
    touched_conversations: set[int] = set()
    for batch in _chunks(sendable, BATCH_SIZE):
        message_rows = []
        for message in batch:
            identity = identities[message.recipient.id]
            message_rows.append(
                {
                    "conversation_id": conversations[identity.id],
                    "channel": identity.channel,
                    "direction": "out",
                    "author": "bot",
                    "text": message.body,
                    "kind": "text",
                    "processed_at": now,
                    "created_at": now,
                }
            )
        message_ids = _insert_transcript_messages(db, message_rows)
        outbox_rows = []
        for message, message_id in zip(batch, message_ids, strict=True):
            identity = identities[message.recipient.id]
            outbox_rows.append(
                {
                    "idempotency_key": message.key,
                    "kind": message.kind,
                    "member_id": message.recipient.id,
                    "identity_id": identity.id,
                    "channel": identity.channel,
                    "address": identity.address,
                    "body": message.body,
                    "media_url": None,
                    "template": message.template,
                    "template_variables": message.template_variables,
                    "session_id": message.session_id,
                    "broadcast_id": None,
                    "message_id": message_id,
                    "status": "pending",
                    "attempts": 0,
                    "not_before": message.not_before,
                    "created_at": now,
                }
            )
        inserted = set(
            _insert_ignoring_conflict(
                db, OutboxItem, outbox_rows, ["idempotency_key"], returning="idempotency_key"
            )
        )
        orphans = []
        for message, message_id in zip(batch, message_ids, strict=True):
            if message.key in inserted:
                queued.append(message)
                touched_conversations.add(conversations[identities[message.recipient.id].id])
            else:
                orphans.append(message_id)  # lost a race: the transcript keeps one copy
        for chunk in _chunks(orphans, IN_CLAUSE_SIZE):
            db.execute(delete(Message).where(Message.id.in_(chunk)))
    if touched_conversations:
        table = Conversation.__table__
        db.execute(
            update(table)
            .where(table.c.id == bindparam("conversation"))
            .values(last_message_at=bindparam("moment")),
            [{"conversation": cid, "moment": now} for cid in sorted(touched_conversations)],
        )
    return queued, opted_out


def _insert_transcript_messages(db: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert transcript messages in one batched statement and return their ids in row order.

    RETURNING with a guaranteed row order makes SQLAlchemy insert one row at a time on SQLite,
    so rows are matched back by (conversation, text) instead: rows that share both are
    identical, and which of them links to which outbox row makes no difference.
    """
    table = Message.__table__
    returned = db.execute(
        insert(table).returning(table.c.id, table.c.conversation_id, table.c.text), rows
    )
    ids_by_content: dict[tuple[int, str | None], list[int]] = {}
    for row in returned:
        ids_by_content.setdefault((row.conversation_id, row.text), []).append(row.id)
    return [ids_by_content[(row["conversation_id"], row["text"])].pop() for row in rows]


def _preferred_identities(
    db: Session, recipients: Sequence[Recipient], now: datetime
) -> dict[int, _Identity]:
    """Each member's identity on their preferred channel, created from the roster phone when
    missing (as `bot.outbound.preferred_identity` does, for many members at once)."""
    columns = (
        ChannelIdentity.id,
        ChannelIdentity.member_id,
        ChannelIdentity.channel,
        ChannelIdentity.address,
        ChannelIdentity.opted_out,
    )
    found: dict[int, _Identity] = {}
    telegram_members = [r.id for r in recipients if r.preferred_channel == "telegram"]
    for chunk in _chunks(telegram_members, IN_CLAUSE_SIZE):
        rows = db.execute(
            select(*columns)
            .where(ChannelIdentity.member_id.in_(chunk), ChannelIdentity.channel == "telegram")
            .order_by(ChannelIdentity.id)
        )
        for row in rows:
            found.setdefault(row.member_id, _Identity(*row))

    # Everyone else by (channel, phone); Telegram without a linked chat falls back to SMS.
    wanted: dict[tuple[str, str], int] = {}
    for recipient in recipients:
        if recipient.id in found:
            continue
        channel = recipient.preferred_channel
        if channel == "telegram":
            channel = "sms"
        wanted[(channel, recipient.phone)] = recipient.id

    def load(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], _Identity]:
        by_channel: dict[str, list[str]] = {}
        for channel, address in pairs:
            by_channel.setdefault(channel, []).append(address)
        loaded: dict[tuple[str, str], _Identity] = {}
        for channel, addresses in by_channel.items():
            for chunk in _chunks(addresses, IN_CLAUSE_SIZE):
                rows = db.execute(
                    select(*columns).where(
                        ChannelIdentity.channel == channel, ChannelIdentity.address.in_(chunk)
                    )
                )
                loaded.update({(row.channel, row.address): _Identity(*row) for row in rows})
        return loaded

    existing = load(wanted)
    missing = [pair for pair in wanted if pair not in existing]
    if missing:
        _insert_ignoring_conflict(
            db,
            ChannelIdentity,
            [
                {
                    "channel": channel,
                    "address": address,
                    "member_id": wanted[(channel, address)],
                    "opted_out": False,
                    "created_at": now,
                }
                for channel, address in missing
            ],
            ["channel", "address"],
        )
        existing.update(load(missing))
    unclaimed = [
        {"identity": identity.id, "member": wanted[pair]}
        for pair, identity in existing.items()
        if identity.member_id is None
    ]
    if unclaimed:
        table = ChannelIdentity.__table__
        db.execute(
            update(table)
            .where(table.c.id == bindparam("identity"))
            .values(member_id=bindparam("member")),
            unclaimed,
        )
    for pair, identity in existing.items():
        found[wanted[pair]] = identity._replace(member_id=wanted[pair])
    return found


def _conversations(db: Session, identities: Sequence[_Identity], now: datetime) -> dict[int, int]:
    """identity id -> conversation id, creating conversations on first contact."""

    def load(identity_ids: Sequence[int]) -> dict[int, int]:
        loaded: dict[int, int] = {}
        for chunk in _chunks(identity_ids, IN_CLAUSE_SIZE):
            rows = db.execute(
                select(Conversation.identity_id, Conversation.id).where(
                    Conversation.identity_id.in_(chunk)
                )
            )
            loaded.update({row.identity_id: row.id for row in rows})
        return loaded

    conversations = load([identity.id for identity in identities])
    missing = [identity for identity in identities if identity.id not in conversations]
    if missing:
        _insert_ignoring_conflict(
            db,
            Conversation,
            [
                {
                    "identity_id": identity.id,
                    "member_id": identity.member_id,
                    "channel": identity.channel,
                    "status": "bot",
                    "urgent": False,
                    "created_at": now,
                }
                for identity in missing
            ],
            ["identity_id"],
        )
        conversations.update(load([identity.id for identity in missing]))
    return conversations


def _insert_ignoring_conflict(
    db: Session,
    model: type[Any],
    rows: Sequence[dict[str, Any]],
    conflict_columns: list[str],
    returning: str | None = None,
) -> list[Any]:
    """Many-row INSERT ... ON CONFLICT DO NOTHING (atomic on both databases); with `returning`,
    the given column of the rows actually inserted."""
    dialect = db.get_bind().dialect.name
    make_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = model.__table__
    values: list[Any] = []
    for batch in _chunks(list(rows), BATCH_SIZE):
        statement = make_insert(table).on_conflict_do_nothing(index_elements=conflict_columns)
        if returning is None:
            db.execute(statement, batch)
        else:
            values.extend(db.scalars(statement.returning(table.c[returning]), batch))
    return values


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

