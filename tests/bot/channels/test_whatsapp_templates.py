"""Every kind of message staff or the scheduler send has a WhatsApp path outside the 24-hour
window: its approved template goes first, and where a person wrote words the template cannot
carry, those words follow once the member answers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from bot.config import REQUIRED_WHATSAPP_TEMPLATES, check_config_file, load_config
from db.models import ExpenseClaim, Member
from db.types import utcnow
from tests.bot.channels.support import KWAME, kwame_on_whatsapp
from tests.bot.staff.conftest import add_staff
from tests.bot.staff.support import bearer
from tests.harness import Gateway


def staff_token(gateway: Gateway, role: str) -> str:
    with gateway.services.sessions() as session, session.begin():
        _staff_id, token = add_staff(session, f"{role}@example.org", role)
    return token


def template_sid(gateway: Gateway, name: str) -> str:
    template = gateway.services.config.template(name)
    assert template is not None
    return template.content_sid


def test_every_outbound_kind_has_a_whatsapp_template_in_the_shipped_config(
    gateway: Gateway,
) -> None:
    config = load_config(gateway.settings.ASSEMBLY_CONFIG)
    for name in ("broadcast", "claim_update", *REQUIRED_WHATSAPP_TEMPLATES):
        assert config.template(name) is not None, name


def test_broadcast_to_a_whatsapp_member_outside_the_window_sends_the_broadcast_template(
    gateway: Gateway,
) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=30)
    answer = gateway.client.post(
        "/api/broadcasts",
        json={"text": "Saturday's session starts at 11:00 instead of 10:00.", "audience": "all"},
        headers=bearer(staff_token(gateway, "staff")),
    )
    assert answer.status_code == 202
    to_kwame = wait_for_messages_to(gateway, f"whatsapp:{KWAME}", 1)
    [template] = to_kwame
    assert template["content_sid"] == template_sid(gateway, "broadcast")
    assert template["content_variables"]["1"] == "Kwame"
    assert not template["body"]

    gateway.whatsapp(KWAME, "ok what is it")  # the window opens again: the words follow
    bodies = [m["body"] for m in wait_for_messages_to(gateway, f"whatsapp:{KWAME}", 3)]
    assert bodies.count("Saturday's session starts at 11:00 instead of 10:00.") == 1


def test_claim_decision_to_a_whatsapp_member_outside_the_window_sends_the_claim_template(
    gateway: Gateway,
) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=30)
    with gateway.services.sessions() as session, session.begin():
        kwame = session.execute(select(Member).where(Member.phone == KWAME)).scalar_one()
        claim = ExpenseClaim(
            member_id=kwame.id,
            category="travel",
            amount=Decimal("12.40"),
            session_id="w1-sat",
            created_at=utcnow(),
        )
        session.add(claim)
        session.flush()
        claim_id = claim.id
    answer = gateway.client.post(
        f"/api/claims/{claim_id}/decision",
        json={"status": "approved", "note": "thanks"},
        headers=bearer(staff_token(gateway, "finance")),
    )
    assert answer.status_code == 200, answer.text
    [template] = wait_for_messages_to(gateway, f"whatsapp:{KWAME}", 1)
    assert template["content_sid"] == template_sid(gateway, "claim_update")
    assert template["content_variables"] == {"1": "Kwame", "2": "£12.40", "3": "approved"}

    gateway.whatsapp(KWAME, "hi")
    sent = wait_for_messages_to(gateway, f"whatsapp:{KWAME}", 3)
    assert sum("£12.40" in (m["body"] or "") for m in sent) == 1


@pytest.mark.parametrize("missing", ["broadcast", "claim_update"])
def test_check_config_fails_when_whatsapp_is_on_and_a_template_is_missing(
    gateway: Gateway, missing: str
) -> None:
    path = gateway.settings.ASSEMBLY_CONFIG
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if f"{missing}:" not in line))
    problems = check_config_file(path)
    assert any(missing in problem for problem in problems), problems


def test_check_config_fails_when_whatsapp_is_on_but_no_templates_are_configured(
    gateway: Gateway,
) -> None:
    path = gateway.settings.ASSEMBLY_CONFIG
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\nchannels:")])
    assert check_config_file(path) == []  # a config without WhatsApp is fine on its own...
    [problem] = check_config_file(path, whatsapp_on=True)  # ...but not with WhatsApp on
    assert problem.startswith("channels.whatsapp: WhatsApp is on")


def wait_for_messages_to(gateway: Gateway, to: str, count: int) -> list[dict[str, Any]]:
    from tests.harness import wait_until

    def arrived() -> list[dict[str, Any]] | None:
        sent = [m for m in gateway.twilio_api.sent_messages() if m["to"] == to]
        return sent if len(sent) >= count else None

    return wait_until(arrived, timeout=15, what=f"{count} messages to {to}")
