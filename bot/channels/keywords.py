"""Channel keywords (STOP, START, HELP), answered before the NLU on every channel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keywords:
    """The words a channel honours for stopping, restarting and asking for help."""

    stop: frozenset[str]
    start: frozenset[str]
    help: frozenset[str]

    def of(self, text: str | None) -> str | None:
        """ "STOP", "START" or "HELP" when the message is nothing but one of the words."""
        word = " ".join((text or "").strip().upper().split()).rstrip(".!۔")
        if word in self.stop or word in OTHER_LANGUAGES.stop:
            return "STOP"
        if word in self.start or word in OTHER_LANGUAGES.start:
            return "START"
        if word in self.help or word in OTHER_LANGUAGES.help:
            return "HELP"
        return None


# The same three words in the other languages the assistant speaks (Polish, Romanian, Urdu),
# with and without diacritics; honoured on every channel beside the channel's own words.
OTHER_LANGUAGES = Keywords(
    stop=frozenset(
        {
            "ZATRZYMAJ",
            "WYPISZ",
            "WYPISZ MNIE",
            "OPREȘTE",
            "OPRESTE",
            "DEZABONARE",
            "بند",
            "بند کریں",
            "روکیں",
        }
    ),
    start=frozenset({"WZNÓW", "WZNOW", "PORNEȘTE", "PORNESTE", "شروع", "شروع کریں"}),
    help=frozenset({"POMOC", "POMOCY", "AJUTOR", "مدد"}),
)

# Twilio's standard opt-out and opt-in words (Advanced Opt-Out). Every channel honours them, so
# a member's STOP means the same wherever they write it.
TWILIO_KEYWORDS = Keywords(
    stop=frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}),
    start=frozenset({"START", "YES START", "UNSTOP", "OPTIN"}),
    help=frozenset({"HELP", "INFO"}),
)


def keyword_of(text: str | None, keywords: Keywords = TWILIO_KEYWORDS) -> str | None:
    """The channel keyword a message is, if it is nothing but one."""
    return keywords.of(text)
