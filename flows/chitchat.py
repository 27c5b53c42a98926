"""Small talk: what the assistant is, what it can do, and a kind answer to anything else.

Greetings go to `action_start_onboarding` (a first hello starts or resumes onboarding);
goodbye, thanks and a stray yes/no are plain domain responses (no facts in them).
"""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.config import AssemblyConfig
from flows.common import capabilities_text
from flows.information import InformationAction, bot_challenge_text, out_of_scope_text


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
