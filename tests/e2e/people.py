"""Members made for one test, and what reached the staff alert phone.

The end-to-end tests share one database for the whole session, so a test that changes a
member's state (a case, a takeover, a form half filled) makes its own members rather than
borrowing the sample roster's.
"""

from __future__ import annotations

import itertools
import re
import threading

from sqlalchemy import select

from bot.members.roster import new_invite_code
from db.models import Member
from tests.assistant import STAFF_ALERT_NUMBER
from tests.harness import Gateway, wait_until

# Ofcom's drama ranges: members from +44 113 496 0xxx, strangers from +44 20 7946 0xxx.
_MEMBER_NUMBERS = itertools.count(0)
_STRANGER_NUMBERS = itertools.count(0)
_NUMBERS_LOCK = threading.Lock()


def _next(counter: itertools.count[int], prefix: str) -> str:
    with _NUMBERS_LOCK:
        number = next(counter)
    assert number < 1000, "out of drama numbers"
    return f"{prefix}{number:03d}"


def stranger_number() -> str:
    """A phone number that is not on the roster."""
    return _next(_STRANGER_NUMBERS, "+442079460")


def new_member(
    gateway: Gateway, first_name: str = "Robin", *, onboarded: bool = True, phone: str = ""
) -> str:
    """A member on the roster (onboarded, or invited and not yet started); their phone."""
    phone = phone or _next(_MEMBER_NUMBERS, "+441134960")
    with gateway.services.sessions() as session, session.begin():
        taken = set(session.execute(select(Member.invite_code)).scalars())
        session.add(
            Member(
                first_name=first_name,
                last_name="Tester",
                phone=phone,
                invite_code=new_invite_code(taken),
                onboarding_state="onboarded" if onboarded else "invited",
            )
        )
    return phone


def staff_alerts(gateway: Gateway, conversation_id: int) -> list[str]:
    """The urgent alerts the staff phone received about this conversation."""
    return [
        message["body"] or ""
        for message in gateway.twilio_api.sent_messages()
        if message["to"] == STAFF_ALERT_NUMBER
        and re.search(rf"\bconversation {conversation_id}\b", message["body"] or "")
    ]


def wait_for_alerts(gateway: Gateway, conversation_id: int, count: int) -> list[str]:
    """Until the staff phone has `count` alerts about this conversation."""

    def enough() -> list[str]:
        found = staff_alerts(gateway, conversation_id)
        return found if len(found) >= count else []

    return wait_until(
        enough,
        15,
        f"{count} staff alert(s) about conversation {conversation_id}",
    )


CONTACT_PHONE = "+44 20 8496 0000"  # config.yml's assembly.staff_contact.phone


def is_crisis_reply(replies: list[str]) -> bool:
    """The numbers to call: 999, and the assembly team's own."""
    text = " ".join(replies)
    return "999" in text and CONTACT_PHONE in text
