"""Which gateway replica runs which conversation: claims held in the database.

Any number of web processes run the inbound pipeline. Each stored message is processed by the
one replica that holds its conversation's claim (db/leases.py), in order, one at a time; the
others leave that conversation alone until the claim is given back or lapses. The holder renews
the claim while it works, so a slow Rasa turn keeps it; a replica killed mid-turn stops
renewing, and after `INBOUND_LEASE_SECONDS` any replica carries on from the stored messages
(a turn that may have reached Rasa is settled from Rasa's tracker, never sent twice blind).
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.leases import give_back_lease, take_lease
from db.models import ConversationClaim, Message
from db.session import autocommitting, commit_without_waiting_for_disk
from db.types import utcnow

log = logging.getLogger(__name__)


def new_holder() -> str:
    """This pipeline's name in the claims: host and pid for an operator, plus a random part
    so two pipelines in one process (tests) are told apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"[-80:]


class ConversationClaims:
    """One pipeline's side of the claims.

    A claim taken less than a third of the lease ago is known to be still ours, so taking it
    again writes nothing. Claims are kept after a conversation's messages are done, until they
    lapse or the pipeline stops: a member's next message costs no write for the claim, and
    whichever replica's webhook stores it, the holder is woken for it (the pipeline's inbound
    NOTIFY on PostgreSQL; SQLite runs one replica).
    """

    def __init__(self, sessions: sessionmaker[Session], lease_seconds: float) -> None:
        self.sessions = sessions
        self.holder = new_holder()
        self.lease = timedelta(seconds=lease_seconds)
        self._taken_at: dict[int, float] = {}  # conversation -> when we last took its claim

    def recently_taken(self, conversation_id: int) -> bool:
        """Taken by us within a third of the lease: still ours, nothing to write."""
        taken_at = self._taken_at.get(conversation_id)
        return taken_at is not None and time.monotonic() - taken_at < self.lease.total_seconds() / 3

    def take(self, conversation_id: int) -> bool:
        """Claim (or renew the claim on) a conversation; False while another replica has it.

        The commit does not wait for the disk: a claim undone by a database crash is a claim
        that lapsed early, which the pipeline is built for (another replica carries on; what
        may have reached Rasa is settled from Rasa's tracker, the `sent_to_rasa_at` mark being
        an ordinary commit, taken under a row lock)."""
        now = time.monotonic()
        if self.recently_taken(conversation_id):
            return True
        with self.sessions() as session, session.begin():
            commit_without_waiting_for_disk(session)
            taken = take_lease(
                session,
                ConversationClaim,
                {"conversation_id": conversation_id},
                self.holder,
                utcnow(),
                self.lease,
            )
        self._forget_lapsed(now)
        if taken:
            self._taken_at[conversation_id] = now
        return taken

    def give_back_all(self) -> None:
        """Give back every claim this pipeline may still hold (it is stopping), so another
        replica carries on at once rather than when they lapse."""
        held, self._taken_at = list(self._taken_at), {}
        if not held:
            return
        with self.sessions() as session, session.begin():
            commit_without_waiting_for_disk(session)  # undone by a crash, they lapse as ever
            for conversation_id in held:
                give_back_lease(
                    session, ConversationClaim, {"conversation_id": conversation_id}, self.holder
                )

    def _forget_lapsed(self, now: float) -> None:
        lease = self.lease.total_seconds()
        for conversation_id, taken_at in list(self._taken_at.items()):
            if now - taken_at >= lease:
                del self._taken_at[conversation_id]

    @asynccontextmanager
    async def held(self, conversation_id: int) -> AsyncIterator[asyncio.Event | None]:
        """Hold the conversation's claim for the block, renewing it every third of the lease.
        Yields None when another replica has it; else an event set if the claim could not be
        renewed (this replica stalled past the lease and another took over: stop after the
        turn in hand). The claim is kept when the block ends."""
        if not self.recently_taken(conversation_id) and not await asyncio.to_thread(
            self.take, conversation_id
        ):
            yield None
            return
        lost = asyncio.Event()
        keeper = asyncio.get_running_loop().create_task(self._keep(conversation_id, lost))
        try:
            yield lost
        finally:
            keeper.cancel()

    async def _keep(self, conversation_id: int, lost: asyncio.Event) -> None:
        interval = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(interval)
            if not await asyncio.to_thread(self.take, conversation_id):
                log.warning("claim on conversation %s lapsed; stopping", conversation_id)
                lost.set()
                return

    def pending(self) -> list[int]:
        """Conversations with unprocessed messages that no other replica is working on,
        oldest message first (one query, outside a transaction)."""
        others = select(ConversationClaim.conversation_id).where(
            ConversationClaim.holder != self.holder, ConversationClaim.expires_at > utcnow()
        )
        with autocommitting(self.sessions) as session:
            return list(
                session.execute(
                    select(Message.conversation_id)
                    .where(
                        Message.direction == "in",
                        Message.processed_at.is_(None),
                        Message.conversation_id.not_in(others),
                    )
                    .group_by(Message.conversation_id)
                    .order_by(func.min(Message.id))
                ).scalars()
            )
