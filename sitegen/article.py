"""The one object every stage of the pipeline fills in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Quote:
    """A direct quotation: `text` is exactly `article.text[start:end]`."""

    text: str
    speaker: str
    start: int
    end: int
    role: str = ""
    attribution: str = ""
    text_en: str = ""

    def export(self) -> dict:
        return {"text": self.text, "speaker": self.speaker, "start": self.start,
                "end": self.end, "text_en": self.text_en}


@dataclass
class Article:
    # read
    source_path: Path
    slug: str
    title: str
    date: dt.date
    body: str
    source: str = ""
    url: str = ""
    lang: str = "id"
    tags: list[str] = field(default_factory=list)
    # clean
    text: str = ""
    credit: str = ""  # the "Sumber: …" line: where the publisher got the story
    candidates: list[Quote] = field(default_factory=list)  # every direct quotation found
    # summarise
    summary_id: str = ""
    summary_en: str = ""
    quotes: list[Quote] = field(default_factory=list)  # the key quotes, verified
    warnings: list[str] = field(default_factory=list)

    @property
    def day(self) -> str:
        return self.date.isoformat()

    @property
    def path(self) -> str:
        """The article page, relative to the site root (no leading slash)."""
        return f"{self.date:%Y/%m/%d}/{self.slug}/"

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n\n") if self.text else []
