"""Make sitegen/data/freedict-ind-eng.tsv from FreeDict's English–Indonesian dictionary.

The source is Debian's `dict-freedict-eng-ind` (FreeDict+WikDict, CC BY-SA 3.0, built
from Wiktionary): its `freedict-eng-ind.index` and `freedict-eng-ind.dict.dz`. Run:

    apt-get download dict-freedict-eng-ind && dpkg-deb -x dict-freedict-eng-ind_*.deb fd
    python tools/freedict_glossary.py fd/usr/share/dictd/freedict-eng-ind > sitegen/data/freedict-ind-eng.tsv

Each output line is an Indonesian word or phrase, a tab, and its English headwords
separated by "; " (the dictionary read backwards), sorted, so the file diffs well.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD = re.compile(r"^(?P<word>[^/<]+?)\s*(?:/[^<]*)?(?:<(?P<pos>[^>]*)>)?\s*$")
_NUMBER = re.compile(r"^\s*\d+\.\s*|\s+\d+\.\s*$")


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


def entries(base: str) -> list[str]:
    with gzip.open(f"{base}.dict.dz", "rb") as raw:
        data = raw.read()
    found = []
    with open(f"{base}.index", encoding="utf-8") as index:
        for line in index:
            headword, offset, length = line.rstrip("\n").split("\t")
            if not headword.startswith("00"):
                found.append(data[_number(offset) : _number(offset) + _number(length)].decode("utf-8"))
    return found


def reverse(texts: list[str]) -> dict[str, set[str]]:
    """{Indonesian: {English headwords}} from the entries' translation lines."""
    meanings: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip()]
        head = _HEAD.match(lines[0]) if lines else None
        if not head:
            continue
        english = head.group("word").strip()
        # After the headword, translation lines and glosses alternate.
        for line in lines[1::2]:
            for word in _NUMBER.sub("", line).split(","):
                word = word.strip().lower()
                if word and len(word) < 40 and not word.endswith("-"):
                    meanings[word].add(english)
    return meanings


def main() -> None:
    for word, english in sorted(reverse(entries(sys.argv[1])).items()):
        print(f"{word}\t{'; '.join(sorted(english, key=str.lower))}")


if __name__ == "__main__":
    main()
