"""A member who wants to leave the assembly: asked to confirm, then told what happens next.

"I want to leave" is asked back ("do you want to leave? YES or NO"), since people say it in
passing or mean only one weekend. YES opens a case so staff confirm it with the member (with a
reason, in the console), and the member hears what happens: no more reminders or surveys once
confirmed, the payment for what they attended still comes, and they can change their mind. NO
keeps them, with an offer of help. The `withdrawal_pending` slot carries the question to the
next turn; any other kind of message clears it (its mapping in nlu/domain/data_rights.yml).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig
from bot.i18n.catalogue import t
from flows.context import context, db, member_of
from flows.handover import hand_over_current

WANTS_TO_WITHDRAW = "wants to withdraw"  # i18n-exempt: staff
PENDING = "withdrawal_pending"


def confirm_question() -> str:
    return t("withdrawal.confirm")


def what_happens_next(config: AssemblyConfig) -> str:
    return t("withdrawal.next", paid_within=config.assembly.thank_you_payment.paid_within)


def staying_text(config: AssemblyConfig) -> str:
    return t("withdrawal.staying", contact=config.contact_line())


def already_left_text(config: AssemblyConfig) -> str:
    return t("withdrawal.already_left", contact=config.contact_line())


def _already_withdrawn(tracker: Tracker) -> bool:
    with db() as session:
        member = member_of(session, tracker)
        return member is not None and (
            member.withdrawn_at is not None or member.onboarding_state == "withdrawn"
        )


class ActionHandleWithdrawal(Action):
    """withdraw: ask the member to confirm; nothing is recorded yet."""

    def name(self) -> str:
        return "action_handle_withdrawal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if _already_withdrawn(tracker):
            dispatcher.utter_message(text=already_left_text(context().config))
        else:
            dispatcher.utter_message(text=confirm_question())
        return [SlotSet(PENDING, True)]


class ActionConfirmWithdrawal(Action):
    """YES to "do you want to leave?": a case for staff to confirm, and what happens next."""

    def name(self) -> str:
        return "action_confirm_withdrawal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        if _already_withdrawn(tracker):
            dispatcher.utter_message(text=already_left_text(config))
        else:
            hand_over_current(tracker, WANTS_TO_WITHDRAW)
            dispatcher.utter_message(text=what_happens_next(config))
        return [SlotSet(PENDING, False)]


class ActionKeepMembership(Action):
    """NO to "do you want to leave?": nothing changes; help is offered."""

    def name(self) -> str:
        return "action_keep_membership"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=staying_text(context().config))
        return [SlotSet(PENDING, False)]
