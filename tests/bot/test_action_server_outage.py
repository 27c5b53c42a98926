"""Found by the fault suite: while the action server is down, Rasa answers 200 with no messages
(it logs the failed action and goes on), and the member heard nothing. Such a turn is an outage:
one apology, and the conversation goes to staff."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.members.roster import import_roster
from bot.message_texts import apology
from bot.settings import Settings
from db.models import Conversation, Message, OutboxItem
from tests.conftest import SAMPLE_ROSTER
from tests.fakes._server import BackgroundServer
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import running_gateway

AMINA = "+447700900100"  # an SMS member of the sample roster


async def rasa_without_its_action_server(request: Request) -> JSONResponse:
    """What Rasa's REST channel answers when the custom action it predicted cannot run."""
    return JSONResponse([])


@pytest.fixture
def silent_rasa() -> Iterator[str]:
    app = Starlette(
        routes=[Route("/webhooks/rest/webhook", rasa_without_its_action_server, methods=["POST"])]
    )
    with BackgroundServer(app) as server:
        yield server.base_url


def test_a_turn_rasa_answers_with_nothing_gets_the_apology_and_goes_to_staff(
    stand_in_settings: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    silent_rasa: str,
) -> None:
    settings = stand_in_settings.model_copy(update={"RASA_URL": silent_rasa})
    with running_gateway(settings, twilio_api, telegram_api, worker=False) as gateway:
        with gateway.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        assert gateway.sms(AMINA, "where is the venue?").status_code == 200
        gateway.wait_processed()

        with gateway.services.sessions() as session:
            [message] = session.scalars(select(Message).where(Message.direction == "in")).all()
            replies = session.scalars(select(OutboxItem.body)).all()
            conversation = session.get(Conversation, message.conversation_id)
    assert replies == [apology(gateway.services.config)]
    assert conversation is not None and conversation.status == "escalated"
