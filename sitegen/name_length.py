"""How many words a name may have: three at most, or four where the article gives a reason ('kata Dwia' after 'Dwia
Aries Tina Pulubuhu', a rank before them, two surnames used together), counting particles and initials as the names
they belong to do. `sitegen.speakers` asks this to tell where a role's words end and a name begins."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Set

from sitegen.name_forms import PARTICLE, is_acronym
from sitegen.name_words import FORMAL_GIVEN_NAMES, RANKS
from sitegen.word_forms import words_but_initials


def too_many_for_a_name(name: list[str], referred_to: Set[str]) -> bool:
    """Are `name`'s words too many for a name: more than three (`name_length`), or four unless the first is one the
    article uses for someone (`referred_to`: 'Dwia' in 'Rektor Unhas Dwia Aries Tina Pulubuhu', then 'kata Dwia';
    'Andi' in '… Andi Ina Kartika Sari', then 'kata Andi Ina'), or a given name seldom used before the one that is
    ('Maria Kristi Endah Murni', then 'tegas Kristi'), or a particle joins the surname to that word ('Luiz Inacio
    Lula da Silva', then 'ujar Lula')?"""
    count = name_length(name, referred_to)
    if count != 4:
        return count > 4
    return (
        name[0] not in referred_to
        and not (name[0].lower() in FORMAL_GIVEN_NAMES and name[1] in referred_to)
        and not _joined_to(name, referred_to)
    )


def too_many_words(
    words: list[str],
    start: int,
    referred_to: Set[str],
    references: Set[str],
    neighbours_of: Callable[[str], list[tuple[str | None, str]]],
) -> bool:
    """Are the words of a run from `start` too many for a name (`too_many_for_a_name`), unless four after a rank or a
    body's initials ('Kombes Ade Ary Syam Indradi', 'Gubernur NTT Emanuel Melkiades Laka Lena') or four whose last two
    the article uses together for someone (two surnames: 'Andres Manuel Lopez Obrador', then 'ujar Lopez Obrador')?"""
    name = words[start:]
    if not too_many_for_a_name(name, referred_to):
        return False
    preceding = words[start - 1] if start > 0 else ""  # a rank, or a body's initials: 'Gubernur NTT Emanuel …'
    if (preceding.lower() in RANKS or is_acronym(preceding)) and name_length(name, referred_to) == 4:
        return False
    pair = len(name) == 4 and name[2] in references
    return not (pair and any(after == name[3] and before != name[1] for before, after in neighbours_of(name[2])))


def _joined_to(name: list[str], referred_to: Set[str]) -> bool:
    """Does a particle join a surname to a word of `name` the article uses for someone ('Lula' in 'Lula da Silva')?"""
    return any(re.fullmatch(PARTICLE, word) and name[i - 1] in referred_to for i, word in enumerate(name) if i)


def name_length(name: list[str], referred_to: Set[str]) -> int:
    """How many words `name` has, not counting initials ('S.' in 'Gatot S. Dewa Broto'), with particles paired ('von
    der' is one) or joining the surname to the word the article uses (`referred_to`: 'Luiz Inacio Lula da Silva', then
    'ujar Lula', has four)."""
    particles = [bool(re.fullmatch(PARTICLE, word)) for word in name]
    paired = sum(a and b for a, b in itertools.pairwise(particles))
    return words_but_initials(name) - paired - _joined_to(name, referred_to)
