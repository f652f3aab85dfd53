"""ROUGE-1, ROUGE-2 and ROUGE-L F1, exactly as Google's `rouge-score` computes them without stemming.

Tokens are lower-cased runs of a-z and 0-9 (everything else separates them), which
is that package's default tokenizer. These few lines replace a dependency that
brought NLTK, absl and NumPy into every install for the sake of `sitegen eval`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

METRICS = ("rouge1", "rouge2", "rougeL")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    fmeasure: float


def tokenize(text: str) -> list[str]:
    return [token for token in _SEPARATORS.sub(" ", text.lower()).split() if token]


def score(reference: str, prediction: str) -> dict[str, Score]:
    """ROUGE-1, ROUGE-2 and ROUGE-L of `prediction` against `reference`."""
    ref, pred = tokenize(reference), tokenize(prediction)
    return {"rouge1": _ngrams(ref, pred, 1), "rouge2": _ngrams(ref, pred, 2), "rougeL": _lcs(ref, pred)}


def _ngrams(ref: list[str], pred: list[str], n: int) -> Score:
    ref_grams = Counter(tuple(ref[i : i + n]) for i in range(len(ref) - n + 1))
    pred_grams = Counter(tuple(pred[i : i + n]) for i in range(len(pred) - n + 1))
    overlap = sum((ref_grams & pred_grams).values())
    precision = overlap / max(sum(pred_grams.values()), 1)
    recall = overlap / max(sum(ref_grams.values()), 1)
    return Score(precision, recall, _f1(precision, recall))


def _lcs(ref: list[str], pred: list[str]) -> Score:
    if not ref or not pred:
        return Score(0.0, 0.0, 0.0)
    previous = [0] * (len(pred) + 1)
    for word in ref:
        current = [0]
        for j, other in enumerate(pred, 1):
            current.append(previous[j - 1] + 1 if word == other else max(previous[j], current[j - 1]))
        previous = current
    precision, recall = previous[-1] / len(pred), previous[-1] / len(ref)
    return Score(precision, recall, _f1(precision, recall))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
