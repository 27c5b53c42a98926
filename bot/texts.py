"""What the gateway itself says to members (everything else comes from Rasa's responses).

Plain, warm British English; short enough for one SMS where possible. Facts come from the
assembly config so an edit to config.yml changes them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.config import AssemblyConfig


def _contact(config: AssemblyConfig) -> str:
    contact = config.assembly.staff_contact
    return f"call {contact.phone} or email {contact.email}"


def help_text(config: AssemblyConfig) -> str:
    return (
        f"This is the {config.assembly.short_name} assistant. Ask me about dates, the venue, "
        f"payments or expenses. To speak to the team, {_contact(config)}. "
        "Reply STOP to stop reminders, START to get them again."
    )


def stopped(config: AssemblyConfig) -> str:
    return (
        "You won't get reminders here any more. Send START to turn them back on. "
        f"To talk to the team, {_contact(config)}."
    )


def started(config: AssemblyConfig) -> str:
    return f"Welcome back: reminders from the {config.assembly.short_name} are on again."


def unknown_sender(config: AssemblyConfig, *, telegram: bool = False) -> str:
    """Says nothing about who is or is not on the roster."""
    how = (
        "send the 6-character code from your letter, or tap the button to share your phone number"
        if telegram
        else "send the 6-character code from your letter, like JOIN AB3CDE"
    )
    return (
        f"Hello! This is the {config.assembly.short_name} assistant. If you've been invited, "
        f"please {how}. Otherwise, {_contact(config)} and the team will help."
    )


def wrong_code(config: AssemblyConfig) -> str:
    return (
        "Sorry, that code didn't work. Please check the letter and try again, "
        f"or {_contact(config)}."
    )


def too_many_codes() -> str:
    return (
        "Too many codes have been tried from here, so I can't check any more for an hour. "
        "Please try again later or contact the assembly team."
    )


def unsupported_message() -> str:
    return "Sorry, I can only read text and photos. Could you type your message?"


def next_office_opening(config: AssemblyConfig, now: datetime) -> datetime | None:
    """When staff are next at work (now, if they are), in local time."""
    hours = config.handover.office_hours
    local = now.astimezone(config.tz)
    for day in range(8):
        candidate = (local + timedelta(days=day)).replace(
            hour=hours.start.hour, minute=hours.start.minute, second=0, microsecond=0
        )
        if day == 0 and hours.is_open(local):
            return local
        if candidate >= local and hours.is_open(candidate):
            return candidate
    return None


def staff_will_reply(config: AssemblyConfig, now: datetime) -> str:
    """The one acknowledgement an escalated member gets: when to expect a person."""
    opening = next_office_opening(config, now)
    local = now.astimezone(config.tz)
    if opening is None:
        when = "as soon as they can"
    elif opening == local:
        when = f"today, before {config.handover.office_hours.end:%H:%M}"
    elif opening.date() == local.date():
        when = f"today from {opening:%H:%M}"
    elif opening.date() == (local + timedelta(days=1)).date():
        when = f"tomorrow from {opening:%H:%M}"
    else:
        when = f"on {opening:%A} from {opening:%H:%M}"
    return (
        f"Thanks. I've passed this to the assembly team and a person will reply here {when}. "
        f"If it's urgent, {_contact(config)}. If anyone is in immediate danger, call 999."
    )


def apology(config: AssemblyConfig) -> str:
    return (
        "Sorry, I'm having trouble right now. I've passed your message to the assembly team "
        f"and a person will reply. If it's urgent, {_contact(config)}."
    )
