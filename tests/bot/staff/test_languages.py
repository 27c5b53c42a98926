"""Staff see and change a member's language, and see what an SMS costs per language before a
broadcast or a reminder goes out."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditLog, Member
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import csrf_from


def test_staff_change_a_member_s_language_and_it_is_audited(
    admin_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    page = admin_client.get(f"/staff/members/{world.members['ben']}")
    assert 'id="member-language">en<' in page.text
    response = admin_client.post(
        f"/staff/members/{world.members['ben']}/language",
        data={"language": "ur", "csrf_token": csrf_from(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = admin_client.get(f"/staff/members/{world.members['ben']}")
    assert 'id="member-language">ur<' in page.text
    with sessions() as session:
        assert session.get(Member, world.members["ben"]).language == "ur"
        logged = session.execute(
            select(AuditLog).where(AuditLog.action == "member.language")
        ).scalar_one()
    assert logged.detail == {"was": "en", "now": "ur"}
    refused = admin_client.post(
        f"/staff/members/{world.members['ben']}/language",
        data={"language": "fr", "csrf_token": csrf_from(page.text)},
    )
    assert refused.status_code == 400


def _cells(html: str, table: str) -> dict[str, list[str]]:
    """The rows of one table: the language's name -> the other cells."""
    body = html.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td>(.*?)</tr>", body, re.S)
    return {name: re.findall(r"<td>(.*?)</td>", rest) for name, rest in rows}


def test_broadcast_preview_and_reminders_show_segments_per_language(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        session.get(Member, world.members["cara"]).language = "pl"
    page = staff_client.get("/staff/broadcasts")
    reminders = _cells(page.text, "reminder-cost")
    assert set(reminders) == {"English", "polski", "română", "اردو"}
    english, urdu = reminders["English"], reminders["اردو"]
    assert english[0] == "GSM-7" and urdu[0] == "UCS-2"
    assert int(urdu[2]) > int(english[2])  # more segments for the same reminder
    assert reminders["polski"][3] == "1"  # Cara

    preview = staff_client.post(
        "/staff/broadcasts/preview",
        data={
            "text": "Przypominamy: spotkanie w sobotę o 10:00.",
            "audience": "all",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert preview.status_code == 200
    cost = _cells(preview.text, "broadcast-cost")
    assert cost["polski"][:3] == ["UCS-2", "41", "1"]
    assert "Przypominamy: spotkanie" in preview.text  # the text is kept for sending
