"""`sitegen fetch`: the new items of every `[[sources]]` feed, added as articles (feedparser).

An unchanged feed costs one conditional request (304); an item already in `content/` costs
nothing. One bad source (unreachable, 404, not a feed) is one line, and the others still run.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import feedparser

from sitegen.adding import ContentIndex, Defaults, Outcome, add
from sitegen.config import SourceConfig
from sitegen.web import FetchError, WebClient

Log = Callable[[str], None]
FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"


@dataclass
class FetchReport:
    outcomes: list[tuple[str, Outcome]] = field(default_factory=list)  # (source name, outcome)
    failed: list[str] = field(default_factory=list)  # one line per source that could not be read
    unchanged: list[str] = field(default_factory=list)  # sources whose feed did not change

    def counts(self) -> Counter[str]:
        return Counter(outcome.status for _source, outcome in self.outcomes)

    def lines(self) -> list[str]:
        counts = self.counts()
        lines = [
            f"Fetched: {counts['added']} new, {counts['present']} already present, {counts['skipped']} skipped; "
            f"{len(self.unchanged)} feeds unchanged, {len(self.failed)} sources failed."
        ]
        lines += [
            f"  skipped {outcome.what}: {outcome.reason}"
            for _s, outcome in self.outcomes
            if outcome.status == "skipped"
        ]
        lines += [f"  failed: {line}" for line in self.failed]
        return lines


def fetch_sources(sources: tuple[SourceConfig, ...], folder: Path, client: WebClient, log: Log) -> FetchReport:
    report = FetchReport()
    folder.mkdir(parents=True, exist_ok=True)
    index = ContentIndex(folder)
    for number, source in enumerate(sources, 1):
        started = time.monotonic()
        prefix = f"[{number}/{len(sources)}] {source.name}"
        try:
            items = read_feed(source, client)
        except FetchError as exc:
            report.failed.append(f"{source.name}: {exc}")
            log(f"{prefix}: failed: {exc}")
            continue
        if items is None:
            report.unchanged.append(source.name)
            log(f"{prefix}: unchanged since the last fetch")
            continue
        outcomes = [add(link, folder, index, client, defaults) for link, defaults in items]
        report.outcomes += [(source.name, outcome) for outcome in outcomes]
        counts = Counter(outcome.status for outcome in outcomes)
        log(
            f"{prefix}: {counts['added']} new, {counts['present']} already present, {counts['skipped']} skipped "
            f"({time.monotonic() - started:.1f} s)"
        )
        for outcome in outcomes:
            if outcome.status != "present":
                log(f"  {outcome.line()}")
    return report


def read_feed(source: SourceConfig, client: WebClient) -> list[tuple[str, Defaults]] | None:
    """The newest `source.limit` items as (link, what the feed says of it); None if the feed is unchanged."""
    page = client.get(source.feed, conditional=True, accept=FEED_TYPES)
    if page.not_modified:
        return None
    parsed: Any = feedparser.parse(
        page.body, response_headers={"content-type": f"{page.content_type}; charset={page.charset or 'utf-8'}"}
    )
    entries = [entry for entry in parsed.entries if entry.get("link")]
    if not entries:
        if parsed.get("version") and not parsed.get("bozo"):
            return []  # a feed with nothing in it
        raise FetchError(f"{source.feed}: not an RSS or Atom feed")
    entries.sort(key=_published, reverse=True)
    title = str(parsed.feed.get("title") or source.name)
    return [
        (
            str(entry["link"]),
            Defaults(source=source.name or title, lang=source.lang, tags=source.tags, date=_date(entry)),
        )
        for entry in entries[: source.limit]
    ]


def _published(entry: Any) -> tuple[int, ...]:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return tuple(stamp[:6]) if stamp else (0,)


def _date(entry: Any) -> dt.date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*stamp[:3]) if stamp else None
