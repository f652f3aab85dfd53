"""tools/draw_quote_set.py draws the quote sets as their README entries say: it gives the rows of fresh19 to fresh32."""

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "data" / "indosum-dev01.jsonl"
LATER = [
    "quotes_random_fresh19.json",
    "quotes_random_fresh20.json",
    "quotes_random_fresh21.json",
    "quotes_random_fresh22.json",
    "quotes_random_fresh23.json",
    "quotes_random_fresh24.json",
    "quotes_random_fresh25.json",
    "quotes_random_fresh26.json",
    "quotes_random_fresh27.json",
    "quotes_random_fresh28.json",
    "quotes_random_fresh29.json",
    "quotes_random_fresh30.json",
    "quotes_random_fresh31.json",
    "quotes_random_fresh32.json",
]


@pytest.mark.skipif(not DEV_DATA.exists(), reason="the IndoSum dev split is not beside the checkout")
@pytest.mark.parametrize(
    "seed, index",
    [
        (19191, 0),
        (20202, 1),
        (21212, 2),
        (22222, 3),
        (23232, 4),
        (24242, 5),
        (25252, 6),
        (26262, 7),
        (27272, 8),
        (28282, 9),
        (29292, 10),
        (30303, 11),
        (31313, 12),
        (32323, 13),
    ],
)
def test_the_draw_gives_the_set_drawn_with_its_seed(seed, index):
    draw = runpy.run_path(str(ROOT / "tools" / "draw_quote_set.py"))["draw"]
    rows = [json.loads(line) for line in DEV_DATA.read_text(encoding="utf-8").splitlines()]
    expected = json.loads((ROOT / "tests" / "fixtures" / LATER[index]).read_text(encoding="utf-8"))
    drawn = draw(rows, seed, leave_in=set(LATER[index:]))
    assert [r["row"] for r in drawn] == [r["row"] for r in expected]
    assert all(r["quotes"] == [] for r in drawn)
