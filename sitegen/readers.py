"""Read content files into Articles: Markdown with front matter, or plain text.

- `.md`: YAML front matter with `title` and `date` (required), `source`, `url`,
  `lang` (default `id`), `slug`, `tags`, `credit` and `priority` (a whole number: higher
  ranks the article's story higher on its day) (optional); the body is Markdown.
- `.txt`: the first non-empty line is the title, the date comes from a
  `YYYY-MM-DD-` prefix of the file name, and the rest is the body.

A file that cannot be read raises ContentError naming the problem.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frontmatter
import markdown
import yaml
from slugify import slugify

from sitegen.article import Article
from sitegen.cleaning import xml_safe
from sitegen.errors import ContentError

SUFFIXES = (".md", ".txt")
MAX_FILE_BYTES = 2_000_000  # a news article is tens of kilobytes; a larger file is not one
MAX_FRONT_MATTER = 20_000  # characters of YAML front matter
MAX_MARKDOWN_BLOCK = 20_000  # characters of one paragraph read as Markdown (longer ones: plain text)
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TEXT_FIELDS = ("title", "slug", "source", "url", "credit", "lang")


def read_content(
    folder: Path, read: Callable[[Path], Article] | None = None
) -> tuple[list[Article], list[ContentError]]:
    """Every article in `folder` (recursively), in file-name order, plus the files that failed.

    `read` turns one file into an Article (default: `read_article`); it raises ContentError.
    """
    read = read or read_article
    articles: list[Article] = []
    paths, errors = content_files(folder)
    for path in paths:
        try:
            articles.append(read(path))
        except ContentError as exc:
            errors.append(exc)
    kept, errors = drop_duplicate_slugs(articles, errors)
    return kept, sorted(errors, key=lambda error: str(error.path))


def content_files(folder: Path) -> tuple[list[Path], list[ContentError]]:
    """The files of `folder` (recursively, in name order, leaving out hidden ones), and the links
    that lead out of it: those are never read, so a link cannot publish a private file."""
    if not folder.is_dir():
        raise ContentError(folder, "content folder not found")
    root = folder.resolve()
    files, errors = [], []
    for current, dirs, names in os.walk(folder):  # links to folders are not followed
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(current, name)
            if name.startswith("."):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                errors.append(ContentError(path, "is a link to a file outside the content folder; skipped"))
            elif path.is_file():
                files.append(path)
    return sorted(files), errors


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ContentError if it cannot be read or is far too large for an article."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentError(
                path, f"is {size / 1e6:.1f} MB, larger than an article can be ({MAX_FILE_BYTES / 1e6:.0f} MB at most)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot read ({exc.strerror})") from None


def read_article(path: Path, undated_ok: bool = False, data: bytes | None = None) -> Article:
    """One article; with `undated_ok`, a .txt file without a date prefix is read too (dated 0001-01-01).

    `data` is the file's content, if it has been read already.
    """
    if path.suffix.lower() not in SUFFIXES:
        raise ContentError(path, f"unsupported file type {path.suffix or '(none)'}; use .md or .txt")
    try:
        raw = (read_bytes(path) if data is None else data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContentError(path, "not UTF-8 text") from None
    # No control character reaches a page, a feed or an export; old Mac line ends are line ends.
    raw = xml_safe(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if path.suffix.lower() == ".md":
        return _read_markdown(path, raw)
    return _read_text(path, raw, undated_ok)


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases: front matter never needs them, and an alias bomb
    (nested `&x [*w, *w, …]`) would expand into gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


class _FrontMatter(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        if len(fm) > MAX_FRONT_MATTER:
            raise _FrontMatterTooLargeError
        return yaml.load(fm, Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader)


class _FrontMatterTooLargeError(Exception):
    pass


def front_matter(path: Path, raw: str) -> tuple[dict[str, Any], str]:
    """A Markdown file's front matter (YAML without aliases, at most MAX_FRONT_MATTER characters) and body.

    ContentError names what is wrong with it."""
    try:
        post = frontmatter.loads(raw, handler=_FrontMatter())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" near line {mark.line + 2}" if mark else ""  # +1 for the opening ---
        problem = getattr(exc, "problem", None) or ""
        detail = f": {problem}" if "alias" in problem else ""
        raise ContentError(path, f"front matter is not valid YAML{where}{detail}") from None
    except _FrontMatterTooLargeError:
        raise ContentError(path, f"front matter is longer than {MAX_FRONT_MATTER} characters") from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. an impossible date: 2024-13-45
        raise ContentError(path, f"front matter has an impossible value ({exc})") from None
    return post.metadata, post.content


def _read_markdown(path: Path, raw: str) -> Article:
    meta, content = front_matter(path, raw)
    missing = [key for key in ("title", "date") if meta.get(key) in (None, "")]
    if missing:
        raise ContentError(path, f"front matter lacks {' and '.join(missing)}")
    text = {key: _text(path, key, meta.get(key)) for key in _TEXT_FIELDS}
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list):
        raise ContentError(path, "tags must be a list")
    priority = meta.get("priority") or 0
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise ContentError(path, f"priority must be a whole number (e.g. priority: 1), not {priority!r:.40}")
    notices: list[str] = []
    body = markdown_to_text(content, notices)
    url = text["url"]
    if url and not is_web_link(url):
        notices.append(f"url {url[:60]!r} is not an http(s) link, so the article is published without a link")
        url = ""
    return _article(
        path,
        title=text["title"],
        date=_parse_date(path, meta["date"]),
        body=body,
        slug=text["slug"],
        source=text["source"],
        url=url,
        credit=text["credit"],
        lang=text["lang"] or "id",
        tags=[_text(path, "each tag", tag) for tag in tags],
        priority=priority,
        notices=notices,
    )


def is_web_link(url: str) -> bool:
    """Only http: and https: links are published (never javascript:, data:, file: …)."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not re.search(r"\s", url)


def _text(path: Path, key: str, value: object) -> str:
    """A front-matter value as text: a string or a number, never a list, a mapping or a yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        kind = {bool: "true/false", list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)
        raise ContentError(path, f"{key} must be text, not {kind}")
    return str(value).strip()


def _read_text(path: Path, raw: str, undated_ok: bool = False) -> Article:
    match = _DATE_PREFIX.match(path.name)
    if not match and not undated_ok:
        raise ContentError(path, "no date: name a .txt file YYYY-MM-DD-title.txt")
    lines = raw.strip().splitlines()
    if not lines:
        raise ContentError(path, "file is empty")
    date = _parse_date(path, match.group(1)) if match else dt.date.min
    return _article(path, title=lines[0].strip(), date=date, body="\n".join(lines[1:]))


def _article(path: Path, *, title: str, date: dt.date, body: str, slug: str = "", **meta: Any) -> Article:
    if not title.strip():
        raise ContentError(path, "the title is empty")
    slug = slug or slugify(title, max_length=80, word_boundary=True)
    if not slug:
        raise ContentError(
            path,
            f"the title {title!r} has no letters or digits to make a web address from; "
            "add a slug (e.g. slug: my-article) to the front matter",
        )
    if not _SLUG.match(slug):
        raise ContentError(path, f"slug {slug!r} must be lower-case letters, digits and hyphens")
    if not body.strip():
        raise ContentError(path, "the article has no text")
    return Article(source_path=path, slug=slug, title=" ".join(title.split()), date=date, body=body, **meta)


def _parse_date(path: Path, value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ContentError(path, f"date {value!r} is not a real YYYY-MM-DD date") from None


def drop_duplicate_slugs(
    articles: list[Article], errors: list[ContentError]
) -> tuple[list[Article], list[ContentError]]:
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
        errors.extend(
            ContentError(
                a.source_path, f"slug {slug!r} is used by {names}; give each a distinct slug in its front matter"
            )
            for a in group
        )
    return kept, errors


def defuse_brackets(source: str) -> str:
    """Escape the `[` that no `]` closes, and the `](` that no `)` closes, in each paragraph.

    Python-Markdown looks for the end of a link from every `[` and every `](`, to the end of
    the paragraph when there is none: `'[a](' * 10000` took 24 s, and doubling it quadrupled
    that. Such marks can never form a link, so escaping them changes no output but makes
    reading linear.
    """
    return "\n\n".join(_defuse(block) for block in source.split("\n\n"))


def _defuse(block: str) -> str:
    if "[" not in block:
        return block
    escape: set[int] = set()
    opened: list[int] = []
    in_code = False  # inside a `code span`, where a backslash would show
    for pos, char in enumerate(block):
        if char == "`":
            in_code = not in_code
        elif in_code:
            continue
        elif char == "[" and (pos == 0 or block[pos - 1] != "\\"):
            opened.append(pos)
        elif char == "]" and opened:
            opened.pop()
    escape.update(opened)
    # depth[i]: '(' minus ')' before position i; a '(' at p is closed if the depth later drops below depth[p + 1].
    depth = [0]
    for char in block:
        depth.append(depth[-1] + (char == "(") - (char == ")"))
    lowest = [0] * (len(block) + 1)
    lowest[-1] = depth[-1]
    for i in range(len(block) - 1, -1, -1):
        lowest[i] = min(depth[i], lowest[i + 1])
    for pos in range(1, len(block)):
        if block[pos] == "(" and block[pos - 1] == "]" and lowest[pos + 1] >= depth[pos + 1]:
            escape.add(pos)
    if not escape:
        return block
    return "".join(f"\\{char}" if pos in escape else char for pos, char in enumerate(block))


class _TextExtractor(HTMLParser):
    """Plain text of rendered Markdown: one paragraph per block element."""

    _BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "div"})

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


def markdown_to_text(source: str, notices: list[str] | None = None) -> str:
    """Markdown to plain paragraphs separated by blank lines (what the model reads).

    Python-Markdown rebuilds a paragraph's string for each inline element it finds, so its
    time grows with the square of a paragraph's length. A paragraph longer than
    MAX_MARKDOWN_BLOCK characters (no news paragraph is) is therefore taken as plain text,
    and `notices` says so.
    """
    pieces: list[str] = []
    pending: list[str] = []
    for block in source.split("\n\n"):
        if len(block) <= MAX_MARKDOWN_BLOCK:
            pending.append(block)
            continue
        pieces.append(_markdown_blocks("\n\n".join(pending)))
        pending = []
        pieces.append(" ".join(block.split()))
        if notices is not None:
            notices.append(f"a paragraph of {len(block)} characters was read as plain text, not Markdown")
    pieces.append(_markdown_blocks("\n\n".join(pending)))
    return "\n\n".join(piece for piece in pieces if piece)


def _markdown_blocks(source: str) -> str:
    parser = _TextExtractor()
    parser.feed(markdown.markdown(defuse_brackets(source)))
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks)
