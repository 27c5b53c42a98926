"""Expense claims for finance: the list, its CSV export, receipts, and approving, rejecting or
marking a claim paid (the member is told)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.staff import web
from bot.staff.actions.checks import StaffActionError
from bot.staff.actions.claims import CLAIM_TRANSITIONS, decide_claim
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import Permission
from bot.staff.receipts import open_receipt
from bot.staff.views.claims import CLAIM_STATUSES, list_claims
from db.queries import audit
from db.session import transaction

router = web.console_router()

Claims = web.allowed(Permission.VIEW_CLAIMS)
Receipts = web.allowed(Permission.VIEW_RECEIPTS)
FinanceExport = web.allowed(Permission.EXPORT_FINANCE)
DecisionForm = web.allowed_form(Permission.DECIDE_CLAIMS)

CSV_HEADER = [
    "claim_id",
    "member_id",
    "member_name",
    "category",
    "amount",
    "currency",
    "session_id",
    "status",
    "receipt",
    "over_cap",
    "after_deadline",
    "submitted_at",
    "decided_at",
    "decision_note",
]


def claim_status(value: str | None) -> str | None:
    """A known status filters the list; anything else (`all`) shows every claim."""
    return value if value in CLAIM_STATUSES else None


@router.get("/claims")
def claims_page(request: Request, staff: Claims, status: str | None = "submitted") -> Response:
    chosen = claim_status(status)
    with services_of(request).sessions() as session:
        claims, pager = page_rows(request, list_claims(session, chosen))
    return web.render(
        request,
        "claims.html",
        {
            "claims": claims,
            "pager": pager,
            "status": chosen,
            "statuses": CLAIM_STATUSES,
            "transitions": CLAIM_TRANSITIONS,
        },
    )


@router.get("/claims.csv")
def claims_csv(request: Request, staff: FinanceExport, status: str | None = None) -> Response:
    chosen = claim_status(status)
    with transaction(services_of(request).sessions) as session:
        claims = list_claims(session, chosen)
        audit(session, staff.id, "claims.export", "expense_claim", None, status=chosen)
    rows = [
        [
            c["id"],
            c["member"]["id"],
            c["member_name"],
            c["category"],
            c["amount"],
            c["currency"],
            c["session_id"] or "",
            c["status"],
            "yes" if c["has_receipt"] else "no",
            "yes" if c["over_cap"] else "no",
            "yes" if c["after_deadline"] else "no",
            c["created_at"].isoformat(),
            c["decided_at"].isoformat() if c["decided_at"] else "",
            c["decision_note"] or "",
        ]
        for c in claims
    ]
    return web.csv_response("claims.csv", CSV_HEADER, rows)


@router.get("/claims/{claim_id}/receipt")
def claim_receipt(request: Request, claim_id: int, staff: Receipts) -> Response:
    return open_receipt(request, staff, claim_id)


@router.post("/claims/{claim_id}/decision")
def claim_decision(request: Request, claim_id: int, form_data: DecisionForm) -> Response:
    staff, form = form_data
    services = services_of(request)
    asked_back = web.form_text(form, "back")
    back = web.safe_next(asked_back) if asked_back else "/staff/claims"
    try:
        with transaction(services.sessions) as session:
            decide_claim(
                session,
                staff,
                services.config,
                claim_id,
                web.form_text(form, "status"),
                web.form_text(form, "note") or None,
            )
    except StaffActionError as error:
        return web.error_page(
            request,
            "The decision was not saved",
            error.message,
            back=back,
            status_code=error.status_code,
        )
    separator = "&" if "?" in back else "?"
    return web.redirect(f"{back}{separator}done=decided")
