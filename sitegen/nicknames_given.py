"""Nicknames the article gives its people, read into `sitegen.speakers.People` once its subjects are known: given
beside a name ('Basuki Tjahaja Purnama (Ahok)'), or by a description after someone named in full ('pemain beralias
Bepe itu', 'Gus Sholah, sapaan akrabnya,', 'Teco, begitu ia biasa disapa,'), or by a first name and a surname
('Tom Lembong, sapaan akrabnya,'). `sitegen.nicknames` finds the forms."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from sitegen.clause_speaker import one_name
from sitegen.name_forms import NAME_WORD
from sitegen.name_words import DESCRIBED_AS, HONORIFICS, PERSON_NOUNS
from sitegen.nicknames import NICKNAME, NICKNAMED, nicknames, nicknames_called
from sitegen.subjects import last_mention_before, last_person_named_before, named_by
from sitegen.word_forms import is_common_noun

if TYPE_CHECKING:
    from sitegen.speakers import People

# A description that gives a nickname: 'pemain beralias Bepe itu', 'pria yang akrab disapa Emil itu', opening a
# sentence too ('Pria yang akrab disapa Emil itu'); or a nickname said to be the one named before's: 'Bepe, sapaan
# akrabnya,'.
_DESCRIBED_NICKNAME = re.compile(
    rf"(?:\b[a-z]+|(?:(?<![^\n])|(?<=[.!?][ \t]))(?P<opening>[A-Z][a-z]+))"
    rf"[ \t]+(?:{NICKNAMED}|beralias|berjuluk|dijuluki)[ \t]+({NICKNAME})(?:[ \t]+[a-z-]+){{0,2}}"
    rf"[ \t]+(?:itu|ini|tersebut)\b"
    rf"|\b((?:{NAME_WORD}[ \t]+)?{NICKNAME}),[ \t]+"
    rf"(?:(?:sapaan|panggilan)(?:[ \t]+(?:akrab|karib))?(?:nya|[ \t]+(?:dia|beliau))"
    rf"|begitu[ \t]+(?:ia|dia|beliau)[ \t]+(?:(?:biasa|akrab|karib|kerap)[ \t]+)?(?:di)?(?:sapa|panggil))\b"
)


def _in_full(people: People, name: str) -> bool:
    """Does `name` stand for a name of two words or more, or one given a role ('Gelandang Persib Hariono') or an
    office ('Ahli vulkanologi Surono'): a person's, rather than a body's one word?"""
    full, role = people.resolve(name)
    return len(full.split()) >= 2 or bool(full and (role or full in people.offices))


def given_nicknames(people: People, given: list[tuple[str, str]]) -> None:
    """'Basuki Tjahaja Purnama (Ahok)', "Andrew 'Andy' Cole" (`given`): each nickname names the one given with it from
    here on, if a full name, or one word no body's ('Rosana, yang akrab disapa Mbak Yos,'). A nickname given before
    the name ('Mbah Rono — sapaan Surono') names someone, even one the article names by one word."""
    called = nicknames_called(people.text)
    for written, nickname in nicknames(people.text) + given + [(name, nick) for nick, name in called.items()]:
        full = people.resolve(written)[0]
        named = len(full.split()) >= 2 or nickname in called or _one_name(full)
        if named and nickname not in full.split():
            people.alias(nickname, full)


def _one_name(word: str) -> bool:
    """Is `word` one name, no body's, nor a noun for someone that opens a sentence ('Pria yang akrab disapa Buwas
    itu', 'Sosok yang …')?"""
    return (
        word[:1].isupper()
        and one_name(word)
        and word.lower() not in PERSON_NOUNS | DESCRIBED_AS
        and not is_common_noun(word)
    )


def described_nicknames(people: People) -> None:
    """'Bambang Pamungkas … mengatakan … . Maka, pemain beralias Bepe itu berharap …': a description that
    gives a nickname right after someone named in full is theirs, so that 'tutur Bepe' is Bambang Pamungkas (so
    are 'Gus Sholah, sapaan akrabnya,' and 'Teco, begitu ia biasa disapa,'); with
    no subject before it, the last person named ('Menurut pria yang lebih sering dipanggil Ahok sehari-hari itu')."""
    for match in _DESCRIBED_NICKNAME.finditer(people.text):
        if (opening := match.group("opening")) and (
            opening in people.referred_to
            or any(opening in name.split() and at != match.start() for name, at in people.first_named.items())
        ):
            continue  # a name the article gives elsewhere, not a description: 'Bambang yang akrab disapa Bepe itu'
        nickname = match.group(2) or match.group(3)
        if (words := nickname.split())[0].lower() not in HONORIFICS and len(words) == 2:
            if _aliased_by_surname(people, *words):
                continue  # 'Tom Lembong, sapaan akrabnya,': Thomas Trikasih Lembong's
            nickname = words[1]  # 'Politikus Hendi, sapaan akrabnya,'
        # the last person named in full before it, past a body ('meminta Pertamina mengantisipasi …')
        before = last_mention_before(people.mentions, match.start(), functools.partial(_in_full, people))
        if before and before[2]:
            full = people.resolve(named_by(people, before))[0]
        else:  # no subject before it: the last person named ('"…," kata Gubernur DKI Basuki Tjahaja Purnama')
            full = last_person_named_before(people, match.start())
        if _in_full(people, full) and nickname not in full.split() and people.resolve(nickname)[0] == nickname:
            people.alias(nickname, full)  # not a name of someone else


def _aliased_by_surname(people: People, first: str, last: str) -> bool:
    """'Tom Lembong, sapaan akrabnya,': is it a first name and the last word of someone named in full without
    that first name? If so, they are called so, and by the first name alone, from here on."""
    full = people.resolve(last)[0]
    if len(words := full.split()) >= 2 and last == words[-1] and first not in words and people.is_person(full):
        if people.resolve(first)[0] in (first, f"{first} {last}"):  # 'kata Tom', unless someone else is so named
            people.alias(first, full)
        people.alias(f"{first} {last}", full)
        return True
    return False
