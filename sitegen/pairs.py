"""Two people who speak as one: '…," kata pengacaranya, Eric Corngold dan Mary Mulligan', and '…," kata keduanya'
after 'Pasangan pengantin asal Cianjur, Ahmad dan Siti, …'.

Their quotation's speaker is both names as the article gives them, joined by 'dan' ('Eric Corngold dan Mary
Mulligan'), as the annotated sets name them. A pair is two names that are each someone's: a full name or one the
article uses for a person, or, set off by commas after who they are, single names that are no place's, body's or
event's ('Pasangan pengantin asal Cianjur, Ahmad dan Siti, viral …').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.name_forms import HANDLE, NAME_RUN, names_a_body, never_in_a_name
from sitegen.word_forms import is_event

if TYPE_CHECKING:
    from sitegen.speakers import People

BOTH = "\x00both"  # the speakers are the two people named together last ('kata keduanya')
JOINER = " dan "

# 'kata keduanya', 'ujar mereka berdua', 'tulis keduanya kompak': the two of them.
SAID_BY_BOTH = re.compile(
    r"(?:keduanya|kedua[ \t]+(?:orang|pria|wanita|perempuan)[ \t]+(?:itu|tersebut)|mereka[ \t]+berdua)\b"
)
# Two names joined by 'dan', each a run of capitalised words, perhaps with an account after them.
_PAIR = re.compile(rf"(?P<first>{NAME_RUN})[ \t]+dan[ \t]+(?P<second>{NAME_RUN})(?:[ \t]*\([ \t]*{HANDLE}[ \t]*\))?")
_LOOK_BACK = 1200  # characters before a quotation searched for the pair it means: linear in the article's length


def pair_named(words: str, people: People) -> str:
    """Both names, joined by 'dan', if `words` are exactly two people's names ('Eric Corngold dan Mary Mulligan',
    'Karena dan Katrina (@ToneItUp)') set off after who they are; else ''."""
    match = _PAIR.fullmatch(words.strip(" \t,"))
    return _both(match, people, set_off=True) if match else ""


def pair_before(people: People, position: int) -> str:
    """The two people named together last before `position`, joined by 'dan'; '' if the article names no pair."""
    text, start = people.text, max(0, position - _LOOK_BACK)
    found = ""
    for match in _PAIR.finditer(text, start, position):
        before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() : match.end() + 1]
        set_off = before == ", " and (after in ",(" or match.group(0).endswith(")"))  # '…, Karena dan Katrina (@…)'
        found = _both(match, people, set_off) or found
    return found


def _both(match: re.Match[str], people: People, set_off: bool) -> str:
    """The pair `match` names, each resolved to the fullest form the article gives; '' unless both are people."""
    names = []
    for run in (match.group("first"), match.group("second")):
        name = people.resolve(run)[0] or (run if set_off and " " not in run else "")  # 'Karena', not 'because'
        # one name, set off after a comma, so capitalised as a name even if it is a word too ('Karena dan Katrina')
        single = " " not in name and not never_in_a_name(name) and name not in people.places
        if not name or is_event(name) or not (people.is_person(name) or (set_off and single)):
            return ""
        names.append(name)
    return JOINER.join(names) if names[0] != names[1] else ""


def is_pair(speaker: str) -> bool:
    """Does `speaker` name two people speaking together ('Eric Corngold dan Mary Mulligan'), not a body whose name
    has 'dan' in it ('Kementerian Kelautan dan Perikanan', 'Badan Meteorologi, Klimatologi, dan Geofisika')?"""
    first, joined, second = speaker.partition(JOINER)
    return bool(joined) and JOINER not in second and "," not in speaker and not names_a_body(first.split())
