"""Rasa's endpoints file, written by `python -m bot rasa` before it starts Rasa: where the action
server is (with the secret Rasa sends on every call), where conversations are kept (the tracker
store beside our database, db/tracker_store.py) and, with REDIS_URL set, the Redis lock store
that lets several Rasa servers share those conversations one turn at a time.

Secrets stay out of the file: Rasa reads `${NAME}` from its environment, which is returned here
to pass on.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from bot.private_files import private_dir, private_file
from bot.settings import VAR_DIR, Settings
from db.tracker_store import (
    prepare_tracker_store,
    rasa_tracker_store_endpoint,
    tracker_file,
    tracker_schema,
    tracker_store_url,
)

REDIS_PASSWORD_VARIABLE = "RASA_LOCK_STORE_PASSWORD"


def rasa_port(settings: Settings) -> int:
    """The port this Rasa process listens on: RASA_URL's (each server of a pool is started
    with its own RASA_URL; the gateway reads RASA_URLS)."""
    return urlparse(settings.RASA_URL).port or 5005


def rasa_lock_store_endpoint(settings: Settings) -> tuple[str, dict[str, str]]:
    """The `lock_store:` section: Redis when REDIS_URL is set (Rasa's in-memory lock store
    otherwise, which only holds within one server). Its keys carry a prefix made from the
    tracker store's address, so two deployments on one Redis never wait for each other."""
    if not settings.REDIS_URL:
        return "", {}
    redis = urlparse(settings.REDIS_URL)
    database = (redis.path or "/0").strip("/") or "0"
    prefix = hashlib.sha256(tracker_store_url(settings).encode()).hexdigest()[:16]
    section = (
        "lock_store:\n  type: redis\n"
        f"  url: {redis.hostname or '127.0.0.1'}\n  port: {redis.port or 6379}\n"
        f"  db: {int(database)}\n  key_prefix: assembly{prefix}\n"
        f"  use_ssl: {'true' if redis.scheme == 'rediss' else 'false'}\n"
    )
    environment: dict[str, str] = {}
    if redis.username:
        section += f"  username: {unquote(redis.username)}\n"
    if redis.password:
        section += f"  password: ${{{REDIS_PASSWORD_VARIABLE}}}\n"
        environment[REDIS_PASSWORD_VARIABLE] = unquote(redis.password)
    return section, environment


def write_rasa_endpoints(settings: Settings) -> tuple[Path, dict[str, str]]:
    """Write the endpoints file for this Rasa process; its path and the environment Rasa
    needs to read it."""
    prepare_tracker_store(settings)
    tracker_section, environment = rasa_tracker_store_endpoint(settings)
    lock_section, lock_environment = rasa_lock_store_endpoint(settings)
    store = tracker_file(settings)
    if store is not None:
        private_file(store)  # Rasa would create it readable by everyone
        endpoints = store.with_name(store.name + ".endpoints.yml")
    else:  # PostgreSQL: one file per Rasa schema
        endpoints = VAR_DIR / f"rasa-endpoints.{tracker_schema(settings.DATABASE_URL)}.yml"
    # One file per Rasa port: two servers of a pool may call different action servers.
    endpoints = endpoints.with_suffix(f".{rasa_port(settings)}.yml")
    private_dir(endpoints.parent)
    # Written aside and renamed into place: a Rasa starting at the same moment reads the old
    # file or the new one, never half of one.
    written = endpoints.with_name(f".{endpoints.name}.{os.getpid()}")
    written.write_text(
        "action_endpoint:\n"
        f"  url: {settings.actions_url}/webhook\n"
        "  headers:\n"
        "    Authorization: Bearer ${ACTIONS_SECRET}\n" + tracker_section + lock_section
    )
    written.replace(endpoints)
    return endpoints, {
        **environment,
        **lock_environment,
        "ACTIONS_SECRET": settings.ACTIONS_SECRET,
    }
