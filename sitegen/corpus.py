"""Content folders made from IndoSum-style JSON lines, for benchmarks and trials.

Each record (`id` like "1490674536-some-slug", `publisher`, `category`, `source_url`,
`text`, and optionally `date`) becomes a Markdown article dated by `date`, else from the
id's Unix time. Asking for more
articles than there are records repeats them, each round a year later under a new
slug, so 10,000 articles can be made from the 750 of the dev set.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml
from slugify import slugify

from sitegen.errors import ContentError

_EPOCH = dt.date(2017, 1, 1)


def read_jsonl(path: Path, required: tuple[str, ...] = ("id", "text"), limit: int | None = None) -> list[dict]:
    """The records of a JSON-lines file (the first `limit`), each with the `required` string fields."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(path, f"cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    fields = ", ".join(required[:-1]) + f" and {required[-1]}" if len(required) > 1 else required[0]
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or not all(isinstance(record.get(key), str) for key in required):
            raise ContentError(path, f"line {number} is not a JSON record with {fields}")
        records.append(record)
        if limit and len(records) == limit:
            break
    return records


def write_corpus(records: list[dict], folder: Path, count: int) -> list[Path]:
    """Write `count` articles into `folder` (which must not hold other articles)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        record = records[n % len(records)]
        round_ = n // len(records)
        stamp = str(record["id"]).partition("-")[0]
        date = _date(stamp, round_, str(record.get("date", "")))
        slug = slugify(str(record["id"]))  # unique in the data set, unlike the words after the stamp
        if round_:
            slug = f"{slug}-{round_ + 1}"
        meta = {
            "title": title_of(record),
            "date": date,
            "slug": slug,
            "source": str(record.get("publisher", "")),
            "url": str(record.get("source_url", "")),
            "tags": [str(record["category"])] if record.get("category") else [],
        }
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        path = folder / f"{date.isoformat()}-{slug}.md"
        path.write_text(f"---\n{front}---\n{record['text'].strip()}\n", encoding="utf-8")
        written.append(path)
    return written


def _date(stamp: str, round_: int, given: str = "") -> dt.date:
    try:
        if given:  # a record may set its own date (YYYY-MM-DD)
            date = dt.date.fromisoformat(given)
            return date.replace(year=date.year + round_) if round_ else date
        date = dt.datetime.fromtimestamp(int(stamp), dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        date = _EPOCH
    return (
        date.replace(year=date.year + round_)
        if not (date.month == 2 and date.day == 29)
        else dt.date(date.year + round_, 2, 28)
    )


_ID_DIGITS = 5


def _is_id(part: str) -> bool:
    """A site's article id: a long number, or a long run of letters and digits mixed ("92vlv8prq3")."""
    digits = sum(c.isdigit() for c in part)
    return (part.isdigit() and len(part) >= _ID_DIGITS) or (len(part) >= 8 and 0 < digits < len(part))


def title_of(record: dict) -> str:
    """The headline from the source URL's last segment, else the id's words (IndoSum has no title field)."""
    words = str(record["id"]).partition("-")[2] or slugify(str(record["id"]))
    url = str(record.get("source_url", "")).split("?", 1)[0].split("#", 1)[0].rstrip("/")
    last = url.rsplit("/", 1)[-1] if url else words
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", last, flags=re.IGNORECASE)
    # Long runs of digits are the site's article ids; short ones ("4 nelayan", "100 juta") are the news.
    parts = [w for w in last.replace("_", "-").split("-") if w and not _is_id(w)]
    return " ".join(w.capitalize() for w in parts or words.split("-"))
