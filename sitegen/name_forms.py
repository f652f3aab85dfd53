"""How a name may be written short or slightly off in Indonesian news, and what is no name at all.

A reporter introduces "Faturachman" and then writes "Fatur", "Setya Novanto" and then
"Setnov", "Hariyadi" once and "Haryadi" later. `sitegen.speakers` uses these to tie each
short form to the one full name it stands for; `sitegen.word_forms` tells the words that are no name at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from sitegen.name_words import (
    ADVERB_BEFORE_VERB,
    BODY_WORDS,
    COMPANY_ENDS,
    NEVER_IN_A_NAME,
    PERSON_TITLES,
    PLACE_NOUNS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
)
from sitegen.word_forms import is_plural

HANDLE = r"@\w[\w.]*\w"  # a social-media handle: '@TMCPoldaMetro', '@massy.arias'
# A word that can be part of a name (a spaced hyphen joined inside it: `joined_names`), or a handle.
NAME_WORD = rf"(?:[A-Z][\w'’\u2060-]*|{HANDLE})"
# Someone the article does not single out: 'seorang pengguna Youtube', 'salah satu warga', 'para pewarta'.
SOME = r"(?:[Ss]eorang|[Ss]alah\s+(?:satu|seorang)|[Pp]ara|[Ss]ejumlah|[Bb]eberapa)"
ONE_OF_SOME = r"(?:[Ss]eorang|[Ss]alah\s+(?:satu|seorang))"  # one person: 'ujarnya' may mean them
# What marks a name as one someone went by before and no more: 'yang sebelumnya dikenal dengan nama …', 'dulu bernama'.
FORMERLY = r"(?:sebelumnya|dulu(?:nya)?|dahulu|semula)[ \t]+(?:dikenal|bernama)\b"
# 'Juan Martin del Potro', 'Sarianta br Tarigan', 'Rosmawati boru Sinaga'
PARTICLE = r"(?:del|de|da|dos|van|von|der|den|ten|ter|bin|binti|al|el|br|boru)"
# A name word of two syllables that the text spaces around their hyphen: 'Geun - hye' in 'Park Geun - hye', 'Jung - Jin'
# in 'Lee Jung - Jin' (not a suffix, 'Isya - an', a dash between clauses, 'Potter - juga', nor a pair, 'Anies - Sandi');
# never opening a paragraph, where a place and a dash are the dateline ('Solo - Wakil Wali Kota …').
SYLLABLES = (
    r"(?<=[^\n])(?:[A-Z][a-z]{1,4}[ \t]+-[ \t]+(?!(?:an|nya|lah|kah|pun|juga|yang|dan)\b)[a-z]{1,4}"
    r"|[A-Z][a-z]{1,3}[ \t]+-[ \t]+[A-Z][a-z]{1,4})\b"
)
# A word with a capital inside, as a brand writes itself ('MyNurz', 'DailySocial'), unless after a surname's
# prefix ('McLaughlin', 'MacAskill', 'DeGeneres', 'DiCaprio', 'LaGuardia').
BRAND = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le)[A-Z])[A-Z][a-z]+[A-Z]\w*")
# An initial that opens a name after a comma: 'Kemnaker, R. Soes Hindharno' (not a title of one letter, the 'H.' of
# Haji; and not after a word, where the letter may end a sentence: 'vaksin hepatitis B. Vaksin itu').
_ONE_LETTER_TITLES = "|".join(title.upper() for title in sorted(PERSON_TITLES) if len(title) == 1)
_LEADING_INITIAL = rf"(?<=,[ \t])(?!(?:{_ONE_LETTER_TITLES})\.)(?:[A-Z]\.[ \t]+|(?:[A-Z]\.){{2,3}}[ \t]+)(?=[A-Z][a-z])"
# 'Juan Martin del Potro', 'von der Leyen', 'Gatot S. Dewa Broto', 'Manal al-Sharif' (an Arabic article joins it)
_INNER = rf"[ \t]+(?:(?:{PARTICLE}[ \t]+){{1,2}}|[A-Z]\.[ \t]+|a[lnrstdz]-|asy-|el-)?"
# A surname with its particle written onto it in lower case, inside a name (not opening one): 'Neil deGrasse Tyson'.
_PREFIXED = r"(?:de|di|da|du|la|le|van|von)[A-Z][a-z]+"
NAME_RUN = rf"(?:{_LEADING_INITIAL})?(?:{SYLLABLES}|{NAME_WORD})(?:{_INNER}(?:{SYLLABLES}|{NAME_WORD}|{_PREFIXED}))*"
_RUN_WORD = re.compile(rf"{SYLLABLES}|[^\s,]+")


# A nickname in single marks inside a name: "Andrew 'Andy' Cole", 'Takahiro‘ Taka’ Moriuchi' (the marks misplaced).
_IN_MARKS = r"[ \t]*['‘][ \t]*([A-Z][a-z]+)[ \t]*['’]"
_QUOTED_NICKNAME = re.compile(rf"(?<=[a-z]){_IN_MARKS}(?=[ \t]+[A-Z])")
_NAMED_WITH_NICKNAME = re.compile(rf"({NAME_WORD}){_IN_MARKS}[ \t]+({NAME_WORD})")


# An academic degree after a name: 'Fathur Rokhman M.Hum.', 'Budi, S.H.' (not the initials before one, 'J.K. Rowling').
_DEGREE = re.compile(r"(?<=[ \t,])(?:[A-Z][a-z]{0,3}\.){1,3}[A-Z][a-z]{0,3}\b(?!\.?[ \t]*[A-Z])\.?")
# A medical specialist's degree, a consultant's '(K)' and subspecialty with it: 'Damayanti R Sjarif SpA(K)',
# 'Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad', 'Ari Fahrial Syam SpPD-KGEH'.
_SPECIALIST = re.compile(
    r"(?<=[ \t,])Sp\.?[ \t]?[A-Z][A-Za-z]{0,5}(?:-[A-Z]{2,6})?(?:[ \t]*\(K\)(?:[ \t]+[A-Z][A-Za-z]{2,8}\b)?)?"
)

# A state company's legal form in brackets between its name and someone's: 'Direktur Utama PT Pertamina (Persero) Nicke
# Widyawati' reads as 'PT Pertamina Nicke Widyawati' would.
_LEGAL_FORM = re.compile(r"[ \t]\((?:Persero|Perum|Perseroda)\)(?=[ \t]+[A-Z])")
# A navy corps in brackets after a rank: 'Letkol Laut (K) dr. Hengky Setyahadi' reads as 'Letkol Laut Hengky …' would.
_NAVY_CORPS = re.compile(r"(?<=\bLaut)[ \t]*\([A-Z]{1,2}\)")

# A title written in lower case before a name: 'Kombes drg. Raymond' (a rank, then the title, then the name).
_LOWER_CASE_TITLE = re.compile(rf"(?<=[ \t])(?:{'|'.join(sorted(PERSON_TITLES))})\.(?=[ \t]+[A-Z])")


def without_name_asides(text: str) -> str:
    """`text` with what stands beside a name but is no part of it blanked: a nickname in single marks inside it
    ("Andrew 'Andy' Cole" reads as Andrew Cole), a degree after it ('M.Hum.', 'SpA(K)'), a company's legal form before
    it ('(Persero)') and a title in lower case before it ('drg.'); every other character keeps its place."""
    for aside in (_QUOTED_NICKNAME, _DEGREE, _SPECIALIST, _LEGAL_FORM, _NAVY_CORPS, _LOWER_CASE_TITLE):
        text = aside.sub(_blank, text)
    return text


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# What follows a person who is the subject of a sentence: a verb, or an adverb before one; either may come after
# an adverb of time or manner ('Butet … untuk pertama kalinya akan memamerkan', 'Bambang secara tidak langsung
# mengatakan').
SUBJECT_FOLLOWER = (
    r"(?:(?:untuk[ \t]+pertama[ \t]+kali(?:nya)?|saat[ \t]+ini|kini|sendiri|secara(?:[ \t]+tidak)?[ \t]+[a-z]+)[ \t]+)?"
    r"(?:me[a-z]+|ber[a-z]+|ter(?!sebut\b)[a-z]+|belum|tidak|tak|sudah|juga|pun|akan|masih|lalu|kembali"
    r"|kemudian|sempat|pernah|bahkan|akhirnya|belakangan|malah|justru|hanya|tetap|langsung|ingin|harus|perlu|sedang|telah"
    r"|enggan|punya|mulai|siap|rela|nekat|sibuk|bisa|dapat|mau|sengaja|said|says|told"
    # what the one named feels, thinks or does, not a verb of meN-, ber- or ter-: 'Kartika optimistis', 'Lorenzo finis'
    r"|optimistis|optimis|pesimistis|skeptis|yakin|ragu|sependapat|sepakat|setuju|khawatir|cemas|waswas|kecewa|senang|lega|puas"
    r"|bangga|heran|prihatin|curiga|kaget|sedih|marah|kesal|geram|takut|malu|bingung|pasrah|percaya|keberatan|tampil|hadir"
    r"|datang|tiba|menang|kalah|finis|gagal|lolos|absen|(?:ikut|turut|resmi)(?=[ \t]+(?:me|ber)[a-z]))\b"
)
# '…, yang kurang mendapat kesempatan ketika membela Persib, …' between a subject and its verb,
# and the day it was said after it ('Ratu Maxima yang diterima Presiden … di Istana, Selasa, mengatakan');
# or a clause closed by a demonstrative ('Garan yang pernah mengorbit Bumi 2.842 kali … ini belakangan berbicara'),
# or a short one of meN- or ber- before a negation ('Sri Hartini yang mengenakan rompi oranye tidak berkomentar'),
# or a short one before a verb of saying ('Quartararo yang finis kedua mengaku puas'),
# or names given in apposition to someone's in it ('I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan
# I Wayan Widyardana Putra mengatakan'), or who they are or their age ('Rina, warga Bekasi,', 'Rina, 45 tahun,'), or
# where and when it was said ('Rohidin Mersyah di Bengkulu, Selasa, menyebutkan'), or where the person is from ('Dr
# Lea Weber dari Universitas Ruhr di Bochum, Jerman, menyatakan'),
_CLAUSE = r"(?:[^,.\n]|\.\d)"  # where a decimal point ('2.842') does not end a clause.
# The verbs that end a short relative clause with no comma ('Quartararo yang finis kedua mengaku puas').
_REPORTS = "mengaku|mengakui|mengatakan|menyatakan|menilai|menyebut|menuturkan|mengungkapkan|menegaskan|menjelaskan"
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b[^,.\n]{0,12}"
RELATIVE = (
    r"(?:[ \t]*\([^()\n\"“”]{1,80}\))?"  # an aside: 'Daniella Maina (16), …', 'RM (yang sebelumnya dikenal …)'
    rf"(?:,?[ \t]*yang{_CLAUSE}{{0,250}},(?:[ \t]*{_DAY},)?"
    rf"|[ \t]+yang{_CLAUSE}{{1,120}}?nya,[ \t]*{NAME_RUN}(?:[ \t]+dan[ \t]+{NAME_RUN})?"
    rf"|,[ \t]*(?:[a-z]{_CLAUSE}{{3,120}}|\d{{1,3}}[ \t]+tahun{_CLAUSE}{{0,120}}),"
    rf"|[ \t]+yang(?:(?![\"“”]){_CLAUSE}){{0,250}}?[ \t]+(?:ini|itu|tersebut)"
    rf"|[ \t]+yang[ \t]+(?:me|ber)[a-z]+(?:[ \t]+[^\s,.\"“”]+){{0,4}}?(?=[ \t]+(?:tidak|tak|belum)\b)"
    rf"|[ \t]+yang(?:[ \t]+[^\s,.\"“”]+){{1,4}}?(?=[ \t]+(?:{_REPORTS})\b)"
    rf"|[ \t]+(?:di|dalam)[ \t][^,.\n\"“”]{{2,60}},[ \t]*{_DAY},?"
    rf"|[ \t]+dari[ \t]+[A-Z][^,.\n\"“”]{{2,60}},(?:[ \t]*[A-Z][a-z]+,)?)?"
)


# A subject that acts: not one that something is done to ('Vivi berhasil ditemukan', 'Budi sudah diperiksa'), but one
# who says or does something about it ('Indra mengaku ditanya …', 'Budi menolak diperiksa').
FOLLOWED_BY_VERB = re.compile(
    rf"{RELATIVE}[ \t,]+(?:(?=me[a-z]+\b){SUBJECT_FOLLOWER}|{SUBJECT_FOLLOWER}(?![ \t]+di(?!rinya|am\b)[a-z]{{4,}}))"
)


def followed_by_speech(subject_verbs: str) -> re.Pattern[str]:
    """What follows a subject who speaks: 'Budi, yang …, kemudian mengatakan'."""
    return re.compile(rf"{RELATIVE}[ \t,]+(?:{ADVERB_BEFORE_VERB}\s+)?(?:{subject_verbs})\b")


def run_words(run: str) -> list[str]:
    """The words of a run of name words, 'Geun - hye' being one."""
    return _RUN_WORD.findall(run)


def initials(name: str) -> str:
    """The first letters of `name`'s words: 'SBY' for 'Susilo Bambang Yudhoyono'."""
    return "".join(word[0] for word in name.split())


def is_acronym(word: str) -> bool:
    return len(word.rstrip(".")) > 1 and word.isupper()  # 'KPK'; not an initial ('S.')


def nicknames_in_marks(text: str) -> list[tuple[str, str]]:
    """(the name, the nickname in single marks inside it): ('Andrew Cole', 'Andy') for "Andrew 'Andy' Cole"."""
    return [(f"{m.group(1)} {m.group(3)}", m.group(2)) for m in _NAMED_WITH_NICKNAME.finditer(text)]


def is_pronoun(word: str) -> bool:
    return word.lower() in PRONOUNS


# A word, then two capitalised words, with nothing but spaces between them (not 'manajer Tamara, Riri Djalil').
_ROLE_WORD_NAME = re.compile(r"(?<![\w'’-])(?=([\w-]+)[ \t]+([A-Z][\w'’-]*)[ \t]+([A-Z][\w'’-]*))")


def bodies_between_roles(text: str) -> set[str]:
    """The words that stand between a role and two different names ('Gogobli' in 'CEO Gogobli Joyce Lim' and 'COO
    Gogobli Joe Hansen'): the body those people serve, not a given name. Read once per article, in linear time."""
    following: dict[str, set[str]] = {}
    for match in _ROLE_WORD_NAME.finditer(text):
        if match.group(1).lower() in ROLE_WORDS:
            following.setdefault(match.group(2), set()).add(match.group(3))
    return {word for word, afters in following.items() if len(afters) >= 2}


_MINISTRY = re.compile(r"Kemen[a-z]{2,}")
# An office in one word: a minister's, 'Men' and a portfolio's letters that no verb of meN- has after it ('Menparekraf',
# 'MenPAN-RB'; meN- before p, b, k, h, l or r is written mem-, meng-, me-), or a head's, 'Ka' and the unit ('Kadiskes').
_OFFICE_IN_ONE_WORD = re.compile(
    r"Men[pbkhlrPBKHLR][A-Za-z]*(?:-[A-Z]+)?|Ka(?:dis|bid|bag|sat|subdit|sub?bag|pus|kanwil|lapas|rutan|nit)[a-z]*"
)
_COINED_BODY = re.compile(r"[A-Z][a-z]{3,}indo|Indo[a-z]{3,}")  # coined: 'Propertindo', 'Gaikindo', 'Indodax'
# A word of a body's name with a Latin ending, no one's name: 'Partai Demokratik Konstitusional', 'Federasi …'.
_LATIN_BODY_WORD = re.compile(r"[A-Z][a-z]{2,}(?:ional|kratik|kratis|isasi|isme)")


def is_ministry(word: str) -> bool:
    """Is `word` a ministry's short name ('Kemenlu', 'Kemenkes', 'Kemendikbud'), 'Kemen…' for 'Kementerian'?"""
    return _MINISTRY.fullmatch(word) is not None


def is_office_word(word: str) -> bool:
    """Is `word` a role's word ('Ketua', 'Menlu') or an office in one word ('Menparekraf', 'Kadiskes')? The latter only
    used alone or opening a run before a name ('Menparekraf Sandiaga Uno'); inside one it may be a name ('Menken')."""
    return word.lower() in ROLE_WORDS or _OFFICE_IN_ONE_WORD.fullmatch(word) is not None


def never_in_a_name(word: str) -> bool:
    """Is `word` no part of a person's name: a title, a role's or a body's word, initials, a ministry's short name
    ('Kemenkes'), a coined body's name ('Propertindo'), a body's word with a Latin ending ('Konstitusional') or a plural
    ('Bangsa-Bangsa' in 'Perserikatan Bangsa-Bangsa')?"""
    return (
        word.lower() in NEVER_IN_A_NAME
        or is_acronym(word)
        or is_ministry(word)
        or _COINED_BODY.fullmatch(word) is not None
        or _LATIN_BODY_WORD.fullmatch(word) is not None
        or is_plural(word)
    )


# A company's legal form and its name, with no role before them and nothing of a name after them.
LEGAL_FORMS = ("PT", "CV", "Perum", "Perumda")
_COMPANY = re.compile(rf"\b(?:{'|'.join(LEGAL_FORMS)})\.?[ \t]+({NAME_RUN})(?=[ \t]*(?:[a-z]|[,.;:]))")
_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w.-]*|\))[ \t]+\Z")


def companies(text: str) -> set[str]:
    """The names of companies that a legal form opens ('PT Pertamina Patra Niaga menjamin …'), as written after it:
    the article may name the company so again without it ('Pertamina Patra Niaga menyebut …'), and no one in it. Not
    after a role ('Direktur Utama PT. PBB Glenn Sugita'), nor before more ('PT Liga Indonesia Baru (LIB) Tigor …')."""
    return {
        match.group(1)
        for match in _COMPANY.finditer(text)
        if not _ROLE_BEFORE.search(text, max(0, match.start() - 40), match.start())
    }


def names_a_body(words: list[str]) -> bool:
    """Do `words`, two or more, name a body ('Kementerian Pertanian', 'Kemenlu Israel', 'Polda Metro Jaya'), or a
    company by the word its name ends on ('Big Hit Entertainment', 'Sony Music')?"""
    return len(words) >= 2 and (
        words[0].lower() in BODY_WORDS or is_ministry(words[0]) or words[-1].lower() in COMPANY_ENDS
    )


def contains(words: list[str], key: list[str]) -> bool:
    """Are the `key` words in `words`, in order ('Hariyadi Sukamdani' in 'Hariyadi Bidisantoso Sukamdani')?"""
    rest = iter(words)
    return all(word in rest for word in key)


_TOKEN_AFTER = re.compile(r"[ \t]*([^\s,.]*)")


@functools.lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"{re.escape(word)}\b")


def word_ends(text: str) -> dict[str, list[int]]:
    """Where each word ending of `text` stands: every end of a run of word characters ('Budi' in 'Budi' and in
    'ABudi'), to the starts of its occurrences in order; built once, so that finding a word's occurrences does not
    read the whole text again for each word."""
    ends: dict[str, list[int]] = {}
    for match in re.finditer(r"\w+", text):
        run, start = match.group(0), match.start()
        for i in range(len(run)):
            ends.setdefault(run[i:], []).append(start + i)
    return ends


def neighbours(
    text: str, word: str, skip: Callable[[int], bool] = lambda _: False, ends: dict[str, list[int]] | None = None
) -> list[tuple[str | None, str]]:
    """(word before, word after) of each occurrence of `word` in `text` not at a position `skip`
    names; None when nothing precedes it on its line. Tells a name's own words from a word used
    apart ('Persib lebih'). `ends` (`word_ends`) finds a word of word characters without reading the text."""
    found: list[tuple[str | None, str]] = []
    if ends is not None and re.fullmatch(r"\w+", word):
        starts = ends.get(word, [])
    else:
        starts = [match.start() for match in _word_pattern(word).finditer(text)]
    for begin in starts:
        if skip(begin):
            continue
        gap = begin
        while gap and text[gap - 1] in " \t":
            gap -= 1
        start = gap
        while start and not text[start - 1].isspace():
            start -= 1
        before = text[start:gap].lstrip("([\"“'‘") if gap < begin else ""  # 'Lee' in '(Lee Min - ho)'
        after = _TOKEN_AFTER.match(text, begin + len(word))
        found.append((before or None, after.group(1) if after else ""))
    return found


# Someone's age after their name: 'Rina (45)'.
AGE = r"[ \t]*\(\d{1,3}(?:[ \t]+tahun)?\)"


def title_after_of(text: str, start: int) -> bool:
    """Does the run at `start` end an English title ('Journal of Physical Chemistry B'), not a role ('Head of …')?"""
    before = text[max(0, start - 30) : start].split()
    return len(before) >= 2 and before[-1] == "of" and before[-2].lower() not in ROLE_WORDS


def apposed_role(text: str, run: str, name_end: int, end: int, references: set[str]) -> bool:
    """Is `run` (ending at `end`) a role and a place set off by commas right after the name that
    ends at `name_end` ('AKP Boby Kusumawardhana, Kapolsek Tambun, …')? Not when its place is a
    word the article uses alone for someone (`references`)."""
    words = run.split()
    rest = [w for w in words if w.lower() not in ROLE_WORDS]
    return (
        text[name_end : end - len(run)] == ", "  # right after the name, not a paragraph on
        and text[end : end + 1] == ","
        and words[0].lower() in ROLE_WORDS
        and len(rest) == 1
        and rest[0] not in references
    )


# A place noun and the name after it: 'Kecamatan Cipondoh'.
_PLACE = re.compile(rf"\b(?i:{'|'.join(sorted(PLACE_NOUNS))})[ \t]+({NAME_WORD})")
_AT = re.compile(rf"\bdi[ \t]+({NAME_WORD})")  # 'di Swedia': no one is 'at' a person


# Offices a place noun goes on, rather than opening a place: 'Kepala Desa', 'Wali Kota'.
# What follows a dateline's place: 'Tel Aviv - ', 'Jakarta (ANTARA News) - ', 'Jakarta, CNN Indonesia -- '.
AFTER_DATELINE_PLACE = r"(?:[ \t]*\([^)\n]{1,30}\))?(?:,[ \t]*[\w.]+(?:[ \t]+[\w.]+)?)?[ \t]+-{1,2}[ \t]"
_DATELINE_PLACE = re.compile(rf"\A[ \t]*([A-Z][a-z]+)(?={AFTER_DATELINE_PLACE})")  # 'Cilacap - Tim SAR …': 'Cilacap'
_HEADS_OF_PLACES = frozenset("kepala wali sekretaris perangkat penjabat pj plt plh".split())


def places(text: str) -> set[str]:
    """The words `text` uses as a place's name: its dateline's, after 'di' ('di Swedia'), and after a place noun
    ('Cipondoh' in 'Kecamatan Cipondoh', 'Melayu' in 'Lurah Kampung Melayu') unless the noun is part of a role ('Wali
    Kota Budi', 'Kepala Desa Ahmad')."""
    found = {match.group(1) for match in _AT.finditer(text)}
    found |= set(_DATELINE_PLACE.findall(text, 0, 80))  # 'Cilacap - Tim SAR …', then 'Koordinator Pos SAR Cilacap'
    for match in _PLACE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].split()  # near only: linear in the text
        if not before or before[-1].lower() not in _HEADS_OF_PLACES:
            found.add(match.group(1))
    return found


def the_one_with_role(role: str, names: list[tuple[str, str]]) -> tuple[str, str]:
    """The one full name among `names` (name, role) whose role is `role` or what it abbreviates ('Mendagri' for
    'Menteri Dalam Negeri'), in whole words, or else the one single name; ('', '') when there is none or several. A
    deputy's is not the role: 'Wakil Presiden' is no 'Presiden'; nor is a ministry's word: 'Kementerian' is no
    'Menteri'."""
    wanted = {role.lower(), ROLE_ABBREVIATIONS.get(role.lower(), role.lower())}
    pattern = re.compile("|".join(rf"(?<!wakil )\b{re.escape(w)}\b" for w in sorted(wanted)))  # not 'kementerian'
    found = {(name, full_role) for name, full_role in names if pattern.search(full_role.lower()) is not None}
    full = {(name, full_role) for name, full_role in found if len(name.split()) >= 2}
    one = full or found  # one name, given after the role, where no full name has it: 'Kadisdik DKI Jakarta Purwosusilo'
    return one.pop() if len(one) == 1 else ("", "")
