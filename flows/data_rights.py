"""Data rights: a member asks what we hold, for a copy, or for erasure.

The assistant explains and hands over (a person checks who is asking before sending or
deleting anything); staff carry the request out through the staff API, with
`db.data_rights.export_member_data` and `erase_member`.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.i18n.catalogue import t
from flows.context import context, conversation_of, db
from flows.handover import hand_over

log = logging.getLogger(__name__)


class ActionHandleDataRequest(Action):
    """data_request: say what we hold and what happens next; a person carries it out."""

    def name(self) -> str:
        return "action_handle_data_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        with db() as session:
            conversation = conversation_of(session, tracker)
            if conversation is not None:
                hand_over(session, conversation, "data request")
        dispatcher.utter_message(
            text=t(
                "data_rights.request",
                url=config.assembly.privacy_notice_url,
                contact=config.contact_line(),
            )
        )
        return []
