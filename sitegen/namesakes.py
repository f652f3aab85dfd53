"""Namesakes: people an article names who share a word of their names ('Presiden Prabowo Subianto', 'Kapolri Listyo
Sigit Prabowo'). `sitegen.speakers.People.resolve` reads a short form the same wherever it stands; an attribution that
uses only the word they share ('kata Prabowo') before the article names the fullest of them ('Listyo Sigit Prabowo')
means one named by then, not one named only later."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from sitegen.name_index import slip_of_the_pen
from sitegen.subjects import names_in_order

if TYPE_CHECKING:
    from sitegen.speakers import People

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_LOOK_BACK = 2000  # characters searched for each namesake's other words: finding quotes stays linear


def namesake_meant(people: People, speaker: str, phrase: str, position: int) -> str:
    """Whom the attribution `phrase` of a quotation at `position` means when the fullest name with the words it
    uses, `speaker`, is first given after it: of those named by then who have them, the one spoken of last.
    `speaker` if it is named by then, if the attribution gives it whole, or if no one named by then has them."""
    if people.first_named.get(speaker, -1) < position or speaker in phrase:
        return speaker  # named before, or a name the article does not give as written, or gives whole here
    used = set(_CAPITALISED.findall(phrase)) & set(speaker.split())
    if not used:
        return speaker
    in_order = names_in_order(people)
    end = bisect.bisect_left(in_order, (position,))
    namesakes: list[str] = []
    for _first, name in in_order[max(0, end - 20) : end]:
        if (
            len(name.split()) >= 2
            and used <= set(name.split())
            and not any(_same_name(name, other) for other in namesakes)
            and people.is_person(name)
        ):
            namesakes.append(name)
    if len(namesakes) < 2:
        return namesakes[0] if namesakes else speaker
    return max(namesakes, key=lambda name: _last_spoken_of(people.text, name, used, position))


def _same_name(name: str, other: str) -> bool:
    """Is one of the two the other with more words, perhaps with a slip of the pen ('Hariyadi Bidisantoso
    Sukamdani', 'Hariyadi Budisantoso')?"""
    shorter, longer = sorted((name.lower().split(), other.lower().split()), key=len)
    rest = iter(longer)
    return all(any(word == w or slip_of_the_pen(word, w) for w in rest) for word in shorter)


def _last_spoken_of(text: str, name: str, shared: set[str], position: int) -> int:
    """Where, shortly before `position`, the text last gives a word of `name` it does not share; -1 if nowhere."""
    floor = max(0, position - _LOOK_BACK)
    return max(
        (
            match.start()
            for word in set(name.split()) - shared
            for match in _whole(word).finditer(text, floor, position)
        ),
        default=-1,
    )


def _whole(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
