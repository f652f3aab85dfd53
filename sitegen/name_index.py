"""Looking a short form up among the full names an article gives: a spelling one letter off ('Haryadi'), the start
of a name or of its words run together ('Fatur', 'Jokowi', 'Setnov'), the end of a word ('Toni'), a nickname as
spoken inside a word ('Gus Ipul' for Saifullah), initials ('RM').
Each look-up takes time in proportion to its answer, not to the article."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sitegen.name_forms import contains, initials
from sitegen.name_words import BODY_WORDS, ORG_WORDS


def less_one_letter(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# How a name sounds when a nickname is made of it: 'Saifullah' is spoken 'saipulah', and gives 'Gus Ipul'.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("f", "p"), ("v", "p"))
_DOUBLE = re.compile(r"(.)\1")


def as_spoken(word: str) -> str:
    """`word`, in lower case, as it sounds: its old spellings and F, V read as spoken, double letters as one."""
    for written, spoken in _SPELLINGS:
        word = word.replace(written, spoken)
    return _DOUBLE.sub(r"\1", word)


def one_edit(a: str, b: str) -> bool:
    """Are `a` and `b` one insertion, deletion or substitution apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def slip_of_the_pen(word: str, other: str) -> bool:
    """Is `word` `other` misspelt? One letter apart ('Haryadi' for 'Hariyadi'); a word of four letters only by an 'h',
    which the old spellings add and writers drop ('Ardi' for 'Ardhi', not 'Anda' for 'Andi')."""
    return one_edit(word, other) and (len(word) >= 5 or word.replace("h", "") == other.replace("h", ""))


def clips(word: str, name: list[str]) -> bool:
    """Is `word` the end of a longer word of `name`, by two letters or more ('Toni' for 'Antoni')?"""
    return any(part.endswith(word) and len(part) >= len(word) + 2 for part in name)


def shortens(word: str, name: list[str]) -> bool:
    """Is `word` the start of a longer word of `name`, or the starts (two letters or more) of
    consecutive words of it run together ('Setnov'), the last of them perhaps skipping letters ('Bamsoet')?"""
    if any(len(part) > len(word) and part.startswith(word) for part in name):
        return True

    def blend(rest: str, i: int) -> bool:  # does `rest` run together starts of name[i], name[i + 1], …?
        if not rest:
            return True
        if i >= len(name):
            return False
        if len(rest) >= 3 and name[i].startswith(rest[:2]) and _letters_in_order(rest, name[i]):
            return True  # the last part may skip letters of its word: 'Bamsoet' for 'Bambang Soesatyo'
        return any(
            name[i].startswith(rest[:n]) and blend(rest[n:], i + 1) for n in range(2, min(len(rest), len(name[i])) + 1)
        )

    return len(name) >= 2 and any(
        name[i].startswith(word[:n]) and blend(word[n:], i + 1)
        for i in range(len(name) - 1)
        for n in range(2, min(len(word) - 1, len(name[i])) + 1)
    )


def _letters_in_order(part: str, word: str) -> bool:
    letters = iter(word)
    return all(letter in letters for letter in part)


def the_name_shortened(word: str, names: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one (name, role) of `names` that `word` shortens: the start of one of its words ('Fatur'
    for 'Faturachman', 'Sandi' for 'Sandiaga Uno'), or starts of its words run together ('Jokowi' for
    'Joko Widodo', 'Setnov' for 'Setya Novanto'); None if none or several fit. Of one name's roles,
    the longest. A name inside a fuller one that also fits ('Sandiaga' beside 'Sandiaga Uno') is that one."""
    found = {(full, role) for full, role in names if shortens(word, full.lower().split())}
    fulls = {full.lower() for full, _role in found}
    fullest = {
        full for full in fulls if not any(other != full and contains(other.split(), full.split()) for other in fulls)
    }
    found = {(full, role) for full, role in found if full.lower() in fullest}
    return max(found, key=lambda item: len(item[1])) if len(fullest) == 1 else None


class NameIndex:
    """Where to look a name up, so each look-up takes time in proportion to its answer, not
    to the article (a crafted text naming one person 10,000 times took 28 s before)."""

    def __init__(self, names: list[tuple[str, str]]):
        self.names = names  # (name, role), fullest first
        self.by_word: dict[str, list[int]] = {}  # a word of a name -> the names' indexes, fullest first
        self.by_variant: dict[str, list[int]] = {}  # a word of a name, and it less one letter
        self.by_initial: dict[str, list[int]] = {}
        self.by_start: dict[str, list[int]] = {}  # the first two letters of a word of a name
        self.by_end: dict[str, list[int]] = {}  # the last three letters of a word of a full name
        self.by_sound: dict[str, list[int]] = {}  # four letters inside a word of a full name, as spoken
        for index, (full, _role) in enumerate(names):
            words = full.lower().split()
            for word in dict.fromkeys(words):
                self.by_word.setdefault(word, []).append(index)
                self.by_start.setdefault(word[:2], []).append(index)
                if len(words) >= 2:
                    self.by_end.setdefault(word[-3:], []).append(index)
                    spoken = as_spoken(word)
                    for start in range(1, len(spoken) - 3):
                        self.by_sound.setdefault(spoken[start : start + 4], []).append(index)
                for variant in less_one_letter(word) | {word}:
                    self.by_variant.setdefault(variant, []).append(index)
            self.by_initial.setdefault(initials(full), []).append(index)

    def person_by_initials(self, initials: str) -> bool:
        """Do `initials` ('RM') spell a person's full name the article gives, not a body's?"""
        same = self.by_initial.get(initials, [])
        full = self.names[same[0]][0].split() if same else []
        return len(full) >= 2 and not {word.lower() for word in full} & (ORG_WORDS | BODY_WORDS)

    def variant(
        self, word: str, once_at: int | None = None, first_named: Mapping[str, int] | None = None
    ) -> tuple[str, str] | None:
        """The first full name with a word one letter from `word` ('Haryadi' for 'Hariyadi'), if any. For a word
        written only once, at `once_at`, also a name of one word given before it (`first_named`): a slip of the pen,
        'ujar Irmansyah' after 'Bupati Kepulauan Seribu, Irwansyah'."""

        def fits(full: str) -> bool:
            if len(full.split()) < 2 and (
                once_at is None or first_named is None or first_named.get(full, once_at) >= once_at
            ):
                return False
            return any(slip_of_the_pen(word, w) for w in full.lower().split())

        near = {i for variant in less_one_letter(word) | {word} for i in self.by_variant.get(variant, [])}
        return next((self.names[i] for i in sorted(near) if fits(self.names[i][0])), None)

    def shortened(self, word: str) -> tuple[str, str] | None:
        """The one name that `word` shortens (`the_name_shortened`), among at most 50: a look-up stays cheap on a
        crafted text."""
        candidates = self.by_start.get(word[:2], [])
        return the_name_shortened(word, [self.names[i] for i in candidates]) if len(candidates) <= 50 else None

    def clipped(self, word: str) -> tuple[str, str] | None:
        """The one full name of which `word` is the end of a longer word ('Toni' for 'Raja Juli Antoni'), with its
        longest role; None if none or several."""
        found = {
            self.names[i] for i in self.by_end.get(word[-3:], [])[:50] if clips(word, self.names[i][0].lower().split())
        }
        return max(found, key=lambda item: len(item[1])) if len({full for full, _role in found}) == 1 else None

    def nicknamed(self, word: str) -> tuple[str, str] | None:
        """The one full name that `word`, a nickname after an honorific, stands for, with its longest role: the end
        of one of its words ('Cak Imin' for Muhaimin Iskandar), or four letters or more inside one as spoken ('Gus
        Ipul' for Saifullah Yusuf); None if none or several. Among at most 50 names: a look-up stays cheap."""
        if (clipped := self.clipped(word)) or len(word) < 4:
            return clipped
        spoken = as_spoken(word)
        found = {
            self.names[i]
            for i in self.by_sound.get(spoken[:4], [])[:50]
            if any(spoken in as_spoken(w)[1:] for w in self.names[i][0].lower().split())
        }
        return max(found, key=lambda item: len(item[1])) if len({full for full, _role in found}) == 1 else None

    def abbreviated(self, key: list[str]) -> tuple[str, str] | None:
        """The one fuller name that `key`, two or more lower-case words, writes with its first word whole and the
        start of each word after it ('hary tanoe' for 'Hary Tanoesoedibjo'), its middle initials left out or not
        ('agus marto' for 'Agus DW Martowardojo'), with its longest role; None if none or several. Among at most 50
        names with that first word: a look-up stays cheap on a crafted text."""
        found = {
            self.names[i]
            for i in self.by_word.get(key[0], [])[:50]
            if len(words := _without_initials(self.names[i][0], len(key))) == len(key)
            and words[0] == key[0]
            and all(word.startswith(part) and len(part) >= 3 for word, part in zip(words[1:], key[1:], strict=True))
            and words != key
        }
        return max(found, key=lambda item: len(item[1])) if len({full for full, _role in found}) == 1 else None


_INITIALS = re.compile(r"[A-Z]{1,3}\.?")


def _without_initials(name: str, length: int) -> list[str]:
    """The words of `name` in lower case, without its initials after the first word when it has more than `length`."""
    words = name.split()
    if len(words) > length:
        words = words[:1] + [word for word in words[1:] if not _INITIALS.fullmatch(word)]
    return [word.lower() for word in words]
