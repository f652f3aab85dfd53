"""The small interface between the pipeline and a language model.

A prompt is a shared `document` (the article) followed by a `task`. Backends put
the document first so that successive tasks on one article reuse llama.cpp's
prefix cache: the article's tokens are evaluated once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Prompt:
    system: str
    document: str
    task: str

    def user_message(self) -> str:
        return f"{self.document}\n\n{self.task}"


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int  # tokens in the whole prompt
    evaluated_tokens: int  # prompt tokens actually evaluated (the rest came from the cache)
    output_tokens: int


@dataclass
class Speed:
    """What the model did in this run, as measured by llama.cpp's own counters."""

    prompt_tokens: int = 0
    prompt_seconds: float = 0.0
    output_tokens: int = 0
    output_seconds: float = 0.0
    load_seconds: float = 0.0

    @property
    def prompt_rate(self) -> float:
        return self.prompt_tokens / self.prompt_seconds if self.prompt_seconds else 0.0

    @property
    def output_rate(self) -> float:
        return self.output_tokens / self.output_seconds if self.output_seconds else 0.0


class Backend(Protocol):
    name: str
    sha256: str
    speed: Speed

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion: ...

    def count_tokens(self, text: str) -> int: ...

    @property
    def context_size(self) -> int: ...


Responder = Callable[[Prompt], str]


class FakeBackend:
    """A backend for tests: answers each prompt with `responder(prompt)`, instantly.

    It counts words as tokens and keeps a prefix cache like llama.cpp's, so tests can
    see what a prompt costs: `evaluated_tokens` is the part not shared with the last
    prompt and its answer.
    """

    name = "fake"
    sha256 = "0" * 64

    def __init__(self, responder: Responder, context_size: int = 8192):
        self.responder = responder
        self.calls: list[Prompt] = []
        self.speed = Speed()
        self._context_size = context_size
        self._cached: list[str] = []

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        self.calls.append(prompt)
        text = self.responder(prompt)
        words = f"{prompt.system}\n\n{prompt.user_message()}".split()
        shared = len(os.path.commonprefix([words, self._cached]))
        self._cached = words + text.split()
        n_out = self.count_tokens(text)
        self.speed.prompt_tokens += len(words) - shared
        self.speed.output_tokens += n_out
        return Completion(text, len(words), len(words) - shared, n_out)

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    @property
    def context_size(self) -> int:
        return self._context_size


class LazyBackend:
    """Loads the real backend on first use, so a build with every result cached never loads it."""

    def __init__(self, load: Callable[[], Backend], name: str, sha256: str):
        self._load = load
        self._backend: Backend | None = None
        self.name = name
        self.sha256 = sha256

    @property
    def loaded(self) -> bool:
        return self._backend is not None

    def backend(self) -> Backend:
        if self._backend is None:
            self._backend = self._load()
        return self._backend

    @property
    def speed(self) -> Speed:
        return self._backend.speed if self._backend else Speed()

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        return self.backend().complete(prompt, max_tokens)

    def count_tokens(self, text: str) -> int:
        return self.backend().count_tokens(text)

    @property
    def context_size(self) -> int:
        return self.backend().context_size
