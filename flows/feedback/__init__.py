"""Feedback: the short survey after each session, and feedback given any time.

Organisers need honest answers from members who would never speak up in the room, so when
`feedback.anonymous` is true a response carries no member link at all: only a keyed hash of
(member, session) that stops a second response for the same session and cannot be reversed
without the server's secret.

The questions are read from config.yml while the survey runs: one form slot (`feedback_answer`)
is asked again and again, and `feedback_answers` ({question id: value}) records what has been
answered; the next question is the first one in the config not yet answered. So any number of
questions works, and editing the config needs no retraining.

Modules: ``answers`` (reading what members write), ``responses`` (storing one response, the
anonymity key), ``survey`` (the survey's actions and form) and ``notes`` (feedback at any time).
Importing this package imports them all, so the action server registers every action.
"""

from flows.feedback.answers import is_request_only, parse_rating, parse_yes_no
from flows.feedback.notes import (
    ActionAskFeedbackNote,
    ActionRecordFeedbackNote,
    ValidateFeedbackNoteForm,
)
from flows.feedback.survey import (
    ActionAskFeedbackAnswer,
    ActionStartFeedbackSurvey,
    ActionSubmitFeedback,
    ValidateFeedbackForm,
)

__all__ = [
    "ActionAskFeedbackAnswer",
    "ActionAskFeedbackNote",
    "ActionRecordFeedbackNote",
    "ActionStartFeedbackSurvey",
    "ActionSubmitFeedback",
    "ValidateFeedbackForm",
    "ValidateFeedbackNoteForm",
    "is_request_only",
    "parse_rating",
    "parse_yes_no",
]
