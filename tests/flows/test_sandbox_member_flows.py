"""What a sandbox member (the try-it page's stand-in) answers is kept apart from members' own
feedback, so it never counts in a summary or an export."""

from __future__ import annotations

from sqlalchemy import select, update

from db.models import FeedbackNote, FeedbackResponse, Member
from flows.context import FlowContext
from flows.feedback import ActionRecordFeedbackNote
from tests.flows.conftest import Someone, run, tracker_for
from tests.flows.test_feedback import take_survey


def make_sandbox(flow_context: FlowContext, someone: Someone) -> None:
    with flow_context.sessions() as session, session.begin():
        session.execute(update(Member).where(Member.id == someone.member_id).values(sandbox=True))


def test_a_sandbox_members_survey_answers_are_flagged_sandbox(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    make_sandbox(flow_context, amina)
    take_survey(amina, ["5", "yes", "tried from the console"])
    with flow_context.sessions() as session:
        response = session.execute(select(FeedbackResponse)).scalar_one()
    assert response.sandbox is True


def test_a_sandbox_members_feedback_note_is_flagged_sandbox(
    flow_context: FlowContext, amina: Someone
) -> None:
    make_sandbox(flow_context, amina)
    run(ActionRecordFeedbackNote(), tracker_for(amina, slots={"feedback_note": "more tea"}))
    with flow_context.sessions() as session:
        note = session.execute(select(FeedbackNote)).scalar_one()
    assert note.sandbox is True


def test_a_real_members_feedback_is_not_flagged_sandbox(
    flow_context: FlowContext, amina: Someone, feedback_secret: str
) -> None:
    take_survey(amina, ["4", "no", "skip"])
    run(ActionRecordFeedbackNote(), tracker_for(amina, slots={"feedback_note": "more tea"}))
    with flow_context.sessions() as session:
        assert session.execute(select(FeedbackResponse.sandbox)).scalar_one() is False
        assert session.execute(select(FeedbackNote.sandbox)).scalar_one() is False
