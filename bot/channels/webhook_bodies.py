"""What every webhook does with a body before it trusts it: read it within a size limit, parse
JSON without being led into deep recursion, and clean the text it will store.

A body is read chunk by chunk and refused (413) as soon as it passes the channel's limit, so a
sender cannot make the gateway hold a body of any size in memory. Text a member sent is stored
normalised: NUL characters (PostgreSQL refuses them in text) and lone surrogates (no encoding
can store them) removed, in Unicode NFC, and at most MAX_TEXT_CHARS characters long.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Annotated, Any

from pydantic import BeforeValidator, StrictStr, ValidationError
from starlette.requests import Request

MAX_TEXT_CHARS = 4096
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]{0,60}/[\w.+-]{1,60}$")


class BodyTooLarge(Exception):
    def __init__(self, max_bytes: int) -> None:
        super().__init__(f"body larger than {max_bytes} bytes")


async def read_capped_body(request: Request, max_bytes: int) -> bytes:
    """The request's body, or BodyTooLarge once more than `max_bytes` have arrived (or are
    announced by Content-Length): the rest is never read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(max_bytes)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge(max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def load_json(body: bytes) -> Any:
    """The body as JSON; ValueError for anything that is not (bad UTF-8, bad syntax, or nesting
    deeper than the parser's recursion limit)."""
    try:
        return json.loads(body)
    except RecursionError as error:
        raise ValueError("JSON nested too deeply") from error


def clean_text(text: str | None, max_chars: int = MAX_TEXT_CHARS) -> str | None:
    """Text as it can be stored and shown: no NUL, no lone surrogates, NFC, capped."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", _UNSTORABLE.sub("", text))[:max_chars]


def media_type_or_none(value: object) -> str | None:
    """A declared content type when it looks like one ("image/jpeg"), else None: it is only a
    hint (the stored file's checksum and bytes are what count)."""
    if isinstance(value, str) and _MEDIA_TYPE.match(value):
        return value.lower()
    return None


def _cleaned(value: object) -> object:
    return clean_text(value) if isinstance(value, str) else value


# A member's words in a webhook: a string (not a number or an object), cleaned as it is read.
MemberText = Annotated[StrictStr, BeforeValidator(_cleaned)]
MediaType = Annotated[str | None, BeforeValidator(media_type_or_none)]


def first_problem(error: ValidationError) -> str:
    """Where the body broke the schema, and how, without echoing the value (it may be huge, or
    personal)."""
    problem = error.errors(include_input=False, include_url=False)[0]
    where = ".".join(str(part) for part in problem["loc"]) or "body"
    if problem["type"] == "missing":
        return f"missing {where}"
    return f"{where}: {problem['msg']}"
