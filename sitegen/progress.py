"""Progress on stderr: one line per article with elapsed time, ETA and model speed."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def clock(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """`total` articles, of which `to_summarise` need the model (the ETA is about those)."""

    def __init__(self, total: int, to_summarise: int, stream: TextIO = sys.stderr):
        self.total = total
        self.to_summarise = to_summarise
        self.stream = stream
        self.started = time.monotonic()
        self.done = 0
        self.summarised = 0
        self.model_started = 0.0

    def start_model(self) -> None:
        """The model starts on the articles it must summarise (the ETA counts from here)."""
        self.model_started = time.monotonic()

    def article(self, slug: str, how: str, seconds: float = 0.0, tokens_per_s: float = 0.0) -> None:
        """Report one finished article; `how` is 'model', 'store', 'cache' or 'draft'."""
        self.done += 1
        if how == "model":
            self.summarised += 1
        if how != "model" and self.to_summarise == 0:
            return  # nothing slow in this build: the final report says enough
        elapsed = time.monotonic() - self.started
        left = self.to_summarise - self.summarised
        # Articles may be summarised several at once: the rate is finished articles per second of model time.
        model_time = time.monotonic() - (self.model_started or self.started)
        eta = (model_time / self.summarised * left) if self.summarised else 0.0
        detail = {
            "model": f"summarised in {seconds:.1f} s, generating {tokens_per_s:.1f} tok/s",
            "store": "from the summary store",
            "cache": "from cache",
            "draft": "draft (--no-llm)",
        }[how]
        width = len(str(self.total))
        self.stream.write(
            f"[{self.done:>{width}}/{self.total}] {clock(elapsed)} elapsed, ETA {clock(eta)}  {slug}: {detail}\n"
        )
        self.stream.flush()
