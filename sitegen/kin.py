"""Someone's kin as an attribution names them: 'kata istri Atim' (Atim's wife), 'istri Atim, Sanya' (named in
apposition), 'tutur istri dari aktor Deddy Mahendra Desta' (an epithet of the one the article speaks of, whose
husband it names only there), 'ujar sang ibu' (the one the article calls so: 'Larson sang ibu', 'sang istri, Tiwi').
Each article is read once, so a look-up stays linear in its length."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Container
from typing import TYPE_CHECKING

from sitegen.name_forms import NAME_RUN
from sitegen.name_words import KIN_NOUNS, NOT_NAMES
from sitegen.word_forms import is_common_noun

if TYPE_CHECKING:
    from sitegen.speakers import People

# Someone's kin, named by that someone: 'istri Atim', 'putra Amien Rais', 'ibu Agnes' (in lower case: 'Ibu Susi' is
# Mrs Susi), 'istri dari aktor Deddy Mahendra Desta'.
KIN_WORDS = "(?:" + "|".join(kin.replace(" ", r"[ \t]+") for kin in KIN_NOUNS) + ")"
KIN = rf"{KIN_WORDS}(?:[ \t]+dari(?:[ \t]+[a-z]+)?)?[ \t]+[A-Z]"
# 'sang' points back to one person named before, as 'itu' does ('kata sang pelatih', 'Sang aktor melanjutkan'); not
# before kin ('ujar sang ibu'): someone's mother is not the one named before.
THE = rf"[Ss]ang[ \t]+(?!{KIN_WORDS}\b)"
_RUN = re.compile(NAME_RUN)
KIN_WORD = re.compile(rf"{KIN_WORDS}\b")
_KIN_PHRASE = re.compile(rf"{KIN_WORDS}[ \t]+{NAME_RUN}")
_KIN_NAMED = re.compile(rf"\b({KIN_WORDS}[ \t]+{NAME_RUN}),[ \t]+({NAME_RUN})")
_APPOSED_NAME = re.compile(rf",[ \t]+{NAME_RUN}[ \t]*,")
_SENTENCE_ENDS_BEFORE = re.compile(r"(?:^|[.!?\n])[ \t]*\Z")
# Someone's kin or lawyer in lower case, then the first word of that someone's name: 'istri Atim', 'pengacara Joko'.
_SOMEONES = re.compile(rf"\b(?i:{KIN_WORDS}|pengacara|kuasa[ \t]+hukum)[ \t]+([A-Z][\w'’-]*)")
# Kin the article names with 'sang', after the name ('Larson sang ibu') or set off after it ('sang istri, Tiwi,').
_NAMED_THE_KIN = (
    re.compile(rf"(?<![\w'’-])(?P<name>{NAME_RUN})[ \t]+sang[ \t]+(?P<kin>{KIN_WORDS})\b"),
    re.compile(rf"\b[Ss]ang[ \t]+(?P<kin>{KIN_WORDS}),[ \t]+(?P<name>{NAME_RUN}),"),
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_THE_KIN = re.compile(rf"[Ss]ang[ \t]+({KIN_WORDS})")


def words_of_kin(text: str) -> set[str]:
    """The words `text` writes right after kin or a lawyer ('Joko' in 'Pengacara Joko, Sugeng …'): a person's name,
    however else the article uses them."""
    return {match.group(1) for match in _SOMEONES.finditer(text)}


def names_given_to_kin(text: str, lower_words: Container[str]) -> dict[str, set[str]]:
    """The names `text` gives kin with 'sang', by kin word: {'ibu': {'Larson'}} for 'Larson sang ibu', where 'Larson'
    is the mother and no longer the daughter's surname, and {'istri': {'Tiwi Puspitasari'}} for 'sang istri, Tiwi
    Puspitasari'. A capitalised common word ('Tujuan sang ibu') names no one."""
    named: dict[str, set[str]] = {}
    for match in (match for pattern in _NAMED_THE_KIN for match in pattern.finditer(text)):
        name, kin = match.group("name", "kin")
        first = name.split()[0]
        if first.lower() not in lower_words and first.lower() not in NOT_NAMES and not is_common_noun(first):
            named.setdefault(kin, set()).add(name)
    return named


@dataclasses.dataclass(frozen=True)
class KinNamed:
    """The kin an article names with 'sang', read once: the names it gives each kin word (`names_given_to_kin`), and
    whom each single name so given names (`kin_given`)."""

    by_kin: dict[str, set[str]]
    given: dict[str, str]


def read_kin(text: str, lower_words: Container[str]) -> KinNamed:
    """The kin `text` names with 'sang' ('Larson sang ibu', 'sang istri, Tiwi Puspitasari,'), read once."""
    by_kin = names_given_to_kin(text, lower_words)
    return KinNamed(by_kin, _given(text, by_kin))


def kin_given(text: str, lower_words: Container[str]) -> dict[str, str]:
    """Whom each single name `text` gives kin with 'sang' names, where it is the surname of a full name: {'Larson':
    'Larson'} for 'Larson sang ibu', the mother, a person of her own rather than the daughter 'Scout Penelope Larson';
    {'Larson': 'Jennifer Larson'} where that full name is given as the same kin in its sentence ('Ibunya, Jennifer
    Larson,'). A given name so given ('Naura sang adik', after 'Naura Ayu') is the same person's: relatives share a
    surname, not a given name."""
    return read_kin(text, lower_words).given


def _given(text: str, by_kin: dict[str, set[str]]) -> dict[str, str]:
    """`kin_given`, from the names given each kin word: one pass over the article's name runs, linear time."""
    kin_of = {name: kin for kin, names in by_kin.items() for name in names if " " not in name}
    given: dict[str, str] = {}
    for match in _RUN.finditer(text) if kin_of else ():
        words = match.group(0).split()
        kin = kin_of.get(words[-1], "") if len(words) >= 2 else ""
        if not kin or given.get(words[-1]):
            continue
        before = _SENTENCE_END.split(text[max(0, match.start() - 40) : match.start()])[-1]
        after = _SENTENCE_END.split(text[match.end() : match.end() + 40])[0]  # the run's own sentence
        given[words[-1]] = match.group(0) if re.search(rf"(?i:\b{kin})", f"{before} {after}") else ""
    return {name: full or name for name, full in given.items()}


def the_kin_named(description: str, people: People) -> tuple[str, str] | None:
    """Whom 'sang ibu' in an attribution ('ujar sang ibu') names: the one name the article gives that kin
    ('Larson sang ibu'), wherever it gives it; None if it gives none, or several."""
    kin = _THE_KIN.fullmatch(description)
    given = people.kin.by_kin.get(kin.group(1), set()) if kin else set()
    names = {name for name in given if people.is_person(name)}
    return people.resolve(min(names)) if len(names) == 1 else None


def kin_opening_a_sentence(text: str, start: int, run: str, named: Container[str]) -> bool:
    """Does `run`, at `start`, open a sentence on the kin of someone named before, with the kin's own name set off
    after it ('Putra Sule, Rizky Febian, mengatakan …', after 'Komedian Sule')? Then the run is a role, not a name."""
    kin, _, relative = run.partition(" ")
    return (
        relative in named
        and KIN_WORD.fullmatch(kin.lower()) is not None
        and _SENTENCE_ENDS_BEFORE.search(text, max(0, start - 40), start) is not None
        and _APPOSED_NAME.match(text, start + len(run)) is not None
    )


def relative_named_only_here(description: str, people: People) -> bool:
    """Does a description of kin name a relative the article names nowhere else ('istri dari aktor Deddy Mahendra
    Desta')? Then it describes the one the article speaks of, not someone new."""
    relative = _RUN.search(description)
    return relative is not None and _name_words(people)[relative.group(0).split()[-1]] == 1


def kin_named(description: str, people: People) -> tuple[str, str]:
    """The kin a description names ('istri Atim'), if the article names them in apposition ('istri Atim, Sanya');
    ('', '') if it does not."""
    kin = _KIN_PHRASE.search(description)
    named = _kin_named(people).get(kin.group(0), "") if kin else ""
    return people.resolve(named) if named else ("", "")


@functools.lru_cache(maxsize=4)
def _kin_named(people: People) -> dict[str, str]:
    """Kin the article names in apposition ('istri Atim, Sanya'), read once per article: linear time."""
    return {match.group(1): match.group(2) for match in _KIN_NAMED.finditer(people.text)}


@functools.lru_cache(maxsize=4)
def _name_words(people: People) -> Counter[str]:
    """How often each word of a name stands in the article, read once per article: linear time."""
    return Counter(word for match in _RUN.finditer(people.text) for word in match.group(0).split())
