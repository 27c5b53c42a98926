"""A small app with only the staff routers, a seeded database and signed-in clients.

The lead's full gateway may not import yet, so these tests assemble FastAPI() + our routers +
Services themselves. The try-it page needs `app.state.pipeline`; `StandInPipeline` stores the
message on the web channel and answers like the bot would, since Rasa does not run here.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.queue import send_to_identity
from bot.security import hash_password, new_api_token, token_hash
from bot.services import Services
from bot.settings import Settings
from bot.staff import api, pages
from db.models import (
    ApiToken,
    Attendance,
    ConsentRecord,
    ExpenseClaim,
    FeedbackRequest,
    FeedbackResponse,
    MediaFile,
    Member,
    Message,
    StaffUser,
)
from db.queries import conversation_for, escalate, identity_for
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.support import PASSWORD, RECEIPT_BYTES, sign_in

CONFIG_FILE = Path(__file__).parent / "assembly.yml"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    """Our own copy of a config: the shipped config.yml may not exist yet."""
    path = tmp_path / "config.yml"
    shutil.copy(CONFIG_FILE, path)
    return path


class StandInPipeline:
    """Stands in for the lead's Pipeline.accept_web_message: stores the member's message on the
    web channel and queues one reply, so the try-it page has a transcript to show."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.received: list[tuple[int, str]] = []

    async def accept_web_message(self, member_id: int, text: str) -> None:
        self.received.append((member_id, text))
        with transaction(self.sessions) as session:
            identity = identity_for(session, "web", f"member:{member_id}")
            identity.member_id = member_id
            conversation = conversation_for(session, identity)
            session.add(
                Message(
                    conversation_id=conversation.id,
                    channel="web",
                    direction="in",
                    author="member",
                    text=text,
                    created_at=utcnow(),
                    processed_at=utcnow(),
                )
            )
            session.flush()
            send_to_identity(
                session,
                identity,
                key=f"web-reply:{len(self.received)}:{member_id}",
                kind="reply",
                body=f"You said: {text}",
            )


def build_app(settings: Settings, sessions: sessionmaker[Session]) -> FastAPI:
    app = FastAPI()
    for router in pages.ROUTERS:
        app.include_router(router)
    app.include_router(api.router)
    app.state.services = Services(settings=settings, sessions=sessions)
    app.state.pipeline = StandInPipeline(sessions)
    return app


@pytest.fixture
def app(settings: Settings, sessions: sessionmaker[Session]) -> FastAPI:
    return build_app(settings, sessions)


@dataclass
class World:
    """Ids of what the tests act on."""

    staff: dict[str, int] = field(default_factory=dict)  # role -> staff id
    tokens: dict[str, str] = field(default_factory=dict)  # role -> API token
    emails: dict[str, str] = field(default_factory=dict)
    members: dict[str, int] = field(default_factory=dict)
    escalated_conversation: int = 0
    bot_conversation: int = 0
    claim_with_receipt: int = 0
    claim_without_receipt: int = 0


@lru_cache(maxsize=1)
def password_hash() -> str:
    """argon2 is slow on purpose; hash the shared test password once per run."""
    return hash_password(PASSWORD)


def add_staff(session: Session, email: str, role: str) -> tuple[int, str]:
    user = StaffUser(email=email, role=role, password_hash=password_hash())
    session.add(user)
    session.flush()
    token = new_api_token()
    session.add(ApiToken(staff_id=user.id, token_hash=token_hash(token)))
    return user.id, token


def add_member(
    session: Session, first: str, last: str, phone: str, code: str, **extra: object
) -> Member:
    member = Member(
        first_name=first,
        last_name=last,
        phone=phone,
        invite_code=code,
        onboarding_state=extra.pop("onboarding_state", "onboarded"),
        **extra,
    )
    session.add(member)
    session.flush()
    return member


@pytest.fixture
def world(sessions: sessionmaker[Session], settings: Settings) -> World:
    """Three staff, four members, one escalated WhatsApp conversation, claims and feedback."""
    result = World()
    now = utcnow()
    with transaction(sessions) as session:
        for role in ("admin", "staff", "finance"):
            email = f"{role}@council.example"
            result.staff[role], result.tokens[role] = add_staff(session, email, role)
            result.emails[role] = email

        amina = add_member(
            session,
            "Amina",
            "Khan",
            "+447700900001",
            "WF7K2Q",
            preferred_channel="whatsapp",
            access_needs="Wheelchair user; needs step-free route",
        )
        ben = add_member(session, "Ben", "Osei", "+447700900002", "WF7K2R")
        cara = add_member(session, "Cara", "Lewis", "+447700900003", "WF7K2S")
        dev = add_member(
            session, "Dev", "Patel", "+447700900004", "WF7K2T", onboarding_state="withdrawn"
        )
        eve = add_member(
            session,
            "Eve",
            "Moss",
            "+447700900005",
            "WF7K2U",
            onboarding_state="invited",
            invited_at=now - timedelta(days=5),
        )
        result.members = {
            "amina": amina.id,
            "ben": ben.id,
            "cara": cara.id,
            "dev": dev.id,
            "eve": eve.id,
        }

        session.add_all(
            [
                ConsentRecord(
                    member_id=amina.id,
                    kind="privacy",
                    version="v1",
                    granted=False,
                    recorded_at=now - timedelta(days=3),
                ),
                ConsentRecord(
                    member_id=amina.id,
                    kind="privacy",
                    version="v2",
                    granted=True,
                    recorded_at=now - timedelta(days=1),
                ),
                Attendance(member_id=amina.id, session_id="w1-sat", status="confirmed"),
                Attendance(member_id=ben.id, session_id="w1-sat", status="declined"),
                Attendance(
                    member_id=cara.id, session_id="w1-sat", status="late", expected_arrival="11:30"
                ),
            ]
        )
        # Cara sent STOP on SMS: broadcasts skip her.
        cara_sms = identity_for(session, "sms", cara.phone)
        cara_sms.member_id = cara.id
        cara_sms.opted_out = True

        whatsapp = identity_for(session, "whatsapp", amina.phone)
        whatsapp.member_id = amina.id
        whatsapp.last_inbound_at = now
        conversation = conversation_for(session, whatsapp)
        session.add(
            Message(
                conversation_id=conversation.id,
                channel="whatsapp",
                direction="in",
                author="member",
                text="I need to speak to someone about my bus fare",
                created_at=now,
                processed_at=now,
            )
        )
        conversation.last_message_at = now
        escalate(session, conversation, "asked for a person", urgent=True)
        result.escalated_conversation = conversation.id

        ben_sms = identity_for(session, "sms", ben.phone)
        ben_sms.member_id = ben.id
        result.bot_conversation = conversation_for(session, ben_sms).id

        receipt_path = Path(settings.MEDIA_DIR) / "receipts" / "bus.pdf"
        receipt_path.parent.mkdir(parents=True, exist_ok=True)
        receipt_path.write_bytes(RECEIPT_BYTES)
        receipt_message = Message(
            conversation_id=conversation.id,
            channel="whatsapp",
            direction="in",
            author="member",
            text=None,
            kind="media",
            created_at=now,
            processed_at=now,
        )
        session.add(receipt_message)
        session.flush()
        media = MediaFile(
            message_id=receipt_message.id,
            source="https://example.invalid/m",
            content_type="application/pdf",
            storage_path="receipts/bus.pdf",
        )
        session.add(media)
        session.flush()
        with_receipt = ExpenseClaim(
            member_id=amina.id,
            category="travel",
            amount=Decimal("12.40"),
            session_id="w1-sat",
            receipt_media_id=media.id,
        )
        without_receipt = ExpenseClaim(
            member_id=ben.id,
            category="childcare",
            amount=Decimal("95.00"),
            over_cap=True,
            no_receipt_reason="Paid a neighbour in cash",
        )
        session.add_all([with_receipt, without_receipt])
        session.flush()
        result.claim_with_receipt = with_receipt.id
        result.claim_without_receipt = without_receipt.id

        for member in (amina, ben, cara):
            session.add(
                FeedbackRequest(
                    member_id=member.id, session_id="w1-sat", responded=member is not cara
                )
            )
        session.add_all(
            [
                FeedbackResponse(
                    session_id="w1-sat",
                    respondent_key="k1",
                    answers={"rating": 5, "heard": "yes", "improve": "More breaks"},
                ),
                FeedbackResponse(
                    session_id="w1-sat",
                    respondent_key="k2",
                    answers={"rating": "2", "heard": False, "improve": "Louder mics"},
                ),
            ]
        )
    return result


BASE_URL = "https://testserver"  # PUBLIC_BASE_URL is https in tests: cookies are Secure


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app, base_url=BASE_URL)


@pytest.fixture
def staff_client(app: FastAPI, world: World) -> TestClient:
    return sign_in(TestClient(app, base_url=BASE_URL), world.emails["staff"])


@pytest.fixture
def finance_client(app: FastAPI, world: World) -> TestClient:
    return sign_in(TestClient(app, base_url=BASE_URL), world.emails["finance"])


@pytest.fixture
def admin_client(app: FastAPI, world: World) -> TestClient:
    return sign_in(TestClient(app, base_url=BASE_URL), world.emails["admin"])
