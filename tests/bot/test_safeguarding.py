"""The phrase net on its own (bot/gateway/safeguarding.py): what it must catch with nothing else
running, what it must leave to the classifier, and how it reads Rasa's parse.

Two sets of disclosures, each with everyday look-alikes (tests/safeguarding_sets.py): the
development set (tests/data/safeguarding/dev.yml), used to write and widen the net, and the test
set (tests/data/safeguarding/heldout.yml, when there is one), never used to write or tune
anything. Through the whole pipeline every development line must get the crisis reply
(tests/e2e/test_disclosures.py); here, the net alone catches most of the development set and
none of the look-alikes of either.
"""

from __future__ import annotations

import pytest

from bot.gateway.safeguarding import (
    classifier_reads_risk,
    is_everyday_idiom,
    says_someone_is_at_risk,
)
from tests.safeguarding_sets import DEVELOPMENT, LOOK_ALIKES

# What the net alone catches of the development set (50 of its 84 disclosures).
DEVELOPMENT_CAUGHT_AT_LEAST = 50


@pytest.mark.parametrize(
    "text",
    [
        # distress that names no method
        "sorry, i'm not ok and i don't know what to do",
        "Im really not okay tonight",
        "i can't cope with anything at the moment",
        "not coping at all since the weekend",
        "im in crisis",
        "i dont want to be here anymore",
        "I'm so scared. please call",
        "i feel hopeless about everything",
        "its all too much",
        "i don't know what to do anymore",
        "i'm falling apart",
        # low mood, no harm named
        "i feel so low all the time",
        "im really depressed",
        "I can't stop crying",
        "i cant get out of bed most days",
        "I've stopped eating",
        "i dont know who to turn to",
        "I don't know who else to talk to",
        "there's no one to talk to",
        # wanting to die, said plainly or not
        "what's the point in living",
        "everyone would be better off without me",
        "i wish i wasn't alive",
        "i just want to disappear",
        "i'm done with life",
        "might do something stupid",
        # self-harm
        "been burning myself",
        "I swallowed a handful of paracetamol",
        # someone doing harm, control, fear of a person
        "my dad beats me",
        "he kicked me in the stomach",
        "my partner hit me in the face",
        "she threatened to kill me",
        "my boyfriend took my passport and won't let me see my friends",
        "my landlord keeps my bank card",
        "a man was waiting for me outside after the session",
        "i'm frightened of my neighbour",
        "he locked me in the flat",
        "I was sexually assaulted",
        "I'm in danger",
        "i'm worried about a child's safety",
        "the kids are being neglected",
    ],
)
def test_distress_abuse_and_fear_are_caught_with_nothing_else_running(text: str) -> None:
    assert says_someone_is_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm not ok with the new date, can we talk",
        "I'm afraid I can't come on Saturday",
        "i'm scared i'll be late, the bus is slow",
        "can't go on the sunday, sorry",
        "he hit me up about the lift share",
        "she beat me at the quiz",
        "she beat me in the quiz on saturday",
        "I took all my receipts to the desk",
        "the ticket machine took my money",
        "i neglected to attach the receipt",
        "the talk on domestic abuse was really good",
        "I wish I was there for the first weekend",
        "the website won't let me see my claim",
        "no point trying the form again, it's broken",
        "my shoes are falling apart",
        "this heat is killing me",
        "we're dying to know the lunch menu",
        "i'm down for saturday",
        "I'm low on battery, will reply later",
        "I'm desperate for a coffee",
        "i can't get out of bed early on saturdays, is 10am the start?",
        "I'm not eating at the venue, I'll bring my own lunch",
        "i don't know who to talk to about my claim",
        "I'm empty handed, can I bring the receipt later?",
    ],
)
def test_everyday_words_that_look_like_risk_are_left_alone(text: str) -> None:
    assert not says_someone_is_at_risk(text)


def test_the_net_alone_catches_most_of_the_development_set_and_no_look_alike() -> None:
    caught = [text for text in DEVELOPMENT["disclosures"] if says_someone_is_at_risk(text)]
    assert len(caught) >= DEVELOPMENT_CAUGHT_AT_LEAST
    assert [text for text in LOOK_ALIKES if says_someone_is_at_risk(text)] == []


def parse(*ranking: tuple[str, float]) -> dict[str, object]:
    intents = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return {"intent": intents[0], "intent_ranking": intents}


def test_the_classifier_counts_at_the_handover_threshold() -> None:
    assert classifier_reads_risk(parse(("report_safeguarding", 0.45)), 0.45)
    assert classifier_reads_risk(parse(("deny", 0.5), ("report_safeguarding", 0.46)), 0.45)
    assert not classifier_reads_risk(parse(("report_safeguarding", 0.44)), 0.45)
    assert not classifier_reads_risk(parse(("deny", 0.9)), 0.45)
    assert not classifier_reads_risk({}, 0.45)


@pytest.mark.parametrize(
    "text",
    ["my back is killing me", "these shoes are killing me!", "dying to know", "cake to die for"],
)
def test_everyday_figures_of_speech_overrule_the_classifier(text: str) -> None:
    assert is_everyday_idiom(text) and not says_someone_is_at_risk(text)


def test_a_figure_of_speech_does_not_hide_a_risk_the_net_reads() -> None:
    text = "my head is killing me and i want to end it all"
    assert says_someone_is_at_risk(text)
