"""The small interface between the pipeline and a language model.

A prompt is a shared `document` (the article) followed by a `task`. Backends put
the document first so that successive tasks on one article reuse llama.cpp's
prefix cache: the article's tokens are evaluated once.

A backend is chosen by name in the configuration (`[model] backend`, see
sitegen.llm.registry). Its `Provider` knows the model's identity without loading it,
so a build whose results are all stored or cached never loads a model; `load()`
is called at most once per run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from sitegen.llm.flows import Flow

TaskKind = Literal["summary_id", "summary_en", "headline", "pick_quotes", "translate_quotes", "roles", "section"]


@dataclass(frozen=True)
class Prompt:
    kind: TaskKind
    system: str
    document: str
    task: str
    items: tuple[int, ...] = ()  # the quotation numbers a task is about (translate_quotes)

    def user_message(self) -> str:
        return f"{self.document}\n\n{self.task}"


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int  # tokens in the whole prompt
    evaluated_tokens: int  # prompt tokens actually evaluated (the rest came from the cache)
    output_tokens: int


@dataclass(frozen=True)
class ModelIdentity:
    """What cache keys and `api/` know a model by: its name and the hash of its weights."""

    name: str
    sha256: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "sha256": self.sha256}


@dataclass
class Speed:
    """What the model did in this run, as measured by the backend's own counters."""

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

    def seconds_for(self, prompt_tokens: float, output_tokens: float) -> float:
        """How long reading `prompt_tokens` and writing `output_tokens` takes at this run's speeds."""
        return prompt_tokens / self.prompt_rate + output_tokens / self.output_rate


class Backend(Protocol):
    """A loaded model."""

    @property
    def identity(self) -> ModelIdentity: ...

    @property
    def speed(self) -> Speed: ...

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion: ...

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        """Run the flows (sitegen.llm.flows), as many at once as the backend can; yield (index, result)."""
        ...

    def count_tokens(self, text: str) -> int: ...

    @property
    def context_size(self) -> int: ...


class Provider(Protocol):
    """A model not loaded yet: its identity is cheap, loading it is not."""

    def identity(self) -> ModelIdentity: ...

    def load(self) -> Backend: ...


class LazyBackend:
    """Loads the provider's backend on first use, so a build with every result cached never loads it."""

    def __init__(self, load: Callable[[], Backend], identity: ModelIdentity):
        self._load = load
        self._backend: Backend | None = None
        self.identity = identity

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

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        return self.backend().run(flows)

    def count_tokens(self, text: str) -> int:
        return self.backend().count_tokens(text)

    @property
    def context_size(self) -> int:
        return self.backend().context_size
