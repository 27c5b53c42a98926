"""`rasa run ...` with the loaded model kept out of the garbage collector's way.

`python -m bot rasa` runs this with the Rasa interpreter (.venv-rasa) and `rasa run`'s own
arguments; it behaves exactly like the `rasa` command but for one thing.

Why: the loaded model is about 790,000 Python objects (TensorFlow and Keras). A full collection
of CPython's cyclic garbage collector walks every one of them: 570-660 ms on our 2-core machine,
during which Rasa answers nobody. It happens every so often in the middle of members' turns, so
every conversation waiting on Rasa stalls behind it (bench/bench_gateway.py showed 1-second
stalls, and the reply p95 at 10 members was set by them). The model does not change once
loaded, so we `gc.freeze()` it right then: later collections look only at objects made since,
and a full one costs well under a millisecond.

Nothing else of ours runs in Rasa's process: it still talks to our code over HTTP only.
"""

from __future__ import annotations

import gc
import sys
from asyncio import AbstractEventLoop
from typing import Any

import rasa.core.run
from rasa.__main__ import main

_load_agent_on_start = rasa.core.run.load_agent_on_start


async def load_agent_then_freeze(
    model_path: str, endpoints: Any, remote_storage: Any, app: Any, loop: AbstractEventLoop
) -> Any:
    """Rasa's own start-up listener (same signature: Sanic calls it with app and loop), then
    one last full collection and a freeze of everything that survives it: the model."""
    agent = await _load_agent_on_start(model_path, endpoints, remote_storage, app, loop)
    gc.collect()
    gc.freeze()
    return agent


rasa.core.run.load_agent_on_start = load_agent_then_freeze

if __name__ == "__main__":
    sys.argv[0] = "rasa"
    sys.exit(main())
