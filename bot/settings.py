"""Every setting of the assistant (CONTRACT §3), in one place, checked once at start.

Settings come from the environment or a `.env` file. Secrets that nobody set are generated once
into `var/` and reused, so a first `make run` needs no configuration at all and a restart keeps
staff sessions, the Rasa token and the Telegram webhook secret valid.
"""

from __future__ import annotations

import secrets
import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = REPO_ROOT / "var"


def generated_secret(name: str, var_dir: Path = VAR_DIR) -> str:
    """Return the secret stored in `var/<name>`, creating it on first use.

    The file is written with mode 0600 so only the service account can read it.
    """
    path = var_dir / name
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.touch(mode=0o600)
    path.write_text(value)
    return value


class Settings(BaseSettings):
    """The process environment, validated. Field names are the variable names of CONTRACT §3."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    DATABASE_URL: str = f"sqlite:///{VAR_DIR / 'assembly.db'}"
    ASSEMBLY_CONFIG: Path = REPO_ROOT / "config.yml"
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
    RASA_TOKEN: str = ""
    ACTIONS_PORT: int = Field(default=5055, ge=1, le=65535)

    # Operational tuning beyond the contract, with defaults that suit one assembly.
    RASA_TRACKER_DB: Path = VAR_DIR / "rasa-tracker.db"  # where Rasa keeps conversation state
    RASA_TIMEOUT_SECONDS: float = Field(default=10.0, gt=0)
    MEDIA_MAX_BYTES: int = Field(default=10 * 1024 * 1024, gt=0)
    MEDIA_DIR: Path = VAR_DIR / "media"
    RATE_SMS_PER_SECOND: float = Field(default=10.0, gt=0)
    RATE_WHATSAPP_PER_SECOND: float = Field(default=10.0, gt=0)
    RATE_TELEGRAM_PER_SECOND: float = Field(default=30.0, gt=0)
    RATE_TELEGRAM_PER_CHAT_PER_SECOND: float = Field(default=1.0, gt=0)
    # A claimed outbox row not sent within this time is handed to another worker.
    WORKER_CLAIM_LEASE_SECONDS: float = Field(default=60.0, gt=0)
    STAFF_SESSION_IDLE_MINUTES: int = Field(default=30, gt=0)
    # Where an urgent case (a safeguarding disclosure) is announced to staff, once per message
    # (through the outbox); the gateway and the action server both read it.
    STAFF_ALERT_CHANNEL: Literal["sms", "telegram"] | None = None
    STAFF_ALERT_ADDRESS: str | None = None
    LOG_LEVEL: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

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

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        """Derive the defaults that depend on other settings, and generate unset secrets."""
        if not self.PUBLIC_BASE_URL:
            self.PUBLIC_BASE_URL = f"http://127.0.0.1:{self.PORT}"
        if not self.TELEGRAM_MODE:
            self.TELEGRAM_MODE = (
                "webhook" if self.PUBLIC_BASE_URL.startswith("https://") else "polling"
            )
        if not self.SECRET_KEY:
            self.SECRET_KEY = generated_secret("secret_key")
        if not self.RASA_TOKEN:
            self.RASA_TOKEN = generated_secret("rasa_token")
        if not self.TELEGRAM_WEBHOOK_SECRET:
            self.TELEGRAM_WEBHOOK_SECRET = generated_secret("telegram_webhook_secret")
        if bool(self.TWILIO_ACCOUNT_SID) != bool(self.TWILIO_AUTH_TOKEN):
            raise ValueError("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN: set both or neither")
        return self

    @property
    def twilio_enabled(self) -> bool:
        """SMS and WhatsApp are on only when the Twilio credentials are set."""
        return bool(self.TWILIO_ACCOUNT_SID and self.TWILIO_AUTH_TOKEN)

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.TELEGRAM_BOT_TOKEN)


def describe_error(error: ValidationError) -> str:
    """One line naming the first bad setting and why, for the operator reading the log."""
    first = error.errors()[0]
    name = ".".join(str(part) for part in first["loc"]) or "settings"
    message = first["msg"].removeprefix("Value error, ")
    return f"setting {name}: {message}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings; a bad value stops the process with one clear line."""
    try:
        return Settings()
    except ValidationError as error:
        print(describe_error(error), file=sys.stderr)
        raise SystemExit(2) from None
