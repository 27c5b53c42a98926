"""Checks across several values, which pydantic's per-field validation cannot see: repeated ids,
sessions that overlap, come out of order, name an unknown venue or fall in a clock change.

They report every problem with its own path, and run on whatever validated, so one mistake does
not hide another (see :func:`validate_and_check` and :func:`check_sessions`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError, ValidatorFunctionWrapHandler

from bot.config.errors import Loc, Problems
from bot.config.values import format_duration, parse_duration

if TYPE_CHECKING:
    from bot.config.models import AssemblySession

# --------------------------------------------------------------------------------------------
# Whole-collection checks for field validators
# --------------------------------------------------------------------------------------------


def repeats(values: Sequence[object], what: str, field: str | None = None) -> list[tuple[Loc, str]]:
    """Each repeat at its own index, so the editor can find the second copy; None is skipped."""
    first_seen: dict[object, int] = {}
    problems: list[tuple[Loc, str]] = []
    for index, value in enumerate(values):
        if value is None:
            continue
        if value in first_seen:
            loc: Loc = (index, field) if field else (index,)
            problems.append((loc, f"duplicate {what} {value!r} (already at [{first_seen[value]}])"))
        else:
            first_seen[value] = index
    return problems


def validate_and_check(
    value: object,
    handler: ValidatorFunctionWrapHandler,
    check: Callable[[object], list[tuple[Loc, str]]],
) -> Any:
    """Run the normal validation *and* a whole-collection check on the raw value.

    A plain after-validator would be skipped whenever one item is invalid, hiding (say) a missing
    template until the editor fixed an unrelated typo; this reports both in one pass.
    """
    nested: list[Mapping[str, Any]] = []
    result: Any = None
    try:
        result = handler(value)
    except ValidationError as error:
        nested = list(error.errors())
    problems = check(value)
    if nested or problems:
        raise Problems(problems, nested)
    return result


def items_of(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def field_of(item: object, field: str) -> str | None:
    """A text field of a raw list item, or None when it is missing or malformed."""
    return text_or_none(item.get(field)) if isinstance(item, dict) else None


def duration_or_none(item: object) -> str | None:
    try:
        before = item.get("before") if isinstance(item, dict) else None
        return format_duration(parse_duration(before))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Session cross-checks (shared by the model and the every-problem report)
# --------------------------------------------------------------------------------------------


def _localise(wall_clock: datetime, tz: ZoneInfo) -> datetime:
    """Attach the zone, refusing times the clocks skip or repeat (people would come an hour out)."""
    if wall_clock.tzinfo is not None:
        return wall_clock.astimezone(tz)
    aware = wall_clock.replace(tzinfo=tz)
    if aware.astimezone(ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None) != wall_clock:
        raise ValueError(
            f"{wall_clock:%Y-%m-%dT%H:%M} does not exist in {tz.key} (the clocks go forward)"
        )
    if aware.utcoffset() != wall_clock.replace(tzinfo=tz, fold=1).utcoffset():
        raise ValueError(
            f"{wall_clock:%Y-%m-%dT%H:%M} happens twice in {tz.key} (the clocks go back)"
        )
    return aware


def check_sessions(
    sessions: Sequence[tuple[int, AssemblySession]],
    venue_ids: set[str] | None,
    tz: ZoneInfo | None,
) -> tuple[list[tuple[int, AssemblySession]], list[tuple[Loc, str]]]:
    """Localise session times and check ids, venues, order and overlaps.

    Works on whichever sessions validated on their own, so a mistake in one session (or in another
    section) does not hide an unknown venue or an overlap elsewhere.
    """
    problems: list[tuple[Loc, str]] = []
    placed: list[tuple[int, AssemblySession]] = []
    for index, session in sessions:
        times: dict[str, datetime] = {}
        for field in ("starts", "ends"):
            value: datetime = getattr(session, field)
            try:
                times[field] = _localise(value, tz) if tz is not None else value
            except ValueError as exc:
                problems.append((("sessions", index, field), str(exc)))
        if len(times) == 2:
            placed.append((index, session.model_copy(update=times)))
        if venue_ids is not None and session.venue not in venue_ids:
            known = ", ".join(sorted(venue_ids)) or "none defined"
            problems.append(
                (("sessions", index, "venue"), f"unknown venue {session.venue!r} (venues: {known})")
            )

    first_index: dict[str, int] = {}
    for index, session in sessions:
        if session.id in first_index:
            problems.append(
                (
                    ("sessions", index, "id"),
                    f"duplicate session id {session.id!r}"
                    f" (already sessions[{first_index[session.id]}])",
                )
            )
        else:
            first_index[session.id] = index

    for (_, earlier), (index, later) in itertools.pairwise(placed):
        if later.starts < earlier.starts:
            problems.append(
                (
                    ("sessions", index, "starts"),
                    f"{later.id} starts before {earlier.id} ({_when(earlier.starts)}),"
                    " which is listed above it;"
                    " list sessions in date order",
                )
            )
    by_start = sorted(placed, key=lambda item: item[1].starts)
    for (_, earlier), (index, later) in itertools.pairwise(by_start):
        if later.starts < earlier.ends:
            problems.append(
                (
                    ("sessions", index, "starts"),
                    f"{later.id} ({_when(later.starts)} to {later.ends:%H:%M})"
                    f" overlaps {earlier.id}"
                    f" ({_when(earlier.starts)} to {earlier.ends:%H:%M})",
                )
            )
    return placed, problems


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H:%M}"
