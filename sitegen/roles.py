"""How a role reads beside a name. A police or military rank goes with the name it comes before ('Inspektur Polisi
Satu Pujianto', 'Kapolres Purwakarta AKBP Hanny Hidayat'): it is no part of that name, nor of the role before it. A
body or a place alone is no role: the office written before it in lower case is ('calon gubernur DKI Agus
Harimurti Yudhoyono', 'pebalap muda Indonesia, Sean Gelael')."""

from __future__ import annotations

import re
from collections.abc import Set

from sitegen.name_forms import is_acronym
from sitegen.name_words import (
    BODY_HEADS,
    BODY_WORDS,
    FORMAL_GIVEN_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    NAMED_AFTER,
    ONE_WORD_HEADS,
    PERSON_TITLES,
    RANK_GRADES,
    RANKS,
    REGION_HEADS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
    TITLES,
)
from sitegen.word_forms import is_derived_noun, words_but_initials


def past_rank_grades(words: list[str], cut: int) -> int:
    """`cut`, the index of a role's last word, moved past the words that go on a rank there ('Polisi Satu' in
    'Inspektur Polisi Satu Pujianto'), while a name is left after it."""
    while 0 <= cut < len(words) - 2 and words[cut + 1].lower() in RANK_GRADES and ends_with_rank(words[: cut + 1]):
        cut += 1
    return cut


def past_role(words: list[str], cut: int, references: Set[str]) -> int:
    """`cut`, the index of a role's last word, moved past the office's number, the rest of a body's name and the
    words that go on a rank, all of which the role holds ('Ketua I Gaikindo', 'Direktur Utama Bank Mandiri',
    'Inspektur Polisi Satu')."""
    cut = past_region(words, past_number(words, cut), references)
    return past_rank_grades(words, past_body_head(words, cut, references))


def past_region(words: list[str], cut: int, references: Set[str]) -> int:
    """`cut`, the index of an office over a region, moved past the region's name ('Klaten' in 'Bupati Klaten Sri
    Hartini', 'Tegal' in 'Wali Kota Tegal Siti Masitha') where a name of two words or more is left after it, and the
    article never uses that word alone for someone (not 'Gubernur Basuki Tjahaja Purnama', then 'kata Basuki')."""
    office = words[cut].lower() if cut >= 0 else ""
    if not (office in REGION_HEADS or (office == "kota" and cut > 0 and words[cut - 1].lower() == "wali")):
        return cut
    rest = words[cut + 1 :]
    return cut + 1 if words_but_initials(rest) >= 3 and rest[0][1:].islower() and rest[0] not in references else cut


# The words that follow 'I' opening a Balinese name ('I Wayan Koster'), where it is no office's number.
_BALINESE = frozenset("wayan made nyoman ketut putu gede gde gusti kadek komang nengah dewa ngurah luh".split())


def balinese_name_at(words: list[str]) -> int:
    """Where a Balinese name opens among `words` after others ('Bendesa Adat Kuta I Wayan Wasista': 3); 0 if none."""
    return next((i for i in range(1, len(words) - 1) if opens_balinese_name(words, i)), 0)


def long_balinese_name_at(words: list[str]) -> int | None:
    """Where a Balinese name opens among `words`, the first too, if they are enough for one of five words or six
    ('Badung I Gusti Agung Rai Suryawijaya'); None if none does."""
    return next((i for i in range(len(words)) if opens_balinese_name(words, i)), None) if len(words) > 4 else None


# Two words of a noble caste that open a Balinese name without 'I' ('Anak Agung Ngurah …', 'Ida Bagus Rai …').
_NOBLE = frozenset({("anak", "agung"), ("ida", "bagus"), ("ida", "ayu"), ("tjokorda", "gde"), ("cokorda", "gde")})


def opens_balinese_name(words: list[str], i: int) -> bool:
    """Does a Balinese name open at words[i], on 'I' or 'Ni' and a word of birth order or caste ('I Gusti Agung Rai
    Suryawijaya') or on a noble caste's two words ('Anak Agung'), not after a place named after someone ('Bandara I
    Gusti Ngurah Rai')?"""
    if i + 1 >= len(words) or (i and (words[i - 1] in ("I", "Ni") or words[i - 1].lower() in NAMED_AFTER)):
        return False
    following = words[i + 1].lower()
    return (words[i] in ("I", "Ni") and following in _BALINESE) or (words[i].lower(), following) in _NOBLE


def past_number(words: list[str], cut: int) -> int:
    """`cut`, the index of a role's last word, moved past the office's number 'I' ('Ketua I Gaikindo …'; 'II' and
    on are no name's words anyway), but not past the 'I' that opens a Balinese name ('Ketua DPRD I Wayan …')."""
    if 0 <= cut < len(words) - 2 and words[cut + 1] == "I" and words[cut + 2].lower() not in _BALINESE:
        return cut + 1
    return cut


def past_body_head(words: list[str], cut: int, references: Set[str] = frozenset()) -> int:
    """`cut`, the index of a role's last word, moved past the rest of a body's name that the word there opens
    ('Mandiri' in 'Direktur Utama Bank Mandiri Kartika Wirjoatmodjo'), while a full name is left after it, or the
    one name the article refers to someone by (`references`: 'Padjadjaran' in 'Universitas Padjadjaran Muradi')."""
    if cut < 0 or words[cut].lower() not in BODY_HEADS:
        return cut
    rest = words[cut + 1 :]
    one_name = len(rest) == 2 and rest[1] in references and rest[0] not in references
    return cut + 1 if words_but_initials(rest) >= 3 or one_name else cut


def opens_on_called(words: list[str], start: int, references: Set[str], referred_to: Set[str], after_role: bool) -> int:
    """Where a name opens in `words`, a run whose name was read to open at `start`: at the word the article calls
    someone by (`references`: 'kata Lucius'), when the one word before it is a body's, not a first name that goes
    unused ('Siti' in 'Siti Nadia Tarmizi', then 'kata Nadia'): a body comes between an office and a name
    ('Direktur Eksekutif Formappi Lucius Karus'), and a place named after someone goes on to the name ('Universitas
    Gadjah Mada Fahmy Radhi', then 'ujar Fahmy'); so does a body of two words or more, one after 'The', or a ticket's
    two names ('Perumda Pasar Jaya Arief Nasrudin', 'The Jakmania Ferry Indrasjarief', 'Tim Hukum Prabowo-Sandi
    Bambang Widjojanto'). Not after a rank ('Komisaris Besar Frans Barung Mangera'), nor after a body's short form
    ('Wakil Ketua DPR Sufmi Dasco Ahmad', then 'kata Dasco'), which is whole."""
    name, before = words[start:], words[start - 1].lower() if start else ""
    if before == "the" and len(name) >= 3:
        return start + 1  # 'Ketua The Fed Jerome Powell': a body's word after 'The', however the article calls him
    if len(name) < 3 or name[1] not in references or name[0] in referred_to or len(name[0].rstrip(".")) < 2:
        return start
    if name[0].lower() in FORMAL_GIVEN_NAMES | GIVEN_NAMES | TITLES | HONORIFICS or before in _RANK_WORDS:
        return start
    if any(" ".join(words[i:start]).lower() in _SPELLED_OFFICES for i in range(max(0, start - 4), start)):
        return start  # an office spelled out, no body: 'Wakil Menteri Luar Negeri Arif Havas Oegroseno', 'kata Havas'
    # an office's own words before it: '… dan Pengembangan Teknologi Kebencanaan', 'Direktur Jenderal Perhubungan'
    in_office = (after_role and not start) or (start > 0 and is_derived_noun(words[start - 1]))
    after_an_office = in_office or before in ROLE_WORDS
    named_after = any(word.lower() in NAMED_AFTER for word in words[:start])  # 'Universitas Katolik Soegijapranata'
    a_body = before == "the" or _names_a_pair(name[0])  # 'The Jakmania', 'Tim Hukum Prabowo-Sandi'
    a_body = a_body or _long_body_before(words, start, after_role)
    return start + 1 if after_an_office or named_after or a_body else start


def _long_body_before(words: list[str], start: int, after_role: bool) -> bool:
    """Is the body between an office, in `words` or right before them, and the name read to open at `start` two
    words or more, so that the name's first word may end the body ('Direktur Utama Perumda Pasar Jaya Arief
    Nasrudin', then 'kata Arief'; 'Juru bicara Front Pembela Islam Slamet Maarif', then 'kata Slamet'): not a
    party's name ('Ketua Harian Partai Gerindra Sufmi Dasco Ahmad'), and not after initials or a title of the
    name ('Kombes Raden Prabowo Argo Yuwono')?"""
    office = max((i for i in range(start) if words[i].lower() in ROLE_WORDS), default=-1)
    body = words[office + 1 : start]
    if (office < 0 and not after_role) or len(body) < 2 or body[-2].lower() in ONE_WORD_HEADS:
        return False
    return not is_acronym(body[-1]) and body[-1].lower() not in FORMAL_GIVEN_NAMES | _TITLES_AFTER


def _names_a_pair(word: str) -> bool:
    """Does `word` join two capitalised names, as a ticket or a pair is named ('Prabowo-Sandi', 'Jokowi-Ma'ruf')?"""
    parts = word.split("-")
    return len(parts) == 2 and all(part[:1].isupper() and part[1:2].islower() for part in parts)


# 'dan' and a capitalised word after a name, with a portfolio's other words set off by commas before it ('Politik,
# Hukum, dan Keamanan'): the name may be the end of a role that goes on.
_PORTFOLIO_WORDS = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
# A portfolio lists a few fields, so the look-ahead from each run stays short (linear time on a crafted list).
_AND_NAME = re.compile(rf"(?P<listed>(?:,[ \t]+{_PORTFOLIO_WORDS}){{1,6}},?|)[ \t]+dan[ \t]+[A-Z]")
_PORTFOLIO_GOES_ON = re.compile(rf"(?P<listed>(?:,[ \t]+{_PORTFOLIO_WORDS}){{0,6}}),?[ \t]+dan[ \t]+[A-Z]")


def role_goes_on(name: str, role: str, text: str, end: int, references: set[str]) -> bool:
    """Does a role go on after 'dan' past `name`, the run's words after `role`, which ends at `end`? Then they are a
    body's or a portfolio's, not a person's: 'Menteri Komunikasi dan Informatika Rudiantara', 'Kepala Pusat Data
    Informasi dan Humas BNPB Sutopo Purwo Nugroho', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan
    Wiranto', and after a body ('Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Kota Surabaya Erna Purnawati')
    words of no one the article names alone (`references`)."""
    words = name.split()
    if not words or name in references or not (then := _AND_NAME.match(text, end)):
        return False
    if then.group("listed") and not (len(words) == 1 and _portfolio(then.group("listed").split(), references)):
        return False  # a list of people: 'Kepala Dinas Pendidikan Budi Santoso, Ani Lestari, dan …', 'Menteri Susi, …'
    if len(words) == 1 or words[0].lower() in BODY_WORDS:
        return True
    return any(word.lower() in BODY_WORDS for word in role.split()) and not set(words) & references


def portfolio_goes_on(run: str, text: str, end: int, references: set[str]) -> bool:
    """Is `run`, ending at `end` after a role and a comma, one of a portfolio's words that go on to 'dan' ('Hukum' in
    'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto')?"""
    then = _PORTFOLIO_GOES_ON.match(text, end)
    return then is not None and _portfolio([*run.split(), *then.group("listed").split()], references)


def _portfolio(words: list[str], references: set[str]) -> bool:
    """Could `words` be a portfolio's, not people's: no role word, and none the article uses alone for someone?"""
    return not any(word.strip(",").lower() in ROLE_WORDS or word.strip(",") in references for word in words)


def ends_with_rank(words: list[str]) -> bool:
    """Do `words` end with a rank, with any grade after it ('Brigjen', 'Inspektur Polisi Satu')?"""
    low = [word.lower() for word in words]
    while low and low[-1] in RANK_GRADES:
        low.pop()
    return bool(low) and low[-1] in RANKS


_TITLES_AFTER = TITLES | HONORIFICS | {"raden"}  # 'Bupati H', '… Kombes Raden': a title of the name after
_AFTER_A_RANK = RANK_GRADES | {"pol", "tni", "purn"}  # 'Brigjen Pol', 'Laksda TNI', 'Kolonel (Purn)'
_IN_A_RANK = RANKS | {"besar", "jenderal", "kepala"}  # 'Komisaris Besar', 'Brigadir Jenderal', 'Brigadir Kepala'
# The words a rank ends on, right before a name, never before a body's ('Kapolri Jenderal Listyo …'); 'Kepala' ends
# an office too.
_RANK_WORDS = (_AFTER_A_RANK | _IN_A_RANK) - {"kepala"}
_OFFICES_OF_A_GENERAL = {"sekretaris", "direktur"}  # 'Sekretaris Jenderal' is an office, not a rank
_SPELLED_OFFICES = frozenset(name for name in ROLE_ABBREVIATIONS.values() if name.startswith("menteri "))  # portfolios


def without_rank(role: str) -> str:
    """`role` less the rank (and the titles) it ends with, which belong to the name after it: 'Kapolres Purwakarta'
    for 'Kapolres Purwakarta AKBP', 'Kepala Unit … Surabaya' for '… Surabaya Inspektur Polisi Satu', 'Panglima TNI'
    for 'Panglima TNI Jenderal', 'Bupati' for 'Bupati H'. A role that is a rank only ('Kombes') stays whole."""
    words = role.split()
    low = [word.lower().strip(".()") for word in words]
    end = len(low)
    while end and low[end - 1] in _TITLES_AFTER:
        end -= 1
    start = end
    while start and low[start - 1] in _AFTER_A_RANK:
        start -= 1
    while start and low[start - 1] in _IN_A_RANK:
        start -= 1
    while start < end and low[start] in _IN_A_RANK - RANKS:  # a rank opens with a rank's own word
        if low[start] == "jenderal" and (start == 0 or low[start - 1] not in _OFFICES_OF_A_GENERAL):
            break  # 'Jenderal' alone is a general's rank
        start += 1
    if start < end and low[start] in _IN_A_RANK:
        end = start
    return " ".join(words[:end]) if end else role


# Words that qualify an office before it: 'calon gubernur', 'mantan hakim', 'Bakal calon …'.
_QUALIFIERS = frozenset("calon bakal mantan eks bekas wakil".split())
_OFFICE_WORDS = ROLE_WORDS | _QUALIFIERS
_WORDS_BEFORE = re.compile(r"(?:[\w-]+[ \t]+){1,5}$")  # the words right before a name, on its line, no punctuation


def _words_before(text: str, start: int) -> list[str]:
    """The words right before `start`, on its line and with no punctuation between them, five at most."""
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    return before.group(0).split() if before else []


def _capitalised(words: list[str]) -> str:
    office = " ".join(words)
    return office[:1].upper() + office[1:]


def office_before(text: str, start: int) -> str:
    """The office the words right before `start` give, in lower case but for the office's own word, capitalised
    as a role opens ('Calon gubernur' before 'DKI Agus …', 'Hakim tunggal' before 'Pengadilan Negeri …'); '' if they
    give none."""
    words = _words_before(text, start)
    first = len(words)
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _OFFICE_WORDS:
            first = i
        elif not words[i].islower():
            break
    # from the first office or qualifier word on ('Bakal calon gubernur')
    return _capitalised(words[first:]) if {word.lower() for word in words[first:]} & ROLE_WORDS else ""


# An office and the number of its unit, before the unit's name or the rank of the one who holds it: 'Danrem
# 061/Suryakancana', 'Pangdam XIV/Hasanuddin', 'Komandan Kodim 0501 Letkol Czi …'.
_UNIT_NUMBER = re.compile(r"\b[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]+(?:\d+|[IVXL]+)(?:/|[ \t]+)$")


def unit_before(text: str, start: int) -> str:
    """The office and unit number right before the run at `start` ('Danrem 061/' before 'Suryakancana …', 'Komandan
    Kodim 0501 ' before 'Letkol …'); '' if none."""
    unit = _UNIT_NUMBER.search(text, max(0, start - 30), start)
    return unit.group(0) if unit and unit.group(0).split()[0].lower() in ROLE_WORDS else ""


# A full name set off by a comma after a run, and what follows it: ', Enny Sri Hartati,', ', Fachrul Razi (45)'.
_APPOSED_FULL_NAME = re.compile(r",[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})[ \t]*[,(]")


def body_before_apposed_name(text: str, end: int, name: str, references: Set[str]) -> bool:
    """Is the one word that a run ending at `end` seems to name (`name`) the body of its role, with the person's full
    name set off after it ('Direktur Eksekutif Indef, Enny Sri Hartati, …')? Not one the article uses alone for
    someone, nor when a role opens the name after (a list of people: 'Presiden Jokowi, Wapres Jusuf Kalla, …')."""
    apposed = _APPOSED_FULL_NAME.match(text, end) if name and " " not in name and name not in references else None
    return apposed is not None and apposed.group(1).split()[0].lower() not in ROLE_WORDS | RANKS | TITLES


# An office's words, less those of offices that act for the name after them ('pengacara Nelly' is Nelly's lawyer)
# and of bodies ('kepolisian Tutut').
_THE_NAMES_OFFICE = _OFFICE_WORDS - {"pengacara", "kuasa", "hukum", "ajudan", "kepolisian", "komisi", "kota"}
_OFFICE_GOES_ON = frozenset({"tim", "klub"})  # 'Kapten tim Andy Setyo'


def office_in_lower_case(text: str, start: int, name: str) -> str:
    """The office the words right before `name` at `start` give in lower case, each an office's word or a qualifier
    ('kata pelatih Luis Milla', 'Kapten tim Andy Setyo'), capitalised; '' if none, or one that acts for the name
    (a spokesperson before one name is the body's: 'juru bicara Samsung'; not 'juru bicara Holly Baird')."""
    words = _words_before(text, start)
    if words and words[-1] in ("bicara", "jubir") and len(name.split()) < 2:
        return ""
    end = len(words)
    while end and words[end - 1] in _OFFICE_GOES_ON:
        end -= 1
    first = _office_start(words, end, _THE_NAMES_OFFICE)
    if first == end or not words[-1].islower():
        return ""
    return _capitalised(words[first:])


# An office that opens a sentence in a few words, then the name, after a comma and a title if any: 'Kapten timnas,
# Andritany …', 'Pengamat politik dari Universitas Indonesia, Ade Armando', 'Menurut Ketua RT setempat, Slamet …',
# 'Pakar hukum tata negara Refly Harun'.
_TITLE = "|".join(sorted(PERSON_TITLES))
_OFFICE_OPENS = re.compile(
    r"(?:^|(?<=[.!?-][ \t]))(?:Menurut[ \t]+)?([A-Z][a-z-]+(?:[ \t]+[\w()][\w()-]*){0,6}?)"
    rf"(?:,[ \t]+(?i:(?:{_TITLE})\.?[ \t]+)*|[ \t]+)$",
    re.MULTILINE,
)
# Words that make the words before a name a clause rather than an office: a verb, a pointer back, 'yang'.
_NO_OFFICE = re.compile(r"(?:me|ber|ter|di)[a-z]{4,}|itu|ini|tersebut|yang|seorang|salah")
_OTHER = frozenset({"lain", "lainnya"})  # 'Juri lainnya, Renatta Moeloek': a judge
_JOINING = frozenset({"dan", "serta", "atau", "bersama", "dengan"})  # words that join one name to the next


def office_opening_sentence(text: str, start: int, lead: list[str]) -> str:
    """The office that opens the sentence before the name at `start` ('Ketua RT setempat, Slamet Riyadi', 'Penyanyi
    dangdut Via Vallen'), with the `lead` words of its run before the name ('Pelatih timnas' and 'Indonesia' before
    'Simon McMenemy'); '' if none, or if the words before the name are a clause ('Saat ditanya wartawan, Budi …')."""
    match = _OFFICE_OPENS.search(text, max(0, start - 80), start)
    if not match or match.group(1).split()[0].lower() not in ROLE_WORDS:
        return ""
    words = match.group(1).split()
    if "," not in match.group(0) and (not words[-1].islower() or words[-1] in _JOINING):
        return ""  # with no comma, lower-case words right before the name ('Penyanyi dangdut Via Vallen'), not a
        # word that joins two names ('Pebulutangkis Kevin Sanjaya Sukamuljo dan Marcus …')
    if any(_NO_OFFICE.fullmatch(word) and word.lower() not in _OFFICE_WORDS for word in words[1:]):
        return ""
    return " ".join([word for word in words if word not in _OTHER] + lead)


def office_of(text: str, start: int, run: str, name: str) -> str:
    """The office written beside `name`, the end of the `run` at `start`, in other than a role's capitals: in lower
    case right before it ('kata pelatih Luis Milla'), or opening the sentence ('Ketua RT setempat, Slamet Riyadi')."""
    lead = run.split()[: -len(name.split())]
    return office_in_lower_case(text, start, name) or office_opening_sentence(text, start, lead)


def office_right_before(text: str, start: int) -> str:
    """The office the lower-case words right before `start` give, each an office's word or a qualifier ('anggota'
    before 'Komisi III DPR …', 'mantan' before 'Presiden …', 'Juru bicara' opening a sentence), capitalised; '' if
    the word right before is none."""
    last = text[max(0, start - 30) : start].split()[-1:]
    if not last or last[0].lower() not in _OFFICE_WORDS:
        return ""  # most names: no office right before, told without a search
    words = _words_before(text, start)
    return _capitalised(words[_office_start(words, len(words), _OFFICE_WORDS) :])


def _office_start(words: list[str], end: int, offices: Set[str]) -> int:
    """Where the office whose words (`offices`) end at `words[end - 1]` begins: back over its words, in lower case
    but for the first ('Juru bicara …', 'Kapten tim …' opening a sentence)."""
    first = end
    while first and words[first - 1].lower() in offices:
        first -= 1
        if not words[first].islower():
            break
    return first


def fullest_role(role: str, roles: list[str]) -> str:
    """`role` as the article gives it most fully among `roles` (the same person's): 'Mantan Menteri Kesehatan' for
    'Menteri Kesehatan', where the words before are an office's or its qualifiers, and 'Kepala Pusat Data Informasi
    dan Humas BNPB' for 'Humas BNPB', two offices joined, and 'Ketua Komisi Pemilihan Umum (KPU) Kota Makassar' for
    'Kota Makassar', cut at the initials in brackets; else `role` itself."""
    if not role:
        return role
    fuller = [
        other
        for other in roles
        if other.endswith((f" dan {role}", f") {role}"))
        or (other.endswith(f" {role}") and {word.lower() for word in other[: -len(role)].split()} <= _OFFICE_WORDS)
    ]
    return max(fuller, key=len, default=role)


# Who speaks for someone, or is their kin: the role 'Juru bicara Presiden' before 'Joko Widodo, Johan Budi' is Johan
# Budi's, and Joko Widodo's own role is not given there.
_AGENT = re.compile(
    r"\b(?:juru[ \t]+bicara|jubir|kuasa[ \t]+hukum|pengacara|ajudan|manajer|istri|suami|anak|putra|putri"
    r"|ayah|ibu|adik|kakak)\b",
    re.IGNORECASE,
)
# A name set off by commas, then the sentence goes on in lower case: not an item of a list ('…, Budi Santoso, dan …').
_APPOSED_NAME = re.compile(r",[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]*,(?![ \t]*(?:dan|serta)\b)[ \t]*[a-z]")


def agent_of(role: str, name: str, text: str, end: int) -> str:
    """The role of the one named in apposition after `name` (which ends at `end`), when `role` says they speak for
    `name` or are their kin ('Juru bicara Presiden Joko Widodo, Johan Budi,': 'Juru bicara Presiden Joko Widodo');
    '' otherwise."""
    if len(name.split()) < 2 or not _AGENT.search(role) or not _APPOSED_NAME.match(text, end):
        return ""
    return f"{role} {name}"
