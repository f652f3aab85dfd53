"""The article in a news page: main text, title, date, publisher, author, tags (trafilatura).

Trafilatura finds the main text and the metadata (it reads JSON-LD, OpenGraph and
`<meta>` tags, and htmldate for the date). What it leaves in, the Indonesian sites'
own boilerplate ("Baca Juga: …", "Editor: …"), goes through sitegen.cleaning's table,
the same one a pasted article goes through.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import trafilatura

from sitegen.cleaning import clean
from sitegen.errors import SitegenError

MIN_WORDS = 40  # fewer words than this is a list, a video or a teaser, not an article
_HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([a-zA-Z]{2})", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{2,40}$")  # 'Judul Berita - Nama Situs'


class NotAnArticleError(SitegenError):
    """The page has no article text (a front page, a video, a login wall)."""


@dataclass(frozen=True)
class Extracted:
    title: str
    date: dt.date | None
    text: str  # paragraphs separated by blank lines, cleaned
    url: str  # canonical where the page names one
    publisher: str = ""
    author: str = ""
    tags: list[str] = field(default_factory=list)
    lang: str = ""
    credit: str = ""  # a "Sumber: …" line


def extract(html: str, url: str = "") -> Extracted:
    """The article of a page, or NotAnArticleError."""
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,  # its cache spans calls: a page read twice would lose its text
    )
    if document is None or isinstance(document, dict) or not document.text:
        raise NotAnArticleError("no article text found in the page")
    title = _title(document.title or "", document.sitename or "")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    if lines and title and _same(lines[0], title):
        lines = lines[1:]  # the headline repeated as the first line of the text
    cleaned = clean("\n".join(lines))
    if len(cleaned.text.split()) < MIN_WORDS:
        raise NotAnArticleError(f"only {len(cleaned.text.split())} words of text; not an article")
    if not title:
        raise NotAnArticleError("the page has no title")
    match = _HTML_LANG.search(html[:2000])
    return Extracted(
        title=title,
        date=_date(document.date),
        text=cleaned.text,
        url=document.url or url,
        publisher=(document.sitename or "").strip(),
        author=(document.author or "").strip(),
        tags=_tags([*(document.categories or []), *(document.tags or [])]),
        lang=match.group(1).lower() if match else "",
        credit=cleaned.credit,
    )


def _title(title: str, site: str) -> str:
    title = " ".join(title.split())
    if site and title.lower().endswith(site.lower()):
        title = _TITLE_SUFFIX.sub("", title)
    return title


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()).rstrip(".") == " ".join(b.lower().split()).rstrip(".")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _tags(values: list[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        for tag in value.split(","):
            tag = " ".join(tag.split()).lower()
            if tag and tag not in tags and len(tag) <= 40:
                tags.append(tag)
    return tags[:8]
