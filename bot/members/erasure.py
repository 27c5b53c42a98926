"""Erasing a member from every store the assistant keeps: our database, Rasa's tracker store
(everything they said and every slot they filled, access needs included) and the media store.

Order matters when one step fails. Rasa's events go first, inside our database transaction:
if deleting them fails, nothing is erased and staff can try again; if our transaction fails
after them, the member is still there to erase again. Files go last, once the rows that point
to them are gone for good.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.media_store import delete_media
from bot.services import Services
from db.data_rights import erase_member, rasa_senders_of_member
from db.models import AuditLog
from db.queries import audit
from db.session import transaction
from db.tracker_store import TrackerStore, delete_events

log = logging.getLogger(__name__)


def forget_conversations(tracker: TrackerStore, senders: list[str]) -> int:
    """Delete these conversations from Rasa's tracker store; the number of events deleted."""
    if not senders or not tracker.holds_events():
        return 0
    with tracker.session() as session, session.begin():
        return delete_events(session, senders)


def forget_audited_values(session: Session, member_id: int) -> None:
    """The audit log keeps what staff did to an erased member and which fields they edited,
    but not the old and new values (names, phone numbers)."""
    entries = session.execute(
        select(AuditLog).where(
            AuditLog.target_type == "member", AuditLog.target_id == str(member_id)
        )
    ).scalars()
    for entry in entries:
        if entry.detail and isinstance(entry.detail.get("changes"), dict):
            entry.detail = {**entry.detail, "changes": sorted(entry.detail["changes"])}


def erase_member_everywhere(services: Services, member_id: int, staff_id: int | None) -> int:
    """Erase the member from the database, Rasa's tracker store and the media store; the
    number of files deleted. Raises KeyError for an unknown member."""
    with transaction(services.sessions) as session:
        senders = rasa_senders_of_member(session, member_id)
        files = erase_member(session, member_id)
        forget_audited_values(session, member_id)
        events = forget_conversations(TrackerStore.for_settings(services.settings), senders)
        audit(session, staff_id, "member.erased", "member", member_id, files=len(files))
    log.info("member %s erased: %d Rasa event(s), %d file(s)", member_id, events, len(files))
    return delete_media(services.media, files)
