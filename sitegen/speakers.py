"""Who is who in an article: names, roles, and who a pronoun or a short name refers to.

News text introduces a person once with a role ("Menteri Kelautan dan Perikanan Susi Pudjiastuti",
"CEO Creative Media Works Matthew Talbot") and then uses a short form ("Susi", "kata Talbot",
"ujarnya"). `People` reads the whole article first, so that a short form resolves to the fullest name and its role.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from sitegen.cleaning import without_related_links
from sitegen.initials import body_by_initials, institutions_by_initials
from sitegen.kin import read_kin, words_of_kin
from sitegen.name_ends import read_name_ends
from sitegen.name_forms import (
    BRAND,
    HANDLE,
    LEGAL_FORMS,
    NAME_RUN,
    PARTICLE,
    bodies_between_roles,
    companies,
    contains,
    followed_by_speech,
    is_acronym,
    is_office_word,
    names_a_body,
    neighbours,
    never_in_a_name,
    nicknames_in_marks,
    places,
    run_words,
    the_one_with_role,
    without_name_asides,
    word_ends,
)
from sitegen.name_index import NameIndex, less_one_letter, slip_of_the_pen
from sitegen.name_initials import capitals_ending_a_name, initials_in_name, opens_on_initials, people_by_initials
from sitegen.name_length import name_length, too_many_words
from sitegen.name_references import words_for_someone
from sitegen.name_runs import read_runs
from sitegen.name_words import BODY_WORDS, BRANDS, GIVEN_NAMES, HONORIFICS, ROLE_WORDS, TITLES
from sitegen.nicknames_given import described_nicknames, given_nicknames
from sitegen.roles import balinese_name_at, long_balinese_name_at, opens_on_called, past_body_head, past_role
from sitegen.speaking_subjects import speaking_subjects
from sitegen.subjects import named_by_role, referring_subjects, reported
from sitegen.word_forms import (
    is_derived_noun,
    opens_sentences,
    role_of,
    up_to_a_verb,
    without_leading_non_names,
    without_word_before_full_name,
)

_RUN = re.compile(NAME_RUN)
# What 'Agung' ('supreme') may qualify; after anything else, or opening a run, it is a given name ('Kompol Agung …').
_GRAND = frozenset("jaksa hakim mahkamah kejaksaan imam pendeta masjid uskup".split())


class People:
    """Names in one article, to expand "Blinken" to "Antony Blinken" and find roles."""

    def __init__(self, text: str, reference_verbs: str, subject_verbs: str, quoted: Sequence[tuple[int, int]] = ()):
        # "Andrew 'Andy' Cole" is Andrew Cole; 'M.Hum.' is no name; nor is a word of a related article's headline.
        given = nicknames_in_marks(text)
        self.text = text = without_name_asides(without_related_links(text))
        self._quoted_starts, self._quoted_ends = [a for a, _b in quoted], [b for _a, b in quoted]
        self.lower_words = set(re.findall(r"\b[a-z][a-z-]+\b", re.sub(HANDLE, " ", text)))  # handles aside
        # 'kata Retno'; 'kata Raja.'; 'kata Yanti, pedagang …', no one's short form
        self.references, self._alone, self.introduced = words_for_someone(text, reference_verbs, self.lower_words)
        self.referred_to = self.references | self._alone  # every word the article uses alone for someone
        self._speech_verb = followed_by_speech(subject_verbs)
        self.paragraph_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._apart: dict[tuple[str, str | None, str], bool] = {}
        self._around: dict[str, list[tuple[str | None, str]]] = {}
        self._word_ends = word_ends(text)
        self.places = places(text)  # its places' names: 'Cipondoh' in 'Kecamatan Cipondoh'
        self._initials_used = set(re.findall(r"\b[A-Z]{2,6}\b", text))  # 'BPS', 'KPK'
        self._kin_of = words_of_kin(text)  # 'Joko' in 'Pengacara Joko, Sugeng …' names someone
        self.kin = read_kin(text, self.lower_words)  # 'Larson sang ibu': the mother, not Scout Penelope Larson
        self.introduced |= {name for name, whom in self.kin.given.items() if name == whom}
        self._served = bodies_between_roles(text)  # 'Gogobli' in 'CEO Gogobli Joyce Lim', 'COO Gogobli Joe Hansen'
        self._companies = companies(text)  # 'Pertamina Patra Niaga' after 'PT'
        self.quoted_speakers: set[str] = set()
        self.mentions: list[tuple[int, bool, str]] = []  # (position, speaking?, name) of subjects
        self._ends = read_name_ends(text, self.quoted, self.lower_words)
        self._read_runs()
        given_nicknames(self, given)
        self.mentions += speaking_subjects(self, reference_verbs, subject_verbs)
        self.mentions = sorted(m for m in self.mentions if not self.quoted(m[0]))
        referring = referring_subjects(self, subject_verbs)
        self.pronouns = {position for position, speaking, _name in referring if speaking}  # 'Dia menjelaskan'
        self.mentions = sorted(self.mentions + referring)
        self.speaking = [m for m in self.mentions if m[1] and not reported(text, m[0])]
        described_nicknames(self)

    def quoted(self, position: int) -> bool:
        """Is `position` inside a quotation? Names there are not the subjects of the reporting text."""
        i = bisect.bisect_right(self._quoted_starts, position) - 1
        return i >= 0 and position < self._quoted_ends[i]

    def _read_runs(self) -> None:
        runs = read_runs(self, self._speech_verb)
        self.offices = runs.offices  # 'aktris Mira Sorvino': shown as a role, but weighs on no one's name
        self.first_named = runs.first_named
        self._organisations, self._institutions = runs.organisations, runs.institutions  # 'Telkom', 'Gadjah Mada'
        # (name, role), each once, fullest first
        self.names = sorted(dict.fromkeys(runs.names), key=lambda n: (-len(run_words(n[0])), -len(n[1])))
        subjects = runs.subjects + [
            (at, speaking, name, True) for at, speaking, name in named_by_role(self, runs.role_subjects)
        ]
        # Bodies speaking as a whole ('Kementerian Luar Negeri menyatakan'), where the words are nobody's role.
        held = {at for at, *_rest in subjects}
        self.bodies: list[tuple[int, bool, str]] = [body for body in runs.bodies if body[0] not in held]
        self._index = NameIndex(self.names)
        self._resolved: dict[str, tuple[str, str]] = {}
        self._nicknamed: dict[str, tuple[str, str]] = {}  # a nickname -> whom it names ('Chacha', 'Natasha Rizky')
        self._nicknamed_whom: set[str] = set()  # the full names that nicknames stand for
        self._nickname_variants: dict[str, list[tuple[int, str]]] = {}  # less one letter -> (order given, nickname)
        self.mentions += [
            (start, speaking, name) for start, speaking, name, role in subjects if role or self.is_person(name)
        ]
        known_by_initials = people_by_initials(self.text)
        self.mentions += [  # 'RM' for 'Rizal Mallarangeng', or someone known by initials: 'AS (24)', 'berinisial RS'
            (at, speaking, run)
            for at, speaking, run in runs.initials
            if self._index.person_by_initials(run) or run in known_by_initials
        ]

    def split(self, run: str, after_role: bool = False, set_off: bool = False) -> tuple[str, str]:
        """'Menlu AS Antony Blinken' -> ('Antony Blinken', 'Menlu AS'); a run `set_off` by a comma after a role is
        one name however the article calls it ('…, Muharram Atha Rasyadi,', then 'ujar Atha').

        After the last role word come organisation words ('Pertanian', 'Creative Media
        Works'); the name is what is left, minus titles ('Dr', 'Tbk') and words the
        article uses elsewhere for something else ('Persib', 'Leste').
        """
        words = up_to_a_verb(run_words(run))  # 'Kaka Isyaratkan Pensiun', a headline: 'Kaka'
        if " ".join(words[bool(words) and words[0].rstrip(".") in LEGAL_FORMS :]) in self._companies:
            return "", ""  # a company, as the article names it after its legal form: no one
        given = {i for i, w in enumerate(words) if self._given(words, i, after_role)}
        balinese = long_balinese_name_at(words)  # no office's words, however many the name has ('Anak Agung …')
        name_words = given | set(range(len(words) if balinese is None else balinese, len(words)))
        name_words |= capitals_ending_a_name(words, self.neighbours)  # 'Jaksa Agung HM Prasetyo', 'Ratu Elizabeth II'
        roles = (
            i for i, w in enumerate(words) if w.lower() in ROLE_WORDS or (i == 0 < len(words) - 1 and is_office_word(w))
        )
        cut = max((i for i in roles if i not in name_words), default=-1)
        if cut >= 0 or after_role:
            while (
                cut + 1 < len(words)
                and cut + 1 not in name_words
                and (
                    too_many_words(words, cut + 1, self.referred_to, self.references, self.neighbours)
                    or self._org_like(words, cut + 1)
                )
            ):
                cut += 1
        cut = past_role(words, cut, self.references)
        if cut < 0 and not after_role and opens_on_initials(words, self._used_apart):
            return " ".join(words), ""  # 'JK Rowling'
        name = words[max(cut + 1, body_by_initials(words, self._initials_used)) :]  # 'Badan Pusat Statistik'
        last_org = max(
            (i for i in range(len(name)) if cut + 1 + i not in name_words and self._org_like(name, i)), default=-1
        )
        last_org = past_body_head(name, last_org, self.references)  # 'Universitas Trisakti Nirwono Joga'
        rest = name[last_org + 1 :]
        name = without_leading_non_names(rest, inside=len(rest) < len(words) or set_off)  # 'Kemlu Lalu …', ', Lalu …,'
        name = name[self._ends.body_before(name, self.referred_to) :]  # 'M Cash Martin Suharlie', beside 'M Cash …'
        start = len(words) - len(name)  # the name is the run's last words
        after_body = 0 < start < len(words) and is_acronym(words[start - 1])  # '… KLHK Rasio Ridho Sani'
        name = without_word_before_full_name(name, after_body)  # 'Habib Muchsin Al Atas', 'Prestasi Jorge Lorenzo'
        name = name[balinese_name_at(name) :]  # 'Kuta I Wayan Wasista' after 'Bendesa Adat'
        start = len(words) - len(name)
        name = words[opens_on_called(words, start, self.references, self.referred_to, after_role and not set_off) :]
        too_long = name_length(name, self.referred_to) > 4 and len(words) - len(name) != balinese  # 'Hamengku Buwono X'
        if too_long and name[-1] in self.references:  # 'Client Graphics Marketing John Webb', then 'jelas Webb'
            name = name[-2:]
        elif too_long or (len(name) == 1 < len(words) and words[-2].lower() in BODY_WORDS):
            name = []  # or a body's own name after the word for it: 'Gedung Putih', 'Pemerintah Jokowi'
        # The role is every word before the name ('Menteri Kelautan' before 'dan Perikanan'), from a role word on.
        return " ".join(name), role_of(words[: len(words) - len(name)] if cut >= 0 else [])

    def _given(self, words: list[str], i: int, after_role: bool = False) -> bool:
        """Is words[i], a role word that is also a given name (or 'Dan' before a last word), a name here: used alone
        ('kata Raja'), with more of it following; after a given name ('Lukman Hakim Saifuddin'; not 'Jaksa Agung'), or
        after a role and the body it serves ('Sekjen PSI Raja Juli Antoni', 'Direktur Olahraga MU Dan Ashworth')?"""
        given = words[i].lower() in GIVEN_NAMES or (words[i] == "Dan" and i == len(words) - 2)  # 'MU Dan Ashworth'
        if words[i].lower() == "agung" and i + 1 < len(words):  # 'Kompol Agung Wibowo'; 'Jaksa Agung HM Prasetyo'
            return i == 0 or words[i - 1].lower() not in _GRAND
        if words[i] in self._alone or (after_role and i == 0 and len(words) >= 3):
            return given and i + 1 < len(words)
        if given and 2 <= i < len(words) - 1 and is_acronym(words[i - 1]):
            return any(word.lower() in ROLE_WORDS for word in words[: i - 1])
        return given and i > 0 and words[i - 1][0].isupper() and not self._org_like(words, i - 1)

    def _org_like(self, words: list[str], i: int) -> bool:
        """Is words[i] a title, an organisation or a common word rather than part of a name?"""
        word = words[i]
        low = word.lower()
        if self._given(words, i) or (i + 1 < len(words) and words[i + 1] == word and word.isalpha()):
            return False  # or a name's word said twice: 'Ting' in 'Ayu Ting Ting'
        if i + 2 < len(words) and re.fullmatch(PARTICLE, words[i + 1]):
            return False  # a particle ties it to the name's next word: 'Salman' in 'Salman bin Abdulaziz'
        if never_in_a_name(word):  # not 'MD' in 'Mahfud MD', nor 'DW' in 'Agus DW Martowardojo'
            around, first = self.neighbours(word), words[i - 1] if i else ""
            given = low not in TITLES and self._a_given_name(first)  # 'Retno' in 'Retno LP Marsudi', named once
            named = (self.references | {first}) if given else self.references
            return not initials_in_name(words, i, around, named)
        if (BRAND.fullmatch(word) or low in BRANDS) and i + 1 < len(words):
            return True  # 'MyNurz', 'Gojek' before a name ('CEO Gojek Nadiem Makarim'); not a title after one, 'SpA'
        if word in self._alone:
            return False  # 'Mada' in 'Mada Sukmajati' when 'kata Mada.' follows, beside 'Gadjah Mada'
        if i == 0 and len(words) >= 3 and words[1] in self.references and self._used_apart(word, None, words[1]):
            return True  # 'Promogo' in 'CEO Promogo Andrew Tanyono', when 'terang Andrew' follows
        served = i == 0 and word in self._served  # a body between a role and a name, as between another such pair
        if served and (len(words) >= 3 or (len(words) == 2 and self._body_before_one_name(word, words[1]))):
            return True
        if i + 1 < len(words) and (
            self._ends.of_names.get(word, set()) - {words[i - 1] if i else ""} or word in self._ends.one_word_bodies
        ):
            return True  # 'Madrid' in 'Pelatih Madrid Zinedine Zidane' beside 'Real Madrid'; 'Golkar', 'Partai Golkar'
        if word in self.places:
            return True  # 'Cipondoh' in 'Kapolsek Cipondoh', beside 'Kecamatan Cipondoh'
        if len(words) == 2 == i + 2 and words[1] in self.references and opens_sentences(word, self.neighbours(word)):
            return word not in self.referred_to  # 'Aksi' in 'Aksi Hendri dan burung …', beside 'kata Hendri'
        if i + 1 == len(words) or len(word.rstrip(".")) == 1 or word in self.references or re.fullmatch(PARTICLE, low):
            return False  # a surname, an initial ('M Prasetyo'), a name used alone, 'del' in 'del Potro'
        if low in self.lower_words:
            return True  # 'Perikanan' in 'Menteri Kelautan dan Perikanan Susi Pudjiastuti'
        if i + 2 == len(words) and len(words[i + 1]) > 2 and len(self.neighbours(words[i + 1])) == 1:
            return False  # 'Dragan' in 'Dragan Djukovic', whose surname the article never uses again
        if i + 2 == len(words) and words[i + 1] in self.references and len(self.neighbours(word)) <= 2:
            return False  # 'Miley' in 'Miley Cyrus', used once more alone, where 'Cyrus' is used alone for her
        # Used elsewhere apart from these neighbours ('Persib' in 'striker Persib lebih …'), not for someone's kin's.
        return word not in self._kin_of and self._used_apart(word, words[i - 1] if i else None, words[i + 1])

    def _a_given_name(self, word: str) -> bool:
        """Can `word` be a given name: no word the article writes in lower case, nor a body's, a place's or a noun's?"""
        low = word.lower()
        unlikely = low in self.lower_words or word in self.places or never_in_a_name(word) or is_derived_noun(word)
        return bool(word) and not unlikely

    def _body_before_one_name(self, word: str, following: str) -> bool:
        """Is `word`, between roles and names, a body before a single name ('Slank' in 'vokalis Slank Kaka', beside
        'Drummer Slank Bimbim' and 'band Slank merayakan'): no word used for someone, and used apart from the name?"""
        return word not in self.referred_to and self._used_apart(word, None, following)

    def _used_apart(self, word: str, previous: str | None, following: str) -> bool:
        """Does `word` occur with neither `previous` before it nor `following` after it?"""
        key = (word, previous, following)
        if key not in self._apart:
            self._apart[key] = any(before != previous and after != following for before, after in self.neighbours(word))
        return self._apart[key]

    def neighbours(self, word: str) -> list[tuple[str | None, str]]:
        """(word before, word after) each use of `word` outside quotations (`name_forms.neighbours`), read once."""
        if word not in self._around:
            self._around[word] = neighbours(self.text, word, self.quoted, self._word_ends)  # quotations aside
        return self._around[word]

    def is_person(self, name: str) -> bool:
        """A full name, a word used alone for someone, one given a nickname ('Surono'), a full name's short form, or
        an account's handle, which posts for someone ('pendukung Setan merah dengan akun @Mourinholic membela …')."""
        if name.startswith("@") or len(name.split()) >= 2 or name in self.references:
            return True
        return name in self._nicknamed_whom or len(self.resolve(name)[0].split()) >= 2

    def names_body(self, run: str) -> bool:
        """Does `run` name a body as a whole, and no one in it ('Kemenlu Israel'; not 'Polda Metro Jaya Argo')?"""
        return (names_a_body(run.split()) or run in self._companies) and len(self.split(run)[0].split()) <= 1

    def resolve(self, who: str) -> tuple[str, str]:
        """The fullest known form of a speaker's name, and their role; ('', '') if not a name."""
        if who not in self._resolved:
            self._resolved[who] = self._resolve(who)
        return self._resolved[who]

    def _resolve(self, who: str) -> tuple[str, str]:
        words = without_leading_non_names(who.strip(" ,").split())  # 'Ketika ATC' -> 'ATC', 'Keluhan' -> no one
        who = " ".join(words)
        if who.startswith("@"):
            return who, ""
        if len(words) == 2 and words[0].lower() in HONORIFICS:  # 'kata Pak Budi', 'ujar Kiai Said': the full name
            whole = self.resolve(words[1])
            if whole[0] == who:  # the form itself, given no fuller one: 'Kiai Miftach' may shorten 'Miftachul Akhyar'
                low = words[1].lower()  # and 'Cak Imin' clip 'Muhaimin Iskandar', 'Gus Ipul' sound as 'Saifullah'
                whole = self._index.shortened(low) or self._index.nicknamed(low) or whole
            if len(whole[0].split()) > 1:
                return whole
        if is_acronym(who):  # 'RD' -> 'Rahmad Darmawan' when the article gives that name, 'BI' -> 'Bank Indonesia'
            same, spelled = self._index.by_initial.get(who), self._spelled_out.get(who, set())
            return self.names[same[0]] if same else (min(spelled) if len(spelled) == 1 else who, "")
        lower = who[:1].islower()  # 'kata blinken': only a name the article gives in full
        if len(words) == 1 and is_office_word(who):  # 'kata Mendagri', 'kata Menparekraf'
            found = self.by_role(who)
            low = who.lower()  # 'Jaksa' is not 'Jasa'; 'Raja' may be a given name, 'Menken' a surname
            if found[0] or (low in ROLE_WORDS and low not in GIVEN_NAMES):
                return found
        office = len(words) > 1 and is_office_word(words[0]) and not self.is_person(" ".join(words[1:]))
        if office and (found := self.by_role(who))[1].lower().startswith(who.lower()):  # 'kata Kasubdit Gakkum'
            return found  # the one whose office opens so; not 'Staf Khusus Presiden Jokowi' for 'Presiden Jokowi'
        if not lower and (fuller := self._ends.written_out(words)):
            return fuller, ""  # 'Man United' for 'Manchester United'
        if not lower and len(words) >= 2 and words[0].lower() in GIVEN_NAMES:  # 'kata Raja Juli': no role 'Raja'
            indexes = self._index.by_word.get(words[1].lower(), [])[:50]  # a look-up, not a walk through every name
            opening = next((self.names[i] for i in indexes if self.names[i][0].split()[: len(words)] == words), None)
            if opening:
                return opening
        name, role = (who, "") if lower or who in self._alone else self.split(who)
        key = name.lower().split()
        if not key:
            return self.by_role(role) if role else ("", "")
        if fuller := self._ends.written_out(name.split()):
            return fuller, role
        if len(key) >= 2 and (written_out := self._index.abbreviated(key)):
            return written_out[0], role or written_out[1]  # 'Hary Tanoe' for 'Hary Tanoesoedibjo'
        institution = None  # a person before an institution that shares the word ('Mada', 'Gadjah Mada')
        # The names that have the key's rarest word, fullest first: each has every word of a name that contains the key.
        for index in min((self._index.by_word.get(word, []) for word in key), key=len):
            full, full_role = self.names[index]
            if len(full.split()) >= max(len(key), 2) and contains(full.lower().split(), key):
                if self._named_before(name, full):
                    continue  # 'Paman korban, Asep,' is not 'Kepala BPBD Cianjur, Asep Sudrajat,' named after him
                if full not in self._institutions:
                    return full, role or full_role
                institution = institution or (full, role or full_role)
        if institution:
            return institution
        if len(key) == 1 and name in self.introduced:
            return name, role or self._roles.get(name, "")
        alone = key[0] if len(key) == 1 and len(key[0]) >= 4 else ""  # one word, long enough to tell a slip in
        once_at = self.first_named.get(name) if len(self._word_ends.get(name, [])) == 1 else None  # 'Irmansyah'
        variant = self._index.variant(alone, once_at, self.first_named) if alone else None
        variant = self._nicknamed.get(variant[0], variant) if variant else self._nickname_slipped(alone)
        if variant:
            return variant[0], role or variant[1]
        if len(key) == 1 and len(key[0]) >= 3:  # 'Fatur', 'Setnov', 'Telkom', 'Toni'; 'Owi' for 'Tontowi Ahmad'
            long_enough = len(key[0]) >= 4
            shortened = (self._index.shortened(key[0]) or self._organisations.get(name)) if long_enough else None
            shortened = shortened or self._index.clipped(key[0])
            if shortened:
                return shortened[0], role or shortened[1]
        return ("", "") if lower else (name, role or self._roles.get(name, ""))

    def _named_before(self, name: str, full: str) -> bool:
        """Is `name`, one word, someone's: named ('Paman korban, Asep,') before `full`, or kin ('Larson sang ibu')?"""
        if name in self.kin.given:
            return self.kin.given[name] != full
        return name in self.introduced and self.first_named.get(name, len(self.text)) < self.first_named.get(full, 0)

    def by_role(self, role: str) -> tuple[str, str]:
        """The one person whose role is `role` or what it abbreviates ('Mendagri'); ('', '') if none or several."""
        return the_one_with_role(role, self.names)

    @functools.cached_property
    def _spelled_out(self) -> dict[str, set[str]]:  # read once, and only for an article with an acronym speaker
        return institutions_by_initials(self.text)

    def alias(self, nickname: str, name: str) -> None:
        """A nickname ('Ahok') names `name` from here on; 'Cak Imin' and 'Imin' alike, 'Danny Pomanto' and 'Danny'."""
        whole, words = self.resolve(name), nickname.split()
        for form in sorted({nickname, words[-1] if words[0].lower() in HONORIFICS else words[0]}):
            if form not in self._nicknamed:
                for variant in less_one_letter(form.lower()) | {form.lower()}:
                    self._nickname_variants.setdefault(variant, []).append((len(self._nicknamed), form))
            self._resolved[form] = self._nicknamed[form] = whole
            self._nicknamed_whom.add(whole[0])

    def _nickname_slipped(self, word: str) -> tuple[str, str] | None:
        """Whom the first nickname given that `word` (lower case) misspells names ('Cacha' for 'Chacha'), if any.
        Only nicknames one letter from it are read: a look-up stays cheap however many the article gives."""
        if not word:
            return None
        near = {
            given for variant in less_one_letter(word) | {word} for given in self._nickname_variants.get(variant, [])
        }
        slips = sorted((order, nick) for order, nick in near if slip_of_the_pen(word, nick.lower()))
        return self._nicknamed[slips[0][1]] if slips else None

    def note_speaker(self, name: str, position: int) -> None:
        self.quoted_speakers.add(name)
        if len(self.resolve(name)[0].split()) < len(name.split()):  # a body named whole stays whole
            self._resolved[name] = (name, "")
        bisect.insort(self.mentions, (position, True, name))
        bisect.insort(self.speaking, (position, True, name))

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """Every name the article gives as someone's, in full."""
        return frozenset(name for name, _role in self.names)

    @functools.cached_property
    def _roles(self) -> dict[str, str]:  # 'Suhariyanto': 'Kepala BPS', the fullest role the article gives a name
        return {name: role for name, role in reversed(self.names) if role}  # the first role given stays
