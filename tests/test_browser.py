"""The site in a real browser: Debian's Chromium driven by Playwright (no browser download).

Skips with a message where /usr/bin/chromium is absent; `.ci/run` installs it.
"""

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from sitegen.build import build
from sitegen.config import CacheConfig, Config, SiteConfig
from sitegen.llm.fake import FakeProvider

CHROMIUM = Path("/usr/bin/chromium")
CONTENT = Path(__file__).resolve().parents[1] / "content"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed (apt-get install chromium)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(CONTENT, root / "content")
    config = Config(
        site=SiteConfig(content=root / "content", output=root / "www" / "sub", base_url="/sub/"),
        cache=CacheConfig(dir=str(root / "cache")),
    )
    build(config, provider=FakeProvider(), log=lambda line: None)
    handler = functools.partial(QuietHandler, directory=str(root / "www"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sub/"
    httpd.shutdown()


@pytest.fixture
def page():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser.new_page(viewport={"width": 390, "height": 844})
        browser.close()


def test_search_finds_both_seed_articles(server, page):
    page.goto(server + "search/")
    page.fill("input[type=search]", "Lavrov")
    page.wait_for_selector(".search__results li")
    hrefs = page.eval_on_selector_all(".search__results a", "links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) == 2
    assert all(href.startswith("/sub/20") for href in hrefs)
    assert any("blinken-lavrov" in href for href in hrefs) and any("as-rusia" in href for href in hrefs)
    page.click(".search__results a >> nth=0")
    page.wait_for_load_state()
    assert page.locator("mark#quote-1").count() == 1


def test_language_switch_is_remembered(server, page):
    page.goto(server)
    assert page.get_attribute("html", "lang") == "id"
    page.click(".lang-switch")
    page.wait_for_url(server + "en/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator(".toc__title").inner_text().lower() == "today's headlines"
    page.goto(server + "archive/")  # an Indonesian page: the remembered choice moves it to English
    page.wait_for_url(server + "en/archive/")
    assert page.get_attribute("html", "lang") == "en"


def test_keyboard_alone_reaches_search_and_an_article(server, page):
    page.goto(server)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # the first stop skips to the content
    assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999px"  # and is visible
    page.goto(server + "search/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "search":
            break
    page.keyboard.type("Lavrov")
    page.wait_for_selector(".search__results li")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.search__results')"):
            break
    assert page.evaluate("document.activeElement.tagName") == "A"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focused result is visibly marked
    page.keyboard.press("Enter")
    page.wait_for_url("**/sub/20*/*/*/*/")


def test_serve_reloads_the_open_page_and_shows_errors_over_it(tmp_path, page):
    import threading

    from conftest import ARTICLE_MD, theme_copy, write

    from sitegen.results import Mode
    from sitegen.serve import Preview

    templates = theme_copy(tmp_path / "theme")
    (tmp_path / "content").mkdir()
    article = write(tmp_path / "content", "2024-03-05-taman.md", ARTICLE_MD)
    config = tmp_path / "sitegen.toml"
    config.write_text(f'[site]\ntemplates = "{templates}"\n[cache]\ndir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    preview = Preview(config, {"content": tmp_path / "content"}, Mode.DRAFT, 0, lambda line: None)
    preview.start()
    threading.Thread(target=preview.run, daemon=True).start()
    try:
        page.goto(preview.url + "2024/03/05/warga-kota-membahas-rencana-taman-baru/")
        page.evaluate("window.untouched = true")  # gone after a reload
        article.write_text(ARTICLE_MD.replace("200 orang", "250 orang"), encoding="utf-8")
        page.wait_for_selector("text=lebih dari 250 orang", timeout=10_000)
        assert page.evaluate("window.untouched === undefined")

        base = templates / "base.html"
        base.write_text(base.read_text().replace("</body>", "{% if %}</body>"), encoding="utf-8")
        overlay = page.wait_for_selector("#sitegen-overlay", timeout=10_000)
        assert "Rebuild failed; this is the last good site." in overlay.inner_text()
        assert "base.html, line" in overlay.inner_text()
        assert page.is_visible("text=lebih dari 250 orang")  # the last good page is still there
    finally:
        preview.stop()


def test_an_english_article_page_reads_in_english_first(server, page):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(server + "en/")
    page.locator(".card__title a").first.click()
    page.wait_for_load_state()
    assert page.get_attribute("h1", "lang") == "en"
    quote = page.locator("figure.quote").first
    assert quote.locator("blockquote").get_attribute("lang") == "en"  # the English rendering first
    assert quote.locator(".quote__second").get_attribute("lang") == "id"  # the verbatim original under it
    assert quote.locator(".quote__label").inner_text().lower() == "original quote:"
    assert page.locator("h2.summary__label").first.inner_text().lower() == "machine summary"
