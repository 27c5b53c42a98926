"""When a late member expects to arrive, from their own words: "20 mins", "half an hour",
"by 10:30", "10.45am", "za pół godziny", "۲۰ منٹ"; kept on the attendance row as local "HH:MM"
so the team at the door knows whom to wait for."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flows.common import spoken_words

_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b")


def _member_words(key: str) -> str:
    """A pattern for the catalogue's words under `key` (in the language being spoken and in
    English), longest first, matched as whole words."""
    found = spoken_words(key) | spoken_words(key, "en")
    return "|".join(re.escape(word) for word in sorted(found, key=len, reverse=True))


def _delay(said: str) -> timedelta | None:
    """ "20 mins", "half an hour", "za 2 godziny": how long until the member gets there."""
    if re.search(rf"(?<!\w)(?:{_member_words('attendance.words.half_hour')})(?!\w)", said):
        return timedelta(minutes=30)
    if re.search(rf"(?<!\w)(?:{_member_words('attendance.words.one_hour')})(?!\w)", said):
        return timedelta(hours=1)
    if match := re.search(rf"(\d+)\s*(?:{_member_words('attendance.words.minutes')})(?!\w)", said):
        return timedelta(minutes=int(match.group(1)))
    hours = _member_words("attendance.words.hours")
    if match := re.search(rf"(\d+(?:\.\d+)?)\s*(?:{hours})(?!\w)", said):
        return timedelta(hours=float(match.group(1)))
    return None


def parse_arrival(text: str, starts: datetime, moment: datetime) -> str | None:
    """Expected arrival as local "HH:MM" from "20 mins", "half an hour", "by 10:30", "10.45am"
    (and the same in the member's language)."""
    said = text.lower()
    local_now = moment.astimezone(starts.tzinfo)
    delay = _delay(said)
    if delay is not None:
        reference = local_now if local_now.date() == starts.date() else starts
        return f"{reference + delay:%H:%M}"
    for match in _CLOCK.finditer(said):
        hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if match.group(2) is None and meridiem is None:
            continue  # a bare number is not a time
        if meridiem == "pm" and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            if meridiem is None and hour < 8:
                hour += 12  # "by 1:30" during the day
            return f"{hour:02d}:{minute:02d}"
    return None
