"""An invite code (printed in the member's letter) links one chat per channel; the member hears
about a new one on the chat they already use; staff see it, unlink it and reissue the code."""

from __future__ import annotations

import itertools
import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import Inbound, store_inbound
from db.models import AuditLog, ChannelIdentity, Member, OutboxItem
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import csrf_from

AMINA_CODE = "WF7K2Q"  # Amina writes to us on WhatsApp from her roster phone
update_ids = itertools.count(1)


def write(
    app: FastAPI, client: TestClient, channel: str, address: str, text: str
) -> ChannelIdentity:
    """A message from `address`, through the pipeline (no Rasa here: the apology)."""
    sessions = app.state.services.sessions
    with transaction(sessions) as session:
        store_inbound(session, Inbound(channel, address, f"test:{next(update_ids)}", text))
    assert client.portal is not None
    client.portal.call(app.state.pipeline.drain_all)
    with sessions() as session:
        return session.execute(
            select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.address == address
            )
        ).scalar_one()


def replies_to(sessions: sessionmaker[Session], address: str) -> list[str]:
    with sessions() as session:
        return list(
            session.execute(
                select(OutboxItem.body).where(OutboxItem.address == address).order_by(OutboxItem.id)
            ).scalars()
        )


def audited(sessions: sessionmaker[Session], action: str) -> list[AuditLog]:
    with sessions() as session:
        return list(session.execute(select(AuditLog).where(AuditLog.action == action)).scalars())


def test_an_invite_code_links_only_one_chat_per_channel(
    app: FastAPI, staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    first = write(app, staff_client, "telegram", "555001", f"/start {AMINA_CODE}")
    assert first.member_id == world.members["amina"]
    second = write(app, staff_client, "telegram", "555002", f"/start {AMINA_CODE}")
    assert second.member_id is None
    assert "already connected a Telegram chat" in replies_to(sessions, "555002")[0]
    other_channel = write(app, staff_client, "sms", "+447700900777", f"JOIN {AMINA_CODE}")
    assert other_channel.member_id == world.members["amina"]


def test_the_member_is_told_on_their_chat_when_their_code_links_another(
    app: FastAPI, staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    write(app, staff_client, "telegram", "555001", f"/start {AMINA_CODE}")
    on_whatsapp = replies_to(sessions, "+447700900001")
    assert len(on_whatsapp) == 1
    assert "A new Telegram chat was linked to your" in on_whatsapp[0]
    assert "If this wasn't you, reply HELP" in on_whatsapp[0]
    (line,) = audited(sessions, "member.linked_by_code")
    assert line.target_id == str(world.members["amina"])
    assert line.detail is not None and line.detail["told_on"] == "whatsapp"


def test_the_member_page_flags_chats_linked_with_the_invite_code(
    app: FastAPI, staff_client: TestClient, world: World
) -> None:
    write(app, staff_client, "telegram", "555001", f"/start {AMINA_CODE}")
    page = staff_client.get(f"/staff/members/{world.members['amina']}")
    assert page.status_code == 200
    telegram_row = page.text.split("<td>555001</td>", 1)[1].split("</tr>", 1)[0]
    whatsapp_row = page.text.split("<td>+447700900001</td>", 1)[1].split("</tr>", 1)[0]
    assert "linked with the invite code" in telegram_row
    assert "roster phone" in whatsapp_row


def test_a_reissued_code_is_shown_once_and_only_it_links_a_new_chat(
    app: FastAPI, staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    amina = world.members["amina"]
    write(app, staff_client, "telegram", "555001", f"/start {AMINA_CODE}")
    page = staff_client.get(f"/staff/members/{amina}")
    reissued = staff_client.post(
        f"/staff/members/{amina}/reissue-code", data={"csrf_token": csrf_from(page.text)}
    )
    found = re.search(r"New invite code: <strong>([A-Z0-9]{6})</strong>", reissued.text)
    assert found and found.group(1) != AMINA_CODE
    new_code = found.group(1)
    assert new_code not in staff_client.get(f"/staff/members/{amina}").text  # shown once
    with sessions() as session:
        assert session.get(Member, amina).invite_code == new_code

    stale = write(app, staff_client, "telegram", "555003", f"/start {AMINA_CODE}")
    assert stale.member_id is None
    assert "didn't work" in replies_to(sessions, "555003")[0]
    new_phone = write(app, staff_client, "telegram", "555004", f"/start {new_code}")
    assert new_phone.member_id == amina
    (line,) = audited(sessions, "member.code_reissued")
    assert line.staff_id == world.staff["staff"] and line.detail is None  # never the code


def test_staff_unlink_a_chat_that_was_not_the_members(
    app: FastAPI, staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    amina = world.members["amina"]
    stranger = write(app, staff_client, "telegram", "555001", f"/start {AMINA_CODE}")
    page = staff_client.get(f"/staff/members/{amina}")
    done = staff_client.post(
        f"/staff/members/{amina}/channels/{stranger.id}/unlink",
        data={"csrf_token": csrf_from(page.text)},
    )
    assert "Chat unlinked" in done.text and "555001" not in done.text
    with sessions() as session:
        assert session.get(ChannelIdentity, stranger.id).member_id is None
    assert len(audited(sessions, "member.identity_unlinked")) == 1


def test_finance_sees_the_member_page_but_cannot_change_codes_or_chats(
    finance_client: TestClient, world: World
) -> None:
    amina = world.members["amina"]
    page = finance_client.get(f"/staff/members/{amina}")
    assert page.status_code == 200 and "Reissue invite code" not in page.text
    refused = finance_client.post(
        f"/staff/members/{amina}/reissue-code", data={"csrf_token": csrf_from(page.text)}
    )
    assert refused.status_code == 403
