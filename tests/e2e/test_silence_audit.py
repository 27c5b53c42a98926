"""The silence audit: every member message gets an answer or an acknowledgement within 10 s,
whatever state the conversation is in.

The corpus (tests/data/silence/corpus.yml, 70 messages: questions, answers, chit-chat, claims,
attendance, gibberish, requests, distress) goes through the real webhooks, Rasa and action
server, one message per member, many members at once. What is sent in each state, to keep the
module near a minute and a half on our 2-core machine:

- the whole corpus where an answer costs no Rasa turn: taken by staff (acknowledged), Rasa
  down (an apology);
- a sample of 20 (the same every run) where each message is a full Rasa turn or the member must
  first be walked into the state by real turns: a fresh member, a case open (the bot keeps
  serving, so this is no longer cheap), mid onboarding, mid claim, mid survey, mid attendance
  follow-up, outside office hours while waiting for a person, the action server down;
- a sample of 10 at the claim summary and the onboarding summary (several turns to reach).

`SILENCE_AUDIT=full` sends the whole corpus in every state (`make chaos` runs it that way).

Where Rasa and the action server are up, no answer may be the "I'm having trouble" apology:
that would be a failure passed off as an answer. Latency is measured from the stored inbound
message to the first answer queued for it (the outbox), and every answer must reach the
stand-in provider.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.config import load_config
from db.cases import TAKEN_BY_MEMBER, TAKEN_BY_STAFF, open_case, take_over
from db.models import ChannelIdentity, Conversation, Member, Message
from db.queries import conversation_for, identity_for
from db.types import utcnow
from tests.assistant import Assistant
from tests.e2e.conftest import e2e_settings
from tests.e2e.people import is_crisis_reply, new_member, start_surveys
from tests.e2e.silence import wait_all_answered
from tests.e2e.talk import conversation, replies_to
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, running_gateway

CORPUS: list[str] = [
    text
    for group in yaml.safe_load(
        (Path(__file__).parents[1] / "data" / "silence" / "corpus.yml").read_text()
    ).values()
    for text in group
]
ANSWER_WITHIN = timedelta(seconds=10)
WAVE = 25  # members writing at the same moment


#: `SILENCE_AUDIT=full` (as `make chaos` runs it) sends the whole corpus in every state.
FULL_AUDIT = os.environ.get("SILENCE_AUDIT") == "full"


def sample(state: str, size: int) -> list[str]:
    """The same `size` corpus messages every run for this state (the whole corpus in the full
    audit)."""
    if FULL_AUDIT:
        return list(CORPUS)
    return random.Random(state).sample(CORPUS, size)


@dataclass
class Exchange:
    text: str
    answers: list[str]
    waited: timedelta | None  # from the stored message to its first answer
    delivered: int  # answers the stand-in provider received


def say_all(gateway: Gateway, messages: list[tuple[str, str]]) -> list[Exchange]:
    """Each (phone, text) sent by SMS, in waves of members writing at once; what came back."""
    exchanges: list[Exchange] = []
    for start in range(0, len(messages), WAVE):
        wave = messages[start : start + WAVE]
        before = {phone: _last_message_id(gateway, phone) for phone, _ in wave}
        delivered_before = {phone: len(replies_to(gateway, "sms", phone)) for phone, _ in wave}
        for phone, text in wave:
            assert gateway.sms(phone, text).status_code == 200
        wait_all_answered(gateway, timeout=90)
        for phone, text in wave:
            inbound, answers = _exchange_after(gateway, phone, before[phone])
            waited = answers[0].created_at - inbound.created_at if answers else None
            delivered = len(replies_to(gateway, "sms", phone)) - delivered_before[phone]
            exchanges.append(Exchange(text, [a.text or "" for a in answers], waited, delivered))
    return exchanges


def send_each(gateway: Gateway, phones: list[str], messages: list[str]) -> list[Exchange]:
    """The n-th member sends the n-th message."""
    return say_all(gateway, list(zip(phones, messages, strict=True)))


def _last_message_id(gateway: Gateway, phone: str) -> int:
    with gateway.services.sessions() as session:
        found = session.execute(
            select(func.max(Message.id))
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
            .where(ChannelIdentity.channel == "sms", ChannelIdentity.address == phone)
        ).scalar_one()
    return found or 0


def _exchange_after(gateway: Gateway, phone: str, after: int) -> tuple[Message, list[Message]]:
    with gateway.services.sessions() as session:
        rows = list(
            session.execute(
                select(Message)
                .where(
                    Message.conversation_id == conversation(gateway, "sms", phone).id,
                    Message.id > after,
                )
                .order_by(Message.id)
            ).scalars()
        )
        session.expunge_all()
    inbound = next(row for row in rows if row.direction == "in")
    return inbound, [row for row in rows if row.direction == "out" and row.id > inbound.id]


def assert_never_silent(
    gateway: Gateway, exchanges: list[Exchange], *, healthy: bool = True
) -> None:
    """Every message answered within 10 s and delivered; where Rasa and the action server are
    up, never with the apology for being down."""
    apology = texts.apology(gateway.services.config)
    silent = [e.text for e in exchanges if not e.answers]
    slow = [(e.text, e.waited) for e in exchanges if e.waited and e.waited > ANSWER_WITHIN]
    undelivered = [e.text for e in exchanges if e.answers and e.delivered < 1]
    assert silent == [], f"no answer to {silent}"
    assert slow == [], f"answered after more than 10 s: {slow}"
    assert undelivered == [], f"answers that never reached the provider: {undelivered}"
    if healthy:
        failed = [e.text for e in exchanges if apology in e.answers]
        assert failed == [], f"answered with the apology for being down: {failed}"


# --- the gateway and the states ------------------------------------------------------------


@pytest.fixture
def audit(
    assistant: Assistant, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    """The e2e gateway with SMS sending fast enough for many members at once."""
    settings = e2e_settings(assistant, twilio_api, telegram_api, RATE_SMS_PER_SECOND=500.0)
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        yield gateway


def members_with(
    gateway: Gateway, count: int, change: Callable[[Session, Conversation], None] | None
) -> list[str]:
    """`count` onboarded members, each with a conversation (changed by `change(session,
    conversation)`) before they write."""
    phones = [new_member(gateway, "Alex") for _ in range(count)]
    if change is not None:
        with gateway.services.sessions() as session, session.begin():
            for phone in phones:
                identity = identity_for(session, "sms", phone)
                identity.member_id = session.execute(
                    select(Member.id).where(Member.phone == phone)
                ).scalar_one()
                change(session, conversation_for(session, identity))
    return phones


def walked_into(gateway: Gateway, phones: list[str], first: str, expect: str) -> list[str]:
    """Each member says `first`; each must be asked something containing `expect`."""
    for exchange in say_all(gateway, [(phone, first) for phone in phones]):
        assert any(expect in answer for answer in exchange.answers), exchange
    return phones


CLAIM_STEPS = [  # (words in the question, the answer): walks a claim to its summary
    ("What is the claim for", "travel"),
    ("How much", "12 pounds"),
    ("photo of the receipt", "NO RECEIPT"),
    ("why is there no receipt", "paid cash"),
    ("Which day", "Saturday weekend 1"),
]


def at_claim_summary(gateway: Gateway, count: int) -> list[str]:
    phones = members_with(gateway, count, None)
    last = {phone: "I want to claim my travel expenses" for phone in phones}
    for _ in range(len(CLAIM_STEPS) + 1):
        waiting = [phone for phone in phones if "YES to send" not in last[phone]]
        if not waiting:
            return phones
        answers = [
            next((a for words, a in CLAIM_STEPS if words in last[p]), "") or last[p]
            for p in waiting
        ]
        for phone, exchange in zip(waiting, send_each(gateway, waiting, answers), strict=True):
            last[phone] = " ".join(exchange.answers)
    stuck = {phone: last[phone] for phone in phones if "YES to send" not in last[phone]}
    raise AssertionError(f"claims that never reached their summary: {stuck}")


def at_onboarding_summary(gateway: Gateway, count: int) -> list[str]:
    phones = [new_member(gateway, "Jo", onboarded=False) for _ in range(count)]
    with gateway.services.sessions() as session, session.begin():
        for phone in phones:
            found = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
            found.onboarding_state, found.onboarding_step = "in_progress", "summary"
    return walked_into(gateway, phones, "hello", "Is that all right?")


# --- the audit -----------------------------------------------------------------------------


def test_a_fresh_member_gets_an_answer_to_every_message(audit: Gateway) -> None:
    messages = sample("fresh", 20)
    phones = members_with(audit, len(messages), None)
    assert_never_silent(audit, send_each(audit, phones, messages))


def test_every_message_is_answered_while_a_case_is_open(audit: Gateway) -> None:
    def case_open(session: Session, conversation: Conversation) -> None:
        open_case(session, conversation, "claim over cap")

    messages = sample("case open", 20)
    phones = members_with(audit, len(messages), case_open)
    assert_never_silent(audit, send_each(audit, phones, messages))


def test_every_message_is_acknowledged_while_staff_have_taken_the_conversation(
    audit: Gateway,
) -> None:
    def taken(session: Session, conversation: Conversation) -> None:
        take_over(session, conversation, TAKEN_BY_STAFF)

    phones = members_with(audit, len(CORPUS), taken)
    assert_never_silent(audit, send_each(audit, phones, CORPUS))


def test_every_message_is_answered_while_rasa_is_down(e2e_without_rasa: Gateway) -> None:
    phones = members_with(e2e_without_rasa, len(CORPUS), None)
    exchanges = send_each(e2e_without_rasa, phones, CORPUS)
    assert_never_silent(e2e_without_rasa, exchanges, healthy=False)


def test_every_message_is_answered_while_the_action_server_is_down(
    audit: Gateway, assistant: Assistant
) -> None:
    messages = sample("actions down", 20)
    phones = members_with(audit, len(messages), None)
    with assistant.actions_down():
        exchanges = send_each(audit, phones, messages)
    assert_never_silent(audit, exchanges, healthy=False)


@pytest.fixture
def out_of_office_hours(assistant: Assistant) -> Iterator[None]:
    """config.yml with office hours that exclude now (restored afterwards)."""
    path = assistant.config_path
    original = path.read_text()
    data = yaml.safe_load(original)
    local = utcnow().astimezone(load_config(path).tz)
    start, end = ("13:00", "18:00") if local.hour < 12 else ("06:00", "11:00")
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    data["handover"]["office_hours"] = {"days": days, "start": start, "end": end}
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    try:
        yield
    finally:
        path.write_text(original)


def test_a_member_waiting_for_a_person_out_of_hours_is_told_when(
    audit: Gateway, out_of_office_hours: None
) -> None:
    def waiting(session: Session, conversation: Conversation) -> None:
        take_over(session, conversation, TAKEN_BY_MEMBER)

    messages = sample("out of hours", 20)
    phones = members_with(audit, len(messages), waiting)
    exchanges = send_each(audit, phones, messages)
    assert_never_silent(audit, exchanges)
    keywords = ("HELP", "START")  # answered by the gateway before anything else

    def told_when(exchange: Exchange) -> bool:
        answer = " ".join(exchange.answers)
        return "today from" in answer or "tomorrow from" in answer

    untold = [
        e.text
        for e in exchanges
        if e.text not in keywords and not is_crisis_reply(e.answers) and not told_when(e)
    ]
    assert untold == [], f"not told when a person will reply: {untold}"


def mid_onboarding(gateway: Gateway, count: int) -> list[str]:
    phones = [new_member(gateway, "Jo", onboarded=False) for _ in range(count)]
    return walked_into(gateway, phones, "yes", "?")


def mid_claim(gateway: Gateway, count: int) -> list[str]:
    phones = members_with(gateway, count, None)
    return walked_into(gateway, phones, "I want to claim my travel expenses", "?")


def mid_attendance_follow_up(gateway: Gateway, count: int) -> list[str]:
    phones = members_with(gateway, count, None)
    return walked_into(gateway, phones, "I can't come on Saturday", "?")


def mid_survey(gateway: Gateway, count: int) -> list[str]:
    phones = members_with(gateway, count, None)
    start_surveys(gateway, phones)
    return phones


FORM_STATES: dict[str, Callable[[Gateway, int], list[str]]] = {
    "mid onboarding": mid_onboarding,
    "mid claim": mid_claim,
    "mid attendance follow-up": mid_attendance_follow_up,
    "mid survey": mid_survey,
}


@pytest.mark.parametrize("state", FORM_STATES)
def test_every_message_is_answered_in_the_middle_of_a_form(audit: Gateway, state: str) -> None:
    messages = sample(state, 20)
    phones = FORM_STATES[state](audit, len(messages))
    assert_never_silent(audit, send_each(audit, phones, messages))


@pytest.mark.parametrize(
    ("state", "walk"),
    [("claim summary", at_claim_summary), ("onboarding summary", at_onboarding_summary)],
)
def test_every_message_is_answered_at_a_summary(
    audit: Gateway, state: str, walk: Callable[[Gateway, int], list[str]]
) -> None:
    messages = sample(state, 10)
    phones = walk(audit, len(messages))
    assert_never_silent(audit, send_each(audit, phones, messages))
