"""The wording of every message the gateway itself writes: invitations, reminders, change
notices, and its own answers (keywords, recognition, handover acknowledgements).

One place for the words, so organisers can review them together and a change of tone does not
mean hunting through the scheduler. Facts (times, venues, catering) come from config.yml and are
passed in; nothing here reads the database.

Reply words (COMING, CAN'T COME, LATE, YES, JOIN) are what the NLU understands as
confirm_attendance, cannot_attend, running_late, affirm and join_assembly.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.config import AssemblyConfig, AssemblySession, Venue, format_money

ATTENDANCE_REPLIES = (
    "Reply COMING if you'll be there, CAN'T COME if you can't make it, "
    "or LATE if you're running late."
)


@lru_cache(maxsize=1024)  # planning formats the same few start times for every member
def local_when(moment: datetime, tz: ZoneInfo) -> str:
    """A member-facing local date and time, e.g. "Saturday 20 February at 10:00".

    Also the `starts_at` WhatsApp template variable, so it must read well on its own.
    """
    local = moment.astimezone(tz)
    return f"{local:%A} {local.day} {local:%B} at {local:%H:%M}"


@lru_cache(maxsize=1024)
def relative_when(starts: datetime, sent_at: datetime, tz: ZoneInfo) -> str:
    """The start as the member will read it when the message arrives: "today at 10:00",
    "tomorrow, Saturday 20 February at 10:00" or "on Saturday 20 February at 10:00".

    Relative to the send time, because a reminder sent late (after downtime) must not read as
    if the session were a week away."""
    local_start = starts.astimezone(tz)
    sent_day: date = sent_at.astimezone(tz).date()
    days_ahead = (local_start.date() - sent_day).days
    if days_ahead == 0:
        return f"today at {local_start:%H:%M}"
    if days_ahead == 1:
        return f"tomorrow, {local_when(starts, tz)}"
    return f"on {local_when(starts, tz)}"


def reminder_text(
    *,
    first_name: str,
    assembly_short_name: str,
    session: AssemblySession,
    venue: Venue,
    sent_at: datetime,
    tz: ZoneInfo,
) -> str:
    """A session reminder: who, which session, when, where and how to get there, food, and the
    replies we understand."""
    when = relative_when(session.starts, sent_at, tz)
    return (
        f"Hi {first_name}, a reminder from the {assembly_short_name}: {session.title} is "
        f"{when} (until {session.ends.astimezone(tz):%H:%M}) at {venue.name}, {venue.address}.\n"
        f"Getting there: {venue.directions}.\n"
        f"Food: {session.catering}\n"
        f"{ATTENDANCE_REPLIES}"
    )


def change_notice_text(
    *,
    first_name: str,
    assembly_short_name: str,
    session: AssemblySession,
    venue: Venue,
    tz: ZoneInfo,
) -> str:
    """Told once when a session moves (time or venue): the new facts, and a chance to say the
    new time does not work."""
    return (
        f"Hi {first_name}, a change from the {assembly_short_name}: {session.title} now starts "
        f"{local_when(session.starts, tz)} at {venue.name}, {venue.address}.\n"
        f"Getting there: {venue.directions}.\n"
        "Please reply COMING if you can still make it, or CAN'T COME if the change doesn't "
        "work for you. Sorry for any trouble."
    )


def payment_text(amount: Decimal, per: str, currency: str) -> str:
    """ "£150 per weekend", or "£150 for taking part" for a single sum."""
    money = format_money(amount, currency)
    return f"{money} for taking part" if per == "assembly" else f"{money} per {per}"


def invitation_text(
    *,
    first_name: str,
    assembly_name: str,
    invite_code: str,
    payment: str,
    privacy_notice_url: str,
    telegram_bot_username: str | None,
    prefers_telegram: bool,
) -> str:
    """The first message a member gets: what the assembly is, their code and how to start.

    A member who prefers Telegram gets this by SMS (a Telegram bot cannot write first), with the
    link that opens the bot and passes their code.
    """
    lines = [
        f"Hi {first_name}, you have been selected for the {assembly_name}: "
        "local residents meeting over three weekends to recommend how policing in our "
        f"neighbourhoods should work. Members receive a thank-you payment of {payment}.",
        f"Your invite code is {invite_code}.",
    ]
    if prefers_telegram:
        if telegram_bot_username:
            lines.append(
                f"To chat with us on Telegram, open t.me/{telegram_bot_username}"
                f"?start={invite_code} and press Start."
            )
        else:
            lines.append(
                "To chat with us on Telegram, open Telegram, find our assembly bot and send "
                f"/start {invite_code}."
            )
        lines.append(f"Or reply here with JOIN {invite_code} or YES to start by text.")
    else:
        lines.append(
            f"Reply YES to get started (or JOIN {invite_code} if you write from another phone)."
        )
    lines.append(f"How we use your details: {privacy_notice_url}. Reply STOP to stop messages.")
    return "\n".join(lines)


# --- what the gateway itself answers (keywords, recognition, handover) ---------------------


def help_text(config: AssemblyConfig) -> str:
    return (
        f"This is the {config.assembly.short_name} assistant. Ask me about dates, the venue, "
        f"payments or expenses. To speak to a person, {config.contact_line()}. "
        "Reply STOP to stop reminders, START to get them again."
    )


def stopped(config: AssemblyConfig) -> str:
    return (
        "You won't get reminders here any more. Send START to turn them back on. "
        f"To talk to a person, {config.contact_line()}."
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
        f"please {how}. Otherwise, {config.contact_line()} and they will help."
    )


def wrong_code(config: AssemblyConfig) -> str:
    return (
        "Sorry, that code didn't work. Please check the letter and try again, "
        f"or {config.contact_line()}."
    )


def too_many_codes() -> str:
    return (
        "Too many codes have been tried from here, so I can't check any more for an hour. "
        "Please try again later or contact the assembly team."
    )


CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram", "web": "web"}


def code_already_used(config: AssemblyConfig, channel: str) -> str:
    return (
        f"That invite code has already connected a {CHANNEL_NAMES.get(channel, channel)} chat. "
        f"If you have a new phone or account, ask for a new code: {config.contact_line()}."
    )


def new_chat_linked(config: AssemblyConfig, channel: str) -> str:
    """Told on the member's existing channel when their invite code links another chat."""
    return (
        f"A new {CHANNEL_NAMES.get(channel, channel)} chat was linked to your "
        f"{config.assembly.short_name} account with your invite code. If this wasn't you, "
        f"reply HELP or {config.contact_line()}."
    )


def unsupported_message() -> str:
    return "Sorry, I can only read text and photos. Could you type your message?"


def staff_will_reply(config: AssemblyConfig, now: datetime) -> str:
    """The first answer while a person has the conversation: when to expect them."""
    return (
        "Thanks. I've passed this to the assembly team and a person will reply here "
        f"{config.when_staff_reply(now)}. If it's urgent, {config.contact_line()}. "
        "If anyone is in immediate danger, call 999."
    )


def added_for_staff(config: AssemblyConfig, now: datetime) -> str:
    """Every later message while a person has the conversation: kept for them, not lost."""
    return (
        "Got it, I've added that to your conversation with the assembly team. A person will "
        f"reply here {config.when_staff_reply(now)}."
    )


def nobody_came(config: AssemblyConfig) -> str:
    """A takeover lapsed without a word from staff: say so, and offer the bot again."""
    return (
        "Sorry, nobody from the assembly team has been able to reply yet. They can still see "
        "your messages and will get back to you here. In the meantime I'll answer what I can; "
        f"if it's urgent, {config.contact_line()}."
    )


def crisis_reply(config: AssemblyConfig) -> str:
    """The answer to a message that says someone may be at risk, from any sender and in any
    state: the numbers to call first. Says nothing about who is on the roster."""
    return (
        "Thank you for telling me. If you or anyone else is in danger right now, call 999. "
        "I've alerted the assembly team and a person will contact you as soon as they can; "
        f"you can also {config.contact_line()}. To talk to someone any time, day or night, "
        "call Samaritans free on 116 123. You don't have to deal with this on your own."
    )


def apology(config: AssemblyConfig) -> str:
    return (
        "Sorry, I'm having trouble right now. I've passed your message to the assembly team "
        f"and a person will reply. If it's urgent, {config.contact_line()}."
    )


def payment_paid_text(amount: str, period: str, per: str) -> str:
    """Told when finance marks a thank-you payment paid."""
    what = "for taking part" if per == "assembly" else f"for {period}"
    return (
        f"Your thank-you payment of {amount} {what} has been paid. It may take a few days to "
        "reach you. Thank you for taking part!"
    )


def late_or_absent_text(template: str, **values: str) -> str:
    """The register's configured late or absent message with the member's details filled in
    (check-config has already refused unknown placeholders)."""
    return template.format(**values)
