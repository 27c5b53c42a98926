"""Retention (config.yml `retention:`): the scheduler's daily clean-up, and what the console
says about it.

Each kind of data is kept `keep` after the assembly's last session, and anything made later at
least `keep` after it was made. So once `last session end + keep` has passed, each clean-up
removes what is older than `keep`:
- messages: deleted with their attachments, and Rasa's events from before the same moment (a
  member message the pipeline has not dealt with yet stays);
- media: attachment rows and their files (a file goes once no remaining row points to it);
  expense claims keep their amounts and lose the receipt;
- outbox: the text, media link and template values of settled messages are blanked; the row,
  its status and times stay (delivery reports, broadcast counts);
- audit: entries deleted.
A clean-up that removed anything says so in the audit log, with counts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from db.data_rights import unreferenced_files
from db.models import AuditLog, ExpenseClaim, MediaFile, Message, OutboxItem
from db.queries import audit
from db.tracker_store import TrackerStore, delete_events_before

log = logging.getLogger(__name__)

CLEAN_UP_AT = time(3, 30)  # local time of the daily clean-up
UNSETTLED = ("pending", "claimed", "sending")  # outbox rows the worker may still send
BATCH = 500

KINDS = {  # i18n-exempt: staff (the retention key: what the console calls it)
    "messages": "Messages (and the assistant's memory of them)",
    "media": "Photos and documents",
    "outbox": "Outgoing message texts",
    "audit": "Audit log",
}


@dataclass(frozen=True)
class RetentionRule:
    """One kind of data: how long it is kept, and from when the clean-up removes it."""

    kind: str
    label: str
    keep: timedelta
    applies_from: datetime  # the last session's end + keep
    first_clean_up: datetime  # the first daily clean-up at or after applies_from

    @property
    def kept(self) -> str:
        """The period in words, e.g. "180 days" or "12 hours"."""
        days, seconds = self.keep.days, self.keep.seconds
        if days and not seconds:
            return f"{days} day{'s' * (days != 1)}"
        hours = int(self.keep.total_seconds() // 3600)
        return f"{hours} hour{'s' * (hours != 1)}" if hours else f"{seconds // 60} minutes"

    def cutoff(self, now: datetime) -> datetime | None:
        """Anything made before this goes; None while the rule does not apply yet."""
        return now - self.keep if now >= self.applies_from else None


def next_clean_up(moment: datetime, config: AssemblyConfig) -> datetime:
    """The first daily clean-up at or after `moment`."""
    local = moment.astimezone(config.tz)
    run = datetime.combine(local.date(), CLEAN_UP_AT, tzinfo=config.tz)
    return run if run >= local else run + timedelta(days=1)


def retention_rules(config: AssemblyConfig) -> list[RetentionRule]:
    """Each kind's rule, in the order the console lists them."""
    ends = config.last_session_ends
    rules = []
    for kind, label in KINDS.items():
        keep: timedelta = getattr(config.retention, kind)
        applies_from = ends + keep
        rules.append(
            RetentionRule(kind, label, keep, applies_from, next_clean_up(applies_from, config))
        )
    return rules


@dataclass
class RetentionReport:
    """What one clean-up removed; `files` are media files no row points to any more."""

    messages: int = 0
    media: int = 0
    outbox: int = 0
    audit: int = 0
    events: int = 0
    files: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.messages + self.media + self.outbox + self.audit


def _batches(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]


def _delete_media(session: Session, media_ids: Sequence[int]) -> list[str]:
    """Delete attachment rows (claims keep their amounts); their stored file names."""
    files: list[str] = []
    for batch in _batches(media_ids):
        files += [
            name
            for name in session.scalars(
                select(MediaFile.storage_path).where(MediaFile.id.in_(batch))
            )
            if name
        ]
        session.execute(
            update(ExpenseClaim)
            .where(ExpenseClaim.receipt_media_id.in_(batch))
            .values(receipt_media_id=None)
        )
        session.execute(delete(MediaFile).where(MediaFile.id.in_(batch)))
    return files


def _expire_messages(session: Session, cutoff: datetime, report: RetentionReport) -> None:
    message_ids = list(
        session.scalars(
            select(Message.id).where(
                Message.created_at < cutoff,
                or_(Message.direction == "out", Message.processed_at.is_not(None)),
            )
        )
    )
    for batch in _batches(message_ids):
        media_ids = list(
            session.scalars(select(MediaFile.id).where(MediaFile.message_id.in_(batch)))
        )
        report.media += len(media_ids)
        report.files += _delete_media(session, media_ids)
        session.execute(
            update(OutboxItem).where(OutboxItem.message_id.in_(batch)).values(message_id=None)
        )
        session.execute(delete(Message).where(Message.id.in_(batch)))
    report.messages += len(message_ids)


def _expire_media(session: Session, cutoff: datetime, report: RetentionReport) -> None:
    media_ids = list(session.scalars(select(MediaFile.id).where(MediaFile.created_at < cutoff)))
    report.media += len(media_ids)
    report.files += _delete_media(session, media_ids)


def _expire_outbox_texts(session: Session, cutoff: datetime, report: RetentionReport) -> None:
    report.outbox += (
        session.execute(
            update(OutboxItem)
            .where(
                OutboxItem.created_at < cutoff,
                OutboxItem.status.not_in(UNSETTLED),
                or_(
                    OutboxItem.body.is_not(None),
                    OutboxItem.media_url.is_not(None),
                    OutboxItem.template_variables.is_not(None),
                ),
            )
            .values(body=None, media_url=None, template_variables=None)
        ).rowcount
        or 0
    )


def _expire_audit(session: Session, cutoff: datetime, report: RetentionReport) -> None:
    report.audit += (
        session.execute(delete(AuditLog).where(AuditLog.created_at < cutoff)).rowcount or 0
    )


EXPIRE = {
    "media": _expire_media,
    "messages": _expire_messages,
    "outbox": _expire_outbox_texts,
    "audit": _expire_audit,
}


def clean_up_expired(
    session: Session, config: AssemblyConfig, tracker: TrackerStore, now: datetime
) -> RetentionReport:
    """Apply every retention rule that applies at `now`, in the caller's transaction. Rasa's
    events are deleted in their own store first: if our transaction then fails, the next run
    deletes the rest. The caller deletes `report.files` once this transaction is committed."""
    report = RetentionReport()
    cutoffs = {rule.kind: rule.cutoff(now) for rule in retention_rules(config)}
    messages_cutoff = cutoffs["messages"]
    if messages_cutoff is not None and tracker.holds_events():
        with tracker.session() as events, events.begin():
            report.events = delete_events_before(events, messages_cutoff)
    for kind, expire in EXPIRE.items():
        cutoff = cutoffs[kind]
        if cutoff is not None:
            expire(session, cutoff, report)
    report.files = unreferenced_files(session, report.files)
    if report.total:
        audit(
            session,
            None,
            "retention.cleaned",
            None,
            None,
            messages=report.messages,
            media=report.media,
            outbox=report.outbox,
            audit=report.audit,
        )
    log.info(
        "retention: %d message(s), %d Rasa event(s), %d attachment(s), %d outbox text(s), "
        "%d audit entry(ies) removed",
        report.messages,
        report.events,
        report.media,
        report.outbox,
        report.audit,
    )
    return report
