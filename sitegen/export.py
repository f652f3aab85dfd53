"""The machine-readable export under `api/`: one JSON per article, per day, and an index.

A day lists its stories in rank order (`rank`, `headline`, `headline_en`, `slugs` with the
lead first, `section`) and its articles; an article carries `story` (its story's slugs, lead
first) and `background` (the earlier stories it continues, newest first).

Other tools read these files: keep the field names.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from sitegen.article import Article
from sitegen.briefing import Day
from sitegen.fingerprint import code_digest
from sitegen.outputs import OutputFiles
from sitegen.prompts import PROMPT_VERSION
from sitegen.render import article_digest


def dumps(data: object) -> str:
    """Deterministic JSON: fixed key order, UTF-8, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def article_json(article: Article, model: dict[str, str]) -> dict[str, Any]:
    return {
        "slug": article.slug,
        "path": article.path,
        "title": article.title,
        "title_en": article.title_en,
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
        "warnings": [flag.to_json() for flag in article.warnings],
        "story": article.story,
        "background": article.background,
        "model": model,
        "prompt_version": PROMPT_VERSION,
    }


def _article_file(article: Article, model: dict[str, str]) -> str:
    return dumps(article_json(article, model))


def _listing(article: Article) -> dict[str, Any]:
    return {
        "slug": article.slug,
        "path": article.path,
        "title": article.title,
        "title_en": article.title_en,
        "source": article.source,
        "warnings": len(article.warnings),
    }


def export_api(days: list[Day], files: OutputFiles, model: dict[str, str]) -> None:
    code = code_digest(__name__)  # this module's code, and all it uses, shapes every file
    index = []
    for day in days:
        listing = [_listing(a) for a in day.articles]
        stories = [
            {
                "rank": rank,
                "headline": story.lead.title,
                "headline_en": story.lead.title_en,
                "slugs": story.slugs,
                "section": story.section,
            }
            for rank, story in enumerate(day.stories, 1)
        ]
        record = {"date": day.iso, "path": day.path, "stories": stories, "articles": listing}
        files.write(f"api/days/{day.iso}.json", (code, record), functools.partial(dumps, record))
        index.append(record)
        for article in day.articles:
            files.write(
                f"api/articles/{article.slug}.json",
                (code, article_digest(article), model, PROMPT_VERSION),
                functools.partial(_article_file, article, model),
            )
    summary = {"model": model, "prompt_version": PROMPT_VERSION, "days": index}
    files.write("api/index.json", (code, summary), lambda: dumps(summary))
