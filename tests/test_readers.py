import datetime as dt

import pytest
from conftest import ARTICLE_MD, write

from sitegen.readers import markdown_to_text, read_article, read_content


def test_markdown_article(tmp_path):
    article = read_article(write(tmp_path, "a.md", ARTICLE_MD))
    assert article.title == "Warga Kota Membahas Rencana Taman Baru"
    assert article.date == dt.date(2024, 3, 5)
    assert article.source == "Kabar Kota"
    assert article.url == "https://example.org/taman"
    assert article.slug == "warga-kota-membahas-rencana-taman-baru"
    assert article.tags == ["kota"]
    assert article.lang == "id"


def test_text_article_takes_title_and_date(tmp_path):
    article = read_article(write(tmp_path, "2024-01-02-x.txt", "\n\nJudul Berita\n\nIsi berita.\n"))
    assert (article.title, article.date, article.body.strip()) == ("Judul Berita", dt.date(2024, 1, 2), "Isi berita.")


@pytest.mark.parametrize(
    "name, text, problem",
    [
        ("notes.pdf", "x", "unsupported file type .pdf; use .md or .txt"),
        ("2024-01-02-x.txt", "", "file is empty"),
        ("x.txt", "Judul\nIsi", "no date: name a .txt file YYYY-MM-DD-title.txt"),
        ("a.md", "---\ntitle: T\n---\nIsi", "front matter lacks date"),
        ("a.md", "---\ndate: 2024-01-01\n---\nIsi", "front matter lacks title"),
        ("a.md", "Isi tanpa front matter", "front matter lacks title and date"),
        ("a.md", "---\ntitle: T\ndate: kemarin\n---\nIsi", "date 'kemarin' is not a real YYYY-MM-DD date"),
        ("a.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nIsi", "front matter is not valid YAML near line 4"),
        ("a.md", "---\ntitle: T\ndate: 2024-01-01\n---\n", "the article has no text"),
        (
            "a.md",
            "---\ntitle: T\ndate: 2024-01-01\nslug: Bad Slug\n---\nIsi",
            "slug 'Bad Slug' must be lower-case letters, digits and hyphens",
        ),
    ],
)
def test_bad_files_are_named_with_their_problem(tmp_path, name, text, problem):
    (tmp_path / name).write_text(text, encoding="utf-8")
    articles, errors = read_content(tmp_path)
    assert articles == []
    assert [str(e) for e in errors] == [f"{tmp_path / name}: {problem}"]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "good.md", ARTICLE_MD)
    write(tmp_path, "bad.md", "---\ntitle: T\n---\nIsi")
    articles, errors = read_content(tmp_path)
    assert [a.source_path.name for a in articles] == ["good.md"]
    assert [e.path.name for e in errors] == ["bad.md"]


def test_duplicate_slugs_name_both_files(tmp_path):
    write(tmp_path, "a.md", ARTICLE_MD)
    write(tmp_path, "b.md", ARTICLE_MD)
    articles, errors = read_content(tmp_path)
    assert articles == []
    assert len(errors) == 2
    assert all("a.md" in str(e) and "b.md" in str(e) for e in errors)


def test_hidden_files_are_ignored(tmp_path):
    write(tmp_path, ".draft.md", "whatever")
    assert read_content(tmp_path) == ([], [])


def test_markdown_becomes_plain_paragraphs():
    assert markdown_to_text("# Head\n\nSome *em* and [link](http://x).\nSame para.\n\n- item") == (
        "Head\n\nSome em and link. Same para.\n\nitem"
    )
