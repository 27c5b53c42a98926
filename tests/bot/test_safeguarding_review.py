"""A message the risk classifier is unsure of: over its review threshold, under its alert one.

Staff get a safeguarding case to read (not urgent, no alert on the staff phone); the member is
answered as any other message and gets no crisis text. Rasa is a stand-in here
(tests/fakes/rasa_stand_in.py) whose parse carries the risk reading the test chooses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bot.members.roster import import_roster
from bot.settings import Settings
from db.models import Case, OutboxItem
from tests.conftest import SAMPLE_ROSTER
from tests.fakes.rasa_stand_in import RasaStandIn, SharedTracker
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, running_gateway

MEMBER = "+447700900100"


@pytest.fixture
def rasa() -> Iterator[RasaStandIn]:
    server = RasaStandIn("a", SharedTracker()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def gateway(
    stand_in_settings: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa: RasaStandIn,
) -> Iterator[Gateway]:
    settings = stand_in_settings.model_copy(update={"RASA_URL": rasa.base_url})
    with running_gateway(settings, twilio_api, telegram_api, worker=False) as running:
        with running.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        yield running


def said(gateway: Gateway, text: str) -> tuple[list[str | None], list[Case]]:
    """The member's message; then every reply queued and every case opened."""
    assert gateway.sms(MEMBER, text).status_code == 200
    gateway.wait_processed()
    with gateway.services.sessions() as session:
        bodies = list(session.scalars(select(OutboxItem.body).order_by(OutboxItem.id)))
        return bodies, list(session.scalars(select(Case)))


def test_an_unsure_risk_reading_asks_staff_to_read_and_the_member_is_answered_as_usual(
    gateway: Gateway, rasa: RasaStandIn
) -> None:
    rasa.risk = {"score": 0.2, "at_risk": False, "worth_a_look": True}
    bodies, cases = said(gateway, "not sure I'll be around for weekend 3")
    assert bodies == ["re: not sure I'll be around for weekend 3"]  # no crisis text
    assert [(case.kind, case.urgent) for case in cases] == [("safeguarding", False)]


def test_a_sure_risk_reading_sends_the_crisis_text_and_no_turn(
    gateway: Gateway, rasa: RasaStandIn
) -> None:
    rasa.risk = {"score": 0.9, "at_risk": True, "worth_a_look": True}
    bodies, cases = said(gateway, "not sure I'll be around for weekend 3")
    assert len(bodies) == 1 and "999" in (bodies[0] or "")
    assert [(case.kind, case.urgent) for case in cases] == [("safeguarding", True)]
    assert rasa.tracker.ran() == []


def test_a_message_read_as_no_risk_opens_no_case(gateway: Gateway, rasa: RasaStandIn) -> None:
    rasa.risk = {"score": 0.01, "at_risk": False, "worth_a_look": False}
    bodies, cases = said(gateway, "where is the venue?")
    assert bodies == ["re: where is the venue?"] and cases == []
