"""The parts of a Telegram update the assistant uses, as schemas, and what it does with one.

An update is checked against these models before anything else reads it: a value of the wrong
type where the assistant looks (a message that is a string, a chat id that is an object, text
that is a number) makes it malformed (400), while fields the assistant never reads may hold
anything. The assistant talks with members in private chats only: group and channel chatter,
edits, reactions, polls and inline queries are acknowledged and left alone. A member blocking
the bot is the one membership change it records (as an opt-out).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, model_validator

from bot.channels.inbound import Inbound, MediaRef
from bot.channels.webhook_bodies import MediaType, MemberText

CHANNEL_NAME = "telegram"
# Every other kind of update the Bot API sends: each is an object, and none is for the assistant.
OTHER_UPDATE_KINDS = (
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
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


class Message(_Part):
    chat: Chat
    sender: User | None = Field(default=None, alias="from")
    text: MemberText | None = None
    caption: MemberText | None = None
    photo: list[File] | None = None  # the sizes of one photo, largest last
    document: Document | None = None
    contact: Contact | None = None


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
    change = update.my_chat_member
    if change is not None and change.chat.private:
        blocked = change.new_chat_member.status == BLOCKED_STATUS
        return BlockedBot(str(change.chat.id)) if blocked else None
    return None


def message_inbound(message: Message, provider_id: str) -> Inbound:
    """A member's message in their private chat as a channel-neutral one."""
    chat_id = str(message.chat.id)
    if message.contact is not None:
        contact = message.contact
        own = message.sender is not None and contact.user_id == message.sender.id
        if not own:
            return Inbound(CHANNEL_NAME, chat_id, provider_id, None, kind="unsupported")
        return Inbound(CHANNEL_NAME, chat_id, provider_id, contact.phone_number, kind="contact")
    media: list[MediaRef] = []
    if message.photo:
        media.append(MediaRef(message.photo[-1].file_id, "image/jpeg"))
    elif message.document is not None:
        media.append(MediaRef(message.document.file_id, message.document.mime_type))
    text = message.text or message.caption
    if media:
        return Inbound(CHANNEL_NAME, chat_id, provider_id, text, media, kind="media")
    if text is None:
        # stickers, voice notes, locations, videos: answered politely by the pipeline
        return Inbound(CHANNEL_NAME, chat_id, provider_id, None, kind="unsupported")
    return Inbound(CHANNEL_NAME, chat_id, provider_id, text)
