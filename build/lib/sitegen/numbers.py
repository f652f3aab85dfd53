"""Numbers as values, so a summary's figures can be checked against the article's.

Indonesian writes "100.000" and "1,14 miliar"; English writes "100,000" and "1.14 billion".
Both sides are read as values, with a scale word multiplied in, so those pairs match.
A time states its hour and minutes, and an afternoon hour its 12-hour form too:
"pukul 19.41 WIB" supports "7:41 PM".
"""

from __future__ import annotations

import re

_SCALES = {
    "ribu": 1e3,
    "thousand": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "million": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "billion": 1e9,
    "m": 1e9,
    "triliun": 1e12,
    "trillion": 1e12,
    "t": 1e12,
}
_NUMBER = re.compile(
    r"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)*)(?![\w])(?:\s*(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun"
    r"|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])")


def parse(token: str) -> float:
    """'100.000' and '100,000' -> 100000; '1,14' and '1.14' -> 1.14; '1.234,5' -> 1234.5."""
    groups = re.split(r"[.,]", token)
    seps = re.findall(r"[.,]", token)
    if not seps:
        return float(token)
    if len(set(seps)) == 2:  # both kinds: the last one is the decimal mark
        decimal = seps[-1]
        whole, frac = token.rsplit(decimal, 1)
        return float(re.sub(r"[.,]", "", whole) + "." + frac)
    if len(seps) > 1 or all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))  # thousands separators
    return float(groups[0] + "." + groups[1])


def values(text: str) -> set[float]:
    """Every number in `text` as a value, both with and without its scale word."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        value = parse(match.group("num").rstrip(".,"))
        found.add(round(value, 6))
        scale = match.group("scale")
        if scale:
            found.add(round(value * _SCALES[scale.lower()], 6))
    for hour, minutes in _TIME.findall(text):
        found.update({float(hour), float(minutes), float(int(hour) % 12 or 12)})
    return found


def unsupported(summary: str, article: str) -> list[str]:
    """The numbers in `summary` whose value the article never states."""
    known = values(article)
    missing = []
    for match in _NUMBER.finditer(summary):
        value = parse(match.group("num").rstrip(".,"))
        scale = match.group("scale")
        candidates = {round(value, 6)}
        if scale:
            candidates = {round(value * _SCALES[scale.lower()], 6)}
        if not candidates & known:
            missing.append(match.group(0))
    return missing
