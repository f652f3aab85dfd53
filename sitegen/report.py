"""The end-of-build report: what was read, summarised, cached, flagged, and how fast."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from sitegen.article import Article
from sitegen.errors import EXIT_INPUT, EXIT_OK, ContentError
from sitegen.llm.backend import Speed
from sitegen.summarise import NOT_SUMMARISED
from sitegen.usage import Usage

LISTED = 20  # warnings and skipped files listed one per line; the rest are counted
FUTURE_DAYS = 2  # a date further ahead than this (time zones aside) is reported as a likely mistake


@dataclass
class BuildReport:
    started: float = field(default_factory=time.monotonic)
    skipped: list[ContentError] = field(default_factory=list)
    read: int = 0
    stored: int = 0
    cached: int = 0
    drafts: int = 0
    stale: list[tuple[str, str]] = field(default_factory=list)  # (slug, what changed): summarised again
    pages: int = 0
    files_written: int = 0
    files_kept: int = 0  # unchanged since the build before last, so not written again
    model_seconds: list[float] = field(default_factory=list)  # each article's own time, start to finish
    model_wall_seconds: float = 0.0  # the time the model spent on all of them (they may overlap)
    usage: list[Usage] = field(default_factory=list)
    speed: Speed | None = None
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (slug, technical line of a flag)
    notices: list[str] = field(default_factory=list)  # for the author: '<file>: <what was changed or left out>'
    seconds: float = 0.0

    @property
    def summarised(self) -> int:
        return len(self.model_seconds)

    def seconds_per_article(self) -> float:
        """Model time per summarised article: the wall time of the model phase over the articles."""
        n = self.summarised
        return (self.model_wall_seconds or sum(self.model_seconds)) / n if n else 0.0

    def count(self, origin: str) -> None:
        """One article's results came from 'store', 'cache' or 'draft'."""
        if origin == "store":
            self.stored += 1
        elif origin == "cache":
            self.cached += 1
        else:
            self.drafts += 1

    def add_model_article(self, slug: str, seconds: float, usage: Usage, stale: str = "") -> None:
        self.model_seconds.append(seconds)
        self.usage.append(usage)
        if stale:
            self.stale.append((slug, stale))

    def finish(self, articles: list[Article], today: dt.date | None = None) -> None:
        self.read = len(articles)
        # A draft's "not yet summarised" note is counted as a draft, not as a failed check.
        self.flagged = [(a.slug, w.technical()) for a in articles for w in a.warnings if w != NOT_SUMMARISED]
        soon = (today or dt.date.today()) + dt.timedelta(days=FUTURE_DAYS)
        self.notices = [f"{a.source_path}: {notice}" for a in articles for notice in a.notices]
        self.notices += [
            f"{a.source_path}: the date {a.day} is in the future; is it right?" for a in articles if a.date > soon
        ]
        self.seconds = time.monotonic() - self.started

    def floor_seconds(self) -> float:
        """What the model alone needs: article tokens at prompt speed plus output at generation speed."""
        speed = self.speed
        if not speed or not speed.prompt_rate or not speed.output_rate:
            return 0.0
        return sum(speed.seconds_for(u.document_tokens, u.output_tokens) for u in self.usage)

    def task_costs(self) -> dict[str, dict[str, float]]:
        """Per kind of task, per article: calls, retries, and seconds at this run's measured speeds
        (the tokens the model read at prompt speed, the ones it wrote at generation speed)."""
        speed, n = self.speed, self.summarised
        if not speed or not speed.prompt_rate or not speed.output_rate or not n:
            return {}
        costs: dict[str, dict[str, float]] = {}
        for kind in sorted({kind for u in self.usage for kind in u.tasks}):
            tasks = [u.tasks[kind] for u in self.usage if kind in u.tasks]
            seconds = speed.seconds_for(sum(t.evaluated_tokens for t in tasks), sum(t.output_tokens for t in tasks))
            retry_seconds = speed.seconds_for(
                sum(t.retry_evaluated_tokens for t in tasks), sum(t.retry_output_tokens for t in tasks)
            )
            costs[kind] = {
                "calls_per_article": round(sum(t.calls for t in tasks) / n, 2),
                "retries_per_article": round(sum(t.retries for t in tasks) / n, 2),
                "seconds_per_article": round(seconds / n, 2),
                "retry_seconds_per_article": round(retry_seconds / n, 2),
            }
        return costs

    def to_json(self) -> dict[str, Any]:
        """The report for tools (`sitegen build --json-report`, `make bench`)."""
        speed, n = self.speed, self.summarised
        model: dict[str, Any] | None = None
        if speed and n:
            per_article, floor = self.seconds_per_article(), self.floor_seconds() / n
            model = {
                "load_seconds": round(speed.load_seconds, 2),
                "prompt_tokens_per_s": round(speed.prompt_rate, 1),
                "generation_tokens_per_s": round(speed.output_rate, 1),
                "prompt_tokens": speed.prompt_tokens,
                "generated_tokens": speed.output_tokens,
                "article_tokens": sum(u.document_tokens for u in self.usage),
                "seconds_per_article": round(per_article, 2),
                "articles_per_hour": round(3600 / per_article, 1) if per_article else None,
                "document_tokens_per_article": round(sum(u.document_tokens for u in self.usage) / n, 1),
                "output_tokens_per_article": round(sum(u.output_tokens for u in self.usage) / n, 1),
                "floor_seconds_per_article": round(floor, 2),
                # all llama.cpp did (task texts and retries included): the rest is sitegen's own time
                "llama_seconds_per_article": round((speed.prompt_seconds + speed.output_seconds) / n, 2),
                "ratio": round(per_article / floor, 3) if floor else None,
                "tasks": self.task_costs(),
                "check_seconds_per_article": round(sum(u.check_seconds for u in self.usage) / n, 3),
            }
        return {
            "articles": self.read,
            "summarised": n,
            "from_store": self.stored,
            "from_cache": self.cached,
            "drafts": self.drafts,
            "stale": [slug for slug, _ in self.stale],
            "warnings": len(self.flagged),
            "notices": self.notices,
            "skipped_files": len(self.skipped),
            "pages": self.pages,
            "files_written": self.files_written,
            "files_kept": self.files_kept,
            "seconds": round(self.seconds, 3),
            "model": model,
        }

    def exit_code(self, strict: bool) -> int:
        """EXIT_INPUT under --strict when a file was skipped, a result flagged or an input noted."""
        return EXIT_INPUT if strict and (self.skipped or self.flagged or self.notices) else EXIT_OK

    def lines(self, output: str) -> list[str]:
        lines = [
            f"Built {self.read} article{'s' * (self.read != 1)} into {output} "
            f"({self.pages} pages; {self.files_written} files written, {self.files_kept} unchanged) "
            f"in {self.seconds:.1f} s.",
            f"  summarised {self.summarised} · from the summary store {self.stored} · from cache {self.cached}"
            f" · drafts {self.drafts}"
            f" · warnings {len(self.flagged)} · skipped files {len(self.skipped)}",
        ]
        if self.speed and self.summarised:
            per_article = self.seconds_per_article()
            floor = self.floor_seconds() / self.summarised
            lines.append(
                f"  model: load {self.speed.load_seconds:.1f} s, prompt {self.speed.prompt_rate:.0f} tok/s, "
                f"generation {self.speed.output_rate:.1f} tok/s (measured); "
                f"{per_article:.1f} s per article vs floor {floor:.1f} s (ratio {per_article / floor:.2f})"
                if floor
                else f"  model: {per_article:.1f} s per article"
            )
        lines += [f"  summarised again: {slug}: {why}" for slug, why in self.stale]
        warnings = [f"  warning: {slug}: {warning}" for slug, warning in self.flagged]
        lines += _at_most(warnings, LISTED, "more warnings: see the pages, or api/articles/*.json")
        lines += _at_most([f"  skipped: {error}" for error in self.skipped], LISTED, "more files skipped")
        lines += _at_most([f"  note: {notice}" for notice in self.notices], LISTED, "more notes")
        return lines


def _at_most(lines: list[str], limit: int, rest: str) -> list[str]:
    return lines if len(lines) <= limit else [*lines[:limit], f"  … and {len(lines) - limit} {rest}"]
