"""What one article's model work cost: the tokens of each kind of task, its retries, and the checks' time.

`make bench` turns these into seconds at the run's measured speeds (`sitegen.report`): how much
of an article's time the summaries, the headline, the quotes and the roles take, how much of it
is retries asked for by a failed check, and how long the checks themselves ran.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class TaskCost:
    """The model calls of one kind of task for one article, and how many were retries."""

    calls: int = 0
    retries: int = 0
    evaluated_tokens: int = 0  # prompt tokens the model read (what a shared prefix saved is not counted)
    output_tokens: int = 0
    retry_evaluated_tokens: int = 0
    retry_output_tokens: int = 0


@dataclass
class Usage:
    """What one article cost: the floor to compare its time against, each task's calls, and the checks' time."""

    document_tokens: int = 0
    output_tokens: int = 0
    tasks: dict[str, TaskCost] = field(default_factory=dict)
    check_seconds: float = field(default=0.0, compare=False)  # measured, so two equal runs differ here

    @contextlib.contextmanager
    def checking(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.check_seconds += time.perf_counter() - started
