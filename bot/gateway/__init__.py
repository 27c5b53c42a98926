"""The gateway program (`python -m bot web`): the inbound pipeline, the Rasa client, the
safeguarding net and health; the channel webhooks and staff console are mounted beside it."""
