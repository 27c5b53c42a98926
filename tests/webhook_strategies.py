"""Hypothesis strategies for webhook bodies: the real bodies of tests/data/webhooks bent out of
shape (fields dropped, values of the wrong type, numbers as strings, NUL characters, lone
surrogates, huge strings) and bodies made up from nothing (arbitrary forms, arbitrary JSON,
deep nesting, bytes that are not JSON at all).

Numbers stay below 10**4 where they could land in NumMedia: the gateway loops once per
announced attachment, so a NumMedia of 10**9 would stall a test for minutes (Twilio never
announces more than 10, and nobody else can sign the request).

The strategies are built once (functools.cache): building them on every draw is slow.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from tests.webhook_corpus import bodies

TWILIO_MESSAGES = [body.form() for body in bodies("twilio_messages")]
TWILIO_STATUS = [body.form() for body in bodies("twilio_status")]
TELEGRAM_UPDATES = [body.update() for body in bodies("telegram")]
TWILIO_FIELDS = sorted({name for form in TWILIO_MESSAGES + TWILIO_STATUS for name in form})
TELEGRAM_KEYS = sorted(
    {"update_id", "message", "callback_query", "chat", "from", "text", "caption", "photo"}
)

# Characters that text columns, encoders and parsers stumble on.
AWKWARD = ("\x00", "a\x00b", "\ud800", "\udfff", "x\ud83dy", "\x00\ud800", "\u202e", "\ufeff")
NUMBERS_AS_TEXT = ("1e3", "0x1F", "١٢", " 7 ", "1_0", "NaN", "inf", "-0", "00", "+5", "1.5")
PLAUSIBLE = (
    "",
    "+447700900201",
    "whatsapp:+447700900202",
    "whatsapp:",
    "+",
    "true",
    "false",
    "received",
    "delivered",
    "failed",
    "undelivered",
    "21610",
    "63016",
    "image/jpeg",
    "text/vcard",
    "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
)


@cache
def awkward_text() -> SearchStrategy[str]:
    """Any text, control characters and lone surrogates included, sometimes huge."""
    huge = st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(("a", "é", "😀", "\x00", "\ud800", " ")),
        st.integers(1_000, 40_000),
    )
    anything = st.text(st.characters(exclude_categories=()), max_size=40)
    return st.one_of(anything, st.sampled_from(AWKWARD), huge)


@cache
def numbers_as_text() -> SearchStrategy[str]:
    return st.one_of(
        st.integers(-(10**6), 10**4).map(str),
        st.floats().map(str),
        st.sampled_from(NUMBERS_AS_TEXT),
    )


@cache
def form_values() -> SearchStrategy[str]:
    return st.one_of(awkward_text(), numbers_as_text(), st.sampled_from(PLAUSIBLE))


@cache
def field_names() -> SearchStrategy[str]:
    return st.one_of(st.sampled_from(TWILIO_FIELDS), st.text(max_size=20))


@st.composite
def mutated_forms(draw: st.DrawFn, bases: list[dict[str, str]], fresh_sid: bool) -> dict[str, str]:
    """A real form with one to four fields dropped or given another value. A fresh
    MessageSid keeps the gateway from ignoring the body as a repeat."""
    form = dict(draw(st.sampled_from(bases)))
    if fresh_sid:
        form["MessageSid"] = "SM" + draw(st.uuids()).hex
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.one_of(st.sampled_from(sorted(form)), field_names()))
        if name in form and draw(st.booleans()):
            del form[name]
        else:
            form[name] = draw(form_values())
    return form


@cache
def arbitrary_forms() -> SearchStrategy[dict[str, str]]:
    return st.dictionaries(field_names(), form_values(), max_size=25)


def twilio_message_forms() -> SearchStrategy[dict[str, str]]:
    return st.one_of(mutated_forms(TWILIO_MESSAGES, fresh_sid=True), arbitrary_forms())


def twilio_status_forms() -> SearchStrategy[dict[str, str]]:
    """Status callbacks that mostly name a message we sent (the seeded rows), so they reach
    the code that updates it."""
    return st.one_of(mutated_forms(TWILIO_STATUS, fresh_sid=False), arbitrary_forms())


# --- Telegram ---------------------------------------------------------------------------------


@cache
def json_scalars() -> SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**100), 10**100),
        st.floats(),
        awkward_text(),
        numbers_as_text(),
    )


@cache
def json_values() -> SearchStrategy[Any]:
    keys = st.one_of(st.sampled_from(TELEGRAM_KEYS), st.text(max_size=10))
    return st.recursive(
        json_scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
        ),
        max_leaves=12,
    )


def _slots(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in a JSON tree, depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        found.append((node, key))
        if isinstance(value, dict | list):
            _slots(value, found)
    return found


@st.composite
def fresh_update(draw: st.DrawFn) -> dict[str, Any]:
    """A real update with an update_id of its own, so the gateway never skips it as a repeat."""
    update = copy.deepcopy(draw(st.sampled_from(TELEGRAM_UPDATES)))
    update["update_id"] = draw(st.integers(10**6, 2**31))
    return update


@st.composite
def updates_with_wrong_types(draw: st.DrawFn) -> dict[str, Any]:
    """A real update with one to three values anywhere in it replaced by a value of another
    type, removed, or (numbers) turned into strings."""
    update = draw(fresh_update())
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(update, [])
        if not slots:  # everything removed already
            break
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        action = draw(st.sampled_from(("replace", "remove", "number as text")))
        value = container[key]
        if action == "remove":
            del container[key]
        elif action == "number as text" and isinstance(value, int | float):
            container[key] = str(value)
        else:
            container[key] = draw(json_values())
    return update


@st.composite
def updates_with_awkward_text(draw: st.DrawFn) -> dict[str, Any]:
    """A real update with one to three of its strings (text, caption, names, file ids,
    callback data...) replaced by awkward text: NUL, lone surrogates, huge strings."""
    update = draw(fresh_update())
    strings = [(c, k) for c, k in _slots(update, []) if isinstance(c[k], str)]
    for _ in range(draw(st.integers(1, 3)) if strings else 0):
        container, key = strings[draw(st.integers(0, len(strings) - 1))]
        container[key] = draw(awkward_text())
    return update


def deeply_nested(depth: int, inside_update: bool) -> bytes:
    nested = "[" * depth + "]" * depth
    return (f'{{"update_id": 1, "message": {nested}}}' if inside_update else nested).encode()


def arbitrary_telegram_bodies() -> SearchStrategy[Any]:
    """Bodies that are not updates: any JSON, objects without an update_id, bytes that are not
    UTF-8 or not JSON, and nesting deeper than any parser's recursion limit."""
    depths = st.sampled_from((10, 900, 2_000, 50_000, 120_000))
    return st.one_of(
        json_values(),
        st.fixed_dictionaries({"update_id": json_scalars()}, optional={"message": json_values()}),
        st.binary(max_size=200),
        st.builds(deeply_nested, depths, st.booleans()),
    )
