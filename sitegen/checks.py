"""Automatic checks of model output. Each returns a problem to name in a retry, or None."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitegen import meaning, numbers, support
from sitegen.flags import MEANING_CODES, Flag, describe
from sitegen.language import LANGUAGE_NAMES, detect
from sitegen.names import ambiguous_names, dropped_names, unsupported_names
from sitegen.quotes import without_quotations

MIN_SENTENCES, MAX_SENTENCES, MAX_WORDS = 2, 4, 90
SUPPORT_RANK = 4  # an unsupported sentence is as bad as an unsupported name; a broken answer, as task talk

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
        text = describe(self.code, self.params)
        return (
            f"quotation [{self.params['number']}]: {text}"
            if "number" in self.params and self.code in MEANING_CODES
            else text
        )

    def flag(self, about: str) -> Flag:
        return Flag(self.code, about, self.params)


def check_summary(summary: str, lang: str, article: str = "", source: str = "") -> Problem | None:
    """The worst problem of a summary, or None. With `article`, its numbers and names are checked too;
    with `source` (the Indonesian an English summary translates), its meaning."""
    if not summary.strip():
        return Problem(0, "empty")
    found = detect(summary)
    if found != lang:
        other = LANGUAGE_NAMES.get(found or "", "another language")
        return Problem(1, "wrong_language", {"expected": LANGUAGE_NAMES[lang], "found": other})
    talk_or_figures = _talk_or_figures(summary, article)
    if talk_or_figures:
        return talk_or_figures
    if article:
        names = unsupported_names(summary, article) if lang == "en" else []
        if names:
            return Problem(4, "unsupported_name", {"names": names})
    changed = meaning_problem(source, summary, 4, figures=not article) if source and lang == "en" else None
    if changed:
        return changed
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


def check_summary_id(summary: str, article: str) -> Problem | None:
    """The worst problem of an Indonesian summary: `check_summary`'s, a broken answer, or a sentence
    the article does not support. The build and `sitegen check` both judge by this."""
    found = check_summary(summary, "id", article)
    if found is None or found.rank > SUPPORT_RANK:
        found = support_problem(summary, article) or found
    return found


def support_problem(summary: str, article: str) -> Problem | None:
    """A broken answer, or the first sentence of an Indonesian summary the article does not support."""
    broken = support.form_problem(summary)
    if broken:
        return Problem(2, broken.code, {"words": list(broken.words)})
    found = support.unsupported(summary, article)
    if not found:
        return None
    first = found[0]
    return Problem(SUPPORT_RANK, first.code, {"sentence": first.sentence, "words": list(first.words)})


def _talk_or_figures(text: str, article: str) -> Problem | None:
    """Talk about the task (outside quotations), or a number the article does not state."""
    talk = _SELF_TALK.search(without_quotations(text))
    if talk:
        return Problem(2, "task_talk", {"phrase": talk.group(0)})
    missing = numbers.unsupported(text, article) if article else []
    return Problem(3, "unsupported_number", {"numbers": missing}) if missing else None


def meaning_problem(source: str, english: str, rank: int, figures: bool = True, **params: Any) -> Problem | None:
    """The first objection of the meaning checks (sitegen.meaning), with every word they object to."""
    found = meaning.check(source, english, figures)
    if not found:
        return None
    words = sorted({word for finding in found for word in finding.words})
    return Problem(rank, found[0].code, {**params, **found[0].params, "marked": words})


def check_translation(english: str, original: str, number: int, article: str = "") -> Problem | None:
    """The problem of quotation [number]'s English rendering, or None. With `article`, the names
    it gives must be the article's ('the EU' for 'sekutu Eropa' is not)."""
    if not english.strip():
        return Problem(0, "quote_missing_translation", {"number": number})
    if english.strip() == original.strip() or detect(english) == "id":
        return Problem(1, "quote_not_translated", {"number": number})
    names = unsupported_names(english, article) if article else []
    if names:
        return Problem(2, "invented_name", {"number": number, "words": names, "marked": names})
    return meaning_problem(original, english, 2, number=number)


def check_headline(english: str, title: str, article: str = "") -> Problem | None:
    """The worst problem of an English headline, or None."""
    if not english.strip():
        return Problem(0, "empty")
    if english.strip().lower() == title.strip().lower() or detect(english) == "id":
        return Problem(1, "wrong_language", {"expected": "English", "found": "Indonesian"})
    talk_or_figures = _talk_or_figures(english, article)
    if talk_or_figures:
        return talk_or_figures
    if article:
        # A headline in title case capitalises every word: only an uncommon word can be a name.
        names = [name for name in unsupported_names(english, article) if meaning.zipf(name.lower(), "en") < 3.5]
        if names:
            return Problem(4, "unsupported_name", {"names": names})
        dropped = dropped_names(title, english, article)
        if dropped:
            return Problem(4, "dropped_name", {"names": dropped})
    return meaning_problem(title, english, 4, figures=not article)


def check_role(english: str, role: str) -> Problem | None:
    """The problem of a role's English form, or None."""
    if not english.strip() or len(english) > 3 * len(role) + 20:
        return Problem(0, "empty")
    if english.strip().lower() == role.strip().lower():
        return Problem(1, "wrong_language", {"expected": "English", "found": "Indonesian"})
    return meaning_problem(role, english, 2)
