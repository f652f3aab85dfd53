"""The person the clause after a speech verb names ('kata Manajer Humas Daop 2 KAI, Joni Martinus'), read from the
clause alone, with what the article says of its people; and the marks `sitegen.attribution` leaves for the speaker
named before the quotation (`PRONOUN`, `PERSON`), which `sitegen.quotes` resolves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.name_forms import HANDLE, NAME_RUN, never_in_a_name
from sitegen.name_words import GIVEN_NAMES, ORG_WORDS, PERSON_TITLES, ROLE_WORDS
from sitegen.roles import ends_with_rank
from sitegen.word_forms import with_surname_in_lower_case

if TYPE_CHECKING:
    from sitegen.speakers import People

PRONOUN = "\x00pronoun"  # the speaker is whoever was last named
PERSON = "\x00person"  # the speaker is the last person named, not a body ('ujar pria itu')

# A full stop that ends a sentence, not the one after an initial or a title: 'kata M. Hery Saripudin', 'ungkap
# Dr. Damar'.
_STOP = r"(?<!\b[A-Z])" + "".join(rf"(?<!\b(?i:{title}))" for title in sorted(PERSON_TITLES)) + r"\."
SENTENCE_END = re.compile(rf"(?:{_STOP}|[!?])(?:\s|$)")
_CLAUSE_END = re.compile(
    rf"(?:{_STOP}|[;:])(?:\s|$)|[(\n]|\s(?i:di|kepada|dalam|saat|seusai|usai|ketika|melalui|via|seperti|pada|yang|sambil|seraya"
    r"|menjawab|dengan|lewat|kala|kemarin|sebelum|setelah|selaku|sebagai|dikutip|soal|terkait|menanggapi"
    r"|mengomentari|lebih|sembari|mengutip|menirukan|sore|pagi|siang|malam|hari|tadi|mengenai|tentang)\b"
)
_RUN = re.compile(NAME_RUN)
# A role whose words '&', '~', '-', 'dan' or an English 'of' or 'for' join ('Koordinator Divisi Hukum dan Penindakan
# Pelanggaran Bawaslu … Muhammad Jufri', 'Head of Product Management Raf Van Nuffel'; not 'dan' before a second role,
# 'Menteri X dan Gubernur Y', two people).
_JOINER = rf"(?:[&~-]|of|for|dan(?![ \t]+(?i:{'|'.join(sorted(ROLE_WORDS))})\b))"
_ROLE_RUN = re.compile(rf"{NAME_RUN}(?:[ \t]+{_JOINER}[ \t]+{NAME_RUN})+")
# The rest of a word, and the capitalised words after it: a clause cut for its length ends after a name, not in it.
_REST_OF_NAME = re.compile(r"\S*(?:[ \t]+[A-Z]\S*)*")


def clause_of(text: str) -> str:
    """The clause `text` opens with, up to where it ends, or its first 80 characters and the rest of a name there
    ('… Kebencanaan Geologi, Agus Budi Santoso', not '… Agus B')."""
    cut = _CLAUSE_END.search(text)
    if cut:
        return text[: cut.start()]
    rest = _REST_OF_NAME.match(text, 80)
    return text[: rest.end()] if rest else text


def speaker_in(clause: str, people: People) -> tuple[str, str]:
    """The person a clause after a speech verb names: 'Manajer Humas Daop 2 KAI, Joni Martinus'."""
    handle = re.search(HANDLE, clause)
    if handle:
        return handle.group(0), ""
    words = clause.split()
    if words and words[0][:1].islower() and (len(words) == 1 or words[0].lower() not in ROLE_WORDS):
        name, role = people.resolve(words[0])  # 'kata blinken'; 'ujar walikota': the one person given that role
        if name:
            return name, role
    joined = _ROLE_RUN.match(clause)  # 'VP Sales & Marketing Telkomsel Area Jabotabek - Jabar Agus Mulyadi'
    if joined and re.match(r"[ \t]+[A-Z\d]", clause[joined.end() :]):  # the name comes after the joined role:
        name, role = speaker_in(clause[joined.end() :].strip(), people)  # '… & Marketing Research 4W PTSIS Harold'
        if name:
            return name, role
    name, role = people.resolve(joined.group(0)) if joined else ("", "")
    whole = joined is not None and not clause[joined.end() :].strip()  # or one name that ends the clause:
    if (len(name.split()) >= 2 or (whole and one_name(name))) and name[:1].isupper() and role:
        return name, role  # 'Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono'
    runs = [m.group(0) for m in _RUN.finditer(clause)]
    named = [(run, people.resolve(run)) for run in runs]
    named = [(run, found) for run, found in named if not _role_alone(found[0], people)]  # 'Head', 'Kapolsek' alone
    resolved = [found for _run, found in named]
    full = sorted((found for found in resolved if len(found[0].split()) >= 2), key=lambda f: f[0] not in people.known)
    if full:  # a full name the article gives first ('Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo
        return full[0]  # Nugroho': not 'Pusat Data Informasi'), then a short name used for a person
    for name, role in resolved:  # a short name used for a person, or given after a rank ('Brigjen Suntana')
        if name and (people.is_person(name) or ends_with_rank(role.split())):
            return name, role
    first = runs[0].split() if runs else []
    if named and named[0][0] == runs[0] and words[0].lower() in ROLE_WORDS and words[1:2] == first[:1]:
        name, role = named[0][1]  # 'ujar manajer Haruna … dilansir akun Twitter resmi klub': the manager
        if name == runs[0]:
            name = with_surname_in_lower_case(name, words[1 + len(first) : 2 + len(first)])
        if name:
            return name, role
    if len(resolved) == 1 and resolved[0][0]:
        run, (name, role) = named[0]
        if _body_named_in(run, name, people):
            return run, ""  # 'kata Bank Dunia dalam sebuah pernyataan': the body, named whole
        return name, role  # one name, even a short or an institutional one ('ATC')
    if re.search(r"\b(?:itu|tersebut|ini)\b", clause) and not runs:
        return PRONOUN, ""  # 'ucap jenderal polisi bintang dua itu'
    if len(words) == 1 and words[0].lower() in ROLE_WORDS:
        return PERSON, ""  # 'ujar Jaksa', no one's role in the article: the prosecutor named before, as 'jaksa itu'
    return "", ""


def _role_alone(name: str, people: People) -> bool:
    """Is `name` a role word alone ('Kapolsek'), not a given name too that the article never writes as the start of a
    role or a name ('kata Duta' for Sheila on 7's singer; not after 'Duta Besar RI untuk Jepang Heri Akhmadi')?"""
    low = name.lower()
    return low in ROLE_WORDS and (
        low not in GIVEN_NAMES or any(after[:1].isupper() for _before, after in people.neighbours(name))
    )


def one_name(word: str) -> bool:
    """Could `word`, set off after an office, be the one name of its holder ('Mulyadi' in 'kata Ketua RT setempat,
    Mulyadi'), not a body's (an acronym, 'Polri') or a place's ('Jakarta')?"""
    return " " not in word and not never_in_a_name(word)


def _body_named_in(run: str, name: str, people: People) -> bool:
    """Is `name` the last word of a body's name (`run`: 'Dunia' in 'Bank Dunia'), rather than a person's?"""
    words = run.split()
    return (
        len(words) > 1
        and words[-1] == name
        and words[0].lower() in ORG_WORDS
        and words[0].lower() not in ROLE_WORDS
        and not people.is_person(name)
    )
