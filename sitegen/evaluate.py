"""`sitegen eval`: measure the summariser on reference data, beside a lead-3 baseline.

Records are JSON lines with `id`, `text` and a reference `summary_id` (like IndoSum).
The articles go through the same cleaning, summariser and cache as a build.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from sitegen import checks, numbers, rouge
from sitegen.article import Article
from sitegen.build import Log, result_sources
from sitegen.config import Config
from sitegen.corpus import read_jsonl
from sitegen.language import detect
from sitegen.llm.backend import Provider
from sitegen.llm.registry import provider_for
from sitegen.prepared import prepare
from sitegen.report import BuildReport
from sitegen.results import Mode, summarise_all
from sitegen.rouge import METRICS


def read_records(path: Path, limit: int | None) -> list[dict[str, str]]:
    return read_jsonl(path, ("id", "text", "summary_id"), limit)


def lead(text: str, count: int = 3) -> str:
    return " ".join(checks.sentences(text.replace("\n\n", " "))[:count])


@dataclass
class EvalReport:
    articles: int = 0
    system: dict[str, float] = field(default_factory=dict)
    lead3: dict[str, float] = field(default_factory=dict)
    beats_lead3: int = 0
    indonesian: int = 0
    english: int = 0
    unsupported_numbers: int = 0
    words_id: float = 0.0
    words_en: float = 0.0
    flagged: int = 0
    build: BuildReport | None = None

    def lines(self) -> list[str]:
        n = self.articles or 1
        rows = [f"{'':<10}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}"]
        for name, scores in (("system", self.system), ("lead-3", self.lead3)):
            rows.append(f"{name:<10}" + "".join(f"{scores[m]:>9.4f}" for m in METRICS))
        build = self.build
        speed = build.speed if build else None
        timing = (
            "all results from the cache"
            if not build or not build.summarised
            else (
                f"{build.seconds_per_article():.1f} s per summarised article "
                f"({build.summarised} summarised, {build.cached} from cache)"
            )
        )
        if speed:
            timing += f"; prompt {speed.prompt_rate:.0f} tok/s, generation {speed.output_rate:.1f} tok/s"
        return [
            f"Evaluated {self.articles} articles.",
            *rows,
            f"system beats lead-3 (ROUGE-1 F1) on {self.beats_lead3} of {self.articles} articles",
            f"summary_id in Indonesian: {self.indonesian}/{self.articles} ({100 * self.indonesian / n:.0f}%); "
            f"summary_en in English: {self.english}/{self.articles} ({100 * self.english / n:.0f}%)",
            f"numbers in summaries that the article does not contain: {self.unsupported_numbers}",
            f"mean words per summary: summary_id {self.words_id:.1f}, summary_en {self.words_en:.1f}",
            f"articles flagged by the automatic checks: {self.flagged}",
            f"speed: {timing}",
        ]


def evaluate(
    data: Path,
    config: Config,
    *,
    limit: int | None = None,
    out: Path | None = None,
    log: Log = print,
    provider: Provider | None = None,
) -> EvalReport:
    records = read_records(data, limit)
    articles = [Article(Path(r["id"]), slugify(r["id"]) or "article", "", dt.date.min, r["text"]) for r in records]
    for article in articles:
        prepare(article)
    provider = provider or provider_for(config, log)
    build = BuildReport()
    summarise_all(articles, result_sources(config, provider.identity(), store=None), Mode.MODEL, provider.load, build)
    build.finish(articles)

    report = EvalReport(articles=len(articles), build=build)
    totals = {"system": dict.fromkeys(METRICS, 0.0), "lead3": dict.fromkeys(METRICS, 0.0)}
    predictions = []
    for record, article in zip(records, articles):
        system = rouge.score(record["summary_id"], article.summary_id)
        baseline = rouge.score(record["summary_id"], lead(article.text))
        for metric in METRICS:
            totals["system"][metric] += system[metric].fmeasure
            totals["lead3"][metric] += baseline[metric].fmeasure
        report.beats_lead3 += system["rouge1"].fmeasure > baseline["rouge1"].fmeasure
        report.indonesian += detect(article.summary_id) == "id"
        report.english += detect(article.summary_en) == "en"
        missing = numbers.unsupported(article.summary_id, article.text) + numbers.unsupported(
            article.summary_en, article.text
        )
        report.unsupported_numbers += len(missing)
        report.words_id += len(article.summary_id.split()) / len(articles)
        report.words_en += len(article.summary_en.split()) / len(articles)
        report.flagged += bool(article.warnings)
        predictions.append(
            {
                "id": record["id"],
                "summary_id": article.summary_id,
                "summary_en": article.summary_en,
                "reference": record["summary_id"],
                "rouge1": round(system["rouge1"].fmeasure, 4),
                "lead3_rouge1": round(baseline["rouge1"].fmeasure, 4),
                "unsupported_numbers": missing,
                "warnings": [flag.to_json() for flag in article.warnings],
            }
        )
    n = len(articles) or 1
    report.system = {m: v / n for m, v in totals["system"].items()}
    report.lead3 = {m: v / n for m, v in totals["lead3"].items()}
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
    return report
