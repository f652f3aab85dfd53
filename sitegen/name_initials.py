"""A person's initials in or beside their name: 'JK Rowling', 'Mahfud MD', 'Agus DW Martowardojo', and someone a
crime report names by initials and age alone ('Salah satu pelaku, AS (24), mengaku …'); and the capitals of a regnal
number ending a name ('Elizabeth II'). Initials that spell a body are `sitegen.initials`' concern."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from sitegen.name_forms import AGE, FORMERLY, is_acronym, never_in_a_name
from sitegen.name_words import NEVER_IN_A_NAME, ROLE_WORDS

# Initials with an age after them name a person, as crime reports do: 'Salah satu pelaku, AS (24), mengaku …'.
AGED_INITIALS = re.compile(rf"\b[A-Z]{{2,4}}(?={AGE})")
_INITIALS_GIVEN = re.compile(r"\b(?:berinisial|inisial)[ \t]+([A-Z]{2,4})\b")  # 'Pelaku berinisial RS'
# Initials someone goes by now, given with the name they went by before: 'RM (yang sebelumnya dikenal dengan nama …)'.
_RENAMED = re.compile(rf"\b([A-Z]{{2,4}})[ \t]*[(,][ \t]*(?:yang[ \t]+)?{FORMERLY}")


def people_by_initials(text: str) -> set[str]:
    """The initials `text` gives someone by, with an age ('AS (24)'), as their initials ('pelaku berinisial RS') or
    as a new name ('RM (yang sebelumnya dikenal …)'): a person's wherever they are a subject ('RS mengaku menyesal')."""
    given = set(_INITIALS_GIVEN.findall(text)) | set(_RENAMED.findall(text))
    return {match.group(0) for match in AGED_INITIALS.finditer(text)} | given


def initials_ending_name(words: list[str], i: int, neighbours: Sequence[tuple[str | None, str]]) -> bool:
    """Is words[i] two capitals that end a person's name ('Mahfud MD'): last, after a name word, and never in
    the article but after that word (not 'KPK', which the article names alone too)?"""
    return (
        i == len(words) - 1 > 0
        and re.fullmatch(r"[A-Z]{2}", words[i]) is not None
        and words[i - 1][1:].islower()
        and words[i - 1].lower() not in NEVER_IN_A_NAME
        and all(before == words[i - 1] for before, _after in neighbours)
    )


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def initials_in_name(words: list[str], i: int, neighbours: Sequence[tuple[str | None, str]], named: Set[str]) -> bool:
    """Is words[i] a person's initials ending their name or inside it ('Mahfud MD', 'Agus DW Martowardojo'), or
    opening it, each with its stop ('J.K. Rowling')?"""
    if i + 1 < len(words) and _DOTTED_INITIALS.fullmatch(words[i]):
        return True
    return initials_ending_name(words, i, neighbours) or initials_inside_name(words, i, neighbours, named)


def initials_inside_name(
    words: list[str], i: int, neighbours: Sequence[tuple[str | None, str]], references: Set[str]
) -> bool:
    """Is words[i] a person's middle initials ('DW' in 'Agus DW Martowardojo'): two or three capitals between two
    name words, the first of which the article uses alone for someone ('kata Agus'), and never in the article
    apart from those words (not 'DKI' in 'Dinas Kesehatan DKI Koesmedi', nor 'AS' beside 'Amerika Serikat (AS)')?"""
    return (
        0 < i < len(words) - 1
        and re.fullmatch(r"[A-Z]{2,3}", words[i]) is not None
        and words[i - 1] in references
        and words[i - 1][1:].islower()
        and words[i + 1][1:].islower()
        and all((before, after) == (words[i - 1], words[i + 1]) for before, after in neighbours)
    )


# Titles only in mixed case ('St', 'Ms'): in capitals, before a name, these are initials ('ST Burhanuddin').
_TITLES_IN_MIXED_CASE = frozenset({"st", "ms"})
# Bodies and countries news names by two capitals after an office ('Presiden RI Boediono', 'Gubernur BI Darmin').
_TWO_CAPITAL_BODIES = frozenset("RI BI MA MK KY AS UI PN PA AU AD AL UE PB KI DK AP".split())
_Neighbours = Callable[[str], Sequence[tuple[str | None, str]]]  # the words around each place a word stands


def initials_opening_last_name(words: list[str], neighbours: _Neighbours) -> set[int]:
    """Where two capitals open the one-word name ending a run right after an office ('Jaksa Agung HM Prasetyo',
    'Jaksa Agung ST Burhanuddin') or an office and its body ('Kepala Staf Kepresidenan AM Putranto'), used in the
    article only before that word and no title nor body's word ('KH', 'PT', 'RI'): {that index}, or none."""
    i = len(words) - 2
    opening = (
        i > 0
        and re.fullmatch(r"[A-Z]{2}", words[i]) is not None
        and (words[i - 1].lower() in ROLE_WORDS or _office_with_its_body(words[:i]))
        and words[i + 1][1:].islower()
        and words[i] not in _TWO_CAPITAL_BODIES
        and words[i].lower() not in NEVER_IN_A_NAME - _TITLES_IN_MIXED_CASE
        and all(after == words[i + 1] for _before, after in neighbours(words[i]))
    )
    return {i} if opening else set()


def _office_with_its_body(words: list[str]) -> bool:
    """Do `words` open on an office and end on the body's words ('Kepala Staf Kepresidenan'), no acronym last?"""
    return words[0].lower() in ROLE_WORDS and words[-1][1:].islower() and words[-1].lower() not in ROLE_WORDS


def opens_on_initials(words: list[str], used_apart: Callable[[str, str | None, str], bool]) -> bool:
    """Do two capitals open a name as its initials ('JK Rowling', 'BJ Habibie'), used nowhere but before it (as
    `used_apart`, given a word and its neighbours, tells)?"""
    if not 2 <= len(words) <= 3:
        return False
    first, following = words[0], words[1]
    return (
        re.fullmatch(r"[A-Z]{2}", first) is not None
        and first.lower() not in NEVER_IN_A_NAME
        and not is_acronym(following)  # 'DK PBB'
        and not used_apart(first, None, following)
    )


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def regnal_number(words: list[str]) -> set[int]:
    """Where a regnal number ends a name ('Ratu Elizabeth II', 'Paus Benediktus XVI', 'Hamengku Buwono X'): {its
    index, and that of the name's word before it}, or none; not an office's number ('Komisi III'), nor 'I'."""
    i = len(words) - 1
    regnal = (
        i >= 1
        and words[i] != "I"
        and _ROMAN.fullmatch(words[i]) is not None
        and words[i - 1][1:].islower()
        and not never_in_a_name(words[i - 1])
    )
    return {i - 1, i} if regnal else set()


def capitals_ending_a_name(words: list[str], neighbours: _Neighbours) -> set[int]:
    """Where words in capitals and the name word next to them end a run as a name's, past any office's words
    before: initials opening the last name ('Jaksa Agung HM Prasetyo') or a regnal number ('Ratu Elizabeth II')."""
    return initials_opening_last_name(words, neighbours) | regnal_number(words)
