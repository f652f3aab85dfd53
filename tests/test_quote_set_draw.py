"""tools/draw_quote_set.py draws the quote sets as their README entries say: it gives the rows of fresh19 to fresh40."""

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "data" / "indosum-dev01.jsonl"
# fresh19 to fresh43, and the seed each was drawn with (as its entry in fixtures/README.md gives it).
LATER = [f"quotes_random_fresh{number}.json" for number in range(19, 44)]
SEEDS = [
    19191,
    20202,
    21212,
    22222,
    23232,
    24242,
    25252,
    26262,
    27272,
    28282,
    29292,
    30303,
    31313,
    32323,
    33333,
    34343,
    35353,
    36363,
    37373,
    38383,
    39393,
    40404,
    41414,
    42424,
    43434,
]
# fresh34 to fresh43 were drawn once the articles no fixture held had run out (one with a quotation mark was left):
# from those that the briefing, extraction and benchmark fixtures hold, which no quote set had annotated.
_OTHER_FIXTURES = {"briefing_days.jsonl", "news_articles.jsonl", "indosum_sample.jsonl"}
ALSO_DRAWN_FROM = {
    seed: _OTHER_FIXTURES for seed in (34343, 35353, 36363, 37373, 38383, 39393, 40404, 41414, 42424, 43434)
}


@pytest.mark.skipif(not DEV_DATA.exists(), reason="the IndoSum dev split is not beside the checkout")
@pytest.mark.parametrize("seed, index", [(seed, index) for index, seed in enumerate(SEEDS)])
def test_the_draw_gives_the_set_drawn_with_its_seed(seed, index):
    draw = runpy.run_path(str(ROOT / "tools" / "draw_quote_set.py"))["draw"]
    rows = [json.loads(line) for line in DEV_DATA.read_text(encoding="utf-8").splitlines()]
    expected = json.loads((ROOT / "tests" / "fixtures" / LATER[index]).read_text(encoding="utf-8"))
    drawn = draw(rows, seed, leave_in=set(LATER[index:]) | ALSO_DRAWN_FROM.get(seed, set()))
    assert [r["row"] for r in drawn] == [r["row"] for r in expected]
    assert all(r["quotes"] == [] for r in drawn)
