"""Well-formed JSON of the wrong shape in any cache or store is a miss (or a reported redo), never a traceback."""

from __future__ import annotations

import json

import pytest
from conftest import NeverLoad

from sitegen.build import build
from sitegen.llm.fake import FakeBackend, FakeProvider, good_answer

SLUG = "warga-kota-membahas-rencana-taman-baru"
WRONG_SHAPES = [
    [],
    "text",
    3,
    None,
    {"summary_id": 5},
    {"result": []},
    {"summary_id": "A.", "summary_en": "B.", "quotes": [{"text": 1}], "warnings": []},
    {"summary_id": "A.", "summary_en": "B.", "quotes": [], "warnings": ["old string warning"]},
]


def run(config, fake=None):
    fake = fake or FakeBackend(good_answer)
    return build(config, provider=FakeProvider(fake), log=lambda line: None), fake


@pytest.mark.parametrize("shape", WRONG_SHAPES)
def test_a_store_entry_of_the_wrong_shape_is_reported_and_redone(config, article_file, shape):
    run(config)
    entry = config.site.summaries_dir() / f"{SLUG}.json"
    stored = json.loads(entry.read_text())
    damaged = {**stored, "result": shape} if isinstance(shape, list | str | int) or shape is None else shape
    entry.write_text(json.dumps(damaged))
    for path in (config.cache.root() / "results").rglob("*.json"):
        path.unlink()
    report, fake = run(config)
    assert report.summarised == 1 and fake.calls
    assert report.stale == [(SLUG, "the stored entry is damaged")]
    assert json.loads(entry.read_text())["result"]["summary_id"]  # repaired


@pytest.mark.parametrize("shape", WRONG_SHAPES)
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(config, article_file, shape):
    run(config)
    (config.site.summaries_dir() / f"{SLUG}.json").unlink()
    [path] = (config.cache.root() / "results").rglob("*.json")
    key = json.loads(path.read_text())["key"]
    path.write_text(json.dumps({"key": key, **shape} if isinstance(shape, dict) else shape))
    report, fake = run(config)
    assert report.summarised == 1 and report.cached == 0 and fake.calls


@pytest.mark.parametrize("shape", [[], {"version": None}, {"articles": []}, {"articles": {"k": {"title": 5}}}])
def test_a_prepared_cache_of_the_wrong_shape_is_ignored(config, article_file, shape):
    run(config)
    [path] = (config.cache.root() / "prepared").glob("*.json")
    data = json.loads(path.read_text())
    if isinstance(shape, dict) and "articles" in shape:
        data["articles"] = (
            shape["articles"]
            if not isinstance(shape["articles"], dict)
            else {key: {**record, "title": 5, "candidates": [{"text": 1}]} for key, record in data["articles"].items()}
        )
    else:
        data = shape
    path.write_text(json.dumps(data))
    report = build(config, provider=NeverLoad(), log=lambda line: None)
    assert report.read == 1 and report.stored == 1
    page = (config.site.output / f"2024/03/05/{SLUG}/index.html").read_text()
    assert "Warga Kota Membahas Rencana Taman Baru" in page
