"""Draw the articles of a new annotated quote set (issue 18) from the IndoSum dev split, to annotate by hand.

    python tools/draw_quote_set.py 23232 ../shared/data/indosum-dev01.jsonl > /tmp/fresh23.json

The draw: the first 12 articles with a quotation mark in a `random.Random(seed)` shuffle of the split's line numbers
(1-based, kept as `row`), leaving out every article a quote fixture (`tests/fixtures/quotes_*.json`, the rows of
`quotes_cases.json` included) or a dev-data fixture that is no labelled set of another issue already holds. It is
the draw of fresh19 to fresh22 (seeds 19191 to 22222), which it reproduces when the set itself is left out
(`--leave-in quotes_random_fresh22.json`). Each record comes with `quotes` empty, to fill by reading the article.

After fresh33 one article with a quotation mark was left that no fixture held. fresh34 was drawn from the articles of
the briefing, extraction and benchmark fixtures as well, which no quote set had annotated (`--leave-in
briefing_days.jsonl --leave-in news_articles.jsonl --leave-in indosum_sample.jsonl`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
# Labelled sets of other issues: their articles may be drawn again.
OTHER_ISSUES = ("story_pairs.jsonl", "summaries_labelled.jsonl", "summaries_after_test.jsonl", "translations_*.jsonl")
_MARK = re.compile(r'["“”]|â€œ')  # mojibake marks too: the cleaning stage repairs them


def draw(rows: list[dict], seed: int, leave_in: set[str], size: int = 12) -> list[dict]:
    others = {path.name for pattern in OTHER_ISSUES for path in FIXTURES.glob(pattern)}
    held = [p for p in sorted(FIXTURES.glob("*.json*")) if p.name not in others | leave_in]
    text = "".join(path.read_text(encoding="utf-8") for path in held)
    cases = set(json.loads((FIXTURES / "quotes_cases.json").read_text(encoding="utf-8")))
    order = list(range(1, len(rows) + 1))
    random.Random(seed).shuffle(order)
    picked = []
    for row in order:
        record = rows[row - 1]
        if record["id"] in text or str(row) in cases or not _MARK.search(record["text"]):
            continue
        picked.append({"id": record["id"], "row": row, "text": record["text"], "quotes": []})
        if len(picked) == size:
            break
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("split", type=Path, help="the IndoSum dev split, one JSON article a line")
    parser.add_argument("--leave-in", action="append", default=[], help="a fixture whose articles may be drawn")
    args = parser.parse_args()
    with args.split.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    json.dump(draw(rows, args.seed, set(args.leave_in)), sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
