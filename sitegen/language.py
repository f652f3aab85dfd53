"""A small language check for Indonesian and English.

First the share of each language's stop words; a text too dense with names and terms for
that ("Gempa berkekuatan 5,4 magnitudo mengguncang kawasan Bengkulu.") is decided by its
lower-case words, each a vote for the language in which wordfreq finds it more common.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_VOTES = 3

STOPWORDS = {
    "id": frozenset(
        """
        yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah karena
        oleh sebagai atau tersebut bahwa telah sudah bisa dapat mereka kami kita saya ia dia
        para lebih saat setelah masih hanya kata ujar tak serta namun tetapi jika agar hingga
        secara antara bagi kepada belum pun menjadi harus sangat banyak sejak terhadap yakni
        yaitu seperti dua tahun akan bahkan lalu kini sedang tengah maka mengatakan menurut
        """.split()
    ),
    "en": frozenset(
        """
        the and of to in is that for it on with as was be by at this are from an have has
        not or but which its their they he she his her will would said says been were had
        also after about more than who into over new two year could can should there them
        we our us you may such between while when what all out up no so if other
        """.split()
    ),
}


def scores(text: str) -> dict[str, float]:
    """For each language, the share of words in `text` that are its stop words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return {lang: 0.0 for lang in STOPWORDS}
    return {lang: sum(w in stops for w in words) / len(words) for lang, stops in STOPWORDS.items()}


def zipf(word: str, lang: str) -> float:
    """How common `word` is in `lang` on wordfreq's Zipf scale (0: unknown; loaded on first use, not per build)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


def detect(text: str, minimum: float = 0.08) -> str | None:
    """'id' or 'en', or None when neither the stop words nor the common words decide."""
    ranked = sorted(scores(text).items(), key=lambda item: item[1], reverse=True)
    best, share = ranked[0]
    if share >= minimum and share > ranked[1][1]:
        return best
    return _common_words_vote(text)


def _common_words_vote(text: str) -> str | None:
    """The language most lower-case words are commoner in: at least MIN_VOTES, and two in three."""
    votes = {lang: 0 for lang in STOPWORDS}
    for word in _WORD.findall(text):
        if word.islower():
            frequency = {lang: zipf(word, lang) for lang in STOPWORDS}
            top = max(frequency, key=frequency.__getitem__)
            if frequency[top] > 0 and all(frequency[top] > f for lang, f in frequency.items() if lang != top):
                votes[top] += 1
    best = max(votes, key=votes.__getitem__)
    return best if votes[best] >= MIN_VOTES and votes[best] >= 2 * sum(votes.values()) / 3 else None


def is_language(text: str, lang: str) -> bool:
    return detect(text) == lang


LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}
