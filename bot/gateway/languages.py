"""The member's language at the gateway: which one to write in, and a change of language by
writing its own name ("polski", "română", "اردو", "English") at any time.

Decided here, once per message, and passed on: the pipeline speaks it for its own answers and
sends it to Rasa as metadata, so the action server writes in it too.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.gateway.safeguarding_languages import risk_language
from bot.i18n.catalogue import speaking, t
from bot.i18n.languages import DEFAULT_LANGUAGE, effective_language, language_named
from db.models import ChannelIdentity, Member
from db.queries import member_by_phone


def language_for(
    session: Session, identity: ChannelIdentity, config: AssemblyConfig, by_phone: bool = False
) -> str:
    """The language to answer this sender in: their roster language when the assembly speaks
    it; English for a sender not yet known. `by_phone`: the address is a phone number, so a
    roster member's first message (not yet linked) is known by it."""
    member = session.get(Member, identity.member_id) if identity.member_id else None
    if member is None and by_phone:
        member = member_by_phone(session, identity.address)
    return effective_language(member.language if member else None, config.languages)


def crisis_language(
    session: Session, identity: ChannelIdentity, config: AssemblyConfig, text: str
) -> str:
    """A member's own language; for a stranger, the language the disclosure is written in."""
    if identity.member_id is not None:
        return language_for(session, identity, config)
    known = language_for(session, identity, config, by_phone=True)
    if known != DEFAULT_LANGUAGE:
        return known
    found = risk_language(text)
    return found if found in config.languages else DEFAULT_LANGUAGE


def switch_language(member: Member, text: str, config: AssemblyConfig) -> str | None:
    """When the message is nothing but the name of a language the assembly speaks: the member's
    language becomes it, and the confirmation (in that language) is returned."""
    code = language_named(text)
    if code is None or code not in config.languages or member.onboarding_step == "language":
        return None  # (onboarding's own question about the language takes the answer)
    member.language = code
    with speaking(code):
        return t("language.changed")
