"""Onboarding (issue 5): confirm a member's place with a few short questions.

The form `onboarding_form` has ONE slot, `onboarding_answer`, filled from the member's text.
Which question is being asked lives in the database (`Member.onboarding_step`), and every
answer is saved as soon as it is given (Member fields, ConsentRecord, Attendance). So a member
who stops halfway and writes again days later (even after Rasa's tracker was reset) carries on
at the same question: `action_start_onboarding` reactivates the form and
`action_ask_onboarding_answer` asks whatever question the database says is next.

Steps, in order: name, privacy (explicit consent; a "no" stops here and goes to staff), one
attendance question per weekend ("attendance:1", ...), access_consent (special-category data
gets its own consent), access (only after a yes), dietary, caring, channel, summary. From the
summary the member can change any item ("edit:<step>") and comes back to the summary.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from db.models import Attendance, ConsentRecord, Conversation, Member
from flows.common import (
    contact_line,
    is_no,
    is_skip,
    is_yes,
    latest_intent,
    latest_text,
    looks_like_question,
    money,
    no_member_text,
    normalise,
    now,
)
from flows.context import context, conversation_of, db
from flows.handover import hand_over, person_will_reply
from flows.information import INLINE_ANSWERS

log = logging.getLogger(__name__)

PRIVACY_NOTICE_VERSION = "2027-01"
ACCESS_NEEDS_NOTICE_VERSION = "2027-01"
FORM = "onboarding_form"
ANSWER_SLOT = "onboarding_answer"
HINT_SLOT = "onboarding_hint"
NEEDED_SLOT = "onboarding_needed"
DONE_STATES = ("onboarded", "withdrawn", "consent_refused")
CHANNEL_NAMES = {"sms": "text message (SMS)", "whatsapp": "WhatsApp", "telegram": "Telegram"}

#: Words that pick the item to change from the summary, checked in this order.
ITEM_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dietary", ("diet", "food", "allerg", "vegan", "vegetarian", "halal", "lunch", "eat")),
    ("access_consent", ("access", "disab", "wheelchair", "hearing", "mobility")),
    ("caring", ("caring", "carer", "childcare", "child", "kids", "care")),
    ("channel", ("channel", "sms", "whatsapp", "telegram", "text message", "contact me")),
    ("attendance", ("attend", "weekend", "dates", "date", "coming", "sessions", "days")),
    ("name", ("name", "call me")),
)
ITEM_LABELS = {
    "name": "your name",
    "attendance": "which weekends you can come",
    "access_consent": "access needs",
    "dietary": "dietary needs",
    "caring": "caring responsibilities",
    "channel": "how we message you",
}
_NOT_SURE = (
    "not sure",
    "unsure",
    "maybe",
    "don't know",
    "dont know",
    "do not know",
    "possibly",
    "might",
    "perhaps",
    "depends",
    "tbc",
    "not certain",
    "hopefully",
    "idk",
    "dunno",
)
_CANNOT = (
    "can't",
    "cant",
    "cannot",
    "can not",
    "won't",
    "wont",
    "unable",
    "not able",
    "not coming",
    "no ",
)
_PAUSE = ("later", "not now", "another time", "busy", "stop for now", "pause", "tomorrow")
_NAME_PREFIXES = re.compile(
    r"^(please\s+)?(call me|my name is|my name's|it's|its|it is|i'm|im|i am|i prefer|"
    r"i'd prefer|id prefer|use|i go by|just)\s+",
    re.IGNORECASE,
)


# --- the steps --------------------------------------------------------------------------------


def weekend_count(config: AssemblyConfig) -> int:
    return len(config.sessions_by_weekend())


def weekend_sessions_at(config: AssemblyConfig, number: int) -> tuple[str, list[Any]]:
    label, sessions = list(config.sessions_by_weekend().items())[number - 1]
    return label, sessions


def _consent(session: Session, member: Member, kind: str) -> ConsentRecord | None:
    """The member's latest answer to a notice of this kind."""
    return session.execute(
        select(ConsentRecord)
        .where(ConsentRecord.member_id == member.id, ConsentRecord.kind == kind)
        .order_by(ConsentRecord.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def next_step(session: Session, member: Member, config: AssemblyConfig, step: str) -> str:
    """The question after `step`: in order while onboarding, back to the summary when editing."""
    editing = step.startswith("edit:")
    base = step.removeprefix("edit:")
    prefix = "edit:" if editing else ""
    if base.startswith("attendance:"):
        number = int(base.split(":")[1])
        if number < weekend_count(config):
            return f"{prefix}attendance:{number + 1}"
        return "summary" if editing else "access_consent"
    if base == "access_consent":
        consent = _consent(session, member, "access_needs")
        if consent is not None and consent.granted:
            return f"{prefix}access"
        return "summary" if editing else "dietary"
    if editing:
        return "summary"
    order = [
        "name",
        "privacy",
        "attendance:1",
        "access_consent",
        "access",
        "dietary",
        "caring",
        "channel",
        "summary",
    ]
    if base == "name_other":
        base = "name"
    if base == "access":
        return "dietary"
    if base == "privacy" and weekend_count(config) == 0:
        return "access_consent"
    return order[order.index(base) + 1]


def _weekend_status(session: Session, member: Member, config: AssemblyConfig, n: int) -> str:
    _, sessions = weekend_sessions_at(config, n)
    rows = {
        row.session_id: row.status
        for row in session.execute(
            select(Attendance).where(
                Attendance.member_id == member.id,
                Attendance.session_id.in_([s.id for s in sessions]),
            )
        ).scalars()
    }
    statuses = {rows.get(s.id) for s in sessions}
    words = {
        "confirmed": "coming",
        "late": "coming",
        "declined": "can't come",
        "not_sure": "not sure",
        None: "not answered",
    }
    if len(statuses) == 1:
        return words[statuses.pop()]
    return ", ".join(f"{s.starts:%A} {words[rows.get(s.id)]}" for s in sessions)


def summary_text(session: Session, member: Member, config: AssemblyConfig) -> str:
    lines = ["Here's what I have:", f"Name: {member.display_name}"]
    for n in range(1, weekend_count(config) + 1):
        label, _ = weekend_sessions_at(config, n)
        lines.append(f"{label}: {_weekend_status(session, member, config, n)}")
    consent = _consent(session, member, "access_needs")
    if member.access_needs:
        access = "noted (only the team arranging support see it)"
    elif consent is not None and consent.granted:
        access = "none"
    else:
        access = "not shared"
    lines.append(f"Access needs: {access}")
    lines.append(f"Dietary needs: {member.dietary_needs or 'none'}")
    lines.append(f"Caring responsibilities: {member.caring_responsibilities or 'none'}")
    lines.append(f"Messages by: {CHANNEL_NAMES.get(member.preferred_channel, 'SMS')}")
    lines.append("Is that all right? Reply yes, or tell me what to change (e.g. 'change dietary').")
    return "\n".join(lines)


def question_for(session: Session, member: Member, config: AssemblyConfig, step: str) -> str:
    """The question asked at a step; facts (dates, links, venue) come from the config."""
    base = step.removeprefix("edit:")
    if base == "name":
        return (
            f"First, we have your name as {member.first_name}. Is that what you'd like us to "
            "call you? Reply yes, or tell me the name you prefer."
        )
    if base == "name_other":
        return "No problem. What name would you like us to use?"
    if base == "privacy":
        return (
            "Before we go on: we keep your contact details and answers only to run the "
            f"assembly. Our privacy notice explains how: {config.assembly.privacy_notice_url} "
            "Are you happy for us to keep them? Reply yes or no."
        )
    if base.startswith("attendance:"):
        number = int(base.split(":")[1])
        label, sessions = weekend_sessions_at(config, number)
        days = " and ".join(s.describe_time() for s in sessions)
        return f"Can you come to {label}: {days}? Reply yes, no or not sure."
    if base == "access_consent":
        return (
            "Some people need things like step-free access, a hearing loop, large print or "
            "breaks. Would you like to tell us about any access needs? We'd keep this "
            "private and use it only to arrange support. Reply yes or no."
        )
    if base == "access":
        return "Thank you. What would help you take part? (Or reply skip.)"
    if base == "dietary":
        return "Do you have any dietary needs or allergies for the lunches? (Or reply none.)"
    if base == "caring":
        return (
            "Do you look after children or someone else who would need care while you "
            "attend? Tell me briefly, or reply none."
        )
    if base == "channel":
        current = CHANNEL_NAMES.get(member.preferred_channel, "SMS")
        return (
            "Last one: how would you like us to message you: SMS, WhatsApp or Telegram? "
            f"At the moment it's {current} (reply skip to keep it)."
        )
    if base == "fix":
        items = ", ".join(ITEM_LABELS.values())
        return f"Which would you like to change? For example: {items}."
    return summary_text(session, member, config)


# --- answers ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one answer did: messages to send now, whether to re-ask with a hint, and whether
    the form is over (finished, refused, or paused)."""

    messages: list[str] = field(default_factory=list)
    hint: str | None = None
    finished: bool = False


def _record_consent(
    session: Session, member: Member, kind: str, granted: bool, channel: str | None
) -> None:
    version = PRIVACY_NOTICE_VERSION if kind == "privacy" else ACCESS_NEEDS_NOTICE_VERSION
    session.add(
        ConsentRecord(
            member_id=member.id,
            kind=kind,
            version=version,
            granted=granted,
            channel=channel,
            recorded_at=now(),
        )
    )
    session.flush()


def _set_attendance(session: Session, member: Member, session_id: str, status: str) -> None:
    row = session.execute(
        select(Attendance).where(
            Attendance.member_id == member.id, Attendance.session_id == session_id
        )
    ).scalar_one_or_none()
    if row is None:
        session.add(Attendance(member_id=member.id, session_id=session_id, status=status))
    else:
        row.status = status
    session.flush()


def attendance_answer(text: str, intent: str | None) -> str | None:
    said = f" {normalise(text)} "
    if any(f" {word}" in said or said.strip() == word for word in _NOT_SURE):
        return "not_sure"
    if intent == "cannot_attend" or is_no(text, intent) or any(w in said for w in _CANNOT):
        return "declined"
    if (
        intent == "confirm_attendance"
        or is_yes(text, intent)
        or re.search(
            r"\b(yes|yeah|yep|i can|i will|i'll be there|both|all of it|definitely)\b", said
        )
    ):
        return "confirmed"
    return None


def _item_named(text: str) -> str | None:
    said = normalise(text)
    for item, words in ITEM_WORDS:
        if any(word in said for word in words):
            return item
    return None


def _clean_name(text: str) -> str | None:
    name = _NAME_PREFIXES.sub("", text.strip()).strip(" .!,\"'")
    if not name or len(name) > 60 or len(name.split()) > 4 or any(ch.isdigit() for ch in name):
        return None
    return name[:1].upper() + name[1:]


def _channel_named(text: str) -> str | None:
    said = normalise(text).replace(" ", "")
    if "whatsapp" in said or "whats" in said:
        return "whatsapp"
    if "telegram" in said:
        return "telegram"
    if "sms" in said or "text" in said:
        return "sms"
    return None


def _caring_costs(config: AssemblyConfig) -> str | None:
    parts = []
    currency = config.expenses.currency
    for name, what in (("childcare", "childcare"), ("carer", "care for a dependent adult")):
        category = config.category(name)
        if category is not None:
            parts.append(f"{what} up to {money(category.cap, currency)} a {category.per}")
    if not parts:
        return None
    receipts = any(
        config.category(name) is not None and config.category(name).receipt_required  # type: ignore[union-attr]
        for name in ("childcare", "carer")
    )
    return (
        "Thank you. You can claim back the cost of "
        + " and ".join(parts)
        + (" (keep the receipts)" if receipts else "")
        + " while you attend. Ask me about "
        "expenses any time."
    )


def apply_answer(
    session: Session,
    member: Member,
    conversation: Conversation | None,
    config: AssemblyConfig,
    text: str,
    intent: str | None,
) -> Outcome:
    """Save one answer to the current question and move the member on. Pure DB + config."""
    step = member.onboarding_step or "name"
    base = step.removeprefix("edit:")
    channel = conversation.channel if conversation is not None else None
    outcome = Outcome()
    said = normalise(text)

    if base not in ("access", "dietary", "caring") and any(w == said for w in _PAUSE):
        outcome.messages.append(
            "No problem. I'll remember where we got to: say hello whenever you want to carry on."
        )
        outcome.finished = True
        return outcome

    def advance() -> None:
        member.onboarding_step = next_step(session, member, config, step)

    if base == "name":
        if is_yes(text, intent):
            member.preferred_name = None
            advance()
        elif is_no(text, intent):
            member.onboarding_step = "edit:name_other" if step.startswith("edit:") else "name_other"
        elif (name := _clean_name(text)) is not None:
            member.preferred_name = name
            advance()
        else:
            outcome.hint = "Sorry, I didn't catch that."
    elif base == "name_other":
        if (name := _clean_name(text)) is not None and not is_no(text, intent):
            member.preferred_name = name
            member.onboarding_step = next_step(session, member, config, step)
        else:
            outcome.hint = "Sorry, just the name, please."
    elif base == "privacy":
        if is_yes(text, intent):
            _record_consent(session, member, "privacy", True, channel)
            advance()
        elif is_no(text, intent):
            _record_consent(session, member, "privacy", False, channel)
            member.onboarding_state = "consent_refused"
            member.onboarding_step = None
            if conversation is not None:
                hand_over(session, conversation, "consent refused")
            outcome.messages.append(
                "That's completely fine, thank you for letting us know. Without it I can't keep "
                "your details here, so I've passed this to the assembly team: a person will be "
                f"in touch to talk it through. You can also {contact_line(config)}."
            )
            outcome.finished = True
        else:
            outcome.hint = "Sorry, I need a yes or a no for this one."
    elif base.startswith("attendance:"):
        status = attendance_answer(text, intent)
        if status is None:
            outcome.hint = "Sorry, I didn't catch that."
        else:
            _, sessions = weekend_sessions_at(config, int(base.split(":")[1]))
            for item in sessions:
                _set_attendance(session, member, item.id, status)
            advance()
    elif base == "access_consent":
        if is_yes(text, intent):
            _record_consent(session, member, "access_needs", True, channel)
            advance()
        elif is_no(text, intent) or is_skip(text):
            _record_consent(session, member, "access_needs", False, channel)
            member.access_needs = None  # no consent, nothing kept
            advance()
        else:
            outcome.hint = "Sorry, please reply yes or no."
    elif base == "access":
        member.access_needs = None if is_skip(text) else text.strip()
        advance()
    elif base == "dietary":
        member.dietary_needs = None if is_skip(text) else text.strip()
        advance()
    elif base == "caring":
        if is_skip(text):
            member.caring_responsibilities = None
        else:
            member.caring_responsibilities = text.strip()
            costs = _caring_costs(config)
            if costs:
                outcome.messages.append(costs)
        advance()
    elif base == "channel":
        chosen = _channel_named(text)
        if chosen is not None:
            member.preferred_channel = chosen
            advance()
        elif is_skip(text) or is_yes(text, intent):
            advance()
        else:
            outcome.hint = "Sorry, please reply SMS, WhatsApp or Telegram."
    elif base == "fix":
        item = _item_named(text)
        if item is None:
            outcome.hint = "Sorry, I didn't catch which one."
        else:
            member.onboarding_step = f"edit:{'attendance:1' if item == 'attendance' else item}"
    elif base == "summary":
        item = _item_named(text)
        if item is not None and not is_yes(text, intent):
            member.onboarding_step = f"edit:{'attendance:1' if item == 'attendance' else item}"
        elif is_yes(text, intent):
            if member.onboarding_state != "onboarded":
                member.onboarded_at = now()
            member.onboarding_state = "onboarded"
            member.onboarding_step = None
            outcome.finished = True
        elif is_no(text, intent):
            member.onboarding_step = "fix"
        else:
            outcome.hint = "Sorry, I didn't catch that."
    log.info("member %s onboarding step %s -> %s", member.id, step, member.onboarding_step)
    return outcome


def begin(member: Member) -> bool:
    """Mark onboarding as started (or resumed); returns True when it was already under way."""
    resumed = member.onboarding_state == "in_progress" and member.onboarding_step is not None
    member.onboarding_state = "in_progress"
    member.onboarding_step = member.onboarding_step or "name"
    return resumed


def _member_and_conversation(
    session: Session, tracker: Tracker
) -> tuple[Member | None, Conversation | None]:
    conversation = conversation_of(session, tracker)
    if conversation is None or conversation.member_id is None:
        return None, conversation
    return session.get(Member, conversation.member_id), conversation


# --- actions ----------------------------------------------------------------------------------


class ActionStartOnboarding(Action):
    """greet / join_assembly / affirm (the invitation says "reply YES"): start or resume
    onboarding for a member who has not finished it; otherwise a friendly hello. Sets
    `onboarding_needed`, which the rules branch on."""

    def name(self) -> str:
        return "action_start_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        intent = latest_intent(tracker)
        joining = intent == "join_assembly"
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(NEEDED_SLOT, False)]
            name = member.display_name
            state = member.onboarding_state
            if state == "onboarded":
                if joining:
                    text = f"You're already signed up, {name}. Thank you! What can I help with?"
                elif intent == "affirm":
                    text = "Great, thank you! Is there anything else I can help with?"
                else:
                    text = f"Hello {name}! What can I help with today?"
                dispatcher.utter_message(text=text)
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "withdrawn":
                dispatcher.utter_message(
                    text=f"Hello {name}. Our records show you've stepped back from the "
                    f"assembly. If you'd like to talk about it, {contact_line(config)}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            if state == "consent_refused":
                dispatcher.utter_message(
                    text=f"Hello {name}. You told us you'd rather we didn't keep your details, "
                    "so I can't go further here. If you've changed your mind, say 'update my "
                    f"details'. Or {contact_line(config)}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            resumed = begin(member)
            if resumed:
                text = f"Welcome back, {name}! Let's carry on where we left off."
            else:
                text = (
                    f"Welcome, {member.first_name}, and thank you for accepting your place on "
                    f"the {config.assembly.short_name}! I'll ask a few quick questions (about "
                    "3 minutes). You can ask me anything along the way."
                )
        dispatcher.utter_message(text=text)
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, True)]


class ActionUpdateDetails(Action):
    """update_details: re-open one item (or ask which) through the same form."""

    def name(self) -> str:
        return "action_update_details"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return [SlotSet(NEEDED_SLOT, False)]
            if member.onboarding_state == "withdrawn":
                dispatcher.utter_message(
                    text=f"To change anything now, please {contact_line(config)}."
                )
                return [SlotSet(NEEDED_SLOT, False)]
            if member.onboarding_state == "consent_refused":
                member.onboarding_state = "in_progress"
                member.onboarding_step = "privacy"
            elif member.onboarding_state == "onboarded":
                item = _item_named(latest_text(tracker))
                if item is None:
                    member.onboarding_step = "fix"
                else:
                    step = "attendance:1" if item == "attendance" else item
                    member.onboarding_step = f"edit:{step}"
            else:
                begin(member)  # not finished yet: carry on; the summary lets them change things
        dispatcher.utter_message(text="Of course.")
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, True)]


class ActionAskOnboardingAnswer(Action):
    """Asks the question the database says is next, so a resumed form asks the right one."""

    def name(self) -> str:
        return "action_ask_onboarding_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        config = context().config
        hint = tracker.get_slot(HINT_SLOT)
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return []
            if member.onboarding_step is None:
                begin(member)
            question = question_for(session, member, config, member.onboarding_step or "name")
        dispatcher.utter_message(text=f"{hint} {question}" if hint else question)
        return [SlotSet(HINT_SLOT, None)] if hint else []


class ValidateOnboardingForm(FormValidationAction):
    """Saves each answer in the database and decides whether the form goes on.

    The slot goes back to None after every answer so the form asks again (the next question,
    chosen by `action_ask_onboarding_answer`); it gets a value only when onboarding is over.
    A question asked in the middle is answered here and the same question asked again.
    """

    def name(self) -> str:
        return "validate_onboarding_form"

    async def validate_onboarding_answer(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if slot_value is None:
            # our own reset of the slot (start/resume), not an answer from the member
            return {ANSWER_SLOT: None}
        config = context().config
        text = str(slot_value).strip()
        intent = latest_intent(tracker)
        with db() as session:
            member, conversation = _member_and_conversation(session, tracker)
            if member is None:
                dispatcher.utter_message(text=no_member_text(config))
                return {ANSWER_SLOT: "stopped"}
            step = member.onboarding_step or "name"
            naming = step.removeprefix("edit:") in ("name", "name_other")
            if intent == "request_human" and not (naming and _NAME_PREFIXES.match(text)):
                # "call me Sam" often looks like a request for a call; anything else is one
                if conversation is not None:
                    hand_over(session, conversation, "asked for a person")
                dispatcher.utter_message(text=person_will_reply(config))
                return {ANSWER_SLOT: "handed over", HINT_SLOT: None}
            free_text = step.removeprefix("edit:") in ("access", "dietary", "caring", "name_other")
            if intent in INLINE_ANSWERS and (looks_like_question(text) or not free_text):
                dispatcher.utter_message(text=INLINE_ANSWERS[intent](config))
                return {ANSWER_SLOT: None}
            outcome = apply_answer(session, member, conversation, config, text, intent)
        for message in outcome.messages:
            dispatcher.utter_message(text=message)
        if outcome.finished:
            return {ANSWER_SLOT: "done", HINT_SLOT: None}
        return {ANSWER_SLOT: None, HINT_SLOT: outcome.hint}


class ActionFinishOnboarding(Action):
    """After the form: the closing message for the state the member ended in, and the slot
    cleared so the form can run again (update_details)."""

    def name(self) -> str:
        return "action_finish_onboarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        with db() as session:
            member, _ = _member_and_conversation(session, tracker)
            if member is not None and member.onboarding_state == "onboarded":
                text = f"Thank you, {member.display_name}, you're all set!"
                if member.preferred_channel == "telegram" and not any(
                    identity.channel == "telegram" for identity in member.identities
                ):
                    text += (
                        " To get messages on Telegram, send your invite code "
                        f"{member.invite_code} to our Telegram bot; until then we'll use SMS."
                    )
                text += (
                    " I'll send reminders before each weekend. Ask me anything, any time: "
                    "'where is it?', 'what's the payment?', or 'I'm running late'."
                )
                dispatcher.utter_message(text=text)
        return [SlotSet(ANSWER_SLOT, None), SlotSet(HINT_SLOT, None), SlotSet(NEEDED_SLOT, None)]
