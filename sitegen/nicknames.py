"""Nicknames an article gives its people: 'Basuki Tjahaja Purnama (Ahok)', 'Muhaimin Iskandar atau Cak Imin', '…
yang akrab disapa Butet', 'Ustaz Abdul Somad (UAS)', and a nickname given before the name it is for ('Chacha, sapaan
akrab Natasha'). Each names the one given with it from there on."""

from __future__ import annotations

import re

from sitegen.name_forms import NAME_RUN, NAME_WORD, initials, is_acronym, never_in_a_name
from sitegen.name_index import clips, shortens
from sitegen.name_words import HONORIFICS, ROLE_WORDS

# What introduces a nickname: '… yang akrab disapa Butet', 'pria yang disapa Ketjuk ini', 'yang lebih sering dipanggil'.
NICKNAMED = r"yang[ \t]+(?:(?:akrab|karib|biasa|kerap|lebih|sering|juga)[ \t]+){0,2}(?:di)?(?:sapa|panggil)"
# A nickname, with the honorific it may be used with: 'Ahok', 'Cak Imin'.
_HONORIFIC = rf"(?:{'|'.join(sorted(word.capitalize() for word in HONORIFICS))})"
NICKNAME = rf"(?:{_HONORIFIC}[ \t]+)?{NAME_WORD}"
HONORIFIC_NAME = rf"{_HONORIFIC}[ \t]+{NAME_WORD}"  # 'Muhaimin Iskandar atau Cak Imin'; not 'Jokowi atau Prabowo'

# A description giving a nickname: 'yang akrab disapa Cak Imin'.
GIVES_NICKNAME = re.compile(rf"\b{NICKNAMED}[ \t]+({NICKNAME})")
# 'Basuki Tjahaja Purnama (Ahok)', '… alias Ahok', 'Liliyana atau yang akrab disapa Butet', '… yang akrab disapa Cak
# Imin'; not 'Kusuma Hartanto alias Om Shancoz', an alias the article goes on to use as the name
_NICKNAME = re.compile(
    rf"({NAME_RUN})[ \t]*(?:\([ \t]*({NICKNAME})[ \t]*\)"
    rf"|,?[ \t]+(?:alias[ \t]+({NAME_WORD})(?![\w'’-]|[ \t]+{NAME_WORD})"
    rf"|(?:atau[ \t]+)?{NICKNAMED}[ \t]+({NICKNAME})|atau[ \t]+({HONORIFIC_NAME})"
    rf"|atau[ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD})?)(?![ \t]+[A-Z])))"
)


# A nickname given first, then the name it is for: 'Mbah Rono — sapaan Surono —', 'Chacha, sapaan akrab Natasha,'.
_CALLED = re.compile(rf"({NAME_RUN})[ \t]*(?:[—–-]|,)?[ \t]*sapaan(?:[ \t]+(?:akrab|karib))?[ \t]+({NAME_RUN})")
# One word, then the full name it is for: 'Ahok alias Basuki Tjahaja Purnama'. The word is read back from 'alias'.
_ALIAS_OF = re.compile(rf"(?<=[\w'’-])[ \t]+alias[ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD})+)")


def nicknames_called(text: str) -> dict[str, str]:
    """The nickname -> the name it stands for, for each nickname given before the name ('Gus Syaf sapaan akrab
    Syafi'in', 'Ahok alias Basuki Tjahaja Purnama'): a nickname of one person, even one the article names by one
    word."""
    called = {}
    for match in _ALIAS_OF.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()].split()
        if re.fullmatch(NAME_WORD, before[-1]) and (len(before) < 2 or not _goes_on_name(before[-2])):
            called[before[-1]] = match.group(1)  # not 'Kusuma Hartanto alias Om Shancoz', a name then its alias
    return called | {_last_name_word(match.group(1)): match.group(2) for match in _CALLED.finditer(text)}


def _goes_on_name(word: str) -> bool:
    """Is `word`, right before another name word, part of the same name ('Kusuma' in 'Kusuma Hartanto'), not the end
    of a sentence ('banding.')?"""
    return word[0].isupper() and word[-1] not in '.,;:!?"”'


def _last_name_word(run: str) -> str:
    """The last word of `run`, with the honorific before it if any: 'Gigi' in 'Suami Gigi', 'Mbah Rono'."""
    words = run.split()
    return " ".join(words[-2:]) if len(words) >= 2 and words[-2].lower() in HONORIFICS else words[-1]


def nicknames(text: str) -> list[tuple[str, str]]:
    """(the name as written, the nickname given with it) for each nickname the text gives."""
    found = []
    for match in _NICKNAME.finditer(text):
        written, given, after_or = match.group(1), match.group(2, 3, 4, 5), match.group(6)
        if after_or and " " in after_or and after_or.split()[-1] != written.split()[-1]:
            after_or = ""  # 'Mohammad Ramdhan Pomanto atau Danny Pomanto', a nickname with the surname; no other two
        nickname = next((word for word in given if word), "") or ("" if _one_of_two(written, after_or) else after_or)
        if nickname and (not is_acronym(nickname) or _initials_of(written, nickname)):
            found.append((written, nickname))
    return found


def short_names_given(text: str) -> set[str]:
    """Each short form of a name that the article gives as a name of its own, after 'atau' and with no role before
    ('nama Indrodjojo Kusumonegoro atau Indro', then 'tutur Indro'): the name it goes on to use, whole, as an alias
    is ('Kusuma Hartanto alias Om Shancoz'). Not a nickname given with a role ('Mantan Gubernur DKI Jakarta Basuki
    Tjahaja Purnama atau Ahok'), which stands for the full name."""
    return {
        after_or
        for match in _NICKNAME.finditer(text)
        if (after_or := match.group(6))
        and _one_of_two(match.group(1), after_or)
        and _short_for(after_or.lower(), match.group(1).lower().split())
    }


def _short_for(word: str, name: list[str]) -> bool:
    """Is `word` the start of `name` ('Indro' for 'Indrodjojo') or the end of a word of it ('Maji' for 'Sudarmaji')?"""
    return shortens(word, name) or clips(word, name)


def _one_of_two(written: str, after_or: str) -> bool:
    """Does 'atau' join two people ('memilih Prabowo Subianto atau Jokowi') rather than a name, introduced with its
    role, to the nickname it goes by ('Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok')?"""
    words = written.split()
    return after_or.lower() in ROLE_WORDS or not {word.lower() for word in words[:-2]} & ROLE_WORDS


def _initials_of(written: str, acronym: str) -> bool:
    """Is `acronym` a person's initials, an honorific's among them ('Ustaz Abdul Somad (UAS)'), rather than a body's
    ('Komisi Pemilihan Umum (KPU)')?"""
    return initials(written) == acronym and not any(
        never_in_a_name(word) and word.lower() not in HONORIFICS for word in written.split()
    )
