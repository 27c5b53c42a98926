"""The gateway answers in the member's language: keywords, a change of language by its name,
and a disclosure in another language, all before Rasa."""

from __future__ import annotations

from sqlalchemy import update

from db.models import Member
from tests.e2e.talk import member, say
from tests.harness import Gateway

AMINA = "+447700900100"  # on the sample roster, in English
STRANGER = "+447700900777"


def set_language(gateway: Gateway, phone: str, code: str) -> None:
    with gateway.services.sessions() as session, session.begin():
        session.execute(update(Member).where(Member.phone == phone).values(language=code))


def test_help_in_the_member_s_own_language_and_word(gateway: Gateway) -> None:
    set_language(gateway, AMINA, "pl")
    (reply,) = say(gateway, "sms", AMINA, "pomoc")
    assert reply.startswith("To jest asystent") and "zadzwoń do zespołu" in reply


def test_writing_a_language_s_name_changes_it_and_is_answered_in_it(gateway: Gateway) -> None:
    (reply,) = say(gateway, "sms", AMINA, "Română")
    assert reply == "Bine, de acum îți voi scrie în limba română."
    assert member(gateway, AMINA).language == "ro"
    (reply,) = say(gateway, "sms", AMINA, "HELP")
    assert reply.startswith("Acesta este asistentul")
    (reply,) = say(gateway, "sms", AMINA, "اردو")
    assert reply == "ٹھیک ہے، اب سے میں آپ کو اردو میں لکھوں گا۔"
    assert member(gateway, AMINA).language == "ur"


def test_a_stranger_s_disclosure_in_urdu_gets_the_crisis_reply_in_urdu(gateway: Gateway) -> None:
    replies = say(gateway, "sms", STRANGER, "میرا شوہر مجھے مارتا ہے، مجھے گھر جانے سے ڈر لگتا ہے")
    assert any("999" in reply and "Samaritans" in reply and "شکریہ" in reply for reply in replies)


def test_the_organisers_wording_from_messages_yml_is_what_members_receive(
    gateway: Gateway,
) -> None:
    messages = gateway.settings.messages_path_for()
    messages.write_text(
        'en:\n  help: "Ask {assembly} anything. A person: {contact}."\n'
        'pl:\n  help: "Pytaj {assembly} o wszystko. Człowiek: {contact}."\n',
        encoding="utf-8",
    )
    (reply,) = say(gateway, "sms", AMINA, "HELP")
    assert reply.startswith("Ask WF Citizens' Assembly anything. A person: call the team on")
    set_language(gateway, AMINA, "pl")
    (reply,) = say(gateway, "sms", AMINA, "POMOC")
    assert reply.startswith("Pytaj WF Citizens' Assembly o wszystko. Człowiek: zadzwoń")
