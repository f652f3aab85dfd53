"""Read content files into Articles: Markdown with front matter, or plain text.

- `.md`: YAML front matter with `title` and `date` (required), `source`, `url`,
  `lang` (default `id`), `slug`, `tags` and `credit` (optional); the body is Markdown.
- `.txt`: the first non-empty line is the title, the date comes from a
  `YYYY-MM-DD-` prefix of the file name, and the rest is the body.

A file that cannot be read raises ContentError naming the problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import yaml
from slugify import slugify

from sitegen.article import Article
from sitegen.errors import ContentError

SUFFIXES = (".md", ".txt")
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_content(folder: Path, read: Callable[[Path], Article] | None = None
                 ) -> tuple[list[Article], list[ContentError]]:
    """Every article in `folder` (recursively), in file-name order, plus the files that failed.

    `read` turns one file into an Article (default: `read_article`); it raises ContentError.
    """
    read = read or read_article
    articles: list[Article] = []
    errors: list[ContentError] = []
    for path in content_files(folder):
        try:
            articles.append(read(path))
        except ContentError as exc:
            errors.append(exc)
    return drop_duplicate_slugs(articles, errors)


def content_files(folder: Path) -> list[Path]:
    """The files of `folder` (recursively, in name order), leaving out hidden ones."""
    if not folder.is_dir():
        raise ContentError(folder, "content folder not found")
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_article(path: Path, undated_ok: bool = False, data: bytes | None = None) -> Article:
    """One article; with `undated_ok`, a .txt file without a date prefix is read too (dated 0001-01-01).

    `data` is the file's content, if it has been read already.
    """
    if path.suffix.lower() not in SUFFIXES:
        raise ContentError(path, f"unsupported file type {path.suffix or '(none)'}; use .md or .txt")
    try:
        raw = (path.read_bytes() if data is None else data).decode("utf-8")
    except UnicodeDecodeError:
        raise ContentError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise ContentError(path, f"cannot read ({exc.strerror})") from None
    if path.suffix.lower() == ".md":
        return _read_markdown(path, raw)
    return _read_text(path, raw, undated_ok)


def _read_markdown(path: Path, raw: str) -> Article:
    try:
        post = frontmatter.loads(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" near line {mark.line + 2}" if mark else ""  # +1 for the opening ---
        raise ContentError(path, f"front matter is not valid YAML{where}") from None
    meta = post.metadata
    missing = [key for key in ("title", "date") if not meta.get(key)]
    if missing:
        raise ContentError(path, f"front matter lacks {' and '.join(missing)}")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list):
        raise ContentError(path, "tags must be a list")
    return _article(
        path,
        title=str(meta["title"]),
        date=_parse_date(path, meta["date"]),
        body=markdown_to_text(post.content),
        slug=str(meta.get("slug") or ""),
        source=str(meta.get("source") or ""),
        url=str(meta.get("url") or ""),
        credit=str(meta.get("credit") or ""),
        lang=str(meta.get("lang") or "id"),
        tags=[str(tag) for tag in tags],
    )


def _read_text(path: Path, raw: str, undated_ok: bool = False) -> Article:
    match = _DATE_PREFIX.match(path.name)
    if not match and not undated_ok:
        raise ContentError(path, "no date: name a .txt file YYYY-MM-DD-title.txt")
    lines = raw.strip().splitlines()
    if not lines:
        raise ContentError(path, "file is empty")
    date = _parse_date(path, match.group(1)) if match else dt.date.min
    return _article(path, title=lines[0].strip(), date=date, body="\n".join(lines[1:]))


def _article(path: Path, *, title: str, date: dt.date, body: str, slug: str = "", **meta) -> Article:
    slug = slug or slugify(title, max_length=80, word_boundary=True)
    if not _SLUG.match(slug):
        raise ContentError(path, f"slug {slug!r} must be lower-case letters, digits and hyphens")
    if not body.strip():
        raise ContentError(path, "the article has no text")
    return Article(source_path=path, slug=slug, title=title.strip(), date=date, body=body, **meta)


def _parse_date(path: Path, value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ContentError(path, f"date {value!r} is not YYYY-MM-DD") from None


def drop_duplicate_slugs(articles: list[Article], errors: list[ContentError]):
    """Articles that share a slug are all dropped, each with an error naming the others."""
    by_slug: dict[str, list[Article]] = {}
    for article in articles:
        by_slug.setdefault(article.slug, []).append(article)
    kept = []
    for slug, group in by_slug.items():
        if len(group) == 1:
            kept.extend(group)
            continue
        names = ", ".join(str(a.source_path) for a in group)
        errors.extend(ContentError(a.source_path, f"slug {slug!r} is used by {names}; give each a "
                                   "distinct slug in its front matter") for a in group)
    return kept, errors


class _TextExtractor(HTMLParser):
    """Plain text of rendered Markdown: one paragraph per block element."""

    _BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data):
        self._current.append(data)

    def _flush(self):
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []


def markdown_to_text(source: str) -> str:
    """Markdown to plain paragraphs separated by blank lines (what the model reads)."""
    parser = _TextExtractor()
    parser.feed(markdown.markdown(source))
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks)
