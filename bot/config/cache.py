"""The config as the running processes read it: re-read only when the file changes on disk."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from bot.config.assembly import AssemblyConfig
from bot.config.errors import ConfigError
from bot.config.loading import load_config

logger = logging.getLogger(__name__)

_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int, int], AssemblyConfig]] = {}


def load_config_cached(path: str | os.PathLike[str]) -> AssemblyConfig:
    """The config, re-read only when the file changed on disk (modification time, size or inode).

    Staff edit config.yml while the bot runs and expect the next answer to use it. If an edit
    breaks the file, the last good version keeps serving (and the error is logged) rather than
    every member getting an error; with no good version yet, ConfigError is raised.
    """
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
        signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except OSError:
        signature = (-1, -1, -1)
    with _cache_lock:
        cached = _cache.get(resolved)
        if cached is not None and cached[0] == signature:
            return cached[1]
        try:
            config = load_config(resolved)
        except ConfigError as error:
            if cached is None:
                raise
            logger.error(
                "config %s changed but has %d problem(s); still using the previous version",
                resolved,
                len(error.problems),
            )
            _cache[resolved] = (signature, cached[1])
            return cached[1]
        _cache[resolved] = (signature, config)
        return config


def clear_config_cache() -> None:
    """Forget cached configs (tests that rewrite files within one clock tick)."""
    with _cache_lock:
        _cache.clear()
