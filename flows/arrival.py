"""A member at the venue texting "I'm here": ticked in on the day's register, as staff would
at the door, and owed the thank-you payment for that session's period.

The session is the one under way, or starting within three hours
(`AssemblyConfig.session_under_way`). On a
day without a session the member is told when the next one is. A second "I'm here" keeps the
first arrival time.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import t
from db.register import mark_arrived, on_register
from flows.common import no_member_text, now
from flows.context import context, db, member_of


def welcome_text(name: str, item: AssemblySession, already: bool) -> str:
    return t("arrival.already" if already else "arrival.welcome", name=name, session=item.title)


def no_session_now_text(config: AssemblyConfig) -> str:
    upcoming = config.next_session(now())
    if upcoming is None:
        return t("arrival.sessions_over")
    return t("arrival.next_session", session=upcoming.title, time=upcoming.describe_time())


def not_on_register_text(config: AssemblyConfig) -> str:
    return t("arrival.not_on_register", contact=config.contact_line())


class ActionMarkArrived(Action):
    """arrived: tick the member in for the session under way."""

    def name(self) -> str:
        return "action_mark_arrived"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        item = config.session_under_way(now())
        with db() as session:
            member = member_of(session, tracker)
            if member is None:
                text = no_member_text(config)
            elif item is None:
                text = no_session_now_text(config)
            elif not on_register(member):
                text = not_on_register_text(config)
            else:
                owed = config.thank_you_for(item.id)
                _at, newly = mark_arrived(session, member.id, item.id, owed, via="text", now=now())
                text = welcome_text(member.display_name, item, already=not newly)
        dispatcher.utter_message(text=text)
        return []
