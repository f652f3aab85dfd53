"""The build: read → clean → summarise (stored or cached) → check quotes → render → export → index → publish."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from sitegen.article import Article
from sitegen.cache import ResultCache
from sitegen.cleaning import clean
from sitegen.config import Config
from sitegen.export import export_api
from sitegen.fsutil import exclusive_lock, publish_dir, staging_dir
from sitegen.errors import ModelError
from sitegen.llm.backend import Backend
from sitegen.llm.model_files import ModelFile, provision, resolve_model
from sitegen.quotes import check_quotes, extract_quotes
from sitegen.readers import read_content
from sitegen.search import index_for_search
from sitegen.render import DEFAULT_TEMPLATES, Day, SiteRenderer, group_by_day
from sitegen.report import BuildReport
from sitegen.results import Mode, ResultSources, summarise_all
from sitegen.store import SummaryStore
from sitegen.summarise import generation_settings

Log = Callable[[str], None]
BackendFactory = Callable[[ModelFile], Backend]


def build(config: Config, *, mode: Mode = Mode.MODEL, log: Log | None = None,
          backend_factory: BackendFactory | None = None) -> BuildReport:
    """Build the site from `config.site.content` into `config.site.output`."""
    log = log or _stderr
    output = config.site.output
    with exclusive_lock(output.parent / f".{output.name}.lock", str(output)):
        report = BuildReport()
        articles, report.skipped = read_content(config.site.content)
        for article in articles:
            prepare(article)
        model = identify_model(config, mode, log)
        sources = result_sources(config, model, SummaryStore(config.site.summaries_dir())) if model else None
        factory = backend_factory or llama_factory(config, log)
        summarise_all(articles, sources, mode, lambda: _load(factory, model, log), report)
        for article in articles:
            article.quotes, problems = check_quotes(article.text, article.quotes)
            article.warnings.extend(problems)
        writer = model if report.drafts < len(articles) else None  # which model wrote the summaries
        report.pages = write_site(group_by_day(articles), config, writer)
    report.finish(articles)
    return report


def identify_model(config: Config, mode: Mode, log: Log) -> ModelFile | None:
    """The model whose results to use. A draft build goes on without one if it is unavailable."""
    try:
        return resolve_model(config.model.path, config.cache.root(), log)
    except ModelError:
        if mode is Mode.DRAFT:
            return None
        raise


def result_sources(config: Config, model: ModelFile, store: SummaryStore | None) -> ResultSources:
    cache = ResultCache(config.cache.root() / "results")
    return ResultSources(cache, store, model, generation_settings(config.model))


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


def _load(factory: BackendFactory, model: ModelFile, log: Log) -> Backend:
    log(f"Loading {model.name}…")
    return factory(model)


def llama_factory(config: Config, log: Log) -> BackendFactory:
    def load(model: ModelFile) -> Backend:
        from sitegen.llm.llama import LlamaBackend  # imports llama.cpp only when needed

        return LlamaBackend(provision(model, config.cache.root(), log), config.model)

    return load


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)

