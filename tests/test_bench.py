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
