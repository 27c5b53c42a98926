"""The phrase net reads each message in a process of its own (bot/gateway/net_process.py), and
its word is what the member gets: the crisis reply for a disclosure, whether the net read it
in that process or, with the process lost or never made, in a thread of the gateway."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

from bot.gateway import net_process
from tests.e2e.talk import say
from tests.harness import Gateway

STRANGER = "+447700900777"
DISCLOSURE = "honestly i just want to die"


def crisis_reply_in(replies: list[str]) -> bool:
    return any("999" in reply and "Samaritans" in reply for reply in replies)


def test_a_disclosure_read_in_the_net_s_own_process_gets_the_crisis_reply(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = net_process.warm()
    assert pool is not None
    sent: list[str] = []
    submit = pool.submit

    def noting_submit(fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        sent.append(fn.__name__)
        return submit(fn, *args)

    monkeypatch.setattr(pool, "submit", noting_submit)
    assert crisis_reply_in(say(gateway, "sms", STRANGER, DISCLOSURE))
    assert sent == ["says_someone_is_at_risk"]
    assert not crisis_reply_in(say(gateway, "sms", STRANGER, "what time is lunch on saturday?"))


def test_with_the_net_s_process_dead_a_disclosure_still_gets_the_crisis_reply(
    gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    pool = net_process.warm()
    assert pool is not None
    with pytest.raises(BrokenProcessPool):
        pool.submit(os._exit, 1).result(timeout=30)  # the worker dies, as if killed
    with caplog.at_level(logging.WARNING, logger=net_process.__name__):
        assert crisis_reply_in(say(gateway, "sms", STRANGER, DISCLOSURE))
    assert "reading in a thread" in caplog.text
    assert DISCLOSURE not in caplog.text
    fresh = net_process.warm()  # the next message gets a new worker
    assert fresh is not None and fresh is not pool
    assert fresh.submit(net_process.says_someone_is_at_risk, DISCLOSURE).result(timeout=30)


def test_with_no_process_to_be_had_a_disclosure_still_gets_the_crisis_reply(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    net_process.warm()  # the pipeline's own start-up warming is over

    def no_pool() -> None:
        raise OSError("no semaphores on this host")

    monkeypatch.setattr(net_process, "_new_pool", no_pool)
    monkeypatch.setattr(net_process, "_pool", None)
    monkeypatch.setattr(net_process, "_unavailable", False)
    with caplog.at_level(logging.WARNING, logger=net_process.__name__):
        assert crisis_reply_in(say(gateway, "sms", STRANGER, DISCLOSURE))
    assert "could not be made; reading in a thread" in caplog.text
    assert DISCLOSURE not in caplog.text
