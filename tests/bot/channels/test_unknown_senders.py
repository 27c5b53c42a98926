"""A number the assistant does not know is told how to join, but not once per message: at most
one such reply an hour to each sender, and a cap a minute for all of them together, so nobody
can make the assistant text (and pay for) a flood of messages. The messages are still stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import bot.gateway.unknown_senders as unknown_senders
from db.models import Message, OutboxItem
from tests.harness import Gateway

STRANGER = "+447700900555"


def replies_queued(gateway: Gateway, address: str | None = None) -> int:
    query = select(func.count()).select_from(OutboxItem)
    if address is not None:
        query = query.where(OutboxItem.address == address)
    with gateway.services.sessions() as session:
        return session.execute(query).scalar_one()


def messages_stored(gateway: Gateway) -> int:
    with gateway.services.sessions() as session:
        return session.execute(
            select(func.count()).select_from(Message).where(Message.direction == "in")
        ).scalar_one()


def test_an_unknown_number_gets_one_reply_an_hour_however_often_it_writes(
    gateway: Gateway,
) -> None:
    for n in range(4):
        assert gateway.sms(STRANGER, f"hello? ({n})").status_code == 200
        gateway.wait_processed()
    assert replies_queued(gateway, STRANGER) == 1
    assert messages_stored(gateway) == 4


def test_replies_to_unknown_numbers_are_capped_each_minute_in_all(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unknown_senders, "REPLIES_PER_MINUTE", 3)
    for n in range(5):
        assert gateway.sms(f"+4477009005{n:02d}", "hi").status_code == 200
    gateway.wait_processed()
    assert replies_queued(gateway) == 3
    assert messages_stored(gateway) == 5
