"""What members tell the assistant stays true: a roster re-import keeps the channel a member
chose, and a withdrawal, once staff confirm it, stops reminders and surveys and shows in the
attendance list."""

from __future__ import annotations

from sqlalchemy import select

from bot.members.roster import import_roster
from bot.scheduling.reminders import plan_reminders
from bot.staff.views.members import attendance_for_session
from db.models import Member, OutboxItem
from db.types import utcnow
from tests.bot.staff.conftest import add_staff
from tests.bot.staff.support import bearer
from tests.conftest import SAMPLE_ROSTER
from tests.e2e.people import new_member
from tests.e2e.talk import conversation, member, replies_to, say
from tests.e2e.test_onboarding import answer
from tests.harness import Gateway, wait_until

ASHA = "+447700900148"  # SMS on the roster
MARCUS = "+447700900129"  # on the roster


def test_roster_reimport_keeps_the_channel_a_member_chose_in_onboarding(e2e: Gateway) -> None:
    replies = say(e2e, "sms", ASHA, "hello")
    for _ in range(15):
        if "how would you like us to message you" in replies[-1]:
            break
        replies = say(e2e, "sms", ASHA, answer(replies[-1]))
    else:
        raise AssertionError(f"never asked for a channel: {replies}")
    say(e2e, "sms", ASHA, "whatsapp please")
    assert member(e2e, ASHA).preferred_channel == "whatsapp"

    with e2e.services.sessions() as session, session.begin():
        report = import_roster(session, SAMPLE_ROSTER)  # the roster still says sms
    assert report.updated > 0
    assert member(e2e, ASHA).preferred_channel == "whatsapp"


def test_a_withdrawal_confirmed_by_staff_stops_reminders_and_shows_in_attendance(
    e2e: Gateway,
) -> None:
    replies = say(e2e, "sms", MARCUS, "I want to leave the assembly, sorry")
    assert replies and "do you want to leave" in replies[-1], replies
    assert conversation(e2e, "sms", MARCUS).reason is None  # nothing recorded before a yes
    replies = say(e2e, "sms", MARCUS, "yes")
    assert "What happens next" in replies[-1], replies
    assert conversation(e2e, "sms", MARCUS).reason == "wants to withdraw"
    marcus = member(e2e, MARCUS)
    config = e2e.services.config
    first = config.sessions[0]
    with e2e.services.sessions() as session, session.begin():
        _staff_id, token = add_staff(session, "organiser-withdraw@example.org", "staff")
        marcus_row = session.get(type(marcus), marcus.id)
        assert marcus_row is not None
        marcus_row.onboarding_state = "onboarded"  # he had finished onboarding before
        plan_reminders(session, config, utcnow(), horizon=None)
    assert reminders_for(e2e, marcus.id, "pending")

    answer_ = e2e.client.post(
        f"/api/members/{marcus.id}/withdraw",
        json={"reason": "moving out of the borough"},
        headers=bearer(token),
    )
    assert answer_.status_code == 200, answer_.text
    assert answer_.json()["onboarding_state"] == "withdrawn"

    assert reminders_for(e2e, marcus.id, "pending") == []
    assert reminders_for(e2e, marcus.id, "cancelled")
    with e2e.services.sessions() as session, session.begin():
        plan_reminders(session, config, utcnow(), horizon=None)
        groups = attendance_for_session(session, first.id)
    assert reminders_for(e2e, marcus.id, "pending") == []  # planning again queues nothing
    assert marcus.id in [person["id"] for person in groups["withdrawn"]]
    assert all(person["id"] != marcus.id for person in groups["no_answer"])

    # A reserve takes his place: invited on their own channel, and shown as his replacement.
    reserve_phone = new_member(e2e, "Reese", onboarded=False)
    with e2e.services.sessions() as session, session.begin():
        reserve = session.scalars(select(Member).where(Member.phone == reserve_phone)).one()
        reserve.reserve, reserve.onboarding_state = True, "not_invited"
        reserve_id = reserve.id
    promoted = e2e.client.post(
        f"/api/members/{reserve_id}/promote", json={"replaces": marcus.id}, headers=bearer(token)
    )
    assert promoted.status_code == 200, promoted.text
    invitation = wait_until(
        lambda: [text for text in replies_to(e2e, "sms", reserve_phone) if "selected" in text],
        what="the promoted reserve's invitation",
    )
    assert "Hi Reese, you have been selected" in invitation[0]
    with e2e.services.sessions() as session:
        groups = attendance_for_session(session, first.id)
    [reese] = [
        person for group in groups.values() for person in group if person["id"] == reserve_id
    ]
    assert reese["replaces"] == {"id": marcus.id, "name": "Marcus " + marcus.last_name}


def test_withdrawing_needs_a_reason_and_a_role_that_may(e2e: Gateway) -> None:
    marcus = member(e2e, MARCUS)
    with e2e.services.sessions() as session, session.begin():
        _id, finance = add_staff(session, "finance-withdraw@example.org", "finance")
        _id, organiser = add_staff(session, "organiser-withdraw-2@example.org", "staff")
    path = f"/api/members/{marcus.id}/withdraw"
    assert e2e.client.post(path, json={"reason": "x"}, headers=bearer(finance)).status_code == 403
    assert e2e.client.post(path, json={}, headers=bearer(organiser)).status_code == 400
    missing = e2e.client.post(
        "/api/members/999999/withdraw", json={"reason": "x"}, headers=bearer(organiser)
    )
    assert missing.status_code == 404


def reminders_for(gateway: Gateway, member_id: int, status: str) -> list[int]:
    with gateway.services.sessions() as session:
        return list(
            session.execute(
                select(OutboxItem.id).where(
                    OutboxItem.member_id == member_id,
                    OutboxItem.kind == "reminder",
                    OutboxItem.status == status,
                )
            ).scalars()
        )
