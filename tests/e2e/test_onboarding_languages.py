"""Onboarding in Polish, Romanian and Urdu end to end (real webhooks, Rasa and the action
server): a member who looks after children hears what they can claim in their own language,
and not one of onboarding's English sentences reaches them from the first hello to the end."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sqlalchemy import update

from bot.i18n.catalogue import all_keys
from db.models import Member
from tests.e2e.people import new_member
from tests.e2e.talk import member
from tests.e2e.test_languages import SCRIPTS, Script, onboard
from tests.harness import Gateway

#: Per language: the caring question's words, an answer that needs care, and words of the note
#: on claiming its cost.
CARING = {
    "pl": ("opiekujesz się", "dwoje dzieci", "zachowaj paragony"),
    "ro": ("Ai grijă de copii", "doi copii", "păstrează chitanțele"),
    "ur": ("دیکھ بھال کرتے ہیں", "دو بچے", "رسیدیں سنبھال کر رکھیں"),
}
AREAS = ("onboarding.", "form.", "common.", "attendance.")


def english_sentences() -> set[str]:
    """Every stretch of onboarding's (and the forms') English texts between placeholders that
    is long enough to tell a sentence: none of them may reach a member of another language."""
    found = set()
    for key, text in all_keys().items():
        if key.startswith(AREAS) and ".words." not in key:
            for piece in re.split(r"\{[^}]*\}", text):
                piece = piece.strip(" .,:;!?()'")
                if len(piece) >= 12 and " " in piece:
                    found.add(piece)
    return found


def caring_script(code: str) -> Script:
    """The journey script of test_languages, with the roster naming the language and a caring
    answer that is not "none"."""
    script = next(s for s in SCRIPTS if s.code == code)
    question, answer, _ = CARING[code]
    steps = tuple(
        (words, answer if words == question else reply)
        for words, reply in script.onboarding
        if words != "Which language"
    )
    return replace(script, roster_language=code, onboarding=steps)


@pytest.mark.parametrize("code", list(CARING))
def test_onboarding_with_caring_needs_is_all_in_the_member_s_language(
    e2e: Gateway, code: str
) -> None:
    script = caring_script(code)
    phone = new_member(e2e, "Ola", onboarded=False)
    with e2e.services.sessions() as session, session.begin():
        session.execute(update(Member).where(Member.phone == phone).values(language=code))

    exchange = onboard(e2e, phone, script)

    assert script.done in exchange and CARING[code][2] in exchange
    leaked = sorted(sentence for sentence in english_sentences() if sentence in exchange)
    assert leaked == [], f"English reached a member speaking {code}: {leaked}"
    saved = member(e2e, phone)
    assert saved.caring_responsibilities == CARING[code][1] and saved.language == code
