"""Words that are never a name, told by their form: a sentence may open with a noun made from a root ("Pernyataan
Jokowi …"), a verb in the passive ("Dihubungi terpisah, …") or a common noun ("Prestasi Jorge Lorenzo"), capitalised
there and never a name. A given name that is a word too ('Indah', 'Budi') is written in English news as well, and a
name that looks affixed ('Teresa', 'Permadi', 'Dimas') has no common root of four letters or more."""

from __future__ import annotations

import re

from sitegen.language import zipf
from sitegen.lexicon import stem
from sitegen.name_words import (
    CONNECTIVES,
    EVENT_WORDS,
    HONORIFICS,
    NOT_NAMES,
    PREPOSITIONS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
)
from sitegen.speech_verbs import BARE_ROOTS

COMMON = 4.0  # Zipf: a word used at least once in 10,000 words of Indonesian text


def is_derived_noun(word: str) -> bool:
    """A noun made from a root by an affix ('Pernyataan' from 'nyata', 'Keluhan' from 'keluh'):
    capitalised only at a sentence's start, never a name. Names ending in -an ('Setiawan',
    'Hasan') have no such root, so the stemmer leaves them whole."""
    low = word.lower()
    return low.endswith("an") and len(low) >= 7 and len(root := stem(low)) >= 4 and root != low


def is_agent_noun(word: str) -> bool:
    """A noun for one who does what its root says, made with peN- ('pendaki' from 'daki', 'pemandu' from 'pandu',
    'penyelenggara'): someone, as 'pedagang' is; not a thing made with peN-…-an ('perusahaan'), nor the government."""
    low = word.lower()
    return low.startswith("pe") and not low.endswith("an") and low != "pemerintah" and len(stem(low)) < len(low)


def is_plural(word: str) -> bool:
    """A noun said twice, its plural ('Bangsa-Bangsa' in 'Perserikatan Bangsa-Bangsa', 'Negara-negara'): a body's
    word, never a name's. A hyphenated name ('Geun-hye', 'Jean-Pierre') has two different halves."""
    return re.fullmatch(r"(\w{2,})-(?i:\1)", word) is not None


_NEVER_FIRST = NOT_NAMES | CONNECTIVES | SENTENCE_OPENERS | PREPOSITIONS | BARE_ROOTS


def is_affixed_word(word: str) -> bool:
    """A word made from a common root by ter-, ber-, pe(N)- or -kan ('Terakhir' from 'akhir', 'Bersama',
    'Pesinetron', 'Isyaratkan'): capitalised only at a sentence's start or in a headline, never a name. A name that
    seems to be so made ('Teresa', 'Berliana', 'Permadi') has no common root of four letters or more. A role word
    ('Pendiri', 'Pengacara') is a role, not this."""
    low = word.lower()
    if low in ROLE_WORDS or (not low.startswith(("ter", "ber", "pe")) and not low.endswith("kan")):
        return False
    root = stem(low)  # a long root may be a less common word and still no name's ('Bermartabat' from 'martabat')
    return root != low and len(root) >= 4 and zipf(root, "id") >= (COMMON - 0.5 if len(root) >= 7 else COMMON)


def is_passive_verb(word: str) -> bool:
    """A verb in the passive, di- on a root ('Dihubungi' from 'hubung', 'Ditemui', 'Dikonfirmasi'), that opens a
    sentence saying how the reporter reached someone: no name. Indonesian writes it often, English never; a name
    that seems so made ('Dimas', 'Diego', 'Dian') has a root of three letters or none, or is used in English too."""
    low = word.lower()
    return (
        low.startswith("di")
        and len(root := stem(low)) >= 4
        and root != low
        and zipf(low, "id") >= COMMON - 1
        and zipf(low, "en") == 0
    )


def role_of(words: list[str]) -> str:
    """The role the words before a name give, from its first word that is no sentence's opening ('Sebelumnya
    Direktur', 'Menurut Kepala Pusat Data Informasi'); a former office keeps its 'Mantan' ('Mantan Wakil Presiden')."""
    while words and words[0].lower() in NOT_NAMES and (words[0].lower() != "mantan" or len(words) == 1):
        words = words[1:]
    return " ".join(words)


def up_to_a_verb(words: list[str]) -> list[str]:
    """`words` up to a verb after the first, a common root with -kan ('Kaka Isyaratkan Pensiun', a headline), and not
    a noun with -an whose root ends in k ('Menteri Pendidikan Fred Matiangi')."""
    return next((words[:i] for i in range(1, len(words)) if _root_and_kan(words[i])), words)


def _root_and_kan(word: str) -> bool:
    low = word.lower()
    return low.endswith("kan") and stem(low) + "kan" == low and is_affixed_word(word)


# 'Lalu' opens a Sasak name ('Lalu Muhammad Zohri'), where it is no 'then': after a role or a body in the same run.
_SASAK_FIRST = frozenset({"Lalu"})


def without_leading_non_names(words: list[str], inside: bool = False) -> list[str]:
    """`words` from the first that can begin a name: not 'Sementara', 'Ketika', 'Kepada', a speech verb ('Kata Indro,
    ia …'), a derived noun ('Pernyataan'), an affixed word ('Terakhir Gogobli mendapat …', 'Pesinetron Adjie') or a
    verb in the passive ('Dihubungi terpisah, Bhima …'); when the words come `inside` a run, after others, 'Lalu'
    can ('Direktur … Kemlu Lalu Muhammad Iqbal')."""
    while words and (
        (words[0].lower() in _NEVER_FIRST and not (inside and words[0] in _SASAK_FIRST and len(words) >= 2))
        or is_derived_noun(words[0])
        or is_affixed_word(words[0])
        or is_passive_verb(words[0])
    ):
        words = words[1:]
    return words


def words_but_initials(words: list[str]) -> int:
    """How many words a name has, not counting initials ('S.' in 'Gatot S. Dewa Broto')."""
    return sum(len(word.rstrip(".")) > 1 for word in words)


def without_word_before_full_name(name: list[str], after_body: bool = False) -> list[str]:
    """`name` less an honorific or a common word before a full name: 'Habib Muchsin Al Atas' is Muchsin Al Atas,
    'Prestasi Jorge Lorenzo' (Lorenzo's record) is Jorge Lorenzo; 'Habib Rizieq' and 'Gus Dur' stay whole, and so does
    a name whose other words are one and initials ('Daeng M Faqih'). After a body's name (`after_body`), a word that is
    common too is a given name: 'Rasio' in '… KLHK Rasio Ridho Sani'."""
    if words_but_initials(name[1:]) >= 2 and (
        name[0].lower() in HONORIFICS or (is_common_noun(name[0]) and not after_body)
    ):
        return name[1:]
    return name


def opens_sentences(word: str, around: list[tuple[str | None, str]]) -> bool:
    """Is `word` a common Indonesian word that English text rarely uses ('Aksi', 'Kisah'; not 'Carlos'), capitalised
    only where it opens a sentence, as `around` (its `neighbours`) shows? Then it is no given name, even before one:
    'Aksi Hendri mengundang tawa' is Hendri's act."""
    low = word.lower()
    return (
        zipf(low, "id") >= COMMON
        and zipf(low, "en") < 2
        and all(before is None or before[-1] in '.!?"”' for before, _ in around)
    )


def is_common_noun(word: str) -> bool:
    """Is `word` a common Indonesian word that English text never uses ('Prestasi', 'Kinerja', 'Langkah')? A
    given name, even one that is a word too ('Indah', 'Budi', 'Bintang'), is written in English news as well."""
    low = word.lower()
    return low.isalpha() and zipf(low, "id") >= COMMON and zipf(low, "en") == 0


def with_surname_in_lower_case(name: str, following: list[str]) -> str:
    """`name` with the word `following` it if that is a surname typed in lower case, a word neither Indonesian nor
    English knows ('Haruna soemitro'); not 'Haruna dilansir'."""
    after = following[0] if following else ""
    known = not after.isalpha() or not after.islower() or zipf(after, "id") + zipf(after, "en") > 0
    return name if known else f"{name} {after.capitalize()}"


def is_event(name: str) -> bool:
    """Is `name` an event, an election or a place rather than someone who speaks ('Festival …', 'Pilkada …')?"""
    return name.split()[0].lower() in EVENT_WORDS
