"""The phrase net on its own (bot/gateway/safeguarding.py): what it must catch with nothing else
running, what it must leave to the classifier, and how it reads Rasa's parse.

Two sets of disclosures, each with everyday look-alikes (tests/safeguarding_sets.py): the
development set (tests/data/safeguarding/dev.yml), used to write and widen the net, and the test
set (tests/data/safeguarding/heldout.yml, when there is one), never used to write or tune
anything. Read as the gateway reads it (the net, then Rasa's classifiers) every development
line must be read right, and a sample of them goes through the whole pipeline
(tests/e2e/test_disclosures.py); here, the net alone catches every development disclosure but
the few named below, each kind of risk said as members say it (mixed into logistics,
understated, misspelt), and none of the development set's look-alikes (the test set is scored
through the whole pipeline), nor any of the risk classifier's everyday examples.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import cast

import pytest
import yaml

from bot.gateway import crisis
from bot.gateway.crisis import Reading, read_message
from bot.gateway.rasa_client import RasaClient
from bot.gateway.safeguarding import (
    classifier_reads_risk,
    is_everyday_idiom,
    says_someone_is_at_risk,
)
from bot.gateway.safeguarding_words import normalise
from tests.safeguarding_sets import DEVELOPMENT


def assert_read_and_twin_left_alone(risk: str, look_alike: str) -> None:
    """The net reads the risk and leaves its everyday twin, which shares its words, alone."""
    assert says_someone_is_at_risk(risk), normalise(risk)
    assert not says_someone_is_at_risk(look_alike), normalise(look_alike)


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
        # suicidal thoughts: goodbyes, things given away, means at hand, tired of living
        "been giving my stuff away to mates, feels right",
        "sorted out who gets my records and the cat, wont need them after this week",
        "not sure i'll make it to the next one, i've said my goodbyes to the people who matter",
        "got enough tablets saved to do it properly this time",
        "i keep looking at the train tracks on my way to the session",
        "i'm on the multistorey roof and i don't know why i came up here",
        "everyone's life would be easier with me gone",
        "cant see me still being here by christmas tbh",
        "so sick of living",
        # self-harm
        "ive started cutting again, sorry",
        "my thighs are covered in cuts, nobody knows",
        "i bang my head against the wall till it stops",
        # not coping, said the British way
        "bit of a rubbish week, not going to lie, I'm not really coping at all",
        "struggling massively, can barely function",
        # domestic abuse: physical, coercive control, financial, isolation, threats
        "cant come saturday, he broke my phone again",
        "my other half has all my money and i have to ask for bus fare",
        "he makes me account for every penny i spend",
        "my husband decides who i can see, i havent seen my sister in a year",
        "she says nobody else would put up with me and i'm nothing without her",
        "bit of a domestic last night, he had me by the throat",
        "she throws things at me when she's drunk",
        "if he finds out i'm messaging you he'll go mad, he's done it before",
        # sexual abuse, stalking, threats from others
        "my stepdad comes in the bathroom when i'm showering",
        "someone at the pub put something in my drink",
        "my ex keeps making new accounts to message me after i blocked him",
        "a member of the group keeps sitting in his car across the road from my house",
        "they told me to keep my mouth shut or they'd come for my family",
        "some lads on my road said they'd do me in if i talk at the assembly",
        # exploitation: county lines, cuckooing, debt bondage, modern slavery
        "a neighbour has been getting my autistic son to hold packages for him",
        "some men moved into my flat and won't leave, they're dealing from it",
        "there are 8 of us in a 2 bed house and the boss takes us to work in a van",
        # a child or an adult at risk
        "my friend's kids haven't had a proper meal in days, fridge is empty",
        "the little boy next door is always outside late at night, no one comes for him",
        "my dad has dementia and his carer hasnt been feeding him",
        "my grandad's new girlfriend got him to sign his house over",
        # hate with fear, nowhere to sleep tonight, fear of the police
        "they keep shouting abuse at my wife because she wears a headscarf, we're scared",
        "landlord changed the locks, me and the kids are on the street tonight",
        "been sleeping on night buses this week",
        "i can't go to the police, he is police",
        # warning signs said sideways, with no word of risk
        "been giving all my things away to friends this week, feels right",
        "burnt myself again last night, sorry for the late reply",
        "wearing long sleeves on saturday so nobody sees my wrists, the cuts are fresh",
        "i cant keep myself safe right now",
        "there's someone at a party i went to, i don't remember agreeing to anything",
        "a guy online keeps asking my 13 year old to send him selfies",
        "the lads on the corner said they'll merk me if i come through again",
        "someone tore off my headscarf on the bus",
        "my ex says he'll make sure i never see my kids again if i talk",
        # text-speak and typos
        "im so scard of him",
        "my husban beats me",
        "i wnt to die",
        "ppl keep following me home after the meetin, im terified",
    ],
)
def test_each_kind_of_risk_is_read_as_members_say_it(text: str) -> None:
    assert says_someone_is_at_risk(text), normalise(text)


@pytest.mark.parametrize(
    "text",
    [
        "nie chcę już dłużej żyć",
        "znowu się pocięłam",
        "mąż mnie pobił wczoraj",
        "partner zabrał mi telefon i nie pozwala mi wychodzić",
        "dzieci sąsiadów są same w domu całymi dniami",
        "vreau să-mi iau viața",
        "mă tai pe mâini",
        "soțul meu m-a bătut aseară",
        "copiii vecinilor sunt lăsați singuri zile întregi",
        "میرا شوہر مجھے روز مارتا ہے",
        "میں مر جانا چاہتی ہوں",
        "mera shohar mujhe maarta hai",
        "main khud ko nuqsan pohanchati hoon",
    ],
)
def test_the_main_kinds_of_risk_are_read_in_polish_romanian_and_urdu(text: str) -> None:
    assert says_someone_is_at_risk(text)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Im SO scard, pls help", "i am so scared, please help"),
        ("i want 2 die", "i want to die"),
        ("i m frightend of him", "i am frightened of him"),
        ("I’ve been thretened", "i have been threatened"),
        ("i feel hopeless", "i feel hopeless"),
        ("i slipped on the ice", "i slipped on the ice"),
        ("the pasta was overdone", "the pasta was overdone"),
        ("my 2 kids", "my 2 kids"),
        ("il b arnd mch lngr", "i will be around much longer"),
        ("wnt b coming bk", "will not be coming bk"),
        ("plan b is fine", "plan b is fine"),
        ("🔪 on the table", "knife on the table"),
        # a word in another alphabet is read whole, never as text-speak around its letters
        ("nu pot să răspund", "nu pot să răspund"),
        ("u r ok", "you are ok"),
        # a typo in "anymore" or "collapsed", and the g dropped, read as meant; "collapse" kept
        ("cant do this anymroe", "can not do this any more"),
        ("my partner jus colapsed, lips goin blue", "my partner just collapsed, lips going blue"),
        ("the roof may collapse", "the roof may collapse"),
        # a dropped g and "thru"; a word that only ends in "in" stays as it is
        (
            "neighbour keeps shoutin n sayin hell burn us out, note thru door",
            "neighbour keeps shouting and saying he will burn us out, note through door",
        ),
        ("my cousin in berlin", "my cousin in berlin"),
        # "go 2" before a place, a meeting and "agen" spelt short, a blow's "e" dropped; "2"
        # before days stays
        (
            "he smashd my fone n sed if i go 2 ur meetin agen",
            "he smashed my phone and said if i go to your meeting again",
        ),
        ("i go 2 days a week", "i go 2 days a week"),
        # spelling by ear read as meant; "brake" and "hart" are only read so in their risk place
        ("my partna checks my fone evry nite", "my partner checks my phone every night"),
        ("he sed he wil brake my legs", "he said he will break my legs"),
        ("the brake on my bike is gon", "the brake on my bike is gone"),
        (
            "i dont no wot to do, its a hart attack",
            "i do not know what to do, it is a heart attack",
        ),
        # patois: who is doing it and what is coming; "give him a go" stays
        ("him a go chop mi up, mi fraid", "he is going to chop me up, i am afraid"),
        ("give him a go on the quiz", "give him a go on the quiz"),
        ("tek di pickney dem", "take the children"),
        # patois: what someone is doing now, "ago", "deh", "dung", a blow every night; "is she a
        # nurse" and "two days ago" stay
        ("she a bleed, mi deh a work", "she is bleeding, i am at work"),
        ("him ago buss mi head", "he is going to bust my head"),
        ("him stepfada lick him every night", "his stepfather hits him every night"),
        ("is she a nurse, i saw him two days ago", "is she a nurse, i saw him two days ago"),
        # Nigerian Pidgin: "dey", "don", "no fit again", "na", "am"; not read outside Pidgin
        (
            "abeg my pikin dey vomit, e no dey answer",
            "please my child is vomiting, he is not answering",
        ),
        (
            "i no fit again, everything don scatter, the girl na 12",
            "i can not go on any more, everything has scattered, the girl is 12",
        ),
        ("she dey beat am", "she is beating them"),
        ("don said na, the meeting is at 10 am", "don said na, the meeting is at 10 am"),
        # Glaswegian "ma" before a noun is "my", and a mother otherwise; "am" opening a clause
        ("fae ootside ma work, am pure terrified", "from outside my work, i am really terrified"),
        ("ma said no, meeting at 10 am", "ma said no, meeting at 10 am"),
        # "an" before a consonant is "and"; "an hour" stays
        ("an tonight he said", "and tonight he said"),
        ("an hour late", "an hour late"),
        # Scouse "kippin" and "dead quiet"; "dead" alone stays dead
        ("our kid's kippin in his car, dead quiet", "our kids sleeping in his car, really quiet"),
        ("he is dead", "he is dead"),
        # youth slang: too shook, the feds, a cousin, "aint been"; shaking hands and "cuz" stay
        (
            "too shook to ring feds, he aint been home",
            "too scared to ring police, he has not been home",
        ),
        ("he shook my hand cuz i won", "he shook my hand because i won"),
        # "wet up" as stabbed and the nank as a knife; soaked in the rain stays
        ("got wet up outside the station", "got stabbed outside the station"),
        ("they wet him up", "they stabbed him"),
        ("got wet up in the rain", "got wet up in the rain"),
        ("he had the nank", "he had the knife"),
        ("my lil cuz", "my lil cousin"),
        # a formal letter's "not permitted" and "telephone"
        ("not permitted to telephone", "not allowed to phone"),
        # a learner's English: an age as years had, "for marry with", "go back your country",
        # "in the fridge is nothing", "the man of the night", a way "not correct", "not wanting";
        # years of experience or left, "in a bad way" and going back your way stay
        (
            "she has 89 years and in the fridge is nothing",
            "she is 89 and nothing in the fridge",
        ),
        ("i have 20 years experience", "i have 20 years experience"),
        ("she has 3 years left on her visa", "she has 3 years left on her visa"),
        (
            "I am 17 age, for marry with my cousin, i am not wanting",
            "i am 17, to marry my cousin, i do not want",
        ),
        ("my son of 16 years", "my 16 year old son"),
        ("go back your country", "go back to your country"),
        ("go back your way", "go back your way"),
        (
            "the man of the night touches him in a way not correct",
            "the night man touches him inappropriately",
        ),
        ("my dad is in the residence for old people", "my dad is in the care home"),
        ("he is in a bad way", "he is in a bad way"),
        # emoji for a blow, blood, a coffin and fire at a building, skin tones and all; fire
        # alone and the skull stay
        ("👊🏽🩸 ⚰️ sorry x", "punch blood coffin sorry x"),
        ("🔥🕌", "fire mosque"),
        ("🔥🔥 great session 💀💀", "🔥🔥 great session 💀💀"),
    ],
)
def test_spelling_is_read_as_meant_and_everyday_words_are_left_as_they_are(
    typed: str, read: str
) -> None:
    assert normalise(typed) == read


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
        "my phone broke again so i'll be using my partner's",
        "he took my place in the queue lol",
        "can i bring my kids, they'll be home alone otherwise",
        "i'm falling to pieces with this cold",
        "we have nowhere to store our bikes at the venue",
        "my husband takes my car on weekdays so i'll get the bus",
        "i keep getting emails about the survey, please stop",
        "i'm not sure i can carry on with the assembly, it's too much travel",
        "threatened with rain all weekend, bring a brolly",
        "the lads were shouting at the football on the telly next door",
        "i have no money for the bus until my claim is paid",
        "i slipped on the ice outside the hall",
        "the power cut again this morning so my alarm didn't go off",
        "i cut my hair again, you won't recognise me",
        "the kids don't want to go home, they're having so much fun in the creche",
        "next time it'll be worse for traffic, leave early",
        "my legs are covered in mosquito bites lol",
        "won't need a coat where i'm going, it's 30 degrees",
        "i said no to more cake but they carried on anyway haha",
        "i messaged my daughter to send me photos of the receipts",
        "deep cuts to police budgets were discussed",
        # HELP is a channel keyword and "help me" asks what the assistant does
        "help",
        "help me",
        # the assembly's subjects talked about as subjects
        "can we get the slides on suicide prevention",
        "what's the definition of cuckooing they mentioned",
        "our table argued about whether cuckooing should be its own crime",
        "the presenter said one in four women experience domestic abuse",
        # a speaker's own story, retold
        "the speaker who talked about being stalked by her ex was so brave",
        "the dad whose daughter was groomed online spoke so calmly, thank you",
        "one of the survivors story about her sisters suicide stayed with me",
        # complaints about the timetable
        "can't cope with these early starts, could we begin at 11",
        "not coping with another long queue at lunch, can we have two serving points",
        "one of the panel members described being attacked on a night bus years ago",
    ],
)
def test_everyday_words_that_look_like_risk_are_left_alone(text: str) -> None:
    assert not says_someone_is_at_risk(text)


# Every development disclosure, in every language the set holds. "1. not the day, me. I don't
# think I'll be around for weekend 3" is read as a risk, as not being around is beside a low
# rating with no reason given (safeguarding_now); said bare, it is the classifier's to weigh
# (tests/bot/test_safeguarding_review.py).
@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"dev{n}") for n, text in enumerate(DEVELOPMENT["disclosures"])],
)
def test_the_net_alone_catches_every_development_disclosure(text: str) -> None:
    assert says_someone_is_at_risk(text), normalise(text)


def test_the_net_catches_no_development_look_alike() -> None:
    assert [text for text in DEVELOPMENT["ordinary"] if says_someone_is_at_risk(text)] == []


@pytest.mark.parametrize(
    ("alarm", "asks_for_the_menu"),
    [
        ("please help", "help"),
        ("please help me", "help me"),
        ("help me now", "help please"),
        ("someone help", "help?"),
        ("scared", "help with my claim"),
        ("so scared", "help me claim my bus fare"),
        ("not safe", "not safe to leave bikes outside the hall, is there a rack inside?"),
        ("can't talk. not safe", "i'm not safe driving in the dark so can i leave at 4?"),
        ("he's here", "he's here, we're just parking"),
        ("come quick please", "i'm scared of speaking in public"),
        (
            "shaking. scared. please someone",
            "scared of public speaking please someone swap with me",
        ),
        ("😰😰😰 help", "😂😂 help this bus"),
        ("panicking. alone. help", "help, panicking about the claim deadline"),
        # someone at the writer's home as one line of a thread, and the same words as news
        ("she's at my window again", "she's at my window again, waving at the cat"),
        ("at my back door now", "at the front door now, can someone let me in?"),
        ("they're back. terrified", "they're back from holiday. terrified of the post pile"),
        # "not ok" beside a word of fear, and no more; someone who has found "us" as a line
        ("not ok. scared.", "not ok with the new date. scared i'll be late"),
        ("really not ok 😰", "not ok for saturday 😰 train strike"),
        # "not ok" said hard or twice, and no more; the same about a date, or once
        ("not ok. really not ok. sorry", "not ok with the new date. really not ok. sorry"),
        ("really not ok", "not ok, sorry"),
        ("he found us", "he found us a table near the front"),
        ("oh no, they found us again. terrified", "she found us, we're by the stage"),
    ],
)
def test_a_plea_in_a_word_or_two_is_an_alarm_and_help_alone_asks_for_the_menu(
    alarm: str, asks_for_the_menu: str
) -> None:
    assert says_someone_is_at_risk(alarm), normalise(alarm)
    assert not says_someone_is_at_risk(asks_for_the_menu), normalise(asks_for_the_menu)


def parse(*ranking: tuple[str, float]) -> dict[str, object]:
    intents = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return {"intent": intents[0], "intent_ranking": intents}


def test_the_classifier_counts_at_the_handover_threshold() -> None:
    assert classifier_reads_risk(parse(("report_safeguarding", 0.45)), 0.45)
    assert classifier_reads_risk(parse(("deny", 0.5), ("report_safeguarding", 0.46)), 0.45)
    assert not classifier_reads_risk(parse(("report_safeguarding", 0.44)), 0.45)
    assert not classifier_reads_risk(parse(("deny", 0.9)), 0.45)
    assert not classifier_reads_risk({}, 0.45)


def test_the_risk_classifier_alone_is_enough() -> None:
    quiet = parse(("inform_absence", 0.9), ("report_safeguarding", 0.05))
    assert classifier_reads_risk({**quiet, "risk": {"score": 0.8, "at_risk": True}}, 0.45)
    assert not classifier_reads_risk({**quiet, "risk": {"score": 0.2, "at_risk": False}}, 0.45)
    # Without a risk reading (a model trained without it) the intent decides, as before.
    assert not classifier_reads_risk(quiet, 0.45)
    assert classifier_reads_risk(parse(("report_safeguarding", 0.6)), 0.45)
    assert not classifier_reads_risk({**quiet, "risk": None}, 0.45)


def test_the_intent_alone_is_not_enough_when_the_risk_classifier_clears_the_message() -> None:
    # "my partner is picking me up at 6": the intent classifier's report_safeguarding at 0.57
    logistics = parse(("report_safeguarding", 0.57), ("confirm_attendance", 0.2))
    cleared = {"score": 0.014, "at_risk": False, "worth_a_look": False}
    unsure = {"score": 0.2, "at_risk": False, "worth_a_look": True}
    assert not classifier_reads_risk({**logistics, "risk": cleared}, 0.45)
    assert classifier_reads_risk({**logistics, "risk": unsure}, 0.45)


class RiskReadingRasa:
    """Rasa answering every parse with the risk classifier's yes and an ordinary intent."""

    async def parse(self, text: str) -> dict[str, object]:
        return {**parse(("inform_absence", 0.9)), "risk": {"score": 0.9, "at_risk": True}}


def test_the_risk_reading_sends_the_crisis_reply_unless_the_message_is_an_idiom() -> None:
    rasa = cast(RasaClient, RiskReadingRasa())
    assert asyncio.run(read_message(rasa, "can't make saturday sorry", 0.45)).at_risk
    assert not asyncio.run(read_message(rasa, "my feet are killing me", 0.45)).at_risk


def test_rasa_reads_the_message_while_the_net_does_so_the_member_waits_for_one_not_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = threading.Event()

    class ListeningRasa:
        async def parse(self, text: str) -> dict[str, object]:
            asked.set()
            return {**parse(("ask_venue", 0.9)), "risk": {"score": 0.01, "at_risk": False}}

    async def slow_net(text: str) -> bool:
        """The net, taking as long as Rasa needs to be asked (or giving up after 5 s)."""
        return not await asyncio.to_thread(asked.wait, timeout=5)

    monkeypatch.setattr(crisis, "net_reads_risk", slow_net)
    reading = asyncio.run(read_message(cast(RasaClient, ListeningRasa()), "where is it?", 0.45))
    assert reading == Reading()  # the parse had been asked for while the net read


@pytest.mark.parametrize(
    "text",
    [
        "my back is killing me",
        "these shoes are killing me!",
        "dying to know",
        "cake to die for",
        "kill me now, another survey? haha",
        "i'm scared stiff of presenting on saturday",
        "my partner is picking me up after, he'll wait outside",
        "the session on domestic abuse stats was eye-opening",
        # things that die, the session's exercises, suggestions for the assembly
        "my phone's about to die, will ring you back",
        "The role play on what to do if you see someone being threatened was good",
        "Should the assembly recommend more street lighting for women walking home?",
        # food worth dying for, forgetfulness owned up to, a subject for the agenda
        "id die for another slice of that lemon cake",
        "sorry i'm such a disaster, i forgot to bring my receipts",
        "I'm useless, lost the link for the survey again",
        "policing on our estate should be on the agenda for weekend 3",
        "can we add safety on the night buses to the agenda",
        # stories told in a session, retold; a pet kept in after the vet
        "the presenters talk about her sons overdose was so honest",
        "she's not allowed out for a fortnight, the kitten's just been spayed",
    ],
)
def test_everyday_figures_of_speech_overrule_the_classifier(text: str) -> None:
    assert is_everyday_idiom(text) and not says_someone_is_at_risk(text)


def test_a_subject_talked_about_does_not_hide_a_disclosure_in_the_same_message() -> None:
    text = "after the session on domestic abuse i realised my husband hits me"
    assert says_someone_is_at_risk(text)
    assert not says_someone_is_at_risk("after the session on domestic abuse i went home")
    retold = "the speaker talked about being followed home"
    assert says_someone_is_at_risk(f"{retold} and now i'm being followed home too")
    assert says_someone_is_at_risk(f"{retold}, the same happens to me, he follows me home")


def test_food_forgetfulness_and_the_agenda_overrule_only_in_those_words() -> None:
    assert not is_everyday_idiom("id die for a way out of all this")
    assert not is_everyday_idiom("i am a nightmare to live with, everyone says so")
    assert not is_everyday_idiom("i am useless and everyone would be better off without me")


def test_a_figure_of_speech_does_not_hide_a_risk_the_net_reads() -> None:
    text = "my head is killing me and i want to end it all"
    assert says_someone_is_at_risk(text)


# The writer's own risk said sideways: leaving as a joke that is not one, affairs put in order as
# errands, self-harm hidden or in emoji, an overdose as "the lot" or a count of someone else's
# tablets, a dose doubled with its symptoms, a goodbye at the water or sent and then silence;
# each beside a twin in the same words.
WRITERS_OWN_RISK_SAID_SIDEWAYS: list[tuple[str, str]] = [
    # an overdose or a death in emoji: a means beside a grave or a goodbye and nothing else; not
    # birthday drinks, a Halloween coffin or a sleeping tablet and goodnight
    ("💊💊💊💊💊 🍷🍷 🪦 bye x", "🍷🍷 🎂 birthday drinks tonight, bye for now x"),
    ("🔪🔪 ⚰️ sorry x", "⚰️🎃👻 halloween party saturday, sorry can't make it x"),
    ("💊💊💊💊 😴 forgive me", "💊 😴 goodnight all x"),
    # leaving as a joke that is not one; not a hotel, a shift or a chat group
    (
        "im checking out early if u know what i mean, not even joking, got it all planned",
        "checking out of the hotel early, see you at 9",
    ),
    (
        "reckon I'll be logging off permanently soon if you get me",
        "logging off for good from the facebook group, will stick to email",
    ),
    (
        "clocking off for good tonight, not even joking",
        "clocking off early today, not joking, i'm shattered from the shift",
    ),
    # affairs put in order as errands, two together or with thanks "at the end"
    (
        "gave my cat to my sister and cancelled my bank account",
        "cancelled my phone contract, new number below",
    ),
    (
        "found a good home for Bramble and closed my account at the bank",
        "found a new home for my old sofa and closed my gym account",
    ),
    (
        "my number won't work after the 12th, it meant so much to me at the end",
        "the speaker's talk meant a lot to me at the end of a long week",
    ),
    (
        "rehomed the dog and ended my tenancy",
        "rehomed the cat and cancelled my gym because we're moving to leeds",
    ),
    (
        "given the dog to next door and cancelled my phone contract",
        "given the dog to next door while i'm away, cancelled the milk too",
    ),
    (
        "i don't really care anymore what happens",
        "don't care what happens with the seating any more",
    ),
    # self-harm: sleeves because of the arms, a blade and blood, an arm like a barcode
    ("wearing a hoodie to hide my wrists", "long sleeves, the hall is cold"),
    (
        "long sleeves so nobody asks about my arms",
        "long sleeves because of my arms, sunburnt lol",
    ),
    ("🔪🩸 sorry", "cut my finger on the bread knife again, blood everywhere"),
    (
        "did it again, more blood this time, sorry",
        "did it again, blood orange juice on my notes",
    ),
    (
        "did it again last night, more blood than before",
        "gave blood again today, sorry i'm late",
    ),
    ("my legs look like a barcode", "my wristband looks like a barcode"),
    ("my arm looks like a barcode this week", "my arm looks like a barcode from the tan lol"),
    (
        "the razor is the only thing that makes the thoughts stop",
        "the lighter is the only thing that works on this hob",
    ),
    (
        "ive got the blade out again and the noise in my head wont stop",
        "got the razor out again, beard season is over",
    ),
    (
        "sat in the bath with a razor for an hour. didn't do anything. yet.",
        "sat with a knife for ages trying to open the parcel",
    ),
    # overdose: "the lot", a whole strip, tablets put aside "just in case"
    ("swallowed the lot", "swallowed the lot of the biscuits 😂"),
    ("swallowed the whole lot", "swallowed the lot, that buffet was amazing"),
    ("took the lot. pills all gone", "took the lot, thanks for the spare leaflets"),
    (
        "necked the whole box of my co-codamol",
        "necked the whole bottle of water after the walk",
    ),
    (
        "been putting my sleeping tablets aside, just in case",
        "putting my tablets aside for the weekend so i don't forget them",
    ),
    # a dose doubled or stacked, with what it is doing now
    (
        "injected my insulin twice by mistake, i live alone, i'm shaky and sweating",
        "took my insulin late",
    ),
    (
        "put two pain patches on and took tramadol on top, can't feel my legs",
        "injected my insulin twice by mistake but checked with the nurse, all fine",
    ),
    (
        "accidentally took my morphine twice, can't keep my eyes open",
        "took a double dose of my hayfever tablets by mistake, no harm done",
    ),
    # a count of someone else's tablets swallowed; not carried back or sorted for them
    (
        "necked about 20 of my flatmate's diazepam an hour ago",
        "took about 30 of my mum's tablets back to the chemist, her prescription changed",
    ),
    (
        "swallowed loads of my nan's painkillers, i feel sick",
        "I had loads of my gran's pills to sort into her dosette box",
    ),
    # a goodbye at the water, or sent and then silence; not an outing there or a flight
    (
        "bye everyone, love you all. at the reservoir now",
        "bye all, see you at the reservoir at 10 for the litter pick",
    ),
    (
        "sorry for everything. tell my son i love him. on the railway bridge",
        "sorry for everything i said at the bridge meeting, tell my son i love him",
    ),
    (
        "my brother texted love you all and now his phone goes straight to voicemail",
        "my brother texted love you all from the plane, now his phone goes straight to voicemail",
    ),
    # a plea not to be looked for, as the last words; not a game, a retreat or a seat at the back
    (
        "heading down to the woods now. please don't come looking for me x",
        "hiding in the woods for the kids' hide and seek, don't come looking for me",
    ),
    (
        "I'm sorry. don't try to find me.",
        "I'm sorry, I'm at the back of the hall. don't try to find me, just start without me",
    ),
    # any two of affairs in order, a pet left in someone's care, silence foretold; not before
    # a holiday, nor the blame for a late form
    (
        "tied up all the loose ends and left the cat with next door. it's not your fault",
        "off on holiday, left the dog with my sister and put everything in order",
    ),
    (
        "I've put everything in order and the dog is going to my sister. if you don't hear from"
        " me, don't blame yourselves",
        "it's not your fault the form was late, I've put everything in order now",
    ),
    # tablets got ready while the house goes to bed; not a dosette box, nor a bath waited for
    (
        "got all my tablets counted out, waiting till my parents are asleep",
        "sorted the pills for nan's dosette, just waiting for everyone to go to bed so I can"
        " watch the match",
    ),
    (
        "the pills are ready now, just waiting for the house to be asleep",
        "sorted the pills, just waiting for everyone to go to bed then I can have a bath",
    ),
    # "took the lot" as the whole of what is said, then a goodbye; not sandwiches, nor the tip
    (
        "took the lot. bye x",
        "the leftover sandwiches were going spare so I took the lot. bye x",
    ),
    (
        "swallowed them all. sorry mum",
        "took the lot to the tip. bye x",
    ),
    # the top of a car park gone up to with no reason; not the fireworks, nor where one parked
    (
        "not coming tonight. heading up to the top of the multi storey later",
        "can't do this afternoon, gonna go up to the top of the car park after to watch the"
        " fireworks",
    ),
    (
        "skip me today. going up to the top of the car park x",
        "gonna go up to the top of the car park after, that's where I parked",
    ),
    # nothing mattering by a date to come, with a last word passed on; not exams done and an
    # apology for a missed call, nor thanks for kindness at the session
    (
        "after friday nothing will matter. tell my sister I'm sorry x",
        "after friday nothing will matter, the vote is in. tell my sister I'm sorry I missed her"
        " call",
    ),
    (
        "by next weekend none of this will matter. thank you for being so kind to me",
        "by next weekend none of this will matter, exams done! thank you for being kind to me at"
        " the session",
    ),
    # a calm since a decision left unnamed, with tonight as the night; not a decision named
    (
        "mood: oddly peaceful since I made my decision. tonight is the night, such a relief"
        " honestly",
        "mood: oddly peaceful since I made my decision to retire. tonight is the night I tell"
        " the boss",
    ),
    # how many it would take looked up by someone on a prescribed medicine; not how many weeks
    # it takes to work, nor how many to fill the pill organiser
    (
        "my doctor put me on sertraline and I've been googling how many it would take, I'm so"
        " tired of all this",
        "my gp upped my mirtazapine and I've been looking up how many weeks it takes to kick in",
    ),
    (
        "psychiatrist changed my quetiapine again, spent last night working out how many I'd need"
        " to take",
        "my gp upped my mirtazapine, I was looking up how many it would take to fill the pill"
        " organiser for the month",
    ),
]


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # affairs put in order, said as logistics
        (
            "pass my bus pass on to my nephew, i will not be needing it after friday",
            "i won't be needing lunch after all, eating at home",
        ),
        (
            "can someone take my dog? i've sorted out everything else, he's the last thing",
            "i've sorted out everything for the trip, the dog is going to my mum's",
        ),
        (
            "does my family still get the money if a member dies before it's paid. asking for me",
            "does the money still get paid if the bank is closed? asking for my mum",
        ),
        (
            "i've had enough of all of it. i've chosen the day.",
            "we've chosen the day for the wedding, so excited",
        ),
        (
            "say to the table it was nice knowing you all",
            "it was nice knowing you all haha, see you at the reunion",
        ),
        (
            "not sure if i'll still be alive next week tbh",
            "if i'm still alive after this commute i'll be there",
        ),
        (
            "won't be there next time, in any sense",
            "won't be there next time, sorry, my daughter's recital",
        ),
        ("not eating. not anything anymore.", "not coming sat. not anything serious, just a cold"),
        (
            "my brother keeps sending goodbye texts and his phone is off",
            "we are writing goodbye posts for her retirement",
        ),
        # a goodbye posted and the location turned off since; a friend's tablets saved up
        (
            "my friend posted a goodbye on insta and turned her location off",
            "my friend posted a goodbye from the airport on insta and turned her location off",
        ),
        (
            "my mate posted a goodbye on snapchat last night and his snap map is off since",
            "my mate posted a goodbye on snapchat last night from his flight to Spain, snap map"
            " is off",
        ),
        (
            "at lunch she said she'd been saving up her meds",
            "she said she'd been saving up her holiday money and her meds are in her bag",
        ),
        (
            "my kids would have it easier if i was gone",
            "my kids would have it easier if the bus was on time",
        ),
        (
            "honestly nothing's worth it any more",
            "nothing's worth it at that price, i'll get the bus",
        ),
        (
            "evry1 hts me at home, just want to go to sleep",
            "everyone hates me when i bring the quiz lol",
        ),
        ("my friend said she'd throw herself under a train", "she threw herself into the quiz"),
        ("walking out to the train tracks now", "walking to the train station now"),
        # text-speak without vowels
        ("i rlly cnt cope wth ths nemore", "can't take the 8:10, getting the next one"),
        # an overdose as a quantity taken, or with drink
        ("swallowed a whole box of co-codamol", "took a whole box of biscuits to the break"),
        (
            "had half a bottle of gin and then the sleeping pills",
            "had a bottle of wine at the dinner",
        ),
        (
            "took a packet of my sleeping tablets an hour ago",
            "took a packet of my biscuits to the break",
        ),
        ("googled how many paracetamol it would take", "how many copies would it take to print"),
        ("she's taken something and is not waking up", "she's taken something to the desk"),
        # watched by a partner
        (
            "have to hide my bank statements or my partner goes mad",
            "have to hide my chocolate or the kids eat it",
        ),
        (
            "my boyfriend checks my messages, please don't text, i'm not supposed to be here",
            "my boyfriend checks the trains for me, please text the time",
        ),
        ("only allowed to text when he's at work", "only allowed to text when the app works lol"),
        (
            "if i go quiet it's because he has found out",
            "if i go quiet it's because my phone has died",
        ),
        (
            "my carer says i won't be able to come here if i tell anyone",
            "my carer says i won't be able to come if the bus is late",
        ),
        ("my key worker has my bank card and keeps my money", "my key worker has my timetable"),
        (
            "i moved across london to get away from him",
            "i moved across london to get away from the noise",
        ),
        # favours in place of rent or repairs
        ("he said i could pay him another way", "he said i could pay by card"),
        (
            "the housing officer said it'd be sorted if i was nice to him",
            "the officer was nice to me",
        ),
        (
            "he let himself in while i was asleep",
            "he let himself in with the spare key to feed the cat",
        ),
        # a child without food or power, not home, missing
        (
            "no money, the gas is off and no nappies left for the baby",
            "no nappies in the changing room, can you add some for the baby",
        ),
        (
            "i can't feed my kids this week",
            "i can't feed my kids at the venue, is there a kids' menu",
        ),
        (
            "my daughter hasn't come home since sunday and her phone's dead",
            "my daughter hasn't come home since sunday, she's staying at her dad's",
        ),
        (
            "my teenage son keeps going missing for days",
            "my son disappears for hours into his games",
        ),
        # a child not home tonight with two of the small hours, a phone off, nobody knowing
        # where, a parent frantic; not one late with the phone off as usual, nor one who texted,
        # nor a girl lost for twenty minutes in a shopping centre
        (
            "my son hasn't come home and it's gone 2am, his phone is switched off",
            "my son's not home yet, it's nearly 10, phone's off as usual, he'll be at the"
            " skatepark",
        ),
        (
            "my girl is still not back home, none of her mates know where she is, worried sick",
            "my girl is still not back home, her phone is dead, but she texted me from Jess's so"
            " I'm not worried sick",
        ),
        (
            "my little boy went missing at the park an hour ago and we can't find him anywhere",
            "my little girl went missing for about twenty minutes at the shopping centre but"
            " security found her in the toy shop",
        ),
        ("the boy upstairs says his dad's not been home for three days", "my dad's not been well"),
        # no home tonight
        (
            "had to get out of the flat with my baby tonight",
            "had to get out of the flat early to get the train",
        ),
        ("can't go back to my flat tonight", "can't go back home tonight, trains are on strike"),
        # danger at the door
        (
            "my son owes money and the men have said they'll come round for him",
            "my son owes me money, he's coming round on sunday to pay it",
        ),
        (
            "the old man next door hasn't answered his door for a week and there's a smell",
            "the old man next door hasn't answered about the party",
        ),
        (
            "someone sprayed get out on our front door again, we're frightened",
            "we sprayed the front door green, looks great",
        ),
        (
            "my 11 year old has been chatting to an older man who sends her money",
            "my 11 year old has been chatting to an older lady at church",
        ),
        # passed on "after I'm gone", not being alive for a date, belongings sorted for after
        (
            "if the refund turns up after i'm gone please give it to my brother",
            "if the refund turns up after i've gone home please email me",
        ),
        (
            "i won't be alive by the next session so take me off the list",
            "i won't be around for the next session so take me off the list",
        ),
        # not around or nothing mattering beside a means got, laughed off or not; not a rope got
        # for something, nor a trip that accounts for it
        (
            "lol it won't matter soon anyway, sorted the rope this morning 😂",
            "lol it won't matter soon anyway, sorted the rope for the climbing wall this"
            " morning 😂",
        ),
        (
            "won't be here for weekend 4 haha, ordered the charcoal already",
            "won't be here for weekend 4 haha, off camping, ordered the charcoal for the bbq"
            " already",
        ),
        (
            "clearing out my flat so my mum doesn't have to",
            "clearing out my flat so i can move on friday",
        ),
        (
            "could you have my dog if i'm not around after the 20th",
            "could you have my dog while i'm at the session on the 20th",
        ),
        ("no point any more.", "no point any more, the bus has gone"),
        # an unnamed quantity taken, drink with sedatives, tablets kept from prescriptions
        (
            "swallowed the whole packet earlier, feel sick",
            "took the whole packet of biscuits to the session",
        ),
        (
            "drank all afternoon and took a handful of my sleeping tablets",
            "drank all afternoon at the wedding and took a taxi home",
        ),
        (
            "i've kept all my tablets from the last prescriptions",
            "i kept my tablets in my bag at the session",
        ),
        # watched, kept quiet and kept at work
        (
            "my boyfriend spends every penny i get",
            "my boyfriend spends every weekend at his mum's",
        ),
        (
            "she found my texts, never message me again",
            "she found my keys, never mind",
        ),
        ("they'll get me deported if i speak up", "my cousin was sent back last year"),
        ("i live at the nail bar where i work", "i live near the nail bar where i work"),
        ("throttled me in the car", "throttled the engine back in the car park"),
        # a child in the cold, told to keep secrets, taken away for good
        (
            "the electric's run out, nothing on the meter and the kids are shivering",
            "the kids are shivering at the bus stop, is the venue warm",
        ),
        (
            "a guy online tells my son to keep it a secret from me",
            "my son is messaging his gran to keep her birthday present a secret",
        ),
        (
            "their dad will take the kids abroad and i'll never see them again",
            "their dad will take the kids abroad for half term",
        ),
        # asides that only make sense from someone at risk
        (
            "could you put that the day goes on till 7 when it really finishes at 5, my husband "
            "checks",
            "could you put that the day goes on till 7 when it really finishes at 5, my boss "
            "wants a full shift",
        ),
        (
            "i have to get to the refuge before he's back",
            "i volunteer at the refuge shop on fridays",
        ),
        (
            "meet me at the station not my flat, my boyfriend must never find out",
            "meet me at the station not my flat, my boyfriend must never find out about the party",
        ),
        (
            "my partner checks who i text every night",
            "my partner checks the timetable every night",
        ),
        (
            "i won't need my coat after sunday, give it to somebody at the hall",
            "i won't need the big coat after sunday, it's getting warmer",
        ),
        (
            "found a new home for my dogs and gave my dad's watch to my son",
            "found a new home for my dogs, the new flat has a garden",
        ),
        (
            "i told everyone i'm going abroad but really i won't be alive by then",
            "i told everyone i'm going abroad but really i'll be back by the 3rd",
        ),
        (
            "final message from me, look after yourselves",
            "final message from me tonight, look after yourselves and see you saturday",
        ),
        ("jumping now", "jumping on the call now, see you there"),
        (
            "keep staring down at the railway line from the platform",
            "keep staring at the railway line map, which stop is it",
        ),
        (
            "thinking about steering into a lorry on the way home",
            "thinking about steering clear of the motorway on the way home",
        ),
        (
            "took my zopiclone with half a bottle of gin",
            "took my zopiclone with a glass of water like always",
        ),
        (
            "she's 11 and has been on her own for days, no food in the house",
            "she's 11 and has been on her own at guides for the afternoon",
        ),
        (
            "the kids haven't eaten a proper meal in 3 days",
            "the kids haven't eaten a proper meal at the venue yet, is there a menu",
        ),
        (
            "my niece is 14 and she's seeing an older man who picks her up from school",
            "my niece is 14 and she's seeing an older cousin who picks her up from school",
        ),
        (
            "she would make sure we never get back home if i told anyone",
            "she would make sure we get back home safe after the social",
        ),
        (
            "they'll finish me off properly next time they see me",
            "they'll finish me off at the quiz next time, they're too good",
        ),
        # not around for the next one, beside a "tbh" and with no reason; said bare, or with one
        (
            "3 - and tbh i dont think ill be around for the next one",
            "not sure I'll be around for weekend 3",
        ),
        (
            "3 - and tbh i dont think ill be around for the next one",
            "3 - and tbh i dont think ill be around for the next one, we're in spain",
        ),
        (
            "he was yelling that she was going to kill him",
            "he was yelling that she was going to win",
        ),
        # the pets taken on by someone and the assembly called a good last thing; not pets
        # minded while the member is away
        (
            "thanks for everything, it was a lovely last thing to be part of. my brother is"
            " having the dog",
            "thanks for everything, it was a lovely last thing to be part of before the summer."
            " my brother is having the dog while I'm in Spain",
        ),
        # at the water now, told only so that someone knows; not a walk there
        (
            "not great. I'm at the reservoir on the bridge. just wanted somebody to know",
            "not great weather. I'm at the reservoir on the bridge with the dog, just wanted"
            " somebody to know I'll be late",
        ),
        *WRITERS_OWN_RISK_SAID_SIDEWAYS,
    ],
)
def test_risks_told_as_errands_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # coercive control: kept in, a card or phone held, contact only at allowed times
        (
            "not allowed out again, he has my phone and my purse. text me before 5 only",
            "not allowed out late on a school night, ha",
        ),
        (
            "can't talk on the phone, he listens. only text between 9 and 3 please",
            "he listens to the radio all day so only call after 6 please",
        ),
        # too scared to go in or home, to someone drinking or threatening to finish what he
        # started; not the sea, a walk home in the dark, a coffee, nor a laugh
        (
            "parked round the corner, daren't go home, he's been on the cans all day and the kids"
            " are in there with him",
            "parked round the corner, daren't go home yet, he's been on the cans all day watching"
            " the cricket lol",
        ),
        (
            "too scared to go back in, she said she'd finish what she started",
            "too scared to go back in the sea, she said she'd finish what she started on the"
            " sandcastle",
        ),
        (
            "I'm too afraid to go inside, he's been drinking since 11",
            "I'm too afraid to go home in the dark, he's been drinking so he can't drive me",
        ),
        (
            "he won't let me out and he's got my bank card",
            "my husband has my bank card today, please don't text after 6pm, we're at the cinema",
        ),
        (
            "my husband does not allow me to leave the flat without him",
            "my manager does not allow me to leave early on Fridays",
        ),
        # sexual assault with memory loss: no memory, waking somewhere, a drink that tasted wrong
        (
            "i woke up on a strangers sofa with my top ripped and no idea how i got there",
            "I don't remember the rest of the session, sorry",
        ),
        (
            "my drink tasted funny and then everything went black, next thing i remember i was in"
            " his car",
            "the wine tasted funny at the dinner, everything else was lovely",
        ),
        ("i think i was drugged at the party", "i was drugged up at the dentist so i missed it"),
        # child sexual exploitation: older men, cars, gifts, nights away
        (
            "my 13 yo niece is being collected from school by a man in his 30s who buys her stuff",
            "my teenage daughter's boyfriend picks her up in his car, he's 17",
        ),
        (
            "my son is 15 and older lads keep giving him weed and money, he stays out all night",
            "my 16yo son gets picked up by older lads from football in their cars",
        ),
        (
            "The bit about cuckooing was eye-opening, it's happening to my neighbour, they took"
            " over his flat",
            "The part about older men grooming girls in cars was hard to hear but important. 4/5",
        ),
        # a child left without care: a parent who cannot be woken, a child asking for food
        (
            "the little girl next door has been home alone since saturday, her mum won't answer",
            "the little boy downstairs knocks for my son every morning so they walk to school",
        ),
        (
            "my grandson says his dad has been passed out on the floor since last night",
            "my mum has been in bed for days with flu, so the kids are with me this weekend",
        ),
        (
            "my son is always hungry, nobody is feeding him at his dad's",
            "my son is always hungry after football, can he bring snacks",
        ),
        # a carer's abuse of someone with dementia or a disability; in a care home or hostel
        (
            "the carer pushed her to the floor, my nan has dementia",
            "my dad's carer comes at 9 so I can leave at 8:30",
        ),
        (
            "they keep the residents in their rooms all day at Oakfield and one of the carers"
            " slapped Mrs B",
            "the carers at mum's care home are lovely, they push her round the garden every"
            " afternoon",
        ),
        (
            "the night staff at the hostel keep shouting at the residents and locking them out",
            "the staff at my dad's care home lock the doors at 8 so I have to leave early",
        ),
        # financial abuse: a pension, card or account held, the owner going without
        (
            "my nephew borrowed grandad's card 'for shopping' and now there's nothing left of his"
            " savings",
            "my grandson collects my pension for me on Thursdays so I'll be a bit late",
        ),
        (
            "my daughter-in-law has taken over mum's bank account and mum hasn't been able to buy"
            " her own food for weeks",
            "my son borrowed my card for the shopping, there's nothing left on it lol",
        ),
        # a relative running an errand with the pension or card is everyday; the money never
        # seen, or the owner left without, is not
        (
            "my grandson takes my pension card to the post office and I never see a penny of it",
            "my son takes my pension to the post office for me",
        ),
        (
            "my son takes my bank card to the cash machine every week and I'm left with no money"
            " for the gas",
            "my daughter takes my card to do my shopping",
        ),
        (
            "my nephew keeps my pension and won't give me any for food",
            "my grandson sorts my pension out for me",
        ),
        # forced marriage: taken "on holiday" or abroad, to marry, against the young person's will
        (
            "my cousin is 15 and they're sending her to Bangladesh in July, she says it's for her"
            " nikah and she doesn't want to",
            "my daughter is going on holiday next week",
        ),
        (
            "my best friend is being flown abroad at half term, i think it's for a marriage, she is"
            " terrified",
            "my sister's wedding is abroad in the summer, so excited, she's marrying her uni"
            " sweetheart",
        ),
        # taken to the village to be married herself, said in a learner's English or not; a
        # refusal threatened in the family's honour; hunted by the family for the wedding
        (
            "My dad is taking me to the village in summer to marry my cousin, I am 17 and I do"
            " not want",
            "My dad is taking me to the village in summer for my cousin's wedding, I am 17 and I"
            " do not want to miss the assembly",
        ),
        (
            "my father is taking me to the village for marry with my cousin, i am not wanting",
            "my father is taking me to the village for my cousin wedding, i am not wanting to"
            " miss it",
        ),
        (
            "if I refuse, the family honour is finished and my brothers will teach me a lesson",
            "if I refuse to do the karaoke the family honour is finished, my brothers will never"
            " let me forget it",
        ),
        (
            "My family told my cousins to find me and bring me back for the wedding, they've been"
            " to my old college asking for me",
            "My family told my cousins to find me a seat at the wedding, they've been to my old"
            " college to pick up my certificate",
        ),
        # a young child lost now at the venue or out; not a glove of theirs, a child found
        # again, or a child who died
        (
            "Lost my 5 year old in the town hall!! He was by the creche door 10 min ago, please"
            " someone check the doors",
            "Lost my 5 year old's glove in the town hall, please someone check lost property",
        ),
        (
            "can't find my daughter at the venue, she's 4, last seen by the toilets, red coat",
            "couldn't find my daughter at the venue for a minute, last seen by the toilets, she"
            " was fine, found her at the cafe",
        ),
        (
            "lost my little one in the shopping centre 5 mins ago, he's wearing a green hoodie",
            "I lost my little one five years ago, please someone tell me if the grief session is"
            " ok to come to",
        ),
        # someone in a care home touched sexually by staff, said in a learner's English or not;
        # not a hand on the shoulder to wake him
        (
            "my father is in the residence for old people, the man of the night touches him in a"
            " way not correct",
            "my father is in the residence for old people, the man of the night touches him on"
            " the shoulder to wake him for his tablets",
        ),
        (
            "mum has dementia and a carer at her nursing home touches her under her nightie",
            "mum has dementia and a carer at her nursing home touches her hand to calm her at"
            " night",
        ),
        # an older person cold or hungry
        (
            "i'm 83, the electric ran out two days ago and there's nothing in the cupboards",
            "the gas engineer is coming Monday",
        ),
        (
            "dad's 91, lives alone, hasn't eaten properly in a week",
            "my gran is 84 and lives on tea and toast, she won't let me cook for her, any tips?",
        ),
        (
            "no heating since the weekend, my hands have gone numb and I'm 80, I live alone",
            "no heating at the hall on Saturday, my fingers went blue, I'm 70 so please sort it",
        ),
        # someone who did harm released or on bail
        (
            "he was bailed last night and the police said he can't come near me but he's already"
            " texted",
            "my son is out of hospital next week",
        ),
        (
            "the man who attacked me gets out of prison on friday and nobody told me",
            "my dad was released from hospital yesterday and nobody told me, typical",
        ),
        (
            "my ex is out on licence and he knows where i live",
            "he bailed on me last night so I came alone",
        ),
        # hate and disability hate
        (
            "my son has Down's syndrome and the boys at the bus stop film themselves tormenting"
            " him",
            "my son is autistic and the boys at his club are so kind to him",
        ),
        (
            "I saw him hit my neighbour, she is in a wheelchair",
            "I saw her hit the ball right over the fence",
        ),
        # bullying going on is read; bullying told as over, the child well now, is not
        (
            "My son is autistic, he was bullied at school last year and now the same boys are"
            " waiting for him after school every day",
            "I'm blind so large print please. My son was bullied at primary, the head sorted it"
            " and he's thriving now, so I care about youth clubs.",
        ),
        # a home threatened with fire, with hate said or the threat delivered; not work that
        # will "burn us out"
        (
            "The family two doors down got a card through the letterbox saying burn the"
            " foreigners out. Their kids are too scared to play outside.",
            "my neighbour keeps saying these double shifts at the care home will burn us out, the"
            " kids hardly see us",
        ),
        (
            "racist lads on the estate keep shouting that our flat will go up in flames if we"
            " don't leave",
            "The card through the letterbox said the new rota will burn the volunteers out, can"
            " we have fewer Saturdays?",
        ),
        # a slur called: banter between mates or a slur long past is left alone; one that is
        # happening again, or comes with a threat, is read
        (
            "the lads at the bus stop called my daughter a terrorist again this morning",
            "calling my mate a terrorist lol",
        ),
        (
            "they called me a terrorist at school years ago and now they're threatening my kids",
            "they called me a terrorist at school once, years ago",
        ),
        # a head covering pulled off someone, in a learner's English or not; not off one's own
        # head, nor by a baby
        (
            "at the bus stop they pulled the headscarf of her and one is following us",
            "at the bus stop she pulled the headscarf off her head, it was so hot, and we"
            " followed the crowd",
        ),
        (
            "a man ripped the hijab off my daughter outside the mosque",
            "the baby ripped the hijab off my daughter in the family photo outside the mosque",
        ),
        # sleeping rough tonight; not laughed off as where rents will end
        (
            "ill end up sleeping in my car tonight, the council wont help",
            "at this rate we will all end up living in a tent haha, rents are mad",
        ),
        # fear of them; not a fear said to be gone
        (
            "i am afraid of them, they wait outside my flat every night",
            "back home the police beat people, here i am not scared of them any more",
        ),
        # violence planned against a man, meant: a weapon carried, prison as its price, a time
        # he will be found; not a dead man walking, a biscuit thief, a game of pool or a cake
        # knife
        (
            "cant sleep. he wont see the weekend, ive got a blade sharpened",
            "wayne. claim my travel for me, I'll be locked up in the office by then. the gaffer"
            " is a dead man walking after that result",
        ),
        (
            "my mate says he's going to batter him when he gets out of prison, he means it",
            "im gonna batter him at pool tonight, loser buys the chips",
        ),
        (
            "got a knife in my pocket and I'm waiting for him outside his flat",
            "waiting for him outside the school with the cake knife in my bag for his birthday",
        ),
        (
            "I'm going to do him in tonight, I don't care if I go down for it",
            "I'm going to kill him when he gets home, he ate my last biscuit",
        ),
        # vigilantes: settling it themselves since the police will not, with the means or a
        # day; not neighbours clearing fly-tipping or painting a fence
        (
            "the police do nothing about that man, we are going to sort him out ourselves",
            "the police won't do anything about the fly tipping. got the stuff now, me and the"
            " lads are sorting it ourselves this week",
        ),
        (
            "cops can't keep anyone safe round here so we're taking the law into our own hands,"
            " tooled up for saturday",
            "council can not fix anything. got the paint now, me and the lads are sorting it"
            " ourselves this week",
        ),
        # an older adult's card held by family, and her unfed for days or kept from visitors;
        # not a tummy bug or an operation, nor a cat kept out
        (
            "I look after my nan but she has not eaten since Tuesday, my uncle has her bank card",
            "my uncle has her bank card to do nan's shopping, she has not eaten since tuesday"
            " before her operation",
        ),
        (
            "her son has her bank card and won't let the carers in",
            "her son has her bank card for the shopping and won't let the cat in",
        ),
        # "do something" in quotes at a mosque from someone who shows an attacker's video; not
        # the open day, nor the great bake off
        (
            "my brother keeps showing me the christchurch video and says he will “do something”"
            " at the mosque next week",
            "my brother is going to “do something” at the mosque next week for the charity open"
            " day",
        ),
        (
            "my cousin keeps showing people stuff about the great replacement and says he is"
            " going to do something at the rally",
            "my cousin keeps showing people stuff about the great bake off and says he is going"
            " to do something at the rally",
        ),
        # locked in a cubicle from someone who followed or chased the writer; not a call from
        # the GP, nor a sister with the karaoke mic
        (
            "a man from the bar chased me into the ladies, hiding in a cubicle now",
            "hiding in a cubicle from karaoke, my sister chased me round the bar with a mic",
        ),
        (
            "in the loos. fella from table 4 followed me in and grabbed me, I've locked myself in"
            " a cubicle",
            "in the loos, I've locked myself in a cubicle to take a call from the GP, back in 5",
        ),
        # a young person missing since a day named; not found since, nor a PE kit gone missing
        (
            "my daughter is 15 and she has been missing since friday, the police know",
            "my daughter is 15 and she has been missing since friday but she was found at her"
            " friend's last night",
        ),
        (
            "he's 14 and been missing since thursday, they sent him to norfolk",
            "my son is 14 and his PE kit has been missing since thursday, they sent him to"
            " norfolk without it",
        ),
        # a beating in emoji and a few words; not a boxing win with the kids hiding their eyes
        (
            "👊🏽👊🏽🩸 him again. me n kids hiding. pls 🙏",
            "👊🏽 him again, won the boxing 🏆 kids hiding behind the sofa 🙈",
        ),
        # a threat in patois, said as what happens if the writer stops him; not the yam chopped
        (
            "him seh if mi try stop him him a go chop mi up",
            "him seh him a go chop up di yam an di chicken fi Sunday dinner",
        ),
        # a threat spelt by ear; not the bike's brake fixed
        (
            "my partna checks my fone an he sed he wil brake my legs if i go wivout him",
            "my partna sed he wil fix the brake on my bike if i go wivout him",
        ),
        # followed home every night in Glaswegian; not a pal who gets the bus with the writer
        (
            "that guy fae the meeting's been waitin ootside ma work every night an followin me"
            " hame, am pure terrified",
            "ma pal fae the meeting's been gettin the bus fae ootside ma work an walkin hame wi"
            " me, am pure chuffed",
        ),
        # kept in, said as a formal letter; not pupils kept with their teacher on a trip
        (
            "My husband has taken my bank card and I am not permitted to leave the house without"
            " him",
            "Pupils are not permitted to leave the site without a teacher during the school trip",
        ),
        # a man online getting a child to send pictures and to meet; not a club's exhibition
        (
            "a guy on Snapchat keeps getting my 13 year old daughter to send pictures and wants"
            " to meet her after school",
            "the man who runs the art club has been getting my 13 year old daughter to send"
            " pictures of the paintings she did for the exhibition",
        ),
        # medicines taken away as a punishment; not put out of the grandchildren's reach
        (
            "my partner takes my blood pressure tablets away if I don't do what he says, so I"
            " can't promise I'll make Saturday",
            "my partner hides my blood pressure tablets on the top shelf so the grandkids can't"
            " reach them, I'll make Saturday",
        ),
        # debts run up in the writer's name by an ex and chased; not a loan taken out together
        (
            "please pay me by cheque, my ex-husband ran up credit cards in my name and debt"
            " collectors keep ringing",
            "please pay me by cheque, my husband and I took out a loan in my name for the new"
            " kitchen and we pay it off monthly",
        ),
        # vigilantes with a day named, the police said to protect them; not fly-tipping cleared
        (
            "the police have been covering for those men for ages, so me and the lads are going"
            " to deal with it ourselves outside the shop on Friday",
            "the police have been covering for those fly-tippers for ages, so on Friday the"
            " residents are going to clear it up ourselves",
        ),
        # a lender's threat over a debt due by a day; not a physio's bill
        (
            "can I get the voucher early? I owe a bloke £300 and he said if I don't find the"
            " money by Monday he's going to do my knees",
            "can I get the voucher early? I owe my physio £300 and she says if I don't pay by"
            " Monday she won't do my knees next week",
        ),
        # someone feared let out, as the whole answer; not out at work
        (
            "no. he's out of prison",
            "no, he's out at work till six",
        ),
        # the household money taken by a partner and no card of her own; not a joint
        # account closed
        (
            "can you pay it into my other account, not the joint? my husband clears everything"
            " out of the joint and I'm not allowed my own card",
            "can you pay it into my other account, not the joint? my husband clears everything"
            " out of the joint for the mortgage and my new card comes monday",
        ),
        # nothing by post and the phone handed over to a husband who reads it all; not read
        # out to someone who cannot see
        (
            "please never send anything by post, my husband reads everything and I have to give"
            " him my phone when he gets in",
            "please send everything by post, my husband reads everything out to me since my eyes"
            " went",
        ),
        # going only if he allows it and shut out if she goes; not the car borrowed
        (
            "maybe, if my husband lets me. he says if I go to the assembly I'm not getting back"
            " in the house",
            "maybe, if my husband lets me have the car. he says if I go to the assembly I'm not"
            " getting back in time for tea",
        ),
        # "friends" staying at a disabled adult's home with the card; not a spare key for the
        # cat
        (
            "I've got a learning disability. some friends stay at my flat now and they've got my"
            " bank card and my keys",
            "I've got a learning disability. some friends stay at my flat on fridays and they've"
            " got my spare keys to feed the cat",
        ),
        # being gay found out, and the family's name to be put right by punishing the writer
        (
            "don't send post home please, my parents know I'm gay now and my cousins are"
            " coming to deal with me for the family's honour, it's fine though",
            "don't send post home please, my parents know I'm gay now and my cousins are"
            " coming to the pride march with me, family honour restored lol",
        ),
        # a debt for being brought here, with no days off; not a loan for the flight home
        (
            "my friend works in a takeaway, she sleeps at the takeaway and is never let out,"
            " they say she owes them for bringing her to the UK",
            "my friend works in a takeaway and gets no days off this month, she owes her mum"
            " for the flight home at christmas",
        ),
        # a toddler left alone while the parent works nights; not with a neighbour in
        (
            "can the creche take my baby? I normally leave him on his own in the flat when I go"
            " to my night shifts",
            "can the creche take my baby? I normally leave him with my neighbour in the flat when"
            " I go to my night shifts",
        ),
        # a slur note through the door; not a note about the bins
        (
            "someone pushed a p*ki go home note through our door again, not a big deal",
            "someone pushed a note through our door again about the bins going out on monday,"
            " not a big deal",
        ),
        # someone made to regret it by a writer who knows where she works; not a thank-you card,
        # nor made to pay for the drinks
        (
            "that caseworker humiliated me in the meeting, I know where she works and I'm going"
            " to make her pay for it",
            "that caseworker was brilliant in the meeting, I know where she works so I'll drop a"
            " thank you card in and make her day",
        ),
        (
            "tell the chair I know where he parks, he cut me off in front of everyone and I'll"
            " make him regret it next week",
            "tell Sam I know where she parks, she beat me at the quiz so I'll make her pay for"
            " the drinks on saturday",
        ),
        # the writer's things set alight and told they are next; not next in line at the repair
        (
            "they set my wheelie bin on fire last night and shouted that I'm next, I live on my"
            " own",
            "my scooter got a flat tyre last night, the repair shop said I'm next in line tomorrow",
        ),
        # a weapon brought in street words with "they can talk to that"; not a dish to share
        (
            "tell the council lot I'm coming with the strap friday, they wanna shut the youth"
            " club they can talk to that",
            "man's bringing a ting on saturday for the bring and share, if they want proper"
            " jollof they can talk to this",
        ),
        # out with blades where a rival lives, for when he comes out; not a game
        (
            "me and the boys are outside his yard with the blades rn, the second he steps out"
            " it's over",
            "my little brother's on the opp block in GTA rn with the strap, if he comes out his"
            " yard it's done",
        ),
        # a worker told he is done for by someone who knows where he lives and will wait for him
        # with his cousins; not a thank-you waited with by her car
        (
            "tell your youth worker he's done for, I know where he lives and I'll be waiting for"
            " him with my cousins on Friday",
            "tell that Involve woman she's a star, I know where she parks so I'll be waiting with"
            " the boys by her car after session 2 with flowers",
        ),
        # "wet up" as stabbed; not soaked by the sprinklers
        (
            "they wet him up behind the chicken shop on Hoe Street, he's bleeding loads and can't"
            " stand",
            "my boy just got wet up by the sprinklers outside Walthamstow Central, he's soaked"
            " and fuming",
        ),
        # a threat to kill if the writer tells; not if they miss a family party
        (
            "my brother said he'll kill me if I tell anyone what he did to me, he's got a knife",
            "my brother said he'll kill me if I miss his engagement party haha, can I swap to"
            " weekend 3?",
        ),
        # an abuser inside the phone who knows where she hides; not a lost phone or sharing agreed
        (
            "my ex hacked into my icloud account and now knows where I am staying with the kids,"
            " he messaged that he'll see me soon",
            "I lost my phone on the bus, got into my Find My iPhone from my sister's laptop and it"
            " was at the depot, see you soon at the session",
        ),
        (
            "there's a tracking app on my phone that my partner hid there, he's just seen I rang a"
            " solicitor and he's threatening me by text",
            "my daughter and I agreed to share locations, she got into my phone to set it up and"
            " now she knows where I am when I walk home from sessions",
        ),
        # an address posted with a call to visit; not the council's photo, police in stab vests
        (
            "someone shared my home address in a TikTok post calling us grasses, saying pay them a"
            " visit tonight",
            "the council posted a photo of the town hall entrance on Twitter for Saturday, the"
            " police there will wear stab vests as usual",
        ),
        # a child told in an online group to bring a blade; not a school's online safety talk
        (
            "my nephew is 13 and older boys on a Discord server have been telling him to carry a"
            " blade for them and bring the boy who grassed to the garages",
            "my son's school had an online safety talk about gangs on Snapchat telling kids to"
            " carry a knife for them, really useful",
        ),
        # pictures of herself demanded with a threat of harm; not a coach's squad photo
        (
            "a guy my daughter met on Instagram says he will expose her to her whole school unless"
            " she sends more pictures of herself, she's 13 and shaking",
            "my daughter's netball coach will post the squad photo on Instagram unless she sends"
            " more pictures of herself in kit",
        ),
        # an adult who cannot judge it paying an online lover and packing; not a romance all met
        (
            "my uncle has Alzheimer's and a woman on Instagram says she wants to marry him, he's"
            " sent her his bank details and packed a bag for the airport",
            "my mum met a man on Facebook who says he loves her, they've done video calls for a"
            " year and she's packed a bag to fly out to meet him, we're thrilled",
        ),
        # a young person bundled into a van by strangers; not driven home by dads she knows
        (
            "my friend just sent a voice note, she's 16, some guys are bundling her into a van and"
            " she doesn't know who they are",
            "my niece is at a party and two of the dads are putting her in the car to bring her"
            " home, she knows them both from school",
        ),
        # a job abroad from a man met online and a girl before never back; not a recruiter's visa
        (
            "my sister met a guy on TikTok who got her a job in Dubai, he's holding her passport"
            " and the last girl he sent never came back",
            "a recruiter I met on LinkedIn found me a job in Albania, the agency has a copy of my"
            " passport for the visa and my friend who went last year loved it",
        ),
        # a caller posing as the police who wants the bank cards collected; not a fraud warning
        (
            "a man keeps ringing my nan saying he is a police detective and needs her bank cards"
            " picked up, a courier is on the way",
            "my dad is 88, a police officer at the assembly said never let a courier collect your"
            " bank cards",
        ),
        # a driver drunk or swerving who will not stop, or who drives on past the writer's
        # street to his own place; not a chatty driver, nor a wrong turn put right
        (
            "our minibus driver is drunk, he keeps swerving on the ring road and will not let us"
            " off",
            "the taxi driver would not stop talking about football the whole way, dropped us home"
            " though",
        ),
        (
            "the cab driver locked the doors and drove straight past our street, says he's taking"
            " us to his flat",
            "the driver locked the doors while we loaded the shopping then drove past my road by"
            " mistake and turned round",
        ),
        # someone removed for violence back inside; not a heckler back for his coat
        (
            "the lad who was thrown out last week for attacking a steward has come back in"
            " through the fire exit",
            "the guy banned for heckling walked back in to get his coat",
        ),
        # a child sent sexual pictures and asked to meet; not a workshop on sexual health
        (
            "one of the dads in the football group chat sent my 12 year old explicit stuff and is"
            " asking him to meet him at the park",
            "my 14 year old wants to meet her friends after the workshop about sexual health",
        ),
        # a weapon outside, threats, people trapped inside; not a cricket bat in the nets
        (
            "a bloke with a knife is waiting outside the community centre threatening anyone who"
            " leaves, we're trapped in the hall",
            "a man with a cricket bat was shouting at the kids in the nets, we are stuck inside"
            " because of the rain",
        ),
        # a disabled adult made to take out cash for someone; not a support worker's budgeting
        (
            "my brother has learning difficulties and a man from the group keeps making him take"
            " out cash for him every week",
            "my son has a learning disability and his support worker gets him to withdraw his"
            " money every week to budget",
        ),
        # someone knocked down and kicked now; not a toddler's tantrum
        (
            "two lads have knocked him down outside the library and are still kicking him",
            "my toddler is on the floor kicking her legs in a tantrum",
        ),
        # a lost child led away by a stranger; not a lost child whose dad came for him
        (
            "a little girl on her own was crying for her daddy and some woman is trying to pull"
            " her out to a van, she doesn't know her",
            "a lost little boy wandered into the hall crying for his mum, a man is trying to take"
            " him out to the car park - turned out to be his dad",
        ),
        # followed home by a man; not by a pigeon
        (
            "i keep getting followed home from the bus stop by a man in a grey car",
            "got followed home by a pigeon again, it wants my chips",
        ),
        # a child bullied now; not bullied two years ago and far happier now
        (
            "my daughter is dyslexic and is being bullied every day, they cornered her again"
            " yesterday",
            "my daughter is dyslexic and was bullied two years ago, she's far happier at her"
            " sixth form now",
        ),
        # a head covering yanked by a stranger now; not pulled tighter against the wind
        (
            "some guy on the bus just tugged at my wife's headscarf and is shouting at her",
            "she pulled her hijab tighter in the wind at the bus stop",
        ),
        # a call spread to bring petrol to the hotel; not petrol for the generator
        (
            "leaflets going round saying meet at the asylum hotel saturday and bring petrol",
            "the gurdwara langar on Sunday will have lots of children, we are bringing petrol for"
            " the generator",
        ),
        # a masked, armed group at a place of worship; not a crowd with bottles of water
        (
            "there's a group of lads with bats and balaclavas outside the synagogue right now",
            "The mosque open day is Saturday, a crowd will be outside, bring bottles of water",
        ),
        # stones at someone's window with a threat; not fireworks night at the park
        (
            "they keep lobbing stones at our front window, said they'll get us tonight",
            "Fireworks night at the park tonight, the lads are letting fireworks off near the"
            " letterbox at the community centre",
        ),
        # an address spread with a threat; not an address posted by the writer for a sale
        (
            "someone shared my address on telegram saying watch your back",
            "I posted my home address on facebook for the jumble sale, people can go round any"
            " time",
        ),
        # a plan to jump children for who they are; not jumping a queue
        (
            "my sons mates are planning to batter the polish kids friday",
            "we are going to jump the queue for the jewish food festival tomorrow haha",
        ),
        # a bomb threatened at a place of worship; not a bomb threat asked about in general
        (
            "got a call saying there will be a bomb at the temple tomorrow",
            "Can the police talk about what happens when someone receives a bomb threat at a"
            " place of worship?",
        ),
        # a fire set with racist abuse shouted; not a Diwali bonfire
        (
            "they set fire to our fence shouting go home p***s",
            "we set fire to the bonfire at the temple for diwali shouting happy diwali",
        ),
        # a disabled child cornered by a group; not dragged to football by a sister
        (
            "my daughter has downs syndrome and a gang has her cornered behind the shops",
            "my autistic son was dragged to the park by his sister for the football, he loved it",
        ),
        # a call to a place of worship to get them out; not cars out of a car park
        (
            "the group chat says meet at the masjid after prayers and get them out",
            "someone posted on facebook to get them out of the hotel car park, they were blocking"
            " the entrance",
        ),
        # a plan to attack people for who they are; not a history topic
        (
            "they plan to beat up the gay couple next door",
            "the kids are going to attack the jewish history topic in year 9 tomorrow",
        ),
    ],
)
def test_harm_from_others_and_circumstances_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # radicalisation: a plan at a place people gather in an extremist's words; a recruiter;
        # instructions for something that explodes
        (
            "my nephew (16) keeps talking about the great replacement and says they should"
            " attack the mosque",
            "there was a piece on the news about 'the great replacement', scary stuff. Is the"
            " session at the mosque on Friday?",
        ),
        (
            "a man online keeps telling my son he is special and should join their cause, now"
            " he wants him to do something outside the town hall",
            "The session on radicalisation and the Prevent duty was really useful, the speaker"
            " is doing something at the town hall next week",
        ),
        (
            "he sent me instructions for making something with fertiliser",
            "he sent me instructions for making something with fertiliser for the allotment"
            " tomatoes",
        ),
        (
            "a guy online sent my son videos on how to make a bomb from a pressure cooker",
            "the kids watched videos on how to make bath bombs, what a mess",
        ),
        (
            "there's a guy on tiktok sending my 14 year old stuff about remigration and he"
            " talks about burning down the asylum hotel",
            "my son is obsessed with the great replacement debate on the news, he thinks it's"
            " nonsense",
        ),
        # a young person set on going abroad to fight, with a day, money or a ticket; not
        # joining the fire fighters or a grandad who fought in Spain
        (
            "My cousin's boy, 16, says he wants to go and fight for the brothers in Syria,"
            " someone online has sent him a ticket",
            "My nephew, 17, keeps talking about going abroad to join the fire fighters training"
            " scheme, he has been sent money for the course and plans to leave on Tuesday",
        ),
        (
            "my son (17) keeps talking about joining the mujahideen, he's applied for a passport"
            " behind our backs",
            "my grandad travelled to Spain to join the fighters against Franco, my nephew plans"
            " to go there on Tuesday to see the memorial",
        ),
        # a gathering called the enemy, its venue and crowds asked about, preparation hidden
        (
            "My son's online group says everyone at the Pride march are infidels who deserve"
            " what's coming. He's been looking up the entrances and the security for Sunday and"
            " he's bought a machete",
            "My brother's new friends online say the assembly is full of great ideas. He keeps"
            " asking about the venue and the crowds on Saturday and he's had stuff delivered he"
            " won't show me, I think he's planning a surprise stall",
        ),
        (
            "my brother says the people at the mosque are all kuffar and deserve to die, he keeps"
            " asking how busy it gets on friday and I'm scared of what he is planning",
            "my brother says the assembly is full of enemies of the new cycle lane, he keeps"
            " asking about the venue and crowds on saturday and has had stuff delivered he won't"
            " show me",
        ),
        # a people called invaders or vermin, with an act foretold for a day; not space
        # invaders in fancy dress, or people being called it in a session on hate crime
        (
            "cant come next week. on saturday the whole borough will know what we think of the"
            " vermin in that hotel",
            "space invaders fancy dress night after friday, everyone will know what we think of"
            " the 80s",
        ),
        (
            "about time somebody round here did something about the invaders. tonight they will"
            " all see",
            "I'm in the session on hate crime on friday, people online call refugees invaders,"
            " everyone will know soon enough how ugly it is",
        ),
        # "do something" at a place people gather, with a device shown or a weapon bought;
        # not a homemade device for the science fair
        (
            "my son says he will do something at the church on sunday and he has been watching"
            " videos about pipe bombs",
            "my son is doing something at the town hall on friday for the science fair, he built"
            " a homemade device that sorts recycling",
        ),
        # both halves of a nail bomb, a gathering place and an act foretold; not for the
        # barbecue or the shed
        (
            "bought nails and ball bearings and a pressure cooker, the synagogue will not know"
            " what hit it",
            "got nails and gas canisters for the barbecue at the mosque on friday, the"
            " volunteers won't know what hit them",
        ),
        (
            "got screws and a pressure cooker in the boot for the rally on saturday",
            "b&q run for nails and gas canisters, the shed won't know what's hit it this weekend",
        ),
        # a weapon to be taken to a place people gather, with a day or pictures of an attacker
        # shared; not a knife for the cake, nor pictures of the attacker on the news
        (
            "a lad in my group chat says he's bringing a knife to the synagogue on Saturday",
            "my son says he's bringing a knife to the church hall on Saturday to cut the"
            " birthday cake",
        ),
        (
            "my cousin shares memes of the man who carried out the mosque attack and he's going"
            " to take a machete to the mosque",
            "the documentary showed pictures of the man who did the Christchurch shooting, we"
            " talked about it at the mosque",
        ),
        # the council called traitors, a weapon come in the post and "do something about it";
        # not a machete for the brambles
        (
            "my son says the police are traitors and he's going to do something about it, a"
            " crossbow arrived yesterday",
            "my son says the council are traitors for closing the tip and he's going to do"
            " something about it, a machete came in the post for the allotment brambles",
        ),
        # FGM: a girl taken abroad or "back home" to be cut, said in the family's words
        (
            "my aunt is taking my daughter (7) to Somalia in the holidays to be cut",
            "my aunt is taking my daughter (7) to Somalia in the holidays, and getting her hair"
            " cut before",
        ),
        (
            "they want to send my niece back home this summer for her sunna",
            "my aunt takes my little sister (8) back home every summer for the holidays, we do"
            " the cleaning before we go",
        ),
        # cutting said sideways ("made pure", "made a woman") where it is done, like the other
        # girls or kept secret; not a quinceañera in Mexico; "the cut", not a ribbon's cutting
        (
            "Our neighbour's girls, 7 and 9, are being taken to Egypt at Easter to be made pure"
            " like their cousins, and she's told them not to tell their teacher",
            "My daughter is flying to Mexico over the summer for her quinceañera, the party that"
            " makes her a woman in our family, flights are booked",
        ),
        (
            "my mother-in-law keeps saying our girl has to go back to Sudan in the holidays to"
            " have the cut like her cousins",
            "my daughter has to go to Somalia in the summer holiday for the cutting of the ribbon"
            " at her grandad's new school, she is 8",
        ),
        # one girl already cut and her sister going to the same people next; not a cut knee
        (
            "the GP asked my cousin about cutting down there and she said it happened at her"
            " gran's in the holidays. her younger sister is being sent to the gran's at half"
            " term",
            "the GP glued a cut on my cousin's knee and she said it happened at her gran's in the"
            " holidays. her younger sister is being sent to the gran's at half term",
        ),
        (
            "the school nurse thinks my niece has had FGM, and her little sister is next",
            "after the school nurse's talk on FGM, my niece and her little sister are next in the"
            " queue for their jabs",
        ),
        # doorstep fraud: workmen back for more, the bank card handed over, driven to the bank
        (
            "builders knocked on my door saying the roof was dangerous, I paid £3000 and they"
            " keep coming back asking for more",
            "the roofer's quote was £4000 and they come back every week to finish the job, I"
            " paid by bank card",
        ),
        (
            "two men came round to do the drive and took mum to the bank to get £2000 out",
            "the roofer came back asking for more money for the tiles, cheeky",
        ),
        (
            "a man knocked on dad's door saying his gutters were loose, charged £2500 and now"
            " he's got dad's bank card",
            "the builders keep coming back for more tea, they are lovely",
        ),
        # mate crime: paying to stay friends, the banking password taken
        (
            "my mates said I have to give them £20 a week to stay friends",
            "I have to give them £20 every week for the allotment rent",
        ),
        (
            "my new friends took my bank app password and now there's nothing left",
            "I forgot my bank app password and my friends helped me reset it",
        ),
        (
            "I have to give them £10 or they won't be my friends",
            "my mates and I pay £5 a week into the christmas club or we'll not be friends lol",
        ),
        # hate with injury: a slur shouted and a blow; an attack for who someone is
        (
            "some lads called us p*kis outside the chippy and one punched my brother",
            "some lads were shouting at the telly in the chippy and one punched the air when"
            " they scored",
        ),
        (
            "glassed me just for being trans, still got the stitches",
            "they picked us for the quiz team because we are gay icons apparently",
        ),
        (
            "got called a terrorist and punched in the face on the bus",
            "they were chanting queer at the pride march and punched the air, amazing vibes",
        ),
        # child sexual exploitation: a grown man said by his age, gifts, "her boyfriend"
        (
            "my niece is 13 and a 25yo guy keeps buying her vapes and says he's her boyfriend",
            "my daughter is 15 and has a boyfriend, he is 16 and lovely",
        ),
        # stalking: gifts or notes every day from a man not her own, who waits or gets inside
        (
            "a man from work leaves me notes every day and he waits outside my house",
            "my husband leaves me notes every day and he waits outside my work to walk me home",
        ),
        (
            "a customer from the shop sends me presents every day, last night he was in the"
            " building stairwell",
            "my grandson sends me letters every day from uni, he waits outside my flat on"
            " sundays to take me to church",
        ),
        # young children out late at night with no grown-up
        (
            "the kids upstairs, 3 and 6, were on the stairs at midnight on their own again",
            "the kids next door, 5 and 7, were out on the landing till gone 11 with their mum"
            " watching the fireworks",
        ),
        (
            "the twins downstairs, 4 and 6, were wandering in the car park after midnight by"
            " themselves",
            "the kids next door were out on the landing till gone 11, I live alone so the noise"
            " keeps me up",
        ),
        # a paid carer stealing from or mocking the person cared for
        (
            "the carer has been stealing money from mum's purse",
            "the carer takes £20 from dad's wallet for his shopping every week and brings the"
            " receipt",
        ),
        (
            "the care worker keeps calling dad names and mocking him",
            "the carer keeps calling mum names from her favourite films to jog her memory",
        ),
        # restraint in care: tied to the bed or a chair, sedated to keep quiet
        (
            "night staff strap her to the chair so she doesn't wander",
            "bed rails fitted for safety on mum's bed, the carer visits at 9 and 5",
        ),
        (
            "the carers give him sedatives to keep him quiet at night",
            "the nurse gives him tablets to help him sleep, doctor's orders",
        ),
        # cuckooing: people stopping at someone's home with the bank card, or storing bags there
        (
            "some guys from the estate have been crashing at mine and they have my bank card",
            "my friend has been stopping at mine most nights while her boiler is fixed, she has"
            " my spare key",
        ),
        (
            "lads I barely know are kipping at mine, storing bags in my bedroom, I can't get"
            " rid of them",
            "my son and his mates are stopping at mine over christmas, storing bags in my back"
            " room, can't say no to them really",
        ),
        # drug-facilitated sexual assault: a drug given, waking with someone on or inside
        (
            "a guy at the party slipped me something and I woke up with him on top of me",
            "at a chill-out on saturday a guy gave me a g and t and i woke up with a hangover",
        ),
        (
            "I don't remember how I got home and woke up with him inside me",
            "woke up with him on me again, the baby won't sleep in his cot",
        ),
        # cutting said sideways: the girl to "get done" as the women were, or cut at home
        (
            "grandma says my sister will get done in the holidays like me and my sisters, she is"
            " terrified",
            "mum says it's her turn to get her ears done like we all did, she keeps crying about"
            " the needle",
        ),
        (
            "a woman is coming to the house on sunday to cut my daughter and my mother in law"
            " says not to tell anyone",
            "my aunties are coming round saturday to cut her hair at home, please don't tell my"
            " mum it's a surprise",
        ),
        # the writer's own wedding, with a threat if they refuse or run
        (
            "they have fixed my rishta with my cousin, if i refuse my dad will kill me",
            "my cousin's nikah is booked in Lahore, if I try to run off before the mehndi my mum"
            " will kill me lol",
        ),
        (
            "my nikah is next month and my brother says he will deal with me if i try to run",
            "my nikah is next month and my brother says he will deal with the caterers if i try"
            " to run the stall",
        ),
        # sex done to someone, said plainly in a second language
        (
            "the landlord make sexual things with me when i am sleeping",
            "he posted a photo of my body of work without my permission, so rude",
        ),
        # work that is captivity: a boss with papers kept, no pay, the phone watched
        (
            "the gaffer keeps all our wages and says we owe him for the flights, we cannot leave",
            "this job is a prison lol, the boss watches my screen, no money till Friday",
        ),
        # risks through phones, apps and the internet: a child sent to carry packages by
        # someone online and gone now; not a job with a boss
        (
            "my daughter is 14 and some man from telegram keeps sending her to Luton carrying"
            " packs. she has gone again and her phone is off",
            "my daughter is 14 and her boss at the bakery keeps sending her to the post office"
            " carrying parcels, she is not answering because she is at work",
        ),
        # a phone scam going on now with money gone; not one hung up on and reported
        (
            "my gran is on the phone to a man pretending to be from the bank, she has moved £15k"
            " to a 'safe account' already and he still wants more",
            "my gran got a call from a man claiming to be from the bank about a safe account, she"
            " hung up and reported it, £0 lost",
        ),
        # an ex in the writer's account who knows where they are; not an account recovered
        (
            "I left my husband in May. He has been logging into my email and now knows which"
            " hotel I am staying at",
            "my email got hacked by a scammer last week, my husband helped me recover it and we"
            " changed the password",
        ),
        # a lethal dose searched for, the searcher shut away; not a safe dose looked up
        (
            "my flatmate's laptop is open on googling how many sleeping pills to die and she has"
            " locked herself in the bathroom",
            "I googled how many paracetamol you can take in a day for my back, the pharmacist"
            " says 8 max",
        ),
        # a weapon posted for a gathering; not the police's video on a knife amnesty
        (
            "someone on tiktok posted a knife and says they will attack the police at the town"
            " hall meeting",
            "the police posted a video on tiktok about the knife amnesty at the town hall"
            " meeting today",
        ),
        # a tracking tag on someone who fled and is looked for; not an AirTag on the keys
        (
            "found an airtag in my sister's coat lining, she fled her husband last year and he"
            " has been looking for her",
            "found an airtag on my keys, I put it there so I never lose them again",
        ),
        # advertised online and kept at it; not a model's agent
        (
            "a man she met posts pictures of her online on those sites and takes all her money,"
            " she says she cannot leave",
            "her agent puts photos of her online for the modelling jobs and she gets paid well",
        ),
        # a child set up online to meet a stranger; not a cousin met at the cinema
        (
            "my 13 year old is talking on roblox with some man who asked him to sneak out to the"
            " shops at midnight",
            "my 13 year old is playing roblox with his cousin and they are going to the cinema"
            " together tomorrow",
        ),
        # banking used with a threat not to tell; not bills paid as asked
        (
            "my son is logged into my bank account and money keeps going, he says if I tell the"
            " social worker he will put me in a home and leave me",
            "my son is logged into my online banking to pay my bills because I asked him, the"
            " money goes on the gas and electric",
        ),
        # a goodbye posted online with no one able to reach her; not a goodbye for a trip
        (
            "my friend posted on her insta 'goodbye to everyone, sorry for everything' and no one"
            " can reach her",
            "my friend posted on her insta 'goodbye to everyone, off to Spain for a month' and no"
            " one can reach her because she is on the plane",
        ),
        (
            "my cousin posted on his snap 'this is the last video ill post' from the roof of his"
            " block, he is not answering",
            "my nan posted on facebook 'last thing I will post before my hip op', no one can"
            " reach her for a week",
        ),
        # tracking long past, dealt with by an order, told as over; not with him back now
        (
            "Years ago an ex put a tracker on my car and got a restraining order, but he is out"
            " now and turned up outside my house last night",
            "Years ago a boyfriend put spyware on my phone. He got a non-molestation order and"
            " moved to Wales. I am fine now, partly why I volunteered.",
        ),
    ],
)
def test_named_harms_and_harm_from_others_told_plainly_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        ("nie mamy gdzie spać dziś w nocy", "nie mamy gdzie zaparkować"),
        ("am strâns somnifere de o lună", "am strâns bani pentru vacanță"),
        ("am pastile și le iau pe toate diseară", "am foile și le iau pe toate cu mine la sesiune"),
        ("managerul mă atinge și mă sperie", "managerul mă ajută mult"),
        ("ab jeene ko dil nahi karta", "ab khane ko dil nahi karta"),
        ("ghar wale zabardasti shadi karwana chahte hain", "ghar wale shadi par ja rahe hain"),
        ("mujhe kamre mein band kar dete hain", "kamre mein khidki band kar di"),
        ("میرے بغیر سب بہتر رہیں گے", "میرے بغیر سیشن شروع کر دیں"),
        ("chcę po prostu zniknąć", "chcę po prostu zapytać"),
        ("połknąłem wszystkie leki", "połknąłem wszystkie słowa"),
        (
            "ne-a dat afară, nu mai avem unde dormi, vreau să pun capăt la tot",
            "pun capăt zilei devreme",
        ),
        ("fiul meu de 15 ani a dispărut", "fiul meu de 15 ani a plecat la școală"),
        ("abbu ne mujhe maara", "abbu ne khana banaya"),
        ("ghar mein mehfooz nahi hoon", "ghar mein khana nahi hai"),
        ("شادی ان کی مرضی سے زبردستی ہو رہی ہے", "شادی پاکستان میں ہو رہی ہے"),
        ("mam schowane leki w szafce", "mam schowane klucze w szafce"),
        ("syn zabiera jej całą rentę", "syn zabiera jej całą torbę na zakupy"),
        ("gata, termin cu tot diseară", "termin cu tot proiectul mâine"),
        ("ne-au luat actele și nu ne plătesc", "ne-au luat la sesiune cu mașina"),
        ("soacra mă încuie în cameră", "soacra mă sună în fiecare zi"),
        ("unhon ne kaha jaan se maar denge", "unhon ne kaha jaan pehchan ho gayi"),
        (
            "wo larka drugs dusre ilaqe mein le jane ko kehta hai",
            "wo larka kitaben le jane ko kehta hai",
        ),
    ],
)
def test_new_kinds_are_read_in_polish_romanian_and_urdu(risk: str, look_alike: str) -> None:
    assert says_someone_is_at_risk(risk)
    assert not says_someone_is_at_risk(look_alike)


# A medical emergency happening to the writer or in front of them (a fall and not getting up,
# chest pain into the arm, no breath, someone not waking after taking something, someone who
# wanders not back, a stroke's signs, a long or first fit, a collapse with lips going blue); each
# beside a twin in the same words that is no emergency.
MEDICAL_EMERGENCIES: list[tuple[str, str]] = [
    # a fall and not getting up
    (
        "mum's had a fall in the bathroom and can't get up, I'm on my way",
        "I had a fall last year so I'll take the lift, can't get up those stairs",
    ),
    (
        "fell off the ladder at work, can't feel my legs",
        "fell asleep on the sofa, can't get up early on sunday so I'll join at 11",
    ),
    (
        "nan fell in the night and she's been on the floor since 3",
        "my nan fell over at christmas but she's all healed now",
    ),
    # chest pain into the arm
    (
        "my chest is really tight and the pain is going down my left arm",
        "chest pains from the gym, pulled a muscle in my arm",
    ),
    (
        "dad has pain in his chest and he is sweating and grey",
        "had chest pain down my arm last year, doctor said it was stress",
    ),
    # no breath: lips blue, no inhaler
    (
        "she can't breathe and she's out of her inhaler",
        "out of my inhaler, picking up the new one tomorrow",
    ),
    ("his lips have gone blue and he's gasping", "lips blue from the cold at the bus stop lol"),
    # unconscious after taking something
    (
        "my friend took a pill at the party and now she won't wake up",
        "can't wake my teenager before noon on a saturday",
    ),
    (
        "he's passed out on the bathroom floor, he took something",
        "he took something for his headache and slept through the session",
    ),
    # someone who wanders, missing now
    (
        "nan has dementia and she's gone missing from the home",
        "dad wandered off in Tesco again, found him by the cakes",
    ),
    (
        "my husband wanders at night, he's not come home and it's dark",
        "my nan has dementia and has not come back to the group since the first weekend",
    ),
    # signs of a stroke
    (
        "her face has dropped on one side and she's slurring her words",
        "slurring my words after three pints at the social",
    ),
    (
        "I think dad is having a stroke, he can't lift his arm",
        "I nearly had a stroke when I saw the council tax bill",
    ),
    # a fit gone on five minutes, or the first one, after any name; not a boss's temper or
    # first-aid advice
    (
        "Dev is having a seizure, it has lasted over 5 mins",
        "my boss is having a fit about the rota, it's gone on for over ten minutes",
    ),
    (
        "Amira is having a fit, she's never had one before",
        "On the first aid course we learnt what to do for a person having a seizure: call 999 if"
        " it lasts over five minutes",
    ),
    # collapsed and lips going blue, in text-speak; not collapsed into bed, blue from the cold
    (
        "my dad jus colapsed n his lips r goin blue",
        "my dad just collapsed into bed after the walk, lips blue from the cold lol",
    ),
    # anyone, named or not, collapsed where a body lies or going blue; not a tent in the cold or
    # blue in the face from shouting
    (
        "Ola has collapsed in the bathroom and he is not responding",
        "the gazebo collapsed on the floor of the hall, the organisers are not responding to"
        " emails",
    ),
    (
        "my son is turning blue, he fainted in the bath",
        "the tent collapsed in the storm and my fingers are going blue from the cold",
    ),
    (
        "she fainted and her lips have gone blue",
        "he is going blue in the face shouting about the bins, then he collapsed into bed",
    ),
    # a fall and no answer now, in a few words; not fallen out or in with a crowd
    (
        "grandad fell in the garden, not waking up, please what do I do",
        "he fell out with me at the meeting and is not answering me",
    ),
    (
        "my wife fall down, she not answering me",
        "my son fell in with a bad crowd and is not answering me",
    ),
    # left where they fell with nobody in, cold or confused; not a fall last winter
    (
        "my dad fell over on tuesday and nobody has been round, he is on his own, cold and not"
        " eaten",
        "nan fell last winter, the carer has not come this week as she is on holiday so nan is a"
        " bit confused about the days",
    ),
    # pain down the left arm with a sign of the heart, the chest unnamed; not a flu jab
    (
        "the pain is shooting down his left arm and he is clammy and grey",
        "the pain is going down my left arm from the flu jab, sweating in this heat",
    ),
    # found on the floor, there all night, not right; not children sat on it at a sleepover
    (
        "popped in on mum and she was on the kitchen floor, been lying there all night, so"
        " confused",
        "the kids were sitting on the floor all night at the sleepover and now they can't get"
        " up, legs gone to sleep",
    ),
    # on the floor since the morning and not getting up; not sorting a cupboard down there
    (
        "she rang to say she's been on the kitchen floor since early this morning, can't get up"
        " and her hip looks wrong",
        "she's been on the kitchen floor since early this morning sorting the cupboards, can't"
        " get up to the top shelf so I'll help later",
    ),
    (
        "my dad has been on the bathroom floor since 6am, he can't get up and he is freezing",
        "the new tiles have been on the bathroom floor since 6am, the grout can't go down till"
        " they dry",
    ),
    # a sugar reading under 4 with the signs; not 6.4 after a walk, nor a reader 3 days old
    (
        "my dad is diabetic, his meter says 2.4 and he has gone all sweaty and drowsy",
        "my dad is diabetic, his meter says 6.4 and he is sweaty and dizzy after the walk",
    ),
    (
        "my wife is diabetic, her sugar reader is 3 and she is going floppy",
        "my wife is diabetic, her sugar reader is 3 days old and she is shaky about changing it",
    ),
    # cannot be woken and gone grey or blue; not a son late for the bus, blue from the cold
    (
        "can't wake my partner and his face has gone grey",
        "couldn't wake my son up in time for the bus, lips gone blue from the cold at the stop",
    ),
    # a swelling said as a size, or swallowing hard, with no EpiPen; not after the dentist
    # with the EpiPen carried, nor lips in a photo with no EpiPen needed
    (
        "had a cake at the cafe, tongue is massive and I can hardly swallow, forgot my epipen",
        "tongue is massive after the dentist, can hardly swallow, epipen on me as always",
    ),
    (
        "my lips are huge and I have no epipen, I think there were nuts in that",
        "my lips look huge in the group photo, and no epipen needed for lunch, it's nut free",
    ),
    # not heard from for days, an age in brackets; not someone known to be away
    (
        "nobody has heard from my gran (91) since friday, post piling up, no answer at the door",
        "nobody has heard from my gran (91) since friday, she is visiting my aunt, post piling up"
        " so I took it in",
    ),
    # the throat gone tight with an allergy now; not how it goes if nuts are eaten
    (
        "nut allergy. actually my throat has gone really tight right now, I think the cake had"
        " nuts",
        "nut allergy. my throat goes really tight if I eat them, so no nuts in the lunch please",
    ),
    # a neighbour of 84 who has not opened her door for days; not one known to be away
    (
        "my neighbour is 84 and hasn't opened her door since Tuesday, telly's on, milk still on"
        " the step",
        "my neighbour is 84 and hasn't opened her door since Tuesday, she is visiting her son in"
        " Poland, milk still on the step",
    ),
    # someone not breathing, found cold or still; not breathing through a blocked nose, nor
    # stopping in their sleep with apnoea
    (
        "came in and found my dad on the sofa, he's not breathing and he's cold",
        "the baby is not breathing through her nose with this cold, what do I do",
    ),
    (
        "my husband has stopped breathing, what do I do",
        "my dad has sleep apnoea and stops breathing in his sleep, he's getting a machine, what"
        " do I do about the form",
    ),
    # a needle beside someone who will not wake; not a needle for insulin or a blood test
    (
        "my brother won't wake up, there's a syringe on the floor next to him",
        "my dad is diabetic and does his insulin needle after tea, then he passed out on the sofa"
        " for the football",
    ),
    (
        "my partner's passed out in the car with a needle in her lap, I can't wake her",
        "my brother passed out at the sight of the needle at his blood test, he's fine now",
    ),
    # someone with dementia gone off hours ago and not back; not one who came back or was found
    (
        "my nan has alzheimers and wandered off from the care home in her nightie, it's been"
        " three hours and it's getting dark",
        "my dad has dementia and walked out to the shop at 6am in his slippers, he came back with"
        " the paper an hour later",
    ),
    (
        "Grandad (dementia) went out at 5am in his pyjamas, last seen at the bus stop, that was"
        " four hours ago",
        "Grandad has dementia, went out at 5am in his pyjamas, last seen by the milkman, we found"
        " him at the bus stop an hour ago",
    ),
    # someone ill living alone, not seen for days, the curtains still shut and the milk out;
    # not one known to be on holiday
    (
        "haven't seen the man next door for three days, his curtains are still closed and his"
        " milk is sat on the step, he's epileptic",
        "haven't seen the man next door for three days, his curtains are still closed and his"
        " milk is sat on the step, he lives alone but he's on holiday in Devon",
    ),
    # a face drooping as it feels or looks, or an arm gone dead, beside words that will not
    # come; not after the dentist, nor an arm slept on
    (
        "my mum's face looks a bit droopy on the left and she can't find her words",
        "my face feels all droopy after the dentist injection and I can't speak properly",
    ),
    (
        "my dad's arm has suddenly gone dead and he can't get his words out",
        "my arm has gone dead from sleeping on it and I can't get my words out before a coffee",
    ),
    # a fit that will not stop, the minutes counted; not a coughing fit
    ("fit wont stop. 6 mins now", "coughing fit wont stop. 6 mins now, need water"),
    ("my sons seizure is not stopping, 5 minutes now", "her hissy fit isnt stopping, 5 mins now"),
    # a child gone floppy after pills that were not theirs; not floppy and sleepy after a swim
    (
        "ma wee boy's 3 an he's swallied a load o his grandad's pills, he's gone aw floppy",
        "ma wee boy's 3 an he's gone aw floppy an sleepy efter swimming, gran's gied him his tea",
    ),
    # a diabetic misspelt who will not wake; not one who will not wake up in time
    (
        "my husbend is diabetik and now he wont wake up propaly",
        "my husbend is diabetik and he wont wake up in time for the 8am start, can he come at 10",
    ),
    # confused and shaky with nothing sweet to hand; not sugar tablets left in a bag
    (
        "my husband is diabetic and shaky, gone all confused, i can't find his glucose tablets",
        "my husband is diabetic and i carnt find his sugar tablits in the new bag, can you bring"
        " some spare on saturday",
    ),
    # feared fallen behind the door with no answer; not a fall at the shop and answering since
    (
        "di ol lady downstairs nuh ansa, mi knock an knock. mi fraid seh she drop dung inside",
        "di ol lady downstairs drop dung inside di shop last week, mi did fraid fi her, but she"
        " ansa di door today an she cheerful",
    ),
    (
        "my neighbour is not answering and i am worried she has fallen in there",
        "my neighbour fell inside the post office on monday, i was worried but she answered the"
        " door today and she is fine",
    ),
    # a heart attack now, or just had with its signs on someone; not one had over ticket
    # prices or nearly had at a bill
    (
        "I think my grandad is having a heart attack",
        "my grandad is having a heart attack over the price of the tickets",
    ),
    (
        "my husband has had a hart attack i think, he's gone grey and clammy on the sofa",
        "my husband nearly had a hart attack when he saw the bill, went grey and clammy lol",
    ),
    # a chest clutched with sweating; not laughing at the panto
    (
        "dad's clutching his chest and sweating buckets on the sofa",
        "dad was clutching his chest laughing so hard at the panto he was sweating",
    ),
    # a face gone down on one side and words gone funny; not after the dentist
    (
        "my nan's face has gon down on one side and she's talkin all funny",
        "my nan was talkin all funny after the dentist, her face has gon down on one side with"
        " the numbing",
    ),
    # someone not breathing as the whole message; not a nose blocked with a cold
    (
        "my son not breathing help",
        "my son not breathing through his nose, all blocked up with this cold",
    ),
    # a neighbour behind a door in signed English: days with no visit, no answer, a smell or a
    # fall feared inside; not a neighbour known to be away
    (
        "old lady upstairs. nobody visit 5 days. she not answer door. flat smell bad",
        "old lady upstairs. nobody visit 5 days, she staying with her son. she not answer door."
        " flat smell bad from drains",
    ),
    (
        "carer not come 3 days. he not answer door. me worry he fall inside",
        "carer not come 3 days. he on holiday. he not answer door. me worry he fall inside when"
        " back",
    ),
    # chest tightness said without "is", with the arm and sweating; an old neighbour named
    # before the age
    (
        "in the lift at the venue, chest really heavy and my left arm is tingling, sweating"
        " buckets",
        "my chest really tight with this cold, I'll bring my inhaler and sit near the door",
    ),
    (
        "my neighbour Mrs Okafor is 88, not seen her since Monday and her post is still in the"
        " letterbox",
        "my neighbour Mrs Okafor is 88, not seen her since Monday, her post is still in the"
        " letterbox as she is visiting her son in Leeds",
    ),
    # someone old and alone not answering since a day, with the carer away; not a prescription
    # not picked up
    (
        "is my nan coming on Sunday? she's 84, lives by herself in Walthamstow with dementia, her"
        " carer is away this week and she hasn't answered the phone since Thursday",
        "is my nan coming on Sunday? she's 84, lives by herself with dementia, her carer is away"
        " this week so she hasn't picked up her prescription since Thursday, can you remind her",
    ),
    # someone shut in their room for days, no answer and a smell; not someone gaming
    (
        "my housemate hasn't been out of his room for five days, no answer when I knock and"
        " there's a bad smell on the landing",
        "my housemate hasn't been out of his room for five days, no answer when I knock, he's"
        " gaming through the whole new release",
    ),
    # a diabetic collapsed and making no sense; not a menu that makes no sense
    (
        "my dad is diabetic and he has just collapsed by the lifts, he is talking gibberish and"
        " not making sense",
        "my dad is diabetic and he says the menu for the lunch is not making any sense, which"
        " bits have sugar in?",
    ),
    # chest tight now and the left arm gone numb, said with the arm's possessive; not an arm
    # slept on
    (
        "sorry can't fill the form in, sat on the stairs at work, chest is so tight and my left"
        " arm's gone numb",
        "sorry can't fill the form in, my left arm's gone numb from sleeping on it, chest is fine"
        " though",
    ),
    # someone collapsed in front of the writer, breathing oddly; not flopped onto the sofa
    (
        "sorry, my husband has just collapsed outside the library and he's breathing really"
        " strangely, should I still come?",
        "sorry, my husband has just collapsed on the sofa after the match lol, breathing like a"
        " walrus, should I still come?",
    ),
    # low blood sugar now, lost and with no sugar; not a diabetic who gets shaky if lunch is late
    (
        "sorry, type 1 diabetic here and I'm going really sweaty and muddled, no glucose on me,"
        " not sure which street this is",
        "sorry, type 1 diabetic here, I go a bit shaky if lunch runs late so could it be at 12:30?",
    ),
    # a child who swallowed a button battery and seems fine; not one taken out of a toy
    (
        "can't make it, my toddler swallowed a button battery from the remote an hour ago but"
        " she's acting normal",
        "can't make it, my toddler pulled a button battery out of the remote so I've taped it"
        " shut, she's acting normal",
    ),
    # a fall with the head hit and confusion after; not once the hospital has seen him
    (
        "grandad slipped on the stairs and banged his head, he's confused and keeps asking the"
        " same thing, he won't let me ring anyone",
        "grandad slipped on the stairs and banged his head last week, he was confused so the"
        " hospital kept him in and he's all clear now",
    ),
    # a carbon monoxide alarm with the house sick; not headaches from a cold and the alarm fixed
    (
        "might miss saturday, the carbon monoxide alarm keeps going off and we've all got"
        " headaches and feel sick, probably just a virus",
        "might miss saturday, the kids have headaches and feel sick with a virus, also the"
        " smoke alarm keeps chirping for a new battery",
    ),
    # a bedbound parent not fed for days since the one caring went away; not on the mend
    (
        "my dad's bedbound and hasn't had any food for four days, my sister who cares for him"
        " went abroad and left him",
        "my dad's bedbound after his op and hadn't eaten for four days with the nausea, my"
        " sister's with him and he's eating again",
    ),
    # an eating disorder, days without food and the body giving way; not a faint long past
    (
        "my son has anorexia and hasn't eaten anything in 4 days, he collapsed at the bus stop"
        " this morning and his heart keeps pounding",
        "my son had anorexia as a teenager, he collapsed once at school years ago but he's eating"
        " well now and hasn't had a relapse in 4 years",
    ),
    # a fit coming on with the writer alone; not a plan for a fit that may come one day
    (
        "i'm epileptic and i can feel a seizure coming on, i'm by myself at the bus station",
        "i have epilepsy, if i get the warning signs during the session i'll go out on my own"
        " for a bit",
    ),
    # someone suddenly confused and slurring who cannot say their address; not after a party
    (
        "my neighbour at the table is suddenly confused and slurring, her face looks grey and"
        " she can't give me her address",
        "after the party my mate was slurring and confused and could not tell us his address lol",
    ),
    # smoke or fire with the exits padlocked and people inside; not a fire drill's report
    (
        "flames in the back room and the emergency exits are padlocked, there are still kids"
        " inside",
        "fire drill today: the fire doors were blocked by chairs and people were still inside,"
        " please keep them clear",
    ),
    # someone who cannot be woken and does not respond, though breathing
    (
        "i can't wake my husband, he's breathing but he isn't responding to me at all",
        "can't wake my son up for school, he never responds to his alarm at all",
    ),
    (
        "my flatmate won't wake, she's breathing but not reacting to anything",
        "my laptop won't wake and isn't responding to anything, can I join by phone?",
    ),
    # low sugar and not waking, barely talking or not swallowing
    (
        "sorry for the late reply, my wife's sugars are really low and she keeps falling asleep"
        " on me",
        "if my sugars go low and I get drowsy in the session I'll just have a juice",
    ),
    (
        "her libre reads 2.1 and she's not making sense, what do I do",
        "my libre read 2.1 on monday but I treated it and I'm fine now",
    ),
    # a hypo of the writer's own, shaking, nothing sweet to hand
    (
        "going hypo on the bus, trembling and sweating and no jelly babies with me",
        "if I go hypo I get shaky, is it ok to bring jelly babies into the hall?",
    ),
    # a diabetic high: two signs of ketoacidosis
    (
        "my daughter's diabetic and she's been throwing up since lunch, breathing really heavy"
        " and so drowsy",
        "my daughter's diabetic, she was throwing up last year with a bug but it's all under"
        " control",
    ),
    # an asthma attack: pulling in under the ribs, the inhaler not helping
    (
        "my girl's breathing is awful, her tummy is sucking in with every breath",
        "the breathing exercises helped my girl, her asthma is sorted now",
    ),
    (
        "her inhaler isn't doing anything and she's struggling to breathe",
        "her inhaler isn't helping much with the pollen so the gp said to try a new one",
    ),
    # blue round the lips and the breath not coming back
    (
        "my little one just went grey round the mouth and is choking",
        "my little one went blue round the lips after the swimming pool, warmed up quickly",
    ),
    # seizures one after another without coming round
    (
        "my sister has had two fits back to back and still hasn't woken between them",
        "my sister has epilepsy, if she has two fits in a row can she rest in a quiet room?",
    ),
    # slurred speech and a hand that keeps dropping things
    (
        "grandad's words are slurring and he can't hold his fork",
        "grandad was slurring after four pints and kept dropping his fork",
    ),
    # a rash that does not fade under a glass
    (
        "my daughter has spots that won't fade when I press a glass on them",
        "my daughter's rash fades when I press a glass on it so it's probably just heat",
    ),
    # a child who ate someone's tablets or a handful of them
    (
        "my toddler got into her gran's handbag and swallowed a few of her pills",
        "my toddler swallowed her medicine fine today for the first time",
    ),
    # someone gone down with the lips a funny colour
    (
        "dad just collapsed in the kitchen and his face is a horrible colour",
        "dad's face is a horrible colour in this photo, the filter did that",
    ),
    # the worst headache of someone's life, sudden or with a stiff neck
    (
        "my wife says it's the worst headache she's ever had and her neck is stiff",
        "worst headache ever after the quiz last night, stiff neck from the chairs too",
    ),
    # seizure after seizure now; not what a first aid course teaches about them
    (
        "he keeps having seizure after seizure and isn't coming round in between",
        "first aid course tonight: seizure after seizure without coming round means call 999",
    ),
    # a child into a packet of someone's tablets; not a week's tablets set out in a dosette box
    (
        "my grandson chewed a packet of his grandad's blood pressure tablets",
        "my grandson helped sort all his grandad's tablets into the dosette box for the week",
    ),
    # a smell of gas in a home with someone frail who does not answer; not an engineer's visit
    (
        "my uncle's flat reeks of gas from the hallway and he's not answering, he's 84 and"
        " uses a frame",
        "my uncle's 84 and the gas engineer is coming to his flat on Friday to check the cooker,"
        " can I bring him on Saturday after?",
    ),
    # a gas smell as a plea in a few words; not the gas bill
    ("gas smell. please help", "gas bill paid. thanks for the help"),
    # the gas left on by someone with dementia; not a reminder note about the hob
    (
        "dad has dementia and keeps leaving the cooker on, he sounds confused on the phone and"
        " I'm an hour away",
        "dad's memory group put a note on his fridge about turning the cooker off, he's doing"
        " well with it",
    ),
    # a carbon monoxide detector sounding with someone drowsy; not a low battery chirp
    (
        "the co detector is beeping non stop and my wife is so drowsy she can't stay awake",
        "the co detector is beeping for a new battery, my wife is drowsy from her cold so I"
        " changed it",
    ),
    # smoke in a block with someone who cannot get out; not a fire alarm test
    (
        "smoke is filling our corridor and my brother is bedbound in the back room, we can't"
        " carry him down",
        "there's a fire alarm test in our block on Monday, my brother's bedbound so the"
        " warden will sit with him",
    ),
    # a house on fire with someone still inside; not a fire long past
    (
        "the house is in flames and my little sister is still in the bedroom",
        "our old house was in flames years ago when I was small, we talk about it at the"
        " session sometimes",
    ),
    # a plug sparking and melting with the breaker doing nothing; not one already repaired
    (
        "the plug by the telly keeps sparking and it's started melting, the breaker won't trip",
        "the plug by the telly was sparking so the electrician came and fixed it, all safe now",
    ),
    # a burning smell from inside the ceiling with the alarm sounding; not burnt toast
    (
        "there's a smell of burning coming through the ceiling and the smoke alarm is"
        " screaming, nobody is cooking",
        "there's a smell of burning toast and the smoke alarm is screaming again, my son is"
        " cooking breakfast",
    ),
    # a kitchen caught fire with someone stuck in a room; not a fire years back all got out of
    (
        "my aunties kitchen caught fire and she's stuck in the back bedroom with her walker",
        "my auntie's kitchen caught fire in 2018 and she got out fine with her walker",
    ),
    # a gas smell misspelt beside someone asleep who will not wake; not a smell of cooking
    (
        "the flat smelt of gass when i got in and my brother is asleep and wont wake up",
        "the flat smelt of curry when i got in and my brother was asleep on the sofa",
    ),
    # weeks on next to nothing with fainting and chest pain; not a taste for diet coke
    (
        "my niece has been living on diet coke for three weeks and fainted on the bus, now her"
        " chest hurts",
        "my niece lives on diet coke lol, can we get some in for the break?",
    ),
    # laxatives taken by the dozen, dizzy with the heart odd; not a question about claiming them
    (
        "took about 50 laxatives earlier and im so dizzy, my heart feels funny",
        "are laxatives covered if the GP prescribed them? not urgent",
    ),
    # purging now with a near faint; not a recovery milestone
    (
        "i keep making myself sick after every meal and nearly passed out on the stairs, heart"
        " is pounding",
        "3 years recovered from bulimia, I used to make myself sick and faint, so proud today",
    ),
    # dissociating near a platform edge; not an access need about crowded platforms
    (
        "im at the tube station and everything feels unreal, i keep drifting near the edge",
        "access needs: crowded platforms give me panic attacks, can I sit near the exit",
    ),
    # a panic attack at the wheel; not one told as past
    (
        "having a horrible panic attack and i'm driving on the a406 and cant feel my arms",
        "I used to have panic attacks when driving but they stopped, I'll drive myself Saturday",
    ),
    # a panic attack shut in the loos, about to pass out; not asking where the loos are
    (
        "hiding in the library loos having a panic attack, about to pass out, nobody knows i'm"
        " here",
        "where are the loos? I get panicky in crowds so I like to know where they are",
    ),
    # someone sectioned gone from the ward an hour ago; not a section long past
    (
        "my son is on a section 2 and legged it off the ward an hour ago, police haven't found him",
        "my son was on a section 2 years back, he's well now and wants to join the youth session",
    ),
    # food refused for days for fear of poison; not too much sugar in the tea
    (
        "my gran swears the carers are putting poison in her tea and she has refused food for"
        " 4 days",
        "my gran swears the carers put too much sugar in her tea haha",
    ),
    # a council ward's meeting walked out of is no one gone from a hospital ward
    (
        "my brother is sectioned and slipped out of the psychiatric ward today, nobody knows"
        " where he is",
        "I walked out of the ward meeting early today, sorry, I had to pick up the kids",
    ),
    # drink or a sedative stopped suddenly, with hallucinations or fits; not told as long past
    (
        "my dad stopped drinking on his own 3 days ago and now he's shaking all over and seeing"
        " spiders on the wall",
        "my dad stopped drinking 6 years ago, he used to get the shakes and see things back"
        " then, he's brilliant now",
    ),
    (
        "came off my diazepam last week, can't stop shaking and i had a seizure this morning",
        "my mum had a fit when I told her I'd stopped drinking coffee, she loves her cafe trips",
    ),
    # medicines doubled or mixed with drink, and drowsy or not responding; not a regimen
    (
        "she had a bottle of wine then took her diazepam, now she's slurring on the phone",
        "is it safe to have wine with my diazepam? it makes me a bit sleepy in the day",
    ),
    (
        "i think i took my morning meds twice, im so drowsy i cant keep my eyes open",
        "i take my morning meds twice a day with food so i need lunch at one please",
    ),
    # using again tonight after months clean, the tolerance gone; not a milestone or the lift
    (
        "been clean 8 months, got a bag, gonna use tonight, dont know how much i can handle",
        "I'm going to use the lift for the first time in months, scared of how much my knee"
        " can take",
    ),
    # a carer drinking again with the one in their care in danger; not long past or managed
    (
        "my mum has been drinking again and she's meant to be minding my little sister, she fell"
        " asleep with the oven on",
        "my mum used to drink and once left the oven on when we were little, she's been 10 years"
        " sober now",
    ),
    (
        "my husband's drunk again and he cares for his dad, I found his dad on the floor",
        "my husband cares for his dad who has dementia, I found his dad's glasses on the floor",
    ),
    (
        "my son's just out of jail and says he's going to score tonight, his tolerance is gone",
        "our striker is clean through on goal, first time in months he's going to score tonight",
    ),
    (
        "my nan took her tablets twice this morning by mistake and now she's really drowsy",
        "I had two doses of the vaccine this year and felt very sleepy after both",
    ),
    (
        "he stoped his xanax cold turky and now he's hallucinating",
        "he stopped his coffee cold turkey for lent and now he's grumpy",
    ),
    # bleeding with severe pain in a pregnancy; not spotting a midwife has checked
    (
        "my girlfriend is 28 weeks and she's bleeding and the cramps are unbearable",
        "I'm 28 weeks, had a little spotting and the midwife checked me, all fine",
    ),
    # heavy bleeding in a pregnancy; not a nosebleed
    (
        "im 22 wks pregnant and bleeding really heavily in the toilet",
        "I'm 22 weeks pregnant and my nose keeps bleeding in this dry air",
    ),
    # a baby in the womb not moving since a time named; not a breech baby not turning
    (
        "she's 36 weeks and hasn't felt the baby move all day, not even after a cold drink",
        "I'm 36 weeks and the baby hasn't moved position since my last scan, still breech",
    ),
    # waters gone early and now; not a story from a first pregnancy
    (
        "my wife's waters have just gone and she is only 29 weeks",
        "my waters went at 29 weeks with my first, she is 6 now and top of her class",
    ),
    # a birth happening now in a car; not a birth planned for June
    (
        "my mate is giving birth in the car right now, we're stuck on the A406",
        "my sister is giving birth in june so I might miss the july session",
    ),
    # a teenager hiding a pregnancy and in labour now; not a pregnancy announced late
    (
        "my niece is 16 and hid her pregnancy from everyone, now she's locked herself in the"
        " loo with contractions",
        "my niece is 16 and just told us about the pregnancy, we're going to the scan together",
    ),
    # a girl hiding it, holding her belly in pain tonight; not a girl hiding a gift
    (
        "the teenage girl downstairs has been hiding it under hoodies, she's huge and tonight"
        " she's in agony on the stairs",
        "the teenage girl downstairs is hiding it from her mum, she bought her a huge cake for"
        " tonight",
    ),
    # two signs of pre-eclampsia in a pregnancy; not a headache from a stage's lights
    (
        "im 35 weeks and ive got a pounding headache and my vision is blurry",
        "I'm 35 weeks pregnant and the flashing lights on the stage gave me a bit of a headache",
    ),
    # contractions minutes apart with no one to get her there; not a birth plan with a lift
    (
        "contractions are every 4 minutes and there's no one here, my husband is abroad",
        "if the contractions start my husband will drive me in, the bag is packed by the door",
    ),
    # a baby born alone and blue; not a home birth told as lovely
    (
        "my flatmate had her baby by herself in her room and the baby is blue, barely breathing",
        "my flatmate had her baby at home with two midwives and the baby is perfect",
    ),
    # a pregnancy to be ended by force; not an appointment talked through
    (
        "i'm 10 weeks pregnant and my boyfriend says he'll force me to have an abortion",
        "I'm 10 weeks pregnant and my partner is coming with me to the booking appointment",
    ),
    # the bump threatened by someone coming back; not a nursery painted
    (
        "I'm 20 weeks and my brother says he's gonna punch me in the belly when he's back",
        "I'm 20 weeks and my brother says he's gonna paint the nursery when he's back",
    ),
    # a newborn yellow and not waking; not jaundice at birth that has cleared
    (
        "my grandson is 4 days old, he's gone really yellow and we can't wake him for a bottle",
        "my grandson was a bit yellow at birth but it has cleared, he wakes for every bottle",
    ),
    # a newborn grey and floppy; not a grey babygrow
    (
        "my niece's newborn has turned grey and floppy in the car seat",
        "bought my niece's newborn a grey babygrow, she looks so cute in it",
    ),
    # grunting with every breath and a fever; not a baby grunting as she feeds
    (
        "our 2 week old is grunting with every breath and burning up with a fever",
        "our 2 week old grunts like a piglet when she feeds, it's hilarious",
    ),
    # a baby fitting now; not a car seat that fits
    (
        "my sisters 6 week old is having a seizure right now, his legs are jerking",
        "does the 6 week old car seat fit in the minibus? asking for saturday",
    ),
    # a fall and drowsy and sick after; not a tumble onto cushions
    (
        "my toddler rolled off the changing table and now he's drowsy and been sick twice",
        "my toddler rolled off the sofa onto the cushions and laughed his head off",
    ),
    # magnets swallowed; not a crèche asked to keep them out of reach
    (
        "our 2 year old swallowed two of the fridge magnets, he's got tummy ache",
        "please keep the fridge magnets in the crèche up high, our 2 year old grabs everything",
    ),
    # a scald blistering; not a kettle put on
    (
        "the baby grabbed my cup of tea and it went all over her hand, it's blistering",
        "the baby is asleep so I've finally put the kettle on, cup of tea in peace",
    ),
    # bleach drunk by a child of two; not a child of two keen on the dishwasher
    (
        "my nephew drank bleach from under the sink, he's 2",
        "my nephew is obsessed with the dishwasher, he's 2",
    ),
    # someone in open water going under or out of reach; not a phone dropped or kids paddling
    (
        "a lady's fallen in the canal by the lock and she keeps going under",
        "we paddled in the lake with the kids at the weekend, they loved the water",
    ),
    # drowning said of a person; not of emails
    ("girl drowning in the lake", "honestly drowning in emails this week, will reply after"),
    # through the ice; not the ice on the pond admired
    (
        "my daughter's gone through the ice on the pond, please send someone",
        "the ice on the pond cracked this morning, looked so pretty in the sun",
    ),
    # hit by a vehicle and hurt now; not nearly hit, or a parked car dented
    (
        "my nan's been knocked down by a taxi on the high street and she's bleeding",
        "my parked car got hit by a van, the bumper's dented, what do i do about insurance",
    ),
    # left lying in the road after the driver sped off; not a road accident as a subject
    (
        "there's a lad lying in the road, the driver sped off",
        "can we talk about road safety, there was a hit and run near us years ago",
    ),
    # trapped under or in a vehicle after a crash; not trapped on a long drive
    (
        "the van flipped over and my dad is trapped in the wreck, smoke coming out",
        "stuck in the car for hours with the kids on the motorway, I'm trapped haha",
    ),
    # a vehicle on fire with people inside; not the fire alarm on the bus with everyone off
    (
        "our minibus is on fire and the kids are still inside",
        "the fire alarm went off on the minibus, doors opened fine and everyone got off",
    ),
    # thrown off a bike and not waking; not a fall long past
    (
        "my son came off his bike on the hill and he's unconscious",
        "my son came off his bike last month, just a graze, he's back riding",
    ),
    # a dog with hold of a child now; not a dog that barked
    (
        "a staffy is mauling a lad by the swings, nobody can get it off him",
        "a dog barked at my daughter by the swings and she cried",
    ),
    # someone trampled in a crush; not a busy station
    (
        "crush at the stadium exit, a kid is on the ground being trampled",
        "the station was a crush this morning, so busy I missed two trains",
    ),
    # someone on the tracks with a train coming; not leaves on the line
    (
        "a teenager has jumped down onto the tracks at the overground, train is coming",
        "leaves on the line again at the overground, trains delayed this morning",
    ),
    # caught between the train and the platform; not a bag nearly dropped in the gap
    (
        "my dad slipped between the tube and the platform and his foot is trapped",
        "mind the gap between the train and the platform, my bag nearly fell in",
    ),
    # down with no pulse and CPR going; not a first-aid course
    (
        "a footballer went down on the pitch, he has no pulse, someone is doing CPR",
        "the first aid course covered what to do if someone has no pulse and needs CPR",
    ),
    # heatstroke now; not a hot party told as fine
    (
        "a cyclist went down in the heat, he's stopped sweating and is slurring",
        "it was so hot at the picnic but we sat in the shade and everyone was fine now",
    ),
    # soaked, freezing and barely talking; not a cold walk home now over
    (
        "my nan's been out in the snow for hours, she's shivering and can't speak properly",
        "walked home in the freezing rain, soaking wet and shaking, but warm now with a tea",
    ),
    # a toddler gone near a main road; not a child found at once
    (
        "my toddler ran off at the retail park next to the A406, can't see him anywhere",
        "lost my son at the market near the main road for a minute but found him straight away",
    ),
    # a worker buried or hanging limp; not a trench dug
    (
        "the side of the trench collapsed in on a labourer, he's buried to his waist",
        "the builder dug a trench for the new cable along the footpath",
    ),
    (
        "a window cleaner is hanging from his harness up the flats and isn't moving",
        "the window cleaner clipped on his harness and did the top floor in an hour",
    ),
    # a fall, the head bleeding, muddled now; not a fall told as long over
    (
        "my grandad slipped on the wet steps, his head's bleeding and he's not making sense",
        "my grandad slipped on the wet steps last winter, he's fine now",
    ),
    # chest pain stuck in a lift; not a lift stuck for a while
    (
        "we're trapped in the lift at the leisure centre and my husband has chest pains",
        "the lift was stuck for ten minutes this morning, so annoying",
    ),
    # a child wandered off by a main road; not a child gone to stay with his dad
    (
        "my 5 yr old has wandered off at the bus station by the main road",
        "my son is gone to his dad's near the North Circular this weekend",
    ),
    # a dog attacking a child now; not a dog that went for the postman and missed
    (
        "dog is attacking my son in the rec help",
        "the dog went for the postman yesterday but missed, all fine",
    ),
    # collapsed and not answering; not a tent down and a phone unanswered
    (
        "my brother collapsed at the bus stop and he is not answering me",
        "the tent collapsed in the wind and he is not answering his phone",
    ),
]


@pytest.mark.parametrize(("risk", "look_alike"), MEDICAL_EMERGENCIES)
def test_a_medical_emergency_is_read_and_its_twins_left_alone(risk: str, look_alike: str) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# A blow read when it lands on a person, not when a baby kicks in the womb or a child at a seat.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "her stepdad kicks her when he's drunk, she's 9",
            "The baby kicks like a striker now, keeps me up all night",
        ),
        ("my son is 6 and his dad kicks him", "my toddler kicks the back of my seat on the bus"),
    ],
)
def test_a_child_kicked_is_read_and_a_baby_kicking_is_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# No heat at home and going without food, said by the writer, with or without an age; not the
# heating at the hall, or saving on the heating with food on the table.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "not had the heating on since november, can't afford it, and I only have toast most"
            " days",
            "not had the heating on since october to save money, new thermal socks are great",
        ),
        (
            "heating is broken and I have not eaten proper since Sunday",
            "the heating is broken at the hall and I only had tea and biscuits at lunch",
        ),
        (
            "no gas since the weekend and nothing to eat since friday, the kids are with me",
            "I only have tea and biscuits most days at work, need to bring a proper lunch",
        ),
        # no heat at home with someone small or old hurt by the cold now; not the hall's cold
        (
            "the electric got cut off on monday and my nan (she's 90) is shivering and confused",
            "the heating in the main hall got cut off on monday and my nan said she was cold",
        ),
        (
            "radiators have been broken all week, my 8 month old is limp and not feeding",
            "radiators were broken all week last winter, my 8 month old was cold, all sorted now",
        ),
        # a prepayment meter empty while it is freezing out; not topping it up before the snow
        (
            "gone into the emergency credit on the meter and there's frost on the inside of the"
            " windows, cannot top up till monday",
            "reminder to self: top up the meter before the snow comes at the weekend",
        ),
        # no food for days with a child going without; not an empty fridge and a takeaway
        (
            "we have not had any food at home since saturday and my daughter is starving",
            "we have not had any food shopping since saturday so we are going to the shops, my"
            " daughter wants crisps",
        ),
        (
            "there's nothing for his breakfast again and I haven't eaten for three days, he is 6",
            "nothing for his breakfast so we are going to the shops first, he is 6 and fussy",
        ),
    ],
)
def test_no_heat_and_no_food_at_home_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# Wanting to be with someone who has died, said by the writer or of a parent; not being with
# them at a visit or an event.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "i just want to be with my husband again, he passed in march",
            "I want to be with my husband when he has his op, so I will miss saturday",
        ),
        (
            "my nan keeps saying she wants to go to my grandad, he died at christmas",
            "mum wants to be with my dad at the grave on his anniversary, he died in 2019",
        ),
        (
            "dad says he's ready to join my mum, since the funeral he barely eats",
            "she wants to be with my son, he passed his driving test in march",
        ),
    ],
)
def test_wanting_to_be_with_someone_who_died_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# Someone's belongings or pet given away or handed to friends, then a goodbye or silence (or a
# goodbye with no goodbye); not a clear-out, an upgrade or a move.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "my brother gave away his guitar and his cat last week and now his phone is off",
            "my flatmate has given away his old PS5, got a new one, said goodbye to it lol",
        ),
        (
            "she has given away her books and her bike, thanked me for everything, i'm worried",
            "my son gave away his toys to the charity shop and said goodbye to each one",
        ),
        (
            "he gave away all his clothes and isn't answering since yesterday",
            "she gave away her plants before the move, not answering as she is packing",
        ),
        # things handed to friends and "soon you will not have to worry for me"; not before a
        # move, nor a worry ended by a driving test
        (
            "my son of 16 years is giving his things to the friends, the playstation, the"
            " trainers, and he told me soon you will not have to worry for me.",
            "my son is giving his things to his friends because we are moving to Leeds, he said"
            " soon you will not have to worry about me, I will have my own room",
        ),
        (
            "she is giving her clothes to her sisters and keeps saying you won't have to worry"
            " about me soon",
            "she is giving her clothes to her sisters and says you won't have to worry about me"
            " once I pass my driving test",
        ),
    ],
)
def test_belongings_given_away_then_silence_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# The head struck against a wall, told as literal (how long, blood, "I do that when"), is
# self-harm the net reads, so the idiom does not overrule it; the idiom ("banging my head against
# a brick wall with the council") and a knock on a cupboard are everyday and overrule the
# classifier.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "got home and banged my head on the wall for ages, it's still bleeding",
            "been banging my head against a wall with this expenses form all week",
        ),
        (
            "when it gets too much i hit my head on the floor, i do that a lot",
            "banging my head against a brick wall with the council for a long time now",
        ),
        (
            "I smash my head against the wall to make the thoughts stop",
            "banged my head on the cupboard door, ouch",
        ),
    ],
)
def test_the_head_struck_literally_is_read_and_the_idiom_overrules_the_classifier(
    risk: str, look_alike: str
) -> None:
    rasa = cast(RasaClient, RiskReadingRasa())
    assert says_someone_is_at_risk(risk), normalise(risk)
    assert not is_everyday_idiom(risk)
    assert asyncio.run(read_message(rasa, risk, 0.45)).at_risk
    assert not says_someone_is_at_risk(look_alike), normalise(look_alike)
    assert is_everyday_idiom(look_alike)
    assert not asyncio.run(read_message(rasa, look_alike, 0.45)).at_risk


# The writer's own risk, or an emergency in front of them, said in passing in a form's answer;
# each beside an everyday twin that shares its words.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # self-neglect: meals, washing and the home let go
        (
            "been living off toast since my husband died, have not washed in weeks, the house is"
            " full of rubbish bags",
            "camping was great, living off biscuits and have not had a wash in days lol",
        ),
        (
            "I don't cook any more and I don't open the post, the electric got cut off. I'm 79",
            "I don't cook any more, my son brings dinners round, it's lovely",
        ),
        # a diabetic's sugars crashed now
        (
            "I'm diabetic and I feel really shaky, my sugars have dropped and nobody's in",
            "Dietary: diabetic, I need lunch by 12.30 or my sugars drop and I get shaky",
        ),
        # not around for a session, affairs in order
        (
            "don't think I'll be around for the next session, I've sorted out all my things and"
            " written letters to my family",
            "I've written letters to the council about the bins, can I bring copies on the 3rd"
            " weekend?",
        ),
        (
            "not sure I will be around by the last weekend, sorted my stuff out and written notes"
            " for my kids",
            "don't think I'll be around for the 3rd weekend, moving house, sorted my things out"
            " already",
        ),
        # a height gone back to and thought about
        (
            "I keep walking up to the car park roof and thinking about jumping",
            "No access needs. Meet at the bridge by the station? I keep thinking about it as the"
            " easiest landmark",
        ),
        # a child writing, a grown-up asleep for days
        (
            "dad has been asleep since Monday and there's no food, I'm 9",
            "my husband has been in bed since Thursday with flu so I'm looking after my sister's"
            " kids",
        ),
        # an injury and the excuse made for whoever did it
        (
            "my arm is bruised all the way up but she didn't mean it",
            "my ribs are sore from the football game, he didn't mean it, just a late tackle",
        ),
        # the blade back as a friend, or months clean lost
        (
            "6 months clean from cutting and now it's gone, got the razor out last night",
            "me and Sarah are back on speaking terms lol, 14 months of silence down the drain",
        ),
        # someone collapsed and not breathing
        (
            "my dad has collapsed in the kitchen and he's not responding",
            "my husband collapsed on the sofa after the match, not breathing a word about the"
            " score",
        ),
        # an allergic reaction now
        (
            "ate a biscuit with peanuts in, my throat is closing and my tongue is swollen",
            "Access needs: nut allergy, I carry an EpiPen, please no nuts at lunch",
        ),
        # an older man or "the guy I'm seeing" who says she owes him and must please his mates
        (
            "my boyfriend is 26 and says I owe him for the phone, I have to sleep with his friends",
            "my brother drives me to parties and says I owe him a pint, I have to be nice to his"
            " mates at his birthday",
        ),
    ],
)
def test_the_writers_own_risk_and_an_emergency_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# "Drives me to" is a lift to the hall, work or home, or drives to tears; a lift to parties owed
# for is not everyday, so the classifier's reading stands.
@pytest.mark.parametrize(
    ("everyday", "not_everyday"),
    [
        ("my husband drives me to the hall on Sundays", "the guy I'm seeing drives me to parties"),
        ("my kids drive me to distraction", "he drives me to his mate's flat and locks the door"),
    ],
)
def test_a_lift_to_the_session_is_everyday_and_a_lift_to_parties_is_not(
    everyday: str, not_everyday: str
) -> None:
    assert is_everyday_idiom(everyday)
    assert not is_everyday_idiom(not_everyday)


# Past self-harm told as history long ago and pain "the kind where you want to die" are not read;
# the same words now are.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "I self-harmed as a teenager and the urges are back lately",
            "I self-harmed as a teenager and want to talk about the police back then, fine now",
        ),
        (
            "I have a migraine and I want to die, I can't do this",
            "had a migraine, the kind where you want to die, but it passed by Sunday",
        ),
        # self-harm or being suicidal told as got through, well now; the same come back
        (
            "i used to self harm when i was 13 and the urges are back this week",
            "I used to self harm as a teen but I'm in a much better place now, can I mention it"
            " in the youth session?",
        ),
        (
            "I was suicidal at one point last year and it is creeping back",
            "I was suicidal at one point years ago but I'm doing well now after counselling",
        ),
        # a relative's attempt years ago and well now; the same recent, or come back for them
        (
            "my cousin tried to end his life last month, it was the police who got to him first",
            "my cousin tried to end his life about six years ago and it was the police who got to"
            " him first, he is doing really well now",
        ),
        (
            "my sister tried to take her own life two years ago, she is doing well now but she"
            " has been talking about it again",
            "my sister tried to take her own life two years ago, she is doing well now and the"
            " vegan option ran out again",
        ),
        # a survivor of a harm from years ago who joined because of it; not one found again
        (
            "I'm a survivor of domestic abuse from years ago and he tracked me down again last"
            " week",
            "as a survivor of domestic abuse from years ago, it is why I wanted to do this and"
            " I'm happy to talk about it",
        ),
    ],
)
def test_self_harm_long_past_and_pain_described_are_left_alone(risk: str, look_alike: str) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # someone who turns up again and knows where the children are
        (
            "a man keeps following me home again, the same one from the bus, he knows where my"
            " kids go to school",
            "the photographer was photographing me at the session, he knows my daughter school"
            " because he took their class photos",
        ),
        # a relative who answers for a woman and says not to contact her
        (
            "this is her husband, she is not allowed to come to these, do not contact her",
            "this is her brother, she will not be coming, she is ill in bed, do not contact her"
            " till next week, she needs her rest",
        ),
        # money drained by someone relied on
        (
            "my carer is getting me to sign cheques over to her, my account is almost empty",
            "my carer is getting me to sign the cheques for my gas bill, my account is fine",
        ),
        (
            "she is not allowed to attend, we do not want you to contact her",
            "she is not allowed to attend under 18, we do not want you to worry about it",
        ),
        (
            "my carer keeps getting me to sign cheques for her and my savings are nearly gone",
            "my carer's cheque for her wages is signed by the council, my savings are fine",
        ),
        (
            "my grandson has my bank card and pin and takes everything",
            "my son has my bank card and pin to do my shopping while I am in hospital",
        ),
        (
            "my daughter had the house put in her name and now says I have to move out",
            "my nephew is helping with the house sale while I am in hospital, he is very good",
        ),
        # a partner met online and never met, and the money sent
        (
            "my girlfriend, we met online and never met in person, I have sent her £3000 for her"
            " visa",
            "my boyfriend (met online, not met in person yet) is coming to visit, I have sent him"
            " the address",
        ),
        # a man messaging a child with money, asking to meet alone
        (
            "my son is 12 and a man online, he is 40 something, keeps buying him vapes and wants"
            " to meet him alone",
            "my daughter is 13 and messages her tutor, a man in his 30s, sending him her"
            " homework every week for marking, he is very patient",
        ),
        # a man outside the family giving a child gifts and telling her to keep it secret (not a
        # birthday surprise), or a fear he is touching her (not a game of tag)
        (
            "The lodger upstairs keeps buying my 11 year old vapes and credit for her phone and"
            " told her not to tell me",
            "The lodger upstairs gave my 11 year old some money to buy her mum a birthday present"
            " and told her not to tell, it's a surprise",
        ),
        (
            "my sister's boyfriend babysits her 6 year old and I'm scared he is touching her",
            "playing tag in the hall, I think he touched her first so she is it now",
        ),
        # a worker kept next door: no passport, no pay
        (
            "the nanny next door works all day every day, she has no passport and is not paid",
            "the cleaner next door works 6am to 2pm, her passport is being renewed, she is paid"
            " weekly by the family",
        ),
        (
            "the family took her passport, she cleans for them and is never paid",
            "I have no passport so cannot come on the trip, and the trip is not paid yet",
        ),
        # a creed beside weapons bought
        (
            "my brother keeps talking about the great replacement and has bought a crossbow",
            "there was a debate on the race war conspiracy on the news, and I bought a new bread"
            " knife",
        ),
        # a threat of blood as the only way to be heard
        (
            "they only listen when people bleed, we are done asking",
            "the council only listen when people complain, my gums only hurt when they bleed",
        ),
        (
            "they only take notice when people bleed, so that is what we will do",
            "kids only learn when they get hurt, and councils only care when people die",
        ),
        # a home attacked with a message
        (
            "someone threw stones through our window with a note, we are staying with my mum",
            "the kids kicked a ball through our window with a note saying sorry, we are staying"
            " with my mum anyway",
        ),
        # messages read and a price for going out
        (
            "he checks my phone, if he sees I went I will pay for it",
            "use my work email please, the proof-reader reads everything before it goes out, I"
            " will pay for it by invoice",
        ),
        # a carer away and someone left in a soiled pad
        (
            "the carers have not come in since friday and dad is in the same pads, he has sores",
            "the agency carer has not turned up for 2 weeks because mum is on holiday with my"
            " sister",
        ),
        # something thrown at the writer
        (
            "he threw his phone at me when I said I was going",
            "he threw my bag to me across the bus so I would not forget it",
        ),
        # a man found in a child's room at night
        (
            "I found my lodger coming out of my son room at night, he is 8",
            "I caught him in my daughter room at night reading her a story, my husband is soft",
        ),
        # someone out of prison who has found the last address; not a dad out of hospital
        (
            "he found my last address from a form like this and he gets out of prison this week",
            "my dad found my last address from a form like this and he gets out of hospital"
            " this week, so he can send a card",
        ),
        # a lodger holding the card who tells the carer not to come any more; not a daughter
        (
            "His new lodger, who now has his bank card, has told me not to come any more. Mr D"
            " sounded frightened",
            "His daughter, who now has his bank card for the shopping, has told me not to come"
            " before ten. Mr D sounded tired",
        ),
        # a boss who keeps the wages, and sleeping in the back room or not allowed out; the
        # wages kept for rent alone, or being allowed out after exams, are not read
        (
            'the man at the car wash keeps my wages for "rent" and I sleep in the back room',
            'the man at the car wash keeps my wages for "rent" and I sleep at my cousin\'s',
        ),
        (
            "if I'm still allowed out I'll come, the man at the car wash keeps my wages",
            "if I'm still allowed out after my exams I'll come, the man at the car wash keeps my"
            " shifts open",
        ),
        # kicking the door the writer is shut behind; not a son wanting the bathroom
        (
            "it's getting worse, he's kicking the bathroom door, I'm in here with the baby",
            "my son is getting impatient, he's kicking the bathroom door, I'm in here with the"
            " baby",
        ),
        # "teach me a lesson" as a punishment; not a lesson in chess
        (
            "he said tonight he's going to teach me a lesson and the kids are here",
            "my brother said tonight he's going to teach me a lesson in chess and the kids are"
            " here to watch",
        ),
    ],
)
def test_harm_from_others_told_as_what_happened_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # a relative who has the PIN and takes everything
        (
            "can you not pay it into my account my nephew has got my pin and he takes everything"
            " the minute it lands",
            "my nephew has got my card to help me with my online banking, he sorts everything"
            " for me",
        ),
        (
            "my grandson has got my pin and takes everything, I have nothing left for food",
            "my son has my pin and takes everything to the tip for me when he visits",
        ),
        (
            "my nephew has got my pin and takes everything, no gas no electric",
            "my daughter has got my pin because she does my shopping, she takes everything I"
            " need round on sunday",
        ),
        # someone moved in who keeps others out or had the savings signed over
        (
            'a "friend" moved in with her last month and now will not let me or the carers in',
            "a friend moved in with him after his operation to help, she lets the carers in and"
            " out all day",
        ),
        (
            "a man moved in with my uncle and my uncle has signed his savings over to him",
            "a lodger moved in with my uncle, he signed the tenancy agreement over the phone",
        ),
        (
            "a friend moved in with her and she has signed her house over to him",
            "a friend moved in with her to help, and she signed her house over to her daughter"
            " years ago",
        ),
        # a disabled person tipped out of the chair, or hit and filmed for a laugh
        (
            "his cousin keeps tipping him out of the wheelchair",
            "my cousin tipped out of his wheelchair at the finish line of the charity race",
        ),
        (
            "the lads tipped her out of her wheelchair in the park",
            "the carers tipped her out of the wheelchair into bed with the hoist",
        ),
        (
            "the lads at the bus stop slap him and film it for a laugh",
            "my cousin is filming the wheelchair race for charity, it was a laugh, he hit the"
            " finish line first",
        ),
        (
            "his cousin has been slapping him and filming it for a laugh",
            "my brother filmed it for a laugh when I beat him at darts",
        ),
        # screaming next door, then silence and no answer
        (
            "i heard her screaming next door and now it has gone quiet and she is not answering"
            " the door",
            "the neighbours had a loud party all evening with shouting and singing, a glass"
            " smashed, now it has gone quiet and they are not answering the door, probably"
            " asleep",
        ),
        (
            "heard him shouting and her screaming, it is gone quiet and she will not answer the"
            " door",
            "i heard her screaming with laughter at the party, it is quiet now and she is not"
            " answering her phone",
        ),
        # left in their own mess
        (
            "he is just sat in his chair in his own mess and there is no food in",
            "my older neighbour likes his own company, he is always sat in his own chair by the"
            " window with the paper",
        ),
        (
            "they have left her lying in her own wee all day",
            "my teenage son just sits in his own mess of a bedroom gaming all day",
        ),
        (
            "he is sitting in his own mess and will not let me in",
            "the twins sat in their own mess of paint and glitter all afternoon",
        ),
        # a teenager passed round for sex, or kept with drugs by an adult "boyfriend"
        (
            "her boyfriend is passing her round his mates for sex",
            "her boyfriend was passing her round his mates for a photo at the youth club party",
        ),
        (
            'she is 15 and with a 23 year old "boyfriend" who is giving her ketamine and she can'
            " not leave",
            "I am a youth worker, on our trip a 24 year old volunteer was giving her a lift and"
            " said she can not leave till 5",
        ),
        # tablets counted out to take when no one is there
        (
            "i will not need it now i have the tablets all counted out and am taking them tonight",
            "my tablets are all counted out in a dosette box for the week, i will take them"
            " tonight with my tea",
        ),
        (
            "tell them thanks but i do not need the money now, the pills are all counted out and"
            " i am taking them when the kids are asleep",
            "my tablets are set out in the dosette, i will take them tonight when the kids are"
            " asleep",
        ),
        # an older or disabled adult exploited or hurt now: a scam call or a doorstep caller,
        # a stranger in the home, benefits taken, grooming online, a relative's harm
        (
            "my grandad is on the phone right now with a man saying he is from his bank and he"
            " is moving his savings to a safe account",
            "my grandad was on the phone with a man from his bank last week about moving his"
            " savings to a better account, all sorted",
        ),
        (
            "auntie has been on the line with the so called police for two hours, they want her"
            " bank details and she is still talking to him",
            "auntie rang the police about the car, she is still on hold, can we start without her",
        ),
        (
            "there is a bloke at my grandmas front door now, she has handed him her bank card"
            " and pin",
            "a man came to my grandmas door last month saying he was from the bank, she shut the"
            " door and rang us",
        ),
        (
            "a workman is on my dads doorstep, dad has written him a cheque and he wants to take"
            " him to the cash point, he is waiting outside",
            "my dad has written the builder a cheque for the new kitchen and I am driving him to"
            " the bank tomorrow",
        ),
        (
            "my gran has dementia and says there is a woman in her bungalow who is a friend, we"
            " do not know her and she is going through her purse",
            "my gran has dementia and a new carer is in her bungalow today, we met her last week",
        ),
        (
            "his girlfriend takes his pip every month and he only gets 20 a week, she says she"
            " will go if he tells anyone",
            "I am his appointee so I collect his pip and pay his rent, he gets his spending"
            " money every week",
        ),
        (
            "my cousin has down syndrome and a guy online keeps asking her for pictures, he is"
            " picking her up tonight from her supported living",
            "my cousin has down syndrome and goes to a disco tonight, her support worker is"
            " picking her up at 10",
        ),
        (
            "grandad is not quite safe with his son at the minute, there is a mark on his face"
            " again",
            "my grandad has cut his face shaving again, his son is taking him to the barbers"
            " instead",
        ),
        (
            "my brother kicked away dads walking frame and was shouting at him, dad is stuck on"
            " the sofa and he is still in the house",
            "my brother took dads old walking frame to the tip, dad has a new one from the OT",
        ),
    ],
)
def test_harm_told_by_a_neighbour_or_in_a_voice_note_is_read_and_its_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# Harms told in a voice note or by someone writing for the member, each with an everyday twin
# that shares its words; and jokes, defeats and old griefs that borrow the words of dying.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "me and the lads are gonna sort it ourselves at the mosque, you will see it on the"
            " news",
            "listened to a podcast about the attack on the mosque, you will see it on the news",
        ),
        (
            "we are going to sort them ourselves, the church on the corner, getting together"
            " what we need",
            "the lads are gonna sort the kit out ourselves before saturday, see you at church",
        ),
        (
            "not eaten in four days, can't get out of bed, gas cut off, i don't care any more",
            "i just don't care any more who wins bake off, it has gone downhill",
        ),
        (
            "he keeps hitting me in the kitchen and he says he will hurt me if i tell anyone",
            "the man in my shared house takes my food from the fridge, i will tell staff",
        ),
        (
            "my client has a learning disability, a man is having sex with her and she doesn't"
            " know she can say no",
            "the day centre timetable: art on monday, she can say no to any activity she wants",
        ),
        (
            "the baby next door is blue and floppy and not breathing",
            "our baby sleeps for hours every night now, bless her",
        ),
        (
            "my son goes off with older lads, they give him money and he came back stabbed",
            "my son hurt his leg at football, the older lads in the team carried him off",
        ),
        (
            "i am going to kill myself",
            "if i have to sit through one more meeting i am going to kill myself lol jk",
        ),
        (
            "If I have to fill in one more survey I'll kill myself 🙄 jk... not really, I think"
            " about it every night",
            "If I have to fill in one more feedback form I'll kill myself 🙄 jk, venue 5/5",
        ),
        (
            "i wanted to die last night and i still do",
            "we got thrashed five nil i wanted to die, see you sunday",
        ),
        (
            "he was stabbed last week and they said they will come for me next",
            "it is the anniversary of my dad's death, he was killed ten years ago, sorry to"
            " miss it",
        ),
    ],
)
def test_voice_notes_and_notes_for_a_member_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# A member's own regime or mishap, told by them or for them, is not read: tablets on a schedule,
# one's own glasses broken, a fall that broke a wrist, a payment pushing one over a loan's limit;
# the same words about someone else are.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        ("he takes my tablets and hides them", "he takes his tablets at one o'clock with food"),
        ("she broke my glasses when I said no", "she wants large print, she broke her glasses"),
        ("he pushed me and broke my wrist", "she had a fall at home and broke her wrist"),
        ("i took a lot of tablets last night", "i take a lot of tablets morning noon and night"),
        (
            "he pushed me over in the kitchen last night",
            "paying me early would push me over the limit for my student loan",
        ),
        (
            "her boyfriend cracked her ribs and she is scared to go home",
            "my daughter came off her bike at the skate park and cracked her ribs, she is sore",
        ),
    ],
)
def test_ones_own_regime_or_mishap_is_left_alone(risk: str, look_alike: str) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


_REPOSITORY = Path(__file__).resolve().parents[2]
_CLASSIFIER_EVERYDAY = [
    str(text)
    for name in (
        "everyday.yml",
        "everyday_voices.yml",
        "everyday_languages.yml",
        "everyday_practical.yml",
        "everyday_online.yml",
    )
    for text in yaml.safe_load((_REPOSITORY / "nlu" / "risk" / name).read_text(encoding="utf-8"))[
        "everyday"
    ]
]


def test_the_net_reads_none_of_the_risk_classifiers_everyday_examples() -> None:
    read = [text for text in _CLASSIFIER_EVERYDAY if says_someone_is_at_risk(text)]
    assert _CLASSIFIER_EVERYDAY
    assert read == []


# A story from the assembly retold as feedback, a goodbye to the assembly or before a move, and
# everyday errands in dark words (tablets as usual, a toddler and a cupboard, a cold, post read
# out, hopeless with forms) are left alone; the same words with a disclosure, or without the
# assembly, the move or the errand, are read.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "since the talk about self harm I've started cutting again",
            "her story about self harm and recovery was so honest",
        ),
        (
            "the speaker who talked about being stalked was brave, i am being stalked too",
            "the young man who spoke about being stalked was incredibly brave",
        ),
        (
            "the bit where she said she was followed home was chilling, he follows me home too",
            "the bit where she said she was followed home from work was chilling, great speaker",
        ),
        (
            "the man who stabbed my son was shocking in court, he said he'd come for me next",
            "the young man who spoke about being stabbed was shocking, so brave",
        ),
        (
            "the panel member who was raped spoke brilliantly, the same happened to my daughter",
            "the panel member who was raped spoke brilliantly",
        ),
        (
            "the talk was powerful, i was trafficked as a teenager and he still has my passport",
            "the panel member who was trafficked as a teenager spoke brilliantly",
        ),
        (
            "goodbye, you won't hear from me again",
            "you won't hear from me again about the sessions, i'm withdrawing",
        ),
        (
            "this is my last message, thanks for everything",
            "i'm leaving the assembly, this is my last message about it, thanks for everything",
        ),
        (
            "i've thought about it, this is my last message",
            "this is my last message about the sessions, i'm withdrawing",
        ),
        (
            "i'm withdrawing from everyone, this is goodbye",
            "i'm moving back to poland so this is goodbye from the assembly",
        ),
        ("moving away from it all, this is goodbye", "moving away to leeds, so this is goodbye"),
        (
            "saying my goodbyes now, it's been a privilege",
            "saying my goodbyes now as i'm off to my son's in canada for good, it's been"
            " a privilege",
        ),
        (
            "this is goodbye from the assembly and from everyone, i won't be around",
            "this is goodbye from the assembly, thanks everyone",
        ),
        (
            "i'm off to a better place for good, saying my goodbyes now",
            "i'm off to my sister's in spain for good, saying my goodbyes now",
        ),
        ("moving to heaven, this is goodbye", "moving to spain, this is goodbye"),
        (
            "took all my tablets this morning as usual and then the rest of the box",
            "took all my tablets this morning as usual",
        ),
        (
            "can't breathe through my nose with this cold and my chest is crushing",
            "can't breathe through my nose with this cold",
        ),
        (
            "the woman who talked about her abusive ex was powerful, that is exactly my life",
            "the woman who talked about her abusive ex was powerful",
        ),
        (
            "my toddler took everything out of the cupboard and swallowed some of the bleach",
            "my toddler took everything out of the cupboard and made a tower of tins",
        ),
        (
            "took all my tablets this morning, can someone come",
            "took all my tablets this morning as usual, can i have lunch at 12",
        ),
        (
            "my toddler is locked in the kitchen cupboard",
            "my toddler took everything out of the kitchen cupboard while i was on the call",
        ),
        (
            "i can't breathe through my nose or my mouth, my lips are swelling",
            "i can't breathe through my nose with this cold, might sound funny on the call",
        ),
        (
            "my husband goes through my post and won't let me have any money",
            "my mum goes through my post because i'm dyslexic, can letters be clear",
        ),
        ("sorry, i'm hopeless, i can't go on", "sorry i'm hopeless, what was the address again"),
        ("i am hopeless, nothing will get better", "i'm hopeless with forms, wrong box again"),
        (
            "i'm at the end of my tether, i can't take any more",
            "i'm at the end of my tether with your expenses team",
        ),
        (
            "i can't cope any more, i'm withdrawing from everything",
            "i can't cope with the weekends on top of my job, i'm withdrawing",
        ),
        (
            "i've been feeling low and nothing is helping",
            "i've been feeling low and the long sessions aren't helping, i'd rather step away"
            " from the assembly",
        ),
        ("i'm in a mental health crisis", "good session on how police treat people in crisis"),
        (
            "my carer takes my pension every week",
            "the story of the carer taking a pensioner's money was a good example for the debate",
        ),
        # a part of a session named by its subject, a case study recalled
        (
            "The FGM part of the talk was eye opening, my aunt is taking my little sister back"
            " home this summer for the cutting",
            "The FGM part of the talk was eye opening, I had no idea taking a girl abroad for it"
            " was against the law",
        ),
        (
            "that case study about the cuckooed flat made me so angry, my nan's flat has been"
            " cuckooed by a gang",
            "the case study about the cuckooed flat made me so angry, how did the neighbours not"
            " notice",
        ),
        # a stranger's stabbing seen on the news; not someone of the member's own
        (
            "saw on the news my brother got stabbed near Walthamstow Central, hope he pulls"
            " through",
            "saw on the news someone got stabbed near Walthamstow Central, hope we discuss that"
            " kind of thing",
        ),
        # a question for the panel about what a witness should do, a table's case study answer
        # and an old caution that "will come up": subjects, unless the message says it is real
        (
            "hypothetically if someone knows a kid is being used to run drugs, who do you call?"
            " it is my nephew and he went out again",
            "hypothetically if someone knows a kid is being used to run drugs, who do you call?"
            " we argued about it at our table",
        ),
        (
            "if you see a girl being groomed by older men at the chicken shop right now, who do"
            " you call?",
            "if you see a girl being groomed by older men at a chicken shop, who do you call, the"
            " police or childline?",
        ),
        (
            "For the scenario homework our answer is that the school refers it. Separately, my"
            " niece is 13 and is being groomed by a man from the gym",
            "For the scenario homework our answer: Kayla, 13, is being groomed by a man from the"
            " gym, so the school refers it to the MASH",
        ),
        (
            "she is worried he will come round again tonight, he has a caution for hitting her",
            "asking for a friend: she has an old caution for shoplifting and is worried it will"
            " come up at the assembly",
        ),
        # how many young people a harm touches, a question for the Q&A, unless it is the
        # member's son now
        (
            "For the Q&A: how many kids round here are caught up in county lines? my son is one"
            " of them right now",
            "For the Q&A: how many young people in the borough are thought to be caught up in"
            " county lines, and what should parents look out for?",
        ),
        # a harm to a relative long ago, brought back by a session, with the member fine now;
        # not when it is back near them
        (
            "tired. the knife crime talk brought back my brother getting stabbed in 2015 and the"
            " same lads are outside my flat again. I'm ok but scared",
            "tired. the knife crime talk brought back my brother getting stabbed in 2015, glad I"
            " spoke up though. I'm ok, off to the gym",
        ),
        # an enquiry long ago closed with no further action; not when the harm is back now
        (
            "We had a section 47 two years ago after his dad broke his arm, it was closed with no"
            " further action, but his dad is back living with us and hit him again last night",
            "We had a child protection enquiry years ago after my daughter broke her wrist at"
            " gymnastics, it was closed with no further action",
        ),
        # a relative's harm last year told as over, they are fine now; not while it goes on,
        # in English or in Nigerian Pidgin
        (
            "last year my brother's girlfriend was hitting him, he says he's fine now but he's"
            " still living with her and scared",
            "last year my brother's girlfriend was hitting him but he left her, he's fine now in"
            " Bristol",
        ),
        (
            "abeg my sister husband dey beat am since last year, she dey hide for bathroom now",
            "last year my sister husband dey beat am but she don comot, she dey fine now in"
            " Leeds, abeg",
        ),
        # going away for good with a move around it in the sentence; not with no one to miss them
        (
            "I'm going away for good, no one will miss me when I'm gone",
            "I'm going away for good, moving to Leeds for work, thanks for everything",
        ),
        # a time without a home long ago, told as over; not when it is back tonight
        (
            "I sofa surfed in my 20s and I'm settled now, but my flat's just been repossessed and"
            " I've nowhere to go tonight",
            "I slept rough for a bit in my twenties before a hostel took me in, I'm settled now"
            " with my own place",
        ),
        # a question about what the council does about cuckooing, beside a flat taken over now;
        # the same question beside one last year
        (
            "what is the council doing about cuckooing? men have moved into my nan's flat and"
            " won't leave, she's terrified",
            "what are the police doing about county lines? the youngers were dealing from a flat"
            " on my estate last year and nobody came for months",
        ),
        # a cousin stabbed in 2019, the lads back at his flat; the same told as over, a scar left
        (
            "back in 2019 my cousin got wet up outside the station, that's why I signed up, but"
            " the same lads were outside his flat last night",
            "back in 2019 my cousin got stabbed outside the station, that's why I signed up for"
            " this. he's fine now, still got the scar",
        ),
    ],
)
def test_stories_goodbyes_and_errands_in_dark_words_are_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


# Risks told for someone else or in passing, each read by its kind and not by the dev line's
# words: someone who cannot be woken, not seen for days, collapsed and not responding; a
# young person picked up by an older man; a blow with no one named; the signs passed on by an
# interpreter; a grievance, means bought and "something" to be done; money taken from an older
# adult; a caller posing as the police. Each twin shares the words and is everyday.
@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "my grandad has epilepsy and we can not wake him, he is all grey",
            "my son is diabetic and will not wake up for school in the mornings",
        ),
        (
            "my neighbour is 85 and lives alone, not seen her for three days, post piling up on"
            " the mat and no answer at the door",
            "my neighbour is 85 and lives alone, not seen her for three days as she is visiting"
            " her son, so her post is piling up",
        ),
        (
            "found her collapsed on the bathroom floor and she is not responding",
            "she is collapsed on the sofa after the fun run and not responding to messages",
        ),
        (
            "Worried about Tyler (client, 16): older men pick him up in cars most nights",
            "Shanice (resident, 19) says a man in his 30s picks her up in a car on Fridays,"
            " they are engaged",
        ),
        (
            "Punched outside the chippy and called a terrorist, they are waiting by the bus stop",
            "Kicked out of the pub for shouting about the terrorists on the telly",
        ),
        (
            "Passing this on for my nan: he keeps saying he is just a burden and he gave his"
            " watch and his medals away this week",
            "My dad says he is a burden on us since the fall, so he has written letters to the"
            " council about a stairlift",
        ),
        (
            "My uncle says the government are traitors, he has ordered nails and gas canisters"
            " online and says he is going to do something at the march",
            "My uncle says the council are traitors for the bin strike, he bought fertiliser for"
            " the allotment and is going to do something about the weeds",
        ),
        (
            "My grandson keeps nicking my savings and I am 88",
            "the government is stealing my pension with these tax rises",
        ),
        (
            "My daughter has my bank card now and I can not afford my insulin this month",
            "the chemist has my card details on file but I could not get my tablets this week"
            " because they were out of stock",
        ),
        (
            "a man from church is getting mum to transfer £2000 every month and told her not to"
            " tell us",
            "my carer is getting me to withdraw £20 at a time so I do not carry too much, she"
            " told me not to tell anyone my pin",
        ),
        (
            "Nan got a call from someone saying they are from the bank, she has been told to"
            " withdraw her cash and a courier is coming tonight",
            "At the fraud talk the officer said if someone calls saying they are the police and"
            " says you need to hand your savings to a courier, hang up",
        ),
        (
            "she's going to kill me if i go to the police",
            "my sister's going to kill me if i break her hair straighteners again",
        ),
        # BSL-shaped English: a threat with the verb bare, a man who follows and waits outside,
        # a brick through the window again and again; not a film, a follow online, a shop
        (
            "NEIGHBOUR SAY HE KILL ME. TONIGHT HE SAY COME BACK",
            "FILM TONIGHT. MAN SAY HE KILL BAD GUY. ME WATCH WITH NEIGHBOUR",
        ),
        (
            "MAN FOLLOW ME FROM BUS. NOW HE WAIT OUTSIDE SHOP. ME SCARED",
            "ME AT STATION. FRIEND FOLLOW ME ON INSTAGRAM. ME SCARED TRAIN LATE",
        ),
        (
            "BRICK THROUGH WINDOW 3 TIMES THIS MONTH",
            "BRICK THROUGH SHOP WINDOW 2 TIMES THIS YEAR. INSURANCE PAY. SHOP OPEN AGAIN",
        ),
        # an older guy with a girl of 15: gifts and lifts to parties, back and saying nothing
        (
            "an older guy keeps driving my sister (15) to parties, she came back mashed n wont"
            " say what happened",
            "an older guy from church gives my sister (15) a lift to youth group with his own"
            " kids n mum knows him",
        ),
        # a child not home, as an emoji, at 11pm with the phone off; not at a sleepover
        (
            "👦🏾 not home since school, now 11pm, 📵 😱",
            "👧🏽 not home since school 🏫 sleepover at Amy's, now ⏰ 11pm 📵 phone off as"
            " usual 🙄",
        ),
        # extremist videos and "do something" at a place named, or means bought that alarm;
        # not cookery videos and a stall, nor items for a stall
        (
            "My grandson watches extremist videos every night and says he will do something at"
            " Ridley Road market",
            "My grandson watches cookery videos every night and says he will do something at"
            " Ridley Road market, a stall of his own",
        ),
        (
            "Dear Sir, my grandson intends to do something at Walthamstow market on Saturday. He"
            " has bought items I find most worrying.",
            "Dear Sir, my grandson intends to do something at Walthamstow market on Saturday. He"
            " has bought items for his stall that I find most charming.",
        ),
        # a place of worship set on fire, told in emoji, with the petrol got; not a quiz
        (
            "⛪ they said they gonna burn it sunday service, got petrol",
            "🔥🕌 they said in the group chat they gonna torch it at the quiz after friday prayers"
            " 😂 the mosque team got this",
        ),
        # someone not themselves who says they will drive off and not come back; not a break
        # in Cornwall till Sunday
        (
            "my brother said he's gonna drive off somewhere and not come back. he's not himself"
            " at all, sleeping in his car",
            "my brother said he's gonna drive off to Cornwall and not come back till Sunday,"
            " he's been so quiet at work he needs it",
        ),
        # a child got dealing by older men; not cards dealt at a fundraiser
        (
            "my lil bro is 15 and some olders got him shotting in town",
            "my lil bro is 15 and his mates got him dealing cards at the casino night fundraiser",
        ),
        # a child not home for days, counted bare; not one staying at a parent's
        (
            "my lil cuz is 16 n he aint been home 4 days, phone off",
            "my lil cuz is 16 n he aint been home 4 days, he's staying at his dad's this week",
        ),
        # flames from a flat where someone lives alone and does not answer; not burnt toast
        (
            "flames coming out the flat upstairs, the old man up there lives on his own and no"
            " one's answering, I've rung 999",
            "smoke coming out of my neighbour's kitchen window again, she's burnt the toast, she"
            " lives alone so I popped round",
        ),
        # someone who has swallowed something and is drowsy; not tablets for period pains
        (
            "my friend's little sister has swallowed something at the party, she's 14 and she's"
            " drowsy and not making sense",
            "my daughter's 13 and she's taken something for her period pains, she can barely"
            " stand up in PE, can she skip the session?",
        ),
        # a housebound adult kept locked in without food; not a door locked at night
        (
            "my uncle keeps my nan locked in her room without food when he goes out drinking,"
            " she's housebound and can barely get up now",
            "My mum has dementia so we keep her front door locked at night so she doesn't wander,"
            " the carers bring her food every day",
        ),
        # bundled into a car over a debt for being brought here; not a lift and a loan for a
        # flight
        (
            "the men from the car wash bundled my cousin into a car last night, they keep saying"
            " he still owes them for bringing him over, his phone is off",
            "my flatmate's boss picked him up in the van for the Kent job, he still owes his"
            " cousin for his flight to UK, pays him back every month",
        ),
        # children flown out tonight without consent; not a question of law, nor a trip agreed
        (
            "their dad is flying the boys to Pakistan this evening without my consent, he's got"
            " their passports",
            "can my ex take the kids to Colombia for the summer without my permission? he's"
            " booked the flights",
        ),
        (
            "my husband says he's taking my daughter back to Nigeria tonight without my"
            " permission and he's been drinking",
            "my ex is taking the kids to Colombia tonight to see their grandma, I agreed and"
            " signed the letter, they're back on the 20th",
        ),
    ],
)
def test_risks_told_for_someone_or_in_passing_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # a cut gone deep that will not stop, with the blade named; not a finger shaving
        (
            "razor again tonight. this one went deeper than before and i cant make it stop",
            "sliced my finger on the razor again shaving, it went deep and i cant get it to stop",
        ),
        # cutting with the g dropped; not cutting back
        ("started cuttin my arms again last nite", "been cuttin back on sugar again, its hard"),
        # little reason left to go on; not going on about it
        (
            "Since the diagnosis I have little reason left to carry on.",
            "There's no reason to go on about it, the council has already decided.",
        ),
        # a day named as the last beside a loss; not the last on a committee
        (
            "Since mum died nothing feels right. Friday will be my last.",
            "This weekend will be my last. After ten years on the committee I have written"
            " letters of thanks to everyone.",
        ),
        # ending it now with a goodbye; not a relationship ended
        ("I'm ending it today. goodbye all x", "ending it tonight with him. bye 💔"),
        # a pet passed on and things not needed after; not a stay in hospital
        (
            "Rehomed my dog with a neighbour and I shan't need my bus pass after this month.",
            "Giving the cat to my sister while I'm in hospital, so I won't be needing the travel"
            " money after this week.",
        ),
        # all of someone else's tablets taken; not taken back to the pharmacy
        (
            "had all of my nan's sleeping tablets an hour ago, so sleepy",
            "took all of my dad's old painkillers back to the pharmacy",
        ),
        # an overdose with a hedge in it; not a box taken back
        (
            "necked basically the whole packet of co-codamol an hour ago and I feel weird",
            "i have taken like the whole box of paracetamol back to the chemist",
        ),
        # collapsed, not waking, going grey; not collapsed into bed
        (
            "my nan collapsed in the hall and she's not waking, her face is going grey",
            "my dad collapsed into bed after his night shift and is not waking up for anything",
        ),
        # a fall and no one able to lift them; not a baby fallen asleep
        (
            "Dad has fallen in the bathroom and I can't lift him on my own",
            "the baby fell asleep on me and i can't lift him without waking him",
        ),
        # chest pain across the chest and breathless; not a pulled muscle
        (
            "there's a crushing pain across her chest and she is breathless",
            "pain across my chest and down my left arm after the gym, pulled a muscle",
        ),
        # someone fitting now after something taken, or on the floor gone blue; not first-aid
        # advice or a floor being fitted
        (
            "she's had some ket and now she's having a seizure and won't stop",
            "At first aid they said if someone is having a seizure on the floor, don't put"
            " anything in their mouth",
        ),
        (
            "my brother is fitting on the kitchen floor and his lips are blue",
            "my brother is fitting the kitchen floor on saturday, new tiles and that",
        ),
        # a fit with an aside in brackets after the person, gone on five minutes
        (
            "my housemate (the one from the assembly) is fitting on the bathroom floor and it's"
            " been over 5 minutes",
            "my housemate (the one from the assembly) is fitting the new bathroom floor and it's"
            " been over 5 hours",
        ),
        (
            "my mum is having a seizure and it's been more than 5 mins",
            "if someone is having a seizure and it's been more than 5 mins call 999, that was the"
            " first aid tip",
        ),
        # a means and a last word, each said bare; not an apology for a late rope
        (
            "bridge. tonight. sorry for everything",
            "Tug of war rope is in the garage. Sorry for everything being so last minute!",
        ),
        # not gone through with it, the means still there; not a complaint not sent
        (
            "nearly went through with it, the rope is still in the shed",
            "Didn't go through with it last night, the complaint about the bins, but the letter"
            " is still on the table and I don't think I'll get through another night of their"
            " noise",
        ),
        # tablets lined up; not a week's dosette box
        (
            "the tablets are all lined up on my bed",
            "nan's tablets are lined up in her dosette box for the week",
        ),
        # a blade in the hand again; not a razor shaving
        (
            "razor in my hand again, can't stop",
            "razor blade in my hand again after shaving, nicked my chin 😞",
        ),
        # not here on a day named, with love passed on to the family; not with a reason given
        (
            "no. won't be here saturday. sorry for wasting the place. tell my mum I love her",
            "no. won't be here saturday, I'm at my sister's wedding. tell my mum I love her,"
            " she's on your table",
        ),
        # letters written and the travel money not needed after a weekend; not with a new job
        (
            "I've written my letters and I won't need the travel money after this weekend",
            "I've written my letters and I won't need the travel money after this weekend, my new"
            " job pays for a car",
        ),
        # stepping off a platform thought of as the next train comes; not off at the next stop
        (
            "tell the facilitator I won't make it tonight, stood at the end of the platform and"
            " I keep thinking of jumping forward when the next train pulls in",
            "tell the facilitator I'll be late, I'm on the train and thinking about stepping off"
            " at the next stop to grab a coffee when the next one comes",
        ),
        # "ending it" today beside a session called off; not a gym membership ended
        (
            "can you cancel my place for Saturday please. Ending it today.",
            "can you cancel my gym membership please. Ending it today.",
        ),
        # not around by then with no reason given; not with a flight booked
        (
            "sorry, take me off the list for weekend three, I will not be around by then",
            "sorry, take me off the list for weekend three, I will not be around by then as we"
            " are flying to Spain on the Thursday",
        ),
        # the writer's phone rationed by her husband; not by a toddler
        (
            "is there a late slot for the survey? the only time my husband lets me use my phone"
            " is after he's gone to bed",
            "is there a late slot for the survey? the only time my toddler lets me use my phone"
            " is after she's gone to bed",
        ),
        # seen with a man by the family, its name and a punishment; not a quiz night's rivalry
        (
            "please keep me out of the group photos, if my uncles find out I sat next to a man"
            " they said they'd punish me for shaming the family name",
            "please keep me out of the group photos, if my uncles find out I sat next to a man"
            " from the rival team they'll say I've let the family name down at quiz night",
        ),
        # tablets saved up, named in an aside; not saved for the pharmacy's returns bin
        (
            "the £5 was paracetamol, nothing to do with the session. I've been saving them up",
            "the £5 was paracetamol from the chemist, I've been saving them up for the pharmacy"
            " returns bin",
        ),
        # not here for the next one, with a loan waived; not away on holiday
        (
            "no need to pay me back for the tickets, I won't be around for the next session",
            "no need to pay me back for the tickets, I won't be around for the next session as"
            " I'm on holiday in Spain",
        ),
        # arrangements made, said bare, with a place given up; not arrangements with the team
        (
            "can someone else have my seat from weekend 3, I've sorted my arrangements. thanks"
            " for being so kind to me",
            "can someone else have my seat from weekend 3, I've sorted my arrangements with the"
            " organisers. thanks for being so kind to me",
        ),
        # a bad night if he finds out what she did; not a diet's weigh-in
        (
            "please don't post my photo, if my husband sees I went out without asking it will be"
            " a long night",
            "please don't post my photo, if my husband sees I ate cake before my weigh-in it will"
            " be a long night at slimming club lol",
        ),
        # hurt foretold from a partner's drinking; not the pub
        (
            "can't do the last weekend, I'll likely end up in A&E again, he gets nasty with a"
            " drink and it's the cup final",
            "can't do the last weekend, I'll likely end up in the pub again, he gets nasty with a"
            " drink and it's the cup final",
        ),
        # cutting again and deeper than before, played down; not budget cuts going deeper
        (
            "no sleeveless tops for me pls, cutting again and it's getting deeper each time, all"
            " under control",
            "no sleeveless tops for me pls, the council are cutting again and it's getting deeper"
            " each time, all under control",
        ),
        # half the tablets taken and drowsy now; not half the mince pies
        (
            "ignore what I said about the tablets, only swallowed most of them in the end, just"
            " feel really drowsy now",
            "ignore what I said about the tablets, only ate most of them mince pies in the end,"
            " just feel really full now",
        ),
        # on a bridge now, "having a think"; not thinking about dinner in traffic
        (
            "can't come tonight, I am stood on the bridge over the canal just having a think,"
            " sorry",
            "can't come tonight, I am stuck on the bridge in traffic having a think about what to"
            " cook, sorry",
        ),
        # not alive for what comes next, and it planned, joked or not; not a trip planned
        (
            "keep the bus fare, I won't be alive by the next weekend haha. it's all planned,"
            " honest",
            "keep the bus fare, I won't be around for the next weekend haha. it's all planned,"
            " the holiday to Crete",
        ),
        (
            "lovely to meet you all. I won't be around to see what you decide, I've made my plans"
            " for after the final weekend",
            "lovely to meet you all. I won't be around to see what you decide, I've made my plans"
            " for after the final weekend: moving abroad to be near my daughter",
        ),
        # someone else's strong painkillers saved up; not saved for the returns bin
        (
            "please stop checking in on me, I've been saving up my dad's oxycodone and my mind's"
            " made up lol",
            "please stop checking in on me, I've been saving up my dad's receipts for his tax"
            " return lol",
        ),
        # a fit timed in minutes, laughed off; not a fitter late for work
        (
            "my daughter's been fitting for 7 minutes now, never this long. sorry lol, running"
            " late",
            "my husband's been fitting the kitchen for 7 hours now, never this long. sorry lol,"
            " running late",
        ),
        # a breakdown now; not one years back and over
        (
            "access needs: I'm having a breakdown at the moment so I might need to step out",
            "access needs: I had a breakdown a few years ago, fine and well supported now, so I"
            " might need to step out",
        ),
        # in Nigerian Pidgin: not able to go on, a child fitting and not answering; not being
        # unable to come, nor a child asleep
        (
            "I no fit again, I don tire for this life, tonight I go end am",
            "I no fit come again, work don start for weekend, thank una for everything",
        ),
        (
            "abeg come quick, my pikin dey convulse and e no dey answer me",
            "abeg my pikin dey sleep, e no dey answer me because e don tire",
        ),
        # in patois: a fall and not getting up, bleeding; not a fall last year, walking well now
        (
            "mi granfada fall dung pon di stairs an him cyaan get up, him a bleed",
            "mi granfada fall dung pon di stairs last year but him walk good now",
        ),
        # a pet rehomed and nobody relying on the writer; not a pet rehomed for a new flat
        (
            "Caring: none now, rehomed the dog last week so nobody relying on me. Got things "
            "sorted for end of the month.",
            "Caring: none now, rehomed the dog last week because our new flat doesn't allow "
            "pets. Got things sorted for end of the month.",
        ),
        # a cat gone for good beside letters written; not while moving house
        (
            "the cat's gone to my sister for good, letters written, cancelled the milk",
            "the cat's gone to my sister for good while we move house, cancelled the milk",
        ),
        # the papers cancelled and the tax paid up beside nobody relying on the writer; not the
        # two errands alone
        (
            "cancelled the papers and the milk, paid up the council tax for the year. nobody "
            "relying on me now",
            "paid up the council tax for the year, easier in one go. cancelled the papers as I "
            "read them online",
        ),
        # not a burden much longer; not leaving a group chat
        (
            "Re the claim - no rush, I won't be a burden to anyone much longer",
            "Re the claim - no rush, I won't be a burden to the team much longer, leaving the "
            "group chat after this weekend",
        ),
        # not planning to be around for a weekend, said bare; not with shifts clashing
        (
            "Not planning on being around for the third weekend anyway so don't order lunch "
            "for me.",
            "Not planning on being around for the third weekend, it clashes with my shifts, so "
            "don't order lunch for me.",
        ),
        # not planning to be here past a day; not with a flight home
        (
            "send the cheque to my daughter please, not planning to be here past Friday",
            "send the cheque to my daughter please, not planning to be here past Friday as I "
            "fly to Lagos on the Saturday",
        ),
        # the payment to the estate, not here after a week; not a will being updated
        (
            "if I'm not around to collect the payment does it go to my estate? asking because "
            "I won't be, after next week",
            "if I'm not around to collect the payment does it go to my estate? asking because "
            "I'm updating my will",
        ),
        # gone by then with the funeral paid for; not gone on holiday
        (
            "no need to remind me, I'll be gone by then. funeral's all paid for and sorted",
            "no need to remind me, I'll be gone by then, on holiday in Crete. funeral's all "
            "paid for and sorted",
        ),
        # a goodbye the other did not know was the last; not before emigrating
        (
            "said goodbye to my brother at the station today, he didn't know it was the last time",
            "said goodbye to my brother at the station today, he didn't know it was the last "
            "time I'd see him before I emigrate",
        ),
        # a last day out beside a goodbye; not before an operation
        (
            "yes coming, it will be my last day out, said goodbye to the grandkids on Sunday",
            "yes coming, it will be my last day out before my hip op, said goodbye to the "
            "grandkids on Sunday",
        ),
        # not waiting for the end of an illness, it arranged; not the end of a football season
        (
            "they're giving me months. I'm not hanging on till the end, I've got it all arranged",
            "they're giving me months. I'm not hanging on till the end of the season to see "
            "Spurs, I've got it all arranged",
        ),
        # the writer's things given away as not needed; not on retiring
        (
            "gave my nephew my guitar and my records, told him I won't need them any more",
            "gave my nephew my guitar and my records, told him I won't need them now I've retired",
        ),
        # letters written and a bare day; not letters to the council
        (
            "sorry to be a bother. I've written my letters. Sunday probably.",
            "sorry to be a bother. I've written my letters to the council. Sunday probably.",
        ),
        # a last time before going through with it; not before surgery
        (
            "good to see everyone one last time before I go through with it",
            "good to see everyone one last time before I go through with it, the surgery is Monday",
        ),
        # tonight decided on, a voucher not collected; not the night of a proposal
        (
            "tell everyone I appreciated it all, I won't be collecting the voucher, I've "
            "decided tonight is the night",
            "tell everyone I appreciated it all, I won't be collecting the voucher, I've "
            "decided tonight is the night I propose",
        ),
        # an account not used after a week, said bare; not switching banks
        (
            "won't be using that bank account after this week. don't save the details",
            "won't be using that bank account after this week, switching to Monzo, so don't "
            "save the details",
        ),
        # a gun licence not for the sport, "enough said"; not just for the clays
        (
            "got my shotgun licence back. not for the clays this time. enough said.",
            "got my shotgun licence back. not for the pheasants this time, just the clays at "
            "the club.",
        ),
        # a will sorted and a date set, all in order; not a will made with a solicitor at the
        # writer's age
        (
            "sorted my will and I've set the date, everything's in order now",
            "made my will with the solicitor at my age, everything's in order now",
        ),
        # a hose taped to the exhaust; not a hosepipe bought for the allotment
        (
            "I've got a hosepipe taped to the exhaust now. Sorry I won't be there.",
            "I've got a new hosepipe for the allotment now. Sorry I'll be late.",
        ),
        # the hose and the garage got ready; not for the car wash fundraiser
        (
            "last session for me, the hose and the garage are sorted for friday",
            "last session for me, the hose and the garage are sorted for the car wash fundraiser",
        ),
        # sat in the car in a shut garage with the engine on; not warming it up on a frosty
        # morning
        (
            "been sitting in my car in the garage, engine on, doors locked, building up to it",
            "frosty morning so I've been sitting in my car with the engine on, doors locked, till"
            " it warms up",
        ),
        # a multi-storey's top gone up to every night, trying to decide; not for the sunset photos
        (
            "I keep going up to the top of the multi storey every night trying to decide",
            "I keep going up to the top of the multi storey every night to photograph the sunset",
        ),
        # a canal gone to every night, thinking about it; not a run working up to a 10k
        (
            "honestly I've been down at the canal every night for weeks thinking about it.",
            "honestly I've been running down at the canal every night for weeks, working up to"
            " the 10k.",
        ),
        # a platform stood on, letting trains go past, trying to decide; not trains watched for
        # a hobby
        (
            "been standing on the platform at Highams Park most evenings letting the trains go"
            " past, trying to decide",
            "been standing on the platform at Highams Park most evenings watching the trains go"
            " past, logging the numbers",
        ),
        # the tracks "calling me"; not the river calling for a kayak trip
        (
            "the tracks have been calling me for a while now",
            "the river's been calling me for a while now, can't wait to get the kayak out",
        ),
        # walking into the sea tonight; not round the reservoir for a walk
        (
            "going to walk into the lake tonight, sorry for the short notice about saturday",
            "going to walk round the lake tonight, sorry for the short notice about saturday",
        ),
        # not coming down from a multi-storey next time; not the stairs swapped for the lift
        (
            "been up the top of the car park a couple of times. next time I won't come down",
            "been up the top of the car park a couple of times. next time I won't come down the"
            " stairs, the lift is quicker",
        ),
        # the family told one place, the bridge gone to instead; not the railway museum
        (
            "told everyone I'm at work Monday but I'm going to the bridge instead.",
            "told everyone I'm at work Monday but I'm going to the railway museum instead.",
        ),
        # sat with a loaded rifle, the family better off without; not a gun cleaned for a shoot
        (
            "been sitting in the barn with the rifle loaded, they'd be better off with the"
            " insurance",
            "been sitting in the barn with the rifle, cleaning it for the clay shoot, they'd be"
            " better off with a new trap",
        ),
        # a beam looked at and weighed for the writer's weight; not a beam in a loft conversion
        (
            "wondering if the beam in the loft would take my weight",
            "keep looking at the beam in the loft conversion, the builder says it's sagging",
        ),
        # a belt practised with at night, or a rope tried round the neck; not a belt for trousers
        (
            "I've been practising with my belt in the evenings. Nobody knows.",
            "I've been practising with my belt on the new trousers, need another notch. Nobody"
            " knows.",
        ),
        (
            "tried the rope round my neck last night",
            "tried the scarf round my neck last night, too warm for it",
        ),
        # a blade sharpened "not for the kitchen"; not a knife sharpened for Sunday lunch
        (
            "sharpened the blade last night, it's not for the kitchen",
            "sharpened the carving knife last night for Sunday lunch",
        ),
        # tablets doubled up on deliberately; not a dose the GP raised
        (
            "been doubling up on my blood pressure tablets deliberately",
            "been doubling up on my blood pressure tablets because the GP said to",
        ),
        # tablets stockpiled and not taken, or enough oxycodone saved; not a dosette box
        (
            "I've been stockpiling my sleeping tablets and not taking them",
            "I've been keeping my sleeping tablets in a dosette box and taking them every night",
        ),
        (
            "been saving up enough of mum's oxycodone",
            "been saving up enough of mum's oxycodone to last till the pharmacy opens on Tuesday",
        ),
        # "swallowed the lot" as its own sentence; not the cakes
        (
            "swallowed the lot 20 mins ago. bye",
            "the kids swallowed the lot of cakes 20 mins ago. bye",
        ),
        # kicked by someone; not "she's kicked off" over the dinner
        (
            "my son is kicked at school every day by the same lads",
            "she's kicked off again cos I forgot to defrost the chicken lol",
        ),
        # stabbed in a year named and after him again; not a family changed by it, told as past
        (
            "my cousin got stabbed in 2015 and now the same lads are after him again",
            "my cousin got stabbed in 2015 and it changed our family, glad it's talked about",
        ),
        # rather be dead than live like this, even laughed off; not the karaoke video laughed off
        (
            "id rather be dead than live like this lol",
            "some guy filmed me murdering Wonderwall at karaoke, id rather be dead than have the"
            " wife see it lol",
        ),
        # thrown under the bus at a stop; not jumping off the bus there to walk up
        (
            "I'm going to throw myself under the bus at Walthamstow Central",
            "I'm going to jump off the bus at Walthamstow Central and walk up",
        ),
        # a mate going to jump off the multi-storey; not jumping off the bus at it for his car
        (
            "my mate said at the break he's going to jump off the multi-storey after this",
            "my mate said at the break he's going to jump off at the multi-storey after this, his"
            " car's there",
        ),
        # sleeping in the car tonight, locked out; not a night in the car on a fishing trip
        (
            "sleeping in the car tonight, she changed the locks, early start",
            "sleeping in the car tonight haha, fishing trip, early start",
        ),
        # a drunk dad laying into mum and the writer's brother; not laying into a wedding buffet
        (
            "old man's drunk again and laying into mum and my little brother, I'm in my room",
            "old man's drunk again at the wedding and laying into the buffet, I'm in my room at"
            " the hotel",
        ),
        # the people owed found him and said he's done; not found him a payment plan
        (
            "the people I owed have found me, they said I'm done this weekend",
            "the people I owed have found me a payment plan, they said I'm done paying by this"
            " weekend",
        ),
        # the boots hung up with the rope in the garage; not retiring with a tow rope lent out
        (
            "I'm hanging the boots up after this, like properly, rope's in the garage",
            "I'm hanging the boots up after this season, the tow rope's in the garage if you need"
            " it for the trailer",
        ),
        # a shotgun got down after the job and the wife went; not got down for the clay shoot
        (
            "lost the job, missus gone. got dad's old shotgun down from the loft earlier. just"
            " thinking.",
            "rough week. got dad's old shotgun down from the loft earlier for the clay shoot on"
            " sunday",
        ),
        # men in balaclavas outside the block asking for him by name; not a stag do's fancy dress
        (
            "these men are outside my block in balaclavas asking for me by name, can't come out",
            "the lads are outside my block with balaclavas asking for me by name, stag do's bank"
            " robber fancy dress",
        ),
        # the casino had everything, easier if not here; not a bet on the match and the quiz
        (
            "the online casino's had everything incl the mortgage money. easier all round if I'm"
            " just not here",
            "lost a tenner betting on the match, everything's gone wrong, easier all round if I'm"
            " just not here for the quiz on friday",
        ),
        # a coach takes lads to his flat and says not to tell; not the team sheet kept quiet
        (
            "coach took me and 2 other lads back to his flat for extra training again, says we"
            " can't tell anyone",
            "coach took me and 2 other lads back to his house to get the kit, says we can't tell"
            " anyone the team sheet",
        ),
        # a hosepipe in the boot, trying to decide; not deciding which garden centre
        (
            "been sat in the car with a hosepipe in the boot all afternoon trying to decide",
            "been sat in the car with a hosepipe in the boot all afternoon trying to decide which"
            " garden centre",
        ),
        # a son's pictures held for money by midnight; not the school photographer's prints
        (
            "a girl online got pics off my 15 yr old and says send £500 by midnight or she sends"
            " them to his whole school",
            "the school photographer got pics of my 15 yr old and says send £12 by friday or she"
            " sends them to his whole school in the yearbook",
        ),
        # a drunk partner driving off with the daughter after smashing the flat; not the
        # designated driver with the writer the one drinking
        (
            "she's smashed up the flat, said I'll never see my daughter again, she's driving off"
            " with her now and she's been drinking all day",
            "had a row about the sat nav, she took the car keys and is driving off with our"
            " daughter now, she's the designated driver so I've been drinking all day",
        ),
        # a crowd throwing things at the hotel saying they'll come in; not confetti at a wedding
        (
            "there's a crowd outside the hotel again throwing stuff at the windows, they keep"
            " saying they will come in",
            "there's a crowd outside the hotel again throwing confetti at the windows for the"
            " wedding, they keep saying they will come in for photos",
        ),
        # jumping before being flown back; not a warm-up before going back to the gym
        (
            "they're taking me to the airport tomorrow 6am. i will jump before i go back",
            "i will jump before i go back to the gym, skipping rope is the warm up",
        ),
        # a man with a knife at the door; not room service with a knife and fork
        (
            "help. man at hotel have knife. my door.",
            "room service: man at hotel have knife and fork for my door at 7",
        ),
        # a beating long past with him in prison now; not when he is out and back now
        (
            "my ex used to hit me but that was 10 years ago, he got out of prison last month and"
            " he's outside my flat now",
            "Rate today 5. my ex used to beat me but that was 12 years ago and he's in prison"
            " now, I'm safe and happy to talk about it",
        ),
        # an overdose at 19 with years well since; not when the thoughts are back
        (
            "When I was 19 I took an overdose. I've been well for years but it's come back and"
            " I've got the tablets here tonight",
            "When I was 17 I took an overdose. I've been well for years now, I'd like to join the"
            " mental health table",
        ),
        # a knife pulled years ago and the man sent down; not when he is out and after the writer
        (
            "I had a knife pulled on me in 2015, guy got sent down but he's out now and he's been"
            " outside my house again with it",
            "fyi I had a knife pulled on me in 2016, police dealt with it, guy got sent down."
            " still keen to join the table",
        ),
        # a husband in a drama locking her in; not the writer's own husband doing it tonight
        (
            "Just watched that drama where the husband locks her in the bedroom, my husband"
            " locked me in the bedroom tonight and took my phone",
            "Watched that film on channel 4 where the boyfriend takes her phone and locks her in"
            " the flat, grim",
        ),
        # a push down the stairs decades ago and left the same year; not when he is back
        (
            "my husband pushed me down the stairs in 1998, I left him the same year but he found"
            " me again and he's at the door",
            "my husband pushed me down the stairs in 2001, I left him that year. happy to speak"
            " at the victims session",
        ),
        # a threat last year with the man convicted; not when he threatens the writer again
        (
            "the man who threatened me at the station last year was convicted but he's back and"
            " threatened me again today",
            "the man who threatened me at the bus stop last year was convicted in May, got the"
            " letter today, happy to join the table",
        ),
        # a daughter missing with older men at 15 and grown now; not when she is gone again
        (
            "my daughter went missing for 2 days when she was 15 and was with older men. She's"
            " gone again now and not answering",
            "my daughter went missing for 3 days when she was 14 and was with older men. She's 22"
            " now and doing great.",
        ),
        # a friend raped twenty years ago; not when it happened to a friend last night
        (
            "A friend of mine was raped at a party last night and she's scared to go to the police",
            "A friend of mine was raped at a party at uni, 15 years ago now, and the police were"
            " useless.",
        ),
        # what would happen if the police were told, asked hypothetically; not when it is real now
        (
            "What would happen if I told the police my neighbour had threatened me? Not"
            " hypothetical, he said he'll come round tonight",
            "Hypothetically, what would happen if I reported my neighbour for threatening me?"
            " Would they tell him it was me?",
        ),
        # what a first aid course taught; not when someone has overdosed now
        (
            "I did a first aid course so I know what to do, but my flatmate has overdosed and"
            " won't wake up",
            "I did first aid training at work so I know what to do if someone has overdosed or is"
            " having a fit",
        ),
        # wanting to die laughed off after a long shift; not when it is meant
        (
            "just finished a 16 hour shift, I want to die, not joking, I've got the tablets ready",
            "just finished a 12 hour shift, I want to die lol, bed",
        ),
        # wanting to die laughed off beside not sleeping; not beside bed after a long shift
        (
            "cant sleep, i want to die lol",
            "long shift, i want to die lol, bed",
        ),
        # a finger hanging off with blood everywhere; not a scene in a horror film
        (
            "the saw slipped and my dad's finger is hanging off, blood everywhere",
            "we watched a horror film where the guy's finger is hanging off, blood everywhere,"
            " kids loved it",
        ),
        # stabbed with the blood pumping out; not a stabbing last year with him fine now
        (
            "my mate's been stabbed in the leg outside the pub and the blood is pumping out",
            "my mate got stabbed in the leg at the pub last year, blood everywhere, he's ok now",
        ),
        # a hip broken in a fall with nobody about as it gets dark; not a fall years ago
        (
            "my nan fell in the snow in the back lane, she says her hip is broken, there's"
            " nobody about and it's getting dark",
            "my nan fell in the snow years ago and broke her hip, there was nobody about and it"
            " was getting dark",
        ),
        # everything lost, sat in the car in the garage, engine running; not outside a bank
        (
            "lost all our savings on the casino app, can't face her, sitting in the car in the"
            " garage with the engine running",
            "lost all our savings on the casino app, sitting in the car outside the bank with"
            " the engine running waiting for my wife",
        ),
        # a stranger taking a crying lost child by the hand to lead him off; not a steward
        (
            "a little boy at the fair is crying for his dad and a woman I don't know keeps"
            " trying to grab his hand and lead him off",
            "a little boy at the fair was crying for his dad and a steward took his hand and"
            " walked him off to the information tent",
        ),
        # drunk and soaked, lying down outside cold and tired; not on the sofa
        (
            "my friend was drunk and soaked through after the match, now he's lying down on the"
            " pavement saying he's cold and tired",
            "my friend was soaked through after the match, now he's lying down on the sofa, cold"
            " and tired",
        ),
        # confused and a fit in this heat; not a fit of the giggles
        (
            "laying slabs in this heat and my labourer's gone confused and had a fit, we're out"
            " in the yard",
            "laying slabs in this heat and my labourer had a fit of the giggles when the radio"
            " came on",
        ),
        # no heating in a freeze and a child gasping for breath; not the asthma nurse's advice
        (
            "no heating since the boiler packed up, it's minus 3 out, my 6 year old is gasping"
            " and can't get her breath",
            "no heating since the boiler packed up, it's minus 3 out, my 6 year old's asthma"
            " nurse says keep her room warm",
        ),
        # a girl "getting the special cut" on a visit to family; not a special haircut
        (
            "my niece (9) says she's getting the special cut when they go to stay with her nani"
            " next month",
            "my niece (9) says she's getting the special haircut when they go to stay with her"
            " nani next month",
        ),
        # a fast used as an excuse to skip meals, fainting; not skipping dessert
        (
            "my daughter is using lent as an excuse to skip meals, she's passed out twice today"
            " and her heart is pounding",
            "my daughter is using lent as an excuse to skip dessert, she nearly passed out"
            " laughing at the panto today",
        ),
        # a child collected by a man in a van, a new phone, gone again; not a taxi
        (
            "my 14 year old keeps going to mates I've never met, a bloke in a van collects her,"
            " she came home with a new phone and she's gone again tonight",
            "my 14 year old keeps going to mates I've never met, a taxi collects her, she came"
            " home with a new phone and she's gone again tonight",
        ),
        # a boy gone under in a reservoir and not come back up; not one who popped straight up
        (
            "kids swimming in the lake after the fete, my nephew went under ages ago and hasn't"
            " come back up",
            "kids swimming in the lake after the fete, my nephew went under and came straight"
            " back up laughing",
        ),
        # a heater burning all night, headaches and someone passed out; not everyone cosy
        (
            "the paraffin heater has been on in the caravan all night, we all feel sick and my"
            " mum has collapsed",
            "the paraffin heater has been on in the caravan all night, we all feel cosy and my"
            " mum has dozed off",
        ),
        # a sari caught fire and the skin badly burnt; not put out with no mark on the skin
        (
            "at the mela my aunty's sari caught fire off a candle, her back is badly burnt and"
            " the skin is coming off",
            "at the mela my aunty's sari caught fire off a candle, we put it out at once, no"
            " marks at all, just a scorch on the silk",
        ),
        # fallen into a bonfire with the legs burnt bad; not into the mud beside it
        (
            "fireworks at the park, a boy tripped into the bonfire and his legs are burnt bad",
            "fireworks at the park, a boy tripped into the mud by the bonfire and his legs are"
            " filthy",
        ),
        # an old man stopped making sense in this heatwave; not flopped on the sofa for a nap
        (
            "my grandad is 84 and would not stop gardening in this heatwave, now he has stopped"
            " making sense",
            "my gran is 80 and kept fasting in this heat, she is tired and just collapsed on the"
            " sofa for a nap before iftar",
        ),
        # ending it after a day to come, decided and sorted; not a gym contract ended then
        (
            "rate today 1-5? 1. since my husband died nothing matters, I've made my mind up, I'm"
            " ending it after my birthday, thanks for everything",
            "rate today 1-5? 4. my gym contract is up, I've made my mind up, I'm ending it after"
            " my birthday, all sorted",
        ),
        # a threat to get her tonight; not a dad who will get her a new phone
        (
            "my ex says he will get me tonight after the session, I'm scared to go home",
            "my dad says he will get me a new phone after the session, can't wait",
        ),
        # a threat to sort him out; not a brother sorting out a lift
        (
            "he texted that he'll sort me out when he finds me",
            "my brother says he will sort me out with a lift on saturday",
        ),
        # a lesson as a punishment; not a recipe or driving taught
        (
            "my husband says he'll teach me a lesson when the guests go",
            "my husband says he'll teach me the recipe when the guests go",
        ),
        # a young person writing of a man met online who wants to meet tonight; not a cousin
        (
            "i'm 15 and a guy i met on snapchat wants to meet me tonight, said not to tell anyone",
            "i'm 15 and my cousin i play fortnite with wants to meet me at the assembly",
        ),
        # a girl of nine who says she is touched at night; not one who touches her toes
        (
            "my niece is 9 and says her mum's boyfriend touches her at night",
            "my niece is 9 and touches her toes every morning before school",
        ),
        # a blade carried and cutting in the loos; not a blade for the craft table
        (
            "cant go in to the session. got a razor in my bag and been cutting in the loos"
            " again, sorry",
            "cant go in to the session yet. got a blade in my bag for the craft table and"
            " been cutting out bunting in the loos, sorry",
        ),
        # everything in the medicine cupboard taken with someone told; not a cupboard emptied
        (
            "took everything in the bathroom cabinet. just needed someone to know, not your fault",
            "took everything in the bathroom cabinet out for the tilers. just needed someone"
            " to know why I'm late",
        ),
        # at the bridge again and doing it this time; not a charity abseil
        (
            "on the bridge again tonight. this time i will do it. sorry mum",
            "on the bridge again for the charity abseil. this time i will do it in fancy"
            " dress, sorry for the posts",
        ),
        # going to jump once home on the worst day; not jumping in the bath
        (
            "worst day ever. going to jump when i get in",
            "worst day ever. going to jump in the bath when i get in",
        ),
        # chased by lads with a machete who are still close; not a clown in a scare maze
        (
            "left the chicken shop and three lads chased me with a machete, i am hiding in a bin"
            " shed and they are still on the estate",
            "in the scare maze at thorpe park a clown chased me with a chainsaw and a knife, they"
            " are still about so i am hiding behind my mate",
        ),
        # made to hold packages by boys who know where the family lives; not shopping carried
        (
            "the older boys make me hold packages for them after school and they sent me photos"
            " of our front door, they know where my nan lives",
            "my uncles make me carry the shopping bags for them now, they showed me a video of"
            " their new house in Lagos",
        ),
        # touched by a supervisor who says next time he will not stop; not grabbed for a count
        (
            "my supervisor keeps touching me when we close up and last night he said next time he"
            " is not going to stop, i am closing with him tonight",
            "my supervisor keeps grabbing me for the stock count when we close up and last night"
            " he said next time he will let me do it alone, i am closing with him tonight",
        ),
        # the car taken tonight and steered into a tree; not a learner afraid of doing it
        (
            "getting the car keys off dad tonight and steering it straight into a tree, sorry"
            " everyone",
            "getting the car keys off dad tonight for my first drive, he is scared i will end up"
            " steering it straight into a tree",
        ),
        # shut in after texting goodbye and not answering; not shut in to binge a series
        (
            "my housemate has locked himself in his room and sent the group chat 'bye everyone,"
            " sorry for everything', he won't open the door",
            "my housemate has locked himself in his room to binge the new series and sent the"
            " group chat 'bye everyone' lol, he won't open the door",
        ),
        # something taken and fitting with froth at the mouth; not froth at a foam party
        (
            "my boyfriend took some pills at the festival and he's fitting on the grass,"
            " frothing at the mouth, please help",
            "my boyfriend took some pills for his hay fever at the festival and now he's on the"
            " floor at the foam party, covered in froth",
        ),
        # burning up after pills and not making sense; not sunburn at a day party
        (
            "she took a pill at the rave and she's boiling hot to the touch, talking nonsense and"
            " can't stand up",
            "she took a day off for the rave and got sunburnt, her skin is boiling hot to the"
            " touch, talking nonsense about aloe vera",
        ),
        # out cold after the drink, gurgling and not waking; not a hangover next morning
        (
            "my flatmate downed half a bottle of tequila and she's out cold, making a choking"
            " sound, we can't wake her",
            "my flatmate downed half a bottle of tequila and was out cold making a choking"
            " sound of a snore, we can't wake her this morning, proper hungover",
        ),
        # a friend left behind, not answering, her location moving away in a car; not the Uber
        (
            "we lost my sister at the festival and she's not answering, her find my shows her"
            " in a car going away fast down the motorway",
            "we lost my sister at the festival and she's not answering, her find my shows her"
            " in a car going home, must be the uber",
        ),
        # pushed in the canal and cannot really swim; not thrown in with armbands and all fine
        (
            "my mate got thrown in the lake at the stag do and he can't really swim, everyone's"
            " just laughing",
            "my mate got thrown in the lake at the stag do, he can't really swim so he wore"
            " armbands, we got him out in seconds and everyone is fine",
        ),
        # an asthma attack with the inhaler run out and no breath to talk; not last year's
        (
            "my girlfriend is having a bad asthma attack on the tube, her inhaler has run out and"
            " she can't speak",
            "my girlfriend had a bad asthma attack on the tube last year, her inhaler had run"
            " out and she couldn't speak, now she always carries a spare",
        ),
        # made to sell herself by a man who takes the money; not an interview coach
        (
            "her older boyfriend is forcing her to sleep with men, he books the guys online and"
            " keeps all the money",
            "her careers coach is forcing her to sell herself at interviews, he books the mock"
            " panels online and keeps all the money",
        ),
        # kept at a flat and not let go; not kept in hospital overnight
        (
            "my little sister is being kept at a flat in croydon by some older boys and they"
            " won't let her go home",
            "my little sister is being kept at a ward in croydon hospital by the nurses and they"
            " won't let her go home till morning",
        ),
        # a rope ready and no one to miss the writer; not climbing ropes packed
        (
            "i've got a rope now, nobody would even notice i'm gone",
            "i've got a rope now for the climbing wall, nobody would even notice i'm gone for"
            " an hour",
        ),
        # a driver gone off the route with the doors locked; not a detour round roadworks
        (
            "the cab driver has gone off the route and locked us in, he won't say where we're"
            " going",
            "the cab driver has gone off the route because of roadworks and locked the doors"
            " like they do, we'll be late",
        ),
        # shut in after a goodbye with the door not opened; not the writer who won't open the rota
        (
            "my flatmate shut herself in the kitchen and sent 'bye everyone' to the group chat,"
            " she won't open the door",
            "my flatmates shut themselves in the kitchen and sent 'bye everyone' to the group"
            " chat because i won't open the bin rota",
        ),
        # dark memes about a bridge said to be no joke now; not memes before exams with all fine
        (
            "our group chat is all dark memes about jumping off a bridge but it's not a joke"
            " for me anymore, i went and stood on it last night",
            "our group chat is all dark memes about jumping off a bridge before the exams,"
            " we're all fine, exams finish friday",
        ),
        # homeless last year with a council flat now, told as over; not homeless again tonight
        (
            "last year i was homeless and sofa surfed, now i've got a council flat but he"
            " changed the locks and i'm homeless again tonight",
            "last year i was homeless and sofa surfed, now i've got a council flat and i'd like"
            " to talk about housing",
        ),
        # hit by an ex years ago, why the member cares about policing; not when he has found her
        (
            "years ago my ex used to hit me, it's why i care about policing, but he's found me"
            " again and turned up last night",
            "years ago my ex used to hit me, i got out and it's why i care about policing,"
            " happy to share at my table",
        ),
        # a jump off a bridge with no way on; not "I could jump off a bridge, I'm so happy"
        (
            "i could jump off a bridge, i am so tired of all of this",
            "i could jump off a bridge i'm so happy we won",
        ),
        # the same, said tonight; not so happy after the cup final
        (
            "so tired i could jump off a bridge tonight and no one would care",
            "so happy i could jump off a bridge, we won the cup!!",
        ),
        # the same from a roof; not a roof jumped off with joy at a new job
        (
            "i could jump off the roof, nobody would even notice",
            "i could jump off the roof with joy, got the job",
        ),
        # the same from a building; not that excited about the tickets
        (
            "i could jump off a building right now, i can't take any more",
            "im that excited i could jump off a building haha, tickets booked",
        ),
        # thinking of jumping at the platform; not jumping for joy when the results come
        (
            "i keep thinking about jumping at the platform",
            "i'm going to jump for joy on the platform when the results come in",
        ),
        # the same off a train; not jumping for joy off the train home after the win
        (
            "going to jump from the train on the bridge on the way home, sorry",
            "going to jump for joy when i get off the train tonight, we won!!",
        ),
        # the same from a roof; not jumping for joy on the roof terrace of the new flat
        (
            "i want to jump from the roof, can't do this anymore",
            "i want to jump for joy from the roof terrace, finally got the flat",
        ),
        # the car left running in the garage with a goodbye; not a new starter motor that works
        (
            "nobody needs me any more, i'm not enough for anyone. the car's running in the garage."
            " goodbye",
            "the car's running in the garage at last, new starter motor. sorry I was late",
        ),
        # a plan to drive into something, the kids better off; not a drive into town for a treat
        (
            "the kids are better off without me. after the school run I'm going to drive into"
            " something",
            "after the school run I'm going to drive into town for something nice",
        ),
        # the dead heard calling the writer to them on a bridge; not a mother's voice remembered
        (
            "since mum died I hear her calling me to come to her. I'm standing on the bridge now",
            "since mum died I hear her telling me to wrap up warm. I'm standing at the platform at"
            " Walthamstow Central, train's late",
        ),
        # no heat and days in bed in a coat unfed; not the gas off while a boiler is fitted
        (
            "they've cut off my electric, the flat is freezing, I've been in bed in my coat 2 days"
            " and not eaten",
            "they cut off the gas while the boiler was being fitted, 2 days in a coat, haven't"
            " eaten out all week lol",
        ),
        # a stabbing long ago a session brought back, with another now; not felt better after
        (
            "i cried when we talked about knife crime, my cousin was stabbed years ago and now his"
            " brother's been stabbed too, i'm scared",
            "i cried when we talked about knife crime, my cousin was stabbed years ago. i felt"
            " better after",
        ),
        # a father's suicide long ago with the dark place back; not the writer well supported now
        (
            "after dad killed himself when i was 19 i was in a dark place for years. it's come back"
            " and i've got his pills",
            "after dad killed himself when i was 19 i was in a dark place for years. i'm 40 now and"
            " well supported",
        ),
        # pain from the belly button to low on the right with sickness; not period pain
        (
            "sorry cant make thursday, my son has pain that started round his belly button and"
            " has moved low down on the right, he is being sick and cannot stand up straight",
            "sorry cant make thursday, period pain started round my belly button and is low down"
            " on the right, been sick all morning, usual for me",
        ),
        # weeks pregnant, a one-sided stabbing pain and the shoulder tip; not a stitch in the heat
        (
            "can i miss the session, she is 7 weeks pregnant with a stabbing pain on her right"
            " side and keeps nearly fainting, now her shoulder tip aches",
            "can i miss the session, i am 7 weeks pregnant and had a stabbing pain on my right"
            " side from a stitch after the walk, nearly fainting in the heat",
        ),
        # a fit over and not coming round, lips blue; not a managed fit come round from
        (
            "my brother had a seizure on the kitchen floor, it has stopped but he still will not"
            " come round and his lips have gone blue",
            "my brother has epilepsy, had a seizure on the kitchen floor, it has stopped and he"
            " came round after a minute, his lips were a bit blue",
        ),
        # a bite with a red streak up the arm and shivers; not a bite healing in the wind
        (
            "my daughter got bitten by the neighbour's cat, now there is a red streak running up"
            " her arm and she is hot and cold and shivering",
            "my daughter got bitten by the neighbour's cat, the bite is healing nicely though"
            " there was a red streak running up her arm, she is shivering in this wind",
        ),
        # a seizure going on over ten minutes; not a fit about a carpet being fitted
        (
            "one of the residents went into a seizure in the lounge and has been fitting for"
            " over ten minutes, what do i do",
            "one of the residents will have a fit about the lounge, the new carpet man has been"
            " fitting it for over ten minutes, what do i do",
        ),
        # someone with dementia out in the snow in a dressing gown; not out with the carer
        (
            "my grandad has dementia and went out into the snow in his dressing gown, no coat,"
            " he is been gone an hour",
            "my grandad has dementia and went out into the snow in his dressing gown with his"
            " carer to feed the birds, he is been gone an hour",
        ),
        # sickle cell with chest pain and no breath now; not a crisis that has settled
        (
            "my friend has sickle cell, she is in agony, pain in her chest and she can not catch"
            " her breath, temperature is high",
            "my friend has sickle cell, she was in agony with pain in her chest and temperature"
            " is high but it has settled, see you thursday",
        ),
        # an electric shock off a socket, thrown and the heart skipping; not the electric bill
        (
            "my son got an electric shock off the socket and was thrown back across the room,"
            " his heart is skipping",
            "my son got a massive shock when the electric bill came, thrown back by the price,"
            " his heart is skipping",
        ),
        # a child hard to wake, a stiff neck, the light hurting; not a stiff neck from a nap
        (
            "my daughter has been asleep all afternoon, i can not wake her properly, stiff neck"
            " and she can not stand the light",
            "my daughter has been asleep all afternoon after the sleepover, stiff neck from the"
            " coach, i can not wake her properly and she can not stand the light",
        ),
        # a mouth drooping on one side with the words jumbled; not numb from the dentist
        (
            "come quick, mum is not right, her mouth is drooping on one side and her words are"
            " all jumbled",
            "mum is fine, her mouth is drooping on one side from the dentist and her words are"
            " all jumbled till it wears off",
        ),
        # a diabetic clammy and talking nonsense, refusing the juice; not after a sauna
        (
            "my wife is type 1, she is clammy and talking nonsense and refuses the juice i keep"
            " giving her",
            "my wife is type 1, she is clammy and talking nonsense after the sauna, refuses the"
            " juice as her sugars are fine",
        ),
        # dots that do not fade under a rolled glass; not dots that faded
        (
            "my daughter is hot and there are tiny red dots on her legs, i rolled a glass over"
            " them and they do not fade",
            "my daughter is hot and there are tiny red dots on her legs, i rolled a glass over"
            " them and they faded",
        ),
        # a battery swallowed by a toddler; not a remote taped shut against him
        (
            "toddler swallowed a battery from the tv remote i think, 5 minutes ago, acting"
            " normal though",
            "toddler keeps trying to get the battery out of the tv remote, so i have taped the"
            " cover shut",
        ),
        # a bumped head, then sick twice and drowsy; not scanned and sick from a bug
        (
            "my girl bumped her head on the swing, she has thrown up twice and is drowsy and"
            " does not know where she is",
            "my girl bumped her head on the swing, a and e did a scan, she has thrown up twice"
            " from a bug and is drowsy",
        ),
        # a broken boiler with hands like ice and muddled; not warmed up and muddled by a button
        (
            "nan's boiler is broken, her hands are like ice and she is muddled and slurring",
            "nan's boiler is broken, her hands are like ice, we warmed her up and she is muddled"
            " about which button to press",
        ),
        # no sweat, hot dry skin and collapsed in a heatwave; not sunburn and down the pub
        (
            "in this heatwave my dad has stopped sweating, skin hot and dry, and he has collapsed"
            " in the garden",
            "in this heatwave my dad has sunburn, skin hot and dry, and he has gone down the pub"
            " in the garden",
        ),
        # a fall with the forehead pouring on warfarin; not a fall with no blood
        (
            "mum tripped on the stairs and her forehead is pouring, she is on warfarin",
            "mum tripped on the stairs, no blood and not a mark on her forehead, she is on"
            " warfarin so we are keeping an eye",
        ),
        # a bottle drunk, not waking and vomited; not a hangover before lectures
        (
            "my flatmate drank a bottle of tequila, now she can not wake and has vomited in her"
            " bed",
            "my flatmate drank a bottle of tequila, she will not wake for her lectures and has"
            " vomited, hangover from hell",
        ),
        # diarrhoea, dry nappies and floppy with no tears; not dry nappies from potty training
        (
            "my baby has had diarrhoea since saturday, her nappies have been dry all day and she"
            " is floppy with no tears",
            "my toddler has been potty training since saturday, her nappies have been dry all"
            " day and she is so sleepy",
        ),
        # a cut leg spurting through a soaked bandage; not a cake cut and tunes pumping out
        (
            "my son cut his leg on the glass door and blood is spurting out, the bandage is"
            " soaked right through",
            "my son cut the cake, the speaker is pumping out tunes and the tea towel is soaked"
            " right through from the spilt drinks",
        ),
        # the writer's heart racing with passing out and a pulse of 200; not a crush at a gig
        (
            "i am on the sofa, my heart is racing and i keep passing out, my pulse is 200",
            "my heart is racing at the gig, i keep passing out every time he looks at me lol",
        ),
        # took something at a party, boiling, heart racing; not a remedy for a cold
        (
            "my flatmate took some pills at the festival, he is burning up and his heart is"
            " racing, he is talking gibberish",
            "my flatmate took some pills for his cold, he is burning up in this heatwave and his"
            " heart is racing after the stairs",
        ),
        # croup with a squeak on every breath in at rest; not a squeak only when crying
        (
            "my 2 year old has croup and a whistling sound every time she breathes in, even"
            " lying still, and she is dribbling",
            "my 2 year old has croup and a whistling sound every time she breathes in, only when"
            " she cries, and she is dribbling from teething",
        ),
        # a bone through the skin after a fall, gone grey; not a doll's leg bent backwards
        (
            "my daughter came off her scooter, there is bone sticking out of her shin and she"
            " has gone grey",
            "my daughter sat on her doll, its leg is bent backwards and she has gone quiet and"
            " sulky",
        ),
        # a man collapsed at the post office who may not be breathing; not a cake collapsed
        (
            "a man in the queue at the post office has collapsed, not sure if he is breathing"
            " and nobody is doing anything",
            "the sponge cake collapsed at the village show, not sure if he is breathing easy"
            " about the judging",
        ),
        # a baby of weeks with a fever who will not feed; not a nursery's temperature
        (
            "our son is 3 weeks old, he feels burning up and he is not taking his bottle at all",
            "our son is 3 weeks old, the nursery temperature is 19 and he is not waking at night"
            " any more",
        ),
        # stung and the tongue swelling; not a sting that went down
        (
            "she got stung by a hornet in the park and now her tongue is swelling and she is"
            " wheezing",
            "she got stung by a hornet in the park last summer and her lips swelled, it went"
            " down with cream",
        ),
        # someone old in a heatwave, very hot and confused; not hot and bothered
        (
            "grandad is 92, he has been in the conservatory in the heatwave, he is burning hot"
            " and confused and cannot stand up",
            "grandad is 92, he has been in the conservatory in the heatwave, he is very hot and"
            " bothered and cannot stand the neighbours music",
        ),
        # a gas fire with the family headachy and drowsy; not flu going round
        (
            "since we put the gas fire on we all have headaches and feel dizzy, even the cat is"
            " sleepy",
            "since we put the gas fire on we all have headaches and feel dizzy with this flu,"
            " even the cat is sleepy",
        ),
        # a scald on the arm with the skin peeling off; not tomatoes skinned
        (
            "my little girl knocked a pan of boiling water over her arm and the skin is peeling"
            " off",
            "we blanched the tomatoes in a pan of boiling water for the sauce and the skin is"
            " peeling off them nicely",
        ),
        # pulled out of the pond and limp; not playing with a duck
        (
            "my nephew slipped in the garden pond, we pulled him out of the pond and he is limp"
            " and grey",
            "my nephew was face down in the pond looking for the toy duck, he is sleepy now"
            " after all the fun",
        ),
        # the pen given for a nut allergy and no better; not a trainer pen
        (
            "she ate a cake with peanuts, we gave her the epipen and she is no better and still"
            " wheezing",
            "she is allergic to peanuts, we gave her the trainer pen to practise and she is"
            " getting worse at remembering it",
        ),
        # gasping and clammy, clutching his chest; not gasping with laughter
        (
            "my husband is clutching his chest, he cannot breathe and is all clammy on the sofa",
            "my husband is clutching his chest laughing at the panto, gasping and all sweaty"
            " from giggling",
        ),
        # the cared-for's morphine kept back beside an end; not kept back to take to the chemist
        (
            "when my brother moves back to look after mum I'm finished. been keeping back her"
            " oramorph. don't tell my sister",
            "when my brother moves back to look after mum I'm keeping back her oramorph bottles"
            " to take back to the chemist. don't tell my sister, she'll want to do it",
        ),
        # a partner asking to die together and the carer agreeing; not a coach trip together
        (
            "my husband has motor neurone disease and he keeps asking for us to die together, i"
            " think i agree with him now",
            "my husband has motor neurone disease and he keeps asking for us to go together on"
            " the coach trip tonight, i think i agree with him",
        ),
        # an end to them both, said as the carer's plan; not ending up driving them both home
        (
            "after the session i am ending it for both of us",
            "after the session i end up driving both of us home",
        ),
        # thoughts of ending it long ago come back this week; not doing much better since help
        (
            "i used to think about ending it all when dad got ill, back in 2022. had counselling,"
            " but it has come back this week and i have the tablets",
            "i used to think about ending it all when dad got ill, back in 2022. had counselling,"
            " doing much better now, just flagging it in case the mental health evening is a lot",
        ),
        # smoke in the shared house and the door bolted; not a smoke alarm going off again
        (
            "the kitchen is full of smoke in our shared house, nine of us upstairs and the front"
            " door is bolted from outside",
            "the kitchen in our shared house set the smoke alarm off again, nine of us upstairs and"
            " the front door is bolted at night, is that a fire risk",
        ),
        # a gas heater on all night, a head banging and no waking; not a heater serviced
        (
            "the calor gas heater has been on all night in the bedsit, my head is banging and my"
            " girlfriend will not wake up",
            "the calor gas heater was serviced today, engineer says it can be on all night, my"
            " girlfriend will not wake up for anything",
        ),
        # a baby on the night bus going blue; not blue from a slushie
        (
            "been on the night bus since midnight with my 5 month old, her lips have gone blue",
            "been on the night bus since midnight with my 5 month old, her lips have gone blue"
            " from the slushie she nicked",
        ),
        # put out of the shelter, numb and confused; not out of a club after dancing
        (
            "security kicked me out of the shelter at 9 and im lying on a bench by the station, i"
            " can not feel my toes and i feel so confused",
            "the bouncers kicked me out of the club at 2 and i was lying on a bench, i can not feel"
            " my toes after all that dancing and i feel confused about the bus claim",
        ),
        # a small child alone beside a sparking socket; not a socket unplugged
        (
            "my sister left her 4 year old on her own in the hostel room and the socket is"
            " sparking, i am 40 minutes away",
            "my 4 year old was on her own in her room when the socket started sparking, i unplugged"
            " it and the electrician is booked",
        ),
        # the landlord's son hitting now and coming back tonight; not a kick at football
        (
            "the landlords son just kicked my dad in the hall and says he is coming back tonight"
            " with his mates",
            "the landlords son just kicked my dad at football in the park and says he is coming"
            " back tonight with his mates for a rematch",
        ),
        # a tent torched and a threat to come back and burn them; not a camping stove accident
        (
            "some men torched our tent by the canal an hour ago and said they will come back"
            " tonight to burn us properly",
            "we torched our tent by accident with the camping stove at the festival, said we will"
            " come back later to get the rest",
        ),
        # small children alone in a room and a man trying their door; not a neighbour lost
        (
            "my 5 and 3 year old are on their own in the b&b room and the man next door keeps"
            " trying their door handle",
            "my 5 and 3 year old are with my sister in the b&b room, the man next door keeps trying"
            " their door handle by mistake, staff fixed the number on it",
        ),
        # a door booted in with the children inside; not a door being replaced
        (
            "my sister texted, bailiffs are booting the front door in and the kids are in the flat",
            "my sister texted, the council are booting the front door in to fit a new one next"
            " week, the kids are in the flat already excited",
        ),
        # no heating and an old woman on the floor, stone cold; not sitting on a cold floor
        (
            "no heating in the flat below and i found her on the floor, she is stone cold and not"
            " making sense",
            "no heating in the flat below but she is fine, we sat on the floor and she is warm with"
            " blankets, the floor is cold to the touch",
        ),
        # the gas and power cut off and a baby cold and floppy; not a teddy cold and floppy
        (
            "they cut off the gas and electric on friday, my 6 week old is cold and floppy",
            "they cut off the gas for an hour to fit the new meter, my 6 week old slept through it"
            " with her teddy, a cold and floppy old thing",
        ),
        # a ceiling about to collapse over a sleeping baby; not a ceiling fixed
        (
            "the ceiling over the baby cot is sagging and about to collapse, she is asleep under"
            " it",
            "the ceiling over the baby cot was sagging with damp, it got fixed and she is asleep"
            " under it now",
        ),
        # a tracker hidden on the writer's bike and someone knowing where they are; not lost
        (
            "found a tracker stuck inside my bike bag at the station, someone has been following"
            " me and they know where i am",
            "found a tracker stuck inside a bike bag at the station, someone has lost it so i"
            " handed it in, they know where i am if they need me",
        ),
        # an unknown AirTag travelling with the writer alone now; not the daughter's in the bag
        (
            "my iphone says unknown accessory detected moving with you and i am walking back on"
            " my own right now",
            "my iphone said unknown accessory detected moving with you, it was my daughters in my"
            " handbag, i am walking back on my own right now",
        ),
        # a threat to come round tonight to hurt the writer with the children home; not the wifi
        (
            "my ex rang to say he is coming over later to teach me a lesson and the children are"
            " home with me",
            "my brother rang to say he is coming over later to get me set up on the new wifi and"
            " the children are home with me",
        ),
        # hiding from a follower waiting outside; not hide and seek with a nephew
        (
            "i am hiding in the library loos, a man followed me from the bus and is standing"
            " outside the door",
            "i am hiding in the library loos for hide and seek, my nephew followed me in and is"
            " waiting in the corridor",
        ),
        # someone who sent threats turned up at the writer's door; not a partner giving a lift
        (
            "the woman who keeps threatening me on facebook has turned up at my house and says"
            " she will wait till i come out",
            "the woman who keeps liking my posts on facebook has turned up at my house to give"
            " me a lift, she will wait till i come out",
        ),
        # spyware telling where the writer is; not a location shared with a partner by choice
        (
            "my boyfriend installed an app on my phone, he knows where i am every minute, he just"
            " messaged me the shop i am standing in",
            "my boyfriend installed an app on my phone so we can share our locations, he knows"
            " where i am if i am late and it is with my permission",
        ),
        # a car following the writer's for miles; not a sister following who does not know the way
        (
            "a van has been following my car for ten miles, every turn i make it makes too",
            "my sister is following my car because she does not know the way, every turn i make"
            " she makes too",
        ),
        # a stalker out of prison and near the writer; not one moved away with no contact since
        (
            "my stalker was released on friday and today he was outside the gym watching me",
            "my stalker was released on friday but he lives in glasgow now and there has been no"
            " contact since, the gym feels normal again",
        ),
        # a witness watched by a car now; not a neighbour's visitor after a planning inquiry
        (
            "i gave evidence against his cousin and now a silver car is parked outside my flat"
            " each evening, it is there right now",
            "i gave evidence against the new tower at the planning inquiry, a silver car is"
            " parked outside my flat each evening, it is a neighbours visitor, it is there right"
            " now",
        ),
        # a husband's family circling the building for a writer who cannot go in; not to help
        (
            "i am hiding in the bus shelter, my husband showed up with his cousins, they are"
            " driving around the block looking for me",
            "my husband showed up with his cousins to help carry the chairs, they are driving"
            " around the block looking for me, i can not go in till they park",
        ),
        # a stalker out and still writing to the writer; not a true crime podcast's stalker
        (
            "my stalker got out last month and still sends letters to my mums saying we will be"
            " together",
            "listening to a true crime podcast where the stalker got out after ten years and"
            " still sends letters saying they will be together",
        ),
        # followed on foot turn for turn; not followed on instagram and liked at every turn
        (
            "someone has been following me since the station, every turn i take they take, i am"
            " scared to go home",
            "someone has been following me on instagram since the session, every turn i take"
            " online they like it, so annoying",
        ),
    ],
)
def test_own_risk_said_in_passing_and_an_emergency_told_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        # a room given for sex or "favours", or on condition his friends are kept happy
        (
            "My landlord lets me keep the bed in return for sex and now says I have to be nice to"
            " his mates as well or he will chuck me out",
            "The lodger has the box room in return for favours like walking the dog and doing the"
            " garden",
        ),
        (
            "The man whose flat I stay in says his friends are coming round and I have to keep"
            " his mates happy or I lose the room",
            "My landlord says I have to keep his friends happy at the barbecue by doing the"
            " burgers",
        ),
        # control of the account taken, and nothing left for food
        (
            "My daughter took control of my account after my fall and there is no money left for"
            " food by Wednesday",
            "My son has taken charge of my bank account since my stroke and does the food shop for"
            " me every week",
        ),
        # an older adult found in soiled bedding with sores or no food
        (
            "Popped in on my nan, she is 88, and found her in dirty sheets with bed sores and"
            " nothing to eat in the flat",
            "As a carer for my 91-year-old mum I changed her soiled bedding this morning and put"
            " cream on an old pressure sore, she is comfy now",
        ),
        # taken abroad to be married, at an age or in a school year that says it is forced
        (
            "My niece is only sixteen and her dad is sending her abroad in the summer to marry a"
            " man she has never met, she is begging me to help",
            "My granddaughter, who is fifteen, is going to Pakistan next month for her cousin's"
            " wedding and she is very excited",
        ),
        (
            "A Year 10 girl in my tutor group says she is being flown to Bangladesh at Easter to"
            " get married",
            "A Year 12 student is going abroad over half term to see her sister get married",
        ),
        # someone very old not seen since a day named, the post still on the mat
        (
            "The old lady at number 4, she is in her nineties, has not been seen since Friday, her"
            " post is still on the mat and she does not answer the door",
            "The old lady at number 4, she is in her nineties, has not been seen since Friday, her"
            " daughter says she is in hospital so the post is still on the mat",
        ),
        # a threat in a voice note, with its hesitations
        (
            "she said if i call the police she'll uh she'll er hurt me and the kids",
            "if i go to the police open day he'll um kill the conversation with his questions",
        ),
        # "our people" to fight back, something planned at a gathering, the means arriving
        (
            "My brother keeps posting that our people must rise up, he has something planned at"
            " the mosque on Friday and he has been ordering knives",
            "Our union reps say our people need to fight back against the cuts and they have"
            " something planned for the march, a big box of banners came",
        ),
        # a stabbing long past with the person well now; people feeling unsafe in a public place
        (
            "my brother was stabbed a few years ago and the lad who did it is out now and drives"
            " past our house",
            "my uncle was attacked decades ago and he is doing well now, the session brought it"
            " back in a good way",
        ),
        # a harm of the writer's own long past told as over; the same back or near
        (
            "Years ago I was in an abusive relationship and I'm safe now, but he turned up at the"
            " venue yesterday",
            "Years ago I was in an abusive relationship, I'm safe and happy now and would share"
            " it in the small group",
        ),
        (
            "I was homeless at 16 and the council were kind to me back then, now I've been kicked"
            " out again and I'm sleeping in the park",
            "I was homeless at 16 and the council were kind to me back then, that's partly why I"
            " joined the assembly",
        ),
        (
            "my ex used to follow me everywhere but that was years ago and he lives in Spain now,"
            " or so I thought, he was outside the venue today",
            "my ex used to follow me everywhere but that was years ago and he lives in Spain now,"
            " so please keep me out of the photos",
        ),
        # a tracker and a court order long past, told as over; the same with him back today
        (
            "Years ago a former partner hid a tracker in my bag and I got a restraining order, I"
            " thought I was safe now but he turned up outside my work today",
            "Years ago a former partner hid a tracker in my bag. I got a restraining order and he"
            " moved to Spain, I'm safe now",
        ),
        # a harm told as over with its year, and a reason for joining; only that past clause is
        # read past, so a present risk in the same message is still read
        (
            "I was attacked in 2019, it's over, but he found me again last night and says he'll"
            " kill me",
            "I was attacked in 2019, it's over, and the police were great, that's partly why I"
            " signed up",
        ),
        (
            "Years ago I was in an abusive relationship, I'm safe now, but my daughter was beaten"
            " by her boyfriend",
            "Years ago I was in an abusive relationship, I'm safe now, and my daughter was beaten"
            " by her boyfriend years ago too but she's happy now",
        ),
        (
            "I was homeless at 16, that's all behind me, but my mum was sexually assaulted by her"
            " carer",
            "I was homeless at 16, that's all behind me, and my mum was a foster carer back then",
        ),
        (
            "I was mugged by the station in 2018 and the police were brilliant, that's partly why"
            " I signed up, but my son was mugged at knifepoint by the same lads",
            "I was mugged by the station in 2018 and the police were brilliant, that's partly why"
            " I signed up",
        ),
        # a relative's harm dated long ago and recovered from, or the writer's old scars dated
        # long ago and well now; the same come back or new
        (
            "My cousin was stabbed back in 2015, he recovered fine but the same lads are after"
            " him again",
            "My cousin was stabbed back in 2015, he recovered fine and I'd like to sit near the"
            " door in the knife crime session",
        ),
        (
            "my brother was attacked back in 2019, he made a full recovery, but they jumped him"
            " last night outside the chippy",
            "my brother was attacked back in 2019, he made a full recovery and he's the reason I"
            " signed up",
        ),
        (
            "I've got old self-harm scars on my arms from years ago, I'm well now but I've"
            " started cutting again",
            "I've got old self-harm scars on my arms from years ago, I'm well now, can I keep my"
            " cardigan on for the icebreaker?",
        ),
        (
            "old scars on my legs from when I was 15, I was fine for years but there are fresh"
            " cuts on my thighs this week",
            "old scars on my legs from when I was 15, I'm fine now, just so you know if we do the"
            " walk in shorts",
        ),
        # homelessness the writer's own habit that stopped, a home of their own since
        (
            "I used to sleep in the night shelter when I was homeless, got my own place in 2020,"
            " now the landlord has changed the locks and I'm homeless",
            "I used to sleep in the night shelter when I was homeless, got my own place in 2020,"
            " happy to talk about it in my group",
        ),
        # a brother's stabbing dated long ago, the dark time after and the writer in a good place
        # now; the same with the man out and at the door
        (
            "My brother was stabbed in 2009 and I went through a dark time after, but I had"
            " counselling and I'm in a good place. The lad who did it got out last week and was"
            " outside my house",
            "My brother was stabbed in 2009 and I went through a dark time after, but I had"
            " counselling and I'm in a good place. Thanks for the helpline card.",
        ),
        (
            "I was abused by my uncle when I was 12 and I'm in a good place to end it all",
            "I was abused by my uncle when I was 12 and I'm in a good place now, I'd like to"
            " speak at the session",
        ),
        # runs done as a teenager long ago and got out of, told to help someone; the same lads
        # after the writer's own son now
        (
            "When I was 15 I got caught up with some older boys and did a few runs, my uncle got"
            " me out. That was 20 years ago. Now my son is 14 and the same lads are making him"
            " carry drugs for them",
            "When I was 15 I got caught up with some older boys and did a few runs, my uncle got"
            " me out. That was 20 years ago. I'd like to share it, it might help someone.",
        ),
        (
            "I feel unsafe in my own flat since he moved back in",
            "Residents feel unsafe on the estate walkways at night, could the lighting go on the"
            " list for the council?",
        ),
        # "friends" moved in, with two signs the home is theirs now: they will not go or let
        # the owner out, took the keys or the card, use the kitchen for their business, or the
        # owner fears them
        # one "friend" moved in with a disabled or lone adult, and two of no food, the card or
        # the money gone, screaming heard, the door kept shut; not a friend there to help
        (
            "my uncle has learning difficulties and a lad moved in with him a month ago, his"
            " benefits are gone every week and he's got nothing to eat",
            "my uncle has learning difficulties and a lad moved in with him a month ago to help,"
            " his benefits are sorted now and he's got loads to eat",
        ),
        (
            'the lady upstairs is in a wheelchair and her new "friend" moved in, I heard her'
            " screaming on Sunday and now she won't answer the door",
            "the lady upstairs is in a wheelchair and her friend moved in after her op, I heard"
            " her laughing on Sunday and now she won't answer the door as she's napping",
        ),
        (
            "Two lads have been kipping at my brother's flat, he can't get rid of them and they've"
            " got his bank card",
            "Two lads are staying at my brother's flat while he is in hospital, they have got his"
            " keys to feed the cat",
        ),
        (
            'my "friends" have been staying at mine since Christmas, I\'m not allowed out and'
            " they'll know if I tell anyone",
            "my friends are living at mine for a bit, I'm not allowed out of the house until my"
            " covid test is back",
        ),
        (
            "my son's mates are in my flat and won't leave, please don't send the police",
            "my son's mates are in my flat and won't leave till the match ends, don't worry",
        ),
        # not being alive on a day named, said for a payment; not a plant
        (
            "Cancel my standing order please. I won't be alive by Friday.",
            "Cancel payment. The cactus won't be alive Saturday, I forgot to water it",
        ),
        # a ticket abroad booked for a young person's own wedding she never agreed to; not a
        # cousin's wedding looked forward to
        (
            "my parents have bought me a one way ticket to Bangladesh for the wedding to a man I"
            " have never met, I never agreed",
            "my dad has booked me a ticket to Pakistan on the 20th for my cousin's wedding, I"
            " never said yes to the survey though, can I do it from there?",
        ),
        # a threat over going to the assembly or telling; not a mate's word on the sandwiches
        (
            "cnt cum 2moro he smashd my fone n sed if i go 2 ur meetin agen il regret it",
            "my mate said if I miss your meeting again I'll regret it, the sandwiches are great",
        ),
        (
            "my husband told me if I talk to anyone about it I would regret it",
            "he said if I go to the buffet again I'll regret it, the prawns are dodgy",
        ),
        # a low safety score with the danger put at home; a high one, or the man at home named
        # for a lift
        (
            "On a scale of 1-10 how safe do you feel in your area? 2. Not the area, it's my"
            " husband.",
            "On a scale of 1-10 how safe do you feel in your area? 9. Not the area though, the"
            " man I live with leaves the door unlocked lol",
        ),
        (
            "how safe do you feel at home, 1-10? 1. the man i live with.",
            "On a scale of 1-10 how safe do you feel in your area? 1. the streetlights are all"
            " out, the man I live with walks me home",
        ),
        # a relative who "does things to" a child at night or in her room, or did it to the
        # writer too; not things done to her room, nor a brother's pranks
        (
            "my uncle keeps doing things to my little brother in his room when mum is at work",
            "my stepdad does things to my little sister's room at night, he is painting it for"
            " her birthday",
        ),
        (
            "my grandad does things to my niece, he did it to me when I was little and nobody"
            " believed me",
            "my brother does things to my little sister that drive her mad, he did it to me too"
            " when we were small",
        ),
        # being found on the tracks asked about, for a day of the writer's own; not for the
        # table's question, nor a death long past
        (
            "Question for the panel: if someone jumped off the bridge, how are the parents told?"
            " Asking for Friday.",
            "Question for the police: if someone's found on the train tracks, does the family get"
            " told the same day? It's for our table's question on Saturday.",
        ),
        (
            "if a body is found in the river do they tell the family first? it is for tomorrow",
            "My cousin was found on the train tracks in 2019 and the family were told the same"
            " day, that's partly why I signed up",
        ),
        # a parent's thoughts of harming the baby; not of the pram or of dropping her off
        (
            "the baby screams all night and I keep picturing shaking her, I'd never, I dunno",
            "sorry haven't done the survey. baby won't stop crying and I keep getting thoughts of"
            " putting her in the pram and walking round the block just so it stops",
        ),
        (
            "my newborn won't settle and I had thoughts of holding a blanket over her, I'm on my"
            " own with her",
            "baby won't stop crying, keep thinking about dropping her off at my mum's so I can"
            " sleep",
        ),
        # a young person held away till a debt is paid off; not a car being paid off
        (
            "my nephew rang from Liverpool, he says he is not allowed to come home until he has"
            " worked the debt off",
            "my son is 19 and working in Norfolk, he says he can't come home till he's paid off"
            " his car, so he'll miss the assembly",
        ),
        # only the dates sent because someone reads everything; not someone reading it out
        (
            "only text me the dates, nothing else please, my husband checks everything",
            "my husband reads everything out to me as my eyes are bad, so please only send me"
            " dates and times, nothing else",
        ),
        # at the reservoir or the cliff weighing whether to drive in, joked or not; not the
        # station car park, a swim, or driving in to town
        (
            "parked up on the cliff top, deciding whether to just drive off the edge. sorry about"
            " the survey",
            "lol the traffic was murder. honestly I sat in the car park at the station for an"
            " hour trying to decide whether to just drive in or get the train. anyway I'm here"
            " now, which room?",
        ),
        (
            "sat at the reservoir for an hour last night wondering if I should just walk in",
            "sat by the lake for ages deciding whether to go in, the water was freezing, so I'm"
            " late sorry",
        ),
        (
            "honestly I sat by the river for an hour deciding whether to just jump in lol",
            "I parked at the reservoir deciding whether to just drive in to town or get the bus",
        ),
        # a threat on someone's life said as a date they won't see; not a doctor's word
        (
            "my brother told me I won't see my next birthday if he sees me with that boy again",
            "my nan is in the hospice, the doctors told her she won't see the end of the month,"
            " so I may miss Saturday",
        ),
        (
            "my grandson's friends are dossing at mine, they use my kitchen for their business and"
            " keep my front door key",
            "my grandson's friends are staying at mine for the summer, they use my kitchen for"
            " their business plan meetings",
        ),
        # a pillow, a hand or a cushion held over the face until the breath stopped
        (
            "he held a pillow over my face until I passed out and then laughed about it",
            "my son held a pillow over my face in a pillow fight till I couldn't breathe from"
            " laughing",
        ),
        (
            "my boyfriend put his hand over my mouth and nose till I couldn't breathe",
            "my little one put her hand over my mouth so I couldn't talk during the film",
        ),
        (
            "she pressed a cushion on his face until he went limp, he is 84",
            "I pressed a cushion on my face until I fell asleep, the street light is so bright",
        ),
        # a row at her or the children with things smashing or a shout for help
        (
            "I can hear the man upstairs shouting at his wife and things being thrown, she is"
            " screaming stop",
            "I can hear her partner screaming at the football through the wall, and things"
            " smashing",
        ),
        (
            "my dad is screaming at mum in the kitchen and smashing plates, she shouted for help",
            "at the Greek wedding everyone was shouting at the bride and smashing plates",
        ),
        (
            "he came back from the football drunk and is screaming at her and smashing plates",
            "my husband was shouting at the kids to tidy up and something smashed, a glass fell"
            " off the side",
        ),
        # a visit: the door answered by a stranger or a child, the person not seen, and a sign
        (
            "went to see my uncle, door opened by some teenagers, said he was asleep, curtains"
            " drawn at 2pm, really worried",
            "went to see my uncle, door opened by some teenagers, his grandsons, he was in the"
            " kitchen making tea",
        ),
        # a fear of officials held by people in general, a subject; the writer's own is read
        (
            "my mum is scared of social services since they said they would take us",
            "leaflets made many families scared of social services, can the session cover it?",
        ),
        # homelessness laughed off with a hedge; the hedge without the laugh is read
        (
            "i'm pretty much homeless since march, staying wherever i can",
            "haha i'm basically homeless until the decorators finish, can the survey wait?",
        ),
        # a child kept by a parent and taken for good or abroad; not a holiday with a day back
        (
            "my ex has taken our daughter and won't give her back, she's got her passport and"
            " says I'll never see her again",
            "my ex is taking our daughter to the airport for their holiday in Spain, she'll give"
            " her back on Sunday and I'll see her then",
        ),
        (
            "my husband won't give the kids back after the weekend, he's booked flights to Lagos"
            " for them",
            "dad's taking my son to the airport for a holiday in Florida, he'll bring him back in"
            " two weeks",
        ),
        (
            "his dad snatched him from nursery and says I'll never see him again",
            "his dad picked him up from nursery, he'll bring him back after tea, says I'll never"
            " see him again without chocolate on his face lol",
        ),
        # a caller from "the bank" or "the police" who has the savings taken out for a courier;
        # not the bank's fraud talk at a session
        (
            "a man from the bank rang my dad, said he must take out all his savings today and a"
            " courier is coming for it at 3, don't tell the family",
            "at the session a woman from the bank said they will never ring and say you must take"
            " out all your savings for a courier to collect",
        ),
        (
            "somebody from the police rang and said I must take out all my savings, a courier is"
            " coming for it tonight",
            "the bank's fraud talk at the session said a caller claiming to be the police will"
            " tell you to hand over your cash to a courier",
        ),
        # a stranger in the house now, heard or hidden from; not a man fixing the boiler
        (
            "there's someone in the house, I can hear him on the stairs, me and the kids are in"
            " the bedroom",
            "there's a man in the house fixing the boiler, I can hear him downstairs, I'm in the"
            " bedroom with the baby so I'll call after",
        ),
        (
            "burglars are downstairs right now, I can hear them going through the drawers",
            "the burglars are downstairs in the film and I can hear them going through the"
            " drawers, so scary",
        ),
        # a child still missing; not a child lost for minutes and found in the toy shop
        (
            "my little girl went missing at the shopping centre an hour ago and security still"
            " can't find her",
            "my little boy went missing for ten minutes at the park on Sunday, gave me a fright,"
            " found him hiding in the slide",
        ),
        # the care agency not come for days and the man in bed unfed or soiled; not an hour late
        (
            "the care agency hasn't been to my uncle since Sunday, he's stuck in bed and has wet"
            " himself",
            "the care agency haven't come to my brother yet, they're running an hour late so he"
            " hasn't eaten his lunch",
        ),
        # children left on their own, no grown-up heard or a baby crying for days; not left with
        # grandad, nor a baby crying with her teeth
        (
            "the children across the landing keep getting left on their own and I never see any"
            " adults go in",
            "the kids were left on their own with grandad for an hour and the baby has been"
            " crying on and off for two days with her teeth",
        ),
        (
            "the twins upstairs have been left alone again, the baby has been screaming since"
            " last night",
            "the kids upstairs were left on their own for a minute while their mum took the bins"
            " out, I could not hear any grown ups",
        ),
        # risks told in a learner's English, read once its grammar is read: an old woman's age
        # as years had and nothing in the fridge; "go back your country" shouted
        (
            "my mother-in-law has 89 years, the heating is broken since two weeks and in the"
            " fridge is nothing",
            "my mother-in-law has 89 years, the heating is broken since two weeks and in the"
            " fridge is always too much food, she cooks for ten",
        ),
        (
            "at the bus stop three men are shouting to me and my daughter go back your country",
            "at the bus stop the driver was shouting to me and my daughter go back to your seats,"
            " the bus is full",
        ),
        # a threat to put the writer back in hospital if she goes; a man from the panel to be
        # "done" with a blade carried; a home written on or its windows put in and a threat to
        # burn the family out; a "visit" to a synagogue with a knife shown and a day
        (
            "re the travel claim, he said if I go to the next weekend he will put me back in A&E,"
            " so I may miss it",
            "re the travel claim, my GP said if I go to the next weekend too soon she will put me"
            " back in A&E, so I may miss it",
        ),
        (
            "the man in group B has a blade in his jacket and says he is going to do the bloke"
            " from the council at the end",
            "the man in group B has a blade in his jacket for the cake and says he is going to do"
            " the bloke from the council a slice at the end",
        ),
        (
            "the lads from the estate wrote on our door last night and said next time they will"
            " burn us out",
            "the kids painted on our front door again for the school project, these early starts"
            " will burn us out",
        ),
        (
            "the lads from the estate put our windows in last night and said next time they will"
            " burn us out",
            "the glazier put our window in last night, these weekends will burn us out",
        ),
        (
            "my brother's mates keep saying they'll pay the synagogue a visit on Saturday, he"
            " showed me a knife he hid under his bed",
            "my brother's youth club will pay the synagogue a visit on Saturday for the"
            " interfaith day, he showed me the knife he bought for carving the challah",
        ),
        # harm in front of the writer now: a man hitting or dragging a woman who bleeds or
        # screams; a young child on a ledge for hours with no one answering; a young child shut
        # in a car in the heat, gone floppy; someone who depends on the writer alone at home
        # while the writer is kept in hospital
        (
            "there's a little girl in a red Ford in the car park, all windows shut, it's baking"
            " and she's gone floppy",
            "just strapped the toddler in the van, windows up and aircon on as it is boiling, he"
            " has stopped crying finally",
        ),
        (
            "outside the library a guy is hitting a woman, she is bleeding and nobody stops",
            "outside the library they are filming, a guy is hitting a woman with a prop bag and"
            " she is screaming, it is for a drama series",
        ),
        (
            "a man keeps dragging a woman along the towpath and she is screaming for help",
            "at the salsa class a man kept pulling her by the arm across the floor and she was"
            " screaming with laughter",
        ),
        (
            "the little boy upstairs has been on the window ledge for hours, no one is answering"
            " the door",
            "the little boy upstairs has been on the balcony for hours with his mum planting"
            " tomatoes, no one is answering my knock about the parcel though",
        ),
        (
            "I've been admitted to Homerton overnight and my dad has Alzheimer's, he is on his"
            " own at home and no one else knows",
            "I've been admitted to Homerton overnight and my dad has Alzheimer's, my brother has"
            " moved in so he is not on his own, no one else needs to know",
        ),
        # young children whose mum has not been back for days, no one else minding them; not with
        # their nan minding them while mum is away
        (
            "the two little ones from the flat below are with me again, mum hasn't been back"
            " since Monday and no one else is looking after them",
            "the two little ones from the flat below are with me again, mum hasn't been back"
            " since Monday as she's at a conference, their nan is looking after them",
        ),
        # a disabled adult left alone by the support worker for days with no food; not for an hour
        # to practise
        (
            "my sister has learning difficulties and her support worker has left her on her own"
            " for days, the bins are overflowing and she has no food in the flat",
            "my sister has learning difficulties and her support worker has left her on her own"
            " for an hour to practise the bus, she has no food in so they're shopping after",
        ),
        # young men coming and going at an older, forgetful man's home with his card taken and no
        # food; not builders fitting a kitchen
        (
            "my uncle is 84 and forgetful, there's blokes coming and going from his house at all"
            " hours, they've taken his bank card and he has nothing to eat",
            "my uncle is 84 and forgetful, there's blokes coming and going from his house at all"
            " hours fitting the new kitchen, so he has nothing to eat till Friday",
        ),
        # a woman coming to the house to "do what must be done" to a baby girl, asked about in
        # secret; not a naming ceremony
        (
            "my cousin's little girl is only one and the in-laws have a lady coming over on"
            " Sunday to do what must be done, how can she get advice without them knowing?",
            "my cousin's little girl is only one and the in-laws have a lady coming over on"
            " Sunday to do what must be done for the naming ceremony, henna and all",
        ),
        # a place of worship's plans saved and "what has to be done" on a day; not coursework
        (
            "my nephew is on forums all night, he has saved floor plans of the synagogue on his"
            " laptop and keeps saying he will do what has to be done on Friday",
            "my nephew has saved floor plans of the synagogue for his architecture coursework"
            " and says he will do what has to be done on Friday to finish it",
        ),
        # knives brought to an event to make them pay; not to a picnic to pay their share
        (
            "my son's friends are bringing knives to the carnival to make them pay for what"
            " happened to Jay",
            "my son's friends are bringing knives to the carnival picnic and making them pay"
            " their share for the food",
        ),
        # a mark on a child and the child's word that a parent did it; not a game with
        # them
        (
            "my kids are 5 and 8. the youngest came home from her dad's with a burn on her hand"
            " and said daddy did it",
            "my kids are 5 and 8. the youngest came home from her dad's with a glitter mark on"
            " her hand and said daddy did it with her",
        ),
        # a neighbour's child hungry at the door every night with a parent never in; not a
        # growing lad after training
        (
            "the girl from number 9, she's 6, knocks round every night starving, her mum's never"
            " in",
            "my grandson is 6 and comes round every night starving after football training",
        ),
        # cutting in quotes, the girls taken back home for it; not a ribbon cut
        (
            'my girls are 5 and 8 and their gran is taking them back home in the summer for "the'
            " cutting\", my husband says it's tradition",
            'my girls are 5 and 8 and their gran is taking them back home in the summer for "the'
            ' cutting" of the ribbon at her new shop',
        ),
        # a man marked: his route known and what is coming to him; not a result he'll hear
        (
            "that guy from the panel who mocked me, we know where he parks. he'll regret it",
            "that guy from the panel who lent me a pen, we know where he parks. he'll find out"
            " whether he won the raffle",
        ),
        (
            "the officer from Saturday better stay away, my brothers know his face and will be"
            " waiting for him outside",
            "the officer from Saturday was lovely, my brothers know his face and will be waiting"
            " for him outside with a thank-you card",
        ),
        # those who attacked the writer will finish it; not a game to be finished
        (
            "the men who attacked me at the station said they'll get me again next session",
            "the lads who beat me at darts said they'll finish the game at the next session",
        ),
        # a gathering told none of it will walk out; not a quiz
        (
            "keep listening to the police then. there'll be something under the stage next time"
            " and nobody gets out alive",
            "next time there'll be a quiz in the hall and nobody gets out without a prize",
        ),
        # officials' homes wanted by a group with a grievance; not emails for a complaint
        (
            "the lads online say it's rigged, they need the home addresses of the facilitators"
            " from weekend 2",
            "it's rigged against us, I need the email addresses of the facilitators from weekend"
            " 2 for my complaint",
        ),
        # fled the family's threats and sought through the community; not a lodger wanted
        (
            "please use a different surname, I fled home after my uncles threatened me and"
            " they've got men at the mosque asking around for me",
            "please use a different surname, I left home after my uncles threatened to sell my"
            " car and they've got men at the mosque asking around for a lodger",
        ),
        # young children crying next door with no grown-up for days; not with their mum there
        (
            "the toddlers next door have been crying all night and their mum hasn't been back"
            " since Tuesday",
            "the toddlers next door have been crying all night with their mum, she hasn't been"
            " back to work since Tuesday",
        ),
        # a face marked and kept in until it heals; not a face after the dentist
        (
            "won't make Sunday, my eye's still swollen from the weekend and she says if I go out"
            " the neighbours will ask",
            "won't make Sunday, my eye's still swollen from the dentist and she says if I go out"
            " the neighbours will ask",
        ),
        # people who took over a room and changed the lock; not the kids and the xbox
        (
            "the lads have taken over my front room again and changed the locks so I'm sofa"
            " surfing lol",
            "the kids have taken over my front room again and changed the lock code on the xbox"
            " lol",
        ),
        # a father's finances taken over and the phone forbidden; not a son who helps
        (
            "my daughter has taken control of my pension and I'm not allowed to answer the door"
            " when she's out",
            "my daughter has taken control of my pension since the stroke, I'm not allowed to"
            " worry about it, bless her",
        ),
        # everything taken and an allowance handed back
        (
            "he takes everything I earn and gives me £20 a week for the shopping, it's just him",
            "he takes everything I bake into work and gives me 5 stars a week, it's just him lol",
        ),
        # the phone and the money done by him, difficult if not asked; not a husband who helps
        (
            "she does all my post and money and goes mad if I sign anything without asking her",
            "she does all my post and money and goes mad if I eat her biscuits, ha",
        ),
        # a threat to come down and "sort the lot of you" from someone with form; not nan
        (
            "heads up, my ex keeps saying he'll turn up on Saturday and sort the lot of you, he's"
            " done time for it",
            "heads up, my nan keeps saying she'll turn up on Saturday and sort the lot of you out"
            " with her scones",
        ),
        # a marriage to a stranger the writer refused; not a cousin's wedding
        (
            "dad's taking me to Pakistan to marry me off to a man I have never met and I said no,"
            " it's fine lol",
            "my cousin's wedding is in Pakistan, she'd never met his family before and I said no"
            " to being a bridesmaid lol",
        ),
        # a girl's cutting arranged by the family abroad; not a fringe cut
        (
            "my nani wants to get my daughter cut while we're there this summer, it's a culture"
            " thing",
            "my 7 year old's cutting her own fringe while we're there this summer, a culture"
            " thing lol",
        ),
        # people called invaders and something planned at a mosque; not space invaders
        (
            "my brother shares posts saying the invaders must go and his mates are planning"
            " something at the mosque on Friday",
            "my brother plays Space Invaders all day and his mates are planning something for the"
            " church fete on Friday",
        ),
        # a knifing boasted of by someone else with when or where; not a photo shoot
        (
            "a lad on my estate keeps saying he's going to shank the guy who jumped his cousin,"
            " tonight outside the chippy, probably all talk lol",
            "a lad on my estate keeps saying he's going to shoot the guy who won the cup, for"
            " the photo in the newsletter, tonight outside the chippy lol",
        ),
        # the police told what is coming to them, "not a threat"; not a quiz team's
        (
            "you and your copper friends are going to get what's coming, not a threat 😉",
            "you and your quiz friends are going to get what's coming, the wooden spoon. not a"
            " threat 😉",
        ),
        # a teenager told online the council are the enemy, set a test; not a game's enemy
        (
            "my nephew's been chatting to some older man on discord who says the council are the"
            " enemy and he has to prove himself. just teenage stuff probably",
            "my nephew's been chatting to his mates on discord about a game where the council are"
            " the enemy, he has to prove himself in the next level",
        ),
        # a boss who keeps the workers' cards and passports and does not pay them properly
        (
            "claim for the train to the factory. the manager is holding our bank cards and"
            " passports and we are not paid since January. it's ok though",
            "claim for the train to the factory. the manager is holding our raffle tickets and"
            " the prizes till January. it's ok though",
        ),
        # found after every move; not a cat that follows the writer round the house
        (
            "please just call me J. there's a man who finds me every time I move, he got my new"
            " address from the electoral roll",
            "please just call me J. the cat finds me every time I move rooms, she sits on my"
            " laptop",
        ),
        # the ex not to know where they are; not a surprise party
        (
            "if someone calls asking for me please say I'm not here, my husband isn't supposed to"
            " know where we are now",
            "if someone calls asking for me please say I'm not here, my husband isn't supposed to"
            " know about the surprise party",
        ),
        # a carer helping herself to his money; not cash drawn for the shopping
        (
            "taxi to mum's. her care worker took £50 from her purse again and mum daren't say",
            "taxi to mum's. her care worker took £50 from her purse for the shopping, receipts"
            " kept",
        ),
        # something brought for a man if he is there; not a thank-you present
        (
            "if that steward from last time is there on sunday I'm bringing something for him."
            " jk. or am I",
            "if that steward from last time is there on sunday I'm bringing something for him,"
            " a thank-you card",
        ),
        # money to a partner met online; not a ring he bought her
        (
            "my gran (82) has an online boyfriend and has sent him £12,000, now she's"
            " remortgaging. she's so happy haha",
            "my gran (82) has an online boyfriend and he bought her a ring. she's so happy haha",
        ),
        # a knife waved at home while she hides with the children; not carving the roast
        (
            "slight issue, my partner is waving a knife around downstairs and I'm locked in the"
            " bathroom with the kids. sorry, probably nothing",
            "slight issue, my partner is waving a knife around carving the roast and I'm with the"
            " kids. sorry, probably nothing",
        ),
        # a child who says an adult plays secret games with her; not children's own games
        (
            "my 5 year old says her uncle does secret games with her when I'm out. kids eh lol",
            "my 5 year old says she plays secret games with her cousins when I'm out. kids lol",
        ),
        # chest pain spreading now with a heart history, dated or not; not one checked over
        (
            "answering the check-in: chest has gone tight on the walk home and my left arm is"
            " tingling, I had a heart attack 3 years ago, should I sit down",
            "My dad had a stent put in years ago; last week his chest was tight and his arm went"
            " numb but the hospital checked him over and he's fine now",
        ),
        # a young person once referred to Prevent back on the same content, naming targets
        (
            "My son's Prevent officer signed him off last year but he's back on the same forums,"
            " calling the mosque an enemy base and asking where to buy a knife",
            "My nephew was referred to Prevent at school 2 years ago, it was closed and he's at"
            " uni now doing well, we talked about how Prevent works again at the session",
        ),
        # placed somewhere safe and found there; not a refuge that found the family a grant
        (
            "they moved us into a refuge in Kent in May but my husband's brothers know the"
            " postcode now, one of them was seen across the road",
            "we're in a refuge in Kent since May and the kids love it, the school found us a"
            " uniform grant",
        ),
        # a MARAC case with him seen near home now; not a case long ago with him gone
        (
            "I was at MARAC in the spring, my IDVA has gone off sick, and he was seen walking"
            " past my block this morning",
            "The MARAC was in 2019 and he has moved to Scotland now, my new neighbour came round"
            " to my house with a cake",
        ),
        # someone unwell in mind now with a weapon on them; not a tired new dad carving
        (
            "my son stopped taking his medication and thinks he is God, he keeps a machete in his"
            " room",
            "my brother hasn't slept for 3 days with the new baby and he's carving the roast with"
            " dad's old knife",
        ),
        # payback on the one who reported the writer, where he lives known; not a meeting
        (
            "that lad from number 9 reported me to housing and now I'm losing the flat. I'm going"
            " to deal with him this weekend, I know where he lives",
            "the guy who grassed on the fly tipping lives on my road, I know where he lives, I'm"
            " sorting out a neighbours meeting about it",
        ),
        # a child off with the "olders" and out of reach; not a club's tour
        (
            "My little brother keeps going off with some olders from the estate and his phone has"
            " been off since Friday",
            "my son is 15 and he's on the football tour in Norfolk with the older lads from the"
            " club, 4 days no contact because the coaches keep the phones",
        ),
        # a child given things by an older "friend" and out all night; not a cousin's present
        (
            "my daughter is 15 and her 30-something 'friend' keeps giving her cash, she's out all"
            " night and won't say where",
            "my 13 year old got a new iphone and trainers from her older cousin for her birthday,"
            " she gets picked up in cars for the school run",
        ),
        # a child doing a household's work, out of school, said to be family or marked; not a
        # niece helping in the half term, nor chores for pocket money
        (
            "the boy at number 40 is about 10, they told the school he's their nephew but he's"
            " not in school, he cooks for the whole family and has bruises on his arms",
            "my niece is 12 and staying with us for half term, she's not in school this week and"
            " does all the cooking with me, she's a proper little chef",
        ),
        (
            "the little girl staying with the couple upstairs does all the housework, they say"
            " she's a niece from back home and I've seen scald marks on her arms",
            "the girl next door is about 12, she does all the cleaning for pocket money and is in"
            " year 7 at the school up the road",
        ),
        (
            "there's a 14 year old at my neighbour's who never goes to school, she looks after"
            " their kids all day and they say she's a relative from abroad",
            "my 12 year old did all the cooking today, she's not in school because of the strike"
            " and got a burn on her hand from the oven",
        ),
        # "do something about" a mosque or an asylum hotel, with petrol got; not a clothes drive
        (
            "my brother keeps going on about doing something about the mosque on friday and he's"
            " got jerry cans of petrol stashed in the garage",
            "the lads from church are doing something about the hotel with the asylum seekers"
            " next weekend, a clothes drive, he's bought petrol for the van to drive the boxes"
            " there",
        ),
        (
            "my uncle says we need to do something about that migrant hotel, he's filled two"
            " jerry cans and keeps them under the stairs",
            "we need to do something about the mosque roof before winter, he's got petrol for the"
            " generator and a ladder",
        ),
        # help with the rent or a case offered for sex or going to his flat; not to his office
        (
            "my landlord says he can knock the arrears off if I sleep with him, he's been letting"
            " himself in at night",
            "my landlord says he can knock the arrears off if I pay the rest by friday, he's been"
            " really understanding",
        ),
        (
            "the man at the hostel told me he could sort my housing application if I came to his"
            " flat on my own",
            "the man at reception says he can get my room moved to the ground floor if I go to"
            " his office with the form",
        ),
        (
            "the security guard says he can get my asylum papers sorted if I'm nice to him, he"
            " keeps knocking at night",
            "my son says he can sort my benefits claim online if I come up to his room after tea",
        ),
        # fire threatened against a public building with a day or "serious"; not petrol for the
        # minibus, nor a band's set that will burn the hall down
        (
            "if they carry on with these police meetings we're gonna torch the council offices"
            " tomorrow, I mean it",
            "I'll bring petrol for the minibus to the town hall on Saturday, I'm serious about"
            " the lift",
        ),
        (
            "I'm going to burn the town hall down on saturday, nobody listens",
            "our band is going to burn the hall down with our set on saturday, come along",
        ),
        # harm told in Nigerian Pidgin: a woman beaten now, a child kept from school and beaten;
        # not a drum beaten, nor a niece helping in a shop
        (
            "abeg help me, my neighbour husband dey beat her for outside, she dey shout and e no"
            " gree stop",
            "abeg my neighbour husband dey beat drum for church, e dey shout and e no gree stop",
        ),
        (
            "the small girl wey dem bring from Benin dey wash plate for the family all day, dem"
            " no send am go school, her aunty dey flog am with belt",
            "the small girl wey come from Lagos dey help her aunty for shop this holiday, she dey"
            " enjoy am well well",
        ),
        # harm told in patois: a threat at the door, a child hit every day; not a cake knife,
        # nor a child teething
        (
            "him a come wid a knife, him seh if mi open di door him ago kill mi",
            "him ago bring di knife dem fi cut di cake at di party",
        ),
        (
            "di pickney upstairs, him madda lick him wid di broom every day, mi hear him a bawl"
            " now",
            "di pickney upstairs a bawl every night, him teething an him madda cyaan get him fi"
            " sleep",
        ),
        # trapped in a lift now with no air or the alarm dead; not a lift stuck for a minute
        (
            "my dad is stuck in the lift at the library with his oxygen running low, he says he"
            " can't breathe properly and nobody is answering the alarm",
            "my dad was stuck in the lift at the library for a minute last year, he laughs about"
            " it now and takes the stairs",
        ),
        # left out in the cold, the lift home gone and the battery going; not home fine in the end
        (
            "the minibus drove off without my nan and she's sat at the bus stop in her chair,"
            " it's freezing and her phone is on 2% and she can't walk",
            "the minibus drove off without my nan so I picked her up, freezing night but she got"
            " home fine and had a hot chocolate",
        ),
        # someone who fled a man, found again; not a friend who found the writer in the crowd
        (
            "my ex husband who I fled from two years ago turned up at the session, my sister"
            " says he knows where I live now",
            "my friend who I lost in the crowd at the session found me by the tea urn and we sat"
            " together",
        ),
        # held in a room and not let leave or phone anyone; not grandchildren keeping a grown-up
        # in for stories
        (
            "two men have got my cousin locked in the store room at the shop and won't let her"
            " phone anyone, she texted me from a hidden phone",
            "the grandkids kept me in the play room and would not let me leave until I had read"
            " them three stories",
        ),
        # a threat to kill shouted while someone hides; not a toddler and a monster
        (
            "her boyfriend is outside the flat screaming he is going to kill her and she has"
            " barricaded herself in the bathroom",
            "my toddler was shouting he will kill the monster under the bed and I hid in the loo"
            " laughing",
        ),
        # a weapon shown with word it will be used; not a knife for the cake
        (
            "the man at the bus stop pulled out a blade and told me he would use it if I looked"
            " at him again",
            "my uncle pulled out his new knife at the picnic and said he would use it on the"
            " cheese first",
        ),
        # petrol to be brought to a meeting where the councillors will be; not petrol for the
        # minibus
        (
            "a lad on the estate says he is taking a can of petrol to the meeting on Thursday"
            " because the councillors will be there",
            "the driver is taking a can of petrol to the meeting on Thursday for the minibus in"
            " case it runs low on the way back",
        ),
        # someone cared for unfed for days and weak; not a cat off her food
        (
            "my grandad has not eaten anything for four days and is getting weaker, he refuses a"
            " doctor and I'm the only one with him",
            "my cat has not eaten anything for four days and is getting weaker, the vet is"
            " seeing her tomorrow",
        ),
        # someone who fled a man, found at the station; not a bore escaped at a party
        (
            "the man my sister ran away from has tracked her down, he found her at the station"
            " and is following her",
            "the bloke I escaped from at the party was so boring, he found me again by the"
            " snacks and talked about his car",
        ),
        # kept in a room and not let call anyone; not a trainer keeping a class till six
        (
            "her landlord has shut her in the basement flat and will not let her phone her mum",
            "the trainer kept us in the training room and would not let us leave till six doing"
            " role plays",
        ),
        # young children on their own overnight with no parent back; not an hour after school
        (
            "the toddler and baby across the landing have been alone all night, their dad never"
            " came home",
            "my son is home alone for an hour after school until his dad comes home",
        ),
        # a carer or an agency who never came, someone left unfed or unable to get up; not a
        # carer's visiting times or a carer off with cover
        (
            "the care company has not sent anybody since sunday and my uncle has not eaten or"
            " been able to get up",
            "the care company has not sent the rota yet, my uncle's carer comes at 8 and 6",
        ),
        (
            "district nurse never came today, grandad hasn't had his insulin and can't get out"
            " of bed",
            "district nurse came today, grandad has had his insulin and is up and watching telly",
        ),
        # a lost child who is autistic or cannot speak, not found yet; not one found at once
        (
            "cannot find my little girl in the shopping centre, she's non verbal and has no"
            " sense of danger, security still looking",
            "cannot find my little girl's shoes, she's non verbal so she can't tell me where",
        ),
        # an older person suddenly not knowing the writer, with a fever; not long-standing
        # dementia
        (
            "grandma has been seeing people that aren't there since last night and she's got a"
            " high temperature, she has never been like this",
            "grandma has dementia and some days she is seeing people that aren't there, the"
            " memory clinic say that is expected",
        ),
        # an eviction told as past with a home found since; not an eviction happening today
        (
            "we are getting evicted today with the kids and have nowhere to go",
            "got evicted back in 2021, now we are settled in a council flat and doing well",
        ),
        # no one from the agency, someone sat in a chair without tablets; not a review awaited
        (
            "nobody from the care agency has come since friday and my aunt has been sat in the"
            " same chair without her tablets",
            "nobody from the care agency has come to the review yet, my aunt has her tablets with"
            " her in the chair",
        ),
        # a deaf child lost and not found; not lost in a book
        (
            "my 4 year old has got lost at the carnival, he is deaf and cannot hear us calling, it"
            " has been 30 minutes",
            "my 4 year old got lost in his book at the carnival, he is deaf so he reads a lot",
        ),
        # no heating at home with a toddler freezing; not the main hall's heating
        (
            "no heating and my toddler is freezing, nothing till friday",
            "no heating in the main hall and my toddler was freezing, nothing till the break",
        ),
        # self-defence asked about, with him coming back tonight; not a question for the debate
        (
            "quick one, would i get charged for protecting myself if my ex turns up again"
            " tonight? he still has the front door keys",
            "quick one for the debate, would you get charged for protecting yourself in your own"
            " home? asking for the session on the law",
        ),
        # a lethal amount asked about with the packet at hand; not a dose asked of a pharmacist
        (
            "how many of my mums tablets would it take to never wake up? got the box right here",
            "how many of these tablets would it take to help my back? the pharmacist has the box",
        ),
        # someone with dementia shut in a hot car; not the keys locked in
        (
            "my grandad has shut himself in the car in the sun, he has alzheimers and won't"
            " unlock it, who do i ring",
            "i have locked my keys in the car in this heat, who do i ring, the rac?",
        ),
        # a threat to put the writer in hospital, meant; not a hospital appointment
        (
            "can i claim a taxi if i end up in hospital? my partner said she would put me back"
            " in hospital if i go out again and she means it",
            "can i claim a taxi to the hospital? my partner said she would drive me but she"
            " means to be at work",
        ),
        # a passport kept and not let out, the writer there now; not a question for the panel
        (
            "is it legal if the people i clean for keep my passport and don't let me go out? i"
            " am still there now, he thinks i am at the shop",
            "is it legal if an employer keeps your passport and won't let you go out? we are"
            " covering modern slavery on saturday",
        ),
        # a bone broken before and threatened again; not a cast off
        (
            "she told me if i tell anyone she will break my wrist again",
            "i told her if she falls off that trampoline she will break her wrist again",
        ),
        # a parent passed out beside a child, not waking; not a toddler asleep
        (
            "my mum is out cold on the floor with the baby beside her and i could not wake her",
            "my toddler is out cold after the park, he is asleep with his teddy beside him",
        ),
        # followed since the bus stop, scared; not a friend walking behind
        (
            "how do you report someone following you? a man has been behind me from the bus stop"
            " and i am almost home",
            "my mate has been behind me from the bus stop, we are walking to the venue together",
        ),
        # shut in a room without food, right now; not a question for the session
        (
            "is it neglect if my uncle locks my nan in her bedroom with no meals? he is doing"
            " that now, she just texted me scared",
            "is it neglect if a carer locks someone in their bedroom with no meals? it was in"
            " the case study",
        ),
        # a sentence asked about with the fuel ready; not a question about a trial in the news
        (
            "whats the punishment for torching a car, the lad who hurt my son lives round the"
            " corner and i bought a can of petrol",
            "whats the punishment for arson, the trial in the news said ten years",
        ),
        # someone on a ledge who will not come down, a jump asked about; not a cat
        (
            "who do you call if someone might jump? my neighbour is stood on the edge of the"
            " multi storey and refuses to come down",
            "who do you call when a cat might jump? ours is on the garage roof and refuses to"
            " come down",
        ),
        # a gun with its use tonight threatened; not a glue gun
        (
            "my brother has got a shotgun in his room and told me he is going to use it tonight",
            "my brother has got a glue gun in his room and told me he is going to use it tonight",
        ),
        # insulin run out and drowsy; not a question for the diabetes talk
        (
            "my son has no more insulin and he is getting really drowsy, how long can you go"
            " without it",
            "how long can you go without insulin? it came up in the diabetes talk, my son has"
            " plenty",
        ),
        # a harm from years ago come back; not one long over, its time said after it
        (
            "my ex used to hit me, years ago now, but he found me again last week",
            "my ex used to hit me, years ago now, it is long over and he lives in spain",
        ),
        # the writer's own wish to die beside a course's lesson; not the lesson alone
        (
            "they taught us what to do if someone says they want to die, and i want to die",
            "they taught us what to do if someone says they want to die, it was a good course",
        ),
        # a harm to a child happening right now; not a disclosure asked about in general
        (
            "what happens if someone tells a steward a child is being hurt? it is happening"
            " right now to my niece",
            "what happens if someone tells a steward a child is being hurt? just curious",
        ),
        # money passed to a daughter if something happens this weekend; not a weekend away
        (
            "who gets my expenses if something happens to me this weekend? please make sure they"
            " go to my daughter",
            "who gets my expenses if I'm away that weekend? please make sure they go to my account"
            " as usual",
        ),
        # a knife someone has and says they will use tonight; not a knife for food tech
        (
            "a lad in my son's year has got a knife in his coat and says he is using it tonight on"
            " a boy from the estate",
            "my son has a knife in his bag for food tech and says he is using it later to chop"
            " onions",
        ),
        # an old man yelled at, a thud, and he has gone quiet; not yelling at the football
        (
            "does anyone know who to ring, the man upstairs was yelling at his old dad, then there"
            " was a thud and now he has gone quiet",
            "the man upstairs was yelling at the football, then there was a thud when he jumped up"
            " and now he has gone quiet",
        ),
        # how many of a medicine is lethal; not the most to take in a day
        (
            "how many diazepam is lethal",
            "how many diazepam is the most you can take in a day",
        ),
        # kept in a room and not fed, "it is me", days counted; not a dog before the vet
        (
            "is it allowed that my son keeps me in my room and does not give me food? it is me,"
            " four days already",
            "is it allowed that my son keeps the dog in his room and does not give it food before"
            " the vet? four days already",
        ),
        # the price of hurting someone asked, parked across from his flat; not a table's debate
        (
            "what would you get for glassing the man who hurt your sister? I'm parked across from"
            " his flat",
            "what would you get for glassing someone in a pub fight? we argued about it at our"
            " table",
        ),
        # the writer and the baby got out before he comes home; not the last bus
        (
            "can I claim a cab tonight, I have to get me and the baby out before he comes home"
            " from the bookies",
            "can I claim a cab tonight, I have to get the baby to my mum's before the last bus"
            " goes",
        ),
        # what to do if a friend is ending it, with her goodbyes posted; not a guide being written
        (
            "what do you do if a friend says she is ending it? she has just posted her goodbyes on"
            " instagram",
            "what do you do if a friend says she is ending it? asking for the guide our table is"
            " writing",
        ),
        # men trying to get girls into a car, still there; not a letter about it last term
        (
            "two men in a silver car keep trying to get girls into it by the bus stop, they are"
            " still there",
            "two men in a silver car kept trying to get girls into it by the bus stop, the school"
            " sent a letter about it last term",
        ),
        # an acid threat and a selfie from outside the office; not a radio storyline
        (
            "my ex keeps saying he will throw acid at me and he has just sent a selfie from outside"
            " my office",
            "how do you stop someone saying he will throw acid at you? it was a storyline on the"
            " radio drama",
        ),
        # voices telling someone to do harm; not a satnav's voice
        (
            "my son says a voice keeps telling him to stab his dad, he is up in his room now",
            "my son says the satnav voice keeps telling him to take the next exit, it drives him"
            " up the wall",
        ),
        # voices meaning people talking in another room; the voices in someone's head read
        (
            "the voices in my head are so loud today i could not hear the facilitator",
            "we could hear voices through the wall all afternoon, can we move upstairs",
        ),
        # a belief of being poisoned with a plan to act on it; not a food allergy
        (
            "my sister is sure the neighbours are putting something in her food and says she is"
            " going to deal with them tonight",
            "my sister is sure the caterers put nuts in her food last time, she is going to email"
            " them about it",
        ),
        # days without sleep with wild spending and driving off; not a new parent's tiredness
        (
            "my dad has been awake for five nights, spent all the savings on a boat and has just"
            " driven off at 90mph saying he is invincible",
            "my dad has been up for five nights with the new puppy, he is driving to the vet"
            " tomorrow and the boat trip is off",
        ),
        # a past manic episode told as over is left alone
        (
            "he is manic again, has not slept in four days, maxed out his credit cards and is on"
            " the roof of the flats",
            "years ago he was manic, had not slept in four days and maxed out his credit cards,"
            " he is stable now on his medication",
        ),
        # a new mother who believes the baby is not hers, alone with him; not a baby kept warm
        (
            "my daughter gave birth a fortnight ago and now says the baby is not hers, she is"
            " alone with him tonight and not answering",
            "my daughter gave birth a fortnight ago and the baby is gorgeous, she is alone with"
            " him tonight while her husband works",
        ),
        # someone gone from a psychiatric unit with a weapon; not a recovery told as going well
        (
            "my uncle has walked out of the psych unit and has a machete with him",
            "my uncle was discharged from the psych unit last spring and he is doing really well",
        ),
        # sectioned, let out of hospital and believing she is god with the children; not a knee op
        (
            "she was sectioned in june, they let her out of hospital this morning and now she"
            " thinks she is god and has the children",
            "he was let out of hospital this morning after his knee op and now he thinks he is"
            " fine to have the children",
        ),
        # chosen by god with a plan to act on it; not picked for a team
        (
            "my cousin says he has been chosen by god and he is going to punish them at the"
            " mosque on friday",
            "my cousin says he has been chosen for the county team and he is going to thank them"
            " at the club on friday",
        ),
        # a landlord's men changing the locks with a child still inside; not a lock changed soon
        (
            "landlord and his lads are drilling the locks out, my baby is still in the flat",
            "the landlord is drilling the old locks out next tuesday so we will get new keys",
        ),
        # the landlord inside with a plea; not the landlord inside doing a repair
        (
            "landlord is in my bedroom. help me",
            "landlord is in my bedroom fixing the radiator so i will reply later",
        ),
        # a landlord letting himself in on a tenant in the bath; not a notified meter reading
        (
            "my landlord let himself in while my daughter was in the bath, he keeps a spare key",
            "landlord let himself in while we were on holiday to read the meter, he gave notice",
        ),
        # rent let off for sex; not rent let off for decorating
        (
            "the landlord says my arrears are cleared if i sleep with him on friday",
            "the landlord says my arrears are cleared if i repaint the stairwell by friday",
        ),
        # a debt with his men sent; not a shop's van coming for the sofa
        (
            "i owe the driver for my papers, if i cannot pay by sunday his men will come for me",
            "i owe the shop for a sofa, if i cannot pay by sunday their van will come for it",
        ),
        # an attorney who has drained the account; not an attorney asking how to check it
        (
            "my sister has power of attorney for dad and has drained his savings, he has no food",
            "my sister has power of attorney for dad and asked how to check his savings account",
        ),
        # a coach touching a child; not a coach criticised for shouting
        (
            "my sons coach has been touching him in the changing rooms, he has training tonight",
            "my sons coach has been shouting at him in the changing rooms, i will email the club",
        ),
        # a tutor alone with a child at his flat, with gifts; not a tutor at the library
        (
            "her tutor wants my 13 yr old at his flat for lessons alone, keeps buying her gifts",
            "her tutor wants my 13 yr old at the library for lessons and keeps setting her tests",
        ),
        # a threat from an ex in the police after a past fear of them; not the past fear alone
        (
            "i used to be afraid of the police, now my ex is one and he said he will kill me",
            "i used to be afraid of the police when i first came here, now i help at the station",
        ),
        # a child of the writer's made to carry knives; not gangs put forward for discussion
        (
            "can we talk about gangs? older boys are making my son carry knives for them tonight",
            "could we discuss gangs and teenagers, lads on the estate are getting kids to deal",
        ),
        # a baby with someone high and not answering; not a grandmother minding the baby
        (
            "my ex is looking after our baby tonight and he's off his head on coke, not answering"
            " me",
            "my mum is looking after our baby tonight so I can come, she's brilliant with her",
        ),
        # a baby shaken; not a baby rocked
        (
            "her boyfriend shook the baby because he wouldn't stop crying",
            "her boyfriend rocked the baby to sleep because he wouldn't stop crying",
        ),
        # a baby thrown and bruised; not a dummy thrown
        (
            "he chucked her onto the bed so hard she's bruised and won't stop screaming, she's 7"
            " months",
            "my 7 month old chucked her dummy onto the floor and won't stop giggling",
        ),
        # a mother who says the newborn is possessed and must go; not an evil genius at bedtime
        (
            "my wife keeps saying our newborn is possessed and that she has to get rid of it",
            "our newborn is an evil genius at bedtime lol, we are losing it but so in love",
        ),
        # a mother who will jump with her baby; not jumping in puddles
        (
            "my friend says she's going to jump off the bridge with her baby tonight",
            "my friend says she's going to jump in the puddles with her baby tomorrow",
        ),
        # a threat to throw the baby; not a party thrown for the baby
        (
            "her boyfriend says he will throw the baby off the balcony",
            "her boyfriend says we will throw the baby a party on the balcony",
        ),
        # someone on the floor for hours who cannot be got up; not a ceiling hoist as a need
        (
            "grandma has been on the bathroom floor for hours, we can't get her up",
            "grandma uses a ceiling hoist, so the venue needs an accessible bathroom",
        ),
        # a care alarm taken from someone who falls; not a pendant after a fall long past
        (
            "her son took away her pendant and she lives alone, she keeps falling",
            "she has had a pendant ever since her fall, she lives alone but is fine",
        ),
        # someone in bed no one has turned; not a carer's visiting times
        (
            "nobody has turned him since friday and he has sores on his back",
            "his carers come at 8 and 6, so nobody can come to the meeting before 7",
        ),
        # a carer who never came and no way to the toilet; not a carer running late
        (
            "my support worker never came today and i can't get to the toilet",
            "my support worker is running late today so i can't get to the meeting yet",
        ),
        # an older neighbour unfed and grey; not a neighbour fasting
        (
            "the old man next door has not eaten in days, his cupboards are bare",
            "the old man next door is fasting for ramadan, his cupboards are full of dates",
        ),
        # a hoarded flat with the doors blocked and a heater on; not a packed hall
        (
            "his flat is crammed with junk, the stairs are blocked and he has a heater on",
            "the hall was crammed with people and the stairs were blocked with prams",
        ),
        # someone with dementia gone missing; not a memory café missed
        (
            "my nan has alzheimers and she has gone missing from her flat",
            "my nan has alzheimers and she missed the memory cafe this week",
        ),
        # the hob left on with the alarm going; not one's own burnt dinner
        (
            "grandad keeps leaving the cooker on, the smoke alarm is going and he is sat there",
            "i left the cooker on too long, burnt the dinner, all sorted now",
        ),
        # someone with dementia gone missing; not missing his friends
        (
            "grandpa has dementia and has gone missing from the ward",
            "grandpa has dementia and has been missing his old friends from the ward",
        ),
        # someone in bed no one has turned, with sores; no one turning up
        (
            "nobody's turned my uncle since yesterday and he has bed sores",
            "nobody's turned up to fix my uncle's bed since yesterday, he has a new one",
        ),
        # a mob at a hotel housing asylum seekers and someone got in; not a peaceful vigil
        (
            "a crowd with flags is at the migrant hotel by the station, two broke in the side door",
            "there was a peaceful vigil outside the migrant hotel by the station, it went well",
        ),
        # a radicalised relative with a weapon; radicalisation as a topic
        (
            "my brother has been radicalised on youtube and has got a knife under his bed",
            "can the assembly talk about how teenagers get radicalised online and knife crime?",
        ),
        # a threat to hurt the next person of a group; football rivalry
        (
            "a lad at the bus stop keeps saying he'll stab the next muslim that walks past",
            "our fans are saying they'll batter the next team that comes to our ground, ha",
        ),
        # a family threatened to be burned out; a carer burned out
        (
            "they wrote on the stairs that the polish family upstairs will get burnt out",
            "the polish family upstairs say the carer is burnt out and needs a rest",
        ),
        # liquid poured on a door with a lighter at hand; a door painted
        (
            "two men are splashing something over our front door and one has matches",
            "two men are painting our front door and one has a ladder",
        ),
        # someone thrown to the ground now; coats thrown on the floor
        (
            "help a man just pushed the imam onto the pavement outside the mosque",
            "the kids threw their coats onto the floor in the hall, help me tidy now",
        ),
        # someone pinned against a wall; a poster pinned to a wall
        (
            "a guy has my sister pinned up against the bus shelter calling her a terrorist",
            "a guy put my sister's poster up against the bus shelter for the charity run",
        ),
        # home addresses posted with a call to go round; addresses shared for a mailing
        (
            "someone leaked our home addresses on facebook and wrote pay them a visit",
            "please can you share the home addresses of the hall so our guests can find it",
        ),
        # a dog set on someone; a dog set on a sofa
        (
            "the man next door set his staffie on my kids in the park today",
            "the man next door set his staffie on the sofa and it fell asleep",
        ),
        # someone shut in a shed by others; bins kept in a bin store
        (
            "my autistic son was locked in the shed by the boys on our road and isn't answering",
            "our bins are kept in the bin store by the boys' football cage, is that near the hall?",
        ),
        # petrol bombs being made; a history lesson
        (
            "my mate's older brothers have made molotovs for the demo on sunday",
            "the history teacher talked about molotov cocktails in the spanish civil war",
        ),
        # brakes cut on a wheelchair with a threat; a mechanic fixing brakes
        (
            "someone has cut the brakes on my mum's wheelchair and left a note saying next time",
            "the bike shop fixed the brakes on my mum's bike and left a note saying all done",
        ),
        # someone out of it on one drink led off by a man; not her boyfriend with a taxi
        (
            "my flatmate only had one drink and is barely standing, a guy is pulling her out to"
            " his car now",
            "my flatmate only had one drink and is barely standing, her boyfriend is taking her"
            " home in a taxi",
        ),
        # someone carried into a room and locked in; not the speakers
        (
            "the men at the house party carried my cousin into the bedroom and locked the door",
            "the men at the party carried the speakers into the bedroom and locked the door",
        ),
        # sex forced by a partner, or done while asleep; not himself forced to the gym
        (
            "my boyfriend forces himself on me most nights and he is home soon",
            "my boyfriend forces himself to go to the gym most nights and he is home soon",
        ),
        (
            "my flatmate keeps doing it to me while i am asleep and i do not know what to do",
            "my flatmate keeps doing the washing while i am asleep and i do not mind",
        ),
        # filmed in bed with a threat to post it; not a wedding video
        (
            "my ex filmed us in bed and says he will post it online if i leave",
            "my ex filmed the wedding and says he will post it online if i ask",
        ),
        # a man rubbing himself on someone or his thing out; not reading over a shoulder
        (
            "on the tube a man sat next to me is rubbing himself against me",
            "on the tube a man sat next to me is reading over my shoulder",
        ),
        (
            "the driver had his thing out while he was driving me home",
            "the driver had his thing about football while he was driving me home",
        ),
        # shifts kept for sleeping with the boss; not for swapping with him
        (
            "my boss says i can keep my shifts if i sleep with him",
            "my boss says i can keep my shifts if i swap with him",
        ),
        # a girl of 16 with a man of 31, hotels and gone tonight; not a boyfriend of 17
        (
            "my daughter is 16 and her boyfriend is 31, he takes her to hotels and she has gone"
            " with him tonight",
            "my daughter is 16 and her boyfriend is 17, he takes her to hotels and she has gone"
            " with him tonight",
        ),
        # not let leave a date with a plea; not a waiter and a pudding
        (
            "my friend on a tinder date texted me he will not let me leave, come get me",
            "my friend on a tinder date texted me the waiter will not let us leave without"
            " pudding haha",
        ),
        # a carer touching someone and back tonight; not touching up the paint
        (
            "the night carer has been touching him and he is coming again tonight",
            "the night carer has been touching up the paint and he is coming again tonight",
        ),
        # someone with dementia found undressed with the lodger; not a radiator fixed
        (
            "i found the lodger in my mums room, she has dementia and her clothes were off",
            "i found the lodger in my mums room fixing the radiator, she has dementia",
        ),
        # an assault years ago with support, and back now; not the same told as feedback
        (
            "I was raped years ago and I have a counsellor but he has found me again",
            "I was raped years ago and being able to talk about it today helped, I have a"
            " therapist",
        ),
        # Rape Crisis named as a service beside a risk now, or only as a service
        (
            "I volunteer at rape crisis and a man there keeps touching my leg, he is outside now",
            "I volunteer at rape crisis, can I mention that at my table?",
        ),
        # rape cases counted beside one's own, or only counted
        (
            "how many rape cases lead to a charge? mine did not and he raped me again last night",
            "how many rape cases lead to a charge in this borough? for the report",
        ),
        # a friend out of it driven off by two men; not walked to the bus stop
        (
            "she was out of it after the club and two men put her in their car",
            "she was out of it after the club so two guys walked her to the bus stop",
        ),
        # a girl carried upstairs and locked in; not a mate put to bed to sleep it off
        (
            "the lads carried my sister upstairs into the bedroom and locked the door",
            "the lads carried him upstairs to bed and locked the door so he could sleep it off",
        ),
        # a child on mum's phone, mum on the floor not waking; not dad napping on the floor
        (
            "this is her son on her phone, i am 7, mum is on the floor and will not wake up",
            "i am 8 and my dad is on the floor with my baby sister and will not wake up from his"
            " nap",
        ),
        # a child whose mum has not come home for days; not away on a trip with nan there
        (
            "im 13 and mum has not come home for two days, its just me and my sister",
            "im 13 and mum has not come home for two days, she is on a work trip and my nan is"
            " here",
        ),
        # children with no food for days and no money; not back from nan's, the shopping coming
        (
            "we have had no food in the flat for three days and dad says there is no money, me"
            " and my little sister are hungry",
            "we have had no food in the flat for three days as we were at my nans, dad is doing"
            " the shopping now, me and my little sister are hungry",
        ),
        # a girl of 13 with a boyfriend of 20 asking her to stay over; not her brother of 20
        (
            "i am 13 and my boyfriend is 20, he wants me to stay over at his flat tonight",
            "i am 13 and my brother is 20, he wants me to stay over at his flat tonight to watch"
            " the match",
        ),
        # a man of 27 who says no one may know about them; not until he proposes
        (
            "my boyfriend is 27 and says i must not tell my mum about us",
            "my boyfriend is 27 and says i must not tell my mum about us until he proposes",
        ),
        # an older man met on fortnite picking a child up; not a streamer watched
        (
            "a man i met on fortnite, he is older, is picking me up after school to go to his"
            " house",
            "a man i met on fortnite, he is older, streams every night and i watch him after"
            " school",
        ),
        # men near the college buying them drink, a party tonight; not a shop selling it
        (
            "some men near the college keep buying us drink and cigs and say they will take us"
            " to a party tonight",
            "the men in the shop near the college sell drink and cigs, we are going to a party"
            " tonight",
        ),
        # a stay paid back by sleeping with his friends; not by cooking for them
        (
            "her mates older brother let her stay, now he says she has to pay him back by"
            " sleeping with his friends",
            "my mates older brother let me stay, i will pay him back by cooking for his friends"
            " on sunday",
        ),
        # running away tonight with a bag packed; not a trip to the seaside
        (
            "i am going to run away tonight, bag is packed, do not tell my mum",
            "i am going to run away to the seaside tonight lol, bag is packed",
        ),
        # more pictures demanded with a threat to send his to mum; not pictures of a wedding
        (
            "a man from snapchat says if i do not send more pics he is sending the ones he has"
            " to my mum",
            "my aunt said unless i send more pics of the wedding she will post the ones she has",
        ),
        # taken back to pakistan to be married if she keeps seeing him; not a cousin's wedding
        (
            "my dad says if i keep seeing him he is taking me back to pakistan to get married",
            "my dad is taking me back to pakistan for my cousins wedding, he booked the flights",
        ),
        # an hour on a cliff edge, not knowing why writing; not an hour on a bridge in traffic
        (
            "been on the edge of the cliff for an hour. dont know why im texting",
            "been on the bridge for an hour in traffic, dont know why im texting you about it",
        ),
        # a drunk mum hitting them; not hitting the karaoke
        (
            "help mum drunk hitting us im 10",
            "help mum drunk hitting the karaoke again lol",
        ),
        # acid threatened if she leaves; not a party
        (
            "her ex said he will throw acid in her face if she leaves",
            "her ex said he will throw a party if she leaves lol",
        ),
        # self harm owned beside a PSHE lesson on it; not the lesson alone
        (
            "we did a thing about self harm in pshe today, i self harm and nobody knows",
            "we did a thing about self harm in pshe today and it made me think, does the"
            " assembly have any youth workers",
        ),
        # a dad who will not let a child go to school; not a mum saying no to a sleepover
        (
            "my dad will not let me go to school or see my friends",
            "my mum will not let me go to the sleepover so im free saturday after all lol",
        ),
        # a will made with a solicitor and a date set; not a will sorted at my age
        (
            "just made my will with the solicitor, i have set the date, take me off the list",
            "yes coming saturday. just made my will with the solicitor last week, feels good to"
            " have it sorted at my age!",
        ),
        # affairs sorted with an attorney and not around much longer; not nagged into it
        (
            "sorted my affairs this month, power of attorney and will done, i will not be around"
            " much longer",
            "sorted my affairs this month - lasting power of attorney, will, funeral plan."
            " daughter nagged me into it. anyway yes for sat.",
        ),
        # a girl to be cut tomorrow at her age; not her hair cut at nans
        (
            "they r cutting my sis 2moro morning at nans. shes 7. help",
            "mum is cutting my sis's hair 2moro morning at nans. shes 7 lol",
        ),
        # a grandmother flying in to cut a baby girl after the baptism; not for the naming
        (
            "her husband's mother is flying in to cut their baby girl after the baptism next"
            " weekend, she doesn't want it done",
            "her husband's mother is flying in for their baby girl's naming ceremony after the"
            " baptism next weekend, she can't wait",
        ),
        # a girl taken abroad in the holidays for sunna; not a trip home in the summer
        (
            "my mate's dad is taking her to the Gambia in the holidays for 'sunna', she's 9",
            "my mate's dad is taking her to the Gambia in the holidays to see her gran, she's 9",
        ),
        # a daughter to be cut next weekend; not cut some slack
        (
            "they're going to cut my daughter next weekend when grandma comes, she's only 6",
            "we're going to cut my daughter some slack next weekend when grandma comes, she's 6",
        ),
        # a woman from back home to do the girls, called a party; not their henna
        (
            "mum has the woman coming tomorrow from back home to do my 2 little sisters. they're"
            " calling it a party. i know what it is, it happened to me",
            "mum has the woman coming tomorrow from back home to do my 2 little sisters' henna."
            " they're calling it a party, the henna night is going to be so fun",
        ),
        # breast ironing done to a cousin tonight; not a documentary on it
        (
            "my aunty does the breast ironing thing on my lil cousin, she's gonna do it again"
            " tonight",
            "we watched a documentary on breast ironing in PSHE today, so sad, see you sat",
        ),
        # a girl's chest pressed with a hot stone; not a stone floor and ironing shirts
        (
            "my sister-in-law is pressing my 11 yr old's chest with a hot grinding stone every"
            " morning",
            "ironing my 11 yr old's school shirts every morning, then the stone floor needs a"
            " clean",
        ),
        # a brother with a knife over shame, the writer hiding; not knife skills on a show
        (
            "help. brother has knife. says i shamed us. im in bathroom",
            "my brother has knife skills now, says i shamed us at the bake off lol",
        ),
        # cousins hunting the writer to take her back to her husband for the shame; not a lift
        (
            "my cousins were waiting at the bus stop to take me back to my husband, they'll deal"
            " with me for bringing shame, they're still driving round looking for me",
            "my cousins were waiting at the bus stop to take me back to my husband's after the"
            " henna night, so sweet of them",
        ),
        # a punishment decided by his brothers for talking to a man; not teased for it
        (
            "he said after this we go to his brothers and they decide my punishment for talking"
            " to a man at lunch",
            "my husband and his brothers teased me for talking to a man at lunch about football",
        ),
        # more dowry demanded with a burn; not a dowry as family history
        (
            "my husbands family want another £5000 dowry, his mum burned my arm with the iron"
            " yesterday",
            "my gran's family wanted another cow as dowry back in the day, she laughs about it"
            " now while she does the ironing",
        ),
        # a flight booked to marry a man at 17 after a no; not a cousin's wedding
        (
            "They've booked my flight to Lagos for the 14th to marry a man from my dad's church."
            " I said no. I'm 17.",
            "They've booked my flight to Lagos for the 14th to see my cousin marry a man from my"
            " dad's church. I'm 17 and so excited.",
        ),
        # a sister married off who cannot understand what marriage is; not a happy nikah
        (
            "my parents are marrying her to a man in pakistan for his visa, she doesn't"
            " understand what marriage is",
            "my sister and her fiance had their nikah over video call for his visa, she's so"
            " happy and he's lovely",
        ),
        # a cousin beaten every evening since refusing the man chosen; not sulking
        (
            "her uncle's been beating my cousin with a belt every evening since she refused the"
            " man they chose for her",
            "my cousin refused the man they chose for her and her uncle's been sulking every"
            " evening",
        ),
        # put out with the baby and sleeping in the car tonight; not put out by a train
        (
            "she and the baby were put out this evening and are sleeping in her car tonight, it's"
            " below zero",
            "she and the baby were put out by the cancelled train this evening, it's below zero"
            " out there",
        ),
        # an abortion forced because it is a girl; not a talk about it
        (
            "my in-laws are taking me to India next month to force an abortion because it's a"
            " girl, please help",
            "there was a talk about families who force an abortion because it's a girl, can we"
            " have more on that",
        ),
        # a childminder who slapped a son who goes back tomorrow; not the childminder's hours
        (
            "the childminder slapped my son today and he has a mark on his face. he goes back to"
            " her tomorrow",
            "the childminder's hours change today, my son goes back to her tomorrow at 8",
        ),
        # a man following since the town hall, still behind; not a friend walking with her
        (
            "there's this guy who's been following me since the town hall and he's still there"
            " behind me",
            "my friend walked me from the town hall to the bus stop and he's still there waving"
            " lol",
        ),
        # elders taking a trans or gay young person to pray it out of them; not praying with them
        (
            "my daughter (16) came out to her church group. the elders took her to the pastors"
            " house tonight to pray it out of her and her phone is off",
            "my daughter (16) came out to her church group and the elders prayed with her"
            " tonight, they were really kind about it",
        ),
        # sent back home to be fixed, passport taken; not sent home for the summer with a baptism
        (
            "my dad found out i converted, he is sending me back home to be fixed and he has"
            " taken my passport",
            "my old man found out i got baptised, says hes proud and hes sending me back home to"
            " show the family",
        ),
        # sent to a healing retreat after coming out, unwilling; not a church summer camp
        (
            "my mum found out i am trans and is sending me to a church healing retreat next week,"
            " i do not want to go",
            "my mum is sending me to a church summer camp next week, i do not want to go lol it"
            " is so boring",
        ),
        # a boy called a witch and thrown out; not a witch at guessing presents
        (
            "my aunt says my cousin is a witch who made her lose the baby, she has thrown him out"
            " and he is sleeping outside, he is 11",
            "my aunt says my cousin is a witch at guessing the christmas presents, he is 11 lol",
        ),
        # a newborn called cursed and not let be fed; not cursed with his dad's ears
        (
            "my sister in law says the baby is cursed and will not let me feed her, she is 4 days"
            " old and sleepy all the time",
            "my sister in law says the baby is cursed with her dads ears lol, she is 4 days old"
            " and feeding well",
        ),
        # a toddler called possessed and locked in a cupboard; not possessed at bedtime as a joke
        (
            "my mum reckons my nephew is possessed and locked him in the cupboard to get it out,"
            " he is 2",
            "my mum reckons my nephew is possessed cos he screams every bedtime, he is 2, its"
            " called teething",
        ),
        # insulin stopped because diabetes is a curse; not tablets changed by the GP and a prayer
        (
            "my uncle stopped my cousins insulin because the healer says the diabetes is a curse,"
            " she keeps being sick",
            "the gp stopped my mums tablets and gave her new ones, the pastor came round to pray"
            " with her, she is doing well",
        ),
        # epilepsy medicine thrown away for jinn; not medicine kept up through Ramadan
        (
            "the imam told us her fits are from jinn so we threw away her epilepsy medicine",
            "the imam told us to keep taking her epilepsy medicine in ramadan and to pray for her",
        ),
        # chemo stopped because god will heal; not a healing service after chemo
        (
            "they stopped my nans chemo because the pastor says god will heal her at the healing"
            " service, she can barely stand",
            "we are taking my nan to a healing service tonight after her chemo, the pastor says"
            " god will heal her",
        ),
        # a spirit to be beaten out of a brother tonight; not a scene in a film
        (
            "they are taking my brother to the prophet tonight to beat the spirit out of him",
            "we watched a film tonight where the priest tries to beat the spirit out of him, so"
            " creepy",
        ),
        # a boy held down at every deliverance; not a deliverance service's times
        (
            "the pastor holds my son down during deliverance every sunday and he comes home"
            " bruised",
            "cant make saturday morning, we have got a deliverance service at church 10 to 12",
        ),
        # ruqyah done by tying and slapping; not ruqyah recited on oneself
        (
            "the raqi doing ruqyah on my mum ties her to the chair and slaps her, he is back"
            " tomorrow",
            "my nan does ruqyah on herself every night, just reciting surahs, it keeps her calm",
        ),
        # a wife said to have jinn and beaten to get it out; not a joke about cleaning at 5am
        (
            "my brother says his wife has jinn and he beats her to get it out, she is locked in"
            " the bedroom now",
            "my brother jokes his wife has jinn in her because she cleans the house at 5am",
        ),
        # a girl said to have a demon, made to fast; not a first Ramadan fast
        (
            "my parents say my sister has a demon and are making her fast with no water, she is 8"
            " and fainted",
            "my sister is fasting for ramadan for the first time, she is 8 and so proud, can she"
            " skip lunch",
        ),
        # a boy called possessed and not fed; not possession as a topic for a session
        (
            "my stepdad says my little brother is possessed and has not fed him since friday",
            "can we do a session on possession and deliverance in churches? i hear the met has a"
            " team on it",
        ),
        # an imam has a boy come alone for special prayers and not tell; not madrasa class times
        (
            "the imam makes my son come alone to his room for special prayers and told him not to"
            " tell anyone, he is 10",
            "the imam gives my son special prayers before his exams, he is 10 and loves the"
            " madrasa class times on tuesday",
        ),
        # a pastor takes a girl alone for private prayers, she cries; not a pastor in for tea
        (
            "the pastor comes round when my husband is out and takes my daughter alone for"
            " private prayers, she cries after, she is 12",
            "the pastor came round for tea and gave my daughter a blessing for her exams, she is"
            " 12 and was so happy",
        ),
        # spat at outside the mosque now and still followed; not a past incident asked about
        (
            "someone spat at my mum outside the mosque just now and he is still following her",
            "someone spat at my dad outside the church last year and nobody did anything. he is"
            " fine now but how do we report it next time",
        ),
        # a pastor praying being gay out of a brother with his door locked; not a fear of flying
        (
            "my parents know my brother is gay, the pastor is at ours now trying to pray it out"
            " of him and they have locked his door",
            "the pastor prayed it out of me - my fear of flying lol, flew to spain fine",
        ),
        # a fall, blood and not waking told in fragments; not a friend's visit in fragments
        (
            "my mum. fall. stairs. blood. not wake. help",
            "my friend. visits tuesdays. 2 oclock. we play cards. happy",
        ),
        # a man kicking the door in fragments; not a nosebleed that stopped
        (
            "man. door. shouting. kick door. scared. help.",
            "nose bleed. stopped now. fine. thanks for help",
        ),
        # chest pain and no breath alone in fragments; not a chest cold that has gone
        ("pain. chest. cant breath good. alone", "chest cold. gone now. feel better. thank you"),
        # made to do things to him or he will tell, a secret; not a secret card made for mum
        (
            "Sam says i have to do the things to him or he will tell my mum. he says it is a"
            " secret. he comes at 8 tonight",
            "Sam says i have to do the card for mum. he says it is a secret. he comes at 8"
            " tonight to help",
        ),
        # made to go to his car and take clothes off; not a boyfriend who drives and waits
        (
            "the man from the club makes me go to his car and take my clothes off. he will be"
            " there friday",
            "my boyfriend drives me to the club and waits in the cafe. he will be there friday",
        ),
        # told to sleep with his mates to pay back money; not to sleep at a mate's house
        (
            "my boy friend says i have to sleep with his mates to pay back the money. they come"
            " at 10 tonight",
            "my boy friend says i have to sleep at his mates house after the party. they come at"
            " 10 tonight",
        ),
        # hit with a belt and told not to tell; not helped with a belt for school trousers
        (
            "my step dad hit mum and me with a belt last night. mum says dont tell. he is home at"
            " 5",
            "my step dad helped mum and me with a belt for my school trousers last night. he is"
            " home at 5",
        ),
        # kicked and told it will be done again tomorrow; not helped and to be helped again
        (
            "at college Ben kicked me at lunch time. he said tomorrow he will do it again. i have"
            " to go tomorrow at 9",
            "at college Ben helped me at lunch time. he said tomorrow he will do it again. i have"
            " to go tomorrow at 9",
        ),
        # a carer who pinched an arm purple again; not a support worker's visit times
        (
            "my carer pinshed my arm again this morning at 8.30. it is all purple. she comes back"
            " at 6",
            "my support worker comes again at 8.30 in the morning. she helps me with my tablets."
            " she comes back at 6",
        ),
        # a bone to be broken if the writer spends again; not the washing up if late again
        (
            "he said if i spend money again he will brake my arm. i bought a drink today",
            "he said if i am late again he will make me do the washing up lol. i am late now",
        ),
        # locked in a room by night staff and unable to get out; not a quiet room left open
        (
            "the night staff put me in my room and lock the door. i can not get out. i need the"
            " toilet",
            "the staff let me use the quiet room when it is loud. i can get out when i want",
        ),
        # lost in the dark with the phone nearly flat; not lost once and shown the way
        (
            "i am lost. it is dark. i do not know where i am. my phone is 3 percent",
            "i was lost at first but a man showed me the way. my phone is 3 percent so i will"
            " text later",
        ),
        # a baby not breathing right with a whistle; not a baby's sweet whistle asleep
        (
            "my baby is not breathing right and making a noise like a whistle. she is 5 months",
            "my baby makes a noise like a whistle when she sleeps, so sweet. she is 5 months",
        ),
        # someone with learning disabilities not home and not answering; not home watching tv
        (
            "my brother has learning disabilities. he has not come home from the day centre. he"
            " is not answering his phone",
            "my brother has learning disabilities. he has come home from the day centre and is"
            " watching tv",
        ),
        # an autistic girl gone to meet a man from roblox who will buy her a phone; not a friend
        (
            "my daughter is 14 she is autistic. she went out to meet a man she met on roblox. he"
            " said he will buy her a phone",
            "my daughter is 14 she is autistic. she went out to meet a friend she met at the"
            " club. they are buying a phone",
        ),
        # fire and smoke at home and stuck upstairs; not a fire alarm test
        (
            "fire in my house. smoke in the kitchen. i am stuck upstairs",
            "fire alarm test in my block today. i am in the kitchen making tea",
        ),
        # a mum drinking wine all day about to drive the children; not drinking tea
        (
            "my mum says she will drive me and my sister home. she has been drinking wine all"
            " day. she has the keys",
            "my mum says she will drive me and my sister home. she has been drinking tea all day."
            " she has the keys",
        ),
        # cleaning stuff drunk and a burning throat; not bleach bought for the toilet
        (
            "i drank the cleaning stuff from under the sink. my throat is burning",
            "i bought the bleach. the blue bottle for the toilet",
        ),
        # thinking to jump from a bridge; not jumping on the next train to see mum
        (
            "i am on the bridge over the river. i keep thinking to jump. it is very high",
            "i am on the platform at stratford. i am thinking to jump on the next train to see my"
            " mum",
        ),
        # a boy of 3 left alone in the car by his nanny; not left with her husband
        (
            "my sons nanny leaves him in the car on his own when she goes to the pub. he is 3."
            " she has him now",
            "my sons nanny leaves him in the car with her husband when she goes to the shop. he"
            " is 3",
        ),
        # a very tight chest, a heavy arm and sweating by voice typing; not a chest cold gone
        (
            "voice typing full stop my chest is very tight and my arm is heavy and i am sweaty",
            "my chest was very tight with a cold last week and i felt sick but i am fine now",
        ),
        # scared of the police taking the children; not less scared of the police now
        (
            "i am so scared of the police, they will take my kids",
            "my sister typed this. i have dyslexia. i am not so scared of the police now",
        ),
        # wanting to die like a film's character; not a character's wish in a film
        (
            "in the film the man wanted to die and i want to die too",
            "in the film last night the man wanted to die and his dog saved him. i cried. good"
            " film",
        ),
        # hurting oneself again last night; not hurting oneself at school and not now
        (
            "i used to hurt myself at school. i do not now. but last night i hurt myself again",
            "i used to hurt myself when i was at school. i do not now. i have a good doctor",
        ),
        # where to sleep tonight, asked after being put out with no money; not a hotel key left
        (
            "hotel say i must leave today, no money no place, tonight where i sleep",
            "the hotel says I must leave my key at reception, where do I sleep tonight, room 12?",
        ),
        # a child hit by a minder's partner who has the child again tomorrow; not a ball kicked
        (
            "my sister minds the kids but on saturday her husband smacked my son round the face"
            " and she has got them again tomorrow, i have nobody else",
            "my sister minds the kids but on saturday her husband taught my son to kick a ball"
            " round the park and she has got them again tomorrow, they love it",
        ),
        # a child made to carry parcels and wanted out again tonight; not parcels for a food bank
        (
            "my daughter is 14, some older boys send her to carry parcels to the station and she"
            " came back with bruises, they want her out again tonight",
            "my daughter is 14, the church sends her to carry parcels to the food bank and she"
            " came back tired, they want her out again tonight",
        ),
        # a threat set for a day that has come; not a repair to be dealt with on Friday
        (
            "a lad told my son he would be stabbed on thursday if he came to school. it is"
            " thursday.",
            "got a letter on monday saying my repair would be dealt with by the council on"
            " friday. it is friday.",
        ),
        # a beating that comes back every weekend, with the weekend here; not the wallet that pays
        (
            "when he is drunk he beats me, every friday without fail. today is friday",
            "he gets drunk every weekend and it is my wallet that pays for it. it is saturday"
            " tomorrow",
        ),
        # attacked and told they will be waiting; not mates who jumped the writer with a surprise
        (
            "some lads battered me on the estate on monday and told me they will be back for me"
            " on friday",
            "my mates jumped me with a surprise party after the last session and said they will"
            " be waiting outside the hall on saturday with cake",
        ),
        # wages kept by the people the writer lives with, not let leave; not wages that took a hit
        (
            "the family i live with keep all my wages and i am not allowed to leave the house",
            "the people i live with and i split the bills, my wages took a hit this month, I"
            " sleep in the kitchen when my brother visits",
        ),
        # petrol poured at the door with him home now; not petrol spilled filling the mower
        (
            "someone poured petrol through our letterbox on sunday, he is next door now",
            "my neighbour spilled petrol by my front door last night filling his mower. he is"
            " home now",
        ),
        # back again with a knife this time; not back for the cooking class's knife skills
        (
            "my ex is back again after sunday. machete this time, he is in the garden",
            "my son is back again after last night at the cooking class. knife skills this time",
        ),
        # someone alone who fell and silent since the morning; not out at the bingo
        (
            "my dad lives alone, he fell on the stairs last night and has not answered his phone"
            " since this morning",
            "my dad lives alone, he fell asleep in his chair last night and has not answered his"
            " phone since this morning, he is at bingo",
        ),
        # someone old with no heat all week, muddled and not answering the door; not a cold hall
        (
            "my nan has no heating, the boiler broke on monday, it is below zero and she is"
            " confused and not answering the door",
            "the heating is broken in the hall, it is below zero, my nan is confused about the"
            " time and not answering the door to the carol singers, she is staying with my aunt",
        ),
        # letters written and "after Friday I am done"; not done with the assembly
        (
            "my letters are all written. after friday i am done.",
            "my letters are all written for the panel. after friday i am done with the assembly.",
        ),
        # slurred speech and a face dropping after a nap; not the dentist's numbing
        (
            "my husband dozed off after lunch and now his speech is slurred and his mouth looks"
            " like it is drooping",
            "my husband had a filling at the dentist and dozed off after lunch, now his speech"
            " is slurred and his mouth looks like it is drooping, the numbing will wear off",
        ),
        # armed and back again in the road now; not a villain back in a drama
        (
            "he is back again outside my flat after last night. gun this time",
            "in the bbc drama he is back again after last night's episode. gun this time, grim",
        ),
        # letters written and done after Sunday; not letters written for the council
        (
            "the letters are written. after sunday i am done",
            "after sunday i am done. the letters are written for the council, so glad",
        ),
        # a rider hiding from lads with a knife; not a long shift ending at the chicken shop
        (
            "three lads boxed me in on my bike, one has a knife, i am hiding behind the bins",
            "long shift on the bike today, lads at the chicken shop had a knife tattoo, i am"
            " home now",
        ),
        # a man with a knife saying open the till; not a difficult customer at the till
        (
            "a man just walked in with a knife saying open the till, i am on my own at work",
            "a difficult customer at work said open the till again, he wanted a refund, knife"
            " and fork set",
        ),
        # something sharp put to a cab driver's neck; not a barber's blade to the neck
        (
            "a passenger in my cab held something sharp against my neck and told me to keep"
            " driving",
            "the barber put a blade to my neck for a shave and i flinched, no harm done",
        ),
        # locked in the building with the phone dying; not a fire drill with everyone let out
        (
            "security locked the offices with me still inside and my phone is on 3%, nobody"
            " answering",
            "fire drill at the offices today, they locked the doors with me inside for a minute,"
            " my phone is on 50%",
        ),
        # pills from work and "tonight I'm done"; not done at ten after the medication round
        (
            "i have taken the tablets from the ward trolley and tonight i am done.",
            "i have got the tablets for the round from the ward trolley and tonight i am done at"
            " 10",
        ),
        # making sure of not waking up; not making sure of not waking up late for a long shift
        (
            "left my tools to the lads on site, tonight i will make sure i do not wake up",
            "long shift tomorrow, three alarms to make sure i do not wake up late",
        ),
        # a man kicked on the floor outside work now; not a fall in a training video
        (
            "on the door tonight and some lads are stamping on a man on the pavement outside",
            "health and safety training with a video of lads stamping on a man on the pavement",
        ),
        # a passenger punching a woman on the bus; not a difficult customer shouting at a driver
        (
            "i drive the 55, a man is punching a woman on the top deck and i stopped the bus",
            "i drive the 55, a difficult customer was shouting at a woman on the top deck again",
        ),
        # a colleague trapped under a forklift and not moving; not a forklift course's scenario
        (
            "the pallets came down and my colleague is trapped under them, he is not moving",
            "on the forklift course today we learned what a colleague trapped under a pallet"
            " needs, he is not moving in the video",
        ),
        # a boss who corners the writer and says "or else" tonight; not a strict boss about a rota
        (
            "my boss cornered me in the stock room and said i will come to his flat tonight or"
            " else",
            "my strict boss said i will finish the stock room tonight or else no bonus, grabbing"
            " me a coffee first",
        ),
        # robbers back blocking the door saying they will do the writer; not doing him a favour
        (
            "the men who robbed me on monday are back at the till saying they are going to do me",
            "the lads from the shop next door are back saying they are going to do me a favour"
            " and cover my shift",
        ),
        # a resident found on the floor barely breathing; not a first aid course's dummy
        (
            "just got to mrs k for her lunch call and found her on the floor, she is barely"
            " breathing",
            "first aid training today, we found the dummy on the floor barely breathing and did"
            " cpr",
        ),
        # a resident unfed for days and grey with no doctor; not fasting for an operation
        (
            "the man in room 4 has not eaten anything for four days and nobody has called the"
            " doctor",
            "the man in room 4 has not eaten for two days before his operation, the doctor said"
            " that is fine",
        ),
        # a colleague's husband coming to kill her, with her hiding; not a joke about his dinner
        (
            "my colleague says her ex is coming to the shop to kill her, she is hiding in the"
            " stockroom",
            "my colleague says her husband is coming to the shop to kill her for eating his"
            " dinner lol",
        ),
        # a fall through a skylight with blood from the ear; not a training video of a fall
        (
            "my mate fell off the roof at work and there is blood coming out of his ear",
            "health and safety training showed a video of a man who fell off the roof, blood"
            " from his ear",
        ),
        # a man on the bus saying he will blow it up with a bag; not a fire drill or a photo
        (
            "a man on the train keeps saying he is going to blow it up, he has a rucksack",
            "my son says he is going to blow it up to poster size, the photo of the bus",
        ),
        # petrol poured and a lighter held; not petrol spilled at the pump and cleaned up
        (
            "a customer splashed petrol all over the shop and is holding a lighter",
            "a customer spilled petrol at pump 4 and then bought a lighter and some crisps",
        ),
        # a boss who kicked a boy now coughing blood; not a late payslip and a cough
        (
            "the manager punched the new lad in the stomach and now he is spitting blood",
            "the manager gave the new lad his payslip late and now he has a bad cough, no"
            " hospital needed",
        ),
        # a pupil with cuts still bleeding who will do worse; not a graze from the playground
        (
            "found a girl in the changing rooms with cuts on her wrists still bleeding, she said"
            " she will do it again tonight",
            "found a girl in the playground with cuts on her knees from a fall, she said she"
            " will do better next time",
        ),
        # a gun pulled out and no one let leave; not a glue gun and a late finish
        (
            "a man at my work pulled out a gun and said we are not leaving",
            "my boss put the glue gun on the table and told him he is not leaving till the boxes"
            " are done, this job is killing me",
        ),
        # a child gone off in a van with men no one knows, phone off; not with his coaches
        (
            "sorry cant make tuesday, my son (14) got into a van with three men outside the"
            " chicken shop, I have never seen them before and now his phone is off",
            "sorry cant make tuesday, my son (14) got into a van with two men after football, his"
            " coaches, I have never met them but the club says they drive the team, his phone is"
            " off",
        ),
        # cash and a burner, and a child going "OT" this weekend; not birthday money and his nan
        (
            "found £500 in my nephews drawer and a burner phone, hes 16, says hes going OT with"
            " some boys this weekend",
            "found £500 in my nephews drawer, his birthday money, and his old phone, hes 16, says"
            " hes going up country this weekend to see his nan",
        ),
        # a child gone to meet a "boy" from a game who sounds a grown man; not a girl from it
        (
            "my daughter is 12 and just snuck out to meet a boy she knows from roblox, he said he"
            " was 14 but his voice on the call was a grown man",
            "my daughter is 12 and just went to meet a girl she knows from roblox, her mum is"
            " taking them both to the cinema",
        ),
        # a girl of fifteen staying with a boyfriend of 27; not with one her own age
        (
            "my niece is 15 and keeps staying with her boyfriend, he is 27, he picks her up from"
            " school",
            "my niece is 15 and keeps staying with her boyfriends family, he is 15 too, his mum"
            " picks them up from school",
        ),
        # a note that says forgive me, and the phone off; not a note about cake before a festival
        (
            "my brother is 17, he left a note on the kitchen table saying forgive me and look"
            " after mum, his phone is off",
            "my brother is 17, he left a note on the kitchen table saying forgive me for eating"
            " your cake, off to a festival, his phone is off",
        ),
        # a teenager going to join "the brotherhood" with a flight; not going to join his brothers
        (
            "my grandson (16) keeps talking about going to join the brotherhood over there, he"
            " booked a flight for thursday",
            "my grandson (16) keeps talking about going to join his brothers over there in"
            " canada, he booked a flight for thursday",
        ),
        # the olders a girl holds for threatening to cut her over a debt; not a club's subs
        (
            "my sister is 15, the olders she holds for are going to cut her if she does not pay"
            " back what the police took off her",
            "my boy 15 says the club he runs for will drop him if he does not pay back the £20"
            " kit money by friday",
        ),
        # food and drink refused since last night with fainting; not a sulk with him fine
        (
            "my son is 16, he has refused to eat or drink since last night and now he keeps"
            " fainting",
            "my son is 16, he has refused to eat or drink since last night because he is sulking"
            " about his phone, he is fine, just grumpy",
        ),
        # a child gone to see a "friend" from a game no one can place; not one whose mum is known
        (
            "my 12 yr old went to see a friend from fortnite hours ago, i have never met him and"
            " her phone is off",
            "my 12 yr old went to see a friend from fortnite, i know his mum, she is bringing her"
            " back at 6",
        ),
        # a teenager in a taxi with men met on an app; not with girls met there
        (
            "my sister 14 got into a taxi with some men she met on snapchat, she is not answering",
            "my sister 14 got into a taxi with some girls she met on snapchat, they are going"
            " bowling",
        ),
        # a goodbye texted and the sender not answering now; not a goodbye from the airport
        (
            "my cousin texted me goodbye and sorry and now she will not answer",
            "my brother texted me goodbye from the airport and now he will not pick up, must be"
            " boarding",
        ),
        # pictures held for gift cards by a time or sent to her friends; not a club's raffle
        (
            "my 14 yr old got a message saying send £50 in steam cards by midnight or her pictures"
            " get sent to all her friends",
            "the club says send £20 in vouchers in the next week or his photos go in the raffle for"
            " his whole team",
        ),
        # someone else cutting, the cuts deeper than before; not a son cutting in on a talk
        (
            "my brother keeps cutting, i saw new cuts on his arm much deeper than before",
            "my son (14) keeps cutting me off when I talk, our rows go much deeper than before",
        ),
        # an eating disorder, a faint now and the heart pounding; not flopped on the sofa
        (
            "my son has bulimia and has just fainted in the bathroom, his heart is pounding",
            "my daughter is 17 and anorexic, she has just collapsed on the sofa after the ward"
            " round, her heart is racing about going home",
        ),
        # a child sent off to work the lines in another town; not the lines at a factory
        (
            "my nephew 16 has been sent down to work the lines in devon and he sounds terrified",
            "my son 17 has been taken on to work the lines at the factory over summer, night"
            " shifts",
        ),
        # a child paid by a man and off to drop something off; not a tip for washing a car
        (
            "my son 12 has a new phone and £150, a man at the bus stop gave it him, now he is off"
            " to drop something off for him",
            "son 13 came home with £10, says a man next door gave it him for doing a favour,"
            " washing his car. he is going back tonight to pick up his tip",
        ),
        # lads coming for a brother after school with knives posted; not a game of fortnite
        (
            "three lads are coming for my brother after school, they have been posting knives on"
            " snap, he is out now",
            "some boys from another estate are coming for my son tonight to play fortnite, they"
            " posted a video with machetes saying his name",
        ),
        # "I will kill you" with a knife outside the room; not a screwdriver fixing the handle
        (
            "my son 16 screamed i will kill you and is outside my room with a knife",
            "he said ill kill you mum, joking about the last biscuit, then stood at my bedroom"
            " door with a screwdriver fixing the handle",
        ),
        # a young child left in his room all day; not a teenager who stays in her room
        (
            "the little boy next door is left in his room all day, I never see his mum",
            "my daughter is moody and stays in her room all day, normal for 15 they say, any"
            " sessions after 6?",
        ),
        # children out on their own till late every night; not a teenager back by a time
        (
            "the kids next door are out on their own till 11pm every night",
            "my daughter snuck out to a party at 9pm, she was back by 10 and grounded now, can I"
            " bring her saturday?",
        ),
        # a punishment kept for when the guests leave; not a recipe taught once they have gone
        (
            "Eid at his mum's, he has been drinking all day and says once the guests have gone"
            " he'll teach me a lesson",
            "Eid at his mum's, he has been cooking all day and says once the guests have gone"
            " he'll teach me his mum's dal",
        ),
        # a child who told of being touched by a man staying; not her toes touched in a stretch
        (
            "my little sister is 8, with us at Easter, she told me the lodger touches her",
            "my little sister is 8, with us at Easter, she told me she touches her toes every"
            " morning in gymnastics",
        ),
        # a teenager sent abroad to be healed of being gay; not a card sent and a hip healed
        (
            "my parents found out i'm gay and are sending me to a pastor abroad to be healed,"
            " the flight is friday",
            "my parents found out i'm gay and are sending me a card, the pastor abroad healed"
            " my nan's hip, lol",
        ),
        # a gay young man at a retreat he cannot leave and not fed; not a retreat's lunchtime
        (
            "my cousin is gay and the church sent him to a retreat where he isn't allowed to"
            " leave, he says they're not feeding him",
            "my cousin is gay and the church sent him to a retreat where he isn't allowed to"
            " leave before lunch, he says they're feeding him loads",
        ),
        # a trans young man at a camp that took his phone and wanting out; not a summer camp
        (
            "my brother is trans and the camp our family sent him to took his phone, he"
            " messaged from a friend's saying he wants out",
            "my brother is trans and the camp he chose for the summer took his phone for the"
            " weekend, he loved it",
        ),
        # put out for being bi an hour ago; not put out years back and well now
        (
            "got chucked out for being bi an hour ago, is there anywhere i can stay",
            "got chucked out for being bi when i was 17, now i run the youth group, is there"
            " anywhere i can stay after the session",
        ),
        # family who found out on their way to teach him a lesson; not to take him for a curry
        (
            "his dad found out he is trans and is on his way over with his brothers to teach"
            " him a lesson",
            "his dad found out he is trans and is on his way over with his brothers to take"
            " him for a curry",
        ),
        # hate words sprayed on a front door while it is kicked; not a rainbow for pride
        (
            "two lads are spray painting death to gays on our front door and kicking it now",
            "two lads are spray painting a rainbow on our front door for pride, looks great",
        ),
        # a partner keeping the HIV pills for days; not locked in the car by mistake
        (
            "he's hidden my PrEP and my HIV pills and says I won't get them back, been three days",
            "he's locked my HIV meds in his car by mistake, he's dropping them back tonight",
        ),
        # an autistic adult kept at a man's flat; not shown a flat by the housing team
        (
            "my autistic brother is 30, a man from a dating app is keeping him at his flat"
            " and won't let him call us",
            "my autistic brother is 30, a man from the housing team showed him the flat and"
            " let him call us after",
        ),
        # days slamming and the face gone grey; not doors slammed in stress
        (
            "my boyfriend's been slamming since friday and his face has gone grey",
            "my boyfriend's been slamming the doors since friday and his face has gone grey"
            " with the stress",
        ),
        # days on chems and the lips turning blue; not slushies
        (
            "my bf has been on chems for two days and his lips are turning blue",
            "my bf has been on the slushies for two days and his lips are turning blue lol",
        ),
        # self-harm of years ago cut again; not years clean now
        (
            "used to self harm as a teen when I was coming out, clean for a bit but cutting again"
            " since Friday",
            "used to self harm as a teen when I was coming out, 12 yrs clean now, happy to share"
            " at the youth session",
        ),
        # a plan to die made again now; not a plan at 17 the member is glad they left undone
        (
            "When I was 16 I planned to kill myself and now I'm planning it again",
            "When I was 17 and got kicked out, I planned to kill myself. Really glad I didn't,"
            " I'm a youth worker these days",
        ),
        # someone blackmailing the member now; not someone who tried in 2021 and got charged
        (
            "someone is trying to blackmail me with pics from an app, he wants money by tonight",
            "someone tried to blackmail me with photos off a dating app in 2021, I went to the"
            " police and he got charged",
        ),
        # a hate attack on the member; not the same attack read about in the news
        (
            "the homophobic attack outside the bar in Stratford was on me and my boyfriend, they"
            " said they'll be back",
            "read the news about the homophobic attack outside the bar in Stratford, awful,"
            " everyone I know is fine",
        ),
        # a son blackmailed over his nudes; not a soap's storyline that does the viewer's head in
        (
            "my son is being blackmailed over his nudes and it's doing my head in",
            "the Corrie storyline where she's being blackmailed over her nudes is doing my head"
            " in lol",
        ),
        # killing oneself over a match, meant; not laughed off and taken back
        (
            "if they lose I'm going to kill myself, not joking, I've got the pills ready",
            "if England lose I'm going to kill myself lol (jk, see you at the session)",
        ),
        # hopeless with no point left; not hopeless with the bills someone else does
        (
            "I am hopeless, I can't see the point anymore",
            "my husband does all the bills, I'm hopeless with them",
        ),
        # a scammer moving someone's savings now; not a cousin on a call about a better rate
        (
            "a scammer has had my uncle on facetime for two hours, now he is moving his"
            " savings to a safe account",
            "my uncle has had my cousin on facetime for two hours, now he is moving his"
            " savings to a better rate",
        ),
        # a fake detective coming to collect cash; not a detective's talk at a coffee morning
        (
            "someone rang my grandma saying a detective is coming to collect her cash for"
            " safekeeping, he'll be round in 20 minutes",
            "my grandma rang saying a detective is coming to talk at her coffee morning about"
            " keeping cash safe, he'll be there in 20 minutes",
        ),
        # a lender sending people round tonight; not a lender on the telly for a documentary
        (
            "the money lender says he'll send people round to my sister's flat tonight, they"
            " know what she looks like",
            "the money lender on the telly says he'll send people round to the flat for a"
            " documentary, they know what he looks like",
        ),
        # the people owed coming round to smash someone's legs; not a pint owed and the match
        (
            "the guy i owe says he's coming round tonight with his mates to smash my legs in",
            "the guy i owe a pint says he's coming round tonight with his mates for the match",
        ),
        # bailiffs locking a parent out with the baby inside; not the locks changed next door
        (
            "bailiffs are changing the locks and my baby is still in there asleep, they won't"
            " let me back in",
            "the bailiffs were changing the locks on the empty shop next door, my baby is in"
            " bed asleep and slept through it",
        ),
        # medicine sold for a debt and no breath; not inhalers picked up from the chemist
        (
            "had to sell my inhalers to pay the loan shark and now i can barely breathe",
            "had to pick up my new inhalers from the chemist and now i can breathe again",
        ),
        # debt collectors, had enough and the engine running; not the car fixed in the lock up
        (
            "the debt collectors will not stop and i have had enough. the engine is running in"
            " the lock up. tell my son i love him",
            "the debt collectors finally stopped ringing, the engine is running in the lock up"
            " to fix the heater. tell my son his car is ready",
        ),
        # a child with a parent gambling, no food and a brother slapped; not a weekend gardening
        (
            "im 13, my dad's been gambling all weekend, no food, no electric, and he slapped"
            " my baby brother this morning",
            "im 13, my dad's been gardening all weekend, no food waste goes in the bin, and he"
            " waters my baby brother's sunflowers this morning",
        ),
        # a girl of 14 gone to meet a boyfriend of 26; not a boyfriend of her own age
        (
            "my daughter is 14 and her boyfriend is 26, she has gone to meet him at the station,"
            " i cannot stop her",
            "my daughter is 14 and her boyfriend is 14 too, she has gone to meet him at the"
            " station with his mum",
        ),
        # a girl passed out carried into a room by men who lock it; not one put to sleep it off
        (
            "two men at the afterparty carried a girl into the back room, she was passed out,"
            " they locked the door and will not let anyone in",
            "two men at the afterparty carried a girl into the back room to sleep it off, she was"
            " passed out, her mate is sitting with her and locked the door",
        ),
        # a man downstairs strangling his girlfriend, heard now; not beating her at chess
        (
            "the couple downstairs are at it again, he is strangling his girlfriend, i can hear"
            " her choking through the floor, please send someone",
            "the couple downstairs are at it again, he is beating his girlfriend at chess, i can"
            " hear her groaning through the floor",
        ),
        # a neighbour fallen and still on the floor behind a bolted door; not asleep there
        (
            "my neighbour across the landing had a fall last night and he is still lying on the"
            " floor, i can see him through the letterbox but the door is bolted",
            "my neighbour across the landing fell asleep on the floor again after the party, she"
            " is still on the floor snoring, her door is locked and she lives alone",
        ),
        # a toddler upstairs screaming for hours and no one in or out; not one teething with mum
        (
            "toddler upstairs has been screaming for hours, nobody has been in or out all day, i"
            " think he is alone in there",
            "toddler upstairs has been screaming for hours, teething, his mum is with him and"
            " nobody has been in or out as they are all poorly",
        ),
        # a neighbour not out for a week, flies and the telly on, aged; not one away on a cruise
        (
            "my neighbour mr patel hasn't been out in a week, flies at the window and the telly's"
            " on all night, he's 79",
            "my neighbour mr patel hasn't been out in a week, he's on a cruise, flies at the"
            " window from his plants and the telly's on a timer, he's 79",
        ),
        # water onto crackling sockets with a baby there; not with the power off at the mains
        (
            "the bath upstairs overflowed and water is dripping onto the sockets in our lounge,"
            " they're crackling and my baby is asleep in there",
            "the bath upstairs overflowed and water is dripping onto the sockets in our lounge,"
            " they were crackling so the power is off at the mains and my baby is asleep",
        ),
        # a man on his balcony railing sobbing that no one will care; not feet up at the football
        (
            "the man next door is sitting on his balcony railing, 12th floor, sobbing and saying"
            " no one will care",
            "the man next door is sitting on his balcony on the 12th floor with his feet up,"
            " sobbing at the football and saying no one will care if we lose",
        ),
        # a neighbour collapsed, gasping and gone grey; not almost collapsed and sat down with tea
        (
            "my neighbour's collapsed on the stairs, she's gasping and gone grey",
            "my neighbour almost collapsed on the stairs with the shopping, she was gasping and"
            " gone grey, sat her down with a tea",
        ),
        # locked in a bathroom with the children and the phone hidden; not an escape room
        (
            "my partner has locked me and my girls in the bathroom and hidden my phone, I'm"
            " messaging from my laptop, help me",
            "my partner locked me and my girls in the escape room for my birthday and hid my"
            " phone in the clue box, we solved it in 40 minutes",
        ),
        # a knife waved at a girl who is trapped; not a chef's knife waved at the onions
        (
            "a lad is waving a knife at a girl outside the chippy, she's trapped against the wall",
            "the chef is waving a knife at the onions outside the chippy, a girl is trapped in"
            " the queue behind me",
        ),
        # a window forced with a screwdriver and someone at the door now; not the caretaker
        (
            "someone is forcing the window with a screwdriver, they're outside our front door"
            " right now",
            "the caretaker is forcing the window with a screwdriver because it's stuck, he's at"
            " our front door right now with the new lock",
        ),
        # a loose dog that has attacked a woman and is going for her children; not last month's
        (
            "an xl bully got out of the house next door, it has attacked a woman and is now going"
            " for her kids",
            "an xl bully got out of the house next door last month, it attacked a woman and now"
            " it's going for a new home",
        ),
        # the gas left on by someone with dementia who is smoking; not a cut off valve fitted
        (
            "my dad with alzheimers left the gas on again and he's smoking in the kitchen",
            "my dad with alzheimers left the gas on again last week, the engineer fitted a cut"
            " off valve and he's stopped smoking",
        ),
        # what police do if someone reports a harm, asked for a discussion; not happening now
        (
            "question for the panel: what do police actually do if someone reports being"
            " stalked? it's happening to my daughter right now",
            "question for the panel: what do police actually do if someone reports being"
            " stalked? for our table's discussion",
        ),
        # a subject asked for on the agenda; not when it is happening to the member
        (
            "is cuckooing going to be on the agenda? because it's happening to me, they moved"
            " into my flat and took my keys",
            "is cuckooing going to be on the agenda? I saw a documentary about it and want to"
            " know more",
        ),
        # how kids in general are got running drugs, remarked on; not a brother sent tonight
        (
            "scary how they get kids running drugs, they have got my little brother running"
            " drugs to margate tonight",
            "scary how they get kids running drugs, the documentary on it was on last night,"
            " worth a watch",
        ),
        # a neighbour's threat to report to the council over the parking; not with a knife threat
        (
            "my neighbour threatened to report me to the council over the parking and said he'd"
            " stab me if i park there again",
            "my neighbour threatened to report me to the council over the parking lol, petty,"
            " we're fine",
        ),
        # children screaming with banging against the wall; not banging and drilling for shelves
        (
            "the kids next door were screaming and there was banging against the wall all"
            " night, their dad's drunk again",
            "the kids next door were screaming with excitement and there was banging and"
            " drilling all night, their dad's putting up shelves",
        ),
        # a bin fire's flames catching a flat's window frames, a family inside; not a wood burner
        (
            "someone has set fire to the bins outside and the flames are catching the window"
            " frames of the flat, there's a family in there",
            "the flames are catching the logs in the wood burner now, there's a family in there"
            " warming up",
        ),
        # smoke up through the floorboards with kids asleep; not the smell of chips from below
        (
            "smoke is coming up through our floorboards from the takeaway below and there are"
            " kids asleep in the flat",
            "a smell of chips is coming up through our floorboards from the takeaway below,"
            " there are kids asleep in the flat",
        ),
        # a girl bleeding with her boyfriend chasing her; not fake blood at Halloween
        (
            "the girl next door is bleeding from her head and her boyfriend is chasing her"
            " round the car park",
            "the girl next door ran out covered in fake blood for halloween and her boyfriend"
            " is chasing her round the car park",
        ),
        # locked in the flat with the keys taken; not locked in an escape room for an hour
        (
            "he locked us in the flat and took the keys, the kids are crying",
            "they locked us in the escape room for an hour and we couldn't get out, so fun",
        ),
        # locked in by a stepdad who will not let them out; not locked in an escape room
        (
            "we got locked in by my stepdad, he won't let us out",
            "we got locked in the escape room and couldnt get out, took us 58 mins haha",
        ),
        # locked in the bathroom "like an escape room"; not the zombie escape room with cousins
        (
            "he locked me in the bathroom, like an escape room he said, and wont let me out",
            "got locked in the zombie escape room with my cousins, we couldnt get out till they"
            " gave us a clue",
        ),
        # locked in a car after an escape room; not locked in the escape room for the last puzzle
        (
            "after the escape room my boyfriend locked me in the car and wouldnt let me out",
            "we were locked in for an hour at the escape room and still couldnt crack the code",
        ),
        # locked in at home after an escape room; not locked in a themed lab as the game
        (
            "the escape room was fun, then back home they locked us in the bedroom and took our"
            " phones",
            "at the escape room on saturday they locked us in a zombie lab, we got out with a"
            " minute left",
        ),
        # an elderly neighbour's post not taken in, curtains shut; not one away on a cruise
        (
            "my elderly neighbour hasn't taken her post in for a week and her curtains are shut",
            "my elderly neighbour is away on a cruise for two weeks and her post is piling up",
        ),
        # the post piling up beside a smell; not an old lady on a cruise, post to be taken in
        (
            "old man next door, post piling up for two weeks and there's a smell",
            "the old lady next door is on a cruise, post piling up for two weeks, I'll take it in"
            " for her",
        ),
        # post piling up and curtains shut for a week; not an old man on holiday in Spain
        (
            "old man downstairs, his post is piling up and the curtains are shut for a week",
            "old man downstairs is on holiday in spain, his post is piling up and the curtains"
            " are shut for a week",
        ),
        # the hob left on by someone with dementia alone; not turned off and all fine now
        (
            "my nan with dementia left the hob on, she's on her own and not picking up",
            "mum left the hob on again, she is on her own, turned it off, all fine now",
        ),
        # the gas left on by someone confused and alone; not switched off and all good now
        (
            "mum is confused and left the gas on, she's alone in the flat",
            "dad's getting forgetful, left the cooker on, I switched it off and all good now",
        ),
        # the gas left on by a grandmother alone; not turned off by the writer since
        (
            "grandma left the gas on and she is alone, she is not picking up",
            "grandma left the gas on earlier when she was alone, I turned it off and she's fine",
        ),
        # a gas smell with candles being lit; not candles beside a smell of burning toast
        (
            "I can smell gas in the kitchen and my flatmate is lighting candles",
            "I can smell burning in the kitchen, my flatmate is lighting candles and burnt the"
            " toast",
        ),
        # a gas smell with candles just lit; not candles with a smell of burning and no alarm
        (
            "gas smell everywhere and she's just lit the candles, what do i do",
            "a burning smell everywhere and she's just lit the candles, what a nice evening",
        ),
        # a gas smell with incense lit; not incense and the smoke alarm tested
        (
            "the flat stinks of gas and grandad is lighting incense, help",
            "the flat stinks of smoke and grandad is lighting incense, the smoke alarm test went"
            " fine",
        ),
        # joining a father who died on a day, with a thank-you; not joining his choir
        (
            "Dad died in June and I have decided I'm going to join him on Sunday. Thank you for"
            " everything",
            "Dad died in June and I have decided I'm going to join his old choir on Sunday. Thank"
            " you for everything",
        ),
        # wanting to be with her at her grave with all her tablets; not with flowers for a while
        (
            "i'm by her grave now with all her tablets, i just want to be with her",
            "i'm by her grave now with flowers, i just want to be with her a while",
        ),
        # a death, "done" and "tonight is the night" with a goodbye; not done with the ironing
        (
            "my husband died last year and i'm done, tonight is the night. tell everyone i loved"
            " them",
            "my husband died last year and i'm done with the ironing, tonight is the night for"
            " takeaway",
        ),
        # a grandmother to follow grandad soon, her ring given; not following him on facebook
        (
            "nan says she'll follow grandad soon and today she gave me her ring and told me not to"
            " come round",
            "nan says she'll follow grandad soon on facebook, she's learning her phone, told me not"
            " to come round till 5",
        ),
        # the children handed on from today to go and be with someone; not for a new job
        (
            "I can't collect my children after today. I am going to be with Sam. Please make sure"
            " someone gets them",
            "I can't collect my children after today as I start a new job. Please make sure"
            " someone gets them",
        ),
        # not seen since the funeral with the curtains shut; not gone to her daughter's
        (
            "nobody has seen her since the funeral, the curtains are still shut and she's 90",
            "nobody has seen her since the funeral, she's gone to her daughters in Leeds, the"
            " curtains are still shut",
        ),
        # not out of bed for days since a death with young children unfed; not with the writer
        # staying
        (
            "my brother has not got out of bed in 4 days since his wife died, the kids are 2 and 5"
            " and no one is feeding them",
            "my brother has not got out of bed in 4 days since his wife died, the kids are 2 and 5"
            " and I'm staying with them",
        ),
        # a carer not come for days to someone who cannot walk; not a carer not come yet
        (
            "grandad's carer has not come for three days and he can't walk on his own",
            "grandad's carer has not come yet and he can't walk far on his own",
        ),
        # a father keeping the writer in for weeks; not a father's rule because of dealing nearby
        (
            "my dad won't let me out for weeks, he says I'm not leaving this house",
            "my dad won't let me out after dark because there's dealing in the park",
        ),
        # a mother's no to going out beside a blow; not a strict mother's rule about the night
        (
            "my mum won't let me go out at night, she hits me if I ask",
            "my mum won't let me go out on my own at night, she's so strict lol",
        ),
        # a father's rule beside a phone taken; not a father's rule till the homework is done
        (
            "my dad won't let me out after dark and he took my phone",
            "my dad won't let me go out till my homework is done",
        ),
        # a father's rule with a threat to kill; not parents' rule over gangs round here
        (
            "my dad won't let me go out at night and says he'll kill me if I do",
            "my parents won't let me out past 9 because of the gangs round here",
        ),
        # a mother keeping the writer from school; not a mother's rule on school nights
        (
            "my mum won't let me go out after dark or go to school",
            "my mum won't let me go out on a school night, so see you saturday",
        ),
        # a stepfather's rule until a marriage; not a father's rule about mates on a weeknight
        (
            "my stepdad won't let me out until I marry his friend",
            "dad won't let me go out with my mates on a weeknight, he's so strict",
        ),
        # a husband's rule about the night; not a mother's rule after a stabbing nearby
        (
            "my husband won't let me go out on my own at night",
            "my mum won't let me go out alone after dark since the stabbing on the estate",
        ),
        # a stranger locking them in a shed; not the escape room's staff locking them in
        (
            "a stranger locked us in the shed and we can't get out",
            "the escape room staff locked us in for an hour and we couldn't get out, best"
            " birthday ever",
        ),
        # a man locking them in his van after an escape room; not the escape room's guy
        (
            "we left the escape room and a man locked us in his van",
            "the escape room guy locked us in for 60 minutes and we escaped with seconds left",
        ),
        # a boyfriend locking the writer in the flat; not the game master locking them in a cell
        (
            "my boyfriend locked me in the flat and took my keys",
            "did an escape room for jack's stag, the game master locked us in a cell and we got"
            " out with 2 mins to spare",
        ),
        # a father locking the writer in for days; not the escape room's staff in a zombie lab
        (
            "my dad locked me in my room for days",
            "at the escape room they locked us in a zombie lab, so fun",
        ),
        # burning oneself again; not a burning smell from the toaster
        (
            "burning myself again, I can't stop",
            "burning smell in the kitchen, think it's the toaster again, see you at 10",
        ),
        # burning started again; not a burning smell from the car's clutch
        (
            "started burning again last night",
            "burning smell in the car, mechanic thinks it's the clutch, running late",
        ),
        # burning one's arms with a lighter; not burning toast
        (
            "I've been burning my arms with a lighter",
            "burning toast again lol, be there in 5",
        ),
        # a sparking socket with a burning smell; not a burning smell from next door's barbecue
        (
            "the socket in the kids bedroom is sparking and theres a burning smell, the trip"
            " switch isnt doing anything",
            "burning smell from next door's bbq, all fine",
        ),
        # medicine stopped to be with the one who died; not statins stopped on the GP's advice
        (
            "dad stopped taking his insulin since mum passed, says he wants to be with her",
            "dad stopped taking his statins on the GP's advice, says he wants to go to her for a"
            " second opinion",
        ),
        # chest pains with no ambulance let be called; not heartburn and not let forget the curry
        (
            "grandad has chest pains and won't let us call an ambulance",
            "grandad had chest pains after the curry, turned out to be heartburn, and he won't let"
            " me forget I made it",
        ),
        # not eating or drinking for days since a funeral; not fasting before an operation
        (
            "grandad won't eat or drink since nan's funeral, it's three days now",
            "grandad won't eat or drink after midnight before his operation, three days to go",
        ),
        # nobody with a father who cannot take his tablets alone; not a support worker there
        (
            "I'm stuck in A&E and nobody is with my dad, he has dementia and can't take his tablets"
            " on his own",
            "He can't cook alone yet so his support worker is with him every evening",
        ),
        # a man who rents the writer a room, in at night as they sleep; not a meter check
        (
            "wrong chat sorry. the man who rents me the room comes in at night when I'm asleep "
            "and tells me not to tell anyone",
            "the landlord keeps coming in at night to check the meter, he texts first",
        ),
        # men coming tonight with knives to sort someone out; not lads with bats for cricket
        (
            "ignore that, meant for Dev. his mates are coming tonight with knives to sort him "
            "out if he's not gone",
            "the lads are coming tonight with bats for cricket practice, they'll sort us out "
            "with a lift if we're not gone by 6",
        ),
        # a friend's cut arms posted with a last word; not her wrists shown with new bracelets
        (
            'forwarding: Ellie posted a photo of her arms all cut with "last one tonight" and '
            "shes not answering",
            "Ellie posted a pic of her wrists with her new bracelets, last one tonight she "
            "says, so pretty",
        ),
        # a child who swallowed a washing pod and is sick; not a tablet grabbed off him in time
        (
            "sorry wrong group, my toddler swallowed a washing pod and he's drooling and being "
            "sick",
            "Callum nearly chewed a dishwasher tablet, grabbed it off him in time, he's being "
            "sick from the bug anyway",
        ),
        # someone kept at a house till he has sold it all; not a flat at a car boot sale
        (
            "pasting what my nephew sent: they took him to a house in Hastings and won't let "
            "him leave until he's sold it all",
            "they've took me to a flat in Margate for the car boot and won't let me come home "
            "till I've sold it all",
        ),
        # a debt with a threat to come to the family home; not a tenner for pizza with a laugh
        (
            'forwarding the text Sam got: "you owe me, bring the money Friday or we come round '
            "to your mum's flat\"",
            "your brother owes us a tenner for the pizza, bring it saturday or we come to your "
            "mums house lol",
        ),
        # a man at an old person's door after her bank details who stays; not a card machine
        (
            "my gran just rang, a man at her door wants her bank details and he won't leave",
            "the card machine wants my pin again and it won't leave the loading screen",
        ),
        # a thank-you sent from the roof of a tower block; not from a car parked on the top floor
        (
            "sorry not for this group. I'm on the roof of the tower block. just wanted to say "
            "thank you for everything",
            "I'm at the top of the multi storey, parked by the lift. just wanted to say thanks "
            "for being a good mate today",
        ),
        # a soap's character beside a harm of the writer's own; not a soap's storyline alone
        (
            'forwarded from Jade: "Shane on EastEnders got stabbed and my boyfriend just hit '
            "me for laughing, I'm in the bathroom\"",
            "Jade on Hollyoaks got shot in the finale, I was in bits",
        ),
        # a line captioned with a plan and the means; not a meme captioned with the price of chips
        (
            "\"I'm going to end it all\" - me tonight, I've got the tablets here, sorry",
            '"I\'m going to end it all" - me after seeing the price of chips',
        ),
        # a rumour of a stabbing with the writer hiding from him now; not the rumour passed on
        (
            "apparently someone got stabbed outside the station last night, I'm hiding in the "
            "toilets, he's still here with the knife",
            "apparently someone got stabbed outside the station last night, stay safe all",
        ),
        # an order given years ago and him turning up again; not him abroad and her doing well
        (
            "the court gave her the restraining order back in 2019 but he's turned up at her "
            "work again this week",
            "the court gave her the restraining order back in 2019, he moved abroad, she is "
            "remarried and doing brilliantly",
        ),
        # wanting to die with the pills after a match; not wanting to die over a match lost
        (
            "forwarding what my brother said after the match: \"I want to die, I've got the "
            'pills, not about football"',
            'after the game my cousin texted "they thrashed us, I want to die, never watching '
            'again"',
        ),
        # hit and hiding with a plea to be fetched; not a high five and a game of sardines
        (
            "he slapped mum again and we are in the bedroom, door locked, please come and get us",
            "he slapped mum a high five again and we are in the bedroom, door locked"
            " playing sardines, come and get us",
        ),
        # hiding from him with the police asked for; not hiding for a surprise party
        (
            "call the police for me i can not talk, he is downstairs and i am hiding in the"
            " cupboard",
            "call the cake shop for me i can not talk, he is downstairs and i am hiding in"
            " the cupboard for the surprise party",
        ),
        # a forwarded threat that knows the school, with a price; not a school trip to pay for
        (
            'forwarding this: "we know which school your son goes to, pay up by monday or'
            ' he gets hurt"',
            'forwarding this: "we know which school your son goes to, pay for the trip by'
            ' monday or he misses out"',
        ),
        # a threat that knows where the family lives, against talking; not a street party
        (
            'my neighbour got this: "we know where you and your kids live, you know what'
            ' happens to people who talk"',
            'my neighbour got this: "we know where you and your kids live, you know what'
            ' happens at the street party, bring cake"',
        ),
        # a pasted stabbing promised with the knife carried; not a cake cut with a fork
        (
            'pasted from the group: "if he shows up at the park later i am stabbing him,'
            ' got a knife in my bag"',
            'pasted from the group: "if he shows up at the park later i am stabbing him'
            ' with a fork, got the cake in my bag"',
        ),
        # someone to be done tonight with the boys and the ting; not karaoke with the speaker
        (
            "wrong chat but they are doing marcus tonight by the station, bring the boys"
            " and the ting",
            "wrong chat but they are doing karaoke tonight by the station, bring the boys"
            " and the speaker",
        ),
        # a child of 13 with a grown man who gives her vapes and money; not her coach
        (
            "my cousin is 13 and a 30 year old picks her up on his moped, he gives her"
            " vapes and money and she thinks he is her boyfriend",
            "my cousin is 13 and her 30 year old coach picks her up on his moped, he gives"
            " her some cash for the tuck shop",
        ),
        # an old father not eating for days and wandering at night; not a cat off its food
        (
            "dad has not eaten for days and keeps wandering round the estate at night in"
            " his slippers",
            "our cat has not eaten for three days and keeps wandering out at night, the vet"
            " says she is fine",
        ),
        # a grandfather not eating for days and falling again; not off meat and won over
        (
            "grandad has not eaten in days and he fell again this morning, sorry wrong chat",
            "grandad has not eaten meat in days since going vegan, and he fell again for my"
            " nut roast this morning",
        ),
        # no insulin left and the carer not come, confused; not insulin collected and a coffee
        (
            "message meant for my sister: no insulin left, the carer did not come yesterday"
            " and i am so confused and dizzy",
            "message meant for my sister: picked up the insulin, the carer did come"
            " yesterday and i am so dizzy from the coffee",
        ),
        # an ex out of jail at the school gates for the children; not supervised contact agreed
        (
            "her ex got out of jail last week and he has been hanging round the school"
            " gates asking for the kids",
            "her ex got out of jail last week and he has been at the school gates asking"
            " for the kids, all supervised and agreed",
        ),
        # hiding from him with the police asked for; not called down to dinner
        (
            "we are in the bedroom, door locked, he is downstairs, ring the police for us",
            "we are in the bedroom, door locked, he is downstairs cooking dinner, come and get us"
            " when it is ready",
        ),
        # another stroke with mum down on the floor and not answering; not a stroke long recovered
        (
            "can't make thursday, mum's had another stroke, she is on the bathroom floor not"
            " answering me and i'm 15 and on my own",
            "can't make thursday, mum had another stroke in the spring, she is on the floor with"
            " the physio most mornings and not talking much yet",
        ),
        # a baby nearly shaken with a fear of doing it properly; not shaken awake from a nap
        (
            "i almost shook her this afternoon, she screamed for 3 hours and i'm frightened i"
            " will do it properly next time",
            "i almost shook her awake this afternoon, she napped for 3 hours and i'm frightened i"
            " will do it properly next time and she won't sleep tonight",
        ),
        # a pillow over a suffering wife's face with a time; not thought of over her snoring
        (
            "thinking about holding a pillow over her face, she has suffered enough, tonight",
            "thinking about holding a pillow over her face when she snores, tonight i'm getting"
            " earplugs",
        ),
        # someone with dementia left in while the carer cannot get back; not a neighbour with him
        (
            "left dad in the house, he has dementia, and the trains are cancelled, i can not get"
            " back to him",
            "left dad in the house, he has dementia, and the trains are cancelled so i can not"
            " get back, but his neighbour is sitting with him",
        ),
        # a grandfather on the floor all day and not to be lifted; not sorting records there
        (
            "got home to grandad on the landing floor, he's been lying there all day, can't feel"
            " his legs and i can't lift him",
            "grandad has been on the landing floor all day sorting his old records into boxes, i"
            " can't lift him off them",
        ),
        # a bedbound wife alone all day with no carer come; not someone with her all day
        (
            "the carer did not come today, nobody is with my wife, she is bed bound and can not"
            " reach her drink",
            "the carer did not come today, nobody is with my wife at the session but her sister"
            " is with her at home, she is bed bound",
        ),
        # a fall with the head bleeding and drowsy after; not a fall told as over and fine now
        (
            "mum slipped on the stairs, her head is bleeding and she keeps nodding off",
            "mum slipped on the stairs last month, her head was bleeding and she kept nodding"
            " off, she is fine now",
        ),
        # a toddler left with a grandad with dementia who does not know who he is; not a photo
        (
            "toddler is with grandad who has alzheimers, he phoned me and does not know who the"
            " baby is",
            "toddler is with grandad at the cafe, he phoned me about the photo and does not know"
            " who the baby is in it",
        ),
        # a baby found under the bath water and floppy; not bubbles blown at a swimming lesson
        (
            "turned round for a second and saw him under the water in the bath, he's coughing and"
            " floppy",
            "at his swimming lesson i saw him under the water blowing bubbles, the baby is"
            " coughing a bit after, teacher said that's normal",
        ),
        # a baby held over a balcony by an ex who drinks; not held up to see the fireworks
        (
            "my sister won't leave the kids with her ex now, he is drinking again and on sunday he"
            " held the baby over the balcony railing",
            "my sister will leave the kids with her ex on sunday, he is off the drink and held the"
            " baby over the balcony railing to see the fireworks",
        ),
        # a manic parent days unslept taking a child to be with god at water; not a picnic
        (
            "my stepdad is manic and has not slept for four days, he has taken my baby sister out"
            " in the car saying they will be with god at the reservoir",
            "my stepdad has bipolar but is stable, he has taken my baby sister out in the car to"
            " the reservoir for a picnic and a paddle",
        ),
        # pills sorted for after a day beside being dead by then, meant; not dead tired
        (
            "see you at the next one, unless im dead before then lol. seriously, ive got the pills"
            " sorted for after my last shift",
            "see you at the next one, unless im dead tired before then lol. ive got the hay fever"
            " pills sorted for after my last shift",
        ),
        # a nan in a wheelchair locked in all day with no phone; not a key safe for the carer
        (
            "my brother locks our nan in the bungalow when he goes to the pub, she is in a"
            " wheelchair, no phone and all day on her own",
            "my brother locks up our nan's bungalow when he goes to the pub, she is in a"
            " wheelchair but the carer has a key safe code and her phone",
        ),
        # a carer's threat to push him out of the wheelchair, nearly done; not a new stairlift
        (
            "washing him at 3am again, he spat at me. one more word and i am going to push him out"
            " of that wheelchair, i nearly did",
            "washing him at 3am again, he laughed at me. one more trip and i am going to get him a"
            " new stairlift, i nearly did",
        ),
        # a ventilator off in a power cut with his lips going blue; not the backup battery on
        (
            "my husband is on a ventilator at home and the power is off since 6, his lips are"
            " going blue and i can not get through to anyone",
            "my husband is on a ventilator at home and the power is off since 6, the backup"
            " battery kicked in and the engineer is on the way",
        ),
        # not here for christmas, the caring done and the notes written; not away on a cruise
        (
            "i will not be here for christmas. dad passed on friday so my part here is done, the"
            " notes are written and on the table",
            "i will not be here for christmas, we are on a cruise. dad moved to the care home so"
            " my part here is done, the notes are written for his key worker",
        ),
        # a mother tied to her bed screaming for hours; not streamers at a hen do
        (
            "the man upstairs has got his mum tied to her bed with belts, she has been screaming"
            " for hours, please send someone",
            "the kids upstairs have got their mum tied to her bed with streamers for the hen do,"
            " she has been laughing for hours",
        ),
        # a mother's inhalers sold with none left and her unable to breathe; not collected
        (
            "my brother is selling our mums inhalers for weed, there are none left and she is"
            " wheezing and cant breathe properly",
            "my brother is picking up our mums inhalers from the pharmacy, there are none left at"
            " home and she is wheezing a bit with the cold",
        ),
        # a couch kept for holding stuff for his mates and doing runs; not parcels and school runs
        (
            "my cousin lets me stay on his couch as long as i keep bags of stuff for his mates"
            " under it and do runs for him, im 16",
            "my cousin lets me stay on his couch as long as i keep the parcels for his neighbours"
            " and do the school runs for him",
        ),
        # shouting in the hostel room for ages, then silent, the toddler screaming; the football
        (
            "the woman in the hostel room next to mine was shouting for ages and then suddenly it"
            " went silent, her toddler is still screaming, should i call",
            "the woman in the hostel room next to mine was shouting at the football for ages and"
            " then suddenly it went silent, her toddler is still asleep",
        ),
        # better off without him, the rope taken and driven off; a hose taken to the allotment
        (
            "after we lost the flat my husband said the kids are better off without him, he has"
            " taken the rope from the shed and drove off",
            "after we lost the flat my husband said the kids are better off without him at the"
            " allotment, he has taken the hose from the shed and drove off to water it",
        ),
        # a two year old locked in the bedroom all night with no food; his bike locked away
        (
            "the bloke in the next room locked his 2 year old in the bedroom all night while he"
            " went out, the little one has been screaming and there is no food",
            "the bloke in the next room locked his 2 year olds bike in the bedroom all night while"
            " he went out so no one nicks it",
        ),
        # thanks for everything and a way out found for good tonight; a way out of the overdraft
        (
            "thanks for everything you all did for me, i found my way out for good tonight,"
            " goodbye",
            "thanks for everything you all did for me, i found a way out of the overdraft for good"
            " tonight, goodbye to the debt",
        ),
        # a heart condition, locked out, terrible chest pain now; the chest pain years ago
        (
            "my nan has a heart condition and the landlord locked her out, she has got terrible"
            " chest pain and is sat on the step",
            "my nan has a heart condition and she had terrible chest pain years ago, she is fine"
            " now and sits on the step",
        ),
        # a man battering his missus in the room above, her begging; battering her at darts
        (
            "theres a man in the room above battering his missus, i can hear her begging",
            "theres a man in the room above battering his missus at darts again, i can hear her"
            " laughing",
        ),
        # wanting to die at the bus stop, meant; going to die of cold before the bus, a laugh
        (
            "its freezing at the bus stop and honestly i want to die, i cant keep going like this",
            "its freezing at the bus stop lol going to die of cold before the 38 turns up",
        ),
        # sleeping rough tonight; a question how the council deals with people sleeping rough
        (
            "i am sleeping rough tonight, how do police treat people who sleep in the park?",
            "how does the council deal with people sleeping rough in winter? is there a shelter?"
            " our group wants to know",
        ),
        # a landlord's threat to burn the place down; the scene in a soap watched last night
        (
            "my landlord threatens to burn the place down with us inside if we are not out by"
            " friday",
            "did you watch corrie last night, the scene where the landlord threatens to burn the"
            " place down with them inside, wild",
        ),
        # a relative sleeping in his car now with nowhere to go; not a winter long ago
        (
            "my uncle told me he has been sleeping in his car since the bailiffs came, he has"
            " nowhere to go",
            "my uncle told me about sleeping in a car through the winter back in the eighties, it"
            " is partly why I joined",
        ),
        # sleeping rough tonight, asked if it is a crime; not the law asked about after an article
        (
            "is it a crime to sleep rough? i am sleeping in the park tonight because the hostel"
            " is full",
            "is sleeping rough illegal in England? read an article about councils fining people"
            " for it",
        ),
        # a doorway sleeper who will not wake; not what to do if one sleeps there
        (
            "there is a man sleeping in the doorway of my shop and he will not wake up, should I"
            " ring an ambulance?",
            "if a homeless lady is sleeping in the doorway of our church should we call"
            " StreetLink or the council?",
        ),
        # an order asked about after the door kicked in; not asked for the table's questions
        (
            "how do i get a non-molestation order? he kicked my door in again last night",
            "how do i get a restraining order? asking for our table, we want to know what the"
            " police need",
        ),
        # an order broken tonight; not an order that ended it, the stalker not seen since
        (
            "my ex was given a restraining order last year but he turned up at my door again"
            " tonight",
            "my stalker was given a protection order in 2022 and i have not seen him since, so"
            " thank you to the team",
        ),
        # a man who followed her and waits outside; not a fellow member as lost as she was
        (
            "a man followed me from the bus stop to the hall and he is waiting outside the"
            " entrance now",
            "a guy followed me from the bus stop to the hall, turns out he was a member too and"
            " going to the same session lol",
        ),
        # called a grass for a statement, the address posted; not a name online shrugged off
        (
            "someone on facebook called me a grass for giving a statement and posted my address,"
            " they say they know where I live",
            "someone on the local facebook page called me a grass for going to council meetings,"
            " I just ignored it, nothing more",
        ),
        # threatened by the landlord's sons; not tenants who mentioned threats of eviction
        (
            "I am being threatened by my landlord's sons, they said they will hurt me if I do not"
            " leave",
            "a few tenants at our table mentioned being threatened with eviction by landlords,"
            " could that be a session",
        ),
        # the same as a podcast's stalking happening to the writer; not a documentary's story
        (
            "just listened to a podcast about a woman who was stalked for years and the same is"
            " happening to me, he follows me home",
            "just listened to a documentary about a man who was groomed as a teenager, really"
            " well made",
        ),
    ],
)
def test_harms_told_by_a_relative_a_neighbour_or_a_teacher_are_read_and_their_twins_left_alone(
    risk: str, look_alike: str
) -> None:
    assert_read_and_twin_left_alone(risk, look_alike)
