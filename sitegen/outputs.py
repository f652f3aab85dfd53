"""The files of the next site, updated in place in a second copy of the site.

The output is double-buffered: beside the published folder (`public/`) lives the copy
it replaced (`.public.next/`). A build brings that copy up to date and swaps the two
folders in one step (sitegen.fsutil.publish_dir), so a rebuild writes only the files
whose inputs changed, and makes and deletes no folders for the rest.

Every file is declared with a digest of everything it is made from (`inputs`: the
writer includes the fingerprint of its own code and templates, so editing the code
that makes one kind of file renews those files and no others). A
manifest per folder, kept in the cache, records each file's digest with its inode,
size and modification time. A file is kept only when both its digest and its stat
match the record, so a stale or lost manifest (a build killed at any moment) can only
cause a file to be written again, never a stale page.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sitegen.cache import stable_hash
from sitegen.fsutil import atomic_write_text


def digest(*parts: object) -> str:
    """A stable digest of JSON-serialisable parts."""
    return stable_hash(parts)


class OutputFiles:
    """Brings the folder `tree` to exactly the files declared with `write()`."""

    def __init__(self, tree: Path, manifest: Path, keep: tuple[str, ...] = ()):
        self.tree, self.manifest, self.keep = tree, manifest, keep
        self.recorded = load_manifest(manifest)
        self.entries: dict[str, list[Any]] = {}
        self._folders: set[Path] = set()
        self.written = 0
        self.kept = 0

    def write(self, path: str, inputs: object, make: Callable[[], str | bytes]) -> None:
        """Make the file `path` (relative to the site) hold `make()`, unless it already does."""
        key = digest(inputs)
        target = self.tree / path
        known = self.recorded.get(path)
        if known and known[0] == key and _stat(target) == known[1:]:
            self.entries[path] = known
            self.kept += 1
            return
        data = make()
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        with contextlib.suppress(FileNotFoundError):
            target.unlink()  # a new inode: never write through a link into another copy
        target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.entries[path] = [key, *(_stat(target) or [0, 0, 0])]
        self.written += 1

    def prune(self) -> int:
        """Delete the files (and then empty folders) that this build did not declare."""
        removed, emptied = 0, []  # the folders that lost files or had none: perhaps empty now
        root = os.fspath(self.tree)
        for folder, dirs, names in os.walk(root):
            if folder == root:
                dirs[:] = [d for d in dirs if d not in self.keep]
                prefix = ""
            else:
                prefix = folder[len(root) + 1 :].replace(os.sep, "/") + "/"
            stale = [name for name in names if f"{prefix}{name}" not in self.entries]
            for name in stale:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(folder, name))
            removed += len(stale)
            if folder != root and (stale or not names):
                emptied.append(folder)
        # A folder that kept a file is not empty; the rest go, the deepest first (os.walk went top-down).
        for folder in reversed(emptied):
            with contextlib.suppress(OSError):  # not empty: a subfolder kept a file, or something writes there
                os.rmdir(folder)
        return removed

    def digest_of(self, suffix: str) -> str:
        """One digest over the inputs of every file ending in `suffix` (e.g. all pages)."""
        return digest(sorted((path, entry[0]) for path, entry in self.entries.items() if path.endswith(suffix)))

    def save(self, complete: bool = True) -> None:
        """Record the folder's files: all of them, or (`complete=False`) what is known after a failure."""
        entries = self.entries if complete else {**self.recorded, **self.entries}
        save_manifest(self.manifest, entries)


def load_manifest(path: Path) -> dict[str, list[Any]]:
    """The recorded files, leaving out any record that is not [digest, inode, size, mtime]."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {path: entry for path, entry in entries.items() if _is_record(entry)}


def _is_record(entry: object) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 4
        and isinstance(entry[0], str)
        and all(type(n) is int for n in entry[1:])
    )


def save_manifest(path: Path, entries: dict[str, list[Any]]) -> None:
    atomic_write_text(path, json.dumps(entries, separators=(",", ":"), sort_keys=True) + "\n")


def _stat(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_ino, info.st_size, info.st_mtime_ns]
