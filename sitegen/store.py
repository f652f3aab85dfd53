"""The committed summary store: `summaries/<slug>.json`, one file per article.

Each entry carries the cache key it was made under (article text, model, prompts and
settings), so a machine without the model rebuilds exactly the same site from it,
and an entry whose key no longer matches is known to be stale. Entries are written
atomically and only when they change, so the folder diffs cleanly in git.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitegen import prompts
from sitegen.fingerprint import code_digest
from sitegen.fsutil import atomic_write_text
from sitegen.llm.backend import ModelIdentity

FRESH, STALE, MISSING = "fresh", "stale", "missing"
DAMAGED = "the stored entry is damaged"
SUMMARISER = "sitegen.summarise"  # the module whose code (with all it imports) makes the results


@dataclass(frozen=True)
class Stored:
    """What the store holds for one article under the current key."""

    state: str  # FRESH, STALE or MISSING
    result: dict[str, Any] | None = None  # only when FRESH
    why: str = ""  # only when STALE: what changed since the entry was made


class SummaryStore:
    def __init__(self, root: Path):
        self.root = root

    def path(self, slug: str) -> Path:
        return self.root / f"{slug}.json"

    def lookup(self, slug: str, key: str, model: ModelIdentity, settings: dict[str, Any]) -> Stored:
        entry = self._read(self.path(slug))
        if entry is None:
            return Stored(MISSING)
        if not (
            isinstance(entry.get("key"), str)
            and isinstance(entry.get("model"), dict)
            and isinstance(entry.get("result"), dict)
        ):
            return Stored(STALE, why=DAMAGED)
        if entry["key"] == key:
            return Stored(FRESH, entry["result"])
        return Stored(STALE, why=_what_changed(entry, model, settings))

    def put(self, slug: str, key: str, model: ModelIdentity, settings: dict[str, Any], result: dict[str, Any]) -> None:
        entry = {
            "slug": slug,
            "key": key,
            "model": model.to_json(),
            "settings": settings,
            "prompt_version": prompts.PROMPT_VERSION,
            "prompts": prompts.fingerprint(),
            "code": code_digest(SUMMARISER),
            "result": result,
        }
        text = json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        path = self.path(slug)
        try:
            if path.read_text(encoding="utf-8") == text:
                return
        except (OSError, UnicodeDecodeError):
            pass
        atomic_write_text(path, text)

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}  # damaged: stale, and rewritten by the next summary
        return entry if isinstance(entry, dict) else {}


def _what_changed(entry: dict[str, Any], model: ModelIdentity, settings: dict[str, Any]) -> str:
    if entry["model"].get("sha256") != model.sha256:
        return "the model changed"
    if entry.get("prompt_version") != prompts.PROMPT_VERSION or entry.get("prompts") != prompts.fingerprint():
        return "the prompts changed"
    if entry.get("settings") != settings:
        return "the generation settings changed"
    if entry.get("code") != code_digest(SUMMARISER):
        return "sitegen's summarising code changed"
    return "the article changed"
