"""Whom a description in an attribution means: 'ujar koreografer asal Inggris ini' is the one person the article
calls a choreographer beside their name ('Sebagai koreografer tari, James Cousins'); 'kata juru bicara itu' is no
one named where the article brought them in unnamed ('Seorang juru bicara Gedung Putih mengatakan …')."""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from sitegen.name_forms import NAME_RUN, is_acronym
from sitegen.name_words import INSTITUTION_WORDS, ORG_WORDS, ROLE_WORDS
from sitegen.word_forms import is_event

if TYPE_CHECKING:
    from sitegen.speakers import People

_RUN = re.compile(NAME_RUN)
# A name and the lower-case words right before or after it in the same clause: 'Sebagai koreografer tari,
# James Cousins', 'Andrew, pria kelahiran Balikpapan'.
_LOWER_WORDS = r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}"  # one to four words in lower case
_BESIDE_NAME = re.compile(
    rf"(?<![\w-])(?P<before>{_LOWER_WORDS}),?[ \t]+(?P<name>{NAME_RUN})(?:,[ \t]+(?P<after>{_LOWER_WORDS}))?"
)
MODIFIERS = frozenset({"mantan", "eks", "bekas", "sang", "si", "seorang", "salah", "satu", "para"})
_POINTING = frozenset({"itu", "ini", "tersebut"})  # the words that end a description pointing back
# A body's word right before a name: the words before it describe one of its members, not the body ('pebalap akademi
# tim Kuda Jingkrak', 'pelatih klub Persib').
_MEMBER_OF = INSTITUTION_WORDS | frozenset("tim klub grup band partai perusahaan".split())


def described_as(description: str, people: People, before: int | None = None) -> tuple[str, str] | None:
    """The one person the article calls by the description's noun, beside their name ('ujar koreografer
    asal Inggris ini' after 'Sebagai koreografer tari, James Cousins'), and names `before` that position if given;
    None if no one, or several."""
    nouns = [word for word in description.split() if word.lower() not in MODIFIERS]
    if not nouns or not nouns[0].islower():
        return None
    in_description = {people.resolve(run)[0] for run in _RUN.findall(description)}  # 'kekasih aktris Ariel Tatum itu'
    named = _called(people).get(nouns[0], set()) - in_description
    if before is not None:  # 'kata kiper Persija itu': not the 'Pelatih kiper …' the article names after
        named = {name for name in named if people.first_named.get(name, 0) < before}
    # 'pebalap Ducati itu': not the one whose role names Repsol Honda; but 'koreografer asal Inggris ini' is anyone's
    bodies = list(itertools.takewhile(lambda word: word[:1].isupper(), nouns[1:]))
    if bodies and named:
        named = {name for name in named if set(bodies) <= set(people.resolve(name)[1].split())}
        if not named:
            return None
    unnamed_at = _brought_in_unnamed(people).get(tuple(word for word in nouns if word not in _POINTING))
    if not named and unnamed_at is not None and (before is None or unnamed_at < before):
        return "", ""  # 'kata juru bicara itu' after 'Seorang juru bicara Gedung Putih mengatakan …'
    return people.resolve(named.pop()) if len(named) == 1 else None  # with the role the article gives them


# 'Seorang juru bicara Gedung Putih mengatakan': someone brought in by what they are; not 'Seorang petani, Budi,'.
_SOMEONE = re.compile(r"\b[Ss]eorang(?=[ \t])")
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
_NAME_APPOSED = re.compile(r"[^,.\n]{0,60},[ \t]+[A-Z]")
# A sentence opening on someone of a body, in lower-case words, and a verb: 'Juru bicara militer Israel mengklaim'.
_OPENS_ON_UNNAMED = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?P<what>[A-Z][a-z]+(?:[ \t]+[a-z]+){1,3})[ \t]+(?P<body>[A-Z][\w-]+)"
    r"[ \t]+(?:me|ber)[a-z]+\b",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def _brought_in_unnamed(people: People) -> dict[tuple[str, ...], int]:
    """The first one to four words after each 'seorang' that brings someone in with no name after a comma, and
    where the article first does so: read once per article, so a description is looked up in constant time."""
    first: dict[tuple[str, ...], int] = {}
    for match in _SOMEONE.finditer(people.text):
        words: tuple[str, ...] = ()
        end = match.end()
        while len(words) < 4 and (word := _NEXT_WORD.match(people.text, end)):
            words, end = (*words, word.group(1)), word.end()
            if not _NAME_APPOSED.match(people.text, end):
                first.setdefault(words, match.start())
    for match in _OPENS_ON_UNNAMED.finditer(people.text):  # 'Juru bicara militer Israel mengklaim …'
        if is_acronym(body := match.group("body")) or body.lower() in ORG_WORDS:
            words = tuple(match.group("what").lower().split())
            for n in range(1, len(words) + 1):
                first.setdefault(words[:n], match.start("what"))
    return first


@functools.lru_cache(maxsize=8)
def _called(people: People) -> dict[str, set[str]]:
    """Each lower-case word used beside a person's name, and the full names it is used beside: read once
    per article, so a description is looked up in constant time."""
    called: dict[str, set[str]] = {}
    for match in _BESIDE_NAME.finditer(people.text):
        if people.quoted(match.start("name")):
            continue
        name = people.resolve(match.group("name"))[0]
        if len(name.split()) < 2 or is_event(name):  # a full name: a person's or a body's
            continue
        before = match.group("before").split()
        for word in (before if before[-1] not in _MEMBER_OF else []) + (match.group("after") or "").split():
            called.setdefault(word, set()).add(name)
    for name, role in people.names:  # a role that opens a sentence, its noun capitalised: 'Pebalap Repsol Honda Marc …'
        if role and len(name.split()) >= 2 and (noun := role.split()[0]).lower() in ROLE_WORDS:
            called.setdefault(noun.lower(), set()).add(name)
    return called
