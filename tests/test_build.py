"""The whole pipeline with the fake backend: outputs, cache, errors, determinism, atomicity."""

import json

import pytest
from conftest import ARTICLE_MD, NeverLoad, good_answer, is_summary_id, write

from sitegen.build import build
from sitegen.errors import EXIT_INPUT
from sitegen.llm.fake import FakeBackend, FakeProvider
from sitegen.results import Mode


def run(config, fake, **kwargs):
    return build(config, provider=FakeProvider(fake), log=lambda line: None, **kwargs)


def files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_writes_pages_and_api(config, fake, article_file):
    report = run(config, fake)
    out = config.site.output
    slug = "warga-kota-membahas-rencana-taman-baru"
    for page in [
        "index.html",
        "archive/index.html",
        "2024/03/05/index.html",
        f"2024/03/05/{slug}/index.html",
        "en/index.html",
        f"en/2024/03/05/{slug}/index.html",
        "static/style.css",
        "static/site.js",
    ]:
        assert (out / page).is_file(), page
    data = json.loads((out / f"api/articles/{slug}.json").read_text())
    assert list(data) == [
        "slug",
        "path",
        "title",
        "title_en",
        "date",
        "source",
        "url",
        "lang",
        "tags",
        "credit",
        "text",
        "summary_id",
        "summary_en",
        "quotes",
        "warnings",
        "story",
        "background",
        "model",
        "prompt_version",
    ]
    assert data["story"] == [slug] and data["background"] == []
    assert data["path"] == f"2024/03/05/{slug}/"
    assert data["date"] == "2024-03-05"
    assert data["model"] == {"name": "fake", "sha256": "0" * 64}  # the backend's own identity
    for quote in data["quotes"]:
        assert data["text"][quote["start"] : quote["end"]] == quote["text"]
        assert set(quote) == {"text", "speaker", "role", "role_en", "start", "end", "text_en"}
    day = json.loads((out / "api/days/2024-03-05.json").read_text())
    assert [a["slug"] for a in day["articles"]] == [slug]
    assert day["stories"] == [
        {"rank": 1, "headline": data["title"], "headline_en": data["title_en"], "slugs": [slug], "section": "kota"}
    ]
    index = json.loads((out / "api/index.json").read_text())
    assert [d["date"] for d in index["days"]] == ["2024-03-05"]
    assert report.summarised == 1 and report.cached == 0


def test_rebuild_with_nothing_changed_makes_no_model_call_and_loads_nothing(config, article_file):
    run(config, FakeBackend(good_answer))
    report = build(config, provider=NeverLoad(), log=lambda line: None)
    assert report.stored == 1 and report.summarised == 0


def test_changed_article_is_summarised_again(config, fake, article_file):
    run(config, fake)
    article_file.write_text(ARTICLE_MD.replace("200 orang", "300 orang"), encoding="utf-8")
    second = FakeBackend(good_answer)
    report = run(config, second)
    assert report.summarised == 1 and second.calls


def test_output_is_byte_identical_across_builds(config, fake, article_file, tmp_path):
    run(config, fake)
    first = files(config.site.output)
    run(config, fake)
    assert files(config.site.output) == first


def test_bad_file_is_named_and_the_rest_still_build(config, fake, article_file):
    write(config.site.content, "broken.md", "---\ntitle: Tanpa tanggal\n---\nIsi.")
    report = run(config, fake)
    assert report.read == 1
    assert [e.path.name for e in report.skipped] == ["broken.md"]
    assert report.exit_code(strict=False) == 0
    assert report.exit_code(strict=True) == EXIT_INPUT  # 3: bad input, documented in sitegen.errors
    assert any("broken.md: front matter lacks date" in line for line in report.lines("public"))


def test_no_llm_build_is_a_draft_and_is_never_cached(config, fake, article_file):
    report = build(config, mode=Mode.DRAFT, log=lambda line: None)
    assert report.drafts == 1
    data = json.loads(next((config.site.output / "api/articles").glob("*.json")).read_text())
    assert data["summary_en"] == "" and data["warnings"] == [{"code": "draft", "field": "summary_en"}]
    assert not (config.cache.root() / "results").exists()
    assert not config.site.summaries_dir().exists()
    report = run(config, fake)
    assert report.summarised == 1


def test_base_url_prefixes_every_link(config, fake, article_file):
    config = config.with_site(base_url="sub")
    run(config, fake)
    html = (config.site.output / "index.html").read_text()
    links = [part.split('"', 1)[0] for part in html.split('href="')[1:]] + [
        part.split('"', 1)[0] for part in html.split('src="')[1:]
    ]
    internal = [link for link in links if not link.startswith(("http", "#"))]
    assert internal and all(link.startswith("/sub/") for link in internal)


def test_failed_render_leaves_the_previous_site_whole(config, fake, article_file, monkeypatch):
    run(config, fake)
    before = files(config.site.output)
    article_file.write_text(ARTICLE_MD.replace("Warga Kota", "Warga Desa"), encoding="utf-8")

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("sitegen.build.export_api", explode)
    with pytest.raises(KeyboardInterrupt):
        run(config, fake)
    assert files(config.site.output) == before
    monkeypatch.undo()  # the next build, not interrupted, publishes the change
    run(config, fake)
    after = files(config.site.output)
    assert after != before and any(b"Warga Desa" in data for data in after.values())


def test_flagged_output_shows_on_the_page(config, article_file):
    english = "The park was discussed. People came."
    fake = FakeBackend(lambda p: english if is_summary_id(p) else good_answer(p))
    report = run(config, fake)
    assert report.flagged and report.exit_code(strict=True) == EXIT_INPUT
    slug = "warga-kota-membahas-rencana-taman-baru"
    page = (config.site.output / f"2024/03/05/{slug}/index.html").read_text()
    assert "Ringkasan ini mungkin tidak ditulis dalam bahasa yang seharusnya." in page
    english_page = (config.site.output / f"en/2024/03/05/{slug}/index.html").read_text()
    assert "The Indonesian summary may not be written in the right language." in english_page
    data = json.loads((config.site.output / f"api/articles/{slug}.json").read_text())
    assert [w for w in data["warnings"] if w["field"] == "summary_id"] == [
        {"code": "wrong_language", "field": "summary_id", "expected": "Indonesian", "found": "English"}
    ]
    assert (slug, "summary_id: wrong_language: it must be written in Indonesian, but it reads as English") in (
        report.flagged
    )
