"""Names whose hyphen a source spaces ('Eugenia Oviedo - Joekes'), joined for reading as the names they are.

Some sources space every hyphen, so a surname of two parts reads like two names with a dash between them, and the
speaker of '"…," kata Oviedo - Joekes' comes out as 'Oviedo'. Where the article shows that the two parts are one
name, they are joined by an invisible WORD JOINER on each side of the hyphen: the text keeps its length, so every
offset stays the article's own, and a joined name is one word to `str.split` and to the name patterns, as
'Jean-Pierre' is. `unjoined` puts the spaces back in what is shown.
"""

from __future__ import annotations

import collections
import re

from sitegen.name_forms import never_in_a_name
from sitegen.name_words import ROLE_WORDS

JOINER = "\u2060"  # WORD JOINER: neither a space nor a letter
_JOINED = f"{JOINER}-{JOINER}"

# Two capitalised words with a spaced hyphen between them, not in a chain of them ('Maumere - Ende - Nagekeo') and not
# before another name ('Deddy Mizwar - Ahmad Syaikhu', a pair of candidates).
_SPACED = re.compile(r"(?<!- )\b([A-Z][a-z]+) - ([A-Z][a-z]{2,})\b(?![ \t]+(?:-|[A-Z]))")
# A capitalised word right before, inside a sentence: a given name ('Menurut Eugenia Oviedo - Joekes').
_WORD_BEFORE = re.compile(r"(?<=[a-z,-] )([A-Z][a-z]+) \Z")


def with_joined_names(text: str) -> str:
    """`text` with each surname of two parts that it spaces around the hyphen joined: one the article writes more than
    once, once at least after a given name ('Eugenia Oviedo - Joekes', then 'kata Oviedo - Joekes'). Not a pair that
    stands together ('Anies - Sandi'), never after a given name, nor a route ('Ho Chi Minh - Jakarta'), whose second
    place the article names on its own too."""
    found: dict[tuple[str, str], list[re.Match[str]]] = collections.defaultdict(list)
    for match in _SPACED.finditer(text):
        found[match.group(1), match.group(2)].append(match)
    joins = sorted(
        match.end(1)
        for matches in found.values()
        if len(matches) > 1
        and any(_after_given_name(text, match.start()) for match in matches)
        and not _used_alone(text, *matches[0].groups())
        for match in matches
    )
    if not joins:
        return text
    pieces, last = [], 0
    for at in joins:  # ' - ' becomes JOINER + '-' + JOINER, three characters for three
        pieces += [text[last:at], _JOINED]
        last = at + 3
    return "".join([*pieces, text[last:]])


def unjoined(text: str) -> str:
    """`text` with its joined names spaced again, as the article writes them."""
    return text.replace(_JOINED, " - ")


def _after_given_name(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return word.lower() not in ROLE_WORDS and not never_in_a_name(word)


def _used_alone(text: str, first: str, second: str) -> bool:
    """Does the article write `second` other than after `first` ('Jakarta' beside 'Ho Chi Minh - Jakarta')?"""
    alone = re.findall(rf"\b{re.escape(second)}\b", text)
    return len(alone) > len(re.findall(rf"\b{re.escape(first)}(?: - | ){re.escape(second)}\b", text))
