"""`rasa run ...` with the loaded model kept out of the garbage collector's way, and each
message's text read by the NLU once rather than twice.

`python -m bot rasa` runs this with the Rasa interpreter (.venv-rasa) and `rasa run`'s own
arguments; it behaves exactly like the `rasa` command but for four things.

Why: the loaded model is about 790,000 Python objects (TensorFlow and Keras). A full collection
of CPython's cyclic garbage collector walks every one of them: 570-660 ms on our 2-core machine,
during which Rasa answers nobody. It happens every so often in the middle of members' turns, so
every conversation waiting on Rasa stalls behind it (bench/bench_gateway.py showed 1-second
stalls, and the reply p95 at 10 members was set by them). The model does not change once
loaded, so we `gc.freeze()` it right then: later collections look only at objects made since,
and a full one costs well under a millisecond.

The gateway reads every member message for risk (`POST /model/parse`) before it sends it as
the member's turn (the REST channel), so without help Rasa would run its NLU pipeline twice on
the same text, back to back: about a third of the CPU a turn costs. A parse answered on
/model/parse is therefore kept (for `PARSE_KEPT_SECONDS`, at most `PARSE_KEPT` texts), and the
next turn with exactly that text takes it instead of parsing again; taken once, it is gone, so
every other turn parses as before. The NLU reads the text alone (no tracker, no metadata: the
parse of a text is the same whichever conversation sends it), so the turn gets exactly what
parsing again would give.

Rasa opens a new HTTP session, and so a new connection, for every call to the action server
(`EndpointConfig.request`), and closes it after the one call: a turn pays for connecting once
or twice. Here each endpoint keeps one session with its connections alive between calls
(aiohttp closes an idle one after 15 s, well before the action server's own 120 s).

Once the model is loaded, glibc's `malloc_trim` returns to the system the heap that loading
freed but the allocator would otherwise keep: Rasa's resident memory 749 MB -> 711 MB with this
alone (`bench/bench_nlu.py` prints it).

Nothing else of ours runs in Rasa's process: it still talks to our code over HTTP only.
"""

from __future__ import annotations

import copy
import ctypes
import ctypes.util
import gc
import sys
import time
from asyncio import AbstractEventLoop
from collections import OrderedDict
from typing import Any

import aiohttp
import rasa.core.run
from rasa.__main__ import main
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

PARSE_KEPT = 512
PARSE_KEPT_SECONDS = 30.0

_load_agent_on_start = rasa.core.run.load_agent_on_start


async def load_agent_then_freeze(
    model_path: str, endpoints: Any, remote_storage: Any, app: Any, loop: AbstractEventLoop
) -> Any:
    """Rasa's own start-up listener (same signature: Sanic calls it with app and loop), then
    one last full collection and a freeze of everything that survives it: the model. Then
    the C allocator hands back to the system the free memory that loading left in its heap."""
    agent = await _load_agent_on_start(model_path, endpoints, remote_storage, app, loop)
    gc.collect()
    gc.freeze()
    _return_free_memory()
    return agent


def _return_free_memory() -> None:
    """glibc's malloc_trim(0): loading the model (unpacking, TensorFlow's start-up) frees tens
    of megabytes that glibc otherwise keeps resident for the process's whole life."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is not None:  # glibc only
        trim(0)


class ParsesKept:
    """Parses answered on /model/parse, each kept for the one turn with the same text."""

    def __init__(self) -> None:
        self._kept: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()

    def keep(self, text: str, parse: dict[str, Any]) -> None:
        self._kept.pop(text, None)
        self._kept[text] = (time.monotonic(), copy.deepcopy(parse))
        while len(self._kept) > PARSE_KEPT:
            self._kept.popitem(last=False)

    def take(self, text: str) -> dict[str, Any] | None:
        kept_at, parse = self._kept.pop(text, (0.0, None))
        if parse is None or time.monotonic() - kept_at > PARSE_KEPT_SECONDS:
            return None
        return parse


_kept = ParsesKept()
_parse_message = MessageProcessor.parse_message


async def parse_message_once(
    self: MessageProcessor,
    message: UserMessage,
    tracker: DialogueStateTracker | None = None,
    only_output_properties: bool = True,
) -> dict[str, Any]:
    """Rasa's own parse, kept when it answers /model/parse (the only caller without a
    tracker), taken by the turn that follows with the same text."""
    if only_output_properties and tracker is not None and message.text:
        parse = _kept.take(message.text)
        if parse is not None:
            return parse
    parse = await _parse_message(self, message, tracker, only_output_properties)
    if only_output_properties and tracker is None and message.text:
        _kept.keep(message.text, parse)
    return parse


class KeptSession:
    """`async with` on a session that stays open for the next call."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(self, *_exc: Any) -> None:
        return None


_sessions: dict[tuple[Any, ...], aiohttp.ClientSession] = {}


def kept_session(self: EndpointConfig) -> KeptSession:
    """The endpoint's session, as Rasa would make it (headers, basic auth, timeout), made
    once per endpoint and kept open."""
    key = (self.url, tuple(sorted(self.headers.items())), tuple(sorted(self.basic_auth.items())))
    session = _sessions.get(key)
    if session is None or session.closed:
        auth = None
        if self.basic_auth:
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
        session = _sessions[key] = aiohttp.ClientSession(
            headers=self.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
        )
    return KeptSession(session)


rasa.core.run.load_agent_on_start = load_agent_then_freeze
MessageProcessor.parse_message = parse_message_once  # type: ignore[method-assign]
EndpointConfig.session = kept_session  # type: ignore[method-assign,assignment]

if __name__ == "__main__":
    sys.argv[0] = "rasa"
    sys.exit(main())
