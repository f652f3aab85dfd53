"""Who said a quotation, read in the words before its opening mark: 'Blinken mengatakan: "…', 'Menurut dia, "…',
'Sang aktor melanjutkan, "…'. Like `sitegen.attribution`, it reads no more than `WINDOW` characters before the mark,
so finding quotes stays linear in the article's length. It also reads the passive sentences that name a speaker
('… diungkapkan oleh Presiden Ferrari, Sergio Marchionne')."""

from __future__ import annotations

import bisect
import re

from sitegen.attribution import CLOSE, PERSON, PRONOUN, SENTENCE_END, STRAIGHT, WINDOW, Span
from sitegen.descriptions import MODIFIERS, described_as
from sitegen.kin import KIN_WORDS, THE
from sitegen.name_forms import HANDLE, NAME_RUN, NAME_WORD, ONE_OF_SOME, is_pronoun
from sitegen.name_words import (
    CROWD_NOUNS,
    DESCRIBED_AS,
    NOT_NAMES,
    PERSON_NOUNS,
    QUANTIFIERS,
    ROLE_WORDS,
    STATES,
)
from sitegen.speakers import People
from sitegen.speech_verbs import VERBS_AFTER, VERBS_BEFORE, VERBS_PASSIVE
from sitegen.word_forms import without_leading_non_names

_WHO = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*|[Dd]ia|[Ii]a|[Bb]eliau"
_VERB_BEFORE = re.compile(rf"\b(?:{VERBS_BEFORE})\b")
_ADVERBS = re.compile(r"(?:\s+(?:juga|pun|kembali|lalu|kemudian|pernah|sempat|lantas|bahkan|pun))+\s*$")
# What a reporter puts between a speaker and the verb: where, when, how, and who they are.
_ADJUNCT = re.compile(
    r"(?:,?\s+(?:yang|dalam|di|saat|ketika|kepada|melalui|lewat|usai|seusai|pada|via|seperti)\s[^,]{0,100}?)+,?\s*$"
)
_AS_ROLE = re.compile(r"\s+(?:selaku|sebagai)\s+[^,]+,\s*$")  # 'Daniel Tumiwa selaku CEO OLX, …'
# 'Menurut Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho, "…': a portfolio's 'dan' in a role;
# 'Kata Anang, "…', 'Kata Kepala Biro … Anang Ristanto: "…'
_WHO_WITH_ROLE = rf"{NAME_WORD}(?:[ \t]+(?:dan[ \t]+)?{NAME_WORD})*|[Dd]ia|[Ii]a|[Bb]eliau"
_ACCORDING_TO = re.compile(
    rf"\b(?:[Mm]enurut(?:nya|\s+(?P<who>{_WHO_WITH_ROLE}))[^\n“\"”]*|[Kk]ata\s+(?P<who2>{_WHO_WITH_ROLE})\s*[,:]\s*"
    rf"|[Kk]atanya(?P<nya>(?:\s+lagi)?)\s*[,:]\s*)$"
)
# Someone the words do not name, as subject: one of some ('Seorang pelanggan setia'), or someone's kin ('Adiknya').
_SOMEONE_UNNAMED = re.compile(
    rf"(?:^|,)[ \t]*(?:{ONE_OF_SOME}(?:[ \t]+[a-z]+){{1,4}}|(?i:{KIN_WORDS})nya)"
    r"[ \t,]*$"
)
# A preposition before a name: the name ends a description of someone it does not name ('wakil duta besar Pyongyang
# untuk PBB', 'seorang pejabat di Kementerian Luar Negeri').
_OBJECT_OF = re.compile(r"\b(?:untuk|dari|di|ke|bagi|pada)[ \t]+$")
_NAME_AND_COLON = re.compile(rf"[ \t]*({NAME_RUN})[ \t]*:[ \t]*")  # a paragraph opening on a name and a colon
# 'Sang aktor melanjutkan': one person named before, as 'kata sang pelatih' is (`sitegen.attribution`); not kin.
_THE_ONE = re.compile(rf"(?<![\w@]){THE}[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t,]*$)")
# 'Pelatih asal Spanyol itu mengatakan', 'Menurut pria kelahiran Bogor ini,': a description that opens the sentence
# and points back, to the one it describes, named before. Its first noun is a role or a person's noun.
_POINTING_BACK = re.compile(
    r"^[ \t]*(?:[Mm]enurut[ \t]+)?(?P<what>[A-Za-z]+(?:[ \t]+[^\s,\"“”]+){0,5}?)[ \t]+(?:itu|tersebut|ini)[ \t,]*$"
)


def attribution_before(text: str, span: Span, people: People):
    """(speaker, role, phrase) from 'X mengatakan: "…' before the opening mark, or None."""
    line_start = text.rfind("\n", max(0, span.start - WINDOW), span.start) + 1
    head = text[max(line_start, span.start - WINDOW) : span.start - 1]
    boundary = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind(CLOSE), head.rfind(STRAIGHT))
    head = head[boundary + 1 :] if boundary != -1 else head
    if not head.strip() or re.search(r"[.!?]\s*$", head):
        return None
    alone = _NAME_AND_COLON.fullmatch(head)  # 'Flick: "…"', as an interview is written down
    if alone and people.is_person(name := people.resolve(alone.group(1))[0]):
        return people.resolve(name) + (head.strip(),)
    handle = re.search(rf"\b(?:akun|account)\s+({HANDLE})[\s,:]*$", head)
    if handle:  # 'direspons Telkom dari akun @TelkomCare, "…'
        return handle.group(1), "", head[handle.start() :].strip()
    for verb in reversed(list(_VERB_BEFORE.finditer(head))):  # the verb nearest the quote first
        before = _ADVERBS.sub("", _AS_ROLE.sub("", head[: verb.start()]))
        before = _ADJUNCT.sub("", before)  # 'Olivier Gerhardt dalam rilisnya', 'Hendry yang ikut …,'
        the = _THE_ONE.search(before)
        if the:  # 'Sang aktor melanjutkan, "…': the actor named before
            return (described_as(the.group(0), people) or (PERSON, "")) + (head[the.start() :].strip(),)
        pointing = _described_before(before, people)
        if pointing:
            return pointing + (head[: verb.start()].strip(),)
        crowd = re.search(r"(?<![\w@])([A-Za-z]+)[ \t,]*$", before)
        if crowd and crowd.group(1).lower() in CROWD_NOUNS:
            return "", "", head[crowd.start() :].strip()  # 'penonton … pun berteriak “Encore!”': a crowd
        unnamed = _SOMEONE_UNNAMED.search(before)
        if unnamed:  # 'Seorang pelanggan mengatakan, "…', 'Adiknya menimpali, "…'
            return "", "", head[unnamed.start() :].strip(" ,")
        who = re.search(rf"(?<![\w@])({_WHO})[ \t,]*$", before)
        if who and who.group(1).lower() in PERSON_NOUNS:
            return PERSON, "", head[who.start() :].strip()  # 'Pria yang tahun lalu juara … mengatakan, "…'
        if who and _common_noun(who.group(1), people):
            return "", "", head[who.start() :].strip()  # 'Penonton kemudian berteriak "…': people nobody names
        if who and _OBJECT_OF.search(before, 0, who.start()) and not people.is_person(people.resolve(who.group(1))[0]):
            return "", "", head[who.start() :].strip()  # 'wakil duta besar Pyongyang untuk PBB mengatakan': not PBB
        if who and people.names_body(who.group(1)):
            return who.group(1), "", head[who.start() :].strip()  # 'Kementerian Luar Negeri menyatakan, "…'
        if who:
            found = _who(who.group(1), people)
            if not found and who.group(1).split()[0].lower() in ROLE_WORDS:
                found = ("", "")  # 'Presiden Korea Selatan mengatakan …': someone the article does not name
            opening = not before[: who.start()].rstrip() or before[: who.start()].rstrip().endswith((",", "-", "–"))
            found = found or (_state(who.group(1)) if opening else None)  # 'Namun China, …, mengatakan': the state
            if found:
                return found + (head[who.start() :].strip(),)
    pointing = _described_before(head, people)  # 'Menurut pria asal Spanyol itu, "…'
    if pointing:
        return pointing + (head.strip(),)
    match = _ACCORDING_TO.search(head)
    if match:
        named = match.group("who") or match.group("who2")
        found = _who(named, people) if named else (PRONOUN, "")  # 'katanya lagi, "…', 'Menurutnya, "…'
        if found:
            return found + (match.group(0).strip(),)
    return None


def _described_before(clause: str, people: People) -> tuple[str, str] | None:
    """The one a description pointing back names ('Pelatih asal Spanyol itu', 'mantan pemain Persib tersebut'):
    the person the article calls so, or else the last person named; None if `clause` is no such description."""
    match = _POINTING_BACK.match(clause)
    if not match:
        return None
    what = match.group("what")
    nouns = [word.lower() for word in what.split() if word.lower() not in MODIFIERS]
    if not nouns or nouns[0] not in ROLE_WORDS | PERSON_NOUNS:
        return None
    return described_as(what[0].lower() + what[1:], people) or (PERSON, "")


def _common_noun(word: str, people: People) -> bool:
    """Is `word` a common noun that opens a sentence ('Penonton'), written in lower case elsewhere too?"""
    low = word.lower()
    return low in people.lower_words - NOT_NAMES - QUANTIFIERS and word not in people.referred_to


def _state(who: str) -> tuple[str, str] | None:
    """A country named as the subject of a verb of saying ('Namun China, …, mengatakan'), as a state that speaks; None
    for anything else."""
    words = without_leading_non_names(who.split())
    return (" ".join(words), "") if words and " ".join(words).lower() in STATES else None


def _who(who: str, people: People) -> tuple[str, str] | None:
    if is_pronoun(who):  # 'Ia berkata: "…': a person, even where the last subject is no one's name
        return PERSON, ""
    name, role = people.resolve(who)
    return (name, role) if name else None


# 'Hal tersebut diungkapkan langsung oleh Presiden Ferrari, Sergio Marchionne.', '… dikatakan Kasat Reskrim X.', a
# role in lower case first: 'Hal senada disampaikan anggota Komisi III DPR Arsul Sani.', or who they are, then their
# name: 'Hal senada disampaikan petani lain, Mulyono.'
_SAID_BY = re.compile(
    rf"\b(?:{VERBS_PASSIVE})[ \t]+(?:(?:langsung|pula|juga|sendiri)[ \t]+)?(?:oleh[ \t]+)?"
    r"(?P<lower>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3},?[ \t]+)?"
    rf"(?P<first>{NAME_RUN})(?:,[ \t]+(?P<second>{NAME_RUN}))?"
)


_AGENT_NOUNS = ROLE_WORDS | DESCRIBED_AS | PERSON_NOUNS | CROWD_NOUNS  # 'anggota …', 'petani lain, …', 'warga, …'


def note_passive_speakers(text: str, people: People) -> None:
    """'… diungkapkan oleh Presiden Ferrari, Sergio Marchionne': the agent is speaking."""
    for match in _SAID_BY.finditer(text):
        name = _agent(text, match, people)
        if name and not people.quoted(match.start()):
            people.note_speaker(name, match.start("first"))


def _agent(text: str, match: re.Match[str], people: People) -> str:
    """The person a match of `_SAID_BY` names as the one who said it; '' if none (the one spoken to, a body)."""
    first, second, lower = match.group("first"), match.group("second"), match.group("lower")
    described = [word.rstrip(",") for word in lower.split() if word.rstrip(",") not in MODIFIERS] if lower else []
    if described and described[0] not in _AGENT_NOUNS:
        return ""  # 'disampaikan kepada Presiden …': the one spoken to ('mantan' aside: 'diucapkan mantan Ketua DPR …')
    who = second if second and (lower or first.split()[0].lower() in ROLE_WORDS) else first
    if who == second:  # a role that goes on past a comma: the name is the last run of the commas' chain
        who = _last_of_chain(text, match.start("second")) or who
    apposed = bool(lower) and lower.rstrip().endswith(",")  # who they are, then one name: 'petani lain, Mulyono'
    return _someone(who, people, apposed)


def _someone(who: str, people: People, apposed: bool = False) -> str:
    """The person `who` names: a person's name, one given a role ('Kapolres … Kombes Indarto'), or one name after who
    they are (`apposed`); '' if none."""
    name, role = people.resolve(who)
    return name if name and (people.is_person(name) or apposed or role) else ""


# The sentence after a quotation (and its attribution, if any) that says who said it: '"…," ujarnya. ¶ Demikian
# disampaikan Kapolres Metro Bekasi Kombes Indarto', '"…." Hal itu ditegaskan …', 'Demikian kata …'; not 'Hal senada …',
# which is someone else saying the same.
_THAT_WAS_SAID = re.compile(
    r"(?:[^\n]*?(?:[.!?](?=\s)|(?=\n))|(?=[ \t]))\s*"  # after an attribution, or right after the quotation
    r"(?:Demikian|(?:Hal|Pernyataan|Keterangan|Penjelasan|Kalimat|Ucapan|Perkataan)[ \t]+(?:itu|tersebut|ini))"
    rf"[ \t]+(?:(?P<active>{VERBS_AFTER})[ \t]+(?P<who>{NAME_RUN})|(?=di))"
)


def said_after(text: str, end: int, people: People) -> str:
    """The person the sentence after a quotation closing at `end` names as having said it; '' if none."""
    match = _THAT_WAS_SAID.match(text[end + 1 : end + WINDOW])
    if not match:
        return ""
    if match.group("active"):
        return _someone(match.group("who"), people)
    said_by = _SAID_BY.match(text, end + 1 + match.end())
    return _agent(text, said_by, people) if said_by else ""


def _last_of_chain(text: str, start: int) -> str:
    """The last run of name words opening a segment of the comma-separated chain from `start`, within its sentence:
    'Bambang Suwignyo' in 'Bidang Penelitian, Pengabdian Kepada Masyarakat dan Kerjasama, Bambang Suwignyo, dalam …'."""
    sentence = SENTENCE_END.split(text[start : start + WINDOW], maxsplit=1)[0]
    last = ""
    for segment in sentence.split(",")[:4]:
        run = re.match(NAME_RUN, segment.strip())
        if not run:
            break
        last = run.group(0)
    return last


# What opens a sentence that goes on with what the one before reported: 'Selain itu,', 'Lebih lanjut,'.
_REPORT_GOES_ON = re.compile(
    r"(?:Selain[ \t]+itu|Di[ \t]+samping[ \t]+itu|Lebih[ \t]+lanjut|T(?:ak|idak)[ \t]+hanya[ \t]+itu),"
)


def report_goes_on(text: str, span: Span, people: People):
    """(speaker, role, phrase) for words in marks in a sentence that goes on with what the sentence before, in the
    same paragraph, reported someone saying ('Menteri … Florence Parly mengatakan pelaku …. Selain itu, investigasi
    untuk menentukan "motif dan keadaan" …'); None if the sentence opens otherwise, or the one before reports no one.
    It reads back WINDOW characters at most, and finds the speaker by bisection: a look-up stays cheap."""
    paragraph = max(text.rfind("\n", max(0, span.start - WINDOW), span.start) + 1, span.start - WINDOW)
    ends = [match.end() for match in SENTENCE_END.finditer(text, paragraph, span.start - 1)]
    opening = _REPORT_GOES_ON.match(text, ends[-1]) if ends else None
    if not opening:
        return None
    previous = ends[-2] if len(ends) >= 2 else paragraph
    first, last = (bisect.bisect_left(people.speaking, (at,)) for at in (previous, ends[-1]))
    name = people.speaking[last - 1][2] if last > first else ""
    return people.resolve(name) + (opening.group(0).rstrip(","),) if name else None
