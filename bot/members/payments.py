"""Thank-you payments: finance settling what members are owed.

A member who arrived at a session is owed the payment for its period (a weekend, a session, a
day or the whole assembly, as `assembly.thank_you_payment.per` says), once: the register
records it (db/register.py). Finance approves it and marks it paid with the
method and a reference; no bank details are kept. A payment marked paid is told to the member
on their channel (the `payment_paid` WhatsApp template outside the 24-hour window).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, format_money
from bot.message_texts import payment_paid_text
from bot.outbox.queue import send_to_member
from db.models import Member, ThankYouPaymentRecord
from db.queries import audit
from db.types import utcnow

PAYMENT_STATUSES = ("owed", "approved", "paid")
PAYMENT_METHODS = ("bank_transfer", "cash", "voucher", "cheque", "other")
PAYMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    "owed": frozenset({"approved", "paid"}),
    "approved": frozenset({"paid"}),
    "paid": frozenset(),
}
MAX_REFERENCE = 100
# Bank details have no place in a reference: a sort code, an 8-digit account number, an IBAN.
BANK_DETAILS = re.compile(
    r"\b\d{2}[- ]\d{2}[- ]\d{2}\b|(?<!\d)\d{8}(?!\d)|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}",
    re.IGNORECASE,
)


class PaymentError(ValueError):
    """A change finance can correct: the HTTP status and a message for them."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def payment_row(payment: ThankYouPaymentRecord, member: Member) -> dict[str, Any]:
    return {
        "id": payment.id,
        "member_id": member.id,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "period": payment.period,
        "amount": str(payment.amount),
        "currency": payment.currency,
        "status": payment.status,
        "method": payment.method,
        "reference": payment.reference,
        "approved_at": payment.approved_at,
        "paid_at": payment.paid_at,
    }


def list_payments(
    session: Session, status: str | None, *, offset: int = 0, limit: int | None = None
) -> tuple[list[dict[str, Any]], int]:
    """Payments (of one status, or all) by period and name, a page of them, and the total."""
    query = select(ThankYouPaymentRecord, Member).join(
        Member, Member.id == ThankYouPaymentRecord.member_id
    )
    counted = select(func.count(ThankYouPaymentRecord.id))
    if status is not None:
        query = query.where(ThankYouPaymentRecord.status == status)
        counted = counted.where(ThankYouPaymentRecord.status == status)
    query = query.order_by(
        ThankYouPaymentRecord.period, Member.last_name, Member.first_name, Member.id
    ).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    rows = [payment_row(payment, member) for payment, member in session.execute(query).all()]
    return rows, session.scalar(counted) or 0


def _reference(value: object, required: bool) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise PaymentError(400, "a payment marked paid needs its reference")
        return None
    if not isinstance(value, str):
        raise PaymentError(400, "reference must be text")
    text = value.strip()
    if len(text) > MAX_REFERENCE:
        raise PaymentError(400, f"reference is longer than {MAX_REFERENCE} characters")
    if BANK_DETAILS.search(text):
        raise PaymentError(
            400,
            "the reference looks like bank details (sort code, account number or IBAN): "
            "give your payment reference only, we do not keep bank details",
        )
    return text


def settle_payment(
    session: Session,
    staff_id: int,
    config: AssemblyConfig,
    payment_id: int,
    body: dict[str, Any],
) -> ThankYouPaymentRecord:
    """Approve a payment or mark it paid (`status`, `method`, `reference`); paid tells the
    member. Marking paid again changes nothing and tells nobody twice."""
    status = body.get("status")
    if status not in ("approved", "paid"):
        raise PaymentError(400, "status must be one of approved, paid")
    method = body.get("method") or ("bank_transfer" if status == "paid" else None)
    if method is not None and method not in PAYMENT_METHODS:
        raise PaymentError(400, f"method must be one of {', '.join(PAYMENT_METHODS)}")
    reference = _reference(body.get("reference"), required=status == "paid")
    payment = session.get(ThankYouPaymentRecord, payment_id)
    if payment is None:
        raise PaymentError(404, f"no payment {payment_id}")
    if status not in PAYMENT_TRANSITIONS[payment.status]:
        raise PaymentError(409, f"a payment that is {payment.status} cannot become {status}")
    previous, now = payment.status, utcnow()
    payment.status = status
    payment.decided_by_id = staff_id
    payment.approved_at = payment.approved_at or now
    outbox_id = None
    if status == "paid":
        payment.paid_at, payment.method, payment.reference = now, method, reference
        outbox_id = _tell_member(session, config, payment)
    audit(
        session,
        staff_id,
        "payment.decision",
        "thank_you_payment",
        payment.id,
        previous=previous,
        status=status,
        outbox_id=outbox_id,
    )
    return payment


def _tell_member(
    session: Session, config: AssemblyConfig, payment: ThankYouPaymentRecord
) -> int | None:
    member = session.get(Member, payment.member_id)
    if member is None:
        return None
    amount = format_money(payment.amount, payment.currency)
    session_named = config.session(payment.period)  # per session: the period is its id
    period = session_named.title if session_named else payment.period
    return send_to_member(
        session,
        member,
        key=f"payment:{payment.id}:paid",
        kind="payment_update",
        body=payment_paid_text(amount, period, config.assembly.thank_you_payment.per),
        template="payment_paid",
        template_variables={"first_name": member.display_name, "amount": amount},
    )
