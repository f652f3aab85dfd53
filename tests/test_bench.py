"""`make bench` end to end on a small corpus (no model): the numbers it prints are measured."""

import json
from pathlib import Path

import pytest

from sitegen import bench

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
