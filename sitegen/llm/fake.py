"""The fake backend (`[model] backend = "fake"`): instant, deterministic answers by task kind.

Tests use it with their own `responder` to make the model behave well, badly or
dishonestly; with the default responder it answers every kind of task correctly
and in the right language (the Indonesian summary is the article's lead), which is
enough to try the pipeline without a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sitegen import checks
from sitegen.llm.backend import Completion, ModelIdentity, Prompt, Speed
from sitegen.llm.flows import Flow, run_sequentially

Responder = Callable[[Prompt], str]
_MARKER = re.compile(r"\[\d{1,2}\]")

FAKE_IDENTITY = ModelIdentity("fake", "0" * 64)

GOOD_ANSWERS: dict[str, str] = {
    "summary_en": (
        "The government and residents discussed a new plan for the city. "
        "They agreed to meet again for a final decision."
    ),
    "headline": "City residents discuss a new plan",
    "section": "Bagian ini membahas rencana kota. Warga ikut memberi masukan.",
    "pick_quotes": "1",
}


def good_answer(prompt: Prompt) -> str:
    """A well-behaved model: right language, right length, valid quote numbers."""
    if prompt.kind == "translate_quotes":
        return "\n".join(f"[{n}] This is what the speaker said." for n in prompt.items)
    if prompt.kind == "roles":
        return "\n".join(f"[{n}] Head of the city office" for n in prompt.items)
    if prompt.kind == "summary_id":
        return lead(prompt.document)
    return GOOD_ANSWERS[prompt.kind]


def lead(document: str, count: int = 2) -> str:
    """The article's opening sentences, as a faithful extractive summariser would answer."""
    title, _, text = document.partition("\n\n")
    text = _MARKER.sub("", text or title)
    return " ".join(checks.sentences(" ".join(text.split()))[:count])


class FakeBackend:
    """Answers each prompt with `responder(prompt)`, instantly.

    It counts words as tokens and keeps a prefix cache like llama.cpp's, so tests can
    see what a prompt costs: `evaluated_tokens` is the part not shared with the last
    prompt and its answer.
    """

    def __init__(
        self, responder: Responder = good_answer, context_size: int = 8192, identity: ModelIdentity = FAKE_IDENTITY
    ):
        self.responder = responder
        self.identity = identity
        self.calls: list[Prompt] = []
        self.speed = Speed()
        self._context_size = context_size
        self._cached: list[str] = []

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        self.calls.append(prompt)
        text = self.responder(prompt)
        words = f"{prompt.system}\n\n{prompt.user_message()}".split()
        shared = next(
            (i for i, (a, b) in enumerate(zip(words, self._cached)) if a != b), min(len(words), len(self._cached))
        )
        self._cached = words + text.split()
        n_out = self.count_tokens(text)
        self.speed.prompt_tokens += len(words) - shared
        self.speed.output_tokens += n_out
        return Completion(text, len(words), len(words) - shared, n_out)

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        return run_sequentially(flows, self.complete)

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    @property
    def context_size(self) -> int:
        return self._context_size


class FakeProvider:
    """Provides one FakeBackend (the same one every time it is loaded)."""

    def __init__(self, backend: FakeBackend | None = None):
        self.backend = backend or FakeBackend()
        self.loads = 0

    def identity(self) -> ModelIdentity:
        return self.backend.identity

    def load(self) -> FakeBackend:
        self.loads += 1
        return self.backend
