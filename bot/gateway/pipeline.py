"""The inbound pipeline (DESIGN.md steps 2-3), running inside every web process.

Stored, unprocessed messages are taken in order per conversation — on start-up too, so a crash
loses nothing — by whichever web replica claims the conversation (bot/gateway/claims.py). A
stored message wakes its conversation straight away: in the replica whose webhook stored it,
directly, and on PostgreSQL in every replica, through the inbound NOTIFY its commit sends (so the
replica holding the claim takes it at once) unless the storing replica holds the claim itself
(db/inbound.py); a look for every conversation with unprocessed messages runs at start-up and
then once a second, for what no wake reached. For
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
import time
from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels import kinds
from bot.channels.base import Channel
from bot.channels.window import release_held_messages
from bot.gateway import net_process
from bot.gateway.answers import mark_done, reply, reply_key, reply_to_member
from bot.gateway.claims import ConversationClaims
from bot.gateway.crisis import Reading, answer_risk, ask_staff_to_read, read_message
from bot.gateway.kind_answers import (
    answer_kind,
    claim_form_active,
    edited_original,
    replied_context,
)
from bot.gateway.languages import crisis_language, language_for, switch_language
from bot.gateway.media import fetch_media
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.gateway.recognition import recognise_sender
from bot.gateway.takeover import answer_in_takeover
from bot.gateway.tracker_events import scrub_released_answers
from bot.gateway.turns import Turn, load_identity_and_conversation, next_turn, text_for_rasa
from bot.i18n.catalogue import speaking
from bot.logging import correlated
from bot.metrics import PIPELINE_BACKLOG, TURN_SECONDS, TURNS
from bot.services import Services
from bot.timing import StageClock
from db.cases import open_case
from db.models import ChannelIdentity, Conversation, Member, Message
from db.replies import Answers, queue_answers
from db.session import (
    INBOUND_CHANNEL,
    CommitWatch,
    autocommitting,
    commit_without_waiting_for_disk,
    count_on_commit,
    hold_loaded_objects,
)
from db.types import utcnow

log = logging.getLogger(__name__)

# How often to look for unprocessed messages no wake reached (a claim that lapsed when its
# replica died, a NOTIFY lost with its connection).
POLL_SECONDS = 1.0
# How long the inbound listener waits on its connection before checking it is still open.
LISTEN_SECONDS = 30.0
# Messages processed at once (each in its own conversation). Rasa runs one turn at a time, so
# more in flight only queue there, while their database work and threads slow the webhooks'
# acknowledgements in this process; a burst of conversations waits its turn here instead.
CONCURRENT_TURNS = 4
# For Rasa: the member, their words, and what our message they replied to was about.
RasaTurn = tuple[int | None, str, dict[str, str]]


class Pipeline:
    def __init__(self, services: Services, rasa: RasaClient | None = None) -> None:
        self.services = services
        self.rasa = rasa or RasaClient(services.settings)
        self.claims = ConversationClaims(services.sessions, services.settings.INBOUND_LEASE_SECONDS)
        self._wake = asyncio.Event()
        self._busy: set[int] = set()
        self._again: set[int] = set()  # woken while being drained: look once more
        self._turns = asyncio.Semaphore(CONCURRENT_TURNS)
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop_task: asyncio.Task[None] | None = None
        self._listen_task: asyncio.Task[None] | None = None
        self._warm_task: asyncio.Task[Any] | None = None

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Run: the phrase net's process starts now (bot/gateway/net_process.py), so the first
        member does not wait for it, then the loop that takes stored messages."""
        loop = asyncio.get_running_loop()
        self._warm_task = loop.create_task(asyncio.to_thread(net_process.warm))
        self._loop_task = loop.create_task(self._run())
        if self.services.engine.dialect.name == "postgresql":
            self._listen_task = loop.create_task(self._listen())

    async def stop(self) -> None:
        for background in (self._loop_task, self._listen_task):
            if background is not None:
                background.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await asyncio.to_thread(self.claims.give_back_all)
        await self.rasa.aclose()

    def wake(self, conversation_id: int) -> None:
        """A message was stored in this conversation: take it now rather than at the next look.
        A conversation being drained is looked at once more when its drain ends; before the
        pipeline starts (a test driving it step by step) nothing is started."""
        if self._loop_task is None:
            self._wake.set()
        elif conversation_id in self._busy:
            self._again.add(conversation_id)
        else:
            self._start_drain(conversation_id)

    def _start_drain(self, conversation_id: int) -> None:
        self._busy.add(conversation_id)
        task = asyncio.get_running_loop().create_task(self._drain(conversation_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _listen(self) -> None:
        """Wake each conversation another replica stored a message in (PostgreSQL's inbound
        NOTIFY; the replica's own messages woke it already). A lost connection is opened again,
        and the once-a-second look covers what came meanwhile."""
        engine, replica = self.services.engine, self.services.replica
        while True:
            watch: CommitWatch | None = None
            try:
                watch = await asyncio.to_thread(CommitWatch, engine, INBOUND_CHANNEL)
                while True:
                    for payload in watch.payloads():
                        sender, conversation_id = payload.split()
                        if sender != replica:
                            self.wake(int(conversation_id))
                    await watch.wait(LISTEN_SECONDS)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("inbound listener failed; listening again")
                await asyncio.sleep(POLL_SECONDS)
            finally:
                if watch is not None:
                    watch.close()

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
            if conversation_id not in self._busy:
                self._start_drain(conversation_id)

    async def drain_all(self) -> None:
        """Process everything stored now (tests and start-up use this directly)."""
        for conversation_id in await asyncio.to_thread(self.claims.pending):
            await self._drain(conversation_id)

    async def _drain(self, conversation_id: int) -> None:
        """Process one conversation's messages strictly in order, holding its claim (another
        replica may hold it: then this one leaves the conversation alone, and the holder takes
        the message)."""
        self._busy.add(conversation_id)
        try:
            while True:
                self._again.discard(conversation_id)
                async with self.claims.held(conversation_id) as lost:
                    while lost is not None and not lost.is_set():
                        turn = await asyncio.to_thread(self._next_turn, conversation_id)
                        if turn is None:
                            break
                        with correlated(turn.correlation_id):
                            await self._process_counted(turn)
                if conversation_id not in self._again:
                    break
        finally:
            self._busy.discard(conversation_id)

    def _next_turn(self, conversation_id: int) -> Turn | None:
        """The conversation's next message, read outside a transaction (one query, which costs
        the member no BEGIN and ROLLBACK). Edits folded into it are written each on its own:
        folding them again after a crash in between gives the same words."""
        with autocommitting(self.services.sessions) as session:
            turn = next_turn(session, conversation_id)
            if session.dirty:
                session.commit()
        if turn is not None and turn.kind in (kinds.VOICE, kinds.VIDEO):
            turn.in_claim = claim_form_active(self.services.settings, turn.rasa_sender_id)
        return turn

    def _with_session(self, work: Any, turn: Turn, *args: Any) -> Any:
        """`work(session, turn, *args)` in one transaction. The turn's identity, conversation and
        member, which its every step looks up, are read first in one query and held for the
        steps."""
        with self.services.sessions() as session, session.begin():
            hold_loaded_objects(session)
            load_identity_and_conversation(session, turn)
            return work(session, turn, *args)

    def _in_transaction(self, work: Any, turn: Turn, *args: Any) -> Any:
        """`work(session, turn, *args)` in one transaction that reads nothing first."""
        with self.services.sessions() as session, session.begin():
            return work(session, turn, *args)

    # --- one message ----------------------------------------------------------------------

    async def _process_counted(self, turn: Turn) -> None:
        """Process one message, counted and timed; a bug escalates it rather than losing it."""
        started = time.perf_counter()
        log.info("message %s (%s): processing", turn.message_id, turn.channel)
        try:
            outcome = await self.process(turn)
        except Exception:
            log.exception("message %s failed; escalating", turn.message_id)
            await asyncio.to_thread(self._with_session, self._fail_safe, turn, "processing error")
            outcome = "failed"
        elapsed = time.perf_counter() - started
        TURNS.labels(channel=turn.channel, outcome=outcome).inc()
        TURN_SECONDS.labels(channel=turn.channel).observe(elapsed)
        log.info("message %s: answered by %s in %.3f s", turn.message_id, outcome, elapsed)

    async def process(self, turn: Turn) -> str:
        """Answer one message; who answered it: "gateway" (before Rasa), "rasa", or "failed"
        (the apology and a case). Each stage's time goes to STAGE_TIMINGS_FILE when set."""
        async with self._turns:
            clock = StageClock(self.services.settings.STAGE_TIMINGS_FILE, "pipeline")
            clock.since("pipeline pickup", turn.stored_at)
            try:
                return await self._process(turn, clock)
            finally:
                clock.write()

    async def _process(self, turn: Turn, clock: StageClock) -> str:
        reading = await self._read(turn)
        clock.mark("safeguarding")
        route, maybe_sent, language = await asyncio.to_thread(self._route_turn, turn, reading)
        # Attachments are downloaded only once the sender is known to be a member: a stranger's
        # file never reaches our disk.
        if turn.kind in kinds.KEPT_MEDIA and await asyncio.to_thread(self._sent_by_member, turn):
            await fetch_media(self.services, turn.message_id)
        if route is None:
            return "gateway"
        member_id, text, replied = route
        clock.mark("route")
        try:
            if not reading.rasa_reachable:
                raise RasaUnavailable("no answer to the parse")
            metadata = {
                "member_id": member_id,
                "channel": turn.channel,
                "message_id": turn.message_id,
                "risk_checked": True,  # read for risk here, and none found
                "kind": turn.kind,
                "correlation_id": turn.correlation_id,  # the action server logs it
                "language": language,
            }
            if replied:
                metadata["reply_to"] = replied  # the message of ours it answers
            replies = await self.rasa.send_message(
                turn.rasa_sender_id, text, metadata, maybe_sent_before=maybe_sent
            )
        except RasaUnavailable:
            log.warning("rasa unavailable for message %s", turn.message_id)
            await asyncio.to_thread(
                self._with_session, self._fail_safe, turn, "assistant unavailable"
            )
            return "failed"
        clock.mark("rasa turn")
        answered = await asyncio.to_thread(self._queue_answers, turn, replies, member_id)
        clock.mark("outbox commit")
        # Rasa has saved the turn: now anonymous answers can leave its tracker store.
        settings, sessions = self.services.settings, self.services.sessions
        await asyncio.to_thread(scrub_released_answers, settings, sessions, turn.conversation_id)
        clock.mark("tracker scrub")
        return "rasa" if answered else "failed"

    def _route_turn(self, turn: Turn, reading: Reading) -> tuple[RasaTurn | None, bool, str]:
        """`_route`, then, when the message goes on to Rasa, `_mark_sent_to_rasa` and the
        member's language: (the route, whether an earlier run may have sent it already, the
        language to answer in).

        The turn's identity, conversation and member are read first in one query outside a
        transaction, and `_route` works on them in a transaction that starts on the server
        only when it reads or writes something more. When it did not (a member's ordinary
        message), the mark is all there is to write, and it is written on its own: one round
        trip, not a BEGIN, the mark and a COMMIT. Otherwise the mark joins what `_route` wrote,
        in its transaction."""
        with autocommitting(self.services.sessions) as reader:
            loaded = load_identity_and_conversation(reader, turn)
        with self.services.sessions() as session, session.begin():
            started: list[bool] = []
            event.listen(session, "after_begin", lambda *_args: started.append(True))
            session.info["held_objects"] = [session.merge(one, load=False) for one in loaded]
            hold_loaded_objects(session)
            route = self._route(session, turn, reading)
            if route is None:
                return None, False, ""
            language = self._language(session, turn)
            session.flush()
            if started:
                return route, self._mark_sent_to_rasa(session, turn), language
        with autocommitting(self.services.sessions) as session:
            return route, self._mark_sent_to_rasa(session, turn), language

    def _language(self, session: Session, turn: Turn) -> str:
        identity = session.get(ChannelIdentity, turn.identity_id)
        assert identity is not None
        return language_for(session, identity, self.services.config)

    def _mark_sent_to_rasa(self, session: Session, turn: Turn) -> bool:
        """Note that the message goes to Rasa now; True when an earlier run noted it and then
        stopped before queueing the replies (Rasa may have run the turn already). One UPDATE
        that only an unmarked row matches: it locks the row, so of two replicas that both think
        they hold the conversation (a claim that lapsed under a stalled one) the second to get
        here waits for the first's commit, then matches nothing and learns the first did."""
        marked = session.execute(
            update(Message)
            .where(Message.id == turn.message_id, Message.sent_to_rasa_at.is_(None))
            .values(sent_to_rasa_at=utcnow())
        )
        return marked.rowcount == 0  # type: ignore[attr-defined]

    async def _read(self, turn: Turn) -> Reading:
        """Whether the message says someone may be at risk (the phrase net, then Rasa's
        classifier). A channel keyword or a message without words is not read."""
        if turn.kind not in kinds.READ_BY_RASA or not turn.text.strip():
            return Reading()
        if self.services.channels[turn.channel].keywords.of(turn.text) is not None:
            return Reading()
        threshold = self.services.config.handover.fallback_threshold
        return await read_message(self.rasa, text_for_rasa(turn), threshold)

    def _reply(self, session: Session, turn: Turn, body: str, n: int = 0, **kwargs: Any) -> None:
        reply(session, turn, body, n, **kwargs)

    def _route(self, session: Session, turn: Turn, reading: Reading) -> RasaTurn | None:
        """Everything before Rasa. Returns (member id, text, what the message replies to) to
        send to Rasa, or None when the
        message has been dealt with here. A message stays unprocessed until Rasa's replies are
        queued, so a crash in between means it is processed again, never lost."""
        identity = session.get(ChannelIdentity, turn.identity_id)
        conversation = session.get(Conversation, turn.conversation_id)
        assert identity is not None and conversation is not None
        channel = self.services.channels[identity.channel]
        release_held_messages(session, identity, channel.window)
        config = self.services.config
        language = language_for(session, identity, config, channel.address_is_phone)
        if reading.at_risk:
            language = crisis_language(session, identity, config, turn.text)
        with speaking(language):
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
    ) -> RasaTurn | None:
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
        if reading.worth_a_look:  # then answered as any other message
            ask_staff_to_read(session, turn, conversation)

        if identity.member_id is None and not recognise_sender(
            session, turn, identity, channel, self.services.config
        ):
            return None
        member = session.get(Member, identity.member_id)
        assert member is not None
        if conversation.member_id != member.id:
            conversation.member_id = member.id

        if answer_kind(session, config, turn, member, conversation):
            return None
        if turn.kind == "text" and (changed := switch_language(member, turn.text, config)):
            self._reply(session, turn, changed)  # any time, a person in charge or not
            return None
        if conversation.taken_over_at is not None and answer_in_takeover(
            session, config, turn, conversation
        ):
            return None
        if conversation.status == "resolved":
            conversation.status = "bot"
        if turn.kind == kinds.EDIT:
            original = edited_original(session, conversation.id, turn.reply_to)
            if original is not None and original.processed_at is not None:
                self._reply(session, turn, texts.correction_note(), "edit")
        replied = replied_context(session, identity.id, turn.reply_to)
        return member.id, text_for_rasa(turn), replied

    def _queue_answers(self, turn: Turn, replies: list[dict[str, Any]], member_id: int) -> bool:
        """`_queue_replies`; on PostgreSQL, Rasa's answers are queued, and the message marked
        done, in one statement outside a transaction (db/replies.py), the apology for no
        answer still the ordinary way."""
        bodies = [(reply_key(turn, n), r["text"]) for n, r in enumerate(replies) if r.get("text")]
        if not bodies or self.services.engine.dialect.name != "postgresql":
            return bool(self._in_transaction(self._queue_replies, turn, replies, member_id))
        answers = Answers(
            turn.message_id,
            turn.conversation_id,
            turn.identity_id,
            member_id,
            turn.channel,
            turn.address,
            "reply",
            bodies,
        )
        with autocommitting(self.services.sessions) as session:
            queued = queue_answers(session, answers)
            if queued:
                count_on_commit(session, "outbox_queued", turn.channel, "reply", amount=queued)
            session.commit()  # writes nothing more: counts what was queued
        return True

    def _queue_replies(
        self, session: Session, turn: Turn, replies: list[dict[str, Any]], member_id: int
    ) -> bool:
        """Rasa's replies to the member into the outbox; False when there were none. No reply
        at all (an action failed, or the action server is down: Rasa still answers 200) is
        never silence: it is a failure. The turn says where the replies go, so nothing is read
        first.

        The commit does not wait for the disk (`commit_without_waiting_for_disk`): undone by a
        database crash, the message is simply processed again, Rasa's answer read back from
        its tracker (the `sent_to_rasa_at` mark, committed before Rasa was asked, says so),
        and a reply is sent only after the worker's own ordinary commit, which writes this one
        to disk first."""
        commit_without_waiting_for_disk(session)
        if not any(reply.get("text") for reply in replies):
            log.warning("rasa gave no reply to message %s", turn.message_id)
            self._fail_safe(session, turn, "assistant unavailable")
            return False
        for n, reply_ in enumerate(replies):
            body = reply_.get("text")
            if body:
                reply_to_member(session, turn, member_id, body, n)
        # Marked last: set first, this UPDATE would be flushed by the reply's first query and
        # hold SQLite's write lock, which webhooks wait for, through all the reply work.
        mark_done(session, turn)
        return True

    def _fail_safe(self, session: Session, turn: Turn, reason: str) -> None:
        """Rasa or the action server is down (or a bug): an apology, and a case so a person
        sees it. The bot keeps answering once it can."""
        conversation = session.get(Conversation, turn.conversation_id)
        assert conversation is not None
        mark_done(session, turn)
        open_case(session, conversation, reason, kind="assistant_failure")
        with speaking(self._language(session, turn)):
            self._reply(session, turn, texts.apology(self.services.config), 99)

    def _sent_by_member(self, turn: Turn) -> bool:
        with autocommitting(self.services.sessions) as session:
            identity = session.get(ChannelIdentity, turn.identity_id)
            return identity is not None and identity.member_id is not None
