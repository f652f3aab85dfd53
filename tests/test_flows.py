"""Flows: the summariser's calls as a generator, run one by one or several at once."""

from __future__ import annotations

import threading
import time

import pytest
from test_summarise import make_article

from sitegen.llm.backend import Completion, Prompt
from sitegen.llm.fake import FakeBackend, good_answer
from sitegen.llm.flows import Call, drive, run_sequentially, run_threaded
from sitegen.summarise import Summariser


def prompt(n: int) -> Prompt:
    return Prompt("summary_id", "system", f"document {n}", "task")


def flow(n: int, calls: int = 2):
    texts = []
    for _ in range(calls):
        answer = yield Call(prompt(n), 10)
        texts.append(answer.text)
    return n, texts


def echo(p: Prompt, max_tokens: int) -> Completion:
    return Completion(p.document, 1, 1, 1)


def test_drive_answers_each_call_and_returns_the_result():
    assert drive(flow(7), echo) == (7, ["document 7", "document 7"])


def test_run_sequentially_keeps_the_order():
    assert list(run_sequentially((flow(n) for n in range(3)), echo)) == [
        (n, (n, [f"document {n}"] * 2)) for n in range(3)
    ]


def test_run_threaded_keeps_at_most_in_flight_and_returns_every_result():
    lock, now, most = threading.Lock(), [0], [0]

    def slow(p: Prompt, max_tokens: int) -> Completion:
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
        time.sleep(0.02)
        with lock:
            now[0] -= 1
        return echo(p, max_tokens)

    results = dict(run_threaded((flow(n) for n in range(6)), slow, in_flight=3))
    assert results == {n: (n, [f"document {n}"] * 2) for n in range(6)}
    assert most[0] == 3


def test_run_threaded_stops_on_the_first_error():
    def broken(p: Prompt, max_tokens: int) -> Completion:
        raise RuntimeError("the server is gone")

    with pytest.raises(RuntimeError, match="gone"):
        list(run_threaded((flow(n) for n in range(4)), broken, in_flight=2))


def test_the_summariser_flow_gives_what_summarise_gives():
    article = make_article()
    one = Summariser(FakeBackend(good_answer)).summarise(article)
    fake = FakeBackend(good_answer)
    ((index, other),) = list(fake.run([Summariser(fake).flow(article)]))
    assert index == 0 and other == one
    assert [c.kind for c in fake.calls][:2] == ["summary_id", "summary_en"]


def test_batched_decoding_is_part_of_the_result_key():
    from sitegen.config import ModelConfig
    from sitegen.summarise import generation_settings

    sequential = generation_settings(ModelConfig())
    assert generation_settings(ModelConfig(parallel=True)) != sequential
    assert generation_settings(ModelConfig(parallel=True, concurrency=2)) != generation_settings(
        ModelConfig(parallel=True)
    )
    assert generation_settings(ModelConfig(backend="openai", parallel=True)) == generation_settings(
        ModelConfig(backend="openai")
    )
