"""The machine-readable export under `api/`: one JSON per article, per day, and an index.

Other tools read these files: keep the field names.
"""

from __future__ import annotations

import json
from pathlib import Path

from sitegen.article import Article
from sitegen.prompts import PROMPT_VERSION
from sitegen.render import Day


def dumps(data) -> str:
    """Deterministic JSON: fixed key order, UTF-8, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def article_json(article: Article, model: dict) -> dict:
    return {
        "slug": article.slug,
        "path": article.path,
        "title": article.title,
        "date": article.day,
        "source": article.source,
        "url": article.url,
        "lang": article.lang,
        "tags": article.tags,
        "credit": article.credit,
        "text": article.text,
        "summary_id": article.summary_id,
        "summary_en": article.summary_en,
        "quotes": [quote.export() for quote in article.quotes],
        "warnings": article.warnings,
        "model": model,
        "prompt_version": PROMPT_VERSION,
    }


def _listing(article: Article) -> dict:
    return {"slug": article.slug, "path": article.path, "title": article.title,
            "source": article.source, "warnings": len(article.warnings)}


def export_api(days: list[Day], out: Path, model: dict) -> None:
    api = out / "api"
    for folder in ("articles", "days"):
        (api / folder).mkdir(parents=True, exist_ok=True)
    index = []
    for day in days:
        listing = [_listing(a) for a in day.articles]
        (api / "days" / f"{day.iso}.json").write_text(
            dumps({"date": day.iso, "path": day.path, "articles": listing}), encoding="utf-8")
        index.append({"date": day.iso, "path": day.path, "articles": listing})
        for article in day.articles:
            (api / "articles" / f"{article.slug}.json").write_text(
                dumps(article_json(article, model)), encoding="utf-8")
    (api / "index.json").write_text(
        dumps({"model": model, "prompt_version": PROMPT_VERSION, "days": index}), encoding="utf-8")
