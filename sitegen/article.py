"""The one object every stage of the pipeline fills in.

Each field says which stage fills it (`stage(...)`), so the caches derive what they
keep from the class itself: the prepared cache keeps what reading and cleaning fill
(sitegen.prepared), and a page's digest covers every field a template can show
(sitegen.render.article_digest). A new field cannot be forgotten by either.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.flags import Flag
from sitegen.pairs import JOINER, is_pair

READ, CLEAN, SUMMARISE, PLAN = "read", "clean", "summarise", "plan"


def stage(name: str, **kwargs: Any) -> Any:
    """A dataclass field filled by the stage `name`."""
    return field(metadata={"stage": name}, **kwargs)


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
    role_en: str = ""

    @property
    def speaker_en(self) -> str:
        """The speaker as the English edition names them: two people who speak together (`sitegen.pairs`, 'Eric
        Corngold dan Mary Mulligan') joined by 'and'; a body's name as the article gives it."""
        return self.speaker.replace(JOINER, " and ") if is_pair(self.speaker) else self.speaker

    @classmethod
    def from_json(cls, data: object) -> Quote:
        """The quote `data` describes (as `dataclasses.asdict` wrote it); ValueError if it is not one."""
        if (
            not isinstance(data, dict)
            or data.keys() != _QUOTE_TYPES.keys()
            or not all(type(data[name]) is kind for name, kind in _QUOTE_TYPES.items())
        ):
            raise ValueError(f"not a quote: {data!r:.80}")
        return cls(**data)

    def export(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "role_en": self.role_en,
            "text_en": self.text_en,
        }


_QUOTE_TYPES = {f.name: int if f.type == "int" else str for f in dataclasses.fields(Quote)}


@dataclass
class Article:
    source_path: Path = stage(READ)
    slug: str = stage(READ)
    title: str = stage(READ)
    date: dt.date = stage(READ)
    body: str = stage(READ)
    source: str = stage(READ, default="")
    url: str = stage(READ, default="")  # only ever an http(s) link (sitegen.readers)
    lang: str = stage(READ, default="id")
    tags: list[str] = stage(READ, default_factory=list)
    priority: int = stage(READ, default=0)  # front matter: a higher number ranks the story higher that day
    notices: list[str] = stage(READ, default_factory=list)  # for the author, in the build report only
    text: str = stage(CLEAN, default="")
    credit: str = stage(CLEAN, default="")  # the "Sumber: …" line: where the publisher got the story
    candidates: list[Quote] = stage(CLEAN, default_factory=list)  # every direct quotation found
    terms: list[str] = stage(CLEAN, default_factory=list)  # stemmed content words, for grouping stories
    summary_id: str = stage(SUMMARISE, default="")
    summary_en: str = stage(SUMMARISE, default="")
    title_en: str = stage(SUMMARISE, default="")  # the headline in English, written by the model
    quotes: list[Quote] = stage(SUMMARISE, default_factory=list)  # the key quotes, verified
    warnings: list[Flag] = stage(SUMMARISE, default_factory=list)
    story: list[str] = stage(PLAN, default_factory=list)  # slugs of its story's articles, the lead first
    background: list[str] = stage(PLAN, default_factory=list)  # slugs of earlier stories it continues, newest first

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


def fields_of(*stages: str) -> list[dataclasses.Field[Any]]:
    """The Article fields that the given stages fill, in declaration order."""
    return [f for f in dataclasses.fields(Article) if f.metadata["stage"] in stages]
