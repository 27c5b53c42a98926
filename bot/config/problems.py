"""Turning pydantic's errors into what staff can act on: ``"<yaml path> (line N): <reason>"``,
every problem at once, in file order."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Annotated, Any, Union
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from bot.config.assembly import AssemblyConfig
from bot.config.checks import check_sessions
from bot.config.errors import Loc, Problems
from bot.config.models import AssemblySession
from bot.config.values import timezone_name


def format_path(loc: Iterable[str | int]) -> str:
    """``("sessions", 2, "venue")`` -> ``"sessions[2].venue"``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _line_for(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    """The line of this path, or of its nearest ancestor (a missing key has no line of its own)."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _allowed_keys(loc: Loc) -> list[str]:
    """The keys the model expects at a path, to suggest the right spelling of a mistyped one."""
    current: Any = AssemblyConfig
    parts = list(loc)
    while parts:
        origin = typing.get_origin(current)
        if origin is Annotated:
            current = typing.get_args(current)[0]
            continue
        if origin in (Union, types.UnionType):
            models = [
                arg
                for arg in typing.get_args(current)
                if isinstance(arg, type) and issubclass(arg, BaseModel)
            ]
            if not models:
                return []
            current = models[0]
            continue
        part = parts.pop(0)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        elif origin is list:
            current = typing.get_args(current)[0]
        elif origin is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    while typing.get_origin(current) in (Annotated, Union, types.UnionType):
        args = typing.get_args(current)
        current = next(
            (arg for arg in args if isinstance(arg, type) and issubclass(arg, BaseModel)), args[0]
        )
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _describe_input(value: object) -> str:
    if isinstance(value, (str, int, float, Decimal, bool)) or value is None:
        return f" (got {value!r})" if not isinstance(value, Decimal) else f" (got {value})"
    return ""


def _problems_from(error: ValidationError) -> list[tuple[Loc, str]]:
    return _problems_from_errors(error.errors())


def _problems_from_errors(errors: Iterable[Mapping[str, Any]]) -> list[tuple[Loc, str]]:
    """pydantic error dicts as (path, plain-English reason), expanding our multi-problem errors."""
    problems: list[tuple[Loc, str]] = []
    for item in errors:
        loc: Loc = tuple(part for part in item["loc"] if part != "[key]")
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, Problems):
            problems.extend((loc + sub_loc, message) for sub_loc, message in cause.items)
            nested = [{**inner, "loc": loc + tuple(inner["loc"])} for inner in cause.nested]
            problems.extend(_problems_from_errors(nested))
            continue
        kind = item["type"]
        if kind == "missing":
            message = "required but missing"
        elif kind == "extra_forbidden":
            allowed = _allowed_keys(loc[:-1])
            message = "unknown key (misspelt?)" + (
                f"; expected one of: {', '.join(allowed)}" if allowed else ""
            )
        elif kind in ("value_error", "assertion_error"):
            message = str(cause) if cause is not None else item["msg"]
        elif "[key]" in item["loc"]:
            message = f"not allowed as a name here: {item['msg']}"
        else:
            message = item["msg"] + _describe_input(item.get("input"))
        problems.append((loc, message))
    return problems


def validate(data: object) -> tuple[AssemblyConfig | None, list[tuple[Loc, str]]]:
    """Validate parsed data, returning the config or every problem found with its path."""
    raw_problems: list[tuple[Loc, str]] = []
    if data is None:
        raw_problems.append(
            ((), "the file is empty; it needs the sections assembly, venues, sessions, ...")
        )
    elif not isinstance(data, dict):
        raw_problems.append(
            ((), "expected sections such as assembly:, venues:, sessions: at the top level")
        )
    else:
        try:
            config = AssemblyConfig.model_validate(data)
        except ValidationError as error:
            raw_problems.extend(_problems_from(error))
            raw_problems.extend(_session_problems_despite_errors(data))
        else:
            return config, []
    return None, raw_problems


def _session_problems_despite_errors(data: Mapping[str, Any]) -> list[tuple[Loc, str]]:
    """Cross-check the sessions that are fine on their own, when errors elsewhere stopped the model.

    pydantic runs whole-config checks only when every field is valid; without this an unknown
    venue would surface only after the editor had fixed every other mistake.
    """
    raw_sessions = data.get("sessions")
    if not isinstance(raw_sessions, list):
        return []
    valid: list[tuple[int, AssemblySession]] = []
    for index, raw in enumerate(raw_sessions):
        try:
            valid.append((index, AssemblySession.model_validate(raw)))
        except ValidationError:
            continue  # already reported by the full validation
    venues = data.get("venues")
    venue_ids = {str(key) for key in venues} if isinstance(venues, dict) else None
    assembly = data.get("assembly")
    tz: ZoneInfo | None = None
    if isinstance(assembly, dict) and isinstance(assembly.get("timezone"), str):
        try:
            tz = ZoneInfo(timezone_name(assembly["timezone"]))
        except ValueError:
            tz = None
    _, problems = check_sessions(valid, venue_ids, tz)
    return problems


def format_problems(problems: Iterable[tuple[Loc, str]], lines: Mapping[Loc, int]) -> list[str]:
    """Format as "<path> (line N): <reason>", in file order so the editor can work top to bottom."""
    located = [(loc, message, _line_for(loc, lines)) for loc, message in problems]
    located.sort(key=lambda item: item[2] if item[2] is not None else float("inf"))
    formatted: list[str] = []
    for loc, message, line in located:
        where = format_path(loc) + (f" (line {line})" if line is not None else "")
        text = f"{where}: {message}"
        if text not in formatted:
            formatted.append(text)
    return formatted
