"""What staff do: reply, hand back, resolve, decide claims, broadcast, confirm a withdrawal; one
module per area, shared
by the console pages and the API.

Each action checks its input, changes the database, queues any message through
`bot.outbox.queue` (so opt-outs and the WhatsApp template rule apply) and writes the audit log with
ids only. The caller owns the transaction and commits it.
"""
