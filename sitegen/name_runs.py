"""Read an article's runs of capitalised words, in order: who each names, with what role, and who is a verb's subject.

A run is 'Menteri Kelautan dan Perikanan Susi Pudjiastuti' or 'Telkom Indonesia'. `People.split` cuts each into a
name and a role; this module joins what the runs say together: a role that goes on into the next run ('Menteri
Komunikasi dan Informatika Rudiantara'), a role set off after a name ('AKP Boby Kusumawardhana, Kapolsek Tambun'),
an agent a role speaks for ('Juru bicara Presiden Joko Widodo, Johan Budi'), and the run right before a verb, which is
that verb's subject ('Susi mengatakan', 'Menag menjelaskan', 'RM mengaku').
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from sitegen.initials import AND, JOINING, role_with_initials
from sitegen.kin import kin_opening_a_sentence
from sitegen.name_forms import (
    FOLLOWED_BY_VERB,
    FORMERLY,
    NAME_RUN,
    apposed_role,
    is_acronym,
    names_a_body,
    title_after_of,
)
from sitegen.name_words import CEREMONIES, DESCRIBED_AS, NAMED_AFTER, NOT_NAMES, ROLE_WORDS
from sitegen.roles import (
    agent_of,
    body_before_apposed_name,
    office_before,
    office_of,
    office_right_before,
    portfolio_goes_on,
    role_goes_on,
    unit_before,
)
from sitegen.word_forms import role_of

if TYPE_CHECKING:
    from sitegen.speakers import People

_RUN = re.compile(NAME_RUN)


@dataclasses.dataclass
class Runs:
    """What an article's runs say, in the text's order."""

    names: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (name, role), a name each time given
    offices: dict[str, str] = dataclasses.field(default_factory=dict)  # 'Luis Milla': 'pelatih', as a role only
    organisations: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)  # 'Telkom': 'Telkom Indonesia'
    institutions: set[str] = dataclasses.field(default_factory=set)  # 'Gadjah Mada' in 'Universitas Gadjah Mada'
    first_named: dict[str, int] = dataclasses.field(default_factory=dict)  # where each name is first given
    subjects: list[tuple[int, bool, str, bool]] = dataclasses.field(default_factory=list)  # (…, after a role?)
    role_subjects: list[tuple[int, bool, str]] = dataclasses.field(default_factory=list)  # 'Menag menjelaskan'
    initials: list[tuple[int, bool, str]] = dataclasses.field(default_factory=list)  # 'RM mengaku'
    bodies: list[tuple[int, bool, str]] = dataclasses.field(default_factory=list)  # 'Kementerian … menyatakan'


_PAIR = re.compile(r"([^-]+[ \t][^-]+)-([A-Z][^-]*[ \t][^-]+)")


def _pair_of_names(name: str) -> list[str]:
    """A pair that stands together ('Pramono Anung-Rano Karno'), two names of two words or more joined by a hyphen:
    each name; else `name` itself ('Jean-Pierre Raffarin', 'Shin Tae-yong')."""
    pair = _PAIR.fullmatch(name)
    return [pair.group(1), pair.group(2)] if pair else [name]


_ORDINAL = re.compile(r"ke-?\d+")
# A name someone went by before and goes by no more: 'RM (yang sebelumnya dikenal dengan nama Rap Monster)'.
_FORMERLY = re.compile(rf"\b{FORMERLY}(?:[ \t]+(?:dengan[ \t]+nama|sebagai))?[ \t]+$")
_IF = re.compile(r"\b(?i:jika|kalau|bila|apabila|seandainya|andaikan|andai)[ \t]+$")


def _named_rite(text: str, start: int) -> bool:
    """Does a rite's or a celebration's word come right before `start` ('upacara Grebeg Maulud'): the name is its?"""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and text[start - 1] == " " and before[-1] in CEREMONIES


def read_runs(people: People, speech_verb: re.Pattern[str]) -> Runs:
    """Every run of `people.text` outside quotations, read with the one before it; subjects are (position, speaking?,
    name), speaking when `speech_verb` follows the run."""
    text, found = people.text, Runs()
    pending_role, role_end, name_end, verb_end = "", -1, -1, -1
    for match in _RUN.finditer(text):
        run, start = match.group(0), match.start()
        formerly = _FORMERLY.search(text, max(0, start - 50), start)
        if people.quoted(start) or title_after_of(text, start) or _named_rite(text, start) or formerly:
            pending_role, role_end = "", -1
            continue  # 'Starbucks Reserve Roasteries' inside a quotation names no speaker, nor 'upacara Grebeg Maulud'
        # 'AKP Boby Kusumawardhana, Kapolsek Tambun, …': the role of the name before
        if apposed_role(text, run, name_end, match.end(), people.references):
            named, named_role = found.names[-1]
            found.names[-1] = (named, f"{named_role}, {run}" if named_role else run)
            continue
        between = text[role_end:start] if role_end >= 0 else ""  # what joins a role to this run
        joined = between in JOINING
        longer = role_with_initials(pending_role, between, run, text, match.end()) if pending_role else None
        if longer:  # 'Ketua Komisi Pemilihan Umum (KPU)', 'Menteri … dan Perumahan Rakyat (PUPR)'
            pending_role, role_end = longer
            continue
        if pending_role and between == ", " and portfolio_goes_on(run, text, match.end(), people.references):
            pending_role, role_end = f"{pending_role}, {run}", match.end()  # 'Menteri … Bidang Politik, Hukum, dan'
            continue
        before = text[max(0, start - 20) : start].split()
        if before and _ORDINAL.fullmatch(before[-1]):
            before.pop()  # 'Wakil Presiden ke-13 RI Ma'ruf Amin': the office's number
        after_role = (joined and bool(pending_role)) or (bool(before) and before[-1].lower() in ROLE_WORDS)
        head, _, rest = run.partition(" ")
        if pending_role and between in AND and rest:
            name, role = people.split(rest, True)  # 'Menteri Komunikasi dan Informatika Rudiantara'
            role = f"{head} {role}".strip()
        else:
            apposed = text[max(0, start - 2) : start] == ", " and text.startswith(",", match.end())  # ', Lalu Zaini,'
            name, role = people.split(run, after_role, set_off=(between == ", " and bool(pending_role)) or apposed)
        if name == run and run.lower() in DESCRIBED_AS and text.startswith(",", match.end()):
            name = ""  # 'Korban, seorang mahasiswi berinisial NA, berharap …': whom the words set off name acts
        if role and not (joined and pending_role) and not {word.lower() for word in role.split()} & ROLE_WORDS:
            role = f"{office_before(text, start)} {role}".strip()  # 'calon gubernur DKI', not 'DKI'
        elif role and not (joined and pending_role):  # 'anggota Komisi III DPR', not 'Komisi III DPR'
            role = f"{office_right_before(text, start)} {role}".strip()
        if role and (unit := unit_before(text, start)):
            role = f"{unit}{role}"  # 'Danrem 061/Suryakancana'
        all_role = bool(role) and (
            role_goes_on(name, role, text, match.end(), people.references)  # 'Menteri Komunikasi dan …'
            or body_before_apposed_name(text, match.end(), name, people.referred_to)  # 'Direktur … Indef, Enny'
        )
        if all_role or kin_opening_a_sentence(text, start, run, found.first_named):  # 'Putra Sule, Rizky Febian, …'
            name, role = "", role_of(run.split())  # the run is all role: the name is after it
        if joined and pending_role and (name or role):
            joiner = between if between in (*AND, " - ") else " "
            role = f"{pending_role}{joiner}{role}".strip() if role else pending_role
        agent = agent_of(role, name, text, match.end())  # 'Juru bicara Presiden Joko Widodo, Johan Budi,'
        role = "" if agent else role
        verb = FOLLOWED_BY_VERB.match(text, match.end())
        speaking = bool(verb) and bool(speech_verb.match(text, match.end()))
        if not name and verb and speaking and verb.end() != verb_end and names_a_body(run.split()):
            found.bodies.append((start, speaking, run))  # 'Kementerian Dalam Negeri Singapura menyatakan …'
        if not name and role and verb and verb.end() != verb_end:
            found.role_subjects.append((start, speaking, role))
            verb_end = verb.end()
        if not name and not role and verb and is_acronym(run) and verb.end() != verb_end:
            found.initials.append((start, speaking, run))  # 'RM mengaku'
            verb_end = verb.end()
        if not name and not role and verb:
            words = [w for w in run.split() if w.lower() not in NOT_NAMES]
            if len(words) >= 2 and not is_acronym(words[0]):  # 'Telkom Indonesia memprediksi …'
                found.organisations.setdefault(words[0], (" ".join(words), ""))
        if name:
            if not (role or agent or (joined and pending_role)) and (office := office_of(text, start, run, name)):
                found.offices.setdefault(name, office)  # 'kata pelatih Luis Milla', 'Kapten tim Andy Setyo'
            words = run.split()
            if len(words) > len(name.split()) and words[-len(name.split()) - 1].lower() in NAMED_AFTER:
                found.institutions.add(name)  # 'Gadjah Mada' in 'Universitas Gadjah Mada'
            for one in _pair_of_names(name):  # 'pasangan Pramono Anung-Rano Karno': each of the two
                found.names.append((one, role if one == name else ""))
                found.first_named.setdefault(one, start)
            name_end = match.end()
            # not a name inside a subject's clause before it ('Dadan Hindayana yang mendampingi Gibran menyebut …'),
            # nor the subject of a condition ('Namun jika Rina Wijaya setuju, …')
            conditional = _IF.search(text, max(0, start - 12), start)
            if verb and verb.end() != verb_end and start >= verb_end and not conditional:
                found.subjects.append((start, speaking, name, bool(role) or after_role or name in found.offices))
                verb_end = verb.end()
        pending_role, role_end = (agent or role, match.end()) if agent or (role and not name) else ("", -1)
    return found
