"""The onboarding questions and their order, worded from config.yml (dates, links) and the
member's saved answers (the summary)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from db.models import Attendance, ConsentRecord, Member

CHANNEL_NAMES = {"sms": "text message (SMS)", "whatsapp": "WhatsApp", "telegram": "Telegram"}

ITEM_LABELS = {
    "name": "your name",
    "attendance": "which weekends you can come",
    "access_consent": "access needs",
    "dietary": "dietary needs",
    "caring": "caring responsibilities",
    "channel": "how we message you",
}


def weekend_count(config: AssemblyConfig) -> int:
    return len(config.sessions_by_weekend())


def weekend_sessions_at(config: AssemblyConfig, number: int) -> tuple[str, list[Any]]:
    label, sessions = list(config.sessions_by_weekend().items())[number - 1]
    return label, sessions


def _consent(session: Session, member: Member, kind: str) -> ConsentRecord | None:
    """The member's latest answer to a notice of this kind."""
    return session.execute(
        select(ConsentRecord)
        .where(ConsentRecord.member_id == member.id, ConsentRecord.kind == kind)
        .order_by(ConsentRecord.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def next_step(session: Session, member: Member, config: AssemblyConfig, step: str) -> str:
    """The question after `step`: in order while onboarding, back to the summary when editing."""
    editing = step.startswith("edit:")
    base = step.removeprefix("edit:")
    prefix = "edit:" if editing else ""
    if base.startswith("attendance:"):
        number = int(base.split(":")[1])
        if number < weekend_count(config):
            return f"{prefix}attendance:{number + 1}"
        return "summary" if editing else "access_consent"
    if base == "access_consent":
        consent = _consent(session, member, "access_needs")
        if consent is not None and consent.granted:
            return f"{prefix}access"
        return "summary" if editing else "dietary"
    if editing:
        return "summary"
    order = [
        "name",
        "privacy",
        "attendance:1",
        "access_consent",
        "access",
        "dietary",
        "caring",
        "channel",
        "summary",
    ]
    if base in ("name_other", "name_check"):
        base = "name"
    if base == "access":
        return "dietary"
    if base == "privacy" and weekend_count(config) == 0:
        return "access_consent"
    return order[order.index(base) + 1]


def _weekend_status(session: Session, member: Member, config: AssemblyConfig, n: int) -> str:
    _, sessions = weekend_sessions_at(config, n)
    rows = {
        row.session_id: row.status
        for row in session.execute(
            select(Attendance).where(
                Attendance.member_id == member.id,
                Attendance.session_id.in_([s.id for s in sessions]),
            )
        ).scalars()
    }
    statuses = {rows.get(s.id) for s in sessions}
    words = {
        "confirmed": "coming",
        "late": "coming",
        "declined": "can't come",
        "not_sure": "not sure",
        None: "not answered",
    }
    if len(statuses) == 1:
        return words[statuses.pop()]
    return ", ".join(f"{s.starts:%A} {words[rows.get(s.id)]}" for s in sessions)


def summary_text(session: Session, member: Member, config: AssemblyConfig) -> str:
    lines = ["Here's what I have:", f"Name: {member.display_name}"]
    for n in range(1, weekend_count(config) + 1):
        label, _ = weekend_sessions_at(config, n)
        lines.append(f"{label}: {_weekend_status(session, member, config, n)}")
    consent = _consent(session, member, "access_needs")
    if member.access_needs:
        access = "noted (only the team arranging support see it)"
    elif consent is not None and consent.granted:
        access = "none"
    else:
        access = "not shared"
    lines.append(f"Access needs: {access}")
    lines.append(f"Dietary needs: {member.dietary_needs or 'none'}")
    lines.append(f"Caring responsibilities: {member.caring_responsibilities or 'none'}")
    lines.append(f"Messages by: {CHANNEL_NAMES.get(member.preferred_channel, 'SMS')}")
    lines.append("Is that all right? Reply yes, or tell me what to change (e.g. 'change dietary').")
    return "\n".join(lines)


YES_OR_NO = [("yes", "Yes"), ("no", "No")]


def step_choices(step: str) -> list[tuple[str, str]]:
    """The answers a question takes, offered as a numbered list when a member's answer could
    not be read twice (each value reads as that answer); [] for questions in the member's
    own words."""
    base = step.removeprefix("edit:")
    if base in ("privacy", "access_consent", "name_check"):
        return YES_OR_NO
    if base.startswith("attendance:"):
        return [*YES_OR_NO, ("not sure", "Not sure")]
    if base == "channel":
        return list(CHANNEL_NAMES.items())
    if base == "fix":
        return list(ITEM_LABELS.items())
    if base == "summary":
        return [("yes", "Yes, that's all right"), ("no", "I'd like to change something")]
    return []


def question_for(
    session: Session,
    member: Member,
    config: AssemblyConfig,
    step: str,
    pending_name: str | None = None,
) -> str:
    """The question asked at a step; facts (dates, links, venue) come from the config.
    `pending_name` is a name that reads like a sentence, waiting for the member's yes."""
    base = step.removeprefix("edit:")
    if base == "name":
        return (
            f"First, we have your name as {member.first_name}. Is that what you'd like us to "
            "call you? Reply yes, or tell me the name you prefer."
        )
    if base == "name_check" and pending_name:
        return (
            f"Shall I call you {pending_name}? Reply yes, or tell me the name you'd like us to use."
        )
    if base in ("name_other", "name_check"):
        return "No problem. What name would you like us to use?"
    if base == "privacy":
        return (
            "Before we go on: we keep your contact details and answers only to run the "
            f"assembly. Our privacy notice explains how: {config.assembly.privacy_notice_url} "
            "Are you happy for us to keep them? Reply yes or no."
        )
    if base.startswith("attendance:"):
        number = int(base.split(":")[1])
        label, sessions = weekend_sessions_at(config, number)
        days = " and ".join(s.describe_time() for s in sessions)
        return f"Can you come to {label}: {days}? Reply yes, no or not sure."
    if base == "access_consent":
        return (
            "Some people need things like step-free access, a hearing loop, large print or "
            "breaks. Would you like to tell us about any access needs? We'd keep this "
            "private and use it only to arrange support. Reply yes or no."
        )
    if base == "access":
        return "Thank you. What would help you take part? (Or reply skip.)"
    if base == "dietary":
        return "Do you have any dietary needs or allergies for the lunches? (Or reply none.)"
    if base == "caring":
        return (
            "Do you look after children or someone else who would need care while you "
            "attend? Tell me briefly, or reply none."
        )
    if base == "channel":
        current = CHANNEL_NAMES.get(member.preferred_channel, "SMS")
        return (
            "Last one: how would you like us to message you: SMS, WhatsApp or Telegram? "
            f"At the moment it's {current} (reply skip to keep it)."
        )
    if base == "fix":
        items = ", ".join(ITEM_LABELS.values())
        return f"Which would you like to change? For example: {items}."
    return summary_text(session, member, config)
