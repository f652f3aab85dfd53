"""Bad and hostile input: each file's problem is its own one line, and nothing unsafe is published."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import string
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import TypeVar

import pytest
from conftest import ARTICLE_MD, write

from sitegen.build import build
from sitegen.errors import ContentError
from sitegen.llm.fake import FakeProvider
from sitegen.quotes import extract_quotes
from sitegen.readers import markdown_to_text, read_article
from sitegen.report import BuildReport
from sitegen.results import Mode

T = TypeVar("T")
SLUG = "warga-kota-membahas-rencana-taman-baru"


def run(config, mode=Mode.MODEL):
    return build(config, mode=mode, provider=FakeProvider(), log=lambda line: None)


def md(front: str, body: str = "Isi berita yang cukup panjang untuk dibaca.") -> str:
    return f"---\n{front.strip()}\n---\n{body}\n"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:x",
        "//evil.example/x",
        "http:/no-host",
        "https://a b.example/",
    ],
)
def test_only_web_links_are_published(config, url):
    write(config.site.content, "a.md", md(f"title: Judul\ndate: 2024-03-05\nurl: {json.dumps(url)}"))
    report = run(config)
    page = (config.site.output / "2024/03/05/judul/index.html").read_text()
    assert "Baca artikel asli" not in page and url.strip() not in page
    data = json.loads((config.site.output / "api/articles/judul.json").read_text())
    assert data["url"] == ""
    assert [n.split(": ", 1)[1] for n in report.notices] == [
        f"url {url.strip()[:60]!r} is not an http(s) link, so the article is published without a link"
    ]
    assert report.exit_code(strict=True) != 0


def test_a_web_link_is_kept(config, article_file):
    run(config)
    page = (config.site.output / f"2024/03/05/{SLUG}/index.html").read_text()
    assert 'href="https://example.org/taman"' in page


def test_a_link_out_of_the_content_folder_is_not_followed(config, article_file, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text(md("title: Rahasia Pribadi\ndate: 2024-03-05", "Kata sandi saya adalah hunter2."))
    (config.site.content / "2024-03-05-rahasia.md").symlink_to(secret)
    (config.site.content / "passwd.txt").symlink_to("/etc/passwd")
    report = run(config)
    skipped = {e.path.name: e.problem for e in report.skipped}
    assert skipped["2024-03-05-rahasia.md"] == "is a link to a file outside the content folder; skipped"
    assert skipped["passwd.txt"] == "is a link to a file outside the content folder; skipped"
    for page in config.site.output.rglob("*"):
        text = page.read_text(errors="replace") if page.is_file() else ""
        assert "hunter2" not in text and "root:x:0:0" not in text, page
    assert report.read == 1


def test_a_yaml_alias_bomb_is_refused_at_once(config, article_file):
    levels = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    for n in range(1, 9):
        levels.append(f"{'abcdefghi'[n]}: &{'abcdefghi'[n]} [" + ",".join([f"*{'abcdefghi'[n - 1]}"] * 9) + "]")
    # The anchors first, then the title that expands all of them: 9**9 strings.
    write(config.site.content, "bomb.md", md("\n".join(levels) + "\ntitle: *i\ndate: 2024-03-05"))
    started = time.monotonic()
    report = run(config)
    assert time.monotonic() - started < 10  # it grew past 12 GB before
    [error] = report.skipped
    assert error.path.name == "bomb.md"
    assert "aliases (*name) are not allowed in front matter" in error.problem
    assert report.read == 1  # the good article beside it is published


def test_oversized_front_matter_is_refused(config):
    write(config.site.content, "big.md", md("title: Judul\ndate: 2024-03-05\nnote: " + "x" * 30_000))
    [error] = run(config).skipped
    assert error.problem == "front matter is longer than 20000 characters"


@pytest.mark.parametrize(
    "front, problem",
    [
        ("title: Judul\ndate: 2024-13-45", "front matter has an impossible value (month must be in 1..12)"),
        ("title: Judul\ndate: 2024-02-30", "front matter has an impossible value (day is out of range for month)"),
        ("title: [a, b]\ndate: 2024-03-05", "title must be text, not a list"),
        ("title: {a: 1}\ndate: 2024-03-05", "title must be text, not a mapping"),
        ("title: yes\ndate: 2024-03-05", "title must be text, not true/false"),
        ("title: Judul\ndate: 2024-03-05\nsource: [Antara]", "source must be text, not a list"),
        ("title: Judul\ndate: 2024-03-05\ntags: [[a]]", "each tag must be text, not a list"),
        (
            "title: 😀🎉\ndate: 2024-03-05",
            "the title '😀🎉' has no letters or digits to make a web address from; "
            "add a slug (e.g. slug: my-article) to the front matter",
        ),
    ],
)
def test_impossible_values_are_the_files_own_one_line_problem(config, article_file, front, problem):
    write(config.site.content, "bad.md", md(front))
    report = run(config)
    assert [(e.path.name, e.problem) for e in report.skipped] == [("bad.md", problem)]
    assert report.read == 1 and (config.site.output / f"2024/03/05/{SLUG}/index.html").is_file()


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: "\ufeff".encode() + text.encode(),  # a byte-order mark
        lambda text: text.replace("\n", "\r").encode(),  # old Mac line ends
        lambda text: text.replace("\n", "\r\n").encode(),  # Windows line ends
    ],
)
def test_byte_order_marks_and_line_ends_are_read_as_text(tmp_path, encode):
    path = tmp_path / "a.md"
    path.write_bytes(encode(ARTICLE_MD))
    article = read_article(path)
    assert article.title == "Warga Kota Membahas Rencana Taman Baru" and article.date == dt.date(2024, 3, 5)
    assert "\r" not in article.body and article.body.count("\n\n") == 4


def test_control_characters_never_reach_a_page_or_a_feed(config):
    write(
        config.site.content,
        "a.md",
        md('title: "Judul\\x00 \\x1b[31mMerah"\ndate: 2024-03-05', "Isi\x00 berita\x1b[0m yang\x0c panjang\x08."),
    )
    run(config, Mode.DRAFT)
    for feed in ("feed.xml", "en/feed.xml", "sitemap.xml"):
        ET.parse(config.site.output / feed)  # well-formed XML
    site = "".join(p.read_text() for p in config.site.output.rglob("*.*") if p.suffix in (".html", ".xml", ".json"))
    assert not any(char in site for char in "\x00\x1b\x0c\x08")
    assert "Judul [31mMerah" in site


def test_a_date_far_ahead_is_noted_not_refused(config, article_file):
    write(config.site.content, "a.md", md("title: Dari Masa Depan\ndate: 9999-12-31"))
    report = run(config)
    assert report.read == 2
    assert any(n.endswith("the date 9999-12-31 is in the future; is it right?") for n in report.notices)
    assert not BuildReport().notices


_ACRONYMS = list(itertools.product(string.ascii_uppercase, repeat=3))


def cpu_seconds(work: Callable[[], object]) -> float:
    """The processor time `work` takes in this process: a busy machine slows the clock on the wall, not this."""
    started = time.process_time()
    work()
    return time.process_time() - started


def assert_grows_linearly(work_on: Callable[[int], T], size: int) -> T:
    """Work on `size` units costs at most eight times the work on a quarter of them (four times, when it grows
    linearly; sixteen, when it grows with the square), and never more than 20 s. The smaller run is taken twice,
    the first warming what a run caches, and its shorter time counts. Returns the work on `size` units."""
    quarter = min(cpu_seconds(lambda: work_on(size // 4)) for _ in range(2))
    done: list[T] = []
    whole = cpu_seconds(lambda: done.append(work_on(size)))
    assert whole < 8 * quarter + 0.25, f"{size // 4} units: {quarter:.2f} s, {size}: {whole:.2f} s"
    assert whole < 20
    return done[0]


def _text(unit: Callable[[int], str], separator: str = "") -> Callable[[int], str]:
    return lambda count: separator.join(unit(n) for n in range(count))


@pytest.mark.parametrize(
    ("make_text", "size"),
    [
        (_text(lambda n: '"x y," kata Budi. '), 10_000),  # two words: one word is no quotation
        (_text(lambda n: '"x y," kata Budi. ' * 50 + "\n"), 200),
        (_text(lambda n: f'"kalimat nomor {n}," kata Tokoh{n} Nama{n}.', " "), 3000),
        # acronyms as speakers, each looked up as an institution's initials (10 s for 3,000 when each scanned the text)
        (_text(lambda n: f'"Kami siap bekerja," kata {"".join(_ACRONYMS[n])}. Bank Indonesia hadir.', "\n\n"), 3000),
        # ministers and a role used alone after each, looked up once (13 s for 6,000 when each scanned the names)
        (
            _text(
                lambda n: (
                    f"Menteri Agama Budi Santo{''.join(_ACRONYMS[n]).lower()} meninjau. "
                    'Menag menjelaskan, "Kami siap bekerja."'
                ),
                "\n\n",
            ),
            6000,
        ),
        # paragraphs opening on someone named there first, each before a quotation with a pronoun
        (
            _text(
                lambda n: (
                    f'Ketua DPP Budi Santo{"".join(_ACRONYMS[n]).lower()} mendukung.\n\n"Kami siap bekerja," ujar dia.'
                ),
                "\n\n",
            ),
            3000,
        ),
    ],
    ids=["two-word quotes", "lines of quotes", "numbered speakers", "acronyms", "ministers", "paragraph openers"],
)
def test_quote_finding_stays_linear_on_crafted_text(make_text, size):
    # 160 KB took 28 s before, and doubling the size quadrupled it.
    quotes = assert_grows_linearly(lambda count: extract_quotes(make_text(count)), size)
    text = make_text(size)
    assert quotes and all(text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize("unit", ["[a](", "[", "[a][", "![a](", "[a](b"])
def test_markdown_stays_linear_on_crafted_text(unit):
    text = assert_grows_linearly(lambda count: markdown_to_text(unit * count), 10_000)  # 24 s for '[a](' * 10000
    assert text == unit * 10_000  # marks that form no link are kept as they are


def test_unbalanced_link_marks_keep_their_text():
    assert (
        markdown_to_text("Lihat [situs](https://a.b/c_(d)) dan [catatan] (kurung) [a](b")
        == "Lihat situs dan [catatan] (kurung) [a](b"
    )
    assert markdown_to_text("Kode `[x` tetap") == "Kode [x tetap"


def test_a_huge_paragraph_is_read_as_plain_text_and_noted():
    notices: list[str] = []
    text = markdown_to_text("Awal.\n\n" + "*kata* " * 5000 + "\n\nAkhir.", notices)
    assert text.startswith("Awal.\n\n*kata* *kata*") and text.endswith("\n\nAkhir.")
    assert notices == ["a paragraph of 35000 characters was read as plain text, not Markdown"]


def test_a_file_far_too_large_is_refused(tmp_path):
    path = tmp_path / "2024-03-05-besar.txt"
    path.write_bytes(b"Judul\n\n" + b"kata " * 500_000)
    with pytest.raises(ContentError, match="larger than an article can be"):
        read_article(path)
