"""Members made for one test, and what reached the staff alert phone.

The end-to-end tests share one database for the whole session, so a test that changes a
member's state (a case, a takeover, a form half filled) makes its own members rather than
borrowing the sample roster's; once the test is over they are withdrawn (`retire_made_members`),
so later tests' reminders and surveys do not go to hundreds of them.
"""

from __future__ import annotations

import itertools
import re
import threading

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.members.roster import new_invite_code
from bot.scheduling.feedback_requests import RasaSurveyStarter, feedback_time, request_feedback
from db.models import Attendance, Member, OutboxItem
from db.types import utcnow
from tests.assistant import STAFF_ALERT_NUMBER
from tests.e2e.talk import conversation, member, replies_to, say
from tests.harness import Gateway, wait_until

# Ofcom's drama ranges: members from +44 113 496 0xxx, strangers from +44 20 7946 0xxx.
_MEMBER_NUMBERS = itertools.count(0)
_STRANGER_NUMBERS = itertools.count(0)
_NUMBERS_LOCK = threading.Lock()
_MADE: list[tuple[sessionmaker[Session], str]] = []


def _next(counter: itertools.count[int], prefix: str) -> str:
    with _NUMBERS_LOCK:
        number = next(counter)
    assert number < 1000, "out of drama numbers"
    return f"{prefix}{number:03d}"


def stranger_number() -> str:
    """A phone number that is not on the roster."""
    return _next(_STRANGER_NUMBERS, "+442079460")


def fresh_member_number() -> str:
    """A phone number no member has, for a member a test adds (then `retire_later`)."""
    return _next(_MEMBER_NUMBERS, "+441134960")


def retire_later(gateway: Gateway, phone: str) -> None:
    """Withdraw the member with this phone when the test ends."""
    _MADE.append((gateway.services.sessions, phone))


def new_member(
    gateway: Gateway, first_name: str = "Robin", *, onboarded: bool = True, phone: str = ""
) -> str:
    """A member on the roster (onboarded, or invited and not yet started); their phone."""
    phone = phone or fresh_member_number()
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
    retire_later(gateway, phone)
    return phone


def retire_made_members() -> None:
    """Withdraw every member `new_member` made: no reminders or surveys for them any more."""
    while _MADE:
        sessions, phone = _MADE.pop()
        with sessions() as session, session.begin():
            session.execute(
                update(Member)
                .where(Member.phone == phone)
                .values(onboarding_state="withdrawn", withdrawn_at=utcnow())
            )


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


# Not the first Saturday: test_journeys counts that session's survey responses.
SURVEYED_SESSION = "w1-sun"


def start_surveys(gateway: Gateway, phones: list[str]) -> None:
    """These members attended the first Sunday, and its survey's first question (about the
    rating) has reached each of them."""
    member_ids = [member(gateway, phone).id for phone in phones]
    with gateway.services.sessions() as session, session.begin():
        for member_id in member_ids:
            session.add(
                Attendance(member_id=member_id, session_id=SURVEYED_SESSION, status="confirmed")
            )
    config = gateway.services.config
    first_sunday = config.session(SURVEYED_SESSION)
    assert first_sunday is not None
    asked_at = feedback_time(first_sunday, config)
    request_feedback(
        gateway.services.sessions, config, asked_at, RasaSurveyStarter(gateway.settings)
    )
    with gateway.services.sessions() as session, session.begin():  # the clock reaches that time
        for row in session.execute(
            select(OutboxItem).where(
                OutboxItem.member_id.in_(member_ids), OutboxItem.kind == "feedback"
            )
        ).scalars():
            row.not_before = utcnow()
    for phone in phones:
        wait_until(
            lambda phone=phone: "rate" in " ".join(replies_to(gateway, "sms", phone)),
            30,
            "the survey's first question",
        )


def assert_crisis_answered(gateway: Gateway, phone: str, text: str, alerts: int = 1) -> None:
    """`text` from this number gets the numbers to call, and the staff phone has `alerts`
    alerts about the conversation."""
    replies = say(gateway, "sms", phone, text)
    assert is_crisis_reply(replies), replies
    wait_for_alerts(gateway, conversation(gateway, "sms", phone).id, alerts)
