"""How an article ends the names it writes: read once per article, in one pass over its capitalised runs.

The last words of a run tell a body from a given name. 'Madrid' ends 'Real Madrid', so in 'Pelatih Madrid Zinedine
Zidane' it is the club's, not a given name; 'M Cash' ends a run of its own ('M Cash memacu …'), so in 'M Cash Martin
Suharlie' it is the firm's; 'Gerindra' follows the word for a body ('Fraksi Gerindra belum …'), so in 'Ketua Fraksi
Partai Gerindra Ahmad Muzani' it is the party's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Set
from dataclasses import dataclass, field

from sitegen.name_forms import NAME_RUN, PARTICLE
from sitegen.name_words import BODY_WORDS, HONORIFICS, NOT_NAMES, ONE_WORD_HEADS, ROLE_WORDS, TITLES

_RUN = re.compile(NAME_RUN)
# 'Bagi Charles' opening a sentence, or a quotation ('"Masukan Taufik akan …'), is no name
_INSIDE_A_SENTENCE = re.compile(r"[^\s.!?:\"“”]\s*$")
_GOES_ON = re.compile(r"[ \t]*&[ \t]*[A-Z]")  # '&' and a capital: the name goes on


@dataclass
class NameEnds:
    # Last words of names whose first word is a name too ('Real Madrid', not 'Pak Budi'), inside a sentence only:
    # such a word is not a given name when it comes before another name. That last word -> the words before it.
    of_names: dict[str, set[str]] = field(default_factory=dict)
    of_runs: set[tuple[str, ...]] = field(default_factory=set)  # the last one to three words of every run
    of_bodies: set[tuple[str, ...]] = field(default_factory=set)  # the last one or two, after a body's word
    # Bodies' names of one word, after the word for a party or a club ('Golkar' in 'Partai Golkar Airlangga …'):
    # before a name elsewhere it is the body's ('Wakil Ketua Umum Golkar Ahmad Doli Kurnia').
    one_word_bodies: set[str] = field(default_factory=set)

    def body_before(self, name: list[str], referred_to: Set[str]) -> int:
        """How many of the first words of `name` are a body the article names elsewhere on its own, as the end
        of a name ('M Cash', 'Partner Robot Division'), and not someone it refers to (`referred_to`) by a word of
        them, unless it names them after the word for a body too ('Gerindra' in 'Ketua Fraksi Partai Gerindra Ahmad
        Muzani', beside 'Fraksi Gerindra belum …' and 'Gerindra bakal melawan'); or that end on a body of two words
        or three the article names so ('Strategic Lion Air Danang Mandala Prihantoro', beside 'Maskapai Lion Air');
        0 if none. A name opens on no particle: 'Raja Salman' is no body in 'Salman bin Abdulaziz'."""
        return next(
            (
                n
                for n in range(len(name) - 2, 0, -1)
                if not re.fullmatch(PARTICLE, name[n]) and self._ends_on_body(name[:n], referred_to)
            ),
            0,
        )

    def _ends_on_body(self, words: list[str], referred_to: Set[str]) -> bool:
        """Are `words` a body's name, or do they end on one of two words or three?"""
        return any(
            self._names_body(tuple(words[m:]), referred_to)
            for m in range(max(0, len(words) - 3), len(words))
            if m == 0 or len(words) - m > 1
        )

    def _names_body(self, words: tuple[str, ...], referred_to: Set[str]) -> bool:
        """Are `words` the end of a run of their own, and no one's the article refers to by one of them?"""
        return words in self.of_runs and (not referred_to & set(words) or words in self.of_bodies)

    def written_out(self, words: list[str]) -> str:
        """The one name the article ends as two `words` do, with a first word that `words[0]` shortens ('Manchester
        United' for 'Man United'); '' if none or several."""
        if len(words) != 2:
            return ""
        fuller = {word for word in self.of_names.get(words[1], set()) if word.startswith(words[0])} - {words[0]}
        return f"{min(fuller)} {words[1]}" if len(fuller) == 1 else ""


def read_name_ends(text: str, quoted: Callable[[int], bool], lower_words: set[str]) -> NameEnds:
    """The ends of the names in `text`; runs inside a quotation (`quoted`) name no body of the reporting text.
    `lower_words` are the words the article writes in lower case, which no name opens with."""
    ends = NameEnds()
    not_first = ROLE_WORDS | TITLES | NOT_NAMES | HONORIFICS | lower_words
    for match in _RUN.finditer(text):
        if _GOES_ON.match(text, match.end()):
            continue  # not the end of a name: 'Yayasan Bill' in 'Yayasan Bill & Melinda Gates'
        words = match.group(0).split()
        if (
            len(words) >= 2
            and _INSIDE_A_SENTENCE.search(text[max(0, match.start() - 3) : match.start()])
            and not {w.lower() for w in words[:-1]} & not_first
        ):
            ends.of_names.setdefault(words[-1], set()).add(words[-2])
        if not quoted(match.start()):  # 'M Cash' in 'M Cash memacu …', 'Partner Robot Division' in 'Toyota …'
            ends.one_word_bodies.update(
                after for head, after in itertools.pairwise(words) if head.lower() in ONE_WORD_HEADS
            )
            ends.of_runs.update(tuple(words[-n:]) for n in range(1, min(3, len(words)) + 1))
            ends.of_bodies.update(
                tuple(words[-n:]) for n in (1, 2) if n < len(words) and words[-n - 1].lower() in BODY_WORDS
            )
    return ends
