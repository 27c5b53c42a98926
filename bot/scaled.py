"""`make run-scaled`: every process twice on this machine, on PostgreSQL and Redis.

`python -m bot.scaled check` refuses, with one line, a setting that cannot carry several
replicas (no PostgreSQL or Redis, or one that does not answer, or Telegram in polling mode,
where only one process may ask for updates). `python -m bot.scaled procfile OUT` writes the
Procfile honcho then runs: two each of web, worker, scheduler, rasa and actions, each Rasa
with its own port and action server, every process told the whole pool (`RASA_URLS`), and both
web replicas one public address (as behind a load balancer: Twilio signs that address).
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.settings import Settings, get_settings
from db.session import make_engine

REPLICAS = 2
PYTHON = ".venv/bin/python"
CONNECT_TIMEOUT_SECONDS = 3


def _database_refusal(settings: Settings) -> str | None:
    if not settings.DATABASE_URL.startswith("postgresql"):
        return "DATABASE_URL must name a PostgreSQL database (postgresql+psycopg://...)"
    url = make_url(settings.DATABASE_URL)
    engine = make_engine(settings.DATABASE_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure to connect is the one line
        return (
            f"PostgreSQL at {url.host}:{url.port or 5432} does not answer ({type(error).__name__})"
        )
    finally:
        engine.dispose()
    return None


def _redis_refusal(settings: Settings) -> str | None:
    import redis

    if not settings.REDIS_URL:
        return "REDIS_URL is not set (redis://host:6379/0)"
    where = urlparse(settings.REDIS_URL)
    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS
        )
        client.ping()
        client.close()
    except Exception as error:  # noqa: BLE001 - any failure to connect is the one line
        problem = type(error).__name__
        return f"Redis at {where.hostname}:{where.port or 6379} does not answer ({problem})"
    return None


def refusal(settings: Settings) -> str | None:
    """Why these settings cannot run several replicas; None when they can."""
    if settings.telegram_enabled and settings.TELEGRAM_MODE == "polling":
        return "Telegram in polling mode allows one web process: set an https PUBLIC_BASE_URL"
    return _database_refusal(settings) or _redis_refusal(settings)


def _with_port(url: str, port: int) -> str:
    parsed = urlparse(url)
    return parsed._replace(netloc=f"{parsed.hostname}:{port}").geturl()


def procfile(settings: Settings) -> str:
    """The Procfile for two of each process, one line each."""
    rasa_base = urlparse(settings.RASA_URL).port or 5005
    rasa_urls = [_with_port(settings.RASA_URL, rasa_base + n) for n in range(REPLICAS)]
    shared = {
        "RASA_URLS": ",".join(rasa_urls),
        "PUBLIC_BASE_URL": settings.PUBLIC_BASE_URL,  # the first web's, unless set
    }
    lines = []
    for n in range(REPLICAS):
        actions_port = settings.ACTIONS_PORT + n
        own = {
            "web": {"PORT": settings.PORT + n},
            "rasa": {"RASA_URL": rasa_urls[n], "ACTIONS_PORT": actions_port},
            "actions": {"ACTIONS_PORT": actions_port},
            # each worker and scheduler serves /metrics on its own port
            "worker": {"WORKER_METRICS_PORT": settings.WORKER_METRICS_PORT + 10 * n},
            "scheduler": {"SCHEDULER_METRICS_PORT": settings.SCHEDULER_METRICS_PORT + 10 * n},
        }
        for name, variables in own.items():
            assignments = " ".join(
                f"{key}={shlex.quote(str(value))}" for key, value in {**shared, **variables}.items()
            )
            lines.append(f"{name}{n + 1}: env {assignments} {PYTHON} -m bot {name}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.scaled", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="refuse settings that cannot run several replicas")
    writer = commands.add_parser("procfile", help="write the Procfile for two of each")
    writer.add_argument("out")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.command == "check":
        reason = refusal(settings)
        if reason is not None:
            print(f"make run-scaled: {reason}", file=sys.stderr)
            return 2
        return 0
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(procfile(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
