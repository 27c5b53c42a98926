"""Answers to members' questions, every fact read from config.yml at the moment of asking:
what the assembly is, the thank-you payment, dates, venue, access, food; plus the honest
"I'm an automated assistant" and what the assistant can do.

The text builders are plain functions so the onboarding form can answer a question asked in
the middle of it with exactly the same words.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig, format_money
from bot.i18n.catalogue import t
from db.models import ThankYouPaymentRecord
from db.register import member_payments
from flows.common import (
    capabilities_text,
    entity_values,
    now,
    weekend_label,
)
from flows.context import context, db, member_of
from flows.session_refs import resolve_session_ref

# --- texts ------------------------------------------------------------------------------------


def about_text(config: AssemblyConfig) -> str:
    assembly = config.assembly
    weekends = len(config.sessions_by_weekend())
    return (
        f"The {assembly.name} brings together local residents, chosen by lot, to hear from "
        "different people, talk it through together and agree recommendations on how "
        "neighbourhood policing should work here. It's run with Waltham Forest Council and the "
        "Metropolitan Police, with independent facilitators (Involve) who keep discussions "
        "fair, and the Sortition Foundation, who ran the selection. "
        f"It takes {weekends} weekend{'s' if weekends != 1 else ''}. The members' "
        "recommendations go to the council and the police, and the team will keep you told "
        "what happens to them. Taking part is voluntary: you can ask questions, disagree, or "
        "step back at any time."
    )


def payment_text(config: AssemblyConfig) -> str:
    payment = config.assembly.thank_you_payment
    currency = config.expenses.currency
    per = t(f"per.{payment.per}") if payment.per != "assembly" else payment.per
    return t(
        "info.payment",
        money=format_money(payment.amount, currency),
        per=per,
        paid_within=payment.paid_within,
    )


def own_payments_text(config: AssemblyConfig, payments: list[ThankYouPaymentRecord]) -> str:
    """The member's own thank-you payments: what is paid, what is on its way and when ("" when
    they are owed none yet)."""
    lines = []
    tz = config.tz
    for payment in payments:
        amount = format_money(payment.amount, payment.currency)
        if payment.status == "paid" and payment.paid_at is not None:
            local = payment.paid_at.astimezone(tz)
            lines.append(f"{payment.period}: {amount}, paid on {local:%A} {local.day} {local:%B}.")
        elif payment.status == "approved":
            lines.append(f"{payment.period}: {amount}, approved and on its way.")
        else:
            paid_within = config.assembly.thank_you_payment.paid_within
            lines.append(f"{payment.period}: {amount}, to be paid within {paid_within}.")
    return "Your thank-you payments:\n" + "\n".join(lines) if lines else ""


def schedule_text(config: AssemblyConfig, ref: str | None = None) -> str:
    """All sessions by weekend, or just the ones the member named."""
    if ref:
        named = resolve_session_ref(config, ref, now())
        if named:
            lines = [f"{session.title}: {session.describe_time()}" for session in named]
            venue = config.venue_for(named[0])
            return "\n".join(lines) + "\n" + t("info.at", venue=venue.name, address=venue.address)
    parts = [t("info.dates")]
    for label, sessions in config.sessions_by_weekend().items():
        days = "; ".join(session.describe_time() for session in sessions)
        parts.append(f"{weekend_label(label)}: {days}")
    venue_names = {config.venues[session.venue].name for session in config.sessions}
    if len(venue_names) == 1:
        parts.append(t("info.all_at", venue=venue_names.pop()))
    return "\n".join(parts)


def venue_text(config: AssemblyConfig) -> str:
    """The venue(s) of the sessions still to come (all of them once the assembly is over)."""
    moment = now()
    upcoming = [session for session in config.sessions if session.ends > moment]
    used: list[str] = []
    for session in upcoming or config.sessions:
        if session.venue not in used:
            used.append(session.venue)
    parts = []
    for venue_id in used:
        venue = config.venues[venue_id]
        sessions = [s.title for s in config.sessions if s.venue == venue_id]
        which = "" if len(used) == 1 else f" ({', '.join(sessions)})"
        parts.append(
            t(
                "info.venue_place",
                venue=venue.name,
                which=which,
                address=venue.address,
                directions=venue.directions,
            )
        )
    return t("info.venue", places=" ".join(parts))


def accessibility_text(config: AssemblyConfig) -> str:
    venues = []
    for session in config.sessions:
        venue = config.venues[session.venue]
        if venue not in venues:
            venues.append(venue)
    facilities = " ".join(f"{venue.name} has: {venue.accessibility}." for venue in venues)
    return (
        f"{facilities} Please tell us anything that would make it easier for you to take part "
        "(for example large print, breaks, a support worker, or help getting there). Just "
        "reply here, or say 'update my details', and the team will arrange it."
    )


def catering_text(config: AssemblyConfig, ref: str | None = None) -> str:
    sessions = resolve_session_ref(config, ref, now()) if ref else []
    sessions = sessions or list(config.sessions)
    notes: list[str] = []
    for session in sessions:
        if session.catering not in notes:
            notes.append(session.catering)
    if len(notes) == 1:
        text = notes[0]
    else:
        text = " ".join(f"{session.title}: {session.catering}" for session in sessions)
    return (
        f"{text} To tell us about a dietary need or allergy, just reply here or say "
        "'update my details'."
    )


def bot_challenge_text(config: AssemblyConfig) -> str:
    return (
        "I'm an automated assistant, not a person. The assembly team read anything I pass on. "
        f"To talk to someone, say 'person' or {config.contact_line()}."
    )


def out_of_scope_text(config: AssemblyConfig) -> str:
    return f"Sorry, that's not something I can help with. {capabilities_text(config)}"


# --- actions ----------------------------------------------------------------------------------


def _session_ref(tracker: Tracker) -> str | None:
    values = entity_values(tracker, "session_ref")
    return values[0] if values else None


def onboarding_nudge(tracker: Tracker) -> str | None:
    """A gentle pointer for a member who has not finished the welcome questions yet."""
    if tracker.active_loop and tracker.active_loop.get("name"):
        return None  # the form will ask its own question next
    with db() as session:
        member = member_of(session, tracker)
        if member is None or member.onboarding_state in (
            "onboarded",
            "withdrawn",
            "consent_refused",
        ):
            return None
    return (
        "When you're ready, say 'hello' and I'll ask a few quick questions to confirm your place."
    )


class InformationAction(Action, ABC):
    """Answer one question from the config, then nudge an unfinished onboarding along."""

    @abstractmethod
    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        raise NotImplementedError

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(text=self.text(context().config, tracker))
        nudge = onboarding_nudge(tracker)
        if nudge:
            dispatcher.utter_message(text=nudge)
        return []


class ActionAnswerAboutAssembly(InformationAction):
    def name(self) -> str:
        return "action_answer_about_assembly"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return about_text(config)


class ActionAnswerPayment(InformationAction):
    """The thank-you payment, never the expenses (those are the expenses journey's)."""

    def name(self) -> str:
        return "action_answer_payment"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        """The policy, and the member's own payments when they are owed any: "when will I get
        paid?" is answered from their record."""
        with db() as session:
            member = member_of(session, tracker)
            own = own_payments_text(config, member_payments(session, member.id)) if member else ""
        return f"{own}\n\n{payment_text(config)}" if own else payment_text(config)


class ActionAnswerSchedule(InformationAction):
    def name(self) -> str:
        return "action_answer_schedule"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return schedule_text(config, _session_ref(tracker))


class ActionAnswerVenue(InformationAction):
    def name(self) -> str:
        return "action_answer_venue"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return venue_text(config)


class ActionAnswerAccessibility(InformationAction):
    def name(self) -> str:
        return "action_answer_accessibility"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return accessibility_text(config)


class ActionAnswerCatering(InformationAction):
    def name(self) -> str:
        return "action_answer_catering"

    def text(self, config: AssemblyConfig, tracker: Tracker) -> str:
        return catering_text(config, _session_ref(tracker))


#: Answers the onboarding form gives inline when a question arrives as an answer.
INLINE_ANSWERS = {
    "ask_about_assembly": about_text,
    "ask_payment": payment_text,
    "ask_schedule": schedule_text,
    "ask_venue": venue_text,
    "ask_accessibility": accessibility_text,
    "ask_catering": catering_text,
    "bot_challenge": bot_challenge_text,
    "ask_capabilities": capabilities_text,
}
