"""What the worker gave up on shows in the console, with its reason in words, for staff who can
see conversations (and not for finance)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from db.models import OutboxItem
from db.queries import enqueue
from db.session import transaction
from tests.bot.staff.conftest import World


def failed_send(
    sessions: sessionmaker[Session],
    member_id: int,
    key: str,
    body: str,
    status: str = "failed",
    **values: object,
) -> None:
    with transaction(sessions) as session:
        outbox_id = enqueue(
            session,
            key=key,
            kind=str(values.pop("kind", "reply")),
            channel="sms",
            address="+447700900002",
            body=body,
            member_id=member_id,
        )
        item = session.get(OutboxItem, outbox_id)
        assert item is not None
        item.status = status
        for name, value in values.items():
            setattr(item, name, value)


def test_failed_sends_page_lists_what_was_given_up_with_its_reason(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    ben = world.members["ben"]
    failed_send(
        sessions,
        ben,
        "reminder:ben:w1-sat:1d",
        "Reminder: Weekend 1 tomorrow",
        kind="reminder",
        session_id="w1-sat",
        error_code="gave_up",
        error_message="twilio 503",
        attempts=14,
    )
    failed_send(
        sessions,
        ben,
        "reply:77:0",
        "The venue is Walthamstow Assembly Hall.",
        error_code="unknown_outcome",
        error_message="no answer from the provider",
    )
    failed_send(sessions, ben, "reply:78:0", "This one went fine", status="sent")

    page = staff_client.get("/staff/failed-sends")

    assert page.status_code == 200
    text = page.text
    assert "Reminder: Weekend 1 tomorrow" in text and "Ben" in text
    assert "could not be reached" in text and "14 attempts" in text and "twilio 503" in text
    assert "may have arrived" in text
    assert "This one went fine" not in text
    assert 'href="/staff/failed-sends"' in staff_client.get("/staff").text


def test_finance_cannot_see_failed_sends(finance_client: TestClient, world: World) -> None:
    assert finance_client.get("/staff/failed-sends").status_code == 403
