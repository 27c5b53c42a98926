"""The wording of every message the gateway itself writes: invitations, reminders, change
notices, and its own answers (keywords, recognition, handover acknowledgements).

The words themselves are in the catalogue (bot/i18n/texts/<language>.yml), in the language
being spoken (bot.i18n.catalogue.speaking). One place for the words, so organisers can review
them together and a change of tone does not mean hunting through the scheduler. Facts (times,
venues, catering) come from config.yml and are passed in; nothing here reads the database.

Reply words (COMING, CAN'T COME, LATE, YES, JOIN) are what the NLU understands as
confirm_attendance, cannot_attend, running_late, affirm and join_assembly.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.config import AssemblyConfig, AssemblySession, Venue, format_money
from bot.i18n.catalogue import current_language, t
from bot.i18n.formats import clock, weekday_date


def attendance_replies() -> str:
    return t("attendance_replies")


@lru_cache(maxsize=1024)  # planning formats the same few start times for every member
def _local_when(moment: datetime, tz: ZoneInfo, language: str) -> str:
    local = moment.astimezone(tz)
    return t("when.local", language, date=weekday_date(local, language), time=clock(local))


def local_when(moment: datetime, tz: ZoneInfo) -> str:
    """A member-facing local date and time, e.g. "Saturday 20 February at 10:00", in the
    language being spoken.

    Also the `starts_at` WhatsApp template variable, so it must read well on its own.
    """
    return _local_when(moment, tz, current_language())


def relative_when(starts: datetime, sent_at: datetime, tz: ZoneInfo) -> str:
    """The start as the member will read it when the message arrives: "today at 10:00",
    "tomorrow, Saturday 20 February at 10:00" or "on Saturday 20 February at 10:00".

    Relative to the send time, because a reminder sent late (after downtime) must not read as
    if the session were a week away."""
    local_start = starts.astimezone(tz)
    sent_day: date = sent_at.astimezone(tz).date()
    days_ahead = (local_start.date() - sent_day).days
    if days_ahead == 0:
        return t("when.today_at", time=clock(local_start))
    if days_ahead == 1:
        return t("when.tomorrow", when=local_when(starts, tz))
    return t("when.on", when=local_when(starts, tz))


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
    return t(
        "reminder",
        first_name=first_name,
        assembly=assembly_short_name,
        session=session.title,
        when=relative_when(session.starts, sent_at, tz),
        ends=clock(session.ends.astimezone(tz)),
        venue=venue.name,
        address=venue.address,
        directions=venue.directions,
        catering=session.catering,
        replies=attendance_replies(),
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
    return t(
        "change_notice",
        first_name=first_name,
        assembly=assembly_short_name,
        session=session.title,
        when=local_when(session.starts, tz),
        venue=venue.name,
        address=venue.address,
        directions=venue.directions,
    )


def payment_text(amount: Decimal, per: str, currency: str) -> str:
    """ "£150 per weekend", or "£150 for taking part" for a single sum."""
    money = format_money(amount, currency)
    if per == "assembly":
        return t("payment.assembly", money=money)
    return t("payment.per", money=money, per=t(f"per.{per}"))


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
    code = invite_code
    lines = [
        t("invitation.selected", first_name=first_name, assembly=assembly_name, payment=payment),
        t("invitation.code", code=code),
    ]
    if prefers_telegram:
        if telegram_bot_username:
            lines.append(t("invitation.telegram_link", bot=telegram_bot_username, code=code))
        else:
            lines.append(t("invitation.telegram_search", code=code))
        lines.append(t("invitation.or_text", code=code))
    else:
        lines.append(t("invitation.reply_yes", code=code))
    lines.append(t("invitation.privacy", url=privacy_notice_url))
    return "\n".join(lines)


# --- what the gateway itself answers (keywords, recognition, handover) ---------------------


def help_text(config: AssemblyConfig) -> str:
    return t("help", assembly=config.assembly.short_name, contact=config.contact_line())


def stopped(config: AssemblyConfig) -> str:
    return t("stopped", contact=config.contact_line())


def started(config: AssemblyConfig) -> str:
    return t("started", assembly=config.assembly.short_name)


def unknown_sender(config: AssemblyConfig, *, telegram: bool = False) -> str:
    """Says nothing about who is or is not on the roster."""
    how = t("unknown_sender.how_telegram" if telegram else "unknown_sender.how")
    return t(
        "unknown_sender",
        assembly=config.assembly.short_name,
        how=how,
        contact=config.contact_line(),
    )


def wrong_code(config: AssemblyConfig) -> str:
    return t("wrong_code", contact=config.contact_line())


def too_many_codes() -> str:
    return t("too_many_codes")


CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram", "web": "web"}


def code_already_used(config: AssemblyConfig, channel: str) -> str:
    name = CHANNEL_NAMES.get(channel, channel)
    return t("code_already_used", channel=name, contact=config.contact_line())


def new_chat_linked(config: AssemblyConfig, channel: str) -> str:
    """Told on the member's existing channel when their invite code links another chat."""
    return t(
        "new_chat_linked",
        channel=CHANNEL_NAMES.get(channel, channel),
        assembly=config.assembly.short_name,
        contact=config.contact_line(),
    )


def unsupported_message() -> str:
    return t("unsupported")


def staff_will_reply(config: AssemblyConfig, now: datetime) -> str:
    """The first answer while a person has the conversation: when to expect them."""
    return t("staff_will_reply", when=config.when_staff_reply(now), contact=config.contact_line())


def added_for_staff(config: AssemblyConfig, now: datetime) -> str:
    """Every later message while a person has the conversation: kept for them, not lost."""
    return t("added_for_staff", when=config.when_staff_reply(now))


def nobody_came(config: AssemblyConfig) -> str:
    """A takeover lapsed without a word from staff: say so, and offer the bot again."""
    return t("nobody_came", contact=config.contact_line())


def crisis_reply(config: AssemblyConfig) -> str:
    """The answer to a message that says someone may be at risk, from any sender and in any
    state: the numbers to call first. Says nothing about who is on the roster."""
    return t("crisis", contact=config.contact_line())


def apology(config: AssemblyConfig) -> str:
    return t("apology", contact=config.contact_line())


# --- answers to what members send besides text (bot/gateway/kind_answers.py) ----------------

KM_PER_MILE = 1.609344
NEARBY_KM = 0.2


def voice_note_received(config: AssemblyConfig, now: datetime) -> str:
    """A voice note: a person listens to it, and says when."""
    return t("kinds.voice_note", when=config.when_staff_reply(now), contact=config.contact_line())


def video_received() -> str:
    return t("kinds.video")


def receipt_must_be_a_picture(what: str) -> str:
    """Inside a claim: a voice note or video (`what`: "voice" or "video") is not a receipt,
    and the claim waits for one."""
    return t(f"kinds.not_a_receipt.{what}")


def venue_directions(venue: Venue, km: float | None, session: AssemblySession | None) -> str:
    """The answer to a shared location: where the venue is, how far, and how to get there."""
    lines = [
        t("kinds.venue_for", venue=venue.name, address=venue.address, session=session.title)
        if session is not None
        else t("kinds.venue", venue=venue.name, address=venue.address)
    ]
    if km is not None and km < NEARBY_KM:
        lines[0] += " " + t("kinds.venue_close")
    elif km is not None:
        distance = t("kinds.venue_distance", km=f"{km:.1f}", miles=f"{km / KM_PER_MILE:.1f}")
        lines[0] += " " + distance
    lines.append(t("kinds.getting_there", directions=venue.directions))
    lines.append(t("kinds.access", accessibility=venue.accessibility))
    return "\n".join(lines)


def contact_card_thanks() -> str:
    return t("kinds.contact_card")


def sticker_thanks() -> str:
    return t("kinds.sticker")


def reaction_thanks() -> str:
    return t("kinds.reaction")


def correction_note() -> str:
    """An edited message answered again: said once, before the new answer."""
    return t("kinds.correction")


def payment_paid_text(amount: str, period: str, per: str) -> str:
    """Told when finance marks a thank-you payment paid."""
    if per == "assembly":
        return t("payment.paid_for_taking_part", amount=amount)
    return t("payment.paid", amount=amount, period=period)


def late_or_absent_text(template: str, **values: str) -> str:
    """The register's configured late or absent message with the member's details filled in
    (check-config has already refused unknown placeholders)."""
    return template.format(**values)
