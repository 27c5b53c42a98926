"""Answers to members' questions, every fact read from config.yml at the moment of asking:
what the assembly is, the thank-you payment, dates, venue, access, food; plus the honest
"I'm an automated assistant" and what the assistant can do.

The text builders are plain functions so the onboarding form can answer a question asked in
the middle of it with exactly the same words.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import date, datetime, time
from typing import Any

from babel import Locale
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.config import AssemblyConfig, format_money
from bot.i18n.catalogue import current_language, t
from bot.i18n.formats import weekday_date
from bot.i18n.languages import locale_of
from db.models import ThankYouPaymentRecord
from db.register import member_payments
from flows.common import capabilities_text, entity_values, now, weekend_label
from flows.context import context, db, member_of
from flows.session_refs import resolve_session_ref

# --- texts ------------------------------------------------------------------------------------


def counted(key: str, count: int) -> str:
    """ "3 weekends" by the plural rule of the language being spoken (Polish says "3
    weekendy" but "5 weekendów"): the catalogue has `<key>.one`, `.few`, `.many`, `.other`."""
    form = Locale.parse(locale_of(current_language())).plural_form(count)
    return t(f"{key}.{form if form in ('one', 'few', 'many') else 'other'}", count=count)


def about_text(config: AssemblyConfig) -> str:
    weekends = counted("info.weekends", len(config.sessions_by_weekend()))
    return t("info.about", assembly=config.assembly.name, weekends=weekends)


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
    for payment in payments:
        shown = {
            "period": period_label(config, payment.period),
            "amount": format_money(payment.amount, payment.currency),
        }
        if payment.status == "paid" and payment.paid_at is not None:
            paid_on = weekday_date(payment.paid_at.astimezone(config.tz))
            lines.append(t("info.own_payment_paid", date=paid_on, **shown))
        elif payment.status == "approved":
            lines.append(t("info.own_payment_approved", **shown))
        else:
            paid_within = config.assembly.thank_you_payment.paid_within
            lines.append(t("info.own_payment_owed", paid_within=paid_within, **shown))
    return t("info.own_payments") + "\n" + "\n".join(lines) if lines else ""


def period_label(config: AssemblyConfig, period: str) -> str:
    """What a thank-you payment is for, as the member reads it: "Weekend 1" ("Weekend 1" in
    Polish too), a session's title, a day, or taking part in the assembly."""
    if period == "the assembly":
        return t("info.period_assembly")
    session = config.session(period)
    if session is not None:
        return session.title
    try:
        day = date.fromisoformat(period)
    except ValueError:
        return weekend_label(period)
    return weekday_date(datetime.combine(day, time()))


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
    facilities = " ".join(
        t("info.venue_has", venue=venue.name, accessibility=venue.accessibility) for venue in venues
    )
    return t("info.accessibility", facilities=facilities)


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
        text = " ".join(
            t("info.session_note", session=session.title, note=session.catering)
            for session in sessions
        )
    return t("info.catering", catering=text)


def bot_challenge_text(config: AssemblyConfig) -> str:
    return t("chitchat.bot_challenge", contact=config.contact_line())


def out_of_scope_text(config: AssemblyConfig) -> str:
    return t("chitchat.out_of_scope", capabilities=capabilities_text(config))


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
    return t("info.onboarding_nudge")


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
