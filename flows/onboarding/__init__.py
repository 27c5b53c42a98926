"""Onboarding: confirm a member's place with a few short questions.

The form `onboarding_form` has ONE slot, `onboarding_answer`, filled from the member's text.
Which question is being asked lives in the database (`Member.onboarding_step`), and every
answer is saved as soon as it is given (Member fields, ConsentRecord, Attendance). So a member
who stops halfway and writes again days later (even after Rasa's tracker was reset) carries on
at the same question: `action_start_onboarding` reactivates the form and
`action_ask_onboarding_answer` asks whatever question the database says is next.

Steps, in order: name, privacy (explicit consent; a "no" stops here and goes to staff), one
attendance question per weekend ("attendance:1", ...), access_consent (special-category data
gets its own consent), access (only after a yes), dietary, caring, channel, summary. From the
summary the member can change any item ("edit:<step>") and comes back to the summary.

Modules: ``steps`` (the questions, their order and the summary), ``answers`` (reading and saving
one answer) and ``actions`` (what Rasa calls). Importing this package imports them all, so the
action server registers every action.
"""

from flows.onboarding.actions import (
    ActionAskOnboardingAnswer,
    ActionFinishOnboarding,
    ActionStartOnboarding,
    ActionUpdateDetails,
    ValidateOnboardingForm,
)
from flows.onboarding.answers import PRIVACY_NOTICE_VERSION

__all__ = [
    "PRIVACY_NOTICE_VERSION",
    "ActionAskOnboardingAnswer",
    "ActionFinishOnboarding",
    "ActionStartOnboarding",
    "ActionUpdateDetails",
    "ValidateOnboardingForm",
]
