"""The search index: Pagefind, run over the finished pages.

Pagefind reads `<html lang>` and builds one index per language (Indonesian pages get
its Indonesian stemming). Only article pages are indexed (`data-pagefind-body`), with
filters for day, source and tag; the browser downloads only the index fragments a
query needs.

Pagefind writes some of its files in a different order on every run, so when the pages
are the same as last time the previous bundle is kept: an unchanged site stays
byte-identical, and the rebuild skips the indexing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sitegen.errors import SitegenError

BUNDLE = "pagefind"
_STAMP = "sitegen-pages.sha256"


def index_for_search(site: Path, pages_digest: str, published: Path | None = None) -> None:
    """Make `site/pagefind/` the index of `site`'s pages, unless it already is.

    `pages_digest` identifies the content of every page (from their inputs, see
    sitegen.outputs). A bundle made for the same pages is kept, or linked from the
    `published` site; otherwise Pagefind indexes the pages anew.
    """
    digest = hashlib.sha256(f"{_pagefind_version()}\0{pages_digest}".encode()).hexdigest()
    bundle = site / BUNDLE
    if _stamp(bundle) == digest:
        return
    shutil.rmtree(bundle, ignore_errors=True)  # never write through links into the published copy
    if published and _stamp(published / BUNDLE) == digest:
        shutil.copytree(published / BUNDLE, bundle, copy_function=_link)
        return
    # Pagefind writes into a folder of its own, renamed into place when complete: a build
    # killed while Pagefind runs leaves at most that folder, which the next build removes.
    building = site / f".pagefind-{os.getpid()}"
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(building), "--silent"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        shutil.rmtree(building, ignore_errors=True)
        detail = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-1]
        raise SitegenError(f"the search index could not be built (pagefind: {detail}); the previous site is unchanged")
    (building / _STAMP).write_text(digest)
    os.rename(building, bundle)


def _stamp(bundle: Path) -> str:
    try:
        return (bundle / _STAMP).read_text()
    except OSError:
        return ""


def _link(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind")
