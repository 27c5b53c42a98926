"""Reading a config file or text: the config when it is usable, otherwise every problem."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from bot.config.assembly import AssemblyConfig
from bot.config.errors import ConfigError
from bot.config.problems import format_problems, validate
from bot.config.values import REQUIRED_WHATSAPP_TEMPLATES
from bot.config.yaml_lines import parse_yaml


def _check_text(text: str) -> tuple[AssemblyConfig | None, list[str]]:
    try:
        parsed = parse_yaml(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(unknown line)"
        reason = " ".join(part for part in (error.context, error.problem) if part)
        return None, [f"{where}: YAML syntax error: {reason}"]
    except yaml.YAMLError as error:
        return None, [f"(file): YAML syntax error: {error}"]
    config, problems = validate(parsed.data)
    problems = parsed.problems + problems  # duplicate keys first: they may explain the rest
    if problems:
        return None, format_problems(problems, parsed.lines)
    return config, []


def _check_path(path: str | os.PathLike[str]) -> tuple[AssemblyConfig | None, list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [f"{path}: file not found"]
    except IsADirectoryError:
        return None, [f"{path}: is a folder, not a file"]
    except UnicodeDecodeError as error:
        return None, [f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"]
    except OSError as error:
        return None, [f"{path}: cannot be read ({error.strerror})"]
    return _check_text(text)


def check_config_text(text: str) -> list[str]:
    """Every problem in YAML text; empty when the config is usable."""
    return _check_text(text)[1]


def parse_config_text(text: str) -> AssemblyConfig:
    """Build a config from YAML text (handy in tests); raises ConfigError."""
    config, problems = _check_text(text)
    if config is None:
        raise ConfigError(problems)
    return config


def check_config_file(path: str | os.PathLike[str], *, whatsapp_on: bool = False) -> list[str]:
    """Every problem in the file as "<yaml path> (line N): <reason>"; empty when it is usable.

    `whatsapp_on` (a WhatsApp sender is configured) also requires the WhatsApp templates: without
    them every message the assistant starts on WhatsApp would fail.
    """
    config, problems = _check_path(path)
    if config is not None and whatsapp_on and config.channels.whatsapp is None:
        required = ", ".join(REQUIRED_WHATSAPP_TEMPLATES)
        problems.append(
            "channels.whatsapp: WhatsApp is on (TWILIO_WHATSAPP_FROM is set) but no templates "
            f"are configured; it needs {required}"
        )
    return problems


def load_config(path: str | os.PathLike[str]) -> AssemblyConfig:
    """Read and validate the assembly config; raises ConfigError listing every problem."""
    config, problems = _check_path(path)
    if config is None:
        raise ConfigError(problems, path)
    return config
