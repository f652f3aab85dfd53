"""The build: read → clean → summarise (stored or cached) → check quotes → plan the briefing → render → export
→ index → publish."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sitegen.briefing import Day, plan
from sitegen.cache import ResultCache
from sitegen.config import Config
from sitegen.errors import CANNOT_WRITE, ModelError, OutputError
from sitegen.export import export_api
from sitegen.fingerprint import remembered_imports
from sitegen.fsutil import back_buffer, exclusive_lock, publish_dir
from sitegen.llm.backend import Backend, ModelIdentity, Provider
from sitegen.llm.registry import provider_for
from sitegen.output_folder import MARKER, MARKER_TEXT, check_output
from sitegen.outputs import OutputFiles, save_manifest
from sitegen.prepared import PreparedArticles
from sitegen.quotes import check_quotes
from sitegen.render import SiteRenderer
from sitegen.report import BuildReport
from sitegen.results import Mode, ResultSources, summarise_all
from sitegen.search import BUNDLE, index_for_search
from sitegen.store import SummaryStore
from sitegen.summarise import generation_settings

Log = Callable[[str], None]


def build(
    config: Config, *, mode: Mode = Mode.MODEL, log: Log | None = None, provider: Provider | None = None
) -> BuildReport:
    """Build the site from `config.site.content` into `config.site.output`."""
    log = log or _stderr
    output = config.site.output
    check_output(output, back_buffer_path(output), keep_clear_of=protected_folders(config))
    lock = exclusive_lock(output.parent / f".{output.name}.lock", str(output))
    with _writing(output), lock, remembered_imports(config.cache.root()):
        report = BuildReport()
        prepared = PreparedArticles(cache_file(config, "prepared", config.site.content))
        articles, report.skipped = prepared.read(config.site.content)  # read → clean → find quotes
        prepared.save()
        provider = provider or provider_for(config, log)
        model = identify_model(provider, mode)
        sources = result_sources(config, model, SummaryStore(config.site.summaries_dir())) if model else None
        summarise_all(articles, sources, mode, lambda: _load(provider, model, log), report)
        for article in articles:
            article.quotes, problems = check_quotes(article.text, article.quotes)
            article.warnings.extend(problems)
        days = plan(articles, config.stories, cache_file(config, "stories", config.site.content))
        writer = model if report.drafts < len(articles) else None  # which model wrote the summaries
        report.pages, report.files_written, report.files_kept = write_site(days, config, writer)
    report.finish(articles)
    return report


def identify_model(provider: Provider, mode: Mode) -> ModelIdentity | None:
    """The model whose results to use. A draft build goes on without one if it is unavailable."""
    try:
        return provider.identity()
    except ModelError:
        if mode is Mode.DRAFT:
            return None
        raise


def result_sources(config: Config, model: ModelIdentity, store: SummaryStore | None) -> ResultSources:
    cache = ResultCache(config.cache.root() / "results")
    return ResultSources(cache, store, model, generation_settings(config.model))


def write_site(days: list[Day], config: Config, model: ModelIdentity | None) -> tuple[int, int, int]:
    """Bring the site's second copy up to date, then swap it in for the output in one step.

    Only files whose inputs changed are written (sitegen.outputs); the published site is
    never touched until the swap. Returns the pages, and the files written and kept.
    """
    identity = model.to_json() if model else {"name": "", "sha256": ""}
    output = config.site.output
    renderer = SiteRenderer(
        config.site.theme(),
        base_url=config.site.base_url,
        site_url=config.site.url,
        title=config.site.title,
        model_name=identity["name"] or "—",
    )
    published, back = cache_file(config, "sites", output), cache_file(config, "sites", output, ".next")
    files = OutputFiles(back_buffer(output, MARKER, MARKER_TEXT), back, keep=(BUNDLE,))
    try:
        files.write(MARKER, MARKER_TEXT, lambda: MARKER_TEXT)
        pages = renderer.render_site(days, files)
        export_api(days, files, identity)
        files.prune()
        index_for_search(files.tree, files.digest_of(".html"), output if output.is_dir() else None)
    except OSError:
        # Disk full, or a folder that cannot be written: drop the half-made copy (it may be what
        # fills the disk) so that the next build starts clean; the published site is unchanged.
        shutil.rmtree(files.tree, ignore_errors=True)
        back.unlink(missing_ok=True)
        raise
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


def back_buffer_path(output: Path) -> Path:
    return output.parent / f".{output.name}.next"


def protected_folders(config: Config) -> dict[str, Path]:
    """Folders a build's output must never replace or lie inside."""
    folders = {
        "content folder": config.site.content,
        "summary store": config.site.summaries_dir(),
        "project folder": Path.cwd(),
    }
    if config.site.templates:
        folders["theme folder"] = Path(config.site.templates)
    return folders


def cache_file(config: Config, kind: str, folder: Path, variant: str = "") -> Path:
    """A cache file about one folder (content or output), e.g. ~/.cache/sitegen/sites/<hash>.json."""
    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return config.cache.root() / kind / f"{where}{variant}.json"


@contextlib.contextmanager
def _writing(output: Path) -> Iterator[None]:
    """Turn a failure to write beside or into the output (read-only, full, not a folder) into one line."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        if exc.errno not in CANNOT_WRITE:
            raise
        raise _output_error(exc, output) from None


def _output_error(exc: OSError, output: Path) -> OutputError:
    what = exc.strerror or str(exc)
    where = f" ({exc.filename})" if exc.filename else ""
    advice = (
        "free some space"
        if exc.errno in (errno.ENOSPC, errno.EDQUOT)
        else "make it writable or choose another --output"
    )
    return OutputError(
        f"cannot write the site to {output}: {what}{where}; the published site is unchanged; {advice}, then build again"
    )


def _load(provider: Provider, model: ModelIdentity | None, log: Log) -> Backend:
    log(f"Loading {model.name if model else 'the model'}…")
    return provider.load()


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
