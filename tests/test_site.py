"""The built site as a browser and a feed reader see it: links, anchors, feeds, sitemap."""

import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitegen.build import build
from sitegen.config import CacheConfig, Config, SiteConfig
from sitegen.language import detect
from sitegen.llm.fake import FakeProvider

CONTENT = Path(__file__).resolve().parents[1] / "content"
ATOM = "{http://www.w3.org/2005/Atom}"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.links.append(attrs[name])


def parse(page: Path) -> Links:
    links = Links()
    links.feed(page.read_text(encoding="utf-8"))
    return links


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(CONTENT, root / "content")
    config = Config(
        site=SiteConfig(
            content=root / "content", output=root / "public", base_url="/sub/", url="https://example.github.io"
        ),
        cache=CacheConfig(dir=str(root / "cache")),
    )
    build(config, provider=FakeProvider(), log=lambda line: None)
    return root / "public"


def target(site: Path, path: str) -> Path:
    assert path.startswith("/sub/"), f"{path} escapes the base URL"
    local = site / path[len("/sub/") :]
    return local / "index.html" if path.endswith("/") else local


def test_every_internal_link_resolves_inside_the_base_url(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    checked = 0
    for page in pages:
        if "pagefind" in page.parts:
            continue
        for link in parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue  # the original article, on another site
            if not parts.path:  # '#quote-1' on the same page
                assert parts.fragment in parse(page).ids, f"{page}: {link}"
                continue
            file = target(site, parts.path)
            assert file.is_file(), f"{page.relative_to(site)} links to missing {link}"
            if parts.fragment:
                assert parts.fragment in parse(file).ids, f"{page}: {link}"
            checked += 1
    assert checked > 100


def test_the_404_page_works_at_any_depth(site):
    links = parse(site / "404.html").links
    assert links and all(link.startswith(("/sub/", "#")) for link in links)


@pytest.mark.parametrize("feed, lang", [("feed.xml", "id"), ("en/feed.xml", "en")])
def test_feeds_parse_and_carry_the_summary_in_their_language(site, feed, lang):
    root = ET.parse(site / feed).getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href", "")  # type: ignore[union-attr]
        assert target(site, urlsplit(link).path).is_file()
        summary = entry.findtext(f"{ATOM}summary") or ""
        assert detect(summary) == lang and summary.endswith(".")


def test_sitemap_parses_and_lists_every_page_in_both_languages(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    locations = [loc.text or "" for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locations) == len(set(locations)) == 2 * (1 + 1 + 2 + 2)  # home, archive, 2 days, 2 articles
    for location in locations:
        assert location.startswith("https://example.github.io/sub/")
        assert target(site, urlsplit(location).path).is_file()
    assert "Sitemap: https://example.github.io/sub/sitemap.xml" in (site / "robots.txt").read_text()


def test_every_summary_and_quote_says_its_language(site):
    page = next(site.glob("2022/01/22/*/index.html")).read_text(encoding="utf-8")
    assert re.search(r'<section class="summary[^"]*" lang="id">', page)
    assert re.search(r'<section class="summary[^"]*" lang="en">', page)
    assert '<blockquote lang="id">' in page and '<p class="quote__second" lang="en">' in page
    english = next(site.glob("en/2022/01/22/*/index.html")).read_text(encoding="utf-8")
    assert '<blockquote lang="en">' in english and '<p class="quote__second" lang="id">' in english
    assert '<meta property="og:url" content="https://example.github.io/sub/2022/01/22/' in page


def test_search_index_is_built_per_language(site):
    entry = (site / "pagefind" / "pagefind-entry.json").read_text()
    assert '"id"' in entry and '"en"' in entry
    assert (site / "search" / "index.html").is_file() and (site / "en" / "search" / "index.html").is_file()
    assert 'type="search"' in (site / "search" / "index.html").read_text()


def test_pages_workflow_builds_offline_first_and_the_model_only_when_needed():
    import yaml

    workflow = yaml.safe_load((Path(__file__).parents[1] / ".github/workflows/pages.yml").read_text())
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in uses
    runs = [step.get("run", "") for step in steps]
    offline = next(i for i, run in enumerate(runs) if "OFFLINE=1" in run)
    model = next(i for i, run in enumerate(runs) if run.startswith("make build") and "OFFLINE" not in run)
    assert offline < model
    assert steps[model]["if"] == "steps.offline.outcome == 'failure'"
    assert "steps.pages.outputs.base_path" in runs[offline] and "steps.pages.outputs.base_path" in runs[model]
    cached = [
        step for step in steps if step.get("uses", "").startswith("actions/cache") and "sitegen" in step["with"]["path"]
    ]
    assert cached and cached[0]["if"] == "steps.offline.outcome == 'failure'"


class _LangText(HTMLParser):
    """Each text node of a page with the language it declares (the nearest lang attribute)."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "source"})

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.texts: list[tuple[str, str, str]] = []  # (lang, enclosing tag, text)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang") or (self.stack[-1][1] if self.stack else "")
        self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if data.strip() and self.stack and self.stack[-1][0] not in ("script", "style"):
            self.texts.append((self.stack[-1][1], self.stack[-1][0], data.strip()))


def test_the_english_edition_is_english(site):
    """Every text an /en/ page declares English reads as English; headlines and roles are English."""
    pages = sorted((site / "en").rglob("*.html"))
    assert pages
    for page in pages:
        parser = _LangText()
        parser.feed(page.read_text(encoding="utf-8"))
        for lang, _tag, text in parser.texts:
            if lang == "en" and len(text.split()) >= 4:
                assert detect(text) != "id", f"{page.relative_to(site)}: Indonesian text marked English: {text!r}"
        headlines = [(lang, text) for lang, tag, text in parser.texts if tag in ("h1", "a") and "Membahas" in text]
        assert all(lang != "en" for lang, _ in headlines)
    article = next((site / "en").glob("2021/12/03/*/index.html")).read_text(encoding="utf-8")
    assert (
        '<h1 lang="en" data-pagefind-meta="title" data-pagefind-weight="3">City residents discuss a new plan</h1>'
        in article
    )
    tags = re.findall(r'<span class="tag" lang="([a-z]+)">([^<]*)</span>', article)
    assert tags == [("en", "Russia"), ("en", "Ukraine"), ("en", "United States"), ("en", "Diplomacy")]
    assert '<meta property="article:tag" content="Diplomacy" data-pagefind-filter="tag[content]">' in article
    roles = re.findall(r'<span class="quote__role" lang="en">([^<]*)</span>', article)
    assert roles and not any("Menlu" in role for role in roles)
    feed = ET.parse(site / "en" / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")][1:]
    assert titles and all(title == "City residents discuss a new plan" for title in titles)
