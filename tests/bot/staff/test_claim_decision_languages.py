"""Staff decide a claim in English; the member reads the decision in their own language, the
amount written their language's way, and a WhatsApp template (outside the 24-hour window)
goes in the approved translation for that language."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import ExpenseClaim, Member, OutboxItem
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import bearer


def decide(
    client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
    claim_id: int,
    **body: str,
) -> OutboxItem:
    """Decide through the staff API; the message queued for the member."""
    response = client.post(
        f"/api/claims/{claim_id}/decision", headers=bearer(world.tokens["finance"]), json=body
    )
    assert response.status_code == 200
    with sessions() as session:
        return session.execute(
            select(OutboxItem).where(
                OutboxItem.idempotency_key == f"claim:{claim_id}:{body['status']}"
            )
        ).scalar_one()


def speaks(sessions: sessionmaker[Session], member_id: int, code: str) -> None:
    with transaction(sessions) as session:
        session.execute(update(Member).where(Member.id == member_id).values(language=code))


def test_a_decision_reaches_a_romanian_speaking_member_in_romanian(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    speaks(sessions, world.members["ben"], "ro")
    rejected = decide(
        client,
        world,
        sessions,
        world.claim_without_receipt,
        status="rejected",
        note="Childcare over the £80 daily cap",
    )
    assert rejected.body.startswith(
        "Ne pare rău, cererea ta de decont pentru îngrijirea copiilor, în valoare de 95 GBP,"
        " nu a fost aprobată. Motivul: Childcare over the £80 daily cap."
    )
    assert "sună echipa la" in rejected.body
    assert "has not been approved" not in rejected.body

    approved = decide(client, world, sessions, world.claim_without_receipt, status="approved")
    assert approved.body.startswith("Vești bune: cererea ta de decont pentru îngrijirea copiilor")
    assert "a fost aprobată" in approved.body and "Good news" not in approved.body
    assert approved.template_variables["language"] == "ro"


def test_a_decision_in_polish_and_the_template_language_for_whatsapp(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    speaks(sessions, world.members["amina"], "pl")
    approved = decide(client, world, sessions, world.claim_with_receipt, status="approved")
    assert approved.body.startswith(
        "Dobra wiadomość: Twój wniosek o zwrot kosztów (dojazd, 12,40 GBP) został zatwierdzony."
    )
    assert approved.channel == "whatsapp" and approved.template == "claim_update"
    assert approved.template_variables["language"] == "pl"
    paid = decide(client, world, sessions, world.claim_with_receipt, status="paid")
    assert paid.body.startswith("Wypłaciliśmy zwrot kosztów z Twojego wniosku (dojazd, 12,40 GBP).")


def test_a_member_with_no_language_or_one_the_assembly_does_not_speak_reads_english(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    speaks(sessions, world.members["amina"], "de")
    approved = decide(client, world, sessions, world.claim_with_receipt, status="approved")
    assert approved.body.startswith("Good news: your travel claim for £12.40 has been approved.")
    assert approved.template_variables["language"] == "en"
    with sessions() as session:
        assert session.get(ExpenseClaim, world.claim_with_receipt).status == "approved"
