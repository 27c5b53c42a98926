"""The language an action writes in: the member's own, read from the database on every call
(an onboarding answer may have just changed it), else the one the gateway sent as metadata.

The action server speaks it around every action run (`SpeakingExecutor`), so no action has to
pass a language to the texts it builds.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import ActionExecutor
from sqlalchemy import select

from bot.i18n.catalogue import speaking
from bot.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, effective_language
from db.models import Conversation, Member


def language_of_call(action_call: dict[str, Any]) -> str:
    """The language for one action call from Rasa."""
    from flows.context import context

    tracker = action_call.get("tracker") or {}
    sender = tracker.get("sender_id")
    language: str | None = None
    flow_context = context()
    if isinstance(sender, str) and sender:
        with flow_context.sessions() as session:
            language = session.execute(
                select(Member.language)
                .join(Conversation, Conversation.member_id == Member.id)
                .where(Conversation.rasa_sender_id == sender)
            ).scalar_one_or_none()
    if not language:
        metadata = (tracker.get("latest_message") or {}).get("metadata") or {}
        given = metadata.get("language")
        language = given if isinstance(given, str) and given in LANGUAGES else DEFAULT_LANGUAGE
    return effective_language(language, flow_context.config.languages)


class SpeakingExecutor(ActionExecutor):
    """rasa-sdk's executor, running each action in the member's language."""

    async def run(self, action_call: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        with speaking(language_of_call(action_call)):
            return await super().run(action_call, *args, **kwargs)
