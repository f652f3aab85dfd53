"""Read and cleaned articles, remembered by file content.

Reading Markdown, cleaning and finding quotations take milliseconds per article, which
adds up to most of a rebuild of thousands. Their result depends only on the file's
bytes, its path and the code of this module and everything it imports, so it is kept
in one file in the cache and reused while all three are the same. An unreadable,
out-of-date or malformed cache file, or record, is ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib.metadata
import json
from pathlib import Path
from typing import Any

import ftfy
import markdown

from sitegen import readers
from sitegen.article import CLEAN, READ, Article, Quote, fields_of
from sitegen.cleaning import clean
from sitegen.errors import ContentError
from sitegen.fingerprint import code_digest
from sitegen.fsutil import atomic_write_text
from sitegen.quotes import extract_quotes
from sitegen.similarity import terms

# What a record keeps: what reading and cleaning fill, but the path (the key has it) and the raw body.
_KEPT = [f for f in fields_of(READ, CLEAN) if f.name not in ("source_path", "body")]


def prepare(article: Article) -> None:
    """Clean the body and find its direct quotations (no model involved)."""
    cleaned = clean(article.body)
    article.text = cleaned.text
    article.credit = article.credit or cleaned.credit
    # Only quotations with a named speaker can be shown as key quotes.
    article.candidates = [quote for quote in extract_quotes(article.text) if quote.speaker]
    article.terms = terms(article.title, article.text)


def code_version() -> str:
    # The libraries whose data shape the result: Markdown, ftfy's repairs, wordfreq's word lists (names in quotes).
    libraries = f"{markdown.__version__}\0{ftfy.__version__}\0{importlib.metadata.version('wordfreq')}"
    versions = f"{libraries}\0{code_digest(__name__)}"
    return hashlib.sha256(versions.encode()).hexdigest()[:16]


class PreparedArticles:
    def __init__(self, path: Path):
        self.path = path
        self.version = code_version()
        self.known = self._load()
        self.used: dict[str, dict[str, Any]] = {}

    def read(self, folder: Path) -> tuple[list[Article], list[ContentError]]:
        """Every article of `folder`, read and prepared (or remembered), and the files that failed."""
        return readers.read_content(folder, self._read)

    def _read(self, path: Path) -> Article:
        data = readers.read_bytes(path)
        key = hashlib.sha256(str(path).encode() + b"\0" + data).hexdigest()
        article = _article(path, self.known[key]) if key in self.known else None
        if article is None:
            article = readers.read_article(path, data=data)
            prepare(article)
            self.used[key] = _record(article)
        else:
            self.used[key] = self.known[key]  # the record it was made from, as it is
        return article

    def save(self) -> None:
        """Keep what this build read (and nothing else) if it differs from what was known."""
        if self.used != self.known:
            text = json.dumps({"version": self.version, "articles": self.used}, ensure_ascii=False)
            atomic_write_text(self.path, text + "\n")

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.version:
            return {}
        articles = data.get("articles")
        return {k: v for k, v in articles.items() if isinstance(v, dict)} if isinstance(articles, dict) else {}


def _record(article: Article) -> dict[str, Any]:
    record = {f.name: getattr(article, f.name) for f in _KEPT}
    record["date"] = article.date.isoformat()
    record["candidates"] = [dataclasses.asdict(q) for q in article.candidates]
    return record


def _article(path: Path, record: dict[str, Any]) -> Article | None:
    """The article a record describes, or None if the record is not one (a damaged cache)."""
    try:
        fields = {f.name: record[f.name] for f in _KEPT}
        fields["date"] = dt.date.fromisoformat(record["date"])
        fields["candidates"] = [Quote.from_json(q) for q in record["candidates"]]
    except (KeyError, TypeError, ValueError):
        return None
    article = Article(source_path=path, body="", **fields)
    return article if _well_typed(article) else None


def _well_typed(article: Article) -> bool:
    for f in _KEPT:
        value = getattr(article, f.name)
        if f.type == "str" and not isinstance(value, str):
            return False
        if f.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            return False
        if f.type == "list[str]" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return False
    return True
