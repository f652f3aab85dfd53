"""Automatic checks of model output. Each returns a problem to name in a retry, or None."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitegen import numbers
from sitegen.flags import Flag, describe
from sitegen.language import LANGUAGE_NAMES, detect
from sitegen.names import ambiguous_names, unsupported_names
from sitegen.quotes import without_quotations

MIN_SENTENCES, MAX_SENTENCES, MAX_WORDS = 2, 4, 90

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


_ABBREVIATION = re.compile(r"\b(?:Dr|Drs|Prof|Ir|H|Hj|St|No|Jl|Kol|Jend|Brigjen|Irjen|Kombes|Mr|Mrs|Ms|Sdr|[A-Z])\.$")


# The model talking about itself or the task instead of the news: "I cannot provide a full
# summary due to the article's length", "This summary reuses the article's information".
# Quoted speech is left out first: a speaker may well say "I cannot accept this".
_SELF_TALK = re.compile(
    r"\b(?:I (?:cannot|can't|can not|am unable to)|I'm (?:sorry|unable to)|as an AI|"
    r"(?:this|the above) (?:summary|translation)|the summary above|"
    r"(?:ringkasan|terjemahan) (?:ini|di atas)|saya tidak (?:bisa|dapat))\b",
    re.I,
)


def sentences(text: str) -> list[str]:
    """Split at . ! ? followed by a capital, but not after an abbreviation or initial ('Dr.', 'H.')."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece.strip():
            pieces.append(piece)
    return pieces


def fit_length(summary: str) -> str:
    """Keep the first sentences of a long answer: at most MAX_SENTENCES and MAX_WORDS.

    Small models often write five or six sentences when asked for three; the first
    ones carry the story. A summary that still does not fit is left for the check.
    """
    kept: list[str] = []
    for sentence in sentences(summary):
        if len(kept) == MAX_SENTENCES:
            break
        if kept and sum(len(s.split()) for s in [*kept, sentence]) > MAX_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept) if len(kept) >= MIN_SENTENCES else summary


@dataclass(frozen=True)
class Problem:
    """A failed check. A lower `rank` is worse: an empty or wrong-language summary is worse
    than talk about the task, which is worse than an unsupported number, which is worse
    than a fifth sentence."""

    rank: int
    code: str  # a sitegen.flags code
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return describe(self.code, self.params)

    def flag(self, about: str) -> Flag:
        return Flag(self.code, about, self.params)


def check_summary(summary: str, lang: str, article: str = "") -> Problem | None:
    """The worst problem of a summary, or None. With `article`, its numbers and names are checked too."""
    if not summary.strip():
        return Problem(0, "empty")
    found = detect(summary)
    if found != lang:
        other = LANGUAGE_NAMES.get(found or "", "another language")
        return Problem(1, "wrong_language", {"expected": LANGUAGE_NAMES[lang], "found": other})
    talk = _SELF_TALK.search(without_quotations(summary))
    if talk:
        return Problem(2, "task_talk", {"phrase": talk.group(0)})
    if article:
        missing = numbers.unsupported(summary, article)
        if missing:
            return Problem(3, "unsupported_number", {"numbers": missing})
        names = unsupported_names(summary, article) if lang == "en" else []
        if names:
            return Problem(4, "unsupported_name", {"names": names})
    untranslated = ambiguous_names(summary) if lang == "en" else []
    if untranslated:
        return Problem(5, "indonesian_name", {"names": untranslated})
    count = len(sentences(summary))
    if not MIN_SENTENCES <= count <= MAX_SENTENCES:
        return Problem(6, "sentence_count", {"count": count, "min": MIN_SENTENCES, "max": MAX_SENTENCES})
    words = len(summary.split())
    if words > MAX_WORDS:
        return Problem(7, "word_count", {"count": words, "max": MAX_WORDS})
    return None


def check_translation(english: str, original: str, number: int) -> Problem | None:
    """The problem of quotation [number]'s English rendering, or None."""
    if not english.strip():
        return Problem(0, "quote_missing_translation", {"number": number})
    if english.strip() == original.strip() or detect(english) == "id":
        return Problem(1, "quote_not_translated", {"number": number})
    return None
