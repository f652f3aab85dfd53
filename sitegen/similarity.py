"""How alike two articles are: TF-IDF over stemmed words, compared by cosine.

An article's terms are its content words reduced to their roots by Sastrawi's Indonesian
stemmer (sitegen.lexicon: "penyerangan", "diserang" and "menyerang" all count as
"serang"), with the headline's words counted twice. They are worked out once per
article when it is read (sitegen.prepared keeps them). scikit-learn weighs them by
TF-IDF over the whole site, so words every article uses count for little and names and
rare words count for much, and two articles score between 0 (no shared term) and 1.

scikit-learn is imported only when similarities are needed, not for a rebuild whose
stories are already known (sitegen.briefing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitegen import lexicon

_TITLE_WEIGHT = 2  # a headline word counts as much as two words of the text
_SMALL_SITE = 20  # articles; below this, no term is too common to count


def terms(title: str, text: str) -> list[str]:
    """The stemmed content words of an article, in order, the headline's `_TITLE_WEIGHT` times."""
    found = []
    for part, weight in ((title, _TITLE_WEIGHT), (text, 1)):
        words = [lexicon.stem(word) for word in lexicon.words(part) if lexicon.is_content_word(word)]
        found.extend(words * weight)
    return found


class Similarity:
    """Cosine similarity of TF-IDF vectors, one row per document (a list of terms)."""

    def __init__(self, documents: Sequence[Sequence[str]]):
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        # Terms in more than a tenth of the articles (a beat's everyday words: "pertandingan",
        # "pemerintah") say little about the event; a small site keeps every term.
        common = len(documents) // 10 if len(documents) >= _SMALL_SITE else 1.0
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, max_df=common, dtype=np.float64)
        try:
            self.vectors: Any = vectorizer.fit_transform([list(d) for d in documents])
        except ValueError:  # no terms at all (or none left): nothing to compare
            self.vectors = None

    def block(self, rows: Sequence[int], columns: Sequence[int]) -> Any:
        """The similarities of `rows` against `columns`, as a dense array (len(rows) × len(columns))."""
        import numpy as np

        if self.vectors is None or not rows or not columns:
            return np.zeros((len(rows), len(columns)))
        product = self.vectors[list(rows)] @ self.vectors[list(columns)].T
        return product.toarray()

    def mean(self, first: Sequence[int], second: Sequence[int]) -> float:
        """The average similarity between every member of `first` and every member of `second`."""
        return float(self.block(first, second).mean())


def _identity(document: list[str]) -> list[str]:
    return document
