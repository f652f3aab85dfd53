"""The result cache: one JSON file per key, written atomically; a damaged entry is a miss."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sitegen.fsutil import atomic_write_text


def stable_hash(value: object) -> str:
    """sha256 of `value` as canonical JSON (sorted keys, no spaces): the same value, the same hash."""
    blob = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def cache_key(**parts) -> str:
    """A stable hash of named JSON-serialisable parts."""
    return stable_hash(parts)


class ResultCache:
    def __init__(self, root: Path):
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The result stored under `key` (without the key itself), or None."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.pop("key", None) != key:
            return None
        return entry

    def put(self, key: str, result: dict) -> None:
        entry = {"key": key, **result}
        atomic_write_text(self._path(key), json.dumps(entry, ensure_ascii=False, indent=2) + "\n")
