"""A small language check for Indonesian and English: the share of each language's stop words."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

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


def detect(text: str, minimum: float = 0.08) -> str | None:
    """'id' or 'en', or None when the text shows too few stop words of either."""
    ranked = sorted(scores(text).items(), key=lambda item: item[1], reverse=True)
    best, share = ranked[0]
    return best if share >= minimum and share > ranked[1][1] else None


def is_language(text: str, lang: str) -> bool:
    return detect(text) == lang


LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}
