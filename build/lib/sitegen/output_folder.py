"""Which folder a build may replace: only one that sitegen made.

A build replaces its output folder whole (sitegen.fsutil.publish_dir) and deletes from
the second copy every file it did not declare (sitegen.outputs). That is only safe in
a folder sitegen made, so every site carries a marker file, as Cargo's `CACHEDIR.TAG`
or Sphinx's `.buildinfo` do, and a build refuses any other folder that holds files:
the user's articles, a home folder, a project, a web root behind a link.
"""

from __future__ import annotations

import os
from pathlib import Path

from sitegen.errors import OutputError

MARKER = ".sitegen-output"
MARKER_TEXT = (
    "This folder is made by sitegen and every build replaces all of its files.\nDo not keep anything else here.\n"
)


def check_output(output: Path, back: Path, *, keep_clear_of: dict[str, Path]) -> None:
    """Raise OutputError unless `output` (and its second copy `back`) may be replaced by a build.

    `keep_clear_of` names folders the output must not be, contain, or lie inside
    (for example {"content folder": content, "project folder": Path.cwd()}).
    """
    for folder in (output, back):
        if folder.is_symlink():
            raise OutputError(
                f"{folder} is a symbolic link; sitegen replaces its output folder whole, "
                f"so give the real folder's path as --output"
            )
    where = output.resolve()
    for what, folder in keep_clear_of.items():
        other = folder.resolve()
        if where == other or other.is_relative_to(where):
            raise OutputError(
                f"--output {output} would replace the {what} ({folder}); choose a folder of its own, such as public"
            )
        if what != "project folder" and where.is_relative_to(other):
            raise OutputError(
                f"--output {output} lies inside the {what} ({folder}); choose a folder outside it, such as public"
            )
    for folder in (output, back):
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"--output {folder} is a file, not a folder; choose a folder for the site")
        if not is_replaceable(folder):
            raise OutputError(
                f"{folder} holds files that sitegen did not make (it has no {MARKER} file), and a build "
                f"replaces the whole folder; choose a new or empty folder for --output, or move those files away"
            )


def is_replaceable(folder: Path) -> bool:
    """Missing, empty, or marked as sitegen's."""
    try:
        with os.scandir(folder) as entries:
            names = {entry.name for entry in entries}
    except FileNotFoundError:
        return True
    except OSError as exc:
        raise OutputError(f"cannot read {folder} ({exc.strerror})") from None
    return not names or MARKER in names
