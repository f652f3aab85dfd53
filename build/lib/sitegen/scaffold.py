"""`sitegen new DIR`: a new site anywhere, like `mkdocs new` or `hugo new site`.

It writes `content/` with an example article, `sitegen.toml` with every default,
the GitHub Pages workflow, a `.gitignore` and a README with the two commands. It
never writes into a folder that already holds files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sitegen import __version__
from sitegen.errors import ConfigError
from sitegen.fsutil import atomic_write_text

SKELETON = Path(__file__).with_name("new_site")
EXAMPLE = "example.md"
# The skeleton's file names that cannot be package data as they are (pip drops dotfiles of some tools).
_RENAMED = {"gitignore": ".gitignore"}


def new_site(folder: Path, today: dt.date | None = None) -> Iterator[str]:
    """Create the site; yields one line per file written, then what to do next."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ConfigError(f"{folder} already exists and is not an empty folder; choose a new folder for the site")
    today = today or dt.date.today()
    values = {
        "{date}": today.isoformat(),
        "{version}": __version__,
        "{title}": "Briefing Harian",
        "{example}": f"{today.isoformat()}-{EXAMPLE}",
    }
    for source in sorted(p for p in SKELETON.rglob("*") if p.is_file()):
        relative = source.relative_to(SKELETON)
        name = _RENAMED.get(relative.name, relative.name)
        if name == EXAMPLE:
            name = values["{example}"]
        target = folder / relative.parent / name
        text = source.read_text(encoding="utf-8")
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        atomic_write_text(target, text)
        yield f"created {target}"
    yield f"Next: cd {folder} && sitegen build  (then sitegen serve to preview)"
