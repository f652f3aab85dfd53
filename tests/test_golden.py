"""Rendered pages and JSON compared byte for byte with golden files.

After an intended change to templates or export, regenerate them with
SITEGEN_UPDATE_GOLDEN=1 pytest tests/test_golden.py, review the diff, and run the tests
again: a run that rewrites a golden file fails, so an update is never taken for a pass.
"""

import os
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, write

from sitegen.build import build
from sitegen.llm.fake import FakeProvider

GOLDEN = Path(__file__).parent / "golden"
SLUG = "warga-kota-membahas-rencana-taman-baru"
PAGES = [
    "index.html",
    "en/index.html",
    f"2024/03/05/{SLUG}/index.html",
    f"en/2024/03/05/{SLUG}/index.html",
    "archive/index.html",
    f"api/articles/{SLUG}.json",
    "api/index.json",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "404.html",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from sitegen.config import CacheConfig, Config, SiteConfig

    root = tmp_path_factory.mktemp("golden")
    (root / "content").mkdir()
    write(root / "content", "2024-03-05-taman.md", ARTICLE_MD)
    write(
        root / "content",
        "2024-03-04-hujan.txt",
        "Hujan Deras Melanda Bogor\n\nHujan deras melanda Bogor sore ini. "
        "Beberapa jalan tergenang air setinggi 30 sentimeter.\n",
    )
    config = Config(
        site=SiteConfig(
            content=root / "content", output=root / "public", base_url="/briefing/", url="https://example.github.io"
        ),
        cache=CacheConfig(dir=str(root / "cache")),
    )
    build(config, provider=FakeProvider(), log=lambda line: None)
    return root / "public"


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_golden(site, page):
    actual = (site / page).read_text(encoding="utf-8")
    golden = GOLDEN / page.replace("/", "__")
    if os.environ.get("SITEGEN_UPDATE_GOLDEN") and (
        not golden.exists() or golden.read_text(encoding="utf-8") != actual
    ):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        pytest.fail(f"rewrote {golden.name}; review the diff, then run the tests without SITEGEN_UPDATE_GOLDEN")
    assert actual == golden.read_text(encoding="utf-8")
