"""Checking what staff typed, and the error a page or the API turns into a response."""

from __future__ import annotations

MAX_MESSAGE_LENGTH = 1600  # Twilio's limit for one (concatenated) SMS or WhatsApp body
MAX_NOTE_LENGTH = 5000


class StaffActionError(Exception):
    """A request staff can correct: carries the HTTP status and a message for them."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


def clean_text(value: object, *, field: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    if not isinstance(value, str) or not value.strip():
        raise StaffActionError(400, f"{field} must be non-empty text")
    text = value.strip()
    if len(text) > limit:
        raise StaffActionError(400, f"{field} is {len(text)} characters; the limit is {limit}")
    return text
