"""Every cache is keyed by everything that shapes its output, the code included.

Changing an input renews exactly the outputs it shapes: editing the export code
rewrites the `api/` files and no page; editing the rendering code rewrites the pages;
editing the code that prepares articles renews the prepared cache.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, NeverLoad, write

from sitegen import fingerprint
from sitegen.article import Article, Quote
from sitegen.build import build
from sitegen.config import ModelConfig
from sitegen.flags import Flag
from sitegen.llm.fake import FakeProvider
from sitegen.outputs import OutputFiles
from sitegen.prepared import _article, _record, prepare
from sitegen.render import article_digest


def run(config, provider=None):
    return build(config, provider=provider or FakeProvider(), log=lambda line: None)


def rewritten(config, monkeypatch, patch) -> set[str]:
    """The files a rebuild writes after `patch()` (the site is built twice first, so both copies are current)."""
    run(config)
    run(config)
    written: set[str] = set()
    original = OutputFiles.write

    def spy(self, path, inputs, make):
        def noting():
            written.add(path)
            return make()

        return original(self, path, inputs, noting)

    monkeypatch.setattr(OutputFiles, "write", spy)
    patch()
    report = run(config, NeverLoad())
    assert report.summarised == 0 and report.files_written == len(written)
    return written


def test_the_code_digest_follows_imports():
    export = fingerprint._closure(("sitegen.export",))
    assert {"sitegen.export", "sitegen.render", "sitegen.i18n", "sitegen.flags", "sitegen.article"} <= export
    assert "sitegen.llm.llama" not in export and "sitegen.serve" not in export
    assert "sitegen.cleaning" in fingerprint._closure(("sitegen.prepared",))


def test_editing_the_export_code_rewrites_the_api_files_and_nothing_else(config, article_file, monkeypatch):
    changed = rewritten(
        config, monkeypatch, lambda: monkeypatch.setattr("sitegen.export.code_digest", lambda name: "edited")
    )
    assert changed == {
        "api/index.json",
        "api/days/2024-03-05.json",
        "api/articles/warga-kota-membahas-rencana-taman-baru.json",
    }


def test_editing_the_rendering_code_rewrites_the_pages_and_not_the_api(config, article_file, monkeypatch):
    changed = rewritten(
        config, monkeypatch, lambda: monkeypatch.setattr("sitegen.render.code_digest", lambda name: "edited")
    )
    assert "index.html" in changed and "en/feed.xml" in changed and "sitemap.xml" in changed
    assert not any(path.startswith(("api/", "static/")) for path in changed)


def test_editing_the_code_that_prepares_articles_renews_the_prepared_cache(config, article_file, monkeypatch):
    from sitegen import prepared as prepared_module

    run(config)
    calls: list[str] = []
    real = prepared_module.prepare

    def counting(article):
        calls.append(article.slug)
        real(article)

    monkeypatch.setattr(prepared_module, "prepare", counting)
    run(config, NeverLoad())
    assert calls == []  # remembered
    monkeypatch.setattr(prepared_module, "code_digest", lambda name: "edited")
    run(config, NeverLoad())
    assert calls == ["warga-kota-membahas-rencana-taman-baru"]


def test_the_repeat_penalty_is_part_of_the_result_key(config, article_file):
    run(config)
    changed = dataclasses.replace(config, model=ModelConfig(repeat_penalty=1.2))
    report = run(changed)
    assert report.stale == [("warga-kota-membahas-rencana-taman-baru", "the generation settings changed")]


@pytest.fixture
def article() -> Article:
    article = Article(
        Path("a.md"),
        "a",
        "Judul",
        dt.date(2024, 3, 5),
        ARTICLE_MD.split("---\n", 2)[2],
        source="Kabar",
        url="https://example.org",
        tags=["kota"],
        notices=["n"],
    )
    prepare(article)
    article.summary_id, article.summary_en = "Ringkasan.", "Summary."
    article.quotes = article.candidates[:1]
    article.warnings = [Flag("empty", "summary_en")]
    return article


CHANGES = {
    "slug": "b",
    "title": "Lain",
    "date": dt.date(2024, 3, 6),
    "source": "Lain",
    "url": "https://a.b",
    "lang": "en",
    "tags": ["desa"],
    "notices": [],
    "text": "Lain.",
    "credit": "Antara",
    "candidates": [],
    "summary_id": "Lain.",
    "summary_en": "Other.",
    "title_en": "Other",
    "quotes": [],
    "warnings": [Flag("empty", "summary_id")],
    "priority": 3,
    "story": ["a", "b"],
    "background": ["c"],
}
# Fields no page shows: the raw body and the stemmed terms (they shape the stories, whose
# result every page digest covers through `story` and `background`).
UNSHOWN = ("source_path", "body", "terms")


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Article) if f.name not in UNSHOWN])
def test_a_page_digest_covers_every_field_an_article_has(article, name):
    assert name in CHANGES, f"a new Article field {name!r}: add it to CHANGES"
    before = article_digest(article)
    setattr(article, name, CHANGES[name])
    assert article_digest(article) != before


def test_the_prepared_cache_keeps_every_field_reading_and_cleaning_fill(article):
    again = _article(article.source_path, _record(article))
    assert again is not None
    for field in ("slug", "title", "date", "source", "url", "lang", "tags", "notices", "text", "credit"):
        assert getattr(again, field) == getattr(article, field), field
    assert again.candidates == article.candidates and all(isinstance(q, Quote) for q in again.candidates)


def test_the_prepared_cache_is_written_only_when_it_changes(config, article_file):
    write(config.site.content, "2024-03-06-b.md", ARTICLE_MD.replace("Taman", "Pasar"))
    run(config)
    [path] = (config.cache.root() / "prepared").glob("*.json")
    first = path.stat().st_mtime_ns
    run(config, NeverLoad())
    assert path.stat().st_mtime_ns == first


def test_imports_for_type_checking_only_are_not_code_that_shapes_output():
    summariser = fingerprint._closure(("sitegen.summarise",))
    assert "sitegen.config" not in summariser  # imported under `if TYPE_CHECKING:` only
    assert "sitegen" not in summariser  # `from sitegen import checks, prompts` names modules, not the package
    assert {"sitegen.checks", "sitegen.prompts", "sitegen.names"} <= summariser


def test_a_build_remembers_each_modules_imports_by_its_source(config, article_file):
    run(config)
    remembered = json.loads((config.cache.root() / fingerprint.IMPORTS_FILE).read_text())
    source = fingerprint._source("sitegen.export")
    assert remembered[hashlib.sha256(source).hexdigest()] == list(fingerprint._parse_imports("sitegen.export"))
    assert len(remembered) >= 20  # every module a build's digests reach


def test_remembered_imports_stand_in_for_parsing_and_a_damaged_file_is_ignored(tmp_path, monkeypatch):
    key = hashlib.sha256(fingerprint._source("sitegen.export")).hexdigest()
    monkeypatch.setattr(fingerprint, "_known", {})
    monkeypatch.setattr(fingerprint, "_used", set())
    fingerprint._imports.cache_clear()
    (tmp_path / fingerprint.IMPORTS_FILE).write_text(json.dumps({key: ["sitegen.flags"]}))
    try:
        with fingerprint.remembered_imports(tmp_path):
            assert fingerprint._imports("sitegen.export") == ("sitegen.flags",)  # not parsed again
        (tmp_path / fingerprint.IMPORTS_FILE).write_text("{not json")
        fingerprint._known.clear()
        fingerprint._imports.cache_clear()
        with fingerprint.remembered_imports(tmp_path):
            assert "sitegen.render" in fingerprint._imports("sitegen.export")
        assert json.loads((tmp_path / fingerprint.IMPORTS_FILE).read_text())[key] == list(
            fingerprint._parse_imports("sitegen.export")
        )
    finally:
        fingerprint._imports.cache_clear()
