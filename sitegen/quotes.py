"""Find the direct quotations in an article and who said them, without a model.

A quotation is a span inside quotation marks ("…" or “…”) with an attribution:
after it ("…," kata Blinken; "…," ujarnya) or before it (Blinken mengatakan: "…";
menurut X, "…"). A quote that goes on after its attribution ("…," kata X. "…"), or
in the next paragraph without one, is the same speaker's. A quote that continues
into the next paragraph (no closing mark, an opening mark again) is one quotation.
Marks around a title or a term ('ojek online') have no attribution and are skipped;
unbalanced marks yield no quote rather than a wrong one.

`text` is always exactly `article_text[start:end]`. A quotation whose speaker the
article does not name ("…," kata seorang warga) has speaker "".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from sitegen.article import Quote
from sitegen.flags import Flag
from sitegen.name_forms import NAME_RUN, NAME_WORD, is_pronoun
from sitegen.name_words import ROLE_WORDS
from sitegen.speakers import People
from sitegen.speech_verbs import VERBS_AFTER, VERBS_BEFORE, VERBS_PASSIVE

OPEN, CLOSE, STRAIGHT = "“", "”", '"'

_PRONOUN = "\x00pronoun"  # the speaker is whoever was last named
_HANDLE = r"@\w[\w.]*\w"
_AFTER = re.compile(
    rf"^[\s,.]*(?:(?P<verb>{VERBS_AFTER})(?P<nya>nya)?\b|demikian\s+(?:keterangan|pernyataan|bunyi|isi|kata)\b"
    r"|demikian(?=[ \t]+[A-Z])"  # '…." demikian Andi Amran Sulaiman.
    rf"|(?P<pronoun>(?:dia|ia|beliau)\s+(?:{VERBS_BEFORE}))\b"
    rf"|(?={_HANDLE}\.?\s*$)"  # '…," @melisasarie.': a handle alone after the quotation wrote it
    # chants: 'Pekikan "Hidup Agus" dan "Agus Gubernur" berulang kali diteriakkan sejumlah warga.'
    r"|(?:dan\s+[\"“][^\"”\n]{1,80}[\"”]\s*)?(?:berulang\s+kali\s+)?di(?:teriak|seru|pekik|sorak)(?:kan|i)?\b(?:\s+oleh)?)"
    r"[ \t,]*(?P<rest>[^\n]{0,160})",
    re.IGNORECASE,
)
_WHO = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*|[Dd]ia|[Ii]a|[Bb]eliau"
_VERB_BEFORE = re.compile(rf"\b(?:{VERBS_BEFORE})\b")
_ADVERBS = re.compile(r"(?:\s+(?:juga|pun|kembali|lalu|kemudian|pernah|sempat|lantas|bahkan|pun))+\s*$")
# What a reporter puts between a speaker and the verb: where, when, how, and who they are.
_ADJUNCT = re.compile(
    r"(?:,?\s+(?:yang|dalam|di|saat|ketika|kepada|melalui|lewat|usai|seusai|pada|via|seperti)\s[^,]{0,100}?)+,?\s*$"
)
_AS_ROLE = re.compile(r"\s+(?:selaku|sebagai)\s+[^,]+,\s*$")  # 'Daniel Tumiwa selaku CEO OLX, …'
_ACCORDING_TO = re.compile(
    rf"\b(?:[Mm]enurut\s+(?P<who>{_WHO})[^\n“\"”]*|[Kk]ata\s+(?P<who2>{_WHO})\s*:\s*"
    rf"|[Kk]atanya(?P<nya>(?:\s+lagi)?)\s*[,:]\s*)$"
)
_CLAUSE_END = re.compile(
    r"[.;:](?:\s|$)|[(\n]|\s(?i:di|kepada|dalam|saat|seusai|usai|ketika|melalui|via|seperti|pada|yang|sambil|seraya"
    r"|menjawab|dengan|lewat|kala|kemarin|sebelum|setelah|selaku|sebagai|dikutip|soal|terkait|menanggapi"
    r"|mengomentari|lebih|sembari|mengutip|menirukan|sore|pagi|siang|malam|hari|tadi|mengenai|tentang)\b"
)
_RUN = re.compile(NAME_RUN)
_UNKNOWN_VERB = re.compile(rf"[ \t]*[a-z]{{3,}}[ \t]+(?P<who>{NAME_RUN})")
MIN_WORDS = 4  # words in marks with no attribution that make a quotation rather than a term
WINDOW = 400  # characters around a quotation searched for its attribution
# 'Hal tersebut diungkapkan langsung oleh Presiden Ferrari, Sergio Marchionne.'
_SAID_BY = re.compile(
    rf"\b(?:{VERBS_PASSIVE})[ \t]+(?:(?:langsung|pula|juga|sendiri)[ \t]+)?oleh[ \t]+"
    rf"(?P<first>{NAME_RUN})(?:,[ \t]+(?P<second>{NAME_RUN}))?"
)
_NICKNAME = re.compile(rf"\byang[ \t]+(?:(?:akrab|biasa|kerap)[ \t]+)?(?:di)?(?:sapa|panggil)[ \t]+({NAME_WORD})")
# Where a description of the speaker ends and the place or time of speaking begins.
_ADJUNCT_START = re.compile(r"\s(?:di|saat|ketika|kepada|dalam|usai|seusai|melalui|via|pada|kemarin)\s")
_INNER_ATTRIBUTION = re.compile(rf",\s+(?:{VERBS_AFTER})(?:nya)?\s+[A-Z]")


@dataclass
class _Span:
    start: int  # first character inside the marks
    end: int  # the closing mark


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quotation in `text`, in order, with its speaker."""
    spans = _quoted_spans(text)
    people = People(text, VERBS_AFTER, VERBS_BEFORE, quoted=[(span.start, span.end) for span in spans])
    _note_passive_speakers(text, people)
    paragraphs = [start for start, _end in _paragraph_bounds(text)]
    quotes: list[Quote] = []
    last_span_quoted = False
    for span in spans:
        found = _attribution_after(text, span, people)
        if found is None and len(_words(text[span.start : span.end])) < 2:
            last_span_quoted = False  # one word with no attribution after it is a name: 'menggelar aksi "299"'
            continue
        found = found or _attribution_before(text, span, people)
        if found is None and last_span_quoted and _same_speaker_goes_on(text, paragraphs, quotes[-1], span):
            found = (quotes[-1].speaker, quotes[-1].role, quotes[-1].attribution)
        if found is None and _is_quotation(text[span.start : span.end]):
            found = _unattributed(text, span, paragraphs, people)
        last_span_quoted = found is not None
        if found is None:
            continue
        speaker, role, phrase = found
        if speaker == _PRONOUN:
            speaker = people.last_subject_before(span.start)
            role = people.resolve(speaker)[1] if speaker else ""
        start, end = _trim(text, span.start, span.end)
        if start == end:
            last_span_quoted = False
            continue
        quotes.append(
            Quote(text=text[start:end], speaker=speaker, start=start, end=end, role=role, attribution=phrase.strip())
        )
        if speaker:
            people.note_speaker(speaker, span.end + 1)
            nickname = _NICKNAME.search(phrase)
            if nickname:
                people.alias(nickname.group(1), speaker)
    return _paragraphs_before_their_attribution(text, paragraphs, quotes)


def _note_passive_speakers(text: str, people: People) -> None:
    """'… diungkapkan oleh Presiden Ferrari, Sergio Marchionne': the agent is speaking."""
    for match in _SAID_BY.finditer(text):
        first, second = match.group("first"), match.group("second")
        who = second if second and first.split()[0].lower() in ROLE_WORDS else first
        name = people.resolve(who)[0]
        if name and people.is_person(name) and not people.quoted(match.start()):
            people.note_speaker(name, match.start("first"))


def _paragraphs_before_their_attribution(text: str, paragraphs: list[int], quotes: list[Quote]) -> list[Quote]:
    """A quotation paragraph with no attribution, right before a quotation paragraph that ends
    with one ('"…." ¶ "…," ujar Ciabatti'), is the same speaker's: the attribution closes the
    run of paragraphs, and it outweighs a subject guessed from the paragraph before."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[i], quotes[i + 1]
        if quote.attribution or not following.speaker or not following.attribution:
            continue
        here = bisect.bisect_right(paragraphs, quote.start) - 1
        if here + 1 < len(paragraphs) and following.start - 1 == paragraphs[here + 1] and _alone_in(text, quote):
            quotes[i] = dataclasses.replace(quote, speaker=following.speaker, role=following.role)
    return quotes


def _alone_in(text: str, quote: Quote) -> bool:
    """Is `quote` a paragraph of its own (its marks and punctuation aside)?"""
    line_start = text.rfind("\n", 0, quote.start) + 1
    return not re.search(r"\w", text[line_start : quote.start]) and not re.search(r"\w", _line_after(text, quote.end))


def _is_quotation(inside: str) -> bool:
    """Do marks with no attribution hold a quotation: a few words or more, not a title
    ('White Hart Lane – The Spurs Glory Years') or a term ('ojek online')?"""
    words = _words(inside)
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(word[0].isupper() for word in words[1:])
    return capitalised < 0.5 * (len(words) - 1)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", text)


def _unattributed(text: str, span: _Span, paragraphs: list[int], people: People):
    """(speaker, role, '') for a quotation with no attribution of its own: the speaker is the
    subject of the sentence it stands in, or, for a paragraph of its own, of the paragraph
    before ('Honda akhirnya memutuskan …' and then his words); '' when no one is named."""
    here = bisect.bisect_right(paragraphs, span.start) - 1
    whole = span.start - 1 == paragraphs[here] and not re.search(r"\w", _line_after(text, span.end))
    floor = max(paragraphs[here], span.start - WINDOW)  # near the quotation only: linear time
    sentence = max(text.rfind(". ", floor, span.start), floor)
    if whole and here > 0:
        speaker = people.last_subject_before(span.start, since=paragraphs[here - 1])
    elif not whole:
        speaker = people.last_subject_before(span.start, since=sentence)
        if not speaker and re.search(r"^\W*[a-z][^,]*\b(?:tersebut|itu)\b", text[sentence : span.start].lstrip(". ")):
            speaker = people.last_subject_before(span.start)  # 'juri The Voice tersebut juga mendorong …
    else:
        speaker = ""
    return speaker, people.resolve(speaker)[1] if speaker else "", ""


def without_quotations(text: str) -> str:
    """`text` with what is inside its quotation marks left out (the marks stay)."""
    kept, last = [], 0
    for span in _quoted_spans(text):
        kept.append(text[last : span.start])
        last = span.end
    return "".join([*kept, text[last:]])


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
            attributed = _INNER_ATTRIBUTION.search(text, open_at, p_end)  # a closing mark was forgotten
            if nxt is not None and text[nxt] in (OPEN, STRAIGHT) and not attributed:
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


def _attribution_after(text: str, span: _Span, people: People):
    """(speaker, role, phrase) from '…," kata X' after the closing mark, or None."""
    tail = _line_after(text, span.end + 1)
    match = _AFTER.match(tail)
    if not match:
        return _unknown_verb(text, span, tail, people)
    phrase = match.group(0)
    rest = match.group("rest")
    if match.group("nya") or match.group("pronoun") or re.match(r"(?:dia|ia|beliau|he|she)\b", rest, re.IGNORECASE):
        return _PRONOUN, "", phrase
    return _speaker_after(rest, people) + (phrase,)


def _unknown_verb(text: str, span: _Span, tail: str, people: People):
    """'…," lata Dragan': a quotation that ends with a comma, then one word and the name of
    someone the article names in full, is theirs whatever the word (a rare verb, a typo)."""
    if text[span.end - 1] != ",":
        return None
    match = _UNKNOWN_VERB.match(tail)
    if not match:
        return None
    name, role = people.resolve(match.group("who"))
    if len(name.split()) < 2 or people.is_event(name):
        return None
    return name, role, match.group(0)


def _speaker_after(rest: str, people: People) -> tuple[str, str]:
    """Who the words after a speech verb name, in the forms news text gives:
    'kata Budi di Jakarta', 'kata Manajer Tim, Chairul Basalamah', 'kata salah satu aktivis
    dari kelompok X yang juga pakar …, Ercan Ayboga', 'ucap pemain asal Bandung tersebut'."""
    sentence = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
    first, *others = sentence.split(",")
    words = first.split()
    described = bool(words) and words[0][:1].islower()
    if described and words[0].lower() not in ROLE_WORDS:  # a description
        for segment in others[:3]:  # … and the name in apposition: 'kata salah seorang petani, Agus'
            run = _RUN.match(segment.strip())
            name, role = people.resolve(run.group(0)) if run else ("", "")
            if name and not people.is_event(name):
                return name, role
    description = _ADJUNCT_START.split(first.strip(), maxsplit=1)[0]  # 'pria yang disapa Ketjuk ini di kantor BPS'
    if described and any(re.search(r"\b(?:tersebut|itu|ini)$", part) for part in (first.strip(), description)):
        return _PRONOUN, ""  # 'ujar pemilik lima gelar … tersebut', 'pungkas pemain yang pernah … tersebut'
    epithet = re.match(rf"(?:The|Si)\s+{NAME_RUN}", first.strip())
    if epithet and people.text.count(epithet.group(0)) == 1:
        return _PRONOUN, ""  # an epithet used once, for someone named before: 'sambung The Special One'
    clause = _clause(sentence)
    role_part, _, named = clause.partition(",")
    if named and any(word.lower() in ROLE_WORDS for word in role_part.split()):
        run = _RUN.match(named.strip())  # 'kata vokalis Java Jive, Dany Spreet'
        name, role = people.resolve(run.group(0)) if run else ("", "")
        if name and people.is_person(name) and not people.is_event(name):
            return name, role
    return _speaker_in(clause, people)


def _clause(text: str) -> str:
    cut = _CLAUSE_END.search(text)
    return text[: cut.start()] if cut else text[:80]


def _speaker_in(clause: str, people: People) -> tuple[str, str]:
    """The person a clause after a speech verb names: 'Manajer Humas Daop 2 KAI, Joni Martinus'."""
    handle = re.search(_HANDLE, clause)
    if handle:
        return handle.group(0), ""
    words = clause.split()
    if words and words[0][:1].islower() and words[0].lower() not in ROLE_WORDS:
        name, role = people.resolve(words[0])  # 'kata blinken'
        if name:
            return name, role
    runs = [m.group(0) for m in _RUN.finditer(clause)]
    resolved = [people.resolve(run) for run in runs]
    for name, role in resolved:  # a full name first, then a short name used for a person
        if len(name.split()) >= 2:
            return name, role
    for name, role in resolved:
        if name and people.is_person(name):
            return name, role
    if len(resolved) == 1 and resolved[0][0]:
        return resolved[0]  # one name, even a short or an institutional one ('ATC')
    if re.search(r"\b(?:itu|tersebut|ini)\b", clause) and not runs:
        return _PRONOUN, ""  # 'ucap jenderal polisi bintang dua itu'
    return "", ""


def _attribution_before(text: str, span: _Span, people: People):
    """(speaker, role, phrase) from 'X mengatakan: "…' before the opening mark, or None."""
    line_start = text.rfind("\n", max(0, span.start - WINDOW), span.start) + 1
    head = text[max(line_start, span.start - WINDOW) : span.start - 1]
    boundary = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind(CLOSE), head.rfind(STRAIGHT))
    head = head[boundary + 1 :] if boundary != -1 else head
    if not head.strip() or re.search(r"[.!?]\s*$", head):
        return None
    handle = re.search(rf"\b(?:akun|account)\s+({_HANDLE})[\s,:]*$", head)
    if handle:  # 'direspons Telkom dari akun @TelkomCare, "…'
        return handle.group(1), "", head[handle.start() :].strip()
    for verb in reversed(list(_VERB_BEFORE.finditer(head))):  # the verb nearest the quote first
        before = _ADVERBS.sub("", _AS_ROLE.sub("", head[: verb.start()]))
        before = _ADJUNCT.sub("", before)  # 'Olivier Gerhardt dalam rilisnya', 'Hendry yang ikut …,'
        who = re.search(rf"(?<![\w@])({_WHO})[ \t,]*$", before)
        if who:
            found = _who(who.group(1), people)
            if found:
                return found + (head[who.start() :].strip(),)
    match = _ACCORDING_TO.search(head)
    if match:
        found = _who(match.group("who") or match.group("who2") or "dia", people)
        if found:
            return found + (match.group(0).strip(),)
    return None


def _who(who: str, people: People) -> tuple[str, str] | None:
    if is_pronoun(who):
        return _PRONOUN, ""
    name, role = people.resolve(who)
    return (name, role) if name else None


def _same_speaker_goes_on(text: str, paragraphs: list[int], previous: Quote, span: _Span) -> bool:
    """'…," kata X. "…' in one paragraph, or a quote paragraph of its own soon after X's."""
    here = bisect.bisect_right(paragraphs, span.start) - 1
    there = bisect.bisect_right(paragraphs, previous.start) - 1
    if here == there:
        return True
    whole_paragraph = span.start - 1 == paragraphs[here] and not re.search(r"\w", _line_after(text, span.end))
    return whole_paragraph and here - there <= 2 and len(text[span.start : span.end].split()) >= 8


def _line_after(text: str, start: int) -> str:
    """The rest of the line from `start`, at most WINDOW characters: an attribution is near its quote,
    and looking no further keeps quote finding linear in the article's length."""
    line_end = text.find("\n", start, start + WINDOW)
    return text[start : line_end if line_end != -1 else start + WINDOW]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def check_quotes(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[Flag]]:
    """Keep only quotes that are exactly the article's text at their offsets."""
    kept, problems = [], []
    for quote in quotes:
        if 0 <= quote.start < quote.end <= len(text) and text[quote.start : quote.end] == quote.text:
            kept.append(quote)
        else:
            problems.append(Flag("quote_not_verbatim", "quotes", {"text": quote.text[:60]}))
    return kept, problems
