"""Polite HTTP for `sitegen add` and `sitegen fetch` (httpx).

- a User-Agent that names sitegen, and `robots.txt` respected (urllib.robotparser);
- timeouts, and retries with exponential backoff on connection errors, timeouts, 429 and 5xx
  (a short `Retry-After` is honoured);
- a delay between two requests to the same host;
- conditional requests: a feed's ETag and Last-Modified are remembered in the cache, so an
  unchanged feed costs one `304 Not Modified` (and `robots.txt` is remembered for a day);
- a size cap, and text decoded by BOM, then valid UTF-8, then the declared charset (header,
  then `<meta>`), then windows-1252: servers often declare the wrong one.

Every failure is a `FetchError` with one line that says what happened.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from sitegen import __version__
from sitegen.config import FetchConfig
from sitegen.errors import SitegenError
from sitegen.fsutil import atomic_write_text
from sitegen.retry import GaveUpError, PassingError, with_retries

USER_AGENT = f"sitegen/{__version__} (daily briefing generator; +https://pypi.org/project/sitegen/)"
_RETRY_STATUS = {429, 500, 502, 503, 504}
ROBOTS_DAYS = 1  # how long a robots.txt is trusted before it is read again
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class FetchError(SitegenError):
    """A page or feed could not be fetched; the message is one line."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    status: int  # 200, or 304 for an unchanged conditional request
    content_type: str
    body: bytes
    charset: str = ""  # as declared in the Content-Type header, if at all
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        return decode(self.body, self.charset)


def _remembered_robots(path: Path) -> tuple[str | None] | None:
    """(robots.txt's text, or None for none) if read less than ROBOTS_DAYS ago; None if not known."""
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        fresh = time.time() - float(known["fetched"]) < ROBOTS_DAYS * 86400
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (known["text"],) if fresh and isinstance(known.get("text"), str | None) else None


def decode(body: bytes, declared: str = "") -> str:
    """Text of an HTML or XML body whatever its server declared."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(body[:4096])
    for name in (declared, meta.group(1).decode("ascii") if meta else ""):
        if name and name.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                return body.decode(name, errors="replace")
            except LookupError:
                continue
    return body.decode("windows-1252", errors="replace")


class WebClient:
    def __init__(self, settings: FetchConfig, cache_root: Path, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self.validators = cache_root / "http"
        self.sleep = sleep
        self._client = httpx.Client(
            timeout=settings.timeout, follow_redirects=True, max_redirects=5, headers={"User-Agent": USER_AGENT}
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, conditional: bool = False, accept: str = "text/html") -> Page:
        """The page at `url`. With `conditional`, a page unchanged since the last time is status 304."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{url}: not an http(s) address")
        if not self.allowed(url):
            raise FetchError(f"{url}: robots.txt asks crawlers not to fetch it")
        headers = {"Accept": accept}
        known = self._known(url) if conditional else {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        page = self._request(url, headers)
        if conditional and page.status == 200:
            self._remember(url, page)
        return page

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The origin's robots.txt, remembered for a day (as crawlers do); None if it has none."""
        path = self._path(f"{origin}/robots.txt")
        remembered = _remembered_robots(path)
        if remembered is not None:
            text = remembered[0]
        else:
            try:
                text = self._request(f"{origin}/robots.txt", {"Accept": "text/plain"}, retries=0).text()
            except FetchError:
                text = None  # no robots.txt to be had: nothing is disallowed
            atomic_write_text(path, json.dumps({"fetched": time.time(), "text": text}) + "\n")
        if text is None:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        return parser

    def _request(self, url: str, headers: dict[str, str], retries: int | None = None) -> Page:
        def attempt() -> Page:
            self._wait_for_host(url)
            try:
                page = self._once(url, headers)
            except httpx.TimeoutException:
                raise PassingError(f"no answer within {self.settings.timeout:g} s") from None
            except httpx.TooManyRedirects:
                raise FetchError(f"{url}: too many redirects") from None
            except httpx.HTTPError as exc:
                raise PassingError(f"cannot connect ({type(exc).__name__})") from None
            if page.status in _RETRY_STATUS:
                raise PassingError(f"the server answered {page.status}")
            if page.status >= 400:
                raise FetchError(f"{url}: the server answered {page.status}")
            return page

        try:
            return with_retries(
                attempt, self.settings.retries if retries is None else retries, self.settings.backoff, self.sleep
            )
        except GaveUpError as exc:
            raise FetchError(f"{url}: {exc}") from None

    def _once(self, url: str, headers: dict[str, str]) -> Page:
        with self._client.stream("GET", url, headers=headers) as response:
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > self.settings.max_bytes:
                    raise FetchError(f"{url}: larger than {self.settings.max_bytes / 1e6:g} MB; not an article page")
            kind = response.headers.get("content-type", "")
            return Page(
                str(response.url),
                response.status_code,
                kind.split(";")[0].strip().lower(),
                bytes(body),
                response.charset_encoding or "",
                response.headers.get("etag", ""),
                response.headers.get("last-modified", ""),
            )

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.delay - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _path(self, url: str) -> Path:
        return self.validators / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.json"

    def _known(self, url: str) -> dict[str, str]:
        try:
            data = json.loads(self._path(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if k in ("etag", "last_modified") and isinstance(v, str)}

    def _remember(self, url: str, page: Page) -> None:
        validators = {"etag": page.etag, "last_modified": page.last_modified}
        if any(validators.values()):
            atomic_write_text(self._path(url), json.dumps(validators) + "\n")
