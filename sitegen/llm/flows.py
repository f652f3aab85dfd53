"""Flows: work that calls the model, written as generators so that a backend decides how calls overlap.

A flow yields a `Call` (a prompt and its token budget), receives the `Completion`, and
finally returns its result: one article's summaries and quotes are one flow. Written this
way the summarising logic stays plain sequential code, and a backend can run many flows
at once: the embedded engine decodes their calls as parallel sequences (sitegen.llm.engine),
a model server receives them as concurrent requests, and the simplest backend answers one
call after another (`run_sequentially`).

`run` methods yield `(index, result)` for each flow as it finishes (in the order they finish).
An exception raised by a flow, or by the model while answering it, ends the run.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, TypeVar

from sitegen.llm.backend import Completion, Prompt

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    prompt: Prompt
    max_tokens: int


Flow = Generator[Call, Completion, T]
Complete = Callable[[Prompt, int], Completion]


def drive(flow: Flow[T], complete: Complete) -> T:
    """Run one flow to its end, answering each call with `complete`."""
    try:
        call = next(flow)
        while True:
            call = flow.send(complete(call.prompt, call.max_tokens))
    except StopIteration as done:
        return done.value


def run_sequentially(flows: Iterable[Flow[Any]], complete: Complete) -> Iterator[tuple[int, Any]]:
    """One flow after another, one call at a time."""
    for index, flow in enumerate(flows):
        yield index, drive(flow, complete)


def run_threaded(flows: Iterable[Flow[Any]], complete: Complete, in_flight: int) -> Iterator[tuple[int, Any]]:
    """Up to `in_flight` flows at once, each on its own thread (for a server that batches requests itself).

    Results come back to the caller's thread, so whatever it does with them (writing the
    cache and the store) needs no lock. On an error the flows not started yet are dropped
    and the ones in progress finish their current call.
    """
    pending = iter(enumerate(flows))
    with ThreadPoolExecutor(max_workers=max(1, in_flight), thread_name_prefix="sitegen-flow") as pool:
        running: dict[Future[Any], int] = {}

        def start_next() -> None:
            following = next(pending, None)
            if following is not None:
                index, flow = following
                running[pool.submit(drive, flow, complete)] = index

        for _ in range(max(1, in_flight)):
            start_next()
        try:
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=running.__getitem__):
                    index = running.pop(future)
                    yield index, future.result()
                    start_next()
        finally:
            for future in running:
                future.cancel()
