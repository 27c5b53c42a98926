"""The parts of a Telegram update the assistant uses, as schemas, and what it does with one.

An update is checked against these models before anything else reads it: a value of the wrong
type where the assistant looks (a message that is a string, a chat id that is an object, text
that is a number) makes it malformed (400), while fields the assistant never reads may hold
anything. The assistant talks with members in private chats only: group and channel chatter,
polls and inline queries are acknowledged and left alone. In a private chat every kind of
message is told apart (`bot/channels/kinds.py`), and an edit or a reaction names the message it
changes. A member blocking the bot is the one membership change it records (as an opt-out).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, model_validator

from bot.channels import kinds
from bot.channels.inbound import Inbound, MediaRef
from bot.channels.webhook_bodies import MediaType, MemberText

CHANNEL_NAME = "telegram"
# Every other kind of update the Bot API sends: each is an object, and none is for the assistant.
OTHER_UPDATE_KINDS = (
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
BLOCKED_STATUS = "kicked"  # what my_chat_member says when a member blocks the bot

TelegramId = Annotated[StrictInt, Field(gt=-(2**53), lt=2**53)]
FileId = Annotated[StrictStr, Field(min_length=1, max_length=255, pattern=r"^[A-Za-z0-9_-]+$")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class Chat(_Part):
    id: TelegramId
    type: StrictStr | None = None  # always sent by Telegram; without it, not known to be private

    @property
    def private(self) -> bool:
        return self.type == "private"


class User(_Part):
    id: TelegramId


class File(_Part):
    file_id: FileId


class Document(File):
    mime_type: MediaType = None


class Contact(_Part):
    phone_number: MemberText
    user_id: TelegramId | None = None


class Location(_Part):
    latitude: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
    longitude: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]


class Venue(_Part):
    location: Location
    title: MemberText | None = None
    address: MemberText | None = None


class Replied(_Part):
    """The message a member's message replies to (only its id is read)."""

    message_id: TelegramId | None = None


class Message(_Part):
    message_id: TelegramId | None = None
    chat: Chat
    sender: User | None = Field(default=None, alias="from")
    text: MemberText | None = None
    caption: MemberText | None = None
    photo: list[File] | None = None  # the sizes of one photo, largest last
    document: Document | None = None
    contact: Contact | None = None
    voice: Document | None = None
    audio: Document | None = None
    video: Document | None = None
    video_note: File | None = None
    sticker: File | None = None
    animation: File | None = None  # a GIF: Telegram sends a `document` beside it
    location: Location | None = None
    venue: Venue | None = None
    reply_to_message: Replied | None = None


class ReactionType(_Part):
    type: StrictStr
    emoji: MemberText | None = None


class MessageReaction(_Part):
    chat: Chat
    message_id: TelegramId
    new_reaction: list[ReactionType] = []


class MessageRef(_Part):
    """The message under a pressed button; it may be too old to read, but its chat is there."""

    chat: Chat


class CallbackQuery(_Part):
    message: MessageRef | None = None
    data: MemberText | None = None


class ChatMemberStatus(_Part):
    status: StrictStr


class ChatMemberUpdated(_Part):
    chat: Chat
    new_chat_member: ChatMemberStatus


class TelegramUpdate(_Part):
    update_id: Annotated[StrictInt, Field(ge=0, lt=2**53)]
    message: Message | None = None
    edited_message: Message | None = None
    message_reaction: MessageReaction | None = None
    callback_query: CallbackQuery | None = None
    my_chat_member: ChatMemberUpdated | None = None

    @model_validator(mode="before")
    @classmethod
    def _other_kinds_are_objects(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for kind in OTHER_UPDATE_KINDS:
                if kind in data and not isinstance(data[kind], dict):
                    raise ValueError(f"{kind} must be an object")
        return data


@dataclass(frozen=True)
class BlockedBot:
    """A member blocked the bot in their private chat."""

    address: str


def decide(update: TelegramUpdate) -> Inbound | BlockedBot | None:
    """What the assistant does with a valid update: store a member's message, record that they
    blocked the bot, or nothing (None)."""
    provider_id = f"update:{update.update_id}"
    query = update.callback_query
    if query is not None:
        if query.message is None or not query.message.chat.private:
            return None  # a button under an inline result, or in a group
        return Inbound(CHANNEL_NAME, str(query.message.chat.id), provider_id, query.data or "")
    if update.message is not None:
        return message_inbound(update.message, provider_id) if update.message.chat.private else None
    edited = update.edited_message
    if edited is not None:
        return edit_inbound(edited, provider_id) if edited.chat.private else None
    reaction = update.message_reaction
    if reaction is not None:
        return reaction_inbound(reaction, provider_id) if reaction.chat.private else None
    change = update.my_chat_member
    if change is not None and change.chat.private:
        blocked = change.new_chat_member.status == BLOCKED_STATUS
        return BlockedBot(str(change.chat.id)) if blocked else None
    return None


def _ref(message_id: int | None) -> str | None:
    return None if message_id is None else str(message_id)


def message_inbound(message: Message, provider_id: str) -> Inbound:
    """A member's message in their private chat as a channel-neutral one."""
    kind, media, details = message_kind(message)
    text = message.text or message.caption
    if kind == kinds.PHONE_SHARE:
        text = message.contact.phone_number if message.contact else None
    replied = message.reply_to_message
    return Inbound(
        CHANNEL_NAME,
        str(message.chat.id),
        provider_id,
        text,
        media,
        kind,
        details=details,
        chat_ref=_ref(message.message_id),
        reply_to=_ref(replied.message_id) if replied else None,
    )


def message_kind(message: Message) -> tuple[str, list[MediaRef], dict[str, Any] | None]:
    """What the message is, the attachment to keep, and what else the kind carries."""
    if message.contact is not None:
        contact = message.contact
        own = message.sender is not None and contact.user_id == message.sender.id
        return (kinds.PHONE_SHARE if own else kinds.CONTACT_CARD), [], None
    if message.location is not None:
        venue = message.venue
        details: dict[str, Any] = {
            "latitude": message.location.latitude,
            "longitude": message.location.longitude,
            "label": venue.title if venue else None,
            "address": venue.address if venue else None,
        }
        return kinds.LOCATION, [], details
    if message.sticker is not None or message.animation is not None:
        return kinds.STICKER, [], None
    for voice in (message.voice, message.audio):
        if voice is not None:
            return kinds.VOICE, [MediaRef(voice.file_id, voice.mime_type or "audio/ogg")], None
    if message.video is not None:
        return kinds.VIDEO, [MediaRef(message.video.file_id, message.video.mime_type)], None
    if message.video_note is not None:
        return kinds.VIDEO, [MediaRef(message.video_note.file_id, "video/mp4")], None
    if message.photo:
        return kinds.IMAGE, [MediaRef(message.photo[-1].file_id, "image/jpeg")], None
    if message.document is not None:
        document = message.document
        return kinds.DOCUMENT, [MediaRef(document.file_id, document.mime_type)], None
    if message.text is None:
        return kinds.UNSUPPORTED, [], None  # polls, dice, games
    return kinds.TEXT, [], None


def edit_inbound(message: Message, provider_id: str) -> Inbound:
    """An edited message: its new words, naming the message they replace."""
    return Inbound(
        CHANNEL_NAME,
        str(message.chat.id),
        provider_id,
        message.text or message.caption or "",
        kind=kinds.EDIT,
        chat_ref=_ref(message.message_id),
        reply_to=_ref(message.message_id),
    )


def reaction_inbound(reaction: MessageReaction, provider_id: str) -> Inbound | None:
    """An emoji put on a message; taking one away is nothing to answer."""
    emoji = next((item.emoji for item in reaction.new_reaction if item.emoji), None)
    if emoji is None and not reaction.new_reaction:
        return None
    return Inbound(
        CHANNEL_NAME,
        str(reaction.chat.id),
        provider_id,
        None,
        kind=kinds.REACTION,
        details={"emoji": (emoji or "")[:20]},
        reply_to=str(reaction.message_id),
    )
