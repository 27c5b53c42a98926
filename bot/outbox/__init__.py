"""Outbound messages: queueing them for members (`queue`) and the worker that sends them
(`python -m bot worker`: `worker`, which claims rows with `claims`, writes what came of each send
with `outcomes`, and leaves sends nobody saw finish to `settling`)."""
