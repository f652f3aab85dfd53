"""Find the direct quotations in an article and who said them, without a model.

A quotation is a span inside quotation marks ("…" or “…”) with an attribution:
after it ("…," kata Blinken; "…," ujarnya) or before it (Blinken mengatakan: "…";
menurut X, "…"), read by `sitegen.attribution`. A quote that goes on after its
attribution ("…," kata X. "…"), or in the next paragraph without one, is the same
speaker's. A quote that continues into the next paragraph (no closing mark, an
opening mark again) is one quotation; a quotation paragraph whose closing mark the article
forgot ends with its paragraph.
Marks around a title or a term ('ojek online') have no attribution and are skipped;
unbalanced marks yield no quote rather than a wrong one.

`text` is always exactly `article_text[start:end]`. A quotation whose speaker the
article does not name ("…," kata seorang warga) has speaker "".
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from sitegen.article import Quote
from sitegen.attribution import (
    CLOSE,
    OPEN,
    PERSON,
    PRONOUN,
    STRAIGHT,
    WINDOW,
    Span,
    attribution_after,
    line_after,
)
from sitegen.cleaning import without_related_links
from sitegen.flags import Flag
from sitegen.joined_names import unjoined, with_joined_names
from sitegen.namesakes import namesake_meant
from sitegen.nicknames import GIVES_NICKNAME
from sitegen.pairs import BOTH, is_pair, pair_before
from sitegen.roles import fullest_role, without_rank
from sitegen.said_before import attribution_before, note_passive_speakers, report_goes_on, said_after
from sitegen.speakers import People
from sitegen.speech_verbs import VERBS_AFTER, VERBS_AFTER_A_QUOTE, VERBS_BEFORE
from sitegen.subjects import last_subject_before, subject_of_sentence
from sitegen.terms import MIN_WORDS, is_quotation, is_term_marked_again, is_title, marked_again, named_as_term

# Where a quotation whose closing mark was forgotten is attributed: '…, kata Jennifer', '… do that!!! tulis Jennifer'.
_INNER_ATTRIBUTION = re.compile(rf"(?:,|(?<=[.!?]))\s+(?:{VERBS_AFTER})(?:nya)?\s+[A-Z]")


def extract_quotes(original: str) -> list[Quote]:
    """Every direct quotation in `original`, in order, with its speaker."""
    text = with_joined_names(with_double_marks(original))  # each offset still the original's
    spans = _quoted_spans(text)
    people = People(text, VERBS_AFTER_A_QUOTE, VERBS_BEFORE, quoted=[(span.start, span.end) for span in spans])
    note_passive_speakers(text, people)
    roles_of: dict[str, list[str]] = {}  # each name's roles as the article gives them, looked up once per quotation
    for name, known in people.names:
        roles_of.setdefault(name, []).append(known)
    paragraphs = [start for start, _end in _paragraph_bounds(text)]
    quotes: list[Quote] = []
    previous: Quote | None = None  # the last quotation read, one word ('"Setuju," jawab …') included
    last_span_quoted = False
    terms = marked_again(text[span.start : span.end] for span in spans)  # '"wild card"', each time it is used
    for span in spans:
        quoted = text[span.start : span.end]
        words = _words(quoted)
        found = attribution_after(text, span, people) if span.closed else None
        if found and found[2].lstrip(" \t,.").startswith(("—", "–")) and is_title(quoted, words):
            found = None  # 'film "Ada Apa Dengan Cinta" – Rangga.': a title, then a name; no quotation signed
        if found is None and len(words) < 2:
            last_span_quoted = False  # one word with no attribution after it is a name: 'menggelar aksi "299"'
            continue
        # '… kreator serial TV "The Marvelous …"', 'frasa "printer yang dapat mencetak video"'
        title = found is None and (
            is_title(quoted, words) or named_as_term(text, span.start) or is_term_marked_again(quoted, terms)
        )
        if found is None and not title:
            found = attribution_before(text, span, people)
        if (
            found is None
            and not title
            and last_span_quoted
            and previous
            and _same_speaker_goes_on(text, paragraphs, previous, span, people)
        ):
            found = (previous.speaker, previous.role, previous.attribution)
        if found is None and not title and len(words) < MIN_WORDS:
            found = report_goes_on(text, span, people)  # '… Parly mengatakan …. Selain itu, … "motif dan keadaan"'
        if found is None and not title and is_quotation(words):
            found = _unattributed(text, span, paragraphs, people)
        last_span_quoted = found is not None
        if found is None:
            continue
        speaker, role, phrase = found
        if speaker and (namesake := namesake_meant(people, speaker, phrase, span.start)) != speaker:
            speaker, role = people.resolve(namesake)  # '"…," kata Prabowo.', and 'Listyo Sigit Prabowo' named later
        if speaker == PRONOUN and previous and _AGAIN.search(phrase) and _near(paragraphs, previous.start, span.start):
            # 'ujarnya lagi': the one who spoke before, unnamed too; unless the paragraph opens on someone else
            opening = subject_of_sentence(
                people, paragraphs[bisect.bisect_right(paragraphs, span.start) - 1], span.start
            )
            speaker = opening if opening and opening != previous.speaker else previous.speaker
            role = previous.role if speaker == previous.speaker else people.resolve(speaker)[1]
        elif speaker == BOTH:  # 'kata keduanya': the two named together before
            speaker, role = pair_before(people, span.start), ""
        elif speaker in (PRONOUN, PERSON):  # '"…," ujarnya. Demikian disampaikan Kapolres …', or the one named before
            speaker = said_after(text, span.end, people) or last_subject_before(
                people, span.start, person=speaker == PERSON, unlike=phrase, quotation=text[span.start : span.end]
            )
            role = people.resolve(speaker)[1] if speaker else ""
        start, end = _trim(text, span.start, span.end)
        if start == end:
            last_span_quoted = False
            continue
        previous = Quote(
            text=original[start:end],
            speaker=speaker,
            start=start,
            end=end,
            # the rank goes with the name ('Kapolres Purwakarta', not '… AKBP'); 'mantan' with the office
            role=without_rank(fullest_role(role or people.offices.get(speaker, ""), roles_of.get(speaker, []))),
            attribution=phrase.strip(),
        )
        if len(words) >= 2:  # one word ('"Setuju," jawab para kader') is an answer, not a quotation
            quotes.append(previous)
        if speaker and not is_pair(speaker):  # two people speak as one here, and neither is 'ujarnya' later
            people.note_speaker(speaker, span.end + 1)
            nickname = GIVES_NICKNAME.search(phrase)
            if nickname:
                people.alias(nickname.group(1), speaker)
    return [
        dataclasses.replace(q, speaker=unjoined(q.speaker), role=unjoined(q.role), attribution=unjoined(q.attribution))
        for q in _paragraphs_before_their_attribution(text, paragraphs, quotes)
    ]


def _paragraphs_before_their_attribution(text: str, paragraphs: list[int], quotes: list[Quote]) -> list[Quote]:
    """A quotation paragraph with no attribution, right before a quotation paragraph that ends
    with one ('"…." ¶ "…," ujar Ciabatti'), is the same speaker's: the attribution closes the
    run of paragraphs, and it outweighs a subject guessed from the paragraph before. So is a quotation that
    runs straight into the next one, a mark opened again between them ('“… semampu saya. “…,” ujar Cole')."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[i], quotes[i + 1]
        if quote.attribution or not following.speaker or not following.attribution:
            continue
        here = bisect.bisect_right(paragraphs, quote.start) - 1
        next_paragraph = here + 1 < len(paragraphs) and following.start - 1 == paragraphs[here + 1]
        if (next_paragraph and _alone_in(text, quote)) or re.fullmatch(
            r"[.!?]?\s*[“\"]", text[quote.end : following.start]
        ):
            quotes[i] = dataclasses.replace(quote, speaker=following.speaker, role=following.role)
    return quotes


def _alone_in(text: str, quote: Quote) -> bool:
    """Is `quote` a paragraph of its own (its marks and punctuation aside)?"""
    line_start = text.rfind("\n", 0, quote.start) + 1
    return not re.search(r"\w", text[line_start : quote.start]) and _ends_paragraph(text, quote.end)


_EDITORS = re.compile(r"\s*\([a-z]{2,5}(?:/[a-z]{2,5})*\)[\s.]*$")  # editors' initials ending an article: '(liv/rer)'


def _ends_paragraph(text: str, end: int) -> bool:
    """Does nothing but punctuation, or the editors' initials, follow the closing mark at `end` on its line?"""
    return not re.search(r"\w", _EDITORS.sub("", line_after(text, end)))


_WHERE_AND_WHEN = re.compile(rf"[,.]?[ \t]+(?:di|pada|saat|ketika|usai|seusai)[ \t](?![^\n]*\b(?:{VERBS_AFTER})\b)")


def _names_anyone(people: People, start: int, end: int) -> bool:
    return bisect.bisect_left(people.mentions, (start,)) < bisect.bisect_left(people.mentions, (end,))


_SENTENCE_ENDS_BEFORE = re.compile(r"\w[.!?]\s+$")  # ends the text searched: '… semampu saya. '


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", text)


def _unattributed(text: str, span: Span, paragraphs: list[int], people: People):
    """(speaker, role, '') for a quotation with no attribution of its own: the speaker is the
    subject of the sentence it stands in, or, for a paragraph of its own, of the paragraph
    before ('Honda akhirnya memutuskan …' and then his words); '' when no one is named."""
    here = bisect.bisect_right(paragraphs, span.start) - 1
    tail = line_after(text, span.end + 1)
    # A paragraph of its own, but for where and when it was said ('…,” di kawasan Cakung, Selasa (23/1)')
    whole = span.start - 1 == paragraphs[here] and (_ends_paragraph(text, span.end) or _WHERE_AND_WHEN.match(tail))
    floor = max(paragraphs[here], span.start - WINDOW)  # near the quotation only: linear time
    sentence = max(text.rfind(". ", floor, span.start), floor)
    if said := said_after(text, span.end, people):
        speaker = said  # '"…." ¶ Demikian dikatakan …', 'Jakarta - "…." ¶ Kalimat itu diucapkan …'
    elif whole and here > 0:
        speaker = last_subject_before(people, span.start, since=paragraphs[here - 1])
        if not speaker and here > 1 and not _names_anyone(people, paragraphs[here - 1], span.start):
            # the paragraph between names no one: it goes on with what the one before reports someone saying
            speaker = last_subject_before(people, span.start, since=paragraphs[here - 2], speaking=True)
    elif not whole:
        speaker = last_subject_before(people, span.start, since=sentence)
        if not speaker and re.search(r"^\W*[a-z][^,]*\b(?:tersebut|itu)\b", text[sentence : span.start].lstrip(". ")):
            speaker = last_subject_before(people, span.start)  # 'juri The Voice tersebut juga mendorong …
        if not speaker and not text[sentence : span.start - 1].strip(". "):  # a sentence of its own, after one …
            before = max(text.rfind(". ", floor, sentence), floor)  # '… Soemitro memerintahkan Soedomo agar ….'
            speaker = subject_of_sentence(people, before, span.start) or last_subject_before(
                people, span.start, since=before
            )  # '… Soemitro memerintahkan Soedomo agar ….' ¶ '“Jaga jangan …”'
    else:
        speaker = ""
    speaker = _spoke_for(people, speaker, span.start) or speaker
    return speaker, people.resolve(speaker)[1] if speaker else "", ""


def _spoke_for(people: People, body: str, position: int) -> str:
    """The last of the few people who spoke before `position` whose role names `body`: the words of 'Gogobli', the
    subject before them, are those of its 'COO Gogobli Joe Hansen'. '' if none."""
    if not body:
        return ""
    end = bisect.bisect_left(people.speaking, (position,))
    for _position, _speaking, name in people.speaking[max(0, end - 20) : end][::-1]:
        full, role = people.resolve(name)
        if full != body and body in role.split():
            return full
    return ""


# Some outlets double a single mark for a double one ('’’ Jadi, …, ’’ katanya'): read as a straight mark, which
# opens or closes by where it stands, after a space so that every offset stays the article's own.
_DOUBLED = re.compile("‘‘|’’")
_OPENS_A_SENTENCE = re.compile(r"[.!?]”[ \t]?[A-Z]")  # '….”Besok …': a closing mark that opens, when none is open


def with_double_marks(text: str) -> str:
    return _DOUBLED.sub(' "', text)


def without_quotations(text: str) -> str:
    """`text` with what is inside its quotation marks left out (the marks stay)."""
    kept, last = [], 0
    for span in _quoted_spans(with_double_marks(text)):
        kept.append(text[last : span.start])
        last = span.end
    return "".join([*kept, text[last:]])


def _quoted_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    paragraphs = _paragraph_bounds(text)
    open_at: int | None = None
    carried = False  # a quote left open at the end of the last paragraph goes on here
    for index, (p_start, p_end) in enumerate(paragraphs):
        for pos, kind in _marks(text, p_start, p_end):
            if kind == "open":
                if open_at is not None and pos == p_start and carried:
                    continue  # the opening mark that continues a quote from the last paragraph
                if open_at is not None and _SENTENCE_ENDS_BEFORE.search(text, open_at, pos):
                    # '“… semampu saya. “Saya tidak akan …,” ujar Cole': a mark opened again after a full stop
                    # ends the quotation before it, whose closing mark was forgotten
                    spans.append(Span(open_at, pos, closed=False))
                open_at = pos + 1
            elif open_at is not None:
                spans.append(Span(open_at, pos))
                open_at = None
        carried = False
        if open_at is not None:
            nxt = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            attributed = _INNER_ATTRIBUTION.search(text, open_at, p_end)  # a closing mark was forgotten
            if nxt is not None and text[nxt] in (OPEN, STRAIGHT) and not attributed:
                carried = True
            else:
                if open_at == p_start + 1:  # a quotation paragraph whose closing mark was forgotten: it ends where
                    # the paragraph attributes it ('"… menyebar, kata Jennifer Balch'), or with the paragraph
                    spans.append(
                        Span(open_at, attributed.start()) if attributed else Span(open_at, p_end, closed=False)
                    )
                open_at = None  # otherwise unbalanced: no quote rather than a wrong one
    return spans


def _marks(text: str, start: int, end: int):
    """The quotation marks of one paragraph as (position, 'open' | 'close')."""
    depth, closed_at = 0, -2
    for pos in range(start, end):
        char = text[pos]
        # A closing mark that opens a paragraph opens a quotation: '” Menang. …,” katanya'; so does one after a full
        # stop with no quotation open, before a sentence ('… Martinus Sitompul.”Besok …,” kata …').
        glued = depth == 0 and pos > start and _OPENS_A_SENTENCE.match(text, pos - 1) is not None
        if char == OPEN or (char == CLOSE and (pos == start or glued)):
            depth = 1
            yield pos, "open"
        elif char == CLOSE:
            depth = 0
            yield pos, "close"
        elif char == STRAIGHT:
            before = text[pos - 1] if pos > start else " "
            after = text[pos + 1] if pos + 1 < end else " "
            # Not a mark of its own: one of a doubled mark ('"" Tidak ada, …, pensiun,"" kata …' opens after its second
            # and closes at its first), or an apostrophe typed as a mark inside a word with none open ('Jum"at'; not
            # '"Boys Over Flower"itu').
            if pos == closed_at + 1 or (depth == 0 and (after == STRAIGHT or (before.isalpha() and after.islower()))):
                continue
            if depth == 0 and (before.isspace() or before in "([") and not after.isspace():
                kind = "open"
            elif depth == 1:
                kind = "close"
            else:
                kind = "open" if depth == 0 else "close"
            depth, closed_at = (1, closed_at) if kind == "open" else (0, pos)
            yield pos, kind


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The article's paragraphs, a related article's link ('[Baca juga: …]') no paragraph of its own."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", without_related_links(text))]


# 'ujarnya lagi', 'kata dia lagi': whoever spoke the quotation before speaks again.
_AGAIN = re.compile(r"(?:nya|\bdia|\bia|\bbeliau)[ \t]+lagi\b")


def _near(paragraphs: list[int], before: int, position: int) -> bool:
    """Is `before` in the paragraph of `position` or one of the two before it?"""
    return bisect.bisect_right(paragraphs, position) - bisect.bisect_right(paragraphs, before) <= 2


# A clause in lower case that leads into a quotation paragraph, naming no one: 'Namun jika semua sudah siap, “…”'.
_LEAD_IN = re.compile(r"[A-Z][a-z]+(?:[ \t]+[a-z][a-z-]*)*,[ \t]*")


def _same_speaker_goes_on(text: str, paragraphs: list[int], previous: Quote, span: Span, people: People) -> bool:
    """'…," kata X. "…' in one paragraph, or a quote paragraph of its own (or led into by a clause that names no one)
    soon after X's, unless the quotation's own sentence has someone else act ('Selain itu, Samsung juga akan …'), or a
    paragraph between has someone else speak ('Sorvino pun mengatakan dalam Twitter, …' after Judd's words, and then
    Sorvino's)."""
    here = bisect.bisect_right(paragraphs, span.start) - 1
    there = bisect.bisect_right(paragraphs, previous.start) - 1
    if here == there:
        sentence = max(text.rfind(". ", previous.end, span.start), previous.end)
        named = last_subject_before(people, span.start, since=sentence)
        return not named or named == previous.speaker
    opens = span.start - 1 == paragraphs[here] or _LEAD_IN.fullmatch(text, paragraphs[here], span.start - 1)
    whole_paragraph = opens and _ends_paragraph(text, span.end)
    if not (
        whole_paragraph
        and _near(paragraphs, previous.start, span.start)
        and len(text[span.start : span.end].split()) >= 8
    ):
        return False
    between = (
        last_subject_before(people, span.start, since=paragraphs[there + 1], speaking=True) if here > there + 1 else ""
    )
    return not between or between == previous.speaker


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
