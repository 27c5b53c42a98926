"""The real gateway (`bot.app.create_app`) on a seeded database, and signed-in clients.

Each client runs the app's lifespan, so the inbound pipeline is in `app.state` as in production.
It is not started (`start_pipeline=False`): a test that wants the assistant's answer drains it
through the client's portal. Rasa does not run in these tests, so that answer is the apology.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from bot.media_store import media_store_for
from bot.security import hash_password, new_api_token, token_hash
from bot.settings import Settings
from bot.staff.permissions import ROLES
from db.cases import open_case
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
from db.queries import conversation_for, identity_for
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.support import PASSWORD, RECEIPT_BYTES, sign_in
from tests.bot.test_reminders import config_with, only_sessions

BASE_URL = "https://testserver"  # PUBLIC_BASE_URL is https in tests: cookies are Secure


@pytest.fixture
def config_path(config_path: Path) -> Path:
    """The shipped config, first weekend only: the world below books members on those two
    days, and the tests read every session's figures back exactly."""
    config_with(config_path, lambda data: only_sessions(data, "w1-sat", "w1-sun"))
    return config_path


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings, start_pipeline=False)


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
        for role in ROLES:
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
        open_case(session, conversation, "asked for a person", urgent=True)
        result.escalated_conversation = conversation.id

        ben_sms = identity_for(session, "sms", ben.phone)
        ben_sms.member_id = ben.id
        result.bot_conversation = conversation_for(session, ben_sms).id

        media_store_for(settings).put("receipts/bus.pdf", RECEIPT_BYTES)
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


def running_client(app: FastAPI, email: str | None = None) -> Iterator[TestClient]:
    """A client with the app's lifespan running, signed in as `email` when one is given."""
    with TestClient(app, base_url=BASE_URL) as client:
        yield sign_in(client, email) if email else client


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    yield from running_client(app)


@pytest.fixture
def staff_client(app: FastAPI, world: World) -> Iterator[TestClient]:
    yield from running_client(app, world.emails["staff"])


@pytest.fixture
def finance_client(app: FastAPI, world: World) -> Iterator[TestClient]:
    yield from running_client(app, world.emails["finance"])


@pytest.fixture
def admin_client(app: FastAPI, world: World) -> Iterator[TestClient]:
    yield from running_client(app, world.emails["admin"])
