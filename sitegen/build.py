"""The build: read → clean → summarise (stored or cached) → check quotes → render → export → index → publish."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sitegen.article import Article
from sitegen.cache import ResultCache
from sitegen.cleaning import clean
from sitegen.config import Config
from sitegen.export import export_api
from sitegen.fsutil import back_buffer, exclusive_lock, publish_dir
from sitegen.errors import ModelError
from sitegen.llm.backend import Backend
from sitegen.llm.model_files import ModelFile, provision, resolve_model
from sitegen.outputs import OutputFiles, save_manifest
from sitegen.quotes import check_quotes, extract_quotes
from sitegen.prepared import PreparedArticles
from sitegen.search import BUNDLE, index_for_search
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
        prepared = PreparedArticles(cache_file(config, "prepared", config.site.content))
        articles, report.skipped = prepared.read(config.site.content, prepare)  # read → clean → find quotes
        prepared.save()
        model = identify_model(config, mode, log)
        sources = result_sources(config, model, SummaryStore(config.site.summaries_dir())) if model else None
        factory = backend_factory or llama_factory(config, log)
        summarise_all(articles, sources, mode, lambda: _load(factory, model, log), report)
        for article in articles:
            article.quotes, problems = check_quotes(article.text, article.quotes)
            article.warnings.extend(problems)
        writer = model if report.drafts < len(articles) else None  # which model wrote the summaries
        report.pages, report.files_written, report.files_kept = write_site(group_by_day(articles), config, writer)
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


def write_site(days: list[Day], config: Config, model: ModelFile | None) -> tuple[int, int, int]:
    """Bring the site's second copy up to date, then swap it in for the output in one step.

    Only files whose inputs changed are written (sitegen.outputs); the published site is
    never touched until the swap. Returns the pages, and the files written and kept.
    """
    identity = {"name": model.name, "sha256": model.sha256} if model else {"name": "", "sha256": ""}
    output = config.site.output
    renderer = SiteRenderer(DEFAULT_TEMPLATES, base_url=config.site.base_url, site_url=config.site.url,
                            title=config.site.title, model_name=identity["name"] or "—")
    published, back = cache_file(config, "sites", output), cache_file(config, "sites", output, ".next")
    files = OutputFiles(back_buffer(output), back, renderer.fingerprint(), keep=(BUNDLE,))
    try:
        pages = renderer.render_site(days, files)
        export_api(days, files, identity)
        files.prune()
        index_for_search(files.tree, files.digest_of(".html"), output if output.is_dir() else None)
    except BaseException:
        files.save(complete=False)
        raise
    publish_dir(files.tree, output)
    if published.exists() and files.tree.exists():
        os.replace(published, back)  # the old site is now the second copy
    else:
        back.unlink(missing_ok=True)
    save_manifest(published, files.entries)
    return pages, files.written, files.kept


def cache_file(config: Config, kind: str, folder: Path, variant: str = "") -> Path:
    """A cache file about one folder (content or output), e.g. ~/.cache/sitegen/sites/<hash>.json."""
    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return config.cache.root() / kind / f"{where}{variant}.json"


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

