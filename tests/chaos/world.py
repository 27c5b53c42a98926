"""The fault suite's world: a run folder with its own config.yml (a session starting soon, so
reminders are due during the run), a migrated SQLite database with members on SMS, WhatsApp and
Telegram, an admin API token for the broadcast, and the settings every process gets."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.config import load_config
from bot.security import new_api_token, token_hash
from bot.settings import REPO_ROOT
from db.models import ApiToken, Base, ChannelIdentity, Member, StaffUser
from db.session import make_engine, make_session_factory, transaction
from db.types import utcnow
from tests.assistant import free_port
from tests.harness import SMS_FROM, WHATSAPP_FROM

CHANNELS = ("sms", "whatsapp", "telegram")
SESSION_ID = "chaos"
LEASE_SECONDS = 6.0  # short, so sends cut off by a kill are settled within the run
FIRST_CHAT = 880_001


@dataclass(frozen=True)
class ChaosMember:
    id: int
    channel: str
    address: str  # E.164 phone, or the Telegram chat id

    @property
    def chat(self) -> int:
        return int(self.address)


@dataclass
class World:
    folder: Path
    database_url: str
    config_path: Path
    members: list[ChaosMember]
    admin_token: str
    port: int
    public_url: str
    env: dict[str, str]  # what every process gets


def write_config(folder: Path) -> Path:
    """The shipped config with a session starting in 40 minutes: its 1-hour reminder is missed
    at the start, so each member's goes at once; quiet hours are kept away from now."""
    path = folder / "config.yml"
    shutil.copy(REPO_ROOT / "config.yml", path)
    data: dict[str, Any] = yaml.safe_load(path.read_text())
    tz = load_config(path).tz
    now = utcnow().astimezone(tz).replace(second=0, microsecond=0)
    starts, ends = now + timedelta(minutes=40), now + timedelta(hours=2)
    data["sessions"].insert(
        0,
        {
            "id": SESSION_ID,
            "title": "Chaos briefing",
            "starts": f"{starts:%Y-%m-%dT%H:%M}",
            "ends": f"{ends:%Y-%m-%dT%H:%M}",
            "venue": "town-hall",
            "catering": "Tea and biscuits",
        },
    )
    data["reminders"] = [{"before": "2h"}, {"before": "1h"}]
    quiet = now + timedelta(hours=8)
    data["quiet_hours"] = {"start": f"{quiet:%H:%M}", "end": f"{quiet + timedelta(hours=1):%H:%M}"}
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def add_members(database_url: str, count: int) -> tuple[list[ChaosMember], str]:
    """`count` onboarded members, a third on each channel (Telegram ones with their chat), and
    an admin with an API token."""
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    members: list[ChaosMember] = []
    token = new_api_token()
    with transaction(make_session_factory(engine)) as session:
        for n in range(count):
            channel = CHANNELS[n % len(CHANNELS)]
            phone = f"+447700{900300 + n}"  # Ofcom's drama range, up to 700 members
            member = Member(
                first_name=f"Member{n}",
                last_name="Chaos",
                phone=phone,
                invite_code=f"CH{n:04d}",
                preferred_channel=channel,
                onboarding_state="onboarded",
                onboarded_at=utcnow(),
            )
            session.add(member)
            session.flush()
            address = str(FIRST_CHAT + n) if channel == "telegram" else phone
            session.add(
                ChannelIdentity(
                    channel=channel, address=address, member_id=member.id, created_at=utcnow()
                )
            )
            members.append(ChaosMember(member.id, channel, address))
        admin = StaffUser(email="chaos@example.org", role="admin", password_hash="!")
        session.add(admin)
        session.flush()
        session.add(ApiToken(staff_id=admin.id, token_hash=token_hash(token)))
    engine.dispose()
    return members, token


def build_world(
    folder: Path, member_count: int, twilio: Any, telegram: Any, database_url: str | None = None
) -> World:
    """Everything on disk; `twilio` and `telegram` are the stand-ins (or their fault links)
    the worker sends through. The database is a SQLite file in the folder unless given."""
    config_path = write_config(folder)
    database_url = database_url or f"sqlite:///{folder / 'chaos.db'}"
    members, token = add_members(database_url, member_count)
    port = free_port()
    public_url = "https://chaos.example"  # signatures; Telegram webhook mode needs https
    env = {
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "PORT": str(port),
        "PUBLIC_BASE_URL": public_url,
        "SECRET_KEY": "chaos-secret-key-" + "x" * 32,
        "TWILIO_ACCOUNT_SID": twilio.account_sid,
        "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_SMS_FROM": SMS_FROM,
        "TWILIO_WHATSAPP_FROM": WHATSAPP_FROM,
        "TWILIO_API_URL": twilio.base_url,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_URL": telegram.base_url,
        "TELEGRAM_MODE": "webhook",
        "TELEGRAM_WEBHOOK_SECRET": "chaos-telegram-secret",
        "RASA_URL": f"http://127.0.0.1:{free_port()}",
        "RASA_TOKEN": "chaos-rasa-token",
        "RASA_TRACKER_DB": str(folder / "tracker.db"),
        "ACTIONS_PORT": str(free_port()),
        "MEDIA_DIR": str(folder / "media"),
        "WORKER_CLAIM_LEASE_SECONDS": str(LEASE_SECONDS),
        "RATE_TELEGRAM_PER_CHAT_PER_SECOND": "50",  # Telegram's 1/s per chat slows the run
        "RASA_TELEMETRY_ENABLED": "false",
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "text",
    }
    return World(folder, database_url, config_path, members, token, port, public_url, env)
