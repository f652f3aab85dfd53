"""Automatic checks of model output. Each returns a problem to name in a retry, or None."""

from __future__ import annotations

import re

from sitegen.language import LANGUAGE_NAMES, detect

MIN_SENTENCES, MAX_SENTENCES, MAX_WORDS = 2, 4, 90

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


_ABBREVIATION = re.compile(
    r"\b(?:Dr|Drs|Prof|Ir|H|Hj|St|No|Jl|Kol|Jend|Brigjen|Irjen|Kombes|Mr|Mrs|Ms|Sdr|[A-Z])\.$")


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


def check_summary(summary: str, lang: str) -> str | None:
    if not summary.strip():
        return "the summary is empty"
    found = detect(summary)
    if found != lang:
        other = LANGUAGE_NAMES.get(found or "", "another language")
        return f"it must be written in {LANGUAGE_NAMES[lang]}, but it reads as {other}"
    count = len(sentences(summary))
    if not MIN_SENTENCES <= count <= MAX_SENTENCES:
        return f"it must have {MIN_SENTENCES} to {MAX_SENTENCES} sentences, not {count}"
    words = len(summary.split())
    if words > MAX_WORDS:
        return f"it must have at most {MAX_WORDS} words, not {words}"
    return None


def check_translation(english: str, original: str) -> str | None:
    if not english.strip():
        return "a quotation has no English translation"
    if english.strip() == original.strip() or detect(english) == "id":
        return "each quotation must be translated into English, not copied"
    return None
