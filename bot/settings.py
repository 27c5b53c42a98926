"""Every setting of the assistant (CONTRACT §3), in one place, checked once at start.

Settings come from the environment or a `.env` file. Secrets that nobody set are generated once
into `var/` and reused, so a first `make run` needs no configuration at all and a restart keeps
staff sessions, the Rasa token and the Telegram webhook secret valid. An empty or short secret,
set or generated, stops the process with one line naming it.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.media_store import parse_s3_location
from bot.private_files import create_once, private_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = REPO_ROOT / "var"


# Secrets generated into var/<file> when not set, and the shortest each may be (set or
# generated). ACTIONS_SECRET and METRICS_TOKEN are checked whenever they are set.
GENERATED_SECRETS = {
    "SECRET_KEY": "secret_key",
    "RASA_TOKEN": "rasa_token",
    "TELEGRAM_WEBHOOK_SECRET": "telegram_webhook_secret",
    "ACTIONS_SECRET": "actions_secret",
    "FEEDBACK_KEY": "feedback_key",
}
SECRET_MINIMUM_LENGTH = {
    "SECRET_KEY": 32,
    "RASA_TOKEN": 16,
    "TELEGRAM_WEBHOOK_SECRET": 16,
    "ACTIONS_SECRET": 16,
    "FEEDBACK_KEY": 32,
    "METRICS_TOKEN": 16,
}


def generated_secret(name: str, var_dir: Path | None = None) -> str:
    """The secret stored in `var/<name>`, created on first use (0600, in a 0700 folder).

    Processes that start at the same moment all end up with the one secret that was created
    first (`create_once`), so none of them signs or checks with a secret the others lack.
    """
    path = private_dir(var_dir or VAR_DIR) / name
    if not path.exists():
        create_once(path, secrets.token_urlsafe(32))
    return path.read_text().strip()


class Settings(BaseSettings):
    """The process environment, validated. Field names are the variable names of CONTRACT §3."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    DATABASE_URL: str = f"sqlite:///{VAR_DIR / 'assembly.db'}"
    ASSEMBLY_CONFIG: Path = REPO_ROOT / "config.yml"
    ASSEMBLY_MESSAGES: Path | None = None  # unset: messages.yml beside ASSEMBLY_CONFIG
    PORT: int = Field(default=8000, ge=1, le=65535)
    PUBLIC_BASE_URL: str = ""
    SECRET_KEY: str = ""
    TWILIO_ACCOUNT_SID: str | None = None
    TWILIO_AUTH_TOKEN: str | None = None
    TWILIO_SMS_FROM: str | None = None
    TWILIO_WHATSAPP_FROM: str | None = None
    TWILIO_API_URL: str = "https://api.twilio.com"
    TELEGRAM_BOT_TOKEN: str | None = None
    TELEGRAM_BOT_USERNAME: str | None = None  # for the t.me/<bot>?start=<code> invitation link
    TELEGRAM_MODE: Literal["webhook", "polling", ""] = ""
    TELEGRAM_WEBHOOK_SECRET: str = ""
    TELEGRAM_API_URL: str = "https://api.telegram.org"
    RASA_URL: str = "http://127.0.0.1:5005"
    # CONTRACT §8: several Rasa servers, comma-separated; overrides RASA_URL for the gateway
    # and the scheduler (a Rasa process itself listens on RASA_URL's port).
    RASA_URLS: str = ""
    RASA_TOKEN: str = ""
    ACTIONS_PORT: int = Field(default=5055, ge=1, le=65535)
    REDIS_URL: str | None = None  # CONTRACT §8: shared login throttles (and more) when set
    ACTIONS_HOST: str = "127.0.0.1"  # the action server's bind address
    ACTIONS_SECRET: str = ""  # Rasa sends it on every action call; generated when unset
    # Where attachments are kept: a folder (relative to the checkout), or s3://bucket/prefix.
    # Unset: MEDIA_DIR, which defaults to var/media (bot/media_store.py).
    MEDIA_STORE: str = ""
    S3_ENDPOINT_URL: str | None = None  # S3-compatible storage other than AWS (MinIO, ...)
    AWS_ACCESS_KEY_ID: str | None = None  # unset: boto3's own chain (instance role, ~/.aws)
    AWS_SECRET_ACCESS_KEY: str | None = None
    AWS_SESSION_TOKEN: str | None = None
    AWS_DEFAULT_REGION: str | None = None

    # Operational tuning beyond the contract, with defaults that suit one assembly.
    # Where Rasa keeps conversation state: unset, beside the database (db/tracker_store.py).
    RASA_TRACKER_DB: Path | None = None
    # Keys the anonymous feedback respondent hash, and nothing else: with SECRET_KEY alone
    # (which every web process holds) nobody can tell whose survey response is whose.
    FEEDBACK_KEY: str = ""
    RASA_TIMEOUT_SECONDS: float = Field(default=10.0, gt=0)
    # A request to Rasa refused before it left (Rasa restarting) is tried once more after this.
    RASA_RETRY_SECONDS: float = Field(default=0.5, ge=0)
    MEDIA_MAX_BYTES: int = Field(default=10 * 1024 * 1024, gt=0)
    MEDIA_DIR: Path = VAR_DIR / "media"  # the older name of a folder MEDIA_STORE
    RATE_SMS_PER_SECOND: float = Field(default=10.0, gt=0)
    RATE_WHATSAPP_PER_SECOND: float = Field(default=10.0, gt=0)
    RATE_TELEGRAM_PER_SECOND: float = Field(default=30.0, gt=0)
    RATE_TELEGRAM_PER_CHAT_PER_SECOND: float = Field(default=1.0, gt=0)
    # A conversation claimed by a gateway replica that stops renewing it (killed mid-turn)
    # is carried on by another replica after this time.
    INBOUND_LEASE_SECONDS: float = Field(default=30.0, gt=0)
    # How long a Rasa server that failed its health check (or refused a connection) is left
    # out of RASA_URLS before it is tried again.
    RASA_REST_SECONDS: float = Field(default=10.0, gt=0)
    # Requests one gateway process has in flight at one Rasa server; more wait in the gateway.
    RASA_CONCURRENCY: int = Field(default=4, gt=0)
    # A scheduler that stops renewing its lease (killed) is replaced by a standby after this.
    SCHEDULER_LEASE_SECONDS: float = Field(default=60.0, gt=0)
    # A claimed outbox row not sent within this time is handed to another worker.
    WORKER_CLAIM_LEASE_SECONDS: float = Field(default=60.0, gt=0)
    STAFF_SESSION_IDLE_MINUTES: int = Field(default=30, gt=0)
    # Signing in: attempts per source address and per account in a sliding window, and how
    # many argon2 password checks may run at once (a login waits this long for a free one).
    LOGIN_THROTTLE_WINDOW_SECONDS: int = Field(default=900, gt=0)
    LOGIN_ATTEMPTS_PER_ADDRESS: int = Field(default=30, gt=0)
    LOGIN_ATTEMPTS_PER_ACCOUNT: int = Field(default=20, gt=0)
    LOGIN_CONCURRENT_VERIFICATIONS: int = Field(default=os.cpu_count() or 1, gt=0)
    LOGIN_VERIFY_WAIT_SECONDS: float = Field(default=2.0, gt=0)
    API_TOKEN_LIFETIME_DAYS: int = Field(default=90, gt=0)  # counted from the token's creation
    # Where an urgent case (a safeguarding disclosure) is announced to staff, once per message
    # (through the outbox); the gateway and the action server both read it.
    STAFF_ALERT_CHANNEL: Literal["sms", "telegram"] | None = None
    STAFF_ALERT_ADDRESS: str | None = None
    LOG_LEVEL: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # CONTRACT §8: json lines or text; unset, json unless stdout is a terminal (bot/logging.py).
    LOG_FORMAT: Literal["json", "text", ""] = ""
    # The gateway's bind address (behind a reverse proxy on the same machine: keep loopback).
    HOST: str = "127.0.0.1"
    # Where the worker and the scheduler serve GET /metrics (on HOST's loopback twin, like the
    # action server; 0: not at all). The web process serves it on PORT, the action server on
    # ACTIONS_PORT. A second worker or scheduler on the same machine needs its own port.
    WORKER_METRICS_PORT: int = Field(default=9101, ge=0, le=65535)
    SCHEDULER_METRICS_PORT: int = Field(default=9102, ge=0, le=65535)
    # Set: the web process and the worker append each reply's per-stage timings to this file
    # (bot/timing.py; the gateway benchmark reads it).
    STAGE_TIMINGS_FILE: Path | None = None
    # GET /metrics answers this machine (loopback) only; when set, it answers only requests
    # bearing this token (a reverse proxy on the same machine makes everyone look local).
    METRICS_TOKEN: str | None = None

    @field_validator("DATABASE_URL")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be a sqlite:/// or postgresql+psycopg:// URL")
        if value.startswith("postgresql://"):
            # SQLAlchemy would pick psycopg2, which we do not ship: use psycopg 3.
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("PUBLIC_BASE_URL", "TWILIO_API_URL", "TELEGRAM_API_URL", "RASA_URL")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("MEDIA_STORE")
    @classmethod
    def _media_store(cls, value: str) -> str:
        value = value.strip()
        if "://" in value:
            bucket, prefix = parse_s3_location(value)  # ValueError names what is wrong
            return f"s3://{bucket}/{prefix}".rstrip("/")
        return value

    @field_validator("S3_ENDPOINT_URL")
    @classmethod
    def _endpoint_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else None

    @field_validator("RASA_URLS")
    @classmethod
    def _http_urls(cls, value: str) -> str:
        urls = [url.strip().rstrip("/") for url in value.split(",") if url.strip()]
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"{url!r} must start with http:// or https://")
        return ",".join(urls)

    @field_validator("ACTIONS_HOST", "HOST")
    @classmethod
    def _bind_address(cls, value: str) -> str:
        value = value.strip()
        if not value or any(character in value for character in "/ "):
            raise ValueError("must be an address to listen on, such as 127.0.0.1")
        return value

    @field_validator("ACTIONS_SECRET")
    @classmethod
    def _header_safe_secret(cls, value: str) -> str:
        """Rasa sends it in an HTTP header: long enough to guess at, and header-safe."""
        if value and (len(value) < 16 or not value.isascii() or not value.isprintable()):
            raise ValueError("must be at least 16 printable ASCII characters")
        if " " in value:
            raise ValueError("must not contain spaces")
        return value

    @field_validator("TWILIO_WHATSAPP_FROM")
    @classmethod
    def _whatsapp_sender(cls, value: str | None) -> str | None:
        if value and not value.startswith("whatsapp:+"):
            raise ValueError("must look like whatsapp:+447700900000")
        return value

    @field_validator("TWILIO_SMS_FROM")
    @classmethod
    def _sms_sender(cls, value: str | None) -> str | None:
        if value and not value.startswith("+"):
            raise ValueError("must be an E.164 number such as +447700900000")
        return value

    @model_validator(mode="before")
    @classmethod
    def _generate_unset_secrets(cls, values: Any) -> Any:
        """Read (or create) var/<file> for every generated secret nobody set. A secret set
        to "" stays empty and is refused below, rather than silently replaced."""
        if not isinstance(values, dict):
            return values
        for name, file_name in GENERATED_SECRETS.items():
            if name in cls.model_fields and values.get(name) is None:
                value = generated_secret(file_name)
                if len(value) < SECRET_MINIMUM_LENGTH[name]:
                    raise ValueError(
                        f"{name}: var/{file_name} holds {len(value)} characters, fewer "
                        f"than {SECRET_MINIMUM_LENGTH[name]}; delete it to have a new one made"
                    )
                values[name] = value
        return values

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        """Derive the defaults that depend on other settings; refuse short secrets."""
        if not self.PUBLIC_BASE_URL:
            self.PUBLIC_BASE_URL = f"http://127.0.0.1:{self.PORT}"
        if not self.TELEGRAM_MODE:
            self.TELEGRAM_MODE = (
                "webhook" if self.PUBLIC_BASE_URL.startswith("https://") else "polling"
            )
        for name, minimum in SECRET_MINIMUM_LENGTH.items():
            value = getattr(self, name, None)
            if value is not None and len(value) < minimum:
                state = "is empty" if not value else f"has {len(value)} characters"
                raise ValueError(
                    f"{name}: {state}; give at least {minimum}, or unset it"
                    + (" to have one generated into var/" if name in GENERATED_SECRETS else "")
                )
        self._settle_media_store()
        if self.FEEDBACK_KEY == self.SECRET_KEY:
            raise ValueError("FEEDBACK_KEY must differ from SECRET_KEY")
        if bool(self.TWILIO_ACCOUNT_SID) != bool(self.TWILIO_AUTH_TOKEN):
            raise ValueError("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN: set both or neither")
        return self

    def _settle_media_store(self) -> None:
        """MEDIA_STORE and MEDIA_DIR name one place: unset MEDIA_STORE means MEDIA_DIR; a
        folder MEDIA_STORE becomes MEDIA_DIR too (relative to the checkout, like var/). Two
        different places, or MEDIA_DIR beside a bucket, is refused rather than guessed at."""
        dir_set = "MEDIA_DIR" in self.model_fields_set
        if not self.MEDIA_STORE:
            self.MEDIA_STORE = str(self.MEDIA_DIR)
        elif self.MEDIA_STORE.startswith("s3://"):
            if dir_set:
                raise ValueError("MEDIA_DIR: unused when MEDIA_STORE is a bucket; unset it")
        else:
            folder = REPO_ROOT / self.MEDIA_STORE  # an absolute MEDIA_STORE stays as it is
            if dir_set and folder.resolve() != self.MEDIA_DIR.resolve():
                raise ValueError("MEDIA_DIR: names another folder than MEDIA_STORE; set one")
            self.MEDIA_DIR = folder

    @property
    def media_in_bucket(self) -> bool:
        return self.MEDIA_STORE.startswith("s3://")

    def messages_path_for(self, config_path: Path | None = None) -> Path:
        """The organisers' messages file: ASSEMBLY_MESSAGES, else messages.yml beside the config."""
        if self.ASSEMBLY_MESSAGES is not None:
            return self.ASSEMBLY_MESSAGES
        return (config_path or self.ASSEMBLY_CONFIG).with_name("messages.yml")

    @property
    def actions_url(self) -> str:
        """Where Rasa and /healthz reach the action server: its bind address, or loopback when
        it listens on every address."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(self.ACTIONS_HOST, self.ACTIONS_HOST)  # noqa: S104
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.ACTIONS_PORT}"

    @property
    def rasa_urls(self) -> list[str]:
        """The Rasa servers turns are spread over: RASA_URLS, else RASA_URL alone."""
        return self.RASA_URLS.split(",") if self.RASA_URLS else [self.RASA_URL]

    @property
    def twilio_enabled(self) -> bool:
        """SMS and WhatsApp are on only when the Twilio credentials are set."""
        return bool(self.TWILIO_ACCOUNT_SID and self.TWILIO_AUTH_TOKEN)

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.TELEGRAM_BOT_TOKEN)


def describe_error(error: ValidationError) -> str:
    """One line naming the first bad setting and why, for the operator reading the log.

    A check across settings names its setting at the start of the message ("SECRET_KEY: ...").
    """
    first = error.errors()[0]
    message = first["msg"].removeprefix("Value error, ")
    name = ".".join(str(part) for part in first["loc"])
    if not name and (named := re.match(r"([A-Z][A-Z0-9_]+): (.*)", message)):
        name, message = named.groups()
    return f"setting {name or 'settings'}: {message}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings; a bad value stops the process with one clear line."""
    try:
        return Settings()
    except ValidationError as error:
        print(describe_error(error), file=sys.stderr)
        raise SystemExit(2) from None
