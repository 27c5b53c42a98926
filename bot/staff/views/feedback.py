"""Feedback per session, and its export; never a member's identity when feedback is anonymous."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from db.models import FeedbackRequest, FeedbackResponse, Member

RATING_SCALE = (1, 2, 3, 4, 5)


def _as_rating(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        rating = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return rating if rating in RATING_SCALE else None


def _as_yes(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"yes", "y", "true", "1"}:
        return True
    if text in {"no", "n", "false", "0"}:
        return False
    return None


def feedback_summary(session: Session, config: AssemblyConfig) -> list[dict[str, Any]]:
    """Per session: how many were asked, how many answered, and what they said.

    Answers tried out from the try-it page (`sandbox`) are left out. When feedback is
    anonymous nothing here names or links to a member: text answers are
    sorted alphabetically rather than by time, so their order cannot be matched to who
    answered when.
    """
    anonymous = config.feedback.anonymous
    sent = dict(
        session.execute(
            select(FeedbackRequest.session_id, func.count(FeedbackRequest.id))
            .join(Member, Member.id == FeedbackRequest.member_id)
            .where(Member.sandbox.is_(False))
            .group_by(FeedbackRequest.session_id)
        ).all()
    )
    responses_by_session: dict[str, list[FeedbackResponse]] = {}
    for response in session.execute(
        select(FeedbackResponse)
        .where(FeedbackResponse.sandbox.is_(False))
        .order_by(FeedbackResponse.id)
    ).scalars():
        responses_by_session.setdefault(response.session_id, []).append(response)

    summary = []
    for item in config.sessions:
        responses = responses_by_session.get(item.id, [])
        requests_sent = sent.get(item.id, 0)
        questions = []
        for question in config.feedback.questions:
            values = [r.answers.get(question.id) for r in responses if isinstance(r.answers, dict)]
            values = [v for v in values if v is not None and v != ""]
            entry: dict[str, Any] = {
                "id": question.id,
                "type": question.type,
                "text": question.text,
            }
            if question.type == "rating":
                ratings = [r for r in (_as_rating(v) for v in values) if r is not None]
                counts = Counter(ratings)
                entry["count"] = len(ratings)
                entry["mean"] = round(sum(ratings) / len(ratings), 2) if ratings else None
                entry["distribution"] = {str(score): counts.get(score, 0) for score in RATING_SCALE}
            elif question.type == "yesno":
                answers = [a for a in (_as_yes(v) for v in values) if a is not None]
                yes = sum(answers)
                entry["count"] = len(answers)
                entry["yes"] = yes
                entry["no"] = len(answers) - yes
                entry["yes_share"] = round(yes / len(answers), 3) if answers else None
            else:
                texts = [
                    {"text": str(v).strip()} | ({} if anonymous else {"member_id": r.member_id})
                    for r in responses
                    if isinstance(r.answers, dict)
                    and (v := r.answers.get(question.id)) not in (None, "")
                ]
                if anonymous:
                    texts.sort(key=lambda answer: answer["text"].lower())
                entry["count"] = len(texts)
                entry["answers"] = texts
            questions.append(entry)
        summary.append(
            {
                "session_id": item.id,
                "title": item.title,
                "requests_sent": requests_sent,
                "responses": len(responses),
                "response_rate": round(len(responses) / requests_sent, 3)
                if requests_sent
                else None,
                "questions": questions,
            }
        )
    return summary


def feedback_rows_for_export(
    session: Session, config: AssemblyConfig
) -> tuple[list[str], list[list[str]]]:
    """One row per response. Anonymous exports carry no member id and no timestamp (a time
    could be matched to who was messaging then), and are sorted by content, not by time."""
    anonymous = config.feedback.anonymous
    question_ids = [question.id for question in config.feedback.questions]
    header = (
        ["session_id", *question_ids]
        if anonymous
        else ["session_id", "member_id", "submitted_at", *question_ids]
    )
    rows = []
    for response in session.execute(
        select(FeedbackResponse).where(FeedbackResponse.sandbox.is_(False))
    ).scalars():
        answers = response.answers if isinstance(response.answers, dict) else {}
        values = ["" if answers.get(q) is None else str(answers.get(q)) for q in question_ids]
        if anonymous:
            rows.append([response.session_id, *values])
        else:
            rows.append(
                [
                    response.session_id,
                    "" if response.member_id is None else str(response.member_id),
                    response.submitted_at.isoformat(),
                    *values,
                ]
            )
    rows.sort()
    return header, rows
