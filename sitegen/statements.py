"""Whose words a statement pointed back to gives ('"…," demikian pernyataan tersebut'): the one the article last names
issuing a statement, a body or a person; no one, where that is an office it names no holder of ('Menteri Luar Negeri
Israel dalam pernyataan resminya mengatakan …')."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from sitegen.clause_speaker import SENTENCE_END
from sitegen.initials import before_its_initials
from sitegen.name_forms import AFTER_DATELINE_PLACE, NAME_RUN, is_acronym

if TYPE_CHECKING:
    from sitegen.speakers import People

DOCUMENT = r"(?:[Pp]ernyataan|[Kk]eterangan|[Rr]ilis|[Ss]iaran[ \t]+[Pp]ers|[Kk]omunike)"
# A statement named again after a quotation: 'pernyataan tersebut', 'keterangan tertulis itu'.
STATEMENT_BACK = re.compile(rf"{DOCUMENT}(?:[ \t]+(?:resmi|tertulis|pers))*[ \t]+(?:tersebut|itu|ini)")
# A statement where the article gives it: 'dalam pernyataan resminya', 'keterangan tertulis', 'ujar pernyataan …'.
_ISSUED = re.compile(rf"\b{DOCUMENT}(?:nya|[ \t]+(?:resmi|tertulis)(?:nya)?)*\b")
_RUN_AFTER = re.compile(rf"[ \t]+(?:dari[ \t]+|milik[ \t]+)?({NAME_RUN})")
_RUN = re.compile(NAME_RUN)
_DATELINE = re.compile(AFTER_DATELINE_PLACE)
_LOOK_BACK = 3000  # characters: the statement is named near the quotation that gives its words
_SENTENCE_AT_MOST = 400  # characters of the sentence that names the statement, read back from it


def named_whole(people: People, body: str) -> str:
    """A body that issues a statement, named whole ('pernyataan Departemen Kepolisian Auburn', not 'Auburn'), or by
    the fuller name its words stand for."""
    full = people.resolve(body)[0]
    return full if len(full.split()) >= len(body.split()) else body


def issuer_before(people: People, position: int) -> tuple[str, str] | None:
    """(name, role) of whoever issued the statement last named before `position`, outside quotations: a body named
    right after it ('ujar pernyataan Departemen Kepolisian Auburn'), else the first of its sentence's runs to name
    someone, a body ('Hal itu disampaikan Jaringan Masyarakat Peduli Pegunungan Kendeng (JMPPK) dalam keterangan
    tertulisnya', 'BPBD DKI Jakarta dalam keterangan tertulisnya'), or an office; ('', '') for an office no one is named
    to. None if no statement is named."""
    text = people.text
    issued = [
        m for m in _ISSUED.finditer(text, max(0, position - _LOOK_BACK), position) if not people.quoted(m.start())
    ]
    if not issued:
        return None
    statement = issued[-1]
    after = _RUN_AFTER.match(text, statement.end())
    if after:
        return named_whole(people, after.group(1)), ""
    paragraph = people.paragraph_starts[bisect.bisect_right(people.paragraph_starts, statement.start()) - 1]
    opening = max(paragraph, statement.start() - _SENTENCE_AT_MOST)  # a look-up stays cheap in a crafted text
    sentence = max([opening] + [m.end() for m in SENTENCE_END.finditer(text, opening, statement.start())])
    for run in _RUN.finditer(text, sentence, statement.start()):
        if people.quoted(run.start()) or _DATELINE.match(text, run.end()):
            continue  # 'Tel Aviv - Militer Israel dalam pernyataannya …': the place the news is from
        if people.names_body(run.group(0)) or before_its_initials(run.group(0), text, run.end()):
            return run.group(0), ""  # 'Jaringan Masyarakat Peduli Pegunungan Kendeng (JMPPK)', named whole
        name, role = people.split(run.group(0))
        if not (name or role) and (" " in run.group(0) or is_acronym(run.group(0))):
            return run.group(0), ""  # 'Persija Jakarta merilis pernyataan resmi': no one's name, a body's, whole
        full, full_role = people.resolve(name) if name else ("", "")
        if full and people.is_person(full):
            return full, role or full_role
        if role and not name:
            return people.by_role(role)
    return None
