"""Extraction on 25 dev articles wrapped in five kinds of news-site markup (tests/newssite.py)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from newssite import BOILERPLATE, STYLES, page, records

from sitegen.extract import NotAnArticleError, extract

RECORDS = records()
CASES = [(record, STYLES[n % len(STYLES)]) for n, record in enumerate(RECORDS)]


def article(record: dict) -> str:
    """The record's text without the links to other articles the source put in it ('[Baca juga: …]'): no part of it."""
    return "\n\n".join(p for p in record["paragraphs"] if not re.match(r"\[Baca juga:", p, re.IGNORECASE))


def word_f1(truth: str, found: str) -> float:
    expected, got = Counter(re.findall(r"\w+", truth.lower())), Counter(re.findall(r"\w+", found.lower()))
    overlap = sum((expected & got).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("record, style", CASES, ids=[f"{r['line']}-{s}" for r, s in CASES])
def test_each_page_gives_its_article(record, style):
    found = extract(page(record, style), f"https://{style}.example/x")
    assert word_f1(article(record), found.text) >= 0.95
    assert found.title == record["title"]
    assert found.date is not None and found.date.isoformat() == record["date"]
    assert found.url == f"https://{style}.example/berita/{record['id']}"  # the canonical address
    left = [line for line in BOILERPLATE if line.lower() in found.text.lower()]
    assert left == []


def test_the_whole_set_scores_as_reported():
    scores = [word_f1(article(r), extract(page(r, s)).text) for r, s in CASES]
    assert len(scores) >= 20 and min(scores) >= 0.95 and sum(scores) / len(scores) >= 0.99


def test_metadata_the_page_gives_is_kept():
    record = RECORDS[1]
    found = extract(page(record, "daily"))
    assert found.author == "Sri Rahayu" and found.publisher == "Daily News" and found.lang == "id"
    found = extract(page(record, "portal"))
    assert record["category"] in found.tags


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Beranda</a></nav><ul><li><a href='/a'>Berita satu</a></li></ul></body></html>",
        "<html><head><title>Video</title></head><body><video src='x.mp4'></video><p>Tonton videonya.</p></body></html>",
        "",
    ],
)
def test_a_page_without_an_article_is_said_to_be_one(html):
    with pytest.raises(NotAnArticleError):
        extract(html)
