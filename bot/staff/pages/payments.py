"""Thank-you payments for finance: who is owed what for each period, approving and marking
paid (method and reference, never bank details), and the CSV for the finance team."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.members.payments import PAYMENT_METHODS, PAYMENT_STATUSES, list_payments
from bot.staff import web
from bot.staff.actions.organisers import settle
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from db.queries import audit
from db.session import transaction

router = web.console_router()

Payer = web.allowed(Permission.PAY_MEMBERS)
PaymentForm = web.allowed_form(Permission.PAY_MEMBERS)

CSV_HEADER = [
    "payment_id",
    "member_id",
    "first_name",
    "last_name",
    "period",
    "amount",
    "currency",
    "status",
    "method",
    "reference",
    "paid_at",
]


def chosen_status(status: str | None) -> str | None:
    """The status tab: `owed` unless another (or `all`) is asked for."""
    if status == "all":
        return None
    return status if status in PAYMENT_STATUSES else "owed"


@router.get("/payments")
def payments_page(request: Request, staff: Payer, status: str | None = None) -> Response:
    shown = chosen_status(status)
    with services_of(request).sessions() as db:
        every, _total = list_payments(db, shown)
    rows, pager = page_rows(request, every)
    return web.render(
        request,
        "payments.html",
        {
            "status": shown,
            "statuses": PAYMENT_STATUSES,
            "methods": PAYMENT_METHODS,
            "payments": rows,
            "pager": pager,
            "back": f"/staff/payments?status={shown or 'all'}&page={pager.number}",
        },
    )


@router.post("/payments/{payment_id}")
def payment_decision(request: Request, payment_id: int, form_data: PaymentForm) -> Response:
    staff, form = form_data
    services = services_of(request)
    back = web.safe_next(web.form_text(form, "back") or "/staff/payments")
    status = web.form_text(form, "status")
    body = {
        "status": status,
        "method": web.form_text(form, "method") or None,
        "reference": web.form_text(form, "reference") or None,
    }
    return web.act_then_return(
        request,
        lambda db: settle(db, staff, services.config, payment_id, body),
        back=back,
        done=status,
        refused_title="Not saved",
    )


@router.get("/payments.csv")
def payments_csv(request: Request, staff: Payer, status: str | None = None) -> Response:
    shown = chosen_status(status)
    with transaction(services_of(request).sessions) as db:
        rows, _total = list_payments(db, shown)
        audit(db, staff.id, "payments.export", "thank_you_payment", None, status=shown)
    return web.csv_response(
        f"thank-you-payments-{shown or 'all'}.csv",
        CSV_HEADER,
        (
            [
                row["id"],
                row["member_id"],
                row["first_name"],
                row["last_name"],
                row["period"],
                row["amount"],
                row["currency"],
                row["status"],
                row["method"] or "",
                row["reference"] or "",
                row["paid_at"].isoformat(timespec="minutes") if row["paid_at"] else "",
            ]
            for row in rows
        ),
    )
