"""An ordered, bounded map over a process pool: the one piece of concurrency the stages share.

``Executor.map`` submits its whole input at once (every article in memory); ``map_bounded``
keeps a few chunks in flight and reads more input only as results come back, so a collection
of any size streams through in constant memory, and results come out in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items sent to a worker at once, and chunks in flight per worker: enough to keep the
#: workers busy, few enough that the parent never holds more than a few hundred items.
CHUNK_SIZE = 16
CHUNKS_PER_JOB = 3
#: Finished chunks may wait for a slower, older one up to this many windows.
MAX_WAITING = 4


@contextmanager
def fork_pool(
    jobs: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> Iterator[ProcessPoolExecutor]:
    """Worker processes, forked where the platform allows so they share what is loaded.

    They start with the first task submitted. On an error or Ctrl-C the tasks not started
    yet are cancelled instead of being waited for.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=initializer, initargs=initargs
    )
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items; the first ones smaller (1, 2, 4...) so that a handful of
    items still spreads over every worker."""
    iterator = iter(items)
    step = 1
    while chunk := list(islice(iterator, step)):
        yield chunk
        step = min(step * 2, size)


def map_bounded(
    pool: ProcessPoolExecutor,
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    jobs: int,
) -> Iterator[R]:
    """``func`` over chunks of ``items`` in ``pool``, results in order, few chunks in flight.

    A new chunk is submitted as soon as any chunk finishes (not only the oldest), so a slow
    chunk never leaves the other workers idle; finished results wait, in order, up to a cap.
    """
    window = jobs * CHUNKS_PER_JOB
    pending: deque[Future[list[R]]] = deque()
    source = chunks(items, CHUNK_SIZE)
    exhausted = False

    def top_up() -> None:
        nonlocal exhausted
        unfinished = sum(not f.done() for f in pending)
        while not exhausted and unfinished < window and len(pending) < MAX_WAITING * window:
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
                return
            pending.append(pool.submit(func, chunk))
            unfinished += 1

    top_up()
    while pending:
        if not pending[0].done():
            wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)
            top_up()
            continue
        yield from pending.popleft().result()
        top_up()
