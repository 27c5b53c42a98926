"""Members' data stays theirs, end to end with the real Rasa model and action server: a claim
takes only the member's own receipt photo, and anonymous feedback leaves neither the transcript
nor Rasa's tracker store (the real store the Rasa server wrote) tied to the member."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import (
    Conversation,
    ExpenseClaim,
    FeedbackNote,
    FeedbackResponse,
    MediaFile,
    Message,
    TrackerScrub,
)
from db.queries import conversation_for, identity_for
from db.tracker_store import TrackerStore, read_events
from db.types import utcnow
from tests.e2e.talk import ask_for_feedback, conversation, member, replies_to, say, set_member
from tests.e2e.test_journeys import CLAIM_ANSWERS, staff_token
from tests.harness import Gateway, wait_until


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


# --- anonymous feedback -----------------------------------------------------------------------

SURVEY_ANSWERS = ["4", "yes", "The chairs in the main hall were very uncomfortable"]
NOT_AN_ANSWER = "hmm let me think about that one"


def tracker_events(e2e: Gateway, conversation_id: int) -> list[dict[str, object]]:
    """What Rasa's tracker store holds for a conversation, as Rasa wrote it."""
    with e2e.services.sessions() as session:
        sender = session.get(Conversation, conversation_id).rasa_sender_id  # type: ignore[union-attr]
    store = TrackerStore.for_settings(e2e.settings)
    with store.session() as session:
        return [event.data for event in read_events(session, sender)]


def user_texts(e2e: Gateway, conversation_id: int) -> list[str]:
    events = tracker_events(e2e, conversation_id)
    return [str(e.get("text")) for e in events if e["event"] == "user"]


def scrubbed(e2e: Gateway, conversation_id: int) -> bool:
    with e2e.services.sessions() as session:
        return not session.execute(
            select(TrackerScrub.id).where(TrackerScrub.conversation_id == conversation_id)
        ).all()


def test_anonymous_survey_answers_leave_the_transcript_and_rasas_tracker_store(
    e2e: Gateway,
) -> None:
    phone = "+447700900125"  # Abdi
    set_member(e2e, phone, onboarding_state="onboarded")
    ask_for_feedback(e2e, phone)
    wait_until(lambda: "rate" in " ".join(replies_to(e2e, "sms", phone)), 15, "the survey")
    assert "Did you feel heard" in say(e2e, "sms", phone, SURVEY_ANSWERS[0])[-1]
    assert "YES, NO or SORT OF" in " ".join(say(e2e, "sms", phone, NOT_AN_ANSWER))
    assert "change for next time" in say(e2e, "sms", phone, SURVEY_ANSWERS[1])[-1]
    assert "Thank you" in say(e2e, "sms", phone, SURVEY_ANSWERS[2])[-1]
    talk = conversation(e2e, "sms", phone)

    staff = staff_token(e2e, "staff")
    transcript = e2e.client.get(f"/api/conversations/{talk.id}/messages", headers=staff).json()
    said = [m["text"] for m in transcript["messages"] if m["direction"] == "in"]
    blank = "(anonymous feedback answer)"
    assert said[-4:] == [blank, NOT_AN_ANSWER, blank, blank]  # exactly the answers

    wait_until(lambda: scrubbed(e2e, talk.id), 15, "the tracker store scrubbed")
    texts = user_texts(e2e, talk.id)
    assert NOT_AN_ANSWER in texts and not set(SURVEY_ANSWERS) & set(texts)
    assert SURVEY_ANSWERS[2] not in json.dumps(tracker_events(e2e, talk.id))
    with e2e.services.sessions() as session:
        stored = session.execute(
            select(FeedbackResponse.answers).where(FeedbackResponse.answers.is_not(None))
        ).scalars()
        assert any(answers.get("improve") == SURVEY_ANSWERS[2] for answers in stored)

    # The conversation goes on as before, on the scrubbed tracker.
    assert "Forest Road" in " ".join(say(e2e, "sms", phone, "what's the address of the venue?"))


def test_an_anonymous_feedback_note_leaves_the_transcript_and_rasas_tracker_store(
    e2e: Gateway,
) -> None:
    phone = "+447700900128"  # Leila
    set_member(e2e, phone, onboarding_state="onboarded")
    note = "The afternoon break was too short for the tea queue"
    assert (
        "what would you like to tell us" in say(e2e, "sms", phone, "I'd like to give feedback")[-1]
    )
    assert "anonymous" in say(e2e, "sms", phone, note)[-1]
    talk = conversation(e2e, "sms", phone)

    staff = staff_token(e2e, "staff")
    transcript = e2e.client.get(f"/api/conversations/{talk.id}/messages", headers=staff).json()
    assert note not in json.dumps(transcript)
    assert "(anonymous feedback)" in [m["text"] for m in transcript["messages"]]
    wait_until(lambda: scrubbed(e2e, talk.id), 15, "the tracker store scrubbed")
    assert note not in json.dumps(tracker_events(e2e, talk.id))
    with e2e.services.sessions() as session:
        assert session.execute(select(FeedbackNote).where(FeedbackNote.text == note)).scalar_one()
