"""Bodies an article names by their initials as well as in full: 'BPS' beside 'Badan Pusat Statistik', 'Komisi
Pemilihan Umum (KPU)'. Words the initials spell belong to the body, never to a person's name after it."""

from __future__ import annotations

import re

from sitegen.name_forms import initials, is_acronym
from sitegen.name_words import INSTITUTION_WORDS

_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+\b(?:[ \t]+[A-Z][a-z]+\b)*")


def institutions_by_initials(text: str) -> dict[str, set[str]]:
    """Initials -> the institutions' names in `text` they stand for: capitalised words, two to six, beginning
    or ending with an institution's word ('BI' -> {'Bank Indonesia'}). One pass over the text."""
    found: dict[str, set[str]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for i in range(len(words)):
            for phrase in (words[i : i + n] for n in range(2, min(6, len(words) - i) + 1)):
                if {phrase[0].lower(), phrase[-1].lower()} & INSTITUTION_WORDS:
                    found.setdefault(initials(" ".join(phrase)), set()).add(" ".join(phrase))
    return found


_INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,})\)")


def spelled_out_before_initials(run: str, text: str, end: int) -> bool:
    """Is `run`, which ends at `end`, the end of a longer name that the initials in brackets after it spell ('Perumahan
    Rakyat' in 'Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)')? Never a person's name whole ('Basuki Tjahaja
    Purnama (BTP)'): the initials spell more words than the run's."""
    after = _INITIALS_AFTER.match(text, end)
    own = initials(run)
    return after is not None and len(after.group(1)) > len(own) and after.group(1).endswith(own.upper())


def before_its_initials(run: str, text: str, end: int) -> bool:
    """Is `run`, which ends at `end`, followed by its own initials in brackets, as a body's name is ('Jaringan
    Masyarakat Peduli Pegunungan Kendeng (JMPPK)')?"""
    after = _INITIALS_AFTER.match(text, end)
    return after is not None and after.group(1) == initials(run)


def body_by_initials(words: list[str], used: set[str]) -> int:
    """Where the name of a body among `words` ends, when the article also writes that name by the initials it `used`
    ('Badan Pusat Statistik' in 'Kepala Badan Pusat Statistik Suhariyanto', beside 'BPS'): the words after it are no
    part of it, or all of them ('Komisi Pemberantasan Korupsi memeriksa …'); 0 if there is no such body."""
    for start, word in enumerate(words):
        if word.lower() in INSTITUTION_WORDS:
            ends = range(start + 2, min(start + 7, len(words) + 1))
            return next((end for end in ends if initials(" ".join(words[start:end])) in used), 0)
    return 0


# What joins a role pending before a run to that run: 'dan' ('Menteri Komunikasi dan Informatika'; 'Politik, Hukum, dan
# Keamanan'), a comma, a dash or a space.
AND = (" dan ", ", dan ")
JOINING = (", ", " - ", " ", *AND)


# A body's short form in brackets may be a word rather than initials: 'Persatuan Artis Film Indonesia (Parfi)'.
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{2,11}")


def role_with_initials(role: str, between: str, run: str, text: str, end: int) -> tuple[str, int] | None:
    """`role`, pending before `run` (which ends at `end`, with `between` joining them), gone on to the initials or
    short form in brackets that are `run` ('Ketua Komisi Pemilihan Umum (KPU)', '… Artis Film Indonesia (Parfi)'), or
    to the rest of the name that initials after `run` spell ('Menteri Pekerjaan Umum dan Perumahan Rakyat', before
    '(PUPR)'); with where it now ends. None if the role does not go on so."""
    if between == " (" and (is_acronym(run) or _SHORT_FORM.fullmatch(run)) and text.startswith(") ", end):
        return f"{role} ({run})", end + 1
    if between in JOINING and spelled_out_before_initials(run, text, end):
        return f"{role}{between}{run}", end
    return None
