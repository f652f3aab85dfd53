"""Indonesian words and their English meanings: a stemmer and a bilingual dictionary.

The dictionary is FreeDict's English–Indonesian one read backwards
(sitegen/data/freedict-ind-eng.tsv, CC BY-SA 3.0, made by tools/freedict_glossary.py);
the stemmer is Sastrawi's (PySastrawi, MIT), which takes "pujian" to "puji" and
"diserang" to "serang". A word is looked up as written, then by its root.

The translation prompts put these meanings beside the text (a glossary), and the
meaning checks (sitegen.meaning) ask whether an English word has a source word that
can mean it.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from sitegen.language import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

# Function words no glossary needs, beyond the language check's stop words.
_FUNCTION_WORDS = frozenset(
    """
    akan adalah agar atas bagaimana bahwa beberapa begitu belum berapa bersama betapa bukan
    demikian dia hal ialah itu jadi juga kalau kami kamu kapan ke kemudian ketika lagi
    maupun mana meski namun nya oleh pula saja sama sambil sebelum sebuah sedangkan sehingga
    seorang sesuai siapa sini situ sudah supaya tapi telah tentang tetap tiap untuk walau
    yakni ya mengenai hanya pun lain sendiri semua setiap tersebut lalu kembali cukup
    """.split()
)


@functools.cache
def entries() -> dict[str, tuple[str, ...]]:
    """{Indonesian word or phrase: its English meanings}."""
    text = resources.files("sitegen").joinpath("data/freedict-ind-eng.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        word, _, english = line.partition("\t")
        if english:
            table[word] = tuple(english.split("; "))
    return table


@functools.cache
def _stemmer() -> Any:
    return StemmerFactory().create_stemmer()


@functools.cache
def stem(word: str) -> str:
    """The root of an Indonesian word: 'pujian' -> 'puji', 'mengatakan' -> 'kata'."""
    return str(_stemmer().stem(word.lower())) or word.lower()


def words(text: str) -> list[str]:
    """The words of `text`, as written ('Menlu', 'kerja-kerja')."""
    return _WORD.findall(text)


def is_content_word(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 2 and lowered not in STOPWORDS["id"] and lowered not in _FUNCTION_WORDS


@functools.cache
def meanings(word: str) -> tuple[str, ...]:
    """The English meanings of an Indonesian word, as written or by its root; () if unknown."""
    lowered = word.lower()
    table = entries()
    found = table.get(lowered)
    if found:
        return found
    if "-" in lowered:  # a reduplication: 'negara-negara' means what 'negara' means
        return meanings(lowered.split("-")[0])
    return table.get(stem(lowered), ())


def glossary(text: str, limit: int = 30) -> list[tuple[str, tuple[str, ...]]]:
    """The dictionary meanings of `text`'s content words, in order of first use, each once.

    Capitalised words inside a sentence are names, and are left to the name rules.
    """
    seen: set[str] = set()
    found: list[tuple[str, tuple[str, ...]]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        lowered = word.lower()
        if lowered in seen or not is_content_word(word):
            continue
        seen.add(lowered)
        starts_sentence = match.start() == 0 or text[: match.start()].rstrip()[-1:] in {".", "!", "?", '"', "“"}
        if word[0].isupper() and not starts_sentence:
            continue
        senses = meanings(lowered)
        if senses:
            found.append((lowered, senses[:3]))
            if len(found) == limit:
                break
    return found


def glossary_line(text: str, limit: int = 30) -> str:
    """'pujian = praise; pelatih = coach; …' for a prompt, or '' when no word is known."""
    return "; ".join(f"{word} = {', '.join(senses)}" for word, senses in glossary(text, limit))
