"""The llama.cpp backend (llama-cpp-python): a GGUF model on the CPU, or a GPU if built with one."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sitegen.config import ModelConfig
from sitegen.errors import ModelError
from sitegen.llm.backend import Completion, ModelIdentity, Prompt, Speed
from sitegen.llm.flows import Call, Flow, run_sequentially
from sitegen.llm.model_files import ModelFile, provision, resolve_model

Log = Callable[[str], None]


class LlamaProvider:
    """`[model] backend = "llama"`: a GGUF file (the default model unless `[model] path` names one)."""

    def __init__(self, settings: ModelConfig, cache_root: Path, log: Log):
        self.settings, self.cache_root, self.log = settings, cache_root, log
        self._model: ModelFile | None = None

    def model_file(self) -> ModelFile:
        if self._model is None:
            self._model = resolve_model(self.settings.path, self.cache_root, self.log)
        return self._model

    def identity(self) -> ModelIdentity:
        model = self.model_file()
        return ModelIdentity(model.name, model.sha256)

    def load(self) -> LlamaBackend:
        return LlamaBackend(provision(self.model_file(), self.cache_root, self.log), self.settings)


class LlamaBackend:
    """One model, loaded once. With `parallel`, flows run on the batching engine (sitegen.llm.engine)."""

    def __init__(self, model: ModelFile, settings: ModelConfig):
        try:
            import llama_cpp
        except ImportError as exc:  # pragma: no cover - the package is a dependency
            raise ModelError(f"llama-cpp-python is not installed ({exc}); run `make build`") from None
        self._llama_cpp = llama_cpp
        self.identity = ModelIdentity(model.name, model.sha256)
        self.settings = settings
        self.speed = Speed()
        started = time.perf_counter()
        try:
            with _quiet_stderr():
                self._llm = llama_cpp.Llama(
                    model_path=str(model.path),
                    n_ctx=settings.n_ctx,
                    n_threads=settings.threads(),
                    n_gpu_layers=settings.n_gpu_layers,
                    seed=settings.seed,
                    verbose=False,
                )
                self._engine = self._parallel_engine() if settings.parallel else None
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"llama.cpp could not load {model.path}: {exc}") from None
        self.speed.load_seconds = time.perf_counter() - started

    def _parallel_engine(self) -> Any:
        from sitegen.llm.engine import ParallelEngine, parallel_context

        slots = self.settings.concurrency
        parallel_context(self._llm, slots, self.settings.n_ctx)
        return ParallelEngine(self._llm, slots, self.settings.temperature, self.settings.repeat_penalty, self.speed)

    @property
    def context_size(self) -> int:
        return self.settings.n_ctx

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        if self._engine is None:
            return run_sequentially(flows, self.complete)
        return self._engine.run(flows)

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        if self._engine is not None:
            return next(self._engine.run([_one(Call(prompt, max_tokens))]))[1]
        messages: list[Any] = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user_message()},
        ]
        before = self._counters()
        response: Any = self._llm.create_chat_completion(
            messages=messages,
            max_tokens=max_tokens,
            temperature=self.settings.temperature,
            seed=self.settings.seed,
            repeat_penalty=self.settings.repeat_penalty,
        )
        after = self._counters()
        usage = response["usage"]
        evaluated = int(after["n_p_eval"] - before["n_p_eval"])
        self.speed.prompt_tokens += evaluated
        self.speed.prompt_seconds += (after["t_p_eval_ms"] - before["t_p_eval_ms"]) / 1000
        self.speed.output_tokens += int(after["n_eval"] - before["n_eval"])
        self.speed.output_seconds += (after["t_eval_ms"] - before["t_eval_ms"]) / 1000
        return Completion(
            text=response["choices"][0]["message"]["content"] or "",
            prompt_tokens=usage["prompt_tokens"],
            evaluated_tokens=evaluated,
            output_tokens=usage["completion_tokens"],
        )

    def _counters(self) -> dict[str, float]:
        data = self._llama_cpp.llama_perf_context(self._llm.ctx)
        return {
            "n_p_eval": data.n_p_eval,
            "t_p_eval_ms": data.t_p_eval_ms,
            "n_eval": data.n_eval,
            "t_eval_ms": data.t_eval_ms,
        }


def _one(call: Call) -> Flow[Completion]:
    return (yield call)


@contextlib.contextmanager
def _quiet_stderr():
    """llama.cpp prints its load log on fd 2 even with verbose=False; keep the terminal clean."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
