"""The inbound pipeline (DESIGN.md steps 2-3), running inside every web process.

Stored, unprocessed messages are taken in order per conversation — on start-up too, so a crash
loses nothing — by whichever web replica claims the conversation (bot/gateway/claims.py). For
each one: fetch its attachments; read it for risk (bot/gateway/crisis.py); answer the channel
keywords (STOP, START, HELP); answer a risk message with the numbers to call
and an urgent alert, whoever sent it; work out who the sender is; acknowledge it while a person
has the conversation (bot/gateway/takeover.py); else ask Rasa and queue its replies. Every
message gets an answer: Rasa down, or Rasa answering nothing, gets an apology and a case. Every
reply has an idempotency key derived from the inbound message, so processing a message twice
after a crash never sends twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels.base import ASK_FOR_PHONE, Channel
from bot.channels.window import release_held_messages
from bot.gateway.answers import mark_done, reply
from bot.gateway.claims import ConversationClaims
from bot.gateway.crisis import Reading, answer_risk, read_message
from bot.gateway.media import fetch_media
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.gateway.takeover import answer_in_takeover
from bot.gateway.tracker_events import scrub_released_answers
from bot.gateway.unknown_senders import answer_unknown_sender
from bot.members.linking import link_with_invite_code
from bot.members.roster import INVITE_ALPHABET, INVITE_LENGTH, RowError, normalise_phone
from bot.metrics import ESCALATIONS, PIPELINE_BACKLOG
from bot.services import Services
from db.cases import open_case
from db.models import ChannelIdentity, Conversation, InviteAttempt, Member, Message
from db.queries import member_by_invite_code, member_by_phone
from db.types import utcnow

log = logging.getLogger(__name__)

INVITE_CODE = re.compile(rf"\b([{INVITE_ALPHABET}]{{{INVITE_LENGTH}}})\b")
WRONG_CODES_ALLOWED = 5
WRONG_CODE_WINDOW = timedelta(hours=1)
POLL_SECONDS = 1.0
# Kinds of message Rasa can read (a contact card or a sticker is dealt with here).
READABLE_KINDS = ("text", "media")


@dataclass
class Turn:
    """What one inbound message needs, read from the database in one go."""

    message_id: int
    conversation_id: int
    identity_id: int
    channel: str
    text: str
    kind: str
    rasa_sender_id: str  # the conversation's name in Rasa (never reused)


def invite_code_in(text: str | None) -> str | None:
    """A candidate invite code in a message such as "JOIN WF7K2Q" or "/start WF7K2Q"."""
    words = (text or "").upper().replace("/START", " ")
    candidates = [c for c in INVITE_CODE.findall(words) if c not in {"CANCEL", "JOIN", "HELLO"}]
    return candidates[-1] if candidates else None


def text_for_rasa(turn: Turn) -> str:
    """The member's words as Rasa should read them.

    Rasa treats a message starting with "/" as an intent name, so a member could pick any
    intent: strip the slashes. Telegram's "/start CODE" deep link becomes "join CODE".
    """
    text = turn.text.strip()
    if text.lower().startswith("/start"):
        code = invite_code_in(text)
        text = f"join {code}" if code else "hello"
    text = text.lstrip("/").strip()
    if not text and turn.kind == "media":
        return "(photo)"
    return text


class Pipeline:
    def __init__(self, services: Services, rasa: RasaClient | None = None) -> None:
        self.services = services
        self.rasa = rasa or RasaClient(services.settings)
        self.claims = ConversationClaims(services.sessions, services.settings.INBOUND_LEASE_SECONDS)
        self._wake = asyncio.Event()
        self._busy: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop_task: asyncio.Task[None] | None = None

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        self._loop_task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.rasa.aclose()

    def wake(self) -> None:
        """A new message was stored: look now rather than at the next poll."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                await self.dispatch()
            except Exception:
                log.exception("pipeline dispatch failed; retrying")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            self._wake.clear()

    async def dispatch(self) -> None:
        """Start a worker task for every conversation with unprocessed messages."""
        pending = await asyncio.to_thread(self.claims.pending)
        PIPELINE_BACKLOG.set(len(pending))
        for conversation_id in pending:
            if conversation_id in self._busy:
                continue
            self._busy.add(conversation_id)
            task = asyncio.get_running_loop().create_task(self._drain(conversation_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def drain_all(self) -> None:
        """Process everything stored now (tests and start-up use this directly)."""
        for conversation_id in await asyncio.to_thread(self.claims.pending):
            await self._drain(conversation_id)

    async def _drain(self, conversation_id: int) -> None:
        """Process one conversation's messages strictly in order, holding its claim (another
        replica may hold it: then this one leaves the conversation alone)."""
        self._busy.add(conversation_id)
        try:
            async with self.claims.held(conversation_id) as lost:
                while lost is not None and not lost.is_set():
                    turn = await asyncio.to_thread(self._next_turn, conversation_id)
                    if turn is None:
                        break
                    try:
                        await self.process(turn)
                    except Exception:
                        log.exception("message %s failed; escalating", turn.message_id)
                        await asyncio.to_thread(
                            self._with_session, self._fail_safe, turn, "processing error"
                        )
            self.wake()  # a message stored while the claim was being given back
        finally:
            self._busy.discard(conversation_id)

    def _next_turn(self, conversation_id: int) -> Turn | None:
        with self.services.sessions() as session:
            message = session.execute(
                select(Message)
                .where(
                    Message.conversation_id == conversation_id,
                    Message.direction == "in",
                    Message.processed_at.is_(None),
                )
                .order_by(Message.id)
                .limit(1)
            ).scalar_one_or_none()
            if message is None:
                return None
            conversation = session.get(Conversation, conversation_id)
            assert conversation is not None
            return Turn(
                message.id,
                conversation_id,
                conversation.identity_id,
                message.channel,
                message.text or "",
                message.kind,
                conversation.rasa_sender_id,
            )

    def _with_session(self, work: Any, *args: Any) -> Any:
        with self.services.sessions() as session, session.begin():
            return work(session, *args)

    # --- one message ----------------------------------------------------------------------

    async def process(self, turn: Turn) -> None:
        reading = await self._read(turn)
        route = await asyncio.to_thread(self._with_session, self._route, turn, reading)
        # Attachments are downloaded only once the sender is known to be a member: a stranger's
        # file never reaches our disk.
        if turn.kind == "media" and await asyncio.to_thread(self._sent_by_member, turn):
            await fetch_media(self.services, turn.message_id)
        if route is None:
            return
        member_id, text = route
        maybe_sent = await asyncio.to_thread(self._with_session, self._mark_sent_to_rasa, turn)
        try:
            if not reading.rasa_reachable:
                raise RasaUnavailable("no answer to the parse")
            metadata = {
                "member_id": member_id,
                "channel": turn.channel,
                "message_id": turn.message_id,
                "risk_checked": True,  # read for risk here, and none found
            }
            replies = await self.rasa.send_message(
                turn.rasa_sender_id, text, metadata, maybe_sent_before=maybe_sent
            )
        except RasaUnavailable:
            log.warning("rasa unavailable for message %s", turn.message_id)
            await asyncio.to_thread(
                self._with_session, self._fail_safe, turn, "assistant unavailable"
            )
            return
        await asyncio.to_thread(self._with_session, self._queue_replies, turn, replies)
        # Rasa has saved the turn: now anonymous answers can leave its tracker store.
        settings, sessions = self.services.settings, self.services.sessions
        await asyncio.to_thread(scrub_released_answers, settings, sessions, turn.conversation_id)

    def _mark_sent_to_rasa(self, session: Session, turn: Turn) -> bool:
        """Note that the message goes to Rasa now; True when an earlier run noted it and then
        stopped before queueing the replies (Rasa may have run the turn already)."""
        message = session.get(Message, turn.message_id)
        assert message is not None
        sent_before = message.sent_to_rasa_at is not None
        message.sent_to_rasa_at = message.sent_to_rasa_at or utcnow()
        return sent_before

    async def _read(self, turn: Turn) -> Reading:
        """Whether the message says someone may be at risk (the phrase net, then Rasa's
        classifier). A channel keyword or a message without words is not read."""
        if turn.kind not in READABLE_KINDS or not turn.text.strip():
            return Reading()
        if self.services.channels[turn.channel].keywords.of(turn.text) is not None:
            return Reading()
        threshold = self.services.config.handover.fallback_threshold
        return await read_message(self.rasa, text_for_rasa(turn), threshold)

    def _reply(self, session: Session, turn: Turn, body: str, n: int = 0, **kwargs: Any) -> None:
        reply(session, turn, body, n, **kwargs)

    def _route(
        self, session: Session, turn: Turn, reading: Reading
    ) -> tuple[int | None, str] | None:
        """Everything before Rasa. Returns (member id, text) to send to Rasa, or None when the
        message has been dealt with here. A message stays unprocessed until Rasa's replies are
        queued, so a crash in between means it is processed again, never lost."""
        identity = session.get(ChannelIdentity, turn.identity_id)
        conversation = session.get(Conversation, turn.conversation_id)
        assert identity is not None and conversation is not None
        channel = self.services.channels[identity.channel]
        release_held_messages(session, identity, channel.window)
        route = self._route_message(session, turn, identity, conversation, channel, reading)
        if route is None:
            mark_done(session, turn)  # answered here; otherwise once Rasa's replies are queued
        return route

    def _route_message(
        self,
        session: Session,
        turn: Turn,
        identity: ChannelIdentity,
        conversation: Conversation,
        channel: Channel,
        reading: Reading,
    ) -> tuple[int | None, str] | None:
        config = self.services.config

        keyword = channel.keywords.of(turn.text) if turn.kind == "text" else None
        if keyword == "STOP":
            identity.opt_out()
            if channel.answers_stop:
                self._reply(session, turn, texts.stopped(config))
            return None
        if keyword == "START":
            identity.opt_back_in()
            self._reply(session, turn, texts.started(config))
            return None
        if keyword == "HELP":
            self._reply(session, turn, texts.help_text(config))
            return None
        if reading.at_risk:  # from any sender, whatever the conversation's state
            answer_risk(session, self.services, turn, identity, conversation, channel)
            return None

        if identity.member_id is None and not self._recognise(session, turn, identity, channel):
            return None
        member = session.get(Member, identity.member_id)
        assert member is not None
        if conversation.member_id != member.id:
            conversation.member_id = member.id

        if turn.kind == "unsupported":
            self._reply(session, turn, texts.unsupported_message())
            return None
        if conversation.taken_over_at is not None and answer_in_takeover(
            session, config, turn, conversation
        ):
            return None
        if conversation.status == "resolved":
            conversation.status = "bot"
        return member.id, text_for_rasa(turn)

    def _recognise(
        self, session: Session, turn: Turn, identity: ChannelIdentity, channel: Channel
    ) -> bool:
        """Link an unknown sender to a member by phone (SMS, WhatsApp), shared Telegram
        contact, or invite code. Replies here when it cannot; never reveals the roster."""
        config = self.services.config
        member: Member | None = None
        if channel.address_is_phone:
            member = member_by_phone(session, identity.address)
        elif turn.kind == "contact":
            try:
                member = member_by_phone(session, normalise_phone(turn.text))
            except RowError:
                member = None
            if member is None:
                answer_unknown_sender(session, identity, texts.unknown_sender(config))
                return False
        if member is None and (code := invite_code_in(turn.text)) is not None:
            if self._too_many_wrong_codes(session, identity):
                answer_unknown_sender(session, identity, texts.too_many_codes())
                return False
            member = member_by_invite_code(session, code)
            linked = member is not None and link_with_invite_code(session, identity, member, config)
            session.add(
                InviteAttempt(identity_id=identity.id, succeeded=linked, attempted_at=utcnow())
            )
            if member is None:
                self._reply(session, turn, texts.wrong_code(config))
                return False
            if not linked:
                self._reply(session, turn, texts.code_already_used(config, identity.channel))
                return False
        if member is None:
            ask_for_phone = channel.can_ask_for_phone
            answer_unknown_sender(
                session,
                identity,
                texts.unknown_sender(config, telegram=ask_for_phone),
                template=ASK_FOR_PHONE if ask_for_phone else None,
            )
            return False
        identity.member_id = member.id
        log.info("identity %s linked to member %s", identity.id, member.id)
        return True

    def _too_many_wrong_codes(self, session: Session, identity: ChannelIdentity) -> bool:
        wrong = session.execute(
            select(func.count())
            .select_from(InviteAttempt)
            .where(
                InviteAttempt.identity_id == identity.id,
                InviteAttempt.succeeded.is_(False),
                InviteAttempt.attempted_at > utcnow() - WRONG_CODE_WINDOW,
            )
        ).scalar_one()
        return wrong >= WRONG_CODES_ALLOWED

    def _queue_replies(self, session: Session, turn: Turn, replies: list[dict[str, Any]]) -> None:
        """Rasa's replies into the outbox. No reply at all (an action failed, or the action
        server is down: Rasa still answers 200) is never silence: it is a failure."""
        if not any(reply.get("text") for reply in replies):
            log.warning("rasa gave no reply to message %s", turn.message_id)
            self._fail_safe(session, turn, "assistant unavailable")
            return
        for n, reply_ in enumerate(replies):
            body = reply_.get("text")
            if body:
                self._reply(session, turn, body, n)
        # Marked last: set first, this UPDATE would be flushed by the reply's first query and
        # hold SQLite's write lock, which webhooks wait for, through all the reply work.
        mark_done(session, turn)

    def _fail_safe(self, session: Session, turn: Turn, reason: str) -> None:
        """Rasa or the action server is down (or a bug): an apology, and a case so a person
        sees it. The bot keeps answering once it can."""
        conversation = session.get(Conversation, turn.conversation_id)
        assert conversation is not None
        mark_done(session, turn)
        if open_case(session, conversation, reason, kind="assistant_failure"):
            ESCALATIONS.labels(reason=reason).inc()
        self._reply(session, turn, texts.apology(self.services.config), 99)

    def _sent_by_member(self, turn: Turn) -> bool:
        with self.services.sessions() as session:
            identity = session.get(ChannelIdentity, turn.identity_id)
            return identity is not None and identity.member_id is not None
