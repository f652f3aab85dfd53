"""Subjects that speak without a name of their own: a pronoun or a description that refers back to someone named
before (someone the article does not name is found in `sitegen.speaking_subjects`).

`sitegen.speakers.People` adds these to the names it has read, so that 'ujarnya' after 'Saksi
yang sama mengatakan' is no one named, and 'ujarnya' after 'Dia menjelaskan' is the last person named.
Each is a mention: (position, speaking?, name), the name "" for someone unnamed.
`last_subject_before` reads them, with the speakers of the quotations found so far, to tell
whom 'ujarnya' means; a pronoun's mention names whoever was named last before it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Set
from typing import TYPE_CHECKING

from sitegen.language import zipf
from sitegen.name_forms import NAME_RUN, SUBJECT_FOLLOWER
from sitegen.name_words import (
    ADVERB_BEFORE_VERB,
    BEFORE_SUBJECT,
    PRONOUNS,
    ROLE_WORDS,
)
from sitegen.speech_verbs import VERBS_BEFORE
from sitegen.word_forms import COMMON, is_event

if TYPE_CHECKING:
    from sitegen.speakers import People

Mention = tuple[int, bool, str]

_RUN = re.compile(NAME_RUN)


def named_by_role(people: People, found: list[tuple[int, bool, str]]) -> list[Mention]:
    """Subjects that a role used alone names, found as (position, speaking?, role): 'Menag menjelaskan' is the one
    person the article gives the role 'Menteri Agama'. Each role is looked up once, and only a few: linear time."""
    named: dict[str, str] = {}
    for _position, _speaking, role in found:
        if role not in named and len(named) < 50:
            named[role] = people.by_role(role)[0]
    return [(position, speaking, named[role]) for position, speaking, role in found if named.get(role)]


def referring_subjects(people: People, subject_verbs: str) -> list[Mention]:
    """Subjects that refer back to someone named before: 'Bahkan dia membeberkan …' (the last
    person named), and a description ('mantan suami Nia Daniati itu juga hadir …'; with 'ini' only before a speech
    verb, 'selebriti berusia 29 tahun ini mengaku', not 'jembatan kaca ini tidak hanya …'), which names
    the person the article is most about, other than anyone the description names. `people.mentions`
    are the named subjects, sorted."""
    found: list[tuple[int, str]] = []  # (position, the description, or "" for a pronoun that speaks)
    for match in re.finditer(  # at a sentence's start, not '…,” ia melanjutkan' after a quotation
        rf"(?:^|[.!?][ \t]+)(?:(?P<first>[A-Z][a-z]+),?[ \t]+)?(?:[Dd]ia|[Ii]a|[Bb]eliau)[ \t]+"
        rf"(?:{ADVERB_BEFORE_VERB}[ \t]+)?(?:{subject_verbs})\b",
        people.text,
        re.MULTILINE,
    ):
        if not match.group("first") or match.group("first").lower() in BEFORE_SUBJECT:
            found.append((match.end(), ""))
    for match in re.finditer(
        rf"(?:^|[.!?,][ \t]+)(?P<what>[a-z][^.,!?\n\"“”]{{3,80}}?)[ \t]+"
        rf"(?:(?:itu|tersebut)[ \t]+{SUBJECT_FOLLOWER}|ini[ \t]+(?:(?:juga|pun)[ \t]+)?(?:{subject_verbs})\b)",
        people.text,
        re.MULTILINE,
    ):
        if match.group("what").split()[0] not in PRONOUNS | {"yang", "dan", "serta", "atau"}:  # a clause, a list
            found.append((match.start("what"), match.group("what")))
    mentions, added, subjects = people.mentions, [], _subject_counts(people) if found else Counter()
    last, i = "", 0  # the last subject before `position`, and where the walk through `mentions` is
    for position, what in sorted(found):
        while i < len(mentions) and mentions[i][0] < position:
            last, i = mentions[i][2], i + 1
        if people.quoted(position):
            continue
        if what:  # the person most often a subject, other than anyone the description names
            named = [full for full in subjects if not set(full.split()) & set(what.split())]
            last = max(named, key=subjects.__getitem__) if named else ""  # a tie: the one named first
        if last:
            added.append((position, not what, last))
    return added


# A sentence that reports what someone said, up to a subject in it, who does not speak for themself: 'Menurut
# Kapolsek, S mengaku …', 'Ari Dono menjelaskan, para tersangka menjanjikan …'.
_REPORTED = re.compile(
    r"(?:[A-Z][a-z]+,?[ \t]+)?"
    rf"(?:[Mm]enurut[ \t]+[^,.\n\"“”]{{1,60}}"
    rf"|(?:{NAME_RUN}|[Ii]a|[Dd]ia|[Bb]eliau)[ \t]+(?:{ADVERB_BEFORE_VERB}[ \t]+)?(?:{VERBS_BEFORE}))"
    r",[^.!?\n\"“”]*"
)


def reported(text: str, position: int) -> bool:
    """Is `position` in a sentence that opens on 'Menurut X,' ('Menurut Kapolsek, S mengaku anggota polisi …') or
    on someone saying ('Ari Dono menjelaskan, para tersangka menjanjikan …')? Then the sentence's speaker is theirs.
    Only the 300 characters before it are read: linear in the article's length."""
    line_start = max(position - 300, text.rfind("\n", max(0, position - 300), position) + 1, 0)
    stop = text.rfind(". ", line_start, position)
    return bool(_REPORTED.fullmatch(text, stop + 2 if stop >= 0 else line_start, position))


def last_subject_before(
    people: People,
    position: int,
    since: int | None = None,
    person: bool = False,
    speaking: bool = False,
    unlike: str = "",
    quotation: str = "",
) -> str:
    """Who 'ujarnya' means: the subject of the quote's own paragraph; else the last person
    named speaking, else the last one named acting. '' if that is someone unnamed, or, when
    `since` is given, if no one is named (`speaking`, if asked) between `since` and `position`. A `person`
    ('ujar pria yang akrab disapa RA itu') is no body: someone with a full name, a role, or quoted before. No one
    the attribution (`unlike`) or the `quotation` names is meant: 'ujar kekasih aktris Ariel Tatum itu' is not Ariel
    Tatum, nor '"… arahan Pak Menteri jelas …," katanya' the minister."""
    if since is not None:
        pool = people.speaking if speaking else people.mentions
        named = pool[bisect.bisect_left(pool, (since,)) : bisect.bisect_left(pool, (position,))]
        named = [m for m in named if m[2] and people.is_person(m[2])]
        return people.resolve(named_by(people, named[-1]))[0] if named else ""
    paragraph = people.paragraph_starts[bisect.bisect_right(people.paragraph_starts, position) - 1]
    others = {people.resolve(run)[0] for run in _RUN.findall(unlike)} | _named_in(people, quotation)
    keep = functools.partial(_someone, people, person=person, others=others) if person or others else None
    spoke = last_mention_before(people.speaking, position, keep)
    index = bisect.bisect_left(people.mentions, (paragraph,))  # the subject opening the paragraph, if any
    opening = people.mentions[index] if index < len(people.mentions) else None
    if spoke and spoke[0] >= paragraph:
        chosen: Mention | None = spoke
    elif opening and opening[0] < position and _opens_on(people, paragraph, opening, keep):
        chosen = opening  # 'Anies mempertanyakan …', 'Sementara pada 2014, Leslie …' opens the quote's paragraph
        introduced = last_mention_before(people.mentions, position, keep)  # unless someone new acts after them:
        if introduced and introduced[0] > opening[0] and _takes_over(people, opening, introduced):
            chosen = introduced  # 'Lionel Messi mencetak dua gol. Usai laga, pelatih Barcelona Ernesto Valverde …'
    else:
        acting = last_mention_before(people.mentions, position, keep)
        chosen = spoke or acting
        if acting and acting[0] >= paragraph and _opens_sentence(people, paragraph, acting):
            chosen = acting  # 'Perwakilan pengemudi diterima Moeldoko. Usai pertemuan, Moeldoko berjanji …'
        topic = _subject_of_paragraph_before(people, paragraph, position)
        if topic and (not chosen or chosen[0] < topic[0]) and (keep is None or keep(topic[2])):
            chosen = topic
    body = None if person else last_mention_before(people.bodies, position, None)
    if body and body[0] >= paragraph and (not chosen or chosen[0] < body[0]):
        return body[2]  # a body speaking as a whole in the quote's paragraph: 'Kementerian … Singapura menyatakan …'
    name = named_by(people, chosen) if chosen else ""
    if not name and person:
        return last_person_named_before(people, position)
    return people.resolve(name)[0] if name else ""


def _named_in(people: People, quotation: str) -> set[str]:
    """Whom a `quotation` speaks of, by name or by title ('arahan Pak Menteri'): a run of two words or more, or one
    word that is no common word and that the article never writes in lower case ('Ini', opening a sentence, is no
    one)."""
    runs = (run for run in _RUN.findall(quotation) if " " in run or not _common(run.lower(), people.lower_words))
    return {full for run in runs if (full := people.resolve(run)[0])}


def _common(word: str, lower_words: Set[str]) -> bool:
    return word in lower_words or zipf(word, "id") >= COMMON


def _takes_over(people: People, opening: Mention, later: Mention) -> bool:
    """Does the subject of a `later` sentence, rather than the one `opening` its paragraph, say the quotation after
    them: someone new ('Usai laga, pelatih Barcelona Ernesto Valverde …'), or someone quoted before where the opening
    subject never was ('Egy … tak masuk daftar. Indra memastikan …' after Indra's words)?"""
    if _introduced_at(people, later):
        return True
    if reported(people.text, later[0]):
        return False  # 'Menurut dia, Macron menawarkan …': whom the opening subject speaks of
    spoke = people.quoted_speakers  # the speakers' names as quoted: full names
    return people.resolve(later[2])[0] in spoke and people.resolve(opening[2])[0] not in spoke


def _introduced_at(people: People, mention: Mention) -> bool:
    """Is `mention` where the article first gives a person's full name ('pelatih Barcelona Ernesto Valverde memuji')?"""
    name = mention[2]
    return len(name.split()) >= 2 and people.first_named.get(name) == mention[0] and people.is_person(name)


def _opens_on(people: People, paragraph: int, mention: Mention, keep: Callable[[str], bool] | None) -> bool:
    """Does the paragraph at `paragraph` open on `mention`, its subject ('Anies mempertanyakan …'), perhaps after a
    clause ('Sementara pada 2014, Leslie juga sempat menyinggung …')? Only someone `keep` accepts, if given."""
    if mention[2] and keep is not None and not keep(mention[2]):
        return False
    if mention[0] == paragraph:
        return True
    opens = _OPENS_ON_NAME.fullmatch(people.text, paragraph, mention[0]) is not None
    name = mention[2]  # someone, or a name with a role: 'Menteri Komunikasi dan Informatika Rudiantara'
    named = bool(name) and (_a_person(people, name) or bool(people.resolve(name)[1]))
    return opens and named and not reported(people.text, mention[0])  # not 'Menurut Kapolsek, S mengaku …'


def _a_person(people: People, name: str) -> bool:
    """Is `name` someone's, or one name with an office written beside it ('Aktris senior Widyawati tak sepakat.')?"""
    return people.is_person(name) or name in people.offices


def _opens_sentence(people: People, paragraph: int, mention: Mention) -> bool:
    """Is `mention`, in the paragraph at `paragraph`, a person opening a sentence of it, perhaps after a clause ('Usai
    pertemuan, Moeldoko berjanji …'), and saying nothing of someone else's ('Menurut dia, Macron …')?"""
    sentence = max(paragraph, people.text.rfind(". ", paragraph, mention[0]) + 2)
    named = bool(mention[2]) and _a_person(people, mention[2])
    return named and _opens_on(people, sentence, mention, None) and not reported(people.text, mention[0])


def subject_of_sentence(people: People, start: int, position: int) -> str:
    """The person the sentence from `start` opens on, its subject, if named before `position` ('Hodak memastikan Teja
    Paku Alam siap.' and then a quotation of its own: Hodak's words); '' if it opens on no one."""
    index = bisect.bisect_left(people.mentions, (start,))
    mention = people.mentions[index] if index < len(people.mentions) else None
    if mention and mention[0] < position and _opens_sentence(people, start, mention):
        return people.resolve(named_by(people, mention))[0]
    return ""


def last_person_named_before(people: People, position: int) -> str:
    """Whom 'ujar pria asal Purworejo' means with no subject before it: of the last few names the article has given
    by `position`, the last that is someone ('Aiptu Tutut, …')."""
    in_order = names_in_order(people)
    end = bisect.bisect_left(in_order, (position,))
    for _first, name in in_order[max(0, end - 20) : end][::-1]:
        full = people.resolve(name)[0]
        if _someone(people, name) and people.is_person(full) and not is_event(full):
            return full
    return ""


@functools.lru_cache(maxsize=4)  # read once per article
def names_in_order(people: People) -> list[tuple[int, str]]:
    """Every name the article gives, by where it is first given (`first_named` is filled in the text's order): read
    once per article, so that each look-up is a bisection and finding quotes stays linear."""
    return [(first, name) for name, first in people.first_named.items()]


# A later sentence of that paragraph that opens on a pronoun: the paragraph goes on about whom it opened on.
_PRONOUN_OPENS_SENTENCE = re.compile(r"[.!?][ \t]+(?:Ia|Dia|Beliau)\b")
# What comes before the subject a paragraph opens on: a clause and a comma ('Sementara itu dihubungi secara terpisah,'),
# then a role and a body, in capitals or brackets ('Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) ').
# A paragraph that turns from someone to the next: 'Berbeda dengan Barli, Dian Pelangi …', 'Sementara itu, …'.
_TURNS_TO = re.compile(r"(?:Berbeda|Lain[ \t]+halnya|Sementara|Sedangkan|Adapun)\b")
# A body's name may go on in lower case: 'Duta Besar Israel untuk PBB Gilad Erdan', 'Staf Khusus Presiden bidang …'.
# The role may go on in lower case: 'Kapten tim Andy Setyo', 'Kuasa hukum …'; or a role opening the paragraph be
# described in lower case, with no verb: 'Aktivis lingkungan asal Swedia Greta Thunberg'; after a clause, the role
# word too: 'Di kubu tuan rumah, pelatih PSM Bernardo Tavares'.
_ROLE_GOES_ON = "|".join(sorted(ROLE_WORDS | {"tim", "klub", "hukum"}))
_ROLE_DESCRIBED = (
    rf"(?:(?:{'|'.join(sorted(form for word in ROLE_WORDS for form in (word, word.capitalize())))})"
    r"(?:[ \t]+(?!(?:me|ber|di|ter)[a-z])[a-z]+){0,4}[ \t]+)?"
)
_BUT = r"(?:Namun|Tetapi|Tapi|Sedangkan|Sementara|Adapun|Lalu|Kemudian)"  # 'Namun pengamat penerbangan Alvin Lie ragu'
_OPENS_ON_NAME = re.compile(
    rf"(?:[^,.\n]{{1,60}},[ \t]+){{0,2}}(?:{_BUT}[ \t]+)?{_ROLE_DESCRIBED}"
    rf"(?:(?:[A-Z][\w.-]*|\([A-Z][\w.-]*\)|dan|&|untuk|bidang)[ \t]+(?:(?:{_ROLE_GOES_ON})[ \t]+)*)*"
)


def _subject_of_paragraph_before(people: People, paragraph: int, position: int) -> Mention | None:
    """The person whom the paragraph before a quotation paragraph opens on ('Sementara, Ketua DKPP Jimly
    Asshiddiqie mendukung …' and then '"Saya dukung …," ujar dia'): its first subject, who opens a sentence; after
    the first sentence, only someone it first names ('… diterima Kepala Staf Kepresidenan Moeldoko. Usai pertemuan,
    Moeldoko berjanji …')."""
    starts = people.paragraph_starts
    index = bisect.bisect_right(starts, paragraph) - 1
    while index >= 1 and not people.text[starts[index - 1] : starts[index]].strip():
        index -= 1  # a blank line
    if index < 1 or position - paragraph > 1:
        return None
    before = starts[index - 1]
    i = bisect.bisect_left(people.mentions, (before,))
    if i < len(people.mentions) and people.mentions[i][0] < paragraph:
        mention = people.mentions[i]
        sentence = max(before, people.text.rfind(". ", before, mention[0]) + 2)  # the sentence it is in
        end = people.text.find(". ", mention[0], paragraph)  # where that sentence ends
        end = paragraph if end < 0 else end
        name = mention[2]
        full = people.resolve(name)[0] if name else ""
        first = min(people.first_named.get(form, -1) for form in (name, full))
        introduced = first >= before and _someone(people, name)  # named here first, in any form
        goes_on = sentence == before and _PRONOUN_OPENS_SENTENCE.search(people.text, end, paragraph)  # '… Ia …'
        opens = _OPENS_ON_NAME.fullmatch(people.text, sentence, mention[0])
        turns = sentence == before and _TURNS_TO.match(people.text, before)  # 'Berbeda dengan Barli, Dian …'
        if (introduced or goes_on or turns) and opens and _a_person(people, full) and not is_event(full):
            return mention
    return None


def named_by(people: People, mention: Mention) -> str:
    """Whom a mention names; for a pronoun ('Ia menambahkan'), the one named last before it, a quote's
    speaker ('…," kata Pengurus FKDT, Ustadz Ahmad Munthoi') included."""
    if mention[0] not in people.pronouns:
        return mention[2]
    index = bisect.bisect_left(people.mentions, (mention[0],))
    earlier = (m for m in people.mentions[max(0, index - 20) : index][::-1] if m[2] and m[0] not in people.pronouns)
    return next(earlier, mention)[2]


def _someone(people: People, name: str, *, person: bool = True, others: Set[str] = frozenset()) -> bool:
    """Is `name` none of `others` and, if a `person` is asked for, a person rather than a body: a full name, someone
    with a role, a quote's speaker, or one name given someone described ('Seorang korban selamat, Nurhayati, …')?"""
    full, role = people.resolve(name)
    if full in others:
        return False
    return (
        not person
        or len(full.split()) >= 2
        or bool(role)
        or full in people.offices  # 'Aktris senior Widyawati'
        or name in people.quoted_speakers
        or name in people.introduced
    )


def _subject_counts(people: People) -> Counter[str]:
    """How often each full name is the subject of a sentence, in the order first named."""
    fulls = (people.resolve(name)[0] for _position, _speaking, name in people.mentions if name)
    return Counter(full for full in fulls if len(full.split()) >= 2)


def last_mention_before(
    mentions: list[Mention], position: int, keep: Callable[[str], bool] | None = None
) -> Mention | None:
    """The last of the sorted `mentions` before `position` (of the last few, the last whose name `keep` accepts)."""
    index = bisect.bisect_left(mentions, (position,))
    if keep is not None:
        for mention in mentions[max(0, index - 20) : index][::-1]:
            if not mention[2] or keep(mention[2]):
                return mention
    return mentions[index - 1] if index else None
