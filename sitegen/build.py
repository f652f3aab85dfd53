"""The build: read → clean → summarise (cached) → check quotes → render → export → index → publish."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable

from sitegen.article import Article
from sitegen.cache import ResultCache
from sitegen.cleaning import clean
from sitegen.config import Config
from sitegen.export import export_api
from sitegen.fsutil import exclusive_lock, publish_dir, staging_dir
from sitegen.llm.backend import Backend, LazyBackend
from sitegen.llm.model_files import ModelFile, provision, resolve_model
from sitegen.progress import Progress
from sitegen.quotes import check_quotes, extract_quotes
from sitegen.readers import read_content
from sitegen.search import index_for_search
from sitegen.render import DEFAULT_TEMPLATES, Day, SiteRenderer, group_by_day
from sitegen.report import BuildReport
from sitegen.summarise import Result, Summariser, draft_result, result_key

Log = Callable[[str], None]
BackendFactory = Callable[[ModelFile], Backend]


def build(config: Config, *, use_llm: bool = True, log: Log | None = None,
          backend_factory: BackendFactory | None = None) -> BuildReport:
    """Build the site from `config.site.content` into `config.site.output`."""
    log = log or _stderr
    output = config.site.output
    with exclusive_lock(output.parent / f".{output.name}.lock", str(output)):
        report = BuildReport()
        articles, report.skipped = read_content(config.site.content)
        for article in articles:
            prepare(article)
        model = resolve_model(config.model.path, config.cache.root(), log) if use_llm else None
        summarise_all(articles, config, model, backend_factory or llama_factory(config, log), report, log)
        for article in articles:
            article.quotes, problems = check_quotes(article.text, article.quotes)
            article.warnings.extend(problems)
        report.pages = write_site(group_by_day(articles), config, model)
    report.finish(articles)
    return report


def write_site(days: list[Day], config: Config, model: ModelFile | None) -> int:
    """Render and export into a staging folder, then swap it in for the output in one step."""
    identity = {"name": model.name, "sha256": model.sha256} if model else {"name": "", "sha256": ""}
    output = config.site.output
    staged = staging_dir(output)
    try:
        renderer = SiteRenderer(DEFAULT_TEMPLATES, base_url=config.site.base_url, site_url=config.site.url,
                                title=config.site.title, model_name=identity["name"] or "—")
        pages = renderer.render_site(days, staged)
        export_api(days, staged, identity)
        index_for_search(staged, previous=output if output.is_dir() else None)
        publish_dir(staged, output)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return pages


def prepare(article: Article) -> None:
    """Clean the body and find its direct quotations (no model involved)."""
    cleaned = clean(article.body)
    article.text = cleaned.text
    article.credit = article.credit or cleaned.credit
    # Only quotations with a named speaker can be shown as key quotes.
    article.candidates = [quote for quote in extract_quotes(article.text) if quote.speaker]


def summarise_all(articles: list[Article], config: Config, model: ModelFile | None,
                  backend_factory: BackendFactory, report: BuildReport, log: Log) -> None:
    """Fill every article's summaries and quotes: from the cache, the model, or a draft."""
    if model is None:
        for article in articles:
            draft_result(article).apply(article)
        report.drafts = len(articles)
        return
    cache = ResultCache(config.cache.root() / "results")
    keys = {a.slug: result_key(a, model.sha256, config.model) for a in articles}
    todo = [a for a in articles if cache.get(keys[a.slug]) is None]
    progress = Progress(len(articles), len(todo))
    backend = LazyBackend(lambda: _load(backend_factory, model, config, log), model.name, model.sha256)
    summariser = Summariser(backend)
    for article in articles:
        hit = cache.get(keys[article.slug])
        if hit is not None:
            Result.from_json(hit).apply(article)
            article.from_cache = True
            report.cached += 1
            progress.article(article.slug, "cache")
            continue
        backend.backend()  # load before the clock starts: the report shows load time apart
        started = time.monotonic()
        result, usage = summariser.summarise(article)
        cache.put(keys[article.slug], result.to_json())
        result.apply(article)
        article.summarised_by_model = True
        seconds = time.monotonic() - started
        report.add_model_article(seconds, usage)
        progress.article(article.slug, "model", seconds, backend.speed.output_rate)
    report.speed = backend.speed if backend.loaded else None


def _load(factory: BackendFactory, model: ModelFile, config: Config, log: Log) -> Backend:
    log(f"Loading {model.name}…")
    return factory(model)


def llama_factory(config: Config, log: Log) -> BackendFactory:
    def load(model: ModelFile) -> Backend:
        from sitegen.llm.llama import LlamaBackend  # imports llama.cpp only when needed

        return LlamaBackend(provision(model, config.cache.root(), log), config.model)

    return load


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)

