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
import shutil
import subprocess
import sys
from pathlib import Path

from sitegen.errors import SitegenError

BUNDLE = "pagefind"
_STAMP = "sitegen-pages.sha256"


def index_for_search(site: Path, previous: Path | None = None) -> None:
    """Write the Pagefind bundle into `site/pagefind/`, reusing `previous`'s if the pages match."""
    digest = _pages_digest(site)
    old = previous / BUNDLE if previous else None
    if old and (old / _STAMP).is_file() and (old / _STAMP).read_text() == digest:
        shutil.copytree(old, site / BUNDLE)
        return
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-1]
        raise SitegenError(f"the search index could not be built (pagefind: {detail}); "
                           "the previous site is unchanged")
    (site / BUNDLE / _STAMP).write_text(digest)


def _pages_digest(site: Path) -> str:
    digest = hashlib.sha256(_pagefind_version().encode())
    for page in sorted(site.rglob("*.html")):
        digest.update(page.relative_to(site).as_posix().encode() + b"\0")
        digest.update(page.read_bytes())
    return digest.hexdigest()


def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind")
