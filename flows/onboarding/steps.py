"""The onboarding questions and their order, worded from config.yml (dates, links) and the
member's saved answers (the summary)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.i18n.catalogue import t
from bot.i18n.formats import weekday
from bot.i18n.languages import LANGUAGES
from db.models import Attendance, ConsentRecord, Member
from flows.common import weekend_label

#: The items a member can change from the summary, in the order the question lists them.
ITEMS = ("name", "attendance", "access_consent", "dietary", "caring", "channel")


def channel_names() -> dict[str, str]:
    """How the channel question names each channel, in the member's language."""
    return {"sms": t("onboarding.channel_sms"), "whatsapp": "WhatsApp", "telegram": "Telegram"}


def item_labels() -> dict[str, str]:
    """Each item a member can change, as the "which would you like to change?" question says it."""
    return {item: t(f"onboarding.item.{item}") for item in ITEMS}


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
    if base == "language":
        return "name"
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
        "confirmed": t("onboarding.status_coming"),
        "late": t("onboarding.status_coming"),
        "declined": t("onboarding.status_cant_come"),
        "not_sure": t("onboarding.status_not_sure"),
        None: t("onboarding.status_not_answered"),
    }
    if len(statuses) == 1:
        return words[statuses.pop()]
    return ", ".join(f"{weekday(s.starts)} {words[rows.get(s.id)]}" for s in sessions)


def summary_text(session: Session, member: Member, config: AssemblyConfig) -> str:
    lines = [t("onboarding.summary_intro"), t("onboarding.summary_name", name=member.display_name)]
    for n in range(1, weekend_count(config) + 1):
        label, _ = weekend_sessions_at(config, n)
        lines.append(f"{weekend_label(label)}: {_weekend_status(session, member, config, n)}")
    consent = _consent(session, member, "access_needs")
    none = t("onboarding.status_none")
    if member.access_needs:
        access = t("onboarding.status_noted")
    elif consent is not None and consent.granted:
        access = none
    else:
        access = t("onboarding.status_not_shared")
    channel = channel_names().get(member.preferred_channel, "SMS")
    lines.append(t("onboarding.summary_access", value=access))
    lines.append(t("onboarding.summary_dietary", value=member.dietary_needs or none))
    lines.append(t("onboarding.summary_caring", value=member.caring_responsibilities or none))
    lines.append(t("onboarding.summary_channel", value=channel))
    lines.append(t("onboarding.summary_question"))
    return "\n".join(lines)


def step_choices(step: str) -> list[tuple[str, str]]:
    """The answers a question takes, offered as a numbered list when a member's answer could
    not be read twice (each value reads as that answer); [] for questions in the member's
    own words."""
    base = step.removeprefix("edit:")
    if base == "language":
        return [(code, language.own_name) for code, language in LANGUAGES.items()]
    yes_or_no = [("yes", t("onboarding.choice.yes")), ("no", t("onboarding.choice.no"))]
    if base in ("privacy", "access_consent", "name_check"):
        return yes_or_no
    if base.startswith("attendance:"):
        return [*yes_or_no, ("not sure", t("onboarding.choice.not_sure"))]
    if base == "channel":
        return list(channel_names().items())
    if base == "fix":
        return list(item_labels().items())
    if base == "summary":
        return [("yes", t("onboarding.choice.all_right")), ("no", t("onboarding.choice.change"))]
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
    if base == "language":
        names = ", ".join(LANGUAGES[code].own_name for code in config.languages)
        return t("language.question", choices=names)
    if base == "name":
        return t("onboarding.name", name=member.first_name)
    if base == "name_check" and pending_name:
        return t("onboarding.name_check", name=pending_name)
    if base in ("name_other", "name_check"):
        return t("onboarding.name_other")
    if base == "privacy":
        return t("onboarding.privacy", url=config.assembly.privacy_notice_url)
    if base.startswith("attendance:"):
        number = int(base.split(":")[1])
        label, sessions = weekend_sessions_at(config, number)
        days = t("and").join(s.describe_time() for s in sessions)
        return t("onboarding.attendance", weekend=weekend_label(label), days=days)
    if base in ("access_consent", "access", "dietary", "caring"):
        return t(f"onboarding.{base}")
    if base == "channel":
        current = channel_names().get(member.preferred_channel, "SMS")
        return t("onboarding.channel", current=current)
    if base == "fix":
        return t("onboarding.fix", items=", ".join(item_labels().values()))
    return summary_text(session, member, config)
