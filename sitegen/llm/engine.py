"""Parallel decoding on the embedded model: several articles' calls answered in shared batches.

Generating one token reads all of the model's weights, so one sequence at a time leaves
most of a CPU's arithmetic unused. This engine keeps up to `slots` flows (articles) in
flight, one llama.cpp sequence each, and every `llama_decode` carries one new token for
each sequence that is generating plus, in the room left, the next part of any prompt
still being read: one article's answers are decoded while the next article is read.

Each slot keeps what its sequence already holds, so an article's later calls evaluate only
their task text (the article before the task is shared, as with llama.cpp's prefix cache).
The sequences share one pool of `n_ctx` KV cells (`kv_unified = true`), so memory is what
one sequence would take. A call starts only when the pool has room for its prompt and its
whole answer beside what the others hold; calls waiting for room start in the order they
arrived, and when nothing else runs the first of them starts after the idle sequences
forget what they hold. Any call that fits `n_ctx` therefore runs, as in sequential mode.

The engine runs on the caller's thread and schedules deterministically: which calls share a
batch depends only on the flows and their answers, never on timing, so the same input gives
the same output.

Sampling is llama-cpp-python's own chain (the one `create_chat_completion` builds: repeat
penalty over the generated tokens, then greedy or seeded sampling), one per call.
llama-cpp-python's `Llama` makes its context with one sequence and no parameter for more
(0.3.x), so `parallel_context` replaces it; with the sampler, these are the only places
that reach into `Llama`'s internals.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import llama_cpp
from llama_cpp import _internals
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from sitegen.errors import ModelError
from sitegen.llm.backend import Completion, Prompt, Speed
from sitegen.llm.flows import Call, Flow


def parallel_context(llm: llama_cpp.Llama, slots: int, n_ctx: int) -> None:
    """Give `llm` a context of `slots` sequences sharing one pool of `n_ctx` cells."""
    params = llm.context_params
    params.n_seq_max = slots
    params.n_ctx = n_ctx
    params.kv_unified = True
    llm._ctx.close()
    try:
        llm._ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
    except ValueError as exc:
        raise ModelError(f"llama.cpp could not make a context for {slots} parallel sequences: {exc}") from None


def chat_formatter(llm: llama_cpp.Llama) -> Jinja2ChatFormatter:
    """The formatter `create_chat_completion` uses for this model: its GGUF chat template."""
    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        raise ModelError("the model file has no chat template; set [model] parallel = false to use it")
    eos, bos = llm.token_eos(), llm.token_bos()
    return Jinja2ChatFormatter(
        template=template,
        eos_token=llm._model.token_get_text(eos) if eos != -1 else "",
        bos_token=llm._model.token_get_text(bos) if bos != -1 else "",
    )


@dataclass
class Slot:
    seq: int
    cached: list[int] = field(default_factory=list)  # the tokens this sequence's KV cache holds
    index: int = -1  # which flow runs here (-1: none)
    flow: Flow[Any] | None = None
    waiting: tuple[Call, list[int]] | None = None  # a call (and its prompt tokens) waiting for room
    need: int = 0  # while a call runs: the cells it may fill (its prompt and its whole answer)
    prompt_tokens: int = 0
    todo: list[int] = field(default_factory=list)  # prompt tokens still to evaluate
    evaluated: int = 0
    answer: list[int] = field(default_factory=list)
    max_tokens: int = 0
    feed: int | None = None  # the sampled token to evaluate next
    sampler: Any = None


class ParallelEngine:
    def __init__(self, llm: llama_cpp.Llama, slots: int, temperature: float, repeat_penalty: float, speed: Speed):
        self.llm, self.speed = llm, speed
        self.temperature, self.repeat_penalty = temperature, repeat_penalty
        self.n_batch = llm.n_batch
        self.slots = [Slot(seq) for seq in range(slots)]
        self.cells = llm.context_params.n_ctx
        self._queue: list[Slot] = []  # slots waiting for room, in the order they asked
        self._formatter = chat_formatter(llm)
        self._vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        self._batch = llama_cpp.llama_batch_init(self.n_batch, 0, 1)
        self._memory = llama_cpp.llama_get_memory(llm.ctx)

    def close(self) -> None:
        llama_cpp.llama_batch_free(self._batch)

    def tokens(self, prompt: Prompt) -> list[int]:
        """The prompt as `create_chat_completion` would tokenize it."""
        messages: Any = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user_message()},
        ]
        formatted = self._formatter(messages=messages)
        return self.llm.tokenize(formatted.prompt.encode("utf-8"), add_bos=not formatted.added_special, special=True)

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        queue = iter(enumerate(flows))
        finished: list[tuple[int, Any]] = []
        for slot in self.slots:
            self._next_flow(slot, queue, finished)
        while any(slot.flow for slot in self.slots):
            yield from finished
            finished.clear()
            self._start_waiting()
            entries = self._batch_entries()
            started = time.perf_counter()
            where = self._decode(entries)
            self._account(entries, time.perf_counter() - started)
            for slot in self.slots:
                if slot.seq in where:
                    self._sample(slot, where[slot.seq], queue, finished)
        yield from finished

    # A flow's life on a slot: start, send each answer, take the next call, until it returns.

    def _next_flow(self, slot: Slot, queue: Iterator[tuple[int, Flow[Any]]], finished: list) -> None:
        following = next(queue, None)
        slot.index, slot.flow = following if following is not None else (-1, None)
        if slot.flow is not None:
            self._advance(slot, None, queue, finished)
        else:
            self._forget(slot)

    def _advance(self, slot: Slot, answer: Completion | None, queue: Any, finished: list) -> None:
        assert slot.flow is not None
        try:
            call = next(slot.flow) if answer is None else slot.flow.send(answer)
        except StopIteration as done:
            finished.append((slot.index, done.value))
            self._next_flow(slot, queue, finished)
            return
        self._admit(slot, call)

    def _admit(self, slot: Slot, call: Call) -> None:
        tokens = self.tokens(call.prompt)
        if len(tokens) + call.max_tokens > self.cells:
            raise ModelError(f"a prompt of {len(tokens)} tokens does not fit in [model] n_ctx; raise it")
        slot.waiting, slot.need = (call, tokens), 0
        self._queue.append(slot)

    def _start_waiting(self) -> None:
        """Start the waiting calls that have room, first come first served."""
        while (ready := next_start(self._queue, self.slots, self.cells)) is not None:
            slot, forget = ready
            for other in forget:
                self._forget(other)
            self._queue.remove(slot)
            assert slot.waiting is not None
            self._start(slot, *slot.waiting)

    def _start(self, slot: Slot, call: Call, tokens: list[int]) -> None:
        keep = _shared(slot.cached, tokens)
        keep = min(keep, len(tokens) - 1)  # evaluate at least the last token, for its logits
        llama_cpp.llama_memory_seq_rm(self._memory, slot.seq, keep, -1)
        slot.cached = slot.cached[:keep]
        slot.waiting, slot.need = None, len(tokens) + call.max_tokens
        slot.prompt_tokens, slot.todo, slot.evaluated = len(tokens), tokens[keep:], len(tokens) - keep
        slot.answer, slot.max_tokens, slot.feed = [], call.max_tokens, None
        slot.sampler = self.llm._init_sampler(temp=self.temperature, repeat_penalty=self.repeat_penalty)

    def _forget(self, slot: Slot) -> None:
        """Free the cells of a sequence that is not running a call."""
        llama_cpp.llama_memory_seq_rm(self._memory, slot.seq, 0, -1)
        slot.cached = []

    def _batch_entries(self) -> list[tuple[Slot, int, bool]]:
        """This step's (slot, token, wants logits): every generating slot's next token, then prompt text."""
        entries = [(slot, slot.feed, True) for slot in self.slots if slot.feed is not None]
        for slot in self.slots:
            room = self.n_batch - len(entries)
            if slot.todo and room > 0:
                chunk, slot.todo = slot.todo[:room], slot.todo[room:]
                entries += [(slot, token, not slot.todo and i == len(chunk) - 1) for i, token in enumerate(chunk)]
        for slot, _, _ in entries:
            slot.feed = None
        return entries

    def _decode(self, entries: list[tuple[Slot, int, bool]]) -> dict[int, int]:
        batch, where = self._batch, {}
        for i, (slot, token, logits) in enumerate(entries):
            batch.token[i] = token
            batch.pos[i] = len(slot.cached)
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = slot.seq
            batch.logits[i] = logits
            slot.cached.append(token)
            if logits:
                where[slot.seq] = i
        batch.n_tokens = len(entries)
        status = llama_cpp.llama_decode(self.llm.ctx, batch)
        if status != 0:
            raise ModelError(f"llama.cpp could not decode a batch (llama_decode returned {status})")
        return where

    def _sample(self, slot: Slot, index: int, queue: Any, finished: list) -> None:
        token = slot.sampler.sample(self.llm._ctx, index)
        if not llama_cpp.llama_vocab_is_eog(self._vocab, token):
            slot.answer.append(token)
            if len(slot.answer) < slot.max_tokens:
                slot.feed = token
                return
        text = self.llm.detokenize(slot.answer).decode("utf-8", errors="ignore")
        answer = Completion(text, slot.prompt_tokens, slot.evaluated, len(slot.answer))
        slot.sampler, slot.need = None, 0
        self._advance(slot, answer, queue, finished)

    def _account(self, entries: list[tuple[Slot, int, bool]], seconds: float) -> None:
        """Split a batch's time between prompt and output tokens by their number (they share each step)."""
        output = sum(1 for slot, _, _ in entries if slot.answer and not slot.todo)
        prompt = len(entries) - output
        self.speed.prompt_tokens += prompt
        self.speed.output_tokens += output
        self.speed.prompt_seconds += seconds * prompt / len(entries)
        self.speed.output_seconds += seconds * output / len(entries)


def next_start(queue: list[Slot], slots: list[Slot], cells: int) -> tuple[Slot, list[Slot]] | None:
    """The waiting slot to start now and the idle slots to forget first; None: wait for a running call.

    Only the first in the queue may start, so a long prompt is never overtaken for good. It
    starts when its prompt and whole answer fit beside what the others hold (a running call's
    whole need, an idle sequence's cached tokens). When nothing runs and it still does not fit,
    the others forget what they hold: any call that fits the pool alone then runs.
    """
    if not queue:
        return None
    slot = queue[0]
    assert slot.waiting is not None
    call, tokens = slot.waiting
    others = [other for other in slots if other is not slot]
    if sum(other.need or len(other.cached) for other in others) + len(tokens) + call.max_tokens <= cells:
        return slot, []
    if any(other.need for other in others):
        return None
    return slot, [other for other in others if other.cached]


def _shared(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
