"""What a broadcast or a reminder will cost by SMS, per language, shown before it is sent:
a text outside GSM-7 (most Polish and Romanian, all Urdu) goes in 70-character segments."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.i18n.catalogue import speaking
from bot.i18n.languages import LANGUAGES, effective_language
from bot.i18n.segments import sms_cost
from bot.message_texts import reminder_text
from db.models import Member

SAMPLE_NAME = "Alexandra"  # a longish first name: the preview errs on the dear side


def members_by_language(session: Session, config: AssemblyConfig) -> Counter[str]:
    """Members who have not withdrawn, by the language they are written to in."""
    languages = session.execute(
        select(Member.language).where(Member.withdrawn_at.is_(None), Member.sandbox.is_(False))
    ).scalars()
    return Counter(effective_language(code, config.languages) for code in languages)


def _row(code: str, text: str, members: int) -> dict[str, Any]:
    cost = sms_cost(text)
    return {
        "language": code,
        "name": LANGUAGES[code].own_name,
        "encoding": cost.encoding,
        "characters": cost.length,
        "segments": cost.segments,
        "members": members,
        "total": cost.segments * members,
    }


def reminder_costs(session: Session, config: AssemblyConfig) -> list[dict[str, Any]]:
    """The first session's reminder in each language the assembly speaks, as sent a day
    ahead, with its segments and the members who would get it."""
    first = min(config.sessions, key=lambda item: item.starts)
    counts = members_by_language(session, config)
    rows = []
    for code in config.languages:
        with speaking(code):
            text = reminder_text(
                first_name=SAMPLE_NAME,
                assembly_short_name=config.assembly.short_name,
                session=first,
                venue=config.venue_for(first),
                sent_at=first.starts - timedelta(days=1),
                tz=config.tz,
            )
        rows.append({**_row(code, text, counts[code]), "text": text})
    return rows


def broadcast_costs(session: Session, config: AssemblyConfig, text: str) -> list[dict[str, Any]]:
    """A broadcast goes out as written, to every language's members: its segments for each."""
    counts = members_by_language(session, config)
    return [_row(code, text, counts[code]) for code in config.languages]
