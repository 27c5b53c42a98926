"""What the expenses policy says, worded for members from config.yml at the moment of asking:
each category's cap and receipts, mileage, the deadline and when claims are paid."""

from __future__ import annotations

from bot.config import AssemblyConfig, ExpenseCategory, format_money

CATEGORY_LABELS = {
    "travel": "travel",
    "childcare": "childcare",
    "carer": "care for a dependent adult",
}


def _cap_text(config: AssemblyConfig, name: str, rules: ExpenseCategory) -> str:
    return f"up to {format_money(rules.cap, config.expenses.currency)} per {rules.per}"


def category_text(config: AssemblyConfig, name: str) -> str | None:
    """One category's rules in a sentence, or None when the assembly does not cover it."""
    rules = config.category(name)
    if rules is None:
        return None
    label = CATEGORY_LABELS.get(name, name).capitalize()
    notes = f" ({rules.notes})" if rules.notes else ""
    receipt = " A receipt is needed." if rules.receipt_required else " No receipt needed."
    return f"{label}{notes}: {_cap_text(config, name, rules)}.{receipt}"


def _deadline_and_payment(config: AssemblyConfig) -> str:
    expenses = config.expenses
    return (
        f"Claim within {expenses.claim_deadline_days} days of the session; claims are paid "
        f"{expenses.payment_timeline}."
    )


def _how_to_claim() -> str:
    return 'To claim, text me something like "claim £12.40 taxi Saturday" and send the receipt.'


def policy_text(config: AssemblyConfig) -> str:
    """Every category with what it covers, cap, receipts, mileage, deadline and payment."""
    lines = [text for name in config.expenses.categories if (text := category_text(config, name))]
    if config.category("travel") is not None:
        lines.append(mileage_text(config))
    lines.append(_deadline_and_payment(config))
    lines.append(_how_to_claim())
    return "You can claim back what it costs you to take part.\n" + "\n".join(lines)


def mileage_text(config: AssemblyConfig) -> str:
    rate = config.expenses.mileage_rate
    pence = rate * 100
    rate_text = (
        f"{pence:.0f}p"
        if rate < 1 and pence == pence.to_integral_value()
        else format_money(rate, config.expenses.currency)
    )
    return f"If you drive, we pay {rate_text} a mile."


def travel_text(config: AssemblyConfig) -> str:
    text = category_text(config, "travel")
    if text is None:
        return (
            "Travel costs aren't covered for this assembly, sorry. To talk it through, "
            f"{config.contact_line()}."
        )
    return f"{text} {mileage_text(config)} {_deadline_and_payment(config)} {_how_to_claim()}"


def caring_text(config: AssemblyConfig, name: str) -> str:
    text = category_text(config, name)
    if text is None:
        label = CATEGORY_LABELS.get(name, name)
        return (
            f"Sorry, {label} costs aren't covered for this assembly. To talk it through, "
            f"{config.contact_line()}."
        )
    other = "carer" if name == "childcare" else "childcare"
    other_text = category_text(config, other)
    extra = f" {other_text}" if other_text else ""
    return f"{text}{extra} {_deadline_and_payment(config)} {_how_to_claim()}"


def category_question(config: AssemblyConfig) -> str:
    names = [CATEGORY_LABELS.get(name, name) for name in config.expenses.categories]
    choices = ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]
    return f"What is the claim for: {choices}?"
