"""How long a message is worth retrying while its provider is down: until it stops being useful,
not for a fixed number of attempts.

* A reminder or a session-change notice: until its session starts (a reminder after the start
  only confuses). The scheduler plans a given-up reminder again while its session has not
  started (`bot.scheduling.reminders`), so a long outage cannot cost a member their reminder.
* A staff alert (an urgent escalation): three days. It bothers no member when it arrives late,
  and an urgent escalation nobody has picked up still needs a person; the console's inbox shows
  the escalation all along.
* Everything else (a reply, a survey question, a staff reply, a broadcast, a claim update, an
  invitation): a day after it was queued. A reply that comes a day late answers a question the
  member has stopped waiting on; staff see it in the failed sends and can follow up in person.

What is given up shows in the console's failed sends, with its reason. `send_again` puts given-up
rows back in the queue as they are (the reminder planner uses it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.outbox.queue import IN_CLAUSE_SIZE, chunks
from db.models import ChannelIdentity, OutboxItem
from db.session import announce_outbox

GAVE_UP = "gave_up"  # the error code of a row given up: the provider refused every attempt
SESSION_BOUND_KINDS = frozenset({"reminder", "session_change"})
RETRY_WINDOWS = {"staff_alert": timedelta(days=3)}
DEFAULT_RETRY_WINDOW = timedelta(days=1)


def give_up_at(
    kind: str, session_id: str | None, created_at: datetime, config: AssemblyConfig
) -> datetime:
    """The moment after which a message of this kind is no longer worth another attempt."""
    if kind in SESSION_BOUND_KINDS and session_id is not None:
        session = config.session(session_id)
        if session is not None:
            return session.starts
    return created_at + RETRY_WINDOWS.get(kind, DEFAULT_RETRY_WINDOW)


def keys_and_given_up(
    db: Session, kind: str, session_ids: Sequence[str]
) -> tuple[set[str], set[str]]:
    """The keys of this kind's rows for these sessions, and of those among them given up."""
    rows = db.execute(
        select(OutboxItem.idempotency_key, OutboxItem.status, OutboxItem.error_code).where(
            OutboxItem.kind == kind, OutboxItem.session_id.in_(session_ids)
        )
    ).all()
    keys = {row.idempotency_key for row in rows}
    given_up = {
        row.idempotency_key for row in rows if row.status == "failed" and row.error_code == GAVE_UP
    }
    return keys, given_up


def send_again(db: Session, keys: Sequence[str], send_at: datetime) -> int:
    """Given-up rows go again from `send_at` as the same rows (same keys), so none can arrive
    twice: a row is given up only when the provider refused every attempt. Skipped where the
    member has opted out since. Returns how many."""
    opted_out = exists().where(
        ChannelIdentity.id == OutboxItem.identity_id, ChannelIdentity.opted_out.is_(True)
    )
    again = 0
    for chunk in chunks(keys, IN_CLAUSE_SIZE):
        again += (
            db.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.idempotency_key.in_(chunk),
                    OutboxItem.status == "failed",
                    OutboxItem.error_code == GAVE_UP,
                    ~opted_out,
                )
                .values(
                    status="pending",
                    not_before=send_at,
                    attempts=0,
                    claimed_by=None,
                    claimed_at=None,
                    error_code=None,
                    error_message=None,
                    as_template=False,
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
    if again:
        announce_outbox(db)
    return again
