"""A session moved in config.yml (a new start or venue): noticed by comparing each session with
its snapshot, and told to every member who will attend in one change notice, keyed by the
session's new fingerprint so a second scheduler or run sends nothing twice."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, AssemblySession, Venue
from bot.i18n.catalogue import current_language, speaking
from bot.i18n.languages import effective_language
from bot.message_texts import change_notice_text, local_when
from bot.outbox.queue import OutgoingMessage, Recipient
from bot.scheduling.send_times import earliest_send_time
from db.models import SessionSnapshot
from db.queries import insert_many_ignoring_conflict

logger = logging.getLogger(__name__)

CHANGE_NOTICE_KIND = "session_change"
# Outside WhatsApp's 24-hour window a change notice needs an approved template; the reminder
# template carries exactly the facts that changed (title, start, venue).
CHANGE_NOTICE_TEMPLATE = "reminder"


def session_fingerprint(session: AssemblySession, revision: int) -> str:
    """A short hash of what members rely on (start, venue) and the change count, for keys."""
    start = session.starts.astimezone(UTC).isoformat()
    digest = hashlib.sha256(f"{start}|{session.venue}|{revision}".encode())
    return digest.hexdigest()[:8]


def apply_session_changes(
    db: Session, config: AssemblyConfig, now: datetime
) -> tuple[dict[str, tuple[int, datetime | None]], list[str]]:
    """Compare each session with its snapshot; for a moved one, bump the revision (atomically,
    so of two racing schedulers only one handles it).

    Returns each session's (revision, changed_at), and the sessions this run found moved.
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
    changed: list[str] = []
    for assembly_session in config.sessions:
        snapshot = snapshots.get(assembly_session.id)
        if snapshot is None:
            insert_many_ignoring_conflict(
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
        changed.append(assembly_session.id)
        logger.info(
            "session %s moved (revision %d): re-planning its reminders",
            assembly_session.id,
            snapshot.revision + 1,
        )
    return revisions, changed


def template_variables(
    recipient: Recipient, assembly_session: AssemblySession, config: AssemblyConfig
) -> dict[str, Any]:
    return {
        "language": current_language(),
        "first_name": recipient.first_name,
        "session_title": assembly_session.title,
        "starts_at": local_when(assembly_session.starts, config.tz),
        "venue_name": config.venue_for(assembly_session).name,
    }


def change_notices(
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
        with speaking(effective_language(recipient.language, config.languages)):
            yield _change_notice(assembly_session, config, recipient, fingerprint, send_at, venue)


def _change_notice(
    assembly_session: AssemblySession,
    config: AssemblyConfig,
    recipient: Recipient,
    fingerprint: str,
    send_at: datetime,
    venue: Venue,
) -> OutgoingMessage:
    """One member's change notice, in the language being spoken."""
    return OutgoingMessage(
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
        template_variables=template_variables(recipient, assembly_session, config),
    )
