"""The inbound pipeline (DESIGN.md steps 2-3), running inside the web process.

Stored, unprocessed messages are taken in order per conversation — on start-up too, so a crash
loses nothing. For each one: fetch its attachments; answer the channel keywords (STOP, START,
HELP); work out who the sender is; hold the bot back while staff have the conversation; else
ask Rasa and queue its replies. Every reply has an idempotency key derived from the inbound
message, so processing a message twice after a crash never sends twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels.base import ASK_FOR_PHONE, Channel
from bot.channels.media import sniff_content_type
from bot.channels.web import accept_web_message
from bot.channels.window import release_held_messages
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.gateway.safeguarding import says_someone_is_at_risk
from bot.gateway.tracker_events import scrub_released_answers
from bot.gateway.unknown_senders import answer_unknown_sender
from bot.members.linking import link_with_invite_code
from bot.members.roster import INVITE_ALPHABET, INVITE_LENGTH, RowError, normalise_phone
from bot.metrics import ESCALATIONS, PIPELINE_BACKLOG
from bot.outbox.queue import send_to_identity
from bot.private_files import private_dir
from bot.services import Services
from db.models import (
    ChannelIdentity,
    Conversation,
    InviteAttempt,
    MediaFile,
    Member,
    Message,
)
from db.queries import escalate, member_by_invite_code, member_by_phone
from db.types import utcnow

log = logging.getLogger(__name__)

INVITE_CODE = re.compile(rf"\b([{INVITE_ALPHABET}]{{{INVITE_LENGTH}}})\b")
WRONG_CODES_ALLOWED = 5
WRONG_CODE_WINDOW = timedelta(hours=1)
POLL_SECONDS = 1.0
# Rasa reads a message that is "/" and an intent name as that intent, with full confidence.
SAFEGUARDING_INTENT = "/report_safeguarding"
SAFEGUARDING_REASON = "safeguarding concern"


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
        pending = await asyncio.to_thread(self._conversations_with_pending)
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
        for conversation_id in await asyncio.to_thread(self._conversations_with_pending):
            await self._drain(conversation_id)

    def _conversations_with_pending(self) -> list[int]:
        with self.services.sessions() as session:
            return list(
                session.execute(
                    select(Message.conversation_id)
                    .where(Message.direction == "in", Message.processed_at.is_(None))
                    .group_by(Message.conversation_id)
                    .order_by(func.min(Message.id))
                ).scalars()
            )

    async def _drain(self, conversation_id: int) -> None:
        """Process one conversation's messages strictly in order."""
        self._busy.add(conversation_id)
        try:
            while (turn := await asyncio.to_thread(self._next_turn, conversation_id)) is not None:
                try:
                    await self.process(turn)
                except Exception:
                    log.exception("message %s failed; escalating", turn.message_id)
                    await asyncio.to_thread(
                        self._with_session, self._fail_safe, turn, "processing error"
                    )
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
        route = await asyncio.to_thread(self._with_session, self._route, turn)
        # Attachments are downloaded only once the sender is known to be a member: a stranger's
        # file never reaches our disk.
        if turn.kind == "media" and await asyncio.to_thread(self._sent_by_member, turn):
            await self._fetch_media(turn.message_id)
        if route is None:
            return
        member_id, text = route
        maybe_sent = await asyncio.to_thread(self._with_session, self._mark_sent_to_rasa, turn)
        try:
            replies = await self.rasa.send_message(
                turn.rasa_sender_id,
                text,
                {"member_id": member_id, "channel": turn.channel, "message_id": turn.message_id},
                maybe_sent_before=maybe_sent,
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

    def _reply(self, session: Session, turn: Turn, body: str, n: int = 0, **kwargs: Any) -> None:
        identity = session.get(ChannelIdentity, turn.identity_id)
        assert identity is not None
        send_to_identity(
            session,
            identity,
            key=f"reply:{turn.message_id}:{n}",
            kind="reply",
            body=body,
            respect_opt_out=False,
            **kwargs,
        )

    def _done(self, session: Session, turn: Turn) -> None:
        message = session.get(Message, turn.message_id)
        assert message is not None
        message.processed_at = utcnow()

    def _route(self, session: Session, turn: Turn) -> tuple[int | None, str] | None:
        """Everything before Rasa. Returns (member id, text) to send to Rasa, or None when the
        message has been dealt with here. A message stays unprocessed until Rasa's replies are
        queued, so a crash in between means it is processed again, never lost."""
        identity = session.get(ChannelIdentity, turn.identity_id)
        conversation = session.get(Conversation, turn.conversation_id)
        assert identity is not None and conversation is not None
        channel = self.services.channels[identity.channel]
        release_held_messages(session, identity, channel.window)
        route = self._route_message(session, turn, identity, conversation, channel)
        if route is None:
            self._done(session, turn)  # answered here; otherwise once Rasa's replies are queued
        return route

    def _route_message(
        self,
        session: Session,
        turn: Turn,
        identity: ChannelIdentity,
        conversation: Conversation,
        channel: Channel,
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

        if identity.member_id is None and not self._recognise(session, turn, identity, channel):
            return None
        member = session.get(Member, identity.member_id)
        assert member is not None
        if conversation.member_id != member.id:
            conversation.member_id = member.id

        at_risk = turn.kind == "text" and says_someone_is_at_risk(turn.text)
        if conversation.status == "escalated":
            if at_risk:
                # Staff already have the conversation; make sure they see it first.
                escalate(session, conversation, SAFEGUARDING_REASON, urgent=True)
            if conversation.acknowledged_at is None:
                conversation.acknowledged_at = utcnow()
                self._reply(session, turn, texts.staff_will_reply(config, utcnow()))
            return None
        if turn.kind == "unsupported":
            self._reply(session, turn, texts.unsupported_message())
            return None
        if conversation.status == "resolved":
            conversation.status = "bot"
        if at_risk:
            log.warning("message %s has a risk phrase: safeguarding journey", turn.message_id)
            return member.id, SAFEGUARDING_INTENT
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
                answer_unknown_sender(
                    session, identity, turn.message_id, texts.unknown_sender(config)
                )
                return False
        if member is None and (code := invite_code_in(turn.text)) is not None:
            if self._too_many_wrong_codes(session, identity):
                answer_unknown_sender(session, identity, turn.message_id, texts.too_many_codes())
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
                turn.message_id,
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
        if not any(reply.get("text") for reply in replies):
            # Rasa answers with nothing when the action server is down (it logs the failed
            # action and goes on): an outage, not a silent turn.
            log.warning("rasa gave no reply to message %s", turn.message_id)
            self._fail_safe(session, turn, "assistant unavailable")
            return
        for n, reply in enumerate(replies):
            body = reply.get("text")
            if body:
                self._reply(session, turn, body, n)
        # Marked last: set first, this UPDATE would be flushed by the reply's first query and
        # hold SQLite's write lock, which webhooks wait for, through all the reply work.
        self._done(session, turn)

    def _fail_safe(self, session: Session, turn: Turn, reason: str) -> None:
        """Rasa or the action server is down (or a bug): one apology, and a person sees it."""
        conversation = session.get(Conversation, turn.conversation_id)
        assert conversation is not None
        message = session.get(Message, turn.message_id)
        if message is not None and message.processed_at is None:
            message.processed_at = utcnow()
        if escalate(session, conversation, reason):
            ESCALATIONS.labels(reason=reason).inc()
            conversation.acknowledged_at = utcnow()
            self._reply(session, turn, texts.apology(self.services.config), 99)

    # --- attachments ----------------------------------------------------------------------

    async def _fetch_media(self, message_id: int) -> None:
        """Download the message's attachments into MEDIA_DIR with their checksum."""
        max_bytes = self.services.settings.MEDIA_MAX_BYTES
        pending = await asyncio.to_thread(self._unfetched_media, message_id)
        for media_id, channel, source in pending:
            try:
                data, content_type = await self.services.channels[channel].fetch_media(
                    source, max_bytes
                )
                await asyncio.to_thread(self._save_media, media_id, data, content_type)
            except Exception as error:  # noqa: BLE001 - recorded on the row for staff to see
                log.warning("media %s not fetched: %s", media_id, type(error).__name__)
                await asyncio.to_thread(self._media_error, media_id, str(error)[:300])

    def _sent_by_member(self, turn: Turn) -> bool:
        with self.services.sessions() as session:
            identity = session.get(ChannelIdentity, turn.identity_id)
            return identity is not None and identity.member_id is not None

    def _unfetched_media(self, message_id: int) -> list[tuple[int, str, str]]:
        with self.services.sessions() as session:
            rows = session.execute(
                select(MediaFile.id, Message.channel, MediaFile.source)
                .join(Message, Message.id == MediaFile.message_id)
                .where(MediaFile.message_id == message_id, MediaFile.sha256.is_(None))
            ).all()
            return [tuple(row) for row in rows]  # type: ignore[misc]

    def _save_media(self, media_id: int, data: bytes, content_type: str | None) -> None:
        digest = hashlib.sha256(data).hexdigest()
        folder: Path = private_dir(self.services.settings.MEDIA_DIR)
        path = folder / digest
        if not path.exists():
            path.write_bytes(data)
            path.chmod(0o600)
        with self.services.sessions() as session, session.begin():
            media = session.get(MediaFile, media_id)
            assert media is not None
            media.sha256, media.size_bytes, media.storage_path = digest, len(data), digest
            media.content_type = sniff_content_type(data)  # never the type the sender declared
            media.error = None

    def _media_error(self, media_id: int, error: str) -> None:
        with self.services.sessions() as session, session.begin():
            media = session.get(MediaFile, media_id)
            if media is not None:
                media.error = error

    # --- the try-it page ------------------------------------------------------------------

    async def accept_web_message(self, member_id: int, text: str) -> int | None:
        """Store a message typed on the staff try-it page as if the member had sent it."""
        return await accept_web_message(self.services, member_id, text)
