"""Subjects that speak, found where a sentence names them without a subject's verb ('Menurut Harry, …', '…, kata
Nguyen dari Harvard.'), or speaks of them without a name ('Saksi yang sama mengatakan, …', 'Seorang saksi mata
melihat …', 'Adiknya juga bangga.'). `sitegen.speakers.People` adds them to the mentions `sitegen.subjects` reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitegen.kin import KIN_WORDS
from sitegen.name_forms import NAME_RUN, ONE_OF_SOME, SOME, SUBJECT_FOLLOWER
from sitegen.name_initials import AGED_INITIALS
from sitegen.name_words import (
    ADVERBS_BEFORE_VERB,
    CLAUSE_OPENERS,
    CROWD_NOUNS,
    DESCRIBED_AS,
    NEGATIONS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
)

if TYPE_CHECKING:
    from sitegen.speakers import People
    from sitegen.subjects import Mention

# Someone unnamed opening a sentence and acting: one of some who are people, or someone's kin.
_UNNAMED_ACTS = re.compile(
    rf"(?:^|[.!?][ \t]+)(?:{ONE_OF_SOME}[ \t]+(?P<who>[a-z]+)(?:,?[ \t]+(?!yang\b)[a-z]+){{0,7}}?,?"
    rf"|(?i:{KIN_WORDS})nya)[ \t]+{SUBJECT_FOLLOWER}",
    re.MULTILINE,
)
_PEOPLE_NOUNS = ROLE_WORDS | DESCRIBED_AS | PERSON_NOUNS | CROWD_NOUNS  # 'saksi', 'warga', 'pria', 'pejabat'

_RUN = re.compile(NAME_RUN)
_DESCRIBED_THEN_NAMED = re.compile(
    rf"\b[Mm]enurut[ \t]+(?P<what>[^,.!?\n\"“”]{{3,120}}?),[ \t]+(?:(?:[A-Z][a-z]{{0,3}}|dr|drg)\.[ \t]+)*"
    rf"(?P<name>{NAME_RUN})"
)


# Someone described, then named, opening a clause that goes on to its verb: 'Nenek bernama Sumiyati itu mengaku …'.
_NAMED_SUBJECT = re.compile(rf"\bbernama[ \t]+({NAME_RUN})[ \t]+(?:itu|ini|tersebut)[ \t]+(?={SUBJECT_FOLLOWER})")


# One of those just spoken of, named: 'Salah satunya Rina Marlina, karyawan swasta.', 'Salah seorang di antaranya,
# Budi Santoso,'
_ONE_OF_THEM = re.compile(
    rf"(?:^|[.!?][ \t]+){ONE_OF_SOME}(?:nya|[ \t]+(?:di[ \t]+antaranya|dari[ \t]+mereka)),?[ \t]+"
    rf"({NAME_RUN})(?=[ \t]*[,.(])",
    re.MULTILINE,
)


# Someone the article does not name: 'Manajer hotel yang enggan disebut namanya mengatakan …', '…, yang tidak mau
# namanya ditulis, menuturkan …', 'Pejabat yang tak disebutkan identitasnya itu menjelaskan …'.
_UNNAMED = (
    r"[ \t]+yang[ \t]+(?:enggan|(?:tidak|tak)(?:[ \t]+(?:mau|ingin))?|minta|meminta)[ \t]+"
    r"(?:di(?:sebut|tulis|ungkap)(?:kan)?[ \t]+(?:nama|identitas)nya"
    r"|(?:nama|identitas)nya[ \t]+di(?:sebut|tulis|ungkap)(?:kan)?)"
    r"(?:[ \t]+(?:itu|ini|tersebut))?"
)


def speaking_subjects(people: People, reference_verbs: str, subject_verbs: str) -> list[Mention]:
    """Speakers a sentence names with no subject of its own, or does not name."""
    text, found = people.text, []
    reported_by = re.compile(  # a body's short form in brackets ends its name, and its holder's name follows
        rf"(?:,[ \t]*(?:{reference_verbs})|\b[Mm]enurut)[ \t]+(?P<run>{NAME_RUN})"
        rf"(?:[ \t]*\((?P<short>[A-Z][A-Za-z&.-]{{1,11}})\),?[ \t]+(?P<holder>{NAME_RUN}))?"
    )
    # Reported speech names a speaker too: '…, kata Nguyen dari Harvard.', 'Menurut Harry, …'.
    for match in reported_by.finditer(text):
        holder = match.group("holder")  # 'Menurut Direktur … Political Opinion (IPO) Dedi Kurnia Syah': the body's
        name, role = people.split(holder) if holder and match.group("short").lower() not in ROLE_WORDS else ("", "")
        name, role = (name, role) if name else people.split(match.group("run"))
        if name and (people.is_person(name) or role):  # 'Menurut Menko Polhukam Wiranto, …': one name, after a role
            found.append((match.start(1), True, name))
    for match in _ONE_OF_THEM.finditer(text):  # 'Salah satunya Rina Marlina, karyawan swasta.': who speaks next
        if people.is_person(name := people.split(match.group(1))[0]):
            found.append((match.start(1), True, name))
    for match in _NAMED_SUBJECT.finditer(text):  # the subject: speaking if a verb of saying follows
        name = people.split(match.group(1))[0]
        if name:
            found.append((match.start(1), bool(re.match(subject_verbs, text[match.end() : match.end() + 40])), name))
    # 'menurut spesialis penyakit dalam sekaligus Ketua Perhimpunan …, Prof. Dr. dr. Arry H. Reksodiputro': a role
    # described, then the name after a comma and the titles.
    for match in _DESCRIBED_THEN_NAMED.finditer(text):
        name = people.split(match.group("name"))[0]
        if {w.lower() for w in match.group("what").split()} & ROLE_WORDS and name and people.is_person(name):
            found.append((match.start("name"), True, name))
    # 'Saksi yang sama mengatakan, …': someone unnamed is speaking.
    for match in re.finditer(
        rf"(?:^|[.!?,]\s+)[A-Z]?[a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:{subject_verbs})\b", text, re.MULTILINE
    ):
        first, *others = match.group(0).strip(" .!?,").split()
        lead = first.lower()
        common = first.islower() or lead in people.lower_words or _unnamed_office(people, first, others)
        to_do = len(others) >= 2 and others[-2].lower() in CLAUSE_OPENERS  # 'waktu terbaiknya untuk menulis'
        # 'ibu dua anak ini menyarankan': the one the article is about, described (`referring_subjects`), not someone
        # unnamed; with 'itu' the words may describe others ('Perempuan petani itu mengingatkan')
        points_back = len(others) >= 2 and others[-2] == "ini"
        if (
            common
            and not to_do
            and not points_back
            and lead not in CLAUSE_OPENERS | ADVERBS_BEFORE_VERB | NEGATIONS | {"sang"}  # 'Andy Setyo, juga meminta'
            and not {lead, *others} & PRONOUNS
        ):
            found.append((match.end(), True, ""))  # not 'Sang aktor': someone named
    for match in re.finditer(rf"{_UNNAMED},?[ \t]+(?:{subject_verbs})\b", text):
        found.append((match.end(), True, ""))
    # 'salah satu pengguna Youtube mengaku …', 'Seorang musisi misalnya, menulis …', 'Seorang karyawan yang terkena
    # PHK, yang meminta namanya tidak disebutkan, mengaku …': someone the article does not single out, capitals or not.
    for match in re.finditer(
        rf"(?:^|[.!?,]\s+){SOME}\s+(?P<who>(?:[^\s,.]+,?\s+){{0,10}}?)(?:{subject_verbs})\b", text, re.MULTILINE
    ):
        who = match.group("who")
        apposed = re.search(r"([A-Z][\w'’-]+)(?:[ \t]*\(\d{1,3}\))?$", text[max(0, match.start() - 40) : match.start()])
        if apposed and text[match.start()] == "," and people.is_person(people.resolve(apposed.group(1))[0]):
            continue  # 'Rina, seorang ibu rumah tangga, mengeluhkan …', 'Siti (45), salah seorang warga, …': described
        # named after all: 'salah satu warga bernama Rina', 'Salah satu pelaku, AS (24),', 'Salah satu warga, Rina,'
        named = AGED_INITIALS.search(who) or any(people.is_person(people.split(run)[0]) for run in _RUN.findall(who))
        if not re.search(r"\bber(?:nama|inisial)\b", who) and not named:
            found.append((match.end(), True, ""))
    # Someone unnamed opening a sentence, who acts, then speaks: 'Seorang saksi mata, pemilik warung di lokasi,
    # melihat …', 'Ibunya juga bangga.'
    for match in _UNNAMED_ACTS.finditer(text):
        if not match.group("who") or match.group("who") in _PEOPLE_NOUNS:
            found.append((match.end(), True, ""))
    return found


def _unnamed_office(people: People, first: str, others: list[str]) -> bool:
    """Do a role word and lower-case words, then a verb, bring in someone the article does not name ('Kepala
    sekolah yang bersangkutan membantah'): no one is given that office ('Pelatih timnas mengatakan': Luis Milla)?"""
    words = others[:-1]
    if first.lower() not in ROLE_WORDS or not words or {word.lower() for word in words} & ADVERBS_BEFORE_VERB:
        return False  # 'Menag juga menyebut': the minister, named by the role alone
    return not people.by_role(first)[0] and not people.by_role(" ".join([first, *words]))[0]
