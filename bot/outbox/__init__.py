"""Outbound messages: queueing them for members (`queue`) and the worker that sends them
(`python -m bot worker`)."""
