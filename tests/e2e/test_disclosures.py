"""Safeguarding disclosures through the real pipeline: webhooks, the phrase net, Rasa's
classifiers (the intent, and the risk classifier), the outbox and the stand-in Twilio.

A disclosure gets the numbers to call and an urgent alert, from a member and from a number not
on the roster; so does every safeguarding example of Rasa's conversation tests (nlu/tests); an
everyday look-alike gets an answer and neither. Two sets (tests/data/safeguarding/): the
development set (dev.yml), used to widen the net, where every line must pass; and the test set
(heldout.yml, when there is one), never used to write or tune anything, whose misses and false
alarms stay marked below rather than being fixed by writing their words into the net.

What differs from one message to the next is how the gateway reads it: the phrase net, then
Rasa's parse against the handover threshold (`bot.gateway.crisis.read_message`). The pipeline
around that reading (webhook, the route to the crisis reply, the case, the alert, the outbox) is
the same for every message. So every development line is checked at the reading: the gateway's
own reading, through a RasaClient on the gateway's settings against the session's Rasa, must
take every disclosure for a risk and no look-alike. Through the whole pipeline, from both
senders, go the test set in full, the conversation-test examples, the plain answers and a fixed
sample of the development set: every SAMPLE_EVERY-th line of each list, which reaches each of its
parts. All messages go in at once, from their own senders, and each parameter checks one of
them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import yaml

from bot.gateway import unknown_senders
from bot.gateway.crisis import Reading, read_message
from bot.gateway.rasa_client import RasaClient
from bot.settings import REPO_ROOT, Settings
from tests.assistant import Assistant
from tests.e2e.conftest import e2e_settings
from tests.e2e.people import is_crisis_reply, new_member, staff_alerts, stranger_number
from tests.e2e.silence import wait_all_answered
from tests.e2e.talk import conversation, replies_to
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, running_gateway
from tests.safeguarding_sets import DEVELOPMENT, TEST_SET


def conversation_test_examples() -> list[str]:
    """The member messages that Rasa's conversation tests label report_safeguarding."""
    found = []
    for path in sorted((REPO_ROOT / "nlu" / "tests").glob("*.yml")):
        for story in yaml.safe_load(path.read_text()).get("stories") or []:
            for step in story.get("steps") or []:
                if step.get("intent") == "report_safeguarding" and step.get("user"):
                    found.append(step["user"].strip())
    return found


EXAMPLES = conversation_test_examples()
# The development set through the whole pipeline: every SAMPLE_EVERY-th line of each list.
SAMPLE_EVERY = 20


def in_sample(index: int) -> bool:
    """Whether line `index` of a development list goes through the whole pipeline."""
    return index % SAMPLE_EVERY == 0


SAMPLE = {
    part: [text for n, text in enumerate(lines) if in_sample(n)]
    for part, lines in DEVELOPMENT.items()
}
# Readings of the development set in flight at once (the gateway's Rasa pool caps them too).
READINGS_AT_ONCE = 8
SENDERS = ("member", "stranger")
# Answers members give to the forms' questions (attendance, needs, claims, the survey): not even
# a case for staff to read, or a member who answers "not sure" has their conversation flagged.
PLAIN_ANSWERS = [
    "not sure",
    "not sure yet",
    "maybe",
    "dunno",
    "i don't know yet",
    "probably not",
    "not really",
    "none",
    "nothing",
    "no thanks",
    "skip",
    "n/a",
    "nope",
    "can't make it",
    "not this time",
    "3",
    "fine",
    "nie wiem",
    "nu știu",
    "pata nahi",
]


@dataclass
class Answer:
    replies: list[str]
    alerts: list[str]
    status: str  # of the conversation afterwards: "bot" while no case is open


@pytest.fixture(scope="module")
def gateway(
    assistant: Assistant,
    _twilio_api_server: FakeTwilioApi,
    _telegram_api_server: FakeTelegramApi,
) -> Iterator[Gateway]:
    """The gateway and worker on the session's assistant, for this module's messages."""
    twilio_api, telegram_api = _twilio_api_server, _telegram_api_server
    twilio_api.reset()
    # Over a hundred strangers write at once here; the cap on replies to unknown numbers
    # (tests/bot/channels/test_unknown_senders.py) would leave some look-alikes unanswered.
    cap = unknown_senders.REPLIES_PER_MINUTE
    unknown_senders.REPLIES_PER_MINUTE = 1000
    settings = e2e_settings(assistant, twilio_api, telegram_api, RATE_SMS_PER_SECOND=500.0)
    try:
        with running_gateway(settings, twilio_api, telegram_api) as gateway:
            yield gateway
    finally:
        unknown_senders.REPLIES_PER_MINUTE = cap
        twilio_api.reset()


@pytest.fixture(scope="module")
def answers(gateway: Gateway) -> dict[tuple[str, str], Answer]:
    """(sender kind, text) -> what that sender received and what staff were sent about it."""
    senders: dict[tuple[str, str], str] = {}
    every = {
        *SAMPLE["disclosures"],
        *SAMPLE["ordinary"],
        *TEST_SET["disclosures"],
        *TEST_SET["ordinary"],
        *EXAMPLES,
        *PLAIN_ANSWERS,
    }
    for text in every:
        senders["member", text] = new_member(gateway, "Sam")
        senders["stranger", text] = stranger_number()
    for (_, text), address in senders.items():
        assert gateway.sms(address, text).status_code == 200
    wait_all_answered(gateway, timeout=120)
    return {
        key: Answer(
            replies_to(gateway, "sms", address),
            staff_alerts(gateway, (found := conversation(gateway, "sms", address)).id),
            found.status,
        )
        for key, address in senders.items()
    }


async def read_all(settings: Settings, texts: list[str], threshold: float) -> list[Reading]:
    """The gateway's reading of each text, READINGS_AT_ONCE at a time, through a RasaClient
    built as the gateway builds its own."""
    rasa = RasaClient(settings)
    at_once = asyncio.Semaphore(READINGS_AT_ONCE)

    async def read(text: str) -> Reading:
        async with at_once:
            return await read_message(rasa, text, threshold)

    try:
        return await asyncio.gather(*(read(text) for text in texts))
    finally:
        await rasa.aclose()


@pytest.fixture(scope="module")
def readings(gateway: Gateway) -> dict[str, Reading]:
    """Every development line -> how the gateway reads it, at the gateway's threshold."""
    texts = sorted({*DEVELOPMENT["disclosures"], *DEVELOPMENT["ordinary"]})
    threshold = gateway.services.config.handover.fallback_threshold
    return dict(zip(texts, asyncio.run(read_all(gateway.settings, texts, threshold)), strict=True))


# Test-set disclosures that no reader takes for a risk, by index in heldout.yml (its lines are
# not copied anywhere), each with what it says that was missed: measured once, after the net and
# the model last changed, and marked here rather than fixed. Measured on the sixty-second and
# sixty-third sets (disclosures 0-79 and 80-159): 155 of their 160 disclosures, 78 and 77 (83
# by the net alone, 49 and 34), from members and unknown numbers alike.
MISSED: dict[int, str] = {
    76: "Chinese: a brother just out owes people from inside; they are downstairs to beat him",
    78: "Greek: a son in prison phoned crying that they will kill him tonight over a debt",
    109: "a son pushed off the climbing wall, not moving, a neck injury",
    152: "Chinese: a tutor gives my daughter secret gifts and takes her out alone tonight",
    153: "Vietnamese: a child not collected from the football club, alone on the street, crying",
}
# Test-set look-alikes that get the crisis reply, by index in heldout.yml's ordinary list
# (0-39 the sixty-second's, 40-79 the sixty-third's): 7 of its 80, 5 and 2, measured with the
# misses above (five by the net: harms told as over, a prison drama and a story; two by Rasa's
# classifiers).
FALSE_ALARMS: dict[int, str] = {
    10: "a TV prison drama: debt threats on the wing",
    12: "an ex released last year, an order, quiet since; a seating preference (the net)",
    20: "stabbed in 2019, safe now; the reason for joining (the net)",
    23: "a story about a released man on a bridge who steps back (the net)",
    37: "Chinese: a prison drama, a released man with nowhere to live; discuss it? (the net)",
    42: "a knock to the head in the past, the hospital gave the all clear (the net)",
    59: "'dying of embarrassment' at the school gate",
}


def known_miss(reason: str | None) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def dev_params(part: str, dev_id: str, *, sample: bool = False) -> list[object]:
    """One part ("disclosures" or "ordinary") of the development set, or only its sample, each
    line named by its index in the whole part."""
    return [
        pytest.param(text, id=f"{dev_id}{n}")
        for n, text in enumerate(DEVELOPMENT[part])
        if not sample or in_sample(n)
    ]


def set_params(part: str, dev_id: str, test_id: str, known: dict[int, str]) -> list[object]:
    """One part of the development set's sample, then of the test set, whose known misses or
    false alarms are marked."""
    return dev_params(part, dev_id, sample=True) + [
        pytest.param(text, id=f"{test_id}{n}", marks=known_miss(known.get(n)))
        for n, text in enumerate(TEST_SET[part])
    ]


def disclosure_params() -> list[object]:
    examples = [pytest.param(text, id=f"nlu-tests{n}") for n, text in enumerate(EXAMPLES)]
    return set_params("disclosures", "dev", "held-out", MISSED) + examples


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("text", disclosure_params())
def test_a_disclosure_gets_the_numbers_to_call_and_an_urgent_alert(
    answers: dict[tuple[str, str], Answer], sender: str, text: str
) -> None:
    answer = answers[sender, text]
    assert is_crisis_reply(answer.replies), (text, answer.replies)
    assert len(answer.alerts) == 1 and "URGENT" in answer.alerts[0], (text, answer.alerts)


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize(
    "text", set_params("ordinary", "look-alike", "held-out-look-alike", FALSE_ALARMS)
)
def test_an_everyday_look_alike_gets_neither(
    answers: dict[tuple[str, str], Answer], sender: str, text: str
) -> None:
    answer = answers[sender, text]
    assert answer.replies, (text, "no answer at all")
    assert not is_crisis_reply(answer.replies), (text, answer.replies)
    assert answer.alerts == [], (text, answer.alerts)


@pytest.mark.parametrize("text", PLAIN_ANSWERS)
def test_a_plain_answer_opens_no_case(answers: dict[tuple[str, str], Answer], text: str) -> None:
    answer = answers["member", text]
    assert answer.replies and not is_crisis_reply(answer.replies), (text, answer.replies)
    assert answer.status == "bot", (text, "a case was opened")


@pytest.mark.parametrize("text", dev_params("disclosures", "dev"))
def test_the_gateway_reads_every_development_disclosure_as_a_risk(
    gateway: Gateway, readings: dict[str, Reading], text: str
) -> None:
    # A message that is nothing but a channel keyword (STOP, HELP) is answered as one, unread.
    assert gateway.services.channels["sms"].keywords.of(text) is None, text
    assert readings[text].at_risk, (text, readings[text])


@pytest.mark.parametrize("text", dev_params("ordinary", "look-alike"))
def test_the_gateway_reads_no_development_look_alike_as_a_risk(
    readings: dict[str, Reading], text: str
) -> None:
    assert not readings[text].at_risk, (text, readings[text])
