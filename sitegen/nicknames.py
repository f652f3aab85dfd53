"""Nicknames an article gives its people: 'Basuki Tjahaja Purnama (Ahok)', 'Muhaimin Iskandar atau Cak Imin', '…
yang akrab disapa Butet', 'Ustaz Abdul Somad (UAS)', and a nickname given before the name it is for ('Chacha, sapaan
akrab Natasha'). Each names the one given with it from there on."""

from __future__ import annotations

import re

from sitegen.name_forms import NAME_RUN, NAME_WORD, initials, is_acronym, never_in_a_name
from sitegen.name_words import HONORIFICS

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
    rf"|,?[ \t]+(?:alias[ \t]+({NAME_WORD})|(?:atau[ \t]+)?{NICKNAMED}[ \t]+({NICKNAME})|atau[ \t]+({HONORIFIC_NAME})))"
)


# A nickname given first, then the name it is for: 'Mbah Rono — sapaan Surono —', 'Chacha, sapaan akrab Natasha,'.
_CALLED = re.compile(rf"({NAME_RUN})[ \t]*(?:[—–-]|,)?[ \t]*sapaan(?:[ \t]+(?:akrab|karib))?[ \t]+({NAME_RUN})")


def nicknames_called(text: str) -> dict[str, str]:
    """The nickname -> the name it stands for, for each nickname given before the name ('Gus Syaf sapaan akrab
    Syafi'in'): a nickname of one person, even one the article names by one word."""
    return {_last_name_word(match.group(1)): match.group(2) for match in _CALLED.finditer(text)}


def _last_name_word(run: str) -> str:
    """The last word of `run`, with the honorific before it if any: 'Gigi' in 'Suami Gigi', 'Mbah Rono'."""
    words = run.split()
    return " ".join(words[-2:]) if len(words) >= 2 and words[-2].lower() in HONORIFICS else words[-1]


def nicknames(text: str) -> list[tuple[str, str]]:
    """(the name as written, the nickname given with it) for each nickname the text gives."""
    found = ((m.group(1), m.group(2) or m.group(3) or m.group(4) or m.group(5)) for m in _NICKNAME.finditer(text))
    return [
        (written, nickname)
        for written, nickname in found
        if not is_acronym(nickname) or _initials_of(written, nickname)
    ]


def _initials_of(written: str, acronym: str) -> bool:
    """Is `acronym` a person's initials, an honorific's among them ('Ustaz Abdul Somad (UAS)'), rather than a body's
    ('Komisi Pemilihan Umum (KPU)')?"""
    return initials(written) == acronym and not any(
        never_in_a_name(word) and word.lower() not in HONORIFICS for word in written.split()
    )
