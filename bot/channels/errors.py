"""What a channel tells the worker when a send does not go through, in words that name no
provider: try again later, never, or nobody knows. The worker catches only these three; each
adapter maps its provider's own errors into them."""

from __future__ import annotations


class RetryLater(Exception):
    """The provider is busy or unreachable: send the same message again later, after
    `after_seconds` when the provider said how long (Telegram's retry_after). `throttled`: the
    provider asked us to slow down (HTTP 429), counted apart from outages."""

    def __init__(
        self, after_seconds: float | None = None, reason: str = "", *, throttled: bool = False
    ) -> None:
        super().__init__(reason or "retry later")
        self.after_seconds = after_seconds
        self.throttled = throttled


class OutcomeUnknown(Exception):
    """The request left but no answer came back (a read timeout, a connection cut mid-send):
    the provider may have the message. Sending it again could give the member a duplicate, so
    it is settled like a send cut off by a crash (`Channel.settle_cut_off`)."""


class PermanentFailure(Exception):
    """The provider refused this message for good; `code` is what staff see on the row.

    `member_opted_out`: the member has blocked or unsubscribed from us on this channel, so
    nothing scheduled should go there again. `window_closed`: the channel's messaging window
    has closed, so the message can go again only as its approved template.
    """

    def __init__(
        self,
        code: str,
        reason: str = "",
        *,
        member_opted_out: bool = False,
        window_closed: bool = False,
    ) -> None:
        super().__init__(reason or code)
        self.code = code
        self.member_opted_out = member_opted_out
        self.window_closed = window_closed
