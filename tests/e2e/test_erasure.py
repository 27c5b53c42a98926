"""Erasing a member, end to end with the real Rasa server: nothing of them is left in any store
the assistant owns (the database, Rasa's conversation store, the media folder), and whoever
writes next never continues the erased member's Rasa conversation."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, text

from db.models import Base, Member
from db.session import make_engine
from tests.assistant import Assistant
from tests.e2e.talk import member, say, set_member
from tests.e2e.test_journeys import staff_token
from tests.harness import Gateway

PHOTO = b"\xff\xd8\xff\xe0 a photo of Tunde's bus pass with his name on it"


def tracker_rows(assistant: Assistant) -> list[tuple[str, str]]:
    """(sender id, event data) of every event in Rasa's tracker store."""
    with make_engine(assistant.tracker_store_url).connect() as connection:
        return [
            (row.sender_id, row.data or "")
            for row in connection.execute(text("SELECT sender_id, data FROM events"))
        ]


def senders_mentioning(assistant: Assistant, words: str) -> set[str]:
    return {sender for sender, data in tracker_rows(assistant) if words in data}


def events_of(assistant: Assistant, senders: Iterable[str]) -> list[str]:
    wanted = set(senders)
    return [data for sender, data in tracker_rows(assistant) if sender in wanted]


def database_rows_mentioning(e2e: Gateway, needles: list[str]) -> list[tuple[str, str]]:
    """(table, row) of every row in our database whose values contain one of the needles."""
    found = []
    with e2e.services.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                values = " ".join(str(value) for value in row)
                if any(needle in values for needle in needles):
                    found.append((table.name, values[:200]))
    return found


def erase(e2e: Gateway, phone: str) -> None:
    response = e2e.client.post(
        f"/api/members/{member(e2e, phone).id}/erase", headers=staff_token(e2e, "admin")
    )
    assert response.status_code == 200, response.text


def test_erasing_a_member_leaves_nothing_of_them_in_any_store(
    e2e: Gateway, assistant: Assistant
) -> None:
    phone = "+447700900140"  # Tunde
    set_member(
        e2e, phone, onboarding_state="onboarded", access_needs="Uses a wheelchair (Tunde's note)"
    )
    assert say(e2e, "sms", phone, "where is the venue? my guide dog Biscuit comes too")
    say(e2e, "sms", phone, "my bus pass", photo=PHOTO)
    member_id = member(e2e, phone).id
    # What the test looks for is really there before the erasure.
    senders = senders_mentioning(assistant, "Biscuit")
    assert senders, "Rasa's tracker store holds the member's words"
    stored = [path for path in (e2e.settings.MEDIA_DIR).glob("*") if path.read_bytes() == PHOTO]
    assert stored, "the member's photo is in the media folder"

    erase(e2e, phone)

    assert events_of(assistant, senders) == []
    assert senders_mentioning(assistant, "Biscuit") == set()
    assert database_rows_mentioning(e2e, [phone, "Bakare", "Biscuit", "Tunde's"]) == []
    with e2e.services.sessions() as session:
        assert session.get(Member, member_id) is None
    assert not [path for path in stored if path.exists()]


def test_whoever_writes_after_an_erasure_never_continues_the_erased_members_rasa_conversation(
    e2e: Gateway, assistant: Assistant
) -> None:
    """On SQLite the newest conversation's id is handed out again once its row is deleted: the
    Rasa conversation must be keyed by something that is never reused."""
    erased, after = "+447700900142", "+447700900144"  # Hassan, then Patrick
    for phone in (erased, after):
        set_member(e2e, phone, onboarding_state="onboarded")
    assert say(e2e, "sms", erased, "where is the venue? the password is Kumquat")
    erased_senders = senders_mentioning(assistant, "Kumquat")
    assert erased_senders

    erase(e2e, erased)
    assert say(e2e, "sms", after, "where is the venue? signed Quince")

    after_senders = senders_mentioning(assistant, "Quince")
    assert after_senders and after_senders.isdisjoint(erased_senders)
    assert not [data for data in events_of(assistant, after_senders) if "Kumquat" in data]
