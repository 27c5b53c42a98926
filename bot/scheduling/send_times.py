"""When a scheduled message may go: ahead of its session by the configured time, out of the
quiet hours (earlier, never later, since a reminder after the session is useless), and no
earlier than now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.config import AssemblyConfig, AssemblySession

QUIET_HOURS_MARGIN = timedelta(minutes=30)


def reminder_moment(starts: datetime, before: timedelta, config: AssemblyConfig) -> datetime:
    """`starts - before` in UTC: whole days in local wall-clock time (same local hour across the
    BST change), anything else as exact elapsed time."""
    if before % timedelta(days=1) == timedelta(0):
        local = starts.astimezone(config.tz)
        return (local - before).astimezone(UTC)  # zoneinfo arithmetic is wall-clock
    return starts.astimezone(UTC) - before


def before_quiet_hours(moment: datetime, config: AssemblyConfig) -> datetime:
    """The moment itself (UTC), or `QUIET_HOURS_MARGIN` before the start of the quiet hours it
    falls in (the same evening; for the early-morning part of a window that wraps midnight,
    the evening before)."""
    tz = config.tz
    local = moment.astimezone(tz)
    quiet = config.quiet_hours
    if not quiet.contains(local.time()):
        return moment.astimezone(UTC)
    day = local.date()
    if local.time().replace(tzinfo=None) < quiet.start:
        day -= timedelta(days=1)
    quiet_start = datetime.combine(day, quiet.start, tzinfo=tz)
    return (quiet_start - QUIET_HOURS_MARGIN).astimezone(UTC)


def reminder_send_time(
    session: AssemblySession, before: timedelta, config: AssemblyConfig
) -> datetime:
    """When a reminder should go: `before` ahead of the start, moved out of quiet hours."""
    return before_quiet_hours(reminder_moment(session.starts, before, config), config)


def earliest_send_time(now: datetime, config: AssemblyConfig) -> datetime:
    """Now, or the end of the quiet hours if now is inside them (UTC)."""
    return config.next_send_time(now).astimezone(UTC)
