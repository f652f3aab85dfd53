"""Rebuilds do work in proportion to what changed, and still give exactly the full build's output."""

import importlib.metadata
import shutil

import pytest
from conftest import ARTICLE_MD, NeverLoad, good_answer, theme_copy, write

from sitegen import prepared as prepared_module
from sitegen.build import build
from sitegen.llm.fake import FakeBackend, FakeProvider
from sitegen.outputs import OutputFiles
from sitegen.prepared import PreparedArticles
from sitegen.results import Mode


def run(config, provider=None, **kwargs):
    return build(config, provider=provider or FakeProvider(FakeBackend(good_answer)), log=lambda line: None, **kwargs)


def files(folder):
    """The site's files, less Pagefind's bundle (Pagefind orders some of its files differently each run)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).as_posix().startswith("pagefind/")
    }


@pytest.fixture
def three_days(config):
    for day in (5, 6, 7):
        write(
            config.site.content,
            f"2024-03-0{day}-taman.md",
            ARTICLE_MD.replace("2024-03-05", f"2024-03-0{day}").replace("Taman Baru", f"Taman {day}"),
        )
    return config


def fresh_build(config, tmp_path):
    """The same content built from nothing into another folder (the model results come from the store)."""
    other = config.with_site(output=tmp_path / "fresh" / "public")
    run(other, provider=NeverLoad())
    return files(other.site.output)


def test_rebuild_with_nothing_changed_writes_nothing(three_days):
    run(three_days)
    run(three_days)  # the second copy of the site catches up
    report = run(three_days, provider=NeverLoad())
    assert report.files_written == 0 and report.files_kept > 20


def test_changed_article_rewrites_only_what_shows_it(three_days, tmp_path):
    for _ in range(2):
        run(three_days)
    path = three_days.site.content / "2024-03-06-taman.md"
    path.write_text(path.read_text().replace("200 orang", "250 orang"), encoding="utf-8")
    report = run(three_days)
    assert report.summarised == 1 and report.stored == 2
    # The three articles (one a day, all about the park) are one story, so every page that
    # shows a summary of the story changes: the three article pages (each lists the other
    # sources' summaries) and the three day pages, in two languages, with the home page;
    # then its export, the feeds, the archive and the sitemap. Nothing else is written.
    assert 6 <= report.files_written <= 22, report.files_written
    assert files(three_days.site.output) == fresh_build(three_days, tmp_path)


def test_a_removed_article_leaves_no_file_or_empty_folder_behind(three_days, tmp_path):
    for _ in range(2):
        run(three_days)
    (three_days.site.content / "2024-03-07-taman.md").unlink()
    for _ in range(2):  # both copies of the site
        run(three_days, provider=NeverLoad())
        output = three_days.site.output
        assert not (output / "2024/03/07").exists() and not (output / "en/2024/03/07").exists()
        assert (output / "2024/03/06").is_dir()
        assert not [folder for folder in output.rglob("*") if folder.is_dir() and not any(folder.iterdir())]
    assert files(three_days.site.output) == fresh_build(three_days, tmp_path)


def test_template_change_rerenders_without_the_model(three_days, tmp_path, monkeypatch):
    run(three_days)
    theme = theme_copy(tmp_path / "theme")
    base = theme / "base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- edited --></body>"), encoding="utf-8")
    report = run(three_days.with_site(templates=str(theme)), provider=NeverLoad())
    assert report.stored == 3 and report.summarised == 0
    pages = list(three_days.site.output.rglob("*.html"))
    assert pages and all("<!-- edited -->" in page.read_text() for page in pages)


def test_damaged_second_copy_is_repaired_not_published(three_days, tmp_path):
    for _ in range(2):
        run(three_days)
    back = three_days.site.output.parent / ".public.next"
    page = next(back.rglob("*taman-6/index.html"))
    page.write_text("half a page", encoding="utf-8")  # as if a build was killed while writing it
    (back / "stray.html").write_text("left over", encoding="utf-8")
    shutil.rmtree(back / "en" / "archive")
    run(three_days, provider=NeverLoad())
    assert files(three_days.site.output) == fresh_build(three_days, tmp_path)


def test_lost_manifests_only_cost_a_full_write(three_days, tmp_path):
    for _ in range(2):
        run(three_days)
    shutil.rmtree(three_days.cache.root() / "sites")
    report = run(three_days, provider=NeverLoad())
    assert report.files_kept == 0
    assert files(three_days.site.output) == fresh_build(three_days, tmp_path)


def test_output_files_never_write_through_a_hard_link(tmp_path):
    tree, other = tmp_path / "tree", tmp_path / "other.html"
    other.write_text("published", encoding="utf-8")
    tree.mkdir()
    (tree / "a.html").hardlink_to(other)
    files = OutputFiles(tree, tmp_path / "manifest.json")
    files.write("a.html", "inputs", lambda: "next")
    assert (tree / "a.html").read_text() == "next" and other.read_text() == "published"


def test_prepared_articles_are_remembered_by_content(config, article_file, monkeypatch):
    run(config, mode=Mode.DRAFT)
    calls, real = [], prepared_module.prepare

    def counting(article):
        calls.append(article.slug)
        real(article)

    monkeypatch.setattr(prepared_module, "prepare", counting)
    run(config, mode=Mode.DRAFT)
    assert calls == []
    article_file.write_text(ARTICLE_MD.replace("200 orang", "250 orang"), encoding="utf-8")
    report = run(config, mode=Mode.DRAFT)
    assert calls == ["warga-kota-membahas-rencana-taman-baru"] and report.read == 1


def test_prepared_cache_is_dropped_when_the_code_changes(tmp_path, monkeypatch):
    cache = PreparedArticles(tmp_path / "prepared.json")
    cache.used = {"k": {"slug": "a"}}
    cache.save()
    monkeypatch.setattr("sitegen.prepared.code_version", lambda: "another")
    assert PreparedArticles(tmp_path / "prepared.json").known == {}


@pytest.mark.parametrize("library", ["ftfy", "wordfreq"])
def test_prepared_cache_is_keyed_by_the_libraries_whose_data_shape_it(monkeypatch, library):
    before = prepared_module.code_version()
    monkeypatch.setattr(f"{library}.__version__", "0.0.0", raising=False)
    real = importlib.metadata.version
    monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.0" if name == library else real(name))
    assert prepared_module.code_version() != before
