"""The day's register and the thank-you payment through the real assistant: "I'm here" by
text, a tick at the door, "when will I get paid?" answered from the member's own record, and
the member told when finance pays."""

from __future__ import annotations

from tests.bot.staff.conftest import add_staff
from tests.bot.staff.support import bearer
from tests.e2e.people import new_member
from tests.e2e.talk import member, replies_to, say
from tests.harness import Gateway, wait_until


def test_checked_in_at_the_door_then_paid_and_told_and_asking_reads_their_record(
    e2e: Gateway,
) -> None:
    phone = new_member(e2e, "Priya")
    replies = say(e2e, "sms", phone, "I'm here")
    assert "no assembly session on right now" in replies[-1], replies  # not a session day

    with e2e.services.sessions() as session, session.begin():
        _id, organiser = add_staff(session, "door@example.org", "staff")
        _id, finance = add_staff(session, "finance-pay@example.org", "finance")
    priya = member(e2e, phone)
    ticked = e2e.client.post(
        "/api/register",
        json={"session": "w1-sat", "member_id": priya.id},
        headers=bearer(organiser),
    )
    assert ticked.status_code == 200, ticked.text
    owed = e2e.client.get("/api/payments?status=owed", headers=bearer(finance)).json()
    [payment] = [row for row in owed["payments"] if row["member_id"] == priya.id]
    assert (payment["period"], payment["amount"]) == ("Weekend 1", "150.00")

    replies = say(e2e, "sms", phone, "when will I get paid?")
    assert "Weekend 1: £150, to be paid within 10 working days" in "\n".join(replies)

    paid = e2e.client.post(
        f"/api/payments/{payment['id']}",
        json={"status": "paid", "reference": "BACS-E2E-1"},
        headers=bearer(finance),
    )
    assert paid.status_code == 200, paid.text
    told = wait_until(
        lambda: [text for text in replies_to(e2e, "sms", phone) if "has been paid" in text],
        what="the payment message",
    )
    assert told == [
        "Your thank-you payment of £150 for Weekend 1 has been paid. It may take a "
        "few days to reach you. Thank you for taking part!"
    ]
    replies = say(e2e, "sms", phone, "has my thank you payment been paid?")
    assert "Weekend 1: £150, paid on" in "\n".join(replies)
