"""Read and cleaned articles, remembered by file content.

Reading Markdown, cleaning and finding quotations take milliseconds per article, which
adds up to most of a rebuild of thousands. Their result depends only on the file's
bytes, its path and this code, so it is kept in one file in the cache and reused
while all three are the same. An unreadable or out-of-date cache file is ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import markdown

from sitegen import article as article_module, cleaning, quotes, readers, speakers
from sitegen.article import Article, Quote
from sitegen.errors import ContentError
from sitegen.fsutil import atomic_write_text

_CODE = (readers, cleaning, quotes, speakers, article_module)
_DROPPED = ("source_path", "body", "summary_id", "summary_en", "quotes", "warnings")


def code_version() -> str:
    digest = hashlib.sha256(markdown.__version__.encode())
    for module in _CODE:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


class PreparedArticles:
    def __init__(self, path: Path):
        self.path = path
        self.version = code_version()
        self.known = self._load()
        self.used: dict[str, dict] = {}

    def read(self, folder: Path, prepare: Callable[[Article], None]) -> tuple[list[Article], list[ContentError]]:
        """Every article of `folder`, read and prepared (or remembered), and the files that failed."""
        return readers.read_content(folder, lambda path: self._read(path, prepare))

    def _read(self, path: Path, prepare: Callable[[Article], None]) -> Article:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ContentError(path, f"cannot read ({exc.strerror})") from None
        key = hashlib.sha256(str(path).encode() + b"\0" + data).hexdigest()
        record = self.known.get(key)
        if record is None:
            article = readers.read_article(path, data=data)
            prepare(article)
            record = _record(article)
        else:
            article = _article(path, record)
        self.used[key] = record
        return article

    def save(self) -> None:
        """Keep what this build read (and nothing else) if it differs from what was known."""
        if self.used.keys() != self.known.keys():
            text = json.dumps({"version": self.version, "articles": self.used}, ensure_ascii=False)
            atomic_write_text(self.path, text + "\n")

    def _load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.version:
            return {}
        return data.get("articles") or {}


def _record(article: Article) -> dict:
    record = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in _DROPPED}
    record["date"] = article.date.isoformat()
    record["candidates"] = [dataclasses.asdict(q) for q in article.candidates]
    return record


def _article(path: Path, record: dict) -> Article:
    fields = {**record, "date": dt.date.fromisoformat(record["date"]),
              "candidates": [Quote(**q) for q in record["candidates"]]}
    return Article(source_path=path, body="", **fields)
