"""Words in marks that are no one's words: a title ('White Hart Lane – The Spurs Glory Years'), a term a noun names
('frasa "printer yang dapat mencetak video"', 'tagar “…” dan “…”'), a term the article marks each time it uses it
('memberikan "wild card" kepadanya', then 'sebagai "wild card"'), or too few words to be a quotation without an
attribution ('ojek online'). `sitegen.quotes` asks these before it looks for a speaker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Set

MIN_WORDS = 4  # words in marks with no attribution that make a quotation rather than a term

# A noun that names the words in marks after it as a term, not anyone's words: 'frasa "…"', 'istilah "…"'.
# A noun that names a term, a sign or a book, and the terms in marks already listed after it: 'tagar “…” dan “…”',
# 'poster-poster lain: “…”, “…”', 'dalam bukunya “…”'.
_TERM_BEFORE = re.compile(
    r"\b(?i:frasa|istilah|slogan|jargon|semboyan|julukan|sebutan|moto|motto|tagar|hashtag"
    r"|poster|spanduk|baliho|plakat|bertuliskan|buku|bukunya)(?:-[a-z]+)?(?:[ \t]+lain(?:nya)?)?[ \t]*:?[ \t]*"
    r"(?:[“\"][^“”\"\n]{1,80}[”\"][ \t]*(?:,|dan|serta|atau)?[ \t]*)*$"
)
_SENTENCE_ENDS_INSIDE = re.compile(r"[.!?]\s+\w")


def is_quotation(words: list[str]) -> bool:
    """Do the words in marks with no attribution make a quotation: a few or more, not a title
    ('White Hart Lane – The Spurs Glory Years') or a term ('ojek online')?"""
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(word[0].isupper() for word in words[1:])
    return capitalised < 0.5 * (len(words) - 1)


def named_as_term(text: str, start: int) -> bool:
    """Does a noun that names a term come right before the marks opening at `start` ('frasa "printer yang dapat
    mencetak video"'), or before a list of terms in marks that they end ('tagar “katakan tidak pada rasisme” dan
    “…”')?"""
    return _TERM_BEFORE.search(text, max(0, start - 200), start - 1) is not None


def is_title(quoted: str, words: list[str]) -> bool:
    """Are the words in marks (`quoted`, its `words`) a title: two or more, every one longer than three letters
    capitalised, and one sentence at most ('Encore! Encore! Encore!' is shouted)?"""
    if len(words) < 2 or not words[0][0].isupper() or _SENTENCE_ENDS_INSIDE.search(quoted):
        return False
    return all(word[0].isupper() for word in words if len(word) > 3)


def marked_again(quoted: Iterable[str]) -> set[str]:
    """The short words in marks (fewer than MIN_WORDS) that an article, whose marked spans are `quoted`, marks more
    than once: a term it sets off each time it uses it ('"wild card"' three times), not a phrase someone said once.
    Compared in lower case, without the punctuation a span may end on."""
    counts = Counter(key for span in quoted if (key := term_key(span)) and len(key.split()) < MIN_WORDS)
    return {key for key, count in counts.items() if count >= 2}


def is_term_marked_again(quoted: str, terms: Set[str]) -> bool:
    """Are the words in marks `quoted` one of the `terms` an article marks again, written in lower case, as a term in
    a sentence is ('memberikan "wild card" kepadanya')? A sentence said again ('"Kami siap bekerja."') is no term."""
    return quoted[:1].islower() and term_key(quoted) in terms


def term_key(quoted: str) -> str:
    """`quoted` as `marked_again` compares it: in lower case, without the punctuation it may end on."""
    return quoted.strip(" \t,.!?;:").lower()
