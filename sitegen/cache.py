"""The result cache: one JSON file per key, written atomically; a damaged entry is a miss."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sitegen.fsutil import atomic_write_text


def cache_key(**parts) -> str:
    """A stable hash of JSON-serialisable parts."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResultCache:
    def __init__(self, root: Path):
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("key") == key else None

    def put(self, key: str, result: dict) -> None:
        entry = {"key": key, **result}
        atomic_write_text(self._path(key), json.dumps(entry, ensure_ascii=False, indent=2) + "\n")
