"""`make bench` end to end on a small corpus (no model): the numbers it prints are measured."""

import json
from pathlib import Path

import pytest

from sitegen import bench
from sitegen.llm.backend import Completion, Prompt, Speed
from sitegen.llm.flows import Call
from sitegen.report import BuildReport
from sitegen.summarise import ask
from sitegen.usage import TaskCost, Usage

DATA = Path(__file__).parent / "fixtures" / "indosum_sample.jsonl"


def test_bench_measures_cold_warm_and_edited_builds(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bench, "query_bytes", lambda site: None)  # the browser part is in test_browser
    assert (
        bench.main(
            ["--data", str(DATA), "--model-articles", "0", "--sizes", "12", "--out", str(tmp_path / "bench.json")]
        )
        == 0
    )
    result = json.loads((tmp_path / "bench.json").read_text())
    runs = result["no_llm"]["12"]
    assert runs["cold"]["articles"] == 12 and runs["cold"]["files_kept"] == 0
    assert runs["warm"]["files_written"] == 0 and runs["warm"]["files_kept"] == runs["cold"]["files_written"]
    assert 0 < runs["one_article_edited"]["files_written"] < runs["cold"]["files_written"] / 3
    assert all(runs[name]["peak_memory_mb"] > 10 for name in ("cold", "warm"))
    assert runs["pagefind"]["bytes"] > 0
    out = capsys.readouterr().out
    assert "--no-llm, 12 articles" in out and json.loads(out[out.index("{") :]) == result


def test_missing_data_is_one_line_not_a_traceback(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        bench.main(["--data", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "b.json")])
    message = str(stopped.value.code)
    assert message.startswith("bench: ") and "missing.jsonl" in message and "\n" not in message
    assert "make bench EVAL_DATA=PATH" in message


def test_table_compares_each_way_of_running_the_model():
    def run(per_article: float, prompt: float) -> dict:
        model = {
            "articles_per_hour": round(3600 / per_article, 1),
            "seconds_per_article": per_article,
            "floor_seconds_per_article": 30.0,
            "prompt_tokens_per_s": prompt,
            "generation_tokens_per_s": 18.0,
            "document_tokens_per_article": 600.0,
            "output_tokens_per_article": 400.0,
        }
        return {"summarised": 4, "model": model, "peak_memory_mb": 2000}

    builds = {"embedded_sequential": run(40.0, 50.0), "embedded_parallel": run(36.0, 45.0)}
    lines = bench.table({"model_builds": builds}).splitlines()
    assert lines[0] == "Real model, 4 dev articles each, empty cache:"
    parallel = next(line for line in lines if line.strip().startswith("embedded_parallel"))
    assert parallel.split()[1:4] == ["100.0", "36.0", "30.0"]
    assert parallel.split()[4] == "20.0"  # (600 + 400) tokens at the sequential prompt speed, 50 tok/s


def test_each_call_counts_under_its_task_and_a_retry_apart():
    usage = Usage()
    for retry in (False, True):
        flow = ask(Call(Prompt("headline", "system", "article", "task"), 10), usage, retry)
        next(flow)
        with pytest.raises(StopIteration):
            flow.send(Completion("answer", prompt_tokens=100, evaluated_tokens=80, output_tokens=12))
    cost = usage.tasks["headline"]
    assert (cost.calls, cost.retries, cost.evaluated_tokens, cost.output_tokens) == (2, 1, 160, 24)
    assert (cost.retry_evaluated_tokens, cost.retry_output_tokens) == (80, 12)
    assert usage.output_tokens == 24


def test_the_report_and_the_table_say_where_an_articles_model_time_went():
    usage = Usage(tasks={"headline": TaskCost(2, 1, 160, 24, 80, 12)}, check_seconds=0.02)
    report = BuildReport(model_seconds=[10.0], usage=[usage])
    report.speed = Speed(prompt_tokens=100, prompt_seconds=2.0, output_tokens=20, output_seconds=1.0)  # 50 and 20/s
    model = report.to_json()["model"]
    assert model["tasks"]["headline"] == {
        "calls_per_article": 2.0,
        "retries_per_article": 1.0,
        "seconds_per_article": 4.4,  # 160 / 50 + 24 / 20
        "retry_seconds_per_article": 2.2,  # 80 / 50 + 12 / 20
    }
    assert model["check_seconds_per_article"] == 0.02
    lines = bench.table(
        {"model_builds": {"embedded_sequential": {"summarised": 1, "model": model, "peak_memory_mb": 1}}}
    )
    assert "    headline             4.4 s in 2.00 calls, of which retries 2.2 s in 1.00" in lines.splitlines()
