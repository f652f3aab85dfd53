"""Does the model's own confidence tell a wrong translation from a right one? (issue 14)

Each labelled pair (tests/fixtures/translations_labelled.jsonl) is scored under the prompt
that produced it: the default model reads the prompt and the translation, and gives each
word of the translation a probability. A wrong sense ("obstacles" for "terobosan") might
come with a low one. The script prints, per kind and split, the ROC AUC of a few measures
of low confidence (0.5: no better than chance), first over all pairs, then over the pairs
the build's checks pass, where a new flag would have to earn its place. Run (about 20
minutes on 2 cores, nothing else running):

    python tools/translation_confidence.py ../shared/data/indosum-dev01.jsonl [--threads 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from slugify import slugify

from sitegen import audit, prompts
from sitegen.article import Article
from sitegen.config import user_cache_dir
from sitegen.corpus import read_jsonl
from sitegen.llm.backend import Prompt
from sitegen.llm.engine import chat_formatter
from sitegen.llm.model_files import resolve_model
from sitegen.prepared import prepare
from sitegen.readers import read_article

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "fixtures" / "translations_labelled.jsonl"


class Scorer:
    """Word probabilities of an answer under a prompt, reusing the prompt's evaluated prefix."""

    def __init__(self, threads: int):
        model = resolve_model("", user_cache_dir(), print)
        self.llm = llama_cpp.Llama(
            model_path=str(model.path), n_ctx=6144, n_threads=threads, logits_all=True, verbose=False
        )
        self.format = chat_formatter(self.llm)

    def prompt_tokens(self, prompt: Prompt) -> list[int]:
        messages: Any = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user_message()},
        ]
        formatted = self.format(messages=messages)
        return self.llm.tokenize(formatted.prompt.encode(), add_bos=not formatted.added_special, special=True)

    def word_logprobs(self, prompt: list[int], answer: str) -> list[float]:
        """The log probability of each word of `answer` (the sum over its tokens)."""
        llm = self.llm
        tokens = llm.tokenize(answer.encode(), add_bos=False, special=False)
        whole = prompt + tokens
        kept = 0
        for cached, wanted in zip(llm._input_ids[: llm.n_tokens], whole):
            if cached != wanted:
                break
            kept += 1
        llm.n_tokens = min(kept, len(prompt) - 1)
        llm.eval(whole[llm.n_tokens :])
        logits = np.asarray(llm.scores[len(prompt) - 1 : len(whole) - 1], dtype=np.float64)
        top = logits.max(axis=1, keepdims=True)
        logprobs = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
        words: list[list[Any]] = []
        for row, token in zip(logprobs, tokens):
            piece = llm.detokenize([token]).decode("utf-8", "replace")
            if not words or piece[:1] in " \n" or not (piece[:1].isalnum() and words[-1][0][-1:].isalnum()):
                words.append([piece.strip(), 0.0])
            else:
                words[-1][0] += piece
            words[-1][1] += float(row[token])
        return [logprob for word, logprob in words if any(c.isalpha() for c in word)] or [0.0]


MEASURES = ("least likely word", "mean", "words below 0.3", "shortfall below 0.5")


def measures(logprobs: list[float]) -> dict[str, float]:
    """Each of MEASURES; higher is less confident."""
    return {
        "least likely word": -min(logprobs),
        "mean": -sum(logprobs) / len(logprobs),
        "words below 0.3": sum(1 for lp in logprobs if lp < math.log(0.3)),
        "shortfall below 0.5": sum(max(0.0, math.log(0.5) - lp) for lp in logprobs),
    }


def auc(wrong: list[float], right: list[float]) -> float:
    pairs = [(w > r) + 0.5 * (w == r) for w in wrong for r in right]
    return sum(pairs) / len(pairs) if pairs else float("nan")


def articles(rows: list[dict], data: Path) -> dict[str, Article]:
    dev = {record["id"]: record["text"] for record in read_jsonl(data)}
    seeds = {article.slug: article for article in map(read_article, sorted((ROOT / "content").glob("*.md")))}
    found = {}
    for article_id in dict.fromkeys(row["article_id"] for row in rows):
        text = dev.get(article_id)
        article = Article(Path(article_id), slugify(article_id), "", dt.date.min, text) if text else seeds[article_id]
        prepare(article)
        found[article_id] = article
    return found


def score_pairs(rows: list[dict], found: dict[str, Article], scorer: Scorer) -> dict[str, list[float]]:
    """Each pair under the prompt that made it (with the glossary or not); a quote alone in its prompt."""
    scored = {}
    for row in rows:
        article, glossed = found[row["article_id"]], row["output"] == "glossary"
        if row["kind"] == "summary":
            source = row["source"]
            task = prompts.TASK_SUMMARY_EN.format(summary_id=source) + (prompts.glossary(source) if glossed else "")
            prompt = Prompt("summary_en", prompts.SYSTEM, prompts.document(article), task)
            scored[row["id"]] = scorer.word_logprobs(scorer.prompt_tokens(prompt), row["translation"])
            continue
        number = next(n for n, quote in enumerate(article.candidates, 1) if quote.text == row["source"])
        prompt = prompts.translate_quotes_prompt(article, [number])
        if glossed:
            prompt = dataclasses.replace(prompt, task=prompt.task + prompts.glossary(row["source"]))
        tokens = scorer.prompt_tokens(prompt) + scorer.llm.tokenize(f"[{number}]".encode(), add_bos=False)
        scored[row["id"]] = scorer.word_logprobs(tokens, " " + row["translation"])
    return scored


def report(rows: list[dict], scored: dict[str, list[float]], title: str) -> None:
    print(title)
    for kind in ("summary", "quote", None):
        for split in ("tune", "test"):
            chosen = [row for row in rows if row["kind"] == (kind or row["kind"]) and row["split"] == split]
            wrong = [measures(scored[row["id"]]) for row in chosen if row["label"] == "wrong"]
            right = [measures(scored[row["id"]]) for row in chosen if row["label"] == "right"]
            aucs = ", ".join(
                f"{name} {auc([m[name] for m in wrong], [m[name] for m in right]):.2f}" for name in measures([0.0])
            )
            print(f"  {kind or 'all':8s} {split}: {len(wrong):2d} wrong, {len(right):2d} right; AUC {aucs}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="IndoSum-style JSON lines holding the pairs' articles")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    found = articles(rows, args.data)
    scored = score_pairs(rows, found, Scorer(args.threads))
    report(rows, scored, "All labelled pairs:")
    passed = [row for row in rows if not audit.problems({**row, "article": found[row["article_id"]].text})]
    report(passed, scored, "The pairs the build's checks pass:")


if __name__ == "__main__":
    main()
