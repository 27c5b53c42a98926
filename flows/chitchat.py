"""Small talk: what the assistant is, what it can do, goodbye and thanks, and a kind answer
to anything else (outside English: a person reads it).

Greetings go to `action_start_onboarding` (a first hello starts or resumes onboarding).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig
from bot.i18n.catalogue import t
from flows.handover import refer_to_a_person
from flows.information import (
    InformationAction,
    bot_challenge_text,
    capabilities_text,
    out_of_scope_text,
)


class ActionAnswerBotChallenge(InformationAction):
    def name(self) -> str:
        return "action_answer_bot_challenge"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return bot_challenge_text(config)


class ActionListCapabilities(InformationAction):
    def name(self) -> str:
        return "action_list_capabilities"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return capabilities_text(config)


class ActionAnswerOutOfScope(InformationAction):
    def name(self) -> str:
        return "action_answer_out_of_scope"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return out_of_scope_text(config)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if refer_to_a_person(dispatcher, tracker):
            return []
        return await super().run(dispatcher, tracker, domain)


class CatalogueReply(Action):
    """One fixed text from the catalogue, in the member's language."""

    key = ""
    action_name = ""

    def name(self) -> str:
        return self.action_name

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=t(self.key))
        return []


class ActionSayGoodbye(CatalogueReply):
    key, action_name = "chitchat.goodbye", "action_say_goodbye"


class ActionSayThanks(CatalogueReply):
    key, action_name = "chitchat.thank", "action_say_thanks"


class ActionAcknowledgeDeny(CatalogueReply):
    key, action_name = "chitchat.deny", "action_acknowledge_deny"
