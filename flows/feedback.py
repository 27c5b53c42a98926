"""Feedback: the short survey after each session, and feedback given any time.

Organisers need honest answers from members who would never speak up in the room, so when
`feedback.anonymous` is true a response carries no member link at all: only a keyed hash of
(member, session) that stops a second response for the same session and cannot be reversed
without the server's secret.

The questions are read from config.yml while the survey runs: one form slot (`feedback_answer`)
is asked again and again, and `feedback_answers` ({question id: value}) records what has been
answered; the next question is the first one in the config not yet answered. So any number of
questions works, and editing the config needs no retraining.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

import flows.common as common
from bot.config import AssemblyConfig, FeedbackQuestion
from db.models import (
    FeedbackNote,
    FeedbackRequest,
    FeedbackResponse,
    Member,
    Message,
    OutboxItem,
)
from db.queries import survey_message_key
from flows.common import entity_values, latest_intent, latest_text, normalise
from flows.context import context, conversation_of, db, member_of

log = logging.getLogger(__name__)

# --- reading answers --------------------------------------------------------------------------

SKIP = object()  # a question the member chose not to answer ("skip", "pass")

_SKIP_WORDS = {
    "skip",
    "pass",
    "next",
    "skip it",
    "skip this",
    "skip this one",
    "skip that",
    "pass on that",
    "n/a",
    "na",
    "no comment",
    "rather not say",
    "i'd rather not say",
    "prefer not to say",
    "i'd rather not",
    "rather not",
    "-",
    "next question",
}
# Longest phrases first, so "not bad" is 3 before "bad" is 2 and "not good" 2 before "good" 4.
_RATING_PHRASES: tuple[tuple[str, int], ...] = (
    ("not bad", 3),
    ("not great", 2),
    ("not good", 2),
    ("not very good", 2),
    ("so so", 3),
    ("so-so", 3),
    ("very good", 5),
    ("really good", 5),
    ("loved it", 5),
    ("waste of time", 1),
    ("very bad", 1),
    ("really bad", 1),
    ("could be better", 3),
    ("not the best", 2),
    ("excellent", 5),
    ("great", 5),
    ("brilliant", 5),
    ("amazing", 5),
    ("fantastic", 5),
    ("superb", 5),
    ("outstanding", 5),
    ("perfect", 5),
    ("wonderful", 5),
    ("awesome", 5),
    ("good", 4),
    ("nice", 4),
    ("decent", 4),
    ("enjoyed", 4),
    ("ok", 3),
    ("okay", 3),
    ("fine", 3),
    ("alright", 3),
    ("all right", 3),
    ("average", 3),
    ("meh", 3),
    ("mixed", 3),
    ("poor", 2),
    ("bad", 2),
    ("disappointing", 2),
    ("boring", 2),
    ("rubbish", 1),
    ("awful", 1),
    ("terrible", 1),
    ("dreadful", 1),
    ("horrible", 1),
    ("worst", 1),
    ("appalling", 1),
    ("shocking", 1),
    ("useless", 1),
    ("pointless", 1),
)
_RATING_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_RATING_EMOJIS: dict[str, int] = {
    **dict.fromkeys("😀😃😄😁😍🤩🥰👏💯🙌🌟⭐🎉❤💖😎🥳", 5),
    **dict.fromkeys("👍🙂😊☺😌", 4),
    **dict.fromkeys("😐😶🤷😑🫤", 3),
    **dict.fromkeys("🙁😕👎😞😟😒☹😩", 2),
    **dict.fromkeys("😡😠🤬😢😭💩🤮😤", 1),
}

_YES = {
    "yes",
    "yeah",
    "yep",
    "yup",
    "y",
    "ye",
    "yea",
    "yeh",
    "aye",
    "definitely",
    "absolutely",
    "of course",
    "i did",
    "yes i did",
    "very much",
    "very much so",
    "totally",
    "certainly",
    "for sure",
    "100%",
    "yes definitely",
    "yes very much",
    "yes thanks",
    "👍",
    "✅",
}
_NO = {
    "no",
    "nope",
    "nah",
    "n",
    "not really",
    "not at all",
    "no way",
    "i didn't",
    "i did not",
    "no i didn't",
    "not much",
    "hardly",
    "never",
    "no not really",
    "👎",
    "❌",
    "not particularly",
}
_PARTLY = {
    "sort of",
    "kind of",
    "kinda",
    "sorta",
    "partly",
    "partially",
    "somewhat",
    "a bit",
    "a little",
    "sometimes",
    "mostly",
    "some of the time",
    "in parts",
    "a little bit",
    "ish",
    "yes and no",
    "maybe",
    "not always",
    "more or less",
    "to some extent",
    "50/50",
}


def is_skip_answer(text: str) -> bool:
    return normalise(text) in _SKIP_WORDS


def parse_rating(text: str | None) -> int | None:
    """1 to 5 from a number ("4", "4/5", "4 out of 5"), a word ("good" 4, "great" 5, "ok" 3,
    "poor" 2, "awful" 1) or an emoji; None when it is none of these."""
    raw = (text or "").strip()
    said = normalise(raw)
    if not said:
        return None
    number = re.fullmatch(r"(?:a\s+)?([0-9])(?:\s*(?:/|out of|of)\s*5)?(?:\s*stars?)?", said)
    if number:
        value = int(number.group(1))
        return value if 1 <= value <= 5 else None
    if said in _RATING_NUMBER_WORDS:
        return _RATING_NUMBER_WORDS[said]
    padded = f" {re.sub(r'[^a-z0-9/ -]', ' ', said)} "
    for phrase, value in _RATING_PHRASES:
        if f" {phrase} " in padded:
            return value
    emoji_values = [value for char in raw if (value := _RATING_EMOJIS.get(char)) is not None]
    if emoji_values:
        return round(sum(emoji_values) / len(emoji_values))
    return None


def parse_yes_no(text: str | None) -> str | None:
    """ "yes", "no" or "partly" ("sort of"); None when the answer is neither."""
    said = normalise(text or "").rstrip("?!. ")
    words = " ".join(re.findall(r"[a-z0-9/%']+", said))
    if said in _PARTLY or any(words.startswith(f"{p} ") for p in ("sort of", "kind of", "partly")):
        return "partly"
    if said in _YES:
        return "yes"
    if said in _NO:
        return "no"
    first = said.split(" ", 1)[0].strip(",")
    if first in ("yes", "yeah", "yep", "yup", "definitely", "absolutely"):
        return "yes"
    if first in ("no", "nope", "nah"):
        return "no"
    return None


def parse_answer(question: FeedbackQuestion, text: str) -> Any:
    """The stored value for one answer, SKIP, or None when it could not be read."""
    if is_skip_answer(text):
        return SKIP
    if question.type == "rating":
        return parse_rating(text)
    if question.type == "yesno":
        return parse_yes_no(text)
    answer = text.strip()
    return answer[:2000] if answer else None


_RETRY = {
    "rating": "Sorry, I didn't catch that. Please reply with a number from 1 (poor) to "
    "5 (excellent), or SKIP.",
    "yesno": "Sorry, I didn't catch that. Please reply YES, NO or SORT OF, or SKIP.",
    "text": "Please write your answer in one message, or reply SKIP.",
}

# --- anonymity --------------------------------------------------------------------------------


def secret_key() -> str:
    """The server's secret (SECRET_KEY) that keys the respondent hash; tests replace it."""
    return context().secret_key


def respondent_key(member_id: int, session_id: str, secret: str) -> str:
    """hmac-sha256(secret, "member:session"): the same member answering the same session twice
    gives the same key (refused by the unique constraint), yet nobody without the secret can
    tell whose response it is."""
    message = f"{member_id}:{session_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


# --- the survey -------------------------------------------------------------------------------


def _answers(tracker: Tracker) -> dict[str, Any]:
    value = tracker.get_slot("feedback_answers")
    return dict(value) if isinstance(value, dict) else {}


def next_question(config: AssemblyConfig, answers: dict[str, Any]) -> FeedbackQuestion | None:
    """The first question in config.yml not answered (or skipped) yet."""
    return next((q for q in config.feedback.questions if q.id not in answers), None)


def _already_responded(session: DbSession, member_id: int, session_id: str) -> bool:
    key = respondent_key(member_id, session_id, secret_key())
    return (
        session.execute(
            select(FeedbackResponse.id).where(
                FeedbackResponse.session_id == session_id, FeedbackResponse.respondent_key == key
            )
        ).first()
        is not None
    )


def store_response(
    session: DbSession,
    config: AssemblyConfig,
    member: Member,
    session_id: str,
    answers: dict[str, Any],
) -> bool:
    """Save ONE response per member per session; False when one exists already.

    Checked first for a kind answer, and guarded by the unique constraint (in a savepoint) for
    two messages racing each other.
    """
    if _already_responded(session, member.id, session_id):
        return False
    response = FeedbackResponse(
        session_id=session_id,
        respondent_key=respondent_key(member.id, session_id, secret_key()),
        member_id=None if config.feedback.anonymous else member.id,
        answers=answers,
        submitted_at=common.now(),
    )
    try:
        with session.begin_nested():
            session.add(response)
    except IntegrityError:
        return False
    request = session.execute(
        select(FeedbackRequest).where(
            FeedbackRequest.member_id == member.id, FeedbackRequest.session_id == session_id
        )
    ).scalar_one_or_none()
    if request is not None:
        request.responded = True
    log.info("feedback stored for session %s", session_id)
    return True


ANONYMOUS_ANSWER = "(anonymous feedback answer)"


def redact_survey_answers(
    session: DbSession, conversation_id: int, member_id: int, session_id: str
) -> int:
    """Blank the member's survey replies in the conversation transcript, so staff reading it
    cannot tie the anonymous answers back to the member. Every message after the survey's first
    question was an answer (the form takes each one as such). Returns how many were blanked."""
    first_question = session.execute(
        select(OutboxItem.message_id).where(
            OutboxItem.idempotency_key == survey_message_key(member_id, session_id, 1)
        )
    ).scalar_one_or_none()
    if first_question is None:
        return 0
    replies = (
        session.execute(
            select(Message).where(
                Message.conversation_id == conversation_id,
                Message.direction == "in",
                Message.id > first_question,
            )
        )
        .scalars()
        .all()
    )
    for reply in replies:
        reply.text = ANONYMOUS_ANSWER
    return len(replies)


def _survey_session(tracker: Tracker) -> str | None:
    found = entity_values(tracker, "session_ref")
    return found[0] if found else tracker.get_slot("session_ref")


def _leave_other_form(tracker: Tracker) -> list[EventType]:
    """A claim or note left half-done gives way to the survey (the loop would win otherwise)."""
    active = (tracker.active_loop or {}).get("name")
    if active and active != "feedback_form":
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
    return []


class ActionStartFeedbackSurvey(Action):
    """EXTERNAL_feedback_request (from the scheduler, entity session_ref=<session id>): say what
    the survey is, then the form asks the questions. A member who has answered already is
    thanked, not asked again."""

    def name(self) -> str:
        return "action_start_feedback_survey"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        session_id = _survey_session(tracker)
        day = config.session(session_id or "")
        if day is None:
            log.warning("feedback request for unknown session %s", session_id)
            return [SlotSet("feedback_session", None), SlotSet("feedback_answers", None)]
        with db() as session:
            member = member_of(session, tracker)
            self._save_unfinished(session, config, member, tracker, day.id)
            if member is None:
                return [SlotSet("feedback_session", None), SlotSet("feedback_answers", None)]
            if _already_responded(session, member.id, day.id):
                dispatcher.utter_message(
                    text=f"You've already given feedback on {day.title}. Thank you!"
                )
                return [SlotSet("feedback_session", None), SlotSet("feedback_answers", None)]
        count = len(config.feedback.questions)
        private = (
            "Your answers are anonymous: staff see what was said, never who said it. "
            if config.feedback.anonymous
            else ""
        )
        dispatcher.utter_message(
            text=f"Thank you for coming to {day.title}. Could you answer {count} quick "
            f"question{'s' if count != 1 else ''}? {private}Reply SKIP to skip any."
        )
        return [
            *_leave_other_form(tracker),
            SlotSet("feedback_session", day.id),
            SlotSet("feedback_answers", {}),
        ]

    @staticmethod
    def _save_unfinished(
        session: DbSession,
        config: AssemblyConfig,
        member: Member | None,
        tracker: Tracker,
        new_session_id: str,
    ) -> None:
        """Answers to an earlier survey left half-done still count (late answers count)."""
        earlier = tracker.get_slot("feedback_session")
        answers = _answers(tracker)
        if member is not None and earlier and earlier != new_session_id and answers:
            store_response(session, config, member, earlier, answers)


class ActionAskFeedbackAnswer(Action):
    """Asks the next unanswered question from config.yml, one per message."""

    def name(self) -> str:
        return "action_ask_feedback_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        answers = _answers(tracker)
        question = next_question(config, answers)
        if question is not None:
            position = [q.id for q in config.feedback.questions].index(question.id) + 1
            total = len(config.feedback.questions)
            dispatcher.utter_message(text=f"({position}/{total}) {question.text}")
        return []


class ValidateFeedbackForm(FormValidationAction):
    """Reads each answer for the question it answers; the form ends when none is left."""

    def name(self) -> str:
        return "validate_feedback_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if not tracker.get_slot("feedback_session"):
            return []
        if next_question(context().config, _answers(tracker)) is None:
            return []
        return ["feedback_answer"]

    def validate_feedback_answer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answers = _answers(tracker)
        question = next_question(context().config, answers)
        if question is None:
            return {"feedback_answer": None}
        parsed = parse_answer(question, str(value))
        if parsed is None:
            dispatcher.utter_message(text=_RETRY[question.type])
            return {"feedback_answer": None}
        answers[question.id] = None if parsed is SKIP else parsed
        return {"feedback_answer": None, "feedback_answers": answers}


class ActionSubmitFeedback(Action):
    """Stores the survey once the last question is answered."""

    def name(self) -> str:
        return "action_submit_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        session_id = tracker.get_slot("feedback_session")
        done = [SlotSet("feedback_session", None), SlotSet("feedback_answers", None)]
        day = config.session(session_id or "")
        if not session_id:
            return done
        answers = _answers(tracker)
        title = day.title if day else "that session"
        with db() as session:
            member = member_of(session, tracker)
            stored = member is not None and store_response(
                session, config, member, session_id, answers
            )
            conversation = conversation_of(session, tracker)
            if stored and config.feedback.anonymous and member and conversation:
                redact_survey_answers(session, conversation.id, member.id, session_id)
        if stored:
            dispatcher.utter_message(
                text="Thank you, that's really helpful. The team reads every answer and will "
                "use them to improve the next sessions."
            )
        else:
            dispatcher.utter_message(
                text=f"Thank you. You've already given feedback on {title}, so I've kept your "
                "first answers."
            )
        return done


# --- feedback at any time ---------------------------------------------------------------------

_REQUEST_WORDS = frozenset(
    {
        "i",
        "i'd",
        "id",
        "i'm",
        "im",
        "want",
        "wanted",
        "would",
        "like",
        "to",
        "give",
        "leave",
        "send",
        "share",
        "some",
        "a",
        "my",
        "any",
        "an",
        "feedback",
        "thoughts",
        "comments",
        "comment",
        "about",
        "on",
        "for",
        "the",
        "today",
        "today's",
        "session",
        "day",
        "weekend",
        "can",
        "could",
        "may",
        "please",
        "how",
        "do",
        "where",
        "have",
        "got",
        "just",
        "quick",
        "say",
        "something",
        "few",
        "idea",
        "ideas",
        "suggestion",
        "suggestions",
        "there",
        "is",
        "it",
    }
)


def is_request_only(text: str) -> bool:
    """ "I want to give some feedback" asks to give it; it is not the feedback itself."""
    words = re.findall(r"[a-z']+", normalise(text))
    return bool(words) and all(word in _REQUEST_WORDS for word in words)


class ValidateFeedbackNoteForm(FormValidationAction):
    """Feedback outside the survey: taken from the first message when it already says
    something, otherwise asked for once."""

    def name(self) -> str:
        return "validate_feedback_note_form"

    async def extract_feedback_note(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") is not None or tracker.get_slot("feedback_note"):
            return {}
        text = latest_text(tracker)
        if latest_intent(tracker) != "give_feedback" or not text or is_request_only(text):
            return {}
        return {"feedback_note": text}

    def validate_feedback_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value).strip()
        return {"feedback_note": text[:4000] if text else None}


class ActionAskFeedbackNote(Action):
    def name(self) -> str:
        return "action_ask_feedback_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        private = " It's anonymous." if context().config.feedback.anonymous else ""
        dispatcher.utter_message(
            text=f"Please go ahead: what would you like to tell us? It goes to the assembly "
            f"team.{private}"
        )
        return []


class ActionRecordFeedbackNote(Action):
    """Stores feedback given any time; no member link when feedback is anonymous."""

    def name(self) -> str:
        return "action_record_feedback_note"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        config = context().config
        text = (tracker.get_slot("feedback_note") or "").strip()
        if not text or is_skip_answer(text):
            dispatcher.utter_message(text="No problem. You can send feedback any time.")
            return [SlotSet("feedback_note", None)]
        with db() as session:
            member = member_of(session, tracker)
            note = FeedbackNote(
                member_id=None if config.feedback.anonymous or member is None else member.id,
                text=text,
                created_at=common.now(),
            )
            session.add(note)
            session.flush()
            log.info("feedback note %s stored", note.id)
        private = (
            " It's anonymous: staff won't see who sent it." if (config.feedback.anonymous) else ""
        )
        dispatcher.utter_message(
            text=f"Thank you for telling us, I've passed it on to the team.{private}"
        )
        return [SlotSet("feedback_note", None)]
