"""Precision and recall of story linking on the labelled pairs (tests/fixtures/story_pairs.jsonl).

A pair is linked when the similarity of its two articles (sitegen.similarity, with term weights
learnt from the whole dev file, as a site of that size would) reaches the threshold: within
`window_days` that puts them in one story, further apart it makes the older one background.
Labels `event` and `story` count as should-link, `none` as should-not. Run:

    python tools/story_pairs.py ../shared/data/indosum-dev01.jsonl [--threshold 0.25]

It prints precision and recall per split (the threshold was chosen looking at both halves;
see the README's "The site") and over all pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitegen.config import StoryConfig
from sitegen.corpus import read_jsonl, title_of
from sitegen.similarity import Similarity, terms

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "story_pairs.jsonl"


def scores(data: Path) -> list[tuple[float, bool, str]]:
    """(similarity, should link, split) for every labelled pair."""
    records = read_jsonl(data)
    row = {record["id"]: n for n, record in enumerate(records)}
    similarity = Similarity([terms(title_of(record), record["text"]) for record in records])
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    return [
        (similarity.mean([row[p["a"]]], [row[p["b"]]]), p["label"] != "none", p["split"])
        for p in pairs
        if p["a"] in row and p["b"] in row
    ]


def precision_recall(results: list[tuple[float, bool, str]], threshold: float) -> tuple[float, float, int]:
    linked = [should for score, should, _ in results if score >= threshold]
    positives = sum(should for _, should, _ in results)
    hits = sum(linked)
    return (hits / len(linked) if linked else 0.0), (hits / positives if positives else 0.0), len(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the IndoSum dev file the pairs come from")
    parser.add_argument("--threshold", type=float, default=StoryConfig().threshold)
    args = parser.parse_args(argv)
    results = scores(args.data)
    print(f"threshold {args.threshold}")
    for split in ("tune", "test", "all"):
        chosen = [r for r in results if split == "all" or r[2] == split]
        precision, recall, count = precision_recall(chosen, args.threshold)
        print(f"{split:<5} {count:>4} pairs  precision {precision:.2f}  recall {recall:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
