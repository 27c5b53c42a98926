"""Answering a message that says someone may be at risk: the gateway's own job, before Rasa
and whatever state the conversation is in (a form, a case, a takeover, Rasa or the action
server down), from any sender.

The member gets the numbers to call at once; staff get an urgent case in the inbox and an
alert on the staff phone for this message (`alert:message:<id>`), so a second disclosure in
the same conversation alerts again and a retry never does.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels.base import Channel
from bot.gateway.answers import Inbound, reply
from bot.gateway.net_process import net_reads_risk
from bot.gateway.rasa_client import RasaClient, RasaUnavailable
from bot.gateway.safeguarding import (
    classifier_asks_for_a_look,
    classifier_reads_risk,
    is_everyday_idiom,
)
from bot.services import Services
from db.cases import alert_staff, open_case
from db.models import ChannelIdentity, Conversation
from db.queries import member_by_phone

log = logging.getLogger(__name__)

SAFEGUARDING_REASON = "safeguarding concern"
REVIEW_REASON = "safeguarding: a possible concern, please read"  # i18n-exempt: staff


@dataclass(frozen=True)
class Reading:
    """What the gateway made of a message before routing it."""

    at_risk: bool = False
    worth_a_look: bool = False  # not at risk by the readers, but staff should read it
    rasa_reachable: bool = True  # False: Rasa did not answer the parse, so skip the turn too


async def read_message(rasa: RasaClient, text: str, threshold: float) -> Reading:
    """The phrase net (it needs nothing running), then Rasa's classifiers (the intent and the
    risk reading) unless the message is an everyday figure of speech. With Rasa down the net's
    word is all there is.

    The parse is asked for first and the net reads while Rasa works, in a process of its own
    (bot/gateway/net_process.py; in a thread when that process cannot be had), so the member
    waits for the longer of the two rather than both, and the net's regular expressions do not
    hold this process's GIL, so its event loop (which answers webhooks) is not held up by
    them. The net's word settles it: a parse still on its way is then cancelled."""
    parse = asyncio.create_task(rasa.parse(text))
    try:
        at_risk = await net_reads_risk(text)
    except BaseException:  # cancelled, or the net failed: the parse is not wanted either
        parse.cancel()
        raise
    if at_risk:
        parse.cancel()
        await asyncio.gather(parse, return_exceptions=True)
        return Reading(at_risk=True)
    try:
        parsed = await parse
    except RasaUnavailable:
        return Reading(rasa_reachable=False)
    if is_everyday_idiom(text):
        return Reading()
    if classifier_reads_risk(parsed, threshold):
        return Reading(at_risk=True)
    return Reading(worth_a_look=classifier_asks_for_a_look(parsed))


def answer_risk(
    session: Session,
    services: Services,
    turn: Inbound,
    identity: ChannelIdentity,
    conversation: Conversation,
    channel: Channel,
) -> None:
    """The crisis reply, an urgent case and the staff alert, for this message."""
    settings = services.settings
    if identity.member_id is None and channel.address_is_phone:
        # A member's first message: link them, so staff see who it is (the reply does not).
        member = member_by_phone(session, identity.address)
        if member is not None:
            identity.member_id = conversation.member_id = member.id
    open_case(
        session,
        conversation,
        SAFEGUARDING_REASON,
        kind="safeguarding",
        urgent=True,
        source_message_id=turn.message_id,
    )
    reply(session, turn, texts.crisis_reply(services.config))
    if not channel.staff_only:  # staff trying the bot out page nobody
        alert_staff(
            session,
            key=f"alert:message:{turn.message_id}",
            channel=settings.STAFF_ALERT_CHANNEL,
            address=settings.STAFF_ALERT_ADDRESS,
            conversation_id=conversation.id,
            reason=SAFEGUARDING_REASON,
            link=f"{settings.PUBLIC_BASE_URL}/staff/conversations/{conversation.id}",
        )
    log.warning("message %s reads as a risk: crisis reply and urgent alert", turn.message_id)


def ask_staff_to_read(session: Session, turn: Inbound, conversation: Conversation) -> None:
    """A safeguarding case, not urgent, for a message the risk classifier was unsure of: staff
    read it and decide; the member is answered as usual, with no crisis text."""
    open_case(
        session, conversation, REVIEW_REASON, kind="safeguarding", source_message_id=turn.message_id
    )
