"""`python -m bot actions`: rasa-sdk's action server serving this package."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.settings import Settings

log = logging.getLogger(__name__)


def run_action_server(
    settings: Settings, before_serving: Callable[[], None] = lambda: None
) -> None:
    """Serve the actions; `before_serving` runs once everything is loaded (the CLI freezes the
    loaded objects out of the garbage collector's walk there)."""
    from rasa_sdk.endpoint import run
    from rasa_sdk.executor import ActionExecutor

    from flows.context import configure, context

    configure(None)
    context()  # fail now, not at the first member message, if the database is unreachable
    log.info("actions ready on port %s", settings.ACTIONS_PORT)
    executor = ActionExecutor()
    executor.register_package("flows")
    before_serving()
    run(executor, port=settings.ACTIONS_PORT, endpoints="")
