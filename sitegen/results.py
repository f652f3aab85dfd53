"""Where each article's results come from: the committed store, the cache, the model, or a draft.

Everything that can be looked up is looked up first, so an `--offline` build fails
before any work, and the progress ETA counts only the articles the model must read.
Each model result is written to the cache and the store the moment it is finished,
so a build that is killed loses at most the articles in flight.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sitegen.article import Article
from sitegen.cache import ResultCache
from sitegen.errors import OfflineError
from sitegen.llm.backend import Backend, LazyBackend, ModelIdentity
from sitegen.llm.flows import Flow
from sitegen.progress import Progress
from sitegen.report import BuildReport
from sitegen.store import DAMAGED, FRESH, STALE, Stored, SummaryStore
from sitegen.summarise import Result, Summariser, draft_result, result_key
from sitegen.usage import Usage

Log = Callable[[str], None]


class Mode(StrEnum):
    MODEL = "model"  # the model summarises whatever is not stored or cached
    OFFLINE = "offline"  # never the model: stop if anything would need it
    DRAFT = "draft"  # never the model: lead sentences for whatever is not stored or cached


@dataclass
class Found:
    origin: str  # "store", "cache" or "" (not found)
    key: str = ""
    result: Result | None = None
    stale: str = ""  # why the stored entry no longer matches, if it exists


class ResultSources:
    """The store and the cache, both keyed by article, model, prompts, settings and code."""

    def __init__(self, cache: ResultCache, store: SummaryStore | None, model: ModelIdentity, settings: dict[str, Any]):
        self.cache, self.store, self.model, self.settings = cache, store, model, settings

    def find(self, article: Article) -> Found:
        key = result_key(article, self.model, self.settings)
        stored = self.store.lookup(article.slug, key, self.model, self.settings) if self.store else None
        if stored and stored.state == FRESH:
            result = _valid(stored.result)
            if result:
                return Found("store", key, result)
            stored = Stored(STALE, why=DAMAGED)
        stale = stored.why if stored and stored.state == STALE else ""
        cached = _valid(self.cache.get(key))  # a damaged cache entry is a miss
        return Found("cache" if cached else "", key, cached, stale)

    def keep(self, article: Article, key: str, result: dict[str, Any], *, in_cache: bool = True) -> None:
        if in_cache:
            self.cache.put(key, result)
        if self.store:
            self.store.put(article.slug, key, self.model, self.settings, result)


def _valid(data: object) -> Result | None:
    if data is None:
        return None
    try:
        return Result.from_json(data)
    except ValueError:
        return None


def summarise_all(
    articles: list[Article], sources: ResultSources | None, mode: Mode, load: Callable[[], Backend], report: BuildReport
) -> None:
    """Fill every article's summaries and quotes. `sources` is None when the model is unknown."""
    found = {a.slug: sources.find(a) if sources else Found("") for a in articles}
    todo = [a for a in articles if found[a.slug].result is None]
    if mode is Mode.OFFLINE and todo:
        raise OfflineError(_offline_message(todo, found))
    progress = Progress(len(articles), len(todo) if mode is Mode.MODEL else 0)
    for article in articles:
        hit = found[article.slug]
        if hit.result is not None:
            hit.result.apply(article)
            report.count(hit.origin)
            if hit.origin == "cache" and sources:
                sources.keep(article, hit.key, hit.result.to_json(), in_cache=False)  # the store catches up
            progress.article(article.slug, hit.origin)
        elif mode is Mode.DRAFT or sources is None:
            draft_result(article).apply(article)
            report.count("draft")
            progress.article(article.slug, "draft")
    if todo and mode is Mode.MODEL and sources:
        _summarise_with_model(todo, found, sources, LazyBackend(load, sources.model), report, progress)


def _summarise_with_model(
    todo: list[Article],
    found: dict[str, Found],
    sources: ResultSources,
    backend: LazyBackend,
    report: BuildReport,
    progress: Progress,
) -> None:
    """Run the articles' flows on the backend (several at once where it can); keep each result as it comes."""
    summariser = Summariser(backend)
    backend.backend()  # load before the clock starts: the report shows load time apart
    started: dict[str, float] = {}

    def flows() -> Iterator[Flow[tuple[Result, Usage]]]:
        for article in todo:
            started[article.slug] = time.monotonic()
            yield summariser.flow(article)

    progress.start_model()
    phase = time.monotonic()
    for index, (result, usage) in backend.run(flows()):
        article, hit = todo[index], found[todo[index].slug]
        sources.keep(article, hit.key, result.to_json())
        result.apply(article)
        seconds = time.monotonic() - started[article.slug]
        report.add_model_article(article.slug, seconds, usage, stale=hit.stale)
        progress.article(article.slug, "model", seconds, backend.speed.output_rate)
    report.model_wall_seconds = time.monotonic() - phase
    report.speed = backend.speed


def _offline_message(todo: list[Article], found: dict[str, Found]) -> str:
    shown = [f"{a.slug} ({found[a.slug].stale or 'never summarised'})" for a in todo[:5]]
    more = f" and {len(todo) - 5} more" if len(todo) > 5 else ""
    count = f"{len(todo)} article{'s' * (len(todo) != 1)}"
    return (
        f"--offline, but {count} would need the model because no stored summary matches: "
        f"{', '.join(shown)}{more}; build without --offline to summarise them"
    )
