"""The phrase net's reading, done in a process of its own.

The net is thousands of regular expressions (9-15 ms of CPU a message), and CPython's `re`
holds the GIL for a whole search: read in a thread of the web process, it stalls the event
loop that acknowledges webhooks, and every other thread, for that long. So the net reads in one
worker process, shared by everything in this process (tests build many apps), started lazily
and warmed when the pipeline starts so the first member does not wait for the net to compile.

The worker comes from a forkserver (spawn where there is none), never a fork of this threaded
process; the forkserver loads the net once, so a worker that replaces a lost one starts ready.
It ends at this process's exit, and by itself if this process is killed.
A reading is never lost: with no usable worker the net reads in a thread, as it would anyway.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.gateway.safeguarding import says_someone_is_at_risk

log = logging.getLogger(__name__)

NET_MODULE = "bot.gateway.safeguarding"  # loaded by the forkserver, so workers start compiled
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"

WARM_TEXT = "hello"
OWNER_LOOK_SECONDS = 1.0  # where a process's end cannot be waited on, how often the worker looks

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None  # set once its worker has started
_unavailable = False  # a pool could not be made here: the net reads in a thread


def _new_pool() -> ProcessPoolExecutor:
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        context.set_forkserver_preload([NET_MODULE])
    return ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_exit_with, initargs=(os.getpid(),)
    )


def _exit_with(owner: int) -> None:
    """In the worker: end when the process that made it ends, however it ends (killed too). A
    worker left behind would wait on its queue for ever and keep the forkserver alive."""
    threading.Thread(target=_wait_for_end, args=(owner,), name="net-owner", daemon=True).start()


def _wait_for_end(pid: int) -> None:
    try:
        ended = os.pidfd_open(pid)
    except (AttributeError, OSError):  # no pidfd here (or the owner is gone already): look
        while _alive(pid):
            time.sleep(OWNER_LOOK_SECONDS)
    else:
        select.select([ended], [], [])
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, and someone else's
        pass
    return True


def warm() -> ProcessPoolExecutor | None:
    """This process's net pool, its worker started and given a first message so the first
    member's finds the net loaded; None when no pool can be had. Blocks while the worker starts
    (seconds, the first time: the net compiles), so call it in a thread."""
    global _pool, _unavailable
    with _lock:
        if _pool is None and not _unavailable:
            try:
                pool = _new_pool()
                pool.submit(says_someone_is_at_risk, WARM_TEXT)  # starts the worker
            except Exception:
                _unavailable = True
                log.exception("the phrase net's process could not be made; reading in a thread")
                return None
            _pool = pool
        return _pool


def _forget(pool: ProcessPoolExecutor) -> None:
    """Drop a broken pool, so the next message gets a fresh one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def _fall_back(pool: ProcessPoolExecutor, error: BaseException) -> None:
    log.warning("the phrase net's process failed (%s); reading in a thread", type(error).__name__)
    _forget(pool)


async def net_reads_risk(text: str) -> bool:
    """The net's word on this message, read in the worker process; in a thread of this process
    when the worker is broken or cannot be had (logged, without the message)."""
    pool = _pool or await asyncio.to_thread(warm)
    if pool is not None:
        try:
            reading = pool.submit(says_someone_is_at_risk, text)
        except (BrokenProcessPool, RuntimeError) as error:  # RuntimeError: shut down already
            _fall_back(pool, error)
        else:
            try:
                return await asyncio.wrap_future(reading)
            except BrokenProcessPool as error:  # the worker died while reading
                _fall_back(pool, error)
    return await asyncio.to_thread(says_someone_is_at_risk, text)


def shut_down() -> None:
    """Stop the worker (at exit): a reading still running is waited for, queued ones dropped."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shut_down)
