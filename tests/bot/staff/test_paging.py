"""Every console list over 50 rows pages: 50 on a page, a link to the next, the rest there."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from db.models import Conversation, ExpenseClaim, Member, Message, OutboxItem
from db.queries import audit, conversation_for, identity_for
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.conftest import World

ROWS = 55  # more than a page


def many_members(session: Session, world: World) -> None:
    for n in range(ROWS):
        session.add(
            Member(
                first_name=f"Pager{n:02d}",
                last_name="Pagetest",
                phone=f"+44113496{n:04d}",
                invite_code=f"PG{n:04d}",
            )
        )


def many_claims(session: Session, world: World) -> None:
    for n in range(ROWS):
        session.add(
            ExpenseClaim(
                member_id=world.members["cara"],
                category="travel",
                amount=Decimal("3.00"),
                description=f"Pagetest bus {n}",
            )
        )


def many_failed_sends(session: Session, world: World) -> None:
    for n in range(ROWS):
        session.add(
            OutboxItem(
                idempotency_key=f"pagetest:{n}",
                kind="reply",
                channel="sms",
                address="+447700900003",
                body=f"Pagetest message {n}",
                status="failed",
                error_code="21610",
            )
        )


def many_audit_lines(session: Session, world: World) -> None:
    for n in range(ROWS):
        audit(session, world.staff["admin"], "pagetest.done", "member", n)


def many_resolved_conversations(session: Session, world: World) -> None:
    for n in range(ROWS):
        conversation = conversation_for(session, identity_for(session, "sms", f"+4420794{n:05d}"))
        conversation.status = "resolved"


Seed = Callable[[Session, World], None]
# (seed, who looks, the list's page, what each seeded row shows, the world's rows listed
# before the seeded ones, the list's length)
LISTS: list[tuple[Seed, str, str, str, int, int]] = [
    (many_members, "staff", "/staff/roster", "Pagetest</a>", 4, ROWS + 5),
    (many_claims, "finance", "/staff/claims?status=submitted", "Pagetest bus", 2, ROWS + 2),
    (many_failed_sends, "staff", "/staff/failed-sends", "Pagetest message", 0, ROWS),
    (many_members, "staff", "/staff/attendance?session=w1-sat", "Pager", 4, ROWS + 5),
    (many_audit_lines, "admin", "/staff/audit", "pagetest.done", 0, ROWS + 1),  # + the sign-in
    (many_resolved_conversations, "staff", "/staff?tab=resolved", "/staff/conversations/", 0, ROWS),
]


@pytest.mark.parametrize(("seed", "role", "url", "marker", "before", "total"), LISTS)
def test_a_long_list_pages_at_fifty_rows(
    seed: Seed,
    role: str,
    url: str,
    marker: str,
    before: int,
    total: int,
    request: pytest.FixtureRequest,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    client: TestClient = request.getfixturevalue(f"{role}_client")
    with transaction(sessions) as session:
        seed(session, world)
    first = client.get(url)
    assert first.status_code == 200
    assert first.text.count(marker) == 50 - before
    assert f"1–50 of {total}" in first.text and "page 1 of 2" in first.text
    next_link = re.search(r'<a href="([^"]+)" rel="next">Next page</a>', first.text)
    assert next_link, "no link to the next page"
    second = client.get(next_link.group(1).replace("&amp;", "&"))
    assert second.text.count(marker) == ROWS - (50 - before)
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text
    # A page past the end shows the last page; nonsense shows the first.
    separator = "&" if "?" in url else "?"
    assert client.get(f"{url}{separator}page=99").text.count(marker) == ROWS - (50 - before)
    assert client.get(f"{url}{separator}page=abc").text.count(marker) == 50 - before


def test_a_short_list_has_no_page_links(staff_client: TestClient, world: World) -> None:
    page = staff_client.get("/staff/roster")
    assert page.text.count('<td><a href="/staff/members/') == 5
    assert "Next page" not in page.text and "page 1 of" not in page.text


def test_the_inbox_refresh_keeps_to_its_page(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        many_resolved_conversations(session, world)
    page = staff_client.get("/staff?tab=resolved&page=2")
    assert 'data-poll-inbox="/staff/inbox.json?tab=resolved&amp;page=2"' in page.text
    polled = staff_client.get("/staff/inbox.json?tab=resolved&page=2").json()
    assert polled["html"].count("/staff/conversations/") == ROWS - 50
    assert polled["counts"]["resolved"] == ROWS
    with sessions() as session:
        assert session.query(Conversation).filter_by(status="resolved").count() == ROWS


def test_a_long_transcript_shows_the_newest_fifty_messages_first(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        for n in range(ROWS):
            session.add(
                Message(
                    conversation_id=world.bot_conversation,
                    channel="sms",
                    direction="in",
                    author="member",
                    text=f"Pagetest line {n:02d}.",
                    created_at=utcnow() + timedelta(seconds=n),
                )
            )
    url = f"/staff/conversations/{world.bot_conversation}"
    newest = re.findall(r"Pagetest line (\d\d)\.", staff_client.get(url).text)
    assert newest == [f"{n:02d}" for n in range(5, ROWS)]  # oldest first on the page
    older = re.findall(r"Pagetest line (\d\d)\.", staff_client.get(f"{url}?page=2").text)
    assert older == ["00", "01", "02", "03", "04"]
