"""Members' data stays theirs, end to end with the real Rasa model and action server: a claim
takes only the member's own receipt photo."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ExpenseClaim, MediaFile, Message
from db.queries import conversation_for, identity_for
from db.types import utcnow
from tests.e2e.talk import member, say, set_member
from tests.e2e.test_journeys import CLAIM_ANSWERS
from tests.harness import Gateway


def someone_elses_receipt(e2e: Gateway, phone: str) -> int:
    """A receipt photo another member sent on SMS, as the gateway stores it."""
    owner = member(e2e, phone)
    with e2e.services.sessions() as session, session.begin():
        identity = identity_for(session, "sms", phone)
        identity.member_id = owner.id
        conversation = conversation_for(session, identity)
        message = Message(
            conversation_id=conversation.id,
            channel="sms",
            direction="in",
            author="member",
            kind="media",
            created_at=utcnow(),
            processed_at=utcnow(),
        )
        session.add(message)
        session.flush()
        media = MediaFile(message_id=message.id, source="https://example.invalid/ME1")
        session.add(media)
        session.flush()
        return media.id


def test_a_claim_cannot_take_someone_elses_receipt_by_typing_its_media_id(e2e: Gateway) -> None:
    phone = "+447700900135"  # Aaliyah
    set_member(e2e, phone, onboarding_state="onboarded")
    theirs = someone_elses_receipt(e2e, "+447700900133")  # Rosa's photo

    replies = say(e2e, "sms", phone, "I want to claim 12 quid for a cab home")
    for _ in range(6):
        question = replies[-1] if replies else ""
        if "photo of the receipt" in question:
            break
        answer = next((a for words, a in CLAIM_ANSWERS if words in question), "")
        assert answer, f"unexpected question: {question!r}"
        replies = say(e2e, "sms", phone, answer)
    else:
        raise AssertionError(f"the claim never asked for a receipt: {replies}")

    refused = " ".join(say(e2e, "sms", phone, f"media:{theirs}"))
    assert "only use a photo you've sent me" in refused
    assert "only use a photo you've sent me" in " ".join(say(e2e, "sms", phone, "media:x"))
    with e2e.services.sessions() as session:
        taken = session.execute(
            select(ExpenseClaim.id).where(ExpenseClaim.receipt_media_id == theirs)
        ).all()
    assert taken == []
