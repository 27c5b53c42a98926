"""Feedback per session: response rates and rating charts drawn on the server, text answers,
and the CSV export (anonymous when the assembly's feedback is)."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.charts import BarChart, bar_chart
from bot.staff.permissions import Permission
from bot.staff.views.feedback import feedback_rows_for_export, feedback_summary
from db.queries import audit
from db.session import transaction

router = web.console_router()

Feedback = web.allowed(Permission.VIEW_FEEDBACK)


def response_rate_chart(summary: list[dict[str, Any]]) -> BarChart:
    return bar_chart(
        "Response rate by session",
        [
            (
                item["session_id"],
                (item["response_rate"] or 0) * 100,
                f"{round((item['response_rate'] or 0) * 100)}%",
            )
            for item in summary
        ],
        max_value=100,
        width=max(360, 70 * len(summary)),
    )


def rating_charts(summary: list[dict[str, Any]]) -> dict[tuple[str, str], BarChart]:
    """How many gave each rating, per session and rating question."""
    return {
        (item["session_id"], question["id"]): bar_chart(
            f"{item['title']}: how many gave each rating",
            [(score, count, str(count)) for score, count in question["distribution"].items()],
        )
        for item in summary
        for question in item["questions"]
        if question["type"] == "rating"
    }


@router.get("/feedback")
def feedback_page(request: Request, staff: Feedback) -> Response:
    services = services_of(request)
    config = services.config
    with services.sessions() as session:
        summary = feedback_summary(session, config)
    return web.render(
        request,
        "feedback.html",
        {
            "summary": summary,
            "rate_chart": response_rate_chart(summary),
            "rating_charts": rating_charts(summary),
            "anonymous": config.feedback.anonymous,
        },
    )


@router.get("/feedback.csv")
def feedback_csv(request: Request, staff: Feedback) -> Response:
    services = services_of(request)
    with transaction(services.sessions) as session:
        header, rows = feedback_rows_for_export(session, services.config)
        audit(session, staff.id, "feedback.export", "feedback", None)
    return web.csv_response("feedback.csv", header, rows)
