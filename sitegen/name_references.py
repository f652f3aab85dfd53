"""The words an article uses for someone: a name used on its own ('kata Retno', 'Herrie belum …'), a name used
entirely alone ('kata Raja.'), and a single name it introduces as someone of their own ('Rina (45) mengaku', 'Salah
satu warga, Rina, mengatakan'). `sitegen.speakers` reads these once per article to tell a short name's owner.
"""

from __future__ import annotations

import re

from sitegen.name_forms import AGE, NAME_WORD, SUBJECT_FOLLOWER, is_acronym
from sitegen.name_words import (
    BEFORE_SUBJECT,
    CROWD_NOUNS,
    DESCRIBED_AS,
    HONORIFICS,
    NOT_NAMES,
    PERSON_NOUNS,
    PERSON_TITLES,
    RANKS,
    ROLE_WORDS,
)
from sitegen.nicknames import short_names_given
from sitegen.speech_verbs import VERBS_PASSIVE
from sitegen.word_forms import is_agent_noun, is_derived_noun, is_passive_verb

# A rank, title or honorific between a speech verb and the name it is said of: 'kata Kombes Kamal', 'ujar Pak Budi'.
_RANK_OR_TITLE = rf"(?:(?i:{'|'.join(sorted(RANKS | PERSON_TITLES | HONORIFICS))})\.?[ \t]+(?=[A-Z]))?"


# One name, then their age or who they are, then a verb: 'Rina, warga Bekasi, mengatakan', 'Rina (45) mengaku', 'Rina,
# 45 tahun, menuturkan', 'Rina (45), warga Bekasi, mengaku'; or who they are, then the name: 'Salah satu warga, Rina,
# mengatakan', 'Warga Jalan Kenanga, Rina (45), mengatakan'.
_SOME_ONE = r"(?:(?:[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang))[ \t]+)?"
_WHO_THEY_ARE = rf"(?:\d{{1,3}}[ \t]+tahun|{_SOME_ONE}(?P<noun>[a-z-]+)\b[^,\n\"“”]{{0,60}})"
# Where who someone is cannot reach back past: a dateline's dash, or the word that opens it ('Jakarta - Seorang sopir
# truk, Darso, menceritakan …' describes Darso as a driver, not as 'Jakarta').
_NOT_WHO = r"[ \t]-[ \t]|[ \t](?:[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang))\b"
# The place after who someone is, set off too: 'Warga Desa Supiturang, Lumajang, Misnadi, mengaku …'.
_PLACE_SET_OFF = r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
_DESCRIBED_NAME = re.compile(
    rf"\b(?P<name>[A-Z][a-z'’-]+)(?=[ \t]*\(|,)(?:{AGE})?(?:,[ \t]*{_WHO_THEY_ARE},)?[ \t]+{SUBJECT_FOLLOWER}"
    rf"|(?<![\w-]){_SOME_ONE}(?P<before>[A-Za-z-]+)\b(?P<what>(?:(?!{_NOT_WHO})[^,\n\"“”]){{0,40}}){_PLACE_SET_OFF},"
    rf"[ \t]+{_RANK_OR_TITLE}(?P<named>[A-Z][a-z'’-]+)(?:{AGE})?,"
    rf"[ \t]+{SUBJECT_FOLLOWER}"
)
# Whom words are given as according to, a person's name set off by a comma: 'Menurut Roberto, para pelaku …'.
_ACCORDING_TO = re.compile(rf"\b[Mm]enurut[ \t]+{_RANK_OR_TITLE}([A-Z][a-z'’-]+),")
# Someone ordinary given a name with 'bernama': 'Penumpang bernama Lestari mengeluhkan …', 'seorang warga bernama Udin'.
_CALLED_SO = re.compile(r"\b(?P<noun>[A-Za-z-]+)[ \t]+bernama[ \t]+(?P<name>[A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])")
# What names someone before their name set off: 'Kuasa hukum Asyani, Supriyono,', 'Orang tua murid, Yuliani,'.
_DESCRIBES = DESCRIBED_AS | PERSON_NOUNS | CROWD_NOUNS | ROLE_WORDS | {"kuasa", "orang"}


_ORDINARY = DESCRIBED_AS | PERSON_NOUNS | CROWD_NOUNS  # who someone is, if not an office: 'pedagang', 'warga'
# What may follow a name after a verb of saying: their age, who they are, or more of the name.
_AFTER_SAID = re.compile(rf"{AGE}|,[ \t]+{_SOME_ONE}(?P<noun>[a-z-]+)\b|(?P<more>[ \t]+{NAME_WORD})")


def words_for_someone(text: str, reference_verbs: str, lower_words: set[str]) -> tuple[set[str], set[str], set[str]]:
    """The words `text` uses on their own for someone ('kata Retno', 'Herrie belum …'); those used entirely alone
    for a person ('kata Raja.'), even where they can be a role; and the single names it introduces as someone of
    their own, by age or as an ordinary person ('kata Yanti, pedagang di Pasar Senen', 'Rina (45) mengaku') or as a
    name of its own ('… atau Indro'), which are whole, no fuller name's short form. `lower_words` are its words in
    lower case."""
    # 'kata Budi', '"…," Kata Budi' (capitalised after the quotation), 'diungkapkan oleh Budi', 'sapaan akrab Yosep'
    said = (
        rf"\b(?:{reference_verbs}|(?<=[\"”][ \t])(?i:{reference_verbs})|(?:{VERBS_PASSIVE})[ \t]+oleh"
        rf"|sapaan(?:[ \t]+(?:akrab|karib))?),?\s+{_RANK_OR_TITLE}"
    )
    references, alone, introduced = set(), set(), set()
    for match in re.finditer(rf"{said}({NAME_WORD})", text):
        name, after = match.group(1), _AFTER_SAID.match(text, match.end())
        references.add(name)
        if not (after and after.group("more")):
            alone.add(name)
        if after and not after.group("more") and after.group("noun") in (None, *_ORDINARY):
            introduced.add(name)
    for match in re.finditer(rf"\b([A-Z][\w'’-]+)[ \t]+{SUBJECT_FOLLOWER}", text):
        preceding = text[max(0, match.start() - 30) : match.start()].split()
        # 'Kendati begitu, Herrie belum …', 'Namun Budi menilai …', 'Dias, Taufiq dan Yandi mengaku …'
        if not preceding or preceding[-1][-1] in '.,!?;:"”' or preceding[-1].lower() in BEFORE_SUBJECT:
            references.add(match.group(1))
    for match in _DESCRIBED_NAME.finditer(text):  # a single name given someone described by age or who they are
        noun, name = match.group("noun") or match.group("before"), match.group("name") or match.group("named")
        if noun and noun.lower().endswith("nya") and noun[:-3].lower() in _DESCRIBES:
            noun = noun[:-3]  # 'Istrinya, Euis, mendukung': his wife, whom the words name
        following = (match.group("what") or "").split()[:1]  # 'Calon penumpang, Lestari,': who, after a modifier
        if following and noun.lower() not in _DESCRIBES and following[0].lower() in _ORDINARY:
            noun = following[0]
        one_of = match.group(0)[:6].lower() in ("seoran", "salah ")  # 'Salah satu penerima sertifikat, Suparmi (58),'
        one_of = one_of or (noun is not None and is_agent_noun(noun))  # 'Pendaki asal Malang, Rudi,'
        if (noun is None or noun.lower() in _DESCRIBES or one_of) and not name.endswith("nya"):  # not 'Akibatnya,'
            references.add(name)
        if noun is None or noun.lower() in _ORDINARY or one_of:
            introduced.add(name)
    references = {
        word
        for word in references
        if not is_acronym(word)
        and word.lower() not in lower_words | NOT_NAMES
        and not is_derived_noun(word)
        and not is_passive_verb(word)
    }
    for match in _ACCORDING_TO.finditer(text):  # 'Menurut Roberto, para pelaku …': whom the words are according to
        references.add(match.group(1))
    for match in _CALLED_SO.finditer(text):
        if match.group("noun").lower() in _ORDINARY:
            references.add(match.group("name"))
            introduced.add(match.group("name"))
    introduced |= short_names_given(text)  # 'Indrodjojo Kusumonegoro atau Indro': 'Indro' is whole
    return references, alone, {name for name in introduced if re.fullmatch(r"[A-Z][a-z'’-]+", name)}
