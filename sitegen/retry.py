"""Trying again what may pass (a timeout, a dropped connection, a busy server), with backoff.

One loop for sitegen's HTTP clients (sitegen.web for articles and feeds, sitegen.llm.server
for model servers): an attempt raises `PassingError` for a failure worth retrying, anything else
for one that is not; after the last retry `GaveUpError` says what went wrong and how often.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
BACKOFF_CAP = 30.0  # seconds: the longest wait between two attempts


class PassingError(Exception):
    """An attempt failed in a way that may pass; the message says how."""


class GaveUpError(Exception):
    """Every attempt failed; the message is the last problem, and how many attempts were made."""


def with_retries(attempt: Callable[[], T], retries: int, backoff: float, sleep: Callable[[float], None]) -> T:
    """`attempt()`, again up to `retries` times after `PassingError`: `backoff` s before the first retry, doubled."""
    problem = ""
    for number in range(retries + 1):
        if number:
            sleep(min(backoff * 2 ** (number - 1), BACKOFF_CAP))
        try:
            return attempt()
        except PassingError as failure:
            problem = str(failure)
    tried = f" (tried {retries + 1} times)" if retries else ""
    raise GaveUpError(f"{problem}{tried}")
