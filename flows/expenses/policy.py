"""What the expenses policy says, worded for members from config.yml at the moment of asking:
each category's cap and receipts, mileage, the deadline and when claims are paid."""

from __future__ import annotations

from bot.config import AssemblyConfig, format_money
from bot.i18n.catalogue import current_language, t

CATEGORIES = ("travel", "childcare", "carer")


def category_label(name: str) -> str:
    """A category as the member's language names it ("care for a dependent adult")."""
    return t(f"expenses.label.{name}") if name in CATEGORIES else name


def per_label(per: str) -> str:
    """A cap's period ("day") as the member's language says it."""
    return t(f"per.{per}") if per in ("weekend", "session", "day") else per


def category_text(config: AssemblyConfig, name: str) -> str | None:
    """One category's rules in a sentence, or None when the assembly does not cover it."""
    rules = config.category(name)
    if rules is None:
        return None
    label = category_label(name)
    notes = f" ({rules.notes})" if rules.notes else ""
    receipt = t(
        "expenses.receipt_needed" if rules.receipt_required else "expenses.no_receipt_needed"
    )
    cap = format_money(rules.cap, config.expenses.currency)
    return t(
        "expenses.category",
        label=label[:1].upper() + label[1:],
        notes=notes,
        cap=cap,
        per=per_label(rules.per),
        receipt=receipt,
    )


def _deadline_and_payment(config: AssemblyConfig) -> str:
    expenses = config.expenses
    return t(
        "expenses.deadline", days=expenses.claim_deadline_days, timeline=expenses.payment_timeline
    )


def _how_to_claim() -> str:
    return t("expenses.how_to_claim")


def policy_text(config: AssemblyConfig) -> str:
    """Every category with what it covers, cap, receipts, mileage, deadline and payment."""
    lines = [text for name in config.expenses.categories if (text := category_text(config, name))]
    if config.category("travel") is not None:
        lines.append(mileage_text(config))
    lines.append(_deadline_and_payment(config))
    lines.append(_how_to_claim())
    return t("expenses.intro") + "\n" + "\n".join(lines)


def mileage_text(config: AssemblyConfig) -> str:
    rate = config.expenses.mileage_rate
    pence = rate * 100
    rate_text = (
        f"{pence:.0f}p"
        if rate < 1 and pence == pence.to_integral_value()
        else format_money(rate, config.expenses.currency)
    )
    if current_language() != "en" and rate_text.endswith("p"):
        rate_text = format_money(rate, config.expenses.currency)
    return t("expenses.mileage", rate=rate_text)


def travel_text(config: AssemblyConfig) -> str:
    text = category_text(config, "travel")
    if text is None:
        return t("claim.travel_not_covered", contact=config.contact_line())
    return f"{text} {mileage_text(config)} {_deadline_and_payment(config)} {_how_to_claim()}"


def caring_text(config: AssemblyConfig, name: str) -> str:
    text = category_text(config, name)
    if text is None:
        return t(
            "claim.costs_not_covered", category=category_label(name), contact=config.contact_line()
        )
    other = "carer" if name == "childcare" else "childcare"
    other_text = category_text(config, other)
    extra = f" {other_text}" if other_text else ""
    return f"{text}{extra} {_deadline_and_payment(config)} {_how_to_claim()}"


def either(choices: list[str]) -> str:
    """ "travel, childcare or care": choices joined the member's language's way."""
    return ", ".join(choices[:-1]) + (t("claim.or") if len(choices) > 1 else "") + choices[-1]


def category_question(config: AssemblyConfig) -> str:
    names = [category_label(name) for name in config.expenses.categories]
    return t("claim.ask_category", choices=either(names))
