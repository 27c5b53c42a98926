"""Fixtures for the action-server tests: a real database (SQLite, or PostgreSQL when marked),
the editable copy of config.yml, a member with a conversation, and helpers that build a
rasa-sdk Tracker and run an action the way the action server does."""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from db.models import ChannelIdentity, Conversation, Member
from flows.context import FlowContext, configure

DOMAIN_DIR = Path(__file__).resolve().parents[2] / "nlu" / "domain"


def load_domain() -> dict[str, Any]:
    """The assistant's domain as Rasa sends it to the action server: the journeys' files under
    nlu/domain merged, so forms' required slots and action names come from one place."""
    domain: dict[str, Any] = {"forms": {}, "slots": {}, "actions": []}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        domain["forms"].update(part.get("forms") or {})
        domain["slots"].update(part.get("slots") or {})
        domain["actions"].extend(part.get("actions") or [])
    return domain


DOMAIN = load_domain()


@dataclass
class Someone:
    """A member with an SMS identity and a conversation, as the gateway would create them."""

    member_id: int
    conversation_id: int
    rasa_sender_id: str  # how Rasa names the conversation


@pytest.fixture
def flow_context(sessions: sessionmaker[Session], config_path: Path) -> Iterator[FlowContext]:
    """The actions' database and config, as the action server would configure them."""
    context = FlowContext(sessions=sessions, config_path=config_path)
    configure(context)
    yield context
    configure(None)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Set the flows' clock: clock(datetime(2027, 2, 20, 9, 0, tzinfo=UTC)).

    Imports the journeys first so their `from flows.common import now` can be replaced.
    """
    import flows.attendance
    import flows.information
    import flows.onboarding

    original = flows.common.now
    patched = ["flows.common"] + [
        name
        for name, module in sys.modules.items()
        if name.startswith("flows.") and getattr(module, "now", None) is original
    ]

    def set_time(moment: datetime) -> None:
        # every flows module that imported `now` from flows.common gets the same fixed clock
        def fixed() -> datetime:
            return moment

        for name in patched:
            monkeypatch.setattr(sys.modules[name], "now", fixed)

    set_time(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    return set_time


def add_member(
    sessions: sessionmaker[Session],
    *,
    first_name: str = "Amina",
    phone: str = "+447700900100",
    state: str = "invited",
    channel: str = "sms",
    code: str = "WF7K2Q",
) -> Someone:
    with sessions() as session, session.begin():
        member = Member(
            first_name=first_name,
            last_name="Okafor",
            phone=phone,
            invite_code=code,
            onboarding_state=state,
            preferred_channel="sms",
        )
        session.add(member)
        session.flush()
        identity = ChannelIdentity(member_id=member.id, channel=channel, address=phone)
        session.add(identity)
        session.flush()
        conversation = Conversation(
            identity_id=identity.id, member_id=member.id, channel=channel, status="bot"
        )
        session.add(conversation)
        session.flush()
        return Someone(member.id, conversation.id, conversation.rasa_sender_id)


@pytest.fixture
def amina(flow_context: FlowContext) -> Someone:
    """An invited member who has not started onboarding."""
    return add_member(flow_context.sessions)


def tracker_for(
    someone: Someone | str,
    intent: str | None = None,
    text: str = "",
    *,
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    active_loop: str | None = None,
) -> Tracker:
    sender = someone.rasa_sender_id if isinstance(someone, Someone) else someone
    latest = {
        "intent": {"name": intent, "confidence": 0.9} if intent else {},
        "entities": entities or [],
        "text": text,
    }
    return Tracker(
        sender_id=str(sender),
        slots=dict(slots or {}),
        latest_message=latest,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def run(action: Action, tracker: Tracker) -> tuple[list[dict[str, Any]], list[str]]:
    """Run an action; return its events and the texts it sent."""
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, tracker, DOMAIN)
    events = asyncio.run(result) if inspect.iscoroutine(result) else result
    return list(events), [message.get("text") or "" for message in dispatcher.messages]


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def form_tracker(
    someone: Someone,
    form: str,
    slot: str,
    text: str,
    intent: str | None = None,
    slots: dict[str, Any] | None = None,
) -> Tracker:
    """The tracker a form validator sees right after the member answered `text`."""
    parse = {"intent": {"name": intent, "confidence": 0.9} if intent else {}, "text": text}
    events = [
        {"event": "user", "text": text, "parse_data": parse},
        {"event": "slot", "name": slot, "value": text},
    ]
    return tracker_for(
        someone,
        intent,
        text,
        events=events,
        active_loop=form,
        slots={**(slots or {}), slot: text, "requested_slot": slot},
    )


@pytest.fixture
def feedback_secret(monkeypatch: pytest.MonkeyPatch) -> str:
    """A known FEEDBACK_KEY for respondent keys, without reading the process settings."""
    import flows.feedback.responses

    secret = "test-feedback-key-" + "x" * 32
    monkeypatch.setattr(flows.feedback.responses, "respondent_secret", lambda: secret)
    return secret
