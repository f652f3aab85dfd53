"""Find the direct quotations in an article and who said them, without a model.

A quotation is a span inside quotation marks ("…" or “…”) that is attributed to a
speaker, either after it ("…," kata Blinken) or before it (Blinken mengatakan: "…").
Marks around a title or a term ('ojek online') have no attribution and are skipped.
A quote that continues into the next paragraph (no closing mark, an opening mark
again) is one quotation. Unbalanced marks yield no quote rather than a wrong one.

`text` is always exactly `article_text[start:end]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.article import Quote

OPEN, CLOSE, STRAIGHT = "“", "”", '"'

_VERBS_AFTER = (
    "kata|ujar|ucap|tegas|jelas|ungkap|tutur|tambah|imbuh|sebut|lanjut|pungkas|papar|terang"
    "|tulis|jawab|seru|timpal|tanya|katakan|ungkapnya|said|says|added|told|asked|wrote"
)
_VERBS_BEFORE = (
    "mengatakan|menegaskan|menjelaskan|menambahkan|mengungkapkan|menyatakan|menuturkan"
    "|menyebut|menyebutkan|berkata|bertanya|menulis|menjawab|memaparkan|menerangkan"
    "|mengimbuhkan|melanjutkan|berujar|mengucapkan|said|says|added|told|asked"
)
_PRONOUNS = {"dia", "ia", "beliau", "he", "she"}
_NAME_WORD = r"[A-Z][\w'’-]*"
_AFTER = re.compile(
    rf"^[\s,.]*(?P<verb>(?:{_VERBS_AFTER}))(?P<nya>nya)?\b[ \t]*(?P<rest>[^\n]{{0,120}})",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?:(?P<who>{_NAME_WORD}(?:[ ,]+{_NAME_WORD})*|[Dd]ia|[Ii]a|[Bb]eliau)\s+"
    rf"(?:(?:juga|pun|kembali|lalu|kemudian|pernah|sempat)\s+)?(?P<verb>{_VERBS_BEFORE})\b[^\n“\"]*"
    rf"|\b[Mm]enurut\s+(?P<who2>{_NAME_WORD}(?:\s+{_NAME_WORD})*|dia|ia|beliau)[^\n“\"]*"
    rf"|\b[Kk]ata\s+(?P<who3>{_NAME_WORD}(?:\s+{_NAME_WORD})*)\s*:\s*)$"
)
# Words that make up a role ("Menlu AS", "Ketua Golkar Purwakarta"), not a name.
_ROLE_WORDS = frozenset("""
    menteri menlu presiden wakil ketua umum direktur utama gubernur bupati wali kota walikota
    kepala juru bicara jubir kapolri kapolda kapolres kasat sekretaris jenderal sekjen
    anggota komisi pengamat ekonom pakar dosen guru besar rektor dekan camat lurah
    kapten pelatih manajer pemain ceo founder pendiri panglima kasad jaksa agung hakim
    duta besar dubes raja ratu perdana pm senator gubernur-jenderal staf khusus deputi
    kabid kasubdit kadiv humas kabag kepolisian luar negeri dalam pertahanan keuangan
    minister president secretary spokesman spokeswoman chairman director
""".split())
_PLACES = frozenset("""
    barat timur tengah utara selatan jawa sumatera kalimantan sulawesi papua bali bandung
    surabaya semarang medan makassar yogyakarta malang bogor depok bekasi tangerang
    as amerika serikat rusia ukraina indonesia ri china tiongkok jepang inggris prancis
    jerman eropa barat uni soviet korea utara selatan india arab saudi iran israel
    palestina jakarta nato pbb dpr mpr dpd kpk polri tni pan pdip golkar gerindra pks
    pkb demokrat nasdem hanura perindo psi
""".split())

# Capitalised words that start sentences or dates, never part of a speaker's name.
_NOT_NAMES = frozenset("""
    ia dia beliau mereka kami kita saya senin selasa rabu kamis jumat sabtu minggu
    mantan seorang sang para pihak akun sumber warga menurut sementara namun selain
""".split())


@dataclass
class _Span:
    start: int  # first character inside the marks
    end: int  # the closing mark


def extract_quotes(text: str) -> list[Quote]:
    """Every attributed direct quotation in `text`, in order."""
    people = _People(text)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for span in _quoted_spans(text):
        inner = text[span.start:span.end]
        found = _attribution_after(text, span) or _attribution_before(text, span)
        if found is None and previous is not None and _continues_previous(text, previous, span):
            found = (previous.speaker, previous.attribution)
        if found is None or not inner.strip():
            continue
        who, phrase = found
        if who.lower() in _PRONOUNS or not who:
            who = people.last_subject_before(span.start)
            if not who:
                continue
        name, role = people.resolve(who)
        if not name:
            continue
        start, end = _trim(text, span.start, span.end)
        quote = Quote(text=text[start:end], speaker=name, start=start, end=end,
                      role=role, attribution=phrase.strip())
        quotes.append(quote)
        people.note_speaker(name, span.start)
        previous = quote
    return quotes


def _quoted_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    paragraphs = _paragraph_bounds(text)
    open_at: int | None = None
    carried = False  # a quote left open at the end of the last paragraph goes on here
    for index, (p_start, p_end) in enumerate(paragraphs):
        for pos, kind in _marks(text, p_start, p_end):
            if kind == "open":
                if open_at is not None and pos == p_start and carried:
                    continue  # the opening mark that continues a quote from the last paragraph
                open_at = pos + 1
            elif open_at is not None:
                spans.append(_Span(open_at, pos))
                open_at = None
        carried = False
        if open_at is not None:
            nxt = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in (OPEN, STRAIGHT):
                carried = True
            else:
                open_at = None  # unbalanced: no quote rather than a wrong one
    return spans


def _marks(text: str, start: int, end: int):
    """The quotation marks of one paragraph as (position, 'open' | 'close')."""
    depth = 0
    for pos in range(start, end):
        char = text[pos]
        if char == OPEN:
            depth = 1
            yield pos, "open"
        elif char == CLOSE:
            depth = 0
            yield pos, "close"
        elif char == STRAIGHT:
            before = text[pos - 1] if pos > start else " "
            after = text[pos + 1] if pos + 1 < end else " "
            if depth == 0 and (before.isspace() or before in "([") and not after.isspace():
                kind = "open"
            elif depth == 1:
                kind = "close"
            else:
                kind = "open" if depth == 0 else "close"
            depth = 1 if kind == "open" else 0
            yield pos, kind


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _attribution_after(text: str, span: _Span) -> tuple[str, str] | None:
    line_end = text.find("\n", span.end)
    tail = text[span.end + 1: line_end if line_end != -1 else len(text)]
    match = _AFTER.match(tail)
    if not match:
        return None
    rest = match.group("rest")
    if match.group("nya"):
        return "dia", match.group(0)
    pronoun = re.match(r"(dia|ia|beliau|he|she)\b", rest, re.IGNORECASE)
    if pronoun:
        return "dia", match.group(0)
    name = re.match(rf"(?:{_NAME_WORD}|[a-z][\w'’-]*)(?:[ ]+{_NAME_WORD})*", rest)
    if not name:
        return None
    return name.group(0).strip(" ,"), match.group(0)


def _attribution_before(text: str, span: _Span) -> tuple[str, str] | None:
    line_start = text.rfind("\n", 0, span.start) + 1
    head = text[line_start: span.start - 1]
    sentence_start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    head = head[sentence_start + 1:] if sentence_start != -1 else head
    if not head.strip():
        return None
    match = _BEFORE.search(head)
    if not match:
        return None
    who = match.group("who") or match.group("who2") or match.group("who3") or ""
    return who.strip(" ,"), match.group(0)


def _continues_previous(text: str, previous: Quote, span: _Span) -> bool:
    """An unattributed quote paragraph right after a quote paragraph: the same speaker goes on."""
    between = text[previous.end:span.start - 1]
    return between.count("\n\n") == 1 and text[span.start - 2: span.start - 1] == "\n"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


class _People:
    """Names in the article, to expand "Blinken" to "Antony Blinken" and find roles."""

    _RUN = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*")

    def __init__(self, text: str):
        self.names: list[tuple[str, str]] = []  # (name, role), fullest first
        self.subjects: list[tuple[int, str]] = []  # (position, name) of "X mengatakan"
        role_end, pending_role = -1, ""
        for match in self._RUN.finditer(text):
            before = text[max(0, match.start() - 12):match.start()].split()
            name, role = _split_role(match.group(0), bool(before) and before[-1] in _ROLE_WORDS)
            if not name and match.start() == role_end + 2 and text[role_end] == ",":
                continue
            if name and not role and pending_role and text[role_end:match.start()] == ", ":
                role = pending_role  # "Menlu AS, Antony Blinken"
            if name:
                self.names.append((name, role))
            pending_role, role_end = (role, match.end()) if role and not name else ("", -1)
        self.names.sort(key=lambda item: (-len(item[0].split()), -len(item[1])))
        verb = re.compile(rf"\s+(?:{_VERBS_BEFORE})\b")
        for match in self._RUN.finditer(text):
            if verb.match(text, match.end()):
                name, _ = _split_role(match.group(0))
                if name:
                    self.subjects.append((match.start(), name))

    def resolve(self, who: str) -> tuple[str, str]:
        """The fullest known form of a speaker's name, and their role; ('', '') if not a name."""
        lower = who[:1].islower()  # 'kata blinken': only a name the article gives in full
        name, role = _split_role(who[:1].upper() + who[1:] if lower else who)
        key = name.lower().split()
        if not key:
            return "", ""
        for full, full_role in self.names:
            words = full.lower().split()
            if len(words) >= max(len(key), 2 if lower else 1) and _contains(words, key):
                return full, role or full_role
        return ("", "") if lower else (name, role)

    def note_speaker(self, name: str, position: int) -> None:
        self.subjects.append((position, name))
        self.subjects.sort()

    def last_subject_before(self, position: int) -> str:
        before = [name for pos, name in self.subjects if pos < position]
        return self.resolve(before[-1])[0] if before else ""


def _contains(words: list[str], key: list[str]) -> bool:
    return any(words[i:i + len(key)] == key for i in range(len(words) - len(key) + 1))


def _split_role(run: str, after_role: bool = False) -> tuple[str, str]:
    """Split a run of capitalised words into (name, role).

    'Menlu AS, Antony Blinken' -> ('Antony Blinken', 'Menlu AS');
    'Menteri Pertanian Andi Amran Sulaiman' -> ('Andi Amran Sulaiman', 'Menteri Pertanian').
    After the role words come places and acronyms ('AS', 'Jawa Barat'), then, if at
    least three words are left, one word naming the organisation ('Pertanian').
    `after_role` says a lower-case role word stands just before the run ('kata kepala …').
    """
    words = [w for w in run.replace(",", " ").split()]
    cut = -1
    for i, word in enumerate(words):
        if word.lower() in _ROLE_WORDS:
            cut = i
    if cut >= 0 or after_role:
        while cut + 1 < len(words) and _is_place(words[cut + 1]):
            cut += 1
        if len(words) - (cut + 1) >= 3 and not _is_place(words[cut + 1]):
            cut += 1  # the organisation: 'Menteri Pertanian', 'Direktur Utama Pertamina'
    name_words = [w for w in words[cut + 1:] if not _is_place(w) and w.lower() not in _NOT_NAMES]
    role = " ".join(words[: cut + 1])
    if not name_words or len(name_words) > 4:
        return "", role
    return " ".join(name_words), role


def _is_place(word: str) -> bool:
    return word.lower() in _PLACES or (word.isupper() and len(word) > 1)


def check_quotes(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[str]]:
    """Keep only quotes that are exactly the article's text at their offsets."""
    kept, problems = [], []
    for quote in quotes:
        if 0 <= quote.start < quote.end <= len(text) and text[quote.start:quote.end] == quote.text:
            kept.append(quote)
        else:
            problems.append(f"quotes: dropped a quote that is not verbatim in the text: {quote.text[:60]!r}")
    return kept, problems
