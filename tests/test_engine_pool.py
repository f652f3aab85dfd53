"""The batching engine's KV pool: which waiting call starts, and what idle sequences forget."""

import pytest

from sitegen.llm.backend import Prompt
from sitegen.llm.engine import Slot, next_start
from sitegen.llm.flows import Call


def waiting(seq, prompt_tokens, max_tokens=10, cached=0):
    slot = Slot(seq, cached=[1] * cached)
    slot.waiting = (Call(Prompt("summary_id", "system", "article", "task"), max_tokens), [1] * prompt_tokens)
    return slot


def running(seq, need):
    slot = Slot(seq, cached=[1] * (need // 2))
    slot.need = need
    return slot


def idle(seq, cached):
    return Slot(seq, cached=[1] * cached)


def test_nothing_waits_nothing_starts():
    assert next_start([], [idle(0, 5)], 100) is None


@pytest.mark.parametrize(
    "others, cells, starts",
    [
        ([running(1, 40)], 100, True),  # 40 + 50 + 10 fits 100
        ([running(1, 41)], 100, False),  # one cell short: wait for the running call
        ([idle(1, 40)], 100, True),  # an idle sequence holds only what it cached
        ([running(1, 20), idle(2, 20)], 100, True),
        ([running(1, 30), idle(2, 20)], 100, False),
    ],
)
def test_a_call_starts_when_its_prompt_and_answer_fit_beside_the_others(others, cells, starts):
    head = waiting(0, 50)
    ready = next_start([head], [head, *others], cells)
    assert (ready == (head, [])) if starts else ready is None


def test_only_the_first_in_the_queue_may_start_so_a_long_prompt_is_not_overtaken():
    long, short = waiting(0, 80), waiting(1, 5)
    assert next_start([long, short], [long, short, running(2, 30)], 100) is None


def test_when_nothing_runs_the_idle_sequences_forget_so_the_first_call_runs():
    head, other, empty = waiting(0, 80, cached=10), idle(1, 60), idle(2, 0)
    queued = waiting(3, 5, cached=30)
    # the empty sequence has nothing to forget
    assert next_start([head, queued], [head, other, empty, queued], 100) == (head, [other, queued])


def test_the_waiting_slots_own_cache_does_not_count_against_it():
    head = waiting(0, 90, cached=90)  # its cached article is the prefix of its new prompt
    assert next_start([head], [head], 100) == (head, [])
