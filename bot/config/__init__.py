"""The assembly's configuration (``config.yml``, CONTRACT.md section 5) as typed, validated models.

Every answer the bot gives about dates, places, payment and expense limits comes from this file,
and council staff edit it by hand. So validation is strict (``extra="forbid"`` catches a
misspelt key) and :func:`check_config_file` reports *every* problem at once, each with its YAML
path and line, instead of stopping at the first.

Public API (import it from here; the modules below are how it is built, and the sections not
re-exported here live in ``bot.config.models`` and ``bot.config.scheduled_messages``):

* :func:`load_config` -- parse and validate, raising :class:`ConfigError` (``.problems``).
* :func:`load_config_cached` -- the same, but re-read only when the file changes on disk, so the
  running bot answers from the current file without a restart.
* :func:`check_config_file` -- every problem as ``"<yaml path> (line N): <reason>"``.
* :class:`AssemblyConfig` and its parts; session times are timezone-aware in the assembly's zone.
* :func:`format_money` -- how every message shows a sum.

Modules: ``values`` (durations, money, local times, checked strings), ``models`` (one class per
section), ``scheduled_messages`` (the sections about reminders, quiet hours, feedback and the
register's messages), ``assembly`` (the whole file and its look-ups), ``checks`` (cross-value
checks), ``yaml_lines`` (YAML with line numbers), ``problems`` (pydantic errors in staff's
words), ``loading`` (file and text entry points) and ``cache`` (the re-read-on-change loader).
"""

from bot.config.assembly import AssemblyConfig
from bot.config.cache import clear_config_cache, load_config_cached
from bot.config.errors import ConfigError
from bot.config.loading import check_config_file, check_config_text, load_config, parse_config_text
from bot.config.models import (
    AssemblySession,
    ExpenseCategory,
    StaffContact,
    Venue,
    WhatsAppTemplate,
)
from bot.config.problems import format_path
from bot.config.scheduled_messages import FeedbackQuestion
from bot.config.values import (
    CURRENCY_SYMBOLS,
    EXPENSE_CATEGORIES,
    REQUIRED_WHATSAPP_TEMPLATES,
    TEMPLATE_VARIABLES,
    WEEKDAYS,
    format_duration,
    format_money,
    parse_duration,
    parse_local_datetime,
    parse_local_time,
    parse_money,
)

__all__ = [
    "CURRENCY_SYMBOLS",
    "EXPENSE_CATEGORIES",
    "REQUIRED_WHATSAPP_TEMPLATES",
    "TEMPLATE_VARIABLES",
    "WEEKDAYS",
    "AssemblyConfig",
    "AssemblySession",
    "ConfigError",
    "ExpenseCategory",
    "FeedbackQuestion",
    "StaffContact",
    "Venue",
    "WhatsAppTemplate",
    "check_config_file",
    "check_config_text",
    "clear_config_cache",
    "format_duration",
    "format_money",
    "format_path",
    "load_config",
    "load_config_cached",
    "parse_config_text",
    "parse_duration",
    "parse_local_datetime",
    "parse_local_time",
    "parse_money",
]
