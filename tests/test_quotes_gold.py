"""Quote extraction against a hand-annotated sample of IndoSum dev articles.

tests/fixtures/quotes_gold.json holds 25 articles (dev rows 301-328 that contain
quotation marks) with every direct quotation marked by hand: its exact span and
the speaker as the article names them most fully ("" where it names nobody).
Titles, nicknames, scare quotes and a website's motto are not quotations.
"""

import json
from pathlib import Path

import pytest

from sitegen.quotes import extract_quotes

GOLD = json.loads((Path(__file__).parent / "fixtures" / "quotes_gold.json").read_text(encoding="utf-8"))


def score(sample=GOLD):
    gold_n = found_n = matched = speakers_right = 0
    misses = []
    for record in sample:
        predicted = {(q.start, q.end): q.speaker for q in extract_quotes(record["text"])}
        gold = {(q["start"], q["end"]): q["speaker"] for q in record["quotes"]}
        gold_n += len(gold)
        found_n += len(predicted)
        for span, speaker in gold.items():
            if span in predicted:
                matched += 1
                speakers_right += predicted[span] == speaker
                if predicted[span] != speaker:
                    misses.append((record["id"], "speaker", speaker, predicted[span]))
            else:
                misses.append((record["id"], "missed", speaker, record["text"][span[0]:span[0] + 50]))
        for span in set(predicted) - set(gold):
            misses.append((record["id"], "extra", predicted[span], record["text"][span[0]:span[0] + 50]))
    return {"quotes": gold_n, "recall": matched / gold_n, "precision": matched / found_n if found_n else 0.0,
            "speaker_accuracy": speakers_right / matched if matched else 0.0}, misses


def test_sample_size():
    assert len(GOLD) >= 20
    assert sum(len(r["quotes"]) for r in GOLD) >= 60


def test_gold_spans_are_verbatim():
    for record in GOLD:
        for quote in record["quotes"]:
            assert record["text"][quote["start"]:quote["end"]] == quote["text"]


@pytest.mark.parametrize("metric, floor", [("recall", 0.95), ("precision", 0.95), ("speaker_accuracy", 0.90)])
def test_extraction_quality(metric, floor):
    scores, misses = score()
    assert scores[metric] >= floor, (scores, misses)


if __name__ == "__main__":  # python tests/test_quotes_gold.py: the numbers and every miss
    scores, misses = score()
    print(json.dumps(scores, indent=1))
    for miss in misses:
        print(*miss, sep=" | ")
