"""`sitegen add`: a web page or a saved HTML file becomes `content/YYYY-MM-DD-<slug>.md`.

The same article is never added twice: its canonical address, the address it was
fetched from, and a hash of its words are checked against every file in `content/`.
Each file is written whole or not at all (an atomic rename), so a failure or Ctrl-C
never leaves half an article behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from slugify import slugify

from sitegen.errors import ContentError, SitegenError
from sitegen.extract import Extracted, extract
from sitegen.fsutil import atomic_write_text
from sitegen.readers import content_files, front_matter, is_web_link, markdown_to_text, read_bytes
from sitegen.web import FetchError, WebClient, decode

Status = Literal["added", "present", "skipped"]
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
_BLOCK_START = re.compile(r"^(\s*)([#>+-])")
_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")


@dataclass(frozen=True)
class Outcome:
    status: Status
    what: str  # the address or file asked for
    path: Path | None = None  # the article file written, or the one already present
    reason: str = ""  # why it was skipped

    def line(self) -> str:
        if self.status == "added":
            return f"added {self.path}"
        if self.status == "present":
            return f"already present: {self.what} is {self.path}"
        return f"skipped {self.what}: {self.reason}"


def text_hash(text: str) -> str:
    """The same words give the same hash, whatever the spacing, case and punctuation."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()


class ContentIndex:
    """The addresses and text hashes of the articles already in `folder`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.by_url: dict[str, Path] = {}
        self.by_text: dict[str, Path] = {}
        if folder.is_dir():
            paths, _links_out = content_files(folder)
            for path in paths:
                self._index(path)

    def _index(self, path: Path) -> None:
        """Read the way a build reads it: the same safe front matter, the same text from Markdown."""
        try:
            raw = read_bytes(path).decode("utf-8-sig")
            meta, content = front_matter(path, raw) if path.suffix.lower() == ".md" else ({}, raw)
        except (ContentError, UnicodeDecodeError):
            return  # the build names what is wrong with it
        for key in ("url", "fetched_from"):
            value = meta.get(key)
            if isinstance(value, str) and value:
                self.by_url[normal_url(value)] = path
        self.by_text[text_hash(markdown_to_text(content))] = path

    def find(self, url: str = "", text: str = "") -> Path | None:
        return self.by_url.get(normal_url(url)) if url else self.by_text.get(text_hash(text)) if text else None

    def add(self, path: Path, urls: list[str], text: str) -> None:
        for url in urls:
            if url:
                self.by_url[normal_url(url)] = path
        self.by_text[text_hash(text)] = path


def normal_url(url: str) -> str:
    """'https://Site.com/a/?utm_source=x#top' and 'https://site.com/a' are the same article."""
    url = url.strip().split("#", 1)[0]
    base, _, query = url.partition("?")
    kept = "&".join(part for part in query.split("&") if part and not part.startswith(("utm_", "fbclid=")))
    scheme, _, rest = base.partition("://")
    host, _, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}/{path.rstrip('/')}" + (f"?{kept}" if kept else "")


@dataclass(frozen=True)
class Defaults:
    """What a feed says about its items, for what a page does not say itself."""

    source: str = ""
    lang: str = "id"
    tags: tuple[str, ...] = ()
    date: dt.date | None = None


def add(
    target: str, folder: Path, index: ContentIndex, client: WebClient | None, defaults: Defaults = Defaults()
) -> Outcome:
    """Add the article at `target` (an http(s) address or a saved .html file) to `folder`."""
    try:
        if is_web_link(target):
            known = index.find(url=target)
            if known:
                return Outcome("present", target, known)
            if client is None:
                raise FetchError("fetching is off")
            page = client.get(target)
            if page.content_type not in ("text/html", "application/xhtml+xml", ""):
                raise FetchError(f"not a web page ({page.content_type})")
            found = extract(page.text(), page.url)
            fetched_from = target
        else:
            path = Path(target)
            try:
                found = extract(decode(path.read_bytes()))
            except OSError as exc:
                raise FetchError(f"cannot read ({exc.strerror})") from None
            fetched_from = ""
    except SitegenError as exc:
        return Outcome("skipped", target, reason=str(exc).removeprefix(f"{target}: "))
    present = index.find(url=found.url) or index.find(text=found.text)
    if present:
        return Outcome("present", target, present)
    date = found.date or defaults.date
    if date is None:
        return Outcome("skipped", target, reason="the page gives no publication date; add it by hand")
    written = write_article(folder, found, date, defaults, fetched_from)
    index.add(written, [found.url, fetched_from], found.text)
    return Outcome("added", target, written)


def write_article(folder: Path, found: Extracted, date: dt.date, defaults: Defaults, fetched_from: str) -> Path:
    """`folder/YYYY-MM-DD-<slug>.md`, written atomically under a name no other file has."""
    meta: dict[str, object] = {"title": found.title, "date": date}
    meta["source"] = found.publisher or defaults.source
    if is_web_link(found.url):
        meta["url"] = found.url
    if fetched_from and normal_url(fetched_from) != normal_url(found.url):
        meta["fetched_from"] = fetched_from
    meta["lang"] = found.lang or defaults.lang
    tags = list(dict.fromkeys([*defaults.tags, *found.tags]))
    if tags:
        meta["tags"] = tags
    if found.author:
        meta["author"] = found.author
    if found.credit:
        meta["credit"] = found.credit
    front = yaml.safe_dump(
        {k: v for k, v in meta.items() if v not in ("", None)}, allow_unicode=True, sort_keys=False, width=1000
    )
    body = "\n\n".join(escape_markdown(paragraph) for paragraph in found.text.split("\n\n"))
    slug = slugify(found.title, max_length=60, word_boundary=True) or "artikel"
    path = folder / f"{date.isoformat()}-{slug}.md"
    number = 2
    while path.exists():
        path = folder / f"{date.isoformat()}-{slug}-{number}.md"
        number += 1
    atomic_write_text(path, f"---\n{front}---\n{body}\n")
    return path


def escape_markdown(paragraph: str) -> str:
    """Plain text that Markdown reads back as the same text (no emphasis, links, headings, lists or HTML)."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", paragraph.replace("&", "&amp;").replace("<", "&lt;"))
    return _LIST_NUMBER.sub(r"\1\\\2", _BLOCK_START.sub(r"\1\\\2", text))
