"""Answers to what members send besides words: a voice note reaches a person, a location gets
the way to the venue, a contact card, sticker or reaction a short thank-you, and a voice note or
video in the middle of an expense claim a request for a photo of the receipt (the claim waits).

Each is answered here, by the gateway, so none of them reaches Rasa as a made-up text and none
gets the "I didn't understand" fallback. Edits and replies are read by the pipeline: they carry
words.
"""

from __future__ import annotations

import re
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels import kinds
from bot.config import AssemblyConfig
from bot.gateway.answers import Inbound, reply
from bot.settings import Settings
from db.cases import open_case
from db.models import Conversation, Member, Message, OutboxItem
from db.tracker_store import TrackerStore, read_events
from db.types import utcnow

# Forms during which a voice note or video is taken for a (wrong) receipt.
CLAIM_FORMS = frozenset({"expense_claim_form"})
# Roster or onboarding words that say a member finds writing hard and would rather speak.
_PREFERS_VOICE = re.compile(
    r"\b(voice|audio|spoken|speak(ing)?|dyslexi\w*|can'?t (read|write)|literacy)\b", re.I
)


class KindTurn(Inbound, Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def details(self) -> dict[str, object] | None: ...
    @property
    def in_claim(self) -> bool: ...


def prefers_voice(member: Member) -> bool:
    """Whether the member's access needs say they would rather speak than write."""
    return bool(member.access_needs and _PREFERS_VOICE.search(member.access_needs))


def claim_form_active(settings: Settings, rasa_sender_id: str) -> bool:
    """Whether Rasa's tracker shows an expense claim under way for this conversation (the
    latest `active_loop` event names the claim form)."""
    store = TrackerStore.for_settings(settings)
    if not store.holds_events():
        return False
    with store.session() as session:
        events = read_events(session, rasa_sender_id)
    for event in reversed(events):
        if event.type_name == "active_loop":
            return event.data.get("name") in CLAIM_FORMS
    return False


def answer_kind(
    session: Session,
    config: AssemblyConfig,
    turn: KindTurn,
    member: Member,
    conversation: Conversation,
) -> bool:
    """Answer a message that is not words; False when it is words for Rasa."""
    kind = turn.kind
    if kind in (kinds.VOICE, kinds.VIDEO):
        if kind == kinds.VOICE:
            open_voice_case(session, turn, member, conversation)
        if turn.in_claim:
            what = "voice" if kind == kinds.VOICE else "video"
            reply(session, turn, texts.receipt_must_be_a_picture(what))
        elif kind == kinds.VOICE:
            reply(session, turn, texts.voice_note_received(config, utcnow()))
        else:
            reply(session, turn, texts.video_received())
        return True
    if kind == kinds.LOCATION:
        reply(session, turn, location_answer(config, turn.details or {}))
        return True
    simple = {
        kinds.CONTACT_CARD: texts.contact_card_thanks,
        kinds.STICKER: texts.sticker_thanks,
        kinds.REACTION: texts.reaction_thanks,
        kinds.UNSUPPORTED: texts.unsupported_message,
    }
    if kind in simple:
        reply(session, turn, simple[kind]())
        return True
    return False


def open_voice_case(
    session: Session, turn: Inbound, member: Member, conversation: Conversation
) -> None:
    """A case for each voice note, so a person listens to it; flagged when the member said
    they would rather speak than write."""
    reason = f"voice note from {member.first_name} {member.last_name}"  # i18n-exempt: staff
    if prefers_voice(member):
        reason += " (prefers voice)"
    open_case(session, conversation, reason, kind="voice", source_message_id=turn.message_id)


def location_answer(config: AssemblyConfig, details: dict[str, object]) -> str:
    """The venue of the member's next session (or the first venue), with its distance from the
    location they shared."""
    upcoming = config.next_session(utcnow())
    venue = config.venue_for(upcoming) if upcoming else next(iter(config.venues.values()))
    latitude, longitude = details.get("latitude"), details.get("longitude")
    km = None
    if isinstance(latitude, float | int) and isinstance(longitude, float | int):
        km = venue.km_from(float(latitude), float(longitude))
    return texts.venue_directions(venue, km, upcoming)


def replied_context(session: Session, identity_id: int, reply_to: str | None) -> dict[str, str]:
    """What our message the member replied to was about (a reminder and its session), for
    Rasa's metadata; empty when it is not one of ours."""
    if not reply_to:
        return {}
    item = session.execute(
        select(OutboxItem)
        .where(OutboxItem.provider_id == reply_to, OutboxItem.identity_id == identity_id)
        .limit(1)
    ).scalar_one_or_none()
    if item is None:
        return {}
    context = {"kind": item.kind}
    if item.session_id:
        context["session_id"] = item.session_id
    return context


def edited_original(session: Session, conversation_id: int, chat_ref: str | None) -> Message | None:
    """The message an edit replaces, in the same conversation."""
    if not chat_ref:
        return None
    return session.execute(
        select(Message)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.chat_ref == chat_ref,
            Message.kind != kinds.EDIT,
        )
        .order_by(Message.id)
        .limit(1)
    ).scalar_one_or_none()
