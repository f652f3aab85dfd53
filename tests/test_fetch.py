"""`sitegen add` and `sitegen fetch` against a local news server: no internet involved."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newssite import BOILERPLATE, STYLES, NewsServer, Route, atom, page, records, rss

from sitegen.adding import ContentIndex, add, escape_markdown
from sitegen.cli import main
from sitegen.config import FetchConfig, SourceConfig
from sitegen.feeds import fetch_sources
from sitegen.readers import markdown_to_text, read_article
from sitegen.web import WebClient, decode

RECORDS = records()
FAST = FetchConfig(timeout=1.0, retries=1, backoff=0.01, delay=0.0, max_bytes=1_000_000)


@pytest.fixture
def server():
    news = NewsServer()
    yield news
    news.close()


@pytest.fixture
def client(tmp_path):
    with WebClient(FAST, tmp_path / "cache") as web:
        yield web


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*"))} if folder.exists() else {}


def test_add_writes_a_whole_article_file_that_builds(server, client, tmp_path):
    record = RECORDS[0]
    url = server.page("/berita/1", page(record, "portal"))
    outcome = add(url, tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert outcome.status == "added" and outcome.path is not None
    assert outcome.path.name == f"{record['date']}-{outcome.path.name[11:]}" and outcome.path.suffix == ".md"
    text = outcome.path.read_text()
    assert not any(line.lower() in text.lower() for line in BOILERPLATE)
    article = read_article(outcome.path)
    assert article.title == record["title"] and article.date.isoformat() == record["date"]
    assert article.url == f"https://portal.example/berita/{record['id']}" and article.lang == "id"
    assert article.body == "\n\n".join(record["paragraphs"])
    assert "fetched_from: " + url in text and "source: Portal News" in text


def test_the_same_article_is_never_added_twice(server, client, tmp_path):
    folder, record = tmp_path / "content", RECORDS[2]
    first = server.page("/a", page(record, "daily"))
    again = server.page("/a?utm_source=twitter", page(record, "daily"))
    copy = server.page("/copy", page(record, "blog"))  # another site's copy: another address, the same words
    assert add(first, folder, ContentIndex(folder), client).status == "added"
    index = ContentIndex(folder)  # read back from the files
    assert [add(u, folder, index, client).status for u in (first, again, copy)] == ["present"] * 3
    assert len(list(folder.glob("*.md"))) == 1
    assert server.log.count(("/a", False)) == 1  # known by its address: not even fetched again


def test_add_reads_a_saved_html_file(tmp_path):
    saved = tmp_path / "saved.html"
    saved.write_bytes(page(RECORDS[3], "agency").encode("windows-1252", errors="replace"))
    outcome = add(str(saved), tmp_path / "content", ContentIndex(tmp_path / "content"), None)
    assert outcome.status == "added" and outcome.path is not None
    assert read_article(outcome.path).title == RECORDS[3]["title"]


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda s: s.url + "/missing", "the server answered 404"),
        (lambda s: s.page("/slow", page(RECORDS[0], "tv"), delay=3.0), "no answer within 1 s (tried 2 times)"),
        (lambda s: s.page("/pdf", "%PDF-1.4", content_type="application/pdf"), "not a web page (application/pdf)"),
        (
            lambda s: s.page("/huge", "<html><body>" + "<p>kata</p>" * 200_000 + "</body></html>"),
            "larger than 1 MB; not an article page",
        ),
        (
            lambda s: s.page(
                "/front", "<html><body><ul>" + "<li><a href='/x'>Judul</a></li>" * 30 + "</ul></body></html>"
            ),
            "not an article",
        ),
        (lambda s: s.page("/down", "", status=503), "the server answered 503 (tried 2 times)"),
        (lambda s: "http://127.0.0.1:9/closed", "cannot connect (ConnectError) (tried 2 times)"),
        (lambda s: s.page("/loop", "", status=301, headers={"Location": "/loop"}), "too many redirects"),
    ],
)
def test_each_failure_is_one_line_and_writes_nothing(server, client, tmp_path, make, reason):
    url = make(server)
    outcome = add(url, tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert outcome.status == "skipped"
    assert reason in outcome.reason and "\n" not in outcome.line()
    assert snapshot(tmp_path / "content") == {}


def test_a_redirect_is_followed_and_both_addresses_are_known(server, client, tmp_path):
    target = server.page("/final", page(RECORDS[4], "blog"))
    server.routes["/old"] = Route(b"", status=301, headers={"Location": "/final"})
    outcome = add(server.url + "/old", tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert outcome.status == "added" and target


@pytest.mark.parametrize(
    "encoding, header, meta",
    [
        ("windows-1252", "text/html; charset=windows-1252", "windows-1252"),
        ("windows-1252", "text/html", ""),  # nothing declared
        ("utf-8", "text/html; charset=iso-8859-1", "utf-8"),  # the header is wrong
        ("windows-1252", "text/html; charset=utf-8", "windows-1252"),  # the header is wrong the other way
    ],
)
def test_text_is_decoded_whatever_the_server_declares(server, client, tmp_path, encoding, header, meta):
    record = dict(
        RECORDS[5], paragraphs=["“Kami siap bekerja keras,” kata Menteri – café é."] + RECORDS[5]["paragraphs"]
    )
    html = page(record, "daily").replace('<meta charset="utf-8">', f'<meta charset="{meta}">' if meta else "")
    server.routes["/enc"] = Route(html.encode(encoding), content_type=header)
    outcome = add(server.url + "/enc", tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert outcome.status == "added" and outcome.path is not None
    assert "“Kami siap bekerja keras,” kata Menteri – café é." in read_article(outcome.path).body


def test_robots_txt_is_respected(server, client, tmp_path):
    server.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    url = server.page("/private/a", page(RECORDS[6], "tv"))
    outcome = add(url, tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert outcome.status == "skipped" and "robots.txt asks crawlers not to fetch it" in outcome.reason
    assert ("/private/a", False) not in server.log


def sources(server: NewsServer, count: int = 5, per_feed: int = 3) -> tuple[SourceConfig, ...]:
    found = []
    for n in range(count):
        items = []
        for k in range(per_feed):
            record = RECORDS[(n * per_feed + k) % len(RECORDS)]
            items.append((server.page(f"/s{n}/{k}", page(record, STYLES[n % len(STYLES)])), record))
        feed = rss(items) if n % 2 == 0 else atom(items)
        kind = "application/rss+xml" if n % 2 == 0 else "application/atom+xml"
        server.routes[f"/s{n}/feed"] = Route(feed.encode(), content_type=kind, etag=f'"v{n}"')
        found.append(SourceConfig(name=f"Sumber {n}", feed=f"{server.url}/s{n}/feed", tags=("kota",), limit=20))
    return tuple(found)


def test_fetch_adds_every_new_item_then_asks_only_whether_the_feeds_changed(server, tmp_path):
    folder, feeds = tmp_path / "content", sources(server)
    lines: list[str] = []
    with WebClient(FAST, tmp_path / "cache") as web:
        report = fetch_sources(feeds, folder, web, lines.append)
    assert report.counts()["added"] == 15 and not report.failed
    assert len(list(folder.glob("*.md"))) == 15
    assert any(line.startswith("[1/5] Sumber 0: 3 new") for line in lines)
    article = read_article(sorted(folder.glob("*.md"))[0])
    assert "kota" in article.tags

    server.log.clear()
    started = time.monotonic()
    with WebClient(FAST, tmp_path / "cache") as web:
        again = fetch_sources(feeds, folder, web, lines.append)
    assert time.monotonic() - started < 2
    assert again.counts()["added"] == 0 and len(again.unchanged) == 5
    assert server.log and all(conditional for _path, conditional in server.log)  # robots.txt is remembered too
    assert {path for path, _ in server.log} == {f"/s{n}/feed" for n in range(5)}


def test_a_changed_feed_adds_only_what_is_new(server, tmp_path):
    folder, feeds = tmp_path / "content", sources(server, count=1, per_feed=2)
    with WebClient(FAST, tmp_path / "cache") as web:
        fetch_sources(feeds, folder, web, lambda line: None)
    newer = [(server.page(f"/s0/{k}", page(RECORDS[k], "portal")), RECORDS[k]) for k in range(3)]
    server.routes["/s0/feed"] = Route(rss(newer).encode(), content_type="application/rss+xml", etag='"v2"')
    server.log.clear()
    with WebClient(FAST, tmp_path / "cache") as web:
        report = fetch_sources(feeds, folder, web, lambda line: None)
    assert report.counts() == {"added": 1, "present": 2}
    assert [path for path, _ in server.log if path.startswith("/s0/") and path != "/s0/feed"] == ["/s0/2"]


def test_one_bad_source_is_one_line_and_the_others_still_run(server, tmp_path):
    good = sources(server, count=1)
    server.page("/notafeed", "<html><body>Bukan umpan</body></html>")
    bad = (
        SourceConfig(name="Mati", feed="http://127.0.0.1:9/rss"),
        SourceConfig(name="Hilang", feed=server.url + "/nope.xml"),
        SourceConfig(name="Bukan", feed=server.url + "/notafeed"),
    )
    with WebClient(FAST, tmp_path / "cache") as web:
        report = fetch_sources(bad + good, tmp_path / "content", web, lambda line: None)
    assert report.counts()["added"] == 3
    assert [line.split(":")[0] for line in report.failed] == ["Mati", "Hilang", "Bukan"]
    assert "not an RSS or Atom feed" in report.failed[2] and "answered 404" in report.failed[1]
    assert all("\n" not in line for line in report.lines())


def test_the_commands_work_end_to_end(server, tmp_path, monkeypatch, capsys):
    feeds = sources(server, count=2, per_feed=2)
    config = tmp_path / "sitegen.toml"
    entries = "".join(f'[[sources]]\nname = "{s.name}"\nfeed = "{s.feed}"\ntags = ["kota"]\nlimit = 5\n' for s in feeds)
    config.write_text(f'[fetch]\ntimeout = 2.0\ndelay = 0.0\n[cache]\ndir = "{tmp_path / "cache"}"\n{entries}')
    monkeypatch.chdir(tmp_path)
    assert main(["fetch"]) == 0
    assert "Fetched: 4 new, 0 already present, 0 skipped" in capsys.readouterr().err
    url = server.page("/one", page(RECORDS[20], "blog"))
    assert main(["add", url, str(tmp_path / "missing.html")]) == 3  # one added, one skipped
    captured = capsys.readouterr()
    assert captured.out.startswith("added content/") and "skipped" in captured.err and "cannot read" in captured.err
    assert len(list((tmp_path / "content").glob("*.md"))) == 5
    assert main(["build", "--no-llm"]) == 0


def test_fetch_without_sources_says_how_to_add_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["fetch"]) == 2
    assert "no [[sources]] in sitegen.toml" in capsys.readouterr().err


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab 1.)*_[]()<>&#+-!`\\{}|~:") + ["&amp;", "1. ", "- ", "# ", "---", "<!--"]),
        min_size=1,
        max_size=30,
    ).map("".join)
)
def test_escaped_text_reads_back_as_itself(text):
    text = " ".join(text.split())
    if text:
        assert markdown_to_text(escape_markdown(text)) == text


def test_decode_prefers_valid_utf8_then_the_declared_charset():
    assert decode("café".encode()) == "café"
    assert decode("café".encode("windows-1252"), "utf-8") == "café"
    assert decode("café".encode("iso-8859-2"), "iso-8859-2") == "café"


def test_an_article_file_appears_whole_or_not_at_all(server, client, tmp_path, monkeypatch):
    url = server.page("/whole", page(RECORDS[7], "daily"))

    def crash(*args):
        raise KeyboardInterrupt  # Ctrl-C between writing the text and putting it in place

    monkeypatch.setattr("sitegen.fsutil.os.replace", crash)
    with pytest.raises(KeyboardInterrupt):
        add(url, tmp_path / "content", ContentIndex(tmp_path / "content"), client)
    assert snapshot(tmp_path / "content") == {}  # not even a temporary file is left


def test_the_index_reads_front_matter_as_safely_as_a_build(server, client, tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    levels = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    levels += [
        f"{'abcdefghi'[n]}: &{'abcdefghi'[n]} [" + ",".join([f"*{'abcdefghi'[n - 1]}"] * 9) + "]" for n in range(1, 9)
    ]
    (folder / "bomb.md").write_text("---\n" + "\n".join(levels) + "\ntitle: *i\ndate: 2024-03-05\n---\nIsi.\n")
    started = time.monotonic()
    index = ContentIndex(folder)
    assert time.monotonic() - started < 5 and index.by_url == {}
    url = server.page("/after-bomb", page(RECORDS[8], "daily"))
    assert add(url, folder, index, client).status == "added"
