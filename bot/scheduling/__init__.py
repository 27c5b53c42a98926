"""The scheduler program (`python -m bot scheduler`): reminders, feedback requests and
clean-up, written to the outbox with idempotency keys."""
