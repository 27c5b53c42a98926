"""The channels members write on: Twilio SMS, Twilio WhatsApp, Telegram, and the staff-only web
try-it channel, one adapter class each (`base.Channel`), registered in `registry`.

* `base`: the Channel class, the prepared message a channel sends, a cut-off send's outcome
* `errors`: RetryLater and PermanentFailure, the only errors the worker catches
* `inbound`: the channel-neutral inbound message and `accept_inbound`, for every channel
* `kinds`: the kinds of message members send (text, voice, location, ...), channel-neutral
* `window`: the messaging-window rule (WhatsApp's 24 hours), in full
* `failures`: what a provider's refusal means for the member (opted out, window closed)
* `keywords`, `rate_limits`: STOP/START/HELP words; send pacing
* `twilio` (adapters) and `twilio_webhooks`; `telegram` (adapter and receiving); `web`

Adding a channel: its adapter module (with its webhook route), and one line in `registry`.
"""
