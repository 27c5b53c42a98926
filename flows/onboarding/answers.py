"""Reading and saving one onboarding answer: each is stored as soon as it is given (Member
fields, ConsentRecord, Attendance) and moves the member to the next question."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, format_money
from bot.i18n.catalogue import t
from bot.i18n.languages import language_named
from db.models import ConsentRecord, Conversation, Member
from db.queries import insert_ignoring_conflict
from flows.attendance import set_attendance
from flows.common import is_no, is_skip, is_yes, normalise, now, spoken_words
from flows.handover import hand_over
from flows.onboarding.steps import next_step, weekend_sessions_at

log = logging.getLogger(__name__)

PRIVACY_NOTICE_VERSION = "2027-01"
ACCESS_NEEDS_NOTICE_VERSION = "2027-01"

#: The items a member can change from the summary, checked in this order, each with the
#: catalogue's words that name it (parts of words: "allerg" is "allergy" and "allergic").
ITEM_WORDS: tuple[tuple[str, str], ...] = (
    ("dietary", "onboarding.words.item_dietary"),
    ("access_consent", "onboarding.words.item_access"),
    ("caring", "onboarding.words.item_caring"),
    ("channel", "onboarding.words.item_channel"),
    ("attendance", "onboarding.words.item_attendance"),
    ("name", "onboarding.words.item_name"),
)

_NOT_SURE = (  # i18n-exempt: input
    "not sure",
    "unsure",
    "maybe",
    "don't know",
    "dont know",
    "do not know",
    "possibly",
    "might",
    "perhaps",
    "depends",
    "tbc",
    "not certain",
    "hopefully",
    "idk",
    "dunno",
)
#: Words for "I can't come" and "I'll be there" in any language (whole words); a bare "no"
#: only counts in English (it starts many a Polish "no tak").
_CANNOT = (  # i18n-exempt: input
    "can't",
    "cant",
    "cannot",
    "can not",
    "won't",
    "wont",
    "unable",
    "not able",
    "not coming",
)
_COMING = (  # i18n-exempt: input
    "yes",
    "yeah",
    "yep",
    "i can",
    "i will",
    "i'll be there",
    "both",
    "all of it",
    "definitely",
)

NAME_PREFIXES = re.compile(
    r"^(please\s+)?(call me|my name is|my name's|it's|its|it is|i'm|im|i am|i prefer|"
    r"i'd prefer|id prefer|use|i go by|just)\s+",
    re.IGNORECASE,
)


@dataclass
class Outcome:
    """What one answer did: messages to send now, whether to re-ask with a hint (the answer
    could not be read), whether the form is over (finished, refused, or paused), and a name
    waiting for the member to confirm it."""

    messages: list[str] = field(default_factory=list)
    hint: str | None = None
    finished: bool = False
    pending_name: str | None = None


def _record_consent(
    session: Session,
    member: Member,
    kind: str,
    granted: bool,
    channel: str | None,
    source: int | None,
) -> None:
    """One consent record per member message (`source`): the same message again adds none."""
    version = PRIVACY_NOTICE_VERSION if kind == "privacy" else ACCESS_NEEDS_NOTICE_VERSION
    values = {
        "member_id": member.id,
        "kind": kind,
        "version": version,
        "granted": granted,
        "channel": channel,
        "recorded_at": now(),
        "source_message_id": source,
    }
    insert_ignoring_conflict(session, ConsentRecord, values, ["source_message_id"])


def attendance_answer(text: str, intent: str | None) -> str | None:
    said = f" {normalise(text)} "
    not_sure = (*_NOT_SURE, *spoken_words("words.not_sure"))
    if any(f" {word}" in said or said.strip() == word for word in not_sure):
        return "not_sure"
    cannot = _says_any(said, (*_CANNOT, *spoken_words("onboarding.words.cannot")))
    if intent == "cannot_attend" or is_no(text, intent) or cannot:
        return "declined"
    coming = _says_any(said, (*_COMING, *spoken_words("onboarding.words.coming")))
    if intent == "confirm_attendance" or is_yes(text, intent) or coming:
        return "confirmed"
    return None


def _says_any(said: str, words: Iterable[str]) -> bool:
    """Whether the member's words hold one of `words` as whole words ("pewno" is not "no")."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", said) for word in words)


def item_named(text: str) -> str | None:
    """The item a member names ("change dietary", "zmień dietę"), in their language or English."""
    said = normalise(text)
    for item, key in ITEM_WORDS:
        if any(word in said for word in spoken_words(key) | spoken_words(key, "en")):
            return item
    return None


_POLITE_ENDING = re.compile(r"[\s,]+(please|thanks|thank you|ta|cheers)$", re.IGNORECASE)
#: Words that make an answer to "what shall we call you?" read as a sentence, not a name.
_SENTENCE_WORDS = re.compile(
    r"\b(i|i'?m|me|my|you|your|is|isn'?t|are|was|not|don'?t|does|want|just|know|when|what|"
    r"where|why|how|it|it'?s|to|the|this|that|and|but|because|could|would|should|about|"
    r"important|matters?|anything|whatever)\b"
)


def _clean_name(text: str) -> str | None:
    """The name in "call me Sam", "my name's Sam, thanks"; None when there is none."""
    name = NAME_PREFIXES.sub("", text.strip()).strip(" .!,\"'")
    name = _POLITE_ENDING.sub("", name).strip(" .!,\"'")
    if not name or any(ch.isdigit() for ch in name):
        return None
    name = name[:60].strip()
    return name[:1].upper() + name[1:]


def reads_like_sentence(name: str) -> bool:
    """ "Not important i just want to know when it starts" is not a name to use unasked."""
    said = name.lower().replace("’", "'")
    return "?" in name or len(said.split()) > 3 or bool(_SENTENCE_WORDS.search(said))


def _take_name(member: Member, text: str, outcome: Outcome, confirm_step: str) -> bool:
    """Use the name in the answer, or (when it reads like a sentence) ask "Shall I call you
    ...?" first; False when there is no name in it."""
    name = _clean_name(text)
    if name is None:
        return False
    if reads_like_sentence(name):
        # "Mina, it's what everyone calls me" -> "Shall I call you Mina?"
        stop = _SENTENCE_WORDS.search(name.lower())
        lead = re.split(r"[,;.!?]", name[: stop.start() if stop else len(name)])[0].strip()
        outcome.pending_name = lead if lead and not reads_like_sentence(lead) else name
        member.onboarding_step = confirm_step
        return True
    member.preferred_name = name
    return True


def _name_answer(
    member: Member,
    step: str,
    text: str,
    intent: str | None,
    pending_name: str | None,
    outcome: Outcome,
) -> bool:
    """An answer at the name questions ("call you Amina?", "what name?", "Shall I call you
    ...?"); True when the member moves on to the next question."""
    base = step.removeprefix("edit:")
    prefix = "edit:" if step.startswith("edit:") else ""
    if base != "name_other" and is_yes(text, intent):
        if base == "name" or pending_name:
            member.preferred_name = pending_name if base == "name_check" else None
            return True
        member.onboarding_step = f"{prefix}name_other"  # the name to confirm was forgotten
        return False
    if base != "name_other" and is_no(text, intent):
        member.onboarding_step = f"{prefix}name_other"
        return False
    if (
        is_yes(text, intent)
        or is_no(text, intent)
        or not _take_name(member, text, outcome, f"{prefix}name_check")
    ):
        outcome.hint = t("onboarding.sorry") if base == "name" else t("onboarding.just_the_name")
        return False
    return outcome.pending_name is None


def _channel_named(text: str) -> str | None:
    said = normalise(text).replace(" ", "")
    if "whatsapp" in said or "whats" in said:
        return "whatsapp"
    if "telegram" in said:
        return "telegram"
    if "sms" in said or "text" in said:
        return "sms"
    return None


def _caring_costs(config: AssemblyConfig) -> str | None:
    """After a caring answer: what childcare and care for an adult can be claimed, from the
    config's expense categories; None when neither is covered."""
    categories = [
        (name, category)
        for name in ("childcare", "carer")
        if (category := config.category(name)) is not None
    ]
    if not categories:
        return None
    costs = t("and").join(
        t(
            "onboarding.caring_cost",
            what=t(f"expenses.label.{name}"),
            cap=format_money(category.cap, config.expenses.currency),
            per=t(f"per.{category.per}"),
        )
        for name, category in categories
    )
    receipts = any(category.receipt_required for _, category in categories)
    return t(
        "onboarding.caring_costs_receipts" if receipts else "onboarding.caring_costs", costs=costs
    )


def apply_answer(
    session: Session,
    member: Member,
    conversation: Conversation | None,
    config: AssemblyConfig,
    text: str,
    intent: str | None,
    source: int | None = None,
    pending_name: str | None = None,
) -> Outcome:
    """Save one answer to the current question and move the member on. Pure DB + config.
    `source` is the member message that gave the answer (what it records is keyed by it);
    `pending_name` is the name the member was asked to confirm ("Shall I call you ...?")."""
    step = member.onboarding_step or "name"
    base = step.removeprefix("edit:")
    channel = conversation.channel if conversation is not None else None
    outcome = Outcome()
    said = normalise(text)

    pause = spoken_words("onboarding.words.pause") | spoken_words("onboarding.words.pause", "en")
    if base not in ("access", "dietary", "caring") and said in pause:
        outcome.messages.append(t("onboarding.paused"))
        outcome.finished = True
        return outcome

    def advance() -> None:
        member.onboarding_step = next_step(session, member, config, step)

    if base == "language":
        code = language_named(text) or (said if said in config.languages else None)
        if code in config.languages:
            member.language = code
            advance()
        else:
            outcome.hint = t("unsupported_language")
    elif base.startswith("name"):
        if _name_answer(member, step, text, intent, pending_name, outcome):
            advance()
    elif base == "privacy":
        if is_yes(text, intent):
            _record_consent(session, member, "privacy", True, channel, source)
            advance()
        elif is_no(text, intent):
            _record_consent(session, member, "privacy", False, channel, source)
            member.onboarding_state = "consent_refused"
            member.onboarding_step = None
            if conversation is not None:
                hand_over(session, conversation, "consent refused")
            outcome.messages.append(t("onboarding.consent_refused", contact=config.contact_line()))
            outcome.finished = True
        else:
            outcome.hint = t("onboarding.need_yes_or_no")
    elif base.startswith("attendance:"):
        status = attendance_answer(text, intent)
        if status is None:
            outcome.hint = t("onboarding.sorry")
        else:
            _, sessions = weekend_sessions_at(config, int(base.split(":")[1]))
            for item in sessions:
                set_attendance(session, member.id, item.id, status, source=source)
            advance()
    elif base == "access_consent":
        if is_yes(text, intent):
            _record_consent(session, member, "access_needs", True, channel, source)
            advance()
        elif is_no(text, intent) or is_skip(text):
            _record_consent(session, member, "access_needs", False, channel, source)
            member.access_needs = None  # no consent, nothing kept
            advance()
        else:
            outcome.hint = t("onboarding.reply_yes_or_no")
    elif base == "access":
        member.access_needs = None if is_skip(text) else text.strip()
        advance()
    elif base == "dietary":
        member.dietary_needs = None if is_skip(text) else text.strip()
        advance()
    elif base == "caring":
        if is_skip(text):
            member.caring_responsibilities = None
        else:
            member.caring_responsibilities = text.strip()
            costs = _caring_costs(config)
            if costs:
                outcome.messages.append(costs)
        advance()
    elif base == "channel":
        chosen = _channel_named(text)
        if chosen is not None:
            member.preferred_channel = chosen
            member.preferred_channel_chosen_at = now()
            advance()
        elif is_skip(text) or is_yes(text, intent):
            advance()
        else:
            outcome.hint = t("onboarding.which_channel")
    elif base == "fix":
        item = item_named(text)
        if item is None:
            outcome.hint = t("onboarding.which_one")
        else:
            member.onboarding_step = f"edit:{'attendance:1' if item == 'attendance' else item}"
    elif base == "summary":
        item = item_named(text)
        if item is not None and not is_yes(text, intent):
            member.onboarding_step = f"edit:{'attendance:1' if item == 'attendance' else item}"
        elif is_yes(text, intent):
            if member.onboarding_state != "onboarded":
                member.onboarded_at = now()
            member.onboarding_state = "onboarded"
            member.onboarding_step = None
            outcome.finished = True
        elif is_no(text, intent):
            member.onboarding_step = "fix"
        else:
            outcome.hint = t("onboarding.sorry")
    log.info("member %s onboarding step %s -> %s", member.id, step, member.onboarding_step)
    return outcome


def begin(member: Member, config: AssemblyConfig) -> bool:
    """Mark onboarding as started (or resumed); returns True when it was already under way.
    The first question is the language when the roster gave none and there is a choice."""
    resumed = member.onboarding_state == "in_progress" and member.onboarding_step is not None
    member.onboarding_state = "in_progress"
    asks_language = not member.language and len(config.languages) > 1
    member.onboarding_step = member.onboarding_step or ("language" if asks_language else "name")
    return resumed
