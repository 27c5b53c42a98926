"""Expenses: what can be claimed (from config.yml at the moment of asking), claiming it, and where
a claim stands.

Money worries stop people taking part, so a claim is never refused by the bot: over the cap,
without a receipt or after the deadline it is still recorded, the member is told plainly what
happens next, and a person decides. Amounts are Decimals with 2 places, never floats.

Modules: ``parsing`` (amounts, miles, categories and "no receipt" in members' words),
``spoken`` (the same words in the member's own language),
``policy`` (the policy worded from config.yml), ``claims`` (the rules a claim is checked
against), ``form`` (the claim form's validator) and ``actions`` (what Rasa calls). Importing
this package imports them all, so the action server registers every action.
"""

from flows.expenses.actions import (
    ActionAnswerChildcareExpenses,
    ActionAnswerExpensePolicy,
    ActionAnswerTravelExpenses,
    ActionAskClaimAmount,
    ActionAskClaimCategory,
    ActionAskClaimConfirmed,
    ActionAskClaimNoReceiptReason,
    ActionAskClaimReceipt,
    ActionAskClaimSession,
    ActionShowClaimStatus,
    ActionSubmitExpenseClaim,
)
from flows.expenses.claims import NO_RECEIPT
from flows.expenses.form import ValidateExpenseClaimForm
from flows.expenses.parsing import caring_category, parse_amount

__all__ = [
    "NO_RECEIPT",
    "ActionAnswerChildcareExpenses",
    "ActionAnswerExpensePolicy",
    "ActionAnswerTravelExpenses",
    "ActionAskClaimAmount",
    "ActionAskClaimCategory",
    "ActionAskClaimConfirmed",
    "ActionAskClaimNoReceiptReason",
    "ActionAskClaimReceipt",
    "ActionAskClaimSession",
    "ActionShowClaimStatus",
    "ActionSubmitExpenseClaim",
    "ValidateExpenseClaimForm",
    "caring_category",
    "parse_amount",
]
