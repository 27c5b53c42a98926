"""Every member-facing text, by key and language: the built-in catalogue (bot/i18n/texts/*.yml)
with the organisers' overrides from messages.yml laid over it.

`t(key, **values)` writes in the language being spoken (`speaking(code)`, set once per member
by the gateway, the scheduler and the action server), so the code that builds a message never
decides the language itself. messages.yml is re-read when it changes on disk, like config.yml;
a broken edit keeps the last good version serving.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from string import Formatter

import yaml

from bot.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

TEXTS_DIR = Path(__file__).resolve().parent / "texts"
Catalogue = dict[str, dict[str, str]]  # language -> key -> text

_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)
_messages_path: Path | None = None
_overrides_lock = threading.Lock()
_overrides: tuple[tuple[int, int, int], Catalogue] | None = None


def placeholders(text: str) -> set[str]:
    """The `{name}` fields a text fills in."""
    return {field for _, field, _, _ in Formatter().parse(text) if field}


@lru_cache(maxsize=1)
def builtin() -> Catalogue:
    """The catalogue shipped with the code: one YAML file per supported language."""
    return {
        code: yaml.safe_load((TEXTS_DIR / f"{code}.yml").read_text(encoding="utf-8")) or {}
        for code in LANGUAGES
    }


def use_messages_file(path: str | os.PathLike[str] | None) -> None:
    """Where this process reads the organisers' overrides (ASSEMBLY_MESSAGES, or messages.yml
    beside config.yml); None: none."""
    global _messages_path, _overrides
    with _overrides_lock:
        _messages_path = Path(path).resolve() if path else None
        _overrides = None


def _current_overrides() -> Catalogue:
    """messages.yml as last read, re-read when the file changes; {} when there is none."""
    global _overrides
    from bot.i18n.checks import check_overrides_data

    path = _messages_path
    if path is None:
        return {}
    try:
        stat = path.stat()
        signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except OSError:
        return {}
    with _overrides_lock:
        if _overrides is not None and _overrides[0] == signature:
            return _overrides[1]
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            problems = check_overrides_data(data, list(LANGUAGES))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            problems, data = [str(type(error).__name__)], {}
        if problems:
            log.error("%s has %d problem(s); using the previous texts", path, len(problems))
            kept = _overrides[1] if _overrides is not None else {}
            _overrides = (signature, kept)
            return kept
        _overrides = (signature, {str(k): dict(v or {}) for k, v in data.items()})
        return _overrides[1]


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Write every text built inside this block in `code` (an unsupported code: English)."""
    token = _language.set(code if code in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _language.reset(token)


def current_language() -> str:
    return _language.get()


def template(key: str, language: str | None = None) -> str:
    """The unfilled text for a key: the organisers' override, else the built-in one, else
    (for a key no language has) a KeyError, which the catalogue test rules out."""
    code = language or _language.get()
    override = _current_overrides().get(code, {}).get(key)
    if override is not None:
        return override
    texts = builtin()
    found = texts.get(code, {}).get(key)
    return found if found is not None else texts[DEFAULT_LANGUAGE][key]


def t(key: str, language: str | None = None, /, **values: object) -> str:
    """The text for `key` in the language being spoken, its placeholders filled in."""
    return template(key, language).format_map(_Values(values))


def words(key: str, language: str | None = None) -> list[str]:
    """A catalogue entry that lists words members write ("yes, tak, da"), lower-cased."""
    return [w.strip().lower() for w in template(key, language).split(",") if w.strip()]


class _Values(dict[str, object]):
    """Fills placeholders; one the caller did not pass stays visible rather than failing the
    message (the catalogue check keeps that from happening)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def all_keys() -> Mapping[str, str]:
    return builtin()[DEFAULT_LANGUAGE]
