"""WCAG AA contrast (4.5:1 for text) of every text colour on the backgrounds it is used on,
computed from the custom properties in style.css, in the light and the dark scheme."""

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[1] / "templates" / "static" / "style.css").read_text()

# (text, background) pairs as style.css uses them.
PAIRS = [
    ("ink", "bg"),
    ("ink", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("accent", "bg"),
    ("accent", "surface"),
    ("accent-ink", "accent"),
    ("flag-ink", "flag-bg"),
    ("ink", "mark"),
]


def palette(scheme: str) -> dict[str, str]:
    light = re.search(r":root\s*{(.*?)}", CSS, re.S)[1]  # type: ignore[index]
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", light))
    if scheme == "dark":
        dark = re.search(r"prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{(.*?)}", CSS, re.S)[1]  # type: ignore[index]
        colours.update(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", dark))
    return colours


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-fails-AA grey


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("text, background", PAIRS)
def test_text_meets_aa(scheme, text, background):
    colours = palette(scheme)
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{scheme}: --{text} on --{background} is {ratio:.2f}:1"
