"""Queueing the answers to one inbound message in one statement (PostgreSQL).

The member waits for their answers to be queued, and on PostgreSQL every statement is a round
trip to the server. Queueing them the ordinary way (`db.queries.enqueue` for each, then the
message marked done) takes a transaction of six statements for one answer: the commit told not
to wait for the disk, the transcript line, the outbox row, the NOTIFY to the worker, the
conversation's last message time and the mark. Here they are one statement, run on its own (no
BEGIN or COMMIT around it): PostgreSQL runs a statement's data-modifying WITH parts together,
atomically, and delivers the NOTIFY when it commits.

Each answer's outbox row is inserted once per idempotency key; its transcript line only when
its outbox row was (the line's id is drawn from the sequence first, so the row can name it),
so an answer queued before under its key (a message processed again after a crash) adds
nothing to either. SQLite, whose statements cost no round trip and which knows no INSERT or
UPDATE inside WITH, queues the ordinary way (bot/gateway/pipeline.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    bindparam,
    case,
    exists,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from db.correlation import CORRELATION_ID
from db.models import Conversation, Message, OutboxItem
from db.session import outbox_notice
from db.types import utcnow


def value(table_column: ColumnElement[Any], name: str) -> ColumnElement[Any]:
    """The statement's parameter `name`, of the column's type. No parameter is named as a
    column: SQLAlchemy would add it to the SET of the UPDATEs, whose tables have one."""
    return bindparam(name, type_=table_column.type)


def _columns_and_rows(
    row: dict[str, ColumnElement[Any]],
    order_by: ColumnElement[Any],
    where: ColumnElement[bool] | None = None,
) -> tuple[list[str], Select[Any]]:
    """An INSERT ... SELECT's column names and the SELECT giving each its value."""
    rows = select(*row.values()).order_by(order_by)
    if where is not None:
        rows = rows.where(where)
    return list(row), rows


@dataclass(frozen=True)
class Answers:
    """The answers to one inbound message and where they go (the message's sender)."""

    message_id: int  # the inbound message, marked done with them
    conversation_id: int
    identity_id: int
    member_id: int | None
    channel: str
    address: str
    kind: str
    bodies: Sequence[tuple[str, str]]  # (idempotency key, text), in the order they are sent


def queue_answers(session: Session, answers: Answers) -> int:
    """Queue `answers` (each once per key) with their transcript lines, move the
    conversation's last message time, tell the worker and mark the inbound message done, in
    one statement whose commit does not wait for the disk (`commit_without_waiting_for_disk`
    says when that is safe). Returns how many were queued; run it outside a transaction."""
    keys, bodies = zip(*answers.bodies, strict=True) if answers.bodies else ((), ())
    parameters = {
        "given_keys": list(keys),
        "given_bodies": list(bodies),
        "given_message_id": answers.message_id,
        "given_conversation_id": answers.conversation_id,
        "given_identity_id": answers.identity_id,
        "given_member_id": answers.member_id,
        "given_channel": answers.channel,
        "given_address": answers.address,
        "given_kind": answers.kind,
        "given_now": utcnow(),
        "given_correlation_id": CORRELATION_ID.get(),
    }
    return int(session.execute(_statement(), parameters).scalar_one())


@cache
def _statement() -> Select[Any]:
    """`queue_answers`'s statement, built once: its answers are two arrays, so any number of
    them share it, and SQLAlchemy compiles it once and keys its cache on the same object."""
    outbox = OutboxItem.__table__
    messages = Message.__table__
    conversations = Conversation.__table__
    given = (
        func.unnest(
            bindparam("given_keys", type_=postgresql.ARRAY(Text)),
            bindparam("given_bodies", type_=postgresql.ARRAY(Text)),
        )
        .table_valued("key", "body", with_ordinality="n")
        .render_derived(name="given")
    )
    line_ids = func.nextval(func.pg_get_serial_sequence("messages", "id"))
    planned = select(given.c.n, given.c.key, given.c.body, line_ids.label("line_id")).cte("planned")
    queued = (
        postgresql.insert(outbox)
        .from_select(  # every column given: Python's defaults are not applied inside WITH
            *_columns_and_rows(
                {
                    "idempotency_key": planned.c.key,
                    "kind": value(outbox.c.kind, "given_kind"),
                    "member_id": value(outbox.c.member_id, "given_member_id"),
                    "identity_id": value(outbox.c.identity_id, "given_identity_id"),
                    "channel": value(outbox.c.channel, "given_channel"),
                    "address": value(outbox.c.address, "given_address"),
                    "body": planned.c.body,
                    "message_id": planned.c.line_id,
                    "status": literal("pending", outbox.c.status.type),
                    "attempts": literal(0, outbox.c.attempts.type),
                    "not_before": value(outbox.c.not_before, "given_now"),
                    "created_at": value(outbox.c.created_at, "given_now"),
                    "correlation_id": value(outbox.c.correlation_id, "given_correlation_id"),
                    "as_template": literal(False, outbox.c.as_template.type),
                },
                # outbox ids, which the worker sends by, in answer order
                order_by=planned.c.n,
            )
        )
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(outbox.c.message_id)
        .cte("queued")
    )
    transcript = (
        postgresql.insert(messages)
        .from_select(
            *_columns_and_rows(
                {
                    "id": planned.c.line_id,
                    "conversation_id": value(messages.c.conversation_id, "given_conversation_id"),
                    "channel": value(messages.c.channel, "given_channel"),
                    "direction": literal("out", messages.c.direction.type),
                    "author": literal("bot", messages.c.author.type),
                    "text": planned.c.body,
                    "kind": literal("text", messages.c.kind.type),
                    "processed_at": value(messages.c.processed_at, "given_now"),
                    "created_at": value(messages.c.created_at, "given_now"),
                },
                order_by=planned.c.n,
                where=planned.c.line_id.in_(select(queued.c.message_id)),
            )
        )
        .cte("transcript")
    )
    anything_queued = exists(select(queued.c.message_id))
    moved = (
        update(conversations)
        .where(conversations.c.id == bindparam("given_conversation_id"), anything_queued)
        .values(last_message_at=value(conversations.c.last_message_at, "given_now"))
        .cte("moved")
    )
    done = (
        update(messages)
        .where(messages.c.id == bindparam("given_message_id"), messages.c.processed_at.is_(None))
        .values(processed_at=value(messages.c.processed_at, "given_now"))
        .cte("done")
    )
    return select(
        select(func.count()).select_from(queued).scalar_subquery(),
        case((anything_queued, outbox_notice())),
        func.set_config("synchronous_commit", "off", True),  # for this statement's commit
    ).add_cte(transcript, moved, done)
