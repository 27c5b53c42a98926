"""What the fault suite found, read from the database and from what the stand-in providers
actually received.

* Every inbound message has its answer (the assistant's, or the apology), or came while staff
  had the conversation (the "a person will reply" acknowledgement went once, and nothing is due
  until staff hand it back). Anything else is lost, as is a message left unprocessed.
* Every outbox row was sent exactly once, or is visibly failed (the console's failed sends).
  Nothing is left pending, claimed or sending. A row recorded as sent whose message the
  provider does not have is lost; a message the provider has twice is a duplicate.
* A member has each reminder at most once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from bot.config import load_config
from bot.outbox.settling import INTERRUPTED, UNKNOWN_OUTCOME
from db.models import Conversation, Message, OutboxItem
from db.outbox_models import SENT_STATUSES
from db.session import make_engine, make_session_factory
from tests.chaos.members import Traffic
from tests.chaos.world import World
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

UNSETTLED = ("pending", "claimed", "sending")
MAY_HAVE_ARRIVED = (UNKNOWN_OUTCOME, INTERRUPTED)
APOLOGY = "99"  # the pipeline's apology is reply n=99


@dataclass
class Findings:
    inbound: int = 0
    answered: int = 0
    apologised: int = 0
    with_staff: int = 0
    answer_failed_visibly: int = 0
    unanswered: list[int] = field(default_factory=list)
    unprocessed: int = 0
    rows: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    stuck: int = 0
    sent_but_missing: int = 0
    duplicates: int = 0
    duplicate_detail: list[str] = field(default_factory=list)
    reminders: int = 0
    reminders_twice: int = 0
    broadcast_rows: int = 0
    never_accepted: int = 0

    @property
    def lost(self) -> int:
        missing = len(self.unanswered) + self.unprocessed + self.stuck + self.sent_but_missing
        return missing + self.never_accepted


def unsettled_work(world: World) -> int:
    """Inbound messages not yet processed plus outbox rows not yet settled."""
    engine = make_engine(world.database_url)
    try:
        with make_session_factory(engine)() as session:
            waiting = session.execute(
                select(Message.id).where(Message.direction == "in", Message.processed_at.is_(None))
            ).all()
            rows = session.execute(
                select(OutboxItem.id).where(OutboxItem.status.in_(UNSETTLED))
            ).all()
        return len(waiting) + len(rows)
    finally:
        engine.dispose()


def provider_messages(
    twilio: FakeTwilioApi, telegram: FakeTelegramApi
) -> list[tuple[str, str, str, str | None, str | None]]:
    """(channel, address, provider id, body, content sid) of everything the providers took."""
    taken: list[tuple[str, str, str, str | None, str | None]] = []
    for message in twilio.sent_messages():
        to: str = message["to"]
        channel = "whatsapp" if to.startswith("whatsapp:") else "sms"
        address = to.removeprefix("whatsapp:")
        taken.append((channel, address, message["sid"], message["body"], message["content_sid"]))
    for message in telegram.sent_messages():
        chat = str(message["chat_id"])
        taken.append(("telegram", chat, str(message["message_id"]), message["text"], None))
    return taken


def find(
    world: World, traffic: Traffic, twilio: FakeTwilioApi, telegram: FakeTelegramApi
) -> Findings:
    findings = Findings(never_accepted=traffic.never_accepted)
    engine = make_engine(world.database_url)
    try:
        with make_session_factory(engine)() as session:
            inbound = session.execute(
                select(Message.id, Message.conversation_id, Message.processed_at).where(
                    Message.direction == "in"
                )
            ).all()
            rows = session.execute(select(OutboxItem)).scalars().all()
            escalated = session.execute(
                select(Conversation.id, Conversation.escalated_at).where(
                    Conversation.status == "escalated"
                )
            ).all()
    finally:
        engine.dispose()
    windows: dict[int, list[tuple[datetime, datetime | None]]] = {}
    for conversation_id, since, until in traffic.handed_back:
        if since is not None:
            windows.setdefault(conversation_id, []).append((since, until))
    for conversation_id, since in escalated:
        if since is not None:
            windows.setdefault(conversation_id, []).append((since, None))
    _answers(findings, inbound, rows, windows)
    _sends(findings, rows, provider_messages(twilio, telegram))
    _reminders(findings, world, rows, provider_messages(twilio, telegram))
    return findings


def _answers(
    findings: Findings,
    inbound: list,  # type: ignore[type-arg]
    rows: list[OutboxItem],
    windows: dict[int, list[tuple[datetime, datetime | None]]],
) -> None:
    replies: dict[int, list[OutboxItem]] = {}
    for row in rows:
        if row.idempotency_key.startswith("reply:"):
            replies.setdefault(int(row.idempotency_key.split(":")[1]), []).append(row)
    findings.inbound = len(inbound)
    for message_id, conversation_id, processed_at in inbound:
        answer = replies.get(message_id, [])
        if processed_at is None:
            findings.unprocessed += 1
        elif any(row.idempotency_key.endswith(f":{APOLOGY}") for row in answer):
            findings.apologised += 1
        elif answer and all(row.status == "failed" for row in answer):
            findings.answer_failed_visibly += 1
        elif answer:
            findings.answered += 1
        elif any(
            since <= processed_at and (until is None or processed_at <= until)
            for since, until in windows.get(conversation_id, [])
        ):
            findings.with_staff += 1
        else:
            findings.unanswered.append(message_id)


def _sends(
    findings: Findings,
    rows: list[OutboxItem],
    taken: list[tuple[str, str, str, str | None, str | None]],
) -> None:
    taken_ids = Counter((channel, provider_id) for channel, _, provider_id, _, _ in taken)
    recorded = Counter(
        (row.channel, row.provider_id)
        for row in rows
        if row.status in SENT_STATUSES and row.provider_id
    )
    for row in rows:
        findings.rows[row.status] += 1
        findings.stuck += row.status in UNSETTLED
        if row.status == "failed":
            findings.failed[row.error_code or "?"] += 1
    findings.sent_but_missing = sum(1 for key in recorded if key not in taken_ids)
    for (channel, provider_id), count in recorded.items():
        if count > 1:
            findings.duplicates += count - 1
            findings.duplicate_detail.append(f"{channel} {provider_id} recorded on {count} rows")
    unmatched: Counter[tuple[str, str]] = Counter(
        (channel, address)
        for channel, address, provider_id, _, _ in taken
        if (channel, provider_id) not in recorded
    )
    maybe = Counter(
        (row.channel, row.address)
        for row in rows
        if row.status == "failed" and row.error_code in MAY_HAVE_ARRIVED
    )
    for (channel, address), count in unmatched.items():
        if count > maybe[(channel, address)]:
            findings.duplicates += count - maybe[(channel, address)]
            findings.duplicate_detail.append(
                f"{channel} {address}: {count} messages no row holds, "
                f"{maybe[(channel, address)]} rows that may have arrived"
            )
    findings.broadcast_rows = sum(1 for row in rows if row.broadcast_id is not None)


def _reminders(
    findings: Findings,
    world: World,
    rows: list[OutboxItem],
    taken: list[tuple[str, str, str, str | None, str | None]],
) -> None:
    template = load_config(world.config_path).template("reminder")
    template_sid = template.content_sid if template else None
    for row in rows:
        if row.kind != "reminder":
            continue
        findings.reminders += row.status in SENT_STATUSES
        arrived = sum(
            1
            for channel, address, _, body, content_sid in taken
            if (channel, address) == (row.channel, row.address)
            and (body == row.body or (row.as_template and content_sid == template_sid))
        )
        findings.reminders_twice += max(0, arrived - 1)
